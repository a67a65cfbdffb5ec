"""Who organised a session: ``organised_by`` in the event file, checked, and shown by ``companion delegations``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion.cli import main
from companion.domain.event import Event
from companion.domain.people import sessions_organised_by
from companion.resources import bundled_event_path
from companion.sources import EventFileError, load_event


def test_bundled_organisers_are_those_the_fact_sheet_names(bundled_event: Event) -> None:
    by_id = bundled_event.sessions_by_id
    assert by_id["parallel-green-bridge"].organised_by == ("kazakhstan",)
    assert set(by_id["osce-youth-women-seminar"].organised_by) == {"osce", "cawep", "world-bank", "carec"}
    assert {s.id for s in bundled_event.sessions if s.organised_by} == {"parallel-green-bridge",
                                                                         "osce-youth-women-seminar"}
    assert [s.id for s in sessions_organised_by(bundled_event, "kazakhstan")] == ["parallel-green-bridge"]
    assert sessions_organised_by(bundled_event, "turkmenistan") == []


def test_dangling_organiser_names_the_json_path(tmp_path: Path) -> None:
    data = json.loads(bundled_event_path().read_text("utf-8"))
    data["sessions"][3]["organised_by"] = ["kazakhstan", "atlantis"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    with pytest.raises(EventFileError) as info:
        load_event(path)
    assert info.value.location == "$.sessions[3].organised_by[1]"
    assert "atlantis" in str(info.value.problem) and "broken.json" in str(info.value)


def test_cli_lists_the_sessions_a_delegation_organised(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["delegations", "--json"]) == 0
    records = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert [s["id"] for s in records["kazakhstan"]["organised_sessions"]] == ["parallel-green-bridge"]
    assert [s["id"] for s in records["cawep"]["organised_sessions"]] == ["osce-youth-women-seminar"]
    assert records["turkmenistan"]["organised_sessions"] == []
    assert main(["delegations", "--search", "Kazakhstan"]) == 0
    text = capsys.readouterr().out
    assert "Sessions it organised:" in text and "[parallel-green-bridge]" in text
    assert main(["--lang", "ru", "delegations", "--search", "Kazakhstan"]) == 0
    assert "Организованные сессии:" in capsys.readouterr().out
