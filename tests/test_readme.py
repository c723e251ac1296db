"""The README is the front door: its commands exist, its examples run."""
from __future__ import annotations

import json
import re
import shlex
from datetime import UTC, datetime
from pathlib import Path

import pytest

from extractors.pipeline import extract_article
from extractors.urls import canonical_url
from flows.cli import COMMANDS, build_parser, main
from warehouse.records import ArticleRecord, article_id_for
from warehouse.store import append_articles, open_warehouse, run_query

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
FIXTURES = ROOT / "tests" / "fixtures" / "articles"


def _blocks(text: str) -> list[str]:
    return re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S)


def _commands(block: str) -> list[str]:
    """Shell commands of a block, continuation lines joined, comments dropped."""
    out: list[str] = []
    for line in block.splitlines():
        stripped = line.split("  #")[0].rstrip()
        if not stripped.strip() or stripped.lstrip().startswith("#"):
            continue
        if out and (line.startswith(" ") or out[-1].count('"') % 2 == 1):
            out[-1] += " " + stripped.strip()
        else:
            out.append(stripped.strip())
    return out


def test_quickstart_is_two_commands_setup_and_main_job_then_setup_and_tests() -> None:
    section = README.split("## Quickstart", 1)[1]
    commands = _commands(_blocks(section)[0])
    assert len(commands) == 2
    demo, tests = commands
    assert "pip install" in demo and demo.endswith("canmex demo")
    assert "pip install" in tests and tests.endswith("python -m pytest")


def test_ci_runs_the_readme_test_command() -> None:
    tests = _commands(_blocks(README.split("## Quickstart", 1)[1])[0])[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests.split("&& ")[-1] in ci


def test_every_command_is_documented() -> None:
    for name in COMMANDS:
        assert f"canmex {name}" in README, f"README does not document `canmex {name}`"


def test_every_command_has_help_text() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in COMMANDS:
        assert sub.choices[name].description or sub.choices[name].format_help()
        assert name in {a.dest for a in sub._choices_actions}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse holding the extraction of every annotated fixture article."""
    db = tmp_path_factory.mktemp("readme") / "canmex.duckdb"
    records = []
    for text_file in sorted(FIXTURES.glob("*.txt")):
        meta = json.loads(text_file.with_suffix(".meta.json").read_text(encoding="utf-8"))
        url = meta["url"].replace("{base}", "http://news.example")
        extraction = extract_article(text_file.read_text(encoding="utf-8"), url=url,
                                     title=meta["title"], source=meta["source"],
                                     published=meta["published"], language=meta["language"])
        canonical = canonical_url(url)
        records.append(ArticleRecord(
            article_id=article_id_for(canonical), url=url, canonical_url=canonical,
            feed_urls=("http://news.example/feed.xml",), fetched_at=datetime.now(UTC),
            http_status=200, text=text_file.read_text(encoding="utf-8"), from_summary=False,
            author=None, site_name=meta["source"], extraction=extraction))
    with open_warehouse(db) as con:
        assert append_articles(con, records) == len(records)
    return db


def _sql_examples() -> list[str]:
    found = []
    for block in _blocks(README):
        for command in _commands(block):
            words = shlex.split(command)
            if words[:2] == ["canmex", "sql"] and len(words) > 2 and " " in words[2]:
                found.append(words[2])
    return found


def test_readme_has_sql_examples() -> None:
    assert len(_sql_examples()) >= 5


@pytest.mark.parametrize("sql", _sql_examples())
def test_every_sql_example_in_the_readme_runs(warehouse: Path, sql: str) -> None:
    columns, rows = run_query(warehouse, sql)
    assert columns


def test_the_extract_example_prints_the_contract(capsys: pytest.CaptureFixture[str]) -> None:
    assert "canmex extract seeds/seed-article.txt" in README
    assert main(["extract", str(ROOT / "seeds" / "seed-article.txt")]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["schema"] == "canmex.extraction/1"
    assert {p["name"] for p in document["people"]} >= {"François-Philippe Champagne",
                                                         "Anita Anand"}
