"""The one extraction every article goes through (the seed article included).

``extract_article`` takes the article's plain text and metadata and returns the
contract's ``Extraction``. Pure: no network, no database.
"""
from __future__ import annotations

import hashlib

from extractors import EXTRACTOR_VERSION
from extractors.model import ArticleInfo, Extraction, Relevance
from extractors.text import prepare


def extract_article(text: str, *, url: str | None = None, title: str | None = None,
                    source: str | None = None, published: str | None = None,
                    language: str | None = None) -> Extraction:
    doc = prepare(text, language)
    info = ArticleInfo(url=url, title=title, source=source, published=published,
                       language=doc.language, word_count=doc.word_count,
                       text_sha256=hashlib.sha256(doc.text.encode("utf-8")).hexdigest())
    return Extraction(article=info, relevance=Relevance(relevant=False, score=0.0),
                      extractor_version=EXTRACTOR_VERSION)
