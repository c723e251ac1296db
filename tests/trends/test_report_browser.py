"""`canmex report` rendered by a real headless Chromium: the charts draw, and a
screenshot is kept (its path is printed; pytest keeps the test's tmp directory)."""
from __future__ import annotations

import os
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
import trend_builders
from trend_builders import count_colour, png_pixels, run_chromium

import flows.cli
from flows.report import MEETINGS_COLOUR, QUOTES_COLOUR, TONE_COLOUR


class Charts(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.charts: dict[str, dict[str, str | None]] = {}
        self.body: dict[str, str | None] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "svg" and "chart" in (a.get("class") or ""):
            self.charts[a["id"] or ""] = a
        elif tag == "body":
            self.body = a


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def test_report_draws_in_headless_chromium(trend_db: Path, tmp_path: Path, cli: None,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    # CI installs Debian's chromium and must run this; a developer machine without the
    # system browser says so instead of failing the whole suite.
    if not os.environ.get("CI") and not any(shutil.which(n) for n in trend_builders.CHROMIUM_NAMES):
        pytest.skip("Debian's chromium is not installed (`apt-get install -y chromium`); "
                    "CI installs it and runs this test")
    out = tmp_path / "report.html"
    assert flows.cli.main(["report", "--db", str(trend_db), "--out", str(out)]) == 0
    assert capsys.readouterr().out == (
        f"wrote {out}: 5 articles (4 about Canada–Mexico relations), 2 ministerial "
        "meetings, 5 officials\n")

    dom = run_chromium(out.as_uri(), tmp_path / "profile", "--dump-dom").stdout
    parsed = Charts()
    parsed.feed(dom)
    # The page's own script ran and counted, per chart, the marks the browser laid out
    # with a non-empty box.
    assert parsed.body.get("data-charts") == "4"
    drawn = {cid: int(a.get("data-drawn") or -1) for cid, a in parsed.charts.items()}
    assert drawn == {"chart-coverage": 5, "chart-meetings": 2, "chart-officials": 9,
                     "chart-tone": 4}
    for cid, attrs in parsed.charts.items():
        assert int(attrs.get("data-width") or 0) > 300, cid
        assert int(attrs.get("data-height") or 0) > 50, cid

    shot = tmp_path / "report.png"
    run_chromium(out.as_uri(), tmp_path / "profile", f"--screenshot={shot}",
                 "--window-size=1100,2400")
    print(f"\nreport screenshot: {shot}")
    width, height, rows = png_pixels(shot)
    assert (width, height) == (1100, 2400)
    # The charts' colours are on screen: bars of engagements, quotes, the tone line.
    for colour in (MEETINGS_COLOUR, QUOTES_COLOUR, TONE_COLOUR):
        assert count_colour(rows, _rgb(colour)) > 300, colour
    assert len({row for row in rows}) > 100              # not a blank page


def test_missing_chromium_is_a_clear_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    import trend_builders
    monkeypatch.setattr(trend_builders.shutil, "which", lambda name: None)
    with pytest.raises(AssertionError, match="apt-get install -y chromium"):
        trend_builders.find_chromium()
