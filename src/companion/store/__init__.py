"""User state in one SQLite file: stars, attendees, print log, settings; forward migrations."""
