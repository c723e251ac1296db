"""Property: any extraction survives the spool's JSON and the warehouse unchanged."""
from __future__ import annotations

import itertools
import json
from dataclasses import replace
from datetime import UTC

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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
from warehouse.serialize import extraction_from_dict, extraction_to_dict
from warehouse.store import append_articles, load_article, open_warehouse

text = st.text(max_size=20)
maybe = st.none() | text
count = st.integers(0, 2**31 - 1)
number = st.floats(allow_nan=False, allow_infinity=False)
day = st.none() | st.dates().map(lambda d: d.isoformat())
codes = st.lists(st.text(min_size=1, max_size=3), max_size=4).map(tuple)

extractions = st.builds(
    Extraction,
    article=st.builds(ArticleInfo, url=maybe, title=maybe, source=maybe, published=day,
                      language=text, word_count=count, text_sha256=text),
    relevance=st.builds(Relevance, relevant=st.booleans(), score=number,
                        countries=st.dictionaries(st.text(min_size=1, max_size=3),
                                                  count, max_size=4)),
    people=st.lists(st.builds(Person, name=text, title=maybe, role=text, country=maybe,
                              mentions=count, sentence=text), max_size=3).map(tuple),
    organizations=st.lists(st.builds(Organization, name=text, kind=text, country=maybe,
                                     mentions=count, sentence=text), max_size=3).map(tuple),
    places=st.lists(st.builds(Place, name=text, country=maybe, mentions=count,
                              sentence=text), max_size=3).map(tuple),
    topics=st.lists(st.builds(Topic, topic=text, mentions=count), max_size=3).map(tuple),
    figures=st.lists(st.builds(Figure, text=text, value=number, unit=text, currency=maybe,
                               subject=text, year=st.none() | st.integers(-9999, 9999),
                               attributed_to=maybe, sentence=text), max_size=3).map(tuple),
    quotes=st.lists(st.builds(Quote, speaker=maybe, speaker_description=maybe, text=text,
                              sentence=text), max_size=3).map(tuple),
    events=st.lists(st.builds(
        Event, type=text, level=text, status=text,
        participants=st.lists(st.builds(Participant, name=text, title=maybe,
                                        country=maybe), max_size=3).map(tuple),
        countries=codes, place=maybe, date=day, date_text=maybe,
        outcomes=st.lists(text, max_size=3).map(tuple), key=text, sentence=text),
        max_size=3).map(tuple),
    tone=number,
    extractor_version=text,
)


@given(extractions)
def test_extraction_survives_json(extraction: Extraction) -> None:
    data = json.loads(json.dumps(extraction_to_dict(extraction)))
    assert extraction_from_dict(data) == extraction


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("roundtrip") / "canmex.duckdb"
    with open_warehouse(path) as con:
        yield con


_serial = itertools.count()


@settings(max_examples=40, deadline=None)
@given(extraction=extractions, body=st.text(max_size=200),
       fetched=st.datetimes(timezones=st.just(UTC)), status=st.none() | st.integers(100, 599))
def test_extraction_survives_the_warehouse(shared_db, extraction: Extraction, body: str,
                                           fetched, status) -> None:
    url = f"https://news.example/{next(_serial)}"
    record = ArticleRecord(article_id=article_id_for(url), url=url, canonical_url=url,
                           feed_urls=("https://feeds.example/x.xml",), fetched_at=fetched,
                           http_status=status, text=body, from_summary=False, author=None,
                           site_name=None,
                           extraction=replace(extraction,
                                              article=replace(extraction.article, url=url)))
    assert append_articles(shared_db, [record]) == 1
    assert load_article(shared_db, record.article_id) == record
