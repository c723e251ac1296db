"""canmex reextract: stored history re-extracted after the extraction improves."""
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors import EXTRACTOR_VERSION
from extractors.model import ArticleInfo, Extraction, Relevance
from extractors.urls import canonical_url
from flows.cli import main
from flows.settings import Settings
from warehouse.records import ArticleRecord, article_id_for
from warehouse.store import append_articles, open_warehouse

SEED = Path(__file__).resolve().parents[2] / "seeds" / "seed-article.txt"


def _stored_by_an_old_extractor(db: str) -> None:
    """The seed article as an early extractor left it: no facts at all."""
    text = SEED.read_text(encoding="utf-8")
    url = "http://news.example/seed"
    old = Extraction(article=ArticleInfo(url=url, title="Seed", source="Example",
                                         published="2024-03-01", language="en",
                                         word_count=829, text_sha256="x"),
                     relevance=Relevance(relevant=False, score=0.0),
                     extractor_version="0.0.1")
    record = ArticleRecord(article_id=article_id_for(canonical_url(url)), url=url,
                           canonical_url=canonical_url(url), feed_urls=(), text=text,
                           fetched_at=datetime.now(UTC), http_status=200, from_summary=False,
                           author=None, site_name="Example", extraction=old)
    with open_warehouse(db) as con:
        append_articles(con, [record])


def _count(db: str, sql: str) -> int:
    with open_warehouse(db) as con:
        return con.execute(sql).fetchone()[0]


def test_older_extractions_are_replaced_once(fresh_db: str,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    _stored_by_an_old_extractor(fresh_db)
    assert _count(fresh_db, "SELECT count(*) FROM people") == 0
    assert main(["reextract", "--db", fresh_db]) == 0
    assert capsys.readouterr().out == (f"re-extracted 1 article with extractor "
                                       f"{EXTRACTOR_VERSION}\n")
    assert _count(fresh_db, "SELECT count(*) FROM people WHERE name = 'Anita Anand' "
                            f"AND extractor_version = '{EXTRACTOR_VERSION}'") == 1
    assert _count(fresh_db, "SELECT count(*) FROM articles WHERE relevant") == 1
    # Already current: nothing to do, nothing duplicated.
    people = _count(fresh_db, "SELECT count(*) FROM people")
    assert main(["reextract", "--db", fresh_db]) == 0
    assert capsys.readouterr().out == (f"re-extracted 0 articles with extractor "
                                       f"{EXTRACTOR_VERSION}\n")
    assert _count(fresh_db, "SELECT count(*) FROM people") == people


def test_all_re_extracts_current_articles_too(fresh_db: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    _stored_by_an_old_extractor(fresh_db)
    main(["reextract", "--db", fresh_db])
    people = _count(fresh_db, "SELECT count(*) FROM people")
    capsys.readouterr()
    assert main(["reextract", "--db", fresh_db, "--all"]) == 0
    assert capsys.readouterr().out.startswith("re-extracted 1 article")
    assert _count(fresh_db, "SELECT count(*) FROM people") == people


def test_worker_processes_re_extract_the_same_facts(tmp_path: Path,
                                                    settings: Settings) -> None:
    from flows.reextract import reextract
    facts = []
    for name, processes in (("inline", 1), ("pool", 2)):
        db = str(tmp_path / f"{name}.duckdb")
        _stored_by_an_old_extractor(db)
        done = reextract(db, settings.with_overrides(extract_processes=processes,
                                                     extract_pool_min=1))
        assert done.articles == 1
        with open_warehouse(db) as con:
            facts.append({t: sorted(map(str, con.execute(f"SELECT * FROM {t}").fetchall()))
                          for t in ("people", "organizations", "places", "topics", "figures",
                                    "quotes", "events")})
    assert facts[0] == facts[1] and facts[0]["people"]
