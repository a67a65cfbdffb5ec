"""Turn what a schedule file says (frab XML, schedule.json, iCalendar) into an :class:`Event` and its report.

The readers only collect raw fields (:class:`RawSession` ...); the rules live here once: which zone the
times are in, how ``date``/``start``/``duration``/``day_change`` become aware datetimes, stable session
ids (guid, else frab id, else a slug of date+start+room+title), and ids for rooms, tracks, types and people.
schedule.json's reader (``frab_json.JsonScheduleBuilder``) builds its plain sessions straight from the decoded
objects with these methods (:meth:`ScheduleBuilder.times_of`, :meth:`~ScheduleBuilder.participation_named` ...),
and is tested to give the same event as :meth:`ScheduleBuilder.add_session` does from RawSessions.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from hashlib import sha1
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from companion.domain.event import (
    Day,
    Event,
    Participation,
    Room,
    Session,
    SessionType,
    TimeStatus,
    Track,
    make_participation,
    make_person,
    make_session,
    slot_constructor,
)
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Template
from companion.domain.text import LocalizedText
from companion.sources import value_limits
from companion.sources.errors import EventFileError
from companion.sources.report import ImportReport, SkippedItem, ZoneSource

# The readers' limits and quoting live in value_limits (the project's own event file is read without this module);
# they are named here as before for the other readers.
FIRST_YEAR = value_limits.FIRST_YEAR
LAST_YEAR = value_limits.LAST_YEAR
MAX_ZONE_NAME = value_limits.MAX_ZONE_NAME
OUT_OF_RANGE = value_limits.OUT_OF_RANGE
in_range = value_limits.in_range
out_of_range = value_limits.out_of_range
quoted = value_limits.quoted
zone_named = value_limits.zone_named

CalendarDate = date
"""``datetime.date`` under a name that the ``date`` fields of raw records do not shadow."""

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called while sessions are built; may raise to cancel."""

TEXT_LANGUAGE = "en"
"""Imported schedules carry one text per field; it is stored under the fallback language so every view finds it."""

DEFAULT_TYPE = "Session"

TYPE_PALETTE = (
    "#1565c0",
    "#c62828",
    "#2e7d32",
    "#ef6c00",
    "#6a1b9a",
    "#00838f",
    "#ad1457",
    "#4e342e",
    "#558b2f",
    "#283593",
    "#f9a825",
    "#37474f",
)
"""Fixed colours for session types, given in order of first appearance (files do not colour types)."""

_HEX_COLOUR = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


def slug(text: str) -> str:
    """ASCII, lower-case, hyphen-separated form of ``text``; a short hash when nothing ASCII is left."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    out = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if out:
        return out[:80].rstrip("-")
    return "x" + sha1(text.encode("utf-8")).hexdigest()[:10] if text else "x"


def colour(value: str | None) -> str | None:
    """``#rrggbb`` from what a file gives (``#abc``, ``abcdef``), or None."""
    if not value:
        return None
    m = _HEX_COLOUR.match(value.strip())
    if not m:
        return None
    digits = m.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits.lower()


_BLOCK_TAG = re.compile(r"<\s*(/?)\s*(p|br|div|li|ul|ol|h[1-6]|tr|blockquote)\b[^>]*>", re.IGNORECASE)
_BLANK_RUN = re.compile("\n\n\n+")
"""Three or more line breaks (``\\n{3,}`` means the same, but its search is six times slower)."""
_LIST_ITEM = re.compile(r"<\s*/?\s*li\b", re.IGNORECASE)
"""The start of every :data:`_BLOCK_TAG` that :func:`_block` does not turn into a plain line break."""
_ANY_TAG = re.compile(r"</?[a-zA-Z][^>]*>|<!--.*?-->", re.DOTALL)


def _block(match: re.Match[str]) -> str:
    if match.group(2).lower() == "li":
        return "" if match.group(1) else "\n• "
    return "\n"


def plain_text(value: str | None) -> str:
    """Text without the little HTML frab abstracts carry (paragraphs, breaks, lists, links), blank runs collapsed."""
    if not value:
        return ""
    text = value
    # each character looked for once (long descriptions are scanned again and again otherwise)
    tag, entity, carriage = "<" in text, "&" in text, "\r" in text
    if not (tag or entity or carriage) and "\n" not in text:
        return text.strip()  # one line of plain text, as most titles and many abstracts are
    if tag and ">" in text:
        # Without list items every block tag becomes a line break: a plain replacement, no call per tag.
        text = _ANY_TAG.sub("", _BLOCK_TAG.sub(_block if _LIST_ITEM.search(text) else "\n", text))
    if entity:  # (a tag may have held the only "&": html.unescape returns such a text as it is)
        text = html.unescape(text)
    if (carriage or entity) and "\r" in text:  # an entity may be one (&#13;)
        text = text.replace("\r\n", "\n")
    if " \n" in text or "\t\n" in text:  # spaces and tabs ending a line ([ \t]+\n), line by line
        lines = text.split("\n")
        last = lines.pop()
        text = "\n".join([line.rstrip(" \t") for line in lines] + [last])
    if "\n\n\n" in text:
        text = _BLANK_RUN.sub("\n\n", text)
    return text.strip()


def description_text(subtitle: str | None, abstract: str | None, description: str | None) -> LocalizedText:
    """A session's description: its subtitle, abstract and description as :func:`plain_text`, each once."""
    parts: list[str] = []
    for value in (subtitle, abstract, description):
        if not value:
            continue
        if "\n" not in value and "<" not in value and "&" not in value and "\r" not in value:
            text = value.strip()  # plain_text's own first step, without the call
        else:
            text = plain_text(value)
        if text and text not in parts:
            parts.append(text)
    return {TEXT_LANGUAGE: "\n\n".join(parts)} if parts else {}


def parse_clock(text: str) -> time:
    """``10:30``, ``9:05`` or ``10:30:00`` as a time of day; ValueError otherwise."""
    parts = text.strip().split(":")
    if len(parts) not in (2, 3) or not all(p.strip().isdigit() for p in parts):
        raise ValueError(text)
    if any(len(p.strip()) > 2 for p in parts):  # "99999999999999999999:00" is no hour (and too big for time())
        raise ValueError(text)
    hour, minute = int(parts[0]), int(parts[1])
    second = int(parts[2]) if len(parts) == 3 else 0
    return time(hour, minute, second)


def parse_duration(text: str) -> timedelta:
    """``00:30``, ``1:30``, ``01:30:00``, ``1:02:30:00`` (days first) or plain minutes; ValueError otherwise."""
    parts = text.strip().split(":")
    if not all(p.strip().isdigit() for p in parts):
        raise ValueError(text)
    numbers = [int(p) for p in parts]
    if len(numbers) == 1:
        return timedelta(minutes=numbers[0])
    if len(numbers) == 2:
        return timedelta(hours=numbers[0], minutes=numbers[1])
    if len(numbers) == 3:
        return timedelta(hours=numbers[0], minutes=numbers[1], seconds=numbers[2])
    if len(numbers) == 4:
        return timedelta(days=numbers[0], hours=numbers[1], minutes=numbers[2], seconds=numbers[3])
    raise ValueError(text)


class OutOfRangeError(Exception):
    """A session's date, time or duration outside what can be read (see :data:`FIRST_YEAR`)."""

    def __init__(self, value: object) -> None:
        super().__init__(str(value))
        self.message = out_of_range(value)


def parse_datetime(text: str) -> datetime:
    """An ISO 8601 date and time, with or without offset (``Z`` allowed); ValueError otherwise."""
    return datetime.fromisoformat(text.strip())


def parse_date(text: str) -> date:
    """The date part of ``2023-09-10`` or ``2023-09-10T05:00:00+00:00``; ValueError otherwise."""
    return date.fromisoformat(text.strip()[:10])


def offset_label(offset: timedelta) -> str:
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def zone_for_offset(offset: timedelta) -> str | None:
    """The IANA ``Etc/GMT±N`` zone for a whole-hour offset (POSIX sign: UTC+1 is Etc/GMT-1), else None."""
    seconds = int(offset.total_seconds())
    if seconds == 0:
        return "UTC"
    if seconds % 3600:
        return None
    hours = seconds // 3600
    if not -12 <= hours <= 14:
        return None
    return f"Etc/GMT{'-' if hours > 0 else '+'}{abs(hours)}"


@dataclass(frozen=True, slots=True)
class ZoneChoice:
    """The zone an import uses, where it came from and why, in words for the report."""

    name: str
    source: ZoneSource
    reason: Message


def choose_zone(
    file_zone: str | None,
    fallback_zone: str | None,
    offsets: Sequence[timedelta],
    *,
    file_zone_field: Message | str = "time_zone_name",
    report: ImportReport | None = None,
) -> ZoneChoice:
    """The file's zone; else the user's choice; else one zone implied by every offset; else UTC.

    ``file_zone_field`` names where the file gives its zone (a field name, or a :class:`Message` for words).
    ValueError (English, for the caller to reword) when ``fallback_zone`` is not a zone.
    """
    if file_zone:
        if zone_named(file_zone):
            named = Message(QT_TRANSLATE_NOOP("ImportReport", "the file names it ({field})"), field=file_zone_field)
            return ZoneChoice(file_zone.strip(), ZoneSource.FILE, named)
        if report is not None:
            report.notes.append(
                Message(
                    QT_TRANSLATE_NOOP(
                        "ImportReport", "The file names the zone {zone}, which is not a known IANA zone."
                    ),
                    zone=quoted(file_zone),
                )
            )
    if fallback_zone:
        if not zone_named(fallback_zone):
            raise ValueError(f"unknown time zone {fallback_zone!r}")
        chosen = Message(QT_TRANSLATE_NOOP("ImportReport", "the file names no zone; chosen by you"))
        return ZoneChoice(fallback_zone, ZoneSource.CHOSEN, chosen)
    distinct = Counter(offsets)
    if len(distinct) == 1:
        offset = next(iter(distinct))
        name = zone_for_offset(offset)
        if name is not None:
            inferred = Message(
                QT_TRANSLATE_NOOP(
                    "ImportReport", "the file names no zone; every session date carries the offset {offset}"
                ),
                offset=offset_label(offset),
            )
            return ZoneChoice(name, ZoneSource.OFFSET, inferred)
    if distinct:
        labels = ", ".join(offset_label(o) for o in sorted(distinct))
        mixed = Message(
            QT_TRANSLATE_NOOP(
                "ImportReport",
                "the file names no zone and its dates carry offsets {offsets}; times are shown in UTC "
                "(choose the conference's zone to see local times)",
            ),
            offsets=labels,
        )
        return ZoneChoice("UTC", ZoneSource.FALLBACK, mixed)
    assumed = Message(
        QT_TRANSLATE_NOOP(
            "ImportReport",
            "the file names no zone; times are read as UTC (choose the conference's zone if that is wrong)",
        )
    )
    return ZoneChoice("UTC", ZoneSource.FALLBACK, assumed)


@dataclass(slots=True)
class RawPerson:
    """A person as a session lists them."""

    name: str
    id: str | None = None


@dataclass(slots=True)
class RawSession:
    """One session's fields as the file gives them, before any interpretation."""

    location: Message | str
    """Where the session is in the file: an XML or JSON path, or words (``line 12 (VEVENT 3)``)."""
    title: str | Mapping[str, str] | None
    guid: str | None = None
    frab_id: str | None = None
    date: str | None = None
    start: str | None = None
    duration: str | None = None
    end: str | None = None
    day_index: int | None = None
    room: str | None = None
    subtitle: str | None = None
    track: str | None = None
    type: str | None = None
    language: str | None = None
    abstract: str | None = None
    description: str | None = None
    persons: list[RawPerson] = field(default_factory=list)
    url: str | None = None
    links: list[str] = field(default_factory=list)
    slug: str | None = None
    aware_start: datetime | None = None
    """iCalendar: an already decoded start (aware, or naive for floating time)."""
    aware_end: datetime | None = None
    all_day: CalendarDate | None = None
    """iCalendar: an all-day entry on this date (no clock time)."""
    out_of_range: str | None = None
    """What the reader found out of range already (an end past year 9999), as the file gives it: skipped."""



if TYPE_CHECKING:

    def make_raw_person(name: str, id: str | None, /) -> RawPerson:  # the field's name
        """A :class:`RawPerson` from both fields (see :func:`~companion.domain.event.slot_constructor`)."""
        ...

    def make_raw_session(
        location: Message | str,
        title: str | Mapping[str, str] | None,
        guid: str | None,
        frab_id: str | None,
        date: str | None,
        start: str | None,
        duration: str | None,
        end: str | None,
        day_index: int | None,
        room: str | None,
        subtitle: str | None,
        track: str | None,
        type: str | None,  # the field's name
        language: str | None,
        abstract: str | None,
        description: str | None,
        persons: list[RawPerson],
        url: str | None,
        links: list[str],
        slug: str | None,
        aware_start: datetime | None,
        aware_end: datetime | None,
        all_day: CalendarDate | None,
        out_of_range: str | None,
        /,
    ) -> RawSession:
        """A :class:`RawSession` from every field, positionally in declaration order (see
        :func:`~companion.domain.event.slot_constructor`): for readers that collect thousands."""
        ...

else:
    make_raw_person = slot_constructor(RawPerson)
    make_raw_session = slot_constructor(RawSession)

@dataclass(slots=True)
class RawDay:
    """A ``day`` element: its date, index and, when given, when the day starts (ISO with offset)."""

    date: str | None
    index: int | None = None
    start: str | None = None
    end: str | None = None
    location: str = ""


@dataclass(slots=True)
class RawSchedule:
    """Everything a reader collected from one file."""

    format: Message | str
    title: str = ""
    acronym: str = ""
    time_zone_name: str | None = None
    zone_field: Message | str = "time_zone_name"
    start: str | None = None
    end: str | None = None
    day_change: str | None = None
    url: str | None = None
    venue: str = ""
    city: str = ""
    data_version: str = ""
    track_colours: dict[str, str | None] = field(default_factory=dict)
    days: list[RawDay] = field(default_factory=list)
    sessions: list[RawSession] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    notes: list[Message | str] = field(default_factory=list)
    offsets: list[timedelta] | None = None
    """UTC offsets that hint at the zone; None: take them from the session dates."""

    def skip(self, location: Message | str, reason: Message | str) -> None:
        self.skipped.append(SkippedItem(location, reason))


EMPTY_TEXT: LocalizedText = {}
"""The one empty text that every session without a note, venue ... shares (64 bytes each saved per field); never
mutated, as nothing in an :class:`Event` is. A plain dict, not a read-only proxy, so it copies, pickles and
serialises like every other text."""


def _text(value: str | None) -> LocalizedText:
    return {TEXT_LANGUAGE: value} if value else {}


@dataclass(slots=True)
class _Ids:
    """Unique ids for named things (rooms, tracks, types), made from their names."""

    by_name: dict[str, str] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    next_number: dict[str, int] = field(default_factory=dict)
    """Per slug, the suffix to try next: many names with one slug get -2, -3 … without rescanning."""

    def get(self, name: str) -> str:
        if name in self.by_name:
            return self.by_name[name]
        base = slug(name)
        candidate, n = base, self.next_number.get(base, 2)
        while candidate in self.used:
            candidate, n = f"{base}-{n}", n + 1
        self.next_number[base] = n
        self.used.add(candidate)
        self.by_name[name] = candidate
        return candidate


class ScheduleBuilder:
    """Builds an :class:`Event` and an :class:`ImportReport` from a :class:`RawSchedule`."""

    def __init__(
        self,
        raw: RawSchedule,
        path: Path,
        *,
        fallback_zone: str | None = None,
        progress: Progress | None = None,
        report: ImportReport | None = None,
    ) -> None:
        self.raw = raw
        self.path = path
        self.fallback_zone = fallback_zone
        self.progress = progress
        self.report = report or ImportReport(path=str(path), format=raw.format)
        self.report.skipped.extend(raw.skipped)
        self.report.notes.extend(raw.notes)
        self._rooms = _Ids()
        self._tracks = _Ids()
        self._types = _Ids()
        self._room_objs: dict[str, Room] = {}
        self._track_objs: dict[str, Track] = {}
        self._type_objs: dict[str, SessionType] = {}
        self._person_names: dict[str, dict[str, None]] = {}
        self._start_disagrees = 0
        # Parsed values by the text the file gives: schedules repeat the same dates, clock times, durations,
        # rooms, types and people thousands of times, so each text is read (and each result made) once.
        self._datetimes: dict[str, datetime | None] = {}
        self._local_starts: dict[str, datetime] = {}
        self._clocks: dict[str, time | None] = {}
        self._durations: dict[str, timedelta | None] = {}
        self._room_ids: dict[str, str | None] = {}
        self._track_ids: dict[str, str | None] = {}
        self._type_ids: dict[str | None, str] = {}
        self._participations: dict[str, Participation] = {}
        self._participation_of: dict[tuple[str, str | None], Participation | None] = {}
        self._read_time_cache: dict[
            tuple[str | None, str | None, str | None, str | None, date | None, time | None],
            tuple[datetime | None, datetime | None, bool],
        ] = {}
        """Start, end and whether the clock disagreed, by the texts they were read from (parallel sessions share
        them); only readings without a problem are kept."""
        # what :meth:`build` sets before the sessions are built, for :meth:`add_session`
        self._zone_info = ZoneInfo("UTC")
        self._fixed_offset = False
        """True when the zone has one UTC offset at all times (UTC, Etc/GMT-1 ...): no wall-clock change to mend."""
        self._threshold: time | None = None
        self._day_dates: dict[int, date] = {}
        self._day_starts: dict[int, time | None] = {}
        self._sessions: list[Session] = []
        self._seen: dict[str, tuple[datetime | None, str | None, LocalizedText]] = {}
        self._copies: dict[str, int] = {}
        """Per id, the ~N to try next (a workshop repeated many times stays linear)."""
        self._repeats = 0

    # -- zone and times -------------------------------------------------------------------------

    def _offsets(self) -> list[timedelta]:
        """The UTC offsets the session dates carry, each once (the zone is chosen from the distinct ones)."""
        if self.raw.offsets is not None:
            return self.raw.offsets
        out: dict[timedelta, None] = {}
        aware, texts = self._session_dates()
        values: list[datetime | None] = list(aware)
        values.extend(self._datetime(text) for text in texts)
        for value in values:
            if value is not None and value.tzinfo is not None:
                offset = value.utcoffset()
                if offset is not None:
                    out[offset] = None
        return list(out)

    def _session_dates(self) -> tuple[list[datetime], set[str]]:
        """The sessions' decoded starts, and the date texts of the others (each once: many sessions share one)."""
        aware = [s.aware_start for s in self.raw.sessions if s.aware_start is not None]
        return aware, {s.date for s in self.raw.sessions if s.aware_start is None and s.date}

    def _zone(self) -> ZoneInfo:
        try:
            file_zone_known = zone_named(self.raw.time_zone_name) is not None
            choice = choose_zone(
                self.raw.time_zone_name,
                self.fallback_zone,
                [] if file_zone_known else self._offsets(),  # choose_zone takes a valid file zone without them
                file_zone_field=self.raw.zone_field,
                report=self.report,
            )
        except ValueError as exc:
            unknown = Message(QT_TRANSLATE_NOOP("EventFile", "unknown time zone {zone}"), zone=repr(self.fallback_zone))
            raise EventFileError(self.path, "", unknown) from exc
        self.report.zone = choice.name
        self.report.zone_source = choice.source
        self.report.zone_reason = choice.reason
        return ZoneInfo(choice.name)

    def _day_change(self) -> time | None:
        if not self.raw.day_change:
            return None
        try:
            value = parse_clock(self.raw.day_change)
        except ValueError:
            self.report.notes.append(
                Message(
                    QT_TRANSLATE_NOOP("ImportReport", "day_change {value} is not a time of day; ignored."),
                    value=repr(self.raw.day_change),
                )
            )
            return None
        return value if value != time(0) else None

    def _datetime(self, text: str) -> datetime | None:
        """:func:`parse_datetime` of ``text``, read once per distinct text; None when it is not one."""
        try:
            return self._datetimes[text]
        except KeyError:
            pass
        try:
            value: datetime | None = parse_datetime(text)
        except ValueError:
            value = None
        self._datetimes[text] = value
        return value

    def _clock(self, text: str) -> time | None:
        """:func:`parse_clock` of ``text``, read once per distinct text; None when it is not a time of day."""
        try:
            return self._clocks[text]
        except KeyError:
            pass
        try:
            value: time | None = parse_clock(text)
        except ValueError:
            value = None
        self._clocks[text] = value
        return value

    def _duration(self, text: str) -> timedelta | None:
        """:func:`parse_duration` of ``text``, read once per distinct text; None when it is not a duration."""
        try:
            return self._durations[text]
        except KeyError:
            pass
        try:
            value: timedelta | None = parse_duration(text)
        except ValueError:
            value = None
        except OverflowError:  # more days than timedelta holds: out of range wherever it is used
            raise OutOfRangeError(text) from None
        self._durations[text] = value
        return value

    def _days(self, zone: tzinfo) -> tuple[dict[int, date], dict[int, time | None], list[date]]:
        """Conference days by index: the local date the day starts on, and its start time of day."""
        dates: dict[int, date] = {}
        starts: dict[int, time | None] = {}
        ordered: list[date] = []
        for n, d in enumerate(self.raw.days):
            index = d.index if d.index is not None else n + 1
            local: date | None = None
            start_clock: time | None = None
            if d.start:
                try:
                    begins = parse_datetime(d.start)
                    if begins.tzinfo is not None:
                        begins = begins.astimezone(zone)
                    if in_range(begins):
                        local, start_clock = begins.date(), begins.time()
                except (ValueError, OverflowError):
                    pass
            if local is None and d.date:
                try:
                    local = parse_date(d.date)
                except ValueError:
                    self.report.skip(
                        d.location,
                        Message(
                            QT_TRANSLATE_NOOP(
                                "ImportReport", "day date {value} is not a date; its sessions need their own"
                            ),
                            value=repr(d.date),
                        ),
                    )
            if local is not None and not in_range(local):
                self.report.skip(d.location, out_of_range(d.date))
                continue
            if local is None:
                continue
            dates[index] = local
            starts[index] = start_clock
            ordered.append(local)
        return dates, starts, ordered

    def _times(
        self,
        s: RawSession,
        zone: ZoneInfo,
        day: date | None,
        threshold: time | None,
    ) -> tuple[datetime | None, datetime | None, Message | None]:
        """Start and end in ``zone`` (or None, None) and, when the time is unreadable, why.

        OutOfRangeError when a date, time or duration lies outside what can be read: such a session is skipped.
        """
        if s.out_of_range is not None:
            raise OutOfRangeError(s.out_of_range)
        return self.times_of(s.aware_start, s.aware_end, s.date, s.start, s.duration, s.end, zone, day, threshold)

    def times_of(
        self,
        aware_start: datetime | None,
        aware_end: datetime | None,
        date_text: str | None,
        start_text: str | None,
        duration: str | None,
        end_text: str | None,
        zone: ZoneInfo,
        day: date | None,
        threshold: time | None,
    ) -> tuple[datetime | None, datetime | None, Message | None]:
        """:meth:`_times` of a session's time fields as a :class:`RawSession` holds them."""
        key = None
        if aware_start is None and aware_end is None:
            key = (date_text, start_text, duration, end_text, day, threshold)
            known = self._read_time_cache.get(key)
            if known is not None:
                if known[2]:
                    self._start_disagrees += 1
                return known[0], known[1], None
            if date_text and duration and not end_text:
                # frab's way: an ISO date and time, a clock time and a duration. With the date and the duration
                # read before (parallel sessions share them), the end is a sum: :meth:`_read_times` in short.
                start = self._local_starts.get(date_text)
                length = self._durations.get(duration)
                if start is not None and length is not None:
                    return self._start_plus(start, length, start_text, date_text, duration, zone, key)
        disagreed = self._start_disagrees
        try:
            start, end, problem = self._read_times(
                aware_start, aware_end, date_text, start_text, duration, end_text, zone, day, threshold
            )
        except OverflowError as exc:  # datetime's own limits (years 1 and 9999), reached by a zone or duration
            raise OutOfRangeError(_given_time(aware_start, date_text, start_text)) from exc
        if start is not None and not in_range(start):
            raise OutOfRangeError(_given_time(aware_start, date_text, start_text))
        if end is not None and not in_range(end):
            raise OutOfRangeError(duration or end_text or (aware_end.isoformat() if aware_end else "?"))
        if key is not None and problem is None:
            self._read_time_cache[key] = (start, end, self._start_disagrees != disagreed)
        return start, end, problem

    def local_start(self, date_text: str, zone: ZoneInfo) -> datetime | None:
        """The ISO date and time ``date_text`` in ``zone`` (read once per text); None when it is not one.

        OverflowError when the zone takes it past what ``datetime`` holds."""
        start = self._local_starts.get(date_text)
        if start is None:
            value = self._datetime(date_text)
            if value is None:
                return None
            start = value.astimezone(zone) if value.tzinfo else value.replace(tzinfo=zone)
            self._local_starts[date_text] = start
        return start

    def _start_plus(
        self,
        start: datetime,
        length: timedelta,
        start_text: str | None,
        date_text: str,
        duration: str,
        zone: ZoneInfo,
        key: tuple[str | None, str | None, str | None, str | None, date | None, time | None],
    ) -> tuple[datetime | None, datetime | None, Message | None]:
        """:meth:`times_of` of a session whose date (``start`` in the zone) and duration were read before: the
        same checks in the same order as :meth:`_read_times` and :meth:`times_of` make them."""
        disagrees = False
        if start_text:
            given = self._clocks[start_text] if start_text in self._clocks else self._clock(start_text)
            if given is not None and (given.hour != start.hour or given.minute != start.minute):
                disagrees = True
                self._start_disagrees += 1
        try:
            end = start + length
        except OverflowError as exc:
            raise OutOfRangeError(duration) from exc
        if not (zone is self._zone_info and self._fixed_offset and FIRST_YEAR <= end.year <= LAST_YEAR):
            try:
                # Wall-clock arithmetic across a DST change: normalise through UTC so the end is a real instant
                # (a zone of one offset has no such change: there it gives the same end, and may be skipped).
                end = end.astimezone(UTC).astimezone(zone)  # (a duration is never negative: the end is not before)
            except OverflowError as exc:
                raise OutOfRangeError(_given_time(None, date_text, start_text)) from exc
        if not FIRST_YEAR <= start.year <= LAST_YEAR:
            raise OutOfRangeError(_given_time(None, date_text, start_text))
        if not FIRST_YEAR <= end.year <= LAST_YEAR:
            raise OutOfRangeError(duration)
        self._read_time_cache[key] = (start, end, disagrees)
        return start, end, None

    def _read_times(
        self,
        aware_start: datetime | None,
        aware_end: datetime | None,
        date_text: str | None,
        start_text: str | None,
        duration: str | None,
        end_text: str | None,
        zone: ZoneInfo,
        day: date | None,
        threshold: time | None,
    ) -> tuple[datetime | None, datetime | None, Message | None]:
        """Start and end in ``zone`` (or None, None) and, when the time is unreadable, why."""
        start: datetime | None = None
        if aware_start is not None:
            start = aware_start.astimezone(zone) if aware_start.tzinfo else aware_start.replace(tzinfo=zone)
        elif date_text and ("T" in date_text or " " in date_text.strip()):
            start = self._local_starts.get(date_text)
            if start is None:
                start = self.local_start(date_text, zone)
                if start is None:
                    not_iso = QT_TRANSLATE_NOOP("ImportReport", "date {value} is not an ISO date and time")
                    return None, None, _problem(not_iso, date_text)
            if start_text:
                given = self._clock(start_text)
                if given is not None and (given.hour != start.hour or given.minute != start.minute):
                    self._start_disagrees += 1
        elif start_text:
            clock = self._clock(start_text)
            if clock is None:
                return None, None, _problem(QT_TRANSLATE_NOOP("ImportReport", "start {value} is not a time of day"),
                                            start_text)
            on = day
            if date_text:
                try:
                    on = parse_date(date_text)
                except ValueError:
                    return None, None, _problem(QT_TRANSLATE_NOOP("ImportReport", "date {value} is not a date"),
                                                date_text)
            elif on is not None and threshold is not None and clock < threshold:
                on = on + timedelta(days=1)
            if on is None:
                return None, None, Message(QT_TRANSLATE_NOOP("ImportReport", "start time without a day"))
            start = datetime.combine(on, clock, tzinfo=zone)
        if start is None:
            return None, None, None
        if aware_end is not None:
            end = aware_end.astimezone(zone) if aware_end.tzinfo else aware_end.replace(tzinfo=zone)
        elif end_text:
            value = self._datetime(end_text)
            if value is None:
                not_iso = QT_TRANSLATE_NOOP("ImportReport", "end {value} is not an ISO date and time")
                return None, None, _problem(not_iso, end_text)
            end = value.astimezone(zone) if value.tzinfo else value.replace(tzinfo=zone)
        elif duration:
            length = self._duration(duration)
            if length is None:
                return None, None, _problem(
                    QT_TRANSLATE_NOOP("ImportReport", "duration {value} is not hours:minutes"), duration
                )
            try:
                end = start + length
            except OverflowError as exc:
                raise OutOfRangeError(duration) from exc
        else:
            end = start
        if end < start:
            return None, None, Message(QT_TRANSLATE_NOOP("ImportReport", "it ends before it starts"))
        # Wall-clock arithmetic across a DST change: normalise through UTC so the end is a real instant.
        end = end.astimezone(UTC).astimezone(zone)
        return start, end, None

    # -- named things ---------------------------------------------------------------------------

    def _room(self, name: str | None) -> str | None:
        if name is None:
            return None
        try:
            return self._room_ids[name]
        except KeyError:
            pass
        rid: str | None = None
        if name.strip():
            clean = name.strip()
            rid = self._rooms.get(clean)
            self._room_objs.setdefault(rid, Room(rid, _text(clean)))
        self._room_ids[name] = rid
        return rid

    def _track(self, name: str | None) -> str | None:
        if name is None:
            return None
        try:
            return self._track_ids[name]
        except KeyError:
            pass
        tid: str | None = None
        if name.strip():
            clean = name.strip()
            tid = self._tracks.get(clean)
            if tid not in self._track_objs:
                self._track_objs[tid] = Track(tid, _text(clean), colour(self.raw.track_colours.get(clean)))
        self._track_ids[name] = tid
        return tid

    def _type(self, name: str | None) -> str:
        try:
            return self._type_ids[name]
        except KeyError:
            pass
        clean = (name or "").strip() or DEFAULT_TYPE
        tid = self._types.get(clean)
        if tid not in self._type_objs:
            shade = TYPE_PALETTE[len(self._type_objs) % len(TYPE_PALETTE)]
            self._type_objs[tid] = SessionType(tid, _text(clean), shade)
        self._type_ids[name] = tid
        return tid

    def _person_participation(self, p: RawPerson) -> Participation | None:
        """The shared :class:`Participation` of the person ``p`` names; None when it names nobody."""
        return self.participation_named(p.name, p.id)

    def participation_named(self, name: str, person_id: str | None) -> Participation | None:
        """The shared :class:`Participation` of the person a session lists by ``name`` and ``person_id`` (as the
        file gives them); None when the name is blank. The person's id is ``person_id``, else a slug of the name."""
        key = (name, person_id)
        if key in self._participation_of:  # (no KeyError raised and caught: most people are new)
            return self._participation_of[key]
        made: Participation | None = None
        clean = " ".join(name.split())
        if clean:
            pid = person_id.strip() if person_id and person_id.strip() else slug(clean)
            # the Person is made once at the end, from every spelling in order: no tuple rebuilt per spelling
            spellings = self._person_names.get(pid)
            if spellings is None:
                self._person_names[pid] = {clean: None}
                made = self._participations[pid] = make_participation(pid, EMPTY_TEXT)
            else:
                spellings[clean] = None
                made = self._participations[pid]
        self._participation_of[key] = made
        return made

    # -- sessions -------------------------------------------------------------------------------

    @staticmethod
    def _title(value: str | Mapping[str, str] | None) -> LocalizedText:
        if value.__class__ is str:  # the usual case, without the Mapping ABC's check
            return _text(" ".join(value.split()))
        if isinstance(value, Mapping):
            return {str(k): " ".join(str(v).split()) for k, v in value.items() if v and str(v).strip()}
        text = " ".join((value or "").split())
        return _text(text)

    @staticmethod
    def _description(s: RawSession) -> LocalizedText:
        return description_text(s.subtitle, s.abstract, s.description)

    def _build_sessions(self) -> None:
        """Every session of the raw schedule, through :meth:`add_session`, in order (readers may override it)."""
        raw_sessions = self.raw.sessions
        total = len(raw_sessions)
        progress, add = self.progress, self.add_session
        for n, s in enumerate(raw_sessions):
            if progress is not None and n % 64 == 0:
                progress(n, total)
            add(s, n)
        if progress is not None:
            progress(total, total)

    def add_session(self, s: RawSession, n: int) -> None:
        """Build the session ``s`` (the ``n``-th the reader found) or report why it is skipped."""
        zone, threshold, day_dates, day_starts = self._zone_info, self._threshold, self._day_dates, self._day_starts
        seen, copies = self._seen, self._copies
        title = self._title(s.title)
        if not title:
            self.report.skip(s.location, Message(QT_TRANSLATE_NOOP("ImportReport", "no title")))
            return
        day = day_dates.get(s.day_index) if s.day_index is not None else None
        day_threshold = threshold
        if day_threshold is None and s.day_index is not None:
            day_threshold = day_starts.get(s.day_index)
        try:
            start, end, problem = self._times(s, zone, day, day_threshold)
        except OutOfRangeError as exc:
            self.report.skip(s.location, exc.message)
            return
        if problem:
            self.report.notes.append(
                Message(
                    QT_TRANSLATE_NOOP("ImportReport", "{place}: {problem}; listed without a time."),
                    place=s.location,
                    problem=problem,
                )
            )
        if s.all_day is not None and start is None:
            if not in_range(s.all_day):
                self.report.skip(s.location, out_of_range(s.all_day.isoformat()))
                return
            day = s.all_day
        if day is None and start is not None:
            day = start.date()
        room_id = self._room(s.room)
        base_id = (s.guid or "").strip() or (s.frab_id or "").strip()
        if not base_id:
            when = start.isoformat() if start else (day.isoformat() if day else "")
            base_id = slug(f"{when} {s.start or ''} {s.room or ''} {next(iter(title.values()))}")
        session_id, copy = base_id, copies.get(base_id, 2)
        if session_id in seen:
            if seen[session_id] == (start, room_id, title):
                same = Message(
                    QT_TRANSLATE_NOOP("ImportReport", "the same session as an earlier one (id {id})"), id=base_id
                )
                self.report.skip(s.location, same)
                return
            while session_id in seen:
                session_id, copy = f"{base_id}~{copy}", copy + 1
            copies[base_id] = copy
            self._repeats += 1
        seen[session_id] = (start, room_id, title)
        participants: tuple[Participation, ...] = ()
        if s.persons:
            given = [part for p in s.persons if (part := self._person_participation(p)) is not None]
            if len(given) > 1:  # each person once, in order (one Participation per person: by identity)
                given = list({id(part): part for part in given}.values())
            participants = tuple(given)
        url = s.url.strip() if s.url else None
        if not url:
            url = next((u for u in s.links if u.strip()), None)
        language = s.language.strip() if s.language else None
        self._sessions.append(
            make_session(  # every field, in Session's order: the reader checked each value above
                session_id,
                title,
                self._type(s.type),
                day,
                start,
                end,
                TimeStatus.EXACT if start is not None else TimeStatus.UNKNOWN,  # time_status
                EMPTY_TEXT,  # time_note
                room_id,
                self._track(s.track),
                EMPTY_TEXT,  # venue
                participants,
                EMPTY_TEXT,  # participants_note
                (),  # organised_by
                (),  # topics
                self._description(s),
                EMPTY_TEXT,  # title_note
                (),  # translated_title_languages
                None,  # published_title_languages
                (),  # sources
                url,
                language or None,
                n,  # order
                0,  # revision
            )
        )

    def build(self) -> tuple[Event, ImportReport]:
        zone = self._zone()
        threshold = self._day_change()
        day_dates, day_starts, ordered_days = self._days(zone)
        self._zone_info, self._threshold = zone, threshold
        self._fixed_offset = zone.key == "UTC" or zone.key.startswith("Etc/")  # the IANA zones of one offset
        self._day_dates, self._day_starts = day_dates, day_starts
        self._build_sessions()
        sessions, repeats = self._sessions, self._repeats
        if repeats:
            self.report.notes.append(
                Message.counted(
                    QT_TRANSLATE_NOOP(
                        "ImportReport",
                        "{count} session shares an id with an earlier, different session (a repeated workshop); "
                        "it got an id ending in ~2",
                    ),
                    QT_TRANSLATE_NOOP(
                        "ImportReport",
                        "{count} sessions share an id with an earlier, different session (repeated workshops); "
                        "they got ids ending in ~2, ~3 …",
                    ),
                    count=repeats,
                )
            )
        if self._start_disagrees:
            self.report.notes.append(
                Message.counted(
                    QT_TRANSLATE_NOOP(
                        "ImportReport",
                        "{count} session gives a start that differs from its date converted to {zone}; "
                        "the date with its UTC offset was used.",
                    ),
                    QT_TRANSLATE_NOOP(
                        "ImportReport",
                        "{count} sessions give a start that differs from their date converted to {zone}; "
                        "the date with its UTC offset was used.",
                    ),
                    count=self._start_disagrees,
                    zone=zone.key,
                )
            )
        return self._event(zone, sessions, ordered_days)

    def _event(self, zone: ZoneInfo, sessions: list[Session], ordered_days: list[date]) -> tuple[Event, ImportReport]:
        raw = self.raw
        all_days = sorted(set(ordered_days) | {s.day for s in sessions if s.day is not None})
        start_date = _date_or_none(raw.start) or (all_days[0] if all_days else None)
        end_date = _date_or_none(raw.end) or (all_days[-1] if all_days else None)
        if start_date is None or end_date is None:
            no_days = Message(QT_TRANSLATE_NOOP("EventFile", "the schedule has no days and no dated sessions"))
            raise EventFileError(self.path, "", no_days)
        if end_date < start_date:
            start_date, end_date = end_date, start_date
        title = " ".join(raw.title.split()) or self.path.stem
        event_id = slug(raw.acronym) if raw.acronym.strip() else slug(title)
        event = Event(
            id=event_id,
            name=_text(title),
            short_name=_text(" ".join(raw.acronym.split()) or title),
            timezone=zone.key,
            start_date=start_date,
            end_date=end_date,
            days=tuple(Day(d) for d in all_days),
            sessions=tuple(sessions),
            venue=_text(raw.venue),
            city=_text(raw.city),
            url=(raw.url or "").strip() or None,
            types=dict(self._type_objs),
            tracks=dict(self._track_objs),
            rooms=dict(self._room_objs),
            people={
                pid: make_person(pid, tuple(names), EMPTY_TEXT, EMPTY_TEXT, None, EMPTY_TEXT, (), EMPTY_TEXT, ())
                for pid, names in self._person_names.items()
            },
            data_version=raw.data_version,
        )
        r = self.report
        r.sessions, r.days, r.rooms = len(sessions), len(all_days), len(self._room_objs)
        r.people, r.tracks = len(self._person_names), len(self._track_objs)
        untimed = sum(1 for s in sessions if s.start is None)
        if untimed:
            r.notes.append(
                Message.counted(
                    QT_TRANSLATE_NOOP(
                        "ImportReport", "{count} session has no readable time and is listed without one."
                    ),
                    QT_TRANSLATE_NOOP(
                        "ImportReport", "{count} sessions have no readable time and are listed without one."
                    ),
                    count=untimed,
                )
            )
        return event, r


def _problem(template: Template, value: str) -> Message:
    """Why a value could not be read, with the value quoted as the file gives it."""
    return Message(template, value=quoted(value))


def _date_or_none(text: str | None) -> date | None:
    if not text:
        return None
    try:
        value = parse_date(text)
    except ValueError:
        return None
    return value if in_range(value) else None


def _given_time(aware_start: datetime | None, date_text: str | None, start_text: str | None) -> str:
    """A session's start as the file gives it, for the report."""
    if aware_start is not None:
        return aware_start.isoformat()
    parts = [p for p in (date_text, start_text) if p]
    return " ".join(parts) or "?"
