"""Escaped surrogates in JSON: pairs decode to their character, lone halves are mended, escaped backslashes are text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.sources.json_text import decode_json

CASES = [
    (r'["\ud83d\ude00"]', ["😀"]),
    (r'["\uD83D\uDE00 and \ud83d\udc4b"]', ["😀 and 👋"]),
    (r'["a\\ud800"]', ["a\\ud800"]),  # a backslash, then the letters: no escape
    (r'["\ud800"]', ["\ufffd"]),
    (r'["\udc00 x"]', ["\ufffd x"]),
    (r'["\\ud800\udc00"]', ["\\ud800\ufffd"]),  # the low half follows text, not a high half
    (r'["\\\ud800"]', ["\\\ufffd"]),  # an escaped backslash, then a lone escape
    (r'["\ud83d\ude00\ude00"]', ["😀\ufffd"]),
    (r'["\ud83d\\ude00"]', ["\ufffd\\ude00"]),
    (r'{"\ud800": "\ud83d"}', {"\ufffd": "\ufffd"}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_surrogate_escapes_decode_to_text_that_can_be_written_as_utf8(text: str, expected: object) -> None:
    doc = decode_json(text.encode("ascii"), Path("schedule.json"))
    assert doc == expected
    json.dumps(doc, ensure_ascii=False).encode("utf-8")  # raises on any lone surrogate left
