"""The ``canmex`` command: a thin layer over library functions.

Each sub-command lives in ``flows/commands/<name>.py`` and exposes ``register(sub)``,
which adds its parser and sets ``func(args, settings) -> int``. Domain errors become a
one-line message on stderr and a non-zero exit status.
"""
from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys

from extractors.errors import CanmexError
from flows.settings import load_settings

COMMANDS = ("demo", "run", "extract", "reextract", "sql", "report", "export", "alerts",
            "feeds", "serve")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="canmex", description="Monitor Canada–Mexico relations in the news.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at INFO level")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"flows.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    try:
        settings = load_settings()
        return int(args.func(args, settings) or 0)
    except CanmexError as exc:
        print(f"canmex: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("canmex: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away ("canmex extract … | head"): nothing left to say.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
