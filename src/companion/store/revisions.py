"""Per-session revisions in the user-state database, so a changed session supersedes the copy a calendar holds.

Files opened from frab, pretalx or iCal give every session revision 0, and their data version is rarely a
date, so the data alone cannot tell a calendar that a session moved. Each time an event is loaded, every
session's *fingerprint* (time, room, title, people, time status) is compared with the stored one: a new
session is recorded at its own revision with no change time; a differing fingerprint raises the revision
by one and records the UTC time of the change; a session that left the programme is marked gone (revision
raised again) with its last known facts kept, so a calendar export can cancel it. The same data loaded
again changes nothing, so the same database state gives the same export bytes.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from companion.domain.changes import SessionFacts
from companion.domain.event import Event, Session
from companion.store.database import rollback

GONE = ""
"""The fingerprint stored for a session that has left the programme."""


@dataclass(frozen=True, slots=True)
class StoredRevision:
    """One session's row: its revision, when it last changed (None: never seen to change), its last facts."""

    session_id: str
    revision: int
    changed_at: datetime | None
    facts: SessionFacts | None
    present: bool
    """False once the session has left the programme."""


def _utc(value: datetime | None) -> str:
    return value.astimezone(UTC).isoformat() if value is not None else ""


def fingerprint(event: Event, session: Session) -> str:
    """A digest of what a calendar shows of ``session``: times (as UTC instants), room, titles, people."""
    facts = SessionFacts.of(event, session).to_record()
    facts["start"] = _utc(session.start)
    facts["end"] = _utc(session.end)
    facts["titles"] = dict(sorted(session.title.items()))
    facts["room_id"] = session.room_id
    facts["roles"] = [[p.person_id, sorted(p.role.items())] for p in session.participants]
    text = json.dumps(facts, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _facts_text(facts: SessionFacts, session_revision: int) -> str:
    record: dict[str, Any] = {**facts.to_record(), "session_revision": session_revision}
    return json.dumps(record, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _parse_facts(text: str) -> tuple[SessionFacts | None, int]:
    if not text:
        return None, 0
    try:
        record = json.loads(text)
        return SessionFacts.from_record(record), int(record.get("session_revision") or 0)
    except (ValueError, KeyError, TypeError):
        return None, 0


class SessionRevisions:
    """The ``session_revisions`` rows of one event."""

    def __init__(self, conn: sqlite3.Connection, event_id: str) -> None:
        self._conn = conn
        self.event_id = event_id

    def _rows(self) -> dict[str, tuple[str, int, str, str]]:
        rows = self._conn.execute(
            "SELECT session_id, fingerprint, revision, changed_at, facts FROM session_revisions WHERE event_id = ?",
            (self.event_id,),
        )
        return {str(r[0]): (str(r[1]), int(r[2]), str(r[3]), str(r[4])) for r in rows}

    def all(self) -> dict[str, StoredRevision]:
        out: dict[str, StoredRevision] = {}
        for sid, (fp, revision, changed, facts_text) in self._rows().items():
            facts, _ = _parse_facts(facts_text)
            when = datetime.fromisoformat(changed) if changed else None
            out[sid] = StoredRevision(sid, revision, when, facts, fp != GONE)
        return out

    def record(
        self, event: Event, previous: Mapping[str, SessionFacts] | None = None, when: datetime | None = None
    ) -> set[str]:
        """Compare ``event`` with the stored fingerprints and update them; returns the ids whose revision moved.

        ``previous`` (the snapshot the user saw before, if any) supplies the last facts of sessions that
        left the programme before this table knew them.
        """
        if event.id != self.event_id:
            raise ValueError(f"revisions of {self.event_id} cannot record {event.id}")
        moment = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            rows = self._rows()
            moved: set[str] = set()
            writes: list[tuple[str, str, int, str, str]] = []
            for s in event.sessions:
                fp = fingerprint(event, s)
                facts = _facts_text(SessionFacts.of(event, s), s.revision)
                row = rows.get(s.id)
                if row is None:
                    writes.append((s.id, fp, s.revision, "", facts))
                elif row[0] != fp:
                    writes.append((s.id, fp, max(row[1] + 1, s.revision), moment, facts))
                    moved.add(s.id)
                elif row[3] != facts:
                    writes.append((s.id, fp, row[1], row[2], facts))
            current = event.sessions_by_id
            for sid, (fp, revision, _changed, facts) in rows.items():
                if sid not in current and fp != GONE:
                    _, session_revision = _parse_facts(facts)
                    writes.append((sid, GONE, max(revision, session_revision) + 1, moment, facts))
                    moved.add(sid)
            for sid, old in (previous or {}).items():
                if sid not in current and sid not in rows:
                    writes.append((sid, GONE, 1, moment, _facts_text(old, 0)))
                    moved.add(sid)
            conn.executemany(
                "INSERT INTO session_revisions(event_id, session_id, fingerprint, revision, changed_at, facts) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(event_id, session_id) DO UPDATE SET "
                "fingerprint = excluded.fingerprint, revision = excluded.revision, "
                "changed_at = excluded.changed_at, facts = excluded.facts",
                [(self.event_id, *w) for w in writes],
            )
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
        return moved

    def for_export(self) -> dict[str, tuple[int, datetime | None]]:
        """Session id to (revision, changed_at) for the sessions in the programme, as the .ics export takes them."""
        return {sid: (r.revision, r.changed_at) for sid, r in self.all().items() if r.present}

    def last_known(self, session_ids: Iterable[str]) -> tuple[list[StoredRevision], list[str]]:
        """Of ``session_ids`` (sessions no longer in the data): those whose last facts are known, and the rest."""
        stored = self.all()
        known: list[StoredRevision] = []
        unknown: list[str] = []
        for sid in sorted(set(session_ids)):
            row = stored.get(sid)
            if row is not None and not row.present and row.facts is not None:
                known.append(row)
            else:
                unknown.append(sid)
        return known, unknown
