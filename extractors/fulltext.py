"""Full text and metadata out of an HTML page, with trafilatura (bytes in).

``extract_document`` never returns ``None``: a page with no extractable text gives
``Document(text="", reason="no extractable text")``.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura
from trafilatura.metadata import extract_metadata

log = logging.getLogger(__name__)

NO_TEXT = "no extractable text"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Document:
    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None        # YYYY-MM-DD
    site_name: str | None = None
    language: str | None = None
    reason: str | None = None      # why ``text`` is empty, else None

    @property
    def empty(self) -> bool:
        return not self.text


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _html_lang(tree: object) -> str | None:
    try:
        lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")  # type: ignore[attr-defined]
    except AttributeError:
        return None
    if not lang:
        return None
    return str(lang).strip().split("-")[0].split("_")[0].lower() or None


def _normalise_text(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def extract_document(html: bytes, *, url: str | None = None) -> Document:
    """Main text (paragraphs separated by newlines) and metadata of one page."""
    if not html or not html.strip():
        return Document(text="", reason="empty page")
    tree = trafilatura.load_html(html)
    if tree is None:
        return Document(text="", reason="not an HTML document")
    text = trafilatura.extract(tree, url=url, output_format="txt", include_comments=False,
                               include_tables=False, favor_precision=True,
                               with_metadata=False, deduplicate=False) or ""
    text = _normalise_text(text)
    try:
        meta = extract_metadata(trafilatura.load_html(html), default_url=url,
                                extensive=True)
    except Exception as exc:  # noqa: BLE001 - metadata is best-effort, text matters more
        log.debug("metadata extraction failed for %s: %s", url, exc)
        meta = None
    date = _clean(getattr(meta, "date", None))
    if date and not _DATE.match(date):
        date = date[:10] if _DATE.match(date[:10]) else None
    language = _html_lang(tree) or _clean(getattr(meta, "language", None))
    return Document(text=text,
                    title=_clean(getattr(meta, "title", None)),
                    author=_clean(getattr(meta, "author", None)),
                    date=date,
                    site_name=_clean(getattr(meta, "sitename", None)),
                    language=language,
                    reason=None if text else NO_TEXT)
