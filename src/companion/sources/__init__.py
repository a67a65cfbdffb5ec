"""Readers that turn event files into :class:`companion.domain.event.Event` values."""

from companion.sources.errors import EventFileError
from companion.sources.loader import load_event

__all__ = ["EventFileError", "load_event"]
