"""``companion diff OLD NEW``: what changed between two versions of a schedule, starred sessions first.

Exit status as diff(1): 0 when the programmes are the same, 1 when they differ, 2 when a file cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date, datetime
from typing import Any, TextIO

from companion.cli.context import file_problem, language, print_problem
from companion.cli.help_language import HelpText
from companion.domain.changes import ChangeKind, ChangeSet, SessionChange, SessionFacts, compare_events
from companion.domain.event import Event
from companion.domain.message import QT_TRANSLATE_NOOP, Message, Template, Translate
from companion.domain.phrases import long_date_text, phrase
from companion.domain.text import pick
from companion.sources import EventFileError
from companion.sources.loader import load_event_with_report
from companion.sources.translations import translator

LABELS: dict[ChangeKind, Template] = {
    ChangeKind.CANCELLED: QT_TRANSLATE_NOOP("CommandLine", "cancelled"),
    ChangeKind.NEW: QT_TRANSLATE_NOOP("CommandLine", "new"),
    ChangeKind.MOVED_TIME: QT_TRANSLATE_NOOP("CommandLine", "moved (time)"),
    ChangeKind.MOVED_ROOM: QT_TRANSLATE_NOOP("CommandLine", "moved (room)"),
    ChangeKind.RETITLED: QT_TRANSLATE_NOOP("CommandLine", "retitled"),
    ChangeKind.PEOPLE: QT_TRANSLATE_NOOP("CommandLine", "people changed"),
}
"""How the heading of a change names its kinds (upper-cased there)."""

COUNTS: dict[ChangeKind, Template] = {
    ChangeKind.CANCELLED: QT_TRANSLATE_NOOP("CommandLine", "{count} cancelled"),
    ChangeKind.NEW: QT_TRANSLATE_NOOP("CommandLine", "{count} new"),
    ChangeKind.MOVED_TIME: QT_TRANSLATE_NOOP("CommandLine", "{count} moved (time)"),
    ChangeKind.MOVED_ROOM: QT_TRANSLATE_NOOP("CommandLine", "{count} moved (room)"),
    ChangeKind.RETITLED: QT_TRANSLATE_NOOP("CommandLine", "{count} retitled"),
    ChangeKind.PEOPLE: QT_TRANSLATE_NOOP("CommandLine", "{count} people changed"),
}
"""The summary's count of each kind; translations put the count after a colon ("отменённых: 2")."""

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
        conn = open_state(paths.state_db_path(), readonly=True)
    except StateDatabaseError:
        return set()
    try:
        return starred_session_ids(conn, event_id)
    finally:
        conn.close()


def _localised(event: Event, code: str) -> dict[str, SessionFacts]:
    """The facts of every session with its title and room in the language ``code`` where the data has them."""
    facts: dict[str, SessionFacts] = {}
    for session in event.sessions:
        room = event.rooms.get(session.room_id) if session.room_id else None
        facts[session.id] = replace(
            SessionFacts.of(event, session),
            title=pick(session.title, code),
            room=pick(room.name, code) if room else None,
        )
    return facts


class _Report:
    """The text report in one language: translated words, titles and rooms as the data gives them in it."""

    def __init__(self, old: Event, new: Event, code: str) -> None:
        self.code = code
        self.tr: Translate = translator(code)
        self.old = _localised(old, code)
        self.new = _localised(new, code)

    def say(self, message: Message) -> str:
        return message.render(self.tr)

    def _day(self, day: date) -> str:
        # English keeps the compact form it always printed ("Sun 2023-09-10"); other languages spell the date out.
        return f"{day:%a %Y-%m-%d}" if self.code == "en" else long_date_text(day, self.code)

    def when(self, facts: SessionFacts) -> str:
        if facts.start is None or facts.end is None:
            if facts.day:
                day = self._day(date.fromisoformat(facts.day)) if self.code != "en" else facts.day
            else:
                unknown = phrase("date_not_published", self.code)
                day = unknown[:1].lower() + unknown[1:]
            return f"{day}, {phrase('time_not_published', self.code)}"
        start, end = datetime.fromisoformat(facts.start), datetime.fromisoformat(facts.end)
        mark = f" ({phrase('indicative', self.code)})" if facts.time_status == "indicative" else ""
        offset = start.utcoffset()
        minutes = int(offset.total_seconds() // 60) if offset is not None else 0
        sign = "+" if minutes >= 0 else "-"
        zone = f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
        separator = " " if self.code == "en" else ", "
        return f"{self._day(start.date())}{separator}{start:%H:%M}–{end:%H:%M} {zone}{mark}"

    def room(self, facts: SessionFacts) -> str:
        return facts.room or phrase("room_not_published", self.code)

    def localised(self, change: SessionChange) -> tuple[SessionFacts | None, SessionFacts | None]:
        """``change.old`` and ``change.new`` with titles and rooms in the report's language."""
        old = self.old.get(change.session_id, change.old) if change.old is not None else None
        new = self.new.get(change.session_id, change.new) if change.new is not None else None
        return old, new

    def change_lines(self, change: SessionChange) -> list[str]:
        """A change as indented plain-text lines."""
        star = "★ " if change.starred else "  "
        kinds = ", ".join(self.say(Message(LABELS[k])) for k in change.kinds)
        old, new = self.localised(change)
        facts = new or old
        title = facts.title if facts else change.session_id
        head = f"{star}{kinds.upper()}: {title}  [{change.session_id}]"
        if change.starred_and_gone:
            gone = Message(QT_TRANSLATE_NOOP("CommandLine", "starred session no longer in the programme"))
            head += f"  — {self.say(gone).upper()}"
        lines = [head]
        indent = "      "
        if new is not None and old is None:
            lines.append(f"{indent}{self.when(new)}, {self.room(new)}")
        elif old is not None and new is None:
            was = QT_TRANSLATE_NOOP("CommandLine", "was {when}, {room}")
            lines.append(indent + self.say(Message(was, when=self.when(old), room=self.room(old))))
        elif old is not None and new is not None:
            if ChangeKind.MOVED_TIME in change.kinds:
                time = QT_TRANSLATE_NOOP("CommandLine", "time: {old} → {new}")
                lines.append(indent + self.say(Message(time, old=self.when(old), new=self.when(new))))
            if ChangeKind.MOVED_ROOM in change.kinds:
                room = QT_TRANSLATE_NOOP("CommandLine", "room: {old} → {new}")
                lines.append(indent + self.say(Message(room, old=self.room(old), new=self.room(new))))
            if ChangeKind.RETITLED in change.kinds:
                titled = QT_TRANSLATE_NOOP("CommandLine", "was titled: {title}")
                lines.append(indent + self.say(Message(titled, title=old.title)))
            if ChangeKind.PEOPLE in change.kinds:
                gone_people = [p for p in old.people if p not in new.people]
                came = [p for p in new.people if p not in old.people]
                if came:
                    added = QT_TRANSLATE_NOOP("CommandLine", "added: {names}")
                    lines.append(indent + self.say(Message(added, names=", ".join(came))))
                if gone_people:
                    removed = QT_TRANSLATE_NOOP("CommandLine", "removed: {names}")
                    lines.append(indent + self.say(Message(removed, names=", ".join(gone_people))))
        return lines


def summary(changes: ChangeSet) -> Message:
    """``1 cancelled, 2 moved (time)`` (``отменённых: 1, …``), or ``no changes``."""
    parts = [Message(COUNTS[k], count=changes.count(k)) for k in ChangeKind if changes.count(k)]
    return Message.joined(parts, ", ") if parts else Message(QT_TRANSLATE_NOOP("CommandLine", "no changes"))


_TOTALS = {
    (True, True): QT_TRANSLATE_NOOP("CommandLine", "{old} session → {new} session: {summary}."),
    (True, False): QT_TRANSLATE_NOOP("CommandLine", "{old} session → {new} sessions: {summary}."),
    (False, True): QT_TRANSLATE_NOOP("CommandLine", "{old} sessions → {new} session: {summary}."),
    (False, False): QT_TRANSLATE_NOOP("CommandLine", "{old} sessions → {new} sessions: {summary}."),
}
"""The first line, by whether each version has exactly one session (English agrees; translations need not)."""


def write_text(out: TextIO, old: Event, new: Event, changes: ChangeSet, code: str = "en") -> None:
    """The report for people, in the language ``code`` (en, ru, kk, kk-Latn)."""
    report = _Report(old, new, code)
    before, after = len(old.sessions), len(new.sessions)
    totals = _TOTALS[(before == 1, after == 1)]
    out.write(report.say(Message(totals, old=before, new=after, summary=summary(changes))) + "\n")
    if old.id != new.id:
        note = QT_TRANSLATE_NOOP(
            "CommandLine", "Note: the files name different events ({old} and {new}); sessions are matched by id.")
        out.write(report.say(Message(note, old=old.id, new=new.id)) + "\n")
    gone = changes.starred_gone
    if gone:
        kept = Message.counted(
            QT_TRANSLATE_NOOP(
                "CommandLine", "{count} starred session is no longer in the programme (your stars are kept)."),
            QT_TRANSLATE_NOOP(
                "CommandLine", "{count} starred sessions are no longer in the programme (your stars are kept)."),
            count=len(gone),
        )
        out.write(report.say(kept) + "\n")
    for change in changes.changes:
        out.write("\n".join(report.change_lines(change)) + "\n")


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
        write_text(sys.stdout, old, new, changes, language(args))
    return 0 if changes.is_empty else 1
