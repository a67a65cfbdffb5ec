"""Plugs the Badges page into the main window and keeps it on the window's event.

The page is built when it is first shown or asked for (``window.page(BADGES_PAGE)``), or in an idle moment after
the window's first paint: its entry and shortcut are there from the start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from companion.ui.main_window import PageOrder

if TYPE_CHECKING:
    from companion.ui.badges.page import BadgesPage
    from companion.ui.main_window import MainWindow

BADGES_PAGE = "BadgesPage"
"""The Badges page's object name (``window.page(BADGES_PAGE)``)."""
BADGES_PAGE_IMPORTS = (
    "companion.services.badges",  # Qt-free: imported on a worker thread
    "companion.sources.attendees_sheet",
    "PySide6.QtPrintSupport",  # then one per idle turn, each a few milliseconds
    "PySide6.QtPdf",
    "companion.ui.badges.controller",
    "companion.ui.badges.panes",
    "companion.ui.badges.page",
)
"""What the page's build imports, in the order the idle turns import it (``MainWindow.add_lazy_page``)."""


def install_badges_page(window: MainWindow) -> None:
    """Add the Badges page to ``window`` (built on first use); it follows ``hub.current_event_changed``."""
    built: list[BadgesPage] = []

    def build() -> BadgesPage:
        from companion.ui.badges.page import BadgesPage

        page = BadgesPage(window.current_event, window.services, window.language, window)
        window.hub.current_event_changed.connect(page.set_event)
        built.append(page)
        return page

    window.add_lazy_page(BADGES_PAGE, build, QCoreApplication.translate("Badges", "Badges"),
                         order=PageOrder.BADGES, busy=lambda: bool(built) and built[0].busy(),
                         imports=BADGES_PAGE_IMPORTS)
