from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.urls import canonical_url


@pytest.mark.parametrize("url, expected", [
    ("HTTP://Example.COM:80", "http://example.com/"),
    ("https://Example.com:443/a/b?x=1#frag", "https://example.com/a/b?x=1"),
    ("https://example.com:8443/a", "https://example.com:8443/a"),
    ("https://example.com/a?utm_source=rss&utm_medium=feed&id=7", "https://example.com/a?id=7"),
    ("https://example.com/a?fbclid=x&gclid=y&mc_cid=z&mc_eid=w", "https://example.com/a"),
    ("https://example.com/a?b=2&a=1&c=", "https://example.com/a?a=1&b=2&c="),
    ("https://example.com/caf%C3%A9", "https://example.com/caf%C3%A9"),
    ("https://example.com/café", "https://example.com/caf%C3%A9"),
    ("  https://example.com/a  ", "https://example.com/a"),
])
def test_examples(url: str, expected: str) -> None:
    assert canonical_url(url) == expected


def test_same_article_through_two_feeds_has_one_canonical_form() -> None:
    a = "http://127.0.0.1:8080/files/articles/en-meeting.html?utm_source=rss&utm_medium=feed"
    b = "HTTP://127.0.0.1:8080/files/articles/en-meeting.html?fbclid=abc123#comments"
    assert canonical_url(a) == canonical_url(b)


def test_not_a_url_is_returned_as_is() -> None:
    assert canonical_url("not a url") == "not a url"


_segment = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                   max_size=8)
_key = st.one_of(st.sampled_from(["utm_source", "utm_campaign", "fbclid", "gclid", "mc_cid",
                                  "id", "page", "q", "a"]),
                 st.text(alphabet="abcdefgXYZ_-", min_size=1, max_size=6))
_urls = st.builds(
    lambda scheme, host, port, path, query, frag: (
        f"{scheme}://{host}{'' if port is None else f':{port}'}/"
        + "/".join(path)
        + ("?" + "&".join(f"{k}={v}" for k, v in query) if query else "")
        + (f"#{frag}" if frag else "")),
    st.sampled_from(["http", "https", "HTTP", "Https"]),
    st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,10}(\.[A-Za-z]{2,5}){1,2}", fullmatch=True),
    st.one_of(st.none(), st.sampled_from([80, 443, 8080]), st.integers(1, 65535)),
    st.lists(_segment, max_size=4),
    st.lists(st.tuples(_key, _segment), max_size=5),
    st.one_of(st.none(), _segment),
)


@given(_urls)
def test_canonical_twice_is_canonical_once(url: str) -> None:
    once = canonical_url(url)
    assert canonical_url(once) == once


@given(_urls)
def test_canonical_form_has_no_fragment_tracking_or_upper_case_host(url: str) -> None:
    parts = urlsplit(canonical_url(url))
    assert parts.fragment == ""
    assert parts.scheme in ("http", "https")
    assert parts.netloc == parts.netloc.lower()
    assert parts.path.startswith("/")
    # no tracking parameter left (a value may still read "utm_": "?id=utm_" is kept)
    names = [name for name, _ in parse_qsl(parts.query, keep_blank_values=True)]
    assert not any(n.startswith("utm_") or n == "fbclid" for n in names), names


@given(_urls, st.sampled_from(["utm_source=x", "fbclid=1", "gclid=2", "mc_cid=3"]))
def test_adding_a_tracking_parameter_changes_nothing(url: str, tracking: str) -> None:
    # White space around a URL is not part of it, so the parameter goes after the URL
    # itself (after a path ending in a space, a query would make that space the path's).
    base = url.partition("#")[0].strip()
    joiner = "&" if "?" in base else "?"
    assert canonical_url(f"{base}{joiner}{tracking}") == canonical_url(base)
