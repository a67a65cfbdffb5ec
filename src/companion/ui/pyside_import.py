"""Importing PySide6 for the window, with PySide's check of every later import made cheap.

Once PySide6 is imported, it looks at every module imported after it, and at every module an import statement
names for the first time, for its optional ``from __feature__ import`` switches (``snake_case``,
``true_property``). It decides whether a module "uses PySide" by reading the module's whole source through
``inspect.getsource`` (``shibokensupport.feature._mod_uses_pyside``): the file found again, its encoding detected
by the tokenizer, its lines split and kept in ``linecache``, then a search for the text "PySide6". At the window's
start that is about 100 modules, 11–14 ms of a 2-core machine's time before the first paint; every page, dialog
and workflow imported later pays it again for its own modules.

:func:`import_pyside` imports PySide6's support modules and replaces that check with one that gives the same
answer for the same file (a module whose source file contains "PySide6") from the file's bytes: 2.5–3 ms for the
same modules. A module without a ``.py`` source answers False both ways (PySide's own check fails on it and says
False). Nothing changes when PySide's support module differs from the one this was written against (the check is
replaced only where it exists under that name), so a PySide6 that drops or renames it imports as before.

Companion itself uses no ``__feature__`` switch; the answer matters only to code that does.
"""

from __future__ import annotations

import sys
from types import ModuleType

FEATURE_MODULE = "shibokensupport.feature"
"""PySide's module that keeps, per module name, whether and which ``__feature__`` switches apply."""
FEATURE_CHECK = "_mod_uses_pyside"
"""Its function that tells whether a module uses PySide (called once per module name)."""


def mentions_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file contains the text "PySide6" (False without a ``.py`` source file).

    The answer of PySide's ``_mod_uses_pyside`` for the same module: that one reads the same file's text through
    ``inspect``; "PySide6" is ASCII, so it is found alike in the bytes of any encoding Python reads source in.
    """
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None) if spec is not None else None
    if not isinstance(origin, str) or not origin.endswith(".py"):
        origin = getattr(module, "__file__", None)
        if not isinstance(origin, str) or not origin.endswith(".py"):
            return False
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def import_pyside() -> bool:
    """Import PySide6's support modules (``shiboken6``) and make its per-module check cheap (see the module's
    docstring). Returns whether the check was replaced. Call before importing the window's modules."""
    import shiboken6  # noqa: F401  # loads shibokensupport, the feature module among its modules

    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, FEATURE_CHECK, None)):
        return False
    setattr(feature, FEATURE_CHECK, mentions_pyside)
    return True
