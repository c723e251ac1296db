"""Which subjects of the fixed taxonomy an article covers, and how often.

Cue terms for each topic, in English, Spanish and French, live in
``seeds/lexicons/topics.toml`` (its header documents the term syntax); an article is
matched against the cues of its own language. Matching works on
word tokens folded to accent-free lower case, leftmost-longest and without overlap, so a
longer phrase listed under ``[ignore]`` ("trade-off", "soft power") or under another topic
("food security") takes its words away from a shorter cue.

A topic is reported when the article holds one strong cue, two different weak ones, or
one weak cue four times (weak cues only point at a topic: "pandemic", "hotels",
"sustainable"; "plant" said again in a farm story is no new evidence). Its ``mentions``
count every cue found, strong and weak.

The phrase matcher here is also used by ``extractors.tone``.
"""
from __future__ import annotations

import re
import tomllib
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import accumulate, compress, count
from operator import add, not_
from pathlib import Path

from extractors.model import TOPICS, Topic
from extractors.text import Doc, fold
from extractors.tokens import TokenColumns

LEXICON_DIR = Path(__file__).resolve().parents[1] / "seeds" / "lexicons"
TOPICS_LEXICON = LEXICON_DIR / "topics.toml"
LANGUAGES: tuple[str, ...] = ("en", "es", "fr")
IGNORE = "ignore"           # lexicon table of phrases that are consumed but mean nothing
MIN_WEAK_CUES = 2           # different weak cues needed when no strong cue is present
MIN_WEAK_REPEATS = 4        # or as many times one weak cue ("water" all through a story)
_MIN_PREFIX = 3             # shortest stem allowed before a trailing '*'
_MEMO_SIZE = 100_000        # words whose phrases a matcher remembers

# A word; captured, so that splitting a text gives its words and what stands between them
# in one pass.
_TOKEN = re.compile(r"([^\W_]+)", re.UNICODE)
_TERM_PART = re.compile(r"[^\W_]+\*?", re.UNICODE)
# What may stand between two words of one phrase: spaces, hyphens, apostrophes.
_GAP = re.compile(r"[ \t\u00a0\-\u2010\u2011\u2013'\u2019]*")
_APOSTROPHE = re.compile("(['’])")


# --------------------------------------------------------------------------- tokens

def fold_word(word: str) -> str:
    """Accent-free lower case, ligatures spelt out: 'Bœuf' -> 'boeuf'."""
    if word.isascii():
        return word.lower()
    return _spell_ligatures(fold(word))


def _spell_ligatures(folded: str) -> str:
    """A folded word with its ligatures spelt out ('bœuf' -> 'boeuf')."""
    if "œ" in folded or "æ" in folded:
        return folded.replace("œ", "oe").replace("æ", "ae")
    return folded


@dataclass(frozen=True)
class Tokens:
    """The words of a text: folded and as written, and what stands before, between and
    after them (one more gap than words)."""
    words: tuple[str, ...]
    raw: tuple[str, ...]
    gaps: tuple[str, ...]
    # ``ends()``, when the maker of the tokens knows them already (``tokens_from``).
    offsets: tuple[int, ...] | None = field(default=None, compare=False, repr=False)

    def ends(self) -> list[int]:
        """The offset in the text right after each word."""
        return list(self._ends)

    @cached_property
    def joined(self) -> tuple[bool, ...]:
        """Whether each word is joined to the previous one closely enough (space, hyphen
        or apostrophe) to continue a phrase. (The matcher reads the gaps it needs itself.)"""
        return (False, *map(_joins, self.gaps[1:-1]))[:len(self.raw)]

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The distinct folded words (the matchers of topics and tone each read them)."""
        return frozenset(self.words)

    @cached_property
    def _ends(self) -> tuple[int, ...]:
        # Added up once: topics and tone both read them.
        if self.offsets is not None:
            return self.offsets
        return tuple(accumulate(map(add, map(len, self.gaps), map(len, self.raw))))


@lru_cache(maxsize=1 << 12)     # the same few gaps come back: ", ", ". ", "-", "\n"
def _joins(gap: str) -> bool:
    """Whether ``gap`` lets a phrase run on from the word before it to the next."""
    return _GAP.fullmatch(gap) is not None


def tokenize(text: str) -> Tokens:
    parts = _TOKEN.split(text)           # a gap, a word, a gap, ..., a word, a gap
    raw, gaps = parts[1::2], parts[0::2]
    words = [w.lower() if w.isascii() else fold_word(w) for w in raw]
    return Tokens(tuple(words), tuple(raw), tuple(gaps))


def tokens_from(toks: TokenColumns, text: str) -> Tokens:
    """``tokenize(text)`` read off the text's word tokens (``extractors.tokens.tokenize``)
    rather than by splitting the whole text again: a word here is a token there, or a
    piece of one between its apostrophes ("l’honorable"), and "&", a token there, is
    only part of a gap here. A token's folded text is this module's folding of the word
    once its ligatures are spelt out."""
    texts, folds, token_gaps, token_ends = toks.text, toks.fold, toks.gap, toks.end
    raw: list[str] = []
    words: list[str] = []
    gaps: list[str] = []
    ends: list[int] = []
    pending = ""                        # what stands before the next word
    done = 0                            # the tokens before this one are read
    # Most tokens are one word each, folded already: they are copied a run at a time,
    # between the few that are not (found without a Python-level loop).
    for k in [*compress(count(), map(not_, toks.alnum)), len(texts)]:
        if done < k:
            raw += texts[done:k]
            words += folds[done:k]
            ends += token_ends[done:k]
            gaps.append(pending + token_gaps[done])
            gaps += token_gaps[done + 1:k]
            pending = ""
        if k == len(texts):
            break
        word = texts[k]
        if word == "&":
            pending += token_gaps[k] + word
        else:
            pieces = _APOSTROPHE.split(word)          # a word, an apostrophe, a word, ...
            raw += pieces[0::2]
            gaps.append(pending + token_gaps[k])
            gaps += pieces[1::2]
            words += map(fold_word, pieces[0::2])
            ends += list(accumulate(map(len, pieces), initial=toks.start[k]))[1::2]
            pending = ""
        done = k + 1
    gaps.append(pending + text[token_ends[-1] if texts else 0:])
    return Tokens(tuple(_spelt_out(words)), tuple(raw), tuple(gaps), tuple(ends))


def _spelt_out(words: list[str]) -> list[str]:
    """The words with their ligatures spelt out: those of ``fold_word`` (there are
    nearly never any, so the words are searched for them all at once)."""
    joined = "".join(words)
    if "œ" in joined or "æ" in joined:
        return [_spell_ligatures(w) for w in words]
    return words


# --------------------------------------------------------------------------- matcher

@dataclass(frozen=True)
class _Part:
    text: str               # folded (or, when case-sensitive, as written without accents)
    prefix: bool            # trailing '*': any word starting with text
    case_sensitive: bool    # written in capitals in the lexicon: 'AI', 'CUSMA'

    def matches(self, word: str, raw: str) -> bool:
        if self.case_sensitive:
            cased = raw if raw.isascii() else _strip_accents(raw)
            return cased.startswith(self.text) if self.prefix else cased == self.text
        return word.startswith(self.text) if self.prefix else word == self.text


def _strip_accents(word: str) -> str:
    """Accents dropped, case kept: 'ALÉNA' -> 'ALENA'."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def parse_term(term: str) -> tuple[_Part, ...]:
    """'critical mineral*' -> two parts, the second a prefix; raises ValueError if empty."""
    parts = []
    for piece in _TERM_PART.findall(term):
        prefix = piece.endswith("*")
        stem = piece.rstrip("*")
        if prefix and len(stem) < _MIN_PREFIX:
            raise ValueError(f"stem too short before '*' in {term!r}")
        if stem.isupper():
            text = stem if stem.isascii() else _strip_accents(stem)
            parts.append(_Part(text, prefix, True))
        else:
            parts.append(_Part(fold_word(stem), prefix, False))
    if not parts:
        raise ValueError(f"no words in lexicon term {term!r}")
    return tuple(parts)


@dataclass(frozen=True)
class Match:
    start: int                       # token indices, end exclusive
    end: int
    labels: frozenset[Hashable]


# The parts of a phrase, its labels, whether a word found through the index needs checking,
# and the phrase's second word when it is a plain word (a quick first test).
_Entry = tuple[tuple[_Part, ...], frozenset[Hashable], bool, str | None]


class PhraseMatcher:
    """Leftmost-longest, non-overlapping matching of many phrases over ``Tokens``.

    Phrases are indexed by their first word (exact or stem), so a pass costs a few
    dictionary look-ups per token whatever the size of the lexicon."""

    def __init__(self, entries: Iterable[tuple[str, Hashable]]) -> None:
        merged: dict[tuple[_Part, ...], set[Hashable]] = {}
        for term, label in entries:
            merged.setdefault(parse_term(term), set()).add(label)
        self._exact: dict[str, list[_Entry]] = {}
        self._stems: dict[str, list[_Entry]] = {}
        for parts, labels in merged.items():
            first = parts[0]
            key = first.text.lower() if first.case_sensitive else first.text
            table = self._stems if first.prefix else self._exact
            # A one-word phrase found through the index needs no further check unless
            # its case matters.
            check = len(parts) > 1 or first.case_sensitive
            second = parts[1].text if len(parts) > 1 and not parts[1].prefix \
                and not parts[1].case_sensitive else None
            table.setdefault(key, []).append((parts, frozenset(labels), check, second))
        self._stem_lengths = tuple(sorted({len(k) for k in self._stems}))
        self._stem_heads = frozenset(k[:_MIN_PREFIX] for k in self._stems)
        self._memo: dict[str, list[_Entry]] = {}

    def _candidates(self, word: str) -> list[_Entry]:
        """Phrases that may start at ``word``, longest first."""
        found = list(self._exact.get(word, ()))
        if word[:_MIN_PREFIX] in self._stem_heads:
            for length in self._stem_lengths:
                if length > len(word):
                    break
                found.extend(self._stems.get(word[:length], ()))
        found.sort(key=lambda entry: -len(entry[0]))
        return found

    def _starts(self, tokens: Tokens) -> Iterator[int]:
        """The positions of the words that may start a phrase, in order. Each distinct
        word's phrases are looked up once and memoised across texts; the words that
        start none (most of them) are then passed over without a step of Python each."""
        words, memo = tokens.words, self._memo
        new = tokens.vocabulary.difference(memo)
        if new:
            if len(memo) + len(new) > _MEMO_SIZE:
                memo.clear()
                new = tokens.vocabulary
            for word in new:
                memo[word] = self._candidates(word)
        return compress(range(len(words)), map(memo.__getitem__, words))

    def find(self, tokens: Tokens) -> list[Match]:
        words = tokens.words
        n = len(words)
        out: list[Match] = []
        memo = self._memo
        i = 0                   # the first word not taken by a match
        for start in self._starts(tokens):
            if start < i:
                continue
            i = start
            best = 0
            labels: frozenset[Hashable] = frozenset()
            for parts, plabels, check, second in memo[words[i]]:
                size = len(parts)
                if size < best:
                    break
                if i + size > n or second is not None and words[i + 1] != second:
                    continue
                if check and not _fits(parts, tokens, i):
                    continue
                best = size
                # Nearly always the one phrase of this length: its labels as they are.
                labels = labels | plabels if labels else plabels
            if best:
                out.append(Match(i, i + best, labels))
                i += best
        return out


def _fits(parts: tuple[_Part, ...], tokens: Tokens, i: int) -> bool:
    """Whether the phrase of ``parts`` is written at word ``i``, its words joined."""
    words, raw, gaps = tokens.words, tokens.raw, tokens.gaps
    for k, part in enumerate(parts):
        # gaps[i + k] stands before word i + k: ``Tokens.joined``, read where needed.
        if k and not _joins(gaps[i + k]) or not part.matches(words[i + k], raw[i + k]):
            return False
    return True


# --------------------------------------------------------------------------- lexicon

@dataclass(frozen=True)
class Cue:
    term: str
    topic: str | None        # None for an [ignore] phrase
    language: str
    weak: bool


def _terms(table: object, where: str) -> dict[str, list[str]]:
    if not isinstance(table, dict):
        raise ValueError(f"{where}: expected a table of languages")
    out: dict[str, list[str]] = {}
    for lang, terms in table.items():
        if lang == "weak":
            continue
        if lang not in LANGUAGES:
            raise ValueError(f"{where}: unknown language {lang!r}")
        if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
            raise ValueError(f"{where}.{lang}: expected a list of strings")
        out[lang] = terms
    return out


def parse_topic_lexicon(text: str) -> tuple[Cue, ...]:
    """The cues of a topics lexicon (TOML text); ValueError on unknown topics/languages."""
    data = tomllib.loads(text)
    cues: list[Cue] = []
    for name, table in data.items():
        if name != IGNORE and name not in TOPICS:
            raise ValueError(f"unknown topic {name!r} in topics lexicon")
        topic = None if name == IGNORE else name
        for lang, terms in _terms(table, name).items():
            cues.extend(Cue(t, topic, lang, False) for t in terms)
        if isinstance(table, dict) and "weak" in table:
            for lang, terms in _terms(table["weak"], f"{name}.weak").items():
                cues.extend(Cue(t, topic, lang, True) for t in terms)
    return tuple(cues)


@lru_cache(maxsize=16)
def topic_matcher(path: Path = TOPICS_LEXICON, language: str = "en") -> PhraseMatcher:
    """The compiled cues of one language (of all three for any other language)."""
    cues = parse_topic_lexicon(path.read_text(encoding="utf-8"))
    wanted = {language} if language in LANGUAGES else set(LANGUAGES)
    return PhraseMatcher((c.term, (c.topic, c.weak) if c.topic else IGNORE)
                         for c in cues if c.language in wanted)


# --------------------------------------------------------------------------- topics

def count_cues(tokens: Tokens, matcher: PhraseMatcher,
               masked: Sequence[tuple[int, int]] = ()
               ) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """Strong and weak cue counts per topic, and the number of different weak cues of
    each (a word said again, in the singular or the plural, is no new evidence: "plant",
    "plants" and "plant" again are one cue). A cue
    that lies inside one of the ``masked`` character spans, and is shorter than it, is
    not counted: "Investment" in the name of a business council, "Énergie" in a
    minister's title."""
    strong: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    weak_terms: set[tuple[str, tuple[str, ...]]] = set()
    matches = matcher.find(tokens)
    if masked and matches:
        matches = _unmasked(matches, tokens, masked)
    for match in matches:
        seen: set[str] = set()
        for label in match.labels:
            if label == IGNORE or not isinstance(label, tuple):
                continue
            topic, is_weak = label
            if topic in seen:
                continue
            # A phrase listed both as strong and weak for one topic counts as strong.
            if not is_weak or (topic, False) not in match.labels:
                (weak if is_weak else strong)[topic] += 1
                seen.add(topic)
                if is_weak:
                    weak_terms.add((topic, tuple(w.removesuffix("s") for w in
                                                 tokens.words[match.start:match.end])))
    return strong, weak, Counter(topic for topic, _ in weak_terms)


def _unmasked(matches: list[Match], tokens: Tokens,
              masked: Sequence[tuple[int, int]]) -> list[Match]:
    """The matches that do not lie strictly inside a masked span."""
    spans = sorted(masked)
    starts = [s for s, _ in spans]
    # How far the spans up to each one reach: whether a span that starts before a match
    # ends at or after it is one look-up, not a walk over all those spans.
    reach = list(accumulate((e for _, e in spans), max))
    ends = tokens.ends()
    kept = []
    for m in matches:
        end = ends[m.end - 1]
        begin = ends[m.start] - len(tokens.raw[m.start])
        before = bisect_left(starts, begin)             # the spans starting before it
        at = bisect_right(starts, begin, before)        # and those starting with it
        # Inside a span that starts before it, or in a longer one that starts with it
        # (sorted, the last of those is the longest); the match's own span hides nothing.
        if before and reach[before - 1] >= end or at > before and spans[at - 1][1] > end:
            continue
        kept.append(m)
    return kept


def select_topics(strong: Counter[str], weak: Counter[str], weak_terms: Counter[str],
                  cues: int = 1) -> tuple[Topic, ...]:
    """The topics with a strong cue and ``cues`` cues in all, with ``MIN_WEAK_CUES``
    different weak ones, or with one weak cue said ``MIN_WEAK_REPEATS`` times; their
    mentions count every cue."""
    found = [Topic(t, strong[t] + weak[t]) for t in TOPICS
             if strong[t] >= 1 and strong[t] + weak[t] >= cues
             or weak_terms[t] >= MIN_WEAK_CUES or weak[t] >= MIN_WEAK_REPEATS]
    return tuple(sorted(found, key=lambda t: (-t.mentions, t.topic)))


def extract_topics(doc: Doc, lexicon: Path = TOPICS_LEXICON,
                   tokens: Tokens | None = None,
                   masked: Sequence[tuple[int, int]] = ()) -> tuple[Topic, ...]:
    """Taxonomy topics the article covers, most mentioned first (then by name).
    ``tokens``: ``tokenize(doc.text)``, when the caller has it already; ``masked``: the
    character spans of names and titles, whose words are not cues (see ``count_cues``)."""
    if tokens is None:
        tokens = tokenize(doc.text)
    return select_topics(*count_cues(tokens, topic_matcher(lexicon, doc.language), masked))


def topic_terms(path: Path = TOPICS_LEXICON) -> dict[str, dict[str, list[str]]]:
    """topic -> language -> strong and weak terms: for checks of the lexicon's coverage."""
    out: dict[str, dict[str, list[str]]] = {}
    for cue in parse_topic_lexicon(path.read_text(encoding="utf-8")):
        if cue.topic:
            out.setdefault(cue.topic, {}).setdefault(cue.language, []).append(cue.term)
    return out


__all__: Sequence[str] = ("Cue", "Match", "PhraseMatcher", "Tokens", "count_cues",
                          "extract_topics", "fold_word", "parse_term", "parse_topic_lexicon",
                          "select_topics", "tokenize", "tokens_from", "topic_matcher",
                          "topic_terms")
