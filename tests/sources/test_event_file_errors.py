"""Broken event files give a message naming the file and the JSON path of the fault."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from companion.resources import bundled_event_path
from companion.sources import EventFileError, load_event


def _bundled() -> dict[str, Any]:
    return json.loads(bundled_event_path().read_text("utf-8"))


def _write(tmp_path: Path, data: Any, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def _error(path: Path) -> EventFileError:
    with pytest.raises(EventFileError) as info:
        load_event(path)
    return info.value


def test_not_json(tmp_path: Path) -> None:
    path = tmp_path / "event.json"
    path.write_text('{"format": "companion-event/1",\n  "event": ', "utf-8")
    err = _error(path)
    assert "event.json" in str(err) and "line 2" in str(err.location)


def test_wrong_encoding(tmp_path: Path) -> None:
    path = tmp_path / "cp1251.json"
    path.write_bytes('{"format": "companion-event/1", "x": "Ашхабад"}'.encode("cp1251"))
    assert "UTF-8" in str(_error(path).problem)


def test_missing_file(tmp_path: Path) -> None:
    assert "missing.json" in str(_error(tmp_path / "missing.json"))


def test_schema_fault_names_the_json_path(tmp_path: Path) -> None:
    data = _bundled()
    data["sessions"][3]["start"] = "13 May, morning"
    err = _error(_write(tmp_path, data))
    assert err.location == "$.sessions[3].start"
    assert "broken.json" in str(err)


def test_wrong_format_version(tmp_path: Path) -> None:
    data = _bundled()
    data["format"] = "companion-event/9"
    assert _error(_write(tmp_path, data)).location == "$.format"


def test_dangling_person(tmp_path: Path) -> None:
    data = _bundled()
    data["sessions"][2]["participants"][0]["person"] = "nobody"
    err = _error(_write(tmp_path, data))
    assert err.location == "$.sessions[2].participants[0].person"
    assert "nobody" in str(err.problem)


def test_dangling_delegation_member(tmp_path: Path) -> None:
    data = _bundled()
    data["delegations"][0]["members"].append("ghost")
    assert "ghost" in str(_error(_write(tmp_path, data)).problem)


def test_indicative_without_time(tmp_path: Path) -> None:
    data = _bundled()
    s = data["sessions"][0]
    s["time_status"] = "indicative"
    assert _error(_write(tmp_path, data)).location == "$.sessions[0].time_status"


def test_end_before_start(tmp_path: Path) -> None:
    data = _bundled()
    s = next(x for x in data["sessions"] if x["start"])
    s["end"] = s["start"].replace("T", "T0").replace("T0", "T", 1)
    s["end"] = s["start"]
    assert "ends before" in str(_error(_write(tmp_path, data)).problem)


def test_unknown_zone(tmp_path: Path) -> None:
    data = _bundled()
    data["event"]["timezone"] = "Mars/Olympus"
    assert _error(_write(tmp_path, data)).location == "$.event.timezone"


def test_deeply_nested_companion_file_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"format": "companion-event/1", "event": ' + "[" * 100_000 + "]" * 100_000 + "}", "utf-8")
    err = _error(path)
    assert "deep.json" in str(err) and "nested too deeply" in str(err.problem)
