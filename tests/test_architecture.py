"""The layering rules of ARCHITECTURE.md, checked on the source: which package may import which, where Qt,
SQLite and threads may appear, and no chained ``.replace("%1", …)``.

Written as a test over Python's own ``ast`` rather than as import-linter contracts: the rules are not only
about imports (a class name allowed in one file, a text pattern), a failure names the file and line, it needs
no extra tool or configuration format, and it runs in well under a second. Imports inside functions and under
``TYPE_CHECKING`` count like any other: a lazy import is still an arrow. Where import-linter would follow
imports transitively, ``test_the_command_line_never_reaches_qt`` does so too, over the project's own modules.

The arrows (``base`` = the package's own small modules: ``companion``, ``i18n``, ``paths``, ``resources``,
``clock``, which import nothing else from the project)::

    ui, cli  ->  services  ->  sources, store, exports  ->  domain
    every layer but domain may use base; sources, store and exports never import one another;
    app (the window's composition root) and __main__ may import anything; nothing imports them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "companion"
LAYERS = ("domain", "sources", "store", "exports", "services", "cli", "ui")
ALLOWED: dict[str, set[str]] = {
    "domain": {"domain"},
    "base": {"base"},
    "sources": {"domain", "base", "sources"},
    "store": {"domain", "base", "store"},
    "exports": {"domain", "base", "exports"},
    "services": {"domain", "base", "sources", "store", "exports", "services"},
    "cli": {"domain", "base", "sources", "store", "exports", "services", "cli"},
    "ui": {"domain", "base", "sources", "exports", "services", "ui"},
}
"""The project layers each layer may import (``app`` and ``main`` may import anything)."""
QT_FREE = ("domain", "base", "sources", "store", "exports", "services", "cli")
THREAD_CLASSES = {"QRunnable", "QThread"}
JOB_RUNNER = "companion.ui.jobs"




@dataclass(frozen=True)
class Import:
    importer: str
    target: str
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path.relative_to(PACKAGE.parent)}:{self.line}: {self.importer} imports {self.target}"


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text("utf-8"), str(path))


def _resolve(importer: str, path: Path, node: ast.ImportFrom) -> list[str]:
    if node.level:
        package = importer if path.name == "__init__.py" else importer.rpartition(".")[0]
        base = package.split(".")[: len(package.split(".")) - node.level + 1]
        module = ".".join([*base, *([node.module] if node.module else [])])
    else:
        module = node.module or ""
    # ``from companion import paths`` imports the module companion.paths; ``from x import name`` imports x
    return [f"{module}.{a.name}" if f"{module}.{a.name}" in _modules() else module for a in node.names]


@cache
def _imports() -> tuple[Import, ...]:
    found: list[Import] = []
    for name, path in _modules().items():
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Import):
                found += [Import(name, a.name, path, node.lineno) for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                found += [Import(name, t, path, node.lineno) for t in _resolve(name, path, node)]
    return tuple(found)


@cache
def _imports_of(module: str) -> tuple[Import, ...]:
    return tuple(i for i in _imports() if i.importer == module)


def layer(module: str) -> str:
    """The layer of a project module (``domain``, …, ``app``, ``main``, ``base``), or ``""`` if not ours."""
    parts = module.split(".")
    if parts[0] != "companion":
        return ""
    if len(parts) == 1:
        return "base"
    if parts[1] in LAYERS:
        return parts[1]
    return {"app": "app", "__main__": "main"}.get(parts[1], "base")


def _from(layer_name: str) -> Iterator[Import]:
    return (i for i in _imports() if layer(i.importer) == layer_name)


def _top(target: str) -> str:
    return target.split(".")[0]


def _check(bad: list[Import]) -> None:
    assert not bad, "\n".join(map(str, bad))


def test_the_rules_see_the_whole_package() -> None:
    """A guard for the checks below: they parse every module and resolve the imports they are about."""
    assert len(_modules()) > 100
    assert {layer(m) for m in _modules()} == {*LAYERS, "base", "app", "main"}
    targets = {i.target for i in _imports()}
    assert {"companion.domain.event", "companion.paths", "PySide6.QtWidgets", "sqlite3"} <= targets


def test_domain_imports_nothing_from_the_rest_of_companion() -> None:
    _check([i for i in _from("domain") if layer(i.target) not in ("", "domain")])


@pytest.mark.parametrize(
    "layer_name",
    [
        "domain",
        "base",
        "sources",
        "store",
        "exports",
        "services",
        "cli",
        "ui",
    ],
)
def test_each_layer_imports_only_the_layers_below_it(layer_name: str) -> None:
    allowed = ALLOWED[layer_name]
    _check([i for i in _from(layer_name) if layer(i.target) and layer(i.target) not in allowed])


def test_nothing_imports_the_window_or_the_entry_point_except_themselves() -> None:
    """``app`` composes the window and ``__main__`` dispatches; below them nothing may depend on either."""
    _check(
        [
            i
            for i in _imports()
            if layer(i.target) in ("app", "main") and layer(i.importer) not in ("app", "main", "cli")
        ]
    )


@pytest.mark.parametrize("layer_name", QT_FREE)
def test_no_qt_outside_the_window(layer_name: str) -> None:
    _check([i for i in _from(layer_name) if _top(i.target) in ("PySide6", "shiboken6")])


def test_the_command_line_never_reaches_qt() -> None:
    """Following every import (lazy ones too) from the cli package reaches neither Qt, the window, nor app."""
    reached: dict[str, Import | None] = {m: None for m in _modules() if layer(m) == "cli"}
    todo = list(reached)
    bad: list[Import] = []
    while todo:
        module = todo.pop()
        for i in _imports_of(module):
            if _top(i.target) in ("PySide6", "shiboken6") or layer(i.target) in ("ui", "app"):
                bad.append(i)
            elif i.target in _modules() and i.target not in reached:
                reached[i.target] = i
                todo.append(i.target)
    _check(bad)


def _depends_on(module: str) -> set[str]:
    """The project modules importing ``module`` runs: what it imports, and the packages those live in."""
    found: set[str] = set()
    for i in _imports_of(module):
        parts = i.target.split(".")
        for end in range(2, len(parts) + 1):
            name = ".".join(parts[:end])
            if name in _modules() and name != module and not module.startswith(f"{name}."):
                found.add(name)
    return found


def _cycles() -> list[list[str]]:
    """Strongly connected groups of modules (Tarjan), each a set of modules that import one another."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(_depends_on(module)):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group: list[str] = []
            while not group or group[-1] != module:
                group.append(stack.pop())
            if len(group) > 1:
                groups.append(sorted(group))

    for module in _modules():
        if module not in index:
            visit(module)
    return groups


def test_no_import_cycles() -> None:
    """No two modules need each other, lazily or not (domain.event and domain.agenda used to)."""
    assert not _cycles()


def test_domain_has_no_import_cycle() -> None:
    assert not [group for group in _cycles() if any(layer(m) == "domain" for m in group)]


def test_no_sqlite_in_the_window() -> None:
    _check([i for i in _from("ui") if _top(i.target) == "sqlite3"])


def test_the_window_reaches_the_store_only_through_services() -> None:
    _check([i for i in _from("ui") if layer(i.target) == "store"])


def test_no_thread_or_runnable_outside_the_job_runner() -> None:
    found: list[str] = []
    for name, path in _modules().items():
        if name == JOB_RUNNER:
            continue
        for node in ast.walk(_tree(path)):
            used = (
                node.id
                if isinstance(node, ast.Name)
                else node.attr
                if isinstance(node, ast.Attribute)
                else next((a.name for a in node.names if a.name in THREAD_CLASSES), "")
                if isinstance(node, ast.ImportFrom)
                else ""
            )
            if used in THREAD_CLASSES:
                found.append(f"{path.relative_to(PACKAGE.parent)}:{node.lineno}: {used}")  # type: ignore[attr-defined]
    assert not found, "\n".join(sorted(set(found)))


PERCENT_REPLACE = re.compile(r"""\.replace\(\s*["']%""")


def test_placeholders_are_never_filled_with_replace() -> None:
    found = [
        f"{path.relative_to(PACKAGE.parent)}:{number}: {line.strip()}"
        for path in _modules().values()
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1)
        if PERCENT_REPLACE.search(line)
    ]
    assert not found, "\n".join(found)


def test_the_checks_catch_what_they_forbid(tmp_path: Path) -> None:
    """The resolver and the patterns themselves, on made-up code: a check that cannot fail checks nothing."""
    code = 'from .. import store\nfrom PySide6.QtCore import QRunnable\nx = "%1".replace("%1", "a")\n'
    path = PACKAGE / "ui" / "made_up.py"
    node = ast.parse(code).body[0]
    assert isinstance(node, ast.ImportFrom)
    assert _resolve("companion.ui.made_up", path, node) == ["companion.store"]
    assert layer("companion.store") == "store" and layer("companion.paths") == "base" and layer("json") == ""
    assert PERCENT_REPLACE.search(code) and not PERCENT_REPLACE.search('fill(text, "a")')
