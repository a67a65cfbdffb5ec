"""Forward migrations of the user-state database, applied in order; ``PRAGMA user_version`` is the index.

Append new steps at the end; never edit a step that has shipped.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: settings and per-event stars
    """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE stars (
        event_id   TEXT NOT NULL,
        session_id TEXT NOT NULL,
        starred_at TEXT NOT NULL,
        PRIMARY KEY (event_id, session_id)
    );
    """,
)
