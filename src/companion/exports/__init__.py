"""Files the app writes for other software: calendar files (.ics) now, schedules and badges later."""
