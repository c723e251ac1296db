"""``canmex extract PATH``: print the extraction contract's JSON for one article."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from extractors.dates import read_published
from extractors.errors import ExtractionInputError
from extractors.fulltext import extract_document
from extractors.pipeline import extract_article
from flows.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "extract", help="print the structured extraction of one article as JSON",
        description="Run the extraction on one article and print the JSON document of "
                    "schema canmex.extraction/1. PATH is a .txt file (the article body), "
                    "an .html file (full text and metadata are taken out of it first), or "
                    "- for standard input (text).")
    p.add_argument("path", metavar="PATH", help=".txt, .html/.htm, or - for stdin")
    p.add_argument("--url", help="the article's URL")
    p.add_argument("--title", help="the article's title")
    p.add_argument("--source", help="the outlet or publisher")
    p.add_argument("--published", metavar="YYYY-MM-DD",
                   help="publication date; relative dates are resolved against it (a "
                        "timestamp is read as its day; YYYY-MM when only the month is "
                        "known gives dates written without a year theirs)")
    p.set_defaults(func=run)


def read_article(path: str) -> tuple[str, dict[str, str | None]]:
    """The article text and whatever metadata the file itself carries."""
    if path == "-":
        return sys.stdin.read(), {}
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ExtractionInputError(f"cannot read {path}: {exc.strerror or exc}") from None
    if file.suffix.lower() in (".html", ".htm", ".xhtml"):
        doc = extract_document(raw)
        if not doc.text:
            raise ExtractionInputError(f"{path}: {doc.reason or 'no extractable text'}")
        return doc.text, {"title": doc.title, "source": doc.site_name,
                          "published": doc.date, "language": doc.language}
    try:
        return raw.decode("utf-8"), {}
    except UnicodeDecodeError:
        raise ExtractionInputError(f"{path}: not UTF-8 text") from None


def _check_date(value: str | None) -> str | None:
    """``--published``: a day (also out of a timestamp), or a month when only that is
    known (``extractors.dates.read_published``)."""
    if value is None:
        return None
    published = read_published(value)
    if published is None:
        raise ExtractionInputError(f"--published {value!r} is not a date: give YYYY-MM-DD "
                                   "(or YYYY-MM when only the month is known)")
    return published


def run(args: argparse.Namespace, settings: Settings) -> int:
    text, meta = read_article(args.path)
    if not text.strip():
        raise ExtractionInputError(f"{args.path}: the article is empty")
    result = extract_article(
        text, url=args.url, title=args.title or meta.get("title"),
        source=args.source or meta.get("source"),
        published=_check_date(args.published) or meta.get("published"),
        language=meta.get("language") if meta.get("language") in ("en", "es", "fr") else None)
    json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
