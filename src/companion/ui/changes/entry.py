"""The What changed page's entry in the sidebar, made before the window's first paint.

The page itself belongs to the event opener (:class:`companion.ui.open_event.EventOpener`), which is installed
just after the first paint and hands its builder to the entry (:meth:`ChangesEntry.build_with`). The entry is
made before, hidden until a comparison has something to say, so that the sidebar is as wide from the first
picture as it will be when the entry shows: nothing moves afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from companion.ui.main_window import MainWindow

CHANGES_PAGE = "WhatChangedPage"
"""The What changed page's object name (``window.page(CHANGES_PAGE)``)."""


class ChangesEntry(QObject):
    """The registered (hidden) What changed entry of a window; the page is built by whoever said how."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._builder: Callable[[], QWidget] | None = None

    def build_with(self, builder: Callable[[], QWidget]) -> None:
        """The page, when it is first needed, is ``builder()`` (the event opener's)."""
        self._builder = builder

    def build(self) -> QWidget:
        if self._builder is not None:
            return self._builder()
        from companion.ui.changes.page import WhatChangedPage  # asked for before the opener said how: empty

        page = WhatChangedPage(self.window)
        page.session_activated.connect(self.window.show_session)
        return page


def add_changes_entry(window: MainWindow) -> ChangesEntry:
    """Register the (hidden) What changed page with ``window``, once; its entry object says how to build it."""
    found = window.findChild(ChangesEntry)
    if found is not None:
        return found
    from companion.ui.main_window import PageOrder

    entry = ChangesEntry(window)
    window.add_lazy_page(CHANGES_PAGE, entry.build, QCoreApplication.translate("EventOpener", "What changed"),
                         order=PageOrder.WHAT_CHANGED, imports=("companion.ui.changes.page",), shown=False)
    return entry
