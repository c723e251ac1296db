"""Another process holding the DuckDB warehouse open, so the tests meet a busy file."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

# The child gives up after two minutes, so a test that never releases it cannot leave
# a process behind.
_HOLDER = """
import sys, time, pathlib
from warehouse.store import open_warehouse
db, ready, stop = sys.argv[1:4]
with open_warehouse(db, busy_timeout=30) as con:
    pathlib.Path(ready).write_text("ready")
    deadline = time.monotonic() + 120
    while not pathlib.Path(stop).exists() and time.monotonic() < deadline:
        time.sleep(0.02)
"""


class WarehouseHolder:
    """Holds ``db`` open for writing in a child process until ``release()``."""

    def __init__(self, db: str | Path, workdir: Path) -> None:
        self.ready = workdir / "holder.ready"
        self.stop = workdir / "holder.stop"
        for flag in (self.ready, self.stop):
            flag.unlink(missing_ok=True)
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.proc = subprocess.Popen([sys.executable, "-c", _HOLDER, str(db),
                                      str(self.ready), str(self.stop)],
                                     cwd=REPO, env=env, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE)
        while not self.ready.exists():
            if self.proc.poll() is not None:
                _, err = self.proc.communicate()
                raise RuntimeError(f"holder process failed: {err.decode()}")
            time.sleep(0.01)

    def release(self) -> None:
        if self.proc.poll() is None:
            self.stop.write_text("stop")
        self.proc.communicate(timeout=60)

    def __enter__(self) -> WarehouseHolder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
