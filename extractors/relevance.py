"""Is an article about Canada–Mexico relations? How strongly?

Both countries must be present, and something must tie them together as governments or
economies: a Canada–Mexico engagement, officials of both governments, or sentences that
name both countries together with a word of relationship ("bilateral", "trade between",
"relación", "partenariat"). Two countries that merely meet on a football pitch or a
beach, or that are listed side by side as targets of U.S. tariffs, are not a relationship.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache

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
_SPORT_WORDS = {
    "en": ["match", "goals?", "striker", "midfielder", "goalkeeper", "soccer", "football",
           "tournament", "kick-off", "stadium", "hockey", "playoffs?", "scored", "coach", "squad"],
    "es": ["partido", "gol", "goles", "seleccion", "delantero", "portero", "marcador", "torneo",
           "estadio", "futbol", "anoto", "entrenador", "aficion"],
    "fr": ["match", "buts?", "gardien", "attaquant", "tournoi", "stade", "soccer", "football",
           "hockey", "a marque", "entraineur", "selectionneur"],
}
_SPORT = {lang: re.compile(word_alternation(words, after=r"\b"))
          for lang, words in _SPORT_WORDS.items()}
_PLAIN = re.compile(r"[^\W_][\w -]*")
_POLICY_TOPICS = {"trade", "usmca", "investment", "energy", "critical_minerals",
                  "security_defense", "migration_mobility", "agriculture",
                  "aerospace_manufacturing", "climate_environment", "digital", "health",
                  "human_rights", "education_culture"}


def _relation_sentences(doc: Doc, country_spans: list[tuple[int, int, str]]) -> int:
    """Sentences naming both countries with a word of relationship between them."""
    sentences = doc.sentences
    paired = _pair_sentences(doc)
    both = {k for k, codes in _countries_by_sentence(doc, country_spans).items()
            if {"CA", "MX"} <= codes}
    if both and any(code == "US" for _s, _e, code in country_spans):
        both -= _three_listed(doc, country_spans)
    related = {k for k in both - paired if _RELATION.search(doc.folded_span(sentences[k]))}
    return len(paired) + len(related)


def _three_listed(doc: Doc, country_spans: list[tuple[int, int, str]]) -> set[int]:
    """The sentences (by index) that name Canada, Mexico and the United States within a
    few words, as a list of the three ("el tratado comercial entre Estados Unidos, México y
    Canadá"): a relationship of the three, not of Canada and Mexico."""
    starts = [sent.start for sent in doc.sentences]
    out: set[int] = set()
    for i, (start, _end, _code) in enumerate(country_spans[:-2]):
        if {c for s, _e, c in country_spans[i:i + 3] if s - start <= 45} \
                == {"CA", "MX", "US"}:
            out.add(bisect_right(starts, start) - 1)
    return out


def _countries_by_sentence(doc: Doc, country_spans: list[tuple[int, int, str]]
                           ) -> dict[int, set[str]]:
    """The countries each sentence names (by index), from where their mentions start:
    the sentences are in order and apart, so the one that can hold a mention is the last
    one starting at or before it."""
    starts = [sent.start for sent in doc.sentences]
    named: dict[int, set[str]] = {}
    for start, _, code in country_spans:
        k = bisect_right(starts, start) - 1
        if k >= 0 and start < doc.sentences[k].end:
            named.setdefault(k, set()).add(code)
    return named


def _pair_sentences(doc: Doc) -> set[int]:
    """The sentences (by index) holding a "Canada-Mexico" pair. A pair holds a dash: when
    the sentences' folded texts are pieces of the folded text, only the sentences where
    it has a dash are searched."""
    sentences = doc.sentences
    candidates: Iterable[int] = range(len(sentences))
    if len(doc.folded) == len(doc.text):        # as ``Doc.folded_span`` reads them
        starts = [sent.start for sent in sentences]
        candidates = {bisect_right(starts, at) - 1 for dash in "-–"
                      for at in _positions(doc.folded, dash)}
    return {k for k in candidates
            if k >= 0 and _PAIR.search(doc.folded_span(sentences[k]))}


def _positions(text: str, char: str) -> Iterator[int]:
    """Where ``char`` stands in ``text``: found by ``str.find``, which skips to it much
    faster than the regex engine scans for a class of characters."""
    at = text.find(char)
    while at >= 0:
        yield at
        at = text.find(char, at + 1)


def _sport_words(doc: Doc) -> int:
    """How many sports words the folded text holds (``len(findall)`` of its language's
    pattern). A match opens with the plain beginning of one of the words ("goal" of
    "goals?"): the pattern is tried only where ``str.find`` finds one, left to right and
    past each match, as ``findall`` would, rather than at every letter one can open with."""
    language = doc.language if doc.language in _SPORT else "en"
    pattern, folded = _SPORT[language], doc.folded
    count = free = 0                    # free: where the last match ended
    for at in sorted({at for start in _sport_starts(language)
                      for at in _positions(folded, start)}):
        if at >= free and (m := pattern.match(folded, at)):
            count += 1
            free = m.end()
    return count


@lru_cache(maxsize=4)           # one entry per language
def _sport_starts(language: str) -> frozenset[str]:
    return frozenset(_literal_start(word) for word in _SPORT_WORDS[language])


def _literal_start(fragment: str) -> str:
    """The plain text every match of a pattern fragment opens with: its letters, spaces
    and hyphens up to the first special character, less one a quantifier may drop."""
    plain = _PLAIN.match(fragment)
    literal = plain.group() if plain else ""
    if fragment[len(literal):len(literal) + 1] in ("?", "*", "{"):
        literal = literal[:-1]
    if not literal:
        raise ValueError(f"{fragment!r} does not open with plain text")
    return literal


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
    # (or people of both, one of a cabinet: a Mexican secretary who meets a province's
    # minister; not two mayors)
    cam_event = any({"CA", "MX"} <= set(e.countries)
                    and e.level in ("leaders", "ministerial", "officials")
                    or {"CA", "MX"} <= {p.country for p in e.participants}
                    and e.level in ("leaders", "ministerial") for e in events)
    both_governments = {"CA", "MX"} <= government_countries and governments_together
    # Sentences of relationship count only where both countries are present.
    related = _relation_sentences(doc, country_spans) if ca and mx else 0
    policy = sum(1 for t in topics if t.topic in _POLICY_TOPICS)
    words = max(doc.word_count if words is None else words, 1)
    score = 0.0
    if ca and mx:
        score += 0.2
        score += 0.35 if cam_event else 0.0
        score += 0.2 if both_governments else 0.0
        score += min(0.2, 0.05 * related)
        score += min(0.1, 0.03 * policy)
        score += min(0.1, 0.02 * min(ca, mx))
        sport = _sport_words(doc)
        if sport * 200 > words:            # more than one sports word per 200 words
            score -= 0.3
        if us > ca + mx:                   # a U.S. story that mentions both neighbours
            score -= 0.2
        if not cam_event and min(ca, mx) * 5 < max(ca, mx) * 2:
            # one of the two in passing (named less than two fifths as often as the other)
            # and no engagement of theirs: a U.S.–Mexico dispute that mentions Canada
            score -= 0.25
    score = max(0.0, min(1.0, score))
    # (not when a third party is the story, Mexico a comparison: "Canada–Mercosur talks
    # … Mexico, Canada's partner in CUSMA, …")
    others = sum(n for code, n in countries.items() if code not in ("CA", "MX", "US"))
    bilateral = related >= 1 and policy >= 4 and min(ca, mx) >= 2 and us <= ca + mx \
        and others <= mx
    relevant = bool(ca and mx) and (cam_event or both_governments or bilateral) \
        and score >= 0.4
    counts = {code: n for code, n in sorted(countries.items(), key=lambda kv: -kv[1]) if n}
    return Relevance(relevant=relevant, score=round(score, 3), countries=counts)
