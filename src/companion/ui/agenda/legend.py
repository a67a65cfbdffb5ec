"""The timeline's key: each session type's colour, hatch pattern and name, and how indicative times look."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from companion.domain.event import Event
from companion.domain.text import pick
from companion.ui.agenda.timeline import PATTERN_STRIP, contrasting_text, type_colour, type_pattern

SWATCH_W = 34.0
SWATCH_H = 16.0
ITEM_GAP = 16.0
ROW_GAP = 4.0


class TimelineLegend(QWidget):
    """Wraps its entries over as many rows as the width needs; the text names every type."""

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self.setAccessibleName(self.tr("Timeline legend"))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.set_event(event)

    def set_event(self, event: Event) -> None:
        self._event = event
        self.setAccessibleDescription(", ".join(label for _, label in self.entries()))
        self.updateGeometry()
        self.update()

    def entries(self) -> list[tuple[str | None, str]]:
        """``(type id, label)`` per type, then ``(None, ...)`` for the indicative-time entry."""
        out: list[tuple[str | None, str]] = [(t, pick(st.name, self._language)) for t, st in self._event.types.items()]
        out.append((None, self.tr("~ dashed border: indicative or unpublished time")))
        return out

    def _item_width(self, label: str, metrics: QFontMetricsF) -> float:
        return SWATCH_W + 6 + metrics.horizontalAdvance(label) + ITEM_GAP

    def _rows(self, width: float) -> list[list[tuple[str | None, str]]]:
        metrics = QFontMetricsF(self.font())
        rows: list[list[tuple[str | None, str]]] = [[]]
        x = 0.0
        for entry in self.entries():
            w = self._item_width(entry[1], metrics)
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append(entry)
            x += w
        return rows

    def _row_height(self) -> float:
        return max(SWATCH_H, QFontMetricsF(self.font()).height()) + ROW_GAP

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return int(len(self._rows(max(1, width - 12))) * self._row_height() + 8)

    def sizeHint(self) -> QSize:
        return QSize(600, self.heightForWidth(600))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.heightForWidth(max(self.width(), 200)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        pal = self.palette()
        metrics = QFontMetricsF(self.font())
        y = 4.0
        for row in self._rows(self.width() - 12):
            x = 6.0
            for type_id, label in row:
                swatch = QRectF(x, y + (self._row_height() - ROW_GAP - SWATCH_H) / 2, SWATCH_W, SWATCH_H)
                if type_id is None:
                    painter.fillRect(swatch, pal.color(QPalette.ColorRole.Base))
                    painter.setPen(QPen(pal.color(QPalette.ColorRole.Text), 1.5, Qt.PenStyle.DashLine))
                    painter.drawRect(swatch)
                    painter.drawText(swatch, Qt.AlignmentFlag.AlignCenter, "~")
                else:
                    fill = type_colour(self._event, type_id)
                    ink = contrasting_text(fill)
                    painter.fillRect(swatch, fill)
                    painter.fillRect(
                        QRectF(swatch.left(), swatch.top(), PATTERN_STRIP * 1.6, swatch.height()),
                        QBrush(ink, type_pattern(self._event, type_id)),
                    )
                    painter.setPen(QPen(ink, 1))
                    painter.drawRect(swatch)
                painter.setPen(pal.color(QPalette.ColorRole.WindowText))
                text_rect = QRectF(swatch.right() + 6, y, metrics.horizontalAdvance(label) + 2, self._row_height())
                painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
                x += self._item_width(label, metrics)
            y += self._row_height()
