"""The timeline's key: each session type's colour, hatch pattern and name, and how indicative times look.

Only the types of the sessions shown are listed. The entries wrap into rows across the width; at most
``MAX_ROWS`` rows are shown, the last ending in "+N more" (the rest in its tooltip) when they do not all
fit, so a schedule with dozens of types never makes the window taller than the screen, and the legend never
needs a scrollbar of its own.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QHelpEvent, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QSizePolicy, QToolTip, QWidget

from companion.domain.event import Event
from companion.domain.text import pick
from companion.ui.agenda.palette import is_dark
from companion.ui.agenda.timeline import PATTERN_STRIP, contrasting_text, type_colour, type_pattern

SWATCH_W = 34.0
SWATCH_H = 16.0
ITEM_GAP = 16.0
ROW_GAP = 4.0
MARGIN = 6.0
MAX_ROWS = 3
"""Rows shown before the legend scrolls."""

Entry = tuple[str | None, str]
MORE = "\x00more"
"""The key of the "+N more" entry that ends the last row when not every entry fits."""


class LegendEntries(QWidget):
    """The painted entries, wrapped over as many rows as the width needs; lives inside the legend's scroll area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event: Event | None = None
        self._entries: list[Entry] = []
        self.hidden: list[str] = []
        """Labels of the entries that did not fit (in the "+N more" tooltip), after the last layout."""
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def set_entries(self, event: Event, entries: list[Entry]) -> None:
        self._event = event
        self._entries = entries
        self.setAccessibleDescription(", ".join(label for _, label in entries))
        self.updateGeometry()
        self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self.rows(self.width() - 2 * MARGIN)
            if self.hidden:
                QToolTip.showText(event.globalPos(), "\n".join(self.hidden), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _item_width(self, label: str, metrics: QFontMetricsF) -> float:
        return SWATCH_W + 6 + metrics.horizontalAdvance(label) + ITEM_GAP

    def _wrap(self, entries: list[Entry], width: float, metrics: QFontMetricsF) -> list[list[Entry]]:
        rows: list[list[Entry]] = [[]]
        x = 0.0
        for entry in entries:
            w = self._item_width(entry[1], metrics)
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append(entry)
            x += w
        return rows

    def rows(self, width: float) -> list[list[Entry]]:
        """The entries in at most ``MAX_ROWS`` rows no wider than ``width``; when they do not all fit, the last
        row ends in a "+N more" entry (an entry wider than ``width`` gets a row alone)."""
        metrics = QFontMetricsF(self.font())
        rows = self._wrap(self._entries, width, metrics)
        self.hidden = []
        if len(rows) <= MAX_ROWS:
            return rows
        shown = list(self._entries)
        hidden: list[Entry] = []
        while shown:
            hidden.insert(0, shown.pop())
            more: Entry = (MORE, self.tr("+%n more", "", len(hidden)))
            rows = self._wrap([*shown, more], width, metrics)
            if len(rows) <= MAX_ROWS:
                break
        self.hidden = [label for _, label in hidden]
        return rows

    def row_height(self) -> float:
        return max(SWATCH_H, QFontMetricsF(self.font()).height()) + ROW_GAP

    def height_for_rows(self, count: int) -> int:
        """Height of ``count`` rows: a gap above the first, each row with the gap below it."""
        return math.ceil(ROW_GAP + count * self.row_height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.height_for_rows(len(self.rows(max(1, width - 2 * MARGIN))))

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self.font())
        widest = max((self._item_width(label, metrics) for _, label in self._entries), default=SWATCH_W)
        return QSize(int(widest + 2 * MARGIN), self.height_for_rows(1))

    def paintEvent(self, event: QPaintEvent) -> None:
        if self._event is None:
            return
        painter = QPainter(self)
        pal = self.palette()
        metrics = QFontMetricsF(self.font())
        row_h = self.row_height()
        y = ROW_GAP
        for row in self.rows(self.width() - 2 * MARGIN):
            x = MARGIN
            for type_id, label in row:
                swatch = QRectF(x, y + (row_h - ROW_GAP - SWATCH_H) / 2, SWATCH_W, SWATCH_H)
                if type_id == MORE:
                    painter.setPen(pal.color(QPalette.ColorRole.WindowText))
                    painter.drawText(QRectF(x, y, metrics.horizontalAdvance(label) + 2, row_h - ROW_GAP),
                                     Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
                    x += self._item_width(label, metrics)
                    continue
                if type_id is None:
                    painter.fillRect(swatch, pal.color(QPalette.ColorRole.Base))
                    painter.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine))
                    painter.drawRect(swatch)
                    painter.drawText(swatch, Qt.AlignmentFlag.AlignCenter, "~")
                else:
                    fill = type_colour(self._event, type_id, is_dark(pal))
                    ink = contrasting_text(fill)
                    painter.fillRect(swatch, fill)
                    painter.fillRect(
                        QRectF(swatch.left(), swatch.top(), PATTERN_STRIP * 1.6, swatch.height()),
                        QBrush(ink, type_pattern(self._event, type_id)),
                    )
                    painter.setPen(QPen(ink, 1))
                    painter.drawRect(swatch)
                painter.setPen(pal.color(QPalette.ColorRole.WindowText))
                text_rect = QRectF(swatch.right() + 6, y, metrics.horizontalAdvance(label) + 2, row_h - ROW_GAP)
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
                x += self._item_width(label, metrics)
            y += row_h


class TimelineLegend(QScrollArea):
    """The legend under the timeline: as tall as its rows up to ``MAX_ROWS``, then a vertical scrollbar.

    Its minimum height is one row, so however many types a schedule has, the legend never sets the
    window's minimum size.
    """

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setAccessibleName(self.tr("Timeline legend"))
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # it ends in "+N more" instead
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.entries_view = LegendEntries(self)
        self.setWidget(self.entries_view)
        self._shown_rows = 0
        self._types: list[str] | None = None
        self.set_event(event)

    def set_event(self, event: Event) -> None:
        self._event = event
        self._types = None
        self._refresh()

    def show_types(self, type_ids: list[str] | None) -> None:
        """List only ``type_ids`` (the types of the sessions the timeline shows); None lists every type."""
        if type_ids != self._types:
            self._types = type_ids
            self._refresh()

    def _refresh(self) -> None:
        event = self._event
        entries = self.entries()
        self.entries_view.set_entries(event, entries)
        self.setAccessibleDescription(", ".join(label for _, label in entries))
        self._refit()

    def entries(self) -> list[Entry]:
        """``(None, ...)`` for the indicative-time entry, then ``(type id, label)`` per type listed."""
        shown = set(self._types) if self._types is not None else None
        out: list[Entry] = [(None, self.tr("~ dashed border: indicative or unpublished time"))]
        out += [(t, pick(st.name, self._language)) for t, st in self._event.types.items()
                if shown is None or t in shown]
        return out

    def row_count(self, width: int | None = None) -> int:
        """How many rows the entries take at ``width`` (default: the legend's own width)."""
        w = self.width() if width is None else width
        return len(self.entries_view.rows(max(1, w - 2 * self.frameWidth() - 2 * MARGIN)))

    def _wanted_height(self) -> int:
        rows = min(self.row_count(self.width() if self.isVisible() else 600), MAX_ROWS)
        return self.entries_view.height_for_rows(rows) + 2 * self.frameWidth()

    def _refit(self) -> None:
        self.verticalScrollBar().setSingleStep(math.ceil(self.entries_view.row_height()))
        self.setMaximumHeight(self.entries_view.height_for_rows(MAX_ROWS) + 2 * self.frameWidth())
        rows = min(self.row_count(), MAX_ROWS)
        if rows != self._shown_rows:
            self._shown_rows = rows
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(600, self._wanted_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.entries_view.height_for_rows(1) + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._refit()
