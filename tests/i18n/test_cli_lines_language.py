"""The command line's own status and error lines follow ``--lang``: badges, export-ics, import-stars, export-schedule.

Each command runs in-process (``main([...])``) with a fresh data folder (tests/conftest.py); the program names
(``companion badges:``) stay as they are, everything after them is in the chosen language.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from companion import paths
from companion.cli import main
from companion.cli.commands import export_schedule
from companion.resources import resource_path
from companion.store.database import open_state
from companion.store.stars import StarStore
from nexus_schedule import DROPPED, KEPT, write_schedule

SAMPLE = resource_path("samples", "attendees-fictional.csv")


def _err(capsys: pytest.CaptureFixture[str]) -> str:
    return capsys.readouterr().err


def _line(text: str, start: str) -> str:
    """The first line of ``text`` that starts with ``start``."""
    return next(line for line in text.splitlines() if line.startswith(start))


def _has_cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _star(*ids: str) -> None:
    conn = open_state(paths.state_db_path())
    StarStore(conn, "caccc-2025").add_many(ids)
    conn.close()


# --- badges ------------------------------------------------------------------------------------------------


def test_badges_import_and_print_summaries_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.pdf"
    # --mark-printed: the PDF goes to the printer now (a PDF only written is saved, not printed)
    assert main(["--lang", "ru", "badges", str(SAMPLE), "-o", str(out), "--layout", "avery-5392",
                 "--mark-printed"]) == 0
    err = _err(capsys)
    imported = _line(err, str(SAMPLE))
    assert "прочитано участников: 22" in imported and "новых: 22" in imported
    assert "не импортировано строк: 0" in imported
    assert f"{out}: бейджей: 22, страниц: 4 (avery-5392)" in err
    assert "attendees read" not in err and "badges:" not in err and "pages" not in err
    # the second run prints the same badges again and says so in Russian
    assert main(["--lang", "ru", "badges", "-o", str(tmp_path / "again.pdf")]) == 0
    again = _err(capsys)
    assert "примечание: бейджей, напечатанных ранее и печатаемых снова: 22" in again
    assert "printed before" not in again


def test_badges_lines_in_latin_kazakh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.pdf"
    assert main(["--lang", "kk-Latn", "badges", str(SAMPLE), "-o", str(out), "--layout", "avery-5392"]) == 0
    err = _err(capsys)
    imported = _line(err, str(SAMPLE))
    assert "oqylǧan qatysuşylar: 22" in imported and not _has_cyrillic(imported)
    summary = _line(err, f"{out}:")
    assert summary == f"{out}: beidjder: 22, better: 4 (avery-5392)"
    assert "attendees read" not in err


def test_badges_in_english_keep_the_english_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "b.pdf"
    assert main(["--lang", "en", "badges", str(SAMPLE), "-o", str(out), "--layout", "avery-5392"]) == 0
    err = _err(capsys)
    assert "attendees read: 22 (utf-8, ','-separated); new: 22, updated: 0, unchanged: 0" in err
    assert f"{out}: badges: 22, pages: 4 (avery-5392)" in err
    assert not _has_cyrillic(err)


def test_badges_problems_keep_the_program_name_and_translate_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "ru", "badges", str(SAMPLE)]) == 2
    assert _err(capsys).strip() == "companion badges: укажите, куда записать PDF: -o ФАЙЛ.pdf"
    assert main(["--lang", "kk", "badges", "-o", str(tmp_path / "b.pdf")]) == 2
    err = _err(capsys)
    assert err.startswith("companion badges: caccc-2025 іс-шарасы үшін сақталған қатысушылар жоқ")
    key = tmp_path / "key.pem"
    assert main(["--lang", "ru", "badges", "--export-public-key", str(key)]) == 0
    assert "открытый ключ мероприятия caccc-2025" in _err(capsys)
    assert main(["--lang", "ru", "badges", str(SAMPLE), "-o", str(tmp_path / "missing" / "b.pdf")]) == 2
    err = _err(capsys)
    assert "не удалось записать" in err and "cannot write" not in err
    with pytest.raises(SystemExit) as info:
        main(["--lang", "ru", "badges", str(SAMPLE), "-o", str(tmp_path / "b.pdf"), "--offset", "one"])
    assert str(info.value.code) == "companion badges: --offset 'one' — это не два числа в мм вида 1.5,-0.5"


def test_calibration_sheet_line_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cal.pdf"
    assert main(["--lang", "ru", "badges", "--calibration", "-o", str(out), "--layout", "avery-5392"]) == 0
    assert _err(capsys).strip() == f"{out}: калибровочный лист для avery-5392"


# --- export-ics and import-stars ----------------------------------------------------------------------------


def test_export_ics_all_in_russian_and_latin_kazakh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.ics"
    assert main(["--lang", "ru", "export-ics", "--all", "-o", str(out)]) == 0
    err = _err(capsys)
    assert "companion export-ics: пропущены сессии без опубликованной даты (" in err
    assert "final-session-closing" in err
    written = _line(err, "записано сессий в")
    assert written.startswith(f"записано сессий в {out}: ") and "со временем: " in written
    assert "left out because" not in err and "sessions written" not in err and "timed" not in err

    assert main(["--lang", "kk-Latn", "export-ics", "--all", "-o", str(out)]) == 0
    err = _err(capsys)
    assert "companion export-ics: künı jariialanbaǧandyqtan alynyp tastalǧan sessiialar (" in err
    written = _line(err, f"{out} failyna jazylǧan sessiialar: ")
    assert not _has_cyrillic(written)


def test_export_ics_in_english_is_still_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "all.ics"
    assert main(["--lang", "en", "export-ics", "--all", "-o", str(out)]) == 0
    err = _err(capsys)
    assert "companion export-ics: sessions left out because no date is published (" in err
    assert f"sessions written to {out}: " in err and "(timed: " in err
    assert not _has_cyrillic(err)


def test_export_ics_with_no_stars_writes_nothing_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "s.ics"
    assert main(["--lang", "ru", "export-ics", "--starred", "-o", str(out)]) == 1
    assert _err(capsys).strip() == "companion export-ics: вы не отметили ни одной сессии; файл не записан"
    assert main(["--lang", "kk-Latn", "export-ics", "--starred", "-o", str(out)]) == 1
    err = _err(capsys)
    assert "sız bırde-bır sessiiany belgılemegensız" in err and "not starred" not in err
    assert not out.exists()


def test_export_ics_refusals_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--lang", "ru", "export-ics", "--day", "2025-05-20", "-o", str(tmp_path / "d.ics")])
    message = str(info.value.code)
    assert message.startswith("companion export-ics: 2025-05-20 — не день этого мероприятия (")
    assert "2025-05-13" in message
    folder = tmp_path / "calendar.ics"
    folder.mkdir()
    with pytest.raises(SystemExit) as info:
        main(["--lang", "ru", "export-ics", "--all", "-o", str(folder)])
    assert str(info.value.code) == f"companion export-ics: не удалось записать {folder}: это папка, а не файл"


def test_starred_sessions_gone_from_the_programme_are_reported_in_russian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    conn = open_state(paths.state_db_path())
    StarStore(conn, "nexus25").add_many(["dropped", "kept", "ghost"])
    conn.close()
    first = ["--event", str(write_schedule(tmp_path, "v1.xml", KEPT, DROPPED)), "--lang", "ru"]
    assert main([*first, "export-ics", "--starred", "-o", str(tmp_path / "v1.ics")]) == 0
    capsys.readouterr()
    second = ["--event", str(write_schedule(tmp_path, "v2.xml", KEPT)), "--lang", "ru"]
    out = tmp_path / "v2.ics"
    assert main([*second, "export-ics", "--starred", "-o", str(out)]) == 0
    err = _err(capsys)
    assert "отмеченные сессии, которых больше нет в программе (1), записаны как отменённые: dropped" in err
    assert "поэтому не записаны как отменённые: ghost" in err
    assert f"записано сессий в {out}: 1 (со временем: 1, отменённых: 1)" in err
    assert "written as cancelled" not in err and "no longer in the programme" not in err


def test_import_stars_says_what_it_starred_in_russian_and_latin_kazakh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _star("opening-ceremony", "un-agencies-panel", "resiland-rac-3")
    exported = tmp_path / "starred.ics"
    assert main(["export-ics", "--starred", "-o", str(exported)]) == 0
    capsys.readouterr()
    paths.set_data_dir(tmp_path / "other-machine")
    try:
        assert main(["--lang", "ru", "import-stars", str(exported)]) == 0
        assert capsys.readouterr().out.strip() == f"отмечено сессий из {exported}: 3"
        assert main(["--lang", "kk-Latn", "import-stars", str(exported)]) == 0
        said = capsys.readouterr().out.strip()
        assert said == f"{exported} failynan belgılengen sessiialar: 0; būryn belgılengen: 3"
        assert main(["--lang", "en", "import-stars", str(exported)]) == 0
        assert capsys.readouterr().out.strip() == f"sessions starred from {exported}: 0; already starred: 3"
    finally:
        paths.set_data_dir(None)


def test_import_stars_with_nothing_to_star_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "empty.ics"
    assert main(["export-ics", "--session", "opening-ceremony", "-o", str(empty)]) == 0
    text = empty.read_bytes().replace(b"opening-ceremony@", b"gone-session@")
    empty.write_bytes(text)
    capsys.readouterr()
    assert main(["--lang", "ru", "import-stars", str(empty)]) == 1
    err = _err(capsys)
    assert "companion import-stars: нет в текущей программе, поэтому не отмечены: gone-session" in err
    assert f"companion import-stars: в {empty} нет сессий мероприятия caccc-2025; ничего не отмечено" in err
    assert "nothing starred" not in err


# --- export-schedule and interruption -----------------------------------------------------------------------


def test_export_schedule_lines_in_russian_kazakh_and_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "schedule.json"
    assert main(["--lang", "ru", "export-schedule", "-o", str(target)]) == 0
    err = _err(capsys)
    assert "записано сессий: " in err and "(с ориентировочным временем, помечены: " in err
    assert "пропущено сессий (формату нужны дата и время): " in err
    assert "final-session-closing" in err and "дата не опубликована" in err
    assert "written" not in err and "left out" not in err and "no published date" not in err

    assert main(["--lang", "kk-Latn", "export-schedule", "-o", str(target)]) == 0
    err = _err(capsys)
    assert "jazylǧan sessiialar: " in err and "alynyp tastalǧan sessiialar (formatqa kün men uaqyt kerek): " in err
    assert "written" not in err

    assert main(["--lang", "en", "export-schedule", "-o", str(target)]) == 0
    err = _err(capsys)
    assert "sessions written: " in err and "sessions left out (the format needs a date and a time): " in err


def test_export_schedule_cannot_write_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "schedule.json"
    assert main(["--lang", "ru", "export-schedule", "-o", str(target)]) == 2
    assert _err(capsys).strip() == f"companion export-schedule: не удалось записать {target}: папка не существует"


def test_interrupted_in_russian(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    def interrupted(args: object) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(export_schedule, "run", interrupted)
    assert main(["--lang", "ru", "export-schedule", "-o", "-"]) == 130
    assert _err(capsys).strip() == "прервано"
