"""``companion checkin``: check people in from the command line (a scripted or headless desk).

Codes come as arguments, or from stdin one per line (as a scanner types them), or from a picture
(``--image FILE``); each prints one line with its verdict in the user's language. ``--import-desk FILE`` imports a
desk package from the badge station. Exit status: 2 when any code was refused, else 1 when any was a duplicate,
else 0 (2 also when nothing could be done: a bad file, no desk key).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from companion.cli.context import file_problem, language, print_problem, services
from companion.cli.help_language import HelpText
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Translate

PROGRAM = "companion checkin"


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "checkin", parents=[shared],
        help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "check people in by their badge codes")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Check badge codes in (arguments, or stdin one per line as a scanner types them) and "
            "print each verdict. Exit status 2 when a code was refused, 1 when one was a duplicate, else 0.")),
    )
    p.add_argument("codes", nargs="*", metavar="CODE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "badge codes (CB1:… or CB2:…); without any, and without --image, read stdin")))
    p.add_argument("--image", action="append", default=[], metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "check in the QR codes in this picture (photo or screenshot); may be repeated")))
    p.add_argument("--import-desk", metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "import a desk package from the badge station (keys, revocations, attendee list)")))
    p.add_argument("--passphrase-file", metavar="FILE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "the passphrase of a sealed desk package, on the first line of FILE")))
    add_desk_options(p, said)
    p.set_defaults(func=run)


def add_desk_options(p: argparse.ArgumentParser, said: HelpText) -> None:
    """``--desk-id`` and ``--operator`` (shared with ``checkin-log``)."""
    p.add_argument("--desk-id", metavar="ID", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "this desk's id in the log (default: the one remembered on this machine)")))
    p.add_argument("--operator", default="", metavar="NAME", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "who is at the desk (recorded with each scan)")))


def read_passphrase(path: str | None) -> str | None:
    """The first line of ``path`` (None without a file); a bad file is reported as exit status 2."""
    if not path:
        return None
    from companion.services.desk_files import CheckinFileError
    from companion.sources.reading import read_bounded

    try:
        data = read_bounded(Path(path), error=CheckinFileError, limit_bytes=64 * 1024)
    except CheckinFileError as exc:
        raise SystemExit(f"companion: {exc}") from exc
    return data.decode("utf-8", "replace").splitlines()[0] if data.strip() else ""


def desk_event(args: argparse.Namespace) -> str:
    """The event the desk checks in: ``--event``'s, else the one a desk package was last imported for, else the
    bundled event's."""
    from companion.cli.context import event_from_args

    if getattr(args, "event", None):
        return event_from_args(args).id
    imported = services(args).checkin.package_events()
    return imported[0] if imported else event_from_args(args).id


def configure(args: argparse.Namespace) -> None:
    """``--store`` for the command's services (before the check-in service is made)."""
    store = getattr(args, "store", None)
    if store:
        services(args).store_url = store


def run(args: argparse.Namespace) -> int:
    from companion.services.checkin import CheckinError
    from companion.sources.errors import UnreadableFileError
    from companion.sources.translations import translator

    tr = translator(language(args))
    configure(args)
    desk = services(args).checkin
    try:
        if args.import_desk:
            info = desk.import_desk_package(Path(args.import_desk), read_passphrase(args.passphrase_file))
            print(Message(QT_TRANSLATE_NOOP(
                "CommandLine", "{file}: desk package of {event} imported: {count} attendees, {revoked} revoked "
                "codes; key fingerprint {fingerprint} (compare with the badge station)"),
                file=str(args.import_desk), event=info.event_id, count=info.attendees, revoked=info.revocations,
                fingerprint=" / ".join(info.fingerprints)).render(tr), file=sys.stderr)
            if not args.codes and not args.image:
                return 0
        if args.desk_id:
            desk.remember_desk_id(args.desk_id)
        desk.open_desk(desk_event(args), desk_id=args.desk_id, operator=args.operator)
        codes: list[str] = list(args.codes)
        for image in args.image:
            codes.extend(_codes_in_picture(args, Path(image), tr))
        # from stdin each line is checked as it comes (a scanner typing into a terminal sees each verdict at once)
        stream: Iterable[str] = codes if args.codes or args.image else _stdin_codes(sys.stdin)
        refused = duplicate = False
        checked = 0
        for code in stream:
            checked += 1
            result = desk.scan(code)
            refused |= result.refused
            duplicate |= result.duplicate
            label = result.attendee.attendee_id if result.attendee is not None else short_code(code)
            print(f"{label}  {verdict_line(result, language(args)).render(tr)}", flush=True)
    except CheckinError as exc:
        print_problem(args, PROGRAM, exc.reason)
        return 2
    except UnreadableFileError as exc:  # a desk package, a passphrase file or a picture
        print_problem(args, PROGRAM, file_problem(exc))
        return 2
    if args.image and not codes:
        return 2
    if not checked:  # an empty stdin (a scanner not connected, a file of blank lines): say so, do not look done
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP(
            "CheckIn", "no badge code was given: name codes, --image pictures, or type or scan them one per line")))
        return 2
    return 2 if refused else 1 if duplicate else 0


def _codes_in_picture(args: argparse.Namespace, path: Path, tr: Translate) -> list[str]:
    from companion.sources.qr_image import decode_file

    found = decode_file(path)
    if not found:
        print_problem(args, PROGRAM, Message(QT_TRANSLATE_NOOP("CheckIn", "{file}: no QR code found in the picture"),
                                             file=str(path)))
    return found


def _stdin_codes(stream: Iterable[str]) -> Iterable[str]:
    for line in stream:
        if line.strip():
            yield line.strip()


def short_code(code: str) -> str:
    """A code shortened to its start and end (codes are ~100 characters), for lines about unreadable codes."""
    text = code.strip()
    return text if len(text) <= 24 else text[:12] + "…" + text[-8:]


def verdict_line(result: Any, language_code: str) -> Message:
    from companion.services.checkin import verdict_message

    return verdict_message(result, language_code)
