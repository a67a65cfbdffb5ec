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
written (a plain published calendar; never ``METHOD:REQUEST``, which makes an invitation). Escaping and
line folding are left to the icalendar library.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from pathlib import Path

import icalendar

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


def build_vevent(
    event: Event, session: Session, options: ExportOptions, stamp: datetime, revisions: Revisions | None = None
) -> icalendar.Event:
    """One session as a VEVENT (the caller decides that it has a day)."""
    lang = options.language
    sequence, dtstamp, modified = _revised(session, stamp, revisions)
    ve = icalendar.Event()
    ve.add("uid", session_uid(event, session))
    ve.add("dtstamp", dtstamp)
    if session.start is not None and session.end is not None:
        ve.add("dtstart", session.start.astimezone(event.zone))
        ve.add("dtend", session.end.astimezone(event.zone))
    else:
        assert session.day is not None
        ve.add("dtstart", session.day)
        ve.add("dtend", session.day + timedelta(days=1))
        ve.add("transp", "TRANSPARENT")
    ve.add("sequence", sequence)
    ve.add("last-modified", modified)
    ve.add("summary", clean_text(summary_text(session, lang)))
    ve.add("location", clean_text(location_text(event, session, lang)))
    ve.add("description", clean_text(description_text(event, session, lang)))
    url = session_url(event, session)
    if url:
        ve.add("url", url)
    cats = categories(event, session, lang)
    if cats:
        ve.add("categories", [clean_text(c) for c in cats])
    if session.time_status is TimeStatus.INDICATIVE:
        ve.add("status", "TENTATIVE")
    elif session.time_status is TimeStatus.EXACT:
        ve.add("status", "CONFIRMED")
    if options.alarm_minutes is not None and session.start is not None:
        ve.add_component(build_alarm(session, options.alarm_minutes, lang))
    return ve


def _facts_times(event: Event, facts: SessionFacts) -> tuple[datetime, datetime] | tuple[date, date] | None:
    start, end = facts.start_instant, facts.end_instant
    if start is not None and end is not None:
        return start.astimezone(event.zone), end.astimezone(event.zone)
    if facts.day:
        day = date.fromisoformat(facts.day)
        return day, day + timedelta(days=1)
    return None


def build_cancelled_vevent(
    event: Event, cancelled: CancelledSession, options: ExportOptions, stamp: datetime
) -> icalendar.Event | None:
    """A session that left the programme as ``STATUS:CANCELLED`` at its last known time (None: no known day)."""
    facts = cancelled.facts
    times = _facts_times(event, facts)
    if times is None:
        return None
    lang = options.language
    modified = cancelled.changed_at.astimezone(UTC) if cancelled.changed_at is not None else stamp
    ve = icalendar.Event()
    ve.add("uid", session_uid(event, facts.id))
    ve.add("dtstamp", max(stamp, modified))
    ve.add("dtstart", times[0])
    ve.add("dtend", times[1])
    if not isinstance(times[0], datetime):
        ve.add("transp", "TRANSPARENT")
    ve.add("sequence", cancelled.revision)
    ve.add("last-modified", modified)
    title = facts.title or facts.id
    ve.add("summary", clean_text(f"{title} ({phrase('cancelled', lang)})"))
    room = facts.room or _capitalised(phrase("room_not_published", lang))
    venue, city = pick(event.venue, lang), pick(event.city, lang)
    ve.add("location", clean_text(", ".join(p for p in (room, venue, city if city not in venue else "") if p)))
    ve.add("description", clean_text(phrase("session_cancelled_note", lang)))
    ve.add("status", "CANCELLED")
    return ve


def build_alarm(session: Session, minutes: int, language: str = "en") -> icalendar.Alarm:
    """A DISPLAY reminder ``minutes`` before the start, with the DESCRIPTION that DISPLAY requires."""
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", timedelta(minutes=-minutes))
    title = summary_text(session, language)
    if minutes == 0:
        text = phrase("alarm_now", language, title=title)
    elif minutes == 1:
        text = phrase("alarm_in_one", language, title=title)
    else:
        text = phrase("alarm_in", language, title=title, minutes=str(minutes))
    alarm.add("description", clean_text(text))
    return alarm


def build_calendar(
    event: Event,
    sessions: Iterable[Session],
    options: ExportOptions = ExportOptions(),
    name: str | None = None,
    revisions: Revisions | None = None,
    cancelled: Iterable[CancelledSession] = (),
) -> tuple[icalendar.Calendar, IcsExport]:
    """The VCALENDAR for ``sessions`` (and ``cancelled`` ones) and the export summary (``data`` still empty).

    ``revisions`` (see :data:`Revisions`) raise SEQUENCE and move LAST-MODIFIED of the sessions they name.
    """
    ordered = sorted(dict((s.id, s) for s in sessions).values(), key=programme_order)
    stamp = data_instant(event)
    cal = icalendar.Calendar()
    cal.add("version", "2.0")
    cal.add("prodid", PRODID)
    cal.add("calscale", "GREGORIAN")
    calname = clean_text(name or pick(event.short_name, options.language) or event.id)
    cal.add("name", calname)
    cal.add("x-wr-calname", calname)
    cal.add("x-wr-timezone", event.timezone)
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
        cal.add_component(build_vevent(event, s, options, stamp, revisions))
    written: list[SessionFacts] = []
    years = [s.start.astimezone(event.zone).year for s in timed if s.start is not None]
    for c in sorted(cancelled, key=lambda c: c.facts.id):
        if c.facts.id in event.sessions_by_id:
            continue  # still in the programme: exported as it is
        ve = build_cancelled_vevent(event, c, options, stamp)
        if ve is None:
            continue
        cal.add_component(ve)
        written.append(c.facts)
        times = _facts_times(event, c.facts)
        if times is not None and isinstance(times[0], datetime):
            years.append(times[0].year)
    if years:
        cal.add_missing_timezones(first_date=date(min(years), 1, 1), last_date=date(max(years) + 1, 1, 1))
        for vtz in cal.walk("VTIMEZONE"):
            # icalendar notes the covered years in a COMMENT, which RFC 5546 does not allow in a VTIMEZONE
            # (libical's restriction check flags it); the observances themselves say the same.
            vtz.pop("COMMENT", None)
    return cal, IcsExport(b"", tuple(timed), tuple(all_day), tuple(skipped), tuple(written))


def export_ics(
    event: Event,
    sessions: Iterable[Session],
    options: ExportOptions = ExportOptions(),
    name: str | None = None,
    revisions: Revisions | None = None,
    cancelled: Iterable[CancelledSession] = (),
) -> IcsExport:
    """The .ics bytes for ``sessions`` and what went in (sessions without a published day are skipped)."""
    cal, summary = build_calendar(event, sessions, options, name, revisions, cancelled)
    return IcsExport(cal.to_ical(), summary.timed, summary.all_day, summary.skipped, summary.cancelled)


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
    cal, summary = build_calendar(event, scope.select(event), options, label, revisions, gone)
    if starred:
        for session in sorted(summary.skipped, key=lambda s: s.id):
            cal.add(STARRED_UNDATED_PROPERTY, session_uid(event, session))
    return IcsExport(cal.to_ical(), summary.timed, summary.all_day, summary.skipped, summary.cancelled)


def write_ics(path: Path | str, data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically (see :mod:`companion.atomic_files`): the old file survives any
    failure, a device or pipe is written through, a symbolic link's target is replaced. Missing folders are made."""
    path = Path(path)
    if not is_special(path):
        resolve_target(path).parent.mkdir(parents=True, exist_ok=True)
    return write_atomic(path, data)


def _safe_file_stem(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-.") or "calendar"
