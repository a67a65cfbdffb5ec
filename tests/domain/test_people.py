"""People and delegation look-ups over the bundled event: links both ways and search in every script."""

from __future__ import annotations

import pytest

from companion.domain.event import Event
from companion.domain.people import (
    PeopleIndex,
    delegation_of,
    head_of,
    members_of,
    ordered_delegations,
    ordered_people,
    sessions_by_person,
    sessions_of_delegation,
    sessions_of_person,
)


@pytest.fixture(scope="module")
def index(bundled_event: Event) -> PeopleIndex:
    return PeopleIndex(bundled_event)


@pytest.mark.parametrize(
    ("typed", "person_id"),
    [
        ("Бабаныязов", "charygeldi-babanyazov"),
        ("Babaniyazov", "charygeldi-babanyazov"),
        ("babanijazow", "charygeldi-babanyazov"),
        ("BABANYAZOV", "charygeldi-babanyazov"),
        ("Magtymguly", "makhtumkuli-akmuradov"),
        ("Makhtumkuli", "makhtumkuli-akmuradov"),
        ("Mahmudov", "zafar-makhmudov"),
        ("Makhmudov", "zafar-makhmudov"),
        ("Oşurbaev", "mansur-oshurbaev"),
        ("Ошурбаев", "mansur-oshurbaev"),
        ("Oshurbaev", "mansur-oshurbaev"),
        ("osurbaev", "mansur-oshurbaev"),
        ("мансұр", "mansur-oshurbaev"),
        ("мансур ошурбаев", "mansur-oshurbaev"),  # Kazakh ұ typed on a Russian keyboard
    ],
)
def test_every_reported_spelling_finds_the_same_person(index: PeopleIndex, typed: str, person_id: str) -> None:
    hits = index.search(typed)
    assert [p.id for p in hits.people] == [person_id]


def test_spellings_in_two_scripts_find_one_record(index: PeopleIndex) -> None:
    assert index.search("Бабаныязов").people == index.search("Babaniyazov").people


@pytest.mark.parametrize(
    ("typed", "delegation_id"),
    [("RECCA", "carec"), ("РЭЦЦА", "carec"), ("Қазақстан", "kazakhstan"), ("казахстан", "kazakhstan"),
     ("Qazaqstan", "kazakhstan"), ("o'zbekiston", "uzbekistan"), ("Türkmenistan", "turkmenistan")],
)
def test_delegations_are_found_by_name_and_alias(index: PeopleIndex, typed: str, delegation_id: str) -> None:
    assert delegation_id in [d.id for d in index.search(typed).delegations]


def test_name_matches_rank_before_role_matches(index: PeopleIndex, bundled_event: Event) -> None:
    hits = index.search("world bank")
    assert {p.delegation_id for p in hits.people} == {"world-bank"}
    assert hits.delegations[0].id == "world-bank"
    assert index.search("").is_empty
    assert index.search("glacier zzz").is_empty


def test_head_and_members(bundled_event: Event) -> None:
    head = head_of(bundled_event, "kazakhstan")
    assert head is not None and head.name == "M. Oshurbaev"
    assert members_of(bundled_event, "kazakhstan") == [head]
    assert head_of(bundled_event, "kyrgyzstan") is None
    assert members_of(bundled_event, "kyrgyzstan") == []
    carec = members_of(bundled_event, "carec")
    assert carec[0].id == bundled_event.delegations["carec"].head_person_id
    assert {p.id for p in carec} == set(bundled_event.delegations["carec"].member_ids)
    assert members_of(bundled_event, "no-such-delegation") == []


def test_person_sessions_carry_their_role_there(bundled_event: Event) -> None:
    minister = sessions_of_person(bundled_event, "charygeldi-babanyazov")
    assert [ps.session.id for ps in minister] == ["opening-ceremony", "final-session-closing"]
    assert [ps.role["en"] for ps in minister] == ["Welcome remarks", "Panellist"]
    assert sessions_of_person(bundled_event, "mansur-oshurbaev") == []
    assert sessions_of_person(bundled_event, "zafar-makhmudov") == []


def test_delegation_sessions_name_who_takes_part(bundled_event: Event) -> None:
    tm = sessions_of_delegation(bundled_event, "turkmenistan")
    assert [ds.session.id for ds in tm] == ["opening-ceremony", "opening-plenary", "final-session-closing"]
    plenary = tm[1]
    assert [(p.id, role["en"]) for p, role in plenary.people] == [("makhtumkuli-akmuradov", "Moderator")]
    assert sessions_of_delegation(bundled_event, "kazakhstan") == []


def test_every_session_a_delegation_lists_has_one_of_its_people(bundled_event: Event) -> None:
    for d in bundled_event.delegations.values():
        member_ids = set(d.member_ids)
        for ds in sessions_of_delegation(bundled_event, d.id):
            assert member_ids & {p.person_id for p in ds.session.participants}, (d.id, ds.session.id)


def test_delegation_of_person(bundled_event: Event) -> None:
    d = delegation_of(bundled_event, "loik-rahmonzoda")
    assert d is not None and d.id == "tajikistan"
    assert delegation_of(bundled_event, "nury-jumashov") is None
    assert delegation_of(bundled_event, "nobody") is None


def test_countries_come_first_and_everyone_is_listed(bundled_event: Event) -> None:
    kinds = [d.kind for d in ordered_delegations(bundled_event)]
    assert kinds == sorted(kinds, key=lambda k: k != "country")
    assert kinds.count("country") == 5
    assert len(ordered_people(bundled_event)) == len(bundled_event.people)


def test_all_sessions_at_once_agree_with_one_by_one(bundled_event: Event) -> None:
    everyone = sessions_by_person(bundled_event)
    for person_id in bundled_event.people:
        assert everyone.get(person_id, []) == sessions_of_person(bundled_event, person_id)


def test_typing_on_finds_what_a_fresh_search_finds_in_the_same_order() -> None:
    """The index looks only at the last query's hits when the new one narrows it ("ch" to "chr", a word added);
    every step must give what a new index gives for the same query: the same people, delegations, order."""
    from pathlib import Path

    from companion.sources import load_event

    event = load_event(Path(__file__).resolve().parents[1] / "data" / "36c3.schedule.json")
    typing = PeopleIndex(event)
    steps = ["e", "er", "er a", "er", "e", "ch", "chr", "chri", "chr", "a", "ar", "zzz", "ar", "a r", "ada"]
    for text in steps:
        fresh = PeopleIndex(event).search(text)
        got = typing.search(text)
        assert got == fresh, text
        assert got.people or text == "zzz", text  # each step finds someone: the test compares real lists
