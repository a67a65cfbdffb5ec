"""Plugs the Badges page into the main window and keeps it on the window's event."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from companion.ui.badges.page import BadgesPage
from companion.ui.main_window import PageOrder

if TYPE_CHECKING:
    from companion.ui.main_window import MainWindow


def install_badges_page(window: MainWindow) -> BadgesPage:
    """Add the Badges page to ``window``; it follows ``hub.current_event_changed``."""
    page = BadgesPage(window.current_event, window.services, window.language, window)
    window.add_page(page, QCoreApplication.translate("Badges", "Badges"), order=PageOrder.BADGES, busy=page.busy)
    window.hub.current_event_changed.connect(page.set_event)
    return page
