"""``companion badges``: attendee CSV in, print-ready badge PDF out (and the layouts, the public key).

Exit status: 0 when every row of the list became a badge; 1 when some rows were bad or could not be
printed (each reported on stderr with its row number or attendee id); 2 when nothing could be done
(including a list with no attendees: then no PDF is written).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from pathlib import Path
from typing import Any

from companion import paths
from companion.cli.context import cannot_write, event_from_args, file_problem, language, print_problem
from companion.cli.help_language import HelpText
from companion.domain.attendee import Attendee, SortKey, sorted_attendees
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Translate
from companion.exports.badges.calibration import render_calibration
from companion.exports.badges.layouts import DEFAULT_LAYOUT, LAYOUTS
from companion.exports.badges.render import BadgeOptions, EventHeading, render_badges
from companion.sources.attendees_csv import (
    AttendeeFileError,
    ColumnMappingError,
    Field,
    read_attendees,
    read_csv_table,
)
from companion.sources.translations import translator
from companion.store.attendees import AttendeeStore
from companion.store.badge_keys import BadgeKeyError, event_signing_key, export_public_key
from companion.store.database import StateDatabaseError, open_state, state_error
from companion.store.print_log import PrintLog


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "badges", parents=[shared],
        help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "print name badges with signed QR codes to PDF")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Import an attendee list (CSV) into the event's state and print its badges to a PDF. "
            "Without ATTENDEES.csv the attendees already stored for the event are printed.")),
    )
    p.add_argument("attendees", nargs="?", metavar="ATTENDEES.csv", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "attendee list (CSV, any common encoding)")))
    p.add_argument("-o", "--output", metavar="FILE.pdf", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "write the badges here")))
    p.add_argument("--layout", default=DEFAULT_LAYOUT, choices=sorted(LAYOUTS), metavar="NAME", help=said(
        QT_TRANSLATE_NOOP("CommandLineHelp", "badge stock (default {layout}; see --list-layouts)"),
        layout=DEFAULT_LAYOUT))
    p.add_argument("--sort", default=SortKey.DELEGATION.value, choices=[k.value for k in SortKey], help=said(
        QT_TRANSLATE_NOOP("CommandLineHelp", "order of the badges (default: delegation, then family name)")))
    p.add_argument("--only-new", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "only attendees whose badge was never printed")))
    p.add_argument("--offset", metavar="X,Y", default="0,0", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "printer offset in mm (x right, y down), e.g. 1.5,-0.5; with --duplex the backs are "
        "the fronts' mirror image, so there x moves left and each back stays behind its front")))
    p.add_argument("--duplex", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "add mirrored backs with the name, for long-edge duplex")))
    p.add_argument("--calibration", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "write the layout's calibration sheet to -o instead")))
    p.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "say which column holds a field when its header is not recognised "
        "(fields: {fields}); may be repeated"), fields=", ".join(f.value for f in Field)))
    p.add_argument("--bilingual", metavar="CODE", type=_second_language, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "print the event's name in this language too, after the --lang one (e.g. {example})"),
        example="--lang ru --bilingual en: 'ЦАКИК-2025 / CACCC-2025'"))
    p.add_argument("--list-layouts", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "list the badge stock this version knows")))
    p.add_argument("--export-public-key", metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "write the event's public key (PEM) for check-in desks")))
    p.set_defaults(func=run)


def _second_language(text: str) -> str:
    from companion.i18n import normalise, unsupported_message

    code = normalise(text)
    if code is None:
        raise argparse.ArgumentTypeError(unsupported_message(text))
    return code


PROGRAM = "companion badges"


def _refuse(problem: Message, tr: Translate) -> SystemExit:
    """``companion badges: <problem>`` as the exit message, in the language of ``tr``."""
    return SystemExit(f"{PROGRAM}: {problem.render(tr)}")


def _offset(text: str, tr: Translate) -> tuple[float, float]:
    try:
        x_text, y_text = text.split(",")
        return float(x_text), float(y_text)
    except ValueError:
        raise _refuse(Message(QT_TRANSLATE_NOOP(
            "CommandLine", "--offset {value} is not two numbers in mm like 1.5,-0.5"), value=repr(text)), tr) from None


def _mapping(path: Path, pairs: list[str], tr: Translate) -> dict[int, Field] | None:
    if not pairs:
        return None
    from companion.sources.attendees_csv import guess_mapping

    table = read_csv_table(path)
    mapping = guess_mapping(table.headers)
    for pair in pairs:
        field_name, sep, column = pair.partition("=")
        try:
            chosen = Field(field_name.strip())
        except ValueError:
            raise _refuse(Message(QT_TRANSLATE_NOOP("CommandLine", "--map {pair}: unknown field {field}"),
                                  pair=repr(pair), field=repr(field_name)), tr) from None
        if not sep or column not in table.headers:
            raise _refuse(Message(QT_TRANSLATE_NOOP("CommandLine", "--map {pair}: the header has no column {column}"),
                                  pair=repr(pair), column=repr(column)), tr)
        for index, value in list(mapping.items()):
            if value is chosen:
                mapping[index] = Field.IGNORE
        mapping[table.headers.index(column)] = chosen
    return mapping


def run(args: argparse.Namespace) -> int:
    err = sys.stderr
    tr = translator(language(args))
    if args.list_layouts:
        for name, layout in LAYOUTS.items():
            print(f"{name:<18} {layout.title}")
        return 0
    event = event_from_args(args)
    if args.export_public_key:
        try:
            written = export_public_key(event.id, args.export_public_key)
        except BadgeKeyError as exc:
            print_problem(args, PROGRAM, Message(
                QT_TRANSLATE_NOOP("CommandLine", "cannot write the public key: {reason}"), reason=exc.reason))
            return 2
        except OSError as exc:
            print_problem(args, PROGRAM, cannot_write(args.export_public_key, exc))
            return 2
        said = Message(QT_TRANSLATE_NOOP(
            "CommandLine", "{path}: public key of {event} (verifies every badge of this event)"),
            path=str(written), event=event.id)
        print(said.render(tr), file=err)
        if not args.output:
            return 0
    if not args.output:
        print_problem(args, PROGRAM, Message(
            QT_TRANSLATE_NOOP("CommandLine", "say where to write the PDF with -o FILE.pdf")))
        return 2
    layout = LAYOUTS[args.layout]
    offset_x, offset_y = _offset(args.offset, tr)
    output = Path(args.output)
    if args.calibration:
        try:
            render_calibration(output, layout, offset_x, offset_y)
        except OSError as exc:
            print_problem(args, PROGRAM, cannot_write(output, exc))
            return 2
        said = Message(QT_TRANSLATE_NOOP("CommandLine", "{path}: calibration sheet for {layout}"),
                       path=str(output), layout=layout.name)
        print(said.render(tr), file=err)
        return 0

    try:
        conn = open_state(paths.state_db_path())
    except StateDatabaseError as exc:
        print_problem(args, PROGRAM, exc.problem)
        return 2
    store = AttendeeStore(conn, event.id)
    row_errors = 0
    wanted: list[Attendee]
    if args.attendees:
        source = Path(args.attendees)
        try:
            imported = read_attendees(source, _mapping(source, args.map, tr))
        except AttendeeFileError as exc:
            print(f"{PROGRAM}: {file_problem(exc).render(tr)}", file=err)
            if isinstance(exc, ColumnMappingError) and exc.names_missing:
                hint = Message(QT_TRANSLATE_NOOP(
                    "AttendeeList", "use --map given_name=COLUMN --map family_name=COLUMN (or full_name=COLUMN)"))
                print(f"  {hint.render(tr)}", file=err)
            return 2
        for problem in imported.problems:
            print(f"{source}: {problem.line().render(tr)}", file=err)
        row_errors = len(imported.errors)
        if not imported.attendees:
            print_problem(args, PROGRAM, Message(
                QT_TRANSLATE_NOOP("CommandLine", "no attendees in {path}; no PDF written"), path=str(source)))
            return 2
        try:
            merged = store.merge(imported.attendees)
        except sqlite3.Error as exc:  # a full disk, a read-only folder: the stored list is as it was
            print_problem(args, PROGRAM, state_error(exc, paths.state_db_path()).problem)
            return 2
        summary = Message(
            QT_TRANSLATE_NOOP("CommandLine", "{path}: attendees read: {count} ({encoding}, '{delimiter}'-separated); "
                              "new: {added}, updated: {updated}, unchanged: {unchanged}; rows not imported: {errors}"),
            path=str(source), count=len(imported.attendees), encoding=imported.encoding,
            delimiter=imported.delimiter, added=merged.added, updated=merged.updated, unchanged=merged.unchanged,
            errors=row_errors)
        print(summary.render(tr), file=err)
        wanted = imported.attendees
    else:
        wanted = store.all()
        if not wanted:
            print_problem(args, PROGRAM, Message(
                QT_TRANSLATE_NOOP("CommandLine", "no attendees stored for {event}; give an ATTENDEES.csv"),
                event=event.id))
            return 2
    log = PrintLog(conn, event.id)
    printed_before = log.last_printed()
    if args.only_new:
        wanted = [a for a in wanted if a.id not in printed_before]
    else:
        again = sum(1 for a in wanted if a.id in printed_before)
        if again:
            note = Message(QT_TRANSLATE_NOOP("CommandLine", "note: badges printed before and printed again: {count} "
                                             "(--only-new leaves them out)"), count=again)
            print(note.render(tr), file=err)
    ordered = sorted_attendees(wanted, SortKey(args.sort))
    try:
        key = event_signing_key(event.id)
    except BadgeKeyError as exc:
        print_problem(args, PROGRAM, exc.reason)
        return 2
    options = BadgeOptions(layout, offset_x, offset_y, duplex=args.duplex, language=language(args))
    try:
        heading = EventHeading.of(event, language(args), args.bilingual)
        report = render_badges(output, heading, ordered, key, options)
    except OSError as exc:
        print_problem(args, PROGRAM, cannot_write(output, exc))
        return 2
    for badge_problem in report.problems:
        if badge_problem.printed:
            line = Message(QT_TRANSLATE_NOOP("Badges", "warning: {badge}"), badge=badge_problem.text(tr))
        else:
            line = Message(QT_TRANSLATE_NOOP("Badges", "not printed: {badge}"), badge=badge_problem.text(tr))
        print(line.render(tr), file=err)
    try:
        log.record(report.printed, layout.name, str(output.resolve()))
    except sqlite3.Error as exc:  # the PDF is written; only the "printed" marks could not be saved
        print_problem(args, PROGRAM, state_error(exc, paths.state_db_path()).problem)
    conn.close()
    done = Message(QT_TRANSLATE_NOOP("CommandLine", "{path}: badges: {badges}, pages: {pages} ({layout})"),
                   path=str(output), badges=len(report.printed), pages=report.pages, layout=layout.name)
    print(done.render(tr), file=err)
    return 0 if row_errors == 0 and not report.skipped else 1
