"""Builders for the warehouse tests: hand-built records with every field set, and a real
second process that holds the warehouse file for writing."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

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
from warehouse.records import ArticleRecord, article_id_for

REPO = Path(__file__).resolve().parents[2]
FETCHED = datetime(2026, 3, 5, 14, 30, 15, 123456, tzinfo=UTC)


def full_extraction(url: str = "https://news.example/ca-mx-meeting",
                    version: str = "0.3.0", tag: str = "") -> Extraction:
    """An extraction with every list filled and every optional field set somewhere."""
    return Extraction(
        article=ArticleInfo(url=url, title=f"Canada and Mexico renew ties{tag}",
                            source="Example News", published="2026-03-04", language="en",
                            word_count=812, text_sha256="ab" * 32),
        relevance=Relevance(relevant=True, score=0.91, countries={"CA": 7, "MX": 6, "US": 1}),
        people=(
            Person("Mélanie Joly", "Industry Minister", "minister", "CA", 4,
                   f"Industry Minister Mélanie Joly met her counterpart.{tag}"),
            Person("Marcelo Ebrard", "Secretary of Economy", "minister", "MX", 3,
                   "Mexico's Secretary of Economy Marcelo Ebrard said..."),
            Person("Jane Analyst", None, "expert", None, 1, "Jane Analyst, an expert, ..."),
        ),
        organizations=(
            Organization("Statistics Canada", "government", "CA", 1, "Statistics Canada says"),
            Organization("USMCA", "agreement", None, 2, "the USMCA review"),
        ),
        places=(Place("Mexico City", "MX", 2, "in Mexico City on Tuesday"),
                Place("Ottawa", "CA", 1, "back in Ottawa")),
        topics=(Topic("trade", 5), Topic("usmca", 2), Topic("critical_minerals", 1)),
        figures=(
            Figure("$41 billion", 41e9, "currency", "USD", "bilateral trade", 2025,
                   "Statistics Canada", "Bilateral trade reached $41 billion in 2025."),
            Figure("12%", 12.0, "percent", None, "growth", None, None, "up 12%"),
        ),
        quotes=(
            Quote("Mélanie Joly", None, "We are building a stronger partnership",
                  "“We are building a stronger partnership,” Joly said."),
            Quote(None, "one Canadian diplomat", "the talks went well", "one diplomat..."),
        ),
        events=(
            Event("meeting", "ministerial", "held",
                  (Participant("Mélanie Joly", "Industry Minister", "CA"),
                   Participant("Marcelo Ebrard", "Secretary of Economy", "MX")),
                  ("CA", "MX"), "Mexico City", "2026-03-03", "on Tuesday",
                  ("working groups on critical minerals", "a joint statement"),
                  "2026-03-03:CA-MX:joly-ebrard", "Joly met Ebrard in Mexico City."),
            Event("summit", "leaders", "planned", (), ("CA", "MX", "US"), None, None,
                  "later this year", (), "2026:CA-MX-US:summit", "A summit is planned."),
            Event("call", "ministerial", "held",
                  (Participant("Some Secretary", None, "MX"),), ("US", "MX"), None,
                  None, None, (), "us-mx-call", "A U.S.–Mexico call."),
        ),
        tone=0.42,
        extractor_version=version,
    )


def make_record(url: str = "https://news.example/ca-mx-meeting",
                feeds: tuple[str, ...] = ("https://feeds.example/en.xml",),
                version: str = "0.3.0", tag: str = "") -> ArticleRecord:
    return ArticleRecord(
        article_id=article_id_for(url), url=url + "?utm_source=feed", canonical_url=url,
        feed_urls=feeds, fetched_at=FETCHED, http_status=200,
        text="Industry Minister Mélanie Joly met her counterpart...\n\nSecond paragraph.",
        from_summary=False, author="A. Reporter", site_name="Example News",
        extraction=full_extraction(url + "?utm_source=feed", version, tag))
