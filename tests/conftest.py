"""Test-wide set-up: headless Qt, a fresh user-data folder per test, the bundled event."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REALDATA = Path(__file__).resolve().parents[1].parent / "shared" / "realdata"


@pytest.fixture(autouse=True)
def _fresh_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    from companion import paths

    data = tmp_path / "userdata"
    monkeypatch.setenv(paths.ENV_DATA_DIR, str(data))
    paths.set_data_dir(None)
    return data


@pytest.fixture(scope="session")
def bundled_event():  # type: ignore[no-untyped-def]
    from companion.resources import bundled_event_path
    from companion.sources import load_event

    return load_event(bundled_event_path())


@pytest.fixture
def realdata() -> Path:
    if not REALDATA.is_dir():
        pytest.skip(f"../shared/realdata not found at {REALDATA}")
    return REALDATA



@pytest.fixture
def state_conn() -> Iterator[sqlite3.Connection]:
    """The user-state database of this test's data folder, opened (and migrated) as the app opens it."""
    from companion import paths
    from companion.store.database import open_state

    conn = open_state(paths.state_db_path())
    yield conn
    conn.close()
