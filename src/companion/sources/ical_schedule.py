"""Reader for conference schedules published as iCalendar (``BEGIN:VCALENDAR``).

Each VEVENT becomes a session: SUMMARY the title, LOCATION the room, CATEGORIES the track, ATTENDEE names
the people. TZIDs without their VTIMEZONE resolve through the IANA database; unknown ones are read in the
event's zone and named in the report, and odd parameters (``CHARSET=UTF-8`` ...) are ignored.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import EventFileError, at_line
from companion.sources.ical_text import UnfoldedCalendar, parse_calendar, unfold
from companion.sources.report import ImportReport
from companion.sources.schedule_builder import (
    Progress,
    RawPerson,
    RawSchedule,
    RawSession,
    ScheduleBuilder,
    zone_named,
)

FORMAT_NAME = Message(QT_TRANSLATE_NOOP("ImportReport", "iCalendar schedule"))

_COMPONENT_LINE = re.compile(r"^(BEGIN|END):([A-Za-z-]+)\s*$", re.IGNORECASE)


def decode_text(data: bytes, path: Path) -> UnfoldedCalendar:
    """The file unfolded (at the byte level, RFC 5545 §3.1) and decoded; EventFileError when not UTF-8."""
    return unfold(data, path, EventFileError)


def check_structure(calendar: UnfoldedCalendar, path: Path) -> list[int]:
    """Every BEGIN has its END: a truncated or mangled file is refused with the line of the open component.

    Returns the file line of each ``BEGIN:VEVENT``, in order (one pass: the places the report gives).
    """
    stack: list[tuple[str, int]] = []
    vevents: list[int] = []
    for index, line in enumerate(calendar.lines):
        if line[:4].upper() not in ("BEGI", "END:"):
            continue
        m = _COMPONENT_LINE.match(line)
        if not m:
            continue
        n = calendar.line_number(index)
        kind, name = m.group(1).upper(), m.group(2).upper()
        if kind == "BEGIN":
            stack.append((name, n))
            if name == "VEVENT":
                vevents.append(n)
        elif not stack:
            stray = QT_TRANSLATE_NOOP("EventFile", "END:{name} does not close anything open (no END here expected)")
            raise EventFileError(path, at_line(n), Message(stray, name=name))
        elif stack[-1][0] != name:
            wrong = QT_TRANSLATE_NOOP("EventFile", "END:{name} does not close anything open (END:{open} expected)")
            raise EventFileError(path, at_line(n), Message(wrong, name=name, open=stack[-1][0]))
        else:
            stack.pop()
    if stack:
        name, n = stack[-1]
        truncated = QT_TRANSLATE_NOOP("EventFile", "BEGIN:{name} is never closed (is the file truncated?)")
        raise EventFileError(path, at_line(n), Message(truncated, name=name))
    return vevents


def _text(component: Any, name: str) -> str | None:
    value = component.get(name)
    if value is None:
        return None
    if isinstance(value, list):
        value = value[0] if value else None
        if value is None:
            return None
    return str(value).strip() or None


def _people(component: Any) -> list[RawPerson]:
    value = component.get("ATTENDEE")
    if value is None:
        return []
    attendees = value if isinstance(value, list) else [value]
    out: list[RawPerson] = []
    for a in attendees:
        name = str(a.params.get("CN", "")).strip().strip('"') if hasattr(a, "params") else ""
        if name:
            out.append(RawPerson(name))
    return out


def _categories(component: Any) -> str | None:
    value = component.get("CATEGORIES")
    if value is None:
        return None
    values = value if isinstance(value, list) else [value]
    for v in values:
        cats = getattr(v, "cats", None)
        if cats:
            return str(cats[0]).strip() or None
        if isinstance(v, str | bytes):
            return (v.decode() if isinstance(v, bytes) else v).split(",")[0].strip() or None
    return None


def _decoded(component: Any, name: str) -> Any:
    if name not in component:
        return None
    try:
        return component.decoded(name)
    except Exception:  # icalendar on a malformed value (ValueError, OverflowError, AttributeError …): unreadable
        return None


def _ical_value(component: Any, name: str) -> str | None:
    """A property's value as the file writes it (``P999999999D``), for the report."""
    try:
        return bytes(component[name].to_ical()).decode("utf-8", "replace")
    except Exception:  # anything icalendar cannot write back is quoted as it decoded it
        return None


def _vevent_place(line: int | None, number: int, uid: str | None) -> Message:
    """``line 12 (VEVENT 3, UID abc)``: where a VEVENT starts, its position among them and its UID."""
    if line is None:
        if uid:
            return Message(QT_TRANSLATE_NOOP("ImportReport", "VEVENT {number} (UID {uid})"), number=number, uid=uid)
        return Message(QT_TRANSLATE_NOOP("ImportReport", "VEVENT {number}"), number=number)
    if uid:
        return Message(QT_TRANSLATE_NOOP("ImportReport", "line {line} (VEVENT {number}, UID {uid})"),
                       line=line, number=number, uid=uid)
    return Message(QT_TRANSLATE_NOOP("ImportReport", "line {line} (VEVENT {number})"), line=line, number=number)


def read_schedule(calendar: UnfoldedCalendar, path: Path) -> RawSchedule:
    """Collect the raw fields of a VCALENDAR."""
    lines = check_structure(calendar, path)
    cal = parse_calendar(calendar.text, path, EventFileError)
    raw = RawSchedule(
        format=FORMAT_NAME,
        title=_text(cal, "X-WR-CALNAME") or _text(cal, "NAME") or "",
        zone_field="X-WR-TIMEZONE",
        time_zone_name=_text(cal, "X-WR-TIMEZONE"),
        url=_text(cal, "URL") or _text(cal, "SOURCE"),
    )
    tzids: Counter[str] = Counter()
    unknown_tzids: Counter[str] = Counter()
    utc_times = 0
    offsets: list[timedelta] = []
    repeating = 0
    for n, ev in enumerate(cal.walk("VEVENT")):
        uid = _text(ev, "UID")
        where = _vevent_place(lines[n] if n < len(lines) else None, n + 1, uid)
        status = (_text(ev, "STATUS") or "").upper()
        if status == "CANCELLED":
            raw.skip(where, Message(QT_TRANSLATE_NOOP("ImportReport", "marked STATUS:CANCELLED in the file")))
            continue
        start = _decoded(ev, "DTSTART")
        end = _decoded(ev, "DTEND")
        beyond: str | None = None
        if end is None and isinstance(start, datetime):
            duration = _decoded(ev, "DURATION")
            if isinstance(duration, timedelta):
                try:
                    end = start + duration
                except OverflowError:  # past year 9999: the builder skips the session and says why
                    beyond = _ical_value(ev, "DURATION") or str(duration)
        session = RawSession(
            location=where,
            title=_text(ev, "SUMMARY"),
            guid=uid,
            room=_text(ev, "LOCATION"),
            track=_categories(ev),
            description=_text(ev, "DESCRIPTION"),
            persons=_people(ev),
            url=_text(ev, "URL"),
            language=None,
            out_of_range=beyond,
        )
        recurrence = _decoded(ev, "RECURRENCE-ID")
        if uid and isinstance(recurrence, date):
            session.guid = f"{uid}@{recurrence.isoformat()}"
        if "RRULE" in ev:
            repeating += 1
        if isinstance(start, datetime):
            session.aware_start = start
            if isinstance(end, datetime):
                session.aware_end = end
            elif isinstance(end, date):
                raw.notes.append(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "ImportReport", "{place}: DTEND is a date but DTSTART a time; the end was ignored."
                        ),
                        place=where,
                    )
                )
            if start.tzinfo is None:
                tzid = ev["DTSTART"].params.get("TZID")
                if tzid:
                    unknown_tzids[str(tzid)] += 1
            else:
                key = getattr(start.tzinfo, "key", None)
                offset = start.utcoffset()
                if offset == timedelta(0) and key in (None, "UTC", "Etc/UTC"):
                    utc_times += 1
                elif key and zone_named(key):
                    tzids[key] += 1
                elif offset is not None:
                    offsets.append(offset)
        elif isinstance(start, date):
            session.all_day = start
        elif start is not None or "DTSTART" in ev:
            raw.notes.append(
                Message(
                    QT_TRANSLATE_NOOP("ImportReport", "{place}: DTSTART is not a date or time; listed without a time."),
                    place=where,
                )
            )
        else:
            raw.notes.append(
                Message(QT_TRANSLATE_NOOP("ImportReport", "{place}: no DTSTART; listed without a time."), place=where)
            )
        raw.sessions.append(session)
    if not raw.time_zone_name and tzids:
        raw.time_zone_name = tzids.most_common(1)[0][0]
        raw.zone_field = Message(QT_TRANSLATE_NOOP("ImportReport", "TZID of the start times"))
        if len(tzids) > 1:
            others = ", ".join(k for k in tzids if k != raw.time_zone_name)
            several = QT_TRANSLATE_NOOP(
                "ImportReport", "Start times use several zones ({others} besides {zone}); all are shown in {zone}."
            )
            raw.notes.append(Message(several, others=others, zone=raw.time_zone_name))
    raw.offsets = offsets
    for tzid, count in unknown_tzids.items():
        once = QT_TRANSLATE_NOOP(
            "ImportReport",
            "TZID {tzid} ({count} time) is neither an IANA zone nor defined in the file; "
            "that time was read in the event's zone.",
        )
        unknown = QT_TRANSLATE_NOOP(
            "ImportReport",
            "TZID {tzid} ({count} times) is neither an IANA zone nor defined in the file; "
            "those times were read in the event's zone.",
        )
        raw.notes.append(Message.counted(once, unknown, count=count, tzid=repr(tzid)))
    if utc_times and not raw.time_zone_name:
        raw.notes.append(
            Message.counted(QT_TRANSLATE_NOOP("ImportReport", "{count} start time is given in UTC."),
                            QT_TRANSLATE_NOOP("ImportReport", "{count} start times are given in UTC."), count=utc_times)
        )
    if repeating:
        one_first_only = QT_TRANSLATE_NOOP(
            "ImportReport", "{count} repeating entry (RRULE) is listed at its first occurrence only."
        )
        first_only = QT_TRANSLATE_NOOP(
            "ImportReport", "{count} repeating entries (RRULE) are listed at their first occurrence only."
        )
        raw.notes.append(Message.counted(one_first_only, first_only, count=repeating))
    return raw


def parse(
    data: bytes,
    path: Path,
    *,
    fallback_zone: str | None = None,
    progress: Progress | None = None,
) -> tuple[Event, ImportReport]:
    """Read an iCalendar schedule from ``data`` (the bytes of ``path``)."""
    raw = read_schedule(decode_text(data, path), path)
    return ScheduleBuilder(raw, path, fallback_zone=fallback_zone, progress=progress).build()
