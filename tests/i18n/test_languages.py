"""Which language Companion starts in, and how locale names map onto its four languages (no Qt)."""

from __future__ import annotations

import pytest

from companion.i18n import LANGUAGES, choose_language, environment_languages, first_supported, normalise


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("ru_RU.UTF-8", "ru"),
        ("ru-RU", "ru"),
        ("kk_KZ", "kk"),
        ("kk-Cyrl-KZ", "kk"),
        ("kk-Latn", "kk-Latn"),
        ("kk_Latn_KZ", "kk-Latn"),
        ("KK-latn", "kk-Latn"),
        ("kk_KZ@latin", "kk-Latn"),
        ("kk_KZ.UTF-8@latin", "kk-Latn"),
        ("kk_KZ.utf8@latin", "kk-Latn"),
        ("en_GB", "en"),
        ("C.UTF-8", "en"),
        ("POSIX", "en"),
        ("de_DE", None),
        ("uz-Latn-UZ", None),
        ("", None),
    ],
)
def test_normalise(raw: str, expected: str | None) -> None:
    assert normalise(raw) == expected


def test_every_language_is_named_in_itself() -> None:
    names = {lang.code: lang.native_name for lang in LANGUAGES}
    assert names == {"en": "English", "ru": "Русский", "kk": "Қазақша", "kk-Latn": "Qazaqşa"}


def test_first_run_follows_the_system_and_skips_what_it_cannot_speak() -> None:
    assert first_supported(["de-DE", "kk-KZ", "ru-RU"]) == "kk"
    assert choose_language(None, None, ["tr-TR", "ru-RU"]) == "ru"
    assert choose_language(None, None, ["tr-TR"]) == "en"


def test_remembered_choice_beats_the_system_and_lang_beats_both() -> None:
    assert choose_language(None, "kk-Latn", ["ru-RU"]) == "kk-Latn"
    assert choose_language("ru", "kk-Latn", ["en-US"]) == "ru"


def test_unknown_lang_option_is_a_clear_error() -> None:
    with pytest.raises(ValueError, match=r"'fr' is not available.*kk-Latn"):
        choose_language("fr", None, [])


def test_environment_languages_in_gettext_order() -> None:
    env = {"LANGUAGE": "kk_KZ:ru", "LC_ALL": "", "LC_MESSAGES": "en_US.UTF-8", "LANG": "C.UTF-8"}
    assert environment_languages(env) == ["kk_KZ", "ru", "en_US.UTF-8", "C.UTF-8"]
    assert first_supported(environment_languages(env)) == "kk"
