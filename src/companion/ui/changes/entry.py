"""The What changed page's entry in the sidebar, made before the window's first paint.

The page itself belongs to the event opener (:class:`companion.ui.open_event.EventOpener`), which is installed
just after the first paint. Its entry is made before, hidden until a comparison has something to say, so that the
sidebar is as wide from the first picture as it will be when the entry shows: nothing moves afterwards.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from companion.ui.main_window import MainWindow

CHANGES_PAGE = "WhatChangedPage"
"""The What changed page's object name (``window.page(CHANGES_PAGE)``)."""


def add_changes_entry(window: MainWindow) -> None:
    """Register the (hidden) What changed page with ``window``, once; the event opener builds it when needed."""
    if CHANGES_PAGE in window.pending_pages() or window.is_page_built(CHANGES_PAGE):
        return
    from companion.ui.main_window import PageOrder

    def build() -> QWidget:
        from companion.ui.open_event import EventOpener

        opener = window.findChild(EventOpener)
        if opener is None:  # asked for before the opener is installed: an empty page until it is
            from companion.ui.changes.page import WhatChangedPage

            page = WhatChangedPage(window)
            page.session_activated.connect(window.show_session)
            return page
        return opener.build_changes_page()

    window.add_lazy_page(CHANGES_PAGE, build, QCoreApplication.translate("EventOpener", "What changed"),
                         order=PageOrder.WHAT_CHANGED, imports=("companion.ui.changes.page",), shown=False)
