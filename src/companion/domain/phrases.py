"""The few phrases that Qt-free output prints (command line, .ics, badges), in every supported language.

The window translates through Qt Linguist catalogues; the command line and the exports cannot import Qt,
so they take their words from here. Kazakh in the Latin alphabet is spelt from the Cyrillic by
:func:`companion.domain.kazakh_latin.to_latin`, so the two scripts never drift apart.

Why these are not (yet) catalogue entries, when every other Qt-free text is a ``QT_TRANSLATE_NOOP``
:class:`~companion.domain.message.Message` looked up in the compiled catalogue
(:mod:`companion.sources.translations`):

* **Forms of data, not messages.** Month names in the case a date needs (Russian genitive «13 мая»), weekday
  names and the order of day, month, year and weekday in each language are grammar applied to values, not
  sentences a translator reads in context; Qt's catalogues have plural forms but no grammatical case, and
  the window takes them from ``QLocale``, not from a catalogue. They stay here whatever happens to the rest.
* **Called with a language code where no catalogue can be read.** :func:`phrase` is called as
  ``phrase(key, language)`` by ``domain/presentation.py`` (the domain does no I/O and imports nothing from
  the project, so it cannot open a ``.qm``), by ``ui/locale_format.py`` and by the command-line commands and
  exports. Moving the words into the catalogue means changing those callers to pass a
  :data:`~companion.domain.message.Translate` (or a :class:`Message`) instead of a code; the command-line
  commands and ``ui/locale_format.py`` were being rewritten on other branches when the catalogue path
  was unified, so that move is left as its own change: each key becomes a ``QT_TRANSLATE_NOOP("Phrases", …)``
  template with the ru and kk texts below as its catalogue translations (kk-Latn spelt by the update script).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from companion.domain.kazakh_latin import to_latin

LANGUAGE_CODES = ("en", "ru", "kk", "kk-Latn")

_PHRASES: dict[str, dict[str, str]] = {
    "not_published": {"en": "not published", "ru": "не опубликовано", "kk": "жарияланбаған"},
    "time_not_published": {"en": "time not published", "ru": "время не опубликовано", "kk": "уақыты жарияланбаған"},
    "room_not_published": {"en": "room not published", "ru": "зал не опубликован", "kk": "залы жарияланбаған"},
    "date_not_published": {"en": "Date not published", "ru": "Дата не опубликована", "kk": "Күні жарияланбаған"},
    "indicative": {"en": "indicative", "ru": "ориентировочно", "kk": "шамамен"},
    "indicative_time_note": {
        "en": "Indicative time: no source gives the clock time.",
        "ru": "Ориентировочное время: ни один источник не называет точное время.",
        "kk": "Шамамен алынған уақыт: нақты уақытты ешбір дереккөз атамайды.",
    },
    "no_sessions_day": {
        "en": "No sessions published for this day.",
        "ru": "На этот день сессии не опубликованы.",
        "kk": "Бұл күнге сессиялар жарияланбаған.",
    },
    "times_are": {
        "en": "Times are {zone} ({offset}).",
        "ru": "Время указано по поясу {zone} ({offset}).",
        "kk": "Уақыт {zone} белдеуі бойынша көрсетілген ({offset}).",
    },
    "room": {"en": "Room", "ru": "Зал", "kk": "Зал"},
    "venue": {"en": "Venue", "ru": "Место", "kk": "Өтетін орны"},
    "type": {"en": "Type", "ru": "Тип", "kk": "Түрі"},
    "people": {"en": "People", "ru": "Участники", "kk": "Қатысушылар"},
    "topics": {"en": "Topics", "ru": "Темы", "kk": "Тақырыптар"},
    "sources": {"en": "Sources", "ru": "Источники", "kk": "Дереккөздер"},
    "delegation": {"en": "Delegation", "ru": "Делегация", "kk": "Делегация"},
    "organisation": {"en": "Organisation", "ru": "Организация", "kk": "Ұйым"},
    "role": {"en": "Role", "ru": "Роль", "kk": "Рөлі"},
    "published_title": {"en": "Published title", "ru": "Опубликованное название", "kk": "Жарияланған атауы"},
    "translated_title": {
        "en": "translated by Companion; no title was published in this language",
        "ru": "перевод Companion; на этом языке название не публиковалось",
        "kk": "Companion аудармасы; бұл тілде атауы жарияланбаған",
    },
    "track": {"en": "Track", "ru": "Направление", "kk": "Бағыт"},
    "alarm_now": {"en": "{title} starts now", "ru": "{title}: начало сейчас", "kk": "{title}: қазір басталады"},
    "alarm_in_one": {
        "en": "{title} starts in 1 minute",
        "ru": "{title}: начало через 1 мин",
        "kk": "{title}: 1 минуттан кейін басталады",
    },
    "alarm_in": {
        "en": "{title} starts in {minutes} minutes",
        "ru": "{title}: начало через {minutes} мин",
        "kk": "{title}: {minutes} минуттан кейін басталады",
    },
    # schedule.json written for other schedule apps
    "room_not_published_name": {"en": "Room not published", "ru": "Зал не опубликован", "kk": "Залы жарияланбаған"},
    "indicative_time_tag": {"en": "indicative time", "ru": "ориентировочное время", "kk": "шамамен уақыт"},
    "indicative_abstract": {
        "en": "Indicative time: no published source gives this session's clock time; the slot shown is indicative "
        "only.",
        "ru": "Ориентировочное время: ни один опубликованный источник не называет точное время этой сессии; "
        "указанный интервал лишь ориентировочный.",
        "kk": "Шамамен алынған уақыт: бұл сессияның нақты уақытын ешбір жарияланған дереккөз атамайды; "
        "көрсетілген аралық тек шамамен берілген.",
    },
    # companion people / companion delegations
    "also": {"en": "Also", "ru": "Также", "kk": "Сондай-ақ"},
    "also_spelled": {"en": "also", "ru": "также", "kk": "сондай-ақ"},
    "transliterated_name_note": {
        "en": "* Companion's transliteration: no source publishes this name in this alphabet.",
        "ru": "* Транслитерация Companion: ни один источник не приводит это имя в этом алфавите.",
        "kk": "* Companion транслитерациясы: бұл аты-жөнін ешбір дереккөз осы әліпбимен жарияламаған.",
    },
    "head": {"en": "Head", "ru": "Глава", "kk": "Басшысы"},
    "members": {"en": "Members", "ru": "Члены", "kk": "Мүшелері"},
    "members_none": {
        "en": "none named in the sources",
        "ru": "в источниках не названы",
        "kk": "дереккөздерде аталмаған",
    },
    "composition": {"en": "Composition", "ru": "Состав", "kk": "Құрамы"},
    "note": {"en": "Note", "ru": "Примечание", "kk": "Ескерту"},
    "sessions": {"en": "Sessions", "ru": "Сессии", "kk": "Сессиялар"},
    "sessions_it_organised": {
        "en": "Sessions it organised",
        "ru": "Организованные сессии",
        "kk": "Ұйымдастырған сессиялары",
    },
    "sessions_of_its_people": {
        "en": "Sessions its people take part in",
        "ru": "Сессии с участием её членов",
        "kk": "Мүшелері қатысатын сессиялар",
    },
    "no_session_for_its_people": {
        "en": "no session published for its people",
        "ru": "для её членов сессии не опубликованы",
        "kk": "мүшелері үшін сессиялар жарияланбаған",
    },
    "source": {"en": "Source", "ru": "Источник", "kk": "Дереккөз"},
    "kind_country": {"en": "country", "ru": "страна", "kk": "ел"},
    "kind_organisation": {"en": "organisation", "ru": "организация", "kk": "ұйым"},
    "delegation_counts": {
        "en": "countries: {countries}, organisations: {organisations}",
        "ru": "стран: {countries}, организаций: {organisations}",
        "kk": "елдер: {countries}, ұйымдар: {organisations}",
    },
    "no_delegation_found": {
        "en": "No delegation found for {search}.",
        "ru": "По запросу {search} делегации не найдены.",
        "kk": "{search} сұрауы бойынша делегация табылмады.",
    },
    "nobody_found": {
        "en": "Nobody found for {search}.",
        "ru": "По запросу {search} никто не найден.",
        "kk": "{search} сұрауы бойынша ешкім табылмады.",
    },
    "people_named": {
        "en": "people named in the sources: {count}",
        "ru": "участников, названных в источниках: {count}",
        "kk": "дереккөздерде аталған қатысушылар: {count}",
    },
    "not_published_capital": {"en": "Not published", "ru": "Не опубликовано", "kk": "Жарияланбаған"},
    "role_not_published": {"en": "role not published", "ru": "роль не опубликована", "kk": "рөлі жарияланбаған"},
    "no_session_published": {
        "en": "No session published",
        "ru": "Сессии не опубликованы",
        "kk": "Сессиялар жарияланбаған",
    },
    "name": {"en": "Name", "ru": "Имя", "kk": "Аты-жөні"},
    "role_and_organisation": {"en": "Role and organisation", "ru": "Роль и организация", "kk": "Рөлі мен ұйымы"},
    "attendee": {"en": "Attendee", "ru": "Участник", "kk": "Қатысушы"},
    "speaker": {"en": "Speaker", "ru": "Докладчик", "kk": "Баяндамашы"},
    # .ics calendar names and cancelled sessions
    "starred_sessions": {"en": "starred sessions", "ru": "отмеченные сессии", "kk": "белгіленген сессиялар"},
    "selected_sessions": {"en": "selected sessions", "ru": "выбранные сессии", "kk": "таңдалған сессиялар"},
    "cancelled": {"en": "cancelled", "ru": "отменено", "kk": "болдырылмады"},
    "session_cancelled_note": {
        "en": "This session is no longer in the programme.",
        "ru": "Этой сессии больше нет в программе.",
        "kk": "Бұл сессия енді бағдарламада жоқ.",
    },
    # descriptions, notes, topics and roles that Companion translated (event.translated_text_languages)
    "translated_text_note": {
        "en": "Descriptions, notes, topics and roles in this language are Companion's translation from English.",
        "ru": "Описания, примечания, темы и роли на этом языке — перевод Companion с английского.",
        "kk": "Бұл тілдегі сипаттамаларды, ескертулерді, тақырыптар мен рөлдерді Companion ағылшын тілінен аударған.",
    },
}


def phrase(key: str, language: str = "en", **values: str) -> str:
    """The phrase ``key`` in ``language`` (English when it has no such language), with ``{name}`` filled."""
    entry = _PHRASES[key]
    text = _in(entry, language)
    return text.format(**values) if values else text


def _in(entry: Mapping[str, str], language: str) -> str:
    if language in entry:
        return entry[language]
    if language == "kk-Latn" and "kk" in entry:
        return to_latin(entry["kk"])
    return entry.get(language.split("-")[0], entry["en"])


def phrase_keys() -> tuple[str, ...]:
    return tuple(_PHRASES)


_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    # Russian dates take the genitive: «13 мая 2025».
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
           "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан",
           "қараша", "желтоқсан"),
}  # fmt: skip
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ru": ("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "kk": ("дүйсенбі", "сейсенбі", "сәрсенбі", "бейсенбі", "жұма", "сенбі", "жексенбі"),
}


def month_name(month: int, language: str = "en") -> str:
    """The month as a date writes it: "May", «мая» (genitive), «мамыр», "mamyr"."""
    return _in({k: v[month - 1] for k, v in _MONTHS.items()}, language)


def weekday_name(day: date, language: str = "en") -> str:
    return _in({k: v[day.weekday()] for k, v in _WEEKDAYS.items()}, language)


def date_text(day: date, language: str = "en") -> str:
    """``13 May 2025``, «13 мая 2025 г.», «2025 жылғы 13 мамыр», ``2025 jylǧy 13 mamyr`` (docs/glossary.md)."""
    return _dated(f"{day.day} {month_name(day.month, language)}", day.year, language)


_SHORT_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "ru": ("пн", "вт", "ср", "чт", "пт", "сб", "вс"),
}
_SHORT_MONTHS: dict[str, tuple[str, ...]] = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),  # as Qt's en_GB
    "ru": ("янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.", "окт.", "нояб.", "дек."),
}


def short_date_text(day: date, language: str = "en") -> str:
    """Where space is short: ``Tue 13 May``, «вт, 13 мая», «2025 ж. 13 мамыр», ``2025 j. 13 mamyr`` (the
    window's day tabs and list write the same, ``ui/locale_format.format_short_day``)."""
    base = language.split("-")[0]
    if base == "kk":
        short = f"{day.year} ж. {day.day} {month_name(day.month, 'kk')}"
        return _in({"en": short, "kk": short}, language)
    if base == "ru":
        return f"{_SHORT_WEEKDAYS['ru'][day.weekday()]}, {day.day} {_SHORT_MONTHS['ru'][day.month - 1]}"
    return f"{_SHORT_WEEKDAYS['en'][day.weekday()]} {day.day} {_SHORT_MONTHS['en'][day.month - 1]}"


def _dated(days: str, year: int, language: str) -> str:
    """Days and month with the year where each language puts it: Kazakh before, Russian after with «г.»."""
    base = language.split("-")[0]
    if base == "kk":
        return f"{year} {_in({'en': 'жылғы', 'kk': 'жылғы'}, language)} {days}"
    if base == "ru":
        return f"{days} {year} г."
    return f"{days} {year}"


def date_range_text(start: date, end: date, language: str = "en") -> str:
    """``13–15 May 2025``, «13–15 мая 2025 г.», «2025 жылғы 13–15 мамыр»; spans across months and years spell
    out both ends."""
    if start == end:
        return date_text(start, language)
    if (start.year, start.month) == (end.year, end.month):
        return _dated(f"{start.day}–{end.day} {month_name(end.month, language)}", end.year, language)
    if start.year == end.year:
        return _dated(
            f"{start.day} {month_name(start.month, language)} – {end.day} {month_name(end.month, language)}",
            end.year,
            language,
        )
    return f"{date_text(start, language)} – {date_text(end, language)}"


def long_date_text(day: date, language: str = "en") -> str:
    """The date with its weekday: ``Tuesday 13 May 2025``, «вторник, 13 мая 2025 г.»,
    «2025 жылғы 13 мамыр, сейсенбі»."""
    base = language.split("-")[0]
    weekday = weekday_name(day, language)
    if base == "kk":
        return f"{date_text(day, language)}, {weekday}"
    if base == "ru":
        return f"{weekday}, {date_text(day, language)}"
    return f"{weekday} {date_text(day, language)}"
