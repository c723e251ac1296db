"""How fast ``extract_article`` is, per article, on one core.

    python bench/extract_speed.py [--rounds N] [--cpu K]

The seed and the article fixtures are extracted over and over (after one warm-up pass)
in a process pinned to a single core where the system allows it. Printed:

- the one-off cost of loading the knowledge (gazetteer and lexicons) and of the first,
  cold extraction, which the steady-state figures leave out;
- each article's median time with its length in words;
- the median and 90th percentile over every timed extraction, each time normalised to an
  800-word article (ms x 800 / words), beside the target.

The times are wall-clock (``time.perf_counter``) around ``extract_article`` alone, not the
serialisation of its result; figures depend on the machine, so compare runs made on the
same one.
"""
from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tests.support.refresh_baseline import Annotated, annotated_articles  # noqa: E402

NORMAL_WORDS = 800
TARGET_MEDIAN_MS = 25.0

T = TypeVar("T")


def timed(call: Callable[[], T]) -> tuple[float, T]:
    """Milliseconds ``call`` takes, and its result."""
    start = time.perf_counter()
    result = call()
    return (time.perf_counter() - start) * 1000, result


def pin_to_one_core(cpu: int | None) -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no CPU affinity on this system)"
    allowed = sorted(os.sched_getaffinity(0))
    chosen = cpu if cpu is not None else allowed[-1]
    os.sched_setaffinity(0, {chosen})
    return f"pinned to CPU {chosen} (of {len(allowed)} available)"


def p90(values: list[float]) -> float:
    return statistics.quantiles(values, n=10, method="inclusive")[-1]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--rounds", type=int, default=30,
                    help="timed passes over the articles (default 30)")
    ap.add_argument("--cpu", type=int, help="the core to run on (default: the last allowed)")
    args = ap.parse_args(argv)
    if args.rounds < 1:
        ap.error("--rounds must be at least 1")

    print(pin_to_one_core(args.cpu))
    articles: list[Annotated] = annotated_articles()

    # One-off costs, in this fresh process: importing, reading the knowledge, first use.
    import_ms, _ = timed(lambda: __import__("extractors.pipeline"))
    from extractors.gazetteer import load_knowledge
    from extractors.lexicon import load_lexicon
    from extractors.pipeline import extract_article

    def run(article: Annotated) -> int:
        m = article.meta
        result = extract_article(article.text, url=m.get("url"), title=m.get("title"),
                                 source=m.get("source"), published=m.get("published"),
                                 language=m.get("language"))
        return result.article.word_count

    knowledge_ms, _ = timed(load_knowledge)
    lexicon_ms, _ = timed(load_lexicon)
    cold_ms, _ = timed(partial(run, articles[0]))
    print("one-off, not in the figures below:")
    print(f"  import extractors          {import_ms:8.1f} ms")
    print(f"  load gazetteer             {knowledge_ms:8.1f} ms")
    print(f"  load title lexicon         {lexicon_ms:8.1f} ms")
    print(f"  first extraction (cold)    {cold_ms:8.1f} ms  ({articles[0].name})")

    words = {a.name: run(a) for a in articles}  # the warm-up pass
    raw: dict[str, list[float]] = {a.name: [] for a in articles}
    normalised: list[float] = []
    gc.collect()
    for _ in range(args.rounds):
        for a in articles:
            ms, _ = timed(partial(run, a))
            raw[a.name].append(ms)
            normalised.append(ms * NORMAL_WORDS / words[a.name])

    print()
    print(f"per article, {args.rounds} runs each, by length:")
    width = max(len(name) for name in raw)
    print(f"  {'article':{width}s}  words  median ms  ms/{NORMAL_WORDS} words")
    for name in sorted(raw, key=lambda n: (words[n], n)):
        med = statistics.median(raw[name])
        print(f"  {name:{width}s}  {words[name]:5d}  {med:9.2f}  "
              f"{med * NORMAL_WORDS / words[name]:10.2f}")

    median, ninety = statistics.median(normalised), p90(normalised)
    verdict = "met" if median <= TARGET_MEDIAN_MS else "NOT met"
    print()
    print(f"over {len(normalised)} extractions of {len(articles)} articles "
          f"({sum(words.values()) // len(words)} words on average), "
          f"per {NORMAL_WORDS}-word article:")
    print(f"  median {median:6.2f} ms   target <= {TARGET_MEDIAN_MS:.0f} ms: {verdict}")
    print(f"  p90    {ninety:6.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
