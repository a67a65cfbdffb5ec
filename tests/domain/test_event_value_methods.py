"""The event's values print, compare and hash exactly as ``@dataclass(frozen=True)`` makes them do (their
``__repr__``, ``__eq__`` and ``__hash__`` are written once instead of generated at every start, issue 13)."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from datetime import date
from typing import Any

import pytest

from companion.domain import event as event_module
from companion.domain.event import Event, Participation, Room, Session, Source, Track

CLASSES = [c for c in vars(event_module).values()
           if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ == event_module.__name__]


def _reference(cls: type) -> type:
    """The class as the standard generated methods make it (same name, fields and flags)."""
    specs: list[Any] = [
        (f.name, object, dataclasses.field(init=f.init, repr=f.repr, compare=f.compare, hash=f.hash))
        for f in dataclasses.fields(cls)
    ]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


def _same_as_generated(value: object) -> object:
    cls = type(value)
    reference = _reference(cls)
    init = {f.name: getattr(value, f.name) for f in dataclasses.fields(cls) if f.init}
    return reference(**init)


def _samples(bundled: Event) -> list[object]:
    people = list(bundled.people.values())
    return [
        bundled, *bundled.sessions[:3], *bundled.days[:2], *people[:2], *list(bundled.delegations.values())[:2],
        *list(bundled.types.values())[:2], *list(bundled.sources.values())[:2],
        *[p for s in bundled.sessions for p in s.participants][:2],
        Room("hall", {"en": "Hall"}), Room("hall", {"en": "Hall", "ru": "Зал"}),
        Track("t1", {"en": "Energy"}, "#123456"), Track("t1", {"en": "Energy"}), Source("s", "https://example.org"),
    ]


def test_every_event_class_is_covered(bundled_event: Event) -> None:
    assert {type(v) for v in _samples(bundled_event)} == set(CLASSES)
    assert all(len([f for f in dataclasses.fields(c) if f.compare]) >= 2 for c in CLASSES)


def test_repr_is_the_generated_one(bundled_event: Event) -> None:
    for value in _samples(bundled_event):
        assert repr(value) == repr(_same_as_generated(value))


def test_equality_and_hash_are_the_generated_ones(bundled_event: Event) -> None:
    samples = _samples(bundled_event)
    references = [_same_as_generated(v) for v in samples]
    for a, ref_a in zip(samples, references, strict=True):
        for b, ref_b in zip(samples, references, strict=True):
            assert (a == b) is (ref_a == ref_b)
            assert (a != b) is (ref_a != ref_b)
        try:
            expected = hash(ref_a)
        except TypeError:
            with pytest.raises(TypeError):
                hash(a)
        else:
            assert hash(a) == expected
    assert Room("hall", {"en": "Hall"}) != ("hall", {"en": "Hall"})  # another class is never equal
    assert Participation("p", {"en": "chair"}) == Participation("p", {"en": "chair"}) != Participation("p", {})


def test_values_stay_frozen_copyable_picklable_and_replaceable(bundled_event: Event) -> None:
    session = bundled_event.sessions[0]
    with pytest.raises(dataclasses.FrozenInstanceError):
        session.title = {}  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(bundled_event)) == bundled_event
    assert copy.deepcopy(session) == session
    moved = dataclasses.replace(session, day=date(2025, 5, 14))
    assert moved != session and moved.day == date(2025, 5, 14) and isinstance(moved, Session)
    assert dataclasses.replace(bundled_event).session(session.id) == session
