"""The knowledge trie's entries and the summaries the recogniser reads off them."""
from __future__ import annotations

from extractors.gazetteer import Entries, Trie


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
