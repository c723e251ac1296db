"""Full text and metadata out of an HTML page, with trafilatura (bytes in).

``extract_document`` never returns ``None``: a page with no extractable text gives
``Document(text="", reason="no extractable text")``. A short page that is a paywall or a
cookie-consent notice rather than the article is detected by its wording (English,
Spanish, French) and gives an empty text too, with ``reason`` saying which, so that the
notice is never stored as the article's text.

The page is parsed once. trafilatura's main extractor runs first (its fast mode); its full
cascade, which also runs readability and jusText and keeps their text when it looks
better, runs only when that could change the result (``fallback_cannot_change``). On a
typical news page it cannot, and the text is the same at about half the cost.

Of the metadata, canmex reads only the title, author, date and site name (the language
comes from the page's ``lang`` attribute: trafilatura sets none here). ``page_metadata``
computes those four as trafilatura's ``extract_metadata`` does, with its helpers in its
order, and leaves out what canmex never reads and that function spends about three
quarters of its time on: categories, tags and licence. The main extractor then runs
without metadata: in ``bare_extraction`` the metadata changes nothing else here (no
filter uses it, its helpers only read the tree, and the URL it finds serves only to
resolve links, which are not kept). When this path fails, the page takes the old one:
the full cascade's text and trafilatura's own ``extract_metadata``.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from dataclasses import dataclass
from typing import cast

import trafilatura
from trafilatura.metadata import extract_metadata
from trafilatura.settings import Document as TrafilaturaDocument

try:  # the steps of ``extract_metadata`` that ``page_metadata`` repeats
    from trafilatura.metadata import (
        META_URL,
        examine_meta,
        extract_author,
        extract_meta_json,
        extract_sitename,
        extract_title,
        extract_url,
        find_date,  # htmldate's, as trafilatura calls it (not a direct dependency)
    )
    from trafilatura.settings import DEFAULT_CONFIG, set_date_params
except ImportError:  # a trafilatura without one of them: its extract_metadata, as before
    OWN_METADATA = False
else:
    OWN_METADATA = True

log = logging.getLogger(__name__)

NO_TEXT = "no extractable text"
PAYWALL = "a paywall page, not the article"
CONSENT = "a cookie-consent page, not the article"
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# ``fallback_cannot_change``: below this many characters, the full cascade always runs.
_FALLBACK_CHARS = 1000
# Elements in the main text that make trafilatura consult jusText (its SANITIZED_XPATH).
_UNCLEAN = (".//aside|.//audio|.//button|.//fencedframe|.//fieldset|.//figure|.//footer"
            "|.//iframe|.//input|.//label|.//link|.//nav|.//noindex|.//noscript|.//object"
            "|.//option|.//select|.//source|.//svg|.//time")
_NO_TEXT_TAGS = frozenset({"script", "style", "fencedframe"})
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
    found, meta = _fast_extraction(tree, url)
    if found is not None and fallback_cannot_change(found.body, found.text or "", tree):
        text = unicodedata.normalize("NFC", found.text or "")
    else:
        text = trafilatura.extract(tree, url=url, output_format="txt", with_metadata=False,
                                   include_comments=False, include_tables=False,
                                   favor_precision=True, deduplicate=False) or ""
    text = _normalise_text(text)
    notice = notice_kind(text)
    if notice:
        log.info("%s: %s", url, notice)
        text = ""
    if found is None:
        meta = _metadata(html, url)
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


def _fast_extraction(tree: object, url: str | None
                     ) -> tuple[TrafilaturaDocument | None, TrafilaturaDocument | None]:
    """The main extractor's result alone (trafilatura's fast mode) and the page's
    metadata; ``(None, None)`` when either fails or the main extractor finds no text.

    The metadata comes first, as inside ``bare_extraction``: when it fails, the main
    extractor's text is not used either (the full cascade's is).
    """
    try:
        meta = page_metadata(tree, url) if OWN_METADATA else None
        found = cast("TrafilaturaDocument | None", trafilatura.bare_extraction(
            tree, url=url, fast=True, with_metadata=meta is None, include_comments=False,
            include_tables=False, favor_precision=True, deduplicate=False))
    except Exception as exc:  # noqa: BLE001 - e.g. its metadata code failing on odd markup
        log.debug("fast extraction failed for %s: %s", url, exc)
        return None, None
    if found is None:
        return None, None
    return found, (meta if meta is not None else found)


def page_metadata(tree: object, url: str | None = None) -> TrafilaturaDocument:
    """Title, author, date and site name of the page (``tree``, not modified) as
    trafilatura's ``extract_metadata(tree, url, ...)`` finds them when ``bare_extraction``
    calls it, without its categories, tags, licence and host name.

    Step by step the same as ``extract_metadata``, with the same helpers and date
    settings (the author blacklist is empty); the steps left out come after these and
    read only the tree, so they cannot change these fields. Raises what they raise.
    """
    meta = examine_meta(tree)
    if meta.author and " " not in meta.author:
        meta.author = None
    try:
        meta = extract_meta_json(tree, meta)
    except Exception as exc:  # noqa: BLE001 - trafilatura, too, goes on without JSON-LD
        log.debug("JSON-LD metadata failed for %s: %s", url, exc)
    if not meta.title:
        meta.title = extract_title(tree)
    if not meta.author:
        meta.author = extract_author(tree)
    if not meta.url:
        meta.url = extract_url(tree, url)
    # bare_extraction's date settings: those of its default configuration.
    dates = set_date_params(DEFAULT_CONFIG.getboolean("DEFAULT", "EXTENSIVE_DATE_SEARCH"))
    meta.date = find_date(tree, **{**dates, "url": meta.url})
    meta.sitename = _site_name(meta.sitename or extract_sitename(tree), meta.url)
    meta.clean_and_trim()
    return meta


def _site_name(name: str | None, url: str | None) -> str | None:
    """``extract_metadata``'s post-processing of the site name."""
    if name:
        name = name.lstrip("@")        # a Twitter handle
        if name and "." not in name and not name[0].isupper():
            name = name.title()
        return name
    if url and (match := META_URL.match(url)):
        return str(match[1])
    return name


def _metadata(html: bytes, url: str | None) -> TrafilaturaDocument | None:
    try:
        return extract_metadata(trafilatura.load_html(html), default_url=url, extensive=True)
    except Exception as exc:  # noqa: BLE001 - metadata is best-effort, text matters more
        log.debug("metadata extraction failed for %s: %s", url, exc)
        return None


def fallback_cannot_change(body: object, text: str, tree: object) -> bool:
    """True when trafilatura's comparison with readability and jusText cannot change
    ``text``, the main extractor's result (``body`` its tree; ``tree`` the page's).

    The comparison (what ``fast=False`` adds, about half of trafilatura's time) takes
    readability's text only when the main one is empty, has no paragraph text, is mostly
    tables, or is less than half as long as readability's; and jusText's only when the
    main one is short or still holds page furniture (``_UNCLEAN``). Readability's text is
    taken from the page, so it is never longer than all of the page's text outside
    scripts and styles: when that is at most twice the main text, readability cannot
    win. A short text (``_FALLBACK_CHARS``) always takes the full cascade: fast mode runs
    the main extractor's own recovery of short texts differently.
    """
    if len(text) < _FALLBACK_CHARS:
        return False
    if not body.xpath(".//p//text()"):  # type: ignore[attr-defined]
        return False
    if len(body.findall(".//table")) > len(body.findall(".//p")):  # type: ignore[attr-defined]
        return False
    if body.xpath(_UNCLEAN):  # type: ignore[attr-defined]
        return False
    return page_text_bound(tree) <= 2 * len(text)


def page_text_bound(tree: object) -> int:
    """An upper bound on the length of any text taken from ``tree`` with whitespace
    collapsed: every text node outside scripts and styles, trimmed, plus one space."""
    total = 0
    for element in tree.iter():  # type: ignore[attr-defined]
        parts = [element.tail]
        if isinstance(element.tag, str) and element.tag not in _NO_TEXT_TAGS:
            parts.append(element.text)
        for part in parts:
            if part:
                total += len(" ".join(part.split())) + 1
    return total
