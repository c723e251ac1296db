"""Is an article about Canada–Mexico relations? How strongly?

Both countries must be present, and something must tie them together as governments or
economies: a Canada–Mexico engagement, officials of both governments, or the bilateral
relationship named outright ("Canada-Mexico", "entre México y Canadá", "relations
bilatérales") alongside policy topics. Two countries that merely meet on a football
pitch or a beach are not a relationship.
"""
from __future__ import annotations

import re
from collections import Counter

from extractors.model import Event, Relevance, Topic
from extractors.text import Doc, fold

_BILATERAL = re.compile(
    r"\b(?:canada[- –]mexico|mexico[- –]canada|canada[- –]mexique|mexique[- –]canada|"
    r"mexico[- –]canada|canada y mexico|mexico y canada|canada et (?:le )?mexique|"
    r"(?:le )?mexique et (?:le )?canada|canada and mexico|mexico and canada|"
    r"canadian[- ]mexican|mexican[- ]canadian|"
    r"between (?:the )?(?:two|both) (?:countries|nations)|bilateral|bilaterales?|"
    r"bilaterale?s?|entre (?:los )?dos paises|entre les deux pays|"
    r"deux pays|ambos paises|both countries|both nations|our two countries)\b")
_SPORT = {
    "en": re.compile(r"\b(?:match|goals?|striker|midfielder|goalkeeper|soccer|football|"
                     r"tournament|kick-off|stadium|hockey|playoffs?|scored|coach|squad)\b"),
    "es": re.compile(r"\b(?:partido|gol|goles|seleccion|delantero|portero|marcador|"
                     r"torneo|estadio|futbol|anoto|entrenador|aficion)\b"),
    "fr": re.compile(r"\b(?:match|buts?|gardien|attaquant|tournoi|stade|soccer|football|"
                     r"hockey|a marque|entraineur|selectionneur)\b"),
}
_POLICY_TOPICS = {"trade", "usmca", "investment", "energy", "critical_minerals",
                  "security_defense", "migration_mobility", "agriculture",
                  "aerospace_manufacturing", "climate_environment", "digital", "health",
                  "human_rights", "education_culture"}


def assess_relevance(doc: Doc, countries: Counter, events: tuple[Event, ...],
                     government_countries: set[str], topics: tuple[Topic, ...]) -> Relevance:
    ca, mx = countries.get("CA", 0), countries.get("MX", 0)
    folded = fold(doc.text)
    cam_event = any({"CA", "MX"} <= set(e.countries) and e.level in ("leaders", "ministerial",
                                                                       "officials")
                    for e in events)
    both_governments = {"CA", "MX"} <= government_countries
    bilateral = len(_BILATERAL.findall(folded))
    policy = sum(1 for t in topics if t.topic in _POLICY_TOPICS)
    sport = len(_SPORT.get(doc.language, _SPORT["en"]).findall(folded))
    words = max(doc.word_count, 1)
    score = 0.0
    if ca and mx:
        score += 0.2
        score += 0.35 if cam_event else 0.0
        score += 0.2 if both_governments else 0.0
        score += min(0.15, 0.05 * bilateral)
        score += min(0.1, 0.03 * policy)
        score += min(0.1, 0.02 * min(ca, mx))
        if sport * 200 > words:            # more than one sports word per 200 words
            score -= 0.3
    score = max(0.0, min(1.0, score))
    relevant = bool(ca and mx) and (cam_event or both_governments
                                    or (bilateral >= 1 and policy >= 2)) and score >= 0.4
    counts = {code: n for code, n in sorted(countries.items(), key=lambda kv: -kv[1]) if n}
    return Relevance(relevant=relevant, score=round(score, 3), countries=counts)
