"""Counts in command-line messages agree with their noun: "1 row", "2 rows", never "1 rows"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion import paths
from companion.cli import main
from companion.resources import bundled_event_path
from companion.store.database import open_state


def test_one_bad_row_is_one_row_not_imported(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "list.csv"
    csv_path.write_text("Name,Surname,Category\nAnna,Berg,speaker\n,,delegate\n", encoding="utf-8")
    assert main(["badges", str(csv_path), "-o", str(tmp_path / "b.pdf")]) == 1
    err = capsys.readouterr().err
    # counts follow a colon, so no noun has to agree with them (the same holds in Russian and Kazakh)
    assert "attendees read: 1 " in err
    assert "rows not imported: 1" in err
    assert "badges: 1, pages: 1 " in err
    assert "1 rows" not in err and "1 attendees" not in err


def _without(tmp_path: Path, *session_ids: str) -> tuple[Path, str]:
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    raw["sessions"] = [s for s in raw["sessions"] if s["id"] not in session_ids]
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    return path, raw["event"]["id"]


def _star(event_id: str, *session_ids: str) -> None:
    conn = open_state(paths.state_db_path())
    for sid in session_ids:
        conn.execute("INSERT INTO stars VALUES (?, ?, '2025-05-01T00:00:00+00:00')", (event_id, sid))
    conn.close()


def test_diff_says_one_starred_session_is_gone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edited, event_id = _without(tmp_path, "opening-ceremony")
    _star(event_id, "opening-ceremony")
    main(["diff", str(bundled_event_path()), str(edited)])
    out = capsys.readouterr().out
    assert "1 starred session is no longer in the programme" in out
    assert "1 starred sessions" not in out
    assert "→ 17 sessions" in out


def test_diff_says_two_starred_sessions_are_gone(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edited, event_id = _without(tmp_path, "opening-ceremony", "opening-plenary")
    _star(event_id, "opening-ceremony", "opening-plenary")
    main(["diff", str(bundled_event_path()), str(edited)])
    assert "2 starred sessions are no longer in the programme" in capsys.readouterr().out


def test_one_delegation_found_is_not_one_countries(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["delegations", "--search", "Kazakhstan"]) == 0
    out = capsys.readouterr().out
    assert "1 countries" not in out and "0 organisations" not in out
    assert "countries: 1, organisations: 0" in out


def test_one_person_found_is_not_one_people(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["people", "--search", "MacGregor"]) == 0
    out = capsys.readouterr().out
    assert "1 people" not in out and "people named in the sources: 1" in out
