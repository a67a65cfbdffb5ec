"""Per-event Ed25519 key pairs for signing badge QR codes, kept in the user data folder.

``<data dir>/keys/<event id>.ed25519`` holds the private key (PEM, PKCS#8, readable by its owner only);
``<event id>.ed25519.pub`` the public key a check-in desk needs. A pair is made once and then reused,
so badges printed on different nights verify with the same public key.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from companion import paths
from companion.domain.message import QT_TRANSLATE_NOOP, Message


class BadgeKeyError(Exception):
    """A key file that exists but cannot be used.

    ``reason`` says why in words the window translates; ``str(error)`` is the English text.
    """

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _safe_name(event_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", event_id) or "event"


def key_path(event_id: str) -> Path:
    return paths.data_dir() / "keys" / f"{_safe_name(event_id)}.ed25519"


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    """A public key from PEM text, as exported for a check-in desk."""
    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise BadgeKeyError(Message(QT_TRANSLATE_NOOP("Badges", "not a PEM public key: {detail}"),
                                    detail=str(exc))) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise BadgeKeyError(Message(QT_TRANSLATE_NOOP("Badges", "the key is not an Ed25519 public key")))
    return key


def event_signing_key(event_id: str) -> Ed25519PrivateKey:
    """The event's private key, created (mode 0600) on first use."""
    path = key_path(event_id)
    if path.exists():
        try:
            key = serialization.load_pem_private_key(path.read_bytes(), password=None)
        except (ValueError, OSError) as exc:
            raise BadgeKeyError(Message(
                QT_TRANSLATE_NOOP("Badges", "{file}: cannot read the badge signing key: {detail}"),
                file=str(path), detail=str(exc))) from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise BadgeKeyError(Message(QT_TRANSLATE_NOOP("Badges", "{file}: not an Ed25519 private key"),
                                        file=str(path)))
        return key
    path.parent.mkdir(parents=True, exist_ok=True)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    # Create with owner-only permissions from the start, and write atomically: two processes racing to create
    # the key must not end up signing with different keys.
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(pem)
    os.chmod(tmp, 0o600)
    try:
        os.link(tmp, path)
    except FileExistsError:
        tmp.unlink()
        return event_signing_key(event_id)
    except OSError:
        os.replace(tmp, path)
    else:
        tmp.unlink()
    path.with_name(path.name + ".pub").write_bytes(public_key_pem(key.public_key()))
    return key


def export_public_key(event_id: str, destination: Path | str) -> Path:
    """Write the event's public key (PEM) to ``destination`` for a check-in desk."""
    destination = Path(destination)
    destination.write_bytes(public_key_pem(event_signing_key(event_id).public_key()))
    return destination
