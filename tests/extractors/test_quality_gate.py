"""The extraction quality gate: scores on the annotated articles may not drop.

The seed and every article fixture go through ``extract_article`` and are scored against
their gold (``tests/support/goldscore.py``). The seed must come out (nearly) perfect; the
pooled scores may not fall below those pinned in ``tests/fixtures/quality_baseline.json``
by more than ``TOLERANCE`` (0.005). After a deliberate change in the extraction, pin the new
scores with ``python -m tests.support.refresh_baseline`` and commit the baseline with it.
"""
from __future__ import annotations

from typing import Any

import pytest
from support.goldscore import Report
from support.refresh_baseline import (
    SEED_NAME,
    TOLERANCE,
    Scores,
    annotated_articles,
    compare,
    read_baseline,
    score_articles,
)

SEED_OVERALL_MIN = 0.95
REFRESH = "python -m tests.support.refresh_baseline"


@pytest.fixture(scope="module")
def scores() -> Scores:
    return score_articles(annotated_articles())


@pytest.fixture(scope="module")
def baseline() -> dict[str, Any]:
    return read_baseline()


@pytest.fixture(scope="module")
def seed(scores: Scores) -> Report:
    return scores.articles[SEED_NAME]


def _why(report: Report) -> str:
    return "\n".join(["", *report.problems, "", report.format()])


def test_seed_overall(seed: Report) -> None:
    assert seed.overall >= SEED_OVERALL_MIN, _why(seed)


def test_seed_people_with_their_titles_and_countries(seed: Report) -> None:
    t = seed.tallies
    assert t["people"].fn == 0, _why(seed)
    assert t["person titles"].right == t["person titles"].asked, _why(seed)
    assert t["person countries"].right == t["person countries"].asked, _why(seed)


def test_seed_organisations_and_figures(seed: Report) -> None:
    assert seed.tallies["organizations"].fn == 0, _why(seed)
    assert seed.tallies["figures"].fn == 0, _why(seed)


def test_seed_quotes_with_their_speakers(seed: Report) -> None:
    t = seed.tallies
    assert t["quotes"].fn == 0, _why(seed)
    assert t["quote speakers"].right == t["quote speakers"].asked > 0, _why(seed)


def test_seed_meeting_with_its_participants(seed: Report) -> None:
    t = seed.tallies
    assert t["meetings"].tp >= 1 and t["meetings"].fn == 0, _why(seed)
    assert t["meeting participants"].fn == 0, _why(seed)


def test_baseline_covers_the_annotated_articles(scores: Scores,
                                                baseline: dict[str, Any]) -> None:
    assert sorted(baseline["articles"]) == sorted(scores.articles), (
        f"the annotated articles changed: pin their scores with '{REFRESH}'")


def test_pooled_scores_do_not_drop_below_the_baseline(scores: Scores,
                                                      baseline: dict[str, Any]) -> None:
    change = compare(scores, baseline, TOLERANCE)
    if change.pooled:
        lines = ["extraction quality dropped below tests/fixtures/quality_baseline.json "
                 f"(tolerance {TOLERANCE}):", *change.pooled]
        if change.articles:
            lines += ["articles that dropped:", *change.articles]
        lines += ["", f"if the change is deliberate, pin the new scores with '{REFRESH}'"]
        pytest.fail("\n".join(lines), pytrace=False)
