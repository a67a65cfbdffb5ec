"""Links between sessions, people and delegations: the bundled data holds them, and a file that breaks
one is refused on load with a message naming the file and the JSON path."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from companion.domain.event import Event
from companion.resources import bundled_event_path
from companion.sources import EventFileError, load_event

FACTS = Path(__file__).resolve().parents[3] / "shared" / "data" / "caccc2025-facts.md"


def test_every_person_in_a_session_exists(bundled_event: Event) -> None:
    for s in bundled_event.sessions:
        for p in s.participants:
            assert p.person_id in bundled_event.people, (s.id, p.person_id)


def test_every_member_exists_and_belongs_to_its_delegation(bundled_event: Event) -> None:
    for d in bundled_event.delegations.values():
        for m in d.member_ids:
            assert m in bundled_event.people, (d.id, m)
            assert bundled_event.people[m].delegation_id == d.id, (d.id, m)
        if d.head_person_id is not None:
            assert d.head_person_id in d.member_ids, d.id


def test_every_person_with_a_delegation_is_listed_in_it(bundled_event: Event) -> None:
    for p in bundled_event.people.values():
        if p.delegation_id is not None:
            assert p.id in bundled_event.delegations[p.delegation_id].member_ids, p.id


def test_every_country_and_organisation_of_the_facts_has_an_entry(bundled_event: Event) -> None:
    names = {d.name["en"].split(" (")[0] for d in bundled_event.delegations.values()}
    assert {"Kazakhstan", "Kyrgyzstan", "Tajikistan", "Turkmenistan", "Uzbekistan"} <= names
    assert {"CAREC", "World Bank", "GIZ", "European Union", "UNDP", "UNFCCC Secretariat", "OSCE", "UNCCD"} <= names


def test_reported_facts_are_carried(bundled_event: Event) -> None:
    kz = bundled_event.delegations["kazakhstan"]
    for body in ("state bodies", "NGOs", "research institutes", "Parliament"):
        assert body in kz.composition["en"]
    assert any("2026 Regional Climate Summit" in n["en"] for n in kz.notes)
    tj = bundled_event.delegations["tajikistan"]
    assert any("Dushanbe" in n["en"] and "29–31 May 2025" in n["en"] for n in tj.notes)
    minister = bundled_event.people["charygeldi-babanyazov"]
    # two reports give two titles: both are shown
    assert "Minister of Environmental Protection" in minister.role["en"]
    assert "Minister of Environment" in minister.note["en"]
    head = bundled_event.people["mansur-oshurbaev"]
    assert head.role["en"].startswith("Vice Minister of Ecology and Natural Resources")


def test_every_spelling_of_a_name_comes_from_the_facts(bundled_event: Event) -> None:
    if not FACTS.exists():
        pytest.skip("fact sheet not found")
    facts = FACTS.read_text("utf-8")
    for person in bundled_event.people.values():
        for name in person.names:
            for word in name.split():
                assert word in facts, (person.id, name)


def _broken(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    change(raw)
    out = tmp_path / "broken-event.json"
    out.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    return out


def _person(raw: dict[str, Any], pid: str) -> dict[str, Any]:
    return next(p for p in raw["people"] if p["id"] == pid)


def _delegation(raw: dict[str, Any], did: str) -> dict[str, Any]:
    return next(d for d in raw["delegations"] if d["id"] == did)


def _session_index(raw: dict[str, Any], sid: str) -> int:
    return next(i for i, s in enumerate(raw["sessions"]) if s["id"] == sid)


def _add_participant(raw: dict[str, Any]) -> None:
    raw["sessions"][_session_index(raw, "opening-plenary")]["participants"].append({"person": "ghost-speaker"})


def _unknown_member(raw: dict[str, Any]) -> None:
    _delegation(raw, "giz")["members"].append("ghost-member")


def _member_of_another(raw: dict[str, Any]) -> None:
    _delegation(raw, "giz")["members"].append("beata-peksa")


def _unknown_head(raw: dict[str, Any]) -> None:
    _delegation(raw, "kyrgyzstan")["head"] = "ghost-head"


def _head_not_member(raw: dict[str, Any]) -> None:
    _delegation(raw, "world-bank")["head"] = "loik-rahmonzoda"


def _unlisted_person(raw: dict[str, Any]) -> None:
    _person(raw, "nury-jumashov")["delegation"] = "turkmenistan"


def _unknown_delegation(raw: dict[str, Any]) -> None:
    _person(raw, "john-macgregor")["delegation"] = "ghost-delegation"


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        (_add_participant, "$.sessions[{plenary}].participants[2].person", "unknown person 'ghost-speaker'"),
        (_unknown_member, "$.delegations[{giz}].members[1]", "unknown person 'ghost-member'"),
        (_member_of_another, "$.delegations[{giz}].members[1]", "belongs to 'eu'"),
        (_unknown_head, "$.delegations[{kyrgyzstan}].head", "unknown person 'ghost-head'"),
        (_head_not_member, "$.delegations[{world-bank}].head", "not a member"),
        (_unlisted_person, "$.people[{nury-jumashov}].delegation", "not among its members"),
        (_unknown_delegation, "$.people[{john-macgregor}].delegation", "unknown delegation 'ghost-delegation'"),
    ],
)
def test_a_dangling_link_is_refused_with_file_and_place(
    tmp_path: Path, change: Callable[[dict[str, Any]], None], where: str, words: str
) -> None:
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    places = {
        "plenary": _session_index(raw, "opening-plenary"),
        **{d["id"]: i for i, d in enumerate(raw["delegations"])},
        **{p["id"]: i for i, p in enumerate(raw["people"])},
    }
    path = _broken(tmp_path, change)
    with pytest.raises(EventFileError) as info:
        load_event(path)
    assert info.value.path == path
    assert info.value.location == where.format_map(places)
    assert words in str(info.value.problem)
    assert "broken-event.json" in str(info.value)


@pytest.mark.parametrize(("key", "record_id"), [("people", "john-macgregor"), ("delegations", "giz")])
def test_an_id_used_twice_is_refused(tmp_path: Path, key: str, record_id: str) -> None:
    def duplicate(raw: dict[str, Any]) -> None:
        raw[key].append(dict(next(r for r in raw[key] if r["id"] == record_id)))

    path = _broken(tmp_path, duplicate)
    with pytest.raises(EventFileError) as info:
        load_event(path)
    raw = json.loads(bundled_event_path().read_text("utf-8"))
    assert info.value.location == f"$.{key}[{len(raw[key])}].id"
    assert f"id {record_id!r} is used twice" in str(info.value.problem)
