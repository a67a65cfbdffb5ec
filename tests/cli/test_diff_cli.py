"""``companion diff`` and ``companion export-schedule`` from the command line."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion.cli import main


def _newer_debconf(realdata: Path, tmp_path: Path) -> Path:
    """A later DebConf file: one talk moved an hour, one retitled, one gone."""
    tree = ET.parse(realdata / "debconf23.schedule.xml")
    events = tree.getroot().findall("day/room/event")
    moved, retitled, gone = events[1], events[2], events[3]
    date = moved.find("date")
    assert date is not None and date.text
    date.text = date.text.replace("T05:30", "T06:30")
    start = moved.find("start")
    assert start is not None
    start.text = "12:00"
    title = retitled.find("title")
    assert title is not None
    title.text = "A new title"
    for room in tree.getroot().findall("day/room"):
        if gone in list(room):
            room.remove(gone)
    path = tmp_path / "debconf23-newer.xml"
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return path


def test_diff_text_lists_each_change(realdata: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    newer = _newer_debconf(realdata, tmp_path)
    assert main(["diff", str(realdata / "debconf23.schedule.xml"), str(newer)]) == 1
    out = capsys.readouterr().out
    assert "117 sessions → 116 sessions" in out
    assert "1 cancelled" in out and "1 moved (time)" in out and "1 retitled" in out
    assert "11:00–11:20 UTC+05:30 → Sun 2023-09-10 12:00–12:20 UTC+05:30" in out
    assert "was titled:" in out


def test_diff_json_puts_starred_first(realdata: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from companion import paths
    from companion.store.database import open_state

    newer = _newer_debconf(realdata, tmp_path)
    old_events = ET.parse(realdata / "debconf23.schedule.xml").getroot().findall("day/room/event")
    gone_id = old_events[3].get("guid")
    conn = open_state(paths.state_db_path())
    conn.execute("INSERT INTO stars VALUES ('debconf23', ?, '2023-09-01T00:00:00+00:00')", (gone_id,))
    other = old_events[2].get("guid")
    conn.execute("INSERT INTO stars VALUES ('other-event', ?, '2023-09-01T00:00:00+00:00')", (other,))
    conn.close()
    assert main(["diff", "--json", str(realdata / "debconf23.schedule.xml"), str(newer)]) == 1
    doc = json.loads(capsys.readouterr().out)
    first = doc["changes"][0]
    assert first["id"] == gone_id and first["starred"] and first["starred_and_gone"]
    assert not any(c["starred"] for c in doc["changes"][1:])  # another event's star never counts here
    assert doc["counts"]["cancelled"] == 1 and doc["counts"]["moved-time"] == 1


def test_diff_identical_files_exit_0(realdata: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(realdata / "pretalx-democon.schedule.json")
    assert main(["diff", path, path]) == 0
    assert "no changes" in capsys.readouterr().out


def test_diff_unreadable_file_exit_2(tmp_path: Path, realdata: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.xml"
    bad.write_text("<schedule><day>", "utf-8")
    with pytest.raises(SystemExit) as info:
        main(["diff", str(bad), str(realdata / "debconf23.schedule.xml")])
    assert info.value.code == 2
    assert "bad.xml" in capsys.readouterr().err


def test_export_schedule_of_the_bundled_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "schedule.json"
    assert main(["export-schedule", "-o", str(target)]) == 0
    doc = json.loads(target.read_text("utf-8"))
    assert doc["schedule"]["conference"]["acronym"] == "caccc_2025"
    err = capsys.readouterr().err
    assert "sessions written: 5 (with indicative times, marked: 5)" in err
    assert "final-session-closing" in err and "no published date" in err


def test_export_schedule_with_zone_for_a_file_without_one(
    realdata: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "fosdem.json"
    args = ["--event", str(realdata / "fosdem2021.schedule.xml"), "export-schedule", "-o", str(target)]
    assert main([*args, "--tz", "Europe/Brussels"]) == 0
    doc = json.loads(target.read_text("utf-8"))
    assert doc["schedule"]["conference"]["time_zone_name"] == "Europe/Brussels"
    first = doc["schedule"]["conference"]["days"][0]["rooms"]["K.fosdem"][0]
    assert first["date"] == "2021-02-06T09:00:00+01:00" and first["start"] == "09:00"
