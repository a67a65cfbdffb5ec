"""The Delegations view: models without widgets, then the page driven with clicks."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt

from companion.domain.event import Event
from companion.ui.delegations.model import (
    DELEGATION_ID_ROLE,
    MEMBER_ID_ROLE,
    DelegationFilterProxy,
    DelegationsTableModel,
)
from companion.ui.delegations.page import DelegationsPage
from companion.ui.people.session_links import SESSION_ID_ROLE


def _ids(proxy: DelegationFilterProxy) -> list[str]:
    return [proxy.index(r, 0).data(DELEGATION_ID_ROLE) for r in range(proxy.rowCount())]


def test_one_row_per_country_and_organisation_countries_first(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    page = DelegationsPage(bundled_event)
    qtbot.addWidget(page)
    ids = _ids(page.proxy)
    assert sorted(ids) == sorted(bundled_event.delegations)
    kinds = [bundled_event.delegations[i].kind for i in ids]
    assert kinds[:5] == ["country"] * 5 and "country" not in kinds[5:]
    model = page.model
    head_cells = {
        page.proxy.index(r, 0).data(DELEGATION_ID_ROLE): page.proxy.index(r, DelegationsTableModel.HEAD).data()
        for r in range(page.proxy.rowCount())
    }
    assert head_cells["kazakhstan"] == "M. Oshurbaev"
    assert head_cells["kyrgyzstan"] == "Not published"
    assert model.rowCount() == len(bundled_event.delegations)


def test_filter_by_alias_script_or_member(bundled_event: Event) -> None:
    proxy = DelegationFilterProxy()
    proxy.setSourceModel(DelegationsTableModel(bundled_event))
    for typed, expected in (("РЭЦЦА", "carec"), ("recca", "carec"), ("Қазақстан", "kazakhstan"),
                            ("Qazaqstan", "kazakhstan"), ("Бабаныязов", "turkmenistan")):
        proxy.set_search(typed)
        assert _ids(proxy) == [expected], typed


def test_turkmenistan_shows_members_sessions_and_a_head_note(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    page = DelegationsPage(bundled_event)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.show_delegation("turkmenistan")
    detail = page.detail
    assert not detail.head_link.isVisible()
    assert detail.head_text.text().startswith("<b>Not published</b>")
    assert "Charygeldi Babanyazov" in detail.head_text.text()
    members = [detail.members_model.index(r, 0).data(MEMBER_ID_ROLE) for r in range(detail.members_model.rowCount())]
    assert members == ["charygeldi-babanyazov", "makhtumkuli-akmuradov"]
    sessions = [detail.sessions_model.index(r, 0).data(SESSION_ID_ROLE)
                for r in range(detail.sessions_model.rowCount())]
    assert sessions == ["opening-ceremony", "opening-plenary", "final-session-closing"]
    assert "Makhtumkuli Akmuradov (Moderator)" in detail.sessions_model.index(1, 2).data()
    assert "Host country." in detail.composition.text()
    assert "January 2025 preparation" in detail.notes.text()
    assert detail.sources.openExternalLinks() and detail.sources.text().count("<a href=") == 5

    opened_people: list[str] = []
    opened_sessions: list[str] = []
    page.person_activated.connect(opened_people.append)
    page.session_activated.connect(opened_sessions.append)
    rect = detail.members_view.visualRect(detail.members_model.index(1, 0))
    qtbot.mouseClick(detail.members_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened_people == ["makhtumkuli-akmuradov"]
    rect = detail.sessions_view.visualRect(detail.sessions_model.index(1, 0))
    qtbot.mouseClick(detail.sessions_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened_sessions == ["opening-plenary"]


def test_kazakhstan_composition_notes_and_head_link(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    page = DelegationsPage(bundled_event)
    qtbot.addWidget(page)
    page.show()
    row = _ids(page.proxy).index("kazakhstan")
    rect = page.view.visualRect(page.proxy.index(row, 0))
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    detail = page.detail
    assert detail.delegation is not None and detail.delegation.id == "kazakhstan"
    assert detail.head_link.isVisible() and detail.head_link.text().startswith("M. Oshurbaev")
    for words in ("state bodies", "NGOs", "research institutes", "Parliament"):
        assert words in detail.composition.text()
    assert "2026 Regional Climate Summit" in detail.notes.text()
    assert detail.no_sessions.isVisible() and not detail.sessions_view.isVisible()
    with qtbot.waitSignal(page.person_activated) as signal:
        qtbot.mouseClick(detail.head_link, Qt.MouseButton.LeftButton)
    assert signal.args == ["mansur-oshurbaev"]


def test_tajikistan_glacier_invitation_and_kyrgyzstan_unknowns(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    page = DelegationsPage(bundled_event)
    qtbot.addWidget(page)
    page.show()
    page.show_delegation("tajikistan")
    assert "Dushanbe, 29–31 May 2025" in page.detail.notes.text()
    page.show_delegation("kyrgyzstan")
    assert page.detail.head_text.text() == "<b>Not published</b>"
    assert page.detail.no_members.isVisible() and page.detail.no_sessions.isVisible()


def test_an_event_without_delegations_says_so(qtbot, bundled_event: Event) -> None:  # type: ignore[no-untyped-def]
    people = {k: dataclasses.replace(p, delegation_id=None) for k, p in bundled_event.people.items()}
    bare = dataclasses.replace(bundled_event, delegations={}, people=people)
    page = DelegationsPage(bundled_event)
    qtbot.addWidget(page)
    page.show()
    page.show_delegation("giz")
    page.set_event(bare)
    assert page.proxy.rowCount() == 0
    assert page.detail.delegation is None
    assert "names no delegations" in page.detail.placeholder.text()
