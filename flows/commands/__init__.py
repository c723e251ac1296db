"""One module per ``canmex`` sub-command; see ``flows.cli``."""
from __future__ import annotations

import argparse

DB_HELP = ("the warehouse file (default: the `db` setting, overridden by the CANMEX_DB "
           "environment variable)")


def add_db_option(parser: argparse.ArgumentParser, *, default: object = None) -> None:
    """The ``--db PATH`` option every command that uses the warehouse takes."""
    parser.add_argument("--db", metavar="PATH", default=default, help=DB_HELP)
