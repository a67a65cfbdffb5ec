"""The files check-in desks exchange: the desk package (optionally sealed with a passphrase) and desk logs.

Desk package (JSON, UTF-8): the event id, the public keys (raw Ed25519, base64) with their fingerprints, the
revoked codes and the attendee list a desk shows (id, names, organisation, delegation, category: never an
e-mail, never a private key). Sealed, the same JSON is encrypted with AES-256-GCM under a key derived from the
passphrase with scrypt (n=2^15, r=8, p=1); the envelope says so and carries the salt and nonce; the header is
authenticated too. A wrong passphrase and a changed file are the same failure to the cipher: the message says
both.

Desk log (JSON, UTF-8): the event id, the desk that exported it and every record (see ``ScanRecord``).
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from companion import paths
from companion.atomic_files import write_atomic
from companion.domain.checkin import AttendeeFacts, KnownKey, Revocation, ScanRecord
from companion.domain.message import QT_TRANSLATE_NOOP, Message
from companion.sources.errors import UnreadableFileError
from companion.sources.reading import read_bounded
from companion.store.checkin_log import record_row, row_record

PACKAGE_FORMAT = "companion-desk-package"
SEALED_FORMAT = "companion-desk-package-sealed"
LOG_FORMAT = "companion-checkin-log"
VERSION = 1
_SCRYPT_N, _SCRYPT_R, _SCRYPT_P = 2**15, 8, 1
_LIMIT = 64 * 1024 * 1024
_RECORD_FIELDS = ("scan_id", "desk_id", "nonce", "event_id", "attendee_id", "serial", "kind", "verdict", "hlc",
                  "wall_time", "operator", "reason", "undoes")


class CheckinFileError(UnreadableFileError):
    """A desk package or desk log that cannot be used; the message names the file."""


class WrongPassphraseError(CheckinFileError):
    """A sealed desk package that the passphrase given does not open (or that was changed since)."""


class PassphraseNeededError(CheckinFileError):
    """A sealed desk package read without a passphrase."""


@dataclass(frozen=True, slots=True)
class DeskPackage:
    """What a desk package holds."""

    event_id: str
    keys: tuple[KnownKey, ...]
    revocations: tuple[Revocation, ...]
    attendees: tuple[AttendeeFacts, ...]
    created_at: str = ""
    sealed: bool = False

    @property
    def fingerprints(self) -> tuple[str, ...]:
        return tuple(raw_fingerprint(k.public_key) for k in self.keys)


def raw_fingerprint(raw_key: bytes) -> str:
    """The grouped-hex fingerprint of a raw public key (as ``tokens.fingerprint``): ``3F2A 91C0 …``."""
    import hashlib

    digest = hashlib.sha256(raw_key).hexdigest()[:32].upper()
    return " ".join(digest[i:i + 4] for i in range(0, len(digest), 4))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text, validate=True)


def _derive(passphrase: str, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=_SCRYPT_N, r=_SCRYPT_R, p=_SCRYPT_P).derive(passphrase.encode("utf-8"))


def package_bytes(package: DeskPackage, passphrase: str | None = None) -> bytes:
    """The file's bytes: plain JSON, or sealed with ``passphrase``."""
    body = {
        "format": PACKAGE_FORMAT, "version": VERSION, "event_id": package.event_id,
        "created_at": package.created_at or datetime.now(UTC).isoformat(timespec="seconds"),
        "keys": [{"key_id": k.key_id, "public_key": _b64(k.public_key),
                  "fingerprint": raw_fingerprint(k.public_key)} for k in package.keys],
        "revocations": [{"attendee_id": r.attendee_id, "serial": r.serial, "reason": r.reason,
                         "revoked_at": r.revoked_at} for r in package.revocations],
        "attendees": [{"id": a.attendee_id, "given_name": a.given_name, "family_name": a.family_name,
                       "organisation": a.organisation, "delegation": a.delegation, "category": a.category}
                      for a in package.attendees],
    }
    plain = json.dumps(body, ensure_ascii=False, indent=1).encode("utf-8")
    if not passphrase:
        return plain
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    header = {"format": SEALED_FORMAT, "version": VERSION, "event_id": package.event_id,
              "fingerprints": [raw_fingerprint(k.public_key) for k in package.keys],
              "kdf": {"name": "scrypt", "n": _SCRYPT_N, "r": _SCRYPT_R, "p": _SCRYPT_P, "salt": _b64(salt)},
              "cipher": {"name": "AES-256-GCM", "nonce": _b64(nonce)}}
    aad = json.dumps(header, sort_keys=True).encode("utf-8")
    sealed = AESGCM(_derive(passphrase, salt)).encrypt(nonce, plain, aad)
    return json.dumps({**header, "ciphertext": _b64(sealed)}, indent=1).encode("utf-8")


def write_package(path: Path, package: DeskPackage, passphrase: str | None = None) -> Path:
    """Write the package, private to the user (0600), atomically. Raises OSError."""
    return write_atomic(path, package_bytes(package, passphrase), mode=paths.PRIVATE_FILE_MODE)


def _problem(path: Path, text: Message, error: type[CheckinFileError] = CheckinFileError) -> CheckinFileError:
    return error(path, "", text)


_NOT_PACKAGE = QT_TRANSLATE_NOOP("CheckIn", "not a Companion desk package")
_BROKEN_PACKAGE = QT_TRANSLATE_NOOP("CheckIn", "the desk package is damaged ({detail})")


def _json_object(path: Path, data: bytes, not_ours: Message) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _problem(path, not_ours) from exc
    if not isinstance(value, dict):
        raise _problem(path, not_ours)
    return value


def read_package(path: Path, passphrase: str | None = None) -> DeskPackage:
    """Read a desk package (unsealing it with ``passphrase``); raises :class:`CheckinFileError` naming the file."""
    path = Path(path)
    data = read_bounded(path, error=CheckinFileError, limit_bytes=_LIMIT)
    value = _json_object(path, data, Message(_NOT_PACKAGE))
    sealed = value.get("format") == SEALED_FORMAT
    if sealed:
        if not passphrase:
            raise _problem(path, Message(QT_TRANSLATE_NOOP(
                "CheckIn", "the desk package is sealed with a passphrase; give the passphrase")),
                PassphraseNeededError)
        value = _unseal(path, value, passphrase)
    if value.get("format") != PACKAGE_FORMAT:
        raise _problem(path, Message(_NOT_PACKAGE))
    if value.get("version") != VERSION:
        raise _problem(path, Message(QT_TRANSLATE_NOOP(
            "CheckIn", "the desk package was made by a newer Companion (version {version})"),
            version=str(value.get("version"))))
    try:
        event_id = str(value["event_id"])
        keys = tuple(KnownKey(event_id, str(k["key_id"]), _unb64(k["public_key"])) for k in value["keys"])
        revocations = tuple(Revocation(event_id, str(r["attendee_id"]), int(r["serial"]), str(r.get("reason", "")),
                                       str(r.get("revoked_at", ""))) for r in value.get("revocations", []))
        attendees = tuple(AttendeeFacts(str(a["id"]), str(a.get("given_name", "")), str(a.get("family_name", "")),
                                        str(a.get("organisation", "")), str(a.get("delegation", "")),
                                        str(a.get("category", ""))) for a in value.get("attendees", []))
    except (KeyError, TypeError, ValueError, binascii.Error) as exc:
        raise _problem(path, Message(_BROKEN_PACKAGE, detail=type(exc).__name__)) from exc
    if any(len(k.public_key) != 32 for k in keys) or not keys:
        raise _problem(path, Message(_BROKEN_PACKAGE, detail="keys"))
    return DeskPackage(event_id, keys, revocations, attendees, str(value.get("created_at", "")), sealed)


def _unseal(path: Path, envelope: dict[str, Any], passphrase: str) -> dict[str, Any]:
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    header = {k: v for k, v in envelope.items() if k != "ciphertext"}
    try:
        kdf, cipher = header["kdf"], header["cipher"]
        if kdf.get("name") != "scrypt" or cipher.get("name") != "AES-256-GCM":
            raise ValueError("unknown method")
        if (kdf.get("n"), kdf.get("r"), kdf.get("p")) != (_SCRYPT_N, _SCRYPT_R, _SCRYPT_P):
            raise ValueError("unexpected scrypt cost")  # never let a file choose a huge cost
        salt, nonce, sealed = _unb64(kdf["salt"]), _unb64(cipher["nonce"]), _unb64(envelope["ciphertext"])
    except (KeyError, TypeError, AttributeError, ValueError, binascii.Error) as exc:
        raise _problem(path, Message(_BROKEN_PACKAGE, detail=type(exc).__name__)) from exc
    aad = json.dumps(header, sort_keys=True).encode("utf-8")
    try:
        plain = AESGCM(_derive(passphrase, salt)).decrypt(nonce, sealed, aad)
    except (InvalidTag, ValueError) as exc:
        raise _problem(path, Message(QT_TRANSLATE_NOOP(
            "CheckIn", "wrong passphrase (or the desk package was changed after it was sealed)")),
            WrongPassphraseError) from exc
    return _json_object(path, plain, Message(_NOT_PACKAGE))


# ---- desk logs ---------------------------------------------------------------------------------------------


def log_bytes(event_id: str, desk_id: str, records: Sequence[ScanRecord]) -> bytes:
    body = {"format": LOG_FORMAT, "version": VERSION, "event_id": event_id, "desk_id": desk_id,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "records": [dict(zip(_RECORD_FIELDS, record_row(r), strict=True)) for r in records]}
    return json.dumps(body, ensure_ascii=False, indent=0).encode("utf-8")


def write_log(path: Path, event_id: str, desk_id: str, records: Sequence[ScanRecord]) -> Path:
    """Write a desk log, private to the user (0600), atomically. Raises OSError."""
    return write_atomic(path, log_bytes(event_id, desk_id, records), mode=paths.PRIVATE_FILE_MODE)


def read_log(path: Path, event_id: str) -> list[ScanRecord]:
    """The records of a desk log for ``event_id``; raises :class:`CheckinFileError` naming the file."""
    path = Path(path)
    data = read_bounded(path, error=CheckinFileError, limit_bytes=_LIMIT)
    not_log = Message(QT_TRANSLATE_NOOP("CheckIn", "not a Companion check-in log"))
    value = _json_object(path, data, not_log)
    if value.get("format") != LOG_FORMAT or not isinstance(value.get("records"), list):
        raise _problem(path, not_log)
    if value.get("event_id") != event_id:
        raise _problem(path, Message(QT_TRANSLATE_NOOP("CheckIn", "this log is of event {logged}, not {event}"),
                                     logged=repr(value.get("event_id")), event=repr(event_id)))
    records: list[ScanRecord] = []
    for number, item in enumerate(value["records"], start=1):
        try:
            record = row_record([item[f] for f in _RECORD_FIELDS])
        except (KeyError, TypeError, ValueError) as exc:
            raise _problem(path, Message(QT_TRANSLATE_NOOP("CheckIn", "record {number} is damaged"),
                                         number=number)) from exc
        if record.event_id != event_id:
            raise _problem(path, Message(QT_TRANSLATE_NOOP("CheckIn", "record {number} is damaged"),
                                         number=number))
        records.append(record)
    return records
