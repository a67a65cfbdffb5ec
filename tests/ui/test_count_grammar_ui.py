"""Counts the window shows agree with their noun: one session matches, one row was not imported."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from companion import paths
from companion.domain.event import Event
from companion.ui.badges.page import BadgesPage


def test_one_search_hit_is_one_session(make_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    qtbot.keyClicks(window.search_box, "Green Bridge")
    assert window.agenda.proxy.rowCount() == 1
    banner = window.agenda.banner.text()
    assert "1 session" in banner and "Green Bridge" in banner
    assert "1 sessions" not in banner
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, "parallel")
    many = window.agenda.proxy.rowCount()
    assert many > 1
    assert f"{many} session" in window.agenda.banner.text()


def test_one_bad_row_is_one_row_not_imported(  # type: ignore[no-untyped-def]
    qtbot, bundled_event: Event, state_conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from companion.services.container import Services

    page = BadgesPage(bundled_event, Services(paths.state_db_path()))
    qtbot.addWidget(page)
    page.show()
    csv_path = tmp_path / "list.csv"
    csv_path.write_text("Name,Surname,Category\nAnna,Berg,speaker\n,,delegate\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(csv_path), "CSV files (*.csv)"))
    with qtbot.waitSignal(page.import_finished, timeout=30_000):
        qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    summary = page.summary.text()
    assert "1 row" in summary and "not imported" in summary
    assert "1 rows" not in summary
    with qtbot.waitSignal(page.render_finished, timeout=60_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
        drawing = page.preview_note.text()
    assert drawing.startswith("Drawing 1 badge") and "1 badges" not in drawing

