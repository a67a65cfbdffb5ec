"""Attendee-list and badge problems in the user's language: the window's and ``companion badges --lang``."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from companion.cli import main
from companion.domain.attendee import Attendee
from companion.domain.event import Event
from companion.store.attendees import AttendeeStore
from companion.ui.badges.dialogs import ColumnMappingDialog
from companion.ui.badges.page import BadgesPage

BAD_ROWS = (
    "Имя;Фамилия;Категория;Email\n"  # row 1
    "Анна;Берг;спикер;\n"  # row 2: good
    ";;делегат;\n"  # row 3: no name
    "Иван;Орлов;космонавт;\n"  # row 4: unknown category
    "Ольга;Ким;делегат;olga-at-example\n"  # row 5: imported, the e-mail left out
)


@pytest.fixture
def badges_page_in(window_in: Callable[[str], Any]) -> Callable[[str], BadgesPage]:
    """``badges_page_in("ru")``: the main window started in that language, showing its Badges page."""

    def make(code: str) -> BadgesPage:
        page = window_in(code).page("BadgesPage")  # built on first use
        assert isinstance(page, BadgesPage)
        return page

    return make


def _import(qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    with qtbot.waitSignal(page.import_finished, timeout=30_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def test_bad_rows_are_listed_in_russian_with_their_row_numbers(
    qtbot: QtBot, badges_page_in: Callable[[str], BadgesPage], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(BAD_ROWS, encoding="cp1251")
    page = badges_page_in("ru")
    _import(qtbot, page, monkeypatch, path)

    problems = page.problems_model.stringList()
    assert len(problems) == 3, problems
    by_row = {line.split(":")[0]: line for line in problems}
    assert "нет имени" in by_row["Строка 3"]
    assert "неизвестная категория 'космонавт'" in by_row["Строка 4"]
    assert "не является адресом" in by_row["Строка 5"]
    text = "\n".join(problems)
    for english in ("no name", "unknown category", "is not an address", "Row "):
        assert english not in text
    assert page.problems_view.isVisibleTo(page)


def _mojibake(path: Path) -> None:
    # A Russian list saved as KOI8-R: read as Windows-1251 the names come out garbled, so it is refused.
    rows = ["Имя,Фамилия,Организация"] + [
        f"{given},{family},Министерство природных ресурсов"
        for given, family in (("Аркадий", "Подъячев"), ("Людмила", "Журавлёва"), ("Пётр", "Щукин"))
    ]
    path.write_bytes("\n".join(rows).encode("koi8-r"))


@pytest.mark.parametrize(
    ("name", "write", "russian", "english"),
    [
        ("workbook.csv", lambda p: p.write_bytes(b"PK\x03\x04" + bytes(40)), "книга электронной таблицы",
         "spreadsheet workbook"),
        # 22 bytes of UTF-8 header, then a byte neither UTF-8 nor Windows-1251 has: the place is that byte
        ("broken.csv", lambda p: p.write_bytes("Имя,Фамилия\n".encode() + b"\x98\xff\n"),
         "байт 22): текст не в кодировке UTF-8, UTF-16 или Windows-1251", "neither UTF-8"),
        ("koi8.csv", _mojibake, "ничего не импортировано", "nothing was imported"),
    ],
)
def test_an_unreadable_list_is_refused_in_russian(
    qtbot: QtBot, badges_page_in: Callable[[str], BadgesPage], monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    name: str, write: Callable[[Path], None], russian: str, english: str,
) -> None:
    path = tmp_path / name
    write(path)
    page = badges_page_in("ru")
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, text, *a: shown.append((title, text)))
    _import(qtbot, page, monkeypatch, path)

    ((title, text),) = shown
    assert title == "Не удаётся импортировать список"
    assert name in text and russian in text and english not in text
    assert page.model.rowCount() == 0


def test_a_list_without_name_columns_asks_for_them_in_russian(
    qtbot: QtBot, badges_page_in: Callable[[str], BadgesPage], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    path = tmp_path / "codes.csv"
    path.write_text("Код,Страна\nA-1,Казахстан\n", encoding="utf-8")
    page = badges_page_in("ru")
    asked: list[tuple[str, bool]] = []

    def answer(dialog: ColumnMappingDialog) -> int:
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        asked.append((dialog.problem.text(), ok.isEnabled()))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ColumnMappingDialog, "exec", answer)
    _import(qtbot, page, monkeypatch, path)
    assert asked == [("Выберите столбцы с именами.", False)]


def test_unprintable_name_is_reported_in_kazakh(
    qtbot: QtBot, badges_page_in: Callable[[str], BadgesPage], bundled_event: Event,
    state_conn: sqlite3.Connection,
) -> None:
    store = AttendeeStore(state_conn, bundled_event.id)
    store.save(Attendee("R-1", "Айгүл", "Серікова"))
    store.save(Attendee("R-2", "太郎", "Yamada"))
    page = badges_page_in("kk")
    page.reload()
    with qtbot.waitSignal(page.render_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0].printed == ["R-1"]

    (line,) = page.problems_model.stringList()
    assert line.startswith("Басылмаған: R-2 (")
    assert "бейдж қарпінде" in line and "таңбалары жоқ" in line and "U+592A" in line
    assert "no glyph" not in line


def test_cli_prints_row_problems_in_russian_and_english_stays(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(BAD_ROWS, encoding="cp1251")

    assert main(["badges", str(path), "-o", str(tmp_path / "ru.pdf"), "--lang", "ru"]) == 1
    russian = capsys.readouterr().err
    assert f"{path}: строка 3: ошибка: нет имени (имя и фамилия пусты)" in russian
    assert f"{path}: строка 4: ошибка: неизвестная категория 'космонавт'" in russian
    assert f"{path}: строка 5: предупреждение: e-mail 'olga-at-example' не является адресом" in russian
    assert "no name" not in russian and "row 3" not in russian

    assert main(["badges", str(path), "-o", str(tmp_path / "en.pdf"), "--lang", "en"]) == 1
    english = capsys.readouterr().err
    assert f"{path}: row 3: error: no name (both given and family name are empty)" in english
    assert f"{path}: row 4: error: unknown category 'космонавт' (expected delegate," in english
    assert f"{path}: row 5: warning: e-mail 'olga-at-example' is not an address; left out" in english


def test_cli_names_the_missing_name_column_in_russian(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "codes.csv"
    path.write_text("Код,Страна\nA-1,Казахстан\n", encoding="utf-8")
    assert main(["--lang", "ru", "badges", str(path), "-o", str(tmp_path / "b.pdf")]) == 2
    err = capsys.readouterr().err
    assert "codes.csv, строка 1: ни в одном столбце нет имён" in err
    assert "в строке заголовков: 'Код', 'Страна'" in err
    assert "укажите столбцы: --map given_name=" in err  # the hint follows the structured problem, not words
    assert not (tmp_path / "b.pdf").exists()

    assert main(["--lang", "en", "badges", str(path), "-o", str(tmp_path / "b.pdf")]) == 2
    err = capsys.readouterr().err
    assert "codes.csv at row 1: no column holds the names" in err
    assert "use --map given_name=COLUMN" in err


def test_cli_unprintable_badge_in_kazakh(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.csv"
    path.write_text("id,name,surname\nA1,Ann,Lee\nA2,太郎,Yamada\n", encoding="utf-8")
    assert main(["--lang", "kk", "badges", str(path), "-o", str(tmp_path / "b.pdf")]) == 1
    err = capsys.readouterr().err
    assert "басылмады: A2 (太郎 Yamada): бейдж қарпінде '太' (U+592A), '郎' (U+90CE) таңбалары жоқ" in err
