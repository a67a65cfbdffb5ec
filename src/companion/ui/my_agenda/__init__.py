"""My agenda: starred sessions with their clashes and free gaps, stars in every view, reminders, calendar export."""
