"""A saved-data file the app cannot use is explained in the window's language, and the app still opens."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from companion import paths
from companion.store.migrations import MIGRATIONS
from companion.ui.language import LanguageManager


@pytest.fixture
def russian(qtbot: QtBot) -> Iterator[LanguageManager]:
    before = QLocale()
    manager = LanguageManager(stretch=None)
    manager.apply("ru", remember=False)
    yield manager
    manager.uninstall()
    QLocale.setDefault(before)


def _newer_state_file() -> None:
    path = paths.state_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 3}")
    conn.close()


def test_newer_saved_data_is_explained_in_russian(russian: LanguageManager, monkeypatch: pytest.MonkeyPatch) -> None:
    import companion.app as app

    _newer_state_file()
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text)))
    conn = app._open_state()
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)  # a working in-memory store
    finally:
        conn.close()
    [(title, text)] = shown
    assert title == "Сохранённые данные недоступны"
    assert "более новой версией Companion" in text
    assert f"версия схемы {len(MIGRATIONS) + 3}" in text
    assert "newer" not in text and "schema" not in text
    assert paths.state_db_path().exists()  # refused, not replaced


def test_damaged_saved_data_names_the_file_in_russian(
    russian: LanguageManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    import companion.app as app

    path = paths.state_db_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"this is not a database, it is a shopping list " * 100)
    shown: list[str] = []
    monkeypatch.setattr(app.QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    app._open_state().close()
    [text] = shown
    assert str(path) in text and "не является читаемой базой данных" in text
