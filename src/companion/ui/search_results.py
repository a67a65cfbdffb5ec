"""What the shared search box finds, grouped by kind (Sessions, People, Delegations), in a drop-down panel.

The panel hangs under the main window's search box. Typing keeps the focus in the box; Down/Up move
through the results, Enter opens the chosen one (or the first), Escape clears the search and closes it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QModelRoleData,
    QModelRoleDataSpan,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from companion.domain.event import Event, Session
from companion.domain.message import fill
from companion.domain.navigation import DELEGATION, PERSON, SESSION, Location
from companion.domain.people import COUNTRY, PeopleIndex, delegation_name, head_of
from companion.domain.search import Query
from companion.domain.text import pick
from companion.ui.models.sessions import DELEGATE_DISPLAY, DELEGATE_SPAN, SessionSearchIndex
from companion.ui.session.formatting import short_day, time_range
from companion.ui.table_columns import columns_changing

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 41
"""The :class:`Location` a result row opens (None on group rows)."""
_LOCATION = int(LOCATION_ROLE)
_FONT = int(Qt.ItemDataRole.FontRole)
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TITLE_ROLES = frozenset({int(Qt.ItemDataRole.DisplayRole), int(Qt.ItemDataRole.AccessibleTextRole)})
_HIT_ROLES = frozenset({*_TITLE_ROLES, int(Qt.ItemDataRole.ToolTipRole)})
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_HIT_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
MAX_FIRST_COLUMN = 360
"""The widest the name column gets (px)."""
MAX_PER_GROUP = 50
"""Rows listed per group; the group's title gives the full count (the agenda list shows every session hit)."""

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One hit: where it leads, its name and a line of detail."""

    location: Location
    text: str
    detail: str


@dataclass(frozen=True, slots=True)
class ResultGroup:
    """The hits of one kind; ``total`` may exceed the rows shown."""

    kind: str
    title: str
    rows: tuple[ResultRow, ...]
    total: int


class SearchResultsModel(QAbstractTableModel):
    """One flat table: a title row per non-empty group (not selectable), its hits beneath it (name, detail).

    Flat, so the view lays out its rows without asking the model for a parent or a child count of each one (a
    tree of Python rows did, on every keystroke). Sessions are found through the event's shared
    :class:`SessionSearchIndex` (the agenda list's), and only the first :data:`MAX_PER_GROUP` hits of a group
    are formatted, so a keystroke costs little even when a letter matches thousands of sessions.
    """

    def __init__(self, event: Event, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._groups: list[ResultGroup] = []
        self._titles: list[str] = []
        self._rows: list[tuple[int, int]] = []
        """Per table row: (group number, hit number), the hit number -1 on a group's title row."""
        self._title_font = QFont()
        self._title_font.setBold(True)
        self._text = ""
        self._query: Query | None = None
        self.set_event(event)

    def set_event(self, event: Event) -> None:
        self._event = event
        self._people = PeopleIndex(event)
        self._index = SessionSearchIndex.of(event)
        self._session_rows: dict[str, ResultRow] = {}
        self._query = None
        self.search(self._text)

    @property
    def groups(self) -> list[ResultGroup]:
        return list(self._groups)

    @property
    def hit_count(self) -> int:
        return sum(g.total for g in self._groups)

    @property
    def titles(self) -> list[str]:
        """The group rows' text, top to bottom."""
        return list(self._titles)

    def search(self, text: str) -> bool:
        """Fill the model with what ``text`` finds (nothing for an empty text); True when the results changed.

        Text that folds to the same words as before (a trailing space, a change of case) keeps the
        results, and the highlighted one, as they are. Typing on rarely changes the shape of the results
        (groups of up to :data:`MAX_PER_GROUP` rows): then the rows are rewritten in place (one
        ``dataChanged``), which spares the view a reset and a new layout on every keystroke; the same hits
        change nothing at all, so nothing is repainted.
        """
        self._text = text
        query = Query.parse(text)
        if query == self._query:
            return False
        self._query = query
        groups = self._find(query)
        if groups == self._groups:
            return False
        titles = [self._title(g) for g in groups]
        if [(g.kind, len(g.rows)) for g in groups] == [(g.kind, len(g.rows)) for g in self._groups]:
            self._groups, self._titles = groups, titles
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 1))
            return True
        self.beginResetModel()
        self._groups, self._titles = groups, titles
        self._rows = [(g, hit) for g, group in enumerate(groups) for hit in range(-1, len(group.rows))]
        self.endResetModel()
        return True

    def _title(self, group: ResultGroup) -> str:
        if group.total > len(group.rows):
            return (
                fill(self.tr("%1 (%2, first %3 shown)"), group.title, group.total, len(group.rows))
            )
        return fill(self.tr("%1 (%2)"), group.title, group.total)

    def _find(self, query: Query) -> list[ResultGroup]:
        if query.is_empty:
            return []
        ev, lang = self._event, self._language
        session_rows = self._index.rows_matching(query)
        sessions = [self._session_row(self._index.sessions[r]) for r in session_rows[:MAX_PER_GROUP]]
        hits = self._people.find(query)
        people = []
        for p in hits.people[:MAX_PER_GROUP]:
            bits = [pick(p.role, lang), delegation_name(ev, p.delegation_id, lang)]
            people.append(ResultRow(Location(PERSON, p.id), p.name_in(lang), " — ".join(b for b in bits if b)))
        delegations = []
        for d in hits.delegations[:MAX_PER_GROUP]:
            kind = self.tr("Country") if d.kind == COUNTRY else self.tr("Organisation")
            head = head_of(ev, d.id)
            head_text = fill(self.tr("head: %1"), head.name) if head else self.tr("head not published")
            detail = f"{kind} — {head_text}"
            delegations.append(ResultRow(Location(DELEGATION, d.id), pick(d.name, lang), detail))
        groups = []
        for kind, title, rows, total in (
            (SESSION, self.tr("Sessions"), sessions, len(session_rows)),
            (PERSON, self.tr("People"), people, len(hits.people)),
            (DELEGATION, self.tr("Delegations"), delegations, len(hits.delegations)),
        ):
            if rows:
                groups.append(ResultGroup(kind, title, tuple(rows), total))
        return groups

    def _session_row(self, session: Session) -> ResultRow:
        """The session's row, formatted once per event: typing on mostly finds the same sessions again."""
        row = self._session_rows.get(session.id)
        if row is None:
            detail = f"{short_day(session.day)} · {time_range(session)}"
            row = ResultRow(Location(SESSION, session.id), pick(session.title, self._language), detail)
            self._session_rows[session.id] = row
        return row

    # -- Qt model --------------------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _GROUP_FLAGS if self._rows[index.row()][1] < 0 else _HIT_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group, hit = self._rows[index.row()]
        if hit < 0:
            if role in _TITLE_ROLES:
                return self._titles[group] if index.column() == 0 else None
            return self._title_font if role == _FONT else None
        if role in _HIT_ROLES:
            row = self._groups[group].rows[hit]
            return row.text if index.column() == 0 else row.detail
        if role == _LOCATION:
            return self._groups[group].rows[hit].location
        return None

    def multiData(self, index: _Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a view asks for one cell, in one Python call (Qt's default calls :meth:`data` per role)."""
        if not index.isValid():
            return
        group, hit = self._rows[index.row()]
        first = index.column() == 0
        if hit < 0:
            text: str | None = self._titles[group] if first else None
            font, texts, location = self._title_font, _TITLE_ROLES, None
        else:
            found = self._groups[group].rows[hit]
            text = found.text if first else found.detail
            font, texts, location = None, _HIT_ROLES, found.location
        painted = cast(Sequence[QModelRoleData], span)  # a span is indexable and sized (its stubs do not say so)
        if (
            isinstance(span, QModelRoleDataSpan)
            and len(painted) == DELEGATE_SPAN
            and painted[0].role() == _FONT
            and painted[DELEGATE_DISPLAY].role() == _DISPLAY
        ):  # a painted cell (the delegate's span, kept from cell to cell): only the two roles a cell here sets
            if font is None:
                painted[0].clearData()
            else:
                painted[0].setData(font)
            if text is None:
                painted[DELEGATE_DISPLAY].clearData()
            else:
                painted[DELEGATE_DISPLAY].setData(text)
            return
        items = (span,) if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
        for item in items:
            role = item.role()
            value: Any = text if role in texts else font if role == _FONT else location if role == _LOCATION else None
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def title_rows(self) -> list[int]:
        """The rows that carry a group's title, top to bottom."""
        return [row for row, (_group, hit) in enumerate(self._rows) if hit < 0]

    def group_hits(self, number: int) -> list[QModelIndex]:
        """The name cells of group ``number``'s hits, top to bottom."""
        return [self.index(row, 0) for row, (group, hit) in enumerate(self._rows) if group == number and hit >= 0]

    def first_hit(self) -> QModelIndex:
        return self.index(1, 0) if self._groups else QModelIndex()

    def hit_indexes(self) -> list[QModelIndex]:
        """Every selectable row, top to bottom."""
        return [self.index(row, 0) for row, (_group, hit) in enumerate(self._rows) if hit >= 0]


class ResultsTable(QTableView):
    """The panel's list: a flat table of fixed-height rows, group titles across both columns, no headings.

    The name column is set by the panel; the detail column takes the rest of the width (set here, not by a
    stretching header, whose deferred resize would paint the list a second time after each keystroke).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().hide()
        self.horizontalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setMinimumSectionSize(1)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._first_width = 0
        self._fit_row_height()

    def set_first_column_width(self, width: int) -> None:
        """The name column's width; the detail column gets what is left."""
        self._first_width = width
        self._fit_columns()

    def first_column_width(self) -> int:
        return self._first_width

    def row_height(self) -> int:
        return self.verticalHeader().defaultSectionSize()

    def _fit_row_height(self) -> None:
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)

    def _fit_columns(self) -> None:
        first = min(self._first_width, max(0, self.viewport().width() - 40))
        rest = max(40, self.viewport().width() - first)
        header = self.horizontalHeader()
        with columns_changing(self):
            if header.sectionSize(0) != first:
                header.resizeSection(0, first)
            if header.sectionSize(1) != rest:
                header.resizeSection(1, rest)

    def span_titles(self, rows: Iterable[int]) -> None:
        """Let each group's title run across both columns."""
        self.clearSpans()
        for row in rows:
            self.setSpan(row, 0, 1, 2)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_row_height()


class SearchResultsPanel(QFrame):
    """A drop-down under the search box listing what it finds; emits :attr:`location_activated`."""

    location_activated = Signal(Location)
    """A result was opened; carries its :class:`Location`."""

    def __init__(
        self, search_box: QLineEdit, event: Event, language: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("SearchResults")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Search results"))
        self._box = search_box
        self.model = SearchResultsModel(event, language, self)
        self._results_changed = True
        """The model's results changed since the panel last showed them."""
        self._width_font = ""
        self._text_widths: dict[str, int] = {}
        """Each hit's name's width in the list's font (typing on mostly finds the same names again)."""
        self.view = ResultsTable(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.model.modelReset.connect(self._span_titles)
        self.view.clicked.connect(self._clicked)
        self.empty = QLabel(self.tr("Nothing found."), self)
        self.empty.setMargin(8)
        self.hint = QLabel(self.tr("↓ ↑ choose · Enter open · Esc clear"), self)
        self.hint.setMargin(4)
        # Secondary but readable: the palette's text colour (≥ 4.5:1 on its base), not the disabled grey.
        self.hint.setForegroundRole(QPalette.ColorRole.WindowText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.hint)
        self.hide()
        search_box.installEventFilter(self)
        if parent is not None:
            parent.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def set_event(self, event: Event) -> None:
        self.model.set_event(event)
        self._results_changed = True
        self._refresh()

    def set_search(self, text: str) -> None:
        """Search for ``text``; the panel opens when the box has text and focus, and closes when it is empty."""
        if self.model.search(text):
            self._results_changed = True
        if not text.strip():
            self.hide()
            return
        if self._box.hasFocus() or self.isVisible():
            self.popup()
        else:
            self._refresh()

    def popup(self) -> None:
        """Show the panel under the search box with the current results."""
        if not self._box.text().strip():
            return
        self._refresh()
        self._place()
        if not self.isVisible():
            self.show()
            self.raise_()

    def current_location(self) -> Location | None:
        index = self.view.currentIndex()
        location = index.siblingAtColumn(0).data(LOCATION_ROLE) if index.isValid() else None
        return location if isinstance(location, Location) else None

    def move_current(self, step: int) -> None:
        """Move the highlight ``step`` hits down (negative: up), skipping group titles."""
        hits = self.model.hit_indexes()
        if not hits:
            return
        current = self.view.currentIndex()
        rows = [h.row() for h in hits]
        here = current.row() if current.isValid() else None
        pos = rows.index(here) if here in rows else (-1 if step > 0 else len(rows))
        target = hits[max(0, min(len(hits) - 1, pos + step))]
        self.view.setCurrentIndex(target)
        self.view.scrollTo(target)

    def activate_current(self) -> bool:
        """Open the highlighted hit, or the first one; False when there is none."""
        location = self.current_location()
        if location is None:
            first = self.model.first_hit()
            location = first.data(LOCATION_ROLE) if first.isValid() else None
        if not isinstance(location, Location):
            return False
        self.hide()
        self.location_activated.emit(location)
        return True

    def _refresh(self) -> None:
        """Show the results: the first hit highlighted when they changed, the names fitted, the rows laid out.

        Nothing is redone for results that did not change (typing on often finds the same hits), so the
        panel is not repainted for them.
        """
        if not self._results_changed:
            return
        self._results_changed = False
        view = self.view
        has_hits = self.model.hit_count > 0
        view.setVisible(has_hits)
        self.empty.setVisible(not has_hits)
        if has_hits:
            first = self.model.first_hit()
            if view.currentIndex() != first:
                view.setCurrentIndex(first)
            view.scrollToTop()
        self._fit_first_column()
        view.executeDelayedItemsLayout()  # now, so the list is painted once, with the rest of the keystroke

    def _span_titles(self) -> None:
        self.view.span_titles(self.model.title_rows())

    def _fit_first_column(self) -> None:
        """The name column as wide as its widest hit plus a little, at most :data:`MAX_FIRST_COLUMN`.

        Measured with font metrics, not by the view row by row (the group titles run across both columns);
        set only when it changes, since every change of width makes the view paint again.
        """
        view = self.view
        normal = view.fontMetrics()
        if self._width_font != view.font().key():
            self._width_font, self._text_widths = view.font().key(), {}
        widths = self._text_widths
        widest = 0
        for group in self.model.groups:
            for row in group.rows:
                width = widths.get(row.text)
                if width is None:
                    width = widths[row.text] = normal.horizontalAdvance(row.text)
                widest = max(widest, width)
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        width = min(widest + margin + 16, MAX_FIRST_COLUMN)
        if self.isVisible():
            # while typing, the column only widens: a new width repaints the list once more on Qt's next turn
            width = max(width, view.first_column_width())
        view.set_first_column_width(width)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        window = self._box.window()  # the panel may hang from any widget that holds the box's bottom edge
        below = parent.mapFrom(window, self._box.mapTo(window, QPoint(0, self._box.height())))
        width = max(self._box.width(), min(680, parent.width() - below.x() - 8))
        rows = self.model.rowCount() or 1
        row_height = self.view.row_height()
        height = min(rows * row_height + self.hint.sizeHint().height() + 12, max(160, parent.height() - below.y() - 12))
        if self.model.hit_count == 0:
            height = self.empty.sizeHint().height() + self.hint.sizeHint().height() + 6
        self.setGeometry(below.x(), below.y() + 2, width, height)

    def _clicked(self, index: QModelIndex) -> None:
        location = index.siblingAtColumn(0).data(LOCATION_ROLE)
        if isinstance(location, Location):
            self.hide()
            self.location_activated.emit(location)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if new is None or not self.isVisible():
            return
        if new is self._box or self.isAncestorOf(new):
            return
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
            return False
        if watched is not self._box:
            return False
        # Escape is left to the box: it clears the search, and an empty search closes the panel
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            if not self.isVisible():
                if key == Qt.Key.Key_Down and self._box.text().strip():
                    self.popup()
                    return True
                return False
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}
            step = steps[Qt.Key(key)]
            self.move_current(step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._box.text().strip():
            if not self.isVisible():
                self.popup()
            return self.activate_current()
        return False
