"""Numbered migrations: applied once, in a transaction, recorded; never dropping data."""
from __future__ import annotations

import re
import shutil
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest
from warehouse_builders import make_record

from extractors.errors import WarehouseError
from warehouse.migrate import MIGRATIONS_DIR, applied_versions, available_migrations, migrate
from warehouse.store import FACT_TABLES, append_articles, open_warehouse, replace_facts_many

TABLES = {"schema_migrations", "feeds", "articles", "article_feeds", "fetch_failures",
          "people", "organizations", "places", "topics", "figures", "quotes", "events",
          "event_participants", "alerts"}


def _tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
        "AND table_type = 'BASE TABLE'").fetchall()}


def test_first_open_applies_every_migration_and_records_it(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "dir" / "canmex.duckdb"      # parent dirs are created
    with open_warehouse(path) as con:
        assert TABLES <= _tables(con)
        rows = con.execute("SELECT version, name, applied_at FROM schema_migrations "
                           "ORDER BY version").fetchall()
    assert [(v, n) for v, n, _ in rows] == [(m.version, m.name)
                                           for m in available_migrations()]
    assert rows[0][:2] == (1, "init")
    assert rows[0][2] is not None


def test_reopening_applies_nothing(db_path: Path) -> None:
    with open_warehouse(db_path) as con:
        before = con.execute("SELECT * FROM schema_migrations").fetchall()
        assert migrate(con) == []
        assert con.execute("SELECT * FROM schema_migrations").fetchall() == before


def test_later_migration_applied_once_and_keeps_data(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    shutil.copy(MIGRATIONS_DIR / "001_init.sql", migrations)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        assert migrate(con, migrations) == [1]
        con.execute("INSERT INTO feeds (url, name) VALUES ('https://f.example/rss', 'F')")
        (migrations / "002_feed_notes.sql").write_text(
            "ALTER TABLE feeds ADD COLUMN notes VARCHAR;")
        assert migrate(con, migrations) == [2]
        assert migrate(con, migrations) == []
        assert applied_versions(con) == [1, 2]
        assert con.execute("SELECT url, name, notes FROM feeds").fetchall() == [
            ("https://f.example/rss", "F", None)]
    finally:
        con.close()


def test_failed_migration_leaves_nothing_half_done(tmp_path: Path) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "001_ok.sql").write_text("CREATE TABLE a (x INTEGER);")
    (migrations / "002_broken.sql").write_text(
        "CREATE TABLE b (x INTEGER);\nINSERT INTO nowhere VALUES (1);")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        with pytest.raises(WarehouseError, match="002_broken.sql failed"):
            migrate(con, migrations)
        assert applied_versions(con) == [1]
        assert "b" not in _tables(con)              # the CREATE was rolled back
    finally:
        con.close()


def test_a_migrations_fill_runs_after_its_sql_in_its_transaction(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    migrations = tmp_path / "migrations"
    migrations.mkdir()
    (migrations / "001_counts.sql").write_text("CREATE TABLE counts (n INTEGER);")
    (migrations / "002_more.sql").write_text("CREATE TABLE more (n INTEGER);")

    def fill_counts(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("INSERT INTO counts VALUES (42)")

    def broken_fill(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("INSERT INTO more VALUES (1)")
        raise duckdb.Error("the fill failed")

    monkeypatch.setattr("warehouse.migrate.FILLS",
                        {"001_counts": fill_counts, "002_more": broken_fill})
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    try:
        with pytest.raises(WarehouseError, match="002_more.sql failed: the fill failed"):
            migrate(con, migrations)
        assert con.execute("SELECT n FROM counts").fetchall() == [(42,)]
        assert applied_versions(con) == [1]
        assert "more" not in _tables(con)           # its SQL and its fill rolled back
    finally:
        con.close()


def test_badly_named_or_duplicate_migrations_are_refused(tmp_path: Path) -> None:
    (tmp_path / "init.sql").write_text("SELECT 1;")
    with pytest.raises(WarehouseError, match="NNN_name.sql"):
        available_migrations(tmp_path)
    (tmp_path / "init.sql").unlink()
    (tmp_path / "001_a.sql").write_text("SELECT 1;")
    (tmp_path / "001_b.sql").write_text("SELECT 1;")
    with pytest.raises(WarehouseError, match="share version 1"):
        available_migrations(tmp_path)


def test_no_migration_drops_user_data() -> None:
    """No migration deletes rows or drops a column; the one table drop allowed is a
    rebuild's (``t`` copied in full into ``t_NNN``, dropped, ``t_NNN`` renamed ``t``)."""
    forbidden = re.compile(r"\b(DROP\s+(COLUMN|SCHEMA)|DELETE\s+FROM|TRUNCATE)\b",
                           re.IGNORECASE)
    files = sorted(MIGRATIONS_DIR.glob("*.sql"))
    assert files
    for path in files:
        sql = "\n".join(line.split("--")[0] for line in path.read_text().splitlines())
        assert not forbidden.search(sql), path.name
        for table in re.findall(r"\bDROP\s+TABLE\s+(\w+)", sql, re.IGNORECASE):
            copy = rf"{table}_{path.name[:3]}"
            assert re.search(rf"INSERT INTO {copy} \(([\w, ]+)\)\s+SELECT \1 FROM {table};",
                             sql), f"{path.name}: {table} dropped without a full copy"
            assert re.search(rf"ALTER TABLE {copy} RENAME TO {table};", sql), \
                f"{path.name}: {table} dropped and not replaced"


def test_the_fact_tables_lose_their_keys_and_keep_every_row(tmp_path: Path) -> None:
    """Migration 006 on a warehouse written before it: every fact row is kept as it was,
    the keys are gone, and facts still go in (new articles, re-extraction)."""
    older = tmp_path / "migrations"
    older.mkdir()
    for path in available_migrations():
        if path.version < 6:
            shutil.copy(path.path, older)
    db = tmp_path / "w.duckdb"
    con = duckdb.connect(str(db))
    try:
        migrate(con, older)
        append_articles(con, [make_record(f"https://news.example/{i}") for i in range(3)])
        before = {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                  for t in FACT_TABLES}
        assert all(before.values())
        assert migrate(con) == [6]
        for table in FACT_TABLES:
            assert con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall() \
                == before[table], table
        keys = con.execute("SELECT table_name FROM duckdb_constraints() WHERE "
                           "constraint_type = 'PRIMARY KEY'").fetchall()
        assert not {t for (t,) in keys} & set(FACT_TABLES)
        assert {t for (t,) in keys} >= {"articles", "article_feeds", "feeds"}
        # The views still read the rebuilt tables.
        assert con.execute("SELECT count(*) FROM official_activity_monthly").fetchone()[0]
        append_articles(con, [make_record("https://news.example/new")])
        again = make_record("https://news.example/0", version="0.4.0")
        replace_facts_many(con, [(again.article_id, again.extraction)])
        replace_facts_many(con, [(again.article_id, again.extraction)])
        append_articles(con, [replace(again, feed_urls=("https://feeds.example/b.xml",))])
        n = len(make_record().extraction.people)      # per article, in four articles
        assert n and con.execute("SELECT count(*), count(DISTINCT (article_id, idx)) "
                                 "FROM people").fetchone() == (4 * n, 4 * n)
    finally:
        con.close()
