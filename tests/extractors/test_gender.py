"""The gender a given name suggests, used to resolve "she"/"elle"/"ella" and "he"/"il"/"él"."""
from __future__ import annotations

import pytest

from extractors.gender import given_name_gender


@pytest.mark.parametrize("name, gender", [
    ("Chrystia Freeland", "f"), ("Mélanie Joly", "f"), ("Claudia Sheinbaum Pardo", "f"),
    ("José Antonio Meade Kuribreña", "m"), ("Ildefonso Guajardo", "m"),
    ("François-Philippe Champagne", "m"), ("Marie-Claude Bibeau", "f"),
    ("Xóchitl Gálvez", None), ("Anand", None),
])
def test_a_common_given_name_has_a_gender_and_others_none(name, gender):
    assert given_name_gender(name) == gender
