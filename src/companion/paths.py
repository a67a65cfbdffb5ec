"""Where user state lives: platformdirs locations, redirected as a whole by --data-dir or COMPANION_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_DATA_DIR = "COMPANION_DATA_DIR"
_override: Path | None = None


def set_data_dir(path: Path | str | None) -> None:
    """Point every user-state location at ``path`` (from --data-dir); None goes back to the default."""
    global _override
    _override = Path(path) if path is not None else None


def data_dir() -> Path:
    """The folder for the SQLite state file, keys and logs; created on first use."""
    if _override is not None:
        base = _override
    elif os.environ.get(ENV_DATA_DIR):
        base = Path(os.environ[ENV_DATA_DIR])
    else:
        base = Path(platformdirs.user_data_dir("companion", appauthor=False))
    base.mkdir(parents=True, exist_ok=True)
    return base


def state_db_path() -> Path:
    return data_dir() / "companion.sqlite3"
