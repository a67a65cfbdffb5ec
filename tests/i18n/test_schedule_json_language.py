"""schedule.json written in Russian or Kazakh: the fixed words Companion adds follow the language too."""

from __future__ import annotations

import pytest

from companion.domain.event import Event, TimeStatus
from companion.domain.text import pick
from companion.exports.schedule_json import build_schedule


def _sessions(document: dict) -> dict[str, dict]:  # type: ignore[type-arg]
    return {
        e["origin_url"].rsplit(":", 1)[1]: e
        for day in document["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for e in events
    }


@pytest.mark.parametrize(
    ("language", "room", "tag", "abstract"),
    [
        ("en", "Room not published", "[indicative time]", "Indicative time"),
        ("ru", "Зал не опубликован", "[ориентировочное время]", "Ориентировочное время"),
        ("kk", "Залы жарияланбаған", "[шамамен уақыт]", "Шамамен алынған уақыт"),
        ("kk-Latn", "Zaly jariialanbaǧan", "[şamamen uaqyt]", "Şamamen alynǧan uaqyt"),
    ],
)
def test_fixed_words_follow_the_language(
    bundled_event: Event, language: str, room: str, tag: str, abstract: str
) -> None:
    written = _sessions(build_schedule(bundled_event, language).document)
    indicative = [s for s in bundled_event.sessions if s.time_status is TimeStatus.INDICATIVE]
    assert indicative
    for session in indicative:
        record = written[session.id]
        assert record["title"] == f"{pick(session.title, language)} {tag}"
        assert record["abstract"].startswith(abstract)
        assert record["room"] == room
    assert all(room in day["rooms"] for day in build_schedule(bundled_event, language).document["schedule"][
        "conference"]["days"] if day["rooms"])


def test_translated_descriptions_say_so(bundled_event: Event) -> None:
    russian = _sessions(build_schedule(bundled_event, "ru").document)
    english = _sessions(build_schedule(bundled_event, "en").document)
    note = "перевод Companion с английского"
    assert russian and all(note in r["abstract"] for r in russian.values() if r["abstract"])
    assert not any("translation from English" in r["abstract"] for r in english.values())
