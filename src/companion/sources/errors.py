"""The one error every reader raises: which file, where in it, and what is wrong."""

from __future__ import annotations

from pathlib import Path


class EventFileError(Exception):
    """An event file that cannot be read. ``location`` is a JSON path, an XML path or a line number."""

    def __init__(self, path: Path | str, location: str, problem: str) -> None:
        self.path = Path(path)
        self.location = location
        self.problem = problem
        where = f" at {location}" if location else ""
        super().__init__(f"{self.path.name}{where}: {problem}")
