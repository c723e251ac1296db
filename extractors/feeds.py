"""Feed parsing: bytes in (already fetched), ``ParsedFeed`` out.

feedparser only ever sees bytes plus the response headers; it never touches the
network. A feed is broken (``FeedParseError``) when it yields no entries and is either
bozo (malformed) or has no recognised version. Malformed XML that still yields entries
is accepted and its problem kept in ``bozo_reason``.
"""
from __future__ import annotations

import time
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser

from extractors.errors import FeedParseError
from extractors.feedlist import FeedSpec, load_feeds_file

__all__ = ["FeedEntry", "ParsedFeed", "parse_feed", "FeedSpec", "load_feeds_file"]

_ALLOWED_SCHEMES = ("http", "https")


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None
    summary: str | None
    published: str | None          # YYYY-MM-DD
    guid: str | None
    language: str | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: tuple[FeedEntry, ...]
    bozo_reason: str | None
    version: str | None = None


def _date(entry: Mapping) -> str | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            return time.strftime("%Y-%m-%d", value)
    return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _summary(entry: Mapping) -> str | None:
    text = entry.get("summary")
    if not text:
        content = entry.get("content") or []
        if content and isinstance(content[0], Mapping):
            text = content[0].get("value")
    if not isinstance(text, str) or not text.strip():
        return None
    if "<" in text:
        from lxml import html as lxml_html  # summaries may hold markup
        try:
            text = lxml_html.fromstring(text).text_content()
        except Exception:                    # noqa: BLE001 - lxml raises many types
            pass
    return _clean(text)


def _entry_language(entry: Mapping, feed_language: str | None) -> str | None:
    for detail in ("title_detail", "summary_detail"):
        lang = (entry.get(detail) or {}).get("language")
        if lang:
            return str(lang).split("-")[0].lower()
    return feed_language


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None) -> ParsedFeed:
    """Parse fetched feed bytes. ``url`` is the final URL (relative links resolve to it)."""
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    response_headers.setdefault("content-location", url)
    parsed = feedparser.parse(body, response_headers=response_headers,
                              resolve_relative_uris=True, sanitize_html=True)
    bozo_reason = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        bozo_reason = (str(exc) or type(exc).__name__) if exc else "malformed feed"
    version = parsed.get("version") or None
    feed = parsed.get("feed", {})
    feed_language = feed.get("language")
    feed_language = str(feed_language).split("-")[0].lower() if feed_language else None
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for raw in parsed.get("entries", []):
        link = raw.get("link")
        if not link:
            links = [x.get("href") for x in raw.get("links", []) if x.get("href")]
            link = links[0] if links else None
        if not link:
            guid = raw.get("id")
            link = guid if raw.get("guidislink") else None
        if not isinstance(link, str):
            continue
        link = urljoin(url, link.strip())
        if urlsplit(link).scheme.lower() not in _ALLOWED_SCHEMES or not urlsplit(link).hostname:
            continue
        if link in seen:
            continue
        seen.add(link)
        entries.append(FeedEntry(url=link, title=_clean(raw.get("title")),
                                 summary=_summary(raw), published=_date(raw),
                                 guid=_clean(raw.get("id")),
                                 language=_entry_language(raw, feed_language)))
    if not entries and (bozo_reason or not version):
        content_type = response_headers.get("content-type", "")
        detail = bozo_reason or "no feed version recognised"
        if "html" in content_type.lower() or body.lstrip()[:15].lower().startswith(
                (b"<!doctype html", b"<html")):
            detail = "an HTML page, not a feed"
        raise FeedParseError(f"{url}: not a usable feed ({detail})")
    return ParsedFeed(title=_clean(feed.get("title")), entries=tuple(entries),
                      bozo_reason=bozo_reason, version=version)
