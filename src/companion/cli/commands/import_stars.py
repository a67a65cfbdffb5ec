"""``companion import-stars``: restore starred sessions from an .ics file that Companion exported."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from companion import paths
from companion.cli.context import event_from_args, file_problem, print_problem
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.ical_stars import CalendarFileError, read_stars
from companion.store.database import StateDatabaseError, open_state
from companion.store.stars import StarStore


def register(sub: Any, shared: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-stars",
        parents=[shared],
        help="star the sessions found in a calendar file that Companion exported",
        description="Star every session of this event found in FILE (an .ics written by Companion, for "
        "example by `companion export-ics --starred`). Stars you already have are kept.",
    )
    p.add_argument("file", metavar="FILE", help="the .ics file")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    event = event_from_args(args)
    try:
        found = read_stars(args.file, event)
    except CalendarFileError as exc:
        frame = QT_TRANSLATE_NOOP("EventFile", "cannot read {path}: {problem}")
        print_problem(args, "companion import-stars", Message(frame, path=str(exc.path), problem=file_problem(exc)))
        return 2
    if found.other_events:
        print(
            f"companion import-stars: skipped sessions of other events: {', '.join(found.other_events)} "
            f"(this is {event.id}; open that event with --event to import them)",
            file=sys.stderr,
        )
    if found.unknown_ids:
        print(
            "companion import-stars: not in the current programme, so not starred: " + ", ".join(found.unknown_ids),
            file=sys.stderr,
        )
    if found.foreign_count:
        print(f"companion import-stars: ignored {found.foreign_count} event(s) not written by Companion",
              file=sys.stderr)
    if not found.session_ids:
        print(f"companion import-stars: no session of {event.id} in {args.file}; nothing starred", file=sys.stderr)
        return 1
    try:
        conn = open_state(paths.state_db_path())
    except StateDatabaseError as exc:
        print(f"companion import-stars: cannot open your stars: {exc}", file=sys.stderr)
        return 2
    try:
        added = StarStore(conn, event.id).add_many(found.session_ids)
    finally:
        conn.close()
    already = len(found.session_ids) - added
    print(f"starred {added} session(s) from {args.file}" + (f"; {already} were already starred" if already else ""))
    return 0
