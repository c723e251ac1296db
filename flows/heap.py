"""The garbage collector's full scans, kept to what a pass creates.

A process that ingests holds a large heap that lives as long as it does: Prefect and
its models, the HTML and feed parsers, the gazetteer and lexicons. Python's collector
walks every tracked object at each full (oldest-generation) collection, and a pass
allocates enough to set several off: in the flow's process of a 1,000-article pass
they took about 2 s, holding the interpreter lock the fetch threads need.
``gc.freeze`` moves what exists to a generation the collector never scans; nothing is
lost by it (frozen objects are only not collected, and they were not garbage).

What a pass creates and keeps for a while (the records of the batches in flight, the
meetings of the batch being matched) is still walked by every full collection, and the
pass's allocations set one off every few hundred milliseconds: six of them took about a
second of CPU in a 1,000-article pass. During a pass a full collection runs ten times
less often (``FULL_SCAN_EVERY``); the young generations are collected as usual, and
so is any cycle that dies young.
"""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

# Young-generation collections between two full ones during a pass (Python's default: 10).
FULL_SCAN_EVERY = 100


@contextmanager
def long_lived_frozen() -> Iterator[None]:
    """For the block, what the process holds when it starts is left out of the
    collector's scans, and full scans are rarer (``FULL_SCAN_EVERY``); after it, both
    are as they were (``gc.unfreeze``), so that what became garbage meanwhile is
    collected as before."""
    young, middle, full = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(young, middle, max(full, FULL_SCAN_EVERY))
    try:
        yield
    finally:
        gc.set_threshold(young, middle, full)
        gc.unfreeze()


def freeze_long_lived() -> None:
    """Leave what the process holds now out of every later scan (a worker process,
    once it has read what it keeps until it exits)."""
    gc.freeze()
