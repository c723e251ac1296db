"""A Prefect server owned by one canmex process (``canmex serve`` without
``PREFECT_API_URL``): ``prefect server start`` on 127.0.0.1 at a free port, its state in
``PREFECT_HOME`` (under the canmex data directory), its output in ``server.log`` there.

:func:`managed_server` starts it, waits (bounded) until ``/api/health`` answers, sets
``PREFECT_API_URL`` for this process and its children, and stops it on the way out:
SIGTERM, then SIGKILL if it does not exit in time (a second Ctrl-C meanwhile does not
leave it behind). It does not import Prefect, so it can run before Prefect reads its
settings.
"""
from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator, MutableMapping
from pathlib import Path

import httpx

from extractors.errors import ConfigError

log = logging.getLogger(__name__)

START_TIMEOUT = 90.0
STOP_TIMEOUT = 20.0


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def wait_healthy(api_url: str, proc: subprocess.Popen[bytes], timeout: float) -> None:
    """Return once ``api_url``/health answers 200; ConfigError if the server exits or
    ``timeout`` seconds pass first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise ConfigError(f"the Prefect server exited with status {proc.returncode} "
                              "while starting (see server.log in PREFECT_HOME)")
        try:
            if httpx.get(f"{api_url}/health", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise ConfigError(f"the Prefect server did not answer within {timeout:.0f} s")


def stop_process(proc: subprocess.Popen[bytes], timeout: float = STOP_TIMEOUT) -> int:
    """SIGTERM, bounded wait, then SIGKILL; the exit status."""
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout)
    return int(proc.returncode)


@contextlib.contextmanager
def signals_ignored() -> Iterator[None]:
    """SIGINT and SIGTERM ignored for the block (a bounded stop), in the main thread."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, signal.SIG_IGN)
                for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextlib.contextmanager
def managed_server(*, environ: MutableMapping[str, str] | None = None,
                   timeout: float = START_TIMEOUT) -> Iterator[str]:
    """A Prefect server for the block; yields its API URL (also set as
    ``PREFECT_API_URL`` in ``environ``, by default this process's environment)."""
    env = os.environ if environ is None else environ
    home = Path(env.get("PREFECT_HOME") or Path.home() / ".prefect")
    home.mkdir(parents=True, exist_ok=True)
    port = free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    child_env = {**env, "PREFECT_SERVER_API_HOST": "127.0.0.1",
                 "PREFECT_SERVER_API_PORT": str(port)}
    child_env.pop("PREFECT_API_URL", None)
    with open(home / "server.log", "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1",
             "--port", str(port)], stdin=subprocess.DEVNULL, stdout=out,
            stderr=subprocess.STDOUT, env=child_env, start_new_session=True)
    try:
        wait_healthy(api_url, proc, timeout)
        log.info("Prefect server at %s (pid %d)", api_url, proc.pid)
        env["PREFECT_API_URL"] = api_url
        yield api_url
    finally:
        with signals_ignored():     # another Ctrl-C must not leave the server running
            status = stop_process(proc)
        log.info("Prefect server stopped (status %d)", status)
