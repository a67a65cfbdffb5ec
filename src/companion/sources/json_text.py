"""Decoding JSON event and schedule files, with faults that name the line and column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import EventFileError, at_byte, at_line


def decode_json(data: bytes, path: Path) -> Any:
    """Decode UTF-8 JSON (with or without BOM); faults name the line and column (or byte) where they are."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        not_utf8 = Message(QT_TRANSLATE_NOOP("EventFile", "not UTF-8 text"))
        raise EventFileError(path, at_byte(exc.start, line), not_utf8) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        problem = Message(QT_TRANSLATE_NOOP("EventFile", "not valid JSON: {detail}"), detail=exc.msg)
        raise EventFileError(path, at_line(exc.lineno, exc.colno), problem) from exc
    except RecursionError as exc:
        raise EventFileError(path, "$", Message(QT_TRANSLATE_NOOP("EventFile", "JSON nested too deeply"))) from exc
