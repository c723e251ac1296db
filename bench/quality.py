"""Extraction quality on annotated articles: per article, pooled, against the baseline.

    python bench/quality.py                      the seed and the article fixtures
    python bench/quality.py --problems           ... with what each article missed or added
    python bench/quality.py --devset DIR         ... and a dev set kept outside the project
    python bench/quality.py --write-baseline     pin the current scores (the quality gate's
                                                 tests/fixtures/quality_baseline.json)

A dev set directory holds, for each article, ``NAME.txt`` (the text), ``NAME.json`` (its
metadata: url, title, source, published, language) and ``NAME.gold.json`` (the gold, in
the format of ``seeds/seed-article.gold.json``). Scores are described in
``tests/support/goldscore.py``.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.support.goldscore import Report  # noqa: E402
from tests.support.refresh_baseline import (  # noqa: E402
    BASELINE,
    TOLERANCE,
    Scores,
    annotated_articles,
    articles_in,
    compare,
    read_baseline,
    refresh,
    score_articles,
)


def _below_one(report: Report) -> str:
    weak = [f"{name} {value:.2f}" for name, value in report.fields.items() if value < 1.0]
    return ", ".join(weak) if weak else "-"


def print_scores(title: str, scores: Scores, *, problems: bool) -> None:
    print(f"== {title}")
    width = max(len(name) for name in scores.articles)
    print(f"{'article':{width}s}  overall  fields below 1.00")
    for name, report in scores.articles.items():
        print(f"{name:{width}s}  {report.overall:7.3f}  {_below_one(report)}")
        if problems:
            for line in report.problems:
                print(f"{'':{width}s}    {line.split(': ', 1)[1]}")
    print()
    print("pooled:")
    print(scores.pooled.format())
    print()


def print_against_baseline(scores: Scores, baseline: dict[str, Any]) -> None:
    change = compare(scores, baseline, TOLERANCE)
    print(f"== against {BASELINE.relative_to(REPO)} (tolerance {TOLERANCE})")
    print("\n".join(change.lines()) or "as pinned")
    if change.pooled:
        print("the quality gate fails: the pooled scores dropped")
    print()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--devset", type=Path, metavar="DIR",
                    help="also score NAME.txt + NAME.json + NAME.gold.json in DIR")
    ap.add_argument("--problems", action="store_true",
                    help="list what each article missed, added or got wrong")
    ap.add_argument("--write-baseline", action="store_true",
                    help="pin the current scores of the seed and fixtures as the baseline")
    args = ap.parse_args(argv)

    if args.write_baseline:
        refresh()
        return 0
    dev = []
    if args.devset:
        if not args.devset.is_dir():
            ap.error(f"--devset: not a directory: {args.devset}")
        dev = articles_in(args.devset, meta_suffix=".json")
        if not dev:
            ap.error(f"--devset: no NAME.gold.json in {args.devset}")
    scores = score_articles(annotated_articles())
    print_scores("seed and article fixtures", scores, problems=args.problems)
    if BASELINE.exists():
        print_against_baseline(scores, read_baseline())
    if dev:
        print_scores(f"dev set ({len(dev)} articles)", score_articles(dev),
                     problems=args.problems)
    return 0


if __name__ == "__main__":
    sys.exit(main())
