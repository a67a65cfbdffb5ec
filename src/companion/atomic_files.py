"""One way to write a file so that the user's previous copy survives anything: full disk, kill -9, power cut.

The new content goes to a temporary file in the target's own folder (``.<name>.<pid>.<random>.part``, created
with ``O_EXCL | O_NOFOLLOW``, so a planted symbolic link is never followed), is flushed and fsync'ed, and is
then renamed over the target: at every instant the target holds the old complete file or the new complete one.
On any error the temporary file is removed and the old file is left as it was; a ``.part`` file left by a
killed writer is removed by the next write to the same target.

What is not a regular file is never replaced: a device or a pipe (``-o /dev/null``, ``-o >(gzip)``) is written
through directly, and a symbolic link the user made has its target replaced, not the link. A folder is refused.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

PART_SUFFIX = ".part"
DEFAULT_MODE = 0o666  # less the umask, like any file a program creates


def resolve_target(path: Path | str) -> Path:
    """Where writing ``path`` really goes: the final target of a symbolic link (made absolute)."""
    target = Path(os.path.abspath(os.fspath(path)))
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    return target


def is_special(path: Path | str) -> bool:
    """True for an existing device, pipe or socket (written through, never replaced)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)


@contextlib.contextmanager
def atomic_writer(path: Path | str, *, mode: int | None = None, exclusive: bool = False) -> Iterator[BinaryIO]:
    """A binary file to write; when the block ends without an error it becomes ``path`` in one step.

    ``mode``: the new file's exact permission bits (e.g. 0o600 for private files, whatever the umask); by
    default an existing target's mode is kept and a new file gets 0o666 less the umask. ``exclusive``: fail
    with FileExistsError instead of replacing an existing target (the temporary file is removed either way).
    Raises OSError (the target untouched) when the file cannot be written.
    """
    target = Path(os.path.abspath(os.fspath(path)))
    if is_special(target):
        if exclusive:
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target))
        with open(target, "wb") as through:  # a device or a pipe: nothing there to keep
            yield through
        return
    target = resolve_target(target)
    if target.is_dir():
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(target))
    folder = target.parent
    remove_stale_parts(target)
    keep_mode = mode
    if keep_mode is None:
        with contextlib.suppress(OSError):
            keep_mode = stat.S_IMODE(os.stat(target).st_mode)
    try:
        fd, named = _temporary(folder, target.name, keep_mode)
    except OSError as exc:
        raise _naming(exc, target) from exc
    done = False
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            _link_new(named, target)
        else:
            os.replace(named, target)
        done = True
        _sync_folder(folder)
    except OSError as exc:
        raise _naming(exc, target) from exc
    finally:
        if not done:
            with contextlib.suppress(OSError):
                os.unlink(named)


def _naming(exc: OSError, target: Path) -> OSError:
    """``exc`` about ``target``: the user named the target, never the temporary ``.part`` file beside it."""
    named = Path(os.fspath(exc.filename)) if exc.filename is not None else None
    if named is None or (named.parent == target.parent and named.name.endswith(".part")):
        return type(exc)(exc.errno, exc.strerror, str(target))
    return exc


def _link_new(named: Path, target: Path) -> None:
    """Give ``named`` the name ``target`` unless that exists (FileExistsError), then drop the ``.part`` name."""
    try:
        os.link(named, target)  # never replaces: FileExistsError when someone was first
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):  # a file system without hard links: check, then rename (a small race)
            raise FileExistsError(errno.EEXIST, os.strerror(errno.EEXIST), str(target)) from None
        os.rename(named, target)
        return
    os.unlink(named)


def write_atomic(path: Path | str, data: bytes, *, mode: int | None = None, exclusive: bool = False) -> Path:
    """Write ``data`` to ``path`` with :func:`atomic_writer`; returns the path as given."""
    with atomic_writer(path, mode=mode, exclusive=exclusive) as handle:
        handle.write(data)
    return Path(path)


def part_prefix(target: Path) -> str:
    return f".{target.name}."


def remove_stale_parts(target: Path, *, any_name: bool = False) -> list[Path]:
    """Remove ``.part`` files beside ``target`` left by a writer that was killed (its process is gone).

    ``any_name``: every such file in ``target``'s folder, not only those of ``target`` (for a private folder
    whose files are all written this way, like the badge keys).
    """
    removed: list[Path] = []
    prefix = "." if any_name else part_prefix(target)
    try:
        names = os.listdir(target.parent)
    except OSError:
        return removed
    for name in names:
        if not (name.startswith(prefix) and name.endswith(PART_SUFFIX)):
            continue
        middle = name[len(prefix):-len(PART_SUFFIX)].split(".")[-2:]
        if len(middle) != 2 or not middle[0].isdigit() or _alive(int(middle[0])):
            continue
        leftover = target.parent / name
        try:
            if stat.S_ISREG(os.lstat(leftover).st_mode):
                os.unlink(leftover)
                removed.append(leftover)
        except OSError:
            continue
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process is not writing that target now (one writer per target per process)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def _part_name(folder: Path, name: str) -> Path:
    return folder / f".{name}.{os.getpid()}.{secrets.token_hex(4)}{PART_SUFFIX}"


def _temporary(folder: Path, name: str, mode: int | None) -> tuple[int, Path]:
    """A new ``.part`` file in ``folder``, open for writing (never through a link planted at its name)."""
    create_mode = DEFAULT_MODE if mode is None else 0o600
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        part = _part_name(folder, name)
        try:
            fd = os.open(part, flags, create_mode)
        except FileExistsError:
            continue
        try:
            return _with_mode(fd, mode), part
        except BaseException:
            os.unlink(part)
            raise


def _with_mode(fd: int, mode: int | None) -> int:
    if mode is not None:
        try:
            os.fchmod(fd, mode)
        except BaseException:
            os.close(fd)
            raise
    return fd


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
