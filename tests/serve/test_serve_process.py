"""`canmex serve` as a real process: it starts its own Prefect server on 127.0.0.1, runs
scheduled ingest passes against the fixture feeds into a fresh warehouse, runs a
deployment triggered through the API, rewrites the report when the automation sees
canmex.meeting.detected, and stops cleanly on SIGTERM. Every wait is a bounded poll."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest
from support.serving import (
    RUN_WAIT,
    STOP_WAIT,
    Serving,
    article_urls,
    create_run,
    process_gone,
    run_through_api,
    runs_of,
    serve_environ,
    serving,
    write_feeds,
)

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


@pytest.fixture
def serve_env(tmp_path: Path) -> dict[str, str]:
    return serve_environ(tmp_path / "home")


@pytest.fixture
def served(tmp_path: Path, http_server, serve_env: dict[str, str]) -> Iterator[Serving]:
    feeds = write_feeds(tmp_path / "feeds.toml", http_server, "files/feeds/fr.xml",
                        "files/feeds/es.xml")
    with serving(tmp_path, serve_env, feeds, tmp_path / "data" / "canmex.duckdb",
                 "--interval", "8") as serve:
        yield serve


def prefect_cli(*args: str, env: dict[str, str], cwd: Path, timeout: float
                ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "prefect", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done


def deploy_and_work(api: str, env: dict[str, str], work: Path, feeds: Path,
                    worker_db: Path) -> None:
    """deploy/prefect.yaml on the server at ``api`` (pool created through the API),
    schedules paused, one ingest run created through the API and run by a worker."""
    work.mkdir()
    shutil.copy(DEPLOY / "prefect.yaml", work / "prefect.yaml")
    with httpx.Client(base_url=api, timeout=10) as http:
        resp = http.post("/work_pools/", json={"name": "canmex", "type": "process"})
        assert resp.status_code == 201, resp.text
    prefect_cli("--no-prompt", "deploy", "--all", env=env, cwd=work, timeout=RUN_WAIT)
    with httpx.Client(base_url=api, timeout=10) as http:
        for name in ("canmex-scheduled-ingest/scheduled", "canmex-alert-delivery/scheduled",
                     "canmex-daily-digest/daily", "canmex-meeting-report/on-meeting"):
            dep = http.get(f"/deployments/name/{name}").json()
            assert dep["work_pool_name"] == "canmex", name
            http.post(f"/deployments/{dep['id']}/pause_deployment")  # no scheduled runs
        create_run(http, "canmex-scheduled-ingest/scheduled",
                   {"feeds": str(feeds), "db": str(worker_db), "due_only": False},
                   time.monotonic() + RUN_WAIT)
    prefect_cli("worker", "start", "--pool", "canmex", "--run-once", env=env, cwd=work,
                timeout=RUN_WAIT)


def test_canmex_serve_runs_schedules_api_runs_and_the_automation_then_stops_on_sigterm(
        served: Serving, http_server, tmp_path: Path, serve_env: dict[str, str]) -> None:
    db = served.db
    t0 = time.monotonic()
    api = served.api_url()

    # meanwhile: deploy/prefect.yaml on the same server, one of its runs by a worker
    pool = ThreadPoolExecutor(max_workers=2)
    more = write_feeds(tmp_path / "more.toml", http_server, "files/feeds/en.xml")
    worker_db = tmp_path / "worker.duckdb"
    cli_env = {**serve_env, "PREFECT_API_URL": api,
               "PREFECT_HOME": str(tmp_path / "cli-prefect")}
    yaml_run = pool.submit(deploy_and_work, api, cli_env, tmp_path / "deploying", more,
                           worker_db)

    # a scheduled pass lands the fixture articles
    started = time.monotonic()
    urls = served.wait_for("articles from a scheduled pass",
                           lambda: (u := article_urls(db)) and len(u) >= 3 and u)
    assert http_server.url("files/articles/fr-rencontre.html") in urls
    print(f"API up after {started - t0:.1f} s; first scheduled pass landed "
          f"{time.monotonic() - started:.1f} s later")

    # meanwhile: a run created through the API, with other parameters
    api_run = pool.submit(run_through_api, api, {"feeds": str(more), "db": str(db),
                                                 "due_only": False}, RUN_WAIT)

    assert yaml_run.result(RUN_WAIT * 2) is None
    assert http_server.url("files/articles/en-meeting.html") in article_urls(worker_db)
    print(f"prefect.yaml deployment run by a worker by {time.monotonic() - t0:.1f} s")

    # the meetings found were emitted as canmex.meeting.detected; the automations ran
    # the served report deployment and created a run of the prefect.yaml one
    report = db.with_name("report.html")
    served.wait_for("report written by the automation", report.exists)
    assert "<html" in report.read_text(encoding="utf-8").lower()
    with httpx.Client(base_url=api, timeout=10) as http:
        served.wait_for("a run of the prefect.yaml trigger's deployment",
                        lambda: runs_of(http, "canmex-meeting-report/on-meeting"))
    print(f"automations fired by {time.monotonic() - t0:.1f} s")

    assert api_run.result(RUN_WAIT)[1] == "COMPLETED"
    pool.shutdown()
    assert http_server.url("files/articles/en-meeting.html") in article_urls(db)
    print(f"API-triggered run completed by {time.monotonic() - t0:.1f} s")

    assert served.stop(signal.SIGTERM) == 0
    print(f"stopped at {time.monotonic() - t0:.1f} s")
    assert "canmex serve: stopped" in served.out.read_text()
    assert "Traceback" not in served.output()
    with pytest.raises(httpx.HTTPError):                  # its server is gone too
        httpx.get(f"{api}/health", timeout=2)


def gated_feed(server, name: str, *articles: str) -> str:
    """A feed (``/mutable/<name>``) listing ``articles``; those starting ``gate/`` wait
    at their gate until the test opens it."""
    items = "".join(
        f"<item><title>Article {i}</title><link>{server.url(path)}</link>"
        f"<pubDate>Tue, 20 May 2025 12:00:00 GMT</pubDate></item>"
        for i, path in enumerate(articles))
    server.set_body(name, f"<?xml version='1.0' encoding='utf-8'?><rss version='2.0'>"
                          f"<channel><title>{name}</title>{items}</channel></rss>".encode())
    return f"mutable/{name}"


def test_ctrl_c_stops_canmex_serve_cleanly_in_the_middle_of_a_pass(
        http_server, tmp_path: Path, serve_env: dict[str, str], settings,
        prefect_harness) -> None:
    """Ctrl-C at a terminal sends SIGINT to the foreground process group: canmex serve
    and its flow-run processes (its Prefect server has a session of its own)."""
    from flows.ingest import run_ingest
    from flows.serve import writer_lock
    from warehouse.store import open_warehouse

    plain = "files/articles/fr-rencontre.html"
    held = "gate/ctrl-c/files/articles/es-reunion.html"
    feeds = write_feeds(tmp_path / "feeds.toml", http_server,
                        gated_feed(http_server, "ctrl-c", plain, held))
    db = tmp_path / "data" / "canmex.duckdb"
    env = {**serve_env, "CANMEX_READ_TIMEOUT": "120"}    # the held page waits for us
    with serving(tmp_path, env, feeds, db, "--interval", "3600",
                 new_session=True) as served:
        api = served.api_url()
        t0 = time.monotonic()
        with httpx.Client(base_url=api, timeout=10) as http:
            create_run(http, "canmex-scheduled-ingest/serve", {}, t0 + RUN_WAIT)
        served.wait_for("the pass fetching the held article",
                        lambda: http_server.wait_gate("ctrl-c", 0.1))
        children = served.children()
        assert len(children) >= 2                  # the Prefect server and the run
        print(f"pass in flight {time.monotonic() - t0:.1f} s after it was created")

        t1 = time.monotonic()
        os.killpg(served.proc.pid, signal.SIGINT)
        http_server.open_gate("ctrl-c")      # the page answers: the run can wind up
        assert served.proc.wait(STOP_WAIT) == 0
        print(f"stopped {time.monotonic() - t1:.1f} s after Ctrl-C")
        out = served.out.read_text()
        assert out.rstrip().endswith("canmex serve: stopped")
        assert "Traceback" not in served.err.read_text(), served.output()
        assert all(process_gone(pid) for pid in children), served.output()
        with pytest.raises(httpx.HTTPError):               # its server is gone
            httpx.get(f"{api}/health", timeout=2)

    # the warehouse is intact: free, and the next pass completes the one cut short (its
    # feed's state was not saved, so the feed is read again); nothing is stored twice
    with writer_lock(db, wait=0) as free:
        assert free
    with open_warehouse(db, busy_timeout=1) as con:
        assert con.execute("SELECT count(*) FROM articles").fetchone() == (0,)
    run_ingest(feeds, db, settings.with_overrides(db=str(db)))
    with open_warehouse(db, busy_timeout=1) as con:
        assert sorted(r[0] for r in con.execute("SELECT canonical_url FROM articles")
                      .fetchall()) == sorted([http_server.url(plain), http_server.url(held)])
