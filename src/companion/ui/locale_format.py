"""Dates, times and numbers in the chosen language, through QLocale.

Qt has no locale for Kazakh in the Latin alphabet (its ``kk`` data is Cyrillic only), so for ``kk-Latn``
the text is formatted with Qt's Kazakh locale and spelt in the founding report's Latin letters by
:func:`companion.domain.kazakh_latin.to_latin` ("2025 жылғы 13 мамыр" becomes "2025 jylǧy 13 mamyr").
"""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime

from companion.domain import phrases
from companion.domain.kazakh_latin import to_latin
from companion.i18n import DEFAULT_LANGUAGE, normalise

# One form per language, the same as the command line (domain/phrases.py) and docs/glossary.md: Russian
# «13 мая 2025 г.», Kazakh year first «2025 жылғы 13 мамыр» as the founding report writes it.
_DATE_PATTERN = {"en": "d MMMM yyyy", "ru": "d MMMM yyyy 'г.'", "kk": "yyyy 'жылғы' d MMMM"}
_LONG_DATE_PATTERN = {"en": "dddd d MMMM yyyy", "ru": "dddd, d MMMM yyyy 'г.'", "kk": "yyyy 'жылғы' d MMMM, dddd"}
# Where space is short (day tabs, the list's day column): Kazakh keeps the year first, abbreviated («2025 ж.
# 13 мамыр», the issue 19 form); English and Russian name the weekday. domain/phrases.short_date_text agrees.
_SHORT_DATE_PATTERN = {"en": "ddd d MMM", "ru": "ddd, d MMM", "kk": "yyyy 'ж.' d MMMM"}


_current_language = DEFAULT_LANGUAGE


def current_language() -> str:
    """The window's language (set by :class:`companion.ui.language.LanguageManager` with the default QLocale)."""
    return _current_language


def set_current_language(language: str) -> None:
    global _current_language
    _current_language = normalise(language) or DEFAULT_LANGUAGE


def format_date_pattern(day: date | QDate, pattern: str, language: str | None = None) -> str:
    """``day`` in a QLocale pattern (``"ddd d MMM"``) in ``language`` (default: the window's), Latin Kazakh too."""
    return _date_string(_as_date(day), language or _current_language, pattern)


def qlocale(language: str) -> QLocale:
    """The QLocale for a Companion language: British English (24-hour clock), Russian, Kazakh."""
    code = normalise(language) or DEFAULT_LANGUAGE
    if code == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    if code == "kk":
        return QLocale(QLocale.Language.Kazakh, QLocale.Script.CyrillicScript, QLocale.Country.Kazakhstan)
    if code == "kk-Latn":
        return QLocale(QLocale.Language.Kazakh, QLocale.Script.LatinScript, QLocale.Country.Kazakhstan)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def qt_has_latin_kazakh() -> bool:
    """True when this Qt knows Kazakh month names in the Latin alphabet."""
    return qlocale("kk-Latn").script() == QLocale.Script.LatinScript


def _own_names(language: str) -> bool:
    return normalise(language) == "kk-Latn" and not qt_has_latin_kazakh()


def _as_date(day: date | QDate) -> date:
    return day.toPython() if isinstance(day, QDate) else day  # type: ignore[return-value]


def _base(language: str) -> str:
    return (normalise(language) or DEFAULT_LANGUAGE).split("-")[0]


def format_day(day: date | QDate | None, language: str, *, weekday: bool = False) -> str:
    """``13 May 2025`` / «13 мая 2025 г.» / «2025 жылғы 13 мамыр» / ``2025 jylǧy 13 mamyr``; with ``weekday``,
    the weekday too.

    None (a session whose day was not published) gives the translated "Date not published".
    """
    if day is None:
        return phrases.phrase("date_not_published", normalise(language) or DEFAULT_LANGUAGE)
    value = _as_date(day)
    pattern = (_LONG_DATE_PATTERN if weekday else _DATE_PATTERN)[_base(language)]
    return _date_string(value, language, pattern)


def _date_string(value: date, language: str, pattern: str) -> str:
    qdate = QDate(value.year, value.month, value.day)
    if _own_names(language):
        return to_latin(qlocale("kk").toString(qdate, pattern))
    return qlocale(language).toString(qdate, pattern)


def format_short_day(day: date | QDate, language: str) -> str:
    """A tab-sized date: ``Tue 13 May``, «вт, 13 мая», «2025 ж. 13 мамыр», ``2025 j. 13 mamyr``."""
    return _date_string(_as_date(day), language, _SHORT_DATE_PATTERN[_base(language)])


def format_time(moment: datetime | time | QTime, language: str) -> str:
    """A wall-clock time on the 24-hour clock the conference uses: ``09:30``."""
    qt_time = moment if isinstance(moment, QTime) else QTime(moment.hour, moment.minute)
    return qlocale(language).toString(qt_time, "HH:mm")


def format_time_range(start: datetime | time, end: datetime | time, language: str) -> str:
    return f"{format_time(start, language)}–{format_time(end, language)}"


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """``1,234`` / ``1 234`` with the language's separators."""
    locale = qlocale(language)
    if decimals == 0:
        return locale.toString(round(value))
    return locale.toString(float(value), "f", decimals)
