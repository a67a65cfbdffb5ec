"""Reasons written by the Qt-free layers are translatable Messages, never bare English text.

A literal or f-string passed as the problem of a file error, a skipped item's reason or a report note would
reach a Russian or Kazakh window in English; this guard finds one the day it is written.
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "src" / "companion"
LAYERS = ("sources", "exports", "store")

REASON_ARGUMENT: dict[str, tuple[int, str]] = {
    "UnreadableFileError": (2, "problem"),
    "EventFileError": (2, "problem"),
    "AttendeeFileError": (2, "problem"),
    "CalendarFileError": (2, "problem"),
    "StateDatabaseError": (0, "problem"),
    "BadgeTokenError": (0, "reason"),
    "BadgeKeyError": (0, "reason"),
    "SkippedItem": (1, "reason"),
    "skip": (1, "reason"),
}


def _called_name(node: ast.Call) -> str | None:
    func = node.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr == "append" and isinstance(func.value, ast.Attribute) and func.value.attr == "notes":
            return "notes.append"
        return func.attr
    return None


def _is_bare_text(node: ast.expr) -> bool:
    literal = isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value)
    return literal or isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.BinOp) and (_is_bare_text(node.left) or _is_bare_text(node.right)))


def _bare_reasons(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if not isinstance(node, ast.Call):
            continue
        name = _called_name(node)
        position, keyword = (0, "") if name == "notes.append" else REASON_ARGUMENT.get(name or "", (-1, ""))
        if position < 0:
            continue
        argument = node.args[position] if len(node.args) > position else next(
            (k.value for k in node.keywords if k.arg == keyword), None)
        if argument is not None and _is_bare_text(argument):
            found.append(f"{path.name}:{node.lineno}: {ast.unparse(argument)[:80]}")
    return found


def test_reasons_from_qt_free_layers_are_messages() -> None:
    files = [p for layer in LAYERS for p in (ROOT / layer).rglob("*.py")]
    assert len(files) > 20
    problems = [p for path in files for p in _bare_reasons(path)]
    assert not problems, "\n".join(problems)


def test_the_guard_catches_bare_text(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "raise EventFileError(path, '$', f'unknown room {r!r}')\n"
        "report.notes.append('The file names no zone.')\n"
        "raw.skip(where, Message(QT_TRANSLATE_NOOP('ImportReport', 'fine')))\n",
        "utf-8",
    )
    assert [line.split(":")[1] for line in _bare_reasons(sample)] == ["1", "2"]
