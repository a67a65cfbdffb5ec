"""The registration desk's morning on the Badges page: a guided empty page, the organisers' workbook imported
with a sheet chosen, problems that stay and can be saved, one collation in the table, the print log, marking a
batch as printed, and one badge reprinted on a card after its name was fixed in place."""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from companion.domain.event import Event
from companion.exports.badges.tokens import verify_token
from companion.services.container import Services
from companion.store.badge_keys import event_signing_key
from companion.store.print_log import LogKind, PrintLog
from companion.ui.badges import page as page_module
from companion.ui.badges.dialogs import AttendeeDialog, PrintLogDialog
from companion.ui.badges.model import ATTENDEE_ROLE, AttendeeTableModel
from companion.ui.badges.page import BadgesPage
from workbooks import write_ods, write_xlsx

HEADER = ["Attendee name: Given name", "Attendee name: Family name", "Attendee email", "Company", "Country",
          "Order code"]
PEOPLE = [
    ["Merdan", "Ňazarow", "merdan@example.org", "Ministry", "Türkmenistan", "ABC12"],
    ["Friedrich", "von Hohenzollern", "fvh@example.org", "Stiftung", "Germany", "ABC13"],
    ["Çary", "Çaryýew", "cary@example.org", "Ministry", "Turkmenistan", "ABC14"],
    ["Aida", "Serikova", "aida@example.org", "Jasyl Dala", "Қазақстан", "ABC15"],
    [None, None, "nobody@example.org", "Ghost Ltd", "", "ABC16"],
    ["Zarina", "Zorina", "zarina@example.org", "UNDP", "Qazaqstan", "ABC17"],
    ["Иван", "Сергеев", "ivan@example.org", "Ministry", "Russia", "ABC18"],
]


@pytest.fixture
def services() -> Iterator[Services]:
    from companion import paths

    container = Services(paths.state_db_path())
    yield container
    container.close()


@pytest.fixture
def page(qtbot: QtBot, bundled_event: Event, services: Services) -> BadgesPage:
    widget = BadgesPage(bundled_event, services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _import(qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, path: Path,
            sheet: str | None = None) -> list[str]:
    filters: list[str] = []

    def choose_file(*args: object, **kwargs: object) -> tuple[str, str]:
        filters.append(str(args[3]))
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose_file)
    monkeypatch.setattr(QInputDialog, "getItem", lambda _p, _t, _l, items, *a, **k: (sheet or items[0], True))
    with qtbot.waitSignal(page.import_finished, timeout=30_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    return filters


def test_the_empty_page_guides_first_use(qtbot: QtBot, page: BadgesPage,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    for button in (page.preview_button, page.save_button, page.print_button, page.edit_button,
                   page.remove_button, page.reprint_button, page.mark_button):
        assert not button.isEnabled(), button.objectName()
    assert page.import_button.isEnabled() and page.add_button.isEnabled()
    assert page.empty_prompt.isVisible() and "Import a list first" in page.empty_prompt.text()
    assert not page.progress_box.isVisible()  # no empty progress bar
    assert not page.qr_box.isVisible() and not page.qr_payload.isVisible()  # no empty QR text field
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    page.print_badges()  # a keyboard shortcut or menu could still ask: the answer guides
    assert told and "Import a list first" in told[0]


def test_a_workbook_sheet_is_imported_its_problems_stay_and_are_saved(
        qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    book = write_xlsx(tmp_path / "pretix-export.xlsx", {"Summary": [["Orders", 6]], "Attendees": [HEADER, *PEOPLE]})
    filters = _import(qtbot, page, monkeypatch, book, sheet="Attendees")
    for pattern in ("*.xlsx", "*.xls", "*.ods", "*.csv", "*.txt"):
        assert pattern in filters[0]
    assert page.model.rowCount() == 6
    assert not page.empty_prompt.isVisible() and page.preview_button.isEnabled() and page.mark_button.isEnabled()
    problems = page.problems_model.stringList()
    assert len(problems) == 1 and problems[0].startswith("Row 6: not imported: no name")
    assert page.save_problems_button.isVisible()

    with qtbot.waitSignal(page.render_finished, timeout=60_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.problems_model.stringList()[:1] == problems  # Preview does not clear the import's problems
    assert page.save_problems_button.isVisible()

    target = tmp_path / "problems.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.save_problems_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Row", "Kind", "Problem"] and rows[1][:2] == ["6", "not imported"]

    # the next import replaces them
    clean = write_ods(tmp_path / "clean.ods", {"List": [HEADER, PEOPLE[0]]})
    _import(qtbot, page, monkeypatch, clean)
    assert page.problems_model.stringList() == [] and not page.save_problems_button.isVisible()


def test_the_table_sorts_like_the_pdf_and_countries_are_found_in_any_script(
        qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _import(qtbot, page, monkeypatch, write_xlsx(tmp_path / "l.xlsx", {"A": [HEADER, *PEOPLE]}))
    page.view.sortByColumn(AttendeeTableModel.NAME, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, 0).data(ATTENDEE_ROLE).family_name for r in range(page.proxy.rowCount())]
    assert names == ["Çaryýew", "Ňazarow", "Serikova", "von Hohenzollern", "Zorina", "Сергеев"]  # not code points
    page.view.sortByColumn(AttendeeTableModel.DELEGATION, Qt.SortOrder.AscendingOrder)
    by_country = [page.proxy.index(r, 0).data(ATTENDEE_ROLE).family_name for r in range(page.proxy.rowCount())]
    # Germany, Kazakhstan (written two ways), Russia, Turkmenistan (written two ways)
    assert by_country == ["von Hohenzollern", "Serikova", "Zorina", "Сергеев", "Çaryýew", "Ňazarow"]
    page.filter_box.insert("Казахстан")  # written neither way in the list
    assert page.proxy.rowCount() == 2
    page.filter_box.clear()
    page.filter_box.insert("nazarow")  # without the accent
    assert page.proxy.rowCount() == 1
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "Sergeev")  # a Cyrillic name found in Latin letters
    assert page.proxy.rowCount() == 1


def test_mark_as_printed_the_print_log_and_one_badge_fixed_and_reprinted_on_a_card(
        qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
        bundled_event: Event, state_conn: sqlite3.Connection) -> None:
    _import(qtbot, page, monkeypatch, write_xlsx(tmp_path / "l.xlsx", {"A": [HEADER, *PEOPLE]}))
    target = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.render_finished, timeout=60_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    log = PrintLog(state_conn, bundled_event.id)
    assert target.exists() and not log.last_printed()  # saved, not printed
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    assert len(log.last_printed()) == 6

    shown: list[PrintLogDialog] = []

    def look(dialog: PrintLogDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(PrintLogDialog, "exec", look)
    qtbot.mouseClick(page.log_button, Qt.MouseButton.LeftButton)
    (dialog,) = shown
    kinds = {dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())}
    assert kinds == {"Saved as PDF (not printed)", "Marked as printed"}

    # the desk: find Ňazarow (typed without the accent), fix the name in place, reprint the one badge on a card
    page.filter_box.insert("nazarow")
    page.view.selectRow(0)
    person = page.proxy.index(0, 0).data(ATTENDEE_ROLE)

    def fix(dialog: AttendeeDialog) -> int:
        dialog.given.setText("Merdan Myradowiç")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AttendeeDialog, "exec", fix)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    fixed = page.proxy.index(0, 0).data(ATTENDEE_ROLE)
    assert fixed.id == person.id and fixed.given_name == "Merdan Myradowiç"  # the same person, the same QR id

    printed_to = tmp_path / "card.pdf"

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            pass

        def deleteLater(self) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(printed_to))
            self.printer.setResolution(300)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "QPrintDialog", FakePrintDialog)
    chosen_stock: list[list[str]] = []

    def stock(_p: object, _t: str, _l: str, items: list[str], *a: object, **k: object) -> tuple[str, bool]:
        chosen_stock.append(items)
        return next(i for i in items if "CR80" in i), True

    monkeypatch.setattr(QInputDialog, "getItem", stock)
    layout_before = page.layout_combo.currentData()
    with qtbot.waitSignal(page.print_finished, timeout=60_000) as printing:
        qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    assert printing.args == [True]
    assert page.layout_combo.currentData() == layout_before  # the run's stock is untouched
    document = pdfium.PdfDocument(printed_to)
    assert len(document) == 1
    (code,) = zxingcpp.read_barcodes(document[0].render(scale=300 / 72).to_pil())
    public = event_signing_key(bundled_event.id).public_key()
    assert verify_token(code.text, public, bundled_event.id).attendee_id == person.id
    rendered = page.controller.rendered
    assert rendered is not None and rendered.run.layout == "cr80"
    assert "Merdan Myradowiç" in " ".join(PdfReader(rendered.path).pages[0].extract_text().split())
    printed_entries = [e for e in log.entries() if e.kind is LogKind.PRINTED]
    assert [(e.attendee_id, e.layout) for e in printed_entries] == [(person.id, "cr80")]


def test_the_mapping_dialog_shows_first_values_whole(qtbot: QtBot, tmp_path: Path) -> None:
    from companion.sources.attendees_sheet import read_table
    from companion.ui.badges.dialogs import ColumnMappingDialog

    long_value = "Министерство природных ресурсов и охраны окружающей среды Республики Таджикистан"
    book = write_xlsx(tmp_path / "odd.xlsx", {"S": [["Kto", "Otkuda"], ["Aida Serikova", long_value]]})
    table = read_table(book)
    dialog = ColumnMappingDialog(table, {}, None)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = [label.text() for label in dialog.findChildren(type(dialog.problem))]
    assert long_value in texts  # not cut at 60 characters
