"""Reading a large attendee list, and putting every row problem into Russian, as the Badges page does.

Writes a generated list (UTF-8 and Windows-1251, semicolons, Cyrillic and Latin names) with one bad row in
twenty, then times ``read_attendees`` and the rendering of every problem through the Qt-free translator the
command line uses (the window's QCoreApplication.translate does the same lookup in the .qm). Prints figures;
never fails.

    python benchmarks/attendee_import.py [--rows 20000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
import tracemalloc
from pathlib import Path

from companion.domain.message import render
from companion.sources.attendees_csv import read_attendees
from companion.sources.translations import translator

GIVEN = ("Айгерим", "Nurlan", "Мерген", "Dilnoza", "Olga", "Қанат", "Gülşat", "Фарход")
FAMILY = ("Абдуллаева", "Seitkali", "Ораздурдыева", "Karimova", "Петрова", "Жұмабаев", "Annayeva", "Rahimov")
CATEGORIES = ("делегат", "спикер", "пресса", "организатор", "космонавт")  # the last one is a bad row


def write_list(path: Path, rows: int, encoding: str) -> None:
    lines = ["ID;Имя;Фамилия;Организация;Категория"]
    for n in range(rows):
        category = CATEGORIES[4] if n % 20 == 7 else CATEGORIES[n % 4]
        given, family = GIVEN[n % len(GIVEN)], FAMILY[(n // 3) % len(FAMILY)]
        lines.append(f"A-{n:06d};{given};{family};Организация {n % 50};{category}")
    text = "\n".join(lines) + "\n"
    if encoding == "cp1251":  # Windows-1251 has no Kazakh or Turkmen letters: those become plain Cyrillic/Latin
        text = text.translate(str.maketrans("ҚқұüşÜŞ", "КкуusUS"))
    path.write_text(text, encoding=encoding)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    russian = translator("ru")
    with tempfile.TemporaryDirectory() as folder:
        for encoding in ("utf-8", "cp1251"):
            path = Path(folder) / f"attendees-{encoding}.csv"
            write_list(path, args.rows, encoding)
            reads, renders = [], []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                result = read_attendees(path)
                reads.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                lines = [render(p.message, russian) for p in result.problems]
                renders.append(time.perf_counter() - t0)
            tracemalloc.start()
            read_attendees(path)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            size = path.stat().st_size / 1e6
            print(
                f"{encoding:7} {args.rows:,} rows ({size:.1f} MB): read {statistics.median(reads) * 1000:.0f} ms, "
                f"{len(result.attendees):,} attendees, {len(lines):,} problems put into Russian in "
                f"{statistics.median(renders) * 1000:.1f} ms; peak Python memory {peak / 1e6:.0f} MB"
            )
            print(f"        e.g. {lines[0]}")


if __name__ == "__main__":
    main()
