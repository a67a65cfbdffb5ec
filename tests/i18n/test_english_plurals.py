"""English counted messages read as English: "1 session matches", "3 sessions match", never "session(s)".

The forms come from the English catalogue (``companion_en.qm``, the counted messages only), in the window
through Qt and on the command line through the Qt-free reader of the same file.
"""

from __future__ import annotations

import sqlite3
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from companion.domain.message import QT_TRANSLATE_N_NOOP, Message
from companion.sources.translations import catalogue, translator
from companion.store.settings import Settings
from companion.ui.language import LanguageManager

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging" / "i18n"))

import update_translations as ut  # noqa: E402

SEARCH = "Search results from all days: %n session(s) match “%1”. Esc in the search box clears it."
GONE = "%n starred session(s) are no longer in the programme: %1. Your stars are kept."
CASES = [
    ("AgendaPage", SEARCH, 1, "Search results from all days: 1 session matches “%1”. Esc in the search box clears it."),
    ("AgendaPage", SEARCH, 4, "Search results from all days: 4 sessions match “%1”. Esc in the search box clears it."),
    ("WhatChangedPage", GONE, 1, "1 starred session is no longer in the programme: %1. Your star is kept."),
    ("WhatChangedPage", GONE, 2, "2 starred sessions are no longer in the programme: %1. Your stars are kept."),
    ("BadgesPage", "%n row(s) not imported", 1, "1 row not imported"),
    ("BadgesPage", "%n row(s) not imported", 0, "0 rows not imported"),
    ("EventOpener", "%n session(s) written to %1.", 21, "21 sessions written to %1."),
]


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


@pytest.mark.parametrize(("context", "source", "n", "expected"), CASES)
def test_window_picks_the_english_form(
    english: LanguageManager, context: str, source: str, n: int, expected: str
) -> None:
    assert QCoreApplication.translate(context, source, None, n) == expected


@pytest.mark.parametrize(("context", "source", "n", "expected"), CASES)
def test_command_line_picks_the_same_form(context: str, source: str, n: int, expected: str) -> None:
    assert catalogue("en")(context, source, None, n) == expected


def test_other_messages_are_left_alone(english: LanguageManager) -> None:
    assert QCoreApplication.translate("AnyContext", "Star", None) == "Star"
    assert QCoreApplication.translate("WhatChangedPage", "%n new", None, 1) == "1 new"
    assert catalogue("en")("AnyContext", "Star") == "Star"


def test_russian_keeps_its_own_plural_forms(english: LanguageManager) -> None:
    english.apply("ru", remember=False)
    for n, word in ((1, "найдена 1 сессия"), (3, "найдены 3 сессии"), (5, "найдено 5 сессий")):
        window = QCoreApplication.translate("AgendaPage", SEARCH, None, n)
        assert word in window, window
        assert catalogue("ru")("AgendaPage", SEARCH, None, n) == window


def test_no_english_form_says_s_in_brackets() -> None:
    root = ET.parse(ut.ts_path("en")).getroot()
    forms = [
        (context, message.findtext("source"), form.text or "")
        for context, message in ut.messages(root)
        for form in message.iter("numerusform")
    ]
    assert forms, "the English catalogue holds no counted message"
    assert not [f for f in forms if "(s)" in f[2]], [f for f in forms if "(s)" in f[2]]


def test_qt_free_counted_message_in_the_window(english: LanguageManager) -> None:
    said = Message.plural(QT_TRANSLATE_N_NOOP("BadgesPage", "%n row(s) not imported"), count=1)
    assert said.render(QCoreApplication.translate) == "1 row not imported"
    english.apply("ru", remember=False)
    assert said.render(QCoreApplication.translate) == said.render(translator("ru")) == "1 строка не импортирована"
