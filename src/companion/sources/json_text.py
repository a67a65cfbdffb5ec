"""Decoding JSON event and schedule files, with faults that name the line and column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from companion.sources.errors import EventFileError


def decode_json(data: bytes, path: Path) -> Any:
    """Decode UTF-8 JSON (with or without BOM); faults name the line and column (or byte) where they are."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise EventFileError(path, f"line {line} (byte {exc.start})", "not UTF-8 text") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise EventFileError(path, f"line {exc.lineno}, column {exc.colno}", f"not valid JSON: {exc.msg}") from exc
    except RecursionError as exc:
        raise EventFileError(path, "$", "JSON nested too deeply") from exc
