"""Empty and header-only attendee lists: a plain message naming the file, a failing exit status, no PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from companion.cli import main
from companion.sources.attendees_csv import AttendeeFileError, read_attendees


def test_empty_file_message_names_the_file_without_a_location(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(AttendeeFileError) as raised:
        read_attendees(path)
    assert str(raised.value) == "empty.csv: the file has no header row and no attendees"
    assert raised.value.location == ""


@pytest.mark.parametrize("body", ["Name,Surname,Country\n", "Name,Surname,Country\n,,\n\n", "Name,Surname\n,\n"])
def test_header_only_list_fails_and_writes_no_pdf(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str
) -> None:
    path = tmp_path / "list.csv"
    path.write_text(body, encoding="utf-8")
    out = tmp_path / "badges.pdf"
    assert main(["badges", str(path), "-o", str(out)]) != 0
    assert f"no attendees in {path}" in capsys.readouterr().err
    assert not out.exists()


def test_list_whose_every_row_is_bad_writes_no_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Surname,Category\nAnn,Lee,astronaut\n", encoding="utf-8")
    out = tmp_path / "badges.pdf"
    assert main(["badges", str(path), "-o", str(out)]) != 0
    err = capsys.readouterr().err
    assert "row 2: error: unknown category 'astronaut'" in err and f"no attendees in {path}" in err
    assert not out.exists()


def test_no_list_and_nothing_stored_writes_no_pdf(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "badges.pdf"
    assert main(["badges", "-o", str(out)]) != 0
    assert "no attendees stored" in capsys.readouterr().err
    assert not out.exists()
