"""The Badges page as a registration desk uses it: import the sample, preview, save, print, edit single people."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from companion.domain.attendee import Category
from companion.domain.event import Event
from companion.exports.badges.tokens import verify_token
from companion.resources import resource_path
from companion.services.container import Services
from companion.store.badge_keys import event_signing_key
from companion.store.print_log import LogKind, PrintLog
from companion.ui.badges import page as page_module
from companion.ui.badges.dialogs import AttendeeDialog, ColumnMappingDialog
from companion.ui.badges.model import ATTENDEE_ROLE, AttendeeTableModel
from companion.ui.badges.page import BadgesPage
from qr_scan import distinct_qr_payloads

SAMPLE = resource_path("samples", "attendees-fictional.csv")


@pytest.fixture
def services() -> Iterator[Services]:
    """The app's services on this test's state file (the one ``state_conn`` opens)."""
    from companion import paths

    composed = Services(paths.state_db_path())
    yield composed
    composed.close()


@pytest.fixture
def page(qtbot, bundled_event: Event, services: Services) -> BadgesPage:  # type: ignore[no-untyped-def]
    widget = BadgesPage(bundled_event, services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _import_sample(qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, path: Path = SAMPLE) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), "CSV files (*.csv)"))
    with qtbot.waitSignal(page.import_finished, timeout=30_000):  # the file is read on a pool thread
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def test_import_preview_save_and_log(qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                     tmp_path: Path, bundled_event: Event, state_conn: sqlite3.Connection) -> None:
    _import_sample(qtbot, page, monkeypatch)
    assert page.proxy.rowCount() == 22
    assert "22 new" in page.summary.text()
    # QTest types ASCII only; other scripts go in as typed text would (insert at the cursor)
    page.filter_box.insert("Сӯфиев")
    assert page.proxy.rowCount() == 1
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "r-0014")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data(ATTENDEE_ROLE).given_name == "Ҷамшед"
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)  # select the one row shown
    assert "R-0014" in page.qr_text.text() and page.qr_payload.text().startswith("CB2:")
    public = event_signing_key(bundled_event.id).public_key()
    assert verify_token(page.qr_payload.text(), public, bundled_event.id).attendee_id == "R-0014"
    page.filter_box.clear()

    with qtbot.waitSignal(page.render_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert len(blocker.args[0].printed) == 22
    assert page.document.pageCount() == 6  # 22 A6 badges, four to a sheet

    target = tmp_path / "out.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    codes = distinct_qr_payloads(target)
    public = event_signing_key(bundled_event.id).public_key()
    assert sorted(verify_token(c, public, bundled_event.id).attendee_id for c in codes) == sorted(
        a.id for a in page.model.attendees())
    # a saved PDF is not a printed badge: logged as saved, still "not yet" printed
    log = PrintLog(state_conn, bundled_event.id)
    assert not log.last_printed()
    assert {e.kind for e in log.entries()} == {LogKind.SAVED} and len(log.entries()) == 22
    assert page.model.index(0, AttendeeTableModel.PRINTED).data() == "not yet"

    # staff mark the batch as printed (the PDF went to a printer elsewhere)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.mark_button, Qt.MouseButton.LeftButton)
    assert len(log.last_printed()) == 22
    assert page.model.index(0, AttendeeTableModel.PRINTED).data() != "not yet"

    # Saving again asks before reprinting; saying No writes nothing
    asked: list[str] = []

    def refuse(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", refuse)
    target.unlink()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert asked and "22 of these 22 badges were printed before" in asked[0]
    assert not target.exists()

    # "only not printed yet" leaves nothing to print now
    page.which_combo.setCurrentIndex(page.which_combo.findData(page_module.NOT_PRINTED))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert not page.is_rendering


def test_cancel_keeps_the_previous_preview(qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    _import_sample(qtbot, page, monkeypatch)
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("cr80"))  # one page per badge: many steps
    with qtbot.waitSignal(page.render_finished, timeout=60_000) as blocker:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        assert page.cancel_button.isEnabled()
        qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    report = blocker.args[0]
    assert report.cancelled or len(report.printed) == 22  # a fast machine may finish first
    if report.cancelled:
        assert page.document.pageCount() == 0
        assert "Cancelled" in page.preview_note.text()
    assert not page.cancel_button.isEnabled()


def test_print_sends_the_previewed_pages(qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                        tmp_path: Path) -> None:
    _import_sample(qtbot, page, monkeypatch)
    page.which_combo.setCurrentIndex(page.which_combo.findData(page_module.SELECTED))
    page.view.selectRow(0)
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("avery-l4785"))
    printed_to = tmp_path / "printer.pdf"

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
    with qtbot.waitSignal(page.render_finished, timeout=60_000):
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)  # renders first, then prints
    # the pages are drawn for the printer on a pool thread, the window's buttons waiting meanwhile
    with qtbot.waitSignal(page.print_finished, timeout=60_000) as printing:
        assert page.cancel_button.isEnabled() and not page.print_button.isEnabled()
    assert printing.args == [True]
    assert page.print_button.isEnabled() and not page.cancel_button.isEnabled()
    assert "Sent 1 page" in page.preview_note.text() and "1 pages" not in page.preview_note.text()
    document = pdfium.PdfDocument(printed_to)
    assert len(document) == 1
    width, height = document[0].get_size()
    assert (round(width / 72 * 25.4), round(height / 72 * 25.4)) == (210, 297)  # actual A4 size, not scaled
    (code,) = zxingcpp.read_barcodes(document[0].render(scale=300 / 72).to_pil())
    assert code.text.startswith("CB2:")


def test_unclear_columns_open_the_mapping_dialog(qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch,  # type: ignore[no-untyped-def]
                                                 tmp_path: Path) -> None:
    odd = tmp_path / "odd.csv"
    odd.write_text("Prénom;Nom de famille;Pays;Rôle\nJean;Dupont;France;press\n;Martin;France;vip\n",
                   encoding="utf-8")
    seen: list[ColumnMappingDialog] = []

    def choose(dialog: ColumnMappingDialog) -> int:
        seen.append(dialog)
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        for combo, label in zip(dialog.combos, ("Given name", "Family name", "Country / delegation", "Category"),
                                strict=True):
            combo.setFocus()
            combo.setCurrentIndex(combo.findText(label))
        assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ColumnMappingDialog, "exec", choose)
    _import_sample(qtbot, page, monkeypatch, odd)
    assert seen
    assert [a.display_name for a in page.model.attendees()] == ["Jean Dupont"]
    assert page.model.attendees()[0].category is Category.PRESS
    problems = page.problems_model.stringList()
    assert len(problems) == 1 and "Row 3" in problems[0] and "vip" in problems[0]


def test_bad_file_keeps_the_list(qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _import_sample(qtbot, page, monkeypatch)
    broken = tmp_path / "list.xlsx"
    broken.write_bytes(b"PK\x03\x04rest")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    _import_sample(qtbot, page, monkeypatch, broken)
    assert warnings and "list.xlsx" in warnings[0]
    assert page.proxy.rowCount() == 22


def test_add_edit_remove_one_attendee(qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: AttendeeDialog) -> int:
        qtbot.keyClicks(dialog.given, "A")
        dialog.given.insert("ıdana")  # QTest types ASCII only
        dialog.family.insert("Qūrmanǧazy")
        qtbot.keyClicks(dialog.delegation, "Qazaqstan")
        dialog.category.setCurrentIndex(dialog.category.findData(Category.SPEAKER))
        dialog._accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(AttendeeDialog, "exec", fill)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    (added,) = page.model.attendees()
    assert added.display_name == "Aıdana Qūrmanǧazy" and added.category is Category.SPEAKER and added.id

    def rename(dialog: AttendeeDialog) -> int:
        dialog.family.clear()
        dialog.family.insert("Nūrǧali")
        dialog._accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(AttendeeDialog, "exec", rename)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    assert [a.display_name for a in page.model.attendees()] == ["Aıdana Nūrǧali"]

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.view.selectRow(0)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    assert page.model.rowCount() == 0


def test_attendee_dialog_refuses_empty_names_and_taken_ids(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = AttendeeDialog(None, ["R-1"])
    qtbot.addWidget(dialog)
    dialog._accept_if_valid()
    assert dialog.result() != QDialog.DialogCode.Accepted and "name" in dialog.problem.text()
    qtbot.keyClicks(dialog.given, "Ann")
    qtbot.keyClicks(dialog.attendee_id, "R-1")
    dialog._accept_if_valid()
    assert "R-1" in dialog.problem.text()


def test_main_window_has_the_badges_page(make_window, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    pages = [window.built(window.pages.widget(i)) for i in range(window.pages.count())]
    (badges,) = [p for p in pages if isinstance(p, BadgesPage)]
    window.show_page(badges)
    assert window.current_page() is badges
    titles = [window.page_model.item(i).text() for i in range(window.page_model.rowCount())]
    assert "Badges" in titles
