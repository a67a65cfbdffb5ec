"""Changing a table's columns so that Qt repaints it once, in the same pass as the rest of a keystroke."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QTableView


@contextmanager
def columns_changing(view: QTableView) -> Iterator[None]:
    """Show, hide and resize ``view``'s columns inside this block: it is laid out and repainted once, at its end.

    Otherwise each change reaches the table through a header signal that defers its repaint to Qt's next turn
    (and a stretching column is resized on a further turn), so one keystroke that shows a column or widens one
    would paint the table two or three times.
    """
    header = view.horizontalHeader()
    if header.signalsBlocked():  # inside another such block: that one lays out and repaints at its end
        yield
        return
    before = [(header.isSectionHidden(c), header.sectionSize(c)) for c in range(header.count())]
    blocked = header.blockSignals(True)
    changed = False
    try:
        yield
        changed = before != [(header.isSectionHidden(c), header.sectionSize(c)) for c in range(header.count())]
        if changed:
            header.resizeSections()  # the stretching column, now rather than on the header's next turn
    finally:
        header.blockSignals(blocked)
    if changed:
        view.updateGeometries()
        view.viewport().update()
