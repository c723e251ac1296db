"""Word tokens: offsets, the gap before each, folded text and case."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from extractors.text import count_words
from extractors.tokens import shape, tokenize, word_count


def test_tokens_carry_offsets_gaps_and_case() -> None:
    text = "La ministre l’Honorable Mélanie JOLY, à Ottawa & co."
    toks = tokenize(text)
    assert [t.text for t in toks] == ["La", "ministre", "l’Honorable", "Mélanie", "JOLY", "à",
                                      "Ottawa", "&", "co"]
    assert all(text[t.start:t.end] == t.text for t in toks)
    assert [t.i for t in toks] == list(range(len(toks)))
    assert [t.gap for t in toks][:5] == ["", " ", " ", " ", " "]
    assert toks[5].gap == ", "
    assert [t.fold for t in toks][2:5] == ["l'honorable", "melanie", "joly"]
    assert [t.text for t in toks if t.cap] == ["La", "l’Honorable", "Mélanie", "JOLY", "Ottawa"]
    assert [t.text for t in toks if t.upper] == ["JOLY"]


def test_shape_of_a_word() -> None:
    assert shape("Bárcena") == ("barcena", True, False)
    assert shape("d’Ebrard") == ("d'ebrard", True, False)
    assert shape("SRE") == ("sre", True, True)
    assert shape("x") == ("x", False, False)


@given(st.text("aZé1²_&'’ -.", max_size=40))
def test_words_counted_on_the_tokens_are_the_words_of_the_text(text: str) -> None:
    assert word_count(tokenize(text)) == count_words(text)


@given(st.text("aZé1²_&'’ -.\nÉ", max_size=60))
def test_tokens_read_column_by_column_match_the_text(text: str) -> None:
    toks = tokenize(text)
    end = 0
    for i, t in enumerate(toks):
        assert t.i == i
        assert text[t.start:t.end] == t.text
        assert t.gap == text[end:t.start]
        assert (t.fold, t.cap, t.upper) == shape(t.text)
        end = t.end
    assert not any(c.isalnum() for c in text[end:])


def test_no_tokens_in_an_empty_text() -> None:
    assert tokenize("") == []
    assert tokenize(" , ") == []
    assert repr(tokenize("Ottawa")[0]) == "Tok(0, 'Ottawa')"
