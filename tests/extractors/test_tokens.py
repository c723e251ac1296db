"""Word tokens: offsets, the gap before each, folded text and case."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.text import count_words
from extractors.tokens import _TOKEN, _token_pattern, shape, tokenize, word_count


def test_tokens_carry_offsets_gaps_and_case() -> None:
    text = "La ministre l’Honorable Mélanie JOLY, à Ottawa & co."
    toks = tokenize(text)
    assert toks.text == ["La", "ministre", "l’Honorable", "Mélanie", "JOLY", "à", "Ottawa",
                         "&", "co"]
    assert len(toks) == 9
    assert all(text[s:e] == w for s, e, w in zip(toks.start, toks.end, toks.text, strict=True))
    assert toks.gap[:5] == ["", " ", " ", " ", " "]
    assert toks.gap[5] == ", "
    assert toks.fold[2:5] == ("l'honorable", "melanie", "joly")
    assert [w for w, c in zip(toks.text, toks.cap, strict=True) if c] == [
        "La", "l’Honorable", "Mélanie", "JOLY", "Ottawa"]
    assert [w for w, u in zip(toks.text, toks.upper, strict=True) if u] == ["JOLY"]


def test_shape_of_a_word() -> None:
    assert shape("Bárcena") == ("barcena", True, False, True, 1)
    assert shape("d’Ebrard") == ("d'ebrard", True, False, False, 1)
    assert shape("SRE") == ("sre", True, True, True, 1)
    assert shape("x") == ("x", False, False, True, 1)
    assert shape("2025") == ("2025", False, False, True, 0)
    assert shape("G7") == ("g7", True, True, True, 1)
    assert shape("&") == ("&", False, False, False, 0)


@given(st.text("aZé1²_&'’ -.", max_size=40))
def test_words_counted_on_the_tokens_are_the_words_of_the_text(text: str) -> None:
    assert word_count(tokenize(text)) == count_words(text)


@given(st.text("aZé1²_&'’ -.\nÉ", max_size=60))
def test_tokens_read_column_by_column_match_the_text(text: str) -> None:
    toks = tokenize(text)
    columns = (toks.start, toks.end, toks.gap, toks.fold, toks.cap, toks.upper, toks.alnum,
               toks.words)
    assert all(len(column) == len(toks.text) for column in columns)
    end = 0
    for i, word in enumerate(toks.text):
        assert text[toks.start[i]:toks.end[i]] == word
        assert toks.gap[i] == text[end:toks.start[i]]
        assert (toks.fold[i], toks.cap[i], toks.upper[i], toks.alnum[i],
                toks.words[i]) == shape(word)
        assert toks.alnum[i] == word.isalnum()
        assert toks.words[i] == count_words(word)
        end = toks.end[i]
    assert not any(c.isalnum() for c in text[end:])


def test_no_tokens_in_an_empty_text() -> None:
    for text in ("", " , "):
        toks = tokenize(text)
        assert len(toks) == 0
        assert (toks.text, toks.start, toks.end, toks.gap) == ([], [], [], [])
        assert (toks.fold, toks.cap, toks.upper, toks.alnum, toks.words) == ((),) * 5
    assert tokenize("Ottawa").text == ["Ottawa"]


@given(st.text("aZé1²_&'’ -.\nÉ", max_size=60))
def test_the_pattern_chosen_for_a_text_splits_it_as_the_full_pattern(text: str) -> None:
    assert _token_pattern(text).split(text) == _TOKEN.split(text)


@pytest.mark.parametrize("word, upper", [
    ("OTAN", True), ("l’OTAN", True), ("NATO’s", True), ("d'AMC", True),
    ("l’Agence", False), ("Anand’s", False), ("O’Brien", False),
])
def test_a_word_in_capitals_may_have_an_elided_article_or_a_possessive(word, upper):
    assert shape(word)[2] is upper
