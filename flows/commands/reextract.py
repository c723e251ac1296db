"""``canmex reextract``: re-run the current extraction over stored articles."""
from __future__ import annotations

import argparse

from flows.commands import add_db_option
from flows.reextract import reextract
from flows.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "reextract", help="re-run the current extraction over the articles already stored",
        description="Replace the people, organisations, places, topics, figures, quotes "
                    "and events of every stored article that an older extractor version "
                    "produced (all articles with --all), from the stored text. Their events "
                    "are matched to meetings again on the next run; alerts already sent "
                    "are not repeated.")
    add_db_option(p)
    p.add_argument("--all", action="store_true", dest="everything",
                   help="re-extract every article, not only those from older versions")
    p.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    result = reextract(args.db or settings.db, settings, everything=args.everything)
    print(f"re-extracted {result.articles} article"
          f"{'' if result.articles == 1 else 's'} with extractor {result.version}")
    return 0
