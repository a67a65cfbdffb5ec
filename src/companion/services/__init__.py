"""Workflows written once, used by the window and the command line alike (no Qt here).

One object per workflow (open an event, stars, calendar export, badge run, settings, …), composed once at
start-up by :class:`companion.services.container.Services`, which creates each lazily so that a command
imports only what it uses. Background work is a plain function run by :mod:`companion.services.jobs`.
"""
