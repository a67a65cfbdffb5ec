"""The sentence that marks event text shown in Companion's own translation (descriptions, notes, roles)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from companion.domain.event import Event


def content_translation_note() -> str:
    """One sentence, in the window's language, for every pane and dialog that shows translated event text."""
    return QCoreApplication.translate(
        "ContentNote",
        "Descriptions, notes, topics and roles in this language are Companion's translation from English.",
    )


def content_translation_note_html(event: Event, language: str) -> str:
    """The sentence as a small italic paragraph when ``language`` is one the event's text was translated into."""
    if language not in event.translated_text_languages:
        return ""
    return f"<p><small><i>{html.escape(content_translation_note())}</i></small></p>"


def content_translation_note_label(parent: QWidget) -> QLabel:
    """The sentence as a wrapped label (shown by its pane when the language calls for it)."""
    label = QLabel(content_translation_note(), parent)
    label.setObjectName("TranslationNote")
    label.setWordWrap(True)
    return label
