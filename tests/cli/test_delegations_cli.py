"""``companion delegations`` shows each country and organisation with head, members, notes and sessions."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from companion.cli import main
from companion.domain.event import Event


def _records(capsys: pytest.CaptureFixture[str], *extra: str) -> list[dict]:  # type: ignore[type-arg]
    assert main(["delegations", "--json", *extra]) == 0
    return json.loads(capsys.readouterr().out)  # type: ignore[no-any-return]


def _participants(event: Event, session_id: str) -> set[str]:
    return {p.person_id for s in event.sessions if s.id == session_id for p in s.participants}


def test_json_lists_every_delegation_countries_first(bundled_event: Event, capsys: pytest.CaptureFixture[str]) -> None:
    records = _records(capsys)
    assert {r["id"] for r in records} == set(bundled_event.delegations)
    kinds = [r["kind"] for r in records]
    assert kinds[:5] == ["country"] * 5 and "country" not in kinds[5:]


def test_kazakhstan_head_members_composition_and_notes(capsys: pytest.CaptureFixture[str]) -> None:
    kz = next(r for r in _records(capsys) if r["id"] == "kazakhstan")
    assert kz["head"]["id"] == "mansur-oshurbaev" and kz["head"]["name"] == "M. Oshurbaev"
    assert [m["id"] for m in kz["members"]] == ["mansur-oshurbaev"]
    assert "Parliament" in kz["composition"]
    assert any("2026 Regional Climate Summit" in n for n in kz["notes"])
    assert kz["session_ids"] == []
    assert kz["names"]["kk"] == "Қазақстан"
    assert all(url.startswith("https://") for url in kz["sources"]) and kz["sources"]


def test_sessions_come_from_the_members(bundled_event: Event, capsys: pytest.CaptureFixture[str]) -> None:
    for r in _records(capsys):
        members = {m["id"] for m in r["members"]}
        for sid in r["session_ids"]:
            assert members & _participants(bundled_event, sid), (r["id"], sid)
    tm = next(r for r in _records(capsys) if r["id"] == "turkmenistan")
    assert "opening-plenary" in tm["session_ids"] and tm["head"] is None
    assert tm["head_note"].startswith("Not published")


def test_aliases_and_search(capsys: pytest.CaptureFixture[str]) -> None:
    assert [r["id"] for r in _records(capsys, "--search", "РЭЦЦА")] == ["carec"]
    carec = _records(capsys, "--search", "RECCA")[0]
    assert "RECCA" in carec["aliases"] and carec["head"]["id"] == "zafar-makhmudov"


def test_table_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["delegations"]) == 0
    out = capsys.readouterr().out
    kyrgyzstan = out[out.index("Kyrgyzstan  [country"):]
    kyrgyzstan = kyrgyzstan[: kyrgyzstan.index("\n\n")]
    assert "Head: Not published" in kyrgyzstan
    assert "none named" in kyrgyzstan
    tajikistan = out[out.index("Tajikistan  [country"):]
    assert "Dushanbe, 29–31 May" in " ".join(tajikistan.split())
    assert "countries: 5, organisations: 13" in out


def test_unknown_search_exits_1(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["delegations", "--search", "Atlantis"]) == 1
    assert "No delegation found" in capsys.readouterr().out


def test_delegations_runs_without_qt() -> None:
    code = (
        "import sys; from companion.cli import main; rc = main(['delegations']);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'CLI imported Qt'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
