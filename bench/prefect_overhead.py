"""Prefect's share of an ingest run: start-up, per-flow-run and per-task overhead.

    python bench/prefect_overhead.py [--articles 1000] [--feeds 20] [--tasks 100]
                                     [--no-plain]

Printed:

1. **Start-up**, in fresh processes sharing one new Prefect home: importing the flow
   module (which imports Prefect), and the first flow run, which starts Prefect's
   temporary server; once with an empty home (its database is created) and once more
   (the database exists: what every later ``canmex run`` pays).
2. **Per flow run and per task**, in this process once the server is up: an empty flow
   run; a flow of ``--tasks`` no-op tasks called one after the other (as the fetch and
   store tasks are) and one of ``--tasks`` no-op tasks submitted together (as the poll
   tasks are); the overhead per task is (that flow - the empty flow) / tasks.
3. **A run of ``--articles`` articles** (default 1,000, behind ``--feeds`` feeds) through
   ``run_ingest``, its task runs counted from Prefect's API, and the same work without
   Prefect (the task bodies called in the same order with the same concurrency:
   ``plain_run``) into another fresh warehouse. Prefect's share = (flow run - plain run) / flow run,
   start-up excluded and then included; and the estimate from step 2
   (empty flow run + task runs x per-task overhead) beside it.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_news import (  # noqa: E402
    NewsCorpus,
    NewsServer,
    bench_settings,
    machine,
    prefect_startup,
    quiet_run_ingest,
    scratch_dir,
    use_private_prefect_home,
)

_STARTUP_CHILD = """
import json, sys
sys.path.insert(0, {bench!r})
from synthetic_news import prefect_startup
print("STARTUP " + json.dumps(prefect_startup()), flush=True)
"""


def startup_in_fresh_process(home: Path) -> dict[str, float]:
    env = {**os.environ, "CANMEX_HOME": str(home)}
    env.pop("PREFECT_HOME", None)
    env.pop("PREFECT_API_URL", None)
    code = _STARTUP_CHILD.format(bench=str(Path(__file__).resolve().parent))
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                          text=True, timeout=600)
    total = time.perf_counter() - t
    for line in proc.stdout.splitlines():
        if line.startswith("STARTUP "):
            return {**json.loads(line[8:]), "process": total}
    raise RuntimeError(f"start-up child failed: {proc.stderr[-2000:]}")


def task_overhead(k: int) -> dict[str, float]:
    from prefect import flow, task
    from prefect.cache_policies import NO_CACHE

    @task(name="bench-noop", cache_policy=NO_CACHE, persist_result=False)
    def noop(i: int) -> int:
        return i

    @flow(name="bench-empty", persist_result=False)
    def empty() -> int:
        return 0

    @flow(name="bench-called", persist_result=False)
    def called(n: int) -> int:
        return sum(noop(i) for i in range(n))

    @flow(name="bench-submitted", persist_result=False)
    def submitted(n: int) -> int:
        return sum(f.result() for f in [noop.submit(i) for i in range(n)])

    from flows.prefect_env import local_run_settings

    out = {}
    for name, call in (("empty", lambda: empty()), ("called", lambda: called(k)),
                       ("submitted", lambda: submitted(k))):
        with local_run_settings():                          # as canmex runs its flows
            call()                                          # warm-up
            t = time.perf_counter()
            call()
            out[name] = time.perf_counter() - t
    return out


def count_task_runs() -> tuple[int, float]:
    """Task runs of the latest ``canmex-ingest`` flow run, and the seconds they spent."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import (
        FlowFilter,
        FlowFilterName,
        FlowRunFilter,
        FlowRunFilterId,
    )
    from prefect.client.schemas.sorting import FlowRunSort

    with get_client(sync_client=True) as client:
        runs = client.read_flow_runs(
            flow_filter=FlowFilter(name=FlowFilterName(any_=["canmex-ingest"])),
            sort=FlowRunSort.START_TIME_DESC, limit=1)
        if not runs:
            return 0, 0.0
        tasks = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[runs[0].id])))
    return len(tasks), sum(t.total_run_time.total_seconds() for t in tasks)


def plain_run(feeds_file: Path, db: Path, settings: Any) -> int:
    """``ingest`` without Prefect: the task bodies called directly, in the same order and
    with the same concurrency (polls on 8 threads, pages extracted in the same worker
    processes, batch i + 1 fetched while batch i is stored and its meetings matched,
    then the alert stage)."""
    from concurrent.futures import ThreadPoolExecutor
    from dataclasses import replace

    from flows.alerts import deliver_alerts, detect_meetings
    from flows.articles import Extractor, extract_processes
    from flows.http import HostLimiter, make_client
    from flows.ingest import (
        PassContext,
        batches,
        check_known,
        fetch_batch,
        final_states,
        finish_pass,
        plan_articles,
        poll_feed,
        preflight,
        read_feeds_file,
        start_pass,
        store_batch,
    )
    preflight(db, feeds_file, settings)
    specs = read_feeds_file(feeds_file)
    busy = settings.busy_timeout
    start = start_pass(db, [s.url for s in specs], busy_timeout=busy)
    stored = 0
    with make_client(settings) as client:
        ctx = PassContext(settings=settings, client=client,
                          limiter=HostLimiter.from_settings(settings))
        with ThreadPoolExecutor(max_workers=8) as pool:
            polls = list(pool.map(lambda s: poll_feed(s, start.states.get(s.url), ctx),
                                  specs))
        fresh, _known = check_known(db, plan_articles(polls), busy_timeout=busy)
        processes = extract_processes(settings, len(fresh))
        with Extractor(processes) as extractor, \
                ThreadPoolExecutor(max_workers=2) as fetcher:
            shared = replace(ctx, extractor=extractor)
            ahead = None
            for chunk in [*batches(fresh, settings.batch_size), None]:
                following = fetcher.submit(fetch_batch, chunk, shared) if chunk else None
                if ahead is not None:
                    new = store_batch(db, ahead.result(), busy_timeout=busy).new
                    stored += new
                    if new and following is not None:
                        detect_meetings(db, settings)
                ahead = following
        detect_meetings(db, settings)
        deliver_alerts(db, settings)
    finish_pass(db, final_states(polls, set()), busy_timeout=busy)
    return stored


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--feeds", type=int, default=20)
    ap.add_argument("--tasks", type=int, default=100)
    ap.add_argument("--no-plain", action="store_true",
                    help="skip the run without Prefect (halves the time)")
    ap.add_argument("--keep", action="store_true",
                    help="keep the temporary directory (warehouse, feeds, Prefect home)")
    args = ap.parse_args(argv)
    per_feed = max(1, args.articles // args.feeds)

    print(machine())
    fresh_home = scratch_dir("canmex-bench-home-", keep=args.keep)
    cold = startup_in_fresh_process(fresh_home)
    warm = startup_in_fresh_process(fresh_home)
    for label, s in (("empty Prefect home", cold), ("existing Prefect home", warm)):
        print(f"start-up, {label}: import {s['import']:.2f} s + first flow run (server "
              f"start) {s['first_flow']:.2f} s = {s['import'] + s['first_flow']:.2f} s; "
              f"a further empty flow run {s['second_flow']:.2f} s; whole process "
              f"{s['process']:.2f} s")
    startup = warm["import"] + warm["first_flow"]

    use_private_prefect_home(keep=args.keep)
    prefect_startup()
    t = task_overhead(args.tasks)
    per_called = (t["called"] - t["empty"]) / args.tasks
    per_submitted = (t["submitted"] - t["empty"]) / args.tasks
    print(f"\nonce the server is up: empty flow run {t['empty'] * 1000:.0f} ms; "
          f"{args.tasks} no-op tasks called {t['called']:.2f} s "
          f"({per_called * 1000:.1f} ms per task), submitted {t['submitted']:.2f} s "
          f"({per_submitted * 1000:.1f} ms per task)")

    corpus = NewsCorpus(args.feeds, per_feed)
    tmp = scratch_dir("canmex-bench-prefect-", keep=args.keep)
    with NewsServer(corpus) as server:
        feeds_file = server.write_feeds_file(tmp / "feeds.toml")
        db = tmp / "flow.duckdb"
        t0 = time.perf_counter()
        result, _ = quiet_run_ingest(feeds_file, db, bench_settings(db))
        flow_s = time.perf_counter() - t0
        n_tasks, task_s = count_task_runs()
        print(f"\n{result.articles_new:,} articles through run_ingest: {flow_s:.1f} s; "
              f"{n_tasks} task runs (their bodies {task_s:.1f} s)")
        estimate = t["empty"] + n_tasks * per_called
        print(f"  estimated Prefect overhead: empty flow run + {n_tasks} x per-task = "
              f"{estimate:.1f} s = {estimate / flow_s:.1%} of the run; with start-up "
              f"({startup:.1f} s): {(estimate + startup) / (flow_s + startup):.1%}")
        if not args.no_plain:
            db2 = tmp / "plain.duckdb"
            server_base = server.base
            t0 = time.perf_counter()
            stored = plain_run(feeds_file, db2, bench_settings(db2))
            plain_s = time.perf_counter() - t0
            share = (flow_s - plain_s) / flow_s
            print(f"  the same without Prefect: {stored:,} articles in {plain_s:.1f} s; "
                  f"measured Prefect share {share:.1%} of the run "
                  f"({flow_s - plain_s:+.1f} s); with start-up "
                  f"{(flow_s - plain_s + startup) / (flow_s + startup):.1%} "
                  f"(server {server_base})")
    print("\n(figures are wall-clock; on a busy machine the difference of two runs is "
          "noisy: repeat, and prefer the per-task figures)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
