"""Where the bundled resources are, in a source tree and in an installed wheel alike."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    """The ``resources`` folder: inside the installed package, or at the top of a source checkout."""
    packaged = resources.files("companion") / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A real file-system path to a bundled resource (wheels install unzipped, so this is a plain path)."""
    node = resource_root()
    for part in parts:
        node = node / part
    return Path(str(node))


def bundled_event_path() -> Path:
    return resource_path("data", "caccc2025.json")
