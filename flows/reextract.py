"""Re-extraction: run the current extraction again over the articles already stored.

The warehouse keeps every article's text and the extractor version that produced its
facts; after the extraction improves, ``reextract`` replaces the facts of every article
extracted by an older version (or of all of them), in batches, and the next pass matches
their events to meetings again.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from extractors import EXTRACTOR_VERSION
from extractors.model import Extraction
from extractors.pipeline import extract_article
from flows.settings import Settings
from warehouse.store import article_texts, open_warehouse, replace_facts_many

log = logging.getLogger(__name__)
BATCH = 500


@dataclass(frozen=True)
class ReextractResult:
    articles: int
    version: str


def _extract(meta: dict[str, Any]) -> Extraction:
    return extract_article(meta["text"] or "", url=meta.get("url"), title=meta.get("title"),
                           source=meta.get("source"), published=meta.get("published"))


def reextract(db: str | Path, settings: Settings, *, everything: bool = False
              ) -> ReextractResult:
    """Replace the facts of every article extracted by an older version (all of them
    with ``everything``); returns how many were re-extracted."""
    done = 0
    with open_warehouse(db, busy_timeout=settings.busy_timeout) as con:
        batch: list[tuple[str, Extraction]] = []
        for article_id, meta in article_texts(
                con, extractor_version_below=None if everything else EXTRACTOR_VERSION):
            batch.append((article_id, _extract(meta)))
            if len(batch) >= BATCH:
                replace_facts_many(con, batch)
                done += len(batch)
                batch = []
        if batch:
            replace_facts_many(con, batch)
            done += len(batch)
    log.info("re-extracted %d articles with extractor %s", done, EXTRACTOR_VERSION)
    return ReextractResult(articles=done, version=EXTRACTOR_VERSION)
