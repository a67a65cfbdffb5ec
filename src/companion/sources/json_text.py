"""Decoding JSON event and schedule files, with faults that name the line and column."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import EventFileError, at_byte, at_line

_LONG_NUMBER = re.compile(r"-?\d{4000,}")
"""A run of digits Python refuses to turn into an int (its limit is 4,300 digits; a few less to be sure)."""
_ESCAPED_SURROGATE = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
_ESCAPED_HIGH = re.compile(rb"\\u[dD][89abAB][0-9a-fA-F]{2}")
_ESCAPED_LOW = re.compile(rb"\\u[dD][c-fC-F][0-9a-fA-F]{2}")
"""Searched in the file's bytes, not its text: escapes are ASCII, and UTF-8 never has an ASCII byte inside a
character, so the places found are the same; the bytes are a quarter of the text's memory when it holds emoji."""
REPLACEMENT = "\ufffd"


def decode_json(data: bytes, path: Path) -> Any:
    """Decode UTF-8 JSON (with or without BOM); faults name the line and column (or byte) where they are.

    A lone UTF-16 surrogate written as an escape (``"\\ud800"``) is replaced by U+FFFD: such a string could be
    shown but never written as UTF-8 again (``agenda --json``, the saved state), so it is mended at the door.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        not_utf8 = Message(QT_TRANSLATE_NOOP("EventFile", "not UTF-8 text"))
        raise EventFileError(path, at_byte(exc.start, line), not_utf8) from exc
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = Message(QT_TRANSLATE_NOOP("EventFile", "not valid JSON: {detail}"), detail=exc.msg)
        raise EventFileError(path, at_line(exc.lineno, exc.colno), problem) from exc
    except RecursionError as exc:
        raise EventFileError(path, "$", Message(QT_TRANSLATE_NOOP("EventFile", "JSON nested too deeply"))) from exc
    except ValueError as exc:  # an integer longer than Python converts (sys.get_int_max_str_digits)
        long_number = QT_TRANSLATE_NOOP("EventFile", "a number with {digits} digits is too long to read")
        found = _LONG_NUMBER.search(text)
        if found is None:
            raise EventFileError(path, "", Message(long_number, digits="4300+")) from exc
        line = text.count("\n", 0, found.start()) + 1
        column = found.start() - (text.rfind("\n", 0, found.start()) + 1) + 1
        digits = len(found.group().lstrip("-"))
        raise EventFileError(path, at_line(line, column), Message(long_number, digits=digits)) from exc
    if _has_lone_surrogate_escape(data):
        doc = _mend_surrogates(doc)
    return doc


def _starts_escape(data: bytes, at: int) -> bool:
    """True when the backslash at ``at`` begins an escape: an even number of backslashes stands before it."""
    before = at
    while before > 0 and data[before - 1] == 0x5C:  # a backslash
        before -= 1
    return (at - before) % 2 == 0


def _has_lone_surrogate_escape(data: bytes) -> bool:
    """True when the JSON ``data`` (UTF-8 bytes) escapes a surrogate that is not half of a pair (``"\\ud800"``).

    A pair (``"\\ud83d\\ude00"``, how JSON writes 😀 in ASCII) decodes to one character and needs no mending; walking
    the whole document for it would cost more than the parse. One pass of a regular expression finds the few
    candidates; an escaped backslash followed by ``ud800`` is data, not an escape.
    """
    paired_low = -1
    for found in _ESCAPED_SURROGATE.finditer(data):
        at = found.start()
        if at == paired_low or not _starts_escape(data, at):
            continue
        if _ESCAPED_HIGH.match(data, at) and _ESCAPED_LOW.match(data, found.end()):
            paired_low = found.end()  # the low half follows directly: a pair
            continue
        return True
    return False


def _mend(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD (a valid pair, the JSON way to write 😀, is joined)."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _mend_surrogates(doc: Any) -> Any:
    """``doc`` with :func:`_mend` applied to every string, keys included (iteratively: no recursion limit)."""
    root: list[Any] = [doc]
    stack: list[tuple[Any, Any]] = [(root, 0)]
    while stack:
        holder, key = stack.pop()
        value = holder[key]
        if isinstance(value, str):
            holder[key] = _mend(value)
        elif isinstance(value, list):
            stack.extend((value, i) for i in range(len(value)))
        elif isinstance(value, dict):
            mended = {_mend(k): v for k, v in value.items()}
            holder[key] = mended
            stack.extend((mended, k) for k in mended)
    return root[0]
