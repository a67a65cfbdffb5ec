"""Reading stars back from a calendar file (.ics) that Companion exported.

Only VEVENTs whose UID has the form Companion writes (``<session-id>@<event-id>.companion``) count;
events of other conferences and events written by other software are counted and reported, never
starred. Works on any export (starred set, a day, the whole event), though the starred one is the
file meant for it: it also lists starred sessions without a published date, which cannot be VEVENTs,
in ``X-COMPANION-STARRED`` properties of the VCALENDAR, and those are read back too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import icalendar

from companion.domain.calendar_uid import STARRED_UNDATED_PROPERTY, parse_session_uid
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import CalendarFileError, at_byte, at_line, system_error

MAX_CALENDAR_FILE_MB = 50
MAX_CALENDAR_FILE_BYTES = MAX_CALENDAR_FILE_MB * 1024 * 1024


@dataclass(frozen=True, slots=True)
class StarsInCalendar:
    """What a calendar file says about the stars of one event."""

    session_ids: tuple[str, ...]
    """Sessions of this event found in the file, in file order."""
    unknown_ids: tuple[str, ...] = ()
    """This event's UIDs whose session the current data does not have."""
    other_events: tuple[str, ...] = ()
    """Ids of other events whose sessions the file holds."""
    foreign_count: int = 0
    """VEVENTs not written by Companion."""


def _line_of(text: str, needle: str) -> Message | str:
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return at_line(number)
    return ""


def _starred_uids(cal: icalendar.Calendar) -> list[tuple[str, icalendar.Component | None]]:
    """UIDs the calendar stars: each VEVENT's (with the VEVENT), then the undated ones the starred export
    lists in ``X-COMPANION-STARRED`` (without a component; one UID per property, or a comma list)."""
    found: list[tuple[str, icalendar.Component | None]] = [
        (str(ve.get("UID", "")).strip(), ve) for ve in cal.walk("VEVENT")
    ]
    listed = cal.get(STARRED_UNDATED_PROPERTY)
    values = listed if isinstance(listed, list) else [] if listed is None else [listed]
    for value in values:
        found.extend((uid.strip(), None) for uid in str(value).split(",") if uid.strip())
    return found


def read_stars(path: Path | str, event: Event) -> StarsInCalendar:
    """Session ids of ``event`` in the .ics at ``path``; raises :class:`CalendarFileError` on a bad file."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_CALENDAR_FILE_BYTES:
            too_big = QT_TRANSLATE_NOOP("EventFile", "file is {size} MB; the limit is {limit} MB")
            raise CalendarFileError(path, "", Message(too_big, size=size // (1024 * 1024), limit=MAX_CALENDAR_FILE_MB))
        raw = path.read_bytes()
    except OSError as exc:
        raise CalendarFileError(path, "", system_error(exc)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        not_utf8 = Message(QT_TRANSLATE_NOOP("EventFile", "not UTF-8 text, so not a calendar file"))
        raise CalendarFileError(path, at_byte(exc.start), not_utf8) from exc
    if "BEGIN:VCALENDAR" not in text[:4096].upper():
        no_begin = Message(QT_TRANSLATE_NOOP("EventFile", "not a calendar file (no BEGIN:VCALENDAR)"))
        raise CalendarFileError(path, at_line(1), no_begin)
    lines = [line for line in text.splitlines() if line.strip()]
    if not lines or lines[-1].strip().upper() != "END:VCALENDAR":
        cut = Message(QT_TRANSLATE_NOOP("EventFile", "the file ends before END:VCALENDAR (cut short?)"))
        raise CalendarFileError(path, at_line(len(text.splitlines())), cut)
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except ValueError as exc:
        quoted = re.search(r"'([^']+)'", str(exc))
        where = _line_of(text, quoted[1]) if quoted else ""
        invalid = QT_TRANSLATE_NOOP("EventFile", "not a valid calendar file: {detail}")
        raise CalendarFileError(path, where, Message(invalid, detail=str(exc))) from exc
    if not calendars:
        unmatched = QT_TRANSLATE_NOOP("EventFile", "no complete VCALENDAR (BEGIN and END lines do not match)")
        raise CalendarFileError(path, "", Message(unmatched))
    ids: list[str] = []
    unknown: list[str] = []
    others: list[str] = []
    foreign = 0
    for cal in calendars:
        for uid, ve in _starred_uids(cal):
            if ve is not None and ve.errors:
                name, problem = ve.errors[0]
                where = _line_of(text, uid) if uid else ""
                bad_event = QT_TRANSLATE_NOOP("EventFile", "event {uid}: {property}: {problem}")
                found = Message(bad_event, uid=uid or "?", property=str(name), problem=str(problem))
                raise CalendarFileError(path, where, found)
            parsed = parse_session_uid(uid) if uid else None
            if parsed is None:
                if ve is not None:
                    foreign += 1
                continue
            event_id, session_id = parsed
            if event_id != event.id:
                if event_id not in others:
                    others.append(event_id)
            elif session_id not in event.sessions_by_id:
                if session_id not in unknown:
                    unknown.append(session_id)
            elif session_id not in ids:
                ids.append(session_id)
    return StarsInCalendar(tuple(ids), tuple(unknown), tuple(others), foreign)
