"""Open an event file of any supported format, chosen by its content."""

from __future__ import annotations

from pathlib import Path

from companion.domain.event import Event
from companion.sources import companion_json
from companion.sources.errors import EventFileError

MAX_EVENT_FILE_BYTES = 200 * 1024 * 1024


def load_event(path: Path | str) -> Event:
    """Read ``path`` and return its event, or raise :class:`EventFileError` naming the file and place."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise EventFileError(path, "", exc.strerror or str(exc)) from exc
    if size > MAX_EVENT_FILE_BYTES:
        raise EventFileError(path, "", f"file is {size // (1024 * 1024)} MB; the limit is 200 MB")
    data = path.read_bytes()
    return companion_json.parse(data, path)
