"""``companion badges``: CSV in, PDF out, problems on stderr by row, exit status a script can trust."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from pypdf import PdfReader

from companion import paths
from companion.cli import main
from companion.exports.badges.tokens import verify_token
from companion.resources import resource_path
from companion.store.attendees import AttendeeStore
from companion.store.badge_keys import load_public_key
from companion.store.database import open_state
from companion.store.print_log import PrintLog

SAMPLE = resource_path("samples", "attendees-fictional.csv")


def test_sample_prints_every_badge_and_is_stored(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "badges.pdf"
    assert main(["badges", str(SAMPLE), "-o", str(out), "--layout", "avery-5392", "--sort", "family-name"]) == 0
    err = capsys.readouterr().err
    assert "badges: 22, pages: 4 (avery-5392)" in err
    assert len(PdfReader(out).pages) == 4
    conn = open_state(paths.state_db_path())
    assert AttendeeStore(conn, "caccc-2025").count() == 22
    # the PDF is saved, not printed: --only-new still picks every badge
    assert not PrintLog(conn, "caccc-2025").last_printed()
    assert len(PrintLog(conn, "caccc-2025").entries()) == 22
    assert main(["badges", str(SAMPLE), "-o", str(tmp_path / "again.pdf"), "--only-new"]) == 0
    assert "badges: 22," in capsys.readouterr().err
    # staff mark the batch as printed; then only-new has nothing left to print, still a success
    assert main(["badges", "--only-new", "--mark-printed"]) == 0
    assert "badges marked as printed: 22" in capsys.readouterr().err
    assert len(PrintLog(conn, "caccc-2025").last_printed()) == 22
    assert main(["badges", str(SAMPLE), "-o", str(tmp_path / "again.pdf"), "--only-new"]) == 0
    assert "badges: 0," in capsys.readouterr().err
    assert main(["badges", "--print-log"]) == 0
    log = capsys.readouterr().out.splitlines()
    assert len(log) == 22 + 22 + 22 and "marked as printed" in log[0] and "saved as PDF" in log[-1]


def test_bad_rows_go_to_stderr_and_fail_the_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "list.csv"
    csv_path.write_text("Имя;Фамилия;Категория\nАнна;Берг;спикер\n;;делегат\nИван;Орлов;космонавт\n",
                        encoding="cp1251")
    out = tmp_path / "b.pdf"
    assert main(["badges", str(csv_path), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert "row 3: error: no name" in err
    assert "row 4: error: unknown category 'космонавт'" in err
    assert "badges: 1, pages: 1" in err
    assert "Анна Берг" in " ".join(PdfReader(out).pages[0].extract_text().split())


def test_unprintable_names_fail_the_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "list.csv"
    csv_path.write_text("id,name,surname\nA1,Ann,Lee\nA2,太郎,Yamada\n", encoding="utf-8")
    assert main(["badges", str(csv_path), "-o", str(tmp_path / "b.pdf")]) == 1
    err = capsys.readouterr().err
    assert "not printed: A2" in err and "U+592A" in err


def test_unclear_headers_and_mapping(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv_path = tmp_path / "list.csv"
    csv_path.write_text("Prénom,Nom,Pays\nJean,Dupont,France\n", encoding="utf-8")
    out = tmp_path / "b.pdf"
    assert main(["badges", str(csv_path), "-o", str(out)]) == 2
    assert "no column holds the names" in capsys.readouterr().err
    assert main(["badges", str(csv_path), "-o", str(out), "--map", "given_name=Prénom", "--map", "family_name=Nom",
                 "--map", "delegation=Pays"]) == 0
    assert "Jean Dupont" in PdfReader(out).pages[0].extract_text()


def test_list_layouts_public_key_and_calibration(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["badges", "--list-layouts"]) == 0
    listed = capsys.readouterr().out
    for name in ("a6-a4", "avery-5392", "avery-l4785", "durable-1445-02", "cr80"):
        assert name in listed
    pem = tmp_path / "desk.pem"
    out = tmp_path / "b.pdf"
    assert main(["badges", str(SAMPLE), "-o", str(out), "--export-public-key", str(pem), "--offset", "1,-1",
                 "--layout", "cr80"]) == 0
    key = load_public_key(pem.read_bytes())
    first = pdfium.PdfDocument(out)[0].render(scale=300 / 72).to_pil()
    (code,) = zxingcpp.read_barcodes(first)
    assert verify_token(code.text, key, event_id="caccc-2025")
    calibration = tmp_path / "cal.pdf"
    assert main(["badges", "-o", str(calibration), "--calibration", "--layout", "avery-l4785"]) == 0
    assert "Calibration sheet" in PdfReader(calibration).pages[0].extract_text()


def test_bad_offset_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit, match="--offset"):
        main(["badges", str(SAMPLE), "-o", str(tmp_path / "b.pdf"), "--offset", "one"])
    assert main(["badges", str(tmp_path / "missing.csv"), "-o", str(tmp_path / "b.pdf")]) == 2
    assert "missing.csv" in capsys.readouterr().err


def test_cli_imports_no_qt(tmp_path: Path) -> None:
    code = (
        "import sys; from companion.cli import main; "
        f"rc = main(['badges', {str(SAMPLE)!r}, '-o', {str(tmp_path / 'b.pdf')!r}, '--data-dir', "
        f"{str(tmp_path / 'd')!r}]); "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'CLI imported Qt'; sys.exit(rc)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0


def test_a_workbook_sheet_becomes_badges_and_one_badge_is_reprinted_alone(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workbooks import write_xlsx

    book = write_xlsx(tmp_path / "registrants.xlsx", {
        "Read me": [["This workbook lists the delegates on the second sheet"]],
        "Delegates": [
            ["Attendee #", "First Name", "Last Name", "Email", "Company", "Country", "Order #"],
            ["00123", "Aida", "Serikova", "aida@example.org", "Jasyl Dala", "Қазақстан", 17],
            ["00124", "Merdan", "Ňazarow", "merdan@example.org", "Ministry", "Turkmenistan", 17],
            ["00125", "Dana", "Abenova", "dana@example.org", "Akimat", "Qazaqstan", 18],
        ]})
    out = tmp_path / "b.pdf"
    assert main(["badges", str(book), "--sheet", "2", "-o", str(out), "--layout", "avery-l4785"]) == 0
    err = capsys.readouterr().err
    assert "attendees read: 3 (Excel, sheet 'Delegates')" in err and "badges: 3, pages: 1" in err
    text = " ".join(PdfReader(out).pages[0].extract_text().split())
    # one delegation, whichever script the list used, printed under its English name, together in the stack
    assert text.count("Kazakhstan") == 2 and "Қазақстан" not in text
    assert text.index("Dana Abenova") < text.index("Aida Serikova") < text.index("Merdan Ňazarow")
    conn = open_state(paths.state_db_path())
    assert {a.id for a in AttendeeStore(conn, "caccc-2025").all()} == {"00123", "00124", "00125"}

    one = tmp_path / "one.pdf"
    assert main(["badges", "--id", "00124", "--layout", "cr80", "-o", str(one), "--mark-printed"]) == 0
    assert "badges: 1, pages: 1 (cr80)" in capsys.readouterr().err
    assert "Ňazarow" in PdfReader(one).pages[0].extract_text()
    assert set(PrintLog(conn, "caccc-2025").last_printed()) == {"00124"}
    assert main(["badges", "--id", "nobody", "-o", str(one)]) == 2
    assert main(["badges", str(book), "--sheet", "Budget", "-o", str(out)]) == 2
    assert "no sheet 'Budget'" in capsys.readouterr().err


def test_map_names_columns_of_a_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from workbooks import write_ods

    book = write_ods(tmp_path / "list.ods", {"Лист1": [["Kto", "Otkuda"], ["Aida Serikova", "Jasyl Dala"]]})
    out = tmp_path / "b.pdf"
    assert main(["badges", str(book), "-o", str(out)]) == 2
    assert "--map given_name=COLUMN" in capsys.readouterr().err
    assert main(["badges", str(book), "-o", str(out), "--map", "full_name=Kto", "--map", "organisation=Otkuda"]) == 0
    assert "attendees read: 1 (OpenDocument, sheet 'Лист1')" in capsys.readouterr().err
    # the mapping is remembered for the same header: the next run needs no --map
    assert main(["badges", str(book), "-o", str(out)]) == 0
