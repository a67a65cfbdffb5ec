"""schedule.json sessions are built straight from the decoded objects (``JsonScheduleBuilder``); the builder's
general rules, fed one RawSession per session, are the reference. Both must give the same event and the same
report for the real files and for files whose values are of every odd kind and odd content."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest

from companion.domain.event import Event
from companion.sources import EventFileError
from companion.sources.frab_json import JsonScheduleBuilder, general_schedule, read_schedule
from companion.sources.loader import load_event_with_report
from companion.sources.report import ImportReport
from companion.sources.schedule_builder import ScheduleBuilder

ODD_VALUES: list[Any] = [
    None, 0, 12, -3, 1.5, True, False, "", "  ", "x", " Spaced  Name ", {"name": "N"}, {"en": "E"},
    {"de": "D", "en": ""}, [], ["a"], [{"url": "u"}], "<p>a&amp;b</p><ul><li>one</li><li>two</li></ul>",
    "line\r\nnext  \n\n\n\nx", "9999-12-31T23:50:00+01:00", "0001-01-01T00:00:00Z", "25:99", "1:02:30:00",
    "99999999999999999999:00", "abc", "2019-12-27", "2019-12-27 10:00", "2019-12-27T10:00:00",
    "2019-12-28T02:00:00+05:00", "10:30", "9:05", "90", "00:00", " 01:30 ", "urn:x-companion-session:abc%20d",
    "urn:x-companion-session:", "\u00a0nbsp\u2003", "Ada", "workshop", " en ", "   https://e/y  ", 10**30,
    [1, "s", {"public_name": "P Q"}, {"name": "N M", "id": 7}, {"full_public_name": "F", "code": "C"},
     {"public_name": "", "guid": "G"}, {"public_name": 3, "id": True}, {"public_name": "Ada", "id": " "},
     {"public_name": "  ", "id": 4}, {"public_name": "Ada", "id": 4.0}, None],
    [{"href": "h"}, {"url": 4}, 5, "  ", "l", {"url": ""}],
]
FIELDS = ["title", "id", "guid", "origin_url", "room", "track", "type", "date", "start", "duration", "end",
          "subtitle", "language", "abstract", "description", "url", "persons", "links"]


def _mutated(doc: dict[str, Any], seed: int, changes: int) -> dict[str, Any]:
    """``doc`` with ``changes`` session fields set to odd values or removed, a few sessions repeated or
    replaced by non-objects, and now and then the conference's zone or a day's start changed."""
    rng = random.Random(seed)
    doc = copy.deepcopy(doc)
    conf = doc["schedule"]["conference"]
    sessions = [(events, n) for day in conf["days"] for events in day["rooms"].values() for n in range(len(events))]
    for _ in range(changes):
        events, n = rng.choice(sessions)
        if not isinstance(events[n], dict):
            continue
        roll = rng.random()
        if roll < 0.9:
            field = rng.choice(FIELDS)
            if roll < 0.08:
                events[n].pop(field, None)
            else:
                events[n][field] = copy.deepcopy(rng.choice(ODD_VALUES))
        elif roll < 0.95:
            events.append(copy.deepcopy(events[n]))  # the same session twice, or with another title: a repeat
            if roll < 0.93:
                events[-1]["title"] = f"Again {n}"
        elif roll < 0.97:
            events[n] = rng.choice([None, 3, "s"])
        elif roll < 0.99:
            conf["time_zone_name"] = rng.choice([None, "Nowhere/Zone", "America/New_York", "UTC"])
        else:
            conf["days"][0]["day_start"] = rng.choice(["2019-12-27T11:00:00+01:00", "x", 3])
    return doc


def _build(builder: ScheduleBuilder) -> tuple[Event, ImportReport] | str:
    try:
        return builder.build()
    except EventFileError as exc:
        return str(exc)


def _assert_same(doc: Any, zone: str | None = None) -> None:
    path = Path("schedule.json")
    schedule = read_schedule(doc, path)
    fast = _build(JsonScheduleBuilder(schedule, path, fallback_zone=zone))
    general = _build(ScheduleBuilder(general_schedule(schedule), path, fallback_zone=zone))
    assert fast == general


@pytest.mark.parametrize("name", ["36c3.schedule.json", "pretalx-democon.schedule.json"])
def test_real_files_give_the_same_event_and_report_both_ways(realdata: Path, name: str) -> None:
    doc = json.loads((realdata / name).read_text("utf-8"))
    _assert_same(doc)
    event, report = load_event_with_report(realdata / name)
    assert len(event.sessions) == report.sessions > 0


@pytest.mark.parametrize("seed", range(24))
def test_odd_values_give_the_same_event_and_report_both_ways(realdata: Path, seed: int) -> None:
    name = "pretalx-democon.schedule.json" if seed % 2 else "36c3.schedule.json"
    doc = _mutated(json.loads((realdata / name).read_text("utf-8")), seed, changes=[3, 30, 200][seed % 3])
    _assert_same(doc, zone="Asia/Almaty" if seed % 4 == 1 else None)


def test_a_file_is_read_once(realdata: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from companion.sources import loader

    reads: list[Path] = []
    read = loader.read_bounded

    def counting(path: Path | str, **kwargs: Any) -> bytes:
        reads.append(Path(path))
        return read(path, **kwargs)

    monkeypatch.setattr(loader, "read_bounded", counting)
    target = tmp_path / "democon.json"
    target.write_bytes((realdata / "pretalx-democon.schedule.json").read_bytes())
    load_event_with_report(target)
    assert reads == [target]
