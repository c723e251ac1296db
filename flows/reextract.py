"""Re-extraction: run the current extraction again over the articles already stored.

The warehouse keeps every article's text and the extractor version that produced its
facts; after the extraction improves, ``reextract`` replaces the facts of every article
extracted by an older version (or of all of them), in batches, and the next pass matches
their events to meetings again.
"""
from __future__ import annotations

import logging
from concurrent.futures import ProcessPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

from extractors import EXTRACTOR_VERSION
from extractors.model import Extraction
from extractors.pipeline import extract_article
from flows.articles import extract_processes, worker_pool
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
    with ``everything``); returns how many were re-extracted. Batches of articles are
    extracted in worker processes, one per core (``settings.extract_processes``)."""
    done = 0
    with open_warehouse(db, busy_timeout=settings.busy_timeout) as con, \
            ExitStack() as stack:
        pool: ProcessPoolExecutor | None = None
        todo = article_texts(con, extractor_version_below=None if everything
                             else EXTRACTOR_VERSION)
        while batch := list(islice(todo, BATCH)):
            if pool is None and extract_processes(settings, len(batch)) > 1:
                pool = stack.enter_context(worker_pool(extract_processes(settings,
                                                                         len(batch))))
            metas = [meta for _, meta in batch]
            extractions = (pool.map(_extract, metas, chunksize=8) if pool is not None
                           else map(_extract, metas))
            replace_facts_many(con, [(article_id, x) for (article_id, _), x
                                     in zip(batch, extractions, strict=True)])
            done += len(batch)
    log.info("re-extracted %d articles with extractor %s", done, EXTRACTOR_VERSION)
    return ReextractResult(articles=done, version=EXTRACTOR_VERSION)
