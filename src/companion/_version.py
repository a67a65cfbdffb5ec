"""The version of Companion: the one source the package, the command line and a frozen bundle read.

A literal, not ``importlib.metadata.version("companion")``: reading the installed metadata cost ~30–60 ms of
every start (``companion --version`` included) and finds nothing in a frozen bundle (PyInstaller), which has
no ``.dist-info``. ``tests/test_version.py`` keeps it equal to ``version`` in ``pyproject.toml``.
"""

__version__ = "0.1.0"
