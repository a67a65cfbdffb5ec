"""English counted messages read as English: "1 session matches", "3 sessions match", never "session(s)"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from companion.store.settings import Settings
from companion.ui.language import LanguageManager


@pytest.fixture
def english(qapp) -> Iterator[LanguageManager]:  # type: ignore[no-untyped-def]
    from companion import paths
    from companion.store.database import open_state

    conn: sqlite3.Connection = open_state(paths.state_db_path())
    before = QLocale()
    manager = LanguageManager(Settings(conn), stretch=None)
    manager.apply("en", remember=False)
    yield manager
    manager.uninstall()
    QLocale.setDefault(before)
    conn.close()


@pytest.mark.parametrize(
    ("source", "n", "expected"),
    [
        (
            "Search results from all days: %n session(s) match “%1”.",
            1,
            "Search results from all days: 1 session matches “%1”.",
        ),
        (
            "Search results from all days: %n session(s) match “%1”.",
            4,
            "Search results from all days: 4 sessions match “%1”.",
        ),
        (
            "%n starred session(s) are no longer in the programme: %1.",
            1,
            "1 starred session is no longer in the programme: %1.",
        ),
        (
            "%n starred session(s) are no longer in the programme: %1.",
            2,
            "2 starred sessions are no longer in the programme: %1.",
        ),
        ("%n row(s) not imported", 1, "1 row not imported"),
        ("%n row(s) not imported", 0, "0 rows not imported"),
    ],
)
def test_counted_messages_pick_the_english_form(english: LanguageManager, source: str, n: int, expected: str) -> None:
    assert QCoreApplication.translate("AnyContext", source, None, n) == expected


def test_other_messages_are_left_alone(english: LanguageManager) -> None:
    assert QCoreApplication.translate("AnyContext", "Star", None) == "Star"
    assert QCoreApplication.translate("AnyContext", "%n new", None, 1) == "1 new"


def test_russian_keeps_its_own_plural_forms(english: LanguageManager) -> None:
    english.apply("ru", remember=False)
    text = QCoreApplication.translate(
        "AgendaPage",
        "Search results from all days: %n session(s) match “%1”. Esc in the search box clears it.",
        None,
        1,
    )
    assert "(s)" not in text and "session" not in text
