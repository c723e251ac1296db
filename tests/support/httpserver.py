"""A real, threaded HTTP server on 127.0.0.1 for the tests.

It serves the files under ``tests/fixtures/http`` (with ``{base}`` and ``{port}``
replaced by the server's own base URL and port) and a few programmed behaviours:

==============================  ====================================================
``/files/<path>``               the fixture file, with an ETag and Last-Modified;
                                answers 304 to a matching If-None-Match or
                                If-Modified-Since
``/plain/<path>``               the fixture file without any caching headers (a
                                server that ignores conditional GET)
``/redirect/<code>/<path>``     a ``<code>`` (301, 302...) redirect to ``/<path>``
``/loop/<n>``                   an endless chain of redirects
``/slow?delay=S``               waits S seconds before answering
``/drip?seconds=S``             answers at once, then drips the body a byte at a time
``/huge?size=N``                an N-byte body with Content-Length
``/huge-chunked?size=N``        an N-byte body without Content-Length
``/status/<code>``              an empty response with that status
``/ratelimit?after=S``          429 with ``Retry-After: S``
``/flaky/<key>/<n>/<path>``     500 for the first n requests of ``key``, then the file
``/mutable/<name>``             a body the test sets with ``server.set_body(name, ...)``
``/faults/<path>``              a file of ``tests/fixtures/faults`` (same replacements,
                                no caching headers); ``?type=T`` sends Content-Type T
``/reset``                      closes the connection with a TCP reset, no response
``/gate/<name>/<path>``         waits until the test calls ``server.open_gate(name)``
                                (``server.wait_gate(name)`` returns once a request is
                                waiting there), then answers as ``/<path>`` would
==============================  ====================================================

Every request is counted in ``server.hits`` (path without query → count).
"""
from __future__ import annotations

import hashlib
import socket
import struct
import threading
from collections import Counter
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "http"
FAULT_FIXTURES = FIXTURES.parent / "faults"
# A fixed modification time, so Last-Modified is stable across runs.
FIXED_MTIME = 1_717_000_000.0

CONTENT_TYPES = {".xml": "application/rss+xml; charset=utf-8",
                 ".atom": "application/atom+xml; charset=utf-8",
                 ".html": "text/html; charset=utf-8",
                 ".txt": "text/plain; charset=utf-8",
                 ".json": "application/json",
                 ".toml": "text/plain; charset=utf-8"}


class _Handler(BaseHTTPRequestHandler):
    server: FixtureServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    # -- helpers ---------------------------------------------------------------------
    def _send(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None,
              content_type: str = "text/plain; charset=utf-8") -> None:
        self.send_response(status)
        hdrs = {"Content-Type": content_type, "Content-Length": str(len(body))}
        hdrs.update(headers or {})
        for key, value in hdrs.items():
            self.send_header(key, value)
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _file(self, rel: str, *, caching: bool) -> None:
        try:
            body, ctype = self.server.render(rel)
        except FileNotFoundError:
            self._send(404, b"not found")
            return
        if not caching:
            self._send(200, body, content_type=ctype)
            return
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        last_modified = formatdate(FIXED_MTIME, usegmt=True)
        inm = self.headers.get("If-None-Match")
        ims = self.headers.get("If-Modified-Since")
        unchanged = False
        if inm is not None:
            unchanged = etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
        elif ims is not None:
            try:
                unchanged = parsedate_to_datetime(ims).timestamp() >= FIXED_MTIME
            except (TypeError, ValueError):
                unchanged = False
        headers = {"ETag": etag, "Last-Modified": last_modified}
        if unchanged:
            self.send_response(304)
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send(200, body, headers=headers, content_type=ctype)

    # -- routing ---------------------------------------------------------------------
    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        parts = urlsplit(self.path)
        path = parts.path
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.server.count(path, dict(self.headers))
        try:
            self._route(path, query)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError):
            self.close_connection = True

    def _route(self, path: str, query: dict[str, str]) -> None:
        segs = [s for s in path.split("/") if s]
        head = segs[0] if segs else ""
        rest = "/".join(segs[1:])
        if head == "files":
            self._file(rest, caching=True)
        elif head == "plain":
            self._file(rest, caching=False)
        elif head == "redirect" and len(segs) >= 2:
            target = "/" + "/".join(segs[2:])
            if query:
                target += "?" + "&".join(f"{k}={v}" for k, v in query.items())
            self._send(int(segs[1]), headers={"Location": target})
        elif head == "loop":
            n = int(segs[1]) if len(segs) > 1 else 0
            self._send(302, headers={"Location": f"/loop/{n + 1}"})
        elif head == "slow":
            self.server.wait(float(query.get("delay", "5")))
            self._send(200, b"<rss version='2.0'><channel></channel></rss>")
        elif head == "drip":
            seconds = float(query.get("seconds", "5"))
            steps = 50
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(steps))
            self.end_headers()
            for _ in range(steps):
                self.wfile.write(b"x")
                self.wfile.flush()
                if self.server.wait(seconds / steps):
                    return
        elif head == "huge":
            size = int(query.get("size", str(10_000_000)))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(size))
            self.end_headers()
            self._write_n(size)
        elif head == "huge-chunked":
            size = int(query.get("size", str(10_000_000)))
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            block = b"<p>" + b"y" * 16_000 + b"</p>\n"
            sent = 0
            while sent < size and not self.server.stopping.is_set():
                self.wfile.write(f"{len(block):x}\r\n".encode() + block + b"\r\n")
                sent += len(block)
            self.wfile.write(b"0\r\n\r\n")
        elif head == "status" and len(segs) > 1:
            self._send(int(segs[1]), f"status {segs[1]}".encode())
        elif head == "ratelimit":
            self._send(429, b"slow down", headers={"Retry-After": query.get("after", "1")})
        elif head == "flaky" and len(segs) >= 4:
            key, fails = segs[1], int(segs[2])
            if self.server.bump(key) <= fails:
                self._send(500, b"temporary failure")
            else:
                self._file("/".join(segs[3:]), caching=True)
        elif head == "mutable" and len(segs) > 1:
            body = self.server.bodies.get(segs[1])
            if body is None:
                self._send(404, b"not found")
            else:
                self._send(200, body, content_type="application/rss+xml; charset=utf-8")
        elif head == "faults":
            try:
                body, ctype = self.server.render(rest, root=FAULT_FIXTURES)
            except FileNotFoundError:
                self._send(404, b"not found")
                return
            self._send(200, body, content_type=query.get("type", ctype))
        elif head == "reset":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                       struct.pack("ii", 1, 0))
            self.close_connection = True
            self.connection.close()
        elif head == "gate" and len(segs) >= 3:
            self.server.pass_gate(segs[1])
            target = "/" + "/".join(segs[2:])
            self._route(target, query)
        else:
            self._send(404, b"not found")

    def _write_n(self, size: int) -> None:
        block = b"z" * 65536
        sent = 0
        while sent < size and not self.server.stopping.is_set():
            part = block[: min(len(block), size - sent)]
            self.wfile.write(part)
            sent += len(part)


class FixtureServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, root: Path = FIXTURES) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.root = root
        self.stopping = threading.Event()
        self.hits: Counter[str] = Counter()
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.bodies: dict[str, bytes] = {}
        self._counters: Counter[str] = Counter()
        self._gates: dict[str, tuple[threading.Event, threading.Event]] = {}
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + "/" + path.lstrip("/")

    def render(self, rel: str, root: Path | None = None) -> tuple[bytes, str]:
        root = root or self.root
        path = (root / rel).resolve()
        if root.resolve() not in path.parents or not path.is_file():
            raise FileNotFoundError(rel)
        body = (path.read_bytes().replace(b"{base}", self.base.encode())
                .replace(b"{port}", str(self.server_address[1]).encode()))
        return body, CONTENT_TYPES.get(path.suffix, "application/octet-stream")

    def count(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.hits[path] += 1
            self.requests.append((path, headers))

    def bump(self, key: str) -> int:
        with self._lock:
            self._counters[key] += 1
            return self._counters[key]

    def set_body(self, name: str, body: bytes) -> None:
        with self._lock:
            self.bodies[name] = body

    def _gate(self, name: str) -> tuple[threading.Event, threading.Event]:
        with self._lock:
            return self._gates.setdefault(name, (threading.Event(), threading.Event()))

    def pass_gate(self, name: str) -> None:
        """(handler side) Say a request is waiting at gate ``name``; wait until it opens."""
        reached, opened = self._gate(name)
        reached.set()
        while not opened.wait(0.05) and not self.stopping.is_set():
            pass

    def wait_gate(self, name: str, timeout: float = 120.0) -> bool:
        """True once a request waits at gate ``name`` (False after ``timeout`` seconds)."""
        return self._gate(name)[0].wait(timeout)

    def open_gate(self, name: str) -> None:
        self._gate(name)[1].set()

    def wait(self, seconds: float) -> bool:
        """Sleep up to ``seconds``; True when the server is shutting down."""
        return self.stopping.wait(seconds)

    def handle_error(self, request: object, client_address: object) -> None:
        pass                      # clients that hang up early are part of the tests

    def start(self) -> FixtureServer:
        self._thread = threading.Thread(target=self.serve_forever, name="fixture-http",
                                        kwargs={"poll_interval": 0.05}, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
