"""A real PostgreSQL server for the shared-store check-in tests (tests/pg_server.py: Debian's binaries, run as an
ordinary user with runuser, on a free loopback port in a temporary folder). Every test skips, saying why, when
no server can be started here."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from pg_server import PostgresServer, ServerUnavailableError

_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[PostgresServer]:
    """One server for the session (each test gets its own database on it)."""
    try:
        server = PostgresServer.create()
        server.keep_as_template()
        server.start()
    except ServerUnavailableError as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def pg_url(pg_cluster: PostgresServer) -> str:
    """The address of a fresh, empty database on the session's server."""
    return pg_cluster.create_database(f"checkin_{next(_names)}")


@pytest.fixture
def pg_private(pg_cluster: PostgresServer) -> Iterator[PostgresServer]:
    """A server of this test's own (copied from the session's fresh cluster), which the test may kill or freeze."""
    try:
        server = PostgresServer.create(template=pg_cluster)
        server.start()
    except ServerUnavailableError as exc:
        pytest.skip(f"no PostgreSQL server: {exc}")
    try:
        yield server
    finally:
        server.stop()
