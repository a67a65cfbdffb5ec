"""Every real schedule in ../shared/realdata opens with the right sessions, zone, people and tracks."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.domain.event import Event, TimeStatus
from companion.exports.schedule_json import write_schedule_json
from companion.sources.loader import load_event_with_report
from companion.sources.report import ZoneSource

EXPECTED_SESSIONS = {
    "debconf23.schedule.xml": 117,
    "fosdem2021.schedule.xml": 773,
    "36c3.schedule.json": 1351,
    "pretalx-democon.schedule.json": 36,
    "kielux2020.ics": 24,
}


def _xml_events(path: Path) -> list[ET.Element]:
    return ET.parse(path).getroot().findall("day/room/event")


def _json_events(path: Path) -> list[dict]:  # type: ignore[type-arg]
    doc = json.loads(path.read_text("utf-8"))
    return [e for d in doc["schedule"]["conference"]["days"] for evs in d["rooms"].values() for e in evs]


@pytest.mark.parametrize("name", sorted(EXPECTED_SESSIONS))
def test_each_file_opens_with_its_sessions(realdata: Path, name: str) -> None:
    event, report = load_event_with_report(realdata / name)
    assert len(event.sessions) == EXPECTED_SESSIONS[name] == report.sessions
    assert len({s.id for s in event.sessions}) == len(event.sessions)
    assert all(s.start is not None and s.start.tzinfo is not None for s in event.sessions)
    assert all(s.time_status is TimeStatus.EXACT for s in event.sessions)
    assert all(s.type_id in event.types for s in event.sessions)
    assert not report.skipped
    assert report.zone == event.timezone and report.zone_reason


def test_debconf_times_are_local_kolkata_from_utc_dates(realdata: Path) -> None:
    path = realdata / "debconf23.schedule.xml"
    event, report = load_event_with_report(path)
    assert event.timezone == "Asia/Kolkata" and report.zone_source is ZoneSource.FILE
    for el in _xml_events(path):
        session = event.session(el.get("guid") or "")
        utc = datetime.fromisoformat(el.findtext("date") or "")
        assert session.start == utc  # the same instant as the UTC date …
        assert session.start is not None and session.start.utcoffset() == timedelta(hours=5, minutes=30)
        assert session.start.strftime("%H:%M") == el.findtext("start")  # … shown at the local start


def test_debconf_opening_ceremony(realdata: Path) -> None:
    event, _ = load_event_with_report(realdata / "debconf23.schedule.xml")
    opening = event.session("455d075f-48c0-2ec2-24b3-f5add30c383a")
    assert opening.start == datetime(2023, 9, 10, 10, 30, tzinfo=ZoneInfo("Asia/Kolkata"))
    assert opening.duration == timedelta(minutes=20)
    assert [event.people[p.person_id].name for p in opening.participants] == ["Sruthi Chandran"]
    assert opening.track_id is not None
    assert event.tracks[opening.track_id].name["en"] == "Community, diversity, local outreach and social context"
    assert opening.day is not None and opening.day.isoformat() == "2023-09-10"


def test_persons_and_tracks_kept(realdata: Path) -> None:
    path = realdata / "fosdem2021.schedule.xml"
    event, report = load_event_with_report(path)
    elements = _xml_events(path)
    people_in_file = {p.get("id") for el in elements for p in el.findall("persons/person")}
    assert set(event.people) == people_in_file and report.people == len(people_in_file)
    tracks_in_file = {el.findtext("track") for el in elements if el.findtext("track")}
    assert {t.name["en"] for t in event.tracks.values()} == tracks_in_file
    rooms_in_file = {el.findtext("room") for el in elements}
    assert len(event.rooms) == len(rooms_in_file) == 106
    for el in elements:
        session = event.session(el.get("id") or "")
        assert [event.people[p.person_id].name for p in session.participants] == [
            " ".join("".join(p.itertext()).split()) for p in el.findall("persons/person")
        ]


def test_fosdem_has_no_zone_and_says_so(realdata: Path) -> None:
    event, report = load_event_with_report(realdata / "fosdem2021.schedule.xml")
    assert report.zone_source is ZoneSource.FALLBACK and event.timezone == "UTC"
    assert "names no zone" in str(report.zone_reason)
    brussels, chosen = load_event_with_report(realdata / "fosdem2021.schedule.xml", fallback_zone="Europe/Brussels")
    assert chosen.zone_source is ZoneSource.CHOSEN and brussels.timezone == "Europe/Brussels"
    welcome = brussels.session("11795")
    assert welcome.start == datetime(2021, 2, 6, 9, 0, tzinfo=ZoneInfo("Europe/Brussels"))
    assert welcome.start.utcoffset() == timedelta(hours=1)
    assert welcome.title["en"] == "Welcome to FOSDEM 2021"


def test_36c3_zone_comes_from_the_offsets_and_keeps_every_person(realdata: Path) -> None:
    path = realdata / "36c3.schedule.json"
    event, report = load_event_with_report(path)
    assert report.zone_source is ZoneSource.OFFSET and "UTC+01:00" in str(report.zone_reason)
    raw = _json_events(path)
    assert Counter(e["room"] for e in raw).keys() == {r.name["en"] for r in event.rooms.values()}
    assert len(event.rooms) == 92 and len(event.days) == 4
    names = {" ".join(p["public_name"].split()) for e in raw for p in e["persons"]}
    assert {n for person in event.people.values() for n in person.names} == names
    for e, s in zip(raw, event.sessions, strict=True):
        assert s.start == datetime.fromisoformat(e["date"])
        assert s.start is not None and s.start.strftime("%H:%M") == e["start"]
    # repeated workshops share a guid; each occurrence stays a session of its own
    repeated = [s for s in event.sessions if s.id.startswith("81f5f0c4-3d35-522c-8f1c-c8825b92f00a")]
    assert len(repeated) == 2 and repeated[0].start != repeated[1].start


def test_pretalx_democon(realdata: Path) -> None:
    event, report = load_event_with_report(realdata / "pretalx-democon.schedule.json")
    assert event.timezone == "UTC" and report.zone_source is ZoneSource.FILE
    first = event.session("8079583e-8321-506c-95af-fd2903a5f075")
    assert first.start == datetime.fromisoformat("2020-12-14T09:00:00+01:00")
    assert first.url == "http://localhost/democon/talk/G9JGWY/"
    assert first.language == "en"
    assert [event.people[p.person_id].name for p in first.participants] == ["Brian Robinson"]


def _comparable(event: Event) -> dict[str, tuple[object, ...]]:
    return {
        s.id: (
            s.title["en"],
            s.start,
            s.end,
            event.rooms[s.room_id].name["en"] if s.room_id else None,
            event.tracks[s.track_id].name["en"] if s.track_id else None,
            tuple(event.people[p.person_id].name for p in s.participants),
            s.day,
        )
        for s in event.sessions
    }


@pytest.mark.parametrize(
    ("name", "zone"),
    [("debconf23.schedule.xml", None), ("fosdem2021.schedule.xml", "Europe/Brussels"), ("36c3.schedule.json", None)],
)
def test_xml_and_json_of_the_same_conference_give_the_same_sessions(
    realdata: Path, tmp_path: Path, name: str, zone: str | None
) -> None:
    # realdata holds no XML/JSON pair of one conference, so the pair is made by writing schedule.json.
    original, _ = load_event_with_report(realdata / name, fallback_zone=zone)
    written = tmp_path / "schedule.json"
    write_schedule_json(original, written)
    again, report = load_event_with_report(written)
    assert str(report.format) == "frab schedule.json"
    assert again.id == original.id
    assert _comparable(again) == _comparable(original)
