"""Rendering the report from plain values: marks per chart, escaping, empty periods,
nothing loaded from elsewhere."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime
from html.parser import HTMLParser
from pathlib import Path

from flows.report import render_report, write_report
from warehouse.store import open_warehouse
from warehouse.trends import ReportData, report_data

NOW = datetime(2026, 4, 10, 9, 30, tzinfo=UTC)


class Marks(HTMLParser):
    """Counts the .mark elements of each chart, and every resource-loading attribute."""

    def __init__(self) -> None:
        super().__init__()
        self.chart: str | None = None
        self.marks: dict[str, list[dict[str, str | None]]] = {}
        self.loads: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "svg" and "chart" in (a.get("class") or ""):
            self.chart = a["id"]
            self.marks[self.chart or ""] = []
        elif self.chart and "mark" in (a.get("class") or "").split():
            self.marks[self.chart].append(a)
        for name in ("src", "href", "xlink:href"):
            if name in a and tag != "a":
                self.loads.append((tag, name, a[name]))
        if tag == "link":
            self.loads.append((tag, "link", a.get("href")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self.chart = None


def parse(page: str) -> Marks:
    m = Marks()
    m.feed(page)
    return m


def sample_data(trend_db: Path, since: date | None = None) -> ReportData:
    with open_warehouse(trend_db, read_only=True) as con:
        return report_data(con, since)


def test_each_chart_has_a_mark_per_value(trend_db: Path) -> None:
    page = render_report(sample_data(trend_db), generated_at=NOW)
    m = parse(page)
    coverage = m.marks["chart-coverage"]
    assert [(b["data-topic"], b["data-count"]) for b in coverage] == [
        ("trade", "2"), ("usmca", "1"), ("trade", "1"), ("energy", "1"), ("trade", "1")]
    # every week from the first to the last is on the axis, empty ones included
    assert re.findall(r'data-week="([\d-]+)"', page.split('id="chart-coverage"')[1]
                      .split("</svg>")[0]) == ["2026-03-02", "2026-03-09", "2026-03-16",
                                               "2026-03-23", "2026-03-30", "2026-04-06"]
    tone = [x for x in m.marks["chart-tone"] if "point" in (x.get("class") or "")]
    assert [(p["data-week"], p["data-tone"]) for p in tone] == [
        ("2026-03-02", "0.400"), ("2026-03-16", "-0.200"), ("2026-04-06", "0.800")]
    assert len(m.marks["chart-tone"]) == 4                    # three points and the line
    assert len(m.marks["chart-meetings"]) == 2                # the two CA–MX meetings
    assert 'data-key="2026-03-17:US-MX:security"' not in page
    # Anand, De la Fuente, Joly, Ebrard: engagements and quotes; the U.S. secretary
    # took part in a meeting and was not quoted.
    officials = [(b["data-kind"], b["data-count"]) for b in m.marks["chart-officials"]]
    assert officials == [("meetings", "1"), ("quotes", "2")] + [
        ("meetings", "1"), ("quotes", "1")] * 3 + [("meetings", "1")]
    assert re.findall(r'class="official" data-name="([^"]+)"', page) == [
        "Anita Anand", "Juan Ramón de la Fuente", "Marcelo Ebrard", "Mélanie Joly",
        "Some Secretary"]
    assert "Jesse Marsch" not in page
    assert "Anita Anand (Canada)" in page
    assert "14 articles" not in page and "<b>5</b><span>articles</span>" in page


def test_since_starts_the_charts_later(trend_db: Path) -> None:
    data = sample_data(trend_db, date(2026, 3, 16))
    assert [r["event_key"] for r in data.meetings] == ["2026-04:CA-MX:joly-visit"]
    assert data.totals["articles"] == 3
    m = parse(render_report(data, generated_at=NOW))
    assert len(m.marks["chart-coverage"]) == 3
    assert len([x for x in m.marks["chart-tone"] if "point" in x["class"]]) == 2
    assert len(m.marks["chart-meetings"]) == 1


def test_page_is_self_contained(trend_db: Path) -> None:
    page = render_report(sample_data(trend_db), generated_at=NOW)
    assert page.startswith("<!DOCTYPE html>")
    assert parse(page).loads == []                   # no src=, no <link>, no external href
    for needle in ("http://", "https://", "url(", "@import", "<img", "<iframe"):
        assert needle not in page.replace('xmlns="http://www.w3.org/2000/svg"', ""), needle
    assert "generated 2026-04-10 09:30 UTC" in page


def test_text_from_articles_is_escaped() -> None:
    evil = "<script>alert(1)</script> & \"Co\""
    data = ReportData(
        since=None,
        meetings=[{"event_key": evil, "day": date(2026, 3, 2), "date": None,
                   "type": "meeting", "level": "ministerial", "status": "planned",
                   "place": evil, "countries": ["CA", "MX"], "participants": [evil],
                   "articles": 1, "sources": 1}],
        officials=[{"name": evil, "country": "CA", "role": "minister", "title": evil,
                    "meetings": 1, "quotes": 0}],
        coverage=[{"week": date(2026, 3, 2), "topic": evil, "articles": 1}],
        totals={"articles": 1, "languages": [evil]})
    page = render_report(data, generated_at=NOW)
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;" in page
    assert page.count("<script>") == 1                # only the page's own


def test_empty_warehouse_renders_a_page_that_says_so(tmp_path: Path) -> None:
    db = tmp_path / "empty.duckdb"
    with open_warehouse(db):
        pass
    out = tmp_path / "r" / "report.html"
    data = write_report(db, out, now=NOW)
    page = out.read_text(encoding="utf-8")
    assert data.totals["articles"] == 0
    assert "no articles yet" in page
    assert "No Canada–Mexico ministerial meetings reported in this period." in page
    assert 'class="chart"' not in page
    assert not list(out.parent.glob(".*.tmp"))


def test_many_topics_fold_into_other() -> None:
    topics = ["trade", "usmca", "investment", "energy", "critical_minerals",
              "security_defense", "migration_mobility", "agriculture", "tourism", "health",
              "digital"]
    coverage = [{"week": date(2026, 3, 2), "topic": t, "articles": len(topics) - i}
                for i, t in enumerate(topics)]
    m = parse(render_report(ReportData(since=None, coverage=coverage), generated_at=NOW))
    shown = [b["data-topic"] for b in m.marks["chart-coverage"]]
    assert shown == topics[:8] + ["other"]
    assert m.marks["chart-coverage"][-1]["data-count"] == str(3 + 2 + 1)
