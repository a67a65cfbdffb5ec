"""The window's language: Qt's own and Companion's translators, switched at run time, and the Language menu.

Installing or removing a translator makes Qt send ``QEvent.LanguageChange`` to every widget. The pages build
their texts (and pick the event's texts by language) when they are made, so :class:`WindowRebuilder` makes
the main window again in the new language, with the same geometry, page, day, search and selected session:
every page relabels, including pages added later, without each needing its own retranslation code.
The translators themselves (Companion's catalogues, Qt's, the pseudo-language stretched by
``COMPANION_PSEUDO_STRETCH``) are in :mod:`companion.ui.translators`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTimer, QTranslator, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from companion.i18n import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    SETTINGS_KEY,
    choose_language,
    environment_languages,
    normalise,
)
from companion.services.settings import SettingsService
from companion.ui.locale_format import qlocale, set_current_language
from companion.ui.translators import (
    StretchTranslator,
    app_translator,
    qt_translator,
    stretch_factor_from_environment,
)

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow, WindowView


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

        self.qt_catalogue_loaded = False
        qt_catalogue = qt_translator(normal, self)
        if qt_catalogue is not None:
            self._install(qt_catalogue)
            self.qt_catalogue_loaded = True
        catalogue = app_translator(normal, self)
        if catalogue is not None:
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
        self.setTitle(self.tr("Lan&guage"))
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


LANGUAGE_MENU_ORDER = 10
"""View menu, ``language`` section."""


def install_language_menu(window: MainWindow, manager: LanguageManager) -> LanguageMenu:
    """Add View → Language to ``window``."""
    menu = LanguageMenu(manager, window)
    menu.setObjectName("LanguageMenu")
    window.add_menu("view", "language", menu, LANGUAGE_MENU_ORDER)
    return menu


def capture_view(window: MainWindow) -> WindowView:
    """What the user looks at in ``window``, and its features' handed-over state."""
    return window.capture_view()


def restore_view(window: MainWindow, view: WindowView) -> None:
    """Show ``view`` in a rebuilt ``window``."""
    window.restore_view(view)


class WindowRebuilder(QObject):
    """Rebuilds the main window when the language changes, keeping what the user was looking at.

    ``factory(language)`` makes a new main window (``app.create_main_window`` with the same event, state
    and clock). The old window saves its state (geometry, day, view, splitter) first, as on closing; what
    settings do not keep travels in a typed :class:`~companion.ui.main_window.WindowView`: the page, search,
    selected session and focus, and the state each feature declared with ``MainWindow.add_hand_over``.
    A page added with a ``busy`` check that says a job still runs on it postpones the switch.
    """

    window_replaced = Signal(QMainWindow)
    """The new main window (a :class:`MainWindow`), shown in place of the old one."""

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
        busy = old.busy_page()
        if busy is not None:
            # Rebuilding would delete a page whose job (printing, importing ...) still has to finish there.
            # Go back to the window's language once this change has been announced to everyone.
            QTimer.singleShot(0, old, lambda: self._refuse(old, busy))
            return
        old.hub.language_changed.emit(language)
        view = old.capture_view()
        was_visible = old.isVisible()
        old.save_window_state()
        new = self._factory(language)
        new.restore_view(view)
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
