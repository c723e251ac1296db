"""Run every fault case of the fault suite and print the table case → outcome.

    .venv/bin/python bench/fault_table.py

Starts the test HTTP server on 127.0.0.1 and a temporary Prefect API, runs the real
``canmex run`` processes of tests/faults/fault_cases.py in a temporary directory (removed
at the end), then prints one row per case: the error recorded against the feed or
article, the exit status of the run(s), what was stored, and whether that is what canmex
promises.
Exits 1 when a case does not hold.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests"), str(REPO / "tests" / "faults")]


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="canmex-faults-") as work:
        return run_all(Path(work))


def run_all(work: Path) -> int:
    os.environ["CANMEX_HOME"] = str(work / "home")
    from flows.prefect_env import configure_prefect
    configure_prefect()
    from fault_cases import outcomes, run_faults, table
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness
    from support.httpserver import FixtureServer

    with FixtureServer() as server, prefect_test_harness(server_startup_timeout=120):
        world = run_faults(server, work, PREFECT_API_URL.value())
        rows = outcomes(world)
    print(table(rows))
    bad = [r for r in rows if not r.ok]
    print(f"\n{len(rows) - len(bad)} passed, {len(bad)} failed")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
