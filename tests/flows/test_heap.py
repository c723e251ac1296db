"""The garbage collector's scans during a pass (``flows.heap``): what the process held
before is frozen out of them for the pass and handed back after, and full scans are
rarer meanwhile; extraction workers freeze what they read at start-up."""
from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

import flows.ingest as ingest_module
from flows.articles import Extractor
from flows.heap import FULL_SCAN_EVERY, long_lived_frozen
from flows.settings import Settings


class Node:
    def __init__(self) -> None:
        self.other: Node | None = None


def cycle_collected() -> bool:
    """Make a reference cycle, drop it, and tell whether a full collection frees it."""
    a, b = Node(), Node()
    a.other, b.other = b, a
    alive = weakref.ref(a)
    del a, b
    gc.collect()
    return alive() is None


def test_what_exists_is_frozen_for_the_block_and_handed_back_after() -> None:
    assert gc.get_freeze_count() == 0
    held = [Node() for _ in range(10)]
    with long_lived_frozen():
        assert gc.get_freeze_count() >= len(held)
        assert not any(obj is held for obj in gc.get_objects())   # not scanned
        assert cycle_collected()   # garbage made in the block is still collected
    assert gc.get_freeze_count() == 0
    assert any(obj is held for obj in gc.get_objects())


def test_full_scans_are_rarer_in_the_block_and_as_before_after() -> None:
    before = gc.get_threshold()
    with long_lived_frozen():
        young, middle, full = gc.get_threshold()
        assert (young, middle) == before[:2]
        assert full == max(before[2], FULL_SCAN_EVERY) > 10
    assert gc.get_threshold() == before


def test_the_heap_is_handed_back_when_the_block_fails() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), long_lived_frozen():
        raise RuntimeError("the pass failed")
    assert gc.get_freeze_count() == 0
    assert gc.get_threshold() == before


def test_extraction_workers_freeze_what_they_read_at_start_up() -> None:
    with Extractor(2) as extractor:
        assert extractor._pool is not None
        frozen = extractor._pool.submit(gc.get_freeze_count).result()
    assert frozen > 10_000     # the gazetteer and lexicons, among the rest


def test_the_ingest_flow_runs_its_pass_frozen_and_hands_the_heap_back(
        settings: Settings, tmp_path: Path, prefect_harness,
        monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def the_pass(feeds_file: str, db: str, settings: Settings, due_only: bool) -> None:
        seen.append(gc.get_freeze_count())

    monkeypatch.setattr(ingest_module, "ingest_pass", the_pass)
    ingest_module.ingest(str(tmp_path / "feeds.toml"), settings.db, settings)
    assert seen and seen[0] > 10_000
    assert gc.get_freeze_count() == 0
