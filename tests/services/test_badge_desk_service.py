"""The desk's badge workflow without Qt: workbooks, remembered mappings, problems saved safely, printed vs saved,
one badge alone, and identity kept across a corrected re-import."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from companion import paths
from companion.domain.attendee import SortKey
from companion.domain.event import Event
from companion.services.badges import BadgeService, BadgeSettings, LogKind, Which, spreadsheet_safe
from companion.services.container import Services
from companion.sources.attendees_csv import Field
from workbooks import write_ods, write_xlsx


@pytest.fixture
def badges() -> Iterator[BadgeService]:
    services = Services(paths.state_db_path())
    yield services.badges
    services.close()


def test_a_workbook_is_imported_and_a_corrected_reimport_keeps_the_person(
        badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    header = ["First Name", "Last Name", "Email", "Affiliation", "Country"]
    first = write_xlsx(tmp_path / "v1.xlsx", {"Registrants": [
        header, ["Merdan", "Nazarow", "merdan@example.org", "Ministry", "Türkmenistan"],
        ["Aida", "Serikova", "aida@example.org", "Jasyl Dala", "Қазақстан"]]})
    listed = badges.import_list(bundled_event.id, first)
    assert listed.merged is not None and listed.merged.added == 2
    before = {a.email: a.id for a in badges.attendees(bundled_event.id)}
    badges.record_printed(bundled_event.id, [before["merdan@example.org"]], "a6-a4", "Desk printer")

    fixed = write_ods(tmp_path / "v2.ods", {"Registrants": [
        header, ["Merdan", "Ňazarow", "merdan@example.org", "Ministry", "Türkmenistan"],
        ["Aida", "Serikova", "aida@example.org", "Jasyl Dala", "Kazakhstan"]]})
    again = badges.import_list(bundled_event.id, fixed)
    assert again.merged is not None and (again.merged.added, again.merged.updated) == (0, 2)
    after = {a.email: a for a in badges.attendees(bundled_event.id)}
    assert after["merdan@example.org"].id == before["merdan@example.org"]
    assert after["merdan@example.org"].family_name == "Ňazarow"
    assert badges.last_printed(bundled_event.id).keys() == {before["merdan@example.org"]}


def test_a_mapping_the_user_chose_is_remembered_for_the_same_header(
        badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    rows = [["Kto", "Otkuda"], ["Aida Serikova", "Jasyl Dala"]]
    path = write_xlsx(tmp_path / "odd.xlsx", {"S": rows})
    assert badges.import_list(bundled_event.id, path, ask_when_unclear=True).needs_mapping
    chosen = {0: Field.FULL_NAME, 1: Field.ORGANISATION}
    badges.import_list(bundled_event.id, path, chosen, ask_when_unclear=True)
    # the next list with this header (any case or spacing) is imported without asking
    other = write_xlsx(tmp_path / "odd2.xlsx", {"S": [["KTO ", "otkuda"], ["Ann Lee", "OSCE"]]})
    listed = badges.import_list(bundled_event.id, other, ask_when_unclear=True)
    assert not listed.needs_mapping and listed.imported is not None
    assert [(a.display_name, a.organisation) for a in listed.imported.attendees] == [("Ann Lee", "OSCE")]


def test_saved_problems_cannot_run_as_formulas(badges: BadgeService, tmp_path: Path) -> None:
    target = tmp_path / "problems.csv"
    badges.save_problems(target, ["Row", "Problem"], [
        (3, "=HYPERLINK(\"http://evil\",\"x\")"), (4, "+1"), (5, "-2"), (6, "@SUM(A1)"), (7, "\tx"), (8, "\rx"),
        (9, "no name (both given and family name are empty)")])
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Row", "Problem"]
    assert [r[1][0] for r in rows[1:7]] == ["'"] * 6
    assert rows[7][1].startswith("no name")
    assert spreadsheet_safe("Ordinary") == "Ordinary" and spreadsheet_safe("=1") == "'=1"


def test_saved_is_not_printed_and_only_new_means_not_printed(
        badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "l.xlsx", {"S": [["ID", "Name", "Surname"], ["00123", "Aida", "Serikova"],
                                                  ["00124", "Ann", "Lee"]]})
    badges.import_list(bundled_event.id, path)
    stored = badges.attendees(bundled_event.id)
    assert {a.id for a in stored} == {"00123", "00124"}
    badges.record_saved(bundled_event.id, ["00123", "00124"], "a6-a4", str(tmp_path / "b.pdf"))
    only_new = BadgeSettings(which=Which.NOT_PRINTED)
    printed = badges.last_printed(bundled_event.id)
    assert len(badges.plan(bundled_event, stored, only_new, printed=printed).attendees) == 2
    assert badges.mark_printed(bundled_event.id, ["00123"]) == 1
    printed = badges.last_printed(bundled_event.id)
    assert [a.id for a in badges.plan(bundled_event, stored, only_new, printed=printed).attendees] == ["00124"]
    assert [e.kind for e in badges.print_log(bundled_event.id)][:1] == [LogKind.MARKED]


def test_one_badge_alone_on_a_card(badges: BadgeService, bundled_event: Event, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "l.xlsx", {"S": [["ID", "Name", "Surname", "Country"],
                                                  ["R-1", "Aida", "Serikova", "Qazaqstan"],
                                                  ["R-2", "Ann", "Lee", "OSCE"]]})
    badges.import_list(bundled_event.id, path)
    person = next(a for a in badges.attendees(bundled_event.id) if a.id == "R-1")
    settings = BadgeSettings(layout="a6-a4", sort=SortKey.CATEGORY, duplex=True)
    run = badges.single(bundled_event, person, "cr80", settings, "ru")
    assert run.layout == "cr80" and not run.duplex and [a.id for a in run.attendees] == ["R-1"]
    assert run.attendees[0].delegation == "Казахстан"
    out = tmp_path / "one.pdf"
    report = badges.render(run, out)
    assert list(report.printed) == ["R-1"]
    assert len(PdfReader(out).pages) == 1
    assert "Казахстан" in " ".join(PdfReader(out).pages[0].extract_text().split())
