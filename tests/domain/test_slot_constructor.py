"""The readers' fast constructors make the same values as the domain classes' own constructors."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

import pytest

from companion.domain.event import (
    Participation,
    Session,
    TimeStatus,
    make_participation,
    make_session,
    slot_constructor,
)


def _both() -> tuple[Session, Session]:
    start, end = datetime(2019, 12, 27, 11, tzinfo=UTC), datetime(2019, 12, 27, 12, tzinfo=UTC)
    speaker = Participation("p1", {"en": "speaker"})
    checked = Session(
        id="s1",
        title={"en": "Opening"},
        type_id="talk",
        day=date(2019, 12, 27),
        start=start,
        end=end,
        time_status=TimeStatus.EXACT,
        room_id="hall-a",
        track_id=None,
        participants=(speaker,),
        description={"en": "Welcome"},
        url="https://example.org/s1",
        language="en",
        order=4,
    )
    fast = make_session(
        "s1", {"en": "Opening"}, "talk", date(2019, 12, 27), start, end, TimeStatus.EXACT, {}, "hall-a", None, {},
        (make_participation("p1", {"en": "speaker"}),), {}, (), (), {"en": "Welcome"}, {}, (), None, (),
        "https://example.org/s1", "en", 4, 0,
    )  # fmt: skip
    return checked, fast


def test_a_session_made_fast_equals_hashes_and_reads_like_one_made_by_its_constructor() -> None:
    checked, fast = _both()
    assert type(fast) is Session
    assert fast == checked
    assert repr(fast) == repr(checked)
    assert [getattr(fast, f.name) for f in dataclasses.fields(Session)] == [
        getattr(checked, f.name) for f in dataclasses.fields(Session)
    ]
    assert fast.duration == checked.duration
    assert pickle.loads(pickle.dumps(fast)) == checked
    assert dataclasses.replace(fast, order=9) == dataclasses.replace(checked, order=9)
    assert make_participation("p1", {}) == Participation("p1")
    with pytest.raises(TypeError):  # its texts are dicts: unhashable either way, as before
        hash(fast)
    assert hash(make_participation("p1", ())) == hash(Participation("p1", ()))  # type: ignore[arg-type]


def test_a_session_made_fast_stays_immutable() -> None:
    _, fast = _both()
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.title = {"en": "Changed"}  # type: ignore[misc]


def test_the_fast_constructor_needs_every_field() -> None:
    with pytest.raises(TypeError):
        make_session("s1", {"en": "Opening"}, "talk")  # type: ignore[call-arg]


def test_a_class_that_checks_its_values_gets_no_fast_constructor() -> None:
    @dataclass(frozen=True, slots=True)
    class Checked:
        value: int
        tags: tuple[str, ...] = field(default=())

        def __post_init__(self) -> None:
            if self.value < 0:
                raise ValueError(self.value)

    with pytest.raises(TypeError):
        slot_constructor(Checked)
