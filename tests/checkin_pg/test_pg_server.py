"""The test server itself: a real PostgreSQL that accepts connections on the loopback, survives a crash
(SIGKILL) with its data, and answers again after being frozen (SIGSTOP / SIGCONT)."""

from __future__ import annotations

import psycopg
import pytest

from pg_server import PostgresServer


def test_server_keeps_committed_rows_across_a_crash(pg_private: PostgresServer) -> None:
    url = pg_private.create_database("crash")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("CREATE TABLE t (n int)")
        conn.execute("INSERT INTO t VALUES (1), (2)")
    pg_private.kill()
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(url, connect_timeout=1)
    pg_private.start()
    with psycopg.connect(url, autocommit=True) as conn:
        assert conn.execute("SELECT sum(n) FROM t").fetchone() == (3,)


def test_frozen_server_times_out_then_answers_when_thawed(pg_private: PostgresServer) -> None:
    pg_private.freeze()
    try:
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(pg_private.url(), connect_timeout=1)
    finally:
        pg_private.thaw()
    with psycopg.connect(pg_private.url(), connect_timeout=5) as conn:
        assert conn.execute("SELECT 1").fetchone() == (1,)
