"""Readers that turn event files into :class:`companion.domain.event.Event` values."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from companion.sources.errors import EventFileError

if TYPE_CHECKING:
    from companion.sources.loader import load_event

__all__ = ["EventFileError", "load_event"]


def __getattr__(name: str) -> Any:
    """``load_event`` is imported on first use, so importing one light module of this package (``errors``)
    does not load every reader (and icalendar) with it."""
    if name == "load_event":
        from companion.sources.loader import load_event

        return load_event
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
