"""Lossless JSON-ready dicts for extractions and records, and back.

``Extraction.to_dict()`` prints the contract and leaves evidence out; the spool needs
everything (sentences and extractor version included), so these helpers keep every field.
"""
from __future__ import annotations

from dataclasses import asdict, fields
from datetime import datetime
from typing import Any

from extractors.model import (
    ArticleInfo,
    Event,
    Extraction,
    Figure,
    Organization,
    Participant,
    Person,
    Place,
    Quote,
    Relevance,
    Topic,
)
from warehouse.records import ArticleRecord, FeedState, FetchFailure

_ITEM_TYPES: dict[str, type] = {
    "people": Person, "organizations": Organization, "places": Place, "topics": Topic,
    "figures": Figure, "quotes": Quote,
}


def extraction_to_dict(extraction: Extraction) -> dict[str, Any]:
    """Every field of ``extraction`` (evidence included) as JSON-ready values."""
    return asdict(extraction)


def _event_from_dict(d: dict[str, Any]) -> Event:
    d = dict(d)
    d["participants"] = tuple(Participant(**p) for p in d.get("participants", ()))
    d["countries"] = tuple(d.get("countries", ()))
    d["outcomes"] = tuple(d.get("outcomes", ()))
    return Event(**d)


def extraction_from_dict(d: dict[str, Any]) -> Extraction:
    """The inverse of :func:`extraction_to_dict` (a ``schema`` key is ignored)."""
    relevance = dict(d["relevance"])
    relevance["countries"] = dict(relevance.get("countries") or {})
    lists: dict[str, Any] = {
        name: tuple(cls(**item) for item in d.get(name, ()))
        for name, cls in _ITEM_TYPES.items()}
    lists["events"] = tuple(_event_from_dict(e) for e in d.get("events", ()))
    return Extraction(article=ArticleInfo(**d["article"]), relevance=Relevance(**relevance),
                      tone=float(d.get("tone", 0.0)),
                      extractor_version=d.get("extractor_version", ""), **lists)


def record_to_dict(record: ArticleRecord) -> dict[str, Any]:
    return {"article_id": record.article_id, "url": record.url,
            "canonical_url": record.canonical_url, "feed_urls": list(record.feed_urls),
            "fetched_at": record.fetched_at.isoformat(), "http_status": record.http_status,
            "text": record.text, "from_summary": record.from_summary,
            "author": record.author, "site_name": record.site_name,
            "extraction": extraction_to_dict(record.extraction)}


def record_from_dict(d: dict[str, Any]) -> ArticleRecord:
    return ArticleRecord(
        article_id=d["article_id"], url=d["url"], canonical_url=d["canonical_url"],
        feed_urls=tuple(d["feed_urls"]), fetched_at=datetime.fromisoformat(d["fetched_at"]),
        http_status=d["http_status"], text=d["text"], from_summary=d["from_summary"],
        author=d["author"], site_name=d["site_name"],
        extraction=extraction_from_dict(d["extraction"]))


def failure_to_dict(failure: FetchFailure) -> dict[str, Any]:
    return {"url": failure.url, "feed_url": failure.feed_url, "error": failure.error,
            "kind": failure.kind, "at": failure.at.isoformat()}


def failure_from_dict(d: dict[str, Any]) -> FetchFailure:
    return FetchFailure(url=d["url"], feed_url=d["feed_url"], error=d["error"],
                        kind=d["kind"], at=datetime.fromisoformat(d["at"]))


_STATE_TIMES = ("last_polled", "last_success", "next_poll")


def feed_state_to_dict(state: FeedState) -> dict[str, Any]:
    d = asdict(state)
    for name in _STATE_TIMES:
        d[name] = d[name].isoformat() if d[name] else None
    return d


def feed_state_from_dict(d: dict[str, Any]) -> FeedState:
    known = {f.name for f in fields(FeedState)}
    values = {k: v for k, v in d.items() if k in known}
    for name in _STATE_TIMES:
        if values.get(name):
            values[name] = datetime.fromisoformat(values[name])
    return FeedState(**values)
