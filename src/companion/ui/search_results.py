"""What the shared search box finds, grouped by kind (Sessions, People, Delegations), in a drop-down panel.

The panel hangs under the main window's search box. Typing keeps the focus in the box; Down/Up move
through the results, Enter opens the chosen one (or the first), Escape clears the search and closes it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
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
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.domain.event import Event, Session
from companion.domain.message import fill
from companion.domain.navigation import DELEGATION, PERSON, SESSION, Location
from companion.domain.people import COUNTRY, PeopleIndex, delegation_name, head_of
from companion.domain.search import Query
from companion.domain.text import pick
from companion.ui.models.sessions import SessionSearchIndex
from companion.ui.session.formatting import short_day, time_range

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 41
"""The :class:`Location` a result row opens (None on group rows)."""
_LOCATION = int(LOCATION_ROLE)
_FONT = int(Qt.ItemDataRole.FontRole)
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


class SearchResultsModel(QAbstractItemModel):
    """Two levels: a row per non-empty group (not selectable), its hits beneath (name, detail).

    Sessions are found through the event's shared :class:`SessionSearchIndex` (the agenda list's), and
    only the first :data:`MAX_PER_GROUP` hits of a group are formatted, so a keystroke costs little even
    when a letter matches thousands of sessions.
    """

    def __init__(self, event: Event, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._groups: list[ResultGroup] = []
        self._titles: list[str] = []
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
        (groups of up to :data:`MAX_PER_GROUP` rows): then the rows are rewritten in place (``dataChanged``),
        which spares the view a reset, a re-expansion and a new layout on every keystroke; the same hits
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
            for number, group in enumerate(groups):
                self.dataChanged.emit(self.index(number, 0), self.index(number, 1))
                parent = self.index(number, 0)
                self.dataChanged.emit(self.index(0, 0, parent), self.index(len(group.rows) - 1, 1, parent))
            return True
        self.beginResetModel()
        self._groups, self._titles = groups, titles
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
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        group = index.internalId() if index.isValid() else 0
        return self.createIndex(group - 1, 0, 0) if group else QModelIndex()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:  # hits hang under a group's first column only
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _HIT_FLAGS if index.internalId() else _GROUP_FLAGS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Called several times per cell on every paint: plain int roles and texts made in search().
        if not index.isValid():
            return None
        group = index.internalId()
        if group == 0:
            if role in _TITLE_ROLES:
                return self._titles[index.row()] if index.column() == 0 else None
            return self._title_font if role == _FONT else None
        if role in _HIT_ROLES:
            row = self._groups[group - 1].rows[index.row()]
            return row.text if index.column() == 0 else row.detail
        if role == _LOCATION:
            return self._groups[group - 1].rows[index.row()].location
        return None

    def multiData(self, index: _Index, span: QModelRoleDataSpan | QModelRoleData) -> None:
        """Every role a view asks for one cell, in one Python call (Qt's default calls :meth:`data` per role)."""
        if not index.isValid():
            return
        group, row, first = index.internalId(), index.row(), index.column() == 0
        if group == 0:
            text: str | None = self._titles[row] if first else None
            font, texts, location = self._title_font, _TITLE_ROLES, None
        else:
            hit = self._groups[group - 1].rows[row]
            text = hit.text if first else hit.detail
            font, texts, location = None, _HIT_ROLES, hit.location
        items = (span,) if isinstance(span, QModelRoleData) else cast(Iterable[QModelRoleData], span)
        for item in items:
            role = item.role()
            value: Any = text if role in texts else font if role == _FONT else location if role == _LOCATION else None
            if value is None:
                item.clearData()
            else:
                item.setData(value)

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def hit_indexes(self) -> list[QModelIndex]:
        """Every selectable row, top to bottom."""
        out: list[QModelIndex] = []
        for g in range(len(self._groups)):
            parent = self.index(g, 0)
            out.extend(self.index(r, 0, parent) for r in range(self.rowCount(parent)))
        return out


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
        self._bold_metrics: QFontMetrics | None = None
        self._bold_font_key = ""
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
        self.view.setUniformRowHeights(True)  # group titles are bold, not taller; no row is measured one by one
        self.view.setAllColumnsShowFocus(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.view.header().setStretchLastSection(True)
        self.view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
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
        current = self.view.currentIndex().siblingAtColumn(0)
        rows = [(h.parent().row(), h.row()) for h in hits]
        here = (current.parent().row(), current.row()) if current.isValid() and current.parent().isValid() else None
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
        """Show the results: groups expanded, the first hit highlighted when they changed, the names fitted.

        Nothing is redone for results that did not change (typing on often finds the same hits), so the
        panel is not repainted for them.
        """
        if not self._results_changed:
            return
        self._results_changed = False
        view = self.view
        if any(not view.isExpanded(self.model.index(g, 0)) for g in range(self.model.rowCount())):
            view.expandAll()  # after a reset of the model; rows rewritten in place stay expanded
        has_hits = self.model.hit_count > 0
        view.setVisible(has_hits)
        self.empty.setVisible(not has_hits)
        if has_hits:
            first = self.model.first_hit()
            if view.currentIndex() != first:
                view.setCurrentIndex(first)
            view.scrollToTop()
        self._fit_first_column()

    def _fit_first_column(self) -> None:
        """The name column as wide as its widest text plus a little, at most :data:`MAX_FIRST_COLUMN`.

        Measured with font metrics (the group titles bold, the hits indented), not by the view row by row;
        set only when it changes, since every change of width makes the view paint again.
        """
        view = self.view
        normal = view.fontMetrics()
        if self._bold_metrics is None or self._bold_font_key != view.font().key():
            bold_font = QFont(view.font())
            bold_font.setBold(True)
            self._bold_metrics, self._bold_font_key = QFontMetrics(bold_font), view.font().key()
        bold = self._bold_metrics
        widest = max((bold.horizontalAdvance(t) for t in self.model.titles), default=0)
        for group in self.model.groups:
            names = max((normal.horizontalAdvance(r.text) for r in group.rows), default=0)
            widest = max(widest, view.indentation() + names)
        margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
        width = min(widest + margin + 16, MAX_FIRST_COLUMN)
        if view.columnWidth(0) != width:
            view.setColumnWidth(0, width)

    def _place(self) -> None:
        parent = self.parentWidget()
        if parent is None:
            return
        below = self._box.mapTo(parent, QPoint(0, self._box.height()))
        width = max(self._box.width(), min(680, parent.width() - below.x() - 8))
        rows = sum(1 + len(g.rows) for g in self.model.groups) or 1
        row_height = max(self.view.sizeHintForRow(0), self.fontMetrics().height() + 4)
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
