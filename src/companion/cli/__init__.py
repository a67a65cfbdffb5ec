"""The command line: no subcommand opens the window; subcommands print or export without Qt.

Each module in :mod:`companion.cli.commands` adds its own subcommand through ``register(subparsers, shared, said)``,
where ``said`` renders its help texts in the user's language (:mod:`companion.cli.help_language`).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from companion import __version__
from companion.cli import commands
from companion.cli.help_language import HelpText, argparse_words, help_in
from companion.domain.message import QT_TRANSLATE_NOOP, Translate, english


def _global_options(parser: argparse.ArgumentParser, said: HelpText, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--event", metavar="FILE|URL", default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "open this event file instead of CACCC-2025")))
    parser.add_argument("--now", metavar="YYYY-MM-DDTHH:MM", default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "pretend it is this time (event time zone)")))
    parser.add_argument("--data-dir", metavar="DIR", default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "keep user state in DIR")))
    parser.add_argument("--lang", metavar="CODE", type=_language_code, default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "language: en, ru, kk or kk-Latn")))
    parser.add_argument("--store", metavar="URL", default=default, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "check-in store shared by desks, e.g. postgresql://desk@server/checkin (default: this "
        "machine's state file, or the address remembered)")))


def _language_code(text: str) -> str:
    """``--lang`` as one of the supported codes (``ru_RU`` and ``kk_Latn`` are accepted too)."""
    from companion.i18n import normalise, unsupported_message

    code = normalise(text)
    if code is None:
        raise argparse.ArgumentTypeError(unsupported_message(text))
    return code


_VALUE_OPTIONS = frozenset({"--event", "--now", "--data-dir", "--lang", "--store"})
"""Global options that take a value (the value is not the command's name)."""
_HELP = frozenset({"-h", "--help"})


def command_modules() -> dict[str, str]:
    """Command name (``export-ics``) to its module's name (``export_ics``), without importing any of them."""
    import pkgutil

    return {info.name.replace("_", "-"): info.name for info in pkgutil.iter_modules(commands.__path__)}


def command_name(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names (its first argument that is not an option or an option's value)."""
    i = 0
    while i < len(argv):
        item = argv[i]
        if item == "--":
            return argv[i + 1] if i + 1 < len(argv) else None
        if item in _VALUE_OPTIONS:
            i += 2
            continue
        if not item.startswith("-") or item == "-":
            return item
        i += 1
    return None


def modules_needed(argv: Sequence[str]) -> list[str] | None:
    """The command modules parsing ``argv`` needs: its own command's, none (the window, ``--version``), or
    all (None: ``--help`` and unknown commands, whose messages list every command)."""
    name = command_name(argv)
    known = command_modules()
    if name is None:
        return None if any(item in _HELP for item in argv) else []
    return [known[name]] if name in known else None


def build_parser(translate: Translate = english, only: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line, its help in the language of ``translate`` (argparse's own words: see main).

    ``only`` names the command modules to import (None: every one), so a command loads only what it uses.
    """
    said = help_in(translate)
    parser = argparse.ArgumentParser(
        prog="companion",
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp",
            "Offline companion for CACCC-2025 (Ashgabat, 13–15 May 2025). Without a command it opens the window; "
            "companion FILE opens a schedule or event file in it (as --event FILE).")),
    )
    parser.add_argument("--version", action="version", version=f"companion {__version__}", help=said(
        QT_TRANSLATE_NOOP("CommandLineHelp", "show program's version number and exit")))
    _global_options(parser, said, suppress=False)
    parser.add_argument("--desk", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "open the window on the Check-in page, full screen, for a registration desk")))
    shared = argparse.ArgumentParser(add_help=False)
    _global_options(shared, said, suppress=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = sorted(command_modules().values()) if only is None else list(only)
    import importlib

    for name in names:
        module = importlib.import_module(f"{commands.__name__}.{name}")
        module.register(sub, shared, said)
    return parser


def main(argv: Sequence[str] | None = None, open_window: Callable[[argparse.Namespace], int] | None = None) -> int:
    """Run the command line; returns the process exit status.

    With no command, ``open_window(args)`` opens the window (``companion.__main__`` passes the app's; the command
    line itself never imports the window, so a command never loads Qt).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:
        # What argparse's version action prints, without first looking up the language, the data folder and
        # the parser (none of which the version depends on): the one command run to check an install.
        print(f"companion {__version__}")
        raise SystemExit(0)  # as argparse's version action does
    from companion import paths
    from companion.cli.context import close_services, language_before_parsing, option_value
    from companion.cli.file_argument import file_as_event
    from companion.sources.translations import translator

    arguments = file_as_event(arguments, command_name(arguments), command_modules())  # `companion FILE`
    data_dir = option_value(arguments, "--data-dir")  # the remembered language lives there
    if data_dir:
        paths.set_data_dir(data_dir)
    translate = translator(language_before_parsing(arguments))
    with argparse_words(translate):
        parser = build_parser(translate, modules_needed(arguments))
        args = parser.parse_args(arguments)
    if args.data_dir:
        paths.set_data_dir(args.data_dir)
    from companion.crash_log import configure_logging, log_dir

    configure_logging(log_dir(args.data_dir))
    if args.command is None:
        if open_window is None:
            parser.print_help()
            return 2
        return open_window(args)
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
    except Exception:
        import logging

        logging.getLogger("companion.crash").critical("command %s failed unexpectedly", args.command, exc_info=True)
        raise
    finally:
        close_services()
