"""The warehouse at scale: load N synthetic articles with their facts, then time queries.

    python bench/warehouse_scale.py [--articles 1000000] [--batch 10000]
                                    [--api-articles 20000] [--db PATH] [--keep]
                                    [--repeat 5] [--reuse] [--match REGEX]
                                    [--new-batch 100]

Two loads, into two fresh files, each batch stored in its own ``open_warehouse`` +
``append_articles`` and its events then matched to meetings (``match_new_events``), as an
ingest pass does:

1. **The API's rate on a small, fresh file** with ``--api-articles`` articles in batches
   of ``--batch``: the rate a backfill gets.
2. **The full size** (``--articles``, default 1,000,000), batch after batch.

Then **a pass's batch at full size**: three batches of ``--new-batch`` new articles
published in the last week, each stored and matched, timed apart: what every ingest pass
pays per batch once the warehouse is large. (A file kept by an older version, loaded
without matching, has its events matched first, and that time is printed.)

Articles are synthetic but shaped like canmex's: 800–1,500 words of text in three
languages (sentences drawn from the benchmark corpus, so zstd sees realistic variety),
published over five years, with about 25 fact rows each (people, organisations, places,
topics, figures, quotes, events with participants), about one in ten with a CA–MX
ministerial meeting.

Then the file's size on disk, and the latency of each query (median of ``--repeat`` runs
after one warm-up), through an open connection and through ``run_query`` (what
``canmex sql`` does: open read-only, run, close):

- every view of the warehouse (the trend views when the migration that adds them is
  present), read in full;
- the ``canmex sql`` examples of the README, when there is a README;
- the trend questions of the trend-queries issue written against the base schema (so
  there is a figure before the views exist), and ``summary()``, which every ingest pass
  runs twice.

Target: every trend query under 200 ms.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import re
import shlex
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from functools import cache, partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic_news import (  # noqa: E402
    ANALYSTS,
    CA_PEOPLE,
    CITIES,
    MX_PEOPLE,
    ORGS,
    REPO,
    NewsCorpus,
    machine,
    peak_rss_mib,
    verdict,
)

from extractors.model import (  # noqa: E402
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
from warehouse.records import ArticleRecord, article_id_for  # noqa: E402
from warehouse.store import append_articles, open_warehouse, run_query, summary  # noqa: E402
from warehouse.trends import ensure_current  # noqa: E402

TARGET_MS = 200.0
TOPIC_KEYS = ("trade", "usmca", "investment", "energy", "critical_minerals",
              "security_defense", "migration_mobility", "agriculture",
              "aerospace_manufacturing", "climate_environment", "digital",
              "education_culture", "tourism", "health", "human_rights")
SOURCES = [f"Source {i:02d}" for i in range(60)]
SUBJECTS = ("bilateral trade", "investment", "seasonal workers", "exports", "imports",
            "remittances", "tourists")
START = date(2021, 6, 1)
DAYS = 5 * 365
VERSION = "bench-0.1"

# ----------------------------------------------------------------------- synthetic rows


class Generator:
    """Deterministic synthetic ``ArticleRecord`` s, cheap enough for a million."""

    def __init__(self, seed: int = 8, sentence_articles: int = 400) -> None:
        corpus = NewsCorpus(3, sentence_articles, seed=seed)
        rng = random.Random(seed)
        self.sentences: dict[str, list[str]] = {}
        for lang, feed in (("en", 0), ("es", 1), ("fr", 2)):
            pool: set[str] = set()
            for index in range(corpus.per_feed):
                pool.update(s for p in corpus.article(feed, index).paragraphs
                            for s in re.split(r"(?<=[.!?»”])\s+", p))
            self.sentences[lang] = sorted(pool)
        self.people: list[tuple[str, str | None, str | None]] = [
            (n, t["en"], c) for n, t, c in CA_PEOPLE + MX_PEOPLE]
        self.people += [(n, None, None) for n, _ in ANALYSTS]
        self.rng = rng
        self.fetched = datetime(2026, 6, 1, tzinfo=UTC)

    def record(self, i: int, published: date | None = None) -> ArticleRecord:
        """Article ``i``; published on a random day of the five years, or on
        ``published`` (the same draws are made either way)."""
        rng = self.rng
        lang = ("en", "en", "es", "fr")[i % 4]
        words_wanted = rng.randint(800, 1500)
        pool = self.sentences[lang]
        parts: list[str] = []
        words = 0
        while words < words_wanted:
            s = rng.choice(pool)
            parts.append(s)
            words += s.count(" ") + 1
        # Paragraphs of three sentences, one per line, as extract_document returns text.
        text = "\n".join(" ".join(parts[k:k + 3]) for k in range(0, len(parts), 3))
        url = f"https://news{i % 60:02d}.example/{lang}/{i}"
        drawn = START + timedelta(days=rng.randrange(DAYS))
        published = published or drawn
        sentence = parts[0]
        relevant = rng.random() < 0.6
        people = tuple(
            Person(name=n, title=t, role="minister" if t else "expert", country=c,
                   mentions=rng.randint(1, 6), sentence=rng.choice(parts))
            for n, t, c in rng.sample(self.people, rng.randint(2, 9)))
        orgs = tuple(Organization(name=o, kind="government", country="CA",
                                  mentions=rng.randint(1, 3), sentence=rng.choice(parts))
                     for o in rng.sample(ORGS, rng.randint(1, 5)))
        places = tuple(Place(name=c, country="MX" if c in ("Mexico City", "Monterrey")
                             else "CA", mentions=rng.randint(1, 4), sentence=rng.choice(parts))
                       for c in rng.sample(CITIES, rng.randint(1, 4)))
        topics = tuple(Topic(topic=t, mentions=rng.randint(1, 5))
                       for t in rng.sample(TOPIC_KEYS, rng.randint(1, 4)))
        figures = tuple(
            Figure(text=f"${v} billion", value=v * 1e9, unit="currency", currency="CAD",
                   subject=rng.choice(SUBJECTS), year=published.year - rng.randint(0, 1),
                   attributed_to=rng.choice(ORGS), sentence=rng.choice(parts))
            for v in (round(rng.uniform(1, 70), 1) for _ in range(rng.randint(0, 4))))
        quotes = tuple(Quote(speaker=p.name, speaker_description=p.title,
                             text=rng.choice(parts)[:120], sentence=rng.choice(parts))
                       for p in people[:rng.randint(0, 4)])
        events: tuple[Event, ...] = ()
        if rng.random() < 0.25:
            ca, mx = rng.choice(CA_PEOPLE), rng.choice(MX_PEOPLE)
            when = published - timedelta(days=rng.randint(0, 6))
            meeting = rng.random() < 0.4
            key = hashlib.sha256(f"{ca[0]}|{mx[0]}|{when.isoformat()[:7]}".encode()
                                 ).hexdigest()[:12]
            events = (Event(type="meeting" if meeting else rng.choice(("agreement",
                                                                        "announcement")),
                            level="ministerial" if meeting else "officials",
                            status=rng.choice(("held", "planned")),
                            participants=(Participant(ca[0], ca[1]["en"], "CA"),
                                          Participant(mx[0], mx[1]["en"], "MX")),
                            countries=("CA", "MX"), place=rng.choice(CITIES),
                            date=when.isoformat(), date_text=None, outcomes=("working group",),
                            key=key, sentence=sentence),)
        extraction = Extraction(
            article=ArticleInfo(url=url, title=sentence[:90], source=SOURCES[i % 60],
                                published=published.isoformat(), language=lang,
                                word_count=words,
                                text_sha256=hashlib.sha256(text.encode()).hexdigest()),
            relevance=Relevance(relevant=relevant, score=round(rng.random(), 3),
                                countries={"CA": rng.randint(1, 9), "MX": rng.randint(1, 9)}),
            people=people, organizations=orgs, places=places, topics=topics,
            figures=figures, quotes=quotes, events=events,
            tone=round(rng.uniform(-1, 1), 3), extractor_version=VERSION)
        return ArticleRecord(article_id=article_id_for(url), url=url, canonical_url=url,
                             feed_urls=(f"https://news{i % 60:02d}.example/feed.xml",),
                             fetched_at=self.fetched, http_status=200, text=text,
                             from_summary=False, author=None, site_name=SOURCES[i % 60],
                             extraction=extraction)

    def batches(self, start: int, stop: int, size: int) -> Iterator[list[ArticleRecord]]:
        for lo in range(start, stop, size):
            yield [self.record(i) for i in range(lo, min(stop, lo + size))]


def facts_in(batch: list[ArticleRecord]) -> int:
    n = 0
    for r in batch:
        ex = r.extraction
        n += (len(ex.people) + len(ex.organizations) + len(ex.places) + len(ex.topics)
              + len(ex.figures) + len(ex.quotes) + len(ex.events)
              + sum(len(e.participants) for e in ex.events))
    return n


def load(db: Path, gen: Generator, start: int, stop: int, size: int, *,
         label: str) -> dict[str, float]:
    """Append articles [start, stop) through ``append_articles``, each batch's events then
    matched to meetings (``match_new_events``) as an ingest pass does; timing split into
    generating the records (not the warehouse's cost), storing and matching them."""
    gen_s = store_s = match_s = 0.0
    facts = 0
    done = start
    last_print = time.monotonic()
    t0 = time.perf_counter()
    for lo in range(start, stop, size):
        hi = min(stop, lo + size)
        g0 = time.perf_counter()
        batch = [gen.record(i) for i in range(lo, hi)]
        g1 = time.perf_counter()
        with open_warehouse(db) as con:
            added = append_articles(con, batch)
        g2 = time.perf_counter()
        match_events(db)
        g3 = time.perf_counter()
        if added != len(batch):
            raise SystemExit(f"expected {len(batch)} new articles, got {added}")
        gen_s += g1 - g0
        store_s += g2 - g1
        match_s += g3 - g2
        facts += facts_in(batch)
        done = hi
        if time.monotonic() - last_print > 30:
            last_print = time.monotonic()
            rate = (done - start) / store_s
            print(f"  [{label}] {done - start:,} articles stored, {rate:,.0f}/s storing, "
                  f"matching {match_s:,.0f} s, {time.perf_counter() - t0:,.0f} s so far",
                  flush=True)
    return {"articles": stop - start, "facts": facts, "generate_s": gen_s,
            "store_s": store_s, "match_s": match_s, "wall_s": time.perf_counter() - t0}


def match_events(db: Path) -> int:
    """Link the stored events no meeting accounts for yet (``match_new_events``, no alert
    channel); returns how many there were."""
    from warehouse.meetings import match_new_events

    with open_warehouse(db) as con:
        return match_new_events(con, _knowledge(), channels=()).reports


@cache
def _knowledge() -> Any:
    from extractors.gazetteer import load_knowledge
    from extractors.meeting_match import knowledge_from_gazetteer
    return knowledge_from_gazetteer(load_knowledge())


def new_batch(db: Path, gen: Generator, size: int, repeat: int) -> list[tuple[float, float]]:
    """(store s, match s) of ``repeat`` batches of ``size`` new articles published in the
    last week of the warehouse's five years, each stored and matched as an ingest pass
    stores and matches a batch: what a pass pays per batch at this size."""
    with open_warehouse(db, read_only=True) as con:
        first = 2_000_000_000 + summary(con)["articles"]
    last = START + timedelta(days=DAYS - 1)
    out = []
    for k in range(repeat):
        lo = first + k * size
        batch = [gen.record(i, published=last - timedelta(days=i % 7))
                 for i in range(lo, lo + size)]
        t0 = time.perf_counter()
        with open_warehouse(db) as con:
            append_articles(con, batch)
        t1 = time.perf_counter()
        match_events(db)
        out.append((t1 - t0, time.perf_counter() - t1))
    return out


# ----------------------------------------------------------------------- queries

# The trend questions of the trend-queries issue, against the base schema.
ISSUE_QUERIES: dict[str, str] = {
    "weekly coverage by topic": """
        SELECT date_trunc('week', a.published) AS week, t.topic,
               count(DISTINCT a.article_id) AS articles
        FROM articles a JOIN topics t USING (article_id)
        WHERE a.relevant GROUP BY ALL ORDER BY week, topic""",
    "weekly coverage by language": """
        SELECT date_trunc('week', published) AS week, language, count(*) AS articles
        FROM articles WHERE relevant GROUP BY ALL ORDER BY week, language""",
    "meetings timeline": """
        SELECT m.event_key, min(m.date) AS date, any_value(m.type) AS type,
               any_value(m.level) AS level, any_value(m.status) AS status,
               any_value(m.place) AS place, count(DISTINCT m.article_id) AS articles,
               (SELECT list(DISTINCT p.name) FROM event_participants p
                 WHERE p.event_key = m.event_key) AS participants
        FROM ca_mx_ministerial_meetings m GROUP BY m.event_key ORDER BY date""",
    "officials' activity per month": """
        WITH met AS (
            SELECT p.name, date_trunc('month', e.date) AS month,
                   count(DISTINCT e.event_key) AS meetings
            FROM event_participants p
            JOIN events e ON e.article_id = p.article_id AND e.idx = p.event_idx
            WHERE e.type IN ('meeting', 'visit', 'call', 'summit') GROUP BY ALL),
        said AS (
            SELECT q.speaker AS name, date_trunc('month', a.published) AS month,
                   count(*) AS quotes
            FROM quotes q JOIN articles a USING (article_id)
            WHERE q.speaker IS NOT NULL GROUP BY ALL)
        SELECT name, month, coalesce(meetings, 0) AS meetings, coalesce(quotes, 0) AS quotes
        FROM met FULL JOIN said USING (name, month) ORDER BY month, name""",
    "figures over time (bilateral trade)": """
        SELECT a.published, f.value, f.currency, f.year, f.attributed_to, a.source, f.text
        FROM figures f JOIN articles a USING (article_id)
        WHERE f.subject = 'bilateral trade' ORDER BY a.published""",
    "figures by subject and year": """
        SELECT subject, year, count(*) AS cited, median(value) AS median_value
        FROM figures GROUP BY ALL ORDER BY subject, year""",
    "tone over time": """
        SELECT date_trunc('week', published) AS week, avg(tone) AS tone, count(*) AS articles
        FROM articles WHERE relevant GROUP BY ALL ORDER BY week""",
    "top sources": """
        SELECT source, count(*) AS articles, count(*) FILTER (WHERE relevant) AS relevant
        FROM articles GROUP BY source ORDER BY articles DESC LIMIT 20""",
}


def readme_queries(readme: Path) -> dict[str, str]:
    """The ``canmex sql "QUERY"`` examples of the README's code blocks (continuation lines
    joined, comments dropped, as tests/test_readme.py reads them), named by position."""
    if not readme.is_file():
        return {}
    text = readme.read_text(encoding="utf-8")
    out = {}
    n = 0
    for block in re.findall(r"```[a-z]*\n(.*?)```", text, flags=re.S):
        commands: list[str] = []
        for line in block.splitlines():
            stripped = line.split("  #")[0].rstrip()
            if not stripped.strip() or stripped.lstrip().startswith("#"):
                continue
            if commands and (line.startswith(" ") or commands[-1].count('"') % 2 == 1):
                commands[-1] += " " + stripped.strip()
            else:
                commands.append(stripped.strip())
        for command in commands:
            try:
                words = shlex.split(command)
            except ValueError:
                continue
            if (len(words) > 2 and Path(words[0]).name == "canmex" and words[1] == "sql"
                    and " " in words[2]):
                n += 1
                out[f"#{n}: {' '.join(words[2].split())[:46]}"] = words[2]
    return out


def time_call(call: Callable[[], Any], repeat: int) -> tuple[float, float, Any]:
    """(median ms, max ms, result) of ``repeat`` calls after one warm-up."""
    result = call()
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = call()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), max(times), result


def time_queries(db: Path, repeat: int, match: str | None = None
                 ) -> list[tuple[str, str, float, float, float, int]]:
    """(group, name, median ms open connection, max ms, median ms run_query, rows), for the
    queries whose "group: name" matches the regular expression ``match`` (all without).

    The open-connection timings come first; ``run_query`` opens the file with another
    configuration, which DuckDB refuses while a connection of this process holds it.
    """
    import duckdb

    from warehouse.store import known_article_ids
    found: list[tuple[str, str, str, float, float, int]] = []
    extra: list[tuple[str, str, float, float, float, int]] = []
    con = duckdb.connect(str(db), read_only=True)
    con.execute("SET TimeZone = 'UTC'")
    try:
        views = [r[0] for r in con.execute(
            "SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name"
        ).fetchall()]
        groups: list[tuple[str, dict[str, str]]] = [
            ("view", {v: f'SELECT * FROM "{v}"' for v in views}),
            ("README", readme_queries(REPO / "README.md")),
            ("trend question", ISSUE_QUERIES),
        ]
        for group, queries in groups:
            for name, sql in queries.items():
                if match and not re.search(match, f"{group}: {name}"):
                    continue
                def on_con(sql: str = sql) -> int:
                    rel = con.sql(sql)
                    fetch = getattr(rel, "to_arrow_table", None) or rel.arrow
                    return int(fetch().num_rows)
                try:
                    med, worst, n = time_call(on_con, repeat)
                except duckdb.Error as exc:
                    print(f"  {group} {name}: failed: {str(exc).splitlines()[0]}")
                    continue
                found.append((group, name, sql, med, worst, n))
        if not match:
            med, worst, _ = time_call(lambda: summary(con), repeat)
            extra.append(("pass", "summary() (twice per ingest pass)", med, worst,
                          float("nan"), 1))
            ids = [r[0] for r in con.execute(
                "SELECT article_id FROM articles USING SAMPLE 1000").fetchall()]
            med, worst, _ = time_call(lambda: known_article_ids(con, ids), repeat)
            extra.append(("pass", "known_article_ids(1,000 ids)", med, worst,
                          float("nan"), 1))
    finally:
        con.close()
    rows = []
    for group, name, sql, med, worst, n in found:
        via_api, _, _ = time_call(partial(run_query, db, sql), repeat)
        rows.append((group, name, med, worst, via_api, n))
    return rows + extra


def disk_size(db: Path) -> int:
    return sum(p.stat().st_size for p in (db, Path(f"{db}.wal")) if p.exists())


# ----------------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--articles", type=int, default=1_000_000,
                    help="articles in the full-size warehouse (default 1,000,000)")
    ap.add_argument("--batch", type=int, default=10_000,
                    help="articles per append_articles call (default 10,000)")
    ap.add_argument("--api-articles", type=int, default=20_000,
                    help="articles of the separate API-rate load (default 20,000; 0: skip)")
    ap.add_argument("--db", type=Path, help="where to build the full-size warehouse "
                    "(default: a temporary directory; must not exist)")
    ap.add_argument("--keep", action="store_true", help="keep the warehouse files")
    ap.add_argument("--reuse", action="store_true",
                    help="with --db: time the queries of an existing file, load nothing "
                    "(pending migrations are applied to it first, and timed)")
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per query (default 5)")
    ap.add_argument("--match", metavar="REGEX",
                    help='time only the queries whose "group: name" matches REGEX '
                    '(e.g. "view: top_sources"); the pass figures are then left out')
    ap.add_argument("--new-batch", type=int, default=100,
                    help="then store and match 3 batches of this many new articles, as "
                    "a pass does at this size (default 100; 0: skip; adds them to the file)")
    args = ap.parse_args(argv)

    import tempfile
    tmp = Path(tempfile.mkdtemp(prefix="canmex-bench-wh-"))
    db = args.db or tmp / "scale.duckdb"
    print(machine())
    print(f"warehouse: {db}")
    try:
        if not args.reuse:
            if db.exists():
                ap.error(f"{db} exists; give a new path or --reuse")
            t = time.perf_counter()
            gen = Generator()
            print(f"generator ready in {time.perf_counter() - t:.1f} s "
                  f"({sum(len(v) for v in gen.sentences.values()):,} distinct sentences)")
            if args.api_articles:
                small = tmp / "api.duckdb"
                r = load(small, gen, 0, args.api_articles, args.batch, label="api")
                print(f"\nAPI load: {r['articles']:,} articles, {r['facts']:,} fact rows in "
                      f"batches of {args.batch:,}")
                print(f"  storing (open_warehouse + append_articles): {r['store_s']:.1f} s = "
                      f"{r['articles'] / r['store_s']:,.0f} articles/s "
                      f"({r['facts'] / r['store_s']:,.0f} fact rows/s); matching their "
                      f"events to meetings {r['match_s']:.1f} s more")
                print(f"  generating the records (benchmark's own cost): "
                      f"{r['generate_s']:.1f} s")
                print(f"  size {disk_size(small) / 2**20:,.1f} MiB")
                small.unlink()
            print(f"\nfull load: {args.articles:,} articles through append_articles, "
                  f"batches of {args.batch:,}", flush=True)
            r = load(db, gen, 1_000_000_000, 1_000_000_000 + args.articles, args.batch,
                     label="full")
            print(f"  stored in {r['store_s']:,.1f} s "
                  f"({r['articles'] / r['store_s']:,.0f} articles/s); matching events to "
                  f"meetings after each batch {r['match_s']:,.1f} s; generating took "
                  f"{r['generate_s']:,.1f} s more; wall {r['wall_s']:,.1f} s")
            print(f"  {r['facts']:,} fact rows; peak RSS {peak_rss_mib():,.0f} MiB")
        if args.reuse:
            # A file kept by an older canmex gets the newer migrations first, as the
            # first writable open (or `canmex sql`) would give them; their time is shown.
            t = time.perf_counter()
            applied = ensure_current(db)
            if applied:
                print(f"migrations {applied} applied to the kept file in "
                      f"{time.perf_counter() - t:,.1f} s")
        if args.new_batch and not args.match:
            t = time.perf_counter()
            left = match_events(db)
            if left:
                print(f"\n{left:,} stored events matched to meetings first (a file loaded "
                      f"without matching) in {time.perf_counter() - t:,.1f} s")
            timed = new_batch(db, Generator(seed=9), args.new_batch, 3)
            print(f"\na pass's batch at this size: {args.new_batch} new articles of the "
                  "last week, stored then matched to meetings (3 batches):")
            print("  storing  " + ", ".join(f"{s * 1000:,.0f}" for s, _ in timed) + " ms; "
                  "matching " + ", ".join(f"{m * 1000:,.0f}" for _, m in timed) + " ms")
        size = disk_size(db)
        with open_warehouse(db, read_only=True) as con:
            counts = summary(con)
        print(f"\nsize on disk: {size / 2**30:,.2f} GiB ({size / max(1, counts['articles']):,.0f}"
              f" bytes per article) for {counts['articles']:,} articles")
        print("  rows: " + ", ".join(f"{k} {v:,}" for k, v in counts.items() if v))

        print(f"\nquery latency, median of {args.repeat} after a warm-up "
              f"(target < {TARGET_MS:.0f} ms):")
        print(f"  {'query':58s} {'open con':>9s} {'max':>8s} {'run_query':>10s} "
              f"{'rows':>8s}  target")
        worst_trend = 0.0
        for group, name, med, worst, via_api, n in time_queries(db, args.repeat, args.match):
            label = f"{group}: {name}"[:58]
            api = "" if via_api != via_api else f"{via_api:8.1f}ms"
            mark = verdict(med < TARGET_MS) if group != "pass" else ""
            if group != "pass":
                worst_trend = max(worst_trend, med)
            print(f"  {label:58s} {med:7.1f}ms {worst:6.1f}ms {api:>10s} {n:8,d}  {mark}")
        print(f"\nslowest trend query: {worst_trend:.1f} ms — target < {TARGET_MS:.0f} ms: "
              f"{verdict(worst_trend < TARGET_MS)}")
    finally:
        if not args.keep and not args.reuse:
            for p in (db, Path(f"{db}.wal"), tmp / "api.duckdb"):
                if p.exists():
                    p.unlink()
            try:
                tmp.rmdir()
            except OSError:
                pass
    return 0


if __name__ == "__main__":
    os.environ.setdefault("TZ", "UTC")
    sys.exit(main())
