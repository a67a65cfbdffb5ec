"""``companion agenda`` prints the same programme the window shows, as text and JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from companion.cli import main
from companion.domain.event import Event


def test_json_lists_every_session_with_offsets(bundled_event: Event, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert {r["id"] for r in records} == {s.id for s in bundled_event.sessions}
    opening = next(r for r in records if r["id"] == "opening-ceremony")
    assert opening["time_status"] == "indicative"
    assert datetime.fromisoformat(opening["start"]).utcoffset().total_seconds() == 5 * 3600
    assert opening["room"] is None
    assert any(p["name"] == "Charygeldi Babanyazov" for p in opening["people"])
    closing = next(r for r in records if r["id"] == "final-session-closing")
    assert closing["day"] is None and closing["start"] is None and closing["time_status"] == "unknown"


def test_day_filter_and_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--day", "2025-05-13"]) == 0
    out = capsys.readouterr().out
    assert "Tuesday 13 May 2025" in out
    assert "~09:30–10:30 (indicative)" in out
    assert "room not published" in out
    assert "Transboundary" not in out  # a 14 May session


def test_fifteenth_says_no_sessions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--day", "2025-05-15"]) == 0
    assert "No sessions were published for 15 May" in capsys.readouterr().out


def test_undated_day(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["agenda", "--day", "undated", "--json"]) == 0
    records = json.loads(capsys.readouterr().out)
    assert records and all(r["day"] is None for r in records)


def test_bad_day_is_a_clear_error() -> None:
    with pytest.raises(SystemExit) as info:
        main(["agenda", "--day", "2025-06-01"])
    assert "not a day of this event" in str(info.value.code)


def test_broken_event_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{nope", "utf-8")
    with pytest.raises(SystemExit) as info:
        main(["--event", str(bad), "agenda"])
    assert info.value.code == 2
    assert "bad.json" in capsys.readouterr().err


def test_console_script_runs_without_qt() -> None:
    code = (
        "import sys; from companion.cli import main; rc = main(['agenda', '--json']);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'CLI imported Qt'; sys.exit(rc)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--version"])
    assert capsys.readouterr().out.startswith("companion ")
