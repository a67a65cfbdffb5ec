"""Every background job of the Badges page ends with the page usable again: succeeded, failed or cancelled.

Issue 12 item 11: one unexpected exception in a job used to leave "Drawing 22 badges…" on screen for good, the
preview buttons disabled and the language switch refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from companion import paths
from companion.domain.attendee import Attendee
from companion.domain.event import Event
from companion.services.badges import BadgeService
from companion.services.container import Services
from companion.store.attendees import AttendeeStore
from companion.store.print_log import PrintLog
from companion.ui.badges import controller as controller_module
from companion.ui.badges import page as page_module
from companion.ui.badges.page import BadgesPage

PEOPLE = [Attendee(f"R-{n}", "Ann", f"Lee{n}", delegation="Kazakhstan") for n in range(22)]


@pytest.fixture
def services() -> Iterator[Services]:
    composed = Services(paths.state_db_path())
    yield composed
    composed.close()


@pytest.fixture
def page(qtbot: QtBot, bundled_event: Event, state_conn: sqlite3.Connection, services: Services) -> BadgesPage:
    AttendeeStore(state_conn, bundled_event.id).merge(PEOPLE)
    widget = BadgesPage(bundled_event, services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.show()
    return widget


def _usable(page: BadgesPage) -> bool:
    return (not page.busy() and page.preview_button.isEnabled() and page.save_button.isEnabled()
            and page.print_button.isEnabled() and not page.cancel_button.isEnabled()
            and page.import_button.isEnabled())


def test_a_render_that_crashes_shows_why_and_the_page_works_again(
        qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(self: BadgeService, *args: object, **kwargs: object) -> None:
        raise RuntimeError("a bug in the renderer")

    with monkeypatch.context() as patched:
        patched.setattr(BadgeService, "render", broken)
        with qtbot.waitSignal(page.render_failed, timeout=30_000) as failed:
            qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
            assert page.busy() and not page.preview_button.isEnabled()
            assert page.preview_note.text().startswith("Drawing 22 badge")
    shown = page.preview_note.text()
    assert failed.args == [shown]
    assert shown.startswith("Drawing the badges failed: Drawing the badges stopped because of an unexpected "
                            "problem in Companion (RuntimeError).")
    assert "a bug in the renderer" not in shown  # the details go to the log, not to the screen
    assert _usable(page)
    assert page.document.pageCount() == 0

    # the next Preview works as if nothing had happened
    with qtbot.waitSignal(page.render_finished, timeout=60_000) as finished:
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert len(finished.args[0].printed) == 22
    assert page.document.pageCount() == 6 and _usable(page)


def test_save_pdf_into_a_missing_folder_says_so_and_logs_nothing(
        qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bundled_event: Event,
        state_conn: sqlite3.Connection) -> None:
    target = tmp_path / "no such folder" / "badges.pdf"
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    with qtbot.waitSignal(page.render_finished, timeout=60_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert warnings and warnings[0].startswith(f"{target}: ")
    assert not PrintLog(state_conn, bundled_event.id).last_printed()
    assert _usable(page)


def test_a_print_that_crashes_is_not_logged_and_the_page_works_again(
        qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bundled_event: Event,
        state_conn: sqlite3.Connection) -> None:
    class FakePrintDialog:
        def __init__(self, printer: QPrinter, parent: object) -> None:
            self.printer = printer

        def setWindowTitle(self, title: str) -> None:
            pass

        def deleteLater(self) -> None:
            pass

        def exec(self) -> QDialog.DialogCode:
            self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer.setOutputFileName(str(tmp_path / "printer.pdf"))
            return QDialog.DialogCode.Accepted

    def jammed(*args: object) -> int:
        raise OSError("paper jam")

    warnings: list[str] = []
    monkeypatch.setattr(page_module, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(controller_module, "print_pdf", jammed)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    with qtbot.waitSignal(page.print_finished, timeout=60_000) as printing:
        qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)  # renders first, then prints
    assert printing.args == [False]
    assert warnings and "Printing the badges stopped because of an unexpected problem" in warnings[0]
    assert "not logged as printed" in page.preview_note.text()
    assert not PrintLog(state_conn, bundled_event.id).last_printed()
    assert _usable(page)
    assert page.document.pageCount() == 6  # the preview is still there to print again


def test_an_import_that_crashes_gives_the_import_button_back(
        qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    listed = tmp_path / "list.csv"
    listed.write_text("ID,Given name,Family name\nR-99,Jean,Dupont\n", encoding="utf-8")

    def broken(self: BadgeService, *args: object, **kwargs: object) -> None:
        raise MemoryError

    warnings: list[str] = []
    monkeypatch.setattr(BadgeService, "import_list", broken)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(listed), "CSV files (*.csv)"))
    with qtbot.waitSignal(page.import_finished, timeout=30_000) as finished:
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    assert finished.args == [None]
    assert warnings and "Reading the attendee list stopped" in warnings[0]
    assert page.summary.text() == "22 attendees, 0 badges printed."
    assert _usable(page)


def test_unusable_saved_data_still_opens_a_working_badges_page(  # type: ignore[no-untyped-def]
        make_window, bundled_event: Event, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from companion.store.database import open_state

    monkeypatch.setenv(paths.ENV_DATA_DIR, str(tmp_path / "broken"))
    paths.state_db_path().parent.mkdir(parents=True, exist_ok=True)
    paths.state_db_path().write_bytes(b"not a database, " * 100)  # the app then keeps its state in memory
    window = make_window(conn=open_state(":memory:"))
    page = window.page("BadgesPage")  # built on first use
    assert isinstance(page, BadgesPage)
    page.badges.save_attendee(bundled_event.id, PEOPLE[0])
    page.reload()
    assert page.model.rowCount() == 1 and _usable(page)


def test_closing_the_page_while_it_draws_leaves_nothing_behind(
        qtbot: QtBot, bundled_event: Event, services: Services, state_conn: sqlite3.Connection,
        capsys: pytest.CaptureFixture[str]) -> None:
    from companion.ui.jobs import JobRunner

    AttendeeStore(state_conn, bundled_event.id).merge(PEOPLE)
    runner = JobRunner()  # the window's, outliving the page
    widget = BadgesPage(bundled_event, services, runner=runner)
    widget.show()
    qtbot.mouseClick(widget.preview_button, Qt.MouseButton.LeftButton)
    assert runner.busy()
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not runner.busy(), timeout=60_000)
    assert "RuntimeError" not in capsys.readouterr().err
