"""``canmex demo``: the real ingest pass over the bundled sample, served on 127.0.0.1.

The sample (``seeds/sample/``) holds ``feeds.toml``, ``feeds/*.xml`` and
``articles/*.html``. A small threaded HTTP server serves that folder (URL path = path
inside the folder; every ``{base}`` replaced by the server's ``http://127.0.0.1:PORT``),
with ETag / Last-Modified and 304 answers like a real news site. The demo writes the
feeds file with the server's address, runs the same ``ingest`` flow as ``canmex run``
(private article hosts allowed for this run only, no polite delay: it is our own
server), and shuts the server down.

The server prefers a fixed port (``DEMO_PORT``) so that a second demo run finds the
same URLs and adds nothing; when that port is taken it uses any free one.
"""
from __future__ import annotations

import hashlib
import logging
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from extractors.errors import ConfigError
from flows.settings import SEEDS_DIR, Settings

if TYPE_CHECKING:
    from flows.ingest import RunSummary

log = logging.getLogger(__name__)

SAMPLE_DIR = SEEDS_DIR / "sample"
DEMO_PORT = 9645
_TYPES = {".xml": "application/rss+xml; charset=utf-8",
          ".atom": "application/atom+xml; charset=utf-8",
          ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8"}


class _SampleHandler(BaseHTTPRequestHandler):
    server: SampleServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        log.debug("sample server: " + format, *args)

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        try:
            self._serve()
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _serve(self) -> None:
        rel = unquote(urlsplit(self.path).path).lstrip("/")
        body = self.server.render(rel)
        if body is None:
            self._reply(404, b"not found", {"Content-Type": "text/plain; charset=utf-8"})
            return
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        headers = {"Content-Type": _TYPES.get(Path(rel).suffix, "application/octet-stream"),
                   "ETag": etag, "Last-Modified": formatdate(self.server.mtime, usegmt=True)}
        if self._unchanged(etag):
            self._reply(304, b"", headers)
        else:
            self._reply(200, body, headers)

    def _unchanged(self, etag: str) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            return etag in [t.strip() for t in inm.split(",")]
        ims = self.headers.get("If-Modified-Since")
        if ims:
            try:
                return parsedate_to_datetime(ims).timestamp() >= int(self.server.mtime)
            except (TypeError, ValueError):
                return False
        return False

    def _reply(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)


class SampleServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, root: Path, port: int = 0) -> None:
        super().__init__(("127.0.0.1", port), _SampleHandler)
        self.root = root.resolve()
        files = [p for p in self.root.rglob("*") if p.is_file()]
        self.mtime = max((p.stat().st_mtime for p in files), default=0.0)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def render(self, rel: str) -> bytes | None:
        path = (self.root / rel).resolve()
        if self.root not in path.parents or not path.is_file():
            return None
        return path.read_bytes().replace(b"{base}", self.base.encode())

    def handle_error(self, request: object, client_address: object) -> None:
        log.debug("sample server: error while serving %s", client_address, exc_info=True)


@contextmanager
def serve_sample(root: Path = SAMPLE_DIR, *, port: int = DEMO_PORT
                 ) -> Iterator[SampleServer]:
    """Serve ``root`` on 127.0.0.1 in a background thread for the ``with`` block."""
    try:
        server = SampleServer(root, port)
    except OSError:
        server = SampleServer(root, 0)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              name="canmex-sample-server", daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def sample_feeds_text(root: Path, base: str) -> str:
    path = root / "feeds.toml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        raise ConfigError(f"the bundled sample is missing: no {path}") from None
    return text.replace("{base}", base)


def run_demo(settings: Settings, *, sample_dir: Path | None = None,
             port: int | None = None) -> tuple[RunSummary, str]:
    """Serve the sample, run one ingest pass into ``settings.db``; (summary, base URL)."""
    from flows.ingest import run_ingest  # imports Prefect

    sample_dir = SAMPLE_DIR if sample_dir is None else sample_dir
    port = DEMO_PORT if port is None else port

    if not (sample_dir / "feeds.toml").is_file():
        raise ConfigError(f"the bundled sample is missing: no {sample_dir / 'feeds.toml'}")
    demo_settings = settings.with_overrides(allow_private_article_hosts=True,
                                            polite_delay=0.0)
    with serve_sample(sample_dir, port=port) as server, \
            tempfile.TemporaryDirectory(prefix="canmex-demo-") as tmp:
        feeds_file = Path(tmp) / "feeds.toml"
        feeds_file.write_text(sample_feeds_text(sample_dir, server.base), encoding="utf-8")
        result = run_ingest(feeds_file, demo_settings.db, demo_settings)
        return result, server.base
