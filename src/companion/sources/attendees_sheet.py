"""Attendee lists straight from workbooks: .xlsx (Excel), .xls (Excel 97–2003) and .ods (LibreOffice).

Read with python-calamine (Rust, wheels for Windows, macOS and Linux; one reader for all three formats). Against
openpyxl: calamine also reads .xls and .ods, and reads the cells of a 5,000-row .xlsx in ~37 ms where openpyxl in
read-only mode takes ~600 ms (benchmarks/attendee_sheet.py); its wheel is ~0.96 MB against openpyxl's 0.25 MB
plus et-xmlfile's 0.02 MB, a fair price for two more formats and a 16× faster read. The cells become the same
:class:`~companion.sources.attendees_csv.CsvTable` a CSV file does, so the column mapping and the row problems
are shared with CSV.

Cells are turned into text as staff typed and see them: a text cell stays text (``00123`` keeps its zeros;
calamine returns text cells as ``str``), a whole number has no ``.0`` (``123``), other numbers up to 15
significant digits, a date is ``2025-05-13`` and a date with a time ``2025-05-13 09:30``, a boolean TRUE/FALSE.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from companion.domain.attendee import normalise_text
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.attendees_csv import (
    AttendeeImport,
    ColumnMapping,
    CsvTable,
    attendees_with_mapping,
    guess_mapping,
)
from companion.sources.errors import AttendeeFileError, system_error

MAX_SHEET_BYTES = 64 * 1024 * 1024
"""A bigger workbook is refused before it is opened (a list of 20,000 people is ~2 MB)."""
SHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")
_FORMATS = {".xlsx": "Excel", ".xlsm": "Excel", ".xls": "Excel 97-2003", ".ods": "OpenDocument"}


def is_sheet(path: Path | str) -> bool:
    """True when ``path`` names a workbook this reader reads (by its suffix)."""
    return Path(path).suffix.casefold() in SHEET_SUFFIXES


def cell_text(value: Any) -> str:
    """A cell as text, as a spreadsheet shows it (see the module's documentation)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M:%S" if value.second else "%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M:%S" if value.second else "%H:%M")
    return str(value)


def _open(path: Path) -> Any:
    from python_calamine import CalamineWorkbook  # the Rust reader loads only when a workbook is opened

    try:
        size = path.stat().st_size
    except OSError as exc:
        raise AttendeeFileError(path, "", system_error(exc)) from exc
    if size > MAX_SHEET_BYTES:
        raise AttendeeFileError(path, "", Message(QT_TRANSLATE_NOOP(
            "AttendeeList", "the workbook is {size} MB; the limit is {limit} MB"),
            size=size // 1_000_000, limit=MAX_SHEET_BYTES // (1024 * 1024)))
    try:
        return CalamineWorkbook.from_path(str(path))
    except OSError as exc:
        raise AttendeeFileError(path, "", system_error(exc)) from exc
    except Exception as exc:  # calamine's own errors: not a workbook, damaged, encrypted
        raise AttendeeFileError(path, "", Message(QT_TRANSLATE_NOOP(
            "AttendeeList", "this is not a workbook Companion can read ({detail}); save it as .xlsx, .ods or CSV"),
            detail=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__)) from exc


def sheet_names(path: Path | str) -> list[str]:
    """The names of the workbook's sheets, in order (raises ``AttendeeFileError``)."""
    return list(_open(Path(path)).sheet_names)


def _chosen(path: Path, names: Sequence[str], sheet: str | int | None) -> int:
    if sheet is None or sheet == "":
        return 0
    if isinstance(sheet, str):
        if sheet in names:
            return list(names).index(sheet)
        folded = [n.casefold() for n in names]
        if sheet.casefold() in folded:
            return folded.index(sheet.casefold())
        if sheet.strip().isdigit():
            sheet = int(sheet)
    if isinstance(sheet, int) and 1 <= sheet <= len(names):
        return sheet - 1
    raise AttendeeFileError(path, "", Message(QT_TRANSLATE_NOOP(
        "AttendeeList", "the workbook has no sheet {sheet}; its sheets are {sheets}"),
        sheet=repr(sheet), sheets=", ".join(repr(n) for n in names)))


def read_sheet_table(path: Path | str, sheet: str | int | None = None) -> CsvTable:
    """The cells of one sheet (the first by default; a name or a number from 1), header row first.

    Row numbers are the spreadsheet's own (1 = the first row); empty rows above the header are skipped.
    Raises ``AttendeeFileError``.
    """
    path = Path(path)
    workbook = _open(path)
    try:
        names = list(workbook.sheet_names)
        if not names:
            raise AttendeeFileError(path, "", Message(QT_TRANSLATE_NOOP("AttendeeList", "the workbook has no sheets")))
        index = _chosen(path, names, sheet)
        try:
            rows = workbook.get_sheet_by_index(index).to_python(skip_empty_area=False)
        except Exception as exc:  # a damaged sheet
            raise AttendeeFileError(path, "", Message(QT_TRANSLATE_NOOP(
                "AttendeeList", "sheet {sheet} cannot be read: {detail}"),
                sheet=repr(names[index]), detail=str(exc)[:200])) from exc
    finally:
        workbook.close()
    records: list[tuple[int, tuple[str, ...]]] = []
    for number, row in enumerate(rows, start=1):
        cells = [cell_text(value) for value in row]
        while cells and not cells[-1].strip():
            cells.pop()
        if records or any(c.strip() for c in cells):
            records.append((number, tuple(cells)))
    if not records:
        raise AttendeeFileError(path, "", Message(QT_TRANSLATE_NOOP(
            "AttendeeList", "sheet {sheet} has no header row and no attendees"), sheet=repr(names[index])))
    header_row, header = records[0]
    headers = tuple(normalise_text(h) for h in header)
    return CsvTable(path, _FORMATS.get(path.suffix.casefold(), "workbook"), "", header_row, headers,
                    tuple(records[1:]), sheet=names[index], sheets=tuple(names))


def read_sheet_attendees(path: Path | str, mapping: ColumnMapping | None = None,
                         sheet: str | int | None = None) -> AttendeeImport:
    """Read one sheet's attendees with ``mapping`` or the recognised headers (as ``read_attendees`` does CSV)."""
    table = read_sheet_table(path, sheet)
    return attendees_with_mapping(table, dict(mapping) if mapping is not None else guess_mapping(table.headers))


def read_table(path: Path | str, sheet: str | int | None = None) -> CsvTable:
    """A CSV file's or a workbook sheet's cells, by the file's suffix (a workbook's content is also recognised)."""
    from companion.sources.attendees_csv import read_csv_table

    path = Path(path)
    if is_sheet(path):
        return read_sheet_table(path, sheet)
    if _looks_like_workbook(path):  # a workbook saved under a .csv name: read it if it is one
        try:
            return read_sheet_table(path, sheet)
        except AttendeeFileError:
            pass  # the CSV reader says what it is
    return read_csv_table(path)


def _looks_like_workbook(path: Path) -> bool:
    """A zip (.xlsx, .ods) or OLE2 (.xls) file saved with a .csv or .txt name."""
    try:
        with path.open("rb") as handle:
            start = handle.read(8)
    except OSError:
        return False
    return start.startswith(b"PK\x03\x04") or start == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
