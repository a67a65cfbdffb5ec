"""Every translation call is one lupdate files under the context the code asks with at run time.

lupdate reads a call by its spelling: ``self.tr("text")`` under the enclosing class, ``QCoreApplication
.translate("Context", "text")`` and ``QT_TRANSLATE_NOOP("Context", "text")`` under their literal context. An
alias (``tr = QCoreApplication.translate``, ``tr = self.tr``, a module-level ``def _tr(text)`` helper) reaches it
as a bare ``tr(...)``: filed under the wrong context, or with the context taken for the text, so the window
never finds the translation ("Starts in %1 min" was filed as the source text "Reminders"). A text passed in a
variable never reaches it at all. This test fails on both.

Lookups of texts marked elsewhere (``Message.render`` calling the ``translate`` it is given, the command
line's ``argparse`` words) are calls of a plain ``translate`` parameter, which lupdate does not read as
translation calls with a context of its own; they are not checked here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "companion"
QT_APPLICATIONS = frozenset({"QCoreApplication", "QGuiApplication", "QApplication"})
NOOP_ARGS = {"QT_TRANSLATE_NOOP": 2, "QT_TRANSLATE_N_NOOP": 2, "QT_TR_NOOP": 1}
TRANSLATION_NAMES = frozenset({"tr", "_tr", "translate", *NOOP_ARGS})


def _is_text(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _is_text_or_none(node: ast.expr) -> bool:
    return _is_text(node) or (isinstance(node, ast.Constant) and node.value is None)


def _qt_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate" and isinstance(func.value, ast.Name)
            and func.value.id in QT_APPLICATIONS)


def _binds_translation(value: ast.expr) -> bool:
    """``self.tr``, ``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` … taken as a value (not called)."""
    if isinstance(value, ast.Attribute):
        return value.attr == "tr" or _qt_translate(value)
    return isinstance(value, ast.Name) and value.id in TRANSLATION_NAMES - {"translate"}


def problems_in(source: str, where: str) -> list[str]:
    """What lupdate would miss or misfile in one module's ``source``."""
    tree = ast.parse(source, where)
    found: list[str] = []

    def report(node: ast.AST, what: str) -> None:
        found.append(f"{where}:{getattr(node, 'lineno', 0)}: {what}")

    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name in ("tr", "_tr"):
            report(node, f"def {node.name}(): a translation helper lupdate reads as tr() in the wrong context")
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.NamedExpr):
            value = node.value
            values = value.elts if isinstance(value, ast.Tuple) else [value] if value is not None else []
            for item in values:
                if _binds_translation(item):
                    report(node, f"{ast.unparse(item)} aliased: call it by its own name")
        elif isinstance(node, ast.ImportFrom):
            for alias in node.names:
                if alias.name in NOOP_ARGS and alias.asname not in (None, alias.name):
                    report(node, f"{alias.name} imported as {alias.asname}")
        elif isinstance(node, ast.Call):
            func = node.func
            args = node.args
            if isinstance(func, ast.Attribute) and func.attr == "tr":
                if not (isinstance(func.value, ast.Name) and func.value.id == "self"):
                    report(node, f"{ast.unparse(func)}(): only self.tr is filed under the class that asks")
                elif not args or not _is_text(args[0]) or not all(_is_text_or_none(a) for a in args[1:2]):
                    report(node, "self.tr() needs a literal text (and disambiguation)")
            elif _qt_translate(func):
                if len(args) < 2 or not (_is_text(args[0]) and _is_text(args[1])):
                    report(node, f"{ast.unparse(func)}() needs a literal context and text")
                elif not all(_is_text_or_none(a) for a in args[2:3]):
                    report(node, f"{ast.unparse(func)}() needs a literal disambiguation")
            elif isinstance(func, ast.Name) and func.id in ("tr", "_tr"):
                report(node, f"{func.id}(): an alias; use self.tr or QCoreApplication.translate('Context', …)")
            elif isinstance(func, ast.Name) and func.id in NOOP_ARGS:
                count = NOOP_ARGS[func.id]
                if len(args) < count or not all(_is_text(a) for a in args[:count]):
                    report(node, f"{func.id}() needs literal arguments")
    return found


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.rglob("*.py") if "__pycache__" not in p.parts)


def test_every_translation_call_is_one_lupdate_files_correctly() -> None:
    problems = [
        p for path in source_files()
        for p in problems_in(path.read_text("utf-8"), str(path.relative_to(ROOT)))
    ]
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    "snippet",
    [
        'tr = QCoreApplication.translate\ntitle = tr("Reminders", "Starts in %1 min")',
        'class A(QWidget):\n    def f(self):\n        tr = self.tr\n        return tr("Dates")',
        'class A(QWidget):\n    def f(self):\n        ev, tr = self.event, self.tr\n        return ev',
        'def _tr(text):\n    return QCoreApplication.translate("SessionText", text)',
        'label = window.tr("Open")',
        'label = self.tr(text)',
        'label = self.tr(f"Open {name}")',
        'label = QCoreApplication.translate("Context", name)',
        'label = QApplication.translate(context, "Open")',
        'TEXT = QT_TRANSLATE_NOOP("Context", name)',
        'TEXT = QT_TRANSLATE_N_NOOP("Context", name)',
        'mark = QT_TRANSLATE_NOOP',
        'from companion.domain.message import QT_TRANSLATE_NOOP as N',
    ],
)
def test_calls_lupdate_cannot_file_are_found(snippet: str) -> None:
    assert problems_in(snippet, "snippet.py")


@pytest.mark.parametrize(
    "snippet",
    [
        'class A(QWidget):\n    def f(self):\n        return self.tr("Dates")',
        'class A(QWidget):\n    def f(self, n):\n        return self.tr("%n session(s)", "", n)',
        'title = QCoreApplication.translate("Reminders", "Starts in %1 min")',
        'title = QCoreApplication.translate("Reminders", "(indicative time)", None, 3)',
        'TEXT = QT_TRANSLATE_NOOP("Context", "Open {path}")',
        'def render(translate):\n    return translate(template.context, str(template))',
        'folded = text.translate(TABLE)',
    ],
)
def test_calls_lupdate_files_correctly_pass(snippet: str) -> None:
    assert problems_in(snippet, "snippet.py") == []
