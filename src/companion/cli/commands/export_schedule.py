"""``companion export-schedule -o schedule.json``: the event as a frab schedule.json for other schedule apps."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from companion.cli.context import cannot_open_event_file, cannot_write, event_path, language, print_problem, services
from companion.cli.help_language import HelpText
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Translate
from companion.sources.errors import EventFileError
from companion.sources.translations import translator

if TYPE_CHECKING:
    from companion.exports.schedule_json import ScheduleExport


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "export-schedule",
        parents=[shared],
        help=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp",
            "write the event as a frab schedule.json (Giggity, EventFahrplan, pretalx-compatible readers)")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Write the event (--event FILE, else CACCC-2025) as a frab schedule.json that "
            "validates against the c3voc schema. The format needs a time for every session: sessions without a "
            "published time are left out and named on stderr; indicative times are marked in the title and abstract.")),
    )
    p.add_argument("-o", "--output", metavar="FILE", required=True, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "the file to write ('-' for stdout)")))
    p.add_argument("--tz", metavar="ZONE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "IANA zone for an --event file that names none (default: UTC)")))
    p.set_defaults(func=run)


def left_out_lines(export: ScheduleExport, tr: Translate) -> list[str]:
    """What was written and which sessions were left out and why, in the language of ``tr``."""
    written = Message(QT_TRANSLATE_NOOP(
        "CommandLine", "sessions written: {count} (with indicative times, marked: {indicative})."),
        count=export.sessions, indicative=export.indicative)
    lines = [written.render(tr)]
    if export.left_out:
        left_out = Message(QT_TRANSLATE_NOOP(
            "CommandLine", "sessions left out (the format needs a date and a time): {count}"),
            count=len(export.left_out))
        lines.append(left_out.render(tr))
        lines.extend(f"  {s.session_id}: {s.title} — {s.reason.render(tr)}" for s in export.left_out)
    return lines


def run(args: argparse.Namespace) -> int:
    from companion.exports.schedule_json import build_schedule, write_schedule_json

    try:
        event = services(args).events.load_event(event_path(args), args.tz)
    except EventFileError as exc:
        print_problem(args, "companion", cannot_open_event_file(exc))
        return 2
    lang = language(args)
    if args.output == "-":
        export = build_schedule(event, lang)
        json.dump(export.document, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        try:
            export = write_schedule_json(event, args.output, lang)
        except OSError as exc:
            print_problem(args, "companion export-schedule", cannot_write(args.output, exc))
            return 2
    for line in left_out_lines(export, translator(lang)):
        print(line, file=sys.stderr)
    return 0
