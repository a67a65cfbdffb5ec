"""QApplication set-up: identity, locale and translators, the services, the event, the main window, and
what happens to an exception nobody caught (logged, then shown in a dialog with the details to copy)."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from companion import APP_ID, __version__, paths
from companion.clock import Clock
from companion.crash_log import configure_logging, current_log_path, log_dir, log_uncaught
from companion.domain.event import Event
from companion.domain.message import fill
from companion.services.container import Services
from companion.sources import EventFileError, load_event
from companion.sources.loader import load_bundled_event
from companion.store.database import StateDatabaseError, StateReadOnlyError, open_state
from companion.ui.file_problem import file_problem_text, translated
from companion.ui.gui_thread import keep_gui_thread_responsive
from companion.ui.language import LanguageManager, WindowRebuilder, install_language_menu
from companion.ui.main_window import MainWindow

if TYPE_CHECKING:
    from companion.services.subscriptions import Refreshed
    from companion.sources.report import ImportReport

JOBS_AT_EXIT_MS = 30_000
"""How long quitting waits for background jobs (a comparison being stored) before closing the state."""
BENCH_FIRST_PAINT_ENV = "COMPANION_BENCH_FIRST_PAINT"
"""When set to 1, print ``first-paint <unix time>`` at the window's first paint, ``key <unix time>`` when it first
handles a key, then its memory, and quit (:mod:`companion.ui.startup_probe`, benchmarks/startup.py)."""
AFTER_PAINT_FALLBACK_MS = 1000
"""Work kept for after the first paint runs by then even if the window is never painted (started minimised)."""


def create_main_window(
    event: Event,
    services: Services | sqlite3.Connection,
    clock: Clock,
    language: str = "en",
    languages: LanguageManager | None = None,
    later: list[Callable[[], object]] | None = None,
    bundled_id: str | None = None,
) -> MainWindow:
    """The main window for ``event``, its workflows in ``services`` and telling time by ``clock``.

    ``services`` may be a connection to the user-state file (tests): the services are then composed on it.
    With ``languages``, the window has View → Language to switch its language. With ``later``, what the first
    picture does not show (the File menu's opening, recent events and subscriptions, :func:`install_file_features`,
    and its desk packages) is appended to it for the caller to run after the first paint, instead of being
    installed now. ``bundled_id``: the bundled event's id when the start read the bundled file (the opener then
    knows the shown event is the bundled one without reading the file again).
    """
    if isinstance(services, sqlite3.Connection):
        services = Services.for_connection(services)
    window = MainWindow(event, services, clock, language)
    from companion.ui.navigation import install_people_pages

    install_people_pages(window)
    from companion.ui.changes.entry import add_changes_entry

    add_changes_entry(window)  # its entry now, so the sidebar never widens when it shows
    if later is None:
        install_file_features(window, bundled_id)
    else:  # each module, then each feature, in a turn of the event loop of its own (a few ms each)
        later.extend(_import_steps(OPENING_IMPORTS))
        later.append(lambda: _install_opening(window, painted=True, bundled_id=bundled_id))
        later.extend(_import_steps(SUBSCRIPTION_IMPORTS))
        later.append(lambda: _install_subscriptions(window))
    from companion.ui.my_agenda.feature import install_my_agenda

    install_my_agenda(window)
    from companion.ui.badges.feature import install_badges_page

    install_badges_page(window)
    from companion.ui.checkin.feature import install_checkin_page

    install_checkin_page(window, later)
    if languages is not None:
        install_language_menu(window, languages)
    return window


OPENING_IMPORTS = ("hashlib", "companion.domain.changes", "companion.store.revisions", "companion.services.events",
                   "companion.ui.open_event")
"""What opening files and noting the starting event import (4-7 ms each, leaves first): one per turn after the first
paint, instead of 11-13 ms in the turn that notes the starting event."""
SUBSCRIPTION_IMPORTS = ("companion.atomic_files", "companion.store.subscriptions", "companion.services.subscriptions",
                        "companion.ui.subscriptions")
"""What schedule addresses import, leaves first (10-13 ms in one turn before)."""


def _import_steps(names: tuple[str, ...]) -> list[Callable[[], object]]:
    """One step per module of ``names``, importing it (for :func:`one_per_turn`)."""
    return [partial(importlib.import_module, name) for name in names]


def install_file_features(window: MainWindow, bundled_id: str | None = None) -> None:
    """Opening files (Open…, Open Recent, drag and drop, What changed) and schedule addresses (subscriptions):
    entries of the File menu, invisible until it opens, installed at once (tests, the language rebuild). The
    start installs them in two steps right after its first paint (:func:`create_main_window`'s ``later``), which
    spares their modules and the subscriptions' store from the time to the first picture. ``bundled_id``: the
    bundled event's id when the start read the bundled file, so the opener does not read it again."""
    _install_opening(window, painted=False, bundled_id=bundled_id)
    _install_subscriptions(window)


def _install_opening(window: MainWindow, *, painted: bool, bundled_id: str | None) -> None:
    from companion.ui.open_event import install_event_opening

    opener = install_event_opening(window, painted=painted)
    if bundled_id is not None:  # known before the opener notes the starting event (on its next turn)
        opener.know_bundled_event_id(bundled_id)


def _install_subscriptions(window: MainWindow) -> None:
    from companion.ui.subscriptions import install_subscriptions

    install_subscriptions(window)


class _AfterFirstPaint(QObject):
    """Runs ``work`` once the window has painted for the first time (or after a second if it never paints), so
    what can wait does not delay the first picture; the work runs from the event loop, after pending input."""

    def __init__(self, window: QWidget, work: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._work: Callable[[], None] | None = work
        window.installEventFilter(self)
        QTimer.singleShot(AFTER_PAINT_FALLBACK_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._work is not None and watched is self._window and event.type() == QEvent.Type.Paint:
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            self._window.removeEventFilter(self)
            work()


def one_per_turn(owner: QObject, steps: list[Callable[[], object]]) -> None:
    """Run ``steps`` in order, each in a turn of the event loop of its own (input waiting is handled between
    them); none runs once ``owner`` is gone."""
    if steps:
        first, rest = steps[0], steps[1:]

        def run() -> None:
            first()
            one_per_turn(owner, rest)

        QTimer.singleShot(0, owner, run)


def _load_event(path: Path | None, *, last: bool = False) -> Event:
    """The requested event, or the bundled one after telling the user why the requested file failed.

    ``last``: ``path`` is the event the user had open last time (not one given with ``--event``).
    """
    return _starting_from(path, last=last).event


def _starting_from(path: Path | None, *, last: bool = False) -> StartingEvent:
    """:func:`_load_event`, saying whether the bundled file was read (its id is then known without reading it
    again after the first paint)."""
    if path is not None:
        try:
            return StartingEvent(load_event(path))
        except EventFileError as exc:
            if last:
                text = fill(QApplication.translate("App", "The event you had open last cannot be opened: %1"),
                            file_problem_text(exc))
            else:
                text = fill(QApplication.translate("App", "Companion cannot open the event file %1"),
                            file_problem_text(exc))
            QMessageBox.warning(
                None,
                QApplication.translate("App", "Event file not opened"),
                text + "\n\n" + QApplication.translate("App", "The bundled CACCC-2025 programme is shown instead."),
            )
    event = load_bundled_event()
    return StartingEvent(event, bundled_id=event.id)


@dataclass(frozen=True, slots=True)
class StartingEvent:
    """The event the window starts with, and what to do once it shows."""

    event: Event
    requested_file: Path | None = None
    """A ``--event`` file: remembered (recent list, What changed) and its report shown once the window shows."""
    report: ImportReport | None = None
    """What reading ``requested_file`` found (the file is read once, before the window shows)."""
    cached: Refreshed | None = None
    """A subscription's copy shown at start-up (its age is said; refreshed when due)."""
    fetch_url: str | None = None
    """An address to fetch once the window shows (``--event URL`` with no copy yet)."""
    bundled_id: str | None = None
    """The bundled event's id when the start read the bundled file (so it is not read again for its id)."""


def starting_event(services: Services, event_arg: str | None) -> StartingEvent:
    """``--event FILE`` or ``URL``, else the event the user had open last (a file or a subscription's copy), else
    the bundled one; an address is never fetched before the window shows (its copy is, and says how old)."""
    from companion.services.last_event import is_address, last_event

    if event_arg and not is_address(event_arg):
        return _requested_file(services, Path(event_arg))
    if event_arg:
        kind, value = "url", event_arg.strip()
    else:
        kind, value = last_event(services.settings) or ("", "")
    if kind == "file":
        found = services.subscriptions.by_cache_path(value)
        if found is None:
            return _starting_from(Path(value), last=True)
        kind, value = "url", found.url
    if kind == "url":
        from companion.services.subscriptions import FetchError

        try:
            cached = services.subscriptions.open_cached(value)
        except FetchError as exc:
            if event_arg and services.subscriptions.get(value) is None:
                return replace(_starting_from(None), fetch_url=value)
            QMessageBox.warning(
                None,
                QApplication.translate("App", "Event file not opened"),
                translated(exc.message) + "\n\n"
                + QApplication.translate("App", "The bundled CACCC-2025 programme is shown instead."),
            )
            return _starting_from(None)
        return StartingEvent(cached.opened.event, cached=cached, fetch_url=value if event_arg else None)
    return _starting_from(None)


def _requested_file(services: Services, path: Path) -> StartingEvent:
    """``--event FILE``, read once with its report, in the zone chosen for it last time (as File → Open does);
    the bundled event after saying why when it cannot be read."""
    try:
        event, report = services.events.load(path, services.events.remembered_zone(path))
    except EventFileError as exc:
        QMessageBox.warning(
            None,
            QApplication.translate("App", "Event file not opened"),
            fill(QApplication.translate("App", "Companion cannot open the event file %1"), file_problem_text(exc))
            + "\n\n" + QApplication.translate("App", "The bundled CACCC-2025 programme is shown instead."),
        )
        return _starting_from(None)
    return StartingEvent(event, requested_file=path, report=report)


def _open_state() -> sqlite3.Connection:
    try:
        return open_state(paths.state_db_path())
    except StateReadOnlyError:
        return _read_only_state()
    except StateDatabaseError as exc:
        text = QApplication.translate("App", "Companion cannot use its saved data (%1). Changes will not be kept.")
        QMessageBox.warning(
            None, QApplication.translate("App", "Saved data not available"), fill(text, translated(exc.problem))
        )
        return open_state(":memory:")


def _read_only_state() -> sqlite3.Connection:
    """The saved data of a read-only data folder, copied into memory: stars, settings and attendees show as
    saved and can be changed for this run; the message says nothing will be kept."""
    try:
        saved = open_state(paths.state_db_path(), readonly=True)
    except StateDatabaseError as exc:
        text = QApplication.translate("App", "Companion cannot use its saved data (%1). Changes will not be kept.")
        QMessageBox.warning(
            None, QApplication.translate("App", "Saved data not available"), fill(text, translated(exc.problem))
        )
        return open_state(":memory:")
    working = open_state(":memory:")
    saved.backup(working)
    saved.close()
    QMessageBox.information(
        None,
        QApplication.translate("App", "Data folder is read-only"),
        fill(QApplication.translate(
            "App", "The data folder %1 is read-only. Companion shows your saved stars and lists, but changes made "
                   "now will not be kept after you close it."), str(paths.data_dir(create=False))),
    )
    return working


def _start_in_language(
    args: argparse.Namespace, languages: LanguageManager
) -> tuple[sqlite3.Connection, str, StartingEvent]:
    """The state, the language and the event, in that order, so a message about a broken event file is
    already in the remembered language (``--lang``, else the saved choice, else the system's)."""
    explicit = getattr(args, "lang", None)
    languages.start(explicit)  # the system's language (or --lang) for a problem with the state file itself
    state = _open_state()
    services = Services.for_connection(state)
    language = languages.use_settings(services.settings, explicit)
    return state, language, starting_event(services, getattr(args, "event", None))


def run_gui(args: argparse.Namespace) -> int:
    """Open the window (``companion`` with no command). Returns the exit status."""
    keep_gui_thread_responsive()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("Companion")
    app.setApplicationDisplayName("Companion")
    app.setOrganizationName("Companion")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    # One window per user and data folder: a second launch hands its file over and exits (ui/single_instance.py).
    from companion.ui.single_instance import FileOpenEvents, SingleInstance, open_handed_over

    instance = SingleInstance(paths.data_dir(create=False), app)
    if instance.may_be_running() and instance.hand_over(getattr(args, "event", None)):
        return 0
    from companion.ui.colour_scheme import follow_colour_scheme

    follow_colour_scheme(app)
    if current_log_path() is None:  # run_gui called without the command line (which sets it up)
        configure_logging(log_dir())
    crashes = CrashReporter(app)
    crashes.install()
    languages = LanguageManager(parent=app)
    state, language, starting = _start_in_language(args, languages)
    event = starting.event
    services = Services.for_connection(state)
    services.store_url = getattr(args, "store", None)  # --store: the check-in desks' shared server
    now_arg = getattr(args, "now", None)
    if now_arg:
        from companion.cli.context import parse_now

        clock = Clock(parse_now(now_arg, event, language))
    else:
        clock = Clock()
    after_paint: list[Callable[[], object]] = [instance.listen]  # Qt's network module, after the first paint
    window = create_main_window(event, services, clock, language, languages, later=after_paint,
                                bundled_id=starting.bundled_id)
    # Switching language rebuilds the window in the new language, on the event it shows at that moment.
    rebuilder = WindowRebuilder(
        languages,
        window,
        lambda code: _rebuilt_window(create_main_window(rebuilder.window.current_event, services, clock, code,
                                                        languages)),
    )
    instance.received.connect(lambda target: open_handed_over(rebuilder.window, target))
    if sys.platform == "darwin":  # "Open With" and the Dock hand files over as QFileOpenEvents on macOS alone;
        # elsewhere an application-wide filter would only put every event of the app through Python
        app.installEventFilter(FileOpenEvents(lambda: rebuilder.window, app))
    if os.environ.get(BENCH_FIRST_PAINT_ENV) == "1":
        from companion.ui.startup_probe import StartupProbe

        StartupProbe(window)

    def after_first_paint() -> None:
        # one step per turn of the event loop, so a key pressed meanwhile waits behind one step at most
        one_per_turn(window, [
            *after_paint,
            settle_after_start,
            lambda: finish_start(window, starting),
            window.start_idle_work,  # the pages not shown yet, one per turn of the event loop
        ])

    _AfterFirstPaint(window, after_first_paint)
    if getattr(args, "desk", False):  # companion --desk: the Check-in page, full screen
        from companion.ui.checkin.feature import open_desk

        open_desk(window)
    else:
        window.show()
    status = app.exec()
    crashes.uninstall()
    instance.close()
    # background jobs hold their own thread's state connection: let them end before the connections close
    QThreadPool.globalInstance().waitForDone(JOBS_AT_EXIT_MS)
    services.close()
    state.close()
    return int(status)


def _rebuilt_window(window: MainWindow) -> MainWindow:
    """A window rebuilt in another language builds its other pages in idle moments, as the first one did."""
    window.start_idle_work()
    return window


def settle_after_start() -> None:
    """After the first paint: what the start built is kept for the whole run, so it is moved out of the garbage
    collector's generations (``gc.freeze``: later collections, which may run between keystrokes, no longer scan
    it), and collection is turned back on if the start had turned it off (``companion.__main__``)."""
    gc.freeze()
    gc.enable()


def finish_start(window: MainWindow, starting: StartingEvent) -> None:
    """What the start leaves until the window shows: a ``--event`` file is remembered (recent list, What changed)
    and its report shown, from what was read at start; a subscription's copy says its age and refreshes if due."""
    from companion.ui.open_event import EventOpener

    opener = window.findChild(EventOpener)
    if opener is not None and starting.requested_file is not None:
        loaded = (starting.event, starting.report) if starting.report is not None else None
        opener.start_with(starting.requested_file, loaded)
    _start_subscription(window, starting)


def _start_subscription(window: MainWindow, starting: StartingEvent) -> None:
    """A subscription's copy is shown with its age (and refreshed when asked for with --event or when due)."""
    from companion.services.subscriptions import age_text
    from companion.ui.subscriptions import SubscriptionsController

    controller = window.findChild(SubscriptionsController)
    if controller is None:
        return
    if starting.cached is not None:
        controller.show_refreshed(starting.cached, show_report=False)
        age = age_text(starting.cached.fetched_at)
        window.statusBar().showMessage(fill(QApplication.translate("App", "Showing the copy fetched %1."),
                                            translated(age)))
    if starting.fetch_url is not None:
        controller.open_address(starting.fetch_url, quiet=starting.cached is not None)
    else:
        controller.refresh_if_due()


class CrashReporter(QObject):
    """Logs every exception nobody caught (on any thread) and shows it in a dialog with the details to copy.

    The log and the dialog carry the exception's type and where it happened, never its message or values,
    which may name an attendee (:func:`companion.crash_log.safe_traceback`). A report from a worker thread
    is shown on the GUI thread.
    """

    reported = Signal(str)
    """The details of an uncaught exception (safe to show), delivered to the GUI thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reported.connect(self.show_dialog)
        self.dialog: QMessageBox | None = None
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook

    def excepthook(
        self, kind: type[BaseException], exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc if exc is not None else kind(), tb)
            return
        self.reported.emit(log_uncaught(kind, exc, tb))

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        self.excepthook(args.exc_type, args.exc_value, args.exc_traceback)

    def show_dialog(self, details: str) -> None:
        """The short explanation, in the user's language, with the details (and the log file) to copy."""
        if self.dialog is not None:  # one at a time: the next ones are in the log
            return
        text = QCoreApplication.translate(
            "CrashReport",
            "Companion ran into an unexpected problem. What you were doing may not have finished; your saved data "
            "is kept. If it happens again, please send the details below to whoever supports Companion for you.")
        log = current_log_path()
        if log is not None:
            text += "\n\n" + fill(QCoreApplication.translate("CrashReport", "The details are also in %1."), log)
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("CrashReport", "Unexpected problem"),
                          text, QMessageBox.StandardButton.Close)
        box.setDetailedText(details)
        self.dialog = box
        try:
            box.exec()
        finally:
            self.dialog = None
            box.deleteLater()
