"""``companion refresh [URL]``: fetch every subscribed schedule again (or the one given), one line each.

Exit status as ``diff``: 0 nothing changed, 1 something changed (a first download counts), 2 any refresh failed
(the last good copy is then kept). A new version that would drop most sessions is refused (status 2) unless
``--accept-drop`` is given.
"""

from __future__ import annotations

import argparse
from typing import Any

from companion.cli.context import language, print_problem, services
from companion.cli.help_language import HelpText
from companion.domain.message import QT_TRANSLATE_NOOP, Message, render
from companion.sources.translations import translator

FIRST = QT_TRANSLATE_NOOP("CommandLine", "{address}: subscribed, {count} sessions")
SAME = QT_TRANSLATE_NOOP("CommandLine", "{address}: not changed")
CHANGED = QT_TRANSLATE_NOOP("CommandLine", "{address}: {count} sessions changed (see companion diff, or What changed)")
NEW_COPY = QT_TRANSLATE_NOOP("CommandLine", "{address}: new version, no session changed")
FAILED = QT_TRANSLATE_NOOP("CommandLine", "{problem} {kept}")
DROP_HINT = QT_TRANSLATE_NOOP("CommandLine", "{problem}; not replaced (use --accept-drop to replace it)")
NONE = QT_TRANSLATE_NOOP("CommandLine", "no subscriptions (subscribe with companion --event URL … or in the window)")


def register(sub: Any, shared: argparse.ArgumentParser, said: HelpText) -> None:
    p = sub.add_parser(
        "refresh",
        parents=[shared],
        help=said(QT_TRANSLATE_NOOP("CommandLineHelp", "download subscribed schedules again")),
        description=said(QT_TRANSLATE_NOOP(
            "CommandLineHelp", "Refresh every subscribed schedule (or the address given, subscribing to it). "
            "Exit status: 0 nothing changed, 1 something changed, 2 a refresh failed (the last good copy is kept).")),
    )
    p.add_argument("url", metavar="URL", nargs="?", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "the address to refresh (default: every subscription)")))
    p.add_argument("--accept-drop", action="store_true", help=said(QT_TRANSLATE_NOOP(
        "CommandLineHelp", "replace the copy even when the new version drops most sessions")))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from companion.services.subscriptions import DropRefusedError, FetchError, RefreshState, redact

    subscriptions = services(args).subscriptions
    translate = translator(language(args))
    urls = [args.url] if args.url else [s.url for s in subscriptions.all()]
    if not urls:
        print_problem(args, "companion", Message(NONE))
        return 0
    status = 0
    for url in urls:
        address = redact(url)
        try:
            done = subscriptions.refresh(url, accept_drop=args.accept_drop)
        except DropRefusedError as exc:
            print(render(Message(DROP_HINT, problem=exc.message), translate))
            status = 2
            continue
        except FetchError as exc:
            kept = subscriptions.kept_message(url) or ""
            print(render(Message(FAILED, problem=exc.message, kept=kept), translate).rstrip())
            status = 2
            continue
        if done.state is RefreshState.FIRST:
            line = Message(FIRST, address=address, count=len(done.opened.event.sessions))
            status = max(status, 1)
        elif done.changed:
            line = Message(CHANGED, address=address, count=len(done.opened.changes.changes))
            status = max(status, 1)
        elif done.state is RefreshState.CHANGED:
            line = Message(NEW_COPY, address=address)
        else:
            line = Message(SAME, address=address)
        print(render(line, translate))
    return status
