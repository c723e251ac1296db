"""`canmex sql`: read-only ad-hoc SQL from the command line, in three formats."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from warehouse_builders import make_record

import flows.cli
from warehouse.store import append_articles, open_warehouse


@pytest.fixture(autouse=True)
def only_sql(monkeypatch: pytest.MonkeyPatch) -> None:
    """Build the CLI with just this command, whatever state the others are in."""
    monkeypatch.setattr(flows.cli, "COMMANDS", ("sql",))
    monkeypatch.delenv("CANMEX_DB", raising=False)


@pytest.fixture
def loaded_db(db_path: Path) -> Path:
    with open_warehouse(db_path) as con:
        append_articles(con, [make_record(), make_record("https://news.example/b")])
    return db_path


QUERY = ("SELECT name, title, country, mentions FROM people "
         "WHERE article_id = (SELECT min(article_id) FROM articles) ORDER BY idx")


def test_csv_has_a_header_row(loaded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert flows.cli.main(["sql", QUERY, "--db", str(loaded_db), "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [["name", "title", "country", "mentions"],
                    ["Mélanie Joly", "Industry Minister", "CA", "4"],
                    ["Marcelo Ebrard", "Secretary of Economy", "MX", "3"],
                    ["Jane Analyst", "", "", "1"]]


def test_json_is_an_array_of_objects(loaded_db: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    sql = ("SELECT event_key, date, countries, outcomes FROM events "
           "WHERE idx = 0 ORDER BY article_id LIMIT 1")
    assert flows.cli.main(["sql", sql, "--db", str(loaded_db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{
        "event_key": "2026-03-03:CA-MX:joly-ebrard", "date": "2026-03-03",
        "countries": ["CA", "MX"],
        "outcomes": ["working groups on critical minerals", "a joint statement"]}]
    sql = "SELECT countries, published, fetched_at FROM articles LIMIT 1"
    assert flows.cli.main(["sql", sql, "--db", str(loaded_db), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == [{
        "countries": {"CA": 7, "MX": 6, "US": 1}, "published": "2026-03-04",
        "fetched_at": "2026-03-05T14:30:15.123456+00:00"}]


def test_table_is_aligned_text(loaded_db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert flows.cli.main(["sql", QUERY, "--db", str(loaded_db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["name", "title", "country", "mentions"]
    assert set(lines[1].replace("  ", "")) == {"-"}
    assert lines[2].split("  ")[0] == "Mélanie Joly"
    assert lines[4].startswith("Jane Analyst")
    assert "NULL" in lines[4]
    # columns start at the same offsets on every line
    start = lines[0].index("title")
    assert all(line[start - 2:start] == "  " for line in lines[2:5])
    assert lines[2][start:].startswith("Industry Minister")
    assert lines[-1] == "(3 rows)"


def test_long_text_is_cut_in_table_format(loaded_db: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    sql = "SELECT repeat('x', 500) AS long, 'a\nb' AS multi"
    assert flows.cli.main(["sql", sql, "--db", str(loaded_db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[2].startswith("x" * 59 + "…")
    assert out[2].endswith("a b")


def test_db_defaults_to_the_setting(loaded_db: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CANMEX_DB", str(loaded_db))
    assert flows.cli.main(["sql", "SELECT count(*) AS n FROM articles",
                           "--format", "csv"]) == 0
    assert capsys.readouterr().out == "n\n2\n"


def test_write_statements_are_refused(loaded_db: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert flows.cli.main(["sql", "DELETE FROM articles", "--db", str(loaded_db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("canmex: canmex sql is read-only")
    assert err.count("\n") == 1


def test_busy_warehouse_is_one_clear_line(db_path: Path, holder,
                                          monkeypatch: pytest.MonkeyPatch,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("CANMEX_BUSY_TIMEOUT", "0.3")
    assert flows.cli.main(["sql", "SELECT 1", "--db", str(db_path)]) == 2
    assert capsys.readouterr().err == (
        f"canmex: the warehouse {db_path} is busy: another canmex process is writing; "
        "try again shortly\n")


def test_missing_warehouse_and_bad_sql(tmp_path: Path, loaded_db: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert flows.cli.main(["sql", "SELECT 1", "--db", str(tmp_path / "none.duckdb")]) == 2
    assert "no warehouse at" in capsys.readouterr().err
    assert flows.cli.main(["sql", "SELECT * FROM nope", "--db", str(loaded_db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("canmex: query failed") and err.count("\n") == 1


def test_every_option_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        flows.cli.main(["sql", "--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    for expected in ("QUERY", "the SQL to run", "--db PATH", "CANMEX_DB",
                     "--format {table,csv,json,parquet}", "CSV with a header row"):
        assert expected in out
