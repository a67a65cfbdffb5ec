"""The command line: no subcommand opens the window; subcommands print or export without Qt.

Each module in :mod:`companion.cli.commands` adds its own subcommand through ``register(subparsers)``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from companion import __version__
from companion.cli import commands


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--event", metavar="FILE", default=default, help="open this event file instead of CACCC-2025")
    parser.add_argument(
        "--now", metavar="YYYY-MM-DDTHH:MM", default=default, help="pretend it is this time (event time zone)"
    )
    parser.add_argument("--data-dir", metavar="DIR", default=default, help="keep user state in DIR")
    parser.add_argument(
        "--lang", metavar="CODE", type=_language_code, default=default, help="language: en, ru, kk or kk-Latn"
    )


def _language_code(text: str) -> str:
    """``--lang`` as one of the supported codes (``ru_RU`` and ``kk_Latn`` are accepted too)."""
    from companion.i18n import normalise, unsupported_message

    code = normalise(text)
    if code is None:
        raise argparse.ArgumentTypeError(unsupported_message(text))
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="companion",
        description="Offline companion for CACCC-2025 (Ashgabat, 13–15 May 2025). "
        "Without a command it opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}")
    _global_options(parser, suppress=False)
    shared = argparse.ArgumentParser(add_help=False)
    _global_options(shared, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, shared)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.data_dir:
        from companion import paths

        paths.set_data_dir(args.data_dir)
    if args.command is None:
        from companion.app import run_gui

        return run_gui(args)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        from companion.cli.context import language
        from companion.domain.message import QT_TRANSLATE_NOOP, Message
        from companion.sources.translations import translator

        said = Message(QT_TRANSLATE_NOOP("CommandLine", "interrupted"))
        print(said.render(translator(language(args))), file=sys.stderr)
        return 130
