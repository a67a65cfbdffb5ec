"""Plain-text renderings shared by the command line and exports (the window uses QLocale instead)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from companion.domain.event import Event, Session, TimeStatus
from companion.domain.phrases import phrase
from companion.domain.text import pick

NOT_PUBLISHED = "not published"
INDICATIVE_MARK = "indicative"


def utc_offset_label(event: Event, on: date | None = None) -> str:
    """``UTC+05:00`` for the event's zone on ``on`` (default: the first day)."""
    when = datetime.combine(on or event.start_date, datetime.min.time(), tzinfo=event.zone)
    offset = when.utcoffset()
    assert offset is not None
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"


def time_range_text(session: Session, language: str = "en") -> str:
    """``09:30–10:30``, ``~09:30–10:30 (indicative)`` or ``time not published``, in ``language``."""
    if session.start is None or session.end is None:
        return phrase("time_not_published", language)
    text = f"{session.start:%H:%M}–{session.end:%H:%M}"
    if session.time_status is TimeStatus.INDICATIVE:
        return f"~{text} ({phrase('indicative', language)})"
    return text


def room_text(event: Event, session: Session, language: str = "en") -> str:
    if session.room_id is None:
        return phrase("room_not_published", language)
    return pick(event.rooms[session.room_id].name, language)


def people_text(event: Event, session: Session, language: str = "en") -> list[str]:
    """``Name (role)`` for each named participant."""
    out = []
    for p in session.participants:
        person = event.people.get(p.person_id)
        name = person.name_in(language) if person else p.person_id
        role = pick(p.role, language)
        out.append(f"{name} ({role})" if role else name)
    return out


def session_record(event: Event, session: Session, language: str = "en") -> dict[str, Any]:
    """A JSON-ready description of a session, as ``companion agenda --json`` prints it."""
    return {
        "id": session.id,
        "title": pick(session.title, language),
        "day": session.day.isoformat() if session.day else None,
        "start": session.start.isoformat() if session.start else None,
        "end": session.end.isoformat() if session.end else None,
        "time_status": session.time_status.value,
        "timezone": event.timezone,
        "type": session.type_id,
        "type_name": event.type_name(session.type_id, language),
        "room": pick(event.rooms[session.room_id].name, language) if session.room_id else None,
        "track": pick(event.tracks[session.track_id].name, language) if session.track_id else None,
        "people": [
            {
                "id": p.person_id,
                "name": event.people[p.person_id].name if p.person_id in event.people else p.person_id,
                "role": pick(p.role, language) or None,
            }
            for p in session.participants
        ],
        "sources": [event.sources[s].url for s in session.sources if s in event.sources],
    }
