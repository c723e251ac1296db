from __future__ import annotations

from pathlib import Path

import pytest

from extractors.fulltext import NO_TEXT, Document, extract_document

ARTICLES = Path(__file__).resolve().parents[1] / "fixtures" / "http" / "articles"


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
