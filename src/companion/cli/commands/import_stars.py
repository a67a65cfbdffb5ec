"""``companion import-stars``: restore starred sessions from an .ics file that Companion exported."""

from __future__ import annotations

import argparse
import sqlite3
from typing import Any

from companion import paths
from companion.cli.context import event_from_args, file_problem, language, print_problem
from companion.cli.help_language import HelpText
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.ical_stars import CalendarFileError, read_stars
from companion.sources.translations import translator
from companion.store.database import StateDatabaseError, open_state, state_error
from companion.store.stars import StarStore


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
    event = event_from_args(args)
    try:
        found = read_stars(args.file, event)
    except CalendarFileError as exc:
        frame = QT_TRANSLATE_NOOP("EventFile", "cannot read {path}: {problem}")
        print_problem(args, PROGRAM, Message(frame, path=str(exc.path), problem=file_problem(exc)))
        return 2
    if found.other_events:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "skipped sessions of other events: {events} "
            "(this is {event}; open that event with --event to import them)"),
            events=", ".join(found.other_events), event=event.id))
    if found.unknown_ids:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "not in the current programme, so not starred: {ids}"), ids=", ".join(found.unknown_ids)))
    if found.foreign_count:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "events not written by Companion, ignored: {count}"), count=found.foreign_count))
    if not found.session_ids:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "no session of {event} in {path}; nothing starred"), event=event.id, path=str(args.file)))
        return 1
    try:
        conn = open_state(paths.state_db_path())
    except StateDatabaseError as exc:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "cannot open your stars: {problem}"), problem=exc.problem))
        return 2
    try:
        added = StarStore(conn, event.id).add_many(found.session_ids)
    except sqlite3.Error as exc:  # a full disk, a read-only folder: nothing was starred
        print_problem(args, PROGRAM, state_error(exc, paths.state_db_path()).problem)
        return 2
    finally:
        conn.close()
    already = len(found.session_ids) - added
    done = Message(QT_TRANSLATE_NOOP("CommandLine", "sessions starred from {path}: {count}"),
                   path=str(args.file), count=added)
    if already:
        done = Message.joined([done, Message(QT_TRANSLATE_NOOP(
            "CommandLine", "already starred: {count}"), count=already)], "; ")
    print(done.render(translator(language(args))))
    return 0
