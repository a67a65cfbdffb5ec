"""The application's services, composed once at start-up (window or command) and created on first use."""

from __future__ import annotations

import sqlite3
import threading
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.services.badges import BadgeService
    from companion.services.jobs import JobContext  # noqa: F401  # re-exported for type hints of services


class StateConnections:
    """One SQLite connection to the user-state file per thread (SQLite connections belong to their thread).

    The file is opened (and migrated) the first time a thread asks for it.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._lock = threading.Lock()
        self._all: list[sqlite3.Connection] = []

    def get(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            from companion.store.database import open_state

            conn = open_state(self.path)
            self._local.conn = conn
            with self._lock:
                self._all.append(conn)
        return conn

    def close_all(self) -> None:
        with self._lock:
            for conn in self._all:
                conn.close()
            self._all.clear()
        self._local = threading.local()


class Services:
    """Every workflow of the app for one data folder; each service is built the first time it is used.

    Services are Qt-free: the window calls them through its job runner, the command line calls them directly.
    Add a workflow as a ``cached_property`` that imports its module inside, so a command that does not use
    it never imports it.
    """

    def __init__(self, state_path: Path) -> None:
        self.state = StateConnections(state_path)

    @cached_property
    def state_path(self) -> Path:
        return self.state.path

    @cached_property
    def badges(self) -> BadgeService:
        from companion.services.badges import BadgeService

        return BadgeService(self.state)

    def close(self) -> None:
        self.state.close_all()
