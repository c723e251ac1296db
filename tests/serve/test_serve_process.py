"""`canmex serve` as a real process: it starts its own Prefect server on 127.0.0.1, runs
scheduled ingest passes against the fixture feeds into a fresh warehouse, runs a
deployment triggered through the API, rewrites the report when the automation sees
canmex.meeting.detected, and stops cleanly on SIGTERM. Every wait is a bounded poll."""
from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest

STARTUP = 120.0          # seconds: Prefect server start-up, then the first runs
RUN_WAIT = 120.0
STOP_WAIT = 60.0
DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


def wait_for(what: str, check: Callable[[], Any], timeout: float, proc: subprocess.Popen,
             log: Path) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        if proc.poll() is not None:
            pytest.fail(f"canmex serve exited ({proc.returncode}) before {what}:\n"
                        + log.read_text(errors="replace")[-3000:])
        time.sleep(0.5)
    pytest.fail(f"no {what} within {timeout:.0f} s:\n"
                + log.read_text(errors="replace")[-3000:])


def article_urls(db: Path) -> set[str]:
    if not db.exists():
        return set()
    try:
        con = duckdb.connect(str(db), read_only=True)
    except duckdb.Error:           # the writer holds it right now
        return set()
    try:
        return {r[0] for r in con.execute("SELECT canonical_url FROM articles").fetchall()}
    except duckdb.Error:
        return set()
    finally:
        con.close()


def write_feeds(path: Path, server, *feeds: str) -> Path:
    path.write_text("".join(f'[[feeds]]\nurl = "{server.url(f)}"\n\n' for f in feeds),
                    encoding="utf-8")
    return path


@pytest.fixture
def serve_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CANMEX_", "PREFECT_API_", "PREFECT_HOME"))}
    env.update({
        "CANMEX_HOME": str(tmp_path / "home"), "CANMEX_POLITE_DELAY": "0",
        "CANMEX_FETCH_RETRIES": "0", "CANMEX_READ_TIMEOUT": "5",
        "CANMEX_ALLOW_PRIVATE_ARTICLE_HOSTS": "true", "CANMEX_BUSY_TIMEOUT": "5",
        # short loops so that a test run sees schedules and triggers fire quickly
        "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "2",
        "PREFECT_RUNNER_POLL_FREQUENCY": "2",
        # a few runs scheduled ahead, not a hundred per deployment: SQLite stays quick
        "PREFECT_SERVER_SERVICES_SCHEDULER_MAX_RUNS": "3",
        "PREFECT_SERVER_SERVICES_SCHEDULER_MIN_RUNS": "1",
    })
    return env


@pytest.fixture
def serving(tmp_path: Path, http_server, serve_env: dict[str, str]
            ) -> Iterator[tuple[subprocess.Popen, Path, Path, Path]]:
    feeds = write_feeds(tmp_path / "feeds.toml", http_server, "files/feeds/fr.xml",
                        "files/feeds/es.xml")
    db = tmp_path / "data" / "canmex.duckdb"
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "serve", "--feeds", str(feeds), "--db",
             str(db), "--interval", "8"], cwd=tmp_path, env=serve_env,
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT)
    try:
        yield proc, db, log, feeds
    finally:
        if proc.poll() is None:                 # the test failed half-way
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(STOP_WAIT)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def create_run(http: httpx.Client, deployment: str, parameters: dict[str, Any],
               deadline: float) -> str:
    dep = http.get(f"/deployments/name/{deployment}")
    assert dep.status_code == 200, dep.text
    while time.monotonic() < deadline:
        resp = http.post(f"/deployments/{dep.json()['id']}/create_flow_run",
                         json={"parameters": parameters})
        if resp.status_code == 503:          # SQLite busy in the test server: ask again
            time.sleep(1)
            continue
        assert resp.status_code == 201, resp.text
        return str(resp.json()["id"])
    pytest.fail(f"could not create a run of {deployment}")


def run_through_api(api: str, parameters: dict[str, Any], timeout: float) -> str:
    """Create a run of the served ingest deployment through the REST API; wait for a
    final state. A run cancelled because it collided with a scheduled one (one run at
    a time) is created again."""
    deadline = time.monotonic() + timeout
    with httpx.Client(base_url=api, timeout=10) as http:
        while time.monotonic() < deadline:
            run = create_run(http, "canmex-scheduled-ingest/serve", parameters, deadline)
            while time.monotonic() < deadline:
                state = http.get(f"/flow_runs/{run}").json()["state"]["type"]
                if state in ("COMPLETED", "FAILED", "CRASHED"):
                    return str(state)
                if state == "CANCELLED":
                    break
                time.sleep(0.5)
    return "TIMEOUT"


def prefect_cli(*args: str, env: dict[str, str], cwd: Path, timeout: float
                ) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "prefect", *args], env=env, cwd=cwd,
                          capture_output=True, text=True, timeout=timeout,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    return done


def runs_of(http: httpx.Client, deployment: str) -> list[dict[str, Any]]:
    dep = http.get(f"/deployments/name/{deployment}").json()
    resp = http.post("/flow_runs/filter",
                     json={"deployments": {"id": {"any_": [dep["id"]]}}})
    return list(resp.json()) if resp.status_code == 200 else []


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
        serving, http_server, tmp_path: Path, serve_env: dict[str, str]) -> None:
    proc, db, log, _ = serving
    t0 = time.monotonic()
    api = wait_for("Prefect API line", lambda: re.search(
        r"Prefect API (http://127\.0\.0\.1:\d+/api)", log.read_text(errors="replace")),
        STARTUP, proc, log).group(1)

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
    urls = wait_for("articles from a scheduled pass",
                    lambda: (u := article_urls(db)) and len(u) >= 3 and u, RUN_WAIT, proc,
                    log)
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
    wait_for("report written by the automation", report.exists, RUN_WAIT, proc, log)
    assert "<html" in report.read_text(encoding="utf-8").lower()
    with httpx.Client(base_url=api, timeout=10) as http:
        wait_for("a run of the prefect.yaml trigger's deployment",
                 lambda: runs_of(http, "canmex-meeting-report/on-meeting"), RUN_WAIT, proc,
                 log)
    print(f"automations fired by {time.monotonic() - t0:.1f} s")

    assert api_run.result(RUN_WAIT) == "COMPLETED"
    pool.shutdown()
    assert http_server.url("files/articles/en-meeting.html") in article_urls(db)
    print(f"API-triggered run completed by {time.monotonic() - t0:.1f} s")

    proc.send_signal(signal.SIGTERM)
    assert proc.wait(STOP_WAIT) == 0
    print(f"stopped at {time.monotonic() - t0:.1f} s")
    out = log.read_text(errors="replace")
    assert "canmex serve: stopped" in out and "Traceback" not in out
    with pytest.raises(httpx.HTTPError):                  # its server is gone too
        httpx.get(f"{api}/health", timeout=2)
