"""The extraction quality gate's articles, scores and pinned baseline.

The annotated articles are the seed (``seeds/seed-article.txt`` with its gold) and every
article fixture (``tests/fixtures/articles/NAME.txt`` with ``NAME.gold.json`` and the page
metadata in ``NAME.meta.json``). Each is run through ``extract_article`` and scored with
``goldscore``; ``tests/fixtures/quality_baseline.json`` pins the scores, per article and
pooled, and ``tests/extractors/test_quality_gate.py`` fails when they drop.

Run from the repository root to pin the current scores, deliberately, after an
improvement (or an accepted trade-off) in the extraction::

    python -m tests.support.refresh_baseline

It prints what changed against the previous baseline. ``bench/quality.py --write-baseline``
does the same.
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .goldscore import Report, score

REPO = Path(__file__).resolve().parents[2]
SEED_TEXT = REPO / "seeds" / "seed-article.txt"
SEED_GOLD = REPO / "seeds" / "seed-article.gold.json"
ARTICLES = REPO / "tests" / "fixtures" / "articles"
BASELINE = REPO / "tests" / "fixtures" / "quality_baseline.json"
SEED_NAME = "seed-article"

# Fixture URLs hold this placeholder for the server root; any fixed root will do here.
BASE_PLACEHOLDER = "{base}"
BASE_URL = "http://127.0.0.1"
META_KEYS = ("url", "title", "source", "published", "language")
DIGITS = 4
# How far below the baseline a score may fall before the quality gate fails.
TOLERANCE = 0.005


@dataclass(frozen=True)
class Annotated:
    """An article's text, the metadata ``extract_article`` takes, and its gold."""

    name: str
    text: str
    meta: dict[str, str | None]
    gold: dict[str, Any]


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _meta(raw: Mapping[str, Any]) -> dict[str, str | None]:
    meta = {k: raw.get(k) for k in META_KEYS}
    if meta["url"]:
        meta["url"] = meta["url"].replace(BASE_PLACEHOLDER, BASE_URL)
    return meta


def seed_article() -> Annotated:
    """The seed, with no metadata: as ``canmex extract seeds/seed-article.txt`` reads it."""
    return Annotated(SEED_NAME, SEED_TEXT.read_text(encoding="utf-8"), {},
                     _read_json(SEED_GOLD))


def articles_in(directory: Path, meta_suffix: str = ".meta.json") -> list[Annotated]:
    """Every ``NAME.txt`` of ``directory`` with ``NAME.gold.json`` and ``NAME<meta_suffix>``."""
    out = []
    for gold in sorted(directory.glob("*.gold.json")):
        name = gold.name[: -len(".gold.json")]
        meta_path = directory / f"{name}{meta_suffix}"
        meta = _meta(_read_json(meta_path)) if meta_path.exists() else {}
        text = (directory / f"{name}.txt").read_text(encoding="utf-8")
        out.append(Annotated(name, text, meta, _read_json(gold)))
    return out


def annotated_articles() -> list[Annotated]:
    """The seed first, then the article fixtures by name."""
    return [seed_article(), *articles_in(ARTICLES)]


def extract(article: Annotated) -> dict[str, Any]:
    """The contract document ``extract_article`` makes of the article."""
    from extractors.pipeline import extract_article
    m = article.meta
    return extract_article(article.text, url=m.get("url"), title=m.get("title"),
                           source=m.get("source"), published=m.get("published"),
                           language=m.get("language")).to_dict()


@dataclass(frozen=True)
class Scores:
    """One report per article, by name, and the pooled report of them all."""

    articles: dict[str, Report]
    pooled: Report


def score_articles(articles: Iterable[Annotated]) -> Scores:
    pairs = [(a.name, extract(a), a.gold) for a in articles]
    return Scores(articles={name: score([(pred, gold)]) for name, pred, gold in pairs},
                  pooled=score((pred, gold) for _, pred, gold in pairs))


def _pin(report: Report) -> dict[str, Any]:
    return {"overall": round(report.overall, DIGITS),
            "fields": {k: round(v, DIGITS) for k, v in report.fields.items()}}


def baseline_of(scores: Scores) -> dict[str, Any]:
    from extractors import EXTRACTOR_VERSION
    return {
        "about": "Extraction scores on the seed and the article fixtures, pinned by "
                 "'python -m tests.support.refresh_baseline'; "
                 "tests/extractors/test_quality_gate.py fails when the pooled scores drop.",
        "extractor_version": EXTRACTOR_VERSION,
        "pooled": _pin(scores.pooled),
        "articles": {name: _pin(r) for name, r in scores.articles.items()},
    }


def read_baseline(path: Path = BASELINE) -> dict[str, Any]:
    data: dict[str, Any] = _read_json(path)
    return data


def write_baseline(scores: Scores, path: Path = BASELINE) -> None:
    text = json.dumps(baseline_of(scores), ensure_ascii=False, indent=2)
    path.write_text(text + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Comparison:
    """Scores below the baseline by more than the tolerance (``pooled``, ``articles``)
    and above it (``gains``), one readable line each."""

    pooled: list[str]
    articles: list[str]
    gains: list[str]

    def lines(self) -> list[str]:
        return [*(f"down  {x}" for x in self.pooled + self.articles),
                *(f"up    {x}" for x in self.gains)]


def _diff(label: str, was: float, now: float) -> str:
    return f"{label}: {was:.4f} -> {now:.4f} ({now - was:+.4f})"


def _compare_one(pinned: Mapping[str, Any], report: Report, tolerance: float,
                 ) -> tuple[list[str], list[str]]:
    drops, gains = [], []
    now = {"overall": report.overall, **report.fields}
    was = {"overall": pinned["overall"], **pinned["fields"]}
    for name, old in was.items():
        if name not in now:
            drops.append(f"{name}: {old:.4f} -> no longer scored")
        elif now[name] < old - tolerance:
            drops.append(_diff(name, old, now[name]))
        elif now[name] > old + tolerance:
            gains.append(_diff(name, old, now[name]))
    gains.extend(f"{name}: newly scored {now[name]:.4f}" for name in now if name not in was)
    return drops, gains


def compare(scores: Scores, baseline: Mapping[str, Any], tolerance: float) -> Comparison:
    pooled, ups = _compare_one(baseline["pooled"], scores.pooled, tolerance)
    gains = [f"pooled {u}" for u in ups]
    articles: list[str] = []
    for name, pinned in baseline["articles"].items():
        report = scores.articles.get(name)
        if report is None:
            articles.append(f"{name}: no longer among the annotated articles")
            continue
        drops, ups = _compare_one(pinned, report, tolerance)
        articles.extend(f"{name}: {d}" for d in drops)
        gains.extend(f"{name}: {u}" for u in ups)
    articles.extend(f"{name}: not in the baseline" for name in scores.articles
                    if name not in baseline["articles"])
    return Comparison(pooled=[f"pooled {d}" for d in pooled], articles=articles, gains=gains)


def refresh(path: Path = BASELINE) -> Scores:
    """Score the annotated articles, print the change against the old baseline, pin them."""
    scores = score_articles(annotated_articles())
    if path.exists():
        change = compare(scores, read_baseline(path), tolerance=10 ** -DIGITS)
        print("\n".join(change.lines()) or "no change against the previous baseline")
    write_baseline(scores, path)
    print(scores.pooled.format())
    shown = path.relative_to(REPO) if path.is_relative_to(REPO) else path
    print(f"baseline written: {shown}")
    return scores


def main() -> int:
    refresh()
    return 0


if __name__ == "__main__":
    sys.exit(main())
