"""Badge run orders: Turkmen and Kazakh letters sort with their base letters, each script stays one block."""

from __future__ import annotations

from companion.domain.attendee import Attendee, Category, SortKey, sorted_attendees


def _a(i: str, family: str, delegation: str = "", given: str = "A") -> Attendee:
    return Attendee(i, given, family, "", delegation, Category.DELEGATE)


def test_turkmen_family_names_sort_with_their_base_letters() -> None:
    names = ["Tagan", "Ýazmyradow", "Öwezow", "Çaryýew", "Şirow", "Annaýew", "Durdyýew", "Zorin", "Orazow", "Näzik"]
    people = [_a(str(i), name) for i, name in enumerate(names)]
    ordered = [a.family_name for a in sorted_attendees(people, SortKey.FAMILY_NAME)]
    assert ordered == ["Annaýew", "Çaryýew", "Durdyýew", "Näzik", "Orazow", "Öwezow", "Şirow", "Tagan",
                       "Ýazmyradow", "Zorin"]


def test_delegations_sort_naturally_within_each_script_and_spellings_stay_apart() -> None:
    people = [
        _a("1", "Ömürbekow", "Türkmenistan"),
        _a("2", "Serikova", "Qazaqstan"),
        _a("3", "Абаев", "Қазақстан"),
        _a("4", "Иванов", "Россия"),
        _a("5", "Жақсыбекова", "Қазақстан"),
        _a("6", "Aliyev", "Özbekiston"),
        _a("7", "Ахмедов", "Кыргызстан"),
        _a("8", "Ata", "Turkmenistan"),
        _a("9", "Baýramow", "Türkmenistan"),
        _a("10", "Nobody", ""),
        _a("11", "Ata", "Turkmenistan"),
        _a("12", "Ivanov", "Russia"),
    ]
    ordered = [(a.delegation, a.family_name, a.id) for a in sorted_attendees(people, SortKey.DELEGATION)]
    assert ordered == [
        ("Özbekiston", "Aliyev", "6"),
        ("Qazaqstan", "Serikova", "2"),
        ("Russia", "Ivanov", "12"),
        # two spellings of one country are not merged, but they stand next to each other, each pile whole
        ("Turkmenistan", "Ata", "11"),
        ("Turkmenistan", "Ata", "8"),
        ("Türkmenistan", "Baýramow", "9"),
        ("Türkmenistan", "Ömürbekow", "1"),
        # Cyrillic after Latin; Қ sorts with К, not after Я
        ("Қазақстан", "Абаев", "3"),
        ("Қазақстан", "Жақсыбекова", "5"),
        ("Кыргызстан", "Ахмедов", "7"),
        ("Россия", "Иванов", "4"),
        ("", "Nobody", "10"),
    ]
    # the order does not depend on the order the list came in
    assert sorted_attendees(list(reversed(people)), SortKey.DELEGATION) == sorted_attendees(people, SortKey.DELEGATION)
