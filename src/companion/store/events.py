"""Events the user has opened: the recent list (File → Open Recent) and the last programme seen of each.

The snapshot is the compact form of every session (:class:`companion.domain.changes.SessionFacts`), so
opening a newer version of a known event can say what changed since the user last looked. It also keeps the
last known facts of starred sessions the programme no longer has, so My agenda can name them by title.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.domain.event import Event
from companion.domain.text import LocalizedText, pick
from companion.store.database import rollback

if TYPE_CHECKING:
    from companion.domain.changes import SessionFacts

SNAPSHOT_VERSION = 1


@dataclass(frozen=True, slots=True)
class KnownEvent:
    """One row of the recent list."""

    event_id: str
    title: str
    path: str
    opened_at: datetime
    fallback_zone: str = ""
    """The zone the user chose for a file that names none ('' when none was chosen)."""


@dataclass(frozen=True, slots=True)
class GoneSession:
    """A starred session the programme no longer has, with its title as last seen (empty when never seen)."""

    id: str
    title: LocalizedText


def snapshot_text(event: Event, gone_starred: Sequence[Mapping[str, Any]] = ()) -> str:
    """The stored form of ``event``'s programme: JSON with every session's facts (and titles in every language).

    ``gone_starred`` are the last known records of starred sessions the programme no longer has.
    """
    from companion.domain.changes import snapshot  # remembering comes after the first paint

    records = []
    for facts in snapshot(event).values():
        record = facts.to_record()
        session = event.sessions_by_id.get(facts.id)
        if session is not None and session.title:
            record["titles"] = dict(session.title)
        records.append(record)
    doc: dict[str, Any] = {"version": SNAPSHOT_VERSION, "data_version": event.data_version, "sessions": records}
    if gone_starred:
        doc["gone_starred"] = list(gone_starred)
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def _known_records(text: str) -> dict[str, dict[str, Any]]:
    """Every session record a stored snapshot holds, gone starred ones included, by id ({} when unreadable)."""
    try:
        doc = json.loads(text) if text else {}
        records = [*doc.get("sessions", []), *doc.get("gone_starred", [])]
        return {str(r["id"]): dict(r) for r in records if isinstance(r, dict) and "id" in r}
    except (ValueError, TypeError, AttributeError):
        return {}


def _record_title(record: Mapping[str, Any] | None) -> LocalizedText:
    if record is None:
        return {}
    titles = record.get("titles")
    if isinstance(titles, dict) and titles:
        return {str(k): str(v) for k, v in titles.items()}
    title = record.get("title")
    return {"en": str(title)} if title else {}


def parse_snapshot(text: str) -> dict[str, SessionFacts] | None:
    """The facts stored by :func:`snapshot_text`; None when there is none or it cannot be read."""
    if not text:
        return None
    from companion.domain.changes import SessionFacts

    try:
        doc = json.loads(text)
        return {str(r["id"]): SessionFacts.from_record(r) for r in doc["sessions"]}
    except (ValueError, KeyError, TypeError):
        return None


class KnownEvents:
    """The ``known_events`` table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @staticmethod
    def _row(row: tuple[str, str, str, str, str]) -> KnownEvent:
        return KnownEvent(row[0], row[1], row[2], datetime.fromisoformat(row[3]), row[4])

    def recent(self, limit: int = 10) -> list[KnownEvent]:
        """Most recently opened first."""
        rows = self._conn.execute(
            "SELECT event_id, title, path, opened_at, fallback_zone FROM known_events "
            "ORDER BY opened_at DESC, event_id LIMIT ?",
            (limit,),
        )
        return [self._row(r) for r in rows]

    def get(self, event_id: str) -> KnownEvent | None:
        row = self._conn.execute(
            "SELECT event_id, title, path, opened_at, fallback_zone FROM known_events WHERE event_id = ?",
            (event_id,),
        ).fetchone()
        return self._row(row) if row else None

    def by_path(self, path: Path | str) -> KnownEvent | None:
        """The event last opened from ``path`` (to reuse the zone chosen for it)."""
        row = self._conn.execute(
            "SELECT event_id, title, path, opened_at, fallback_zone FROM known_events WHERE path = ? "
            "ORDER BY opened_at DESC LIMIT 1",
            (str(Path(path).resolve()),),
        ).fetchone()
        return self._row(row) if row else None

    def stored_snapshot(self, event_id: str) -> dict[str, SessionFacts] | None:
        row = self._conn.execute("SELECT snapshot FROM known_events WHERE event_id = ?", (event_id,)).fetchone()
        return parse_snapshot(str(row[0])) if row else None

    def gone_sessions(self, event: Event, starred: Collection[str]) -> list[GoneSession]:
        """The ``starred`` ids ``event`` no longer has, sorted by id, each with its last stored title."""
        row = self._conn.execute("SELECT snapshot FROM known_events WHERE event_id = ?", (event.id,)).fetchone()
        known = _known_records(str(row[0])) if row else {}
        have = event.sessions_by_id
        return [GoneSession(sid, _record_title(known.get(sid))) for sid in sorted(starred) if sid not in have]

    def remember(
        self,
        event: Event,
        path: Path | str,
        *,
        fallback_zone: str | None = None,
        when: datetime | None = None,
    ) -> dict[str, SessionFacts] | None:
        """Record that ``event`` was opened from ``path``; returns the snapshot stored before (None: first time).

        The new snapshot replaces the old one in the same transaction, so each change is reported once. The
        last known record of every starred session the new programme lacks is carried over into it.
        """
        moment = (when or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="microseconds")
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute(
                "SELECT snapshot, fallback_zone FROM known_events WHERE event_id = ?", (event.id,)
            ).fetchone()
            previous = parse_snapshot(str(row[0])) if row else None
            known = _known_records(str(row[0])) if row else {}
            starred = starred_session_ids(conn, event.id)
            gone = [known[sid] for sid in sorted(starred) if sid not in event.sessions_by_id and sid in known]
            text = snapshot_text(event, gone)
            zone = fallback_zone if fallback_zone is not None else (str(row[1]) if row else "")
            conn.execute(
                "INSERT INTO known_events(event_id, title, path, opened_at, snapshot, fallback_zone) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(event_id) DO UPDATE SET title = excluded.title, "
                "path = excluded.path, opened_at = excluded.opened_at, snapshot = excluded.snapshot, "
                "fallback_zone = excluded.fallback_zone",
                (event.id, pick(event.short_name) or pick(event.name), str(Path(path).resolve()), moment, text, zone),
            )
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
        return previous

    def forget(self, event_id: str) -> None:
        """Drop ``event_id`` from the recent list (its stars and logs stay)."""
        with self._conn:
            self._conn.execute("DELETE FROM known_events WHERE event_id = ?", (event_id,))


def starred_session_ids(conn: sqlite3.Connection, event_id: str) -> set[str]:
    """The ids the user starred in ``event_id`` (stars are keyed by event id, so events never mix)."""
    rows = conn.execute("SELECT session_id FROM stars WHERE event_id = ?", (event_id,))
    return {str(r[0]) for r in rows}
