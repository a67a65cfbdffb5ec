"""Where a file dialog starts: the folder used last for that purpose, else the user's documents folder.

Never the working folder (an application started from a menu has "/" or its install folder there).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from companion.services.settings import SettingsService


def documents_folder() -> Path:
    """The user's documents folder, or the home folder where the desktop names none."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(found) if found else Path.home()
    return folder if folder.is_dir() else Path.home()


def start_folder(settings: SettingsService, key: str) -> Path:
    """The folder remembered under ``key`` if it still exists, else the documents folder."""
    saved = settings.get(key)
    if saved:
        folder = Path(saved)
        if folder.is_dir():
            return folder
    return documents_folder()


def remember_folder(settings: SettingsService, key: str, chosen: Path | str) -> None:
    """Remember the folder of the file ``chosen`` (or ``chosen`` itself when it is a folder) under ``key``."""
    path = Path(chosen)
    settings.set(key, str(path if path.is_dir() else path.parent))
