"""Plain dataclasses and rules for events, sessions, people and attendees: no Qt, no I/O."""
