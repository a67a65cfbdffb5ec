"""Entry point: ``companion`` (window) and ``companion COMMAND`` (command line)."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

QT_FREE_FIRST = (
    "companion.services.stars",
    "companion.services.settings",
    "companion.services.last_event",
    "companion.sources.loader",
    "companion.store.database",
)
"""The Qt-free workflows the window's first paint uses, imported (with the libraries under them) before Qt.

Once PySide6 is imported, it reads the source of every module imported after it (``inspect.getsource``, looking
for ``from __feature__ import``): ~350 modules at start-up. Importing these first spares their ~250 that check
(measured: about 10 % of the start's CPU time, ``benchmarks/startup.py``). It changes nothing but the order.
The ~100 modules imported after Qt are checked from their files' bytes instead (``companion.ui.pyside_import``).
The workflows of pages built after the first paint (badges, calendar files, opening and comparing events) are
left to those pages: importing them here would delay the first paint by more than the check costs later.
"""


def open_window(args: argparse.Namespace) -> int:
    """The window, for ``companion`` without a command (Qt is imported only here)."""
    import gc
    import importlib

    # No garbage collection while the start builds long-lived objects (imports, Qt wrappers, the event): it
    # finds nothing to free then. run_gui freezes what the start made and turns collection back on after the
    # first paint (companion.app.settle_after_start).
    gc.disable()

    for name in QT_FREE_FIRST:
        importlib.import_module(name)
    from companion.ui.pyside_import import import_pyside

    import_pyside()  # PySide's look at each module imported from here on, made cheap
    from companion.app import run_gui

    return run_gui(args)


def main() -> None:
    if "shiboken6" in sys.modules:
        # Something imported PySide6 before the app (a host or a probe running this entry point, a test runner):
        # PySide already looks at every module imported from here on, so make that look cheap before anything is
        # imported (about 30 ms less before the first paint under tools/probes/start_probe.py, which does this).
        from companion.ui.pyside_import import import_pyside

        import_pyside()
    if len(sys.argv) == 1:
        # `companion` alone (what the desktop launcher runs): the window, with every option at its default. The
        # command line's parser, its commands and their translated help are for commands (about 20 ms not spent
        # before the first paint); the window sets up its own logging and language.
        import argparse

        sys.exit(open_window(argparse.Namespace(command=None)))
    from companion.cli import main as cli_main

    sys.exit(cli_main(open_window=open_window))


if __name__ == "__main__":
    main()
