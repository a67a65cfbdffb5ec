"""The Delegations view: countries and organisations, their heads, members, notes, sessions and sources."""
