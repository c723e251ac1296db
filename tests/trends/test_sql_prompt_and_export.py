"""`canmex sql` without a query (queries from standard input), `--format parquet`, and
`canmex export --format parquet`."""
from __future__ import annotations

import io
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from support.holder import WarehouseHolder as Holder
from trend_builders import REPO

import flows.cli
from flows.commands.sql import interactive
from warehouse.store import open_warehouse, run_query


def canmex(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The real command in its own process (standard input is a pipe, not a terminal)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("CANMEX_DB")}
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], input=stdin,
                          capture_output=True, text=True, cwd=REPO, env=env, timeout=120,
                          check=False)


def test_piped_queries_run_one_after_another(trend_db: Path) -> None:
    script = ("SELECT count(*) AS n\n  FROM articles;\n\n"
              ".format csv\n"
              "SELECT event_key FROM meetings_timeline WHERE ca_mx_ministerial "
              "ORDER BY day;\n"
              ".quit\n"
              "SELECT 'never run';\n")
    proc = canmex("sql", "--db", str(trend_db), stdin=script)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout == ("n\n-\n5\n(1 row)\n"
                           "event_key\n2026-03-02:CA-MX:anand-delafuente\n"
                           "2026-04:CA-MX:joly-visit\n")


def test_end_of_input_runs_what_is_left_and_errors_do_not_stop_the_rest(
        trend_db: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    lines = io.StringIO("SELECT * FROM nope;\nDELETE FROM articles;\n.bogus\n"
                        "SELECT count(*) AS n FROM top_sources")
    assert interactive(str(trend_db), "csv", 1.0, lines, out, err, prompt=False) == 2
    assert out.getvalue() == "n\n5\n"
    problems = err.getvalue().splitlines()
    assert problems[0].startswith("canmex: query failed: Catalog Error")
    assert problems[1].startswith("canmex: canmex sql is read-only")
    assert problems[2].startswith("canmex: unknown command '.bogus'")
    assert run_query(trend_db, "SELECT count(*) FROM articles")[1] == [(5,)]


def test_prompt_mode_shows_prompts_and_help(trend_db: Path) -> None:
    out, err = io.StringIO(), io.StringIO()
    lines = io.StringIO(".help\nSELECT 1 AS one\n;\n.tables\n")
    assert interactive(str(trend_db), "table", 1.0, lines, out, err, prompt=True) == 0
    text = out.getvalue()
    assert text.startswith(f"canmex sql on {trend_db}: read-only")
    assert "canmex> " in text and "   ...> " in text      # a query over two lines
    assert ".quit / .exit" in text and "meetings_timeline" in text
    assert "one\n---\n  1\n(1 row)" in text
    listed = [line.split() for line in text.splitlines()]
    assert ["meetings_timeline", "view"] in listed
    assert ["articles", "base", "table"] in listed
    assert err.getvalue() == ""


def test_a_busy_warehouse_is_reported_and_the_prompt_goes_on(
        trend_db: Path, tmp_path: Path) -> None:
    holder = Holder(trend_db, tmp_path)
    try:
        out, err = io.StringIO(), io.StringIO()
        lines = io.StringIO("SELECT 1 AS a;\n")
        assert interactive(str(trend_db), "csv", 0.3, lines, out, err, prompt=True) == 0
        assert err.getvalue() == (f"canmex: the warehouse {trend_db} is busy: another "
                                  "canmex process is writing; try again shortly\n")
    finally:
        holder.release()
    # once the writer is done, the same session's next query runs
    out, err = io.StringIO(), io.StringIO()
    assert interactive(str(trend_db), "csv", 5.0, io.StringIO("SELECT 1 AS a;"), out, err,
                       prompt=False) == 0
    assert out.getvalue() == "a\n1\n"


def test_parquet_keeps_the_column_types(trend_db: Path, tmp_path: Path,
                                        cli: None) -> None:
    out = tmp_path / "sub" / "meetings.parquet"
    assert flows.cli.main(["sql", "SELECT event_key, day, participants, articles "
                                  "FROM meetings_timeline ORDER BY day, event_key",
                           "--db", str(trend_db), "--format", "parquet",
                           "--out", str(out)]) == 0
    table = pq.read_table(out)
    assert table.column_names == ["event_key", "day", "participants", "articles"]
    assert table.column("day").to_pylist()[0] == date(2026, 3, 2)
    assert table.column("participants").to_pylist()[0] == ["Anita Anand",
                                                           "Juan Ramón de la Fuente"]
    assert table.num_rows == 3
    assert not list(out.parent.glob(".*.tmp"))


def test_parquet_needs_out_and_a_read_only_query(trend_db: Path, tmp_path: Path, cli: None,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert flows.cli.main(["sql", "SELECT 1", "--db", str(trend_db),
                           "--format", "parquet"]) == 2
    assert capsys.readouterr().err == ("canmex: --format parquet writes a file: give it "
                                       "with --out FILE\n")
    out = tmp_path / "x.parquet"
    assert flows.cli.main(["sql", "DROP TABLE articles", "--db", str(trend_db),
                           "--format", "parquet", "--out", str(out)]) == 2
    assert capsys.readouterr().err.startswith("canmex: canmex sql is read-only")
    assert not out.exists()
    assert flows.cli.main(["sql", f"COPY articles TO '{tmp_path / 'a.csv'}'", "--db",
                           str(trend_db), "--format", "parquet", "--out", str(out)]) == 2
    assert not (tmp_path / "a.csv").exists()


def test_export_writes_every_table_readable_by_pyarrow(trend_db: Path, tmp_path: Path,
                                                       cli: None,
                                                       capsys: pytest.CaptureFixture[str]
                                                       ) -> None:
    target = tmp_path / "export"
    assert flows.cli.main(["export", "--format", "parquet", str(target),
                           "--db", str(trend_db)]) == 0
    printed = capsys.readouterr().out
    with open_warehouse(trend_db, read_only=True) as con:
        tables = [r[0] for r in con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations'").fetchall()]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
                  for t in tables}
    assert sorted(p.name for p in target.iterdir()) == sorted(f"{t}.parquet" for t in tables)
    for table, count in counts.items():
        assert pq.read_table(target / f"{table}.parquet").num_rows == count, table
    assert counts["articles"] == 5 and counts["events"] == 5
    assert f"wrote {len(tables)} tables to {target}" in printed
    events = pq.read_table(target / "events.parquet").to_pylist()
    ottawa = [e for e in events if e["event_key"].startswith("2026-03-02")]
    assert ottawa[0]["countries"] == ["CA", "MX"]
    assert ottawa[0]["date"] == date(2026, 3, 2)
    # Rows come in key order: fact rows by article and position, though their tables
    # declare no key.
    for table, key in (("people", ("article_id", "idx")), ("events", ("article_id", "idx")),
                       ("event_participants", ("article_id", "event_idx", "idx")),
                       ("articles", ("article_id",))):
        rows = pq.read_table(target / f"{table}.parquet").to_pylist()
        keys = [tuple(r[c] for c in key) for r in rows]
        assert len(keys) > 1 and keys == sorted(keys), table
    # A second export replaces the files and leaves nothing else behind.
    assert flows.cli.main(["export", str(target), "--db", str(trend_db)]) == 0
    assert len(list(target.iterdir())) == len(tables)


def test_export_of_a_missing_warehouse(tmp_path: Path, cli: None,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    assert flows.cli.main(["export", str(tmp_path / "out"),
                           "--db", str(tmp_path / "none.duckdb")]) == 2
    assert capsys.readouterr().err.startswith(
        f"canmex: no warehouse at {tmp_path / 'none.duckdb'}")
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("command, expected", [
    (["sql"], ["QUERY", "omit it for a prompt", "--format {table,csv,json,parquet}",
               "--out FILE", "CANMEX_DB", "meetings_timeline", ".quit"]),
    (["report"], ["--since DATE", "--out FILE", "report.html", "--db PATH", "offline"]),
    (["export"], ["DIR", "--format {parquet}", "--db PATH", "<table>.parquet"]),
])
def test_every_option_has_help(command: list[str], expected: list[str], cli: None,
                               capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        flows.cli.main([*command, "--help"])
    assert info.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    for text in expected:
        assert text in out, text


def test_report_rejects_a_bad_date(cli: None, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        flows.cli.main(["report", "--since", "last week"])
    assert info.value.code == 2
    assert "'last week' is not a date (YYYY-MM-DD)" in capsys.readouterr().err
