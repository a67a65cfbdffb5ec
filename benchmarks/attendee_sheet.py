"""A 5,000-row .xlsx to badges, beside the same list as CSV; and the two workbook readers compared.

Writes one generated list (IDs like ``00123`` as text, Cyrillic, Kazakh, Turkmen and Latin names, countries in
several scripts) as .xlsx (openpyxl), .ods (odfpy) and CSV (UTF-8), then times, for each: reading the cells,
the import into a fresh state database (mapping, checks, merge), sorting by delegation with the one collation,
and drawing the badge PDF (A6, four a sheet). Also times reading the .xlsx cells with openpyxl (read-only mode),
the alternative to python-calamine. Prints figures; never fails.

    python benchmarks/attendee_sheet.py [--rows 5000] [--repeat 3] [--no-pdf]
"""

from __future__ import annotations

import argparse
import csv
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

GIVEN = ("Айгерим", "Nurlan", "Мерген", "Dilnoza", "Olga", "Қанат", "Gülşat", "Фарход", "Merdan", "Çary")
FAMILY = ("Абдуллаева", "Seitkali", "Ораздурдыева", "Karimova", "Петрова", "Жұмабаев", "Annaýewa", "Ňazarow")
COUNTRIES = ("Qazaqstan", "Қазақстан", "Kazakhstan", "Türkmenistan", "Туркменистан", "Oʻzbekiston", "Tajikistan",
             "Кыргызстан", "OSCE", "UNDP")
HEADER = ["ID", "given_name", "family_name", "Organisation", "Country", "Category", "Email"]


def rows(count: int) -> list[list[str]]:
    return [[f"{n:05d}", GIVEN[n % len(GIVEN)], FAMILY[(n // 3) % len(FAMILY)], f"Organisation {n % 50}",
             COUNTRIES[n % len(COUNTRIES)], "delegate" if n % 7 else "speaker", f"p{n}@example.org"]
            for n in range(count)]


def write_all(folder: Path, count: int) -> dict[str, Path]:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    from workbooks import write_ods, write_xlsx

    data = [HEADER, *rows(count)]
    paths = {"xlsx": write_xlsx(folder / "list.xlsx", {"Attendees": data}),
             "ods": write_ods(folder / "list.ods", {"Attendees": data})}
    csv_path = folder / "list.csv"
    with csv_path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(data)
    paths["csv"] = csv_path
    return paths


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, value = [], None
    for _ in range(repeat):
        t0 = time.perf_counter()
        value = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), value


def openpyxl_cells(path: Path) -> int:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    count = sum(1 for _ in book.worksheets[0].iter_rows(values_only=True))
    book.close()
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-pdf", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        os.environ["COMPANION_DATA_DIR"] = str(folder / "data")
        from companion import paths as app_paths
        from companion.domain.attendee import SortKey
        from companion.resources import bundled_event_path
        from companion.services.badges import BadgeSettings
        from companion.services.container import Services
        from companion.sources import load_event
        from companion.sources.attendees_sheet import read_table

        app_paths.set_data_dir(folder / "data")
        event = load_event(bundled_event_path())
        files = write_all(folder, args.rows)
        print(f"{args.rows:,} attendees; files: " + ", ".join(
            f"{kind} {path.stat().st_size / 1e6:.2f} MB" for kind, path in files.items()))
        seconds, _ = timed(lambda: openpyxl_cells(files["xlsx"]), args.repeat)
        print(f"  openpyxl (read-only) reads the .xlsx cells in {seconds * 1000:.0f} ms")
        for kind, path in files.items():
            read_s, table = timed(lambda path=path: read_table(path), args.repeat)
            import_times = []
            for attempt in range(args.repeat):
                services = Services(folder / f"state-{kind}-{attempt}.sqlite")
                t0 = time.perf_counter()
                listed = services.badges.import_list(event.id, path)
                import_times.append(time.perf_counter() - t0)
                badges = services.badges
            assert listed.imported is not None
            stored = badges.attendees(event.id)
            plan_s, run = timed(lambda badges=badges, stored=stored: badges.plan(
                event, stored, BadgeSettings(sort=SortKey.DELEGATION)), args.repeat)
            line = (f"  {kind:4}: cells {read_s * 1000:.0f} ms, import (read+map+merge) "
                    f"{statistics.median(import_times) * 1000:.0f} ms, sort by delegation {plan_s * 1000:.0f} ms "
                    f"({len(table.rows):,} rows, {len({a.delegation for a in run.attendees})} delegations)")
            if not args.no_pdf and kind != "ods":
                t0 = time.perf_counter()
                report = badges.render(run, folder / f"badges-{kind}.pdf")
                line += f", PDF {time.perf_counter() - t0:.1f} s ({len(report.printed):,} badges, {report.pages} pages)"
            print(line)
            services.close()


if __name__ == "__main__":
    main()
