"""The window's language: Qt's own and Companion's translators, switched at run time, and the Language menu.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget. The pages build
their texts (and pick the event's texts by language) when they are made, so :class:`WindowRebuilder` makes
the main window again in the new language, with the same geometry, page, day, search and selected session:
every page relabels, including pages added later, without each needing its own retranslation code.
``COMPANION_PSEUDO_STRETCH=1.4`` lengthens every translated string by that factor to catch clipped labels.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from companion.domain.kazakh_latin import to_latin
from companion.i18n import (
    BY_CODE,
    DEFAULT_LANGUAGE,
    LANGUAGES,
    SETTINGS_KEY,
    choose_language,
    environment_languages,
    normalise,
)
from companion.resources import resource_path
from companion.services.settings import SettingsService
from companion.ui.locale_format import qlocale, set_current_language

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow

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


class EnglishPluralTranslator(QTranslator):
    """English counted messages: the sources say ``%n session(s)``; Qt needs a catalogue for "1 session".

    No English catalogue is shipped, so this picks the form from ``n`` (and the verb right after it).
    """

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return english_counted(source_text, n)

    def isEmpty(self) -> bool:
        return False


_COUNTED = re.compile(r"\(s\)( are\b| match\b)?")
_SINGULAR_VERB = {" are": " is", " match": " matches"}


def english_counted(source_text: str, n: int) -> str | None:
    """``"%n session(s) match"`` for ``n``: "… session matches" when n is 1, "… sessions match" otherwise."""
    if n < 0 or "(s)" not in source_text:
        return NOT_FOUND
    if n == 1:
        return _COUNTED.sub(lambda m: _SINGULAR_VERB.get(m.group(1) or "", ""), source_text)
    return _COUNTED.sub(lambda m: "s" + (m.group(1) or ""), source_text)


class StretchTranslator(QTranslator):
    """A pseudo-language: whatever the real catalogues (or the source) say, made ``factor`` times longer.

    ``inner`` are the language's own translators, asked in order (Companion's, then Qt's).
    """

    def __init__(self, factor: float, inner: list[QTranslator], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._factor = factor
        self._inner = inner

    def translate(  # type: ignore[override]
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

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = self._inner.translate(context, source_text, disambiguation, n)
        return to_latin(found) if found else NOT_FOUND

    def isEmpty(self) -> bool:
        return self._inner.isEmpty()


class CatalogueTranslator(QTranslator):
    """Companion's compiled catalogue, also found when the code asks under another context than lupdate saw.

    ``tr = self.tr`` aliases and module-level ``_tr(text)`` helpers reach lupdate as plain ``tr`` calls, filed
    under the empty or the enclosing class's context, while at run time they ask under their class's or the
    helper's own context. When the exact context has no entry, the other contexts holding the same source
    text (the empty one first) are tried, so such strings are still translated.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._contexts: dict[str, list[str]] = {}

    def load_catalogue(self, qm_file: str, ts_file: str) -> bool:
        if not self.load(qm_file):
            return False
        self._contexts = contexts_by_source(ts_file)
        return True

    def translate(  # type: ignore[override]
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        found = super().translate(context, source_text, disambiguation, n)
        if found:
            return found
        for other in self._contexts.get(source_text, ()):
            if other != context:
                found = super().translate(other, source_text, disambiguation, n)
                if found:
                    return found
        return NOT_FOUND


def contexts_by_source(ts_file: str) -> dict[str, list[str]]:
    """Source text -> the contexts of a .ts file that hold it, the empty context first."""
    out: dict[str, list[str]] = {}
    if not os.path.exists(ts_file):
        return out
    root = ElementTree.parse(ts_file).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out.setdefault(message.findtext("source") or "", []).append(name)
    for names in out.values():
        names.sort(key=bool)
    return out


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def app_catalogue_path(code: str) -> str:
    """The compiled catalogue for ``code`` (empty for English, the language of the sources)."""
    suffix = BY_CODE[code].catalogue_suffix
    return str(resource_path("translations", f"companion_{suffix}.qm")) if suffix else ""


class LanguageManager(QObject):
    """Installs the translators for one language at a time and announces each change."""

    language_changed = Signal(str)
    """The new language code, after its translators are installed and the default QLocale is set."""

    def __init__(
        self, settings: SettingsService | None = None, stretch: float | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._stretch = stretch if stretch is not None else stretch_factor_from_environment()
        self._installed: list[QTranslator] = []
        self._current = DEFAULT_LANGUAGE
        self.qt_catalogue_loaded = False
        """Whether Qt's own translation (file dialogs, button boxes) was found for the current language."""

    @property
    def current(self) -> str:
        return self._current

    @property
    def stretch(self) -> float | None:
        return self._stretch

    def start(self, explicit: str | None = None) -> str:
        """Apply ``--lang``, else the remembered choice, else the system's UI languages; returns the code.

        Raises ``ValueError`` for a ``--lang`` Companion does not speak.
        """
        remembered = self._settings.get(SETTINGS_KEY) if self._settings is not None else None
        # The POSIX variables first: Qt drops the script of kk_KZ@latin; elsewhere they are unset.
        system = [*environment_languages(), *QLocale.system().uiLanguages()]
        code = choose_language(explicit, remembered, system)
        self.apply(code, remember=False)
        return code

    def use_settings(self, settings: SettingsService, explicit: str | None = None) -> str:
        """Keep choices in ``settings`` from now on; without ``--lang``, switch to the remembered choice.

        The state database opens after the first messages may need a language, so :meth:`start` can run
        without settings and this catches up. Returns the language in use.
        """
        self._settings = settings
        if not explicit:
            remembered = normalise(settings.get(SETTINGS_KEY))
            if remembered is not None and remembered != self._current:
                self.apply(remembered, remember=False)
        return self._current

    def apply(self, code: str, *, remember: bool = True) -> None:
        """Switch to ``code``: swap translators, set the default QLocale, remember it when asked."""
        normal = normalise(code)
        if normal is None:
            raise ValueError(f"language {code!r} is not available")
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("a QApplication must exist before a language is applied")
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
            translator.deleteLater()
        self._installed = []

        lang = BY_CODE[normal]
        self.qt_catalogue_loaded = False
        if lang.qt_catalogue:
            qt_translator = QTranslator(self)
            if qt_translator.load(f"qtbase_{lang.qt_catalogue}", qt_translations_dir()):
                if normal == "kk-Latn":
                    qt_translator = LatinKazakhTranslator(qt_translator, self)
                self._install(qt_translator)
                self.qt_catalogue_loaded = True
        if normal == "en":
            self._install(EnglishPluralTranslator(self))
        if lang.catalogue_suffix:
            catalogue = CatalogueTranslator(self)
            qm_file = app_catalogue_path(normal)
            if catalogue.load_catalogue(qm_file, qm_file.removesuffix(".qm") + ".ts"):
                self._install(catalogue)
        if self._stretch:
            self._install(StretchTranslator(self._stretch, list(reversed(self._installed)), self))

        QLocale.setDefault(qlocale(normal))
        set_current_language(normal)
        self._current = normal
        if remember and self._settings is not None:
            self._settings.set(SETTINGS_KEY, normal)
        self.language_changed.emit(normal)

    def _install(self, translator: QTranslator) -> None:
        QCoreApplication.installTranslator(translator)
        self._installed.append(translator)

    def uninstall(self) -> None:
        """Remove every translator this manager installed (back to the English sources)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []
        set_current_language(DEFAULT_LANGUAGE)


class LanguageMenu(QMenu):
    """The Language menu: one checkable entry per language, each named in its own language; one click switches."""

    def __init__(self, manager: LanguageManager, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._manager = manager
        self._group = QActionGroup(self)
        self._group.setExclusive(True)
        self._actions: dict[str, QAction] = {}
        for lang in LANGUAGES:
            action = QAction(lang.native_name, self)
            action.setCheckable(True)
            action.setData(lang.code)
            # Each language is named in itself, so a reader finds theirs whatever the current language.
            action.setStatusTip(lang.english_name)
            action.triggered.connect(lambda _checked=False, code=lang.code: self._choose(code))
            self._group.addAction(action)
            self.addAction(action)
            self._actions[lang.code] = action
        manager.language_changed.connect(self._mark)
        self._mark(manager.current)
        self.retranslate_ui()

    def action_for(self, code: str) -> QAction:
        return self._actions[code]

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("&Language"))
        self.menuAction().setToolTip(self.tr("Choose the language of the window"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _choose(self, code: str) -> None:
        if code != self._manager.current:
            self._manager.apply(code, remember=True)
        else:
            self._mark(code)

    def _mark(self, code: str) -> None:
        action = self._actions.get(code)
        if action is not None:
            action.setChecked(True)


def install_language_menu(window: MainWindow, manager: LanguageManager) -> LanguageMenu:
    """Add View → Language to ``window``."""
    menu = LanguageMenu(manager, window)
    menu.setObjectName("LanguageMenu")
    window.menu_view.addSeparator()
    window.menu_view.addMenu(menu)
    return menu


@dataclass(frozen=True, slots=True)
class WindowView:
    """What the user is looking at, carried from the old window to the rebuilt one."""

    page_index: int
    search: str
    session_id: str | None
    focus_name: str


def capture_view(window: MainWindow) -> WindowView:
    current = window.agenda.current_session
    focus = window.focusWidget()
    return WindowView(
        page_index=window.pages.currentIndex(),
        search=window.search_box.text(),
        session_id=current.id if current is not None else None,
        focus_name=focus.objectName() if focus is not None else "",
    )


def restore_view(window: MainWindow, view: WindowView) -> None:
    if view.search:
        window.search_box.setText(view.search)
    if view.session_id is not None:
        window.agenda.show_session(view.session_id)
    page = window.pages.widget(view.page_index)
    if page is not None:
        window.show_page(page)
    if view.focus_name:
        target = window.findChild(QWidget, view.focus_name)
        if target is not None:
            target.setFocus()


def carry_feature_state(old: MainWindow, new: MainWindow) -> None:
    """Hand each feature's state to its counterpart in the rebuilt window.

    A feature object (a named QObject child of the window) that keeps state the settings do not hold
    defines ``take_state_from(old_feature)``; it is called with the old window's object of the same name.
    """
    for feature in new.findChildren(QObject):
        take = getattr(feature, "take_state_from", None)
        name = feature.objectName()
        if take is None or not name:
            continue
        previous = old.findChild(type(feature), name)
        if previous is not None:
            take(previous)


class WindowRebuilder(QObject):
    """Rebuilds the main window when the language changes, keeping what the user was looking at.

    ``factory(language)`` makes a new main window (``app.create_main_window`` with the same event, state
    and clock). The old window saves its state (geometry, day, view, splitter) first, as on closing.
    """

    window_replaced = Signal(object)
    """The new main window, shown in place of the old one."""

    def __init__(self, manager: LanguageManager, window: MainWindow, factory: Callable[[str], MainWindow]) -> None:
        super().__init__(manager)
        self._manager = manager
        self._window = window
        self._factory = factory
        manager.language_changed.connect(self.rebuild)

    @property
    def window(self) -> MainWindow:
        return self._window

    def rebuild(self, language: str) -> None:
        old = self._window
        if old.language == language:
            return
        busy = busy_page(old)
        if busy is not None:
            # Rebuilding would delete a page whose job (printing, importing ...) still has to finish there.
            # Go back to the window's language once this change has been announced to everyone.
            QTimer.singleShot(0, old, lambda: self._refuse(old, busy))
            return
        view = capture_view(old)
        was_visible = old.isVisible()
        old.save_window_state()
        new = self._factory(language)
        restore_view(new, view)
        carry_feature_state(old, new)
        self._window = new
        if was_visible:
            new.show()
            new.activateWindow()
        old.hide()
        old.deleteLater()
        self.window_replaced.emit(new)

    def _refuse(self, window: MainWindow, page: QWidget) -> None:
        self._manager.apply(window.language, remember=True)
        window.show_page(page)
        window.statusBar().showMessage(self.tr("Finish or cancel the work running on this page before switching "
                                               "language."))


def busy_page(window: MainWindow) -> QWidget | None:
    """The first page of ``window`` whose ``busy()`` says a job is running on it, if any."""
    for index in range(window.pages.count()):
        page = window.pages.widget(index)
        busy = getattr(page, "busy", None)
        if callable(busy) and busy():
            return page
    return None
