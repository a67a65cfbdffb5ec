"""Badge tokens: compact, alphanumeric, verifiable offline with only the public key; keys made once per event."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any

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
        verify_token(token, Ed25519PrivateKey.generate().public_key(), "caccc-2025")
    # the claim of another badge grafted onto this signature
    other = make_token(key, "caccc-2025", "R-0043")
    forged = other[:-103] + token[-103:]
    with pytest.raises(BadgeTokenError):
        verify_token(forged, key.public_key(), "caccc-2025")
    for junk in ("https://example.org", "CB1:!!!!", "CB1:AAAA"):
        with pytest.raises(BadgeTokenError):
            verify_token(junk, key.public_key(), "caccc-2025")


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
    assert verify_token(token, public, "caccc-2025").attendee_id == "X"
    assert b"PRIVATE" not in exported.read_bytes()
    assert event_signing_key("other").private_bytes_raw() != first.private_bytes_raw()


def _last_bits_flipped(token: str) -> str:
    """The same bytes with the unused low bits of the final base32 character set (a different text)."""
    import base64

    body = token[len("CB1:"):]
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
    unused = (5 - (len(base64.b32decode(body + "=" * (-len(body) % 8))) * 8) % 5) % 5
    assert unused, "this payload length leaves no unused bits"
    last = alphabet.index(body[-1]) | ((1 << unused) - 1)
    return "CB1:" + body[:-1] + alphabet[last]


@pytest.mark.parametrize("variant", [
    lambda t: t + "=" * (-len(t[4:]) % 8),  # padded
    lambda t: t[:20] + " " + t[20:],  # a space inside
    lambda t: t[:4] + t[4:].lower(),  # lower case
    _last_bits_flipped,  # unused final bits set
], ids=["padding", "inner-space", "lower-case", "unused-bits"])
def test_only_the_printed_form_of_a_code_verifies(variant: Any) -> None:
    key = Ed25519PrivateKey.generate()
    token = make_token(key, "caccc-2025", "R-0042")
    other = variant(token)
    assert other != token
    with pytest.raises(BadgeTokenError, match=r"form Companion prints|not base32"):
        verify_token(other, key.public_key(), "caccc-2025")
    # a scanner's line ending around the printed code is not part of it
    assert verify_token(f"{token}\r\n", key.public_key(), "caccc-2025").attendee_id == "R-0042"


def test_checking_against_the_event_is_not_optional() -> None:
    key = Ed25519PrivateKey.generate()
    token = make_token(key, "other-event", "R-1")
    with pytest.raises(TypeError):
        verify_token(token, key.public_key())  # type: ignore[call-arg]
    with pytest.raises(BadgeTokenError, match="other-event"):
        verify_token(token, key.public_key(), "caccc-2025")


def test_keys_folder_and_files_are_private_and_links_are_refused(tmp_path: Path) -> None:
    from companion import paths
    from companion.store.badge_keys import BadgeKeyError

    old_umask = os.umask(0o022)  # the modes below must not depend on it
    try:
        event_signing_key("caccc-2025")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(os.stat(key_path("caccc-2025").parent).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(paths.data_dir()).st_mode) == 0o700
    public = key_path("caccc-2025").with_name("caccc-2025.ed25519.pub")
    assert stat.S_IMODE(os.stat(public).st_mode) == 0o600
    # a looser key file found is tightened when read
    os.chmod(key_path("caccc-2025"), 0o644)
    event_signing_key("caccc-2025")
    assert stat.S_IMODE(os.stat(key_path("caccc-2025")).st_mode) == 0o600
    # a link planted where another event's key would go is not followed (its target stays untouched)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    key_path("planted").symlink_to(victim)
    with pytest.raises(BadgeKeyError, match="symbolic link"):
        event_signing_key("planted")
    assert victim.read_text() == "precious"
    assert not list(key_path("x").parent.glob("*.part"))
