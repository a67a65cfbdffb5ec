"""Reader for frab ``schedule.json`` as pretalx, frab and c3voc write it.

Lenient: extra keys, numbers where strings are expected and the odd malformed session are tolerated;
whatever cannot be used is skipped and named, with its JSON path, in the import report.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import EventFileError
from companion.sources.json_text import decode_json
from companion.sources.report import ImportReport
from companion.sources.schedule_builder import (
    Progress,
    RawDay,
    RawPerson,
    RawSchedule,
    RawSession,
    ScheduleBuilder,
    make_raw_person,
    make_raw_session,
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


def read_schedule(doc: Any, path: Path) -> RawSchedule:
    """Collect the raw fields of a schedule.json document."""
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
    add_session = raw.sessions.append
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
            room_text = str(room_name)
            for e_n, ev in enumerate(events):
                ev_where = f"{room_where}[{e_n}]"
                if not isinstance(ev, dict):  # json.loads makes every object a dict
                    raw.skip(ev_where, Message(QT_TRANSLATE_NOOP("ImportReport", "a session that is not an object")))
                    continue
                add_session(_session(ev, ev_where, index, room_text))
    return raw


def _persons(value: Any) -> list[RawPerson]:
    out: list[RawPerson] = []
    if value.__class__ is not list:  # a JSON document's arrays are lists
        return out
    for p in value:
        if p.__class__ is str:
            out.append(make_raw_person(p, None))
        elif p.__class__ is dict:
            get = p.get
            name = get("public_name")
            if name.__class__ is not str or not name:
                name = _str(name) or _str(get("name")) or _str(get("full_public_name")) or ""
            pid = get("id")
            if pid.__class__ is int:  # frab numbers its people
                pid = str(pid)
            elif pid.__class__ is not str or not pid:
                pid = _str(pid) or _str(get("code")) or _str(get("guid"))
            out.append(make_raw_person(name, pid))
    return out


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
    raw = read_schedule(doc, path)
    return ScheduleBuilder(raw, path, fallback_zone=fallback_zone, progress=progress).build()
