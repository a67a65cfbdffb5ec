"""No label, button, tab or chosen list entry is clipped at the default size, in any language or stretched.

The stretched pseudo-language (``COMPANION_PSEUDO_STRETCH``) makes every string 40 % longer than its
translation, so a layout that only just fits today is caught before a longer translation arrives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QMainWindow,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from companion.domain.event import Event
from companion.ui.language import LanguageManager

STRETCH = 1.4
SLACK = 2  # pixels of rounding between a font's advance and a widget's width


def _plain(label: QLabel) -> str:
    """The text as drawn: rich text reduced to its words, a buddy's ``&`` mnemonic dropped."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or QtGuiNamespace.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    if label.buddy() is not None:
        text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text


def _label_problem(label: QLabel) -> str | None:
    text = _plain(label)
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    rect = label.contentsRect()
    margin = label.margin() * 2 + max(label.indent(), 0)
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed}px of height, has {label.height()}"
        return None
    metrics = label.fontMetrics()
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > rect.width() - margin + SLACK:
        return f"needs {widest}px, has {rect.width() - margin}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    hint = button.sizeHint().width()
    if hint > button.width() + SLACK:
        return f"needs {hint}px, has {button.width()}"
    return None


def _tab_problem(bar: QTabBar) -> str | None:
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        wanted = bar.tabSizeHint(i).width()
        shown = bar.tabRect(i)
        if shown.width() + SLACK < wanted or shown.x() + shown.width() > bar.width() + SLACK:
            return f"tab {bar.tabText(i)!r} needs {wanted}px, shown {shown.width()}px at x={shown.x()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    """The chosen entry of a drop-down list must be readable whole (the open list shows every entry whole)."""
    if combo.isEditable() or not combo.currentText():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo)
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if needed > field.width() + SLACK:
        return f"needs {needed}px, has {field.width()}"
    return None


def clipped_texts(window: QWidget) -> list[str]:
    """Every visible text in ``window`` that does not fit its widget, described for the failure message."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
            text = _plain(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
            text = widget.text()
        elif isinstance(widget, QTabBar):
            problem = _tab_problem(widget)
            text = ""
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
            text = widget.currentText()
        if problem:
            owner = widget.parentWidget()
            where = f"{type(owner).__name__}/" if owner is not None else ""
            problems.append(f"{where}{type(widget).__name__} {widget.objectName()!r} {text[:40]!r}: {problem}")
    if isinstance(window, QMainWindow):
        bar = window.menuBar()
        if bar.sizeHint().width() > bar.width() + SLACK:
            problems.append(f"menu bar needs {bar.sizeHint().width()}px, has {bar.width()}")
    return problems


@pytest.fixture
def restore_locale() -> Iterator[None]:
    before = QLocale()
    yield
    QLocale.setDefault(before)


def _open_every_page(window: QMainWindow) -> list[str]:
    problems = []
    pages = window.pages  # type: ignore[attr-defined]
    for index in range(pages.count()):
        window.show_page(pages.widget(index))  # type: ignore[attr-defined]
        QApplication.processEvents()
        problems += [f"page {index}: {p}" for p in clipped_texts(window)]
    return problems


@pytest.mark.parametrize(
    ("language", "stretch"),
    [("en", None), ("ru", None), ("kk", None), ("kk-Latn", None), ("en", STRETCH), ("ru", STRETCH)],
)
def test_nothing_is_clipped_at_the_default_size(
    qtbot: QtBot,
    bundled_event: Event,
    state_conn: sqlite3.Connection,
    restore_locale: None,
    language: str,
    stretch: float | None,
) -> None:
    from companion.app import create_main_window
    from companion.clock import Clock

    manager = LanguageManager(None, stretch=stretch)
    manager.apply(language, remember=False)
    try:
        clock = Clock.fixed(datetime(2025, 5, 13, 11, 0, tzinfo=bundled_event.zone))
        window = create_main_window(bundled_event, state_conn, clock, language)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        problems = _open_every_page(window)
    finally:
        manager.uninstall()
    assert not problems, f"{len(problems)} clipped texts in {language} (stretch {stretch}):\n" + "\n".join(problems)


def _dialogs(event: Event, language: str) -> list[QWidget]:
    from companion.ui.badges.dialogs import AttendeeDialog
    from companion.ui.calendar_export import CalendarExportDialog
    from companion.ui.reminders import ReminderSettingsDialog

    session = event.sessions_by_id["opening-plenary"]
    return [
        CalendarExportDialog(event, frozenset({session.id}), session, session.day, language),
        ReminderSettingsDialog(10),
        AttendeeDialog(None, [], language),
    ]


@pytest.mark.parametrize(
    ("language", "stretch"),
    [("en", None), ("ru", None), ("kk", None), ("kk-Latn", None), ("en", STRETCH), ("ru", STRETCH)],
)
def test_dialogs_show_their_texts_whole(
    qtbot: QtBot, bundled_event: Event, restore_locale: None, language: str, stretch: float | None
) -> None:
    manager = LanguageManager(None, stretch=stretch)
    manager.apply(language, remember=False)
    problems = []
    try:
        for dialog in _dialogs(bundled_event, language):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            # The size a desktop gives it (the offscreen test screen is 800 px wide, and Qt caps a new
            # window at two thirds of the screen); a layout that wraps asks for its height at that width.
            hint = dialog.sizeHint()
            layout = dialog.layout()
            height = layout.totalHeightForWidth(hint.width()) if layout and layout.hasHeightForWidth() else -1
            dialog.resize(hint.width(), max(hint.height(), height))
            QApplication.processEvents()
            problems += [f"{type(dialog).__name__}: {p}" for p in clipped_texts(dialog)]
            dialog.close()
    finally:
        manager.uninstall()
    assert not problems, f"{len(problems)} clipped texts in {language} (stretch {stretch}):\n" + "\n".join(problems)
