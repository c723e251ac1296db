"""Feed parsing: bytes in (already fetched), ``ParsedFeed`` out.

feedparser only ever sees bytes plus the response headers; it never touches the
network. A feed is broken (``FeedParseError``) when it yields no entries and is either
bozo (malformed) or has no recognised version. Malformed XML that still yields entries
is accepted and its problem kept in ``bozo_reason``.

Hostile or odd input:

- a document that declares XML entities (``<!ENTITY``: "billion laughs" expansion,
  external entities reading local files) is refused outright (``FeedParseError``);
  feeds have no need of them;
- entry links that are not http(s) (``file:``, ``javascript:``, ``data:``...) are left
  out and listed in ``ParsedFeed.rejected`` as (link, reason), so the caller can record
  them against the feed;
- a UTF-8 document with a few invalid bytes keeps its good characters (the bad bytes
  become U+FFFD) instead of being read whole as windows-1252;
- a published date more than a day in the future is not believed: ``published`` is
  ``None`` and the entry's ``date_note`` says why.
"""
from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urljoin, urlsplit

import feedparser

from extractors.errors import FeedParseError
from extractors.feedlist import FeedSpec, load_feeds_file

__all__ = ["FeedEntry", "ParsedFeed", "parse_feed", "FeedSpec", "load_feeds_file"]

_ALLOWED_SCHEMES = ("http", "https")
# An entity declaration in the DOCTYPE's internal subset; feedparser would not expand
# it, but nothing a feed needs is declared this way, so such a document is refused
# before parsing.
_ENTITY_DECL = re.compile(rb"<!DOCTYPE[^\[>]*\[[^\]]*<!ENTITY", re.IGNORECASE | re.DOTALL)
_PROLOG_BYTES = 65_536
_MAX_LINK_IN_MESSAGE = 80


@dataclass(frozen=True)
class FeedEntry:
    url: str
    title: str | None
    summary: str | None
    published: str | None          # YYYY-MM-DD
    guid: str | None
    language: str | None
    date_note: str | None = None   # why ``published`` is None although a date was given


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: tuple[FeedEntry, ...]
    bozo_reason: str | None
    version: str | None = None
    rejected: tuple[tuple[str, str], ...] = ()   # (link, reason) of entries left out


def _date(entry: Mapping, today: date) -> tuple[str | None, str | None]:
    """(YYYY-MM-DD or None, a note when a given date was not believed)."""
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if isinstance(value, time.struct_time):
            text = time.strftime("%Y-%m-%d", value)
            if date.fromisoformat(text) > today + timedelta(days=1):
                return None, f"date {text} is in the future; ignored"
            return text, None
    return None, None


def _short_link(link: str) -> str:
    link = " ".join(link.split())
    if len(link) <= _MAX_LINK_IN_MESSAGE:
        return link
    return link[:_MAX_LINK_IN_MESSAGE - 1] + "…"


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


_DECLARED = re.compile(rb"""^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)""")


def _repair_utf8(body: bytes, content_type: str) -> tuple[bytes, str | None]:
    """(body, note): invalid bytes of a mostly-valid UTF-8 document replaced."""
    declared = _DECLARED.match(body[:200])
    charsets = [content_type.lower().partition("charset=")[2].strip(" \"'"),
                declared.group(1).decode("ascii").lower() if declared else ""]
    if any(c and c.replace("-", "").replace("_", "") != "utf8" for c in charsets):
        return body, None
    try:
        body.decode("utf-8")
        return body, None
    except UnicodeDecodeError:
        pass
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 127 and ch != "\ufffd")
    if good < bad:                      # not UTF-8 at all: let feedparser guess
        return body, None
    return text.encode("utf-8"), f"{bad} invalid UTF-8 byte sequence(s) replaced"


def parse_feed(body: bytes, *, url: str, headers: Mapping[str, str] | None = None,
               today: date | None = None) -> ParsedFeed:
    """Parse fetched feed bytes. ``url`` is the final URL (relative links resolve to it);
    ``today`` (UTC by default) is what "in the future" is measured against."""
    today = today or datetime.now(UTC).date()
    if _ENTITY_DECL.search(body[:_PROLOG_BYTES]):
        raise FeedParseError(f"{url}: refused, the document declares XML entities "
                             "(<!ENTITY>), which feeds never need (entity expansion or "
                             "external entities)")
    response_headers = {k.lower(): v for k, v in (headers or {}).items()}
    response_headers.setdefault("content-location", url)
    body, repaired = _repair_utf8(body, response_headers.get("content-type", ""))
    parsed = feedparser.parse(body, response_headers=response_headers,
                              resolve_relative_uris=True, sanitize_html=True)
    bozo_reason = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        bozo_reason = (str(exc) or type(exc).__name__) if exc else "malformed feed"
    bozo_reason = bozo_reason or repaired
    version = parsed.get("version") or None
    feed = parsed.get("feed", {})
    feed_language = feed.get("language")
    feed_language = str(feed_language).split("-")[0].lower() if feed_language else None
    entries: list[FeedEntry] = []
    rejected: list[tuple[str, str]] = []
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
        scheme = urlsplit(link).scheme.lower()
        if scheme not in _ALLOWED_SCHEMES or not urlsplit(link).hostname:
            reason = (f"entry link {_short_link(link)!r} left out: only http and https "
                      "links are followed" if scheme not in _ALLOWED_SCHEMES else
                      f"entry link {_short_link(link)!r} left out: no host")
            rejected.append((_short_link(link), reason))
            continue
        if link in seen:
            continue
        seen.add(link)
        published, date_note = _date(raw, today)
        entries.append(FeedEntry(url=link, title=_clean(raw.get("title")),
                                 summary=_summary(raw), published=published,
                                 guid=_clean(raw.get("id")),
                                 language=_entry_language(raw, feed_language),
                                 date_note=date_note))
    if not entries and (bozo_reason or not version):
        content_type = response_headers.get("content-type", "")
        detail = bozo_reason or "no feed version recognised"
        if "html" in content_type.lower() or body.lstrip()[:15].lower().startswith(
                (b"<!doctype html", b"<html")):
            detail = "an HTML page, not a feed"
        raise FeedParseError(f"{url}: not a usable feed ({detail})")
    return ParsedFeed(title=_clean(feed.get("title")), entries=tuple(entries),
                      bozo_reason=bozo_reason, version=version, rejected=tuple(rejected))
