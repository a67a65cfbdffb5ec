"""How the window names a file that could not be read: the file, the place in it when known, the problem."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.domain.message import Message, fill, render
from companion.sources.errors import UnreadableFileError, system_error


def translated(text: Message | str) -> str:
    """A message from a Qt-free layer in the window's language (plain text passes through)."""
    return render(text, QCoreApplication.translate)


def file_problem_text(error: UnreadableFileError) -> str:
    """``events.json (at line 3, column 7): not valid JSON`` or ``empty.csv: the file has no header row``."""
    location, problem = translated(error.location), translated(error.problem)
    if location:
        return fill(QCoreApplication.translate("FileProblem", "%1 (at %2): %3"), error.path, location, problem)
    return fill(QCoreApplication.translate("FileProblem", "%1: %2"), error.path, problem)


def write_problem_text(error: OSError) -> str:
    """Why a file could not be written (no such folder, no permission, disk full), in the window's language."""
    return translated(system_error(error, writing=True))
