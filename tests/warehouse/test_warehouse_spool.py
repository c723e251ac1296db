"""The spool: a run that cannot write keeps its batch, and the next run loads it."""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

from warehouse_builders import FETCHED, make_record

from warehouse.records import FetchFailure
from warehouse.store import (
    default_spool_dir,
    load_article,
    load_spool,
    open_warehouse,
    read_spool_file,
    spool_batch,
    summary,
)

FAILURE = FetchFailure("https://news.example/gone", "https://feeds.example/en.xml",
                       "HTTP 410 Gone", "permanent", FETCHED)


def test_default_spool_dir_sits_beside_the_database(tmp_path: Path) -> None:
    assert default_spool_dir(tmp_path / "canmex.duckdb") == tmp_path / "canmex.duckdb.spool"


def test_spooled_batch_round_trips_every_field(tmp_path: Path) -> None:
    records = [make_record(), make_record("https://news.example/es", tag=" — «ñ»")]
    path = spool_batch(tmp_path / "spool", records, [FAILURE])
    assert path.parent == tmp_path / "spool" and path.suffix == ".jsonl"
    assert [p.name for p in path.parent.iterdir()] == [path.name]     # no temp file left
    assert read_spool_file(path) == (records, [FAILURE])


def test_load_spool_loads_then_deletes_and_is_idempotent(db_path: Path) -> None:
    spool = default_spool_dir(db_path)
    records = [make_record(), make_record("https://news.example/b")]
    first = spool_batch(spool, records[:1], [FAILURE])
    spool_batch(spool, records, [])
    kept = first.read_bytes()
    with open_warehouse(db_path) as con:
        assert load_spool(con, spool) == 2
        assert list(spool.iterdir()) == []
        counts = summary(con)
        assert counts["articles"] == 2 and counts["fetch_failures"] == 1
        assert load_article(con, records[0].article_id) == records[0]
        # A crash after the commit but before the delete leaves the file: loading it
        # again adds nothing.
        first.write_bytes(kept)
        assert load_spool(con, spool) == 0
        assert summary(con) == counts
        assert load_spool(con, db_path.parent / "no-spool-here") == 0


def test_damaged_batch_is_set_aside_and_the_rest_loaded(db_path: Path) -> None:
    spool = default_spool_dir(db_path)
    good = spool_batch(spool, [make_record()], [])
    truncated = spool / "batch-00000000T000000000000Z-deadbeef.jsonl"
    shutil.copy(good, truncated)
    truncated.write_text(truncated.read_text().splitlines()[0] + "\n")   # header only
    not_json = spool / "batch-00000000T000000000001Z-deadbeef.jsonl"
    not_json.write_text("{oops\n")
    with open_warehouse(db_path) as con:
        assert load_spool(con, spool) == 1
    assert sorted(p.name for p in spool.iterdir()) == sorted(
        [truncated.name + ".bad", not_json.name + ".bad"])


def test_spool_keeps_naive_and_offset_datetimes(tmp_path: Path) -> None:
    record = dataclasses.replace(make_record(), fetched_at=FETCHED.replace(tzinfo=None))
    path = spool_batch(tmp_path, [record], [])
    assert read_spool_file(path)[0] == [record]
