"""The gender a given name suggests, used to resolve "she"/"elle"/"ella" and "he"/"il"/"él"."""
from __future__ import annotations

import pytest

from extractors.gender import given_name_gender, parse_name_genders


@pytest.mark.parametrize("name, gender", [
    ("Chrystia Freeland", "f"), ("Mélanie Joly", "f"), ("Claudia Sheinbaum Pardo", "f"),
    ("José Antonio Meade Kuribreña", "m"), ("Ildefonso Guajardo", "m"),
    ("François-Philippe Champagne", "m"), ("Marie-Claude Bibeau", "f"),
    ("Anand", None), ("Tlacaelel Ramírez", None),
    # From gender-guesser's dictionary: names it gives one gender only.
    ("Omar García Harfuch", "m"), ("Tim Hodgson", "m"), ("Édgar Amador Zamora", "m"),
    ("Xóchitl Gálvez", "f"),
    # Names it calls mostly one gender, or either, have none here.
    ("Dana Whitfield", None), ("Cameron MacKay", None), ("Luz Elena González", None),
])
def test_a_common_given_name_has_a_gender_and_others_none(name, gender):
    assert given_name_gender(name) == gender


def test_the_dictionary_gives_each_name_one_gender_or_none():
    raw = (b"# comment\n"
           b"M  Omar                        2          \n"
           b"F  Dana                         1    1 232 \n"
           b"?F Dana                       1 5          \n"
           b"1F Maria                        3          \n"
           b"?  Kim                          5          \n"
           b"= Jurgen Juergen\n")
    assert parse_name_genders(raw) == {"omar": "m", "maria": "f"}
