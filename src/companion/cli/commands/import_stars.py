"""``companion import-stars``: restore starred sessions from an .ics file that Companion exported."""

from __future__ import annotations

import argparse
from typing import Any

from companion.cli.context import event_from_args, file_problem, language, print_problem, services
from companion.cli.help_language import HelpText
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import CalendarFileError
from companion.sources.translations import translator


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "import-stars",
        parents=[shared],
        help=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "star the sessions found in a calendar file that Companion exported")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Star every session of this event found in FILE (an .ics written by Companion, for "
            "example by `companion export-ics --starred`). Stars you already have are kept.")),
    )
    p.add_argument("file", metavar="FILE", help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "the .ics file")))
    p.set_defaults(func=run)


PROGRAM = "companion import-stars"


def run(args: argparse.Namespace) -> int:
    from companion.store.database import StateDatabaseError

    event = event_from_args(args)
    try:
        done = services(args).stars.import_file(args.file, event)
    except CalendarFileError as exc:
        frame = QT_TRANSLATE_NOOP("EventFile", "cannot read {path}: {problem}")
        print_problem(args, PROGRAM, Message(frame, path=str(exc.path), problem=file_problem(exc)))
        return 2
    except StateDatabaseError as exc:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "cannot open your stars: {problem}"), problem=exc.problem))
        return 2
    if done.other_events:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "skipped sessions of other events: {events} "
            "(this is {event}; open that event with --event to import them)"),
            events=", ".join(done.other_events), event=event.id))
    if done.unknown_ids:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "not in the current programme, so not starred: {ids}"), ids=", ".join(done.unknown_ids)))
    if done.foreign_count:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "events not written by Companion, ignored: {count}"), count=done.foreign_count))
    if not done.session_ids:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "no session of {event} in {path}; nothing starred"), event=event.id, path=str(args.file)))
        return 1
    said = Message(QT_TRANSLATE_NOOP("CommandLine", "sessions starred from {path}: {count}"),
                   path=str(args.file), count=done.added)
    if done.already:
        said = Message.joined([said, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "already starred: {count}"), count=done.already)], "; ")
    print(said.render(translator(language(args))))
    return 0
