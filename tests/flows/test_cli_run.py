"""``canmex run`` and ``canmex demo`` through flows.cli.main: exit codes and output."""
from __future__ import annotations

import socket
from pathlib import Path

import duckdb
import pytest
from support.holder import WarehouseHolder

import flows.demo
from flows.cli import main
from flows.settings import SEEDS_DIR

SAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "http" / "sample"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Settings through the environment, as a user would: fast, local article hosts."""
    for key, value in {"CANMEX_POLITE_DELAY": "0", "CANMEX_FETCH_RETRIES": "0",
                       "CANMEX_READ_TIMEOUT": "2", "CANMEX_BUSY_TIMEOUT": "0.3",
                       "CANMEX_ALLOW_PRIVATE_ARTICLE_HOSTS": "true",
                       "CANMEX_DB": str(tmp_path / "env.duckdb"), "CANMEX_FEEDS": ""}.items():
        monkeypatch.setenv(key, value)


def feeds_file(tmp_path: Path, server, *paths: str) -> Path:
    path = tmp_path / "feeds.toml"
    path.write_text("".join(f'[[feeds]]\nurl = "{server.url(p)}"\nname = "Feed {i}"\n\n'
                            for i, p in enumerate(paths)), encoding="utf-8")
    return path


def articles(db: Path) -> int:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM articles").fetchone()[0]
    finally:
        con.close()


def test_run_prints_the_summary_and_exits_0_even_with_failed_feeds(
        http_server, tmp_path: Path, env, capsys, prefect_harness) -> None:
    feeds = feeds_file(tmp_path, http_server, "files/feeds/fr.xml", "files/feeds/es.xml",
                       "status/500", "files/feeds/not-a-feed.html")
    db = tmp_path / "run.duckdb"
    assert main(["run", "--feeds", str(feeds), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Feeds     4 polled: 2 with news, 0 unchanged, 2 failed" in out
    assert "Articles  3 new, 0 already known, 0 failed" in out
    assert "Relevant  " in out and "Meetings  " in out
    assert "Feed errors:" in out and "HTTP 500" in out and "HTML page, not a feed" in out
    assert f"Warehouse {db}: 3 articles" in out
    assert 'canmex sql "SELECT' in out and "Traceback" not in out
    assert articles(db) == 3

    assert main(["run", "--feeds", str(feeds), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Feeds     4 polled: 0 with news, 2 unchanged, 2 failed" in out
    assert "Articles  0 new" in out
    assert articles(db) == 3


def test_run_uses_the_environment_for_the_warehouse(http_server, tmp_path: Path, env,
                                                    capsys, prefect_harness) -> None:
    feeds = feeds_file(tmp_path, http_server, "files/feeds/fr.xml")
    assert main(["run", "--feeds", str(feeds)]) == 0
    assert articles(tmp_path / "env.duckdb") == 1


@pytest.mark.parametrize("content, message", [
    (None, "cannot read feeds file"),
    ("[[feeds]]\nurl = 'ftp://x.org/feed'\n", "absolute http(s) URL"),
    ("this is not toml", "not valid TOML"),
])
def test_a_bad_feeds_file_exits_2_with_one_line(tmp_path: Path, env, capsys,
                                                content: str | None, message: str) -> None:
    feeds = tmp_path / "feeds.toml"
    if content is not None:
        feeds.write_text(content, encoding="utf-8")
    assert main(["run", "--feeds", str(feeds), "--db", str(tmp_path / "w.duckdb")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("canmex: ") and message in err and err.count("\n") == 1


def test_a_busy_warehouse_exits_2_before_polling(http_server, tmp_path: Path, env, capsys,
                                                 fresh_db: str) -> None:
    feeds = feeds_file(tmp_path, http_server, "files/feeds/fr.xml")
    hits = len(http_server.requests)
    with WarehouseHolder(fresh_db, tmp_path):
        assert main(["run", "--feeds", str(feeds), "--db", fresh_db]) == 2
    err = capsys.readouterr().err
    assert "is busy" in err and "Traceback" not in err
    assert len(http_server.requests) == hits


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_demo_serves_the_sample_and_a_second_run_adds_nothing(
        tmp_path: Path, env, capsys, monkeypatch: pytest.MonkeyPatch,
        prefect_harness) -> None:
    monkeypatch.setattr(flows.demo, "SAMPLE_DIR", SAMPLE)
    monkeypatch.setattr(flows.demo, "DEMO_PORT", free_port())
    monkeypatch.setenv("CANMEX_ALLOW_PRIVATE_ARTICLE_HOSTS", "false")   # the demo allows it
    db = tmp_path / "demo.duckdb"
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "Feeds     2 polled: 2 with news, 0 unchanged, 0 failed" in out
    assert "Articles  3 new, 0 already known, 0 failed" in out
    assert "Relevant  3 of the new articles" in out
    assert articles(db) == 3
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "2 unchanged" in out and "Articles  0 new" in out
    assert articles(db) == 3


def test_demo_without_a_sample_exits_2(tmp_path: Path, env, capsys,
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(flows.demo, "SAMPLE_DIR", tmp_path / "nothing")
    assert main(["demo", "--db", str(tmp_path / "w.duckdb")]) == 2
    assert "bundled sample is missing" in capsys.readouterr().err


@pytest.mark.skipif(not (SEEDS_DIR / "sample" / "feeds.toml").is_file(),
                    reason="the bundled sample is not in this tree yet")
def test_demo_on_the_bundled_sample(tmp_path: Path, env, capsys, monkeypatch: pytest.MonkeyPatch,
                                    prefect_harness) -> None:
    monkeypatch.setattr(flows.demo, "DEMO_PORT", free_port())
    db = tmp_path / "bundled.duckdb"
    assert main(["demo", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert " 0 failed" in out and "Traceback" not in out
    assert articles(db) > 0


def test_help_texts(capsys) -> None:
    for command in ("run", "demo"):
        with pytest.raises(SystemExit) as info:
            main([command, "--help"])
        assert info.value.code == 0
        assert "--db" in capsys.readouterr().out
