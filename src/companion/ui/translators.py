"""The window's translators: Companion's compiled catalogues, Qt's own, and the pseudo-language for layout tests.

Every language, English included, has a compiled catalogue ``resources/translations/companion_<suffix>.qm``
made by ``packaging/i18n/update_translations.py``; English's holds only the plural forms of the counted
(``%n``) messages ("1 session", "2 sessions"). The window loads it with a plain :class:`QTranslator`; the
command line reads the same file without Qt (:mod:`companion.sources.translations`), so both take their
texts and plural forms from the same data. Each call site names its context literally (``self.tr`` or
``QCoreApplication.translate("Context", …)``), so a catalogue entry is found under the context lupdate saw.

``COMPANION_PSEUDO_STRETCH=1.4`` lengthens every translated string by that factor to catch clipped labels.
"""

from __future__ import annotations

import math
import os

from PySide6.QtCore import QLibraryInfo, QObject, QTranslator

from companion.domain.kazakh_latin import to_latin
from companion.i18n import BY_CODE
from companion.resources import resource_path

STRETCH_ENV = "COMPANION_PSEUDO_STRETCH"
NOT_FOUND = None
"""What a translator subclass returns for "no translation here": a null QString, so Qt asks the next
translator and finally shows the source text (an empty string would be taken as the translation)."""
_PAD = "ẍ"


def stretch_text(text: str, factor: float) -> str:
    """``text`` lengthened to about ``factor`` times its length; place markers and accelerators survive.

    Each line gets its own padding, so multi-line labels grow in width, not only the last line.
    """
    if factor <= 1.0 or not text:
        return text
    lines = text.split("\n")
    return "\n".join(line + _PAD * math.ceil(len(line) * (factor - 1.0)) if line else line for line in lines)


def stretch_factor_from_environment() -> float | None:
    """The factor in ``COMPANION_PSEUDO_STRETCH`` (e.g. ``1.4``), or None when unset or not a number > 1."""
    raw = os.environ.get(STRETCH_ENV, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        return None
    return value if value > 1.0 else None


class StretchTranslator(QTranslator):
    """A pseudo-language: whatever the real catalogues (or the source) say, made ``factor`` times longer.

    ``inner`` are the language's own translators, asked in order (Companion's, then Qt's).
    """

    def __init__(self, factor: float, inner: list[QTranslator], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factor = factor
        self._inner = inner

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source_text == "QT_LAYOUT_DIRECTION":
            return NOT_FOUND
        text = ""
        for translator in self._inner:
            text = translator.translate(context, source_text, disambiguation, n) or ""
            if text:
                break
        return stretch_text(text or source_text, self._factor)

    def isEmpty(self) -> bool:
        return False


class LatinKazakhTranslator(QTranslator):
    """Qt's own Kazakh catalogue (Cyrillic) spelt in the founding report's Latin letters, for kk-Latn."""

    def __init__(self, inner: QTranslator, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inner = inner

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = self._inner.translate(context, source_text, disambiguation, n)
        return to_latin(found) if found else NOT_FOUND

    def isEmpty(self) -> bool:
        return self._inner.isEmpty()


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def app_catalogue_path(code: str) -> str:
    """Companion's compiled catalogue for ``code`` (English's holds the plural forms of counted messages)."""
    suffix = BY_CODE[code].catalogue_suffix
    return str(resource_path("translations", f"companion_{suffix}.qm"))


def qt_translator(code: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own catalogue for ``code`` (file dialogs, button boxes), spelt in Latin for kk-Latn; None if absent."""
    lang = BY_CODE[code]
    if not lang.qt_catalogue:
        return None
    translator = QTranslator(parent)
    if not translator.load(f"qtbase_{lang.qt_catalogue}", qt_translations_dir()):
        return None
    if code == "kk-Latn":
        return LatinKazakhTranslator(translator, parent)
    return translator


def app_translator(code: str, parent: QObject | None = None) -> QTranslator | None:
    """Companion's compiled catalogue for ``code`` in a plain :class:`QTranslator`; None if it is missing."""
    translator = QTranslator(parent)
    return translator if translator.load(app_catalogue_path(code)) else None
