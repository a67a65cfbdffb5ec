"""Version-2 badge codes: key id, serial, QR-alphanumeric text; key rotation; version-1 codes still verify."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from companion.domain.checkin import VerdictKind
from companion.domain.event import Event
from companion.exports.badges.tokens import (
    BadgeTokenError,
    fingerprint,
    key_id,
    make_token,
    make_token_v2,
    verify_any,
)
from companion.services.checkin import CheckinService
from companion.services.container import Services
from companion.store.badge_keys import event_public_keys, event_signing_key, rotate_key

QR_ALPHANUMERIC = re.compile(r"[0-9A-Z $%*+\-./:]+")


def test_a_v2_code_names_its_key_and_serial_and_stays_qr_alphanumeric() -> None:
    key = Ed25519PrivateKey.generate()
    code = make_token_v2(key, "caccc-2025", "R-0007", serial=3)
    assert code.startswith("CB2:") and QR_ALPHANUMERIC.fullmatch(code)
    claim = verify_any(code, [Ed25519PrivateKey.generate().public_key(), key.public_key()], "caccc-2025")
    assert (claim.attendee_id, claim.serial, claim.key_id, claim.version) == ("R-0007", 3, key_id(key.public_key()), 2)
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", fingerprint(key.public_key()))
    with pytest.raises(ValueError):
        make_token_v2(key, "caccc-2025", "R-0007", serial=0)


def test_each_refusal_says_which_it_is() -> None:
    key, other = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    code = make_token_v2(key, "caccc-2025", "R-0007")
    cases = {
        "hello": VerdictKind.NOT_A_BADGE,
        "CB2:" + code[4:].lower(): VerdictKind.DAMAGED,
        make_token_v2(key, "other-2026", "R-0007"): VerdictKind.NOT_THIS_EVENT,
        make_token_v2(other, "caccc-2025", "R-0007"): VerdictKind.UNKNOWN_KEY,
        # one whole character of the signature changed (not the last one, whose spare bits must stay zero)
        code[:-10] + ("A" if code[-10] != "A" else "B") + code[-9:]: VerdictKind.FORGED,
        make_token(other, "caccc-2025", "R-0007"): VerdictKind.FORGED,  # v1 names no key: tried against each
    }
    for text, kind in cases.items():
        with pytest.raises(BadgeTokenError) as refused:
            verify_any(text, [key.public_key()], "caccc-2025")
        assert refused.value.kind is kind, text


def test_a_rotated_key_keeps_old_codes_valid_and_desks_accept_both(bundled_event: Event, tmp_path: Path) -> None:
    old = event_signing_key(bundled_event.id)
    old_code = make_token_v2(old, bundled_event.id, "R-0001")
    new = rotate_key(bundled_event.id)
    assert key_id(new.public_key()) != key_id(old.public_key())
    assert key_id(event_signing_key(bundled_event.id).public_key()) == key_id(new.public_key())  # prints with the new
    assert {key_id(k) for k in event_public_keys(bundled_event.id)} == {key_id(old.public_key()),
                                                                         key_id(new.public_key())}
    services = Services(tmp_path / "state.sqlite3")
    try:
        desk: CheckinService = services.checkin
        info = desk.export_desk_package(bundled_event.id, tmp_path / "package.json")
        assert len(info.fingerprints) == 2
        desk.open_desk(bundled_event.id)
        assert desk.check(old_code).verdict is VerdictKind.UNKNOWN_ATTENDEE  # valid; nobody imported here
        assert desk.check(make_token_v2(new, bundled_event.id, "R-0002")).verdict is VerdictKind.UNKNOWN_ATTENDEE
    finally:
        services.close()
