"""Scrolling the agenda's list: one wheel notch until Qt is idle with the repaint done, beside the plain-Qt floor.

What is timed, per notch: a ``QWheelEvent`` of one notch (120) sent to the list's viewport in the real main window
(1366×768, shown, offscreen by default or on X under ``xvfb-run``), then Qt's event loop run until the window has
repainted and one more pass finds nothing to paint (the harness of ``benchmarks/search.py``). The list is
scrolled down notch by notch to the end, then back up.

The floor, measured interleaved in the same run: a plain ``QTreeView`` + ``QSortFilterProxyModel`` over a
``QStandardItemModel`` holding the same rows (the list's texts), as large as the agenda's list, same notches.

Lists: the busiest day of the 36C3 stand-in (tests/data), its search results for "security" (every day), and the
busiest day of generated 5,000- and 20,000-session events; in the table and in the card view. Prints median, p95
and share of notches within a 60 Hz frame for both, and the ratio. It never fails on a figure.

``--cpp-model`` also scrolls the agenda's own table with its model swapped for a ``QStandardItemModel`` holding the
same cells: the difference is what Python answering the table's cells costs (PySide's call into Python for each
newly shown cell's index and data), the rest what the table itself paints.

    python benchmarks/scroll.py [--sizes 5000,20000] [--notches 40] [--views list,cards] [--cpp-model]
    xvfb-run -a python benchmarks/scroll.py --platform xcb
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from search import ROOT, FloorWindow, Harness, compare, folded_rows, open_window, use_cpu_clock, write_synthetic_event


def load_average() -> str:
    """The 1-, 5- and 15-minute load averages, as uptime prints them."""
    return ", ".join(f"{load:.2f}" for load in os.getloadavg())


def scroll_samples(harness: Harness, viewport: Any, notches: int) -> list[float]:
    """One sample per notch: ``notches`` down (or to the end), then as many back up."""
    samples = [harness.wheel(viewport, -1) for _ in range(notches)]
    samples += [harness.wheel(viewport, 1) for _ in range(notches)]
    return samples


def cpp_model_samples(window: Any, table: Any, harness: Harness, args: argparse.Namespace) -> list[float]:
    """Notches on the agenda's own table after its model is swapped for a ``QStandardItemModel`` holding what the
    Python model answers for every cell (text, font, alignment, colours): what the table costs without Python
    answering its cells. The Python model is put back afterwards."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel

    proxy = table.model()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole)
    copy = QStandardItemModel(proxy.rowCount(), proxy.columnCount())
    for row in range(proxy.rowCount()):
        for column in range(proxy.columnCount()):
            item = QStandardItem()
            index = proxy.index(row, column)
            for role in roles:
                value = proxy.data(index, role)
                if value is not None:
                    item.setData(value, role)
            copy.setItem(row, column, item)
    widths = [table.columnWidth(c) for c in range(proxy.columnCount())]
    hidden = [table.isColumnHidden(c) for c in range(proxy.columnCount())]

    def use(model: Any) -> None:
        table.setModel(model)
        for column, width in enumerate(widths):
            table.setColumnWidth(column, width)
            table.setColumnHidden(column, hidden[column])
        table.scrollToTop()
        harness.idle(0.3)

    use(copy)
    samples: list[float] = []
    for _ in range(args.repeat):
        window.activateWindow()
        harness.idle(0.01)
        samples += scroll_samples(harness, table.viewport(), args.notches)
    use(proxy)
    return samples


def bench_event(label: str, path: Path, args: argparse.Namespace, harness: Harness, search: str = "") -> None:
    from companion.sources import load_event
    from companion.store.database import open_state

    event = load_event(path)
    busiest = Counter(s.day for s in event.sessions if s.day is not None).most_common(1)[0][0]
    rows, haystacks = folded_rows(event)
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_state(Path(tmp) / "state.sqlite3")
        for view in args.views:
            window = open_window(load_event(path), conn, harness, view)
            agenda = window.agenda
            agenda.set_day(busiest)
            if search:
                window.search_box.setText(search)
            agenda.focus_view()
            harness.idle(0.3)
            shown = agenda.card_view if view == "cards" else agenda.list_view
            listed = list(range(agenda.proxy.rowCount()))
            table = agenda.proxy.table()
            source_rows = [table.row_of(agenda.proxy.session_at(r).id) for r in listed]
            floor = FloorWindow(
                [rows[r] for r in source_rows],
                [haystacks[r] for r in source_rows],
                (shown.width(), shown.height()),
                cards=view == "cards",
            )
            floor.box.hide()
            harness.watch(shown.viewport(), floor.view.viewport())
            harness.idle(0.3)
            ours: list[float] = []
            theirs: list[float] = []
            for _ in range(args.repeat):
                window.activateWindow()
                harness.idle(0.01)
                ours += scroll_samples(harness, shown.viewport(), args.notches)
                floor.widget.activateWindow()
                harness.idle(0.01)
                theirs += scroll_samples(harness, floor.view.viewport(), args.notches)
            what = f"“{search}”, every day" if search else f"{busiest}"
            print(f" {view!r}: {len(listed)} sessions listed ({what}); view {shown.width()}×{shown.height()} px")
            print(compare("one wheel notch", ours, theirs))
            if view == "list" and args.cpp_model:
                same_table = cpp_model_samples(window, shown, harness, args)
                print(f"  {'':<22} the same table given a C++ model of the same cells (QStandardItemModel):")
                print(f"  {'':<22} median {statistics.median(same_table):.2f} ms: "
                      f"{statistics.median(same_table) / statistics.median(theirs):.2f}× the floor; Companion's "
                      f"Python model takes {statistics.median(ours) / statistics.median(same_table):.2f}× as long")
            floor.widget.close()
            window.close()
            harness.idle(0.05)
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5000,20000", help="sizes of the generated events (comma-separated)")
    parser.add_argument("--notches", type=int, default=40, help="notches down (then up) per run")
    parser.add_argument("--repeat", type=int, default=2, help="runs per list")
    parser.add_argument("--views", default="list,cards", help="agenda views to measure: list, cards")
    parser.add_argument("--only", choices=("36c3", "generated"), help="measure one kind of event only")
    parser.add_argument("--platform", help="Qt platform: offscreen (the default) or xcb (under xvfb-run)")
    parser.add_argument("--cpu", action="store_true", help="time with the GUI thread's CPU clock, not wall time")
    parser.add_argument("--cpp-model", action="store_true",
                        help="also scroll the table with a C++ model of the same cells (what Python's answers cost)")
    args = parser.parse_args()
    use_cpu_clock(args.cpu)
    args.views = [v for v in args.views.split(",") if v]
    if args.platform:
        os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import qInstallMessageHandler

    harness = Harness()
    qInstallMessageHandler(lambda mode, context, message: None)
    print(
        f"One wheel notch until Qt is idle, repaint included; window 1366×768 on {harness.app.platformName()}; "
        f"{'GUI thread CPU time' if args.cpu else 'wall time'}; "
        f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}; load average {load_average()}"
    )
    stand_in = ROOT / "tests" / "data" / "36c3.schedule.json"
    if args.only in (None, "36c3"):
        print("\n36C3 stand-in (tests/data), busiest day")
        bench_event("36C3", stand_in, args, harness)
        print("\n36C3 stand-in (tests/data), search results")
        bench_event("36C3", stand_in, args, harness, search="security")
    if args.only in (None, "generated"):
        for size in (int(s) for s in args.sizes.split(",") if s):
            with tempfile.TemporaryDirectory() as tmp:
                print(f"\nGenerated event ({size:,} sessions), busiest day")
                bench_event(f"{size}", write_synthetic_event(Path(tmp) / "synthetic.json", size), args, harness)
    print(f"\nload average at the end {load_average()} (the machine is shared: compare ratios, repeat runs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
