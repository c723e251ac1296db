"""Text preparation: normalisation, language, paragraphs and sentences, boilerplate.

Every passage here is written for these tests."""
from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.text import (
    Doc,
    bare,
    detect_language,
    fold,
    letter_alternation,
    normalise,
    prepare,
    word_alternation,
)


def sentence_texts(text: str) -> list[str]:
    return [s.text for s in prepare(text).sentences]


# -- normalise ---------------------------------------------------------------------

def test_normalise_unifies_line_breaks_and_collapses_spaces():
    assert normalise("  Trade\u00a0talks \r\n\r\n\r\n\r\nresumed   today  ") == \
        "Trade talks\n\nresumed today"


def test_normalise_drops_spaces_and_tabs_around_line_breaks():
    assert normalise("a \t b\t\n \t c \n\n \n d\te") == "a b\nc\n\nd e"


def test_normalise_composes_accents_so_decomposed_and_composed_text_are_equal():
    decomposed = "Me\u0301xico"            # e + combining acute accent
    assert normalise(decomposed) == "México"


def test_normalise_keeps_quotes_and_dashes_as_written():
    text = "«Bonjour», dijo — “hello”"
    assert normalise(text) == text


# -- fold ----------------------------------------------------------------------------

def test_fold_lowers_case_and_removes_accents():
    assert fold("Bárcena Ñandú ÉCONOMIE") == "barcena nandu economie"


def test_fold_turns_typographic_apostrophe_into_plain_one():
    assert fold("l’honorable") == "l'honorable"


# Words of Latin letters, accented or not, with typographic apostrophes and other signs.
_latin_words = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x24F,
                                     include_characters="’«»—…ﬁ"), min_size=1, max_size=12)


@given(st.lists(_latin_words, min_size=8, max_size=30))
def test_fold_of_a_long_text_is_the_fold_of_its_words(words):
    # Long texts are folded in one go, short ones word by word through a cache: both
    # ways must agree.
    assert fold(" ".join(words)) == " ".join(fold(w) for w in words)


def _doc(text: str) -> Doc:
    return Doc(text=text, language="en", paragraphs=(), sentences=())


def test_accented_latin_folds_in_place():
    doc = _doc("Bárcena’s ÉCONOMIE, Ñandú")
    assert doc.folded == "barcena's economie, nandu"
    assert doc.folds_in_place


@pytest.mark.parametrize("text", ["ΟΔΟΣ Α", "İstanbul", "Cafe\u0301 e\u0301", "ﬁn et é"])
def test_text_whose_folding_depends_on_neighbours_or_length_does_not_fold_in_place(text):
    assert _doc(text).folded == fold(text)
    assert not _doc(text).folds_in_place


@given(st.text(st.characters(min_codepoint=0x20, max_codepoint=0x24F,
                             include_characters="’«»—…ﬁΣσςİK\u0301\u0327\u0483"),
               max_size=60))
def test_a_text_that_folds_in_place_folds_piece_by_piece(text):
    doc = _doc(text)
    assert doc.folded == fold(text)
    if doc.folds_in_place:
        assert all(fold(text[a:b]) == doc.folded[a:b]
                   for a in range(len(text) + 1) for b in range(a, len(text) + 1))


# -- language ------------------------------------------------------------------------

def test_detect_language_english():
    assert detect_language("The minister said that the talks with Mexico were useful and "
                           "that both governments will meet again in the spring.") == "en"


def test_detect_language_spanish():
    assert detect_language("La secretaria de Economía dijo que las conversaciones con "
                           "Canadá fueron útiles para los dos gobiernos.") == "es"


def test_detect_language_french():
    assert detect_language("La ministre a affirmé que les discussions avec le Mexique "
                           "ont été utiles pour les deux gouvernements.") == "fr"


def test_detect_language_defaults_to_english_without_any_clue():
    assert detect_language("12345 !!! 678") == "en"
    assert detect_language("") == "en"


def test_prepare_keeps_a_language_given_by_the_caller():
    doc = prepare("Les ministres se sont réunis à Ottawa.", language="es")
    assert doc.language == "es"


def test_prepare_detects_language_when_none_is_given():
    doc = prepare("Los ministros se reunieron en Ottawa para hablar de comercio y de la "
                  "cadena de suministro.")
    assert doc.language == "es"


# -- paragraphs and sentences -------------------------------------------------------

def test_paragraphs_are_lines_of_the_normalised_text():
    doc = prepare("First paragraph here.\n\nSecond paragraph, two sentences. Yes.")
    assert [p.text for p in doc.paragraphs] == ["First paragraph here.",
                                                "Second paragraph, two sentences. Yes."]


def test_sentences_split_at_full_stops_question_and_exclamation_marks():
    assert sentence_texts("Talks resumed. Did they agree? They did!") == \
        ["Talks resumed.", "Did they agree?", "They did!"]


def test_honorific_abbreviations_do_not_end_a_sentence():
    assert sentence_texts("Dr. Ana Ruiz met Mr. Paul Roy. They spoke.") == \
        ["Dr. Ana Ruiz met Mr. Paul Roy.", "They spoke."]


def test_month_abbreviation_does_not_end_a_sentence():
    assert sentence_texts("Talks resumed on Sept. 18 in Ottawa. Nothing else happened.") == \
        ["Talks resumed on Sept. 18 in Ottawa.", "Nothing else happened."]


def test_acronym_inside_a_sentence_does_not_end_it():
    assert sentence_texts("She met U.S. officials in Ottawa. They left.") == \
        ["She met U.S. officials in Ottawa.", "They left."]


def test_acronym_at_the_end_of_a_sentence_ends_it_before_a_clear_new_sentence():
    assert sentence_texts("The delegation flew to the U.S. The next day it left.") == \
        ["The delegation flew to the U.S.", "The next day it left."]


def test_sentences_never_cross_paragraphs():
    assert sentence_texts("A heading without a stop\nThe body starts here.") == \
        ["A heading without a stop", "The body starts here."]


def test_sentence_spans_point_into_the_text():
    doc = prepare("One line here.  Another one follows.")
    for span in doc.sentences:
        assert doc.text[span.start:span.end] == span.text


def test_sentence_at_finds_the_sentence_holding_an_offset():
    doc = prepare("First one. Second one.")
    offset = doc.text.index("Second")
    assert doc.sentence_at(offset).text == "Second one."
    assert doc.sentence_at(0).text == "First one."


def test_sentence_at_past_the_end_gives_the_last_sentence():
    doc = prepare("First one. Second one.")
    assert doc.sentence_at(10_000).text == "Second one."


def test_paragraph_at_finds_the_paragraph_holding_an_offset():
    doc = prepare("Para one.\nPara two is here.")
    assert doc.paragraph_at(doc.text.index("two")).text == "Para two is here."


def test_word_count_counts_words_not_numbers_or_punctuation():
    doc = prepare("Canada’s exports rose 12% in 2024 — to Mexico!")
    # Canada’s, exports, rose, in, to, Mexico
    assert doc.word_count == 6


def test_prepare_returns_a_frozen_doc():
    doc = prepare("Text.")
    assert isinstance(doc, Doc)
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.language = "fr"  # type: ignore[misc]


# -- word_alternation ------------------------------------------------------------------

_fragments = st.builds(lambda word, tail: word + tail,
                       st.text("abc", min_size=1, max_size=4),
                       st.sampled_from(["", "s?", "(?:ed|ing)", r"\w*", " ?c", " (?:a|b)"]))


@given(st.lists(_fragments, min_size=1, max_size=6), st.sampled_from(["", r"\b"]),
       st.text("abc -'.", max_size=30))
def test_word_alternation_matches_what_the_plain_alternation_matches(fragments, after, text):
    plain = re.compile(r"\b(?:" + "|".join(fragments) + ")" + after)
    fast = re.compile(word_alternation(fragments, after))
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


@given(st.lists(_fragments, min_size=1, max_size=6), st.sampled_from([0, re.IGNORECASE]),
       st.text("abcABC -'.", max_size=30))
def test_letter_alternation_matches_what_the_plain_group_matches(fragments, flags, text):
    plain = re.compile(r"\b(?:" + "|".join(fragments) + r")\b", flags)
    grouped = re.compile(r"\b" + letter_alternation(fragments) + r"\b", flags)
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_word_alternation_wants_alternatives_opening_with_a_letter():
    with pytest.raises(ValueError):
        word_alternation(["(?:a|b)c"])
    with pytest.raises(ValueError):
        word_alternation(["a?b"])


@pytest.mark.parametrize("word, read", [
    ("d’Ebrard", "Ebrard"), ("l'Agence", "Agence"), ("Anand’s", "Anand"),
    ("Reyes'", "Reyes"), ("Canada", "Canada"), ("aujourd'hui", "aujourd'hui"),
])
def test_bare_drops_an_elided_article_and_a_possessive(word, read) -> None:
    assert bare(word) == read


@pytest.mark.parametrize("text, first", [
    ("La veille, MM. LeBlanc et Ebrard avaient soupé. Ils ont parlé.",
     "La veille, MM. LeBlanc et Ebrard avaient soupé."),
    ("Los Sres. Ebrard y LeBlanc cenaron. Hablaron.", "Los Sres. Ebrard y LeBlanc cenaron."),
    ("Messrs. LeBlanc and Ebrard dined. They talked.", "Messrs. LeBlanc and Ebrard dined."),
], ids=["fr", "es", "en"])
def test_plural_honorifics_do_not_end_a_sentence(text, first):
    assert sentence_texts(text)[0] == first


@pytest.mark.parametrize("text, first", [
    ("They met two years ago. Then they spoke again.", "They met two years ago."),
    ("He was very open with me. He said it would change.", "He was very open with me."),
    ("Hablaron del mar. Luego firmaron el acuerdo.", "Hablaron del mar."),
    ("Ils ont parlé d’art. Puis ils ont signé l’entente.", "Ils ont parlé d’art."),
])
def test_a_word_that_is_also_an_abbreviation_ends_a_sentence_before_a_capital(text, first):
    assert prepare(text).sentences[0].text == first


@pytest.mark.parametrize("text", [
    "Il a parlé avec Me Tremblay hier.",
    "Canada vs. Mexico drew a crowd.",
    "On Jan. 15 they met in Ottawa.",
    "Mr. Smith met Dr. Jones in Ottawa.",
])
def test_an_abbreviation_before_a_name_or_a_number_goes_on(text):
    assert len(prepare(text).sentences) == 1
