"""Language switch benchmark: how long one click in View → Language takes to show the rebuilt window.

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/language_switch.py [--rounds 10]``. Opens the main window
on the bundled event, then switches en → ru → kk → kk-Latn → en repeatedly, timing each switch from the
click to the new window having processed its first events (translators swapped, window rebuilt, place
restored). Also times a catalogue lookup. Prints figures; never fails on speed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import datetime


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=10, help="full cycles through the four languages")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from companion.ui.gui_thread import keep_gui_thread_responsive

    keep_gui_thread_responsive()  # as the app runs (companion.app.run_gui)
    app = QApplication(sys.argv[:1])
    from companion import paths

    paths.set_data_dir(tempfile.mkdtemp(prefix="companion-bench-"))
    from companion.app import create_main_window
    from companion.clock import Clock
    from companion.resources import bundled_event_path
    from companion.sources import load_event
    from companion.store.database import open_state
    from companion.store.settings import Settings
    from companion.ui.language import LanguageManager, WindowRebuilder

    event = load_event(bundled_event_path())
    state = open_state(paths.state_db_path())
    clock = Clock.fixed(datetime(2025, 5, 13, 11, 0, tzinfo=event.zone))
    languages = LanguageManager(Settings(state), stretch=None)
    languages.apply("en", remember=False)
    window = create_main_window(event, state, clock, "en", languages)
    rebuilder = WindowRebuilder(
        languages,
        window,
        lambda code: create_main_window(rebuilder.window.current_event, state, clock, code, languages),
    )
    window.show()
    app.processEvents()
    window.agenda.show_session("opening-plenary")

    timings: dict[str, list[float]] = {}
    for _ in range(args.rounds):
        for code in ("ru", "kk", "kk-Latn", "en"):
            start = time.perf_counter()
            languages.apply(code)
            app.processEvents()
            timings.setdefault(code, []).append((time.perf_counter() - start) * 1000)

    languages.apply("ru", remember=False)
    lookups = 20000
    start = time.perf_counter()
    for _ in range(lookups):
        QCoreApplication.translate("MainWindow", "&File")
    per_lookup_us = (time.perf_counter() - start) / lookups * 1e6
    start = time.perf_counter()
    for _ in range(lookups):
        QCoreApplication.translate("SomeOtherContext", "&File")  # found through another context
    per_fallback_us = (time.perf_counter() - start) / lookups * 1e6

    print(f"language switch (click to rebuilt window), {args.rounds} rounds, offscreen:")
    for code, values in timings.items():
        print(f"  to {code:<8} median {statistics.median(values):6.1f} ms   max {max(values):6.1f} ms")
    print(f"catalogue lookup: {per_lookup_us:.1f} µs exact context, {per_fallback_us:.1f} µs via another context")
    rebuilder.window.close()
    state.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
