"""The feeds file: TOML, one ``[[feeds]]`` table per feed.

::

    [[feeds]]
    url = "https://www.international.gc.ca/news-nouvelles/rss.xml"   # required, http(s)
    name = "Global Affairs Canada"                                 # optional
    language = "en"                                                # optional

``load_feeds_file`` is a pure parser (text in, ``FeedSpec`` tuple out); it raises
``ConfigError`` with a message naming the offending entry.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from urllib.parse import urlsplit

from extractors.errors import ConfigError

_KEYS = {"url", "name", "language"}


@dataclass(frozen=True)
class FeedSpec:
    url: str
    name: str | None = None
    language: str | None = None


def load_feeds_file(text: str, *, source: str = "feeds file") -> tuple[FeedSpec, ...]:
    try:
        doc = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from None
    unknown_top = set(doc) - {"feeds"}
    if unknown_top:
        raise ConfigError(f"{source}: unknown top-level keys {', '.join(sorted(unknown_top))}"
                          " (expected [[feeds]] tables)")
    tables = doc.get("feeds", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise ConfigError(f"{source}: 'feeds' must be an array of [[feeds]] tables")
    if not tables:
        raise ConfigError(f"{source}: no [[feeds]] entries")
    specs: list[FeedSpec] = []
    seen: set[str] = set()
    for i, table in enumerate(tables, start=1):
        where = f"{source}: feed #{i}"
        unknown = set(table) - _KEYS
        if unknown:
            raise ConfigError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
        url = table.get("url")
        if not isinstance(url, str) or not url.strip():
            raise ConfigError(f"{where}: 'url' is required and must be a string")
        url = url.strip()
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"{where}: url {url!r} must be an absolute http(s) URL")
        for key in ("name", "language"):
            if key in table and not isinstance(table[key], str):
                raise ConfigError(f"{where}: {key!r} must be a string")
        if url in seen:
            raise ConfigError(f"{where}: duplicate url {url!r}")
        seen.add(url)
        specs.append(FeedSpec(url=url, name=table.get("name") or None,
                              language=(table.get("language") or None)))
    return tuple(specs)
