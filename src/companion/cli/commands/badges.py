"""``companion badges``: attendee list (CSV, .xlsx, .xls, .ods) in, print-ready badge PDF out (and the layouts,
the public key, the print log, marking a batch as printed).

Writing a PDF logs its badges as *saved*, not printed: ``--only-new`` picks the badges never printed, and a
badge counts as printed once sent to a printer by the window or marked with ``--mark-printed``.

Exit status: 0 when every row of the list became a badge; 1 when some rows were bad or could not be
printed (each reported on stderr with its row number or attendee id); 2 when nothing could be done
(including a list with no attendees: then no PDF is written).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion import paths
from companion.cli.context import cannot_write, event_from_args, file_problem, language, print_problem
from companion.cli.help_language import HelpText
from companion.domain.attendee import Attendee, SortKey
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Translate
from companion.exports.badges.layouts import DEFAULT_LAYOUT, LAYOUTS
from companion.sources.attendees_csv import ColumnMappingError, Field
from companion.sources.errors import AttendeeFileError
from companion.sources.translations import translator
from companion.store.database import StateDatabaseError

if TYPE_CHECKING:  # the badge service (reportlab, qrcode, cryptography) is imported by the runs that draw or sign
    from companion.services.badges import BadgeService
    from companion.services.container import Services


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "badges", parents=[shared],
        help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "print name badges with signed QR codes to PDF")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Import an attendee list (CSV) into the event's state and print its badges to a PDF. "
            "Without ATTENDEES.csv the attendees already stored for the event are printed.")),
    )
    p.add_argument("attendees", nargs="?", metavar="ATTENDEES.csv", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "attendee list: CSV (any common encoding) or an .xlsx, .xls or .ods workbook")))
    p.add_argument("--sheet", metavar="NAME|NUMBER", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "the workbook sheet holding the attendees, by name or number from 1 (default: the first)")))
    p.add_argument("--id", action="append", default=[], dest="ids", metavar="ID", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "only this attendee's badge (a lost or misspelt one; e.g. with --layout cr80); "
        "may be repeated")))
    p.add_argument("--mark-printed", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "log the chosen badges as printed (all, --only-new or --id); without -o nothing is "
        "drawn: the PDF was printed elsewhere")))
    p.add_argument("--print-log", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "list the event's print log (printed, saved as PDF, marked), newest first")))
    p.add_argument("-o", "--output", metavar="FILE.pdf", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "write the badges here")))
    p.add_argument("--layout", default=DEFAULT_LAYOUT, choices=sorted(LAYOUTS), metavar="NAME", help=said(
        QT_TRANSLATE_NOOP("CommandLineHelp", "badge stock (default {layout}; see --list-layouts)"),
        layout=DEFAULT_LAYOUT))
    p.add_argument("--sort", default=SortKey.DELEGATION.value, choices=[k.value for k in SortKey], help=said(
        QT_TRANSLATE_NOOP("CommandLineHelp", "order of the badges (default: delegation, then family name)")))
    p.add_argument("--only-new", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "only attendees whose badge was never printed (a saved PDF is not printed; see "
        "--mark-printed)")))
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
    p.add_argument("--export-desk", metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "write a desk package for check-in desks that did not print: public keys, revoked codes, "
        "names, organisations, delegations, categories (no e-mails, no private key)")))
    p.add_argument("--passphrase-file", metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "seal the desk package with the passphrase on the first line of FILE")))
    p.add_argument("--reissue", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "with --id: the badge was lost; print a new code and revoke the old one")))
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


def _mapping(path: Path, pairs: list[str], tr: Translate, sheet: str | None = None) -> dict[int, Field] | None:
    if not pairs:
        return None
    from companion.services.badges import BadgeService
    from companion.sources.attendees_csv import guess_mapping

    table = BadgeService.read_table(path, sheet)
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
    tr = translator(language(args))
    if args.list_layouts:
        for name, layout in LAYOUTS.items():  # what BadgeService.layouts() gives, without the PDF libraries
            print(f"{name:<18} {layout.title}")
        return 0
    from companion.services.container import Services

    event = event_from_args(args)
    services = Services(paths.state_db_path())
    try:
        if args.export_desk:
            code = _export_desk(args, event, services, tr)
            if code or not args.output:
                return code
        return _run(args, event, services.badges, tr)
    finally:
        services.close()


def _export_desk(args: argparse.Namespace, event: Event, services: Services, tr: Translate) -> int:
    from companion.cli.commands.checkin import read_passphrase
    from companion.services.badges import BadgeSigningError
    from companion.services.checkin import CheckinError

    try:
        info = services.checkin.export_desk_package(event.id, Path(args.export_desk),
                                                     read_passphrase(args.passphrase_file))
    except (CheckinError, BadgeSigningError) as exc:
        print_problem(args, PROGRAM, exc.reason)
        return 2
    said = Message(QT_TRANSLATE_NOOP(
        "CommandLine", "{path}: desk package of {event} ({count} attendees, {sealed}); key fingerprint {fingerprint} "
        "(compare on the desk)"), path=str(info.path), event=event.id, count=info.attendees,
        sealed=Message(QT_TRANSLATE_NOOP("CommandLine", "sealed with the passphrase")) if info.sealed else Message(
            QT_TRANSLATE_NOOP("CommandLine", "not sealed")), fingerprint=" / ".join(info.fingerprints))
    print(said.render(tr), file=sys.stderr)
    return 0


def _run(args: argparse.Namespace, event: Event, badges: BadgeService, tr: Translate) -> int:
    from companion.services.badges import BadgeSettings, BadgeSigningError, BadgeWriteError, Which

    err = sys.stderr
    if args.export_public_key:
        try:
            written = badges.export_public_key(event.id, Path(args.export_public_key))
        except BadgeSigningError as exc:
            print_problem(args, PROGRAM, Message(
                QT_TRANSLATE_NOOP("CommandLine", "cannot write the public key: {reason}"), reason=exc.reason))
            return 2
        except BadgeWriteError as exc:
            print_problem(args, PROGRAM, cannot_write(args.export_public_key, exc.error))
            return 2
        said = Message(QT_TRANSLATE_NOOP(
            "CommandLine", "{path}: public key of {event} (verifies every badge of this event)"),
            path=str(written), event=event.id)
        print(said.render(tr), file=err)
        if not args.output:
            return 0
    if args.print_log:
        return _print_log(event, badges, tr)
    if not args.output and not args.mark_printed:
        print_problem(args, PROGRAM, Message(
            QT_TRANSLATE_NOOP("CommandLine", "say where to write the PDF with -o FILE.pdf")))
        return 2
    offset_x, offset_y = _offset(args.offset, tr)
    output = Path(args.output or "")
    if args.calibration and args.output:
        try:
            badges.calibration_sheet(output, args.layout, offset_x, offset_y)
        except BadgeWriteError as exc:
            print_problem(args, PROGRAM, cannot_write(output, exc.error))
            return 2
        said = Message(QT_TRANSLATE_NOOP("CommandLine", "{path}: calibration sheet for {layout}"),
                       path=str(output), layout=args.layout)
        print(said.render(tr), file=err)
        return 0

    try:
        badges.open()
    except StateDatabaseError as exc:
        print_problem(args, PROGRAM, exc.problem)
        return 2
    row_errors = 0
    wanted: list[Attendee]
    if args.attendees:
        source = Path(args.attendees)
        try:
            listed = badges.import_list(event.id, source, _mapping(source, args.map, tr, args.sheet),
                                        sheet=args.sheet)
        except AttendeeFileError as exc:
            print(f"{PROGRAM}: {file_problem(exc).render(tr)}", file=err)
            if isinstance(exc, ColumnMappingError) and exc.names_missing:
                hint = Message(QT_TRANSLATE_NOOP(
                    "AttendeeList", "use --map given_name=COLUMN --map family_name=COLUMN (or full_name=COLUMN)"))
                print(f"  {hint.render(tr)}", file=err)
            return 2
        imported, merged = listed.imported, listed.merged
        assert imported is not None and merged is not None  # no ask_when_unclear: imported or raised
        for problem in imported.problems:
            print(f"{source}: {problem.line().render(tr)}", file=err)
        row_errors = len(imported.errors)
        if not imported.attendees:
            print_problem(args, PROGRAM, Message(
                QT_TRANSLATE_NOOP("CommandLine", "no attendees in {path}; no PDF written"), path=str(source)))
            return 2
        if imported.sheet:
            summary = Message(
                QT_TRANSLATE_NOOP("CommandLine", "{path}: attendees read: {count} ({format}, sheet {sheet}); "
                                  "new: {added}, updated: {updated}, unchanged: {unchanged}; rows not imported: "
                                  "{errors}"),
                path=str(source), count=len(imported.attendees), format=imported.encoding,
                sheet=repr(imported.sheet), added=merged.added, updated=merged.updated, unchanged=merged.unchanged,
                errors=row_errors)
        else:
            summary = Message(
                QT_TRANSLATE_NOOP("CommandLine", "{path}: attendees read: {count} ({encoding}, "
                                  "'{delimiter}'-separated); new: {added}, updated: {updated}, unchanged: "
                                  "{unchanged}; rows not imported: {errors}"),
                path=str(source), count=len(imported.attendees), encoding=imported.encoding,
                delimiter=imported.delimiter, added=merged.added, updated=merged.updated, unchanged=merged.unchanged,
                errors=row_errors)
        print(summary.render(tr), file=err)
        # as stored: a person matched by e-mail keeps the id they were first given
        stored = {a.id: a for a in badges.attendees(event.id)}
        wanted = [stored[i] for i in merged.ids if i in stored]
    else:
        wanted = badges.attendees(event.id)
        if not wanted:
            print_problem(args, PROGRAM, Message(
                QT_TRANSLATE_NOOP("CommandLine", "no attendees stored for {event}; give an ATTENDEES.csv"),
                event=event.id))
            return 2
    if args.ids:
        by_id = {a.id: a for a in badges.attendees(event.id)}
        unknown = [i for i in args.ids if i not in by_id]
        if unknown:
            print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
                "CommandLine", "no attendee with the id {ids} is stored for {event}"),
                ids=", ".join(unknown), event=event.id))
            return 2
        wanted = [by_id[i] for i in dict.fromkeys(args.ids)]
    printed_before = badges.last_printed(event.id)
    if not args.output:  # --mark-printed alone: the badges were printed from a PDF elsewhere
        chosen = [a for a in wanted if not args.only_new or a.id not in printed_before]
        marked = badges.mark_printed(event.id, [a.id for a in chosen], args.layout)
        print(Message(QT_TRANSLATE_NOOP("CommandLine", "{event}: badges marked as printed: {count}"),
                      event=event.id, count=marked).render(tr), file=err)
        return 0 if row_errors == 0 else 1
    if not args.only_new:
        again = sum(1 for a in wanted if a.id in printed_before)
        if again:
            note = Message(QT_TRANSLATE_NOOP("CommandLine", "note: badges printed before and printed again: {count} "
                                             "(--only-new leaves them out)"), count=again)
            print(note.render(tr), file=err)
    settings = BadgeSettings(args.layout, SortKey(args.sort), Which.NOT_PRINTED if args.only_new else Which.ALL,
                             offset_x, offset_y, args.duplex, args.bilingual or "")
    run_plan = badges.plan(event, wanted, settings, language(args), printed_before)
    if args.reissue and args.ids:  # lost badges: new serials, the old codes revoked
        from dataclasses import replace

        serials = tuple((a.id, badges.reissue(event.id, a.id)) for a in run_plan.attendees)
        run_plan = replace(run_plan, serials=serials)
    try:
        report = badges.render(run_plan, output)
    except BadgeSigningError as exc:
        print_problem(args, PROGRAM, exc.reason)
        return 2
    except BadgeWriteError as exc:
        print_problem(args, PROGRAM, cannot_write(output, exc.error))
        return 2
    for badge_problem in report.problems:
        if badge_problem.printed:
            line = Message(QT_TRANSLATE_NOOP("Badges", "warning: {badge}"), badge=badge_problem.text(tr))
        else:
            line = Message(QT_TRANSLATE_NOOP("Badges", "not printed: {badge}"), badge=badge_problem.text(tr))
        print(line.render(tr), file=err)
    # a PDF written is saved, not printed; --mark-printed says it goes to the printer now
    badges.record_saved(event.id, report.printed, args.layout, str(output.resolve()))
    if args.mark_printed:
        badges.mark_printed(event.id, report.printed, args.layout)
    done = Message(QT_TRANSLATE_NOOP("CommandLine", "{path}: badges: {badges}, pages: {pages} ({layout})"),
                   path=str(output), badges=len(report.printed), pages=report.pages, layout=args.layout)
    print(done.render(tr), file=err)
    return 0 if row_errors == 0 and not report.skipped else 1


def _print_log(event: Event, badges: BadgeService, tr: Translate) -> int:
    """The event's print log on stdout, newest first, one badge a line (tab-separated)."""
    from companion.store.print_log import LogKind

    kinds = {
        LogKind.PRINTED: Message(QT_TRANSLATE_NOOP("CommandLine", "printed")),
        LogKind.SAVED: Message(QT_TRANSLATE_NOOP("CommandLine", "saved as PDF")),
        LogKind.MARKED: Message(QT_TRANSLATE_NOOP("CommandLine", "marked as printed")),
    }
    names = {a.id: a.display_name for a in badges.attendees(event.id)}
    for entry in badges.print_log(event.id, limit=100_000):
        print("\t".join((entry.when, entry.attendee_id, names.get(entry.attendee_id, ""),
                         kinds[entry.kind].render(tr), entry.layout, entry.output)))
    return 0
