"""A launch looks for a running window's socket before it loads Qt's network module (``ui/single_instance.py``)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from companion.ui.single_instance import SingleInstance


@pytest.mark.skipif(sys.platform == "win32", reason="Windows names a pipe, not a file: a launch always asks")
def test_a_launch_knows_no_window_listens_while_no_socket_is_in_the_temporary_folder(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    window = SingleInstance(tmp_path / "data")
    launch = SingleInstance(tmp_path / "data")
    assert not launch.may_be_running()
    assert window.listen()
    try:
        assert (tmp_path / window.name).exists()
        assert launch.may_be_running()
        assert not SingleInstance(tmp_path / "other data").may_be_running()  # another data folder: its own window
    finally:
        window.close()
    assert not launch.may_be_running()
