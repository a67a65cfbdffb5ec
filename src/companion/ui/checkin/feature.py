"""Plugs the Check-in page into the main window: the page, View → Full screen (F11), ``companion --desk``,
and badges reprinted from the page in the background."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence

from companion.domain.message import QT_TRANSLATE_NOOP, Message, fill
from companion.ui.file_problem import translated
from companion.ui.main_window import MainWindow, PageOrder

if TYPE_CHECKING:
    from collections.abc import Callable

    from companion.domain.event import Event
    from companion.services.container import Services
    from companion.services.jobs import JobContext
    from companion.ui.checkin.desk_package import DeskPackageActions
    from companion.ui.checkin.page import CheckinPage

FULL_SCREEN_ORDER = 90
"""View menu, ``settings`` section."""
DESK_SCALE = 1.35
"""The verdict's type, full screen at a desk, relative to the page in a window."""
CHECKIN_PAGE = "CheckinPage"
"""The Check-in page's object name (``window.page(CHECKIN_PAGE)``)."""


class CheckinFeature(QObject):
    """Owns the Check-in page of one window and what it hands to the rest of the window.

    The page is built when first shown or asked for (:attr:`page`), or in an idle moment after the first paint;
    View → Full screen and its F11 are there from the start.
    """

    def __init__(self, window: MainWindow, later: list[Callable[[], object]] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._page: CheckinPage | None = None
        window.add_lazy_page(CHECKIN_PAGE, self._build_page, self.tr("Check-in"), order=PageOrder.CHECKIN,
                             busy=lambda: self._page is not None and self._page.busy(),
                             imports=("companion.services.checkin", "companion.ui.checkin.panes",
                                      "companion.ui.checkin.page"))
        self.action_full_screen = QAction(self.tr("Full scr&een"), window)
        self.action_full_screen.setCheckable(True)
        self.action_full_screen.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.action_full_screen.toggled.connect(self.set_full_screen)
        window.addAction(self.action_full_screen)
        window.add_menu_action("view", "settings", self.action_full_screen, FULL_SCREEN_ORDER)
        self.desk_packages: DeskPackageActions | None = None
        """File → Export / Import desk package (made with the start's ``later`` steps when it passes them)."""
        if later is None:
            self.install_desk_packages()
        else:
            later.append(self.install_desk_packages)

    def install_desk_packages(self) -> None:
        """File → Export / Import desk package: entries of a menu, invisible until it opens, so the start makes
        them right after its first paint (their module, the job runner and Qt's dialog classes wait till then)."""
        from companion.ui.checkin.desk_package import DeskPackageActions

        self.desk_packages = DeskPackageActions(self.window)
        self.desk_packages.imported.connect(self._desk_package_imported)

    def _desk_package_imported(self) -> None:
        if self._page is not None:
            self._page.refresh()
        self.window.show_page(self.page)  # the desk's new list, where it is used

    @property
    def page(self) -> CheckinPage:
        """The Check-in page (built now if it was not yet)."""
        if self._page is None:
            self.window.page(CHECKIN_PAGE)
        assert self._page is not None
        return self._page

    def _build_page(self) -> CheckinPage:
        from companion.ui.checkin.page import CheckinPage

        window = self.window
        page = CheckinPage(window.current_event, window.services, window.language, window)
        self._page = page
        window.hub.current_event_changed.connect(page.set_event)
        page.full_screen_requested.connect(self.action_full_screen.setChecked)
        page.reprint_requested.connect(self.reprint)
        if self.action_full_screen.isChecked():
            self._show_full_screen_state(page, True)
        return page

    def set_full_screen(self, on: bool) -> None:
        """The whole window full screen (a desk), larger verdict type; off gives the window back."""
        window = self.window
        if on and not window.isFullScreen():
            window.showFullScreen()
        elif not on and window.isFullScreen():
            window.showNormal()
        blocked = self.action_full_screen.blockSignals(True)
        self.action_full_screen.setChecked(on)
        self.action_full_screen.blockSignals(blocked)
        if self._page is not None:
            self._show_full_screen_state(self._page, on)

    @staticmethod
    def _show_full_screen_state(page: CheckinPage, on: bool) -> None:
        """The page's verdict type and its own Full screen button, as the window is."""
        page.verdict.set_scale(DESK_SCALE if on else 1.0)
        blocked = page.full_screen_button.blockSignals(True)
        page.full_screen_button.setChecked(on)
        page.full_screen_button.blockSignals(blocked)

    def open_desk(self) -> None:
        """``companion --desk``: the Check-in page, full screen, the scanner ready."""
        self.window.show_page(self.page)
        self.set_full_screen(True)
        self.page.setFocus()

    # -- reprint -------------------------------------------------------------------------------------
    def reprint(self, attendee_id: str) -> None:
        """A new badge for ``attendee_id`` (the old code revoked), drawn and printed without stopping the desk."""
        window = self.window
        event = window.current_event
        language = window.language
        services = window.services

        def draw(ctx: JobContext) -> Path:
            return reprint_badge(services, event, attendee_id, language, ctx)

        handle = self.page.runner.start(self.tr("Drawing a new badge"), draw)
        handle.succeeded.connect(self._drawn)
        handle.failed.connect(lambda outcome: window.show_message(fill(
            self.tr("The badge could not be reprinted: %1"), translated(outcome.message or ""))))

    def _drawn(self, pdf: Any) -> None:
        if not isinstance(pdf, Path):
            return
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

        info = QPrinterInfo.defaultPrinter()
        if info.isNull():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(pdf)))
            self.window.show_message(fill(self.tr("New badge drawn in %1 (no printer is set up: opened to print)."),
                                          pdf))
            return
        from companion.ui.badges.printing import print_pdf

        printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)

        def send(ctx: JobContext) -> int:
            return print_pdf(pdf, printer, ctx)

        handle = self.page.runner.start(self.tr("Printing a new badge"), send)
        handle.succeeded.connect(lambda _pages: self.window.show_message(
            fill(self.tr("New badge sent to %1."), info.printerName())))
        handle.failed.connect(lambda outcome: self.window.show_message(fill(
            self.tr("The new badge could not be printed: %1"), translated(outcome.message or ""))))


def reprint_badge(services: Services, event: Event, attendee_id: str, language: str,
                  context: JobContext | None = None) -> Path:
    """Issue ``attendee_id`` a new code (the old one is revoked at every desk that learns of it) and draw the
    badge on one card, with the Badges page's saved options; the PDF's path. A job function's body."""
    from companion import paths
    from companion.domain.attendee import Attendee, Category
    from companion.services.badges import BadgeSettings
    from companion.services.checkin import CheckinError

    checkin, badges = services.checkin, services.badges
    facts = checkin.attendees().get(attendee_id)
    if facts is None:
        raise CheckinError(Message(QT_TRANSLATE_NOOP("CheckIn", "{id} is not in this desk's list"), id=attendee_id))
    try:
        category = Category(facts.category)
    except ValueError:
        category = Category.DELEGATE
    person = Attendee(facts.attendee_id, facts.given_name, facts.family_name, facts.organisation,
                      facts.delegation, category)
    serial = checkin.reissue_badge(event.id, attendee_id)  # revoked here and in a shared store
    settings = badges.load_settings(event.id) if badges.attendees(event.id) else BadgeSettings()
    run = replace(badges.single(event, person, "cr80", settings, language, reissue=False),
                  serials=((attendee_id, serial),))
    folder = paths.data_dir() / "reprints"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    import secrets

    output = folder / f"badge-{secrets.token_hex(4)}.pdf"
    badges.render(run, output, context)
    return output


def install_checkin_page(window: MainWindow, later: list[Callable[[], object]] | None = None) -> CheckinFeature:
    """Add the Check-in page, View → Full screen and the File menu's desk packages to ``window`` (with ``later``,
    the desk packages are appended to it for the caller to run after the first paint)."""
    return CheckinFeature(window, later)


def open_desk(window: MainWindow) -> None:
    """Show ``window`` as a registration desk (``companion --desk``): the Check-in page is built first."""
    feature = window.findChild(CheckinFeature)
    window.show()
    if feature is not None:
        feature.open_desk()
