"""What a schedule import reports, and why a schedule or calendar file cannot be read, in the user's language.

The readers have no Qt, so they report :class:`~companion.domain.message.Message` objects; the window (report
dialog, warnings) and the command line (``--lang``) show them translated, with the file and the place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from companion.cli import main
from companion.sources.loader import load_event_with_report
from companion.sources.translations import translator
from companion.ui.my_agenda.feature import MyAgendaFeature
from companion.ui.open_event import EventOpener

# A frab XML schedule whose zone is no IANA zone, with a session without a title, one whose start is not a
# time of day and one listed twice: the import skips two, notes the zone and lists one without a time.
ODD_XML = """<?xml version="1.0" encoding="UTF-8"?>
<schedule>
  <conference>
    <title>Odd Conference</title>
    <acronym>odd25</acronym>
    <time_zone_name>Mars/Olympus</time_zone_name>
  </conference>
  <day index="1" date="2025-06-02">
    <room name="Main Hall">
      <event id="1" guid="g-1"><date>2025-06-02</date><start>10:00</start><duration>01:00</duration>
        <title>Opening</title></event>
      <event id="2" guid="g-2"><start>10:00</start><duration>00:30</duration><title>   </title></event>
      <event id="3" guid="g-3"><start>25:99</start><duration>00:30</duration><title>Late talk</title></event>
      <event id="1" guid="g-1"><date>2025-06-02</date><start>10:00</start><duration>01:00</duration>
        <title>Opening</title></event>
    </room>
  </day>
</schedule>
"""

BROKEN_XML = "<schedule>\n<day index='1'>\n<room>"
BROKEN_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Talk\r\n"
    "DTSTART:20250602T100000Z\r\nEND:VCALENDAR\r\n"
)
CUT_STAR_FILE = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def _open(qtbot: QtBot, window: Any, monkeypatch: pytest.MonkeyPatch, path: Path, *, fails: bool = False) -> list[str]:
    """File → Open… on ``path``; the texts of any warning shown."""
    opener = window.findChild(EventOpener)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(opener.failed if fails else opener.finished, timeout=20_000):
        opener.action_open.trigger()
    return warnings


def _report_texts(window: Any) -> tuple[str, str, list[str]]:
    dialog = window.findChild(EventOpener).report_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog.heading.text(), dialog.skipped_label.text(), dialog.details_model.stringList()


# -- the report dialog ------------------------------------------------------------------------------------


def test_russian_report_names_skipped_items_and_notes_in_russian(
    qtbot: QtBot, window_in: Callable[[str], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("ru")
    _open(qtbot, window, monkeypatch, _write(tmp_path, "odd.xml", ODD_XML))
    assert window.current_event.id == "odd25"
    heading, title, lines = _report_texts(window)
    shown = "\n".join(lines)
    assert "odd.xml" in heading and "программа frab (XML)" in heading
    assert "Пропущено" in title
    # the zone the file names is not a zone
    assert "В файле указан пояс 'Mars/Olympus', но такого пояса IANA нет." in lines
    # skipped: the untitled session and the repeat, each with its place in the file
    assert "/schedule/day[1]/room[1]/event[2] (id 2): нет названия" in lines
    assert "/schedule/day[1]/room[1]/event[4] (id 1): та же сессия, что и выше (id g-1)" in lines
    # listed without a time: the start that is not a time of day (a ValueError inside the reader)
    assert "/schedule/day[1]/room[1]/event[3] (id 3): start '25:99' — не время суток; показано без времени." in lines
    assert "Сессий без читаемого времени: 1; они показаны без времени." in lines
    for english in ("no title", "not a known IANA zone", "listed without a time", "the same session", "frab schedule"):
        assert english not in shown + heading


def test_kazakh_report_names_skipped_items_and_notes_in_kazakh(
    qtbot: QtBot, window_in: Callable[[str], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("kk")
    _open(qtbot, window, monkeypatch, _write(tmp_path, "odd.xml", ODD_XML))
    heading, _title, lines = _report_texts(window)
    assert "frab бағдарламасы (XML)" in heading
    assert "/schedule/day[1]/room[1]/event[2] (id 2): атауы жоқ" in lines
    assert "Файлда 'Mars/Olympus' белдеуі көрсетілген, бірақ ондай IANA белдеуі жоқ." in lines
    assert not any("no title" in line or "IANA zone" in line for line in lines)


def test_english_report_is_unchanged(
    qtbot: QtBot, window_in: Callable[[str], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("en")
    _open(qtbot, window, monkeypatch, _write(tmp_path, "odd.xml", ODD_XML))
    heading, title, lines = _report_texts(window)
    assert heading.endswith("odd.xml (frab schedule XML)")
    assert title == "Skipped 2 items and noted:"
    assert lines == [
        "The file names the zone 'Mars/Olympus', which is not a known IANA zone.",
        "/schedule/day[1]/room[1]/event[3] (id 3): start '25:99' is not a time of day; listed without a time.",
        "1 session has no readable time and is listed without one.",
        "/schedule/day[1]/room[1]/event[2] (id 2): no title",
        "/schedule/day[1]/room[1]/event[4] (id 1): the same session as an earlier one (id g-1)",
    ]


def test_russian_report_of_an_icalendar_schedule_names_the_vevent_line(
    qtbot: QtBot, window_in: Callable[[str], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Odd\r\n"
        "BEGIN:VEVENT\r\nUID:ok\r\nSUMMARY:Talk\r\nDTSTART:20250602T100000Z\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nUID:gone\r\nSUMMARY:Gone\r\nSTATUS:CANCELLED\r\nDTSTART:20250602T110000Z\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n"
    )
    window = window_in("ru")
    _open(qtbot, window, monkeypatch, _write(tmp_path, "odd.ics", ics))
    heading, _title, lines = _report_texts(window)
    assert "программа iCalendar" in heading
    assert "строка 9 (VEVENT 2, UID gone): в файле отмечено STATUS:CANCELLED" in lines
    assert "Время начала указано в UTC (записей: 1)." in lines
    assert not any("line" in line or "CANCELLED in the file" in line for line in lines)


# -- files that cannot be read ------------------------------------------------------------------------------


def test_broken_xml_and_icalendar_are_explained_in_russian_with_file_and_line(
    qtbot: QtBot, window_in: Callable[[str], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("ru")
    (xml_warning,) = _open(qtbot, window, monkeypatch, _write(tmp_path, "broken.xml", BROKEN_XML), fails=True)
    assert "broken.xml" in xml_warning and "строка 3, столбец 7" in xml_warning
    assert "ошибка в структуре XML" in xml_warning
    assert "not well-formed" not in xml_warning and "line 3" not in xml_warning
    (ics_warning,) = _open(qtbot, window, monkeypatch, _write(tmp_path, "broken.ics", BROKEN_ICS), fails=True)
    assert "broken.ics" in ics_warning and "строка 7" in ics_warning
    assert "END:VCALENDAR ничего не закрывает (ожидается END:VEVENT)" in ics_warning
    assert "does not close" not in ics_warning
    assert window.current_event.id == "caccc-2025"


def test_broken_xml_in_an_english_window_is_unchanged(
    qtbot: QtBot, window_in: Callable[[str], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("en")
    (warning,) = _open(qtbot, window, monkeypatch, _write(tmp_path, "broken.xml", BROKEN_XML), fails=True)
    assert "broken.xml (at line 3, column 7): not well-formed XML: no element found" in warning


def test_import_stars_from_a_cut_calendar_file_in_russian(
    window_in: Callable[[str], Any], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = window_in("ru")
    feature = window.findChild(MyAgendaFeature)
    feature.stars.set_starred("opening-ceremony", True)
    path = tmp_path / "cut.ics"
    path.write_bytes(CUT_STAR_FILE)
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text))
    feature.action_import.trigger()
    (warning,) = warnings
    assert "cut.ics" in warning and "строка 3" in warning
    assert "файл обрывается до END:VCALENDAR (обрезан?)" in warning
    assert "cut short" not in warning and "line 3" not in warning
    assert feature.stars.ids() == {"opening-ceremony"}


# -- the command line ---------------------------------------------------------------------------------------


def test_import_stars_command_explains_a_cut_file_in_the_chosen_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.ics"
    path.write_bytes(CUT_STAR_FILE)
    assert main(["--lang", "ru", "import-stars", str(path)]) == 2
    russian = capsys.readouterr().err
    assert russian.startswith("companion import-stars: не удалось прочитать ")
    assert "cut.ics, строка 3: файл обрывается до END:VCALENDAR (обрезан?)" in russian
    assert main(["--lang", "kk", "import-stars", str(path)]) == 2
    kazakh = capsys.readouterr().err
    assert "cut.ics, 3-жол: файл END:VCALENDAR жолына жетпей үзіледі" in kazakh
    assert main(["--lang", "en", "import-stars", str(path)]) == 2
    assert capsys.readouterr().err == (
        f"companion import-stars: cannot read {path}: cut.ics at line 3: "
        "the file ends before END:VCALENDAR (cut short?)\n"
    )


def test_a_broken_schedule_given_to_the_command_line_is_explained_in_russian(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path, "broken.xml", BROKEN_XML)
    with pytest.raises(SystemExit) as exited:
        main(["--lang", "ru", "--event", str(path), "agenda"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "broken.xml, строка 3, столбец 7: ошибка в структуре XML: no element found" in err
    assert "not well-formed" not in err


def test_report_lines_for_the_command_line_follow_the_language(tmp_path: Path) -> None:
    _event, report = load_event_with_report(_write(tmp_path, "odd.xml", ODD_XML))
    russian = report.summary_lines(translator("ru"))
    assert russian[0].endswith("odd.xml: программа frab (XML)")
    assert "сессии: 2, дни: 1, залы: 1, участники: 0, направления: 0" in russian
    assert "Часовой пояс UTC: в файле не указан пояс; время прочитано как UTC (если это неверно, выберите пояс " \
           "конференции)" in russian
    assert "Пропущено элементов: 2" in russian
    assert "  /schedule/day[1]/room[1]/event[2] (id 2): нет названия" in russian
    english = report.summary_lines()
    assert "  /schedule/day[1]/room[1]/event[2] (id 2): no title" in english
    assert "Skipped items: 2" in english


def test_the_zone_line_gives_the_readers_reason_in_russian(
    qtbot: QtBot, languages: Any, realdata: Path
) -> None:
    """36C3 names no zone; every date carries +01:00: the dialog says so, in Russian, with the offset."""
    from companion.ui.import_report import ImportReportDialog

    languages.apply("ru", remember=False)
    _event, report = load_event_with_report(realdata / "36c3.schedule.json")
    dialog = ImportReportDialog(report)
    qtbot.addWidget(dialog)
    text = dialog.zone_label.text()
    assert "в файле не указан пояс; у всех дат сессий смещение UTC+01:00" in text
    assert "carries" not in text
