"""Tone toward the Canada–Mexico relationship: -1 hostile .. +1 warm.

Warm cues (cooperation, friendship, strengthen; cooperación, fortalecer; coopération,
renforcer...) and hostile ones (tensions, retaliation, condemn; represalias, disputa;
représailles, différend...) come from ``seeds/lexicons/tone.toml``. Per sentence:

- a cue within a few words after a negation counts for the other side ("not
  productive", "no hubo acuerdo", "pas de progrès"), a negated hostile cue at half weight;
- the sentence weighs most when it names both countries or the relationship itself,
  less when it names one of them, least otherwise; an article that does not name both
  countries weighs little as a whole, since its tone is not about this relationship.

The score is (warm - hostile) / (warm + hostile + DAMPING): it is 0 without cues, stays
small with one or two passing cues, and nears ±1 only when many cues agree.
"""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Hashable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from extractors.text import Doc
from extractors.topics import (
    IGNORE,
    LANGUAGES,
    LEXICON_DIR,
    Match,
    PhraseMatcher,
    Tokens,
    tokenize,
)

TONE_LEXICON = LEXICON_DIR / "tone.toml"
DAMPING = 3.0                  # evidence needed before the score moves far from 0
NEGATION_WINDOW = 3            # words allowed between a negation and the cue it turns
NEGATED_HOSTILE = 0.5          # "no tensions" is only mildly warm
SENTENCE_WEIGHTS = {"relationship": 1.0, "one_country": 0.6, "other": 0.3}
OFF_TOPIC_ARTICLE = 0.3        # weight of an article that does not name both countries
HEADLINE_WEIGHT = 4.0          # the headline says in short what the article makes of it

_CONTEXT = ("canada", "mexico", "relationship")
_SPECIAL = ("negation", IGNORE, *_CONTEXT)
_NOT = re.compile(r"[nN]['’][tT]\b")        # n't in any case, the engine skipping to n/N


@dataclass(frozen=True)
class ToneCue:
    term: str
    group: str               # a cue table ("warm", "hostile_mild") or a special table
    language: str
    value: float = 0.0       # polarity x weight for cue tables, 0 for special tables


def parse_tone_lexicon(text: str) -> tuple[ToneCue, ...]:
    """The entries of a tone lexicon (TOML text); ValueError when malformed."""
    data = tomllib.loads(text)
    entries: list[ToneCue] = []
    for group, table in data.items():
        if not isinstance(table, dict):
            raise ValueError(f"tone lexicon: {group!r} is not a table")
        if group in _SPECIAL:
            value = 0.0
        elif "polarity" in table:
            polarity, weight = table["polarity"], table.get("weight", 1.0)
            if polarity not in (1, -1) or not isinstance(weight, int | float) or weight <= 0:
                raise ValueError(f"tone lexicon: bad polarity or weight in {group!r}")
            value = float(polarity) * float(weight)
        else:
            raise ValueError(f"tone lexicon: unknown table {group!r}")
        for lang, terms in table.items():
            if lang in ("polarity", "weight"):
                continue
            if lang not in LANGUAGES:
                raise ValueError(f"tone lexicon: unknown language {lang!r} in {group!r}")
            if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
                raise ValueError(f"tone lexicon: {group}.{lang} is not a list of strings")
            entries.extend(ToneCue(t, group, lang, value) for t in terms)
    return tuple(entries)


@dataclass(frozen=True)
class _ToneMatchers:
    cues: PhraseMatcher      # cue values, negations and ignored phrases
    context: PhraseMatcher   # the two countries and the relationship


@lru_cache(maxsize=16)
def tone_matchers(path: Path = TONE_LEXICON, language: str = "en") -> _ToneMatchers:
    entries = parse_tone_lexicon(path.read_text(encoding="utf-8"))
    wanted = {language} if language in LANGUAGES else set(LANGUAGES)
    mine = [e for e in entries if e.language in wanted]
    cues = PhraseMatcher((e.term, e.value if e.group not in _SPECIAL else e.group)
                         for e in mine if e.group not in _CONTEXT)
    context = PhraseMatcher((e.term, e.group) for e in mine
                            if e.group in _CONTEXT or e.group == IGNORE)
    return _ToneMatchers(cues, context)


def _value(labels: frozenset[Hashable]) -> float:
    """The strongest cue value among a match's labels (0 if it holds none)."""
    values = [v for v in labels if isinstance(v, float)]
    return max(values, key=abs) if values else 0.0


def sentence_tone(text: str, matchers: _ToneMatchers) -> tuple[float, float, set[str]]:
    """Warm and hostile evidence of one sentence, and which context it names."""
    tokens = tokenize(_NOT.sub(" not", text))
    return _evidence(matchers.cues.find(tokens), matchers.context.find(tokens))


def _evidence(cues: list[Match], context: list[Match],
              first: int = 0) -> tuple[float, float, set[str]]:
    """``sentence_tone`` from the cue and context matches in the sentence (``first``: the
    index of its first token)."""
    warm = hostile = 0.0
    last_negation = -10 ** 6
    for match in cues:
        if "negation" in match.labels:
            last_negation = match.end - first
            continue
        value = _value(match.labels)
        if not value:
            continue
        if match.start - first - last_negation <= NEGATION_WINDOW:
            if value > 0:
                hostile += value
            else:
                warm += -value * NEGATED_HOSTILE
        elif value > 0:
            warm += value
        else:
            hostile += -value
    named = {label for m in context for label in m.labels
             if isinstance(label, str) and label in _CONTEXT}
    return warm, hostile, named


def _sentence_tones(doc: Doc, matchers: _ToneMatchers,
                    tokens: Tokens | None) -> list[tuple[float, float, set[str]]]:
    """``sentence_tone`` of every sentence, from one tokenisation of the article and one
    pass of each matcher over it: no phrase runs from a sentence into the next (what
    stands between two sentences joins no words), so the matches fall into sentences.
    ``tokens``: ``tokenize(doc.text)``, or None."""
    if not doc.sentences:
        return []
    if tokens is None or _says_not(doc.text):
        # "don't" is read "do not": the sentences so rewritten, one per line.
        lines = [_NOT.sub(" not", s.text) for s in doc.sentences]
        tokens = tokenize("\n".join(lines))
        starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
    else:
        starts = [s.start for s in doc.sentences]
    # The index of each sentence's first token (words do not run across sentences), and
    # of the token after the last one.
    ends = tokens.ends()
    bounds = [bisect_right(ends, start) for start in starts] + [len(tokens.words)]
    cues = _by_sentence(matchers.cues.find(tokens), bounds)
    context = _by_sentence(matchers.context.find(tokens), bounds)
    # Most sentences hold no match at all: their evidence is none.
    return [_evidence(c, x, first) if c or x else (0.0, 0.0, set())
            for c, x, first in zip(cues, context, bounds[:-1], strict=True)]


def _says_not(text: str) -> bool:
    """Whether ``_NOT`` matches in ``text``: tried only around its apostrophes, which
    ``str.find`` reaches much faster than the regex engine scans for an 'n'."""
    for apostrophe in "'’":
        at = text.find(apostrophe, 1)
        while at >= 0:
            if _NOT.match(text, at - 1):
                return True
            at = text.find(apostrophe, at + 1)
    return False


def _by_sentence(matches: list[Match], bounds: list[int]) -> list[list[Match]]:
    """The matches of each sentence (``bounds``: the first token of each, then the end)."""
    out: list[list[Match]] = [[] for _ in bounds[:-1]]
    k = 0
    for match in matches:
        while match.start >= bounds[k + 1]:
            k += 1
        out[k].append(match)
    return out


def score_tone(doc: Doc, lexicon: Path = TONE_LEXICON, tokens: Tokens | None = None,
               headline: str | None = None) -> float:
    """Tone of the article toward the Canada–Mexico relationship, in [-1, 1].
    ``tokens``: ``tokenize(doc.text)``, when the caller has it already. ``headline``: the
    article's title, which weighs ``HEADLINE_WEIGHT`` times a sentence of the text (the
    text's first sentence when the text opens with it)."""
    matchers = tone_matchers(lexicon, doc.language)
    tones = _sentence_tones(doc, matchers, tokens)
    headed = bool(headline and headline.strip())
    if headed and not (doc.sentences and _same_line(doc.sentences[0].text, headline or "")):
        tones = [sentence_tone(headline or "", matchers), *tones]
    warm = hostile = 0.0
    named: set[str] = set()
    for k, (w, h, context) in enumerate(tones):
        named |= context
        if not (w or h):
            continue
        if {"canada", "mexico"} <= context or "relationship" in context:
            weight = SENTENCE_WEIGHTS["relationship"]
        elif context:
            weight = SENTENCE_WEIGHTS["one_country"]
        else:
            weight = SENTENCE_WEIGHTS["other"]
        if headed and k == 0:
            weight *= HEADLINE_WEIGHT
        warm += weight * w
        hostile += weight * h
    if not {"canada", "mexico"} <= named:
        warm, hostile = warm * OFF_TOPIC_ARTICLE, hostile * OFF_TOPIC_ARTICLE
    score = (warm - hostile) / (warm + hostile + DAMPING)
    return max(-1.0, min(1.0, score))


def _same_line(sentence: str, headline: str) -> bool:
    """Whether the text's first sentence is the headline (or opens it, a headline of
    several sentences)."""
    a, b = " ".join(sentence.split()), " ".join(headline.split())
    return bool(a) and b.startswith(a)
