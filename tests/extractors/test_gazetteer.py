"""The knowledge trie's entries and the summaries the recogniser reads off them."""
from __future__ import annotations

import pytest

from extractors.gazetteer import Entries, Trie, bare_tokens, load_knowledge, surname_keys, tokens


def test_entries_summarise_their_values_and_start_afresh_when_added_to() -> None:
    trie = Trie()
    trie.add(["victoria"], ("place", "Victoria", frozenset()))
    trie.add(["victoria"], ("person", "Victoria Smith", frozenset()))
    [(end, values)] = trie.matches(["victoria", "said"], 0)
    assert end == 1 and isinstance(values, Entries)
    assert values.by_kind == {"place": ["Victoria"], "person": ["Victoria Smith"]}
    assert not values.needs_capitals
    trie.add(["victoria"], ("place", "Victoria, BC", frozenset({1})))
    assert values.by_kind["place"] == ["Victoria", "Victoria, BC"]
    assert values.needs_capitals
    assert values == [("place", "Victoria", frozenset()),
                      ("person", "Victoria Smith", frozenset()),
                      ("place", "Victoria, BC", frozenset({1}))]


@pytest.mark.parametrize("alias, words", [
    ("Agence canadienne d'inspection des aliments",
     ["agence", "canadienne", "inspection", "des", "aliments"]),
    ("Mexico's Foreign Ministry", ["mexico", "foreign", "ministry"]),
    ("Secretaría de Economía", ["secretaria", "de", "economia"]),
], ids=["fr", "en", "es"])
def test_an_alias_is_found_as_it_is_written_and_as_articles_are_read(alias, words) -> None:
    trie = Trie()
    trie.add_alias(alias, ("org", "Body", frozenset()))
    assert bare_tokens(tokens(alias)) == words
    for toks in (tokens(alias), words):
        assert trie.match([*toks, "said"], 0) == (len(words), [("org", "Body", frozenset())])


def test_an_alias_that_reads_as_one_letter_is_not_added() -> None:
    # "N+" (a Mexican network) reads as "n": it would be the N of "Farmington, N.M.".
    trie = Trie()
    trie.add_alias("N+", ("org", "N+", frozenset()))
    trie.add_alias("Noticias N+", ("org", "N+", frozenset()))
    assert trie.match(["n", "m"], 0) is None
    assert trie.match(["noticias", "n", "said"], 0) == (2, [("org", "N+", frozenset())])


@pytest.mark.parametrize("name,key", [
    ("Marath Baruch Bolaños López", "bolanos"),      # two given names the list lacks
    ("Citlalli Hernández Mora", "hernandez"),
    ("Juan Ramón de la Fuente", "fuente"),
])
def test_the_paternal_surname_alone_refers_to_a_spanish_name(name, key):
    assert key in surname_keys(name, load_knowledge().given_names)


@pytest.mark.parametrize("source,found", [
    ("Government of Alberta Newsroom", ("CA", True)),
    ("Fil des communiqués du gouvernement du Québec", ("CA", True)),
    ("Global Affairs Canada", ("CA", False)),
    ("Secretaría de Cultura – Sala de prensa", ("MX", False)),
    ("Gobierno de Jalisco", ("MX", True)),
    ("La Presse Canadienne", None),
])
def test_the_government_a_publisher_s_name_holds(source, found):
    assert load_knowledge().government_of(source) == found


def test_an_office_known_by_its_year_alone_is_read_before_it_starts() -> None:
    from extractors.gazetteer import KnownPerson, Tenure
    envoy = KnownPerson("Ana Envoy", "CA", (Tenure("Ambassador", "ambassador", "CA", "2023",
                                                   ""),))
    assert envoy.tenure_on("2021-03-10") is None          # years ahead: not yet hers
    assert envoy.tenure_on("2022-10-10") is not None      # within an appointment's wait
    assert envoy.tenure_on("2023-06-01") is not None


# An article dated before the year an office known by its year alone starts (Canada's
# ambassador to Mexico from 2023, named in 2021) is read, in each language.
@pytest.mark.parametrize(("text", "language"), [
    ("Cameron MacKay, a Canadian trade official, met Mexican officials in Mexico City.", "en"),
    ("Cameron MacKay, funcionario comercial canadiense, se reunió con funcionarios "
     "mexicanos en la Ciudad de México.", "es"),
    ("Cameron MacKay, fonctionnaire canadien du commerce, a rencontré des fonctionnaires "
     "mexicains à Mexico.", "fr"),
])
def test_a_person_named_before_a_year_only_office_starts(text: str, language: str) -> None:
    from extractors.pipeline import extract_article
    people = extract_article(text, published="2021-03-10", language=language).people
    assert "Cameron MacKay" in [p.name for p in people]
