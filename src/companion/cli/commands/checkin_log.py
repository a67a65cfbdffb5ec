"""``companion checkin-log``: the desk's log: export it for other desks, merge theirs, write a CSV report, erase it.

Exit status: 0 when done; 2 when a file could not be read or written (nothing merged from a bad set of files).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from companion.cli.commands.checkin import add_desk_options, configure, desk_event
from companion.cli.context import file_problem, language, print_problem, services
from companion.cli.help_language import HelpText
from companion.domain.message import QT_TRANSLATE_NOOP, Message

PROGRAM = "companion checkin-log"


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "checkin-log", parents=[shared],
        help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "export, merge, report or erase the check-in log")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Exchange check-in logs between desks (merging is idempotent: importing a log twice "
            "changes nothing), write the log as CSV, print the counts, or erase the event's check-in data.")),
    )
    p.add_argument("--export", metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "write this desk's log (every scan it knows) for other desks")))
    p.add_argument("--merge", nargs="+", default=[], metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "import other desks' logs")))
    p.add_argument("--csv", metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "write the log as CSV for the organisers' report")))
    p.add_argument("--counts", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "print checked in / expected by category and delegation, scans per minute, conflicts")))
    p.add_argument("--erase", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "erase the event's check-in log, desk list and desk keys (after the event)")))
    add_desk_options(p, said)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from companion.services.checkin import CheckinError
    from companion.services.desk_files import CheckinFileError
    from companion.sources.translations import translator

    tr = translator(language(args))
    configure(args)
    desk = services(args).checkin
    err = sys.stderr
    try:
        desk.open_desk(desk_event(args), desk_id=args.desk_id, operator=args.operator)
        if args.merge:
            report = desk.merge_logs([Path(f) for f in args.merge])
            print(Message(QT_TRANSLATE_NOOP(
                "CommandLine", "merged {files} logs: {records} records read, {added} new; conflicts: {conflicts}"),
                files=report.files, records=report.records, added=report.added, conflicts=report.conflicts
            ).render(tr), file=err)
        if args.export:
            written = desk.export_log(Path(args.export))
            print(Message(QT_TRANSLATE_NOOP("CommandLine", "{file}: {count} records of {event}"), file=args.export,
                          count=written, event=desk.event_id).render(tr), file=err)
        if args.csv:
            rows = desk.export_csv(Path(args.csv))
            print(Message(QT_TRANSLATE_NOOP("CommandLine", "{file}: {count} records of {event}"), file=args.csv,
                          count=rows, event=desk.event_id).render(tr), file=err)
        if args.counts:
            _print_counts(desk, tr)
        if args.erase:
            event_id = desk.event_id
            desk.erase(event_id)
            print(Message(QT_TRANSLATE_NOOP("CommandLine", "{event}: check-in log, desk list and keys erased"),
                          event=event_id).render(tr), file=err)
        if not (args.merge or args.export or args.csv or args.counts or args.erase):
            _print_counts(desk, tr)
    except CheckinError as exc:
        print_problem(args, PROGRAM, exc.reason)
        return 2
    except CheckinFileError as exc:
        print_problem(args, PROGRAM, file_problem(exc))
        return 2
    return 0


def _print_counts(desk: Any, tr: Any) -> None:
    counts = desk.counts()
    print(Message(QT_TRANSLATE_NOOP("CommandLine", "checked in: {done} of {expected}"), done=counts.checked_in,
                  expected=counts.expected).render(tr))
    for title, rows in ((QT_TRANSLATE_NOOP("CommandLine", "by category"), counts.by_category),
                        (QT_TRANSLATE_NOOP("CommandLine", "by delegation"), counts.by_delegation)):
        print(Message(title).render(tr))
        for row in rows:
            print(f"  {row.key or '—'}: {row.checked_in}/{row.expected}")
    for rate in counts.rates:
        print(Message(QT_TRANSLATE_NOOP("CommandLine", "desk {desk}: {rate} scans per minute"), desk=rate.desk_id,
                      rate=f"{rate.per_minute:.1f}").render(tr))
    for conflict in desk.conflicts():
        where = ", ".join(f"{r.desk_id} {r.wall_time:%H:%M:%S}" for r in conflict.admissions)
        print(Message(QT_TRANSLATE_NOOP("CommandLine", "conflict: {id} admitted at {where}"), id=conflict.attendee_id,
                      where=where).render(tr))
