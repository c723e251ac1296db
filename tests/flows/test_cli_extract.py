"""``canmex extract PATH``: .txt, .html and standard input, option overrides, one-line
errors, and the contract's JSON on standard output; once as a real process."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from flows.cli import main

REPO = Path(__file__).resolve().parents[2]

TOP_LEVEL = {"schema", "article", "relevance", "people", "organizations", "places", "topics",
             "figures", "quotes", "events", "tone"}

ARTICLE_TXT = (
    "Canadian Trade Minister Elaine Whitford met Mexican Economy Secretary Hugo Santander in "
    "Ottawa today to discuss trade and critical minerals.\n"
    "Whitford said the talks with Santander were useful, and the two ministers agreed to "
    "establish working groups on supply chains.\n")

ARTICLE_HTML = """<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Ministras de Canadá y México se reúnen en Ottawa</title>
<meta property="og:site_name" content="Diario de Prueba">
<meta property="article:published_time" content="2025-09-18T10:00:00-04:00">
</head>
<body>
<nav><a href="/">Inicio</a> | <a href="/mundo">Mundo</a></nav>
<article>
<h1>Ministras de Canadá y México se reúnen en Ottawa</h1>
<p>La ministra canadiense de Comercio, Elaine Whitford, se reunió hoy en Ottawa con el
secretario de Economía de México, Hugo Santander, para hablar de comercio e inversión entre
los dos países.</p>
<p>Ambos funcionarios acordaron crear grupos de trabajo sobre cadenas de suministro y
minerales críticos, y Whitford dijo que la relación entre Canadá y México nunca había sido
tan sólida.</p>
<p>Santander señaló que la próxima reunión se celebrará en Monterrey a finales de año, cuando
ambos gobiernos revisen los avances del plan de acción bilateral.</p>
</article>
<footer>© Diario de Prueba</footer>
</body>
</html>
"""


@pytest.fixture
def txt_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE_TXT, encoding="utf-8")
    return path


@pytest.fixture
def html_file(tmp_path: Path) -> Path:
    path = tmp_path / "article.html"
    path.write_text(ARTICLE_HTML, encoding="utf-8")
    return path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(["extract", *argv])
    out, err = capsys.readouterr()
    return status, out, err


def run_json(capsys, *argv: str) -> dict:
    status, out, err = run(capsys, *argv)
    assert (status, err) == (0, "")
    return json.loads(out)


# -- .txt ----------------------------------------------------------------------------

def test_txt_file_prints_the_contract_document(capsys, txt_file):
    doc = run_json(capsys, str(txt_file), "--published", "2025-09-18")
    assert set(doc) == TOP_LEVEL
    assert doc["schema"] == "canmex.extraction/1"


def test_txt_file_is_extracted_as_the_article_body(capsys, txt_file):
    doc = run_json(capsys, str(txt_file), "--published", "2025-09-18")
    assert {p["name"] for p in doc["people"]} == {"Elaine Whitford", "Hugo Santander"}
    assert [(e["type"], e["countries"], e["date"]) for e in doc["events"]] == [
        ("meeting", ["CA", "MX"], "2025-09-18")]


def test_options_fill_the_article_block(capsys, txt_file):
    doc = run_json(capsys, str(txt_file), "--url", "https://news.example/a", "--title",
                   "Ministers meet", "--source", "Example News", "--published", "2025-09-18")
    assert {k: doc["article"][k] for k in ("url", "title", "source", "published")} == {
        "url": "https://news.example/a", "title": "Ministers meet",
        "source": "Example News", "published": "2025-09-18"}


def test_txt_without_published_has_no_dates_for_relative_words(capsys, txt_file):
    doc = run_json(capsys, str(txt_file))
    assert doc["article"]["published"] is None
    assert [(e["date"], e["date_text"]) for e in doc["events"]] == [(None, "today")]


def test_output_is_pretty_printed_with_non_ascii_kept(capsys, tmp_path):
    path = tmp_path / "es.txt"
    path.write_text("La ministra de Relaciones Exteriores de México, Beatriz Olmedo, llegó a "
                    "Ottawa.", encoding="utf-8")
    status, out, _ = run(capsys, str(path))
    assert status == 0
    assert "México" in out
    assert out.startswith("{\n  ")
    assert out.endswith("}\n")


# -- .html ---------------------------------------------------------------------------

def test_html_file_takes_text_and_metadata_from_the_page(capsys, html_file):
    doc = run_json(capsys, str(html_file))
    assert {k: doc["article"][k] for k in ("title", "source", "published", "language")} == {
        "title": "Ministras de Canadá y México se reúnen en Ottawa",
        "source": "Diario de Prueba", "published": "2025-09-18", "language": "es"}
    assert {p["name"] for p in doc["people"]} == {"Elaine Whitford", "Hugo Santander"}


def test_html_meeting_is_dated_from_the_page_date(capsys, html_file):
    held = run_json(capsys, str(html_file))["events"][0]
    assert (held["type"], held["level"], held["status"], held["countries"], held["place"],
            held["date"]) == ("meeting", "ministerial", "held", ["CA", "MX"], "Ottawa",
                              "2025-09-18")


def test_published_option_overrides_the_page_date(capsys, html_file):
    doc = run_json(capsys, str(html_file), "--published", "2025-10-02")
    assert doc["article"]["published"] == "2025-10-02"
    assert doc["events"][0]["date"] == "2025-10-02"       # "hoy" is the new day


def test_title_and_source_options_override_the_page(capsys, html_file):
    doc = run_json(capsys, str(html_file), "--title", "Otro título", "--source", "Otra fuente")
    assert (doc["article"]["title"], doc["article"]["source"]) == ("Otro título", "Otra fuente")


def test_html_page_without_text_is_an_error(capsys, tmp_path):
    path = tmp_path / "empty.html"
    path.write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    status, out, err = run(capsys, str(path))
    assert status != 0
    assert out == ""
    assert err.startswith("canmex: ") and err.count("\n") == 1


# -- standard input ----------------------------------------------------------------------

def test_dash_reads_the_article_from_standard_input(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(ARTICLE_TXT))
    doc = run_json(capsys, "-", "--published", "2025-09-18")
    assert {p["name"] for p in doc["people"]} == {"Elaine Whitford", "Hugo Santander"}
    assert doc["article"]["published"] == "2025-09-18"


def test_empty_standard_input_is_an_error(capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("  \n"))
    status, out, err = run(capsys, "-")
    assert status != 0
    assert out == ""
    assert err.startswith("canmex: ") and err.count("\n") == 1
    assert "empty" in err


# -- errors ---------------------------------------------------------------------------

def test_missing_file_is_a_one_line_error_and_non_zero_status(capsys, tmp_path):
    missing = tmp_path / "nowhere.txt"
    status, out, err = run(capsys, str(missing))
    assert status != 0
    assert out == ""
    assert err.count("\n") == 1
    assert err.startswith("canmex: ")
    assert "nowhere.txt" in err


def test_invalid_published_date_is_an_error(capsys, txt_file):
    status, out, err = run(capsys, str(txt_file), "--published", "2025-13-01")
    assert status != 0
    assert out == ""
    assert err.count("\n") == 1
    assert "2025-13-01" in err


def test_published_in_another_format_is_an_error(capsys, txt_file):
    status, _, err = run(capsys, str(txt_file), "--published", "18/09/2025")
    assert status != 0
    assert "18/09/2025" in err


def test_a_published_timestamp_is_read_as_its_day(capsys, txt_file):
    doc = run_json(capsys, str(txt_file), "--published", "2025-09-18T14:30:00-04:00")
    assert doc["article"]["published"] == "2025-09-18"
    assert [e["date"] for e in doc["events"]] == ["2025-09-18"]


def test_a_published_month_dates_what_gives_its_day_not_what_is_relative(capsys, tmp_path):
    # Some sources give only the month (a readout republished under /2023/11/): it gives
    # "November 16" its year, but "today" (the call they will hold again) stays
    # unresolved, and the contract's article.published, a day or null, is null.
    path = tmp_path / "a.txt"
    path.write_text("Prime Minister Justin Trudeau met President Andrés Manuel López Obrador "
                    "in San Francisco on November 16. They will speak again today.",
                    encoding="utf-8")
    doc = run_json(capsys, str(path), "--published", "2023-11")
    assert doc["article"]["published"] is None
    assert [(e["date"], e["date_text"]) for e in doc["events"]] == [
        ("2023-11-16", "November 16"), (None, "today")]


def test_text_that_is_not_utf8_is_an_error(capsys, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Reunión en México".encode("latin-1"))
    status, out, err = run(capsys, str(path))
    assert status != 0
    assert out == ""
    assert err.startswith("canmex: ") and err.count("\n") == 1


def test_missing_path_argument_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["extract"])
    assert exc.value.code != 0
    assert "PATH" in capsys.readouterr().err


# -- a real process -------------------------------------------------------------------------

def _command() -> list[str]:
    script = Path(sys.executable).with_name("canmex")
    return [str(script)] if script.exists() else [sys.executable, "-m", "flows.cli"]


def test_real_process_prints_json_and_exits_zero(txt_file):
    proc = subprocess.run([*_command(), "extract", str(txt_file), "--published", "2025-09-18"],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert set(doc) == TOP_LEVEL
    assert doc["schema"] == "canmex.extraction/1"
    assert doc["relevance"]["relevant"] is True


def test_real_process_reads_standard_input():
    proc = subprocess.run([*_command(), "extract", "-", "--published", "2025-09-18"],
                          input=ARTICLE_TXT, cwd=REPO, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert {p["name"] for p in json.loads(proc.stdout)["people"]} == {"Elaine Whitford",
                                                                     "Hugo Santander"}


def test_real_process_missing_file_fails_with_one_line(tmp_path):
    proc = subprocess.run([*_command(), "extract", str(tmp_path / "nowhere.txt")],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    assert proc.stdout == ""
    assert proc.stderr.startswith("canmex: ") and proc.stderr.count("\n") == 1
