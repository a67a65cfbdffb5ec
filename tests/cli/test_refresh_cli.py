"""``companion refresh`` and ``companion --event URL`` against a real server on 127.0.0.1: exit 0/1/2, one line
per subscription, the last good copy used offline with its age, tokens redacted."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from companion.cli import main
from schedule_server import Route, ScheduleServer, democon, drop_all, retitle_first


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


@pytest.fixture
def server() -> Iterator[ScheduleServer]:
    with ScheduleServer() as running:
        yield running


def test_refresh_exit_codes_follow_diff(server: ScheduleServer, capsys: pytest.CaptureFixture[str]) -> None:
    server.routes["/s.json"] = Route(democon(), etag='"1"')
    url = server.url("/s.json?token=SECRET")
    assert main(["refresh", url]) == 1  # subscribed: something new
    first = capsys.readouterr().out
    assert "subscribed, 36 sessions" in first and "SECRET" not in first
    assert main(["refresh"]) == 0
    assert capsys.readouterr().out.strip().endswith("not changed")
    server.routes["/s.json"] = Route(democon(retitle_first), etag='"2"')
    assert main(["refresh"]) == 1
    assert "1 sessions changed" in capsys.readouterr().out
    server.routes["/s.json"] = Route(status=500)
    assert main(["refresh"]) == 2
    out = capsys.readouterr().out
    assert "answered 500" in out and "The copy fetched just now is kept." in out and "SECRET" not in out


def test_refresh_refuses_a_programme_that_drops_every_session(server: ScheduleServer,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    server.routes["/s.json"] = Route(democon())
    url = server.url("/s.json")
    assert main(["refresh", url]) == 1
    server.routes["/s.json"] = Route(democon(drop_all))
    assert main(["refresh"]) == 2
    assert "0 sessions instead of 36" in capsys.readouterr().out
    assert main(["agenda", "--event", url]) == 0  # still the good copy
    assert main(["refresh", "--accept-drop"]) == 1


def test_event_url_works_offline_from_the_copy(capsys: pytest.CaptureFixture[str]) -> None:
    with ScheduleServer() as server:
        server.routes["/s.json"] = Route(democon())
        url = server.url("/s.json")
        assert main(["--event", url, "agenda"]) == 0
        online = capsys.readouterr()
        assert "Focused 5thgeneration hardware" in online.out
    assert main(["--event", url, "agenda"]) == 0  # the server is gone
    offline = capsys.readouterr()
    assert online.out == offline.out
    assert "fetched just now" in offline.err and "cannot reach the server" in offline.err


def test_event_url_without_a_copy_fails_with_status_2(server: ScheduleServer,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--event", server.url("/nothing.json"), "agenda"])
    assert exited.value.code == 2
    assert "answered 404" in capsys.readouterr().err


def test_refresh_without_subscriptions_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["refresh"]) == 0
    assert "no subscriptions" in capsys.readouterr().err
