"""Reader for frab ``schedule.json`` as pretalx, frab and c3voc write it.

Lenient: extra keys, numbers where strings are expected and the odd malformed session are tolerated;
whatever cannot be used is skipped and named, with its JSON path, in the import report.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from itertools import repeat
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from zoneinfo import ZoneInfo

from companion.domain.event import Event, Participation, TimeStatus, make_session
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import EventFileError
from companion.sources.json_text import decode_json
from companion.sources.report import ImportReport
from companion.sources.schedule_builder import (
    EMPTY_TEXT,
    TEXT_LANGUAGE,
    OutOfRangeError,
    Progress,
    RawDay,
    RawPerson,
    RawSchedule,
    RawSession,
    ScheduleBuilder,
    description_text,
    make_raw_person,
    make_raw_session,
    slug,
)

FORMAT_NAME = Message(QT_TRANSLATE_NOOP("ImportReport", "frab schedule.json"))
COMPANION_ORIGIN_PREFIX = "urn:x-companion-session:"
"""``origin_url`` prefix that Companion's own export gives each session (see exports/schedule_json.py)."""


_NUMBERS = (int, float)


def _str(value: Any) -> str | None:
    """A string field, accepting numbers; None for anything else."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, _NUMBERS):
        return str(value)
    return None


def _name(value: Any) -> str | None:
    """A name that may be a string or an object with a name (pretalx writes both)."""
    if isinstance(value, Mapping):
        return _str(value.get("name")) or _str(value.get("en"))
    return _str(value)


def _key(name: str) -> str:
    return json.dumps(name, ensure_ascii=False)


RoomSessions = tuple[int, str, str, list[Any]]
"""One room of one day: the day's index, the room's name, its JSON path and its list of sessions as decoded."""


@dataclass(slots=True)
class JsonSchedule:
    """What :func:`read_schedule` collected: the schedule's own fields, and its sessions room by room.

    The sessions stay the decoded objects: :class:`JsonScheduleBuilder` reads each one's fields once, straight
    into its :class:`~companion.domain.event.Session`, with no intermediate record.
    """

    raw: RawSchedule
    rooms: list[RoomSessions]
    count: int
    """How many sessions (objects) the rooms hold: the builder's total for its progress."""


def read_schedule(doc: Any, path: Path) -> JsonSchedule:
    """Collect the fields of a schedule.json document; sessions that are not objects are skipped and named."""
    if not isinstance(doc, Mapping) or not isinstance(doc.get("schedule"), Mapping):
        needs = Message(QT_TRANSLATE_NOOP("EventFile", "a schedule.json needs a 'schedule' object"))
        raise EventFileError(path, "$.schedule", needs)
    schedule = doc["schedule"]
    conf = schedule.get("conference")
    if not isinstance(conf, Mapping):
        missing = Message(QT_TRANSLATE_NOOP("EventFile", "missing or not an object"))
        raise EventFileError(path, "$.schedule.conference", missing)
    raw = RawSchedule(
        format=FORMAT_NAME,
        title=_str(conf.get("title")) or "",
        acronym=_str(conf.get("acronym")) or "",
        time_zone_name=_str(conf.get("time_zone_name")),
        start=_str(conf.get("start")),
        end=_str(conf.get("end")),
        day_change=_str(conf.get("day_change")),
        url=_str(conf.get("url")) or _str(schedule.get("base_url")),
        data_version=_str(schedule.get("version")) or "",
    )
    tracks = conf.get("tracks")
    if isinstance(tracks, list):
        for t in tracks:
            if isinstance(t, Mapping) and (tname := _name(t.get("name"))):
                raw.track_colours[tname] = _str(t.get("color")) or _str(t.get("colour"))
    days = conf.get("days")
    if not isinstance(days, list):
        not_list = Message(QT_TRANSLATE_NOOP("EventFile", "missing or not a list"))
        raise EventFileError(path, "$.schedule.conference.days", not_list)
    out: list[RoomSessions] = []
    count = 0
    for d_n, day in enumerate(days):
        where = f"$.schedule.conference.days[{d_n}]"
        if not isinstance(day, Mapping):
            raw.skip(where, Message(QT_TRANSLATE_NOOP("ImportReport", "a day that is not an object")))
            continue
        given_index = day.get("index")
        index = given_index if isinstance(given_index, int) else d_n + 1
        raw.days.append(
            RawDay(_str(day.get("date")), index, _str(day.get("day_start")), _str(day.get("day_end")), where)
        )
        rooms = day.get("rooms")
        if not isinstance(rooms, Mapping):
            if rooms is not None:
                raw.skip(f"{where}.rooms", Message(QT_TRANSLATE_NOOP(
                    "ImportReport", "not an object of room name to sessions; the day's sessions were skipped")))
            continue
        for room_name, events in rooms.items():
            room_where = f"{where}.rooms[{_key(room_name)}]"
            if not isinstance(events, list):
                raw.skip(room_where, Message(QT_TRANSLATE_NOOP("ImportReport", "not a list of sessions")))
                continue
            objects = sum(map(isinstance, events, repeat(dict)))  # json.loads makes every object a dict
            if objects < len(events):
                for e_n, ev in enumerate(events):
                    if not isinstance(ev, dict):
                        raw.skip(f"{room_where}[{e_n}]",
                                 Message(QT_TRANSLATE_NOOP("ImportReport", "a session that is not an object")))
            if objects:
                out.append((index, str(room_name), room_where, events))
                count += objects
    return JsonSchedule(raw, out, count)


def general_schedule(schedule: JsonSchedule) -> RawSchedule:
    """``schedule`` with a :class:`RawSession` per session made by :func:`_session`, for the builder's general
    rules alone: the reference that :class:`JsonScheduleBuilder` is held to (same event, same report)."""
    sessions = [
        _session(ev, f"{room_where}[{e_n}]", index, room_text)
        for index, room_text, room_where, events in schedule.rooms
        for e_n, ev in enumerate(events)
        if isinstance(ev, dict)
    ]
    return replace(schedule.raw, sessions=sessions)


def _person(p: Any) -> RawPerson | None:
    """One entry of a session's ``persons``: a name, or an object with a name and an id; None for anything else."""
    if p.__class__ is str:
        return make_raw_person(p, None)
    if p.__class__ is not dict:
        return None
    get = p.get
    name = get("public_name")
    if name.__class__ is not str or not name:
        name = _str(name) or _str(get("name")) or _str(get("full_public_name")) or ""
    pid = get("id")
    if pid.__class__ is int:  # frab numbers its people
        pid = str(pid)
    elif pid.__class__ is not str or not pid:
        pid = _str(pid) or _str(get("code")) or _str(get("guid"))
    return make_raw_person(name, pid)


def _persons(value: Any) -> list[RawPerson]:
    if value.__class__ is not list:  # a JSON document's arrays are lists
        return []
    return [person for p in value if (person := _person(p)) is not None]


def _links(value: Any) -> list[str]:
    out: list[str] = []
    if value.__class__ is list:
        for link in value:
            if link.__class__ is dict:
                url = _str(link.get("url")) or _str(link.get("href"))
                if url:
                    out.append(url)
            elif link.__class__ is str:
                out.append(link)
    return out


def _session(ev: dict[str, Any], where: str, day_index: int, room_name: str) -> RawSession:
    """One session's fields. ``ev`` comes from ``json.loads``: strings are ``str``, objects ``dict``, arrays
    ``list``, so a value's class is checked once and only the rare other kinds go through :func:`_str`."""
    get = ev.get
    title = get("title")
    if title.__class__ is not str and title.__class__ is not dict:
        title = _str(title)
    frab_id = get("id")
    if frab_id.__class__ is int:  # frab numbers its sessions
        frab_id = str(frab_id)
    elif frab_id.__class__ is not str and frab_id is not None:
        frab_id = _str(frab_id)
    guid = get("guid")
    if guid.__class__ is not str and guid is not None:
        guid = _str(guid)
    origin = get("origin_url")
    if origin.__class__ is str and origin.startswith(COMPANION_ORIGIN_PREFIX) and len(origin) > len(
        COMPANION_ORIGIN_PREFIX
    ):
        # Written by Companion: the session's own id, kept so stars follow the session through the round trip.
        guid = unquote(origin[len(COMPANION_ORIGIN_PREFIX) :])
    room = get("room")
    if room.__class__ is not str and room is not None:
        room = _name(room)
    track = get("track")
    if track.__class__ is not str and track is not None:
        track = _name(track)
    kind = get("type")
    if kind.__class__ is not str and kind is not None:
        kind = _name(kind)
    date = get("date")
    if date.__class__ is not str and date is not None:
        date = _str(date)
    start = get("start")
    if start.__class__ is not str and start is not None:
        start = _str(start)
    duration = get("duration")
    if duration.__class__ is not str and duration is not None:
        duration = _str(duration)
    end = get("end")
    if end.__class__ is not str and end is not None:
        end = _str(end)
    subtitle = get("subtitle")
    if subtitle.__class__ is not str and subtitle is not None:
        subtitle = _str(subtitle)
    language = get("language")
    if language.__class__ is not str and language is not None:
        language = _str(language)
    abstract = get("abstract")
    if abstract.__class__ is not str and abstract is not None:
        abstract = _str(abstract)
    description = get("description")
    if description.__class__ is not str and description is not None:
        description = _str(description)
    url = get("url")
    if url.__class__ is not str and url is not None:
        url = _str(url)
    slug = get("slug")
    if slug.__class__ is not str and slug is not None:
        slug = _str(slug)
    persons = get("persons")
    links = get("links")
    return make_raw_session(  # every field, in RawSession's order
        where + (f" (id {frab_id})" if frab_id else ""),  # location
        title,
        guid,
        frab_id,
        date,
        start,
        duration,
        end,
        day_index,
        room or room_name,
        subtitle,
        track,
        kind,  # type
        language,
        abstract,
        description,
        _persons(persons) if persons else [],
        url,
        _links(links) if links else [],
        slug,
        None,  # aware_start
        None,  # aware_end
        None,  # all_day
        None,  # out_of_range
    )


class JsonScheduleBuilder(ScheduleBuilder):
    """Builds the event of a :class:`JsonSchedule`, each session straight from its decoded object.

    A session whose values are all of the kinds frab and pretalx write (strings, a number for the id, people as
    objects with a name and an id) is read field by field into its Session; any other goes through
    :func:`_session` and the builder's own :meth:`~ScheduleBuilder.add_session`, which give the same result
    for the plain ones: the rules are the builder's either way, so the event and the report are the same.
    """

    def __init__(
        self,
        schedule: JsonSchedule,
        path: Path,
        *,
        fallback_zone: str | None = None,
        progress: Progress | None = None,
    ) -> None:
        super().__init__(schedule.raw, path, fallback_zone=fallback_zone, progress=progress)
        self._room_sessions = schedule.rooms
        self._count = schedule.count
        self._entries: dict[tuple[str, Any], Participation | None] = {}
        """A person's Participation by the name and id a session's entry gives (both as the file writes them)."""

    def _session_dates(self) -> tuple[list[datetime], set[str]]:
        texts: set[str] = set()
        for _, _, _, events in self._room_sessions:
            for ev in events:
                if isinstance(ev, dict):
                    value = ev.get("date")
                    text = value if value.__class__ is str else _str(value)
                    if text:
                        texts.add(text)
        return [], texts

    def _build_sessions(self) -> None:
        zone, threshold, day_dates, day_starts = self._zone_info, self._threshold, self._day_dates, self._day_starts
        progress, total = self.progress, self._count
        report, seen, copies, entries = self.report, self._seen, self._copies, self._entries
        add, times_of, participation_of = self._sessions.append, self.times_of, self.participation_named
        room_ids, room_of, type_of, track_of = self._room_ids, self._room, self._type, self._track
        type_ids, track_ids, entry_of = self._type_ids, self._track_ids, entries.get
        read_time, local_start, read_duration = self._read_time_cache.get, self._local_starts.get, self._durations.get
        start_plus = self._start_plus
        exact, unknown = TimeStatus.EXACT, TimeStatus.UNKNOWN
        n = 0
        for day_index, room_text, room_where, events in self._room_sessions:
            day = day_dates.get(day_index)
            day_threshold = threshold if threshold is not None else day_starts.get(day_index)
            for e_n, ev in enumerate(events):
                if ev.__class__ is not dict:
                    if isinstance(ev, dict):
                        if progress is not None and n % 64 == 0:
                            progress(n, total)
                        self.add_session(_session(ev, f"{room_where}[{e_n}]", day_index, room_text), n)
                        n += 1
                    continue  # not an object: read_schedule named it
                if progress is not None and n % 64 == 0:
                    progress(n, total)
                get = ev.get
                title = get("title")
                frab_id = get("id")
                if frab_id.__class__ is int:  # frab numbers its sessions
                    frab_id = str(frab_id)
                guid = get("guid")
                room = get("room")
                track = get("track")
                kind = get("type")
                date_text = get("date")
                start_text = get("start")
                duration = get("duration")
                end_text = get("end")
                subtitle = get("subtitle")
                language = get("language")
                abstract = get("abstract")
                description = get("description")
                url = get("url")
                origin = get("origin_url")
                clean = " ".join(title.split()) if title.__class__ is str else ""
                if not (
                    clean
                    and (frab_id.__class__ is str or frab_id is None)
                    and (guid.__class__ is str or guid is None)
                    and (room.__class__ is str or room is None)
                    and (track.__class__ is str or track is None)
                    and (kind.__class__ is str or kind is None)
                    and (date_text.__class__ is str or date_text is None)
                    and (start_text.__class__ is str or start_text is None)
                    and (duration.__class__ is str or duration is None)
                    and (end_text.__class__ is str or end_text is None)
                    and (subtitle.__class__ is str or subtitle is None)
                    and (language.__class__ is str or language is None)
                    and (abstract.__class__ is str or abstract is None)
                    and (description.__class__ is str or description is None)
                    and (url.__class__ is str or url is None)
                    and (origin.__class__ is not str or not origin.startswith(COMPANION_ORIGIN_PREFIX))
                ):  # anything else: the reader's checks and the builder's rules, one field at a time
                    self.add_session(_session(ev, f"{room_where}[{e_n}]", day_index, room_text), n)
                    n += 1
                    continue
                title_text = {TEXT_LANGUAGE: clean}
                try:
                    key = (date_text, start_text, duration, end_text, day, day_threshold)
                    known = read_time(key)
                    problem = None
                    if known is not None:  # parallel sessions: the same texts, read before
                        start, end, disagrees = known
                        if disagrees:
                            self._start_disagrees += 1
                    elif (
                        date_text
                        and duration
                        and not end_text
                        and (length := read_duration(duration)) is not None
                        and (start := local_start(date_text) or _iso_start(self, date_text, zone)) is not None
                    ):  # frab's way: a date and time, a start and a duration (read before, as most are)
                        start, end, problem = start_plus(start, length, start_text, date_text, duration, zone, key)
                    else:
                        start, end, problem = times_of(
                            None, None, date_text, start_text, duration, end_text, zone, day, day_threshold
                        )
                except OutOfRangeError as exc:
                    report.skip(_location(room_where, e_n, frab_id), exc.message)
                    n += 1
                    continue
                if problem:
                    report.notes.append(
                        Message(
                            QT_TRANSLATE_NOOP("ImportReport", "{place}: {problem}; listed without a time."),
                            place=_location(room_where, e_n, frab_id),
                            problem=problem,
                        )
                    )
                session_day = day if day is not None or start is None else start.date()
                room_name = room or room_text
                room_id = room_ids.get(room_name, _UNSEEN)
                if room_id is _UNSEEN:
                    room_id = room_of(room_name)
                base_id = (guid or "").strip() or (frab_id or "").strip()
                if not base_id:
                    when = start.isoformat() if start else (session_day.isoformat() if session_day else "")
                    base_id = slug(f"{when} {start_text or ''} {room_name or ''} {clean}")
                session_id = base_id
                if session_id in seen:
                    if seen[session_id] == (start, room_id, title_text):
                        same = Message(
                            QT_TRANSLATE_NOOP("ImportReport", "the same session as an earlier one (id {id})"),
                            id=base_id,
                        )
                        report.skip(_location(room_where, e_n, frab_id), same)
                        n += 1
                        continue
                    copy = copies.get(base_id, 2)
                    while session_id in seen:
                        session_id, copy = f"{base_id}~{copy}", copy + 1
                    copies[base_id] = copy
                    self._repeats += 1
                seen[session_id] = (start, room_id, title_text)
                participants: tuple[Participation, ...] = ()
                persons = get("persons")
                if persons and persons.__class__ is list:
                    given: list[Participation] = []
                    for p in persons:
                        if p.__class__ is dict:
                            name = p.get("public_name")
                            pid = p.get("id")
                            plain_id = pid.__class__ is int or (pid.__class__ is str and pid)
                            if name.__class__ is str and name and plain_id:
                                entry = (name, pid)
                                part = entry_of(entry, _UNSEEN)
                                if part is _UNSEEN:
                                    part = entries[entry] = participation_of(name, str(pid))
                                if part is not None:
                                    given.append(part)
                                continue
                        raw_person = _person(p)
                        if raw_person is not None and (part := participation_of(raw_person.name, raw_person.id)):
                            given.append(part)
                    if len(given) == 2:  # each person once, in order (one Participation per person: by identity)
                        if given[0] is given[1]:
                            del given[1]
                    elif len(given) > 2:
                        given = list({id(part): part for part in given}.values())
                    participants = tuple(given)
                link = url.strip() if url else None
                type_id = type_ids.get(kind) or type_of(kind)
                track_id = track_ids.get(track, _UNSEEN) if track is not None else None
                if track_id is _UNSEEN:
                    track_id = track_of(track)
                if not link:
                    links = get("links")
                    link = next((u for u in _links(links) if u.strip()), None) if links else None
                add(
                    make_session(  # every field, in Session's order
                        session_id,
                        title_text,
                        type_id,
                        session_day,
                        start,
                        end,
                        exact if start is not None else unknown,  # time_status
                        EMPTY_TEXT,  # time_note
                        room_id,
                        track_id,
                        EMPTY_TEXT,  # venue
                        participants,
                        EMPTY_TEXT,  # participants_note
                        (),  # organised_by
                        (),  # topics
                        description_text(subtitle, abstract, description),
                        EMPTY_TEXT,  # title_note
                        (),  # translated_title_languages
                        None,  # published_title_languages
                        (),  # sources
                        link,
                        (language.strip() if language else None) or None,
                        n,  # order
                        0,  # revision
                    )
                )
                n += 1
        if progress is not None:
            progress(total, total)


def _iso_start(builder: ScheduleBuilder, date_text: str, zone: ZoneInfo) -> datetime | None:
    """``date_text`` as the start of a session in ``zone`` when it is an ISO date and time that ``datetime``
    holds there; else None, and the builder's :meth:`~ScheduleBuilder.times_of` reads it (and says why not)."""
    if "T" not in date_text and " " not in date_text.strip():
        return None
    try:
        return builder.local_start(date_text, zone)
    except OverflowError:
        return None


_UNSEEN: Any = object()
"""What a cache's ``get`` gives for a key it does not hold (None is a value they hold)."""


def _location(room_where: str, e_n: int, frab_id: str | None) -> str:
    """Where a session is, as the report names it: its JSON path and, when it has one, its frab id."""
    return f"{room_where}[{e_n}]" + (f" (id {frab_id})" if frab_id else "")


def parse(
    data: bytes,
    path: Path,
    *,
    doc: Any = None,
    fallback_zone: str | None = None,
    progress: Progress | None = None,
) -> tuple[Event, ImportReport]:
    """Read a schedule.json from ``data`` (or the already decoded ``doc``) of ``path``."""
    if doc is None:
        doc = decode_json(data, path)
    schedule = read_schedule(doc, path)
    return JsonScheduleBuilder(schedule, path, fallback_zone=fallback_zone, progress=progress).build()
