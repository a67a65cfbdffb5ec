"""The Badges page prints the event's name in a second language, as ``companion badges --bilingual`` does."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from companion.domain.attendee import Attendee
from companion.domain.event import Event
from companion.services.container import Services
from companion.store.attendees import AttendeeStore
from companion.ui.badges.page import BadgesPage


@pytest.fixture
def services() -> Iterator[Services]:
    """The app's services on this test's state file (the one ``state_conn`` opens)."""
    from companion import paths

    composed = Services(paths.state_db_path())
    yield composed
    composed.close()


@pytest.fixture
def page(qtbot: QtBot, bundled_event: Event, state_conn: sqlite3.Connection,
         services: Services) -> BadgesPage:
    AttendeeStore(state_conn, bundled_event.id).save(Attendee("R-1", "Aida", "Serikova", "Ministry", "Kazakhstan"))
    widget = BadgesPage(bundled_event, services)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    return widget


def _pdf_text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def _save(qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF files (*.pdf)"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # print again
    with qtbot.waitSignal(page.render_finished, timeout=60_000):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert target.exists()


def test_second_language_is_chosen_by_keyboard_and_printed(
    qtbot: QtBot, page: BadgesPage, monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
    bundled_event: Event, services: Services,
) -> None:
    combo = page.second_language_combo
    label = next(w for w in page.findChildren(QLabel) if w.buddy() is combo)
    assert label.text() == "Second &language for the event name"
    assert combo.accessibleName() == "Second language for the event name"
    assert combo.currentText() == "None"

    alone = tmp_path / "alone.pdf"
    _save(qtbot, page, monkeypatch, alone)
    assert "CACCC-2025" in _pdf_text(alone) and "ЦАКИК-2025" not in _pdf_text(alone)

    page.view.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # the label's mnemonic
    assert combo.hasFocus()
    qtbot.keyClicks(combo, "R")  # type-ahead picks "Russian"
    assert combo.currentData() == "ru"
    assert "Preview again" in page.preview_note.text()  # the shown PDF no longer matches the settings

    both = tmp_path / "both.pdf"
    _save(qtbot, page, monkeypatch, both)
    text = _pdf_text(both)
    assert "CACCC-2025" in text and "ЦАКИК-2025" in text

    # Kept with the event's other badge options: a new page (the next start) shows it again.
    again = BadgesPage(bundled_event, services)
    qtbot.addWidget(again)
    assert again.second_language_combo.currentData() == "ru"
