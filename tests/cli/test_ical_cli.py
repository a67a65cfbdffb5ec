"""``companion export-ics`` and ``companion import-stars``: every scope, the alarm, the round trip of stars."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import icalendar
import pytest

from companion import paths
from companion.cli import main
from companion.domain.event import Event
from companion.store.database import open_state
from companion.store.stars import StarStore


def _uids(path: Path) -> set[str]:
    return {str(e["UID"]) for e in icalendar.Calendar.from_ical(path.read_bytes()).events}


def _star(event_id: str, *ids: str) -> None:
    conn = open_state(paths.state_db_path())
    StarStore(conn, event_id).add_many(ids)
    conn.close()


def _starred(event_id: str) -> set[str]:
    conn = open_state(paths.state_db_path())
    try:
        return StarStore(conn, event_id).starred_ids()
    finally:
        conn.close()


def test_all_writes_every_dated_session_and_names_the_undated_ones(
    bundled_event: Event, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all.ics"
    assert main(["export-ics", "--all", "-o", str(out)]) == 0
    err = capsys.readouterr().err
    dated = {s.id for s in bundled_event.sessions if s.day is not None}
    assert _uids(out) == {f"{sid}@caccc-2025.companion" for sid in dated}
    assert "left out because no date is published" in err
    assert "final-session-closing" in err


def test_day_and_session_scopes(tmp_path: Path) -> None:
    day = tmp_path / "d.ics"
    assert main(["export-ics", "--day", "2025-05-14", "-o", str(day)]) == 0
    assert "transboundary-landscapes-panel@caccc-2025.companion" in _uids(day)
    assert "opening-ceremony@caccc-2025.companion" not in _uids(day)
    one = tmp_path / "s.ics"
    assert main(["export-ics", "--session", "opening-ceremony", "un-agencies-panel", "-o", str(one)]) == 0
    assert _uids(one) == {"opening-ceremony@caccc-2025.companion", "un-agencies-panel@caccc-2025.companion"}


def test_alarm_minutes_make_display_alarms(tmp_path: Path) -> None:
    out = tmp_path / "a.ics"
    assert main(["export-ics", "--session", "opening-plenary", "--alarm", "20", "-o", str(out)]) == 0
    (ve,) = icalendar.Calendar.from_ical(out.read_bytes()).events
    (alarm,) = ve.walk("VALARM")
    assert str(alarm["ACTION"]) == "DISPLAY" and alarm["TRIGGER"].to_ical() == b"-PT20M"


def test_same_command_gives_the_same_bytes(tmp_path: Path) -> None:
    a, b = tmp_path / "a.ics", tmp_path / "b.ics"
    assert main(["export-ics", "--all", "--alarm", "10", "-o", str(a)]) == 0
    assert main(["export-ics", "--all", "--alarm", "10", "-o", str(b)]) == 0
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--day", "2025-05-20"], "not a day of this event"),
        (["--day", "13 May"], "not a date like"),
        (["--session", "no-such-id"], "unknown session id: no-such-id"),
        (["--all", "--alarm", "-5"], "--alarm must be"),
    ],
)
def test_bad_arguments_say_what_is_wrong(tmp_path: Path, args: list[str], message: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export-ics", *args, "-o", str(tmp_path / "x.ics")])
    assert message in str(info.value.code)
    assert not (tmp_path / "x.ics").exists()


def test_a_day_without_sessions_and_an_empty_star_list_write_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export-ics", "--day", "2025-05-15", "-o", str(tmp_path / "d.ics")]) == 1
    assert main(["export-ics", "--starred", "-o", str(tmp_path / "s.ics")]) == 1
    err = capsys.readouterr().err
    assert "2025-05-15" in err and "not starred any session" in err
    assert list(tmp_path.glob("*.ics")) == []


def test_starred_export_then_import_restores_the_stars(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stars = {"opening-ceremony", "un-agencies-panel", "resiland-rac-3"}
    _star("caccc-2025", *stars)
    out = tmp_path / "starred.ics"
    assert main(["export-ics", "--starred", "-o", str(out)]) == 0
    assert _uids(out) == {f"{sid}@caccc-2025.companion" for sid in stars}
    # a new machine (fresh data dir) gets the stars back from the file
    paths.set_data_dir(tmp_path / "other-machine")
    try:
        assert _starred("caccc-2025") == set()
        assert main(["import-stars", str(out)]) == 0
        assert _starred("caccc-2025") == stars
        assert f"sessions starred from {out}: 3" in capsys.readouterr().out
        # importing twice changes nothing and says so
        assert main(["import-stars", str(out)]) == 0
        assert "already starred: 3" in capsys.readouterr().out
    finally:
        paths.set_data_dir(None)


def test_a_starred_session_without_a_date_survives_the_calendar_round_trip(
    tmp_path: Path, bundled_event: Event, capsys: pytest.CaptureFixture[str]
) -> None:
    undated = "final-session-closing"
    assert bundled_event.session(undated).day is None
    stars = {"opening-ceremony", "un-agencies-panel", "resiland-rac-3", undated}
    _star("caccc-2025", *stars)
    out = tmp_path / "starred.ics"
    assert main(["export-ics", "--starred", "-o", str(out)]) == 0
    # not a calendar entry (it has no date), but recorded for import-stars
    assert f"{undated}@caccc-2025.companion" not in _uids(out)
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(cal["X-COMPANION-STARRED"]) == f"{undated}@caccc-2025.companion"
    first = out.read_bytes()
    assert main(["export-ics", "--starred", "-o", str(out)]) == 0
    assert out.read_bytes() == first
    capsys.readouterr()
    paths.set_data_dir(tmp_path / "other-machine")
    try:
        assert main(["import-stars", str(out)]) == 0
        assert _starred("caccc-2025") == stars
        assert f"sessions starred from {out}: 4" in capsys.readouterr().out
    finally:
        paths.set_data_dir(None)


def test_an_undated_star_the_programme_no_longer_has_is_reported_not_starred(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "starred.ics"
    _star("caccc-2025", "opening-ceremony", "final-session-closing")
    assert main(["export-ics", "--starred", "-o", str(out)]) == 0
    text = out.read_bytes().replace(b"final-session-closing@", b"gone-session@")
    out.write_bytes(text)
    paths.set_data_dir(tmp_path / "other-machine")
    try:
        assert main(["import-stars", str(out)]) == 0
        assert _starred("caccc-2025") == {"opening-ceremony"}
        assert "not in the current programme, so not starred: gone-session" in capsys.readouterr().err
    finally:
        paths.set_data_dir(None)


def test_import_stars_names_a_bad_file_and_keeps_the_stars(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    _star("caccc-2025", "opening-ceremony")
    bad = tmp_path / "broken.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n")
    assert main(["import-stars", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "broken.ics" in err and "line 3" in err
    assert _starred("caccc-2025") == {"opening-ceremony"}


def test_the_command_line_runs_as_a_process_and_writes_to_stdout(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "companion", "--data-dir", str(tmp_path), "export-ics", "--session",
         "opening-ceremony", "-o", "-"],
        capture_output=True, check=True,
    )
    (ve,) = icalendar.Calendar.from_ical(done.stdout).events
    assert ve.start.astimezone(UTC) == datetime(2025, 5, 13, 4, 30, tzinfo=UTC)
    assert b"PySide6" not in done.stderr
