"""Subscribed schedules: one row per address, with what is needed to refresh it and to find its cached copy.

The address is kept whole (a token in it is needed to refresh), in the private state file only; everything
shown or logged uses :func:`companion.services.subscriptions.redact`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime

_COLUMNS = ("url, cache_name, event_id, title, etag, last_modified, fetched_at, checked_at, zone, sessions, "
            "refresh_minutes")


def _time(text: str) -> datetime | None:
    try:
        value = datetime.fromisoformat(text) if text else None
    except ValueError:
        return None
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


@dataclass(frozen=True, slots=True)
class SubscriptionRow:
    """One subscription as stored."""

    url: str
    cache_name: str
    event_id: str = ""
    title: str = ""
    etag: str = ""
    last_modified: str = ""
    fetched_at: datetime | None = None
    """When the cached copy was last fetched or confirmed unchanged (304)."""
    checked_at: datetime | None = None
    """When a refresh was last tried, whatever its outcome."""
    zone: str = ""
    sessions: int = 0
    refresh_minutes: int = 0

    @classmethod
    def of(cls, row: tuple[object, ...]) -> SubscriptionRow:
        (url, cache_name, event_id, title, etag, modified, fetched, checked, zone, sessions, minutes) = row
        return cls(str(url), str(cache_name), str(event_id), str(title), str(etag), str(modified),
                   _time(str(fetched)), _time(str(checked)), str(zone), int(str(sessions)), int(str(minutes)))


class Subscriptions:
    """The ``subscriptions`` table on one connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def all(self) -> list[SubscriptionRow]:
        rows = self._conn.execute(f"SELECT {_COLUMNS} FROM subscriptions ORDER BY title, url").fetchall()
        return [SubscriptionRow.of(tuple(r)) for r in rows]

    def get(self, url: str) -> SubscriptionRow | None:
        row = self._conn.execute(f"SELECT {_COLUMNS} FROM subscriptions WHERE url = ?", (url,)).fetchone()
        return SubscriptionRow.of(tuple(row)) if row else None

    def add(self, url: str, cache_name: str) -> SubscriptionRow:
        with self._conn:
            self._conn.execute("INSERT OR IGNORE INTO subscriptions (url, cache_name) VALUES (?, ?)", (url, cache_name))
        found = self.get(url)
        assert found is not None
        return found

    def save(self, row: SubscriptionRow) -> None:
        def when(value: datetime | None) -> str:
            return value.isoformat() if value is not None else ""

        with self._conn:
            self._conn.execute(
                "UPDATE subscriptions SET cache_name=?, event_id=?, title=?, etag=?, last_modified=?, fetched_at=?, "
                "checked_at=?, zone=?, sessions=?, refresh_minutes=? WHERE url=?",
                (row.cache_name, row.event_id, row.title, row.etag, row.last_modified, when(row.fetched_at),
                 when(row.checked_at), row.zone, row.sessions, row.refresh_minutes, row.url),
            )

    def remove(self, url: str) -> bool:
        with self._conn:
            return self._conn.execute("DELETE FROM subscriptions WHERE url = ?", (url,)).rowcount > 0
