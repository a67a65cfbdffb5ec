"""Attendee CSV as spreadsheets write it: encodings, delimiters, Russian headers, bad rows by row number."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from companion.domain.attendee import Category
from companion.resources import resource_path
from companion.sources.attendees_csv import (
    AttendeeFileError,
    Field,
    guess_mapping,
    needs_user_mapping,
    read_attendees,
    read_csv_table,
)

ROWS = [
    ["ID", "Имя", "Фамилия", "Организация", "Страна", "Категория", "Эл. почта"],
    ["K-1", "Әсемгүл", "Жақсыбекова", "Дала институты", "Қазақстан", "Делегат", "a@example.org"],
    ["K-2", "Екатерина", "Воробьёва", "Центр; степи, \"ландшафты\"", "Россия", "спикер", ""],
    ["K-3", "Сергей", "Ёжиков", "Институт", "Россия", "пресса", ""],
]


def _write(path: Path, rows: list[list[str]], delimiter: str, encoding: str, bom: bytes = b"") -> Path:
    import csv
    import io

    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(bom + buffer.getvalue().encode(encoding))
    return path


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE), ("cp1251", b"")],
)
def test_encodings_and_delimiters(tmp_path: Path, encoding: str, bom: bytes, delimiter: str) -> None:
    rows = [r for r in ROWS if encoding != "cp1251" or "Ә" not in "".join(r)]  # Kazakh letters are not in 1251
    path = _write(tmp_path / "list.csv", rows, delimiter, encoding, bom)
    result = read_attendees(path)
    assert result.delimiter == delimiter
    assert result.problems == []
    by_id = {a.id: a for a in result.attendees}
    assert by_id["K-2"].organisation == 'Центр; степи, "ландшафты"'
    assert by_id["K-2"].category is Category.SPEAKER
    assert by_id["K-3"].family_name == "Ёжиков"
    assert by_id["K-3"].category is Category.PRESS
    if encoding != "cp1251":
        assert by_id["K-1"].given_name == "Әсемгүл" and by_id["K-1"].email == "a@example.org"


def test_bad_rows_are_reported_with_row_numbers_and_good_rows_kept(tmp_path: Path) -> None:
    text = (
        "given name,family name,organisation,country,category,id\n"  # row 1
        "Ann,Baker,Org,UK,delegate,A-1\n"  # 2 good
        ",,Org,UK,delegate,A-2\n"  # 3 no name
        "Bob,Stone,Org,UK,astronaut,A-3\n"  # 4 unknown category
        "Cat,Moss,Org,UK,speaker,A-1\n"  # 5 duplicate id
        "Dan,Reed,Org, with comma,UK,press,A-5\n"  # 6 too many cells
        ",,,,,\n"  # 7 empty: nothing to import
        "Eve,Hart,Org,UK,,bad id!\n"  # 8 bad id
        "Fay,Lee,Org,UK,,\n"  # 9 good, no category -> delegate with a warning, derived id
    )
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    result = read_attendees(path)
    errors = {p.row: str(p.message) for p in result.errors}
    assert set(errors) == {3, 4, 5, 6, 8}
    assert "astronaut" in errors[4]
    assert "row 2" in errors[5]
    assert "7 values" in errors[6]
    assert [a.given_name for a in result.attendees] == ["Ann", "Fay"]
    assert [p.row for p in result.warnings] == [9]
    assert result.attendees[1].category is Category.DELEGATE
    assert result.empty_rows == 1
    # every non-empty row is either imported or reported
    assert len(result.attendees) + len(result.errors) == result.rows_read == 7


def test_comment_lines_count_in_row_numbers(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("# fictional people\nName,Surname\nAnn,Baker\n,\nBob,\n", encoding="utf-8")
    result = read_attendees(path)
    assert [a.display_name for a in result.attendees] == ["Ann Baker", "Bob"]
    assert result.empty_rows == 1


def test_full_name_columns_are_split(tmp_path: Path) -> None:
    path = tmp_path / "fio.csv"
    path.write_text("ФИО;Организация\nСерикова Аида Маратовна;Институт\n", encoding="utf-8")
    (a,) = read_attendees(path).attendees
    assert (a.family_name, a.given_name) == ("Серикова", "Аида Маратовна")
    path.write_text("Full name,Company\nMary Ann Smith,Org\n", encoding="utf-8")
    (b,) = read_attendees(path).attendees
    assert (b.given_name, b.family_name) == ("Mary Ann", "Smith")


def test_unclear_columns_ask_for_a_mapping(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Prénom,Nom de famille,Pays\nJean,Dupont,France\n", encoding="utf-8")
    table = read_csv_table(path)
    mapping = guess_mapping(table.headers)
    assert mapping == {}
    assert needs_user_mapping(table.headers, mapping)
    with pytest.raises(AttendeeFileError, match="no column holds the names"):
        read_attendees(path)
    result = read_attendees(path, {0: Field.GIVEN_NAME, 1: Field.FAMILY_NAME, 2: Field.DELEGATION})
    assert result.attendees[0].delegation == "France"


def test_recognised_headers_need_no_mapping(tmp_path: Path) -> None:
    headers = ("ID", "Имя", "Фамилия", "Организация", "Страна/Делегация", "Категория", "E-mail", "Телефон")
    mapping = guess_mapping(headers)
    assert [mapping[i] for i in range(7)] == [Field.ID, Field.GIVEN_NAME, Field.FAMILY_NAME, Field.ORGANISATION,
                                              Field.DELEGATION, Field.CATEGORY, Field.EMAIL]
    assert mapping[7] is Field.IGNORE
    assert not needs_user_mapping(headers, mapping)


def test_missing_ids_are_derived_and_stable(tmp_path: Path) -> None:
    path = tmp_path / "noid.csv"
    path.write_text("Name,Surname,Organisation\nAnn,Baker,Org\n", encoding="utf-8")
    first = read_attendees(path).attendees[0].id
    path.write_text("Organisation,Surname,Name\norg,BAKER,ann\n", encoding="utf-8")
    assert read_attendees(path).attendees[0].id == first


def test_workbooks_and_undecodable_files_are_refused(tmp_path: Path) -> None:
    xlsx = tmp_path / "list.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(AttendeeFileError, match=r"list\.xlsx.*save it as CSV"):
        read_attendees(xlsx)
    missing = tmp_path / "nope.csv"
    with pytest.raises(AttendeeFileError, match=r"nope\.csv"):
        read_attendees(missing)


def test_fictional_sample_covers_every_script() -> None:
    path = resource_path("samples", "attendees-fictional.csv")
    assert "fictional" in path.read_text(encoding="utf-8").splitlines()[0].casefold()
    result = read_attendees(path)
    assert result.problems == []
    text = " ".join(a.display_name for a in result.attendees)
    for letters in ("әғқңөұүһі", "ŋǧūışäöü", "äçňöşüýž", "ёъы", "oʻgʻ", "ҷӯӣ"):
        for letter in letters:
            assert letter in text.casefold(), letter
    assert {a.category for a in result.attendees} == set(Category)
    assert max(len(a.display_name) for a in result.attendees) > 60


def test_cp1251_lists_with_quotes_capitals_and_units_still_import(tmp_path: Path) -> None:
    rows = [["ФИО", "Организация", "Категория"],
            ["ИВАНОВА Анна Сергеевна", "«Институт степи» мощностью 5 кВт", "делегат"],
            ["Эйхвальд Юрий", "ООО „Щукин и сыновья“", "спикер"]]
    result = read_attendees(_write(tmp_path / "list.csv", rows, ";", "cp1251"))
    assert result.encoding == "cp1251" and result.problems == []
    assert [a.family_name for a in result.attendees] == ["ИВАНОВА", "Эйхвальд"]


@pytest.mark.parametrize(("encoding", "named"), [("koi8-r", "KOI8-R"), ("mac-cyrillic", "Mac Cyrillic")])
@pytest.mark.parametrize("rows", [
    [["Name", "Surname"], ["Аркадий", "Подъячев"]],
    [r for r in ROWS if "Ә" not in "".join(r)] + [["K-9", "Аркадий", "Подъячев", "Институт", "Россия", "", ""]],
], ids=["one-name", "list"])
def test_other_cyrillic_encodings_are_refused_not_garbled(
    tmp_path: Path, encoding: str, named: str, rows: list[list[str]]
) -> None:
    path = _write(tmp_path / "export.csv", rows, ",", encoding)
    with pytest.raises(AttendeeFileError) as raised:
        read_attendees(path)
    message = str(raised.value)
    assert message.startswith("export.csv")
    assert "another Cyrillic encoding" in message or named in message
    assert "UTF-8" in message
