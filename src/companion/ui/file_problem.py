"""How the window names a file that could not be read: the file, the place in it when known, the problem."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from companion.sources.errors import UnreadableFileError


def file_problem_text(error: UnreadableFileError) -> str:
    """``events.json (at line 3, column 7): not valid JSON`` or ``empty.csv: the file has no header row``."""
    if error.location:
        text = QCoreApplication.translate("FileProblem", "%1 (at %2): %3")
        return text.replace("%1", str(error.path)).replace("%2", error.location).replace("%3", error.problem)
    return QCoreApplication.translate("FileProblem", "%1: %2").replace("%1", str(error.path)).replace(
        "%2", error.problem
    )
