"""Reader for the project's own event file (format ``companion-event/1``), validated by its JSON Schema."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from companion.domain.event import (
    Day,
    Delegation,
    Event,
    Participation,
    Person,
    Room,
    Session,
    SessionType,
    Source,
    TimeStatus,
    Track,
)
from companion.domain.kazakh_latin import to_latin
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.domain.text import LocalizedText
from companion.resources import resource_path
from companion.sources.errors import EventFileError
from companion.sources.json_text import decode_json
from companion.sources.value_limits import in_range, out_of_range, quoted, zone_named

FORMAT = "companion-event/1"

_UNKNOWN_ZONE = QT_TRANSLATE_NOOP("EventFile", "unknown time zone {zone}")
_NOT_DATE_TIME = QT_TRANSLATE_NOOP("EventFile", "not a date and time: {value}")
_NOT_DATE = QT_TRANSLATE_NOOP("EventFile", "not a date: {value}")
_SESSION_TWICE = QT_TRANSLATE_NOOP("EventFile", "session id {id} is used twice")
_ID_TWICE = QT_TRANSLATE_NOOP("EventFile", "id {id} is used twice")
_UNKNOWN_TYPE = QT_TRANSLATE_NOOP("EventFile", "unknown session type {type}")
_UNKNOWN_ROOM = QT_TRANSLATE_NOOP("EventFile", "unknown room {room}")
_UNKNOWN_TRACK = QT_TRANSLATE_NOOP("EventFile", "unknown track {track}")
_UNKNOWN_PERSON = QT_TRANSLATE_NOOP("EventFile", "unknown person {person}")
_UNKNOWN_DELEGATION = QT_TRANSLATE_NOOP("EventFile", "unknown delegation {delegation}")
_UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("EventFile", "unknown source {source}")
_PERSON_UNKNOWN_DELEGATION = QT_TRANSLATE_NOOP("EventFile", "{person}: unknown delegation {delegation}")
_NOT_A_MEMBER = QT_TRANSLATE_NOOP("EventFile", "{person} names {delegation} but is not among its members")
_DELEGATION_UNKNOWN_PERSON = QT_TRANSLATE_NOOP("EventFile", "{delegation}: unknown person {person}")
_HEAD_NOT_MEMBER = QT_TRANSLATE_NOOP("EventFile", "{delegation}: head {person} is not a member")
_BELONGS_ELSEWHERE = QT_TRANSLATE_NOOP("EventFile", "{person} is listed here but belongs to {delegation}")


def _display_names(raw: Mapping[str, Any]) -> dict[str, Any]:
    """A person's display names per language, and the languages where the name is Companion's transliteration.

    Kazakh in Latin letters not given is spelt from the Kazakh Cyrillic name (the founding report's letters),
    and is then always Companion's.
    """
    names = dict(_text(raw.get("display_name")))
    transliterated = list(raw.get("transliterated_name_languages", []))
    if "kk" in names and "kk-Latn" not in names:
        names["kk-Latn"] = to_latin(names["kk"])
        transliterated.append("kk-Latn")
    return {
        "display_names": names,
        "transliterated_names": tuple(lang for lang in dict.fromkeys(transliterated) if lang in names),
    }


def _source_titles(raw: Mapping[str, Any]) -> LocalizedText:
    titles = dict(_text(raw.get("titles")))
    if "kk" in titles and "kk-Latn" not in titles:
        titles["kk-Latn"] = to_latin(titles["kk"])
    return titles


def looks_like(data: bytes) -> bool:
    """True when ``data`` starts like a companion event file."""
    head = data[:4096].decode("utf-8", errors="ignore")
    return '"format"' in head and "companion-event/" in head


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema_rs  # with email.utils and more under it: not for the bundled file at start (parse_bundled)

    schema = json.loads(resource_path("schema", "companion-event-1.schema.json").read_text("utf-8"))
    return jsonschema_rs.Draft202012Validator(schema)


def json_path(parts: Sequence[str | int]) -> str:
    """``$.sessions[3].start`` from a jsonschema error path."""
    out = "$"
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else f".{p}"
    return out


def parse(data: bytes, path: Path) -> Event:
    """Decode, validate and build the event; every fault names the file and its JSON path."""
    raw = _document(data, path)
    _check_schema(raw, path)
    return _build(raw, path)


def parse_bundled(data: bytes, path: Path) -> Event:
    """:func:`parse` for the file shipped with the app, without its schema check when it builds.

    The bundled file is checked against the schema by the test suite (``tests/sources/test_bundled_event.py``)
    and cannot be changed by the user, so the start does not import and run the schema validator for it (issue
    13). Every fault is still found and said as :func:`parse` says it: when building fails, the schema check
    runs first and its fault is raised, as it would have been before the build; a fault the schema does not
    see is raised from the build as ever.
    """
    raw = _document(data, path)
    try:
        return _build(raw, path)
    except Exception as exc:  # raised again below, after the schema has had its say
        failure = exc
    _check_schema(raw, path)  # outside the handler: the schema's fault is raised alone, as parse raises it
    raise failure


def _document(data: bytes, path: Path) -> dict[str, Any]:
    raw = decode_json(data, path)
    if not isinstance(raw, dict):
        raise EventFileError(path, "$", Message(QT_TRANSLATE_NOOP("EventFile", "the file must hold a JSON object")))
    if raw.get("format") != FORMAT:
        expected = QT_TRANSLATE_NOOP("EventFile", "expected {expected}, found {found}")
        raise EventFileError(path, "$.format", Message(expected, expected=repr(FORMAT), found=repr(raw.get("format"))))
    return raw


def _check_schema(raw: dict[str, Any], path: Path) -> None:
    """EventFileError for the first fault the JSON Schema finds (by JSON path), saying how many more there are."""
    try:
        found = list(_validator().iter_errors(raw))
    except ValueError as exc:  # jsonschema-rs gives up on deep nesting ("Recursion limit reached")
        deep = Message(QT_TRANSLATE_NOOP("EventFile", "JSON nested too deeply"))
        raise EventFileError(path, "$", deep) from exc
    errors = sorted(found, key=lambda e: [(str(type(p)), p) for p in e.instance_path])
    if errors:
        first = errors[0]
        raise EventFileError(path, json_path(list(first.instance_path)), _schema_problem(first.message, len(errors)))


def _schema_problem(detail: str, count: int) -> Message:
    """The first fault in the schema validator's own (English) words, and how many more there are."""
    if count == 1:
        return Message(QT_TRANSLATE_NOOP("EventFile", "the event file schema says: {detail}"), detail=detail)
    one_more = QT_TRANSLATE_NOOP("EventFile", "the event file schema says: {detail} (and {count} more problem)")
    more = QT_TRANSLATE_NOOP("EventFile", "the event file schema says: {detail} (and {count} more problems)")
    return Message.counted(one_more, more, count=count - 1, detail=detail)


def _text(value: Mapping[str, str] | None) -> LocalizedText:
    return dict(value) if value else {}


def _build(raw: dict[str, Any], path: Path) -> Event:
    ev = raw["event"]
    found_zone = zone_named(ev["timezone"])
    if found_zone is None:
        raise EventFileError(path, "$.event.timezone", Message(_UNKNOWN_ZONE, zone=quoted(str(ev["timezone"]))))
    zone: ZoneInfo = found_zone

    def local(value: str | None, where: str) -> datetime | None:
        if value is None:
            return None
        try:
            moment = datetime.fromisoformat(value).replace(tzinfo=zone)
        except ValueError as exc:
            raise EventFileError(path, where, Message(_NOT_DATE_TIME, value=quoted(value))) from exc
        if not in_range(moment):
            raise EventFileError(path, where, out_of_range(value))
        return moment

    def day_of(value: str | None, where: str) -> date | None:
        if value is None:
            return None
        try:
            day = date.fromisoformat(value)
        except ValueError as exc:
            raise EventFileError(path, where, Message(_NOT_DATE, value=quoted(value))) from exc
        if not in_range(day):
            raise EventFileError(path, where, out_of_range(value))
        return day

    sources = {s["id"]: Source(s["id"], s["url"], s.get("title", ""), _source_titles(s)) for s in raw["sources"]}
    types = {t["id"]: SessionType(t["id"], _text(t["name"]), t.get("colour", "#607d8b")) for t in raw["types"]}
    tracks = {t["id"]: Track(t["id"], _text(t["name"]), t.get("colour")) for t in raw.get("tracks", [])}
    rooms = {r["id"]: Room(r["id"], _text(r["name"])) for r in raw.get("rooms", [])}
    for key in ("people", "delegations"):
        _refuse_duplicate_ids(raw.get(key, []), key, path)
    people = {
        p["id"]: Person(
            id=p["id"],
            names=tuple(p["names"]),
            role=_text(p.get("role")),
            organisation=_text(p.get("organisation")),
            delegation_id=p.get("delegation"),
            note=_text(p.get("note")),
            sources=tuple(p.get("sources", [])),
            **_display_names(p),
        )
        for p in raw.get("people", [])
    }
    delegations = {
        d["id"]: Delegation(
            id=d["id"],
            kind=d["kind"],
            name=_text(d["name"]),
            head_person_id=d.get("head"),
            head_note=_text(d.get("head_note")),
            member_ids=tuple(d.get("members", [])),
            composition=_text(d.get("composition")),
            notes=tuple(_text(n) for n in d.get("notes", [])),
            aliases=tuple(d.get("aliases", [])),
            sources=tuple(d.get("sources", [])),
        )
        for d in raw.get("delegations", [])
    }
    days = tuple(
        Day(
            date=day_of(d["date"], f"$.days[{i}].date") or date.min,
            label=_text(d.get("label")),
            note=_text(d.get("note")),
            sources=tuple(d.get("sources", [])),
        )
        for i, d in enumerate(raw["days"])
    )
    sessions = []
    for i, s in enumerate(raw["sessions"]):
        where = f"$.sessions[{i}]"
        start = local(s["start"], f"{where}.start")
        end = local(s["end"], f"{where}.end")
        status = TimeStatus(s["time_status"])
        if (start is None) != (end is None):
            both = QT_TRANSLATE_NOOP("EventFile", "start and end must both be given or both be null")
            raise EventFileError(path, where, Message(both))
        if start is not None and end is not None and end <= start:
            ends = QT_TRANSLATE_NOOP("EventFile", "the session ends before it starts")
            raise EventFileError(path, f"{where}.end", Message(ends))
        if status is TimeStatus.UNKNOWN and start is not None:
            timed = QT_TRANSLATE_NOOP("EventFile", "a session with a time cannot be 'unknown'")
            raise EventFileError(path, f"{where}.time_status", Message(timed))
        if status is not TimeStatus.UNKNOWN and start is None:
            untimed = QT_TRANSLATE_NOOP("EventFile", "{status} needs a start and an end")
            raise EventFileError(path, f"{where}.time_status", Message(untimed, status=repr(status.value)))
        session_day = day_of(s["day"], f"{where}.day")
        if start is not None and session_day is not None and start.date() != session_day:
            other_day = QT_TRANSLATE_NOOP("EventFile", "starts on {start} but is listed on {day}")
            problem = Message(other_day, start=start.date().isoformat(), day=session_day.isoformat())
            raise EventFileError(path, f"{where}.start", problem)
        sessions.append(
            Session(
                id=s["id"],
                title=_text(s["title"]),
                type_id=s["type"],
                day=session_day,
                start=start,
                end=end,
                time_status=status,
                time_note=_text(s.get("time_note")),
                room_id=s.get("room"),
                track_id=s.get("track"),
                venue=_text(s.get("venue")),
                participants=tuple(
                    Participation(p["person"], _text(p.get("role"))) for p in s.get("participants", [])
                ),
                participants_note=_text(s.get("participants_note")),
                organised_by=tuple(s.get("organised_by", [])),
                topics=tuple(_text(t) for t in s.get("topics", [])),
                description=_text(s.get("description")),
                title_note=_text(s.get("title_note")),
                translated_title_languages=tuple(s.get("translated_title_languages", [])),
                published_title_languages=(
                    tuple(s["published_title_languages"]) if "published_title_languages" in s else None
                ),
                sources=tuple(s["sources"]),
                url=s.get("url"),
                language=s.get("language"),
                order=s.get("order", 0),
                revision=s.get("revision", 0),
            )
        )
    event = Event(
        id=ev["id"],
        name=_text(ev["name"]),
        short_name=_text(ev.get("short_name")) or _text(ev["name"]),
        timezone=ev["timezone"],
        start_date=day_of(ev["start_date"], "$.event.start_date") or date.min,
        end_date=day_of(ev["end_date"], "$.event.end_date") or date.min,
        days=days,
        sessions=tuple(sessions),
        venue=_text(ev.get("venue")),
        city=_text(ev.get("city")),
        country=_text(ev.get("country")),
        theme=_text(ev.get("theme")),
        organisers=_text(ev.get("organisers")),
        participants_note=_text(ev.get("participants_note")),
        dates_note=_text(ev.get("dates_note")),
        name_variants=tuple(_text(v) for v in ev.get("name_variants", [])),
        translated_text_languages=tuple(ev.get("translated_text_languages", [])),
        url=ev.get("url"),
        types=types,
        tracks=tracks,
        rooms=rooms,
        people=people,
        delegations=delegations,
        sources=sources,
        event_sources=tuple(ev.get("sources", [])),
        data_version=raw.get("data_version", ""),
    )
    check_links(event, path)
    return event


def check_links(event: Event, path: Path) -> None:
    """Refuse dangling ids: every reference must name something the file defines."""
    seen: set[str] = set()
    for i, s in enumerate(event.sessions):
        where = f"$.sessions[{i}]"
        if s.id in seen:
            raise EventFileError(path, f"{where}.id", Message(_SESSION_TWICE, id=repr(s.id)))
        seen.add(s.id)
        if s.type_id not in event.types:
            raise EventFileError(path, f"{where}.type", Message(_UNKNOWN_TYPE, type=repr(s.type_id)))
        if s.room_id is not None and s.room_id not in event.rooms:
            raise EventFileError(path, f"{where}.room", Message(_UNKNOWN_ROOM, room=repr(s.room_id)))
        if s.track_id is not None and s.track_id not in event.tracks:
            raise EventFileError(path, f"{where}.track", Message(_UNKNOWN_TRACK, track=repr(s.track_id)))
        for j, p in enumerate(s.participants):
            if p.person_id not in event.people:
                problem = Message(_UNKNOWN_PERSON, person=repr(p.person_id))
                raise EventFileError(path, f"{where}.participants[{j}].person", problem)
        for j, organiser in enumerate(s.organised_by):
            if organiser not in event.delegations:
                problem = Message(_UNKNOWN_DELEGATION, delegation=repr(organiser))
                raise EventFileError(path, f"{where}.organised_by[{j}]", problem)
        _check_sources(event, s.sources, f"{where}.sources", path)
    members = {did: frozenset(d.member_ids) for did, d in event.delegations.items()}  # not a scan per person
    for i, (pid, person) in enumerate(event.people.items()):
        if person.delegation_id is not None and person.delegation_id not in event.delegations:
            where = f"$.people[{i}].delegation"
            problem = Message(_PERSON_UNKNOWN_DELEGATION, person=pid, delegation=repr(person.delegation_id))
            raise EventFileError(path, where, problem)
        if person.delegation_id is not None and pid not in members[person.delegation_id]:
            where = f"$.people[{i}].delegation"
            problem = Message(_NOT_A_MEMBER, person=pid, delegation=repr(person.delegation_id))
            raise EventFileError(path, where, problem)
        _check_sources(event, person.sources, f"$.people[{i}].sources", path)
    for i, (did, d) in enumerate(event.delegations.items()):
        if d.head_person_id is not None and d.head_person_id not in event.people:
            problem = Message(_DELEGATION_UNKNOWN_PERSON, delegation=did, person=repr(d.head_person_id))
            raise EventFileError(path, f"$.delegations[{i}].head", problem)
        if d.head_person_id is not None and d.head_person_id not in members[did]:
            problem = Message(_HEAD_NOT_MEMBER, delegation=did, person=repr(d.head_person_id))
            raise EventFileError(path, f"$.delegations[{i}].head", problem)
        for j, m in enumerate(d.member_ids):
            if m not in event.people:
                problem = Message(_DELEGATION_UNKNOWN_PERSON, delegation=did, person=repr(m))
                raise EventFileError(path, f"$.delegations[{i}].members[{j}]", problem)
            if event.people[m].delegation_id != did:
                owner = event.people[m].delegation_id
                problem = Message(_BELONGS_ELSEWHERE, person=m, delegation=repr(owner))
                raise EventFileError(path, f"$.delegations[{i}].members[{j}]", problem)
        _check_sources(event, d.sources, f"$.delegations[{i}].sources", path)
    for i, day in enumerate(event.days):
        _check_sources(event, day.sources, f"$.days[{i}].sources", path)
    _check_sources(event, event.event_sources, "$.event.sources", path)


def _refuse_duplicate_ids(records: Sequence[Mapping[str, Any]], key: str, path: Path) -> None:
    """Two people (or delegations) with one id would make every link to it ambiguous."""
    seen: set[str] = set()
    for i, record in enumerate(records):
        if record["id"] in seen:
            raise EventFileError(path, f"$.{key}[{i}].id", Message(_ID_TWICE, id=repr(record["id"])))
        seen.add(record["id"])


def _check_sources(event: Event, refs: Sequence[str], where: str, path: Path) -> None:
    for k, ref in enumerate(refs):
        if ref not in event.sources:
            raise EventFileError(path, f"{where}[{k}]", Message(_UNKNOWN_SOURCE, source=repr(ref)))
