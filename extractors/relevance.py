"""Is an article about Canada–Mexico relations? How strongly?

Both countries must be present, and something must tie them together as governments or
economies: a Canada–Mexico engagement, officials of both governments, or sentences that
name both countries together with a word of relationship ("bilateral", "trade between",
"relación", "partenariat"). Two countries that merely meet on a football pitch or a
beach, or that are listed side by side as targets of U.S. tariffs, are not a relationship.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from operator import itemgetter

from extractors.model import Event, Relevance, Topic
from extractors.text import Doc, word_alternation

_RELATION = re.compile(word_alternation(
    [r"bilateral\w*", "relationship", "relations?", "ties", "partners?(?:hip)?", "cooperation",
     "co-operation", "between", "dialogue", "counterparts?", "allies", "friendship",
     "relacion(?:es)?", "lazos", "socios?", "alianza", "cooperacion", "entre", "dialogo",
     r"homolog\w+", "amistad", "liens", "partenaires?", "partenariat", "cooperation", "entre",
     "homologues?", "amitie"], after=r"\b"))
_COUNTRY_WORDS = ("canada", "mexico", "mexique", "canadian", "mexican", "canadiense", "mexicana",
                  "mexicano", r"canadien\w*", r"mexicain\w*")
_PAIR = re.compile(word_alternation(_COUNTRY_WORDS,
                                    after="[-–](?:" + "|".join(_COUNTRY_WORDS) + r")\b"))
_SPORT = {
    "en": re.compile(word_alternation(
        ["match", "goals?", "striker", "midfielder", "goalkeeper", "soccer", "football",
         "tournament", "kick-off", "stadium", "hockey", "playoffs?", "scored", "coach", "squad"],
        after=r"\b")),
    "es": re.compile(word_alternation(
        ["partido", "gol", "goles", "seleccion", "delantero", "portero", "marcador", "torneo",
         "estadio", "futbol", "anoto", "entrenador", "aficion"], after=r"\b")),
    "fr": re.compile(word_alternation(
        ["match", "buts?", "gardien", "attaquant", "tournoi", "stade", "soccer", "football",
         "hockey", "a marque", "entraineur", "selectionneur"], after=r"\b")),
}
_POLICY_TOPICS = {"trade", "usmca", "investment", "energy", "critical_minerals",
                  "security_defense", "migration_mobility", "agriculture",
                  "aerospace_manufacturing", "climate_environment", "digital", "health",
                  "human_rights", "education_culture"}


_START = itemgetter(0)


def _relation_sentences(doc: Doc, country_spans: list[tuple[int, int, str]]) -> int:
    """Sentences naming both countries with a word of relationship between them."""
    spans = sorted(country_spans, key=_START)
    count = 0
    for sent in doc.sentences:
        inside = spans[bisect_left(spans, sent.start, key=_START):
                       bisect_left(spans, sent.end, key=_START)]
        codes = {c for s, e, c in inside}
        folded = doc.folded_span(sent)
        if ({"CA", "MX"} <= codes and _RELATION.search(folded)) or _PAIR.search(folded):
            count += 1
    return count


def assess_relevance(doc: Doc, countries: Counter, country_spans: list[tuple[int, int, str]],
                     events: tuple[Event, ...], government_countries: set[str],
                     topics: tuple[Topic, ...], words: int | None = None,
                     governments_together: bool = True) -> Relevance:
    """``words``: ``doc.word_count``, when the caller has it already.
    ``governments_together``: whether officials of both governments are named in one
    paragraph (two governments named apart, each about a third partner, are no tie)."""
    # A country is present through its mentions, and through the officials and
    # engagements of its government ("la présidente Sheinbaum" is Mexico).
    present = Counter(countries)
    for e in events:
        present.update(e.countries)
    present.update(government_countries)
    ca, mx, us = present.get("CA", 0), present.get("MX", 0), present.get("US", 0)
    folded = doc.folded
    cam_event = any({"CA", "MX"} <= set(e.countries)
                    and e.level in ("leaders", "ministerial", "officials") for e in events)
    both_governments = {"CA", "MX"} <= government_countries and governments_together
    related = _relation_sentences(doc, country_spans)
    policy = sum(1 for t in topics if t.topic in _POLICY_TOPICS)
    sport = len(_SPORT.get(doc.language, _SPORT["en"]).findall(folded))
    words = max(doc.word_count if words is None else words, 1)
    score = 0.0
    if ca and mx:
        score += 0.2
        score += 0.35 if cam_event else 0.0
        score += 0.2 if both_governments else 0.0
        score += min(0.2, 0.05 * related)
        score += min(0.1, 0.03 * policy)
        score += min(0.1, 0.02 * min(ca, mx))
        if sport * 200 > words:            # more than one sports word per 200 words
            score -= 0.3
        if us > ca + mx:                   # a U.S. story that mentions both neighbours
            score -= 0.2
    score = max(0.0, min(1.0, score))
    bilateral = related >= 1 and policy >= 2 and min(ca, mx) >= 2 and us <= ca + mx
    relevant = bool(ca and mx) and (cam_event or both_governments or bilateral) \
        and score >= 0.4
    counts = {code: n for code, n in sorted(countries.items(), key=lambda kv: -kv[1]) if n}
    return Relevance(relevant=relevant, score=round(score, 3), countries=counts)
