"""Opening the user-state database: WAL journal, foreign keys on, migrations applied.

The file is private to the user (0600, created so whatever the umask; a looser mode found is tightened), never
opened through a symbolic link planted in the data folder, and a busy file is waited for (:data:`BUSY_TIMEOUT`
seconds) rather than refused. ``open_state(path, readonly=True)`` reads without taking a write lock and works on
a read-only data folder. Every failure is a :class:`StateDatabaseError` whose subclass and ``problem`` say what
really happened: a full disk, a read-only folder, a file in use, a disk error, or a file that is no database.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from pathlib import Path

from companion import paths
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.store.migrations import MIGRATIONS

BUSY_TIMEOUT = 5.0  # seconds a write waits for another process (the window, another command) to finish its own
_SIDE_FILES = ("-wal", "-shm", "-journal")


class StateDatabaseError(Exception):
    """The user-state file cannot be used (newer than this app, or not a database).

    ``problem`` says why in words the window translates; ``str(error)`` is the English sentence.
    """

    def __init__(self, problem: Message | str) -> None:
        self.problem = problem
        super().__init__(str(problem))


class StateDiskFullError(StateDatabaseError):
    """The disk holding the data folder is full: nothing was saved, the file is as it was."""


class StateReadOnlyError(StateDatabaseError):
    """The data folder or the state file cannot be written (read-only mount, no permission)."""


class StateBusyError(StateDatabaseError):
    """Another process kept the file locked for longer than :data:`BUSY_TIMEOUT`."""


class StateDiskError(StateDatabaseError):
    """The system reported an input/output error reading or writing the file."""


class StateLinkError(StateDatabaseError):
    """A symbolic link stands where the state file (or its journal) should be; it is not followed."""


def _shown(path: Path | str) -> str:
    return str(path)


def state_error(exc: sqlite3.Error | OSError, path: Path | str) -> StateDatabaseError:
    """The :class:`StateDatabaseError` that says what ``exc`` (raised using the state file at ``path``) means."""
    shown = _shown(path)
    if isinstance(exc, OSError):
        if exc.errno == errno.ENOSPC:
            return _disk_full(shown)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return _read_only(shown)
        if exc.errno == errno.EIO:
            return _disk_error(shown, str(exc))
        return StateDatabaseError(Message(QT_TRANSLATE_NOOP("SavedData", "cannot open {path}: {detail}"),
                                          path=shown, detail=exc.strerror or str(exc)))
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code == sqlite3.SQLITE_FULL:
        return _disk_full(shown)
    if code == sqlite3.SQLITE_READONLY or (code in (sqlite3.SQLITE_CANTOPEN, sqlite3.SQLITE_PERM, sqlite3.SQLITE_AUTH)
                                           and not _folder_writable(Path(path))):
        return _read_only(shown)
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
        return StateBusyError(Message(QT_TRANSLATE_NOOP(
            "SavedData", "{path} is in use by another Companion (a window or a command) and stayed locked for "
            "{seconds} seconds; try again when it has finished"), path=shown, seconds=f"{BUSY_TIMEOUT:g}"))
    if code == sqlite3.SQLITE_IOERR:
        # SQLite reports a journal or shared-memory file that cannot grow as an I/O error: say "full" when it is.
        return _disk_full(shown) if _disk_nearly_full(Path(path)) else _disk_error(shown, str(exc))
    if code == sqlite3.SQLITE_CANTOPEN:
        return StateDatabaseError(Message(QT_TRANSLATE_NOOP("SavedData", "cannot open {path}: {detail}"),
                                          path=shown, detail=str(exc)))
    return StateDatabaseError(Message(
        QT_TRANSLATE_NOOP("SavedData", "{path} is not a readable database: {detail}"), path=shown, detail=str(exc)))


def _disk_full(shown: str) -> StateDiskFullError:
    return StateDiskFullError(Message(QT_TRANSLATE_NOOP(
        "SavedData", "cannot save to {path}: the disk is full (nothing was changed; free some space and try again)"),
        path=shown))


def _read_only(shown: str) -> StateReadOnlyError:
    return StateReadOnlyError(Message(QT_TRANSLATE_NOOP(
        "SavedData", "cannot save to {path}: the data folder is read-only (showing and exporting still work)"),
        path=shown))


def _disk_error(shown: str, detail: str) -> StateDiskError:
    return StateDiskError(Message(QT_TRANSLATE_NOOP(
        "SavedData", "cannot use {path}: the disk reported an input/output error ({detail})"),
        path=shown, detail=detail))


def _link_refused(path: Path) -> StateLinkError:
    return StateLinkError(Message(QT_TRANSLATE_NOOP(
        "SavedData", "{path} is a symbolic link; Companion does not follow links in its data folder"),
        path=str(path)))


def _folder_writable(path: Path) -> bool:
    folder = path.parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
    except OSError:
        return False
    return os.access(folder, os.W_OK)


def _disk_nearly_full(path: Path) -> bool:
    try:
        info = os.statvfs(path.parent)
    except OSError:
        return False
    return info.f_bavail * info.f_frsize < 256 * 1024


def _on_read_only_mount(path: Path) -> bool:
    try:
        return bool(os.statvfs(path.parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


@contextlib.contextmanager
def state_errors(path: Path | str) -> Iterator[None]:
    """Turn any sqlite3 error raised in the block into the :class:`StateDatabaseError` that names it."""
    try:
        yield
    except sqlite3.Error as exc:
        raise state_error(exc, path) from exc


def rollback(conn: sqlite3.Connection) -> None:
    """Roll back the open transaction, if SQLite has not already done so (it does on a full disk or an I/O
    error): a failing ROLLBACK must never hide the error that caused it."""
    if conn.in_transaction:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def _refuse_links(path: Path) -> None:
    for candidate in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
        if candidate.is_symlink():
            raise _link_refused(candidate)


def _make_private(path: Path) -> bool:
    """Create the state file 0600 if missing (never through a link); tighten it and its journals if looser.

    Returns True when the file was created here (so a failed first open can remove it again).
    """
    created = False
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0),
                     paths.PRIVATE_FILE_MODE)
    except FileExistsError:
        pass
    else:
        created = True
        try:
            os.fchmod(fd, paths.PRIVATE_FILE_MODE)
        finally:
            os.close(fd)
    for candidate in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
        with contextlib.suppress(OSError):
            if stat.S_IMODE(os.lstat(candidate).st_mode) & 0o077:
                paths.make_private(candidate)
    return created


def _remove_if_empty(path: Path) -> None:
    """Remove a state file this call created and could not fill (a full disk leaves no 0-byte file)."""
    with contextlib.suppress(OSError):
        if os.lstat(path).st_size == 0:
            for candidate in (path, *(path.with_name(path.name + side) for side in _SIDE_FILES)):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(candidate)


def open_state(path: Path | str, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the state database at ``path`` and bring its schema up to date; raises :class:`StateDatabaseError`.

    ``readonly``: read without writing anything and without a write lock (for commands that only show or
    export): an absent file gives an empty in-memory state, a read-only folder is fine, and a file with an older
    schema is upgraded in a private in-memory copy. Writing to a read-only state raises sqlite3's "attempt to
    write a readonly database" (:class:`StateReadOnlyError` through :func:`state_errors`).
    """
    if str(path) == ":memory:":
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        migrate(conn)
        return conn
    path = Path(os.path.abspath(path))
    _refuse_links(path)
    if readonly:
        return _open_readonly(path)
    try:
        paths.private_dir(path.parent)
        created = _make_private(path)
    except OSError as exc:
        raise state_error(exc, path) from exc
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise state_error(exc, path) from exc
    try:
        _enter_wal(conn)
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA synchronous=NORMAL")
        migrate(conn)
    except StateDatabaseError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        if created:
            _remove_if_empty(path)
        raise state_error(exc, path) from exc
    _make_private(path)  # the -wal and -shm files SQLite has just made
    return conn


def _open_readonly(path: Path) -> sqlite3.Connection:
    if not path.exists():
        conn = open_state(":memory:")
        conn.execute("PRAGMA query_only=ON")
        return conn
    uri = path.as_uri() + "?mode=ro"
    try:
        conn = _connect_readonly(uri)
    except sqlite3.Error as exc:
        if not _on_read_only_mount(path):
            raise state_error(exc, path) from exc
        # A WAL file on a read-only mount whose -shm cannot be made: nobody can be writing it, read it as is.
        try:
            conn = _connect_readonly(path.as_uri() + "?immutable=1")
        except sqlite3.Error as again:
            raise state_error(again, path) from again
    try:
        version = schema_version(conn)
        if version > len(MIGRATIONS):
            raise _newer(version)
        if version < len(MIGRATIONS):
            copy = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
            conn.backup(copy)
            conn.close()
            conn = copy
            migrate(conn)
            conn.execute("PRAGMA query_only=ON")
    except StateDatabaseError:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        raise state_error(exc, path) from exc
    return conn


def _connect_readonly(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT, isolation_level=None, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys=ON")
        schema_version(conn)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _newer(current: int) -> StateDatabaseError:
    return StateDatabaseError(Message(QT_TRANSLATE_NOOP(
        "SavedData",
        "the saved data was written by a newer Companion (schema version {found}; this version "
        "knows up to {known})"), found=current, known=len(MIGRATIONS)))


def _enter_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL. SQLite answers "locked" at once, without its busy handler, while another
    connection switches the same new file: try again until the busy timeout instead of refusing."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def migrate(conn: sqlite3.Connection) -> None:
    """Apply every migration the file lacks, each in its own transaction.

    The version is read again inside each write transaction, so two processes opening a new state file at
    once (the window and the command line) never apply the same step twice. A file already up to date is not
    write-locked at all. A failed step is rolled back (if SQLite has not already done so) and its own error is
    raised, never "cannot rollback".
    """
    while True:
        current = schema_version(conn)
        if current > len(MIGRATIONS):
            raise _newer(current)
        if current == len(MIGRATIONS):
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            current = schema_version(conn)
            if current > len(MIGRATIONS):
                raise _newer(current)
            if current == len(MIGRATIONS):
                conn.execute("COMMIT")
                return
            for statement in MIGRATIONS[current].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {current + 1}")
            conn.execute("COMMIT")
        except BaseException:
            rollback(conn)
            raise
