"""Test-wide set-up: headless Qt with the bundled fonts, a fresh user-data folder per test, the bundled event,
and the real schedules the reader tests read (``tests/data``)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

# One 1366×768 screen, the laptop of issue 14 (the offscreen default is 800×800, smaller than any real one).
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).resolve().parent / 'laptop_screen.json'}"
)

TESTS = Path(__file__).resolve().parent
REALDATA = TESTS / "data"
"""Real schedules (copied where their licences allow) and a generated stand-in; origin and licence in SOURCES.md."""
FONTS = TESTS.parent / "resources" / "fonts"
TEST_FONT_FAMILY = "DejaVu Sans"
TEST_FONT_POINT_SIZE = 9.0
"""Widget tests measure text: the window uses the bundled DejaVu Sans at 9 pt whatever fonts the machine has."""


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str], qapp_cls: type, pytestconfig: pytest.Config):  # type: ignore[no-untyped-def]
    """pytest-qt's application, with the bundled DejaVu fonts as the application font (see TEST_FONT_FAMILY)."""
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or qapp_cls(qapp_args)
    assert isinstance(app, QApplication)
    app.setApplicationName(pytestconfig.getini("qt_qapp_name"))
    families: set[str] = set()
    for path in sorted(FONTS.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        assert font_id >= 0, f"Qt could not load {path}"
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    assert TEST_FONT_FAMILY in families, families
    font = QFont(TEST_FONT_FAMILY)
    font.setPointSizeF(TEST_FONT_POINT_SIZE)
    app.setFont(font)
    return app


@pytest.fixture(autouse=True)
def _fresh_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from companion import paths

    data = tmp_path / "userdata"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    paths.set_data_dir(None)
    return data


@pytest.fixture(scope="session")
def bundled_event():  # type: ignore[no-untyped-def]
    from companion.resources import bundled_event_path
    from companion.sources import load_event

    return load_event(bundled_event_path())


@pytest.fixture
def realdata() -> Path:
    """The folder of real schedule files (and the stand-in for 36c3) that the reader tests open."""
    return REALDATA


@pytest.fixture
def state_conn() -> Iterator[sqlite3.Connection]:
    """The user-state database of this test's data folder, opened (and migrated) as the app opens it."""
    from companion import paths
    from companion.store.database import open_state

    conn = open_state(paths.state_db_path())
    yield conn
    conn.close()
