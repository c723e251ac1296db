"""The garbage collector's full scans, kept to what a pass creates.

A process that ingests holds a large heap that lives as long as it does: Prefect and
its models, the HTML and feed parsers, the gazetteer and lexicons. Python's collector
walks every tracked object at each full (oldest-generation) collection, and a pass
allocates enough to set several off: in the flow's process of a 1,000-article pass
they took about 2 s, holding the interpreter lock the fetch threads need.
``gc.freeze`` moves what exists to a generation the collector never scans; nothing is
lost by it (frozen objects are only not collected, and they were not garbage).
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """For the block, what the process holds when it starts is left out of the
    collector's scans; it is handed back to it after (``gc.unfreeze``), so that what
    became garbage meanwhile is collected as before."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def freeze_long_lived() -> None:
    """Leave what the process holds now out of every later scan (a worker process,
    once it has read what it keeps until it exits)."""
    gc.freeze()
