"""tests/data: the copied real schedules are the upstream files, each has its licence noted, and the generated
36c3 stand-in keeps the real file's shape (checked against ../shared/realdata when it is there)."""

from __future__ import annotations

import json
import runpy
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from companion.sources.loader import load_event_with_report
from companion.sources.report import ZoneSource

REALDATA = Path(__file__).resolve().parent / "data"
SHARED_REALDATA = Path(__file__).resolve().parents[2] / "shared" / "realdata"
COPIED = [
    "debconf23.schedule.xml",
    "fosdem2021.schedule.xml",
    "kielux2020.ics",
    "pretalx-democon.schedule.json",
    "schedule.schema.json",
    "schedule.xml.xsd",
]
STANDIN = "36c3.schedule.json"


def _shared() -> Path:
    if not SHARED_REALDATA.is_dir():
        pytest.skip(f"../shared/realdata not found at {SHARED_REALDATA}: nothing to compare the copies with")
    return SHARED_REALDATA


def test_every_data_file_is_listed_with_its_licence() -> None:
    sources = (REALDATA / "SOURCES.md").read_text("utf-8")
    suffixes = {".xml", ".json", ".ics", ".xsd"}
    data_files = sorted(p.name for p in REALDATA.iterdir() if p.is_file() and p.suffix in suffixes)
    assert data_files == sorted([*COPIED, STANDIN])
    for name in data_files:
        assert f"| {name} |" in sources, name
    for licence in ("GPL-2.0", "EUPL-1.2"):
        assert (REALDATA / "LICENSES" / f"{licence}.txt").stat().st_size > 10_000


@pytest.mark.parametrize("name", COPIED)
def test_copies_are_the_shared_files_byte_for_byte(name: str) -> None:
    assert (REALDATA / name).read_bytes() == (_shared() / name).read_bytes()


def test_the_standin_is_what_its_script_writes() -> None:
    script = runpy.run_path(str(REALDATA / "make_36c3_standin.py"))
    expected = json.dumps(script["build"](), indent=1) + "\n"
    assert (REALDATA / STANDIN).read_text("ascii") == expected


def _events(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for d in doc["schedule"]["conference"]["days"] for evs in d["rooms"].values() for e in evs]


def test_the_standin_has_the_shape_of_the_real_36c3_file() -> None:
    real_path = _shared() / STANDIN
    real, real_report = load_event_with_report(real_path)
    standin, report = load_event_with_report(REALDATA / STANDIN)
    assert len(standin.sessions) == len(real.sessions) == 1351
    assert len(standin.rooms) == len(real.rooms) == 92
    assert len(standin.days) == len(real.days) == 4
    assert report.zone_source is real_report.zone_source is ZoneSource.OFFSET
    assert len(standin.types) > 20 and len(real.types) > 20
    real_doc = json.loads(real_path.read_text("utf-8"))
    doc = json.loads((REALDATA / STANDIN).read_text("utf-8"))
    day_rooms = [len(d["rooms"]) for d in doc["schedule"]["conference"]["days"]]
    assert day_rooms == [len(d["rooms"]) for d in real_doc["schedule"]["conference"]["days"]]
    keys, real_keys = Counter(k for e in _events(doc) for k in e), Counter(k for e in _events(real_doc) for k in e)
    assert keys.keys() == real_keys.keys()
