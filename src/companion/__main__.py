"""Entry point: ``companion`` (window) and ``companion COMMAND`` (command line)."""

from __future__ import annotations

import argparse
import sys

from companion.cli import main as cli_main


def open_window(args: argparse.Namespace) -> int:
    """The window, for ``companion`` without a command (Qt is imported only here)."""
    from companion.app import run_gui

    return run_gui(args)


def main() -> None:
    sys.exit(cli_main(open_window=open_window))


if __name__ == "__main__":
    main()
