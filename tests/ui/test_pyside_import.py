"""PySide's look at each imported module is made cheap for the window's start (``ui/pyside_import.py``).

PySide6 decides whether each module imported after it "uses PySide" by reading its whole source through
``inspect`` (which keeps the lines in ``linecache``). Companion answers the same question from the file's bytes.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import companion
from companion.ui import pyside_import
from companion.ui.pyside_import import FEATURE_CHECK, FEATURE_MODULE, import_pyside, mentions_pyside


def _pysides_check() -> object:
    import shiboken6  # noqa: F401

    feature = sys.modules.get(FEATURE_MODULE)
    check = getattr(feature, FEATURE_CHECK, None)
    if check is None:
        pytest.skip(f"this PySide6 has no {FEATURE_MODULE}.{FEATURE_CHECK} (nothing to replace)")
    return check


def test_the_check_answers_as_pysides_own_for_every_module() -> None:
    check = _pysides_check()
    assert check is not mentions_pyside, "PySide's own check was already replaced in this process"
    for info in pkgutil.walk_packages(companion.__path__, "companion."):
        importlib.import_module(info.name)
    modules = [module for module in list(sys.modules.values()) if module is not None]
    answers = {module.__name__: mentions_pyside(module) for module in modules}
    assert answers == {module.__name__: check(module) for module in modules}  # type: ignore[operator]
    # both kinds are among them: the window's modules mention PySide6, the domain's do not
    assert answers["companion.ui.main_window"] is True
    assert answers["companion.domain.event"] is False
    assert answers["sys"] is False  # built in: no source file


def test_a_module_without_a_readable_source_does_not_use_pyside(tmp_path: Path) -> None:
    gone = type(sys)("gone")
    gone.__file__ = str(tmp_path / "gone.py")  # no such file
    assert mentions_pyside(gone) is False
    compiled = type(sys)("compiled")
    compiled.__file__ = str(tmp_path / "compiled.cpython-311.so")
    assert mentions_pyside(compiled) is False


def test_import_pyside_replaces_pysides_check(monkeypatch: pytest.MonkeyPatch) -> None:
    check = _pysides_check()
    feature = sys.modules[FEATURE_MODULE]
    monkeypatch.setattr(feature, FEATURE_CHECK, check)  # put back after the test
    assert import_pyside() is True
    assert getattr(feature, FEATURE_CHECK) is mentions_pyside


def test_without_pysides_feature_module_nothing_is_replaced(monkeypatch: pytest.MonkeyPatch) -> None:
    _pysides_check()
    monkeypatch.setitem(sys.modules, FEATURE_MODULE, type(sys)(FEATURE_MODULE))
    assert pyside_import.import_pyside() is False


_START = textwrap.dedent(
    """
    import argparse, json, linecache, sys, types
    import companion.__main__ as main
    if sys.argv[1] == "pysides-own":
        import companion.ui.pyside_import as pyside_import
        pyside_import.import_pyside = lambda: False
    def run_gui(args):
        del sys.modules["companion.app"]
        import companion.app  # the window's modules, imported as the start imports them
        read = sorted(name for name in linecache.cache if "companion" in name)
        print(json.dumps(read))
        return 0
    stand_in = types.ModuleType("companion.app")
    stand_in.run_gui = run_gui
    sys.modules["companion.app"] = stand_in
    main.open_window(argparse.Namespace(command=None))
    """
)


def _sources_read_at_start(variant: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _START, variant], capture_output=True, text=True, timeout=120, check=True
    )
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_the_windows_start_reads_no_modules_source_for_pyside() -> None:
    """The window's start imports its modules without PySide reading their sources (kept in ``linecache``);
    the control, with PySide's own check, reads dozens."""
    _pysides_check()
    assert _sources_read_at_start("as-started") == []
    assert len(_sources_read_at_start("pysides-own")) > 20


_HOSTED_START = textwrap.dedent(
    """
    import json, linecache, sys, types
    import PySide6.QtWidgets  # the host's (a probe's, a test runner's) own import, before the app's entry point
    import companion.__main__ as main
    if sys.argv[1] == "pysides-own":
        import companion.ui.pyside_import as pyside_import
        pyside_import.import_pyside = lambda: False
    def run_gui(args):
        read = sorted(name for name in linecache.cache if "companion" in name and not any(
            before in name for before in ("__init__", "__main__", "_version", "pyside_import")))
        print(json.dumps(read))
        return 0
    stand_in = types.ModuleType("companion.app")
    stand_in.run_gui = run_gui
    sys.modules["companion.app"] = stand_in
    sys.argv = ["companion"]
    try:
        main.main()
    except SystemExit:
        pass
    """
)


def test_a_start_after_pyside_was_imported_reads_no_modules_source_for_pyside() -> None:
    """When something imported PySide6 before the entry point (tools/probes/start_probe.py does), the start makes
    PySide's check cheap before importing the Qt-free modules it imports first; the control reads their sources.
    (The modules imported before the check is replaced, the entry point and the module replacing it, are left out.)"""
    _pysides_check()

    def read(variant: str) -> list[str]:
        done = subprocess.run([sys.executable, "-c", _HOSTED_START, variant], capture_output=True, text=True,
                              timeout=120, check=True)
        return list(json.loads(done.stdout.strip().splitlines()[-1]))

    assert read("as-started") == []
    assert len(read("pysides-own")) > 10
