"""Calendar files (.ics, RFC 5545) of one session, the starred set, a day or the whole event.

The bar is ../shared/design/REFERENCE.md §3. How sessions become VEVENTs:

- A session with a clock time (exact or indicative) gets DTSTART/DTEND in the event's zone
  (``TZID=Asia/Ashgabat``) with that zone's VTIMEZONE embedded. An exact time is ``STATUS:CONFIRMED``;
  an indicative one is ``STATUS:TENTATIVE``, says "(indicative)" in its SUMMARY and explains why
  first thing in its DESCRIPTION.
- A session whose day is published but whose time is not becomes an all-day event on that day
  (``DTSTART;VALUE=DATE``), ``TRANSP:TRANSPARENT`` so that it does not block the day, with
  "(time not published)" in its SUMMARY. It never gets an alarm: that would fire at an invented time.
- A session whose day is not published is left out, and :attr:`IcsExport.skipped` names it so the
  caller can tell the user which sessions are missing and why. The starred export still records such a
  session, as an ``X-COMPANION-STARRED:<session-id>@<event-id>.companion`` property of the VCALENDAR (one
  per session, sorted by id; calendar clients ignore unknown X- properties), so that importing the file
  (:mod:`companion.sources.ical_stars`) restores every star.

Fixed wording comes from :mod:`companion.domain.phrases` in the export's language. The same data and
options give the same bytes: UIDs are ``<session-id>@<event-id>.companion``;
DTSTAMP and LAST-MODIFIED come from the data's version (:func:`data_instant`), SEQUENCE from
``Session.revision``; when the caller passes the revisions the user-state database keeps per session
(:mod:`companion.store.revisions`: a fingerprint of time, room, title and people, for files whose data
carries no revisions), SEQUENCE is the higher of the two and LAST-MODIFIED the time the change was seen,
so a changed session supersedes the copy a calendar already holds. A starred session that left the
programme is written from its last known facts as ``STATUS:CANCELLED`` with a higher SEQUENCE
(:class:`CancelledSession`), so calendars drop it. No METHOD is
written (a plain published calendar; never ``METHOD:REQUEST``, which makes an invitation).

The VEVENTs are written line by line here (escaping and folding as RFC 5545 says, in the very bytes the icalendar
library wrote for them: ``tests/exports/test_ical_golden.py``); icalendar writes the calendar's own properties and
its VTIMEZONE, once per file.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from companion import __version__
from companion.atomic_files import is_special, resolve_target, write_atomic
from companion.domain.agenda import programme_order
from companion.domain.calendar_uid import STARRED_UNDATED_PROPERTY as STARRED_UNDATED_PROPERTY
from companion.domain.calendar_uid import parse_session_uid as parse_session_uid
from companion.domain.calendar_uid import session_uid as session_uid
from companion.domain.changes import SessionFacts
from companion.domain.event import Event, Session, TimeStatus
from companion.domain.phrases import date_text, phrase
from companion.domain.presentation import utc_offset_label
from companion.domain.text import pick
from companion.domain.title_provenance import published_title

if TYPE_CHECKING:  # icalendar is imported where a file is written (the window's options and scopes need none of it)
    import icalendar

PRODID = f"-//Companion//Companion {__version__}//EN"
MAX_ALARM_MINUTES = 7 * 24 * 60


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


class ScopeKind(StrEnum):
    """What an export covers."""

    SESSIONS = "sessions"
    STARRED = "starred"
    DAY = "day"
    ALL = "all"


class UnknownSessionsError(ValueError):
    """Session ids asked for that the event does not have."""

    def __init__(self, event: Event, session_ids: Sequence[str]) -> None:
        self.session_ids = tuple(session_ids)
        super().__init__(f"{event.id} has no session with id {', '.join(self.session_ids)}")


@dataclass(frozen=True, slots=True)
class ExportScope:
    """Which sessions to export: some ids, the starred ids, one day, or everything."""

    kind: ScopeKind
    session_ids: tuple[str, ...] = ()
    day: date | None = None

    @classmethod
    def everything(cls) -> ExportScope:
        return cls(ScopeKind.ALL)

    @classmethod
    def of_day(cls, day: date) -> ExportScope:
        return cls(ScopeKind.DAY, day=day)

    @classmethod
    def of_sessions(cls, session_ids: Iterable[str]) -> ExportScope:
        return cls(ScopeKind.SESSIONS, session_ids=tuple(dict.fromkeys(session_ids)))

    @classmethod
    def of_starred(cls, starred_ids: Iterable[str]) -> ExportScope:
        return cls(ScopeKind.STARRED, session_ids=tuple(sorted(set(starred_ids))))

    def select(self, event: Event) -> list[Session]:
        """The sessions in programme order; raises :class:`UnknownSessionsError` for an unknown asked-for id.

        Starred ids the data no longer has are ignored here (the store keeps and reports them).
        """
        if self.kind is ScopeKind.ALL:
            chosen: Iterable[Session] = event.sessions
        elif self.kind is ScopeKind.DAY:
            chosen = event.sessions_on(self.day)
        else:
            if self.kind is ScopeKind.SESSIONS:
                missing = [sid for sid in self.session_ids if sid not in event.sessions_by_id]
                if missing:
                    raise UnknownSessionsError(event, missing)
            wanted = set(self.session_ids)
            chosen = (s for s in event.sessions if s.id in wanted)
        return sorted(chosen, key=programme_order)

    def label(self, event: Event, language: str = "en") -> str:
        """The calendar's name in ``language``: ``CACCC-2025 — starred sessions`` and the like.

        Words and dates come from :mod:`companion.domain.phrases`, never from the process locale.
        """
        name = pick(event.short_name, language) or event.id
        if self.kind is ScopeKind.ALL:
            return name
        if self.kind is ScopeKind.STARRED:
            return f"{name} — {phrase('starred_sessions', language)}"
        if self.kind is ScopeKind.DAY:
            when = date_text(self.day, language) if self.day else phrase("date_not_published", language)
            return f"{name} — {when}"
        if len(self.session_ids) == 1 and self.session_ids[0] in event.sessions_by_id:
            return f"{name} — {pick(event.session(self.session_ids[0]).title, language)}"
        return f"{name} — {phrase('selected_sessions', language)}"

    def file_name(self, event: Event) -> str:
        """A file name for the export: ``caccc-2025-starred.ics``, ``caccc-2025-2025-05-13.ics`` ..."""
        if self.kind is ScopeKind.ALL:
            tail = ""
        elif self.kind is ScopeKind.STARRED:
            tail = "-starred"
        elif self.kind is ScopeKind.DAY:
            tail = f"-{self.day.isoformat()}" if self.day else "-undated"
        elif len(self.session_ids) == 1:
            tail = f"-{self.session_ids[0]}"
        else:
            tail = "-sessions"
        return _safe_file_stem(f"{event.id}{tail}") + ".ics"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """Choices that change the file: a reminder N minutes before each timed session, the text language."""

    alarm_minutes: int | None = None
    language: str = "en"

    def __post_init__(self) -> None:
        if self.alarm_minutes is not None and not 0 <= self.alarm_minutes <= MAX_ALARM_MINUTES:
            raise ValueError(f"a reminder must be 0 to {MAX_ALARM_MINUTES} minutes before; got {self.alarm_minutes}")


Revisions = Mapping[str, tuple[int, datetime | None]]
"""Session id to (revision, UTC time the change was seen or None), as the user-state database keeps them."""


@dataclass(frozen=True, slots=True)
class CancelledSession:
    """A session that left the programme, by its last known facts: written as ``STATUS:CANCELLED``.

    ``revision`` must be higher than any SEQUENCE the session was exported with.
    """

    facts: SessionFacts
    revision: int
    changed_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class IcsExport:
    """The file's bytes and what went into it."""

    data: bytes
    timed: tuple[Session, ...] = ()
    all_day: tuple[Session, ...] = ()
    skipped: tuple[Session, ...] = field(default=())
    """Sessions left out because their day is not published."""
    cancelled: tuple[SessionFacts, ...] = ()
    """Sessions that left the programme, written as cancelled."""

    @property
    def exported(self) -> tuple[Session, ...]:
        return tuple(sorted((*self.timed, *self.all_day), key=programme_order))

    @property
    def event_count(self) -> int:
        return len(self.timed) + len(self.all_day)


_VERSION_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[.\-_ ]?(\d+))?$")


def data_instant(event: Event) -> datetime:
    """DTSTAMP and LAST-MODIFIED for every VEVENT, taken from the data so that exports are reproducible.

    ``data_version`` as an ISO date and time is used as is (UTC when it has no offset); a date with a
    revision number (``2025-05-15.1``) is 00:00 UTC that day plus one second per revision, so each new
    revision of the data moves the stamp forward. Otherwise the event's first day at 00:00 UTC.
    """
    version = event.data_version.strip()
    m = _VERSION_DATE.match(version)
    if m:
        day = date.fromisoformat(m[1])
        return datetime.combine(day, time(0), tzinfo=UTC) + timedelta(seconds=int(m[2] or 0))
    try:
        stamp = datetime.fromisoformat(version)
    except ValueError:
        return datetime.combine(event.start_date, time(0), tzinfo=UTC)
    return stamp.replace(tzinfo=UTC) if stamp.tzinfo is None else stamp.astimezone(UTC)


_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """``text`` without control characters, which RFC 5545 TEXT forbids (real schedules carry stray DEL
    and NUL bytes); line breaks become ``\\n`` for the library to escape, tabs stay."""
    return _CONTROL_CHARACTERS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def location_text(event: Event, session: Session, language: str = "en") -> str:
    """``Room, venue, city``: the room or "Room not published", the session's venue or the event's, the city."""
    room_obj = event.rooms.get(session.room_id) if session.room_id is not None else None
    room = pick(room_obj.name, language) if room_obj is not None else ""
    venue = pick(session.venue, language) or pick(event.venue, language)
    city = pick(event.city, language)
    parts = [room or _capitalised(phrase("room_not_published", language))]
    if venue:
        parts.append(venue)
    if city and city not in venue:
        parts.append(city)
    return ", ".join(parts)


def summary_text(session: Session, language: str = "en") -> str:
    title = pick(session.title, language) or session.id
    if session.time_status is TimeStatus.INDICATIVE:
        return f"{title} ({phrase('indicative', language)})"
    if session.start is None:
        return f"{title} ({phrase('time_not_published', language)})"
    return title


def description_text(event: Event, session: Session, language: str = "en") -> str:
    """Plain text: time note, description, people with roles, topics, type and track, zone, sources.

    Ends with a line saying the texts are Companion's translation when ``language`` is one the event marks so.
    """
    blocks: list[str] = []
    published = published_title(session, language)
    if published is not None:  # the summary carries Companion's translation of the title
        blocks.append(f"{phrase('published_title', language)}: {published[1]}")
    note = pick(session.time_note, language)
    if session.time_status is TimeStatus.INDICATIVE:
        blocks.append(phrase("indicative_time_note", language) + (f" {note}" if note else ""))
    elif session.start is None:
        blocks.append(_capitalised(phrase("time_not_published", language)) + "." + (f" {note}" if note else ""))
    elif note:
        blocks.append(note)
    text = pick(session.description, language)
    if text:
        blocks.append(text)
    people = []
    for p in session.participants:
        person = event.people.get(p.person_id)
        line = person.name_in(language) if person else p.person_id
        role = pick(p.role, language)
        org = pick(person.organisation, language) if person else ""
        if role:
            line += f" ({role})"
        if org:
            line += f", {org}"
        people.append(f"- {line}")
    people_note = pick(session.participants_note, language)
    if people or people_note:
        heading = phrase("people", language) + ":"
        blocks.append("\n".join([heading, *people, *([people_note] if people_note else [])]))
    topics = [pick(t, language) for t in session.topics if pick(t, language)]
    if topics:
        blocks.append(phrase("topics", language) + ": " + "; ".join(topics))
    kind = [f"{phrase('type', language)}: {event.type_name(session.type_id, language)}"]
    track = event.tracks.get(session.track_id) if session.track_id is not None else None
    if track is not None:
        kind.append(f"{phrase('track', language)}: {pick(track.name, language)}")
    blocks.append(" · ".join(kind))
    if session.start is not None:
        offset = utc_offset_label(event, session.day)
        blocks.append(phrase("times_are", language, zone=event.timezone, offset=offset))
    sources = [event.sources[sid] for sid in session.sources if sid in event.sources]
    if sources:
        lines = [f"- {s.title}: {s.url}" if s.title else f"- {s.url}" for s in sources]
        blocks.append("\n".join([phrase("sources", language) + ":", *lines]))
    if language in event.translated_text_languages:
        blocks.append(phrase("translated_text_note", language))
    return "\n\n".join(blocks)


def session_url(event: Event, session: Session) -> str | None:
    if session.url:
        return session.url
    for sid in session.sources:
        if sid in event.sources:
            return event.sources[sid].url
    return event.url


def categories(event: Event, session: Session, language: str = "en") -> list[str]:
    out = [event.type_name(session.type_id, language)]
    track = event.tracks.get(session.track_id) if session.track_id is not None else None
    if track is not None:
        out.append(pick(track.name, language))
    return [c for c in dict.fromkeys(out) if c]


def _revised(
    session: Session, stamp: datetime, revisions: Revisions | None
) -> tuple[int, datetime, datetime]:
    """SEQUENCE, DTSTAMP and LAST-MODIFIED of ``session``: the data's, raised by the stored revision if any."""
    stored = revisions.get(session.id) if revisions is not None else None
    if stored is None:
        return session.revision, stamp, stamp
    revision, changed_at = stored
    if changed_at is None:
        return max(session.revision, revision), stamp, stamp
    changed_at = changed_at.astimezone(UTC)
    return max(session.revision, revision), max(stamp, changed_at), changed_at


# -- writing the file -------------------------------------------------------------------------------------
#
# The VEVENTs are written as text here, line by line, in the bytes icalendar writes for the same properties
# (tests/exports/test_ical_golden.py compares whole files with the ones icalendar wrote): property order
# SUMMARY, DTSTART, DTEND, DTSTAMP, UID, SEQUENCE, then the others alphabetically; TEXT escaped as RFC 5545
# §3.3.11 says; lines folded after 74 octets, never inside a UTF-8 character, never between a backslash and
# what it escapes. icalendar still writes what is made once per file: the calendar's own properties and the
# VTIMEZONE. Building every VEVENT as icalendar objects took most of the export's time (its line folding
# looks at each character).

_FOLD_OCTETS = 74
"""Octets on a line before icalendar folds it (the continuation's leading space makes 75)."""
_CONTINUATION = 0xC0, 0x80
_ESCAPE_OCTETS = (0x5C, 0x5E)  # a backslash (TEXT escapes) and a caret (RFC 6868 parameter escapes)


def fold(line: str) -> bytes:
    """``line`` as UTF-8, folded as RFC 5545 §3.1 says (CRLF and a space), the way icalendar folds it."""
    data = line.encode("utf-8")
    size = len(data)
    if size <= _FOLD_OCTETS:
        return data
    parts: list[bytes] = []
    start = 0
    mask, continuation = _CONTINUATION
    while size - start > _FOLD_OCTETS:
        end = start + _FOLD_OCTETS
        while data[end] & mask == continuation:  # inside a character: fold before it
            end -= 1
        if end - start > 1 and data[end - 1] in _ESCAPE_OCTETS:  # an escape stays with what it escapes
            end -= 1
        parts.append(data[start:end])
        start = end
    parts.append(data[start:])
    return b"\r\n ".join(parts)


def escape_text(text: str) -> str:
    r"""A TEXT value escaped as icalendar escapes it: ``\N`` read as a line break, then ``\ ; ,`` and line
    breaks (CRLF, LF or CR) escaped."""
    return (
        text.replace("\\N", "\n")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def _utc_text(value: datetime) -> str:
    value = value.astimezone(UTC)
    return f"{value.year:04}{value.month:02}{value.day:02}T{value.hour:02}{value.minute:02}{value.second:02}Z"


def _date_text(value: date) -> str:
    return f"{value.year:04}{value.month:02}{value.day:02}"


@dataclass(frozen=True, slots=True)
class _Zone:
    """How DTSTART and DTEND name the event's zone: ``;TZID=Asia/Ashgabat`` and local time, or UTC with ``Z``."""

    zone: ZoneInfo
    parameter: str
    """``;TZID=…`` as icalendar writes the parameter, or "" when icalendar takes the zone for UTC."""

    @classmethod
    def of(cls, event: Event) -> _Zone:
        import icalendar

        zone = event.zone
        probe = icalendar.prop.vDDDTypes(datetime(2000, 1, 1, tzinfo=zone))
        parameters = probe.params.to_ical().decode("utf-8")
        return cls(zone, f";{parameters}" if parameters else "")

    def line(self, name: str, value: datetime | date) -> str:
        if not isinstance(value, datetime):
            return f"{name};VALUE=DATE:{_date_text(value)}"
        if not self.parameter:
            return f"{name}:{_utc_text(value)}"
        local = value.astimezone(self.zone)
        return (
            f"{name}{self.parameter}:{local.year:04}{local.month:02}{local.day:02}"
            f"T{local.hour:02}{local.minute:02}{local.second:02}"
        )


class _Lines:
    """A VCALENDAR's body as folded lines."""

    def __init__(self) -> None:
        self.lines: list[bytes] = []

    def add(self, line: str) -> None:
        self.lines.append(fold(line))

    def text(self, name: str, value: str) -> None:
        self.lines.append(fold(f"{name}:{escape_text(value)}"))


def _trigger(minutes: int) -> str:
    """``TRIGGER`` as icalendar writes a duration: ``-PT15M``, ``-P7D``, ``P0D``."""
    import icalendar

    written: bytes = icalendar.prop.vDuration(timedelta(minutes=-minutes)).to_ical()  # type: ignore[no-untyped-call]
    return "TRIGGER:" + written.decode("ascii")


def _write_vevent(
    out: _Lines,
    zone: _Zone,
    event: Event,
    session: Session,
    options: ExportOptions,
    stamp: datetime,
    revisions: Revisions | None,
    trigger: str | None,
) -> None:
    """One session as a VEVENT (the caller decides that it has a day)."""
    lang = options.language
    sequence, dtstamp, modified = _revised(session, stamp, revisions)
    summary = summary_text(session, lang)
    out.add("BEGIN:VEVENT")
    out.text("SUMMARY", clean_text(summary))
    timed = session.start is not None and session.end is not None
    if session.start is not None and session.end is not None:
        out.add(zone.line("DTSTART", session.start))
        out.add(zone.line("DTEND", session.end))
    else:
        assert session.day is not None
        out.add(zone.line("DTSTART", session.day))
        out.add(zone.line("DTEND", session.day + timedelta(days=1)))
    out.add(f"DTSTAMP:{_utc_text(dtstamp)}")
    out.text("UID", session_uid(event, session))
    out.add(f"SEQUENCE:{sequence}")
    cats = categories(event, session, lang)
    if cats:
        out.add("CATEGORIES:" + ",".join(escape_text(clean_text(c)) for c in cats))
    out.text("DESCRIPTION", clean_text(description_text(event, session, lang)))
    out.add(f"LAST-MODIFIED:{_utc_text(modified)}")
    out.text("LOCATION", clean_text(location_text(event, session, lang)))
    if session.time_status is TimeStatus.INDICATIVE:
        out.add("STATUS:TENTATIVE")
    elif session.time_status is TimeStatus.EXACT:
        out.add("STATUS:CONFIRMED")
    if not timed:
        out.add("TRANSP:TRANSPARENT")
    url = session_url(event, session)
    if url:
        if "\n" in url:  # icalendar refused such a line (an AssertionError); a URL has no line breaks
            url = url.replace("\r", "").replace("\n", "")
        out.add(f"URL:{url}")
    if trigger is not None and options.alarm_minutes is not None and session.start is not None:
        out.add("BEGIN:VALARM")
        out.add("ACTION:DISPLAY")
        out.text("DESCRIPTION", clean_text(alarm_text(summary, options.alarm_minutes, lang)))
        out.add(trigger)
        out.add("END:VALARM")
    out.add("END:VEVENT")


def _facts_times(event: Event, facts: SessionFacts) -> tuple[datetime, datetime] | tuple[date, date] | None:
    start, end = facts.start_instant, facts.end_instant
    if start is not None and end is not None:
        return start.astimezone(event.zone), end.astimezone(event.zone)
    if facts.day:
        day = date.fromisoformat(facts.day)
        return day, day + timedelta(days=1)
    return None


def _write_cancelled_vevent(
    out: _Lines, zone: _Zone, event: Event, cancelled: CancelledSession, options: ExportOptions, stamp: datetime
) -> bool:
    """A session that left the programme as ``STATUS:CANCELLED`` at its last known time (False: no known day)."""
    facts = cancelled.facts
    times = _facts_times(event, facts)
    if times is None:
        return False
    lang = options.language
    modified = cancelled.changed_at.astimezone(UTC) if cancelled.changed_at is not None else stamp
    title = facts.title or facts.id
    room = facts.room or _capitalised(phrase("room_not_published", lang))
    venue, city = pick(event.venue, lang), pick(event.city, lang)
    out.add("BEGIN:VEVENT")
    out.text("SUMMARY", clean_text(f"{title} ({phrase('cancelled', lang)})"))
    out.add(zone.line("DTSTART", times[0]))
    out.add(zone.line("DTEND", times[1]))
    out.add(f"DTSTAMP:{_utc_text(max(stamp, modified))}")
    out.text("UID", session_uid(event, facts.id))
    out.add(f"SEQUENCE:{cancelled.revision}")
    out.text("DESCRIPTION", clean_text(phrase("session_cancelled_note", lang)))
    out.add(f"LAST-MODIFIED:{_utc_text(modified)}")
    out.text("LOCATION", clean_text(", ".join(p for p in (room, venue, city if city not in venue else "") if p)))
    out.add("STATUS:CANCELLED")
    if not isinstance(times[0], datetime):
        out.add("TRANSP:TRANSPARENT")
    out.add("END:VEVENT")
    return True


def alarm_text(title: str, minutes: int, language: str = "en") -> str:
    """The reminder's words: "Starts now: …", "Starts in 1 minute: …", "Starts in 15 minutes: …"."""
    if minutes == 0:
        return phrase("alarm_now", language, title=title)
    if minutes == 1:
        return phrase("alarm_in_one", language, title=title)
    return phrase("alarm_in", language, title=title, minutes=str(minutes))


def _time_zones(zone: _Zone, years: Sequence[int]) -> list[icalendar.cal.Component]:
    """The VTIMEZONE the file needs, as icalendar makes it for these years (none for UTC or no timed entry)."""
    if not years or not zone.parameter:
        return []
    import icalendar

    probe = icalendar.Calendar()
    stand_in = icalendar.Event()
    stand_in.add("dtstart", datetime(min(years), 6, 1, tzinfo=zone.zone))
    probe.add_component(stand_in)
    probe.add_missing_timezones(first_date=date(min(years), 1, 1), last_date=date(max(years) + 1, 1, 1))
    zones = probe.walk("VTIMEZONE")
    for vtz in zones:
        # icalendar notes the covered years in a COMMENT, which RFC 5546 does not allow in a VTIMEZONE
        # (libical's restriction check flags it); the observances themselves say the same.
        vtz.pop("COMMENT", None)
    return zones


def _write_calendar(
    event: Event,
    sessions: Iterable[Session],
    options: ExportOptions,
    name: str | None,
    revisions: Revisions | None,
    cancelled: Iterable[CancelledSession],
    starred_undated: bool,
) -> IcsExport:
    """The .ics bytes for ``sessions`` (and ``cancelled`` ones) and what went in.

    ``starred_undated``: record each skipped session as an ``X-COMPANION-STARRED`` property of the calendar.
    """
    ordered = sorted(dict((s.id, s) for s in sessions).values(), key=programme_order)
    stamp = data_instant(event)
    zone = _Zone.of(event)
    trigger = _trigger(options.alarm_minutes) if options.alarm_minutes is not None else None
    body = _Lines()
    timed: list[Session] = []
    all_day: list[Session] = []
    skipped: list[Session] = []
    for s in ordered:
        if s.start is not None and s.end is not None:
            timed.append(s)
        elif s.day is not None:
            all_day.append(s)
        else:
            skipped.append(s)
            continue
        _write_vevent(body, zone, event, s, options, stamp, revisions, trigger)
    written: list[SessionFacts] = []
    years = [s.start.astimezone(event.zone).year for s in timed if s.start is not None]
    for c in sorted(cancelled, key=lambda c: c.facts.id):
        if c.facts.id in event.sessions_by_id:
            continue  # still in the programme: exported as it is
        if not _write_cancelled_vevent(body, zone, event, c, options, stamp):
            continue
        written.append(c.facts)
        times = _facts_times(event, c.facts)
        if times is not None and isinstance(times[0], datetime):
            years.append(times[0].year)
    # The calendar's own properties and its VTIMEZONE, written by icalendar (once per file).
    import icalendar

    cal = icalendar.Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", PRODID)
    cal.add("calscale", "GREGORIAN")
    calname = clean_text(name or pick(event.short_name, options.language) or event.id)
    cal.add("name", calname)
    cal.add("x-wr-calname", calname)
    cal.add("x-wr-timezone", event.timezone)
    if starred_undated:
        for session in sorted(skipped, key=lambda s: s.id):
            cal.add(STARRED_UNDATED_PROPERTY, session_uid(event, session))
    for vtz in _time_zones(zone, years):
        cal.add_component(vtz)
    head = cal.to_ical()
    end = b"END:VCALENDAR\r\n"
    assert head.endswith(end)
    lines = body.lines
    data = head[: -len(end)] + (b"\r\n".join(lines) + b"\r\n" if lines else b"") + end
    return IcsExport(data, tuple(timed), tuple(all_day), tuple(skipped), tuple(written))


def export_ics(
    event: Event,
    sessions: Iterable[Session],
    options: ExportOptions = ExportOptions(),
    name: str | None = None,
    revisions: Revisions | None = None,
    cancelled: Iterable[CancelledSession] = (),
) -> IcsExport:
    """The .ics bytes for ``sessions`` and what went in (sessions without a published day are skipped).

    ``revisions`` (see :data:`Revisions`) raise SEQUENCE and move LAST-MODIFIED of the sessions they name.
    """
    return _write_calendar(event, sessions, options, name, revisions, cancelled, starred_undated=False)


def export_scope(
    event: Event,
    scope: ExportScope,
    options: ExportOptions = ExportOptions(),
    revisions: Revisions | None = None,
    cancelled: Iterable[CancelledSession] = (),
) -> IcsExport:
    """The .ics for a scope, named after it (``X-WR-CALNAME``); ``cancelled`` only for the starred scope."""
    starred = scope.kind is ScopeKind.STARRED
    gone = tuple(cancelled) if starred else ()
    label = scope.label(event, options.language)
    return _write_calendar(event, scope.select(event), options, label, revisions, gone, starred_undated=starred)


def write_ics(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :mod:`companion.atomic_files`): the old file survives any
    failure, a device or pipe is written through, a symbolic link's target is replaced. Missing folders are made."""
    path = Path(path)
    if not is_special(path):
        resolve_target(path).parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, data)


def _safe_file_stem(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or "calendar"
