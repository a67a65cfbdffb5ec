"""The one way readers take bytes from the disk: bounded in size, and in time where the source can stall.

Every reader (event files, schedules, star files, attendee lists) calls :func:`read_bounded`, so none of
them can be made to read ``/dev/zero`` until memory runs out or wait on a FIFO for ever:

* a regular file is checked with ``fstat`` before reading, and refused when larger than the limit;
* a pipe, FIFO or terminal (``diff old.json <(curl …)``, ``/dev/stdin``) is read as it comes, and
  refused when it sends more than the limit, sends nothing for ``idle_seconds``, or is still sending after
  ``total_seconds``;
* a device (``/dev/zero``, a disk), a socket and a folder are refused before a byte is read.

The file is opened non-blocking, so opening a FIFO that no one writes to returns at once, and its kind is
taken from the open descriptor, not from the name, so it cannot change between the check and the read.
"""

from __future__ import annotations

import os
import select
import stat
import time
from pathlib import Path

from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import EventFileError, UnreadableFileError, system_error

MB = 1024 * 1024
DEFAULT_LIMIT_BYTES = 64 * MB
"""What a reader takes at most; the largest real schedule we know (36C3, 1,351 sessions) is under 3 MB."""
DEFAULT_IDLE_SECONDS = 10.0
"""How long a pipe may send nothing before the read gives up."""
DEFAULT_TOTAL_SECONDS = 120.0
"""How long a pipe may keep sending, in all."""
_CHUNK = 1024 * 1024

TOO_LARGE = QT_TRANSLATE_NOOP("FileProblem", "the file is {size} MB; the limit is {limit} MB")
SENT_TOO_MUCH = QT_TRANSLATE_NOOP("FileProblem", "it is larger than {limit} MB (the limit)")
A_DEVICE = QT_TRANSLATE_NOOP("FileProblem", "this is a device, not a file")
A_FOLDER = QT_TRANSLATE_NOOP("FileProblem", "this is a folder, not a file")
SPECIAL = QT_TRANSLATE_NOOP("FileProblem", "this is a special file (a socket or the like), not a file")
SILENT = QT_TRANSLATE_NOOP("FileProblem", "it sent nothing for {seconds} s")
TOO_SLOW = QT_TRANSLATE_NOOP("FileProblem", "it was still sending after {seconds} s")


def _seconds(value: float) -> str:
    return f"{value:g}"


def _refuse_kind(mode: int, path: Path, error: type[UnreadableFileError]) -> None:
    """Raise for what is neither a regular file nor a stream that can be read as it comes."""
    if stat.S_ISDIR(mode):
        raise error(path, "", Message(A_FOLDER))
    if stat.S_ISBLK(mode):
        raise error(path, "", Message(A_DEVICE))
    if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)):  # a socket cannot be opened by name
        raise error(path, "", Message(SPECIAL))


def read_bounded(
    path: Path | str,
    *,
    error: type[UnreadableFileError] = EventFileError,
    limit_bytes: int = DEFAULT_LIMIT_BYTES,
    idle_seconds: float = DEFAULT_IDLE_SECONDS,
    total_seconds: float = DEFAULT_TOTAL_SECONDS,
) -> bytes:
    """The bytes of ``path``, or ``error(path, "", why)`` in words the window translates (see the module)."""
    path = Path(path)
    try:
        before = os.stat(path)
        # A device is refused before it is opened: opening a tape or serial line can have effects of its own.
        if stat.S_ISCHR(before.st_mode) and not _is_terminal_path(path):
            raise error(path, "", Message(A_DEVICE))
        _refuse_kind(before.st_mode, path, error)
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOCTTY", 0)
        flags |= getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError as exc:
        raise error(path, "", system_error(exc)) from exc
    try:
        mode = os.fstat(fd).st_mode
        _refuse_kind(mode, path, error)
        if stat.S_ISCHR(mode) and not os.isatty(fd):
            raise error(path, "", Message(A_DEVICE))
        if stat.S_ISREG(mode):
            return _read_regular(fd, path, error, limit_bytes)
        return _read_stream(fd, path, error, limit_bytes, idle_seconds, total_seconds)
    except OSError as exc:
        raise error(path, "", system_error(exc)) from exc
    finally:
        os.close(fd)


def _is_terminal_path(path: Path) -> bool:
    """True for the terminal this program runs in (``/dev/stdin`` at a prompt, ``/dev/tty``): it is read like
    a pipe. Any other character device is refused unopened."""
    try:
        rdev = os.stat(path).st_rdev
    except OSError:
        return False
    for fd in (0, 1, 2):
        try:
            if os.isatty(fd) and os.fstat(fd).st_rdev == rdev:
                return True
        except OSError:
            continue
    return False


def _too_large(path: Path, error: type[UnreadableFileError], size: int, limit: int) -> UnreadableFileError:
    return error(path, "", Message(TOO_LARGE, size=max(size // MB, limit // MB + 1), limit=limit // MB))


def _read_regular(fd: int, path: Path, error: type[UnreadableFileError], limit: int) -> bytes:
    size = os.fstat(fd).st_size
    if size > limit:
        raise _too_large(path, error, size, limit)
    parts: list[bytes] = []
    total = 0
    want = max(_CHUNK, size + 1)  # the whole file in one read, and no copy to join it (one part is returned as is)
    while True:  # read to the end, not to the size stat gave: the file may still be growing
        chunk = os.read(fd, min(want, limit + 1 - total))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise _too_large(path, error, total, limit)


def _read_stream(
    fd: int,
    path: Path,
    error: type[UnreadableFileError],
    limit: int,
    idle_seconds: float,
    total_seconds: float,
) -> bytes:
    if os.name == "nt":  # pragma: no cover - no select() on Windows pipes; the size bound still holds
        os.set_blocking(fd, True)
        return _read_regular(fd, path, error, limit)
    parts: list[bytes] = []
    total = 0
    deadline = time.monotonic() + total_seconds
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise error(path, "", Message(TOO_SLOW, seconds=_seconds(total_seconds)))
        ready, _, _ = select.select([fd], [], [], min(idle_seconds, left))
        if not ready:
            if left <= idle_seconds:
                raise error(path, "", Message(TOO_SLOW, seconds=_seconds(total_seconds)))
            raise error(path, "", Message(SILENT, seconds=_seconds(idle_seconds)))
        try:
            chunk = os.read(fd, min(_CHUNK, limit + 1 - total))
        except BlockingIOError:
            continue
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > limit:
            raise error(path, "", Message(SENT_TOO_MUCH, limit=limit // MB))
