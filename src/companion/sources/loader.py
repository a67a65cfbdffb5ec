"""Open an event file of any supported format, chosen by its content (never by its name).

Formats: the project's own event file (``"format": "companion-event/1"``), frab/Pentabarf XML (root
``<schedule>``), frab schedule.json (a ``"schedule"`` object) and iCalendar (``BEGIN:VCALENDAR``).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.resources import bundled_event_path
from companion.sources import companion_json
from companion.sources.errors import EventFileError, at_line
from companion.sources.json_text import decode_json
from companion.sources.reading import DEFAULT_LIMIT_BYTES, read_bounded
from companion.sources.value_limits import quoted, zone_named

if TYPE_CHECKING:
    from companion.sources.report import ImportReport
    from companion.sources.schedule_builder import Progress

MAX_EVENT_FILE_BYTES = DEFAULT_LIMIT_BYTES
MAX_EVENT_FILE_MB = MAX_EVENT_FILE_BYTES // (1024 * 1024)
_HEAD_BYTES = 4096


class FileFormat(StrEnum):
    """The formats :func:`load_event` reads."""

    COMPANION = "companion-event"
    FRAB_XML = "frab-xml"
    FRAB_JSON = "frab-json"
    ICALENDAR = "icalendar"


def _head_text(data: bytes) -> str:
    head = data[:_HEAD_BYTES]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom) :].decode(codec, errors="ignore").lstrip()
    return head.decode("utf-8", errors="ignore").lstrip()


def detect_format(data: bytes, path: Path | str) -> FileFormat:
    """Which reader fits ``data``; EventFileError naming the file when none does."""
    head = _head_text(data)
    if head.startswith("<"):
        return FileFormat.FRAB_XML
    if head.startswith(("{", "[")):
        if companion_json.looks_like(data):
            return FileFormat.COMPANION
        return FileFormat.FRAB_JSON
    if head[:15].upper() == "BEGIN:VCALENDAR":
        return FileFormat.ICALENDAR
    if not head.strip():
        raise EventFileError(path, "", Message(QT_TRANSLATE_NOOP("EventFile", "the file is empty")))
    problem = Message(
        QT_TRANSLATE_NOOP(
            "EventFile",
            "this is not a schedule Companion can read. It reads schedules exported by conference "
            "programme tools (frab or pretalx, as XML or JSON), calendar files (.ics) and Companion event files",
        ),
    )
    raise EventFileError(path, at_line(1), problem)


def _read(path: Path) -> bytes:
    return read_bounded(path, error=EventFileError, limit_bytes=MAX_EVENT_FILE_BYTES)


def companion_report(event: Event, path: Path) -> ImportReport:
    """The report for the project's own event file: its zone is always named in it."""
    from companion.sources.report import ImportReport, ZoneSource  # not needed to start on the bundled event

    return ImportReport(
        path=str(path),
        format=Message(QT_TRANSLATE_NOOP("EventFile", "Companion event file")),
        sessions=len(event.sessions),
        days=len(event.days),
        rooms=len(event.rooms),
        people=len(event.people),
        tracks=len(event.tracks),
        zone=event.timezone,
        zone_source=ZoneSource.FILE,
        zone_reason=Message(QT_TRANSLATE_NOOP("ImportReport", "the file names it ({field})"), field="event.timezone"),
    )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a file is read and its event built.

    A reader makes tens of thousands of objects (the parse tree or JSON document, then sessions), none of
    them in reference cycles; the collector would walk the young ones again and again as they pile up,
    about a fifth of the time it takes to open FOSDEM 2021 or the 36C3 schedule. It is switched back on
    (if it was on) however the read ends; memory is freed by reference counting meanwhile.
    """
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def load_event_with_report(
    path: Path | str,
    *,
    fallback_zone: str | None = None,
    progress: Progress | None = None,
) -> tuple[Event, ImportReport]:
    """Read ``path``; return its event and what the import found, or raise :class:`EventFileError`.

    ``fallback_zone`` is used only when the file names no zone of its own (``--tz``, or the dialog's choice).
    """
    path = Path(path)
    if fallback_zone is not None and zone_named(fallback_zone) is None:
        unknown = QT_TRANSLATE_NOOP("EventFile", "unknown time zone {zone} (use an IANA name like Europe/Berlin)")
        raise EventFileError(path, "", Message(unknown, zone=quoted(fallback_zone)))
    data = _read(path)
    kind = detect_format(data, path)
    with _collector_paused():
        return _load(data, path, kind, fallback_zone, progress)


def _load(
    data: bytes, path: Path, kind: FileFormat, fallback_zone: str | None, progress: Progress | None
) -> tuple[Event, ImportReport]:
    if kind is FileFormat.COMPANION:
        event = companion_json.parse(data, path)
        return event, companion_report(event, path)
    # each reader is imported when a file needs it: opening a Companion event file (the app's start) loads
    # neither defusedxml nor icalendar
    if kind is FileFormat.FRAB_XML:
        from companion.sources import frab_xml

        return frab_xml.parse(data, path, fallback_zone=fallback_zone, progress=progress)
    if kind is FileFormat.ICALENDAR:
        from companion.sources import ical_schedule

        return ical_schedule.parse(data, path, fallback_zone=fallback_zone, progress=progress)
    doc = decode_json(data, path)
    if isinstance(doc, dict) and str(doc.get("format", "")).startswith("companion-event/"):
        event = companion_json.parse(data, path)
        return event, companion_report(event, path)
    if not isinstance(doc, dict) or "schedule" not in doc:
        keys = ", ".join(list(doc)[:5]) if isinstance(doc, dict) else type(doc).__name__
        neither = QT_TRANSLATE_NOOP(
            "EventFile", "JSON, but neither a frab schedule.json ('schedule' key) nor a Companion event file ({keys})"
        )
        raise EventFileError(path, "$", Message(neither, keys=keys))
    from companion.sources import frab_json

    return frab_json.parse(data, path, doc=doc, fallback_zone=fallback_zone, progress=progress)


def load_event(path: Path | str, *, fallback_zone: str | None = None) -> Event:
    """Read ``path`` and return its event, or raise :class:`EventFileError` naming the file and place."""
    return load_event_with_report(path, fallback_zone=fallback_zone)[0]


def load_bundled_event() -> Event:
    """The event shipped with the app (``resources/data/caccc2025.json``), as :func:`load_event` reads it.

    Its JSON Schema check is left out when it builds (:func:`companion.sources.companion_json.parse_bundled`):
    the test suite checks the shipped file against the schema, and the window's start then neither imports nor
    runs the validator (issue 13). A file that does not build is refused with the same message as by
    :func:`load_event`. Every file a user opens is checked in full.
    """
    path = bundled_event_path()
    data = _read(path)
    kind = detect_format(data, path)
    with _collector_paused():
        if kind is FileFormat.COMPANION:
            return companion_json.parse_bundled(data, path)
        return _load(data, path, kind, None, None)[0]
