"""The views of the agenda's session list: a table of columns, and one card per session.

Both are ``QTableView``s with rows of one fixed height, because a table lays out its rows without asking the
model anything: a ``QTreeView`` or a ``QListView`` asks the model for an index (and its flags) of every row at
every change of filter, which from a Python model is tens of milliseconds for 20,000 sessions, so a keystroke
in the search box would wait for it. The tables behave like the tree they replace: whole rows are selected,
Up/Down/Home/End/Page move between rows (never between cells), Tab leaves the list, and the keyboard focus is
drawn on the title cell of the current row.
"""

from __future__ import annotations

from contextlib import AbstractContextManager

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyleOptionViewItem, QTableView, QWidget

from companion.ui.table_columns import columns_changing

_Index = QModelIndex | QPersistentModelIndex
_ROWS_ONLY = (
    QAbstractItemView.CursorAction.MoveLeft,
    QAbstractItemView.CursorAction.MoveRight,
    QAbstractItemView.CursorAction.MoveNext,
    QAbstractItemView.CursorAction.MovePrevious,
)
_ENSURE_VISIBLE = QAbstractItemView.ScrollHint.EnsureVisible


class _RowTable(QTableView):
    """A table of whole rows: fixed row height, no grid, no row headings, the current cell kept in one column."""

    def __init__(self, focus_column: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # A viewport made here rather than by Qt: the first time Python reads back a plain QWidget that Qt made,
        # PySide loads every widget class to find the object's type (about 70 Python enums, 10 ms on the
        # window's start, before its first paint); a widget made from Python is known already.
        # It is set up as Qt sets up its own: opaque (else a scroll repaints all under the list), touch on.
        self._viewport = QWidget(self)
        self._viewport.setObjectName("qt_scrollarea_viewport")
        self._viewport.setBackgroundRole(QPalette.ColorRole.Base)
        self._viewport.setAutoFillBackground(True)
        self._viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setViewport(self._viewport)
        self._focus_column = focus_column
        self._moving_current = False
        self._row_height_font = ""
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.setCornerButtonEnabled(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.verticalHeader()
        rows.hide()
        rows.setMinimumSectionSize(1)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # the scroll bar paints all of its area: scrolling repaints it alone, not each widget under it (the
        # window, the page, its splitter and stack: seven paint events a wheel notch, a tenth of its time)
        self.verticalScrollBar().setAutoFillBackground(True)
        columns = self.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setSectionsClickable(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    @property
    def focus_column(self) -> int:
        return self._focus_column

    def columns_changing(self) -> AbstractContextManager[None]:
        """Show, hide and resize columns inside this block: the table is repainted once (:func:`columns_changing`)."""
        return columns_changing(self)

    def lay_out_now(self) -> None:
        """Lay the rows out at once after a change of the model, rather than on Qt's next turn (after a paint)."""
        self.executeDelayedItemsLayout()

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self._fit_row_height)
            self._fit_row_height()

    def row_height(self) -> int:
        """The height of every row (measured on the first row, as a tree with uniform row heights does)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return 0
        return self.sizeHintForRow(0)

    def _fit_row_height(self) -> None:
        key = self.font().key()
        if key == self._row_height_font:
            return
        height = self.row_height()
        if height > 0:
            self.verticalHeader().setDefaultSectionSize(height)
            self._row_height_font = key

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "_row_height_font"):
            self._row_height_font = ""  # a new font or style: measure the rows again
            self._fit_row_height()

    def currentChanged(self, current: _Index, previous: _Index) -> None:
        super().currentChanged(current, previous)
        if current.isValid() and current.column() != self._focus_column and not self._moving_current:
            # the focus is drawn on the current cell: keep it on a column that is always shown
            self._moving_current = True
            try:
                self.selectionModel().setCurrentIndex(
                    self.model().index(current.row(), self._focus_column), QItemSelectionModel.SelectionFlag.NoUpdate
                )
            finally:
                self._moving_current = False

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        current = self.currentIndex()
        model = self.model()
        if action in _ROWS_ONLY:
            return QModelIndex(current) if current.isValid() else QModelIndex()
        if model is not None and action in (
            QAbstractItemView.CursorAction.MoveHome,
            QAbstractItemView.CursorAction.MoveEnd,
        ):
            rows = model.rowCount()
            if rows == 0:
                return QModelIndex()
            row = 0 if action == QAbstractItemView.CursorAction.MoveHome else rows - 1
            return model.index(row, self._focus_column)
        return super().moveCursor(action, modifiers)

    def scrollTo(self, index: _Index, hint: QAbstractItemView.ScrollHint = _ENSURE_VISIBLE) -> None:
        # a table does not scroll to a cell of a hidden column (the day, outside a search): scroll to its row
        model = self.model()
        if index.isValid() and model is not None:
            index = model.index(index.row(), self._focus_column)
        super().scrollTo(index, hint)


class SessionTable(_RowTable):
    """The session list as a table of columns (Day, Time, Title, Type, Room, People and added ones)."""

    def header(self) -> QHeaderView:
        """The column headings (the name a tree view gives them)."""
        return self.horizontalHeader()


class SessionCardView(_RowTable):
    """The session list as cards (:class:`SessionCardDelegate`), one per row, in the width of the view."""

    def __init__(self, focus_column: int, parent: QWidget | None = None) -> None:
        super().__init__(focus_column, parent)
        self.horizontalHeader().hide()
        self.horizontalHeader().setStretchLastSection(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # imported here: the cards are built when first shown (a start showing the list imports no card code)
        from companion.ui.agenda.cards import SessionCardDelegate

        self.setItemDelegate(SessionCardDelegate(self))

    def modelColumn(self) -> int:
        """The column whose cells are the cards (as ``QListView.modelColumn``)."""
        return self.focus_column

    def setModel(self, model: QAbstractItemModel | None) -> None:
        super().setModel(model)
        if model is not None:
            model.columnsInserted.connect(self._show_card_column)
            model.modelReset.connect(self._show_card_column)
            self._show_card_column()

    def row_height(self) -> int:
        option = QStyleOptionViewItem()
        option.initFrom(self)
        return self.itemDelegate().sizeHint(option, QModelIndex()).height()

    def _show_card_column(self) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.setColumnHidden(column, column != self.focus_column)
        self.horizontalHeader().setSectionResizeMode(self.focus_column, QHeaderView.ResizeMode.Stretch)
