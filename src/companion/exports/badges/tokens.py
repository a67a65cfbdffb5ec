"""The badge QR payload: event id + attendee id (+ key id and serial), signed with the event's Ed25519 key.

Version 2 (printed since the check-in desk, issue 16): ``CB2:`` followed by the base32 of ``key id (4 bytes: the
start of the SHA-256 of the raw public key) [len] event id [len] attendee id serial (2 bytes, big-endian)
signature(64 bytes)``; the signature covers :data:`DOMAIN_V2` + everything before it. The key id lets an event
rotate keys (a desk accepts every key it was given); the serial lets a reprint issue a new code and revoke the
old one. Version 1 (below) still verifies, against every key a desk has for the event.

Version 1 text form: ``CB1:`` followed by the RFC 4648 base32 (uppercase, no padding) of
``[len(event id)] event id [len(attendee id)] attendee id signature(64 bytes)``; the signature covers
``b"CB1" + everything before it``. Only QR alphanumeric characters are used (``A-Z 2-7 :``), which keeps
the code at about version 6–7. No e-mail, phone or name goes into it: a desk looks the id up in its list.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.domain.checkin import VerdictKind
from companion.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:  # cryptography is imported where a code is checked (the window starts without it)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "CB1:"
PREFIX_V2 = "CB2:"
DOMAIN_V2 = b"companion-badge-v2\x00"
KEY_ID_BYTES = 4
MAX_SERIAL = 0xFFFF
_DOMAIN = b"CB1"
SIGNATURE_BYTES = 64


class BadgeTokenError(Exception):
    """A scanned code that is not a Companion badge, is damaged, or was not signed by this event's key.

    ``reason`` says why in words the window translates; ``str(error)`` is the English text.
    """

    def __init__(self, reason: Message, kind: VerdictKind = VerdictKind.DAMAGED) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.kind = kind
        """Which refusal this is (damaged, forged, not this event, unknown key, not a badge)."""


_DAMAGED_LENGTHS = QT_TRANSLATE_NOOP("Badges", "the code is damaged (bad field lengths)")


@dataclass(frozen=True, slots=True)
class BadgeClaim:
    """What a badge's QR code says, once read."""

    event_id: str
    attendee_id: str
    serial: int = 0
    """The code's serial (0 for a version-1 code, which has none)."""
    key_id: str = ""
    """Hex of the signing key's id (version 2; "" for version 1)."""
    version: int = 1


def _body(event_id: str, attendee_id: str) -> bytes:
    parts = [event_id.encode("utf-8"), attendee_id.encode("utf-8")]
    out = bytearray()
    for part in parts:
        if len(part) > 255:
            raise ValueError("event and attendee ids must be at most 255 bytes")
        out.append(len(part))
        out += part
    return bytes(out)


def make_token(key: Ed25519PrivateKey, event_id: str, attendee_id: str) -> str:
    """The signed payload for one badge."""
    body = _body(event_id, attendee_id)
    signature = key.sign(_DOMAIN + body)
    return PREFIX + base64.b32encode(body + signature).decode("ascii").rstrip("=")


def read_token(payload: str) -> tuple[BadgeClaim, bytes, bytes]:
    """Split a payload into its claim, the signed bytes and the signature, without checking the signature."""
    text = payload.strip()  # a scanner's line ending around the code is not part of it
    if text.startswith(PREFIX_V2):
        return read_token_v2(text)
    if not text.startswith(PREFIX):
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "not a Companion badge code")),
                              VerdictKind.NOT_A_BADGE)
    raw = _decode(text, PREFIX)
    if len(raw) < 2 + SIGNATURE_BYTES:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "the code is too short")))
    body, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
    try:
        event_len = body[0]
        event_id = body[1:1 + event_len].decode("utf-8")
        attendee_len = body[1 + event_len]
        attendee_id = body[2 + event_len:2 + event_len + attendee_len].decode("utf-8")
    except (IndexError, UnicodeDecodeError) as exc:
        raise BadgeTokenError(Message(_DAMAGED_LENGTHS)) from exc
    if 2 + event_len + attendee_len != len(body):
        raise BadgeTokenError(Message(_DAMAGED_LENGTHS))
    return BadgeClaim(event_id, attendee_id), body, signature


def verify_token(payload: str, public_key: Ed25519PublicKey, event_id: str) -> BadgeClaim:
    """Check a scanned payload offline with only the event's public key, for the event ``event_id``.

    Raises BadgeTokenError for anything but the exact code Companion printed for this event: another form of
    the same bytes, a bad signature, or a badge signed for another event. Version-2 codes: see :func:`verify_any`.
    """
    from cryptography.exceptions import InvalidSignature

    if payload.strip().startswith(PREFIX_V2):
        return verify_any(payload, [public_key], event_id)
    claim, body, signature = read_token(payload)
    try:
        public_key.verify(signature, _DOMAIN + body)
    except InvalidSignature as exc:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP(
            "Badges", "the signature does not match this event's key (forged or another event)")),
            VerdictKind.FORGED) from exc
    if claim.event_id != event_id:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "the badge is for event {badge}, not {event}"),
                                      badge=repr(claim.event_id), event=repr(event_id)), VerdictKind.NOT_THIS_EVENT)
    return claim


# ---- version 2 -------------------------------------------------------------------------------------------------


def raw_public_key(public_key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id(public_key: Ed25519PublicKey) -> str:
    """The id a version-2 code names its key by: hex of the first bytes of the raw key's SHA-256."""
    return hashlib.sha256(raw_public_key(public_key)).digest()[:KEY_ID_BYTES].hex()


def fingerprint(public_key: Ed25519PublicKey) -> str:
    """The key's SHA-256 (first 16 bytes) as grouped hex to read aloud and compare: ``3F2A 91C0 …``."""
    digest = hashlib.sha256(raw_public_key(public_key)).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def _body_v2(kid: bytes, event_id: str, attendee_id: str, serial: int) -> bytes:
    if not 0 < serial <= MAX_SERIAL:
        raise ValueError(f"badge serial out of range: {serial}")
    return kid + _body(event_id, attendee_id) + serial.to_bytes(2, "big")


def make_token_v2(key: Ed25519PrivateKey, event_id: str, attendee_id: str, serial: int = 1) -> str:
    """The version-2 signed payload for one badge (serial 1 for the first print, one more for each reprint)."""
    kid = bytes.fromhex(key_id(key.public_key()))
    body = _body_v2(kid, event_id, attendee_id, serial)
    signature = key.sign(DOMAIN_V2 + body)
    return PREFIX_V2 + base64.b32encode(body + signature).decode("ascii").rstrip("=")


def _decode(text: str, prefix: str) -> bytes:
    """The bytes after ``prefix``; refused unless ``text`` is exactly the form Companion prints them in.

    One claim, one text: padding, inner spaces, lower case or unused final bits would let the same badge be
    presented as several different codes (and counted twice by anything keyed on the text).
    """
    encoded = text[len(prefix):]
    try:
        raw = base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    except (binascii.Error, ValueError) as exc:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "the code is damaged (not base32)"))) from exc
    if base64.b32encode(raw).decode("ascii").rstrip("=") != encoded:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP(
            "Badges", "the code is damaged (not in the form Companion prints)")))
    return raw


def read_token_v2(payload: str) -> tuple[BadgeClaim, bytes, bytes]:
    """Split a version-2 payload into its claim, the signed bytes and the signature (signature not checked)."""
    text = payload.strip()
    if not text.startswith(PREFIX_V2):
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "not a Companion badge code")),
                              VerdictKind.NOT_A_BADGE)
    raw = _decode(text, PREFIX_V2)
    if len(raw) < KEY_ID_BYTES + 4 + SIGNATURE_BYTES:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "the code is too short")))
    body, signature = raw[:-SIGNATURE_BYTES], raw[-SIGNATURE_BYTES:]
    try:
        at = KEY_ID_BYTES
        event_len = body[at]
        event_id = body[at + 1:at + 1 + event_len].decode("utf-8")
        at += 1 + event_len
        attendee_len = body[at]
        attendee_id = body[at + 1:at + 1 + attendee_len].decode("utf-8")
        at += 1 + attendee_len
    except (IndexError, UnicodeDecodeError) as exc:
        raise BadgeTokenError(Message(_DAMAGED_LENGTHS)) from exc
    if at + 2 != len(body) or len(event_id.encode()) != event_len or len(attendee_id.encode()) != attendee_len:
        raise BadgeTokenError(Message(_DAMAGED_LENGTHS))
    serial = int.from_bytes(body[at:at + 2], "big")
    claim = BadgeClaim(event_id, attendee_id, serial, body[:KEY_ID_BYTES].hex(), 2)
    return claim, body, signature


def verify_any(payload: str, public_keys: Sequence[Ed25519PublicKey], event_id: str) -> BadgeClaim:
    """Check a scanned code (version 1 or 2) against every key a desk has for ``event_id``.

    Raises :class:`BadgeTokenError` whose :attr:`~BadgeTokenError.kind` says which refusal: not a badge, damaged,
    not this event, unknown key (version 2 naming a key the desk was not given), forged or altered.
    """
    from cryptography.exceptions import InvalidSignature

    text = payload.strip()
    if text.startswith(PREFIX_V2):
        claim, body, signature = read_token_v2(text)
        domain = DOMAIN_V2
    else:
        claim, body, signature = read_token(text)
        domain = _DOMAIN
    if claim.event_id != event_id:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "the badge is for event {badge}, not {event}"),
                                      badge=repr(claim.event_id), event=repr(event_id)), VerdictKind.NOT_THIS_EVENT)
    candidates = list(public_keys)
    if claim.version == 2:
        candidates = [k for k in candidates if key_id(k) == claim.key_id]
        if not candidates:
            raise BadgeTokenError(Message(QT_TRANSLATE_NOOP(
                "Badges", "signed with key {key}, which this desk was not given (import the desk package)"),
                key=claim.key_id.upper()), VerdictKind.UNKNOWN_KEY)
    if claim.version == 2 and claim.serial == 0:
        raise BadgeTokenError(Message(_DAMAGED_LENGTHS))
    for key in candidates:
        try:
            key.verify(signature, domain + body)
        except InvalidSignature:
            continue
        return claim
    if not candidates:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP(
            "Badges", "this desk has no key for the event (import the desk package)")), VerdictKind.UNKNOWN_KEY)
    raise BadgeTokenError(Message(QT_TRANSLATE_NOOP(
        "Badges", "the signature does not match this event's key (forged or altered)")), VerdictKind.FORGED)
