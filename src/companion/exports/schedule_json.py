"""Write the current event as a frab ``schedule.json`` that validates against the c3voc schema (draft-06).

Read leniently, write strictly: every key the schema requires is present and every pattern is met, so
Giggity, EventFahrplan and pretalx-compatible readers can load it. The format needs a date, start and
duration for each session, so sessions without a published time are left out and listed in the result;
no time is ever invented. Indicative times keep their mark in the title and the abstract.
"""

from __future__ import annotations

import json
import re
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

from companion import __version__
from companion.atomic_files import write_atomic
from companion.domain.agenda import programme_order
from companion.domain.event import Event, Session, TimeStatus
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.domain.phrases import phrase
from companion.domain.text import pick

SCHEMA_URL = "https://c3voc.de/schedule/schema.json"
ROOM_NOT_PUBLISHED = "room_not_published_name"
"""Phrase of the room name written for sessions whose room is unknown (the format needs a room)."""

ORIGIN_PREFIX = "urn:x-companion-session:"
"""``origin_url`` of every written session: this prefix and the session's id, so reading the file back
keeps the ids (and with them the user's stars) even where the guid had to be made up."""

_NAMESPACE = uuid.UUID("6f1c1f4e-4a55-4d0e-9c1b-2f6d3c0b9a11")
"""Namespace for the uuid5 guids of sessions, rooms and people that have no UUID of their own."""
_ZONE_PATTERN = re.compile(r"^([A-Z][a-z]+/[A-Z][a-z]+)|UTC$")
_ACRONYM_PATTERN = re.compile(r"^[a-z0-9_-][a-z0-9_]{3,}(-2[0-9]{3}-[a-z]+)?$")


@dataclass(frozen=True, slots=True)
class LeftOut:
    """A session the export could not include, and why."""

    session_id: str
    title: str
    reason: Message


@dataclass(slots=True)
class ScheduleExport:
    """The document to write and what was left out of it."""

    document: dict[str, Any]
    sessions: int = 0
    indicative: int = 0
    left_out: list[LeftOut] = field(default_factory=list)


def _guid(kind: str, event: Event, ident: str) -> str:
    try:
        return str(uuid.UUID(ident))
    except ValueError:
        return str(uuid.uuid5(_NAMESPACE, f"{kind}:{event.id}:{ident}"))


def _slug(text: str, fallback: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    out = re.sub(r"[^a-z0-9_]+", "-", ascii_text).strip("-_")
    out = re.sub(r"[-_]+$", "", out[:100])
    return out or fallback


def acronym(event: Event) -> str:
    """An acronym the schema accepts (lower case letters, digits and underscores, four or more)."""
    base = _slug(pick(event.short_name) or event.id, "event").replace("-", "_")
    return base if len(base) >= 4 else base + "_event"


def _clock(value: timedelta) -> str:
    minutes = int(value.total_seconds() // 60)
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _uri(value: str | None) -> str | None:
    if value and re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$", value.strip()):
        return value.strip()
    return None


def _session_url(event: Event, session: Session, guid: str) -> str:
    candidates = [session.url, *(event.sources[s].url for s in session.sources if s in event.sources), event.url]
    for candidate in candidates:
        if uri := _uri(candidate):
            return uri
    return f"urn:uuid:{guid}"


def _event_record(event: Event, session: Session, number: int, used_ids: set[int], language: str) -> dict[str, Any]:
    assert session.start is not None and session.end is not None
    guid = _guid("session", event, session.id)
    frab_id = int(session.id) if session.id.isdigit() and int(session.id) >= 1 else (int(guid[:7], 16) or number)
    while frab_id in used_ids:
        frab_id += 1
    used_ids.add(frab_id)
    indicative = session.time_status is TimeStatus.INDICATIVE
    title = pick(session.title, language)
    description = pick(session.description, language)
    if description and language in event.translated_text_languages:
        description += "\n\n" + phrase("translated_text_note", language)
    abstract = description
    if indicative:
        title += f" [{phrase('indicative_time_tag', language)}]"
        abstract = phrase("indicative_abstract", language) + ("\n\n" + description if description else "")
    room = event.rooms.get(session.room_id) if session.room_id else None
    track = event.tracks.get(session.track_id) if session.track_id else None
    persons = []
    for p in session.participants:
        person = event.people.get(p.person_id)
        name = person.name if person else p.person_id
        persons.append({"guid": _guid("person", event, p.person_id), "name": name, "public_name": name})
    links = []
    for ref in session.sources:
        source = event.sources.get(ref)
        if source and (uri := _uri(source.url)):
            links.append({"url": uri, "title": source.title or uri})
    return {
        "guid": guid,
        "id": frab_id,
        "date": session.start.isoformat(),
        "start": session.start.strftime("%H:%M"),
        "end": session.end.isoformat(),
        "duration": _clock(session.end - session.start),
        "room": pick(room.name, language) if room else phrase(ROOM_NOT_PUBLISHED, language),
        "slug": _slug(f"{acronym(event)}-{frab_id}-{pick(session.title, language)}", f"session-{frab_id}"),
        "url": _session_url(event, session, guid),
        "title": title,
        "subtitle": "",
        "track": pick(track.name, language) if track else None,
        "type": event.type_name(session.type_id, language),
        "language": session.language,
        "abstract": abstract,
        "description": description,
        "persons": persons,
        "links": links,
        "origin_url": ORIGIN_PREFIX + quote(session.id, safe=""),
    }


def _day_bounds(day: date, sessions: list[Session], event: Event) -> tuple[datetime, datetime]:
    """From the first start to the last end of the day's exported sessions; the whole day when it has none."""
    starts = [s.start for s in sessions if s.start is not None]
    ends = [s.end for s in sessions if s.end is not None]
    if starts and ends:
        return min(starts), max(ends)
    begin = datetime.combine(day, time(0), tzinfo=event.zone)
    return begin, begin + timedelta(hours=23, minutes=59)


def build_schedule(event: Event, language: str = "en") -> ScheduleExport:
    """The schedule.json document for ``event``; sessions without a clock time are listed in ``left_out``."""
    export = ScheduleExport(document={})
    timed: dict[date, list[Session]] = {}
    for s in sorted(event.sessions, key=programme_order):
        title = pick(s.title, language)
        if s.start is None or s.end is None:
            reason = (
                Message(QT_TRANSLATE_NOOP("ScheduleExport", "no published date"))
                if s.day is None
                else Message(QT_TRANSLATE_NOOP("ScheduleExport", "no published clock time"))
            )
            export.left_out.append(LeftOut(s.id, title, reason))
            continue
        day = s.day or s.start.date()
        timed.setdefault(day, []).append(s)
        export.sessions += 1
        export.indicative += s.time_status is TimeStatus.INDICATIVE
    all_days = sorted({d.date for d in event.days} | set(timed))
    used_ids: set[int] = set()
    room_names: dict[str, None] = {}
    days = []
    number = 0
    for index, day in enumerate(all_days, start=1):
        sessions = timed.get(day, [])
        rooms: dict[str, list[dict[str, Any]]] = {}
        for s in sessions:
            number += 1
            record = _event_record(event, s, number, used_ids, language)
            rooms.setdefault(record["room"], []).append(record)
            room_names.setdefault(record["room"], None)
        begin, end = _day_bounds(day, sessions, event)
        days.append(
            {
                "index": index,
                "date": day.isoformat(),
                "day_start": begin.isoformat(),
                "day_end": end.isoformat(),
                "rooms": rooms,
            }
        )
    conference: dict[str, Any] = {
        "acronym": acronym(event),
        "title": pick(event.name, language),
        "start": event.start_date.isoformat(),
        "end": event.end_date.isoformat(),
        "daysCount": len(all_days),
        "timeslot_duration": "00:05",
        "rooms": [
            {"name": name, "guid": _guid("room", event, name), "slug": _slug(name, "room")} for name in room_names
        ],
        "tracks": [
            {"name": pick(t.name, language), "slug": _slug(pick(t.name, language) or t.id, "track")}
            | ({"color": t.colour} if t.colour else {})
            for t in event.tracks.values()
        ],
        "days": days,
    }
    if _ZONE_PATTERN.match(event.timezone):
        conference["time_zone_name"] = event.timezone
    if uri := _uri(event.url):
        conference["url"] = uri
    export.document = {
        "$schema": SCHEMA_URL,
        "generator": {"name": "companion", "version": __version__},
        "schedule": {
            "version": event.data_version or "1",
            "conference": conference,
        },
    }
    return export


def write_schedule_json(event: Event, path: Path | str, language: str = "en") -> ScheduleExport:
    """Write ``event`` to ``path`` (atomically: a temporary file renamed into place)."""
    export = build_schedule(event, language)
    data = json.dumps(export.document, ensure_ascii=False, indent=1) + "\n"
    write_atomic(path, data.encode("utf-8"))
    return export
