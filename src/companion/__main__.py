"""Entry point: ``companion`` (window) and ``companion COMMAND`` (command line)."""

from __future__ import annotations

import sys

from companion.cli import main as cli_main


def main() -> None:
    sys.exit(cli_main())


if __name__ == "__main__":
    main()
