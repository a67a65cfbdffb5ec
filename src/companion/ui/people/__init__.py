"""The People directory: everyone the event data names, their roles, delegations and sessions."""
