"""The command line: no subcommand opens the window; subcommands print or export without Qt.

Each module in :mod:`companion.cli.commands` adds its own subcommand through ``register(subparsers, shared, said)``,
where ``said`` renders its help texts in the user's language (:mod:`companion.cli.help_language`).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence

from companion import __version__
from companion.cli import commands
from companion.cli.help_language import HelpText, argparse_words, help_in
from companion.domain.message import QT_TRANSLATE_NOOP, Translate, english


def _global_options(parser: argparse.ArgumentParser, said: HelpText, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--event", metavar="FILE", default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "open this event file instead of CACCC-2025")))
    parser.add_argument("--now", metavar="YYYY-MM-DDTHH:MM", default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "pretend it is this time (event time zone)")))
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "keep user state in DIR")))
    parser.add_argument("--lang", metavar="CODE", type=_language_code, default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "language: en, ru, kk or kk-Latn")))


def _language_code(text: str) -> str:
    """``--lang`` as one of the supported codes (``ru_RU`` and ``kk_Latn`` are accepted too)."""
    from companion.i18n import normalise, unsupported_message

    code = normalise(text)
    if code is None:
        raise argparse.ArgumentTypeError(unsupported_message(text))
    return code


def build_parser(translate: Translate = english) -> argparse.ArgumentParser:
    """The whole command line, its help in the language of ``translate`` (argparse's own words: see main)."""
    said = help_in(translate)
    parser = argparse.ArgumentParser(
        prog="companion",
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp",
            "Offline companion for CACCC-2025 (Ashgabat, 13–15 May 2025). Without a command it opens the window.")),
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}", help=said(
        QT_TRANSLATE_NOOP("CommandLineHelp", "show program's version number and exit")))
    _global_options(parser, said, suppress=False)
    shared = argparse.ArgumentParser(add_help=False)
    _global_options(shared, said, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(sub, shared, said)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the process exit status."""
    from companion import paths
    from companion.cli.context import language_before_parsing, option_value
    from companion.sources.translations import translator

    arguments = list(sys.argv[1:] if argv is None else argv)
    data_dir = option_value(arguments, "--data-dir")  # the remembered language lives there
    if data_dir:
        paths.set_data_dir(data_dir)
    translate = translator(language_before_parsing(arguments))
    with argparse_words(translate):
        parser = build_parser(translate)
        args = parser.parse_args(arguments)
    if args.data_dir:
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
        from companion.domain.message import Message

        said = Message(QT_TRANSLATE_NOOP("CommandLine", "interrupted"))
        print(said.render(translator(language(args))), file=sys.stderr)
        return 130
