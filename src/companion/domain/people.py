"""Who is who: the sessions a person takes part in, a delegation's head and members, and search over both.

Every lookup reads the :class:`~companion.domain.event.Event` as loaded; nothing here guesses a link the
data does not state. Search folds every reported spelling of a name (any script) with
:func:`companion.domain.search.fold`, so "Бабаныязов", "Babaniyazov" and "Babanyazov" meet.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar

from companion.domain.agenda import programme_order
from companion.domain.collation import collation_key
from companion.domain.event import Delegation, Event, Person, Session
from companion.domain.search import Query, fold, haystack
from companion.domain.text import LocalizedText, all_variants, pick

T = TypeVar("T")

COUNTRY = "country"
ORGANISATION = "organisation"


@dataclass(frozen=True, slots=True)
class PersonSession:
    """A session one person takes part in, with the role the data gives them there."""

    session: Session
    role: LocalizedText


@dataclass(frozen=True, slots=True)
class DelegationSession:
    """A session that people of one delegation take part in, and who of them does."""

    session: Session
    people: tuple[tuple[Person, LocalizedText], ...]


def sessions_of_person(event: Event, person_id: str) -> list[PersonSession]:
    """The sessions ``person_id`` takes part in, in programme order, each with the person's role there."""
    out: list[PersonSession] = []
    for s in event.sessions:
        for p in s.participants:
            if p.person_id == person_id:
                out.append(PersonSession(s, p.role))
                break
    out.sort(key=lambda ps: programme_order(ps.session))
    return out


def sessions_by_person(event: Event) -> dict[str, list[PersonSession]]:
    """Every person's sessions at once (one pass over the programme), in programme order."""
    out: dict[str, list[PersonSession]] = {}
    for s in sorted(event.sessions, key=programme_order):
        seen: set[str] = set()
        for p in s.participants:
            if p.person_id not in seen:
                seen.add(p.person_id)
                out.setdefault(p.person_id, []).append(PersonSession(s, p.role))
    return out


def delegation_of(event: Event, person_id: str) -> Delegation | None:
    """The delegation a person belongs to, or None when the data gives none."""
    person = event.people.get(person_id)
    if person is None or person.delegation_id is None:
        return None
    return event.delegations.get(person.delegation_id)


def head_of(event: Event, delegation_id: str) -> Person | None:
    """The head of a delegation, or None when no head is published."""
    d = event.delegations.get(delegation_id)
    if d is None or d.head_person_id is None:
        return None
    return event.people.get(d.head_person_id)


def members_of(event: Event, delegation_id: str) -> list[Person]:
    """Named members of a delegation: the head first, then the others in the order the data lists them."""
    d = event.delegations.get(delegation_id)
    if d is None:
        return []
    ids = [d.head_person_id] if d.head_person_id is not None else []
    ids.extend(m for m in d.member_ids if m not in ids)
    return [event.people[i] for i in ids if i in event.people]


def sessions_of_delegation(event: Event, delegation_id: str) -> list[DelegationSession]:
    """Sessions that the delegation's named people take part in, in programme order."""
    members = members_of(event, delegation_id)
    by_id = {p.id: p for p in members}
    out: list[DelegationSession] = []
    for s in event.sessions:
        who = tuple((by_id[p.person_id], p.role) for p in s.participants if p.person_id in by_id)
        if who:
            out.append(DelegationSession(s, who))
    out.sort(key=lambda ds: programme_order(ds.session))
    return out


def sessions_organised_by(event: Event, delegation_id: str) -> list[Session]:
    """Sessions whose data names ``delegation_id`` among their organisers, in programme order."""
    return sorted((s for s in event.sessions if delegation_id in s.organised_by), key=programme_order)


def ordered_delegations(event: Event) -> list[Delegation]:
    """Countries first, then organisations, each group in the order the data lists them."""
    rank = {COUNTRY: 0, ORGANISATION: 1}
    listed = list(enumerate(event.delegations.values()))
    return [d for _, d in sorted(listed, key=lambda pair: (rank.get(pair[1].kind, 2), pair[0]))]


def ordered_people(event: Event, language: str | None = None) -> list[Person]:
    """Everyone the data names, by display name (case and accents ignored); with ``language``, by the name
    shown in that language, in its alphabet's order."""
    if language is None:
        return sorted(event.people.values(), key=lambda p: (fold(p.name), p.id))
    return sorted(event.people.values(), key=lambda p: (collation_key(p.name_in(language), language), p.id))


def delegation_name(event: Event, delegation_id: str | None, language: str = "en") -> str:
    """Display name of a delegation, or "" when there is none."""
    if delegation_id is None or delegation_id not in event.delegations:
        return ""
    return pick(event.delegations[delegation_id].name, language)


def person_search_texts(person: Person) -> tuple[str, ...]:
    """Everything a person is found by: every spelling of the name, role and organisation in every language."""
    return (*person.spellings, *all_variants(person.role), *all_variants(person.organisation))


def delegation_search_texts(delegation: Delegation) -> tuple[str, ...]:
    """Everything a delegation is found by: its name in every language and every alias."""
    return (*all_variants(delegation.name), *delegation.aliases, delegation.id)


@dataclass(frozen=True, slots=True)
class PeopleHits:
    """What a query finds among people and delegations; best matches (by name) first."""

    people: tuple[Person, ...]
    delegations: tuple[Delegation, ...]

    @property
    def is_empty(self) -> bool:
        return not self.people and not self.delegations


class PeopleIndex:
    """Folded search keys for every person and delegation of one event, built once."""

    def __init__(self, event: Event) -> None:
        self.event = event
        self._people = [(p, haystack(p.spellings), haystack(person_search_texts(p))) for p in ordered_people(event)]
        self._delegations = [
            (d, haystack((*all_variants(d.name), *d.aliases)), haystack(delegation_search_texts(d)))
            for d in ordered_delegations(event)
        ]
        self._last: tuple[Query, PeopleHits, list[int], list[int]] | None = None
        """The last query, its hits, and the people's and delegations' positions it found (typing on searches
        only those)."""

    def search(self, text: str) -> PeopleHits:
        """People and delegations matching every word of ``text``; an empty query finds nothing."""
        return self.find(Query.parse(text))

    def find(self, query: Query) -> PeopleHits:
        """People and delegations matching every word of an already parsed ``query``."""
        if query.is_empty:
            return PeopleHits((), ())
        last = self._last
        if last is not None and last[0] == query:
            return last[1]
        people_among = delegations_among = None  # typing on: only the last query's hits can match
        if last is not None and query.narrows(last[0]):
            people_among, delegations_among = last[2], last[3]
        people = _ranked(query, self._people, people_among)
        delegations = _ranked(query, self._delegations, delegations_among)
        hits = PeopleHits(
            tuple(self._people[i][0] for i in people), tuple(self._delegations[i][0] for i in delegations)
        )
        self._last = (query, hits, sorted(people), sorted(delegations))
        return hits


def _ranked(query: Query, rows: Sequence[tuple[T, str, str]], among: list[int] | None) -> list[int]:
    """Positions in ``rows`` that ``query`` matches, those matching by name first, each part in ``rows``' order;
    only ``among`` (ascending positions) are looked at when given."""
    by_name: list[int] = []
    others: list[int] = []
    for i in range(len(rows)) if among is None else among:  # this runs on every keystroke in the search box
        _item, names, full = rows[i]
        if query.matches(names):
            by_name.append(i)
        elif query.matches(full):
            others.append(i)
    return by_name + others


def role_names_organisation(person: Person, language: str) -> bool:
    """True when the person's role already names their organisation, so it need not follow the role.

    Checked in ``language`` and in English: Russian and Kazakh inflect the name inside the role ("Центра ОБСЕ"
    in the role, "Центр ОБСЕ" as the organisation), so only the English pair shows it is the same one.
    """
    return any(
        bool(organisation) and fold(organisation) in fold(role)
        for role, organisation in (
            (pick(person.role, language), pick(person.organisation, language)),
            (pick(person.role, "en"), pick(person.organisation, "en")),
        )
    )
