"""Badge tokens: compact, alphanumeric, verifiable offline with only the public key; keys made once per event."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from companion.exports.badges.tokens import BadgeTokenError, make_token, read_token, verify_token
from companion.store.badge_keys import event_signing_key, export_public_key, key_path, load_public_key

QR_ALPHANUMERIC = re.compile(r"^[0-9A-Z $%*+\-./:]+$")


def test_token_verifies_with_public_key_only() -> None:
    key = Ed25519PrivateKey.generate()
    token = make_token(key, "caccc-2025", "R-0042")
    assert QR_ALPHANUMERIC.match(token)
    assert len(token) < 160
    public = key.public_key()
    claim = verify_token(token, public, event_id="caccc-2025")
    assert (claim.event_id, claim.attendee_id) == ("caccc-2025", "R-0042")
    with pytest.raises(BadgeTokenError, match="not"):
        verify_token(token, public, event_id="other-event")


def test_forged_or_damaged_tokens_are_rejected() -> None:
    key = Ed25519PrivateKey.generate()
    token = make_token(key, "caccc-2025", "R-0042")
    with pytest.raises(BadgeTokenError, match="signature"):
        verify_token(token, Ed25519PrivateKey.generate().public_key())
    # the claim of another badge grafted onto this signature
    other = make_token(key, "caccc-2025", "R-0043")
    forged = other[:-103] + token[-103:]
    with pytest.raises(BadgeTokenError):
        verify_token(forged, key.public_key())
    for junk in ("https://example.org", "CB1:!!!!", "CB1:AAAA"):
        with pytest.raises(BadgeTokenError):
            verify_token(junk, key.public_key())


def test_token_holds_no_personal_data() -> None:
    key = Ed25519PrivateKey.generate()
    claim, body, _ = read_token(make_token(key, "ev", "A1"))
    assert body == b"\x02ev\x02A1"
    assert claim.attendee_id == "A1"


def test_key_pair_is_made_once_private_and_exportable(tmp_path: Path) -> None:
    first = event_signing_key("caccc-2025")
    second = event_signing_key("caccc-2025")
    assert first.private_bytes_raw() == second.private_bytes_raw()
    mode = stat.S_IMODE(os.stat(key_path("caccc-2025")).st_mode)
    assert mode == 0o600
    exported = export_public_key("caccc-2025", tmp_path / "desk.pem")
    public = load_public_key(exported.read_bytes())
    token = make_token(first, "caccc-2025", "X")
    assert verify_token(token, public).attendee_id == "X"
    assert b"PRIVATE" not in exported.read_bytes()
    assert event_signing_key("other").private_bytes_raw() != first.private_bytes_raw()
