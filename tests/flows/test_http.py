"""flows.http against the real local server, plus a few five-line transport-swap tests."""
from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime

import httpx
import pytest

from extractors.errors import (
    FetchError,
    FetchTimeout,
    Gone,
    PermanentError,
    RateLimited,
    ServerError,
    TooLarge,
    TransientError,
)
from flows.http import HostLimiter, fetch, make_client, parse_retry_after
from flows.settings import Settings


def test_200_with_caching_headers(http_server, settings: Settings) -> None:
    resp = fetch(http_server.url("files/feeds/en.xml"), settings=settings)
    assert resp.status == 200 and not resp.not_modified
    assert resp.body.startswith(b"<?xml") and http_server.base.encode() in resp.body
    assert resp.etag and resp.last_modified
    assert resp.headers["content-type"].startswith("application/rss+xml")


def test_user_agent_names_canmex(http_server, settings: Settings) -> None:
    fetch(http_server.url("files/feeds/fr.xml?ua-check"), settings=settings)
    headers = [h for p, h in http_server.requests if p == "/files/feeds/fr.xml"][-1]
    assert "canmex" in headers["User-Agent"]


def test_conditional_get_answers_304(http_server, settings: Settings) -> None:
    first = fetch(http_server.url("files/feeds/fr.xml"), settings=settings)
    by_etag = fetch(http_server.url("files/feeds/fr.xml"), etag=first.etag, settings=settings)
    by_date = fetch(http_server.url("files/feeds/fr.xml"),
                    last_modified=first.last_modified, settings=settings)
    for resp in (by_etag, by_date):
        assert resp.status == 304 and resp.not_modified and resp.body == b""
    stale = fetch(http_server.url("files/feeds/fr.xml"), etag='"other"', settings=settings)
    assert stale.status == 200


@pytest.mark.parametrize("code", [301, 302, 307])
def test_redirects_are_followed(http_server, settings: Settings, code: int) -> None:
    resp = fetch(http_server.url(f"redirect/{code}/files/feeds/fr.xml"), settings=settings)
    assert resp.status == 200
    assert resp.url_final == http_server.url("files/feeds/fr.xml")


def test_redirect_limit(http_server, settings: Settings) -> None:
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(http_server.url("loop/0"), settings=settings)


def test_a_response_slower_than_the_read_timeout(http_server, settings: Settings) -> None:
    fast = settings.with_overrides(read_timeout=0.3)
    with pytest.raises(FetchTimeout) as info:
        fetch(http_server.url("slow?delay=5"), settings=fast)
    assert isinstance(info.value, TransientError)


def test_a_slow_drip_body_hits_the_total_budget(http_server, settings: Settings) -> None:
    with pytest.raises(FetchTimeout, match="not received within"):
        fetch(http_server.url("drip?seconds=10"), settings=settings, total_timeout=0.5)


@pytest.mark.parametrize("path", ["huge?size=1000000", "huge-chunked?size=1000000"])
def test_oversized_pages(http_server, settings: Settings, path: str) -> None:
    with pytest.raises(TooLarge) as info:
        fetch(http_server.url(path), settings=settings)
    assert isinstance(info.value, PermanentError)


@pytest.mark.parametrize("code, error, transient", [
    (404, FetchError, False), (403, FetchError, False), (410, Gone, False),
    (500, ServerError, True), (503, ServerError, True)])
def test_error_statuses(http_server, settings: Settings, code: int, error: type,
                        transient: bool) -> None:
    with pytest.raises(error) as info:
        fetch(http_server.url(f"status/{code}"), settings=settings)
    assert isinstance(info.value, TransientError) is transient
    if code == 404:
        assert not isinstance(info.value, Gone)


def test_429_carries_retry_after(http_server, settings: Settings) -> None:
    with pytest.raises(RateLimited) as info:
        fetch(http_server.url("ratelimit?after=7"), settings=settings)
    assert info.value.retry_after == 7.0


def test_retry_after_as_a_date() -> None:
    now = datetime(2025, 1, 1, 12, 0, 0, tzinfo=UTC)
    assert parse_retry_after("Wed, 01 Jan 2025 12:00:30 GMT", now=now) == 30.0
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after("soon") is None and parse_retry_after(None) is None


def test_only_http_and_https(settings: Settings) -> None:
    for url in ("ftp://127.0.0.1/x", "file:///etc/passwd", "javascript:alert(1)"):
        with pytest.raises(FetchError, match="only http and https"):
            fetch(url, settings=settings)


def test_private_article_hosts_are_refused_unless_allowed(http_server,
                                                          settings: Settings) -> None:
    strict = settings.with_overrides(allow_private_article_hosts=False)
    url = http_server.url("files/articles/en-meeting.html")
    with pytest.raises(FetchError, match="private address"):
        fetch(url, settings=strict, article=True)
    # configured feeds may live anywhere, and the setting lets articles through
    assert fetch(http_server.url("files/feeds/fr.xml"), settings=strict).status == 200
    assert fetch(url, settings=settings, article=True).status == 200


def test_a_redirect_to_a_private_host_is_refused_too(settings: Settings) -> None:
    strict = settings.with_overrides(allow_private_article_hosts=False)

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://10.0.0.8/internal"})

    with make_client(strict, transport=httpx.MockTransport(handler)) as client:
        with pytest.raises(FetchError, match="private address"):
            fetch("http://93.184.215.14/story", settings=strict, client=client, article=True)


def test_one_info_line_per_fetch(http_server, settings: Settings, caplog) -> None:
    with caplog.at_level(logging.INFO, logger="flows.http"):
        fetch(http_server.url("files/feeds/fr.xml"), settings=settings)
        with pytest.raises(FetchError):
            fetch(http_server.url("status/404"), settings=settings)
    lines = [r.getMessage() for r in caplog.records if r.name == "flows.http"]
    assert len(lines) == 2
    assert lines[0].startswith(f"GET {http_server.url('files/feeds/fr.xml')} 200 ")
    assert " bytes " in lines[0] and lines[0].endswith(" ms")
    assert f"{http_server.url('status/404')} 404 0 bytes" in lines[1]


# ---------------------------------------------------------------- transport swapped

def mock(settings: Settings, handler) -> httpx.Client:
    return make_client(settings, transport=httpx.MockTransport(handler))


def test_mock_timeout(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectTimeout("no answer", request=request)
    with mock(settings, handler) as client, pytest.raises(FetchTimeout):
        fetch("https://news.example/feed", settings=settings, client=client)


def test_mock_connection_reset_is_transient(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadError("connection reset by peer", request=request)
    with mock(settings, handler) as client, pytest.raises(ServerError):
        fetch("https://news.example/feed", settings=settings, client=client)


def test_mock_304_sends_the_validators(settings: Settings) -> None:
    seen = {}
    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return httpx.Response(304)
    with mock(settings, handler) as client:
        resp = fetch("https://news.example/feed", etag='"v1"', last_modified="Mon, 01 Jan 2024 "
                     "00:00:00 GMT", settings=settings, client=client)
    assert resp.not_modified and seen["if-none-match"] == '"v1"'
    assert seen["if-modified-since"].startswith("Mon, 01 Jan 2024")


def test_mock_redirect(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/old":
            return httpx.Response(301, headers={"Location": "/new"})
        return httpx.Response(200, content=b"<rss/>")
    with mock(settings, handler) as client:
        resp = fetch("https://news.example/old", settings=settings, client=client)
    assert resp.url_final == "https://news.example/new" and resp.body == b"<rss/>"


# ---------------------------------------------------------------- host limiter

def test_host_limiter_spaces_requests_to_one_host() -> None:
    now = [100.0]
    slept: list[float] = []
    limiter = HostLimiter(per_host=2, delay=0.5, clock=lambda: now[0], sleep=slept.append)
    for host in ("a.example", "a.example", "b.example", "a.example"):
        with limiter.slot(host):
            pass
    assert slept == [0.5, 1.0]            # a: 0, +0.5, +1.0; b is independent


def test_host_limiter_caps_concurrency_per_host(settings: Settings) -> None:
    limiter = HostLimiter(per_host=2, delay=0.0)
    lock = threading.Lock()
    active = {"now": 0, "max": 0}
    release = threading.Event()

    def handler(request: httpx.Request) -> httpx.Response:
        with lock:
            active["now"] += 1
            active["max"] = max(active["max"], active["now"])
        release.wait(timeout=0.2)
        with lock:
            active["now"] -= 1
        return httpx.Response(200, content=b"ok")

    with mock(settings, handler) as client:
        threads = [threading.Thread(target=fetch, args=("https://one.example/x",),
                                    kwargs={"settings": settings, "client": client,
                                            "limiter": limiter}) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert active["max"] <= 2
