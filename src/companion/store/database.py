"""Opening the user-state database: WAL journal, foreign keys on, migrations applied."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.store.migrations import MIGRATIONS


class StateDatabaseError(Exception):
    """The user-state file cannot be used (newer than this app, or not a database).

    ``problem`` says why in words the window translates; ``str(error)`` is the English sentence.
    """

    def __init__(self, problem: Message | str) -> None:
        self.problem = problem
        super().__init__(str(problem))


def open_state(path: Path | str) -> sqlite3.Connection:
    """Open (creating if needed) the state database at ``path`` and bring its schema up to date."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StateDatabaseError(Message(
            QT_TRANSLATE_NOOP("SavedData", "{path} is not a readable database: {detail}"), path=str(path),
            detail=str(exc))) from exc
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every migration the file lacks, each in its own transaction.

    The version is read again inside each write transaction, so two processes opening a new state file at
    once (the window and the command line) never apply the same step twice.
    """
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current > len(MIGRATIONS):
                raise StateDatabaseError(Message(QT_TRANSLATE_NOOP(
                    "SavedData",
                    "the saved data was written by a newer Companion (schema version {found}; this version "
                    "knows up to {known})"), found=current, known=len(MIGRATIONS)))
            if current == len(MIGRATIONS):
                conn.execute("COMMIT")
                return
            for statement in MIGRATIONS[current].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
