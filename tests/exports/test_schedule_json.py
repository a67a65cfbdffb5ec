"""The schedule.json Companion writes validates against the c3voc schema and never invents a time."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import jsonschema
import pytest

from companion.domain.event import Event, TimeStatus
from companion.exports.schedule_json import build_schedule, write_schedule_json
from companion.sources.loader import load_event_with_report


def _validator(realdata: Path) -> jsonschema.Draft6Validator:
    schema = json.loads((realdata / "schedule.schema.json").read_text("utf-8"))
    return jsonschema.Draft6Validator(schema)


def _events(doc: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for d in doc["schedule"]["conference"]["days"] for evs in d["rooms"].values() for e in evs]


def _check_formats(doc: dict[str, Any]) -> None:
    """The formats draft-06 leaves unchecked (uuid, date-time, uri), checked here."""
    for day in doc["schedule"]["conference"]["days"]:
        datetime.fromisoformat(day["day_start"])
        datetime.fromisoformat(day["day_end"])
    for room in doc["schedule"]["conference"]["rooms"]:
        uuid.UUID(room["guid"])
    for e in _events(doc):
        uuid.UUID(e["guid"])
        assert datetime.fromisoformat(e["date"]).tzinfo is not None
        assert urlparse(e["url"]).scheme
        for p in e["persons"]:
            uuid.UUID(p["guid"])


def test_bundled_event_validates(realdata: Path, bundled_event: Event) -> None:
    export = build_schedule(bundled_event)
    errors = list(_validator(realdata).iter_errors(export.document))
    assert not errors, errors[0].message
    _check_formats(export.document)


def test_bundled_event_untimed_left_out_and_indicative_marked(bundled_event: Event) -> None:
    export = build_schedule(bundled_event)
    written = {e["origin_url"].rsplit(":", 1)[1]: e for e in _events(export.document)}
    untimed = {s.id for s in bundled_event.sessions if s.start is None}
    indicative = {s.id for s in bundled_event.sessions if s.time_status is TimeStatus.INDICATIVE}
    assert untimed and indicative
    assert {s.session_id for s in export.left_out} == untimed
    assert not untimed & written.keys()
    assert set(written) == indicative
    for sid in indicative:
        record = written[sid]
        session = bundled_event.session(sid)
        assert "indicative" in record["title"]
        assert record["abstract"].startswith("Indicative time")
        assert session.start is not None and record["date"] == session.start.isoformat()
    opening = written["opening-ceremony"]
    assert opening["room"] == "Room not published"
    assert {p["name"] for p in opening["persons"]} >= {"Charygeldi Babanyazov"}
    assert all(link["url"].startswith("http") for link in opening["links"])


@pytest.mark.parametrize(
    "name", ["debconf23.schedule.xml", "fosdem2021.schedule.xml", "36c3.schedule.json", "kielux2020.ics"]
)
def test_real_schedules_written_back_validate(realdata: Path, tmp_path: Path, name: str) -> None:
    event, _ = load_event_with_report(realdata / name)
    target = tmp_path / "out.json"
    export = write_schedule_json(event, target)
    doc = json.loads(target.read_text("utf-8"))
    errors = list(_validator(realdata).iter_errors(doc))
    assert not errors, (list(errors[0].absolute_path), errors[0].message)
    _check_formats(doc)
    assert export.sessions == len(_events(doc)) == len(event.sessions)
    assert len({e["guid"] for e in _events(doc)}) == len(event.sessions)
    assert len({e["id"] for e in _events(doc)}) == len(event.sessions)


def test_36c3_as_read_fails_the_schema_but_what_we_write_passes(realdata: Path, tmp_path: Path) -> None:
    validator = _validator(realdata)
    original = json.loads((realdata / "36c3.schedule.json").read_text("utf-8"))
    assert not validator.is_valid(original)  # read leniently …
    event, _ = load_event_with_report(realdata / "36c3.schedule.json")
    assert validator.is_valid(build_schedule(event).document)  # … write strictly
