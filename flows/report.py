"""``canmex report``: one self-contained HTML page with the warehouse's trends.

:func:`render_report` is pure: it takes the plain values of
:class:`warehouse.trends.ReportData` and returns the page. Charts are inline SVG drawn
here, styles are inline, and the page loads nothing (no fonts, scripts or images from
anywhere), so it reads the same offline, from a file, in any browser. A few lines of
inline script only record, on each chart, how many of its marks the browser laid out
(``data-drawn``), which is what the rendering test checks in a real headless browser.

:func:`write_report` is the wiring: bring the warehouse up to date, query it read-only,
render, write the file atomically.
"""
from __future__ import annotations

import html
import math
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from warehouse.store import open_warehouse
from warehouse.trends import ReportData, ensure_current, report_data

# One colour per topic of the contract's taxonomy, so a topic keeps its colour from one
# report to the next.
TOPIC_COLOURS = {
    "trade": "#1f77b4", "usmca": "#ff7f0e", "investment": "#2ca02c", "energy": "#d62728",
    "critical_minerals": "#9467bd", "security_defense": "#8c564b",
    "migration_mobility": "#e377c2", "agriculture": "#bcbd22",
    "aerospace_manufacturing": "#17becf", "climate_environment": "#3a7d44",
    "digital": "#6b6ecf", "education_culture": "#e7969c", "tourism": "#f2b447",
    "health": "#843c39", "human_rights": "#393b79",
}
OTHER_COLOUR = "#b0b0b0"
MAX_TOPICS = 8               # the most covered topics get a colour; the rest are "other"
COUNTRY_NAMES = {"CA": "Canada", "MX": "Mexico", "US": "United States"}
MEETINGS_COLOUR = "#1f77b4"
QUOTES_COLOUR = "#f2b447"
TONE_COLOUR = "#d62728"

_FONT = "font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif"
_CSS = f"""
body{{{_FONT};margin:0;background:#f6f7f9;color:#1d232a}}
header{{background:#1d3557;color:#fff;padding:24px 32px}}
header h1{{margin:0 0 6px;font-size:26px}} header p{{margin:0;opacity:.85}}
main{{max-width:1040px;margin:0 auto;padding:16px 24px 48px}}
section{{background:#fff;border:1px solid #dde1e6;border-radius:8px;margin:18px 0;
padding:16px 20px}}
section h2{{margin:0 0 4px;font-size:19px}} section p.note{{margin:0 0 12px;color:#5b6570;
font-size:13px}}
.totals{{display:flex;flex-wrap:wrap;gap:12px;margin:0;padding:0;list-style:none}}
.totals li{{flex:1 1 110px;background:#fff;border:1px solid #dde1e6;border-radius:8px;
padding:10px 14px}}
.totals b{{display:block;font-size:24px}} .totals span{{color:#5b6570;font-size:13px}}
svg.chart{{display:block;width:100%;height:auto}}
svg text{{{_FONT};font-size:12px;fill:#1d232a}} svg .muted{{fill:#5b6570}}
.legend{{display:flex;flex-wrap:wrap;gap:6px 16px;margin:8px 0 0;padding:0;
list-style:none;font-size:13px}}
.legend i{{display:inline-block;width:12px;height:12px;border-radius:2px;margin-right:5px;
vertical-align:-1px}}
.empty{{color:#5b6570;font-style:italic}}
footer{{color:#5b6570;font-size:12px;text-align:center;padding:0 0 24px}}
"""
# Counts the marks the browser actually laid out in each chart (non-empty boxes).
_SCRIPT = """
(function () {
  var total = 0;
  document.querySelectorAll('svg.chart').forEach(function (svg) {
    var drawn = 0;
    svg.querySelectorAll('.mark').forEach(function (m) {
      var b = m.getBBox();
      if (b.width > 0 && b.height > 0) { drawn += 1; }
    });
    var box = svg.getBoundingClientRect();
    svg.setAttribute('data-drawn', String(drawn));
    svg.setAttribute('data-width', String(Math.round(box.width)));
    svg.setAttribute('data-height', String(Math.round(box.height)));
    total += 1;
  });
  document.body.setAttribute('data-charts', String(total));
})();
"""


def _e(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _weeks(first: date, last: date) -> list[date]:
    out, week = [], _monday(first)
    while week <= last:
        out.append(week)
        week += timedelta(days=7)
    return out


def _nice_max(value: float) -> int:
    """A round axis maximum at or above ``value`` (1, 2, 5, 10, 20, 50...)."""
    if value <= 1:
        return 1
    magnitude = 10 ** math.floor(math.log10(value))
    for step in (1, 2, 5, 10):
        if value <= step * magnitude:
            return int(step * magnitude)
    return int(10 * magnitude)


def _svg(chart_id: str, width: int, height: int, label: str, body: Iterable[str]) -> str:
    return (f'<svg class="chart" id="{chart_id}" viewBox="0 0 {width} {height}" '
            f'width="{width}" height="{height}" role="img" aria-label="{_e(label)}" '
            f'xmlns="http://www.w3.org/2000/svg"><title>{_e(label)}</title>'
            + "".join(body) + "</svg>")


def _empty(what: str) -> str:
    return f'<p class="empty">{_e(what)}</p>'


def _legend(items: Sequence[tuple[str, str]]) -> str:
    """A legend: (label, CSS of its swatch) pairs."""
    return ('<ul class="legend">' + "".join(
        f'<li><i style="{style}"></i>{_e(name)}</li>' for name, style in items) + "</ul>")


def _week_label(week: date) -> str:
    return week.strftime("%d %b").lstrip("0")


# --------------------------------------------------------------------------- charts

def coverage_chart(rows: Sequence[dict[str, Any]]) -> str:
    """Stacked bars: relevant articles per week, one colour per topic (every week from the
    first to the last is shown, empty ones included). An article that carries several
    topics counts once under each."""
    if not rows:
        return _empty("No Canada–Mexico coverage with topics in this period.")
    totals: dict[str, int] = defaultdict(int)
    for r in rows:
        totals[r["topic"]] += int(r["articles"])
    ranked = sorted(totals, key=lambda t: (-totals[t], t))
    shown = ranked[:MAX_TOPICS] if len(ranked) > MAX_TOPICS + 1 else ranked
    by_week: dict[date, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        topic = r["topic"] if r["topic"] in shown else "other"
        by_week[r["week"]][topic] += int(r["articles"])
    weeks = _weeks(min(by_week), max(by_week))
    order = shown + (["other"] if len(shown) < len(ranked) else [])
    colours = {t: TOPIC_COLOURS.get(t, OTHER_COLOUR) for t in shown}
    colours["other"] = OTHER_COLOUR

    width, height, left, right, top, bottom = 960, 320, 44, 12, 12, 48
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = _nice_max(max(sum(v.values()) for v in by_week.values()))
    slot = plot_w / len(weeks)
    bar_w = max(min(slot * 0.7, 48), 2)
    ticks = next(t for t in (4, 5, 2, 1) if peak % t == 0)
    parts = _y_axis(left, top, plot_w, plot_h, 0, peak, ticks, _num)
    label_every = max(1, math.ceil(len(weeks) / 12))
    for i, week in enumerate(weeks):
        x = left + i * slot + (slot - bar_w) / 2
        y = float(top + plot_h)
        parts.append(f'<g class="week" data-week="{week.isoformat()}">')
        for topic in order:
            count = by_week.get(week, {}).get(topic, 0)
            if not count:
                continue
            h = plot_h * count / peak
            y -= h
            parts.append(
                f'<rect class="mark bar" data-topic="{_e(topic)}" data-count="{count}" '
                f'x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                f'fill="{colours[topic]}"><title>Week of {week.isoformat()}: '
                f'{_e(topic.replace("_", " "))}, {count} article'
                f'{"s" if count != 1 else ""}</title></rect>')
        parts.append("</g>")
        if i % label_every == 0:
            parts.append(f'<text class="muted" x="{x + bar_w / 2:.1f}" '
                         f'y="{top + plot_h + 18}" text-anchor="middle">'
                         f'{_e(_week_label(week))}</text>')
    parts.append(f'<text class="muted" x="{left + plot_w / 2:.1f}" y="{height - 6}" '
                 'text-anchor="middle">week starting (Monday)</text>')
    svg = _svg("chart-coverage", width, height,
               "Relevant articles per week, by topic", parts)
    return svg + _legend([(t.replace("_", " "), f"background:{colours[t]}")
                          for t in order])


def _y_axis(left: float, top: float, plot_w: float, plot_h: float, lo: float, hi: float,
            ticks: int, fmt: Any) -> list[str]:
    parts = []
    for i in range(ticks + 1):
        value = lo + (hi - lo) * i / ticks
        y = top + plot_h - plot_h * i / ticks
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="#e4e7eb"/>'
                     f'<text class="muted" x="{left - 6}" y="{y + 4:.1f}" '
                     f'text-anchor="end">{_e(fmt(value))}</text>')
    return parts


def tone_chart(rows: Sequence[dict[str, Any]]) -> str:
    """Average tone of the relevant articles per week on the full scale (-1 hostile .. +1
    warm); a point per week with coverage, sized by its number of articles."""
    rows = [r for r in rows if r.get("avg_tone") is not None]
    if not rows:
        return _empty("No relevant articles with a tone in this period.")
    weeks = _weeks(min(r["week"] for r in rows), max(r["week"] for r in rows))
    index = {w: i for i, w in enumerate(weeks)}
    width, height, left, right, top, bottom = 960, 260, 44, 32, 14, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    step = plot_w / max(len(weeks) - 1, 1)

    def xy(r: dict[str, Any]) -> tuple[float, float]:
        x = left + (index[r["week"]] * step if len(weeks) > 1 else plot_w / 2)
        tone = max(-1.0, min(1.0, float(r["avg_tone"])))
        return x, top + plot_h * (1 - tone) / 2

    parts = _y_axis(left, top, plot_w, plot_h, -1, 1, 4, lambda v: f"{v:+.1f}"
                    if v else "0")
    zero = top + plot_h / 2
    parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{zero}" y2="{zero}" '
                 'stroke="#8a939c" stroke-dasharray="4 3"/>')
    points = [xy(r) for r in rows]
    if len(points) > 1:
        path = " ".join(f"{x:.1f},{y:.1f}" for x, y in points)
        parts.append(f'<polyline class="mark line" points="{path}" fill="none" '
                     f'stroke="{TONE_COLOUR}" stroke-width="2.5"/>')
    for r, (x, y) in zip(rows, points, strict=True):
        radius = 4 + 1.5 * math.sqrt(int(r["articles"]))
        tone = float(r["avg_tone"])
        parts.append(
            f'<circle class="mark point" data-week="{r["week"].isoformat()}" '
            f'data-tone="{tone:.3f}" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" '
            f'fill="{TONE_COLOUR}" stroke="#fff" stroke-width="1.5"><title>Week of '
            f'{r["week"].isoformat()}: average tone {tone:+.2f} over {r["articles"]} '
            f'article{"s" if r["articles"] != 1 else ""} ({r["warm"]} warm, '
            f'{r["neutral"]} neutral, {r["cool"]} cool)</title></circle>')
    label_every = max(1, math.ceil(len(weeks) / 12))
    for i, week in enumerate(weeks):
        if i % label_every == 0:
            x = left + (i * step if len(weeks) > 1 else plot_w / 2)
            parts.append(f'<text class="muted" x="{x:.1f}" y="{top + plot_h + 18}" '
                         f'text-anchor="middle">{_e(_week_label(week))}</text>')
    parts.append(f'<text class="muted" x="{left + 6}" y="{top + 12}">warm</text>'
                 f'<text class="muted" x="{left + 6}" y="{top + plot_h - 4}">hostile</text>')
    return _svg("chart-tone", width, height,
                "Average tone toward the Canada–Mexico relationship, per week", parts)


def _short_names(names: Sequence[str], limit: int = 4) -> str:
    text = ", ".join(names[:limit])
    return text + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"


def meetings_chart(rows: Sequence[dict[str, Any]]) -> str:
    """One row per Canada–Mexico ministerial meeting: its day on a shared time axis
    (filled: held; hollow: planned; larger: more articles), then what, where and who."""
    if not rows:
        return _empty("No Canada–Mexico ministerial meetings reported in this period.")
    days = [r["day"] for r in rows]
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    width, row_h, top, axis_l, axis_r, text_x = 960, 30, 30, 100, 360, 376
    height = top + row_h * len(rows) + 10
    parts = [f'<line x1="{axis_l}" x2="{axis_r}" y1="{top - 8}" y2="{top - 8}" '
             'stroke="#8a939c"/>',
             f'<text class="muted" x="{axis_l}" y="{top - 14}">{_e(first.isoformat())}</text>',
             f'<text class="muted" x="{axis_r}" y="{top - 14}" text-anchor="end">'
             f'{_e(last.isoformat())}</text>']
    for i, r in enumerate(rows):
        y = top + row_h * i + row_h / 2
        x = axis_l + (axis_r - axis_l) * (r["day"] - first).days / span
        held = r["status"] == "held"
        radius = 5 + 2 * math.sqrt(max(int(r["articles"]), 1))
        what = " · ".join(p for p in (
            (r.get("type") or "meeting").capitalize(), r.get("place") or "place not reported",
            _short_names(r.get("participants") or []) or "participants not reported") if p)
        articles = int(r["articles"])
        tail = f" — {articles} article{'s' if articles != 1 else ''}"
        when = r["date"].isoformat() if r.get("date") else f"reported {r['day'].isoformat()}"
        status = "held" if held else "planned"
        parts.append(
            f'<g class="meeting" data-key="{_e(r["event_key"])}" data-status="{status}">'
            f'<line x1="{axis_l}" x2="{axis_r}" y1="{y:.1f}" y2="{y:.1f}" stroke="#eef0f2"/>'
            f'<text x="0" y="{y + 4:.1f}">{_e(r["day"].isoformat())}</text>'
            f'<circle class="mark" cx="{x:.1f}" cy="{y:.1f}" r="{radius:.1f}" '
            f'fill="{MEETINGS_COLOUR if held else "#fff"}" stroke="{MEETINGS_COLOUR}" '
            f'stroke-width="2"><title>{_e(status)}, {_e(when)}</title></circle>'
            f'<text x="{text_x}" y="{y + 4:.1f}">{_e(_clip(what, 74))}'
            f'<tspan class="muted">{_e(tail)}{"" if held else " (planned)"}</tspan>'
            f'<title>{_e(what)}{_e(tail)}</title></text></g>')
    svg = _svg("chart-meetings", width, height, "Canada–Mexico ministerial meetings", parts)
    return svg + _legend([
        ("held", f"background:{MEETINGS_COLOUR}"),
        ("planned", f"background:#fff;border:2px solid {MEETINGS_COLOUR};"
                    "box-sizing:border-box")])


def officials_chart(rows: Sequence[dict[str, Any]]) -> str:
    """Horizontal bars: engagements and direct quotes per official over the period."""
    rows = [r for r in rows if int(r["meetings"]) + int(r["quotes"]) > 0]
    if not rows:
        return _empty("No activity by officials in this period.")
    width, row_h, top, label_w, right = 960, 26, 8, 300, 60
    plot_w = width - label_w - right
    height = top + row_h * len(rows) + 8
    peak = _nice_max(max(int(r["meetings"]) + int(r["quotes"]) for r in rows))
    parts = []
    for i, r in enumerate(rows):
        y = top + row_h * i
        country = COUNTRY_NAMES.get(r.get("country") or "", r.get("country") or "")
        label = r["name"] + (f" ({country})" if country else "")
        parts.append(f'<g class="official" data-name="{_e(r["name"])}">'
                     f'<text x="{label_w - 8}" y="{y + row_h / 2 + 4:.1f}" '
                     f'text-anchor="end">{_e(_clip(label, 44))}'
                     f'<title>{_e(label)}{": " + _e(r["title"]) if r.get("title") else ""}'
                     f'</title></text>')
        x = float(label_w)
        for kind, colour in (("meetings", MEETINGS_COLOUR), ("quotes", QUOTES_COLOUR)):
            count = int(r[kind])
            if not count:
                continue
            w = plot_w * count / peak
            parts.append(f'<rect class="mark bar" data-kind="{kind}" data-count="{count}" '
                         f'x="{x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" '
                         f'fill="{colour}"><title>{_e(r["name"])}: {count} '
                         f'{"engagement" if kind == "meetings" else "quote"}'
                         f'{"s" if count != 1 else ""}</title></rect>')
            x += w
        total = int(r["meetings"]) + int(r["quotes"])
        parts.append(f'<text class="muted" x="{x + 6:.1f}" y="{y + row_h / 2 + 4:.1f}">'
                     f'{total}</text></g>')
    svg = _svg("chart-officials", width, height,
               "Most active officials: engagements and quotes", parts)
    return svg + _legend([("engagements taken part in", f"background:{MEETINGS_COLOUR}"),
                          ("direct quotes", f"background:{QUOTES_COLOUR}")])


# --------------------------------------------------------------------------- page

def _totals(t: dict[str, Any]) -> str:
    items = [
        (t.get("articles", 0), "articles"),
        (t.get("relevant_articles", 0), "about Canada–Mexico relations"),
        (t.get("meetings_held", 0), "ministerial meetings held"),
        (t.get("meetings_planned", 0), "announced, not yet held"),
        (t.get("sources", 0), "sources"),
        (len(t.get("languages") or []), "languages: " + (", ".join(t.get("languages") or [])
                                                       or "none")),
    ]
    return '<ul class="totals">' + "".join(
        f"<li><b>{_e(v)}</b><span>{_e(label)}</span></li>" for v, label in items) + "</ul>"


def _section(title: str, note: str, body: str, section_id: str) -> str:
    return (f'<section id="{section_id}"><h2>{_e(title)}</h2>'
            f'<p class="note">{_e(note)}</p>{body}</section>')


def render_report(data: ReportData, *, generated_at: datetime,
                  title: str = "Canada–Mexico relations in the news") -> str:
    """The whole report as one HTML document (a str), from plain query results."""
    t = data.totals
    first, last = t.get("first_day"), t.get("last_day")
    if first and last:
        period = f"{first.isoformat()} to {last.isoformat()}"
    else:
        period = "no articles yet"
    if data.since:
        period += f" (since {data.since.isoformat()})"
    sections = [
        _section("Coverage over time, by topic",
                 "Articles about Canada–Mexico relations per week; an article on several "
                 "topics counts under each.", coverage_chart(data.coverage), "coverage"),
        _section("Ministerial meetings",
                 "Meetings, visits, calls and summits of Canadian and Mexican ministers or "
                 "leaders, one row per real-world event however many articles reported it.",
                 meetings_chart(data.meetings), "meetings"),
        _section("Most active officials",
                 "Engagements each official took part in and direct quotes they gave, "
                 "over the period.", officials_chart(data.officials), "officials"),
        _section("Tone over time",
                 "Average tone of the week's relevant articles toward the relationship: "
                 "-1 hostile, +1 warm, |tone| < 0.05 neutral.", tone_chart(data.tone),
                 "tone"),
    ]
    stamp = generated_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_CSS}</style></head>"
        f"<body><header><h1>{_e(title)}</h1><p>{_e(period)} · generated {_e(stamp)}</p>"
        f"</header><main>{_totals(t)}{''.join(sections)}</main>"
        "<footer>canmex report · self-contained page: no network needed to read it"
        f"</footer><script>{_SCRIPT}</script></body></html>\n")


def write_report(db: str | Path, out: str | Path, *, since: date | None = None,
                 busy_timeout: float = 10.0, now: datetime | None = None) -> ReportData:
    """Query the warehouse at ``db`` and write the report to ``out``; return its data."""
    ensure_current(db, busy_timeout=busy_timeout)
    with open_warehouse(db, read_only=True, busy_timeout=busy_timeout) as con:
        data = report_data(con, since)
    page = render_report(data, generated_at=now or datetime.now(UTC))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.tmp")
    tmp.write_text(page, encoding="utf-8")
    os.replace(tmp, out)
    return data
