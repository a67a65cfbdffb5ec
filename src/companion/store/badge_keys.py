"""Per-event Ed25519 key pairs for signing badge QR codes, kept in the user data folder.

``<data dir>/keys/<event id>.ed25519`` holds the private key (PEM, PKCS#8, readable by its owner only);
``<event id>.ed25519.pub`` the public key a check-in desk needs. A pair is made once and then reused,
so badges printed on different nights verify with the same public key.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING

from companion import paths
from companion.atomic_files import remove_stale_parts, write_atomic
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.domain.system_errors import system_error

if TYPE_CHECKING:  # cryptography is imported where a key is made or read (the window starts without it)
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey


class BadgeKeyError(Exception):
    """A key file that exists but cannot be used.

    ``reason`` says why in words the window translates; ``str(error)`` is the English text.
    """

    def __init__(self, reason: Message) -> None:
        super().__init__(str(reason))
        self.reason = reason


def _safe_name(event_id: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]", "_", event_id) or "event"


def keys_dir(create: bool = True) -> Path:
    """``<data dir>/keys``, made private (0700) when ``create``; a symbolic link there is refused."""
    folder = paths.data_dir(create=create) / "keys"
    if folder.is_symlink():
        raise BadgeKeyError(Message(QT_TRANSLATE_NOOP(
            "Badges", "{file} is a symbolic link; Companion does not follow links in its data folder"),
            file=str(folder)))
    if create:
        paths.private_dir(folder)
        remove_stale_parts(folder / "key", any_name=True)  # left by a process killed while saving a key
    return folder


def key_path(event_id: str) -> Path:
    return paths.data_dir(create=False) / "keys" / f"{_safe_name(event_id)}.ed25519"


def public_key_pem(key: Ed25519PublicKey) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_public_key(pem: bytes) -> Ed25519PublicKey:
    """A public key from PEM text, as exported for a check-in desk."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError as exc:
        raise BadgeKeyError(Message(QT_TRANSLATE_NOOP("Badges", "not a PEM public key: {detail}"),
                                    detail=str(exc))) from exc
    if not isinstance(key, Ed25519PublicKey):
        raise BadgeKeyError(Message(QT_TRANSLATE_NOOP("Badges", "the key is not an Ed25519 public key")))
    return key


def _cannot_save(path: Path, exc: OSError) -> BadgeKeyError:
    return BadgeKeyError(Message(QT_TRANSLATE_NOOP("Badges", "{file}: cannot save the badge signing key: {detail}"),
                                 file=str(path), detail=system_error(exc, writing=True)))


def _read_private(path: Path) -> bytes:
    """The key file's bytes, never through a symbolic link; its mode tightened to 0600 if it was looser."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as handle:
        if stat.S_IMODE(os.fstat(handle.fileno()).st_mode) & 0o077:
            with contextlib.suppress(OSError):
                os.fchmod(handle.fileno(), paths.PRIVATE_FILE_MODE)
        return handle.read(_MAX_KEY_BYTES)


_MAX_KEY_BYTES = 64 * 1024


def _load_private(path: Path) -> object:
    """The key stored in ``path`` (any type: callers check it is Ed25519), or BadgeKeyError saying why not."""
    from cryptography.hazmat.primitives import serialization

    try:
        return serialization.load_pem_private_key(_read_private(path), password=None)
    except (ValueError, OSError) as exc:
        raise BadgeKeyError(Message(
            QT_TRANSLATE_NOOP("Badges", "{file}: cannot read the badge signing key: {detail}"),
            file=str(path), detail=str(exc))) from exc


def event_signing_key(event_id: str) -> Ed25519PrivateKey:
    """The event's private key, created (mode 0600, atomically) on first use.

    Raises BadgeKeyError when the key file cannot be read or saved (a symbolic link planted in its place, a full
    disk, a read-only data folder); a failed save leaves no key file behind, not even an empty one.
    """
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    try:
        folder = keys_dir()
    except OSError as exc:
        raise _cannot_save(key_path(event_id).parent, exc) from exc
    path = folder / key_path(event_id).name
    if path.is_symlink():
        raise BadgeKeyError(Message(QT_TRANSLATE_NOOP(
            "Badges", "{file} is a symbolic link; Companion does not follow links in its data folder"),
            file=str(path)))
    if path.exists():
        key = _load_private(path)
        if not isinstance(key, Ed25519PrivateKey):
            raise BadgeKeyError(Message(QT_TRANSLATE_NOOP("Badges", "{file}: not an Ed25519 private key"),
                                        file=str(path)))
        _write_public(path, key)
        return key
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    # Owner-only from the start, complete or absent (never a 0-byte key after a full disk), and never replacing
    # a key another process made first: two processes racing to create it must not sign with different keys.
    try:
        write_atomic(path, pem, mode=paths.PRIVATE_FILE_MODE, exclusive=True)
    except FileExistsError:
        return event_signing_key(event_id)
    except OSError as exc:
        raise _cannot_save(path, exc) from exc
    _write_public(path, key)
    return key


def _write_public(private_path: Path, key: Ed25519PrivateKey) -> None:
    """Keep ``<key>.pub`` beside the private key (re-made when missing; failing to write it is not fatal)."""
    public = private_path.with_name(private_path.name + ".pub")
    if public.is_symlink() or public.is_file():
        return
    with contextlib.suppress(OSError):
        write_atomic(public, public_key_pem(key.public_key()), mode=paths.PRIVATE_FILE_MODE)


def export_public_key(event_id: str, destination: Path | str) -> Path:
    """Write the event's public key (PEM) to ``destination`` for a check-in desk (atomically)."""
    destination = Path(destination)
    write_atomic(destination, public_key_pem(event_signing_key(event_id).public_key()))
    return destination


# ---- key rotation: an event may have several keys -----------------------------------------------------------

RETIRED_SUFFIX = ".retired"


def _retired_paths(event_id: str) -> list[Path]:
    folder = paths.data_dir(create=False) / "keys"
    if not folder.is_dir():
        return []
    stem = _safe_name(event_id)
    return sorted(p for p in folder.glob(f"{stem}.*.ed25519{RETIRED_SUFFIX}")
                  if not p.is_symlink() and p.name.count(".") >= 3 and p.name[len(stem)] == ".")


def event_public_keys(event_id: str) -> list[Ed25519PublicKey]:
    """Every public key of the event this machine holds: the current key first, then the retired ones.

    Creates no key: an event never printed here has none (an empty list).
    """
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    keys: list[Ed25519PublicKey] = []
    current = key_path(event_id)
    candidates = ([current] if current.is_file() and not current.is_symlink() else []) + _retired_paths(event_id)
    for path in candidates:
        key = _load_private(path)
        if isinstance(key, Ed25519PrivateKey):
            keys.append(key.public_key())
    return keys


def rotate_key(event_id: str) -> Ed25519PrivateKey:
    """Retire the event's current key (kept, so codes it signed still verify here) and make a new one.

    Badges printed afterwards name the new key; desks need a new desk package to accept them.
    """
    from cryptography.hazmat.primitives import serialization

    current = event_signing_key(event_id)
    raw = current.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    path = key_path(event_id)
    retired = path.with_name(f"{_safe_name(event_id)}.{hashlib.sha256(raw).hexdigest()[:8]}.ed25519{RETIRED_SUFFIX}")
    try:
        os.replace(path, retired)
        path.with_name(path.name + ".pub").unlink(missing_ok=True)
    except OSError as exc:
        raise _cannot_save(path, exc) from exc
    return event_signing_key(event_id)
