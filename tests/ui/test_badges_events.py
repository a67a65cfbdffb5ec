"""The Badges page follows the window's event: what was rendered for one event is never output for another."""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from companion.domain.attendee import Attendee, SortKey
from companion.domain.event import Event
from companion.exports.badges.tokens import verify_token
from companion.services.container import Services
from companion.store.attendees import AttendeeStore
from companion.store.badge_keys import event_signing_key
from companion.store.print_log import LogKind, PrintLog
from companion.ui.badges import page as page_module
from companion.ui.badges.dialogs import AttendeeDialog, ColumnMappingDialog
from companion.ui.badges.page import BadgesPage
from qr_scan import distinct_qr_payloads

PEOPLE = [Attendee("R-1", "Ann", "Lee", delegation="Kazakhstan"), Attendee("R-2", "Bo", "Ray", delegation="Tajikistan")]


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


def _other_event(event: Event) -> Event:
    return dataclasses.replace(event, id="OTHER-2026", name={"en": "Other Meeting"}, short_name={"en": "OTHER-2026"})


def _codes(path: Path) -> list[str]:
    return distinct_qr_payloads(path)


def test_switching_events_with_the_same_people_renders_for_the_new_event(  # type: ignore[no-untyped-def]
        qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bundled_event: Event,
        state_conn: sqlite3.Connection) -> None:
    other = _other_event(bundled_event)
    for event in (bundled_event, other):
        for person in PEOPLE:
            AttendeeStore(state_conn, event.id).save(person)
    page.reload()
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("avery-l4785"))
    with qtbot.waitSignal(page.render_finished, timeout=60_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert page.document.pageCount() == 1

    page.set_event(other)
    assert page.document.pageCount() == 0  # the old event's preview is gone
    target = tmp_path / "other.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    with qtbot.waitSignal(page.render_finished, timeout=20_000):  # Save PDF draws the new event's badges first
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    codes = _codes(target)
    public = event_signing_key(other.id).public_key()
    assert sorted(verify_token(c, public, other.id).attendee_id for c in codes) == ["R-1", "R-2"]
    flat = "".join(p.get_textpage().get_text_range() for p in pdfium.PdfDocument(target))
    assert "Other Meeting" in flat and "Climate" not in flat
    # saving is logged for the event it was drawn for, as a save: "printed" means printed
    assert {(e.attendee_id, e.kind) for e in PrintLog(state_conn, other.id).entries()} == {
        ("R-1", LogKind.SAVED), ("R-2", LogKind.SAVED)}
    assert not PrintLog(state_conn, other.id).last_printed()
    assert not PrintLog(state_conn, bundled_event.id).entries()


def test_print_logs_and_duplexes_what_was_rendered_not_what_the_boxes_say_now(  # type: ignore[no-untyped-def]
        qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bundled_event: Event,
        state_conn: sqlite3.Connection) -> None:
    for person in PEOPLE:
        AttendeeStore(state_conn, bundled_event.id).save(person)
    page.reload()
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("avery-l4785"))
    page.duplex_box.setChecked(True)
    printed_to = tmp_path / "printer.pdf"
    duplex_asked: list[QPrinter.DuplexMode] = []  # a machine without a duplex printer ignores setDuplex
    monkeypatch.setattr(QPrinter, "setDuplex", lambda printer, mode: duplex_asked.append(mode))

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
            self.printer.setResolution(150)
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(page_module, "QPrintDialog", FakePrintDialog)
    with qtbot.waitSignal(page.print_finished, timeout=60_000) as printing:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)  # renders first, then prints
        # the user changes the stock and turns double-sided off while the badges are drawn and sent
        page.layout_combo.setCurrentIndex(page.layout_combo.findData("a6-a4"))
        page.duplex_box.setFocus()
        qtbot.keyClick(page.duplex_box, Qt.Key.Key_Space)
        assert not page.duplex_box.isChecked()
    assert printing.args == [True]
    assert duplex_asked == [QPrinter.DuplexMode.DuplexLongSide]  # the PDF has back pages: print both sides
    assert len(pdfium.PdfDocument(printed_to)) == 2  # one front sheet and its back
    layouts = {row[0] for row in state_conn.execute("SELECT layout FROM print_log WHERE event_id = ?",
                                                   (bundled_event.id,))}
    assert layouts == {"avery-l4785"}


def test_badge_options_are_kept_per_event(  # type: ignore[no-untyped-def]
        qtbot, page: BadgesPage, bundled_event: Event, services: Services) -> None:
    page.layout_combo.setCurrentIndex(page.layout_combo.findData("durable-1445-02"))
    page.sort_combo.setCurrentIndex(page.sort_combo.findData(SortKey.FAMILY_NAME))
    page.which_combo.setCurrentIndex(page.which_combo.findData(page_module.NOT_PRINTED))
    page.offset_x.setFocus()
    page.offset_x.selectAll()
    qtbot.keyClicks(page.offset_x, "1.5")
    qtbot.keyClick(page.offset_x, Qt.Key.Key_Tab)
    page.offset_y.selectAll()
    qtbot.keyClicks(page.offset_y, "-2")
    qtbot.keyClick(page.offset_y, Qt.Key.Key_Tab)
    page.duplex_box.setFocus()
    qtbot.keyClick(page.duplex_box, Qt.Key.Key_Space)

    def options(p: BadgesPage) -> tuple[object, ...]:
        return (p.layout_combo.currentData(), p.sort_combo.currentData(), p.which_combo.currentData(),
                p.offset_x.value(), p.offset_y.value(), p.duplex_box.isChecked())

    chosen = ("durable-1445-02", SortKey.FAMILY_NAME, page_module.NOT_PRINTED, 1.5, -2.0, True)
    assert options(page) == chosen
    # the next run of the app: a new page on the same state database
    again = BadgesPage(bundled_event, services)
    qtbot.addWidget(again)
    assert options(again) == chosen
    # another event has its own options (defaults until set), and coming back restores these
    again.set_event(_other_event(bundled_event))
    assert options(again) == ("a6-a4", SortKey.DELEGATION, page_module.ALL, 0.0, 0.0, False)
    again.set_event(bundled_event)
    assert options(again) == chosen


def _free_deleted() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_dialogs_are_freed_after_use(  # type: ignore[no-untyped-def]
        qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def add(dialog: AttendeeDialog) -> int:
        dialog.given.insert("Ann")
        dialog.family.insert(f"Lee{len(page.model.attendees())}")
        dialog._accept_if_valid()
        return dialog.result()

    monkeypatch.setattr(AttendeeDialog, "exec", add)
    for _ in range(3):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(AttendeeDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    page.view.setFocus()
    page.view.selectRow(0)
    qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
    _free_deleted()
    assert len(page.model.attendees()) == 3
    assert page.findChildren(AttendeeDialog) == []

    odd = tmp_path / "odd.csv"
    odd.write_text("Prénom;Nom de famille\nJean;Dupont\n", encoding="utf-8")
    monkeypatch.setattr(ColumnMappingDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(odd), "CSV files (*.csv)"))
    for _ in range(2):
        with qtbot.waitSignal(page.import_finished, timeout=30_000):
            qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    _free_deleted()
    assert page.findChildren(ColumnMappingDialog) == []


def test_window_dialogs_are_freed_after_use(make_window, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from companion.ui.agenda.about_event import AboutEventDialog
    from companion.ui.reminders import ReminderSettingsDialog

    window = make_window()
    monkeypatch.setattr(AboutEventDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(ReminderSettingsDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    for _ in range(2):
        window.action_about_event.trigger()
    reminders = [a for a in window.findChildren(QAction) if a.text() == "&Reminders…"]
    assert len(reminders) == 1
    for _ in range(2):
        reminders[0].trigger()
    _free_deleted()
    assert window.findChildren(AboutEventDialog) == []
    assert window.findChildren(ReminderSettingsDialog) == []


def test_an_import_finishing_after_an_event_switch_goes_to_its_own_event(  # type: ignore[no-untyped-def]
        qtbot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bundled_event: Event,
        state_conn: sqlite3.Connection) -> None:
    listed = tmp_path / "list.csv"
    listed.write_text("ID,Given name,Family name\nR-9,Jean,Dupont\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(listed), "CSV files (*.csv)"))
    other = _other_event(bundled_event)
    with qtbot.waitSignal(page.import_finished, timeout=30_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
        page.set_event(other)  # the window opens another event while the list is read
    assert [a.id for a in AttendeeStore(state_conn, bundled_event.id).all()] == ["R-9"]
    assert AttendeeStore(state_conn, other.id).all() == [] and page.model.rowCount() == 0
