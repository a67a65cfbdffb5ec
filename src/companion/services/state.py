"""The user-state file as the services use it: one SQLite connection per thread."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

StateConnection = sqlite3.Connection
"""The type of a connection to the user-state file (for callers that must not import ``sqlite3``)."""

MEMORY = ":memory:"


class StateConnections:
    """One SQLite connection to the user-state file per thread (SQLite connections belong to their thread).

    The file is opened (and migrated) the first time a thread asks for it. ``main``, when given, is an
    already open connection that the thread creating this object uses (the window's start-up, tests); an
    in-memory database (``:memory:``, used when the state file cannot be opened) is one connection shared by
    every thread, each use serialised by SQLite.
    """

    def __init__(self, path: Path | str | Callable[[], Path], main: sqlite3.Connection | None = None) -> None:
        self._path_source = path
        self._path: Path | None = None
        self._resolved = False
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []
        self._shared: sqlite3.Connection | None = None
        self._owned_main = main is None
        if main is not None:
            self._local.conn = main
            if self.path is None:
                self._shared = main

    @property
    def path(self) -> Path | None:
        """The state file; None for an in-memory state. A callable given for it is called the first time
        (so a command that never touches the state never creates its folder)."""
        if not self._resolved:
            source = self._path_source
            value = source() if callable(source) else source
            self._path = Path(value) if str(value) != MEMORY else None
            self._resolved = True
        return self._path

    @classmethod
    def of(cls, conn: sqlite3.Connection) -> StateConnections:
        """Per-thread connections to the file ``conn`` is open on; ``conn`` serves the calling thread."""
        path = ""
        for row in conn.execute("PRAGMA database_list"):
            if row[1] == "main":
                path = str(row[2] or "")
        return cls(path or MEMORY, main=conn)

    def get(self) -> sqlite3.Connection:
        """This thread's connection; raises :class:`~companion.store.database.StateDatabaseError` when the file
        cannot be used."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            return conn
        with self._lock:
            if self._shared is not None:
                conn = self._shared
            else:
                from companion.store.database import open_state

                conn = open_state(self.path if self.path is not None else MEMORY)
                self._all.append(conn)
                if self.path is None:
                    self._shared = conn
        self._local.conn = conn
        return conn

    def close_all(self) -> None:
        """Close the connections opened here (not a ``main`` connection handed in, which its owner closes)."""
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
            self._shared = None
        self._local = threading.local()
