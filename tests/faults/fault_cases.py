"""Every fault case, run for real, each turned into one row: case → outcome.

``run_faults`` runs ``canmex run`` as real subprocesses against the real test HTTP
server on 127.0.0.1 and real DuckDB files:

- the *main pass*: one feeds file holding every feed-level fault next to a good feed, so
  each case also shows that the rest of the run goes on; then a second pass over the
  same file (permanent redirects used, retired feeds skipped, rate-limited feeds
  deferred, nothing stored twice);
- the *strict pass*: ``allow_private_article_hosts = false`` and a feed whose entries
  point at private, loopback and link-local addresses (nothing is sent to them);
- a run killed with SIGKILL mid-pass, then run again;
- a run that finds the warehouse held by another process when it comes to write;
- a run whose warehouse disk is full (a tiny tmpfs, when mounting one is allowed).

Each case is then a function of what those runs left: ``check(world) -> Outcome`` with
the error recorded (in ``feeds`` or ``fetch_failures``, or the run's own message), the
exit status, what was stored, and whether that is what canmex promises. The tests
(``test_faults.py``) assert every ``Outcome.ok``; ``bench/fault_table.py`` prints them.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests"))

from support.holder import WarehouseHolder  # noqa: E402
from support.httpserver import FixtureServer  # noqa: E402

RUN_TIMEOUT = 300          # seconds; a hung child is a failure, not a wait for ever
GATE_TIMEOUT = 240

# Feed-level cases of the main pass: name → path on the test server ({uid}: this run's).
MAIN_FEEDS: dict[str, str] = {
    "good feed (control)": "faults/feeds/good.xml",
    "truncated XML": "faults/feeds/truncated.xml",
    "malformed XML": "faults/feeds/malformed.xml",
    "billion laughs": "faults/feeds/billion-laughs.xml",
    "XXE (external entity)": "faults/feeds/xxe.xml",
    "mislabelled encoding": "faults/feeds/mislabelled-latin1.xml",
    "invalid UTF-8 bytes": "faults/feeds/invalid-utf8.xml",
    "HTML page as feed": "faults/articles/ok.html?case=as-feed",
    "JSON as feed": "faults/feeds/feed.json",
    "over the size limit": "huge?size=1000000",
    "slow drip": "drip?seconds=20",
    "redirect loop": "loop/0",
    "301 moved": "redirect/301/faults/feeds/moved.xml",
    "410 gone": "status/410",
    "429 Retry-After": "ratelimit?after=600",
    "5xx burst, recovers": "flaky/burst-{uid}/1/feeds/fr.xml",
    "5xx burst, persists": "status/503",
    "connection reset": "reset",
    "article resets / 503": "faults/feeds/transient-articles.xml",
    "non-http links": "faults/feeds/schemes.xml",
    "hard pages": "faults/feeds/pages.xml",
    "duplicate entries": "faults/feeds/duplicates.xml",
    "no date / future date": "faults/feeds/dates.xml",
}
KILL_BATCH = 25            # the killed run's batch_size
KILL_ARTICLES = KILL_BATCH + 1   # one more than a batch: batch 1 is stored before the kill


@dataclass(frozen=True)
class Run:
    exit: int
    out: str
    err: str

    @property
    def said(self) -> str:
        """The run's own one-line error, if it printed one."""
        lines = [ln for ln in self.err.splitlines() if ln.startswith("canmex: ")]
        return lines[-1] if lines else ""


@dataclass(frozen=True)
class Outcome:
    case: str
    error: str                 # the error recorded against the feed or article
    exit: str                  # the exit status(es) of the run(s)
    stored: str                # what was stored
    ok: bool
    why: str = ""              # what did not hold, when not ok


@dataclass
class World:
    """What the runs left behind, for the checks to read."""
    server: FixtureServer
    uid: str
    main_db: Path
    runs: dict[str, Run] = field(default_factory=dict)
    dbs: dict[str, Path] = field(default_factory=dict)
    hits: dict[str, dict[str, int]] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.server.url(path.format(uid=self.uid))

    def feed_url(self, case: str) -> str:
        return self.url(MAIN_FEEDS[case])

    def rows(self, sql: str, params: list[Any] | None = None,
             db: Path | None = None) -> list[tuple[Any, ...]]:
        con = duckdb.connect(str(db or self.main_db), read_only=True)
        try:
            return con.execute(sql, params or []).fetchall()
        finally:
            con.close()

    def feed(self, case: str, db: Path | None = None) -> dict[str, Any]:
        names = ["url", "last_error", "error_count", "enabled", "moved_to", "next_poll",
                 "last_status", "etag", "body_sha256"]
        found = self.rows(f"SELECT {', '.join(names)} FROM feeds WHERE url = ?",
                          [self.feed_url(case)], db)
        return dict(zip(names, found[0], strict=True)) if found else {}

    def articles_of(self, case: str, db: Path | None = None) -> list[tuple[Any, ...]]:
        """(url, from_summary, text, published) of the articles listed by a feed."""
        return self.rows("SELECT a.url, a.from_summary, a.text, a.published FROM articles a "
                         "JOIN article_feeds f USING (article_id) WHERE f.feed_url = ? "
                         "ORDER BY a.url", [self.feed_url(case)], db)

    def failures_of(self, case: str, db: Path | None = None) -> list[tuple[str, str, str]]:
        """(url, kind, error) of the failures recorded against a feed."""
        return self.rows("SELECT url, kind, error FROM fetch_failures WHERE feed_url = ? "
                         "ORDER BY url", [self.feed_url(case)], db)

    def count(self, table: str, db: Path | None = None) -> int:
        return int(self.rows(f"SELECT count(*) FROM {table}", db=db)[0][0])


# --------------------------------------------------------------------------- running

def child_env(home: Path, api_url: str | None, **settings: str) -> dict[str, str]:
    """The environment of a ``canmex run`` child: fast timeouts, its own homes."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("CANMEX_", "PREFECT_"))}
    env.update({"CANMEX_HOME": str(home), "CANMEX_POLITE_DELAY": "0",
                "CANMEX_FETCH_RETRIES": "1", "CANMEX_CONNECT_TIMEOUT": "1",
                "CANMEX_READ_TIMEOUT": "2", "CANMEX_MAX_BODY_BYTES": "200000",
                "CANMEX_BUSY_TIMEOUT": "0.3", "CANMEX_ALLOW_PRIVATE_ARTICLE_HOSTS": "true",
                "CANMEX_FEEDS": "", "CANMEX_WEBHOOK_URL": "", "CANMEX_NOTIFY_URLS": ""})
    env.update({f"CANMEX_{k.upper()}": v for k, v in settings.items()})
    if api_url:
        env["PREFECT_API_URL"] = api_url
    return env


def _command(feeds: Path, db: Path) -> list[str]:
    return [sys.executable, "-m", "flows.cli", "run", "--feeds", str(feeds), "--db", str(db)]


def run_canmex(feeds: Path, db: Path, env: dict[str, str]) -> Run:
    done = subprocess.run(_command(feeds, db), cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=RUN_TIMEOUT, check=False)
    return Run(done.returncode, done.stdout, done.stderr)


def start_canmex(feeds: Path, db: Path, env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen(_command(feeds, db), cwd=REPO, env=env, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def write_feeds(path: Path, urls: list[str]) -> Path:
    path.write_text("".join(f'[[feeds]]\nurl = "{u}"\n\n' for u in urls), encoding="utf-8")
    return path


def rss(title: str, links: list[str]) -> bytes:
    items = "".join(f"<item><title>Story {i}</title><link>{link}</link>"
                    f"<description>Canada and Mexico, story {i}.</description></item>"
                    for i, link in enumerate(links))
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title>{items}</channel></rss>").encode()


def _hits(server: FixtureServer, *paths: str) -> dict[str, int]:
    return {p: server.hits[p] for p in paths}


def run_main(world: World, work: Path, api_url: str | None) -> None:
    feeds = write_feeds(work / "main.toml", [world.feed_url(c) for c in MAIN_FEEDS])
    env = child_env(work / "home", api_url)
    watched = ("/redirect/301/faults/feeds/moved.xml", "/faults/feeds/moved.xml",
               "/status/410", "/ratelimit", "/reset", "/status/503")
    before = _hits(world.server, *watched)
    world.runs["main"] = run_canmex(feeds, world.main_db, env)
    middle = _hits(world.server, *watched)
    world.dbs["main-1"] = work / "after-first.duckdb"
    shutil.copy(world.main_db, world.dbs["main-1"])
    world.runs["main-again"] = run_canmex(feeds, world.main_db, env)
    after = _hits(world.server, *watched)
    world.hits["first"] = {p: middle[p] - before[p] for p in watched}
    world.hits["again"] = {p: after[p] - middle[p] for p in watched}


def run_strict(world: World, work: Path, api_url: str | None) -> None:
    feeds = write_feeds(work / "strict.toml", [world.url("faults/feeds/private.xml")])
    world.dbs["strict"] = work / "strict.duckdb"
    env = child_env(work / "home", api_url, allow_private_article_hosts="false")
    before = world.server.hits["/faults/articles/undated.html"]
    world.runs["strict"] = run_canmex(feeds, world.dbs["strict"], env)
    world.hits["strict"] = {
        "articles": world.server.hits["/faults/articles/undated.html"] - before}


def run_killed(world: World, work: Path, api_url: str | None) -> None:
    gate = f"kill-{world.uid}"
    links = [world.url(f"faults/articles/ok.html?kill={i}") for i in range(KILL_ARTICLES - 1)]
    links.append(world.url(f"gate/{gate}/faults/articles/ok.html?kill=last"))
    world.server.set_body(f"kill-{world.uid}", rss("Killed Wire", links))
    feeds = write_feeds(work / "kill.toml", [world.url(f"mutable/kill-{world.uid}")])
    db = world.dbs["kill"] = work / "kill.duckdb"
    env = child_env(work / "home", api_url, batch_size=str(KILL_BATCH))
    proc = start_canmex(feeds, db, env)
    try:
        reached = world.server.wait_gate(gate, GATE_TIMEOUT)
        # batch 1 is stored while batch 2 is fetched: kill once it has landed
        reached = reached and stored_at_least(db, KILL_ARTICLES - 1, GATE_TIMEOUT)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
    finally:
        world.server.open_gate(gate)
        if proc.poll() is None:
            proc.kill()
    world.runs["killed"] = Run(proc.returncode, "", "" if reached else "gate never reached")
    world.dbs["kill-1"] = work / "kill-after-kill.duckdb"
    shutil.copy(db, world.dbs["kill-1"])
    if Path(f"{db}.wal").exists():
        shutil.copy(f"{db}.wal", f"{world.dbs['kill-1']}.wal")
    world.runs["after-kill"] = run_canmex(feeds, db, env)


def stored_at_least(db: Path, articles: int, timeout: float) -> bool:
    """Wait until the warehouse holds ``articles`` articles; reads between the writer's
    appends (it holds the file only while writing)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            con = duckdb.connect(str(db), read_only=True)
        except duckdb.Error:
            time.sleep(0.1)          # not created yet, or being written
            continue
        try:
            row = con.execute("SELECT count(*) FROM articles").fetchone()
        except duckdb.Error:
            row = None
        finally:
            con.close()
        if row and row[0] >= articles:
            return True
        time.sleep(0.1)
    return False


def run_held(world: World, work: Path, api_url: str | None) -> None:
    gate = f"held-{world.uid}"
    links = [world.url("faults/articles/ok.html?held=1"),
             world.url(f"gate/{gate}/faults/articles/ok.html?held=2")]
    world.server.set_body(f"held-{world.uid}", rss("Held Wire", links))
    feeds = write_feeds(work / "held.toml", [world.url(f"mutable/held-{world.uid}")])
    db = world.dbs["held"] = work / "held.duckdb"
    env = child_env(work / "home", api_url)
    proc = start_canmex(feeds, db, env)
    holder = None
    try:
        if world.server.wait_gate(gate, GATE_TIMEOUT):
            holder = WarehouseHolder(db, work)
        world.server.open_gate(gate)
        out, err = proc.communicate(timeout=RUN_TIMEOUT)
        world.runs["held"] = Run(proc.returncode, out, err)
    finally:
        world.server.open_gate(gate)
        if holder is not None:
            holder.release()
        if proc.poll() is None:
            proc.kill()
    world.runs["after-held"] = run_canmex(feeds, db, env)


def run_disk_full(world: World, work: Path, api_url: str | None) -> None:
    disk = work / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(disk)],
                             capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        world.notes["disk-full"] = ("not run: cannot mount a tmpfs here "
                                    f"({mounted.stderr.strip() or mounted.returncode})")
        return
    try:
        db = disk / "canmex.duckdb"
        from warehouse.store import open_warehouse
        with open_warehouse(db):
            pass
        filler = disk / "filler"
        with filler.open("wb") as fh:
            try:
                while True:
                    fh.write(b"\0" * 65536)
                    fh.flush()
            except OSError:
                pass
        feeds = write_feeds(work / "disk.toml", [world.url("faults/feeds/good.xml")])
        env = child_env(work / "home", api_url)
        world.runs["disk-full"] = run_canmex(feeds, db, env)
        world.dbs["disk-1"] = work / "disk-after-full.duckdb"
        shutil.copy(db, world.dbs["disk-1"])
        filler.unlink()
        world.runs["disk-freed"] = run_canmex(feeds, db, env)
        world.dbs["disk"] = work / "disk-final.duckdb"
        shutil.copy(db, world.dbs["disk"])
        if Path(f"{db}.wal").exists():
            shutil.copy(f"{db}.wal", f"{world.dbs['disk']}.wal")
    finally:
        subprocess.run(["umount", "-l", str(disk)], capture_output=True, check=False)


def run_faults(server: FixtureServer, work: Path, api_url: str | None) -> World:
    """Run every fault scenario once; ``api_url``: a Prefect API the children share."""
    world = World(server=server, uid=uuid.uuid4().hex[:8], main_db=work / "main.duckdb")

    def main_then_strict(world: World, work: Path, api_url: str | None) -> None:
        run_main(world, work, api_url)
        run_strict(world, work, api_url)

    # Independent scenarios run side by side (own databases, gates and URLs); the
    # main and strict passes, which count requests to shared paths, run one after the
    # other.
    steps = (main_then_strict, run_killed, run_held, run_disk_full)
    with ThreadPoolExecutor(max_workers=len(steps)) as pool:
        for future in [pool.submit(step, world, work, api_url) for step in steps]:
            future.result()
    return world


# --------------------------------------------------------------------------- checks

def _exit(world: World, *names: str) -> str:
    return " → ".join(str(world.runs[n].exit) if n in world.runs else "-" for n in names)


def _short(text: str | None, width: int = 90) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[: width - 1] + "…"


def _feed_error(world: World, case: str, db: Path | None = None) -> str:
    err = world.feed(case, db).get("last_error") or ""
    return _short(err.replace(world.server.base, ""))


def _stored(world: World, case: str) -> str:
    rows = world.articles_of(case)
    summary = sum(1 for r in rows if r[1])
    return (f"{len(rows)} article(s)" + (f", {summary} from summary" if summary else "")
            + (f"; {len(world.failures_of(case))} failure row(s)"
               if world.failures_of(case) else ""))


def _in_summary(world: World, run: str, *needles: str) -> bool:
    """Each needle is in the run's summary, or the list it would be in was cut short."""
    out = world.runs[run].out
    return all(n in out or "... and " in out for n in needles)


def feed_failed(case: str, message: str) -> Callable[[World], Outcome]:
    """A feed that fails: error in feeds.last_error, nothing stored, the run goes on."""
    def check(world: World) -> Outcome:
        row = world.feed(case, world.dbs["main-1"])
        problems = []
        if message not in (row.get("last_error") or ""):
            problems.append(f"last_error lacks {message!r}")
        if row.get("error_count", 0) < 1:
            problems.append("error_count not raised")
        if world.articles_of(case):
            problems.append("articles stored")
        if not _in_summary(world, "main", "Feed errors:", message):
            problems.append("not in the summary")
        if world.runs["main"].exit != 0 or not world.articles_of("good feed (control)"):
            problems.append("the rest of the run did not go on")
        return Outcome(case, _feed_error(world, case, world.dbs["main-1"]),
                       _exit(world, "main"), _stored(world, case), not problems,
                       "; ".join(problems))
    return check


def feed_stored(case: str, articles: int, *, warning: str | None = None,
                extra: Callable[[World], list[str]] | None = None
                ) -> Callable[[World], Outcome]:
    """A feed read (perhaps with a warning kept in last_error) and its articles stored."""
    def check(world: World) -> Outcome:
        row = world.feed(case, world.dbs["main-1"])
        problems = []
        stored = world.articles_of(case)
        if len(stored) != articles:
            problems.append(f"{len(stored)} articles stored, not {articles}")
        if warning is not None and warning not in (row.get("last_error") or ""):
            problems.append(f"last_error lacks {warning!r}")
        if world.runs["main"].exit != 0:
            problems.append("run failed")
        if extra:
            problems += extra(world)
        error = _feed_error(world, case, world.dbs["main-1"]) or "; ".join(
            _short(e.replace(world.server.base, "")) for _, _, e in world.failures_of(case)[:2])
        return Outcome(case, error or "—", _exit(world, "main"), _stored(world, case),
                       not problems, "; ".join(problems))
    return check


def _no_secret(world: World) -> list[str]:
    leaked = world.rows("SELECT count(*) FROM articles WHERE text LIKE '%root:%' "
                        "OR title LIKE '%root:%'")[0][0]
    leaked += world.rows("SELECT count(*) FROM feeds WHERE name LIKE '%root:%'")[0][0]
    return ["local file content stored"] if leaked else []


def _laughs_small(world: World) -> list[str]:
    biggest = world.rows("SELECT max(length(coalesce(name, ''))) FROM feeds")[0][0] or 0
    return [f"a feed name of {biggest} characters"] if biggest > 1000 else []


def check_mislabelled(world: World) -> list[str]:
    names = [r[0] for r in world.rows("SELECT name FROM feeds WHERE url = ?",
                                      [world.feed_url("mislabelled encoding")])]
    return [] if names == ["Le Journal de Montréal-Nord"] else [f"feed name {names}"]


def check_invalid_bytes(world: World) -> list[str]:
    names = [r[0] for r in world.rows("SELECT name FROM feeds WHERE url = ?",
                                      [world.feed_url("invalid UTF-8 bytes")])]
    return [] if names == ["Invalid Bytes: Canadá y México"] else [f"feed name {names}"]


def check_moved(world: World) -> Outcome:
    case = "301 moved"
    row = world.feed(case)
    target = world.url("faults/feeds/moved.xml")
    first, again = world.hits["first"], world.hits["again"]
    problems = []
    if row.get("moved_to") != target:
        problems.append(f"moved_to = {row.get('moved_to')!r}")
    if first["/redirect/301/faults/feeds/moved.xml"] != 1:
        problems.append("first pass did not follow the redirect")
    if again["/redirect/301/faults/feeds/moved.xml"] != 0 or again["/faults/feeds/moved.xml"] != 1:
        problems.append(f"second pass hits {again}")
    if len(world.articles_of(case)) != 1:
        problems.append("article not stored")
    return Outcome(case, f"none; feeds.moved_to = {target.replace(world.server.base, '')}",
                   _exit(world, "main", "main-again"),
                   _stored(world, case) + "; next pass polls the new URL directly",
                   not problems, "; ".join(problems))


def check_gone(world: World) -> Outcome:
    case = "410 gone"
    row = world.feed(case)
    problems = []
    if row.get("enabled") is not False:
        problems.append("still enabled")
    if world.hits["again"]["/status/410"] != 0:
        problems.append("polled again")
    if ("1 retired, not polled" not in world.runs["main-again"].out
            or not _in_summary(world, "main-again", "retired, not polled (")):
        problems.append("not reported on the next pass")
    if "410 Gone" not in (row.get("last_error") or ""):
        problems.append("no 410 in last_error")
    return Outcome(case, _feed_error(world, case), _exit(world, "main", "main-again"),
                   "nothing; feeds.enabled = false, skipped and listed next pass",
                   not problems, "; ".join(problems))


def check_rate_limited(world: World) -> Outcome:
    case = "429 Retry-After"
    row = world.feed(case)
    problems = []
    if row.get("next_poll") is None:
        problems.append("no next_poll")
    if world.hits["again"]["/ratelimit"] != 0:
        problems.append("polled again before Retry-After")
    if "(1 not due yet)" not in world.runs["main-again"].out:
        problems.append("deferral not in the next summary")
    return Outcome(case, _feed_error(world, case), _exit(world, "main", "main-again"),
                   "nothing; feeds.next_poll = now + 600 s, deferred next pass",
                   not problems, "; ".join(problems))


def check_persisting_5xx(world: World) -> Outcome:
    case = "5xx burst, persists"
    base = feed_failed(case, "HTTP 503")(world)
    problems = [base.why] if base.why else []
    if world.hits["first"]["/status/503"] < 2:
        problems.append("not retried")
    if world.feed(case).get("error_count") != 2:
        problems.append("error_count not 2 after two passes")
    return Outcome(case, base.error, _exit(world, "main", "main-again"),
                   "nothing; retried, error_count counts passes", not problems,
                   "; ".join(problems))


def check_transient_articles(world: World) -> Outcome:
    case = "article resets / 503"
    first = world.rows("SELECT url, kind FROM fetch_failures WHERE feed_url = ?",
                       [world.feed_url(case)], world.dbs["main-1"])
    kinds = sorted(k for _, k in first)
    problems = []
    if kinds != ["transient", "transient"]:
        problems.append(f"failures {first}")
    if len(world.articles_of(case)) != 1:
        problems.append("the good article was not stored")
    sha = world.rows("SELECT body_sha256 FROM feeds WHERE url = ?", [world.feed_url(case)],
                     world.dbs["main-1"])
    if sha and sha[0][0]:
        problems.append("feed marked read although articles failed")
    if world.hits["again"]["/reset"] < 1:
        problems.append("failed article not retried next pass")
    errors = "; ".join(sorted(_short(e.replace(world.server.base, ""), 45)
                              for _, _, e in world.failures_of(case)[:2]))
    return Outcome(case, errors, _exit(world, "main", "main-again"),
                   "1 article; 2 transient failure rows; feed re-read next pass",
                   not problems, "; ".join(problems))


def check_schemes(world: World) -> Outcome:
    case = "non-http links"
    failures = world.failures_of(case)
    problems = []
    schemes = sorted(url.split(":", 1)[0] for url, _, _ in failures)
    if schemes != ["data", "file", "javascript"]:
        problems.append(f"failures {schemes}")
    if any(kind != "permanent" for _, kind, _ in failures):
        problems.append("not permanent")
    if len(world.articles_of(case)) != 1:
        problems.append("the http article was not stored")
    return Outcome(case, _short(failures[0][2].replace(world.server.base, "")) if failures
                   else "—", _exit(world, "main"), _stored(world, case), not problems,
                   "; ".join(problems))


def check_private(world: World) -> Outcome:
    case = "private / loopback / link-local links"
    db = world.dbs["strict"]
    failures = world.rows("SELECT url, kind, error FROM fetch_failures", db=db)
    problems = []
    if len(failures) != 4 or not all("private address" in e for _, _, e in failures):
        problems.append(f"failures {failures}")
    if world.rows("SELECT count(*) FROM articles", db=db)[0][0]:
        problems.append("articles stored")
    if world.hits["strict"]["articles"]:
        problems.append("a request was sent to a private address")
    polled = world.rows("SELECT last_status FROM feeds", db=db)
    if polled != [(200,)]:
        problems.append(f"the configured feed on 127.0.0.1 was not polled: {polled}")
    if world.runs["strict"].exit != 0 or "Article errors:" not in world.runs["strict"].out:
        problems.append("summary")
    error = _short(failures[0][2].replace(world.server.base, "")) if failures else "—"
    return Outcome(case, error, _exit(world, "strict"),
                   "nothing (4 permanent failure rows, no request sent); the feed itself "
                   "on 127.0.0.1 polled", not problems, "; ".join(problems))


def pages_check(case: str, url_part: str, expect: str) -> Callable[[World], Outcome]:
    """An article of pages.xml: expect 'summary', 'failure' or 'text'."""
    feed = "hard pages"

    def check(world: World) -> Outcome:
        rows = [r for r in world.articles_of(feed) if url_part in r[0]]
        fails = [f for f in world.failures_of(feed) if url_part in f[0]]
        problems = []
        if expect == "summary":
            if len(rows) != 1 or not rows[0][1]:
                problems.append(f"not stored from the summary: {rows}")
            elif any(w in rows[0][2].lower() for w in ("subscri", "cookies", "player")):
                problems.append("notice stored as text")
            stored = "the feed summary, from_summary = true"
        elif expect == "failure":
            if rows or len(fails) != 1 or fails[0][1] != "permanent":
                problems.append(f"rows {rows} failures {fails}")
            stored = "nothing; 1 permanent failure row"
        else:
            if len(rows) != 1 or rows[0][1] or "root:" in rows[0][2]:
                problems.append(f"rows {rows}")
            stored = "the page text (the entity left unexpanded, no local file read)"
        error = (_short(fails[0][2].replace(world.server.base, "")) if fails else
                 {"summary": f"none; text replaced ({case.split(' (')[0]})",
                  "text": "none"}.get(expect, "—"))
        return Outcome(case, error, _exit(world, "main"), stored, not problems,
                       "; ".join(problems))
    return check


def check_duplicates(world: World) -> Outcome:
    case = "duplicate entries"
    rows = world.articles_of(case)
    sightings = world.rows("SELECT count(*) FROM article_feeds WHERE feed_url = ?",
                           [world.feed_url(case)])[0][0]
    ok = len(rows) == 1 and sightings == 1
    return Outcome(case, "none (4 entries, 1 canonical URL)", _exit(world, "main"),
                   f"{len(rows)} article, {sightings} sighting", ok,
                   "" if ok else f"{len(rows)} articles, {sightings} sightings")


def check_dates(world: World) -> Outcome:
    case = "no date / future date"
    rows = world.articles_of(case)
    published = [r[3] for r in rows]
    ok = len(rows) == 2 and published == [None, None]
    return Outcome(case, "none; the future date (2100-01-01) is not believed",
                   _exit(world, "main"), f"{len(rows)} articles, published = NULL for both",
                   ok, "" if ok else f"published {published}")


def check_idempotent_rerun(world: World) -> Outcome:
    case = "main pass run again"
    before = {t: world.count(t, world.dbs["main-1"]) for t in ("articles", "article_feeds")}
    after = {t: world.count(t) for t in ("articles", "article_feeds")}
    out = world.runs["main-again"].out
    ok = (world.runs["main-again"].exit == 0 and after == before
          and "Articles  0 new" in out)
    return Outcome(case, "the same failures, listed again", _exit(world, "main-again"),
                   f"nothing new ({after['articles']} articles before and after)", ok,
                   "" if ok else f"{before} → {after}")


def check_killed(world: World) -> Outcome:
    case = "killed mid-run (SIGKILL), re-run"
    db1, db = world.dbs["kill-1"], world.dbs["kill"]
    first = world.count("articles", db1)
    final = world.count("articles", db)
    distinct = world.rows("SELECT count(DISTINCT canonical_url) FROM articles", db=db)[0][0]
    killed, again = world.runs["killed"], world.runs["after-kill"]
    ok = (killed.exit == -signal.SIGKILL and first == KILL_ARTICLES - 1
          and final == distinct == KILL_ARTICLES and again.exit == 0
          and f"Articles  1 new, {KILL_ARTICLES - 1} already known" in again.out)
    return Outcome(case, "none (the killed run wrote no feed state; the re-run reads the "
                   "feed again)", _exit(world, "killed", "after-kill"),
                   f"{first} articles after the kill, {final} after the re-run, "
                   f"{distinct} distinct", ok, "" if ok else killed.err or again.err[-300:])


def check_held(world: World) -> Outcome:
    case = "warehouse held by another process"
    db = world.dbs["held"]
    held, again = world.runs["held"], world.runs["after-held"]
    final = world.count("articles", db)
    ok = (held.exit == 0 and "The warehouse was busy: 1 batch(es) kept" in held.out
          and "feed states not saved" in held.out and again.exit == 0
          and "Loaded 2 articles kept from an earlier run" in again.out and final == 2)
    return Outcome(case, "the run's summary: warehouse busy, batch spooled, feed states "
                   "not saved", _exit(world, "held", "after-held"),
                   f"0 while held (batch in <db>.spool/); {final} after the next run",
                   ok, "" if ok else (held.out + held.err)[-400:])


def check_disk_full(world: World) -> Outcome:
    case = "warehouse disk full"
    if "disk-full" not in world.runs:
        return Outcome(case, world.notes.get("disk-full", "not run"), "-", "-", True)
    full, freed = world.runs["disk-full"], world.runs["disk-freed"]
    stuck = world.count("articles", world.dbs["disk-1"])
    final = world.count("articles", world.dbs["disk"])
    ok = (full.exit == 2 and "No space left on device" in full.said and stuck == 0
          and freed.exit == 0 and final == 1)
    return Outcome(case, _short(full.said.replace("canmex: ", ""), 90),
                   _exit(world, "disk-full", "disk-freed"),
                   f"{stuck} articles while full (warehouse intact); {final} once space "
                   "was freed", ok, "" if ok else (full.out + full.err)[-400:])


def check_channel_timeout(world: World) -> Outcome:
    """A webhook that answers after the read timeout: the alert stays in the outbox
    for a later run, the console channel still delivers, nothing stops."""
    import http.server
    import threading
    import time

    from flows.alerts import deliver_alerts
    from flows.settings import load_settings
    from warehouse.meetings import enqueue_alert
    from warehouse.store import open_warehouse

    class Stalling(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - stdlib name
            time.sleep(2.5)
            try:
                self.send_response(200)
                self.end_headers()
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Stalling)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    db = world.main_db.with_name(f"channel-timeout-{world.uid}.duckdb")
    try:
        settings = load_settings(environ={}).with_overrides(
            db=str(db), read_timeout=1.0, connect_timeout=1.0,
            webhook_url=f"http://127.0.0.1:{server.server_address[1]}/hook")
        with open_warehouse(db) as con:
            con.execute("INSERT INTO meetings VALUES ('m1', 'k', 'meeting', 'ministerial', "
                        "'held', ['CA', 'MX'], 'Ottawa', DATE '2026-04-13', NULL, NULL, NULL,"
                        " '[]', [], TRUE, now(), now(), now(), 1)")
            enqueue_alert(con, "m1", "new", ["console", "webhook"])
        result = deliver_alerts(db, settings)
        rows = dict(world.rows("SELECT channel, status || ' after ' || attempts || ' attempt: '"
                               " || coalesce(last_error, '') FROM alerts", db=db))
    finally:
        server.shutdown()
        server.server_close()
    ok = (result.sent, result.retrying) == (1, 1) and "timed out" in rows.get("webhook", "")
    return Outcome("alert channel times out", _short(rows.get("webhook", ""), 90), "-",
                   "console sent; webhook alert kept pending for a later run", ok,
                   "" if ok else repr(rows))


CHECKS: list[Callable[[World], Outcome]] = [
    feed_stored("good feed (control)", 1),
    feed_stored("truncated XML", 1, warning="malformed feed, 1 entries read anyway"),
    feed_failed("malformed XML", "not a usable feed"),
    feed_failed("billion laughs", "declares XML entities"),
    feed_failed("XXE (external entity)", "declares XML entities"),
    feed_stored("mislabelled encoding", 1, warning="declared as utf-8, but parsed as "
                "windows-1252", extra=check_mislabelled),
    feed_stored("invalid UTF-8 bytes", 1, warning="invalid UTF-8 byte sequence(s) replaced",
                extra=check_invalid_bytes),
    feed_failed("HTML page as feed", "an HTML page, not a feed"),
    feed_failed("JSON as feed", "not a usable feed"),
    feed_failed("over the size limit", "over the 200000-byte limit"),
    feed_failed("slow drip", "not received within"),
    feed_failed("redirect loop", "more than 5 redirects"),
    check_moved,
    check_gone,
    check_rate_limited,
    feed_stored("5xx burst, recovers", 1),
    check_persisting_5xx,
    feed_failed("connection reset", "Connection reset"),
    check_transient_articles,
    check_schemes,
    check_private,
    pages_check("no extractable text (summary)", "case=summary", "summary"),
    pages_check("no extractable text, no summary", "case=nosummary", "failure"),
    pages_check("paywall page", "paywall.html", "summary"),
    pages_check("cookie-consent page", "consent.html", "summary"),
    pages_check("XXE in an article page", "xxe.xhtml", "text"),
    check_duplicates,
    check_dates,
    check_idempotent_rerun,
    check_killed,
    check_held,
    check_disk_full,
    check_channel_timeout,
]


def outcomes(world: World) -> list[Outcome]:
    return [check(world) for check in CHECKS]


def table(rows: list[Outcome]) -> str:
    """The table case → outcome, as Markdown."""
    lines = ["| case | recorded error | exit | stored | ok |", "|---|---|---|---|---|"]
    for r in rows:
        cells = [r.case, r.error, r.exit, r.stored, "yes" if r.ok else f"NO: {r.why}"]
        lines.append("| " + " | ".join(c.replace("|", "/") for c in cells) + " |")
    return "\n".join(lines)
