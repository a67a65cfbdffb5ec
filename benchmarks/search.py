"""Search latency per keystroke: the agenda's filter proxy, and the whole window, typing "climate finance".

Runs on the bundled CACCC-2025 event, on the 1,351-session 36C3 schedule from ../shared/realdata (when
present) and on a generated 5,000-session event (written to a temporary file in the companion-event/1 format
and opened with the real loader). "Whole window" sends real key presses to the focused search box, so the
grouped results popup under it opens and is painted too; "of which the key's handling" is the part before
Qt lays out and paints (the search, the list's filter, the popup's rows). Prints median and 95th percentile
in milliseconds; it never fails on a figure. On a shared machine, --cpu (the GUI thread's CPU time) is
steadier than wall time.

    QT_QPA_PLATFORM=offscreen python benchmarks/search.py [--sessions 5000] [--repeat 15]
        [--only bundled|36c3|generated] [--phrase TEXT] [--cpu] [--realdata DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PHRASE = "climate finance"
DAYS = [date(2025, 5, 12), date(2025, 5, 13), date(2025, 5, 14), date(2025, 5, 15)]
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
    base = json.loads((Path(__file__).resolve().parents[1] / "resources" / "data" / "caccc2025.json").read_text())
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
    base.update(rooms=rooms, tracks=tracks, people=people, sessions=out, delegations=[])
    path.write_text(json.dumps(base, ensure_ascii=False), encoding="utf-8")
    return path


now = time.perf_counter
"""The clock samples are read from: wall time, or with --cpu the GUI thread's CPU time (steadier on a busy machine)."""


def summarise(label: str, samples_ms: list[float]) -> None:
    ordered = sorted(samples_ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    print(f"  {label:<46} median {statistics.median(ordered):7.2f} ms   p95 {p95:7.2f} ms   (n={len(ordered)})")


def per_keystroke(set_text: Callable[[str], Any], repeat: int) -> tuple[float, list[float]]:
    """Type PHRASE one character at a time, ``repeat`` times; returns (first keystroke ever, all keystrokes)."""
    samples: list[float] = []
    first = -1.0
    for _ in range(repeat):
        for n in range(1, len(PHRASE) + 1):
            t0 = now()
            set_text(PHRASE[:n])
            elapsed = (now() - t0) * 1000
            if first < 0:
                first = elapsed
            samples.append(elapsed)
        set_text("")
    return first, samples


def bench_event(label: str, path: Path, repeat: int) -> None:
    from PySide6.QtCore import Qt, qInstallMessageHandler
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from companion.app import create_main_window
    from companion.clock import Clock
    from companion.sources import load_event
    from companion.store.database import open_state
    from companion.ui.models.sessions import SessionFilterProxy, SessionTableModel
    from companion.ui.navigation import PeopleFeature

    app = QApplication.instance() or QApplication([])
    qInstallMessageHandler(lambda mode, context, message: None)  # the offscreen platform's popup chatter

    def open_window(event: Any, conn: Any) -> tuple[Any, Any]:
        """A shown main window with the focus in its search box, and its search results popup."""
        window = create_main_window(event, conn, Clock())
        window.resize(1400, 860)
        window.show()
        window.activateWindow()
        window.search_box.setFocus()
        app.processEvents()
        feature = window.findChild(PeopleFeature)
        assert feature is not None
        return window, feature.search_results

    t0 = time.perf_counter()
    event = load_event(path)
    load_ms = (time.perf_counter() - t0) * 1000
    print(f"{label}: {len(event.sessions)} sessions (load and validate {load_ms:.0f} ms)")

    model = SessionTableModel(event)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_day(DAYS[1])
    first, samples = per_keystroke(proxy.set_search, repeat)
    print(f"  first keystroke, proxy (builds the search index) {first:7.2f} ms")
    summarise("proxy only, per keystroke", samples)
    proxy.set_search(PHRASE)
    print(f"  hits for {PHRASE!r}: {proxy.rowCount()}")

    with tempfile.TemporaryDirectory() as tmp:
        conn = open_state(Path(tmp) / "state.sqlite3")
        window, panel = open_window(load_event(path), conn)  # a fresh Event: nothing built for it yet

        def paint() -> None:
            window.agenda.list_view.viewport().repaint()
            if panel.isVisible():
                panel.view.viewport().repaint()
            app.processEvents()

        def type_keys(text: str) -> None:
            """Key presses into the focused box (the next characters, or Backspace down to ``text``); Qt then
            processes what they posted, painting only what changed, as it does between two real keystrokes."""
            box = window.search_box
            t0 = now()
            while len(box.text()) > len(text):
                QTest.keyClick(box, Qt.Key.Key_Backspace)
            for ch in text[len(box.text()) :]:
                for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                    QTest.sendKeyEvent(action, box, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
            if text:  # the search run, the list filtered, the popup filled and placed
                handled.append((now() - t0) * 1000)
            app.processEvents()

        handled: list[float] = []

        def type_and_repaint(text: str) -> None:
            type_keys(text)
            paint()

        first, samples = per_keystroke(type_and_repaint, repeat)
        print(f"  first keystroke at once after opening (nothing built) {first:7.2f} ms")
        summarise("whole window, typing, list+popup fully repainted", samples)
        handled.clear()
        _, samples = per_keystroke(type_keys, repeat)
        summarise("whole window, typing (Qt paints what changed)", samples)
        summarise("  of which the key's handling, before Qt paints", handled)
        type_keys(PHRASE[:3])
        print(
            f"  popup open while typing: {panel.isVisible()}; groups for {PHRASE[:3]!r}: "
            + ", ".join(f"{g.kind} {len(g.rows)}/{g.total}" for g in panel.model.groups)
        )
        repaints: list[float] = []
        for _ in range(repeat * 4):
            t0 = now()
            paint()
            repaints.append((now() - t0) * 1000)
        summarise(f"  (for scale: repaint list+popup for {PHRASE[:3]!r})", repaints)
        type_keys("")

        backspaces: list[float] = []
        for _ in range(repeat):
            type_keys(PHRASE)
            for n in range(len(PHRASE) - 1, -1, -1):
                t0 = now()
                type_keys(PHRASE[:n])
                backspaces.append((now() - t0) * 1000)
        summarise("whole window, Backspace (Qt paints what changed)", backspaces)

        def type_in_window(text: str) -> None:
            window.search_box.setText(text)
            window.agenda.list_view.viewport().repaint()
            app.processEvents()

        window.agenda.list_view.setFocus()
        app.processEvents()
        _, samples = per_keystroke(type_in_window, repeat)
        summarise("window, box without focus (no popup), list painted", samples)

        def type_in_agenda(text: str) -> None:
            window.agenda.set_search(text)
            window.agenda.list_view.viewport().repaint()
            app.processEvents()

        _, samples = per_keystroke(type_in_agenda, repeat)
        summarise("agenda page only (proxy, banner, list painted)", samples)

        window.agenda.set_view("timeline")
        app.processEvents()
        switches: list[float] = []
        for _ in range(repeat):
            for _day in DAYS:
                t0 = now()
                window.agenda.next_day() if window.agenda.current_day != DAYS[-1] else window.agenda.set_day(DAYS[0])
                window.agenda.timeline.viewport().repaint()
                app.processEvents()
                switches.append((now() - t0) * 1000)
        summarise("timeline: switch day and paint", switches)
        window.close()

        idle, idle_panel = open_window(load_event(path), conn)
        QTest.qWait(1500)  # the agenda folds the search text in idle slices meanwhile
        box = idle.search_box
        t0 = now()
        QTest.sendKeyEvent(QTest.KeyAction.Press, box, Qt.Key.Key_unknown, PHRASE[0], Qt.KeyboardModifier.NoModifier)
        app.processEvents()
        print(
            f"  first keystroke 1.5 s after opening              {(now() - t0) * 1000:7.2f} ms"
            f"   (popup open: {idle_panel.isVisible()})"
        )
        idle.close()
        conn.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sessions", type=int, default=5000, help="size of the generated event")
    parser.add_argument("--repeat", type=int, default=15, help="times to type the phrase")
    parser.add_argument(
        "--realdata",
        type=Path,
        default=Path(__file__).resolve().parents[2] / "shared" / "realdata",
        help="folder holding 36c3.schedule.json",
    )
    parser.add_argument("--only", choices=("bundled", "36c3", "generated"), help="measure one event only")
    parser.add_argument("--cpu", action="store_true", help="time with the GUI thread's CPU clock, not wall time")
    parser.add_argument("--phrase", default="climate finance", help="what to type (default 'climate finance')")
    args = parser.parse_args()
    global now, PHRASE
    PHRASE = args.phrase
    if args.cpu:
        now = time.thread_time
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from companion.resources import bundled_event_path

    clock = "GUI thread CPU time" if args.cpu else "wall time"
    print(f"Typing {PHRASE!r} one character at a time; {clock}; Python {sys.version.split()[0]}")
    if args.only in (None, "bundled"):
        bench_event("Bundled CACCC-2025", bundled_event_path(), args.repeat)
    real = args.realdata / "36c3.schedule.json"
    if args.only in (None, "36c3"):
        if real.is_file():
            bench_event("36C3 schedule.json", real, args.repeat)
        else:
            print(f"36C3: {real} not found, skipped")
    if args.only in (None, "generated"):
        with tempfile.TemporaryDirectory() as tmp:
            path = write_synthetic_event(Path(tmp) / "synthetic.json", args.sessions)
            bench_event(f"Generated event ({args.sessions} sessions)", path, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
