"""The fast paths of engagement extraction give what the plain computations they replace
give."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.events import _ANAPHORA, _refers_back

_PIECES = st.lists(st.sampled_from([
    " ", "  ", "\t", "\n", "\u00a0", ",", ".", "'", "-", "x", "1", "_", "é", "the", "la", "el",
    "de", "leur", "au cours", "au cours de leur", "lors de la", "of the", "during", "talks",
    "meeting", "reunion", "this", "thes",
]), max_size=12).map("".join)


@settings(max_examples=3000)
@given(_PIECES)
def test_a_reference_back_is_found_near_the_end_as_anywhere(text: str) -> None:
    assert _refers_back(text) == bool(_ANAPHORA.search(text))
