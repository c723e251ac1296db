"""`canmex serve` as a real process for the tests: its environment, starting and
stopping it, and its flow runs read through the Prefect REST API. Every wait is a
bounded poll that gives up with the process's output."""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb
import httpx
import pytest

STARTUP = 120.0          # seconds: Prefect server start-up, then the first runs
RUN_WAIT = 120.0
STOP_WAIT = 60.0
INGEST = "canmex-scheduled-ingest/serve"
FINAL = ("COMPLETED", "FAILED", "CRASHED", "CANCELLED")


def serve_environ(home: Path) -> dict[str, str]:
    """This process's environment without canmex or Prefect API settings, canmex's data
    under ``home``, quick fetches of 127.0.0.1 fixtures, short Prefect loops."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CANMEX_", "PREFECT_API_", "PREFECT_HOME"))}
    env.update({
        "CANMEX_HOME": str(home), "CANMEX_POLITE_DELAY": "0",
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


def write_feeds(path: Path, server: Any, *feeds: str) -> Path:
    path.write_text("".join(f'[[feeds]]\nurl = "{server.url(f)}"\n\n' for f in feeds),
                    encoding="utf-8")
    return path


def article_urls(db: Path) -> set[str]:
    """Canonical URLs of the stored articles; empty while the file is missing or held."""
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


@dataclass
class Serving:
    """A running ``canmex serve``: its process, warehouse, feeds file and output."""
    proc: subprocess.Popen[bytes]
    db: Path
    feeds: Path
    out: Path
    err: Path

    def output(self) -> str:
        return (self.out.read_text(errors="replace") + "\n--- stderr\n"
                + self.err.read_text(errors="replace"))

    def wait_for(self, what: str, check: Callable[[], Any],
                 timeout: float = RUN_WAIT) -> Any:
        """The first true value of ``check()``; fails if the process exits first or
        ``timeout`` seconds pass."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = check()
            if value:
                return value
            if self.proc.poll() is not None:
                pytest.fail(f"canmex serve exited ({self.proc.returncode}) before {what}:\n"
                            + self.output()[-3000:])
            time.sleep(0.5)
        pytest.fail(f"no {what} within {timeout:.0f} s:\n" + self.output()[-3000:])

    def api_url(self) -> str:
        """The Prefect API it announced on its first line."""
        found = self.wait_for("Prefect API line", lambda: re.search(
            r"Prefect API (http://127\.0\.0\.1:\d+/api)", self.out.read_text(errors="replace")),
            STARTUP)
        return str(found.group(1))

    def children(self) -> set[int]:
        """Pids of its child processes (Prefect server, flow runs)."""
        pids: set[int] = set()
        for task in Path(f"/proc/{self.proc.pid}/task").glob("*"):
            try:
                pids |= {int(p) for p in (task / "children").read_text().split()}
            except OSError:        # the thread ended meanwhile
                continue
        return pids

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> int:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        return self.proc.wait(STOP_WAIT)


@contextmanager
def serving(cwd: Path, env: dict[str, str], feeds: Path, db: Path, *options: str,
            new_session: bool = False) -> Iterator[Serving]:
    """``canmex serve --feeds FEEDS --db DB OPTIONS...`` for the block; SIGTERM (then
    SIGKILL) on the way out if it still runs. ``new_session``: its own process group,
    as a shell gives a foreground command (Ctrl-C signals the whole group)."""
    out, err = cwd / "serve.out", cwd / "serve.err"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", "flows.cli", "serve", "--feeds", str(feeds), "--db",
             str(db), *options], cwd=cwd, env=env,
            stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr,
            start_new_session=new_session)
    try:
        yield Serving(proc, db, feeds, out, err)
    finally:
        if proc.poll() is None:                 # the test failed half-way
            proc.send_signal(signal.SIGCONT)    # in case it was left stopped
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(STOP_WAIT)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def process_gone(pid: int) -> bool:
    """True when ``pid`` has exited (a zombie left to an init that does not reap it
    counts as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[1].split()[0] in ("Z", "X")


# ------------------------------------------------------------------ the REST API

def create_run(http: httpx.Client, deployment: str, parameters: dict[str, Any],
               deadline: float) -> str:
    """A run of ``deployment``, once canmex serve has registered it; its id."""
    dep = http.get(f"/deployments/name/{deployment}")
    while dep.status_code != 200 and time.monotonic() < deadline:
        time.sleep(0.5)
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


def flow_run(http: httpx.Client, run: str) -> dict[str, Any]:
    while True:
        resp = http.get(f"/flow_runs/{run}")
        if resp.status_code != 503:
            assert resp.status_code == 200, resp.text
            return dict(resp.json())
        time.sleep(0.5)


def final_state(http: httpx.Client, run: str, deadline: float) -> str:
    """The run's final state type (COMPLETED, FAILED, CRASHED, CANCELLED) or TIMEOUT."""
    while time.monotonic() < deadline:
        state = flow_run(http, run)["state"]["type"]
        if state in FINAL:
            return str(state)
        time.sleep(0.5)
    return "TIMEOUT"


def run_through_api(api: str, parameters: dict[str, Any], timeout: float,
                    deployment: str = INGEST) -> tuple[str, str]:
    """Create a run of ``deployment`` through the REST API and wait for a final state:
    (run id, state). A run cancelled because it collided with a scheduled one (one run
    at a time) is created again."""
    deadline = time.monotonic() + timeout
    run = ""
    with httpx.Client(base_url=api, timeout=10) as http:
        while time.monotonic() < deadline:
            run = create_run(http, deployment, parameters, deadline)
            state = final_state(http, run, deadline)
            if state != "CANCELLED":
                return run, state
    return run, "TIMEOUT"


def runs_of(http: httpx.Client, deployment: str, **parameters: Any) -> list[dict[str, Any]]:
    """The runs of ``deployment`` (those with the given parameter values), by expected
    start time."""
    dep = http.get(f"/deployments/name/{deployment}")
    if dep.status_code != 200:
        return []
    resp = http.post("/flow_runs/filter",
                     json={"deployments": {"id": {"any_": [dep.json()["id"]]}},
                           "sort": "EXPECTED_START_TIME_ASC"})
    if resp.status_code != 200:              # 503: SQLite busy; the caller polls again
        return []
    return [r for r in resp.json()
            if all(r["parameters"].get(k) == v for k, v in parameters.items())]


def busy_slots(http: httpx.Client, deployment: str) -> int:
    """Slots of the deployment's concurrency limit held by runs."""
    resp = http.get(f"/deployments/name/{deployment}")
    assert resp.status_code == 200, resp.text
    return int(resp.json()["global_concurrency_limit"]["active_slots"])


def state_names(http: httpx.Client, run: str) -> list[str]:
    """The names of the states the run went through, oldest first."""
    resp = http.get("/flow_run_states/", params={"flow_run_id": run})
    assert resp.status_code == 200, resp.text
    states = sorted(resp.json(), key=lambda s: s["timestamp"])
    return [str(s["name"]) for s in states]


def when(timestamp: str | None) -> datetime:
    """An API timestamp as an aware datetime."""
    assert timestamp, "no timestamp"
    return datetime.fromisoformat(timestamp.replace("Z", "+00:00"))
