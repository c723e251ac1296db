"""Past one machine, on one: two worker processes fetch and extract their shards of the
feeds into one spool directory; the single loader merges it. The warehouse ends up as a
one-process run leaves it, and loading again changes nothing."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from extractors.errors import ConfigError
from flows.scale import fetch_shard, load_shared, parse_shard, shard_of, state_path
from flows.settings import Settings

FEEDS = ("files/feeds/en.xml", "files/feeds/es.xml", "files/feeds/fr.xml",
         "files/feeds/malformed.xml")
TABLES = ("articles", "article_feeds", "fetch_failures", "people", "events", "quotes",
          "figures")


def sharded_feeds(path: Path, server, shards: int = 2) -> Path:
    """The fixture feeds, each given a query string that puts them in alternate shards
    (the port changes every run, so the hashes do too)."""
    lines = []
    for i, feed in enumerate(FEEDS):
        url = next(u for n in range(200) if shard_of(
            u := server.url(f"{feed}?s={n}"), shards) == i % shards)
        lines.append(f'[[feeds]]\nurl = "{url}"\n\n')
    path.write_text("".join(lines), encoding="utf-8")
    return path


def table_counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    finally:
        con.close()


def test_shards_are_stable_and_parsed() -> None:
    assert shard_of("https://example.org/feed", 3) == shard_of("https://example.org/feed", 3)
    assert parse_shard("1/2") == (1, 2)
    for bad in ("2/2", "x", "1-2"):
        with pytest.raises(ConfigError):
            parse_shard(bad)


def test_two_worker_processes_and_one_loader(http_server, settings: Settings,
                                             tmp_path: Path) -> None:
    feeds = sharded_feeds(tmp_path / "feeds.toml", http_server)
    spool = tmp_path / "shared" / "spool"
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANMEX_")}
    env.update({"CANMEX_HOME": str(tmp_path / "home"), "CANMEX_POLITE_DELAY": "0",
                "CANMEX_FETCH_RETRIES": "0", "CANMEX_READ_TIMEOUT": "5",
                "CANMEX_ALLOW_PRIVATE_ARTICLE_HOSTS": "true"})
    workers = [subprocess.Popen(
        [sys.executable, "-m", "flows.scale", "fetch", "--shard", f"{k}/2", "--spool",
         str(spool), "--feeds", str(feeds)], env=env, cwd=tmp_path, text=True,
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for k in (0, 1)]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert [w.returncode for w in workers] == [0, 0], outputs
    assert all("2 feeds" in out for out, _ in outputs), outputs   # both did work
    batches = sorted(spool.glob("batch-*.jsonl"))
    assert len(batches) >= 2 and not list(spool.glob("*.tmp"))

    db = tmp_path / "warehouse.duckdb"
    loaded = load_shared(db, spool, settings)
    assert loaded >= 5 and not list(spool.glob("batch-*.jsonl"))
    merged = table_counts(db)

    # the same feeds through one process: the same warehouse
    alone_spool, alone_db = tmp_path / "alone-spool", tmp_path / "alone.duckdb"
    fetch_shard(feeds, alone_spool, settings, shard=0, shards=1)
    load_shared(alone_db, alone_spool, settings)
    assert merged == table_counts(alone_db)
    assert merged["articles"] == 5 and merged["article_feeds"] >= 7

    # the feeds fetched again (nothing new): loading their batches adds no article, fact
    # or sighting (failed fetches are recorded per attempt, as ingest passes do)
    fetch_shard(feeds, spool, settings, shard=0, shards=1)
    load_shared(db, spool, settings)
    after = table_counts(db)
    assert after.pop("fetch_failures") == 2 * merged.pop("fetch_failures")
    assert after == merged


def test_a_worker_remembers_its_feeds_and_what_it_spooled(http_server, settings: Settings,
                                                          tmp_path: Path) -> None:
    body = (http_server.root / "feeds" / "fr.xml").read_bytes().replace(
        b"{base}", http_server.base.encode())
    name = f"worker-{tmp_path.name}"
    http_server.set_body(name, body)
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nurl = "{http_server.url(f"mutable/{name}")}"\n',
                     encoding="utf-8")
    spool = tmp_path / "spool"
    page = "/files/articles/fr-rencontre.html"

    def pages_fetched(since: int) -> list[str]:
        return [p for p, _ in http_server.requests[since:] if p.startswith("/files/articles/")]

    first = fetch_shard(feeds, spool, settings, shard=0, shards=1)
    assert (first.articles, len(first.files)) == (1, 1)
    assert state_path(spool, 0, 1).is_file()

    sent = len(http_server.requests)
    again = fetch_shard(feeds, spool, settings, shard=0, shards=1)
    assert (again.feeds_unchanged, again.articles, again.files) == (1, 0, ())
    assert pages_fetched(sent) == []

    # the feed lists one more article: only that one is fetched
    http_server.set_body(name, body.replace(b"</channel>", b"<item><title>Nouvelle</title>"
                         b"<link>" + http_server.url("files/articles/es-reunion.html").encode()
                         + b"</link></item></channel>"))
    sent = len(http_server.requests)
    more = fetch_shard(feeds, spool, settings, shard=0, shards=1)
    assert (more.articles, more.articles_known) == (1, 1)
    assert pages_fetched(sent) == ["/files/articles/es-reunion.html"]

    # a damaged state file costs a full re-fetch, nothing else; the loader dedups
    state_path(spool, 0, 1).write_text("{not json", encoding="utf-8")
    sent = len(http_server.requests)
    afresh = fetch_shard(feeds, spool, settings, shard=0, shards=1)
    assert afresh.articles == 2 and page in pages_fetched(sent)
    db = tmp_path / "warehouse.duckdb"
    assert load_shared(db, spool, settings) == 2
    assert table_counts(db)["articles"] == 2


def test_a_feed_with_transient_failures_is_read_again_next_pass(
        http_server, settings: Settings, tmp_path: Path) -> None:
    name = f"flaky-{tmp_path.name}"
    http_server.set_body(name, (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Flaky</title>'
        f'<item><title>Down</title><link>{http_server.url("status/503")}</link></item>'
        '</channel></rss>').encode())
    feeds = tmp_path / "feeds.toml"
    feeds.write_text(f'[[feeds]]\nurl = "{http_server.url(f"mutable/{name}")}"\n',
                     encoding="utf-8")
    quick = settings.with_overrides(fetch_retries=0)
    first = fetch_shard(feeds, tmp_path / "spool", quick, shard=0, shards=1)
    assert (first.articles, first.failures) == (0, 1)
    second = fetch_shard(feeds, tmp_path / "spool", quick, shard=0, shards=1)
    assert (second.feeds_unchanged, second.failures) == (0, 1)    # polled and tried again
