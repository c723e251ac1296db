"""URL canonicalisation, so that one article reached by several links is stored once.

``canonical_url`` is idempotent (canonical twice == canonical once): lower-case scheme
and host, no default port, no fragment, no tracking parameters (``utm_*``, ``fbclid``,
``gclid``...), remaining query parameters sorted, empty path normalised to ``/``.
"""
from __future__ import annotations

from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "mc_cid", "mc_eid",
    "igshid", "_ga", "_gl", "ref_src", "cmpid", "ncid", "sr_share", "mkt_tok", "oly_enc_id",
    "oly_anon_id", "vero_id", "spm", "__twitter_impression",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}

# Characters left as they are in a path / a query value; everything else is
# percent-encoded after decoding, so that encoding differences vanish.
_PATH_SAFE = "/:@!$&'()*+,;=-._~"


def is_tracking_param(name: str) -> bool:
    lowered = name.lower()
    return lowered in TRACKING_PARAMS or lowered.startswith(TRACKING_PREFIXES)


def _norm_path(path: str) -> str:
    return quote(unquote(path), safe=_PATH_SAFE) or "/"


def canonical_url(url: str) -> str:
    """The canonical form of an absolute URL (see the module docstring).

    Non-URL input (no scheme or no host) is returned stripped but otherwise unchanged.
    """
    url = url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if not scheme or not parts.netloc:
        return url
    host = (parts.hostname or "").rstrip(".")
    if ":" in host:                       # IPv6 literal
        host = f"[{host}]"
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host
    if parts.username or parts.password:
        userinfo = parts.username or ""
        if parts.password:
            userinfo += f":{parts.password}"
        netloc = f"{userinfo}@{host}"
    if port is not None and DEFAULT_PORTS.get(scheme) != port:
        netloc += f":{port}"
    # A stray "?" inside the query separates parameters as "&" does ("?a=1?utm_source=x").
    # Spaces around names and values are noise, and so is a nameless parameter.
    query = [(k.strip(), v.strip())
             for k, v in parse_qsl(parts.query.replace("?", "&"), keep_blank_values=True)
             if k.strip() and not is_tracking_param(k.strip())]
    query.sort()
    return urlunsplit((scheme, netloc, _norm_path(parts.path),
                       urlencode(query, quote_via=quote, safe=_PATH_SAFE.replace("&", "")
                                 .replace("=", "").replace("+", "")), ""))
