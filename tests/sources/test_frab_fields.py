"""How frab XML and schedule.json fields become sessions: times, durations, day_change, ids, people, tracks."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from companion.domain.event import TimeStatus
from companion.sources import EventFileError
from companion.sources.loader import load_event_with_report
from companion.sources.report import ZoneSource
from companion.sources.schedule_builder import TYPE_PALETTE

LEGACY_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference>
    <title>Night Conf</title>
    <start>2024-03-01</start><end>2024-03-02</end>
    <day_change>04:00</day_change>
  </conference>
  <day index="1" date="2024-03-01">
    <room name="Main Hall">
      <event id="101">
        <start>22:30</start><duration>1:30</duration><room>Main Hall</room>
        <title>Late keynote</title><track>Main</track><type>Talk</type><language>de</language>
        <abstract>&lt;p&gt;First &amp;amp; foremost.&lt;/p&gt;</abstract><description/>
        <persons><person id="7">Ada Lovelace</person><person>Grace  Hopper</person></persons>
        <links><link href="https://example.org/101">page</link></links>
      </event>
      <event id="102">
        <start>01:15</start><duration>00:30</duration><room>Main Hall</room>
        <title>After midnight</title><type>Workshop</type>
        <persons/>
      </event>
      <event>
        <start>03:00</start><duration>00:20</duration><room>Main Hall</room>
        <title>No id at all</title><type>Talk</type>
      </event>
    </room>
  </day>
</schedule>
"""


def _write(tmp_path: Path, text: str, name: str = "schedule.bin") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def test_legacy_xml_day_change_duration_and_ids(tmp_path: Path) -> None:
    event, report = load_event_with_report(_write(tmp_path, LEGACY_XML), fallback_zone="Europe/Berlin")
    zone = ZoneInfo("Europe/Berlin")
    keynote = event.session("101")
    assert keynote.start == datetime(2024, 3, 1, 22, 30, tzinfo=zone)
    assert keynote.duration == timedelta(hours=1, minutes=30)
    assert keynote.time_status is TimeStatus.EXACT
    late = event.session("102")
    assert late.start == datetime(2024, 3, 2, 1, 15, tzinfo=zone)  # before day_change: the next calendar day
    assert late.day == keynote.day  # … but still on the conference day it is listed under
    slugged = next(s for s in event.sessions if s.title["en"] == "No id at all")
    assert slugged.id.startswith("2024-03-02t03-00") and "main-hall" in slugged.id
    assert slugged.id.endswith("no-id-at-all")
    assert report.zone_source is ZoneSource.CHOSEN and "chosen" in str(report.zone_reason)


def test_people_tracks_types_and_text(tmp_path: Path) -> None:
    event, report = load_event_with_report(_write(tmp_path, LEGACY_XML))
    keynote = event.session("101")
    assert [p.person_id for p in keynote.participants] == ["7", "grace-hopper"]
    assert event.people["grace-hopper"].name == "Grace Hopper"
    assert report.people == 2
    assert keynote.track_id is not None and event.tracks[keynote.track_id].name == {"en": "Main"}
    assert keynote.description == {"en": "First & foremost."}
    assert keynote.url == "https://example.org/101"
    assert keynote.language == "de"
    assert set(event.types) == {"talk", "workshop"}
    assert [t.colour for t in event.types.values()] == list(TYPE_PALETTE[:2])
    assert event.types["workshop"].name == {"en": "Workshop"}


def test_same_schedule_as_xml_and_json_gives_the_same_sessions(tmp_path: Path) -> None:
    xml = """<schedule><conference><title>Pair</title><acronym>pair24</acronym>
      <time_zone_name>Europe/Amsterdam</time_zone_name>
      <tracks><track color="#FF0000">Security</track></tracks></conference>
      <day index="1" date="2024-05-04" start="2024-05-04T09:00:00+02:00" end="2024-05-05T03:00:00+02:00">
        <room name="Ada"><event id="5" guid="11111111-2222-3333-4444-555555555555">
          <date>2024-05-04T10:00:00+02:00</date><start>10:00</start><duration>00:45</duration>
          <room>Ada</room><title>Locks</title><track>Security</track><type>lecture</type>
          <persons><person id="9">Eve</person></persons></event></room></day></schedule>"""
    doc = {
        "schedule": {
            "version": "1",
            "conference": {
                "acronym": "pair24",
                "title": "Pair",
                "time_zone_name": "Europe/Amsterdam",
                "tracks": [{"name": "Security", "color": "#ff0000"}],
                "days": [
                    {
                        "index": 1,
                        "date": "2024-05-04",
                        "day_start": "2024-05-04T09:00:00+02:00",
                        "day_end": "2024-05-05T03:00:00+02:00",
                        "rooms": {
                            "Ada": [
                                {
                                    "guid": "11111111-2222-3333-4444-555555555555",
                                    "id": 5,
                                    "date": "2024-05-04T10:00:00+02:00",
                                    "start": "10:00",
                                    "duration": "00:45",
                                    "room": "Ada",
                                    "title": "Locks",
                                    "track": "Security",
                                    "type": "lecture",
                                    "persons": [{"id": 9, "public_name": "Eve"}],
                                    "answers": [],
                                }
                            ]
                        },
                    }
                ],
            },
        }
    }
    from_xml, _ = load_event_with_report(_write(tmp_path, xml, "a"))
    from_json, _ = load_event_with_report(_write(tmp_path, json.dumps(doc), "b"))
    assert from_xml.sessions == from_json.sessions
    assert from_xml.tracks == from_json.tracks
    assert next(iter(from_xml.tracks.values())).colour == "#ff0000"
    assert from_xml.people == from_json.people and from_xml.id == from_json.id == "pair24"


def test_start_and_date_disagreeing_uses_the_date_and_says_so(tmp_path: Path) -> None:
    doc = {"schedule": {"conference": {"title": "T", "time_zone_name": "UTC", "days": [{"date": "2020-12-14", "rooms": {
        "R": [{"guid": "g1", "date": "2020-12-14T09:00:00+01:00", "start": "09:00", "duration": "0:30", "title": "x"}]
    }}]}}}
    event, report = load_event_with_report(_write(tmp_path, json.dumps(doc)))
    assert event.session("g1").start == datetime(2020, 12, 14, 8, 0, tzinfo=ZoneInfo("UTC"))
    note = "1 session gives a start that differs from its date converted to UTC; the date with its UTC offset was used."
    assert note in [str(n) for n in report.notes]


def test_parallel_sessions_with_the_same_times_each_count_and_get_them(tmp_path: Path) -> None:
    same = {"date": "2020-12-14T09:00:00+01:00", "start": "09:00", "duration": "0:30"}
    doc = {"schedule": {"conference": {"title": "T", "time_zone_name": "UTC", "days": [{"date": "2020-12-14", "rooms": {
        "R": [{"guid": "g1", **same, "title": "x"}],
        "S": [{"guid": "g2", **same, "title": "y"}, {"guid": "g3", **same, "duration": "1:00", "title": "z"}],
        "T": [{"guid": "g4", **same, "start": "08:00", "title": "w"}],
    }}]}}}
    event, report = load_event_with_report(_write(tmp_path, json.dumps(doc)))
    utc = ZoneInfo("UTC")
    assert [(s.id, s.start, s.end) for s in event.sessions] == [
        ("g1", datetime(2020, 12, 14, 8, 0, tzinfo=utc), datetime(2020, 12, 14, 8, 30, tzinfo=utc)),
        ("g2", datetime(2020, 12, 14, 8, 0, tzinfo=utc), datetime(2020, 12, 14, 8, 30, tzinfo=utc)),
        ("g3", datetime(2020, 12, 14, 8, 0, tzinfo=utc), datetime(2020, 12, 14, 9, 0, tzinfo=utc)),
        ("g4", datetime(2020, 12, 14, 8, 0, tzinfo=utc), datetime(2020, 12, 14, 8, 30, tzinfo=utc)),
    ]
    note = "3 sessions give a start that differs from their date converted to UTC; "
    note += "the date with its UTC offset was used."
    assert note in [str(n) for n in report.notes]


def test_unreadable_session_is_skipped_or_listed_untimed_and_reported(tmp_path: Path) -> None:
    doc = {"schedule": {"conference": {"title": "T", "days": [{"date": "2021-01-01", "rooms": {
        "R": [
            {"id": 1, "start": "25 o'clock", "duration": "0:30", "title": "bad time"},
            {"id": 2, "start": "10:00", "duration": "half an hour", "title": "bad duration"},
            {"id": 3, "start": "10:00", "duration": "0:30", "title": ""},
            "not an object",
            {"id": 4, "start": "11:00", "duration": "0:30", "title": "fine"},
        ]
    }}]}}}
    event, report = load_event_with_report(_write(tmp_path, json.dumps(doc)))
    assert [s.id for s in event.sessions] == ["1", "2", "4"]
    assert event.session("1").start is None and event.session("1").time_status is TimeStatus.UNKNOWN
    assert event.session("4").time_status is TimeStatus.EXACT
    where = [str(item.location) for item in report.skipped]
    assert any("rooms[\"R\"][2]" in w for w in where) and any("rooms[\"R\"][3]" in w for w in where)
    assert any("[0] (id 1): start" in str(n) for n in report.notes)


def test_unknown_fallback_zone_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(EventFileError) as info:
        load_event_with_report(_write(tmp_path, LEGACY_XML), fallback_zone="Mars/Olympus")
    assert "Mars/Olympus" in str(info.value.problem)


def test_file_zone_wins_over_the_chosen_one(tmp_path: Path) -> None:
    xml = LEGACY_XML.replace("<day_change>", "<time_zone_name>Asia/Tokyo</time_zone_name><day_change>")
    event, report = load_event_with_report(_write(tmp_path, xml), fallback_zone="Europe/Berlin")
    assert event.timezone == "Asia/Tokyo" and report.zone_source is ZoneSource.FILE
