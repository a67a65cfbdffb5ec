"""Search keystroke latency: from the key press until Qt is idle with the repaint done, beside the plain-Qt floor.

What is timed, per key: a ``QKeyEvent`` press and release sent to the focused search box of the real main
window (1366×768, shown: offscreen by default, or on X under ``xvfb-run``), then Qt's event loop run until a
paint has happened in the window and one more pass finds nothing left to paint. That covers everything the
user waits for: the search, the list's filter, the results popup, the banner, Qt's layout of the list and
its repaint. Queries are typed one character at a time (each key is one sample) and cleared between runs.

The floor, measured interleaved with it in the same run (so a busy machine slows both alike): a plain
``QLineEdit`` over a ``QTreeView`` + ``QSortFilterProxyModel`` on a ``QStandardItemModel`` with the same rows
(the list's texts, and the same folded search text in a hidden column the proxy filters with a regular
expression), the view as large as the agenda's list, the same keys, the same loop. Both paint as the app does, without
Qt's GUI thread pool and with a short GIL switch interval (``companion.ui.gui_thread``): they share the process.

Events: the bundled CACCC-2025 (18 sessions), the 36C3 stand-in in tests/data (1,351 sessions) and generated
events (default 5,000 and 20,000 sessions). Views: the agenda's table ("list") and its cards ("cards").
Prints, per event and view, the median, p95 and the share of keys within one 60 Hz frame (16.7 ms) for
Companion and the floor, and their ratio; ``--profile FILE`` writes a cProfile of Companion's keystrokes.
It never fails on a figure.

    python benchmarks/search.py [--sizes 5000,20000] [--repeat 3] [--only bundled|36c3|generated]
        [--views list,cards] [--queries security,the,...] [--profile out.prof]
    xvfb-run -a python benchmarks/search.py --platform xcb
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
clock = time.perf_counter
"""What samples are read from: wall time, or with --cpu the GUI thread's CPU time (steadier on a busy machine)."""
FRAME_MS = 1000 / 60
WINDOW_SIZE = (1366, 768)
DAYS = [date(2025, 5, 12), date(2025, 5, 13), date(2025, 5, 14), date(2025, 5, 15)]
QUERIES: dict[str, list[str]] = {
    # words that match many sessions (36C3: "security" 669 of 1,351, "the" 64, "open" 642; the Cyrillic
    # "москва" is in 651 descriptions), and one that matches none, for contrast
    "bundled": ["климат", "the", "open", "ашхабад"],
    "36c3": ["security", "the", "open", "москва", "zzzq"],
    "generated": ["security", "the", "water", "водная", "zzzq"],
}
SUBJECTS = [
    ("Climate finance", "Климатическое финансирование"),
    ("Water security", "Водная безопасность"),
    ("Glacier monitoring", "Мониторинг ледников"),
    ("Renewable energy", "Возобновляемая энергия"),
    ("Land restoration", "Восстановление земель"),
    ("Adaptation planning", "Планирование адаптации"),
    ("Air quality", "Качество воздуха"),
    ("Green bonds", "Зелёные облигации"),
    ("Disaster risk", "Риск бедствий"),
    ("Youth climate action", "Климатические действия молодёжи"),
]
PLACES = ["in Central Asia", "for the Aral Sea basin", "in mountain regions", "for cities", "in agriculture"]
FORMS = ["panel", "workshop", "talk", "round table", "keynote"]
GIVEN = ["Aigerim", "Bakhyt", "Dilnoza", "Erlan", "Farrukh", "Gulnara", "Jamshid", "Kanat", "Malika", "Nurlan"]
FAMILY = ["Abdullaev", "Bekova", "Çaryýew", "Dosmukhamedov", "Ermekova", "Ismoilov", "Qasymov", "Şyhmuradow"]
CYRILLIC = str.maketrans(
    {"A": "А", "B": "Б", "D": "Д", "E": "Е", "F": "Ф", "G": "Г", "I": "И", "J": "Дж", "K": "К", "M": "М",
     "N": "Н", "Q": "Қ", "Ç": "Ч", "Ş": "Ш", "a": "а", "b": "б", "d": "д", "e": "е", "g": "г", "h": "х",
     "i": "и", "k": "к", "l": "л", "m": "м", "n": "н", "o": "о", "r": "р", "s": "с", "t": "т", "u": "у",
     "v": "в", "w": "в", "y": "й", "ý": "й", "z": "з", "q": "к", "ş": "ш", "ç": "ч", "j": "ж", "f": "ф"}
)  # fmt: skip


def write_synthetic_event(path: Path, sessions: int, seed: int = 2025) -> Path:
    """A made-up event with ``sessions`` sessions over four days, 20 rooms and 8 tracks (never shipped)."""
    rng = random.Random(seed)
    base = json.loads((ROOT / "resources" / "data" / "caccc2025.json").read_text())
    people = []
    for i in range(max(50, sessions // 3)):
        latin = f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
        people.append(
            {"id": f"p{i}", "names": [latin, latin.translate(CYRILLIC)], "organisation": {"en": f"Institute {i % 97}"}}
        )
    rooms = [{"id": f"r{i}", "name": {"en": f"Hall {i + 1}"}} for i in range(20)]
    tracks = [{"id": f"t{i}", "name": {"en": SUBJECTS[i][0]}} for i in range(8)]
    types = [t["id"] for t in base["types"]]
    out = []
    for i in range(sessions):
        subject, subject_ru = rng.choice(SUBJECTS)
        place = rng.choice(PLACES)
        day = rng.choice(DAYS) if rng.random() > 0.02 else None
        timed = day is not None and rng.random() > 0.05
        start = end = None
        if timed and day is not None:
            begin = datetime.combine(day, datetime.min.time()) + timedelta(minutes=9 * 60 + 15 * rng.randrange(0, 36))
            start = begin.strftime("%Y-%m-%dT%H:%M")
            end = (begin + timedelta(minutes=rng.choice((30, 45, 60, 90)))).strftime("%Y-%m-%dT%H:%M")
        out.append({
            "id": f"s{i}",
            "type": rng.choice(types),
            "day": day.isoformat() if day else None,
            "start": start,
            "end": end,
            "time_status": "exact" if timed else "unknown",
            "title": {"en": f"{subject} {place}: {rng.choice(FORMS)} {i}", "ru": f"{subject_ru}: сессия {i}"},
            "room": rng.choice(rooms)["id"],
            "track": rng.choice(tracks)["id"],
            "participants": [{"person": rng.choice(people)["id"], "role": {"en": "Speaker"}}
                             for _ in range(rng.randrange(0, 4))],
            "topics": [{"en": rng.choice(SUBJECTS)[0]}],
            "description": {"en": f"A {rng.choice(FORMS)} on {subject.lower()} {place}, with examples."},
            "sources": ["S1"],
        })  # fmt: skip
    # its own id and name: with the bundled event's id the window would take it for CACCC-2025 and compare it,
    # in the background, with the 18 sessions remembered from the shipped file
    base["event"].update(
        id=f"generated-{sessions}",
        name={"en": f"Generated event ({sessions} sessions)"},
        short_name={"en": f"Generated {sessions}"},
    )
    base.update(fictional=True, rooms=rooms, tracks=tracks, people=people, sessions=out, delegations=[])
    path.write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    return path


# -- the harness: a key press until Qt is idle, the repaint included ----------------------------------------


def use_cpu_clock(cpu: bool) -> None:
    """Read samples from the GUI thread's CPU time (what the window itself spends) rather than wall time."""
    global clock
    clock = time.thread_time if cpu else time.perf_counter


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def within_frame(samples: list[float]) -> float:
    return 100 * sum(1 for s in samples if s <= FRAME_MS) / len(samples)


def describe(samples: list[float]) -> str:
    return (
        f"median {statistics.median(samples):6.2f} ms  p95 {percentile(samples, 0.95):6.2f} ms"
        f"  {within_frame(samples):5.1f} % in a frame"
    )


def compare(label: str, ours: list[float], floor: list[float]) -> str:
    ratio = statistics.median(ours) / max(statistics.median(floor), 1e-6)
    p95 = percentile(ours, 0.95) / max(percentile(floor, 0.95), 1e-6)
    return (
        f"  {label:<22} Companion {describe(ours)}\n"
        f"  {'':<22} floor     {describe(floor)}\n"
        f"  {'':<22} ratio     median {ratio:4.2f}×  p95 {p95:4.2f}×  (n={len(ours)})"
    )


class Harness:
    """Sends keys and wheel notches to widgets and runs Qt until the window has repainted and is idle."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication

        from companion.ui.gui_thread import keep_gui_thread_responsive

        keep_gui_thread_responsive()  # as the app runs (companion.app.run_gui); the floor, in this process, alike
        app = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(app, QApplication)
        self.app = app
        app.setCursorFlashTime(0)  # no blinking cursor: it would paint on its own timer
        self.paints = 0
        harness = self
        paint = QEvent.Type.Paint

        class PaintCounter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == paint:
                    harness.paints += 1
                return False

        self._counter = PaintCounter()

    def watch(self, *widgets: Any) -> None:
        """Count paints of these widgets (a search box, a view's viewport, a popup)."""
        for widget in widgets:
            widget.installEventFilter(self._counter)

    def settle(self, limit: int = 2000) -> None:
        """Run Qt until a paint has happened and a further pass paints nothing."""
        start = self.paints
        for _ in range(limit):
            before = self.paints
            self.app.processEvents()
            if self.paints > start and self.paints == before:
                return

    def idle(self, seconds: float = 0.05) -> None:
        """Let Qt run for a while (timers, deferred layouts) outside any measurement."""
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            self.app.processEvents()

    def key(self, widget: Any, text: str, key: Any = None) -> float:
        """Milliseconds from a key's press (``text`` typed, or ``key``) until Qt is idle with the repaint done."""
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        code = key if key is not None else Qt.Key.Key_unknown
        press = QKeyEvent(QEvent.Type.KeyPress, code, Qt.KeyboardModifier.NoModifier, text)
        release = QKeyEvent(QEvent.Type.KeyRelease, code, Qt.KeyboardModifier.NoModifier, text)
        t0 = clock()
        self.app.sendEvent(widget, press)
        self.app.sendEvent(widget, release)
        self.settle()
        return (clock() - t0) * 1000

    def wheel(self, viewport: Any, notches: int) -> float:
        """Milliseconds from one wheel event of ``notches`` notches (negative: down) over ``viewport`` until Qt is
        idle with the repaint done."""
        from PySide6.QtCore import QPoint, QPointF, Qt
        from PySide6.QtGui import QWheelEvent

        centre = QPointF(viewport.width() / 2, viewport.height() / 2)
        event = QWheelEvent(
            centre,
            QPointF(viewport.mapToGlobal(centre.toPoint())),
            QPoint(),
            QPoint(0, 120 * notches),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        t0 = clock()
        self.app.sendEvent(viewport, event)
        self.settle()
        return (clock() - t0) * 1000

    def clear(self, box: Any) -> None:
        box.clear()
        self.settle()
        self.idle(0.02)


def folded_rows(event: Any) -> tuple[list[list[str]], list[str]]:
    """The agenda list's texts per session (programme order) and each session's folded search text."""
    from companion.ui.models.sessions import SessionSearchIndex, SessionTableModel

    model = SessionTableModel(event)
    columns = range(SessionTableModel.BASE_COLUMN_COUNT)
    rows = [[str(model.index(r, c).data() or "") for c in columns] for r in range(model.rowCount())]
    return rows, SessionSearchIndex(event).haystacks()


class FloorWindow:
    """A plain QLineEdit over a QTreeView + QSortFilterProxyModel with the same rows: what Qt alone costs."""

    def __init__(self, rows: list[list[str]], haystacks: list[str], size: tuple[int, int], cards: bool = False):
        from PySide6.QtCore import QRegularExpression, QSortFilterProxyModel
        from PySide6.QtGui import QStandardItem, QStandardItemModel
        from PySide6.QtWidgets import QLineEdit, QListView, QTreeView, QVBoxLayout, QWidget

        from companion.domain.search import Query

        headers = ["Day", "Time", "Title", "Type", "Room", "People"]
        self.model = QStandardItemModel(0, len(headers) + 1)
        self.model.setHorizontalHeaderLabels([*headers, "search"])
        for texts, folded in zip(rows, haystacks, strict=True):
            self.model.appendRow([QStandardItem(t) for t in (*texts, folded)])
        self.proxy = QSortFilterProxyModel()
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(len(headers))
        self.widget = QWidget()
        self.box = QLineEdit(self.widget)
        self.view: QTreeView | QListView
        if cards:
            self.view = QListView(self.widget)
            self.view.setModel(self.proxy)
            self.view.setModelColumn(2)
            self.view.setUniformItemSizes(True)
        else:
            self.view = QTreeView(self.widget)
            self.view.setModel(self.proxy)
            self.view.setRootIsDecorated(False)
            self.view.setUniformRowHeights(True)
            self.view.setColumnHidden(len(headers), True)
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box)
        layout.addWidget(self.view, 1)

        def search(text: str) -> None:
            # the same folded words as Companion's search; one word is a plain substring (Qt's fixed-string
            # filter), several must all occur (anchored look-aheads, linear in the text)
            words = Query.parse(text).words
            if len(words) <= 1:
                self.proxy.setFilterFixedString(words[0] if words else "")
                return
            pattern = r"\A" + "".join(f"(?=[\\s\\S]*?{re.escape(w)})" for w in words)
            self.proxy.setFilterRegularExpression(QRegularExpression(pattern))

        self.box.textChanged.connect(search)
        self.widget.resize(*size)
        self.widget.show()
        self.box.setFocus()


@contextmanager
def profiling(path: Path | None) -> Iterator[Callable[[Callable[[], Any]], Any]]:
    """Yields ``run(fn)``, which calls ``fn`` under cProfile when ``path`` is given (stats dumped at the end)."""
    if path is None:
        yield lambda fn: fn()
        return
    import cProfile

    profiler = cProfile.Profile()

    def run(fn: Callable[[], Any]) -> Any:
        profiler.enable()
        try:
            return fn()
        finally:
            profiler.disable()

    yield run
    profiler.dump_stats(str(path))
    print(f"  cProfile of Companion's keystrokes written to {path}")


def open_window(event: Any, conn: Any, harness: Harness, view: str) -> Any:
    """The main window at 1366×768, shown, in ``view``, its search index ready, the focus in its search box."""
    from companion.app import create_main_window
    from companion.clock import Clock

    window = create_main_window(event, conn, Clock())
    window.resize(*WINDOW_SIZE)
    window.show()
    window.activateWindow()
    window.agenda.set_view(view)
    window.agenda.model.search_index.haystacks()  # as after a moment's idle (the page builds it in idle slices)
    window.search_box.setFocus()
    harness.idle(0.3)
    return window


def bench_event(label: str, path: Path, kind: str, args: argparse.Namespace, harness: Harness) -> None:
    from companion.sources import load_event
    from companion.store.database import open_state
    from companion.ui.navigation import PeopleFeature

    event = load_event(path)
    queries = args.queries or QUERIES[kind]
    print(f"\n{label}: {len(event.sessions)} sessions; queries {', '.join(repr(q) for q in queries)}")
    rows, haystacks = folded_rows(event)
    with tempfile.TemporaryDirectory() as tmp:
        conn = open_state(Path(tmp) / "state.sqlite3")
        for view in args.views:
            window = open_window(load_event(path), conn, harness, view)
            agenda = window.agenda
            shown = agenda.card_view if view == "cards" else agenda.list_view
            feature = window.findChild(PeopleFeature)
            popup = feature.search_results if feature is not None else None
            harness.watch(window.search_box, shown.viewport(), *([popup.view.viewport()] if popup else []))
            size = (shown.width(), shown.height() + window.search_box.height())
            floor = FloorWindow(rows, haystacks, size, cards=view == "cards")
            harness.watch(floor.box, floor.view.viewport())
            ours: dict[str, list[float]] = {q: [] for q in queries}
            theirs: dict[str, list[float]] = {q: [] for q in queries}
            hits: dict[str, tuple[int, int]] = {}
            popup_seen = False
            with profiling(args.profile if view == args.views[0] else None) as run:
                for _ in range(args.repeat):
                    for query in queries:
                        window.activateWindow()
                        window.search_box.setFocus()
                        harness.idle(0.01)
                        for ch in query:
                            ours[query].append(run(lambda ch=ch, box=window.search_box: harness.key(box, ch)))
                        hits[query] = (agenda.proxy.rowCount(), 0)
                        popup_seen = popup_seen or (popup is not None and popup.isVisible())
                        harness.clear(window.search_box)
                        floor.widget.activateWindow()
                        floor.box.setFocus()
                        harness.idle(0.01)
                        for ch in query:
                            theirs[query].append(harness.key(floor.box, ch))
                        hits[query] = (hits[query][0], floor.proxy.rowCount())
                        harness.clear(floor.box)
            print(
                f" view {view!r}: list {shown.width()}×{shown.height()} px; results popup shown while typing: "
                f"{popup_seen}"
            )
            for query in queries:
                ours_n, floor_n = hits[query]
                print(
                    compare(f"{query!r} ({ours_n} hits)", ours[query], theirs[query])
                    + ("" if ours_n == floor_n else f"  [floor found {floor_n}]")
                )
            every_ours = [s for q in queries for s in ours[q]]
            every_floor = [s for q in queries for s in theirs[q]]
            print(compare("every key", every_ours, every_floor))
            floor.widget.close()
            window.close()
            harness.idle(0.05)
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5000,20000", help="sizes of the generated events (comma-separated)")
    parser.add_argument("--repeat", type=int, default=3, help="times each query is typed")
    parser.add_argument("--only", choices=("bundled", "36c3", "generated"), help="measure one kind of event only")
    parser.add_argument("--views", default="list,cards", help="agenda views to measure: list, cards")
    parser.add_argument("--queries", default="", help="comma-separated queries instead of each event's own")
    parser.add_argument("--profile", type=Path, help="write a cProfile of Companion's keystrokes (first view)")
    parser.add_argument("--platform", help="Qt platform: offscreen (the default) or xcb (under xvfb-run)")
    parser.add_argument("--cpu", action="store_true", help="time with the GUI thread's CPU clock, not wall time")
    args = parser.parse_args()
    use_cpu_clock(args.cpu)
    args.views = [v for v in args.views.split(",") if v]
    args.queries = [q for q in args.queries.split(",") if q]
    if args.platform:
        os.environ["QT_QPA_PLATFORM"] = args.platform
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "src"))
    from PySide6.QtCore import qInstallMessageHandler

    from companion.resources import bundled_event_path

    harness = Harness()
    qInstallMessageHandler(lambda mode, context, message: None)  # the offscreen platform's popup chatter
    print(
        f"Key press until Qt is idle, repaint included; window {WINDOW_SIZE[0]}×{WINDOW_SIZE[1]} on "
        f"{harness.app.platformName()}; {'GUI thread CPU time' if args.cpu else 'wall time'}; "
        f"{os.cpu_count()} CPUs; Python {sys.version.split()[0]}; "
        f"each query typed {args.repeat}× a character at a time (one sample per key)"
    )
    if args.only in (None, "bundled"):
        bench_event("Bundled CACCC-2025", bundled_event_path(), "bundled", args, harness)
    if args.only in (None, "36c3"):
        bench_event("36C3 stand-in (tests/data)", ROOT / "tests" / "data" / "36c3.schedule.json", "36c3", args, harness)
    if args.only in (None, "generated"):
        for size in (int(s) for s in args.sizes.split(",") if s):
            with tempfile.TemporaryDirectory() as tmp:
                path = write_synthetic_event(Path(tmp) / "synthetic.json", size)
                bench_event(f"Generated event ({size:,} sessions)", path, "generated", args, harness)
    return 0


if __name__ == "__main__":
    sys.exit(main())
