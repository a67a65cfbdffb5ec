"""The window on a read-only data folder: the saved stars show, starring works for the run, and it says so."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from hardening_support import Tmpfs
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from companion import app, paths
from companion.services.container import Services
from companion.store.database import open_state
from companion.store.stars import StarStore


@pytest.fixture
def data_dir_reset() -> Iterator[None]:
    yield
    paths.set_data_dir(None)


def test_a_read_only_data_folder_opens_with_the_saved_stars(
    qtbot: QtBot, tmpfs: Callable[[str], Tmpfs], monkeypatch: pytest.MonkeyPatch, data_dir_reset: None
) -> None:
    disk = tmpfs("4m")
    data = disk.path / "data"
    conn = open_state(data / "companion.sqlite3")
    StarStore(conn, "caccc-2025").add_many(["opening-plenary"])
    conn.close()
    disk.read_only()
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *a: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning shown: {a}"))
    paths.set_data_dir(data)

    state = app._open_state()  # noqa: SLF001  # the start-up step under test, without a whole window

    stars = Services.for_connection(state).stars
    assert stars.starred_ids("caccc-2025") == {"opening-plenary"}
    stars.star("caccc-2025", "green-bridge")  # works for this run, in memory
    assert stars.starred_ids("caccc-2025") == {"opening-plenary", "green-bridge"}
    assert len(said) == 1 and "read-only" in said[0] and str(data) in said[0]
    assert not any(p.name.endswith(".part") for p in data.iterdir())
    assert StarStore(open_state(data / "companion.sqlite3", readonly=True), "caccc-2025").starred_ids() == {
        "opening-plenary"}
    qtbot.wait(1)

