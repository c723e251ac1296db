"""The one HTTP module: every network read in canmex goes through ``fetch``.

``fetch`` returns the body as bytes plus status and caching headers; feedparser and
trafilatura only ever see those bytes. It enforces, from ``Settings``:

- connect and read timeouts, and a total-time budget so a slow-drip body cannot hold a
  worker for ever (``connect_timeout + 2 * read_timeout`` unless given);
- a maximum body size, checked against Content-Length and while streaming (``TooLarge``);
- a redirect limit (redirects are followed here, hop by hop, so every hop is checked);
  the URL reached through the leading permanent redirects (301/308) is kept in
  ``Response.moved_to``, so a caller can remember where a feed has moved;
- a User-Agent naming canmex, and conditional GET (If-None-Match / If-Modified-Since);
- http/https only; article links that resolve to private, loopback or link-local
  addresses are refused unless ``allow_private_article_hosts`` is set (configured feeds
  may live anywhere);
- per-host concurrency and a polite delay between requests to one host, through a
  ``HostLimiter`` the caller owns and passes in.

Errors are the classes of ``extractors.errors``: 429 → ``RateLimited`` (with the parsed
Retry-After), 5xx, timeouts and connection resets → transient (``ServerError``,
``FetchTimeout``); 404 and other 4xx → ``FetchError``; 410 → ``Gone``. One INFO line is
logged per fetch: method, URL, status, bytes, milliseconds.

Tests swap the transport: ``make_client(settings, transport=httpx.MockTransport(fn))``.
"""
from __future__ import annotations

import email.utils
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import httpx

from extractors.errors import (
    CanmexError,
    FetchError,
    FetchTimeout,
    Gone,
    RateLimited,
    ServerError,
    TooLarge,
)
from flows.settings import Settings

log = logging.getLogger(__name__)
# httpx logs its own line per request at INFO; ours (with bytes and ms) replaces it.
if logging.getLogger("httpx").level == logging.NOTSET:
    logging.getLogger("httpx").setLevel(logging.WARNING)

REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
ACCEPT = {
    "feed": "application/rss+xml, application/atom+xml, application/xml;q=0.9, "
            "text/xml;q=0.9, */*;q=0.5",
    "article": "text/html, application/xhtml+xml;q=0.9, */*;q=0.5",
}


@dataclass(frozen=True)
class Response:
    url_final: str
    status: int
    headers: Mapping[str, str]      # lower-case names
    body: bytes
    elapsed_ms: int
    not_modified: bool = False
    moved_to: str | None = None     # target of the leading permanent redirects, if any

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


@dataclass
class HostLimiter:
    """At most ``per_host`` requests at once to one host, ``delay`` seconds apart.

    Thread-safe; one per pass, passed to every ``fetch``.
    """
    per_host: int = 2
    delay: float = 0.0
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)
    _slots: dict[str, threading.Semaphore] = field(default_factory=dict, init=False,
                                                   repr=False)
    _next: dict[str, float] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def from_settings(cls, settings: Settings) -> HostLimiter:
        return cls(per_host=max(1, settings.per_host_concurrency),
                   delay=max(0.0, settings.polite_delay))

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        host = host.lower()
        with self._lock:
            sem = self._slots.setdefault(host, threading.Semaphore(self.per_host))
        with sem:
            with self._lock:          # reserve the next start time for this host
                now = self.clock()
                start = max(now, self._next.get(host, now))
                self._next[host] = start + self.delay
            wait = start - now
            if wait > 0:
                self.sleep(wait)
            yield


def make_client(settings: Settings, *, transport: httpx.BaseTransport | None = None
                ) -> httpx.Client:
    """An httpx client with canmex's timeouts and User-Agent; redirects handled by fetch."""
    return httpx.Client(
        headers={"User-Agent": settings.user_agent},
        timeout=_timeout(settings), follow_redirects=False, transport=transport,
        limits=httpx.Limits(max_connections=32, max_keepalive_connections=16))


def _timeout(settings: Settings) -> httpx.Timeout:
    return httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                         write=settings.read_timeout, pool=settings.read_timeout)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def _blocked_address(host: str) -> str | None:
    """The private/loopback/link-local address ``host`` resolves to, if any."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except OSError:
        return None               # let the request itself fail with a clear error
    for info in infos:
        try:
            ip = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        except ValueError:
            continue
        if (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast
                or ip.is_reserved or ip.is_unspecified):
            return str(ip)
    return None


def check_url(url: str, *, article: bool, settings: Settings) -> str:
    """Refuse non-http(s) URLs and, for article links, private addresses. Returns host."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: only http and https URLs are fetched")
    host = parts.hostname
    if not host:
        raise FetchError(f"{url}: no host in URL")
    if article and not settings.allow_private_article_hosts:
        blocked = _blocked_address(host)
        if blocked:
            raise FetchError(f"{url}: refused, {host} resolves to a private address "
                             f"({blocked})")
    return host


def fetch(url: str, *, etag: str | None = None, last_modified: str | None = None,
          settings: Settings, client: httpx.Client | None = None,
          limiter: HostLimiter | None = None, article: bool = False,
          total_timeout: float | None = None) -> Response:
    """GET ``url`` within canmex's limits; see the module docstring."""
    own_client = client is None
    http = client if client is not None else make_client(settings)
    budget = (total_timeout if total_timeout is not None
              else settings.connect_timeout + 2 * settings.read_timeout)
    started = time.monotonic()
    deadline = started + budget
    headers = {"User-Agent": settings.user_agent,
               "Accept": ACCEPT["article" if article else "feed"]}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current = url
    moved_to: str | None = None
    permanent = True                # every hop so far was a permanent redirect
    status: int | str = "-"
    size = 0
    try:
        for _hop in range(settings.max_redirects + 1):
            host = check_url(current, article=article, settings=settings)
            status, resp_headers, body = _get_once(http, current, headers, host, settings,
                                                   limiter, deadline, budget)
            size = len(body)
            if status in REDIRECT_CODES:
                location = resp_headers.get("location")
                if not location:
                    raise FetchError(f"{current}: HTTP {status} without a Location")
                current = urljoin(current, location.strip())
                permanent = permanent and status in PERMANENT_REDIRECTS
                if permanent:
                    moved_to = current
                continue
            resp = _finish(url, current, status, resp_headers, body, started)
            return replace(resp, moved_to=moved_to) if moved_to else resp
        raise FetchError(f"{url}: more than {settings.max_redirects} redirects")
    except CanmexError as exc:
        if status == "-" or status in REDIRECT_CODES or not getattr(exc, "status", None):
            status = type(exc).__name__
        raise
    finally:
        elapsed = int((time.monotonic() - started) * 1000)
        log.info("GET %s %s %d bytes %d ms", url, status, size, elapsed)
        if own_client:
            http.close()


def _get_once(http: httpx.Client, url: str, headers: dict[str, str], host: str,
              settings: Settings, limiter: HostLimiter | None, deadline: float,
              budget: float) -> tuple[int, dict[str, str], bytes]:
    slot = limiter.slot(host) if limiter is not None else _nullslot()
    try:
        with slot, http.stream("GET", url, headers=headers,
                               timeout=_timeout(settings)) as resp:
            resp_headers = {k.lower(): v for k, v in resp.headers.items()}
            if resp.status_code in REDIRECT_CODES or resp.status_code >= 300:
                return resp.status_code, resp_headers, b""
            declared = resp_headers.get("content-length", "")
            if declared.isdigit() and int(declared) > settings.max_body_bytes:
                raise TooLarge(f"{url}: body of {int(declared)} bytes is over the "
                               f"{settings.max_body_bytes}-byte limit")
            chunks: list[bytes] = []
            total = 0
            for chunk in resp.iter_bytes():
                total += len(chunk)
                if total > settings.max_body_bytes:
                    raise TooLarge(f"{url}: body over the {settings.max_body_bytes}-byte "
                                   "limit")
                chunks.append(chunk)
                if time.monotonic() > deadline:
                    raise FetchTimeout(f"{url}: body not received within {budget:g} s")
            return resp.status_code, resp_headers, b"".join(chunks)
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"{url}: timed out ({type(exc).__name__})") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
        raise FetchError(f"{url}: {exc}") from None
    except httpx.TooManyRedirects as exc:      # not raised with follow_redirects=False
        raise FetchError(f"{url}: {exc}") from None
    except httpx.TransportError as exc:        # connect errors, resets, protocol errors
        raise ServerError(f"{url}: {type(exc).__name__}: {exc or 'connection failed'}"
                          ) from None


@contextmanager
def _nullslot() -> Iterator[None]:
    yield


def _finish(url: str, final: str, status: int, headers: dict[str, str], body: bytes,
            started: float) -> Response:
    elapsed = int((time.monotonic() - started) * 1000)
    if status == 304:
        return Response(final, 304, headers, b"", elapsed, not_modified=True)
    if 200 <= status < 300:
        return Response(final, status, headers, body, elapsed)
    where = url if final == url else f"{url} (via {final})"
    if status == 429:
        retry_after = parse_retry_after(headers.get("retry-after"))
        err: Exception = RateLimited(f"{where}: HTTP 429 Too Many Requests", retry_after)
    elif status >= 500:
        err = ServerError(f"{where}: HTTP {status}")
    elif status == 410:
        err = Gone(f"{where}: HTTP 410 Gone")
    elif status == 404:
        err = FetchError(f"{where}: HTTP 404 Not Found")
    else:
        err = FetchError(f"{where}: HTTP {status}")
    err.status = status  # type: ignore[attr-defined]
    raise err
