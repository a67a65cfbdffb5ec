"""Switching the window's language: translators, default locale, the remembered choice, the menu."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from companion import paths
from companion.store.database import open_state
from companion.store.settings import Settings
from companion.ui.language import LanguageManager, LanguageMenu
from companion.ui.locale_format import format_day
from companion.ui.translators import stretch_text


@pytest.fixture
def settings() -> Iterator[Settings]:
    conn = open_state(paths.state_db_path())
    yield Settings(conn)
    conn.close()


@pytest.fixture
def manager(qtbot: QtBot, settings: Settings) -> Iterator[LanguageManager]:
    before = QLocale()
    mgr = LanguageManager(settings, stretch=None)
    yield mgr
    mgr.uninstall()
    QLocale.setDefault(before)


def _button_texts() -> list[str]:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    texts = [b.text() for b in box.buttons()]
    box.deleteLater()
    return texts


def test_qt_dialogs_follow_the_language(manager: LanguageManager) -> None:
    english = _button_texts()
    manager.apply("ru")
    assert manager.qt_catalogue_loaded
    assert _button_texts() == ["Отмена"]
    manager.apply("kk")
    assert _button_texts() == ["Бас тарту"]
    manager.apply("kk-Latn")  # Qt has no Latin Kazakh: its Kazakh catalogue is spelt in Latin letters
    assert _button_texts() == ["Bas tartu"]
    manager.apply("en")
    assert _button_texts() == english


def test_choice_is_remembered_and_sets_the_default_locale(manager: LanguageManager, settings: Settings) -> None:
    manager.apply("kk")
    assert settings.get("language") == "kk"
    assert QLocale().language() == QLocale.Language.Kazakh
    assert format_day(date(2025, 5, 13), manager.current) == "2025 жылғы 13 мамыр"
    again = LanguageManager(settings)
    assert again.start(None) == "kk"
    again.uninstall()


def test_lang_option_wins_but_is_not_remembered(manager: LanguageManager, settings: Settings) -> None:
    settings.set("language", "kk")
    assert manager.start("ru_RU") == "ru"
    assert settings.get("language") == "kk"
    with pytest.raises(ValueError, match="not available"):
        manager.start("fr")


def test_menu_lists_languages_in_their_own_names_and_switches(qtbot: QtBot, manager: LanguageManager) -> None:
    menu = LanguageMenu(manager)
    qtbot.addWidget(menu)
    assert [a.text() for a in menu.actions()] == ["English", "Русский", "Қазақша", "Qazaqşa"]
    assert menu.action_for("en").isChecked()
    with qtbot.waitSignal(manager.language_changed) as blocker:
        menu.action_for("ru").trigger()
    assert blocker.args == ["ru"]
    assert menu.action_for("ru").isChecked() and not menu.action_for("en").isChecked()


def test_stretch_lengthens_every_string_and_keeps_markers(qtbot: QtBot, settings: Settings) -> None:
    before = QLocale()
    stretched = LanguageManager(settings, stretch=1.5)
    stretched.apply("en", remember=False)
    try:
        text = QCoreApplication.translate("AnyContext", "&Open %1")
        assert text.startswith("&Open %1") and len(text) >= 12
    finally:
        stretched.uninstall()
        QLocale.setDefault(before)
    assert stretch_text("two\nlines", 2.0) == "twoẍẍẍ\nlinesẍẍẍẍẍ"


@pytest.mark.parametrize("language", ["ru", "kk", "kk-Latn"])
def test_text_without_a_translation_shows_its_source(manager: LanguageManager, language: str) -> None:
    manager.apply(language, remember=False)
    assert QCoreApplication.translate("NoSuchContext", "A text no catalogue holds") == "A text no catalogue holds"
    assert QCoreApplication.translate("QFileDialog", "A text Qt does not know") == "A text Qt does not know"


def test_text_is_found_only_under_the_context_lupdate_filed_it(manager: LanguageManager) -> None:
    """Call sites name their context literally (no ``tr`` aliases), so the catalogue is not searched further."""
    manager.apply("ru", remember=False)
    assert QCoreApplication.translate("LanguageMenu", "Lan&guage") == "&Язык"
    assert QCoreApplication.translate("SomeDialogClass", "Lan&guage") == "Lan&guage"
    manager.apply("kk-Latn", remember=False)
    assert QCoreApplication.translate("LanguageMenu", "Lan&guage") == "Tı&l"


def test_reminders_are_translated(manager: LanguageManager) -> None:
    """They were filed under the source text "Reminders" while an alias of ``translate`` asked for them."""
    manager.apply("ru", remember=False)
    assert QCoreApplication.translate("Reminders", "Starts in %1 min") == "Начало через %1 мин"
    assert QCoreApplication.translate("Reminders", "(indicative time)") == "(ориентировочное время)"
    manager.apply("kk-Latn", remember=False)
    assert QCoreApplication.translate("Reminders", "Starts in %1 min") == "%1 minuttan keiın bastalady"


def test_stretch_lengthens_the_translation_not_the_source(qtbot: QtBot, settings: Settings) -> None:
    before = QLocale()
    stretched = LanguageManager(settings, stretch=1.4)
    stretched.apply("ru", remember=False)
    try:
        assert _button_texts()[0].startswith("Отмена")  # Qt's own catalogue, stretched
        assert QCoreApplication.translate("LanguageMenu", "Lan&guage").startswith("&Язык")
        assert len(QCoreApplication.translate("LanguageMenu", "Lan&guage")) > len("&Язык")
    finally:
        stretched.uninstall()
        QLocale.setDefault(before)
