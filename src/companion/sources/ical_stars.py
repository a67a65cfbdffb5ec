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
from companion.sources.errors import CalendarFileError, at_line
from companion.sources.ical_text import UnfoldedCalendar, unfold
from companion.sources.reading import DEFAULT_LIMIT_BYTES, read_bounded

MAX_CALENDAR_FILE_BYTES = DEFAULT_LIMIT_BYTES
MAX_CALENDAR_FILE_MB = MAX_CALENDAR_FILE_BYTES // (1024 * 1024)


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


def _line_of(calendar: UnfoldedCalendar, needle: str) -> Message | str:
    """The file line of the first (unfolded) line holding ``needle``."""
    for index, line in enumerate(calendar.lines):
        if needle in line:
            return at_line(calendar.line_number(index))
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
    raw = read_bounded(path, error=CalendarFileError, limit_bytes=MAX_CALENDAR_FILE_BYTES)
    not_utf8 = Message(QT_TRANSLATE_NOOP("EventFile", "not UTF-8 text, so not a calendar file"))
    calendar = unfold(raw, path, CalendarFileError, not_utf8)
    text = calendar.text
    if "BEGIN:VCALENDAR" not in text[:4096].upper():
        no_begin = Message(QT_TRANSLATE_NOOP("EventFile", "not a calendar file (no BEGIN:VCALENDAR)"))
        raise CalendarFileError(path, at_line(1), no_begin)
    filled = [index for index, line in enumerate(calendar.lines) if line.strip()]
    if not filled or calendar.lines[filled[-1]].strip().upper() != "END:VCALENDAR":
        cut = Message(QT_TRANSLATE_NOOP("EventFile", "the file ends before END:VCALENDAR (cut short?)"))
        last = calendar.line_number(len(calendar.lines) - 1)
        raise CalendarFileError(path, at_line(last - 1 if not calendar.lines[-1] and last > 1 else last), cut)
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
    except RecursionError as exc:
        deep = QT_TRANSLATE_NOOP("EventFile", "not a valid calendar file: {detail}")
        raise CalendarFileError(path, "", Message(deep, detail="components nested too deeply")) from exc
    except Exception as exc:  # icalendar's fault on a bad file, whatever its type (see ical_text.parse_calendars)
        quoted = re.search(r"'([^']+)'", str(exc))
        where = _line_of(calendar, quoted[1]) if quoted else ""
        invalid = QT_TRANSLATE_NOOP("EventFile", "not a valid calendar file: {detail}")
        raise CalendarFileError(path, where, Message(invalid, detail=str(exc)[:200] or type(exc).__name__)) from exc
    if not calendars:
        unmatched = QT_TRANSLATE_NOOP("EventFile", "no complete VCALENDAR (BEGIN and END lines do not match)")
        raise CalendarFileError(path, "", Message(unmatched))
    # dicts as ordered sets: a file of many UIDs is read in linear time
    ids: dict[str, None] = {}
    unknown: dict[str, None] = {}
    others: dict[str, None] = {}
    foreign = 0
    for cal in calendars:
        for uid, ve in _starred_uids(cal):
            if ve is not None and ve.errors:
                name, problem = ve.errors[0]
                where = _line_of(calendar, uid) if uid else ""
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
                others[event_id] = None
            elif session_id not in event.sessions_by_id:
                unknown[session_id] = None
            else:
                ids[session_id] = None
    return StarsInCalendar(tuple(ids), tuple(unknown), tuple(others), foreign)
