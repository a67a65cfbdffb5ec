"""``companion diff OLD NEW``: what changed between two versions of a schedule, starred sessions first.

Exit status as diff(1): 0 when the programmes are the same, 1 when they differ, 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from typing import Any, TextIO

from companion.cli.context import file_problem, print_problem
from companion.cli.help_language import HelpText
from companion.domain.changes import ChangeKind, ChangeSet, SessionChange, SessionFacts, compare_events
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.domain.plural import counted
from companion.sources import EventFileError
from companion.sources.loader import load_event_with_report

LABELS = {
    ChangeKind.CANCELLED: "cancelled",
    ChangeKind.NEW: "new",
    ChangeKind.MOVED_TIME: "moved (time)",
    ChangeKind.MOVED_ROOM: "moved (room)",
    ChangeKind.RETITLED: "retitled",
    ChangeKind.PEOPLE: "people changed",
}


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "diff",
        parents=[shared],
        help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "show what changed between two versions of a schedule")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Compare two versions of an event's schedule (any format Companion reads): new, "
            "cancelled, moved (time or room), retitled and people changed, your starred sessions first. "
            "Exit status: 0 no changes, 1 changes, 2 a file could not be read.")),
    )
    p.add_argument("old", metavar="OLD", help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "the earlier schedule file")))
    p.add_argument("new", metavar="NEW", help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "the newer schedule file")))
    p.add_argument("--json", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "print the changes as JSON")))
    p.add_argument("--tz", metavar="ZONE", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "IANA zone for files that name none (default: UTC, or the zone their dates imply)")))
    p.set_defaults(func=run)


def _load(path: str, args: argparse.Namespace) -> Event:
    try:
        return load_event_with_report(path, fallback_zone=args.tz)[0]
    except EventFileError as exc:
        frame = QT_TRANSLATE_NOOP("EventFile", "cannot open {path}: {problem}")
        print_problem(args, "companion diff", Message(frame, path=str(exc.path), problem=file_problem(exc)))
        raise SystemExit(2) from exc


def _starred(event_id: str) -> set[str]:
    from companion import paths
    from companion.store.database import StateDatabaseError, open_state
    from companion.store.events import starred_session_ids

    try:
        conn = open_state(paths.state_db_path())
    except StateDatabaseError:
        return set()
    try:
        return starred_session_ids(conn, event_id)
    finally:
        conn.close()


def _when(facts: SessionFacts) -> str:
    if facts.start is None or facts.end is None:
        return f"{facts.day or 'date not published'}, time not published"
    start, end = datetime.fromisoformat(facts.start), datetime.fromisoformat(facts.end)
    mark = " (indicative)" if facts.time_status == "indicative" else ""
    offset = start.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return f"{start:%a %Y-%m-%d %H:%M}–{end:%H:%M} {zone}{mark}"


def _room(facts: SessionFacts) -> str:
    return facts.room or "room not published"


def change_lines(change: SessionChange) -> list[str]:
    """A change as indented plain-text lines."""
    star = "★ " if change.starred else "  "
    kinds = ", ".join(LABELS[k] for k in change.kinds)
    head = f"{star}{kinds.upper()}: {change.title}  [{change.session_id}]"
    if change.starred_and_gone:
        head += "  — STARRED SESSION NO LONGER IN THE PROGRAMME"
    lines = [head]
    old, new = change.old, change.new
    if new is not None and old is None:
        lines.append(f"      {_when(new)}, {_room(new)}")
    elif old is not None and new is None:
        lines.append(f"      was {_when(old)}, {_room(old)}")
    elif old is not None and new is not None:
        if ChangeKind.MOVED_TIME in change.kinds:
            lines.append(f"      time: {_when(old)} → {_when(new)}")
        if ChangeKind.MOVED_ROOM in change.kinds:
            lines.append(f"      room: {_room(old)} → {_room(new)}")
        if ChangeKind.RETITLED in change.kinds:
            lines.append(f"      was titled: {old.title}")
        if ChangeKind.PEOPLE in change.kinds:
            gone = [p for p in old.people if p not in new.people]
            came = [p for p in new.people if p not in old.people]
            if came:
                lines.append(f"      added: {', '.join(came)}")
            if gone:
                lines.append(f"      removed: {', '.join(gone)}")
    return lines


def summary(changes: ChangeSet) -> str:
    parts = [f"{changes.count(k)} {LABELS[k]}" for k in ChangeKind if changes.count(k)]
    return ", ".join(parts) if parts else "no changes"


def write_text(out: TextIO, old: Event, new: Event, changes: ChangeSet) -> None:
    before, after = counted(len(old.sessions), "session"), counted(len(new.sessions), "session")
    out.write(f"{before} → {after}: {summary(changes)}.\n")
    if old.id != new.id:
        out.write(f"Note: the files name different events ({old.id} and {new.id}); sessions are matched by id.\n")
    gone = changes.starred_gone
    if gone:
        are = "is" if len(gone) == 1 else "are"
        out.write(f"{counted(len(gone), 'starred session')} {are} no longer in the programme (your stars are kept).\n")
    for change in changes.changes:
        out.write("\n".join(change_lines(change)) + "\n")


def changes_json(old: Event, new: Event, changes: ChangeSet) -> dict[str, Any]:
    return {
        "old": {"event_id": old.id, "data_version": old.data_version, "sessions": len(old.sessions)},
        "new": {"event_id": new.id, "data_version": new.data_version, "sessions": len(new.sessions)},
        "counts": {k.value: changes.count(k) for k in ChangeKind},
        "changes": [
            {
                "id": c.session_id,
                "title": c.title,
                "kinds": [k.value for k in c.kinds],
                "starred": c.starred,
                "starred_and_gone": c.starred_and_gone,
                "old": c.old.to_record() if c.old else None,
                "new": c.new.to_record() if c.new else None,
            }
            for c in changes.changes
        ],
    }


def run(args: argparse.Namespace) -> int:
    old = _load(args.old, args)
    new = _load(args.new, args)
    changes = compare_events(old, new, _starred(new.id))
    if args.json:
        json.dump(changes_json(old, new, changes), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        write_text(sys.stdout, old, new, changes)
    return 0 if changes.is_empty else 1
