"""``companion export-ics``: write sessions to a calendar file (.ics) for Outlook, Google, Apple, Thunderbird."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from companion.cli.context import cannot_write, event_from_args, language
from companion.cli.help_language import HelpText
from companion.domain.event import Event, Session
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Translate
from companion.domain.text import pick
from companion.exports.ical import (
    MAX_ALARM_MINUTES,
    CancelledSession,
    ExportOptions,
    ExportScope,
    IcsExport,
    Revisions,
    ScopeKind,
    UnknownSessionsError,
    export_scope,
    write_ics,
)
from companion.sources.translations import translator


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "export-ics",
        parents=[shared],
        help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "write sessions to an .ics calendar file")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Write sessions to an iCalendar (.ics) file. "
            "Sessions with a published day but no published time become all-day events marked "
            "'(time not published)'; sessions with no published date are left out and named on stderr. "
            "Indicative times are exported as TENTATIVE and say so. A starred session that left the programme is "
            "written as cancelled at its last known time, so calendars drop it.")),
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--all", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "every session of the event")))
    what.add_argument("--day", metavar="YYYY-MM-DD", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "the sessions of one day")))
    what.add_argument("--session", metavar="ID", nargs="+", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "these sessions (ids as `companion agenda` shows)")))
    what.add_argument("--starred", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "the sessions you starred")))
    p.add_argument("-o", "--output", metavar="FILE", required=True, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "the .ics file to write ('-' for stdout)")))
    p.add_argument("--alarm", metavar="MINUTES", type=int, help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "add a reminder this many minutes before each session")))
    p.set_defaults(func=run)


PROGRAM = "companion export-ics"


def _line(problem: Message, tr: Translate) -> str:
    """``companion export-ics: <problem>`` in the language of ``tr``."""
    return f"{PROGRAM}: {problem.render(tr)}"


def _say(problem: Message, tr: Translate) -> None:
    print(_line(problem, tr), file=sys.stderr)


def _scope(args: argparse.Namespace, event: Event, tr: Translate) -> ExportScope:
    if args.all:
        return ExportScope.everything()
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            raise SystemExit(_line(Message(QT_TRANSLATE_NOOP(
                "CommandLine", "--day {value} is not a date like 2025-05-13"), value=repr(args.day)), tr)) from None
        days = sorted({d.date for d in event.days} | {s.day for s in event.sessions if s.day is not None})
        if day not in days:
            listed = ", ".join(d.isoformat() for d in days)
            raise SystemExit(_line(Message(QT_TRANSLATE_NOOP(
                "CommandLine", "{day} is not a day of this event ({days})"), day=day.isoformat(), days=listed), tr))
        return ExportScope.of_day(day)
    if args.session:
        return ExportScope.of_sessions(args.session)
    from companion import paths
    from companion.store.database import StateDatabaseError, open_state
    from companion.store.stars import StarStore

    try:
        conn = open_state(paths.state_db_path(), readonly=True)
    except StateDatabaseError as exc:
        raise SystemExit(_line(Message(QT_TRANSLATE_NOOP(
            "CommandLine", "cannot read your stars: {problem}"), problem=exc.problem), tr)) from exc
    try:
        stars = StarStore(conn, event.id)
        starred = stars.starred_ids()
        orphans = stars.orphans(event.sessions_by_id)
    finally:
        conn.close()
    if orphans:
        _say(Message(QT_TRANSLATE_NOOP("CommandLine", "starred sessions no longer in the programme ({count}): {ids}"),
                     count=len(orphans), ids=", ".join(sorted(orphans))), tr)
    return ExportScope.of_starred(starred)


def _revisions_not_read(problem: Message | str, tr: Translate) -> None:
    _say(Message(QT_TRANSLATE_NOOP(
        "CommandLine", "session revisions not read ({problem}); SEQUENCE comes from the data only"),
        problem=problem), tr)


def _history(
    event: Event, scope: ExportScope, tr: Translate
) -> tuple[Revisions | None, list[CancelledSession]]:
    """Record this load's session revisions and read them back, with the starred sessions to cancel."""
    from companion import paths
    from companion.store.database import StateDatabaseError, StateReadOnlyError, open_state
    from companion.store.events import KnownEvents
    from companion.store.revisions import SessionRevisions

    writable = True
    try:
        try:
            conn = open_state(paths.state_db_path())
        except StateReadOnlyError:  # a read-only data folder: use what is stored, record nothing
            writable = False
            conn = open_state(paths.state_db_path(), readonly=True)
    except StateDatabaseError as exc:
        _revisions_not_read(exc.problem, tr)
        return None, []
    try:
        store = SessionRevisions(conn, event.id)
        if writable:
            store.record(event, KnownEvents(conn).stored_snapshot(event.id))
        revisions = store.for_export()
        if scope.kind is not ScopeKind.STARRED:
            return revisions, []
        gone = set(scope.session_ids) - set(event.sessions_by_id)
        known, unknown = store.last_known(gone)
    except sqlite3.Error as exc:
        _revisions_not_read(str(exc), tr)
        return None, []
    finally:
        conn.close()
    if unknown:
        _say(Message(QT_TRANSLATE_NOOP(
            "CommandLine", "starred sessions no longer in the programme whose last known time is not stored ({count}), "
            "so not written as cancelled: {ids}"), count=len(unknown), ids=", ".join(unknown)), tr)
    cancelled = [CancelledSession(r.facts, r.revision, r.changed_at) for r in known if r.facts is not None]
    return revisions, cancelled


def _skipped(skipped: Sequence[Session], lang: str) -> Message:
    """The sessions left out because their day is not published, by title and id."""
    names = "; ".join(f"{pick(s.title, lang)} [{s.id}]" for s in skipped)
    return Message(QT_TRANSLATE_NOOP(
        "CommandLine", "sessions left out because no date is published ({count}): {names}"),
        count=len(skipped), names=names)


def _nothing_to_write(args: argparse.Namespace) -> Message:
    if args.starred:
        why = Message(QT_TRANSLATE_NOOP("CommandLine", "you have not starred any session"))
    elif args.day:
        why = Message(QT_TRANSLATE_NOOP("CommandLine", "no session with a published date is listed on {day}"),
                      day=args.day)
    else:
        why = Message(QT_TRANSLATE_NOOP("CommandLine", "no session with a published date to export"))
    return Message(QT_TRANSLATE_NOOP("CommandLine", "{reason}; no file written"), reason=why)


def _written(result: IcsExport, path: Path | str) -> Message:
    """``sessions written to PATH: 19 (timed: 17, all-day, time not published: 2)``."""
    parts: list[Message | str] = [Message(QT_TRANSLATE_NOOP("CommandLine", "timed: {count}"), count=len(result.timed))]
    if result.all_day:
        parts.append(Message(QT_TRANSLATE_NOOP("CommandLine", "all-day, time not published: {count}"),
                             count=len(result.all_day)))
    if result.cancelled:
        parts.append(Message(QT_TRANSLATE_NOOP("CommandLine", "cancelled: {count}"), count=len(result.cancelled)))
    return Message(QT_TRANSLATE_NOOP("CommandLine", "sessions written to {path}: {count} ({parts})"),
                   path=str(path), count=result.event_count, parts=Message.joined(parts, ", "))


def run(args: argparse.Namespace) -> int:
    event = event_from_args(args)
    lang = language(args)
    tr = translator(lang)
    if args.alarm is not None and not 0 <= args.alarm <= MAX_ALARM_MINUTES:
        raise SystemExit(_line(Message(QT_TRANSLATE_NOOP("CommandLine", "--alarm must be 0 to {most} minutes"),
                                       most=MAX_ALARM_MINUTES), tr))
    scope = _scope(args, event, tr)
    revisions, cancelled = _history(event, scope, tr)
    try:
        result = export_scope(
            event, scope, ExportOptions(alarm_minutes=args.alarm, language=lang), revisions, cancelled
        )
    except UnknownSessionsError as exc:
        raise SystemExit(_line(Message(QT_TRANSLATE_NOOP(
            "CommandLine", "unknown session id: {ids} (see `companion agenda` for ids)"),
            ids=", ".join(exc.session_ids)), tr)) from None
    if result.skipped:
        _say(_skipped(result.skipped, lang), tr)
    if result.cancelled:
        _say(Message(QT_TRANSLATE_NOOP(
            "CommandLine", "starred sessions no longer in the programme ({count}), written as cancelled: {ids}"),
            count=len(result.cancelled), ids=", ".join(f.id for f in result.cancelled)), tr)
    if result.event_count == 0 and not result.cancelled:
        _say(_nothing_to_write(args), tr)
        return 1
    if args.output == "-":
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
    else:
        try:
            path = write_ics(args.output, result.data)
        except OSError as exc:  # the previous file, if any, is untouched
            raise SystemExit(_line(cannot_write(args.output, exc), tr)) from exc
        print(_written(result, path).render(tr), file=sys.stderr)
    return 0
