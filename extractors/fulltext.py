"""Full text and metadata out of an HTML page, with trafilatura (bytes in).

``extract_document`` never returns ``None``: a page with no extractable text gives
``Document(text="", reason="no extractable text")``. A short page that is a paywall or a
cookie-consent notice rather than the article is detected by its wording (English,
Spanish, French) and gives an empty text too, with ``reason`` saying which, so that the
notice is never stored as the article's text.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

import trafilatura
from trafilatura.metadata import extract_metadata

log = logging.getLogger(__name__)

NO_TEXT = "no extractable text"
PAYWALL = "a paywall page, not the article"
CONSENT = "a cookie-consent page, not the article"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# A page is a notice when its text is short and at least two notice phrases occur in it.
_NOTICE_MAX_WORDS = 200
_NOTICE_MIN_HITS = 2
_PAYWALL_PHRASES = re.compile(
    r"subscribers? only|(subscribe|sign up|log in|sign in)( now| today)? to (continue|keep)"
    r" reading|already a subscriber|unlimited digital access|to continue reading"
    r"|réservé aux abonnés|abonnez-vous|déjà abonné|pour lire la suite"
    r"|exclusivo para (suscriptores|socios|miembros)|suscríbete|ya eres suscriptor"
    r"|para seguir leyendo", re.IGNORECASE)
_CONSENT_PHRASES = re.compile(
    r"we use cookies|use of cookies|cookie (settings|preferences|policy)|accept all"
    r"|reject all|manage (your )?preferences|utilizamos cookies|usamos cookies"
    r"|uso de cookies|configuración de cookies|aceptar todo|rechazar todo"
    r"|nous utilisons des cookies|utilisation des cookies|tout accepter|tout refuser"
    r"|gérer (mes|les) préférences", re.IGNORECASE)


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


def notice_kind(text: str) -> str | None:
    """``PAYWALL`` or ``CONSENT`` when ``text`` is such a notice rather than an article."""
    if not text or len(text.split()) > _NOTICE_MAX_WORDS:
        return None
    if len(_PAYWALL_PHRASES.findall(text)) >= _NOTICE_MIN_HITS:
        return PAYWALL
    if len(_CONSENT_PHRASES.findall(text)) >= _NOTICE_MIN_HITS:
        return CONSENT
    return None


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
    notice = notice_kind(text)
    if notice:
        log.info("%s: %s", url, notice)
        text = ""
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
                    reason=None if text else (notice or NO_TEXT))
