"""The fast paths of engagement extraction give what the plain computations they replace
give."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.events import (
    _ANAPHORA,
    _ANY_TRIGGER,
    _OUTCOME,
    _OUTCOME_WORDS,
    _PAST,
    _PAST_WORDS,
    _PLANNED,
    _PLANNED_WORDS,
    _TRIGGERS,
    _refers_back,
)
from extractors.text import word_alternation

_PIECES = st.lists(st.sampled_from([
    " ", "  ", "\t", "\n", "\u00a0", ",", ".", "'", "-", "x", "1", "_", "é", "the", "la", "el",
    "de", "leur", "au cours", "au cours de leur", "lors de la", "of the", "during", "talks",
    "meeting", "reunion", "this", "thes",
]), max_size=12).map("".join)


@settings(max_examples=3000)
@given(_PIECES)
def test_a_reference_back_is_found_near_the_end_as_anywhere(text: str) -> None:
    assert _refers_back(text) == bool(_ANAPHORA.search(text))


_TRIGGER_TEXT = st.lists(st.sampled_from([
    " ", ",", "'", "-", "x", "1", "é", "visit", "visits", "s", "ed", "ing", "met", "meet",
    "spoke", "spoke with", "with", "to", "the", "welcome", "welcomed him to", "phone call",
    "counterpart", "homologo", "homologos", "s'est entretenue avec", "table ronde",
]), max_size=10).map("".join)


@settings(max_examples=3000)
@given(_TRIGGER_TEXT)
def test_engagement_words_start_where_the_plain_alternation_says(text: str) -> None:
    plain = re.compile(word_alternation([w for words, _ in _TRIGGERS for w in words],
                                        after=r"\b"))
    assert [hit.start() for hit in _ANY_TRIGGER.finditer(" " + text)] \
        == [at for at in range(len(text)) if plain.match(text, at)]


_TENSE_TEXT = st.lists(st.sampled_from([
    " ", ",", "'", "-", "x", "é", "will", "willing", "plan", "plans", "s", "to", "next week",
    "held", "met", "was", "s'est tenue", "pasado", "pasada", "agreed to", "outcome", "outcomes",
    "working group", "grupos de trabajo", "convenu de", "signed",
]), max_size=10).map("".join)


@settings(max_examples=2000)
@given(_TENSE_TEXT)
def test_tense_and_outcome_words_open_where_the_plain_alternation_says(text: str) -> None:
    for words, pattern in ((_PLANNED_WORDS, _PLANNED), (_PAST_WORDS, _PAST),
                           (_OUTCOME_WORDS, _OUTCOME)):
        plain = re.compile(word_alternation(words, after=r"\b"))
        assert [hit.start() for hit in pattern.finditer(" " + text)] \
            == [at for at in range(len(text)) if plain.match(text, at)]
