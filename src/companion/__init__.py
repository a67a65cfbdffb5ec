"""Companion: an offline conference companion for CACCC-2025 and any frab/iCal schedule."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("companion")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_ID = "org.caccc.Companion"
