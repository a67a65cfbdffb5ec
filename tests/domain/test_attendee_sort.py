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


def test_delegations_are_one_identity_per_country_in_any_script_ordered_by_the_run_language() -> None:
    people = [
        _a("1", "Ömürbekow", "Türkmenistan"),
        _a("2", "Serikova", "Qazaqstan"),
        _a("3", "Абаев", "Қазақстан"),
        _a("4", "Иванов", "Россия"),
        _a("5", "Жақсыбекова", "Казахстан"),
        _a("6", "Aliyev", "Oʻzbekiston"),
        _a("7", "Ахмедов", "Кыргызстан"),
        _a("8", "Ata", "Turkmenistan"),
        _a("9", "Baýramow", "Türkmenistan"),
        _a("10", "Nobody", ""),
        _a("11", "Ata", "Turkmenistan"),
        _a("12", "Ivanov", "Russia"),
        _a("13", "Kim", "UN Women"),
        _a("14", "Lee", "OSCE"),
        _a("15", "Dosov", "Kazakhstan"),
    ]
    ordered = [(a.family_name, a.id) for a in sorted_attendees(people, SortKey.DELEGATION, "en")]
    assert ordered == [
        # Kazakhstan, whichever way it is written: one pile, Latin names before Cyrillic ones in an English run
        ("Dosov", "15"), ("Serikova", "2"), ("Абаев", "3"), ("Жақсыбекова", "5"),
        ("Ахмедов", "7"),  # Kyrgyzstan
        ("Lee", "14"),  # OSCE: an organisation keeps its own identity
        ("Ivanov", "12"), ("Иванов", "4"),  # Russia
        ("Ata", "11"), ("Ata", "8"), ("Baýramow", "9"), ("Ömürbekow", "1"),  # Turkmenistan
        ("Kim", "13"),  # UN Women
        ("Aliyev", "6"),  # Uzbekistan
        ("Nobody", "10"),
    ]
    # a Russian run orders the piles by their Russian names and puts Cyrillic names first
    russian = [a.id for a in sorted_attendees(people, SortKey.DELEGATION, "ru")]
    assert russian[:4] == ["3", "5", "15", "2"]  # Казахстан: Абаев, Жақсыбекова, then Dosov, Serikova
    # the order does not depend on the order the list came in
    assert sorted_attendees(list(reversed(people)), SortKey.DELEGATION) == sorted_attendees(people, SortKey.DELEGATION)
