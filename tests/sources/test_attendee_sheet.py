"""Attendee workbooks read directly: cells as staff typed them, a choice of sheet, the same row problems as CSV,
and the headers registration systems export (sources in tests/data/SOURCES)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from companion.domain.attendee import Category
from companion.sources import attendees_sheet
from companion.sources.attendees_csv import ColumnMappingError, Field, field_for_header, guess_mapping
from companion.sources.attendees_sheet import read_sheet_attendees, read_sheet_table, read_table, sheet_names
from companion.sources.errors import AttendeeFileError
from workbooks import write_ods, write_xls, write_xlsx

ROWS = [
    ["ID", "given_name", "family_name", "Organisation", "Country", "Category", "Registered", "Seats"],
    ["00123", "Aida", "Serikova", "Jasyl Dala", "Qazaqstan", "speaker", dt.date(2025, 5, 13), 2],
    [456, "Merdan", "Ňazarow", "Ministry", "Türkmenistan", "delegate", dt.datetime(2025, 5, 12, 9, 30), 1.5],
    ["A-7", None, None, "Nobody Inc", "", "delegate", None, None],
    ["B-8", "Jean", "Dupont", "Le Monde", "France", "vip", None, None],
]


@pytest.mark.parametrize(("writer", "suffix"), [(write_xlsx, "xlsx"), (write_ods, "ods"), (write_xls, "xls")],
                         ids=["xlsx", "ods", "xls"])
def test_cells_come_as_staff_typed_them(tmp_path: Path, writer, suffix: str) -> None:  # type: ignore[no-untyped-def]
    path = writer(tmp_path / f"list.{suffix}", {"Attendees": ROWS})
    table = read_table(path)
    assert table.sheet == "Attendees" and table.delimiter == ""
    assert table.headers[:3] == ("ID", "given_name", "family_name")
    by_row = dict(table.rows)
    assert by_row[2][0] == "00123"  # a text ID keeps its zeros
    assert by_row[3][0] == "456"  # a numeric ID has no ".0"
    assert by_row[2][6] == "2025-05-13"  # a date as a date
    assert by_row[2][7] == "2" and by_row[3][7] == "1.5"
    if suffix != "ods":
        assert by_row[3][6] == "2025-05-12 09:30"


@pytest.mark.parametrize("suffix", ["xlsx", "ods", "xls"])
def test_rows_are_imported_or_reported_like_csv(tmp_path: Path, suffix: str) -> None:
    writer = {"xlsx": write_xlsx, "ods": write_ods, "xls": write_xls}[suffix]
    path = writer(tmp_path / f"list.{suffix}", {"Attendees": ROWS})
    imported = read_sheet_attendees(path)
    assert [a.id for a in imported.attendees] == ["00123", "456"]
    assert imported.attendees[0].category is Category.SPEAKER
    assert imported.attendees[1].family_name == "Ňazarow"
    assert [(p.row, p.error) for p in imported.problems] == [(4, True), (5, True)]  # the sheet's own row numbers
    assert "no name" in str(imported.problems[0]) and "'vip'" in str(imported.problems[1])


def test_first_sheet_by_default_or_the_one_chosen(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "book.xlsx", {
        "Notes": [["read me"], ["the list is on the next sheet"]],
        "Delegates": [["Name", "Surname"], ["Aida", "Serikova"]],
    })
    assert sheet_names(path) == ["Notes", "Delegates"]
    assert read_sheet_table(path).sheet == "Notes"
    for choice in ("Delegates", "delegates", 2, "2"):
        imported = read_sheet_attendees(path, sheet=choice)
        assert [a.display_name for a in imported.attendees] == ["Aida Serikova"]
        assert imported.sheet == "Delegates"
    with pytest.raises(AttendeeFileError, match=r"no sheet 'Budget'.*'Notes', 'Delegates'"):
        read_sheet_table(path, "Budget")
    with pytest.raises(ColumnMappingError):  # the notes sheet names nobody
        read_sheet_attendees(path)


def test_header_below_empty_rows_and_a_broken_or_huge_workbook(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "gap.xlsx", {"S": [[None], [None], ["First Name", "Last Name"], ["A", "B"]]})
    table = read_sheet_table(path)
    assert table.header_row == 3 and table.rows == ((4, ("A", "B")),)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(AttendeeFileError, match="not a workbook"):
        read_table(broken)
    monkeypatch.setattr(attendees_sheet, "MAX_SHEET_BYTES", 100)
    with pytest.raises(AttendeeFileError, match="the limit is 0 MB"):
        read_table(path)


def test_a_workbook_saved_with_a_csv_name_is_read_as_a_workbook(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "list.xlsx", {"S": [["Name", "Surname"], ["Aida", "Serikova"]]})
    disguised = tmp_path / "list.csv"
    disguised.write_bytes(path.read_bytes())
    assert read_table(disguised).rows == ((2, ("Aida", "Serikova")),)


PRETIX = ["Order code", "Attendee name", "Attendee name: Given name", "Attendee name: Family name",
          "Attendee email", "Company", "Product", "Secret", "Checked in"]
INDICO = ["ID", "Name", "Title", "First Name", "Last Name", "Email", "Affiliation", "Position", "Country", "Phone",
          "Registration date", "Registration state", "Price", "Checked in", "Check-in date"]
EVENTBRITE = ["Order #", "Order Date", "First Name", "Last Name", "Email", "Quantity", "Ticket Type", "Attendee #",
              "Barcode #", "Company", "Job Title", "Attendee Status"]


@pytest.mark.parametrize(("headers", "expected"), [
    (PRETIX, {"Attendee name: Given name": Field.GIVEN_NAME, "Attendee name: Family name": Field.FAMILY_NAME,
              "Attendee email": Field.EMAIL, "Company": Field.ORGANISATION, "Order code": Field.IGNORE}),
    (INDICO, {"ID": Field.ID, "First Name": Field.GIVEN_NAME, "Last Name": Field.FAMILY_NAME,
              "Email": Field.EMAIL, "Affiliation": Field.ORGANISATION, "Country": Field.DELEGATION,
              "Registration state": Field.IGNORE}),
    (EVENTBRITE, {"Attendee #": Field.ID, "First Name": Field.GIVEN_NAME, "Last Name": Field.FAMILY_NAME,
                  "Email": Field.EMAIL, "Company": Field.ORGANISATION, "Ticket Type": Field.CATEGORY,
                  "Order #": Field.IGNORE, "Attendee Status": Field.IGNORE}),
], ids=["pretix", "indico", "eventbrite"])
def test_registration_system_exports_are_recognised(headers: list[str], expected: dict[str, Field]) -> None:
    mapping = guess_mapping(headers)
    for header, field in expected.items():
        assert mapping.get(headers.index(header)) is field, header
    assert all(i in mapping for i in range(len(headers))), [h for i, h in enumerate(headers) if i not in mapping]


@pytest.mark.parametrize(("header", "field"), [
    ("given_name", Field.GIVEN_NAME), ("family_name", Field.FAMILY_NAME), ("GivenName", Field.GIVEN_NAME),
    ("Given-Name", Field.GIVEN_NAME), ("  FIRST   name: ", Field.GIVEN_NAME), ("e_mail", Field.EMAIL),
    ("Имя", Field.GIVEN_NAME), ("Фамилия", Field.FAMILY_NAME), ("Аты", Field.GIVEN_NAME),
    ("Тегі", Field.FAMILY_NAME), ("Tegı", Field.FAMILY_NAME), ("Aty", Field.GIVEN_NAME),
    ("Электронная почта", Field.EMAIL), ("Ұйым", Field.ORGANISATION), ("Ел", Field.DELEGATION),
    ("El", Field.DELEGATION), ("Company name", Field.ORGANISATION), ("Status", Field.CATEGORY),
])
def test_headers_match_after_normalising(header: str, field: Field) -> None:
    assert field_for_header(header) is field


@pytest.mark.parametrize("header", ["Company name", "Organisation name", "Name of company"])
def test_a_company_name_is_not_a_persons_name(header: str) -> None:
    assert field_for_header(header) not in (Field.FULL_NAME, Field.GIVEN_NAME, Field.FAMILY_NAME)


@pytest.mark.parametrize("header", ["Status", "Attendee Status", "Registration state", "State of payment"])
def test_a_status_is_not_a_country(header: str) -> None:
    assert field_for_header(header) is not Field.DELEGATION
