"""Companion: an offline conference companion for CACCC-2025 and any frab/iCal schedule."""

from companion._version import __version__

__all__ = ["APP_ID", "__version__"]

APP_ID = "org.caccc.Companion"
