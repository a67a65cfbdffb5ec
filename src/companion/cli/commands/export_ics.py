"""``companion export-ics``: write sessions to a calendar file (.ics) for Outlook, Google, Apple, Thunderbird."""

from __future__ import annotations

import argparse
import sqlite3
import sys
from datetime import date
from typing import Any

from companion.cli.context import event_from_args, language
from companion.domain.event import Event
from companion.domain.plural import counted
from companion.exports.ical import (
    MAX_ALARM_MINUTES,
    CancelledSession,
    ExportOptions,
    ExportScope,
    Revisions,
    ScopeKind,
    UnknownSessionsError,
    export_scope,
    skipped_message,
    write_ics,
)

NOTE = (
    "Sessions with a published day but no published time become all-day events marked "
    "'(time not published)'; sessions with no published date are left out and named on stderr. "
    "Indicative times are exported as TENTATIVE and say so. A starred session that left the programme is "
    "written as cancelled at its last known time, so calendars drop it."
)


def register(sub: Any, shared: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export-ics",
        parents=[shared],
        help="write sessions to an .ics calendar file",
        description="Write sessions to an iCalendar (.ics) file. " + NOTE,
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--all", action="store_true", help="every session of the event")
    what.add_argument("--day", metavar="YYYY-MM-DD", help="the sessions of one day")
    what.add_argument("--session", metavar="ID", nargs="+", help="these sessions (ids as `companion agenda` shows)")
    what.add_argument("--starred", action="store_true", help="the sessions you starred")
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the .ics file to write ('-' for stdout)")
    p.add_argument("--alarm", metavar="MINUTES", type=int, help="add a reminder this many minutes before each session")
    p.set_defaults(func=run)


def _scope(args: argparse.Namespace, event: Event) -> ExportScope:
    if args.all:
        return ExportScope.everything()
    if args.day:
        try:
            day = date.fromisoformat(args.day)
        except ValueError:
            raise SystemExit(f"companion export-ics: --day {args.day!r} is not a date like 2025-05-13") from None
        days = sorted({d.date for d in event.days} | {s.day for s in event.sessions if s.day is not None})
        if day not in days:
            listed = ", ".join(d.isoformat() for d in days)
            raise SystemExit(f"companion export-ics: {day} is not a day of this event ({listed})")
        return ExportScope.of_day(day)
    if args.session:
        return ExportScope.of_sessions(args.session)
    from companion import paths
    from companion.store.database import StateDatabaseError, open_state
    from companion.store.stars import StarStore

    try:
        conn = open_state(paths.state_db_path())
    except StateDatabaseError as exc:
        raise SystemExit(f"companion export-ics: cannot read your stars: {exc}") from exc
    try:
        stars = StarStore(conn, event.id)
        starred = stars.starred_ids()
        orphans = stars.orphans(event.sessions_by_id)
    finally:
        conn.close()
    if orphans:
        print(
            f"companion export-ics: {len(orphans)} starred session(s) are no longer in the programme: "
            + ", ".join(sorted(orphans)),
            file=sys.stderr,
        )
    return ExportScope.of_starred(starred)


def _history(event: Event, scope: ExportScope) -> tuple[Revisions | None, list[CancelledSession]]:
    """Record this load's session revisions and read them back, with the starred sessions to cancel."""
    from companion import paths
    from companion.store.database import StateDatabaseError, open_state
    from companion.store.events import KnownEvents
    from companion.store.revisions import SessionRevisions

    try:
        conn = open_state(paths.state_db_path())
    except StateDatabaseError as exc:
        print(f"companion export-ics: session revisions not read ({exc}); SEQUENCE comes from the data only",
              file=sys.stderr)
        return None, []
    try:
        store = SessionRevisions(conn, event.id)
        store.record(event, KnownEvents(conn).stored_snapshot(event.id))
        revisions = store.for_export()
        if scope.kind is not ScopeKind.STARRED:
            return revisions, []
        gone = set(scope.session_ids) - set(event.sessions_by_id)
        known, unknown = store.last_known(gone)
    except sqlite3.Error as exc:
        print(f"companion export-ics: session revisions not read ({exc}); SEQUENCE comes from the data only",
              file=sys.stderr)
        return None, []
    finally:
        conn.close()
    if unknown:
        print(
            "companion export-ics: no last known time is stored for "
            f"{counted(len(unknown), 'starred session')} no longer in the programme, so not written as cancelled: "
            + ", ".join(unknown),
            file=sys.stderr,
        )
    cancelled = [CancelledSession(r.facts, r.revision, r.changed_at) for r in known if r.facts is not None]
    return revisions, cancelled


def run(args: argparse.Namespace) -> int:
    event = event_from_args(args)
    if args.alarm is not None and not 0 <= args.alarm <= MAX_ALARM_MINUTES:
        raise SystemExit(f"companion export-ics: --alarm must be 0 to {MAX_ALARM_MINUTES} minutes")
    scope = _scope(args, event)
    lang = language(args)
    revisions, cancelled = _history(event, scope)
    try:
        result = export_scope(
            event, scope, ExportOptions(alarm_minutes=args.alarm, language=lang), revisions, cancelled
        )
    except UnknownSessionsError as exc:
        raise SystemExit(f"companion export-ics: unknown session id: {', '.join(exc.session_ids)} "
                         "(see `companion agenda` for ids)") from None
    skipped = skipped_message(result.skipped, lang)
    if skipped:
        print(f"companion export-ics: {skipped}", file=sys.stderr)
    if result.cancelled:
        print(
            f"companion export-ics: {counted(len(result.cancelled), 'starred session')} no longer in the programme "
            "written as cancelled: " + ", ".join(f.id for f in result.cancelled),
            file=sys.stderr,
        )
    if result.event_count == 0 and not result.cancelled:
        if args.starred:
            what = "you have not starred any session"
        elif args.day:
            what = f"no session with a published date is listed on {args.day}"
        else:
            what = "no session with a published date to export"
        print(f"companion export-ics: {what}; no file written", file=sys.stderr)
        return 1
    if args.output == "-":
        sys.stdout.buffer.write(result.data)
        sys.stdout.flush()
    else:
        try:
            path = write_ics(args.output, result.data)
        except OSError as exc:
            raise SystemExit(f"companion export-ics: cannot write {args.output}: {exc.strerror or exc}") from exc
        parts = [f"{len(result.timed)} timed"]
        if result.all_day:
            parts.append(f"{len(result.all_day)} all-day (time not published)")
        if result.cancelled:
            parts.append(f"{len(result.cancelled)} cancelled")
        print(f"wrote {result.event_count} session(s) ({', '.join(parts)}) to {path}", file=sys.stderr)
    return 0
