"""A role that already names the organisation is not followed by it again, whatever the language's grammar."""

from __future__ import annotations

import pytest

from companion.domain.event import Event
from companion.domain.people import role_names_organisation


@pytest.mark.parametrize("language", ["en", "ru", "kk", "kk-Latn"])
def test_osce_head_role_names_the_centre_in_every_language(bundled_event: Event, language: str) -> None:
    # "Руководитель Центра ОБСЕ в Ашхабаде" names "Центр ОБСЕ в Ашхабаде" in another case.
    assert role_names_organisation(bundled_event.people["john-macgregor"], language)


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_a_role_without_the_organisation_is_followed_by_it(bundled_event: Event, language: str) -> None:
    # "Global Director for Climate Change" at the World Bank.
    assert not role_names_organisation(bundled_event.people["valerie-hickey"], language)
