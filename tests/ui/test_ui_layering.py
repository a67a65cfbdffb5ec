"""The window's pages reach the user state through the services only: no ``sqlite3``, no store objects."""

from __future__ import annotations

import ast
from pathlib import Path

import companion.ui

UI = Path(companion.ui.__file__).parent
NOT_YET = ("badges",)
"""Packages still moving to the services (they keep ``MainWindow.state`` until then)."""


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_ui_module_imports_sqlite3_or_the_store() -> None:
    offenders = {
        str(path.relative_to(UI)): sorted(
            n for n in _imports(path) if n == "sqlite3" or n.startswith("companion.store"))
        for path in UI.rglob("*.py")
        if path.relative_to(UI).parts[0] not in NOT_YET
    }
    assert {k: v for k, v in offenders.items() if v} == {}
