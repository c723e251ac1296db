"""Extraction of fetched pages in worker processes (``flows.articles``): the same records
as in the flow's own process, a dead worker costs only its article, and the flow uses
the pool end to end."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

import flows.articles as articles
from flows.articles import Candidate, Extractor, Page, extract_processes, safe_build_record
from flows.settings import Settings
from warehouse.records import ArticleRecord, FetchFailure, article_id_for

PAGES = ("files/articles/en-meeting.html", "files/articles/es-reunion.html",
         "files/articles/fr-rencontre.html", "files/articles/empty.html")


def page_of(http_server, path: str) -> tuple[Candidate, Page]:
    url = http_server.url(path)
    body = (http_server.root / path.removeprefix("files/")).read_bytes()
    candidate = Candidate(article_id=article_id_for(url), url=url, canonical_url=url,
                          feed_urls=("http://feeds.example/a.xml",), title="A story",
                          summary="Ministers met in Ottawa.", published="2025-03-12")
    return candidate, Page(body=body, url_final=url, status=200)


def comparable(record: ArticleRecord | FetchFailure) -> object:
    assert isinstance(record, ArticleRecord)
    return (record.article_id, record.text, record.from_summary, record.author,
            record.site_name, record.extraction)


def test_worker_processes_give_the_same_records_as_the_flow_process(http_server) -> None:
    pages = [page_of(http_server, p) for p in PAGES]
    with Extractor(1) as inline:
        expected = [comparable(inline.extract(c, p)) for c, p in pages]
    with Extractor(2) as pool:
        got = [comparable(pool.extract(c, p)) for c, p in pages]
    assert got == expected
    assert any(e[2] for e in expected)          # the empty page fell back to its summary


def test_pages_go_to_the_workers_earliest_batch_first() -> None:
    """With the workers busy, waiting pages get their turn by batch order (lowest
    first), in arrival order within a batch, however they arrived."""
    import threading
    import time

    gate = articles._OrderedGate(1)
    went: list[tuple[int, int]] = []

    def page(order: int, n: int) -> None:
        with gate.turn(order):
            went.append((order, n))      # one slot: one page at a time in here

    busy = gate.turn(9)                  # the one slot taken
    busy.__enter__()
    threads = []
    for order, n in [(2, 0), (1, 0), (3, 0), (1, 1), (2, 1), (0, 0)]:
        threads.append(threading.Thread(target=page, args=(order, n)))
        threads[-1].start()
        while len(gate._waiting) < len(threads):    # queued in this arrival order
            time.sleep(0.001)
    busy.__exit__(None, None, None)
    for thread in threads:
        thread.join(timeout=10)
    assert went == [(0, 0), (1, 0), (1, 1), (2, 0), (2, 1), (3, 0)]
    assert gate._free == 1 and not gate._waiting


def test_no_more_pages_than_the_gates_slots_go_at_once() -> None:
    import threading
    import time

    gate = articles._OrderedGate(2)
    lock = threading.Lock()
    inside = [0, 0]                      # now, most at once

    def page(order: int) -> None:
        with gate.turn(order):
            with lock:
                inside[0] += 1
                inside[1] = max(inside)
            time.sleep(0.01)
            with lock:
                inside[0] -= 1

    threads = [threading.Thread(target=page, args=(n % 3,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert inside == [0, 2]
    assert gate._free == 2 and not gate._waiting     # every slot came back


def test_a_dead_worker_costs_its_article_and_the_pool_is_replaced(http_server) -> None:
    candidate, page = page_of(http_server, PAGES[0])
    with Extractor(2) as extractor:
        assert isinstance(extractor.extract(candidate, page), ArticleRecord)
        pool = extractor._pool
        assert pool is not None
        for pid in list(pool._processes):          # what an out-of-memory kill does
            os.kill(pid, signal.SIGKILL)
        failed = extractor.extract(candidate, page)
        assert isinstance(failed, FetchFailure) and failed.kind == "transient"
        assert "extraction worker died" in failed.error and failed.url == candidate.url
        assert extractor._pool is not pool
        assert isinstance(extractor.extract(candidate, page), ArticleRecord)


def test_an_extraction_bug_is_the_pages_failure_not_the_pass(
        http_server, monkeypatch: pytest.MonkeyPatch) -> None:
    # No real page is known to break the extraction; stand in for such a bug.
    def broken(*args: object, **kwargs: object) -> None:
        raise IndexError("list index out of range")
    monkeypatch.setattr(articles, "extract_article", broken)
    candidate, page = page_of(http_server, PAGES[0])
    failure = safe_build_record(candidate, page)
    assert isinstance(failure, FetchFailure) and failure.kind == "permanent"
    assert failure.error.endswith("extraction failed: IndexError: list index out of range")


@pytest.mark.parametrize("processes, pool_min, articles_new, expected", [
    (0, 50, 49, 1), (0, 50, 50, None), (1, 1, 500, 1), (4, 1, 3, 3), (4, 1, 100, 4)])
def test_how_many_worker_processes_a_pass_uses(settings: Settings, processes: int,
                                              pool_min: int, articles_new: int,
                                              expected: int | None) -> None:
    s = settings.with_overrides(extract_processes=processes, extract_pool_min=pool_min)
    want = expected if expected is not None else max(1, os.cpu_count() or 1)
    assert extract_processes(s, articles_new) == want


def test_the_flow_extracts_in_worker_processes(http_server, settings: Settings,
                                               tmp_path: Path, prefect_harness) -> None:
    from flows.ingest import ingest
    feeds_file = tmp_path / "feeds.toml"
    feeds_file.write_text("".join(f'[[feeds]]\nurl = "{http_server.url(f)}"\n\n' for f in (
        "files/feeds/en.xml", "files/feeds/es.xml", "files/feeds/fr.xml")), encoding="utf-8")
    tables = ("articles", "people", "organizations", "places", "topics", "figures",
              "quotes", "events", "meetings")
    contents, outcomes = [], []
    for name, processes in (("inline", 1), ("pool", 2)):
        db = str(tmp_path / f"{name}.duckdb")
        run = ingest(str(feeds_file), db,
                     settings.with_overrides(db=db, extract_processes=processes,
                                             extract_pool_min=1))
        assert run.articles_new == 5
        outcomes.append((run.articles_new, run.articles_failed, run.relevant,
                         run.new_meetings))
        con = duckdb.connect(db, read_only=True)
        try:
            contents.append({t: sorted(map(str, con.execute(
                f"SELECT * EXCLUDE (fetched_at, extracted_at) FROM {t}" if t == "articles" else
                f"SELECT * FROM {t}").fetchall())) for t in tables if t != "meetings"}
                | {"meetings": con.execute("SELECT count(*) FROM meetings").fetchone()})
        finally:
            con.close()
    assert contents[0] == contents[1] and outcomes[0] == outcomes[1]
    assert all(contents[0][t] for t in tables)


def test_the_fork_server_is_started_ahead_with_the_extraction_code_to_load() -> None:
    # In a process of its own: this one may have started its fork server already.
    script = (
        "import os\n"
        "from flows.articles import start_fork_server\n"
        "start_fork_server()\n"
        "kids = [p for p in os.listdir('/proc') if p.isdigit() and open(f'/proc/{p}/stat')"
        ".read().rsplit(')', 1)[1].split()[1] == str(os.getpid())]\n"
        "print([open(f'/proc/{p}/cmdline').read() for p in kids])\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         timeout=120, check=True).stdout
    assert "multiprocessing.forkserver import main" in out
    assert "'flows.articles']" in out      # preloaded: workers start with it imported


def test_ctrl_c_in_the_terminal_leaves_the_fork_server_and_its_workers_alone() -> None:
    # Ctrl-C signals the whole process group; the flow's process handles it (here: by
    # doing nothing) and shuts the workers down itself. Sent while the fork server is
    # still importing (once it ignores SIGINT: its first import), then while a worker
    # holds a page.
    script = (
        "import os, signal, time\n"
        "from multiprocessing import forkserver\n"
        "from flows.articles import start_fork_server, worker_pool\n"
        "signal.signal(signal.SIGINT, lambda *_: None)\n"
        "start_fork_server()\n"
        "status = f'/proc/{forkserver._forkserver._forkserver_pid}/status'\n"
        "ignored = lambda: [int(line.split()[1], 16) & 2 for line in open(status)\n"
        "                   if line.startswith('SigIgn')] == [2]\n"
        "while not ignored():\n"
        "    time.sleep(0.005)\n"
        "os.killpg(0, signal.SIGINT)\n"
        "pool = worker_pool(1)\n"
        "slow = pool.submit(time.sleep, 1.0)\n"
        "time.sleep(0.5)\n"
        "os.killpg(0, signal.SIGINT)\n"
        "slow.result()\n"
        "print(pool.submit(os.getpid).result() != os.getpid())\n"
        "pool.shutdown()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=120, start_new_session=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "True"
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr
