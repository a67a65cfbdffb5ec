"""The "What changed" page: differences between the last version of an event the user saw and this one."""
