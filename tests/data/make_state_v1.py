"""Write ``state-v1.sqlite3``: a user-state file as Companion wrote it at schema version 1 (settings, stars).

``tests/store/test_migrations_upgrade.py`` opens a copy with the current ``open_state`` and checks that every
setting and star survives. The file is committed, not rebuilt by the test, so that a later change to the
first migration (which must never change once shipped) or to how old files are upgraded is caught against
bytes written before that change. Run ``python tests/data/make_state_v1.py`` only to re-create it on purpose.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

OUT = Path(__file__).with_name("state-v1.sqlite3")
EVENT_ID = "caccc-2025"
SETTINGS = {"language": "ru", "agenda/view": "timeline", "agenda/day": "2025-05-13"}
STARS = {
    "opening-plenary": "2025-05-01T08:00:00+00:00",
    "osce-youth-women-seminar": "2025-05-02T09:30:00+00:00",
    "session-no-longer-in-the-programme": "2025-05-03T10:00:00+00:00",
}
"""Session id -> when it was starred (UTC, as StarStore writes it); the last id names no current session."""


def write(path: Path) -> None:
    from companion.store.migrations import MIGRATIONS

    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.executescript(MIGRATIONS[0])
        conn.execute("PRAGMA user_version = 1")
        conn.executemany("INSERT INTO settings(key, value) VALUES (?, ?)", SETTINGS.items())
        conn.executemany(
            "INSERT INTO stars(event_id, session_id, starred_at) VALUES (?, ?, ?)",
            [(EVENT_ID, sid, when) for sid, when in STARS.items()],
        )
        conn.execute("VACUUM")
    finally:
        conn.close()


if __name__ == "__main__":
    write(OUT)
