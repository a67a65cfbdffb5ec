"""The compact card view of the session list: time · room, the title, people, type and track, one card a row.

A delegate over the list's own model and proxy (same filters, same selection), so switching between the
table and the cards keeps the day, the search and the selected session.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from companion.ui.models.sessions import SessionTableModel

_Index = QModelIndex | QPersistentModelIndex
PADDING = 8
LINE_GAP = 2


def _text(index: _Index, column: int) -> str:
    model = index.model()
    value = model.index(index.row(), column, index.parent()).data(Qt.ItemDataRole.DisplayRole) if model else None
    return str(value) if value else ""


class SessionCardDelegate(QStyledItemDelegate):
    """Draws a session as three lines: "~10:30–13:00 · Hall A", the title in bold, "people · type"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPointSizeF(max(small.pointSizeF() * 0.92, 7.0))
        bold = QFont(option.font)  # type: ignore[attr-defined]
        bold.setBold(True)
        return small, bold

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        small, bold = self._fonts(option)
        height = 2 * QFontMetrics(small).lineSpacing() + QFontMetrics(bold).lineSpacing() + 2 * LINE_GAP
        return QSize(200, height + 2 * PADDING)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget  # type: ignore[attr-defined]
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, widget)
        rect: QRect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)  # type: ignore[attr-defined]
        selected = bool(option.state & QStyle.StateFlag.State_Selected)  # type: ignore[attr-defined]
        palette: QPalette = option.palette  # type: ignore[attr-defined]
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        small, bold = self._fonts(option)
        when = " · ".join(
            t for t in (_text(index, SessionTableModel.TIME), _text(index, SessionTableModel.ROOM)) if t
        )
        title = _text(index, SessionTableModel.TITLE)
        more = " · ".join(
            t for t in (_text(index, SessionTableModel.PEOPLE), _text(index, SessionTableModel.TYPE)) if t
        )
        painter.save()
        painter.setPen(palette.color(role))
        y = rect.top()
        for font, text in ((small, when), (bold, title), (small, more)):
            metrics = QFontMetrics(font)
            painter.setFont(font)
            line = QRect(rect.left(), y, rect.width(), metrics.lineSpacing())
            painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
            y += metrics.lineSpacing() + LINE_GAP
        painter.restore()
