"""The fast paths of topics, tone, relevance and sentence splitting give what the plain
computations they replace give."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from extractors import tokens as word_tokens
from extractors.relevance import _PAIR, _RELATION, _SPORT, _relation_sentences, _sport_words
from extractors.text import _ABBREVIATIONS, _ends_with_abbreviation, prepare
from extractors.tone import _NOT, _says_not
from extractors.topics import Match, _unmasked, tokenize, tokens_from

_WORDS = st.text("aZéœÆ1²_&'’ -.\n", max_size=40)


@given(_WORDS)
def test_tokens_read_off_word_tokens_end_where_the_words_end(text: str) -> None:
    assert tokens_from(word_tokens.tokenize(text), text).ends() == tokenize(text).ends()


def _unmasked_plainly(matches: list[Match], text: str,
                      masked: Sequence[tuple[int, int]]) -> list[Match]:
    tokens = tokenize(text)
    ends = tokens.ends()
    kept = []
    for m in matches:
        end = ends[m.end - 1]
        begin = ends[m.start] - len(tokens.raw[m.start])
        if not any(s <= begin and end <= e and (s, e) != (begin, end) for s, e in masked):
            kept.append(m)
    return kept


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 8)), max_size=12),
       st.lists(st.tuples(st.integers(0, 9), st.integers(1, 3)), max_size=6))
def test_masked_matches_are_those_inside_a_span_that_is_not_their_own(
        masked: list[tuple[int, int]], picks: list[tuple[int, int]]) -> None:
    text = "ab cd ef gh ij kl mn op qr st"          # words start every 3 characters
    spans = [(s, s + n) for s, n in masked]
    matches = sorted({Match(i, min(i + n, 10), frozenset()) for i, n in picks},
                     key=lambda m: (m.start, m.end))
    assert _unmasked(matches, tokenize(text), spans) == _unmasked_plainly(matches, text, spans)


@given(st.text("nNtT'’ x_é", max_size=20))
def test_not_is_found_around_apostrophes(text: str) -> None:
    assert _says_not(text) == bool(_NOT.search(text))


_NEWS = st.lists(st.sampled_from([
    "goal", "goals", "goalkeeper", "match", "kick-off", "a marque", "but", "gol", "goles",
    "Canada", "Mexico", "Canada-Mexico", "mexicain–canadien", "bilateral", "entre", "ties",
    "_", "x", " ", ". ", "\n", "-", "İ", "é", "Mr. ", "U.S. ", "The "]), max_size=30).map("".join)


@given(_NEWS, st.sampled_from(["en", "es", "fr", "de"]))
def test_sports_words_are_those_findall_finds(text: str, language: str) -> None:
    doc = prepare(text, language)
    assert _sport_words(doc) == len(_SPORT.get(language, _SPORT["en"]).findall(doc.folded))


@given(_NEWS, st.lists(st.tuples(st.integers(0, 200), st.sampled_from(["CA", "MX", "US"])),
                       max_size=10))
def test_sentences_of_relationship_are_counted_as_sentence_by_sentence(
        text: str, mentions: list[tuple[int, str]]) -> None:
    doc = prepare(text, "en")
    spans = sorted((s, s + 2, code) for s, code in mentions)
    count = 0
    for k, sent in enumerate(doc.sentences):
        inside = spans[bisect_left(spans, (sent.start,)):bisect_left(spans, (sent.end,))]
        folded = doc.folded_span(sent)
        # (not where the three countries are listed within a few words, from a mention
        # that falls to this sentence: the last one starting at or before it)
        upto = doc.sentences[k + 1].start if k + 1 < len(doc.sentences) else float("inf")
        listed = any({c for s2, _e, c in spans[j:j + 3] if s2 - s <= 45} == {"CA", "MX", "US"}
                     for j, (s, _e, _c) in enumerate(spans) if sent.start <= s < upto)
        if ({"CA", "MX"} <= {c for _, _, c in inside} and _RELATION.search(folded)
                and not listed) or _PAIR.search(folded):
            count += 1
    assert _relation_sentences(doc, spans) == count


def _ends_with_abbreviation_plainly(chunk: str) -> bool:
    m = re.search(r"(\b[\w.]+)\.$", chunk.rstrip("\"”’»)] \n"))
    if not m:
        return False
    word = m.group(1).lower()
    return word in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.)*[a-z]", word))


@given(st.lists(st.sampled_from(["Mr.", "U.S.", "etc.", "said.", "J.", "a.b.", ".", " ", "\"",
                                 "”", ")", "x", "_", "İ.", "\n"]), max_size=8).map("".join))
def test_an_abbreviation_ends_a_chunk_as_the_plain_search_says(chunk: str) -> None:
    assert _ends_with_abbreviation(chunk) == _ends_with_abbreviation_plainly(chunk)
