"""The compact card view of the session list: time · room, the title, people, type and track, one card a row.

A delegate over the list's own model and proxy (same filters, same selection), so switching between the
table and the cards keeps the day, the search and the selected session.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from companion.ui.models.sessions import CARD_ROLE

_Index = QModelIndex | QPersistentModelIndex
PADDING = 8
LINE_GAP = 2
_ALIGN = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class SessionCardDelegate(QStyledItemDelegate):
    """Draws a session as three lines: "~10:30–13:00 · Hall A", the title in bold, "people · type".

    The lines come from the model in one read (:data:`CARD_ROLE`, built once per session); the two fonts
    and their metrics are made once per view font, not per card.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._font_key = ""
        self._lines: tuple[tuple[QFont, QFontMetrics], ...] = ()

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[tuple[QFont, QFontMetrics], ...]:
        """(font, metrics) of the three lines: small, bold, small."""
        base: QFont = option.font
        key = base.key()
        if key != self._font_key:
            small = QFont(base)
            small.setPointSizeF(max(small.pointSizeF() * 0.92, 7.0))
            bold = QFont(base)
            bold.setBold(True)
            small_metrics, bold_metrics = QFontMetrics(small), QFontMetrics(bold)
            self._lines = ((small, small_metrics), (bold, bold_metrics), (small, small_metrics))
            self._font_key = key
        return self._lines

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        height = sum(metrics.lineSpacing() for _, metrics in self._fonts(option)) + 2 * LINE_GAP
        return QSize(200, height + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette: QPalette = option.palette
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        lines = index.data(CARD_ROLE) or ("", "", "")
        painter.save()
        painter.setPen(palette.color(role))
        y, left, width = rect.top(), rect.left(), rect.width()
        for (font, metrics), text in zip(self._fonts(option), lines, strict=True):
            painter.setFont(font)
            spacing = metrics.lineSpacing()
            line = QRect(left, y, width, spacing)
            painter.drawText(line, _ALIGN, metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
            y += spacing + LINE_GAP
        painter.restore()
