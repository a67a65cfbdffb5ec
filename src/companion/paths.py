"""Where user state lives: platformdirs locations, redirected as a whole by --data-dir or COMPANION_DATA_DIR.

Every location is absolute (a relative ``--data-dir mydata`` is resolved against the working folder once, when
it is first used), so it can be turned into a ``file:`` URI and stays the same if the process changes folder.

The data folder holds attendees' names and e-mails and the badge signing keys: folders are made ``0700`` and
files ``0600`` whatever the umask (:func:`private_dir`, :data:`PRIVATE_FILE_MODE`), and group or other access
found on them is removed when they are opened again.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "COMPANION_DATA_DIR"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
_override: Path | None = None


def _absolute(path: Path | str) -> Path:
    """``path`` made absolute against the working folder, without resolving symbolic links the user chose."""
    return Path(os.path.abspath(os.path.expanduser(os.fspath(path))))


def set_data_dir(path: Path | str | None) -> None:
    """Point every user-state location at ``path`` (from --data-dir); None goes back to the default."""
    global _override
    _override = _absolute(path) if path is not None else None


def data_dir(create: bool = True) -> Path:
    """The folder for the SQLite state file, keys and logs (absolute); created private on first use.

    ``create=False`` gives the path without creating anything (for read-only use: a read-only or missing
    folder is then the caller's to handle).
    """
    if _override is not None:
        base = _override
    elif os.environ.get(ENV_DATA_DIR):
        base = _absolute(os.environ[ENV_DATA_DIR])
    else:
        base = _absolute(platformdirs.user_data_dir("companion", appauthor=False))
    if create:
        private_dir(base)
    return base


def state_db_path() -> Path:
    """The state database's path (absolute); the folder is not created here (``open_state`` does that)."""
    return data_dir(create=False) / "companion.sqlite3"


def log_dir(create: bool = True) -> Path:
    """The folder for log files: ``logs`` in an overridden data folder, else the platform's log folder."""
    if _override is not None or os.environ.get(ENV_DATA_DIR):
        base = data_dir(create=False) / "logs"
    else:
        base = _absolute(platformdirs.user_log_dir("companion", appauthor=False))
    if create:
        private_dir(base)
    return base


def private_dir(path: Path) -> Path:
    """Create ``path`` (and missing parents) with mode 0700, whatever the umask; tighten an existing one.

    An existing folder keeps its owner bits and loses any group or other access; a folder this process may not
    change (read-only mount, someone else's) is left as it is. Raises OSError when it cannot be created.
    """
    try:
        os.makedirs(path, mode=PRIVATE_DIR_MODE, exist_ok=False)
    except FileExistsError:
        pass
    except OSError:
        if not path.is_dir():
            raise
    else:
        # makedirs applies the umask to the mode; set it exactly on the folder this call made.
        _tighten(path, PRIVATE_DIR_MODE)
        return path
    if not path.is_dir():
        raise NotADirectoryError(20, os.strerror(20), str(path))
    _tighten(path, None)
    return path


def make_private(path: Path) -> None:
    """Remove group and other access from an existing file or folder (best effort; never follows a link)."""
    _tighten(path, None)


def _tighten(path: Path, exact: int | None) -> None:
    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):
            return
        current = stat.S_IMODE(info.st_mode)
        wanted = exact if exact is not None else current & 0o700
        if current != wanted:
            os.chmod(path, wanted)
    except OSError:
        pass  # read-only folder, or not ours: nothing to change there
