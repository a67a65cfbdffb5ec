"""Qt item models over the domain: sessions for the agenda (more models join as features arrive)."""
