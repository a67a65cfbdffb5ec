"""The badge QR payload: event id + attendee id, signed with the event's Ed25519 key.

Text form: ``CB1:`` followed by the RFC 4648 base32 (uppercase, no padding) of
``[len(event id)] event id [len(attendee id)] attendee id signature(64 bytes)``; the signature covers
``b"CB1" + everything before it``. Only QR alphanumeric characters are used (``A-Z 2-7 :``), which keeps
the code at about version 6–7. No e-mail, phone or name goes into it: a desk looks the id up in its list.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.domain.message import QT_TRANSLATE_NOOP, Message

if TYPE_CHECKING:  # cryptography is imported where a code is checked (the window starts without it)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

PREFIX = "CB1:"
_DOMAIN = b"CB1"
SIGNATURE_BYTES = 64


class BadgeTokenError(Exception):
    """A scanned code that is not a Companion badge, is damaged, or was not signed by this event's key.

    ``reason`` says why in words the window translates; ``str(error)`` is the English text.
    """

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


_DAMAGED_LENGTHS = QT_TRANSLATE_NOOP("Badges", "the code is damaged (bad field lengths)")


@dataclass(frozen=True, slots=True)
class BadgeClaim:
    """What a badge's QR code says, once read."""

    event_id: str
    attendee_id: str


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
    if not text.startswith(PREFIX):
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "not a Companion badge code")))
    encoded = text[len(PREFIX):]
    try:
        raw = base64.b32decode(encoded + "=" * (-len(encoded) % 8))
    except (binascii.Error, ValueError) as exc:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "the code is damaged (not base32)"))) from exc
    # One claim, one text: padding, inner spaces, lower case or unused final bits would let the same badge be
    # presented as several different codes (and counted twice by anything keyed on the text).
    if base64.b32encode(raw).decode("ascii").rstrip("=") != encoded:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP(
            "Badges", "the code is damaged (not in the form Companion prints)")))
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
    the same bytes, a bad signature, or a badge signed for another event.
    """
    from cryptography.exceptions import InvalidSignature

    claim, body, signature = read_token(payload)
    try:
        public_key.verify(signature, _DOMAIN + body)
    except InvalidSignature as exc:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP(
            "Badges", "the signature does not match this event's key (forged or another event)"))) from exc
    if claim.event_id != event_id:
        raise BadgeTokenError(Message(QT_TRANSLATE_NOOP("Badges", "the badge is for event {badge}, not {event}"),
                                      badge=repr(claim.event_id), event=repr(event_id)))
    return claim
