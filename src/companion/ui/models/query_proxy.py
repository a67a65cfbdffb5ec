"""A proxy that keeps the rows a folded search query finds, and finds a row by its record's id."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from companion.domain.search import Query

_Index = QModelIndex | QPersistentModelIndex


class QueryFilterProxy(QSortFilterProxyModel):
    """Rows whose folded text (``search_role`` of column 0) holds every word of the query; sorted by ``sort_role``."""

    def __init__(self, search_role: int, sort_role: int, id_role: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = Query(())
        self._search_role = search_role
        self._id_role = id_role
        self.setSortRole(sort_role)

    @property
    def search_text(self) -> str:
        return " ".join(self._query.words)

    def set_search(self, text: str) -> None:
        query = Query.parse(text)
        if query == self._query:
            return
        self.beginFilterChange()
        self._query = query
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._query.is_empty:
            return True
        model = self.sourceModel()
        return self._query.matches(model.data(model.index(source_row, 0, source_parent), self._search_role))

    def proxy_row_of(self, record_id: str) -> int | None:
        for row in range(self.rowCount()):
            if self.index(row, 0).data(self._id_role) == record_id:
                return row
        return None
