"""A real webhook receiver on 127.0.0.1: a small threaded stdlib server that records
every POST (path, headers, JSON body, the status it answered) and can be told to answer
an error status to the next N requests, then recover."""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass(frozen=True)
class Received:
    path: str
    headers: dict[str, str]
    body: Any
    status: int


class _Handler(BaseHTTPRequestHandler):
    server: Receiver
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            body: Any = json.loads(raw)
        except ValueError:
            body = raw.decode("utf-8", "replace")
        status = self.server.next_status()
        stall = self.server.next_stall()
        if stall:
            time.sleep(stall)       # slower than the client's timeout: a channel timing out
        self.server.record(Received(self.path, {k.lower(): v for k, v in
                                                self.headers.items()}, body, status))
        reply = b"{}" if status < 300 else b'{"error": "try later"}'
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(reply)))
            self.end_headers()
            self.wfile.write(reply)
        except (BrokenPipeError, ConnectionResetError):
            pass                    # the client gave up waiting (a timeout test)


class Receiver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self._lock = threading.Lock()
        self._failures: list[int] = []
        self._stalls: list[float] = []
        self.received: list[Received] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return f"{self.base}/{path.lstrip('/')}"

    def fail_next(self, count: int, status: int = 500) -> None:
        """Answer ``status`` to the next ``count`` requests, then 200 again."""
        with self._lock:
            self._failures.extend([status] * count)

    def stall_next(self, count: int, seconds: float) -> None:
        """Wait ``seconds`` before answering the next ``count`` requests."""
        with self._lock:
            self._stalls.extend([seconds] * count)

    def next_stall(self) -> float:
        with self._lock:
            return self._stalls.pop(0) if self._stalls else 0.0

    def next_status(self) -> int:
        with self._lock:
            return self._failures.pop(0) if self._failures else 200

    def record(self, item: Received) -> None:
        with self._lock:
            self.received.append(item)

    def at(self, path: str, *, ok: bool | None = None) -> list[Received]:
        """What arrived at ``path`` (only accepted ones with ok=True)."""
        with self._lock:
            items = [r for r in self.received if r.path == path]
        if ok is not None:
            items = [r for r in items if (200 <= r.status < 300) == ok]
        return items


@contextmanager
def running_receiver() -> Iterator[Receiver]:
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              name="webhook-receiver", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
