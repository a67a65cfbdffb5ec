"""The day as a printed programme: a time × room (or track) grid of session blocks coloured by type.

Only the blocks that intersect the viewport are painted, so a day with thousands of sessions scrolls freely.
Blocks carry their type's name and a hatch pattern, so the legend does not rely on colour alone; indicative
times get a dashed border, a "~" and the word "indicative".
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QTextLayout,
    QTextOption,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from companion.domain.event import Event, Session, TimeStatus
from companion.domain.message import fill
from companion.domain.text import pick
from companion.ui.agenda.palette import ink_for, is_dark, session_fill, type_fill
from companion.ui.agenda.timeline_layout import NO_LANE, ZOOM_STEPS, Block, TimelineLayout, build_layout, lane_kind
from companion.ui.session.formatting import clock_text, time_range

GUTTER_WIDTH = 56.0
HEADER_HEIGHT = 28.0
PATTERN_STRIP = 10.0
NOW_COLOUR = "#d50000"
PATTERNS = (
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
    Qt.BrushStyle.VerPattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.DiagCrossPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.Dense6Pattern,
    Qt.BrushStyle.Dense2Pattern,
    Qt.BrushStyle.SolidPattern,
)


def type_pattern(event: Event, type_id: str) -> Qt.BrushStyle:
    """The hatch pattern that marks ``type_id`` in blocks and in the legend."""
    keys = list(event.types)
    index = keys.index(type_id) if type_id in keys else len(keys)
    return PATTERNS[index % len(PATTERNS)]


def type_colour(event: Event, type_id: str, dark: bool = False) -> QColor:
    """The calm palette colour of a session type, the same at every event (see :mod:`palette`)."""
    return type_fill(event, type_id, dark)


def contrasting_text(fill: QColor) -> QColor:
    """The text colour that reads on ``fill`` at WCAG AA contrast (4.5:1 or better)."""
    return ink_for(fill)


def title_lines(text: str, font: QFont, width: float, max_lines: int) -> list[str]:
    """``text`` wrapped at words into at most ``max_lines`` lines of ``width``; a cut-off last line ends in "…"."""
    if max_lines < 1 or width <= 0 or not text:
        return []
    metrics = QFontMetricsF(font)
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    lines = [text[start : start + length].strip() for start, length in spans]
    if len(lines) <= max_lines:
        return lines
    rest = text[spans[max_lines - 1][0] :].strip()
    last = metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)
    if not last.endswith("…"):  # the remainder happened to fit: still mark that the title goes on
        last = metrics.elidedText(rest + "…", Qt.TextElideMode.ElideRight, width)
        last = last if last.endswith("…") else last.rstrip() + "…"
    return [*lines[: max_lines - 1], last]


class _BlockFonts:
    """The fonts and metrics every block uses, made once per paint."""

    def __init__(self, base: QFont) -> None:
        self.small = QFont(base)
        self.small.setPointSizeF(max(6.0, base.pointSizeF() * 0.85))
        self.small_metrics = QFontMetricsF(self.small)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.bold_metrics = QFontMetricsF(self.bold)


class TimelineView(QAbstractScrollArea):
    """One day's sessions in a time × lane grid. Click selects, double click or Enter opens."""

    session_selected = Signal(str)
    session_activated = Signal(str)
    types_shown = Signal(list)
    """The session types of the day shown (ids, in the event's order), for the legend."""
    zoom_changed = Signal(float)
    """The zoom factor changed (Ctrl+wheel, Ctrl+plus / Ctrl+minus / Ctrl+0, or :meth:`set_zoom`)."""

    def __init__(self, event: Event, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._event = event
        self._language = language
        self._day: date | None = None
        self._sessions: list[Session] = []
        self._layout = TimelineLayout(lane_kind="none")
        self._tops: list[float] = []
        self._current: str | None = None
        self._now: datetime | None = None
        self._starred: frozenset[str] = frozenset()
        self._empty_text = ""
        self._zoom = 1.0
        self._lanes: frozenset[str] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Timeline"))
        self.viewport().setMouseTracking(True)
        self.horizontalScrollBar().setSingleStep(40)
        self.verticalScrollBar().setSingleStep(40)

    # -- content ---------------------------------------------------------------------------------------
    @property
    def layout_info(self) -> TimelineLayout:
        return self._layout

    @property
    def current_session_id(self) -> str | None:
        return self._current

    @property
    def schedule(self) -> Event:
        """The event whose sessions are shown."""
        return self._event

    def set_event(self, event: Event) -> None:
        self._event = event
        self._lanes = None
        self.zoom_changed.emit(self._zoom)  # the bar above shows the new event's rooms

    # -- zoom and lanes --------------------------------------------------------------------------------
    @property
    def zoom(self) -> float:
        return self._zoom

    def set_zoom(self, zoom: float) -> None:
        """Scale the time axis and the lanes' least width, keeping the time at the top of the view."""
        zoom = min(max(zoom, ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        if zoom == self._zoom:
            return
        v = self.verticalScrollBar()
        ratio = zoom / self._zoom
        self._zoom = zoom
        self._relayout()
        v.setValue(int(v.value() * ratio))
        self.zoom_changed.emit(zoom)

    def zoom_in(self) -> None:
        self.set_zoom(next((z for z in ZOOM_STEPS if z > self._zoom + 1e-6), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < self._zoom - 1e-6), ZOOM_STEPS[0]))

    @property
    def lane_filter(self) -> frozenset[str] | None:
        """The rooms (or tracks) shown; None shows every one."""
        return self._lanes

    def set_lane_filter(self, keys: frozenset[str] | None) -> None:
        """Show only the timed sessions of the rooms (or tracks) ``keys``; None shows all."""
        self._lanes = keys
        self._relayout()

    def lane_kind(self) -> str:
        """``"room"``, ``"track"`` or ``"none"``: what the event's lanes are."""
        return lane_kind(self._event, self._event.sessions)

    def set_sessions(self, day: date | None, sessions: Sequence[Session], empty_text: str = "") -> None:
        """Show ``sessions`` of ``day``; ``empty_text`` is painted when there are none."""
        self._day = day
        self._sessions = list(sessions)
        self._empty_text = empty_text
        used = {s.type_id for s in self._sessions}
        self.types_shown.emit([t for t in self._event.types if t in used])
        if self._current is not None and all(s.id != self._current for s in self._sessions):
            self._current = None
        self._relayout()

    @property
    def starred_ids(self) -> frozenset[str]:
        """The sessions marked with a star."""
        return self._starred

    def set_starred(self, session_ids: Iterable[str]) -> None:
        """Starred sessions get a ★ in the block's corner (My agenda)."""
        self._starred = frozenset(session_ids)
        self.viewport().update()

    def set_now(self, instant: datetime | None) -> None:
        """Draw a "now" line across the grid at ``instant`` when it falls on the day shown."""
        self._now = instant
        self.viewport().update()

    def _paint_now_line(self, painter: QPainter, o: QPointF) -> None:
        lay = self._layout
        if self._now is None or lay.grid_start is None:
            return
        instant = self._now.astimezone(lay.grid_start.tzinfo)
        if not lay.grid_start <= instant <= lay.grid_start + timedelta(minutes=lay.grid_minutes):
            return
        y = lay.y_of(instant) + o.y()
        if y < HEADER_HEIGHT:
            return
        colour = QColor(NOW_COLOUR)
        x1 = o.x() + sum(lane.width for lane in lay.lanes)
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(GUTTER_WIDTH, y), QPointF(x1, y))
        tag = QRectF(2, y - 9, GUTTER_WIDTH - 6, 18)
        painter.fillRect(tag, colour)
        painter.setPen(contrasting_text(colour))
        painter.drawText(tag, Qt.AlignmentFlag.AlignCenter, self.tr("now"))

    def set_current(self, session_id: str | None) -> None:
        if session_id == self._current:
            return
        self._current = session_id
        block = self.block_of(session_id) if session_id else None
        if block is not None:
            self.ensure_visible(block)
            session = block.session
            self.setAccessibleDescription(f"{time_range(session)} {pick(session.title, self._language)}")
        self.viewport().update()

    def block_of(self, session_id: str | None) -> Block | None:
        for block in self._layout.blocks:
            if block.session.id == session_id:
                return block
        return None

    def block_center(self, session_id: str) -> QPointF | None:
        """Where a block is on screen (viewport coordinates), for clicks in tests and tools."""
        block = self.block_of(session_id)
        if block is None:
            return None
        rect = self._to_view(block)
        return rect.center()

    def _relayout(self) -> None:
        width = max(0.0, self.viewport().width() - GUTTER_WIDTH)
        self._layout = build_layout(
            self._event, self._sessions, width, zoom=self._zoom, lanes=self._lanes, chip_height=self._chip_height
        )
        self._tops = [b.y for b in self._layout.blocks]
        self._update_scrollbars()
        self.viewport().update()

    def _chip_height(self, session: Session, width: float) -> float:
        """The height an untimed card needs to show its whole title, wrapped at words."""
        fonts = _BlockFonts(self.font())
        text_width = width - PATTERN_STRIP - 8 - (16 if session.id in self._starred else 0)
        lines = title_lines(pick(session.title, self._language), fonts.bold, text_width, 12)
        return 4 + fonts.small_metrics.height() + max(1, len(lines)) * fonts.bold_metrics.lineSpacing() + 4

    def _update_scrollbars(self) -> None:
        view = self.viewport().size()
        h = self.horizontalScrollBar()
        v = self.verticalScrollBar()
        h.setRange(0, max(0, int(self._layout.width + GUTTER_WIDTH - view.width())))
        h.setPageStep(view.width())
        v.setRange(0, max(0, int(self._layout.height + HEADER_HEIGHT - view.height())))
        v.setPageStep(view.height())

    # -- geometry --------------------------------------------------------------------------------------
    def _offset(self) -> QPointF:
        return QPointF(
            GUTTER_WIDTH - self.horizontalScrollBar().value(), HEADER_HEIGHT - self.verticalScrollBar().value()
        )

    def _to_view(self, block: Block) -> QRectF:
        """Screen rectangle of a block. The untimed strip does not scroll sideways: it is laid out to fit."""
        o = self._offset()
        x = block.x + (o.x() if block.timed else GUTTER_WIDTH)
        return QRectF(x, block.y + o.y(), block.w, block.h)

    def block_at(self, pos: QPointF) -> Block | None:
        if pos.x() < GUTTER_WIDTH or pos.y() < HEADER_HEIGHT:
            return None
        cy = pos.y() - self._offset().y()
        for block in self._visible_blocks(cy, cy):
            if self._to_view(block).contains(pos):
                return block
        return None

    def _visible_blocks(
        self, top: float, bottom: float, left: float = float("-inf"), right: float = float("inf")
    ) -> list[Block]:
        """Blocks meeting the content rectangle: a bisect on tops, then a cheap test on the rest."""
        start = bisect.bisect_left(self._tops, top - self._layout.max_block_height)
        end = bisect.bisect_right(self._tops, bottom)
        return [
            b
            for b in self._layout.blocks[start:end]
            if b.y + b.h >= top and (not b.timed or (b.x <= right and b.x + b.w >= left))
        ]

    def ensure_visible(self, block: Block) -> None:
        view = self.viewport().size()
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        if not block.timed:
            pass  # the strip of untimed sessions never scrolls sideways
        elif block.x < h.value():
            h.setValue(int(block.x))
        elif block.x + block.w > h.value() + view.width() - GUTTER_WIDTH:
            h.setValue(int(block.x + block.w - view.width() + GUTTER_WIDTH))
        visible_h = view.height() - HEADER_HEIGHT
        if block.y < v.value() or block.y + block.h > v.value() + visible_h:
            # bring it in with some context above it (a quarter of the view), as a reader scrolls
            v.setValue(int(max(0.0, block.y - max(0.0, min(visible_h / 4, visible_h - block.h)))))

    # -- painting --------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pal = self.palette()
        painter.fillRect(self.viewport().rect(), pal.color(QPalette.ColorRole.Base))
        lay = self._layout
        view_h = self.viewport().height()
        o = self._offset()
        top = self.verticalScrollBar().value()
        bottom = top + view_h
        if not lay.blocks:
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.viewport().rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self._empty_text or self.tr("No sessions match the filters."),
            )
            return
        self._paint_strip_title(painter, o)
        self._paint_grid(painter, o, top, bottom)
        left = self.horizontalScrollBar().value()
        right = left + self.viewport().width()
        fonts = _BlockFonts(self.font())
        for block in self._visible_blocks(top, bottom, left, right):
            self._paint_block(painter, block, self._to_view(block), fonts)
        if lay.grid_start is not None:  # a day without clock times has no grid to label
            self._paint_header(painter)
            self._paint_gutter(painter, o)
        self._paint_now_line(painter, o)

    def _paint_strip_title(self, painter: QPainter, o: QPointF) -> None:
        if not self._layout.untimed_count:
            return
        pal = self.palette()
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(pal.color(QPalette.ColorRole.Text))
        if self._layout.grid_start is None:
            text = fill(self.tr("No clock times were published for this day. Sessions (%1):"),
                        self._layout.untimed_count)
        else:
            text = fill(self.tr("Time not published (%1)"), self._layout.untimed_count)
        painter.drawText(QRectF(GUTTER_WIDTH + 6, o.y(), 600, 22), Qt.AlignmentFlag.AlignVCenter, text)
        painter.setFont(self.font())

    def _paint_grid(self, painter: QPainter, o: QPointF, top: float, bottom: float) -> None:
        lay = self._layout
        if lay.grid_start is None:
            return
        pal = self.palette()
        line = pal.color(QPalette.ColorRole.Mid)
        faint = QColor(line)
        faint.setAlpha(90)
        x0, x1 = o.x(), o.x() + sum(lane.width for lane in lay.lanes)
        for hour in range(0, lay.grid_minutes + 1, 30):
            y = lay.grid_top + hour * lay.px_per_minute + o.y()
            if y < HEADER_HEIGHT - 1 or y > self.viewport().height():
                continue
            painter.setPen(QPen(line if hour % 60 == 0 else faint, 1))
            painter.drawLine(QPointF(x0, y), QPointF(x1, y))
        painter.setPen(QPen(line, 1))
        grid_bottom = lay.height - 12 + o.y()
        for lane in lay.lanes:
            x = lane.x + o.x()
            painter.drawLine(QPointF(x, lay.grid_top + o.y()), QPointF(x, grid_bottom))
        painter.drawLine(QPointF(x1, lay.grid_top + o.y()), QPointF(x1, grid_bottom))

    def _paint_block(self, painter: QPainter, block: Block, rect: QRectF, fonts: _BlockFonts) -> None:
        s = block.session
        pal = self.palette()
        indicative = s.time_status is TimeStatus.INDICATIVE
        untimed = not block.timed
        colour = session_fill(self._event, s, is_dark(pal), faint=indicative or untimed)
        ink = ink_for(colour)
        painter.fillRect(rect, colour)
        strip = QRectF(rect.left(), rect.top(), PATTERN_STRIP, rect.height())
        painter.fillRect(strip, QBrush(ink, type_pattern(self._event, s.type_id)))
        selected = s.id == self._current
        pen = QPen(ink, 1.5)
        if indicative or untimed:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if selected:  # a highlight ring outside, and a solid ring in the text colour inside: visible on any fill
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 4))
            painter.drawRect(rect.adjusted(-1, -1, 1, 1))
            painter.setPen(QPen(ink, 2.5, Qt.PenStyle.DotLine if self.hasFocus() else Qt.PenStyle.SolidLine))
            painter.drawRect(rect.adjusted(3, 3, -3, -3))

        text_rect = rect.adjusted(PATTERN_STRIP + 4, 2, -4, -2)
        painter.setPen(ink)
        if s.id in self._starred:
            star_rect = QRectF(text_rect.right() - 14, text_rect.top(), 14, 14)
            painter.drawText(star_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, "★")
            text_rect.setRight(text_rect.right() - 16)
        small, metrics = fonts.small, fonts.small_metrics
        if untimed:
            head = self.tr("time not published")
        elif indicative:
            assert s.start is not None and s.end is not None
            head = fill(self.tr("~%1–%2 indicative"), clock_text(s.start), clock_text(s.end))
        else:
            assert s.start is not None and s.end is not None
            head = f"{clock_text(s.start)}–{clock_text(s.end)}"
        head += " · " + self._event.type_name(s.type_id, self._language)
        painter.setFont(small)
        painter.drawText(
            text_rect,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            metrics.elidedText(head, Qt.TextElideMode.ElideRight, text_rect.width()),
        )
        title_rect = text_rect.adjusted(0, metrics.height(), 0, 0)
        if title_rect.height() > 4:
            bold, bold_metrics = fonts.bold, fonts.bold_metrics
            painter.setFont(bold)
            spacing = bold_metrics.lineSpacing()
            lines = max(1, int(title_rect.height() // spacing))
            top = title_rect.top()
            for i, line in enumerate(title_lines(pick(s.title, self._language), bold, title_rect.width(), lines)):
                painter.drawText(
                    QRectF(title_rect.left(), top + i * spacing, title_rect.width(), spacing),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                    line,
                )
        painter.setFont(self.font())

    def _paint_header(self, painter: QPainter) -> None:
        lay = self._layout
        pal = self.palette()
        width = self.viewport().width()
        painter.fillRect(QRectF(0, 0, width, HEADER_HEIGHT), pal.color(QPalette.ColorRole.Button))
        painter.setPen(pal.color(QPalette.ColorRole.ButtonText))
        o = self._offset()
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        metrics = QFontMetricsF(bold)
        for lane in lay.lanes:
            # a lane scrolled partly out of view keeps its name at the left edge, like a sticky header
            left = max(lane.x + o.x(), GUTTER_WIDTH) + 6
            rect = QRectF(left, 0, lane.x + o.x() + lane.width - 6 - left, HEADER_HEIGHT)
            if rect.width() < 24:
                continue
            name = metrics.elidedText(self.lane_name(lane.key), Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(self.font())
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(QPointF(0, HEADER_HEIGHT - 0.5), QPointF(width, HEADER_HEIGHT - 0.5))

    def lane_name(self, key: str) -> str:
        kind = self._layout.lane_kind
        if key == NO_LANE:
            return self.tr("No track") if kind == "track" else self.tr("Room not published")
        if kind == "room" and key in self._event.rooms:
            return pick(self._event.rooms[key].name, self._language)
        if kind == "track" and key in self._event.tracks:
            return pick(self._event.tracks[key].name, self._language)
        return key

    def _paint_gutter(self, painter: QPainter, o: QPointF) -> None:
        lay = self._layout
        pal = self.palette()
        height = self.viewport().height()
        painter.fillRect(QRectF(0, HEADER_HEIGHT, GUTTER_WIDTH, height), pal.color(QPalette.ColorRole.Window))
        painter.fillRect(QRectF(0, 0, GUTTER_WIDTH, HEADER_HEIGHT), pal.color(QPalette.ColorRole.Button))
        painter.setPen(pal.color(QPalette.ColorRole.WindowText))
        if lay.grid_start is not None:
            for minutes in range(0, lay.grid_minutes + 1, 60):
                y = lay.grid_top + minutes * lay.px_per_minute + o.y()
                if HEADER_HEIGHT - 8 < y < height + 8:
                    label = clock_text(lay.grid_start + timedelta(minutes=minutes))
                    painter.drawText(
                        QRectF(0, y - 8, GUTTER_WIDTH - 6, 16),
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                        label,
                    )
        painter.setPen(pal.color(QPalette.ColorRole.Mid))
        painter.drawLine(QPointF(GUTTER_WIDTH - 0.5, 0), QPointF(GUTTER_WIDTH - 0.5, height))

    # -- interaction -----------------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()
        block = self.block_of(self._current) if self._current else None
        if block is not None:
            self.ensure_visible(block)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def sizeHint(self) -> QSize:
        return QSize(640, 480)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if event.button() == Qt.MouseButton.LeftButton:
            block = self.block_at(event.position())
            if block is not None:
                self._select(block.session.id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position())
        if block is not None:
            self._select(block.session.id)
            self.session_activated.emit(block.session.id)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y()
            if steps > 0:
                self.zoom_in()
            elif steps < 0:
                self.zoom_out()
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.zoom_in()
                return
            if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
                self.zoom_out()
                return
            if key == Qt.Key.Key_0:
                self.set_zoom(1.0)
                return
        blocks = self._layout.blocks
        if not blocks or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            super().keyPressEvent(event)
            return
        ids = [b.session.id for b in blocks]
        index = ids.index(self._current) if self._current in ids else -1
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self._select(ids[min(index + 1, len(ids) - 1)])
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self._select(ids[max(index - 1, 0)])
        elif key == Qt.Key.Key_Home:
            self._select(ids[0])
        elif key == Qt.Key.Key_End:
            self._select(ids[-1])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current:
            self.session_activated.emit(self._current)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        keyboard = event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason)
        if keyboard and self._current is None and self._layout.blocks:
            self._select(self._layout.blocks[0].session.id)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            block = self.block_at(QPointF(event.pos()))
            if block is not None:
                s = block.session
                text = "\n".join(
                    p
                    for p in (
                        pick(s.title, self._language),
                        time_range(s),
                        self._event.type_name(s.type_id, self._language),
                    )
                    if p
                )
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def _select(self, session_id: str) -> None:
        changed = session_id != self._current
        self.set_current(session_id)
        if changed:
            self.session_selected.emit(session_id)
