from __future__ import annotations

from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata

from extractors import fulltext
from extractors.fulltext import (
    NO_TEXT,
    Document,
    extract_document,
    fallback_cannot_change,
    notice_kind,
    page_metadata,
    page_text_bound,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
ARTICLES = FIXTURES / "http" / "articles"


def page(name: str) -> bytes:
    return (ARTICLES / name).read_bytes().replace(b"{base}", b"http://news.example")


@pytest.mark.parametrize("name, language, title, author, date, site, sentence", [
    ("en-meeting.html", "en", "Canada and Mexico foreign ministers meet in Ottawa",
     "Claire Dubois", "2025-03-12", "North Star Ledger",
     "Canadian Foreign Affairs Minister Mélanie Joly met Mexican Foreign Secretary"),
    ("es-reunion.html", "es", "México y Canadá acuerdan ampliar la cooperación en energía",
     "Sofía Ramírez", "2025-04-03", "Diario del Valle",
     "La secretaria de Energía de México, Luz Elena González, se reunió"),
    ("fr-rencontre.html", "fr", "Ottawa et Mexico renforcent leur coopération commerciale",
     "Julien Gagnon", "2025-05-20", "Le Courrier du Nord",
     "La ministre du Commerce international du Canada, Mary Ng, a rencontré"),
])
def test_text_and_metadata(name: str, language: str, title: str, author: str, date: str,
                           site: str, sentence: str) -> None:
    doc = extract_document(page(name), url=f"http://news.example/{name}")
    assert sentence in doc.text
    assert (doc.language, doc.title, doc.author, doc.date, doc.site_name) == (
        language, title, author, date, site)
    assert doc.reason is None
    # paragraphs one per line; navigation and footer left out
    assert len(doc.text.splitlines()) >= 5
    assert "©" not in doc.text and "Home" not in doc.text.splitlines()


def test_a_page_without_text_gives_an_explicit_empty_result() -> None:
    doc = extract_document(page("empty.html"), url="http://news.example/video")
    assert isinstance(doc, Document)
    assert doc.text == "" and doc.reason == NO_TEXT and doc.empty


@pytest.mark.parametrize("body", [b"", b"   ", b"\x00\x01\x02 binary"])
def test_empty_or_garbage_input_is_never_none(body: bytes) -> None:
    doc = extract_document(body)
    assert isinstance(doc, Document)
    assert doc.text == "" and doc.reason


# --------------------------------------------------------------- the main extractor alone
# ``extract_document`` keeps the main extractor's text without trafilatura's comparison
# with readability and jusText when that comparison cannot change it
# (``fallback_cannot_change``). The text must be the full cascade's either way.

PARAGRAPHS = {
    "en": "Canada's trade minister met her Mexican counterpart in {city} on Tuesday to "
          "discuss supply chains, critical minerals and the review of the trade agreement; "
          "officials said talks number {n} would continue next month.",
    "es": "La secretaria de Economía de México se reunió con su homóloga canadiense en "
          "{city} el martes para hablar de cadenas de suministro y minerales críticos; "
          "la ronda número {n} seguirá el próximo mes.",
    "fr": "La ministre canadienne du Commerce a rencontré son homologue mexicain à {city} "
          "mardi pour discuter des chaînes d'approvisionnement et des minéraux critiques; "
          "la ronde numéro {n} se poursuivra le mois prochain.",
}


def news_page(language: str, paragraphs: int, *, furniture: int = 1, body: str = "",
              article_extra: str = "") -> bytes:
    """A news page: ``paragraphs`` paragraphs in an <article> (or ``body`` instead),
    ``furniture`` blocks of links around it."""
    text = body or "".join(
        f"<p>{PARAGRAPHS[language].format(city='Ottawa', n=i)}</p>" for i in range(paragraphs))
    links = "".join(f'<li><a href="/story/{i}">Related story number {i} about something '
                    "else entirely</a></li>" for i in range(8))
    blocks = "".join(f'<div class="related"><ul>{links}</ul></div>' for _ in range(furniture))
    return (f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8">'
            "<title>Ministers meet | The Ledger</title>"
            '<meta property="og:site_name" content="The Ledger">'
            '<meta property="article:published_time" content="2025-03-12T09:30:00-05:00">'
            "<script>var tracking = {'a': 1};</script></head><body>"
            f'<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>'
            f"{blocks}<main><article><h1>Ministers meet</h1>{text}{article_extra}</article>"
            f"</main>{blocks}<footer><p>© The Ledger</p></footer></body></html>"
            ).encode()


def full_cascade(html: bytes) -> str:
    """The text as trafilatura's full cascade (``fast=False``) gives it, normalised."""
    text = trafilatura.extract(trafilatura.load_html(html), output_format="txt",
                               include_comments=False, include_tables=False,
                               favor_precision=True, with_metadata=False,
                               deduplicate=False) or ""
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def main_extractor(html: bytes) -> tuple[object, str, object]:
    tree = trafilatura.load_html(html)
    found = trafilatura.bare_extraction(tree, fast=True, include_comments=False,
                                        include_tables=False, favor_precision=True,
                                        deduplicate=False)
    assert found is not None
    return found.body, found.text, tree


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_a_long_articles_main_text_stands_and_is_the_full_cascades(
        language: str) -> None:
    html = news_page(language, 12)
    assert fallback_cannot_change(*main_extractor(html))
    doc = extract_document(html)
    assert doc.text == full_cascade(html)
    assert len(doc.text.splitlines()) == 13        # the headline and 12 paragraphs
    assert (doc.language, doc.title, doc.date, doc.site_name) == (
        language, "Ministers meet", "2025-03-12", "The Ledger")


def list_page(language: str, items: int) -> bytes:
    return news_page(language, 0, body="<ul>" + "".join(
        f"<li>{PARAGRAPHS[language].format(city='Québec', n=i)}</li>" for i in range(items))
        + "</ul>")


@pytest.mark.parametrize("html, why", [
    (news_page("en", 3), "short text"),
    (news_page("fr", 12, furniture=10), "most of the page's text is elsewhere"),
    (list_page("es", 12), "no paragraph text"),
])
def test_a_text_the_comparison_could_change_takes_the_full_cascade(html: bytes, why: str) -> None:
    assert not fallback_cannot_change(*main_extractor(html)), why


@pytest.mark.parametrize("html", [
    news_page("en", 3), news_page("fr", 12, furniture=10), list_page("es", 12),
    news_page("es", 12, article_extra="<figure><figcaption>Foto: archivo</figcaption>"
                                      "</figure>"),
    news_page("en", 0, body="<div>" + "<br>".join(
        PARAGRAPHS["en"].format(city="Toronto", n=i) for i in range(12)) + "</div>"),
    news_page("fr", 40, furniture=0),
])
def test_either_way_the_text_is_the_full_cascades(html: bytes) -> None:
    assert extract_document(html).text == full_cascade(html)


def test_every_fixture_page_gives_the_full_cascades_text() -> None:
    pages = sorted(FIXTURES.rglob("*.html"))
    assert len(pages) >= 10
    for path in pages:
        html = path.read_bytes().replace(b"{base}", b"http://news.example")
        expected = full_cascade(html)
        if notice_kind(expected):
            expected = ""       # a paywall or consent notice is not kept as the text
        assert extract_document(html).text == expected, path.name


def test_the_page_text_bound_is_never_below_any_text_taken_from_the_page() -> None:
    for html in (news_page("en", 12), news_page("fr", 5, furniture=30),
                 (ARTICLES / "es-reunion.html").read_bytes()):
        tree = trafilatura.load_html(html)
        whole = " ".join(tree.text_content().split())
        scripts = sum(len(" ".join((s.text or "").split())) for s in tree.iter("script", "style"))
        assert page_text_bound(tree) >= len(whole) - scripts
        assert page_text_bound(tree) >= len(full_cascade(html))


def failing_like_trafilatura(*args: object, **kwargs: object) -> None:
    """What trafilatura's metadata code has raised on odd markup."""
    raise AttributeError("'NoneType' object has no attribute 'text'")


def test_a_failure_of_the_fast_path_falls_back_to_the_full_cascade(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """trafilatura's metadata code has raised on odd markup; the page keeps its text."""
    html = news_page("es", 12)
    monkeypatch.setattr(trafilatura, "bare_extraction", failing_like_trafilatura)
    doc = extract_document(html)
    assert doc.text == full_cascade(html) and doc.reason is None
    assert (doc.title, doc.date, doc.language) == ("Ministers meet", "2025-03-12", "es")


# --------------------------------------------------------------- the metadata canmex reads
# ``page_metadata`` repeats the steps of trafilatura's ``extract_metadata`` that give the
# title, author, date and site name, and ``bare_extraction`` then runs without metadata.
# If a trafilatura release changes either, these tests say so.

def metadata_pages() -> list[tuple[str, bytes]]:
    pages = [(path.name, path.read_bytes().replace(b"{base}", b"http://news.example"))
             for path in sorted(FIXTURES.rglob("*.html"))]
    text = "".join(f"<p>{PARAGRAPHS['en'].format(city='Ottawa', n=i)}</p>" for i in range(6))
    odd = {
        "json-ld": '<script type="application/ld+json">{"@type": "NewsArticle", "headline":'
                   ' "LD headline", "datePublished": "2024-02-03", "author": {"@type":'
                   ' "Person", "name": "Ana Pérez"}, "publisher": {"name": "The Post"}}</script>',
        "twitter handle": '<meta name="twitter:site" content="@foo">',
        "lower-case site": '<meta property="og:site_name" content="the daily">',
        "one-word author": '<meta name="author" content="admin">',
        "site in title": "<title>Big story | news.example.org</title>",
        "canonical": '<link rel="canonical" href="https://www.paper.example/2023/05/07/a">',
    }
    pages += [(name, f"<html><head>{head}</head><body>{text}</body></html>".encode())
              for name, head in odd.items()]
    pages.append(("no head", f"<html><body><h1>Only a body</h1>{text}</body></html>".encode()))
    return pages


@pytest.mark.parametrize("url", [None, "http://news.example/2024/01/09/story.html"])
def test_page_metadata_is_trafilaturas(url: str | None) -> None:
    # A trafilatura without the helpers would run its own metadata code (slower): say so.
    assert fulltext.OWN_METADATA, "trafilatura's metadata helpers could not be imported"
    for name, html in metadata_pages():
        tree = trafilatura.load_html(html)
        before = etree.tostring(tree)
        mine = page_metadata(tree, url)
        assert etree.tostring(tree) == before, name
        theirs = extract_metadata(trafilatura.load_html(html), default_url=url)
        for field in ("title", "author", "date", "sitename", "language"):
            assert getattr(mine, field) == getattr(theirs, field), (name, field)


def test_the_main_extractor_gives_the_same_text_without_metadata() -> None:
    for name, html in metadata_pages():
        found = [trafilatura.bare_extraction(
            trafilatura.load_html(html), fast=True, with_metadata=with_metadata,
            include_comments=False, include_tables=False, favor_precision=True,
            deduplicate=False) for with_metadata in (True, False)]
        texts = [None if f is None else f.text for f in found]
        assert texts[0] == texts[1], name


def test_a_failure_of_the_metadata_falls_back_to_trafilaturas(
        monkeypatch: pytest.MonkeyPatch) -> None:
    html = news_page("fr", 12)
    monkeypatch.setattr(fulltext, "page_metadata", failing_like_trafilatura)
    doc = extract_document(html)
    assert doc.text == full_cascade(html) and doc.reason is None
    assert (doc.title, doc.date, doc.site_name) == ("Ministers meet", "2025-03-12", "The Ledger")


def test_the_page_text_bound_counts_each_text_node_outside_scripts_and_styles() -> None:
    html = (b"<html><body><p>  Two  words\n</p><p> </p><script>var x = 1;</script> after "
            b"<style>p {}</style><fencedframe>left out<b>bold</b> kept</fencedframe>"
            b"&amp; \xc2\xa0 end</body></html>")
    tree = trafilatura.load_html(html)
    nodes = ["  Two  words\n", " ", " after ", "bold", " kept", "& \xa0 end"]
    assert page_text_bound(tree) == sum(len(" ".join(n.split())) + 1 for n in nodes)
