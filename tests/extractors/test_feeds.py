from __future__ import annotations

from pathlib import Path

import pytest

from extractors.errors import ConfigError, FeedParseError
from extractors.feeds import FeedSpec, load_feeds_file, parse_feed

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "http" / "feeds"
BASE = "http://news.example"
RSS = {"content-type": "application/rss+xml; charset=utf-8"}


def feed_bytes(name: str) -> bytes:
    return (FEEDS / name).read_bytes().replace(b"{base}", BASE.encode()).replace(
        b"{port}", b"80")


def test_rss_entries_with_dates_summaries_and_language() -> None:
    feed = parse_feed(feed_bytes("en.xml"), url=f"{BASE}/feed", headers=RSS)
    assert feed.title == "North Star Ledger — World"
    assert feed.bozo_reason is None
    urls = [e.url for e in feed.entries]
    assert urls[0] == f"{BASE}/files/articles/en-meeting.html?utm_source=rss&utm_medium=feed"
    first = feed.entries[0]
    assert first.title == "Canada and Mexico foreign ministers meet in Ottawa"
    assert first.published == "2025-03-12"
    assert first.guid == "nsl-2025-0312-1"
    assert first.language == "en"
    assert "Mélanie Joly" in (first.summary or "")


def test_non_web_links_are_skipped() -> None:
    feed = parse_feed(feed_bytes("en.xml"), url=f"{BASE}/feed", headers=RSS)
    assert all(e.url.startswith("http") for e in feed.entries)
    assert len(feed.entries) == 4                       # the javascript: entry is gone
    body = (b'<rss version="2.0"><channel><title>t</title>'
            b'<item><link>file:///etc/passwd</link></item>'
            b'<item><link>data:text/html,hi</link></item>'
            b'<item><link>/relative/story</link></item></channel></rss>')
    feed = parse_feed(body, url=f"{BASE}/feeds/x.xml", headers=RSS)
    assert [e.url for e in feed.entries] == [f"{BASE}/relative/story"]


def test_atom_feed_in_spanish() -> None:
    feed = parse_feed(feed_bytes("es.xml"), url=f"{BASE}/es.xml",
                      headers={"content-type": "application/atom+xml"})
    assert [e.language for e in feed.entries] == ["es", "es"]
    assert feed.entries[0].published == "2025-04-03"
    assert feed.entries[0].url.endswith("es-reunion.html#comentarios")


def test_malformed_xml_that_still_yields_entries_is_accepted() -> None:
    feed = parse_feed(feed_bytes("malformed.xml"), url=f"{BASE}/m.xml", headers=RSS)
    assert len(feed.entries) == 2
    assert feed.bozo_reason                              # the problem is kept
    assert feed.entries[0].title == "Canada & Mexico sign a letter of intent"


def test_an_html_page_where_a_feed_should_be_is_broken() -> None:
    with pytest.raises(FeedParseError, match="HTML page, not a feed"):
        parse_feed(feed_bytes("not-a-feed.html"), url=f"{BASE}/news",
                   headers={"content-type": "text/html"})


@pytest.mark.parametrize("body", [b"", b"just some text", b"<rss><channel><item>"])
def test_no_entries_and_bozo_or_no_version_is_broken(body: bytes) -> None:
    with pytest.raises(FeedParseError, match="not a usable feed"):
        parse_feed(body, url=f"{BASE}/feed", headers={})


def test_a_valid_feed_without_entries_is_not_broken() -> None:
    feed = parse_feed(feed_bytes("empty.xml"), url=f"{BASE}/feed", headers=RSS)
    assert feed.entries == ()
    assert feed.title == "Quiet feed"


# ---------------------------------------------------------------------- feeds file

def test_feeds_file() -> None:
    text = """
[[feeds]]
url = "https://www.international.gc.ca/feed.xml"
name = "Global Affairs Canada"
language = "en"

[[feeds]]
url = "http://example.mx/rss"
"""
    assert load_feeds_file(text) == (
        FeedSpec("https://www.international.gc.ca/feed.xml", "Global Affairs Canada", "en"),
        FeedSpec("http://example.mx/rss", None, None))


@pytest.mark.parametrize("text, message", [
    ("[[feeds]\nurl=", "not valid TOML"),
    ("", "no \\[\\[feeds\\]\\] entries"),
    ("feeds = 3", "array of \\[\\[feeds\\]\\] tables"),
    ("[[feeds]]\nname = 'x'", "'url' is required"),
    ("[[feeds]]\nurl = 'ftp://x.org/feed'", "absolute http\\(s\\) URL"),
    ("[[feeds]]\nurl = 'javascript:alert(1)'", "absolute http\\(s\\) URL"),
    ("[[feeds]]\nurl = '/relative'", "absolute http\\(s\\) URL"),
    ("[[feeds]]\nurl = 'https://x.org/f'\nlanguage = 3", "'language' must be a string"),
    ("[[feeds]]\nurl = 'https://x.org/f'\ncolour = 'red'", "unknown keys colour"),
    ("[[feeds]]\nurl = 'https://x.org/f'\n[[feeds]]\nurl = 'https://x.org/f'", "duplicate"),
    ("[[feed]]\nurl = 'https://x.org/f'", "unknown top-level keys feed"),
])
def test_bad_feeds_files(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_feeds_file(text)
