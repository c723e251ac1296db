"""What the flows hand to the warehouse: frozen records, built outside and stored as is.

Datetimes should be timezone-aware; naive ones are taken as UTC. Everything read back
from the warehouse is in UTC.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

from extractors.model import Extraction

FAILURE_KINDS = ("transient", "permanent")


def to_utc(value: datetime) -> datetime:
    """``value`` in UTC; a naive datetime is taken to be UTC already."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def article_id_for(canonical_url: str) -> str:
    """Stable article id: the first 16 hex digits of sha256 of the canonical URL."""
    return hashlib.sha256(canonical_url.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class FeedState:
    """One row of ``feeds``: what the poller knows about a feed between runs."""
    url: str
    name: str | None = None
    language: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    body_sha256: str | None = None
    last_polled: datetime | None = None
    last_success: datetime | None = None
    last_status: int | None = None
    error_count: int = 0
    last_error: str | None = None
    items_seen: int = 0
    enabled: bool = True                   # False once the feed answered 410 Gone
    next_poll: datetime | None = None      # do not poll before (backoff); None = any time
    moved_to: str | None = None            # permanent redirect target, polled instead


@dataclass(frozen=True)
class ArticleRecord:
    """A fetched article, its text and its extraction, ready to append."""
    article_id: str
    url: str
    canonical_url: str
    feed_urls: tuple[str, ...]
    fetched_at: datetime
    http_status: int | None
    text: str
    from_summary: bool
    author: str | None
    site_name: str | None
    extraction: Extraction


@dataclass(frozen=True)
class FetchFailure:
    """An article URL that could not be fetched; ``kind`` is transient or permanent."""
    url: str
    feed_url: str | None
    error: str
    kind: str
    at: datetime

    def failure_id(self) -> str:
        """Stable id of this failure (same row twice -> same id)."""
        parts = (self.url, self.feed_url or "", self.kind, self.error,
                 to_utc(self.at).isoformat())
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]
