"""Forward migrations of the user-state database, applied in order; ``PRAGMA user_version`` is the index.

Append new steps at the end; never edit a step that has shipped.
"""

from __future__ import annotations

MIGRATIONS: tuple[str, ...] = (
    # 1: settings and per-event stars
    """
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE stars (
        event_id   TEXT NOT NULL,
        session_id TEXT NOT NULL,
        starred_at TEXT NOT NULL,
        PRIMARY KEY (event_id, session_id)
    );
    """,
    # 2: attendees for badges, the print log and check-ins (badge printing)
    """
    CREATE TABLE attendees (
        event_id     TEXT NOT NULL,
        attendee_id  TEXT NOT NULL,
        given_name   TEXT NOT NULL,
        family_name  TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        delegation   TEXT NOT NULL DEFAULT '',
        category     TEXT NOT NULL,
        email        TEXT,
        updated_at   TEXT NOT NULL,
        PRIMARY KEY (event_id, attendee_id)
    );
    CREATE TABLE print_log (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id    TEXT NOT NULL,
        attendee_id TEXT NOT NULL,
        printed_at  TEXT NOT NULL,
        layout      TEXT NOT NULL,
        output      TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX print_log_attendee ON print_log(event_id, attendee_id);
    CREATE TABLE checkins (
        event_id      TEXT NOT NULL,
        attendee_id   TEXT NOT NULL,
        checked_in_at TEXT NOT NULL,
        PRIMARY KEY (event_id, attendee_id)
    );
    """,
    # 3: events the user has opened (recent list) and the last snapshot seen, for "what changed"
    """
    CREATE TABLE known_events (
        event_id     TEXT PRIMARY KEY,
        title        TEXT NOT NULL,
        path         TEXT NOT NULL,
        opened_at    TEXT NOT NULL,
        snapshot     TEXT NOT NULL DEFAULT '',
        fallback_zone TEXT NOT NULL DEFAULT ''
    );
    """,
    # 4: per-session revisions, so a calendar export's SEQUENCE and LAST-MODIFIED move when a session changes
    #    (and a session that left the programme can be exported as cancelled from its last known facts)
    """
    CREATE TABLE session_revisions (
        event_id    TEXT NOT NULL,
        session_id  TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        revision    INTEGER NOT NULL,
        changed_at  TEXT NOT NULL DEFAULT '',
        facts       TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (event_id, session_id)
    );
    """,
    # 5: "printed" means printed (badge desk): each print-log entry says whether the badges went to a printer,
    #    were saved as a PDF or were marked as printed by hand; entries from before were all called printed, and
    #    those written to a .pdf file were saves
    """
    ALTER TABLE print_log ADD COLUMN kind TEXT NOT NULL DEFAULT 'printed';
    UPDATE print_log SET kind = 'saved' WHERE lower(output) LIKE '%.pdf';
    """,
    # 6: subscriptions: a schedule's address, what the server said about the last good copy (ETag,
    #    Last-Modified) for conditional requests, where that copy is cached, the zone chosen in the import
    #    report and the refresh period (0: on demand only)
    """
    CREATE TABLE subscriptions (
        url            TEXT PRIMARY KEY,
        cache_name     TEXT NOT NULL,
        event_id       TEXT NOT NULL DEFAULT '',
        title          TEXT NOT NULL DEFAULT '',
        etag           TEXT NOT NULL DEFAULT '',
        last_modified  TEXT NOT NULL DEFAULT '',
        fetched_at     TEXT NOT NULL DEFAULT '',
        checked_at     TEXT NOT NULL DEFAULT '',
        zone           TEXT NOT NULL DEFAULT '',
        sessions       INTEGER NOT NULL DEFAULT 0,
        refresh_minutes INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 7: the check-in desk (issue 16): an append-only log of scans (desk id, scan id, nonce, hybrid-logical-clock
    #    stamp, kind, the verdict given, operator, reason, the scan an undo cancels); the public keys a desk accepts
    #    per event; revoked badge codes and each attendee's current code serial; the attendee list a desk package
    #    brought and where it came from. (The desk's own id is the setting "checkin/desk-id".)
    """
    CREATE TABLE checkin_log (
        seq         INTEGER PRIMARY KEY AUTOINCREMENT,
        scan_id     TEXT NOT NULL UNIQUE,
        desk_id     TEXT NOT NULL,
        nonce       TEXT NOT NULL,
        event_id    TEXT NOT NULL,
        attendee_id TEXT NOT NULL DEFAULT '',
        serial      INTEGER NOT NULL DEFAULT 0,
        kind        TEXT NOT NULL,
        verdict     TEXT NOT NULL,
        hlc         TEXT NOT NULL,
        wall_time   TEXT NOT NULL,
        operator    TEXT NOT NULL DEFAULT '',
        reason      TEXT NOT NULL DEFAULT '',
        undoes      TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX checkin_log_event ON checkin_log(event_id, hlc);
    CREATE INDEX checkin_log_attendee ON checkin_log(event_id, attendee_id);
    CREATE TABLE checkin_keys (
        event_id   TEXT NOT NULL,
        key_id     TEXT NOT NULL,
        public_key BLOB NOT NULL,
        added_at   TEXT NOT NULL,
        PRIMARY KEY (event_id, key_id)
    );
    CREATE TABLE badge_serials (
        event_id    TEXT NOT NULL,
        attendee_id TEXT NOT NULL,
        serial      INTEGER NOT NULL,
        issued_at   TEXT NOT NULL,
        PRIMARY KEY (event_id, attendee_id)
    );
    CREATE TABLE badge_revocations (
        event_id    TEXT NOT NULL,
        attendee_id TEXT NOT NULL,
        serial      INTEGER NOT NULL,
        reason      TEXT NOT NULL DEFAULT '',
        revoked_at  TEXT NOT NULL,
        PRIMARY KEY (event_id, attendee_id, serial)
    );
    CREATE TABLE desk_attendees (
        event_id     TEXT NOT NULL,
        attendee_id  TEXT NOT NULL,
        given_name   TEXT NOT NULL,
        family_name  TEXT NOT NULL,
        organisation TEXT NOT NULL DEFAULT '',
        delegation   TEXT NOT NULL DEFAULT '',
        category     TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (event_id, attendee_id)
    );
    CREATE TABLE desk_packages (
        event_id     TEXT PRIMARY KEY,
        imported_at  TEXT NOT NULL,
        source       TEXT NOT NULL DEFAULT '',
        fingerprints TEXT NOT NULL DEFAULT ''
    );
    """,
)
