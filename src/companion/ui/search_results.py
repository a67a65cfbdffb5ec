"""What the shared search box finds, grouped by kind (Sessions, People, Delegations), in a drop-down panel.

The panel hangs under the main window's search box. Typing keeps the focus in the box; Down/Up move
through the results, Enter opens the chosen one (or the first), Escape clears the search and closes it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from companion.domain.agenda import programme_order
from companion.domain.event import Event
from companion.domain.navigation import DELEGATION, PERSON, SESSION, Location
from companion.domain.people import COUNTRY, PeopleIndex, delegation_name, head_of
from companion.domain.search import Query
from companion.domain.text import pick
from companion.ui.models.sessions import session_haystack
from companion.ui.session.formatting import short_day, time_range

LOCATION_ROLE = Qt.ItemDataRole.UserRole + 41
"""The :class:`Location` a result row opens (None on group rows)."""
MAX_PER_GROUP = 50

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
    """Two levels: a row per non-empty group (not selectable), its hits beneath (name, detail)."""

    def __init__(self, event: Event, language: str = "en", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._groups: list[ResultGroup] = []
        self._text = ""
        self.set_event(event)

    def set_event(self, event: Event) -> None:
        self._event = event
        self._people = PeopleIndex(event)
        self._sessions = [(s, session_haystack(event, s)) for s in sorted(event.sessions, key=programme_order)]
        self.search(self._text)

    @property
    def groups(self) -> list[ResultGroup]:
        return list(self._groups)

    @property
    def hit_count(self) -> int:
        return sum(g.total for g in self._groups)

    def search(self, text: str) -> None:
        """Fill the model with what ``text`` finds (nothing for an empty text)."""
        self._text = text
        self.beginResetModel()
        self._groups = self._find(text)
        self.endResetModel()

    def _find(self, text: str) -> list[ResultGroup]:
        query = Query.parse(text)
        if query.is_empty:
            return []
        ev, lang = self._event, self._language
        sessions = [
            ResultRow(Location(SESSION, s.id), pick(s.title, lang), f"{short_day(s.day)} · {time_range(s)}")
            for s, hay in self._sessions
            if query.matches(hay)
        ]
        hits = self._people.search(text)
        people = []
        for p in hits.people:
            bits = [pick(p.role, lang), delegation_name(ev, p.delegation_id, lang)]
            people.append(ResultRow(Location(PERSON, p.id), p.name, " — ".join(b for b in bits if b)))
        delegations = []
        for d in hits.delegations:
            kind = self.tr("Country") if d.kind == COUNTRY else self.tr("Organisation")
            head = head_of(ev, d.id)
            head_text = self.tr("head: %1").replace("%1", head.name) if head else self.tr("head not published")
            detail = f"{kind} — {head_text}"
            delegations.append(ResultRow(Location(DELEGATION, d.id), pick(d.name, lang), detail))
        groups = []
        for kind, title, rows in (
            (SESSION, self.tr("Sessions"), sessions),
            (PERSON, self.tr("People"), people),
            (DELEGATION, self.tr("Delegations"), delegations),
        ):
            if rows:
                groups.append(ResultGroup(kind, title, tuple(rows[:MAX_PER_GROUP]), len(rows)))
        return groups

    # -- Qt model --------------------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0:
            return len(self._groups[parent.row()].rows)
        return 0

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            group = self._groups[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole) and index.column() == 0:
                if group.total > len(group.rows):
                    return self.tr("%1 (%2, first %3 shown)").replace("%1", group.title).replace(
                        "%2", str(group.total)).replace("%3", str(len(group.rows)))
                return self.tr("%1 (%2)").replace("%1", group.title).replace("%2", str(group.total))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        row = self._groups[int(index.internalId()) - 1].rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.text if index.column() == 0 else row.detail
        if role == LOCATION_ROLE:
            return row.location
        return None

    def first_hit(self) -> QModelIndex:
        return self.index(0, 0, self.index(0, 0)) if self._groups else QModelIndex()

    def hit_indexes(self) -> list[QModelIndex]:
        """Every selectable row, top to bottom."""
        out = []
        for g in range(len(self._groups)):
            parent = self.index(g, 0)
            out.extend(self.index(r, 0, parent) for r in range(self.rowCount(parent)))
        return out


class SearchResultsPanel(QFrame):
    """A drop-down under the search box listing what it finds; emits :attr:`location_activated`."""

    location_activated = Signal(object)
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
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setItemsExpandable(False)
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
        self.hint.setEnabled(False)
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
        self._refresh()

    def set_search(self, text: str) -> None:
        """Search for ``text``; the panel opens when the box has text and focus, and closes when it is empty."""
        self.model.search(text)
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
        self.view.expandAll()
        has_hits = self.model.hit_count > 0
        self.view.setVisible(has_hits)
        self.empty.setVisible(not has_hits)
        if has_hits and not self.current_location():
            self.view.setCurrentIndex(self.model.first_hit())
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(0, min(self.view.columnWidth(0) + 16, 360))

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
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
            self.move_current(step)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._box.text().strip():
            if not self.isVisible():
                self.popup()
            return self.activate_current()
        return False
