"""Reading an attendee list off the GUI thread: decode and split the CSV, then check every row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Signal

from companion.sources.attendees_csv import (
    AttendeeFileError,
    ColumnMapping,
    CsvTable,
    attendees_from_table,
    guess_mapping,
    needs_user_mapping,
    read_csv_table,
)


class ImportSignals(QObject):
    """Signals of one :class:`AttendeeImportJob`."""

    needs_mapping = Signal(object, object)
    """The table and the recognised mapping, when some column is unclear: ask the user, then run again."""
    finished = Signal(object)
    """The :class:`AttendeeImport`."""
    failed = Signal(object)
    """The :class:`AttendeeFileError`."""


class AttendeeImportJob(QRunnable):
    """Reads ``path`` (or converts an already read ``table`` with the user's ``mapping``) in a pool thread."""

    def __init__(self, path: Path, table: CsvTable | None = None, mapping: ColumnMapping | None = None) -> None:
        super().__init__()
        self.path = path
        self.table = table
        self.mapping = mapping
        self.signals = ImportSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            table = self.table or read_csv_table(self.path)
            mapping = self.mapping
            if mapping is None:
                mapping = guess_mapping(table.headers)
                if needs_user_mapping(table.headers, mapping):
                    self.signals.needs_mapping.emit(table, mapping)
                    return
            result = attendees_from_table(table, mapping)
        except AttendeeFileError as exc:
            self.signals.failed.emit(exc)
            return
        self.signals.finished.emit(result)
