"""``companion diff`` writes its whole report in the ``--lang`` language; exit codes and ``--json`` stay the same.

Two versions of a small frab schedule (tests/nexus_schedule.py): one starred session dropped, one moved an hour,
to another room and retitled, one added. Titles, rooms and ids are data and stay as the files give them.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from companion import paths
from companion.cli import main
from companion.domain.kazakh_latin import to_latin
from companion.resources import bundled_event_path
from companion.store.database import open_state
from companion.store.stars import StarStore
from nexus_schedule import DROPPED, KEPT, SESSION, write_schedule

ENGLISH_WORDS = ("session", "cancelled", "CANCELLED", "NEW", "MOVED", "RETITLED", "time:", "room:", "was titled",
                 "STARRED", "starred", "programme", "Tue ", "no changes")


def _versions(tmp_path: Path) -> tuple[str, str]:
    old = write_schedule(tmp_path, "old.xml", DROPPED, KEPT)
    moved = (KEPT.replace("T10:00:00", "T11:00:00").replace("<start>10:00", "<start>11:00")
             .replace("Hall A", "Hall B").replace("Water accords", "Water treaties"))
    added = SESSION.format(id="fresh", date="2025-05-13T16:00:00+05:00", start="16:00", title="Glacier walk")
    new = write_schedule(tmp_path, "new.xml", moved, added)
    conn = open_state(paths.state_db_path())
    StarStore(conn, "nexus25").add_many(["dropped"])
    conn.close()
    return str(old), str(new)


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def test_english_report_is_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _versions(tmp_path)
    assert main(["--lang", "en", "diff", old, new]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "2 sessions → 2 sessions: 1 cancelled, 1 new, 1 moved (time), 1 moved (room), 1 retitled."
    assert lines[1] == "1 starred session is no longer in the programme (your stars are kept)."
    assert lines[2] == "★ CANCELLED: Snow; cover, and ice  [dropped]  — STARRED SESSION NO LONGER IN THE PROGRAMME"
    assert lines[3] == "      was Tue 2025-05-13 14:00–15:00 UTC+05:00, Hall A"
    assert "  MOVED (TIME), MOVED (ROOM), RETITLED: Water treaties  [kept]" in lines
    assert "      time: Tue 2025-05-13 10:00–11:00 UTC+05:00 → Tue 2025-05-13 11:00–12:00 UTC+05:00" in lines
    assert "      room: Hall A → Hall B" in lines and "      was titled: Water accords" in lines


def test_russian_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _versions(tmp_path)
    assert main(["--lang", "ru", "diff", old, new]) == 1
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0].startswith("сессий: 2 → 2; отменённых: 1, новых: 1, перенесённых по времени: 1")
    assert "переименованных: 1" in lines[0]
    assert lines[1] == "отмеченных сессий, которых больше нет в программе: 1 (ваши отметки сохранены)."
    assert lines[2] == "★ ОТМЕНЕНА: Snow; cover, and ice  [dropped]  — ОТМЕЧЕННОЙ СЕССИИ БОЛЬШЕ НЕТ В ПРОГРАММЕ"
    assert lines[3] == "      ранее: вторник, 13 мая 2025 г., 14:00–15:00 UTC+05:00, Hall A"
    assert "  НОВАЯ: Glacier walk  [fresh]" in lines
    assert "  ПЕРЕНЕСЕНА (ВРЕМЯ), ПЕРЕНЕСЕНА (ЗАЛ), ПЕРЕИМЕНОВАНА: Water treaties  [kept]" in lines
    assert "      зал: Hall A → Hall B" in lines and "      прежнее название: Water accords" in lines
    assert any(line.startswith("      время: вторник, 13 мая 2025 г., 10:00–11:00") for line in lines)
    for english in ENGLISH_WORDS:
        assert english not in out, english


def test_kazakh_latin_report_has_no_cyrillic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _versions(tmp_path)
    assert main(["--lang", "kk-Latn", "diff", old, new]) == 1
    out = capsys.readouterr().out
    assert not _has_cyrillic(out)
    lines = out.splitlines()
    assert lines[0].startswith(to_latin("сессиялар: 2 → 2; болдырылмаған: 1, жаңа: 1"))
    assert lines[2].startswith("★ " + to_latin("БОЛДЫРЫЛМАДЫ") + ": Snow; cover, and ice  [dropped]")
    assert to_latin("2025 жылғы 13 мамыр, сейсенбі") in lines[3]
    assert "      " + to_latin("залы") + ": Hall A → Hall B" in lines
    for english in ENGLISH_WORDS:
        assert english not in out, english


def test_kazakh_cyrillic_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _versions(tmp_path)
    assert main(["--lang", "kk", "diff", old, new]) == 1
    out = capsys.readouterr().out
    assert "болдырылмаған: 1" in out and "      бұрынғы атауы: Water accords" in out
    assert "бағдарламада енді жоқ белгіленген сессиялар: 1" in out
    for english in ENGLISH_WORDS:
        assert english not in out, english


def test_titles_follow_the_language_where_the_data_has_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    raw["sessions"] = [s for s in raw["sessions"] if s["id"] != "opening-ceremony"]
    edited = tmp_path / "caccc2025-edited.json"
    edited.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    args = ["diff", str(bundled_event_path()), str(edited)]
    assert main(["--lang", "ru", *args]) == 1
    out = capsys.readouterr().out
    assert "  ОТМЕНЕНА: Церемония открытия  [opening-ceremony]" in out
    assert "(ориентировочно)" in out and "Opening ceremony" not in out and "indicative" not in out
    assert main(["--lang", "kk-Latn", *args]) == 1
    out = capsys.readouterr().out
    assert "Aşylu saltanaty  [opening-ceremony]" in out and not _has_cyrillic(out)


def test_no_changes_and_json_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _versions(tmp_path)
    assert main(["--lang", "ru", "diff", old, old]) == 0
    assert capsys.readouterr().out == "сессий: 2 → 2; изменений нет.\n"
    assert main(["--lang", "ru", "diff", "--json", old, new]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["counts"]["cancelled"] == 1 and doc["changes"][0]["kinds"] == ["cancelled"]
    assert doc["changes"][0]["title"] == "Snow; cover, and ice"


def test_unreadable_file_still_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, _ = _versions(tmp_path)
    bad = tmp_path / "bad.xml"
    bad.write_text("<schedule><day>", "utf-8")
    with pytest.raises(SystemExit) as info:
        main(["--lang", "ru", "diff", old, str(bad)])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "bad.xml" in err and _has_cyrillic(err)
