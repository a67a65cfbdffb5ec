"""Qt's ``%1 %2`` placeholders are filled in one pass (``companion.domain.message.fill``), never by chained
``str.replace``: a value that itself says ``%2`` (a file named ``list%2 final.csv``) must come out as it is."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from companion.domain.message import fill

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "src" / "companion"
QT_MARKER = re.compile(r"%L?(\d|n)")


def _placeholder_replacements(path: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "replace"
                and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
                and QT_MARKER.match(node.args[0].value)):
            found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:100]}")
    return found


def test_no_placeholder_is_filled_with_str_replace() -> None:
    """Fails until every branch converting its ``.replace("%1", …)`` calls to ``fill`` is merged."""
    found = [f for p in sorted(SOURCES.rglob("*.py")) for f in _placeholder_replacements(p)]
    assert not found, f"{len(found)} chained replacements; use companion.domain.message.fill:\n" + "\n".join(found)


def test_fill_is_single_pass() -> None:
    assert fill("Imported %1 from %2.", "list%2 final.csv", "Downloads") == "Imported list%2 final.csv from Downloads."
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 of %10", "x") == "x of %10"
