"""``companion people`` lists everyone the data names, as a table and as JSON."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from companion.cli import main
from companion.domain.event import Event


def _participants(event: Event, session_id: str) -> set[str]:
    return {p.person_id for s in event.sessions if s.id == session_id for p in s.participants}


def test_json_has_everyone_with_ids_names_roles_and_sessions(
    bundled_event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["people", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in records} == set(bundled_event.people)
    minister = next(r for r in records if r["id"] == "charygeldi-babanyazov")
    assert "Чарыгелди Бабаныязов" in minister["names"] and "Charygeldi Babaniyazov" in minister["names"]
    assert minister["delegation"]["id"] == "turkmenistan"
    assert minister["session_ids"] == ["opening-ceremony", "final-session-closing"]
    assert [s["role"] for s in minister["sessions"]] == ["Welcome remarks", "Panellist"]
    assert minister["organisation"].startswith("Ministry of Environmental Protection")
    for r in records:  # every session id a person lists really has that person in it
        for sid in r["session_ids"]:
            assert r["id"] in _participants(bundled_event, sid)
    head = next(r for r in records if r["id"] == "mansur-oshurbaev")
    assert head["head_of"] == ["kazakhstan"] and head["sessions"] == []


def test_table_says_no_session_published(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people"]) == 0
    out = capsys.readouterr().out
    block = out[out.index("M. Oshurbaev"):]
    block = block[: block.index("\n\n")]
    assert "No session published" in block
    assert "Kazakhstan" in block
    assert "Мансұр Ошурбаев" in block
    assert "people named in the sources: 20" in out


@pytest.mark.parametrize("typed", ["Бабаныязов", "Babaniyazov", "babanijazow"])
def test_search_by_any_spelling(typed: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--search", typed, "--json"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ["charygeldi-babanyazov"]


def test_search_that_finds_nobody_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--search", "Nobody Atall"]) == 1
    assert "Nobody found" in capsys.readouterr().out


def test_people_runs_without_qt() -> None:
    code = (
        "import sys; from companion.cli import main; rc = main(['people', '--json']);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'CLI imported Qt'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
