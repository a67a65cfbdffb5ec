"""The agenda's item models, read through model.data() without any widget."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from companion.domain.event import Event, TimeStatus
from companion.ui.models.sessions import SESSION_ROLE, SessionFilterProxy, SessionTableModel

MAY = {d: date(2025, 5, d) for d in (12, 13, 14, 15)}


@pytest.fixture
def proxy(qapp, bundled_event: Event) -> SessionFilterProxy:  # type: ignore[no-untyped-def]
    model = SessionTableModel(bundled_event)
    proxy = SessionFilterProxy()
    proxy.setSourceModel(model)
    model.setParent(proxy)
    return proxy


def _ids(proxy: SessionFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(SESSION_ROLE).id for r in range(proxy.rowCount())]


def test_rows_carry_the_session_and_say_what_is_not_published(qapp, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    model = SessionTableModel(bundled_event)
    rows = {model.index(r, 0).data(SESSION_ROLE).id: r for r in range(model.rowCount())}
    plenary = rows["opening-plenary"]
    time_text = model.index(plenary, SessionTableModel.TIME).data()
    assert time_text.startswith("~") and "10:30" in time_text  # the mark in every row, the word in its tooltip
    assert "indicative" not in time_text
    assert "Indicative" in model.index(plenary, SessionTableModel.TIME).data(Qt.ItemDataRole.ToolTipRole)
    assert "indicative" in model.index(plenary, SessionTableModel.TIME).data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.index(plenary, SessionTableModel.ROOM).data() == "Room not published"
    assert model.index(plenary, SessionTableModel.TYPE).data() == "Plenary"
    assert "Makhtumkuli Akmuradov" in model.index(plenary, SessionTableModel.PEOPLE).data()
    untimed = rows["resiland-rac-3"]
    assert model.index(untimed, SessionTableModel.TIME).data() == "Time not published"
    assert model.index(rows["final-session-closing"], SessionTableModel.DAY).data() == "Date not published"


def test_day_filter_lists_that_day_in_programme_order(proxy: SessionFilterProxy, bundled_event: Event) -> None:
    proxy.set_day(MAY[13])
    sessions = [proxy.session_at(r) for r in range(proxy.rowCount())]
    assert {s.id for s in sessions} == {s.id for s in bundled_event.sessions if s.day == MAY[13]}
    timed = [s for s in sessions if s.start is not None]
    assert [s.start for s in timed] == sorted(s.start for s in timed)
    assert all(s.time_status is TimeStatus.UNKNOWN for s in sessions[len(timed) :])
    proxy.set_day(MAY[15])
    assert proxy.rowCount() == 0
    proxy.set_day(None)
    assert {s.day for s in proxy.visible_sessions()} == {None}


def test_type_filter(proxy: SessionFilterProxy) -> None:
    proxy.set_day(MAY[13])
    proxy.set_types({"panel"})
    assert sorted(_ids(proxy)) == ["climate-finance-panel", "un-agencies-panel"]
    proxy.set_types(None)
    assert len(_ids(proxy)) > 2


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("МОЛОДЕЖИ", "osce-youth-women-seminar"),  # Russian title, upper case
        ("jasyl kopir", "parallel-green-bridge"),  # Kazakh Latin "Jasyl köpır" typed without marks
        ("JASYL KÖPİR", "parallel-green-bridge"),  # ... or with a dotted capital İ
        ("ENDEMIC flora", "endemic-flora-fauna-exhibition"),
    ],
)
def test_search_ignores_case_and_marks_in_every_language(proxy: SessionFilterProxy, typed: str, expected: str) -> None:
    proxy.set_day(MAY[15])
    proxy.set_search(typed)
    assert proxy.is_searching
    assert expected in _ids(proxy)


def test_search_finds_people_by_any_spelling_across_days(proxy: SessionFilterProxy, bundled_event: Event) -> None:
    proxy.set_day(MAY[12])
    expected = {s.id for s in bundled_event.sessions_of_person("charygeldi-babanyazov")}
    for spelling in ("ЧАРЫГЕЛДИ бабаныязов", "Babanijazow"):
        proxy.set_search(spelling)
        assert set(_ids(proxy)) == expected  # 13 May and the undated closing session, seen from 12 May
    proxy.set_search("MAGTYMGULY")
    assert _ids(proxy) == ["opening-plenary"]


def test_search_and_type_filter_combine(proxy: SessionFilterProxy) -> None:
    proxy.set_search("climate finance")
    everything = set(_ids(proxy))
    proxy.set_types({"panel"})
    assert set(_ids(proxy)) == {"climate-finance-panel"} < everything
    proxy.set_search("")
    proxy.set_types(None)
    assert not proxy.is_searching


def test_nothing_matches_nonsense(proxy: SessionFilterProxy) -> None:
    proxy.set_search("zzqx")
    assert proxy.rowCount() == 0
