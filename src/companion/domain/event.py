"""The conference: days, sessions, people, delegations, rooms and the sources behind them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar
from zoneinfo import ZoneInfo

from companion.domain.text import LocalizedText, pick

_T = TypeVar("_T")


def slot_constructor(cls: type[_T]) -> Callable[..., _T]:
    """A constructor of the frozen, slotted dataclass ``cls`` taking every field positionally, in declaration order.

    It fills each slot through the slot's own setter (bound once, held in a closure) instead of the generated
    ``__init__``'s keyword binding, defaults and ``object.__setattr__`` by name per field: about a third of the
    cost, for readers that build thousands of values. The value made is an ordinary instance (same equality,
    hash, immutability, pickling, ``dataclasses.replace``); every field must be given and nothing is checked,
    so use it only where ``cls`` has no ``__post_init__`` (the class's own constructor stays the checked path).
    """
    if "__post_init__" in vars(cls):
        raise TypeError(f"{cls.__name__} has a __post_init__ that a slot constructor would skip")
    names = [f.name for f in fields(cls)]  # type: ignore[arg-type]  # a dataclass, by this function's contract
    setters = [getattr(cls, name).__set__ for name in names]
    params = ", ".join(names)
    lines = [f"def __create_fn__(_new, _cls, {', '.join(f'_set{i}' for i in range(len(names)))}):"]
    lines.append(f"    def make({params}):")
    lines.append("        self = _new(_cls)")
    lines.extend(f"        _set{i}(self, {name})" for i, name in enumerate(names))
    lines.append("        return self")
    lines.append("    return make")
    namespace: dict[str, Any] = {}
    exec("\n".join(lines), {}, namespace)  # code made from the class's own field names only
    make: Callable[..., _T] = namespace["__create_fn__"](object.__new__, cls, *setters)
    make.__name__ = make.__qualname__ = f"make_{cls.__name__.lower()}"
    make.__doc__ = f"A {cls.__name__} from every field, positionally in declaration order (see slot_constructor)."
    return make


_COMPARED: dict[type, Callable[[Any], tuple[object, ...]]] = {}
_SHOWN: dict[type, tuple[str, ...]] = {}


def _compared(cls: type) -> Callable[[Any], tuple[object, ...]]:
    """The values of ``cls``'s compared fields, as one tuple (every class here compares two fields or more)."""
    found = _COMPARED.get(cls)
    if found is None:
        found = _COMPARED[cls] = attrgetter(*(f.name for f in fields(cls) if f.compare))
    return found


def _shown(cls: type) -> tuple[str, ...]:
    found = _SHOWN.get(cls)
    if found is None:
        found = _SHOWN[cls] = tuple(f.name for f in fields(cls) if f.repr)
    return found


class _Value:
    """``__repr__``, ``__eq__`` and ``__hash__`` of the event's dataclasses, written once for all of them.

    They return what ``@dataclass(frozen=True)`` generates (each class says ``repr=False, eq=False`` and inherits
    these): the same text, the same comparison of the compared fields between values of the same class, the
    same hash of them. The generated ones would be compiled from source at every start, for every class (about
    2 ms of the window's start, issue 13).
    """

    __slots__ = ()

    def __repr__(self) -> str:
        cls = self.__class__
        return f"{cls.__qualname__}({', '.join(f'{name}={getattr(self, name)!r}' for name in _shown(cls))})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is self.__class__:
            values = _compared(self.__class__)
            return values(self) == values(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash(_compared(self.__class__)(self))


class TimeStatus(StrEnum):
    """How much is known about a session's clock time."""

    EXACT = "exact"
    """Published start and end."""
    INDICATIVE = "indicative"
    """A slot the data marks as indicative: no source gives the clock time."""
    UNKNOWN = "unknown"
    """No clock time published; the session has no start or end."""


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Source(_Value):
    """A public document that a fact comes from."""

    id: str
    url: str
    title: str = ""
    titles: LocalizedText = field(default_factory=dict)
    """The title in other languages than English's ``title``."""

    def title_in(self, language: str) -> str:
        """The title in ``language`` (Kazakh in Latin letters from its own entry only), else ``title``."""
        return self.titles.get(language) or self.title


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class SessionType(_Value):
    """A kind of session (plenary, panel, exhibition ...) with its display colour."""

    id: str
    name: LocalizedText
    colour: str = "#607d8b"


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Track(_Value):
    """A thematic track, as schedules from frab and pretalx carry them."""

    id: str
    name: LocalizedText
    colour: str | None = None


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Room(_Value):
    """A room or hall at the venue."""

    id: str
    name: LocalizedText


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Day(_Value):
    """One conference day; ``note`` says what is (or is not) published for it."""

    date: date
    label: LocalizedText = field(default_factory=dict)
    note: LocalizedText = field(default_factory=dict)
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Person(_Value):
    """Someone the sources name. ``names`` holds every reported spelling, the display name first.

    ``display_names`` gives the name to show in a language written in another script than the first name's
    (Cyrillic for ``ru`` and ``kk``, Kazakh Latin for ``kk-Latn``); ``transliterated_names`` lists the languages
    whose display name no source publishes in that script: Companion's transliteration, marked as such.
    """

    id: str
    names: tuple[str, ...]
    role: LocalizedText = field(default_factory=dict)
    organisation: LocalizedText = field(default_factory=dict)
    delegation_id: str | None = None
    note: LocalizedText = field(default_factory=dict)
    sources: tuple[str, ...] = ()
    display_names: LocalizedText = field(default_factory=dict)
    transliterated_names: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.names[0]

    def name_in(self, language: str) -> str:
        """The name as written in ``language``'s script; the first reported spelling where none is given.

        No fallback from one script to another (``kk-Latn`` never shows the Cyrillic ``kk`` name)."""
        return self.display_names.get(language) or self.names[0]

    def name_is_transliterated(self, language: str) -> bool:
        """True when the name shown in ``language`` is Companion's transliteration, published by no source."""
        return language in self.transliterated_names and language in self.display_names

    @property
    def spellings(self) -> tuple[str, ...]:
        """Every spelling to search: the reported ones and each language's display name."""
        extra = tuple(n for n in self.display_names.values() if n not in self.names)
        return (*self.names, *dict.fromkeys(extra))


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Participation(_Value):
    """A person's part in a session: speaker, moderator, panellist ..."""

    person_id: str
    role: LocalizedText = field(default_factory=dict)


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Session(_Value):
    """One item of the programme.

    ``start``/``end`` are aware datetimes in the event's zone, or None when no time is published.
    ``day`` is None when the day itself was not published.
    """

    id: str
    title: LocalizedText
    type_id: str
    day: date | None
    start: datetime | None = None
    end: datetime | None = None
    time_status: TimeStatus = TimeStatus.UNKNOWN
    time_note: LocalizedText = field(default_factory=dict)
    room_id: str | None = None
    track_id: str | None = None
    venue: LocalizedText = field(default_factory=dict)
    participants: tuple[Participation, ...] = ()
    participants_note: LocalizedText = field(default_factory=dict)
    organised_by: tuple[str, ...] = ()
    """Ids of the delegations (countries, organisations) the sources say organised the session."""
    topics: tuple[LocalizedText, ...] = ()
    description: LocalizedText = field(default_factory=dict)
    title_note: LocalizedText = field(default_factory=dict)
    translated_title_languages: tuple[str, ...] = ()
    published_title_languages: tuple[str, ...] | None = None
    """Languages whose title a source printed; None: every language not in ``translated_title_languages``.
    An empty tuple says no title was published (the titles describe the session)."""
    sources: tuple[str, ...] = ()
    url: str | None = None
    language: str | None = None
    order: int = 0
    revision: int = 0

    @property
    def is_timed(self) -> bool:
        return self.start is not None and self.end is not None

    @property
    def duration(self) -> timedelta | None:
        if self.start is None or self.end is None:
            return None
        return self.end - self.start

    def title_in(self, language: str) -> str:
        return pick(self.title, language)



if TYPE_CHECKING:

    def make_session(  # one parameter per field, as Session's own constructor
        id: str,  # the field's name
        title: LocalizedText,
        type_id: str,
        day: date | None,
        start: datetime | None,
        end: datetime | None,
        time_status: TimeStatus,
        time_note: LocalizedText,
        room_id: str | None,
        track_id: str | None,
        venue: LocalizedText,
        participants: tuple[Participation, ...],
        participants_note: LocalizedText,
        organised_by: tuple[str, ...],
        topics: tuple[LocalizedText, ...],
        description: LocalizedText,
        title_note: LocalizedText,
        translated_title_languages: tuple[str, ...],
        published_title_languages: tuple[str, ...] | None,
        sources: tuple[str, ...],
        url: str | None,
        language: str | None,
        order: int,
        revision: int,
        /,
    ) -> Session:
        """A :class:`Session` from every field, positionally in declaration order, without ``__init__``'s
        keyword binding (see :func:`slot_constructor`): for readers that build thousands."""
        ...

    def make_person(
        id: str,  # the field's name
        names: tuple[str, ...],
        role: LocalizedText,
        organisation: LocalizedText,
        delegation_id: str | None,
        note: LocalizedText,
        sources: tuple[str, ...],
        display_names: LocalizedText,
        transliterated_names: tuple[str, ...],
        /,
    ) -> Person:
        """A :class:`Person` from every field, positionally in declaration order (see :func:`slot_constructor`)."""
        ...

    def make_participation(person_id: str, role: LocalizedText, /) -> Participation:
        """A :class:`Participation` from both fields (see :func:`slot_constructor`)."""
        ...

else:
    make_session = slot_constructor(Session)
    make_person = slot_constructor(Person)
    make_participation = slot_constructor(Participation)

_FAR_FUTURE = datetime.max.replace(year=9000)


def programme_order(session: Session) -> tuple[date, int, datetime, int, str]:
    """Sort key: day (undated last), timed sessions by start, untimed ones after them in reported order."""
    day = session.day or date.max
    if session.start is not None:
        return (day, 0, session.start.replace(tzinfo=None), session.order, session.id)
    return (day, 1, _FAR_FUTURE, session.order, session.id)


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Delegation(_Value):
    """A country's or organisation's delegation, with what is reported about it."""

    id: str
    kind: str  # "country" or "organisation"
    name: LocalizedText
    head_person_id: str | None = None
    head_note: LocalizedText = field(default_factory=dict)
    member_ids: tuple[str, ...] = ()
    composition: LocalizedText = field(default_factory=dict)
    notes: tuple[LocalizedText, ...] = ()
    aliases: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, repr=False, eq=False)
class Event(_Value):
    """A whole conference as one immutable value."""

    id: str
    name: LocalizedText
    short_name: LocalizedText
    timezone: str
    start_date: date
    end_date: date
    days: tuple[Day, ...]
    sessions: tuple[Session, ...]
    venue: LocalizedText = field(default_factory=dict)
    city: LocalizedText = field(default_factory=dict)
    country: LocalizedText = field(default_factory=dict)
    theme: LocalizedText = field(default_factory=dict)
    organisers: LocalizedText = field(default_factory=dict)
    participants_note: LocalizedText = field(default_factory=dict)
    dates_note: LocalizedText = field(default_factory=dict)
    name_variants: tuple[LocalizedText, ...] = ()
    translated_text_languages: tuple[str, ...] = ()
    """Languages in which descriptions, notes, topics, roles and organisations are Companion's translation."""
    url: str | None = None
    types: Mapping[str, SessionType] = field(default_factory=dict)
    tracks: Mapping[str, Track] = field(default_factory=dict)
    rooms: Mapping[str, Room] = field(default_factory=dict)
    people: Mapping[str, Person] = field(default_factory=dict)
    delegations: Mapping[str, Delegation] = field(default_factory=dict)
    sources: Mapping[str, Source] = field(default_factory=dict)
    event_sources: tuple[str, ...] = ()
    data_version: str = ""
    _sessions_by_id: dict[str, Session] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        # A slotted dataclass has no __dict__ for functools.cached_property: build the index once here.
        object.__setattr__(self, "_sessions_by_id", {s.id: s for s in self.sessions})

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def sessions_by_id(self) -> dict[str, Session]:
        return self._sessions_by_id

    def session(self, session_id: str) -> Session:
        return self.sessions_by_id[session_id]

    def sessions_on(self, day: date | None) -> list[Session]:
        """Sessions of one day (None: those whose day was not published), in programme order."""
        return sorted((s for s in self.sessions if s.day == day), key=programme_order)

    @property
    def has_undated_sessions(self) -> bool:
        return any(s.day is None for s in self.sessions)

    def sessions_of_person(self, person_id: str) -> list[Session]:
        hits = [s for s in self.sessions if any(p.person_id == person_id for p in s.participants)]
        return sorted(hits, key=programme_order)

    def type_name(self, type_id: str, language: str = "en") -> str:
        t = self.types.get(type_id)
        return pick(t.name, language) if t else type_id
