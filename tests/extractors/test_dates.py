"""Dates in English, Spanish and French, explicit and relative, resolved against the
publication date (backwards for what happened, forwards for what is planned).

2025-09-18, the reference day of most tests, is a Thursday."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors.dates import (
    _DATE_CUE,
    _EXPLICIT,
    _MONTH_ONLY,
    _RELATIVE,
    _RELATIVE_WORDS,
    _WEEKDAY_RE,
    MONTHS,
    WEEKDAYS,
    DateMention,
    _scan,
    find_dates,
    iso_week,
    read_published,
)
from extractors.text import word_alternation

THURSDAY = "2025-09-18"


def only(text: str, published: str | None = THURSDAY, planned: bool = False) -> DateMention:
    found = find_dates(text, published, planned)
    assert len(found) == 1, found
    return found[0]


# -- explicit dates ----------------------------------------------------------------

def test_english_month_day_year():
    d = only("The ministers met on May 19, 2023 in Ottawa.")
    assert (d.text, d.date) == ("May 19, 2023", "2023-05-19")


def test_abbreviated_month_with_full_stop():
    d = only("Talks opened Sept. 18, 2025, in Toronto.")
    assert (d.text, d.date) == ("Sept. 18, 2025", "2025-09-18")


def test_french_day_month_year():
    d = only("Les ministres se sont réunis le 16 novembre 2021 à Québec.")
    assert (d.text, d.date) == ("16 novembre 2021", "2021-11-16")


def test_french_first_of_the_month():
    d = only("Ils se verront le 1er avril.", published="2025-03-10", planned=True)
    assert (d.text, d.date) == ("1er avril", "2025-04-01")


def test_spanish_day_de_month_de_year():
    d = only("Las delegaciones se reunieron el 5 de agosto de 2025 en Monterrey.")
    assert (d.text, d.date) == ("5 de agosto de 2025", "2025-08-05")


def test_iso_date():
    assert only("Reunion held 2025-09-10.").date == "2025-09-10"


def test_ordinal_suffix_is_accepted():
    assert only("She arrived on May 5th.").date == "2025-05-05"


def test_explicit_date_needs_no_publication_date():
    assert only("They met on May 19, 2023.", published=None).date == "2023-05-19"


def test_date_without_year_takes_the_publication_year():
    assert only("Se reunieron el 5 de agosto.").date == "2025-08-05"


def test_date_without_year_after_publication_is_last_years_when_held():
    # "December 1" read in a January article, about something that happened.
    assert only("They met on December 1.", published="2026-01-10").date == "2025-12-01"


def test_date_without_year_before_publication_is_next_years_when_planned():
    assert only("They will meet on January 5.", published="2025-12-20",
                planned=True).date == "2026-01-05"


def test_impossible_day_gives_no_date():
    d = only("Nothing happened on 31 February 2024.")
    assert d.text == "31 February 2024"
    assert d.date is None


def test_mention_offsets_point_at_the_text():
    text = "Le sommet aura lieu le 3 décembre à Ottawa."
    d = only(text, planned=True)
    assert text[d.start:d.end] == d.text == "3 décembre"
    assert d.date == "2025-12-03"


def test_a_bare_year_is_not_a_date():
    assert find_dates("In 2024 the two countries traded more.", THURSDAY) == []


# -- today / yesterday / tomorrow ----------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("The minister spoke today.", "today"),
    ("La ministra habló hoy con su homólogo.", "hoy"),
    ("Le ministre a parlé aujourd’hui avec son homologue.", "aujourd’hui"),
])
def test_today_is_the_publication_day(text, word):
    d = only(text)
    assert (d.text, d.date) == (word, THURSDAY)


@pytest.mark.parametrize("text, word", [
    ("They met yesterday.", "yesterday"),
    ("Se reunieron ayer en Ottawa.", "ayer"),
    ("Ils se sont rencontrés hier à Ottawa.", "hier"),
])
def test_yesterday_is_the_day_before_publication(text, word):
    d = only(text)
    assert (d.text, d.date) == (word, "2025-09-17")


@pytest.mark.parametrize("text, word", [
    ("Last night, the minister hosted the secretary for a working dinner.", "Last night"),
    ("Anoche, la ministra cenó con el secretario.", "Anoche"),
    ("La nuit dernière, la ministre a dîné avec le secrétaire.", "La nuit dernière"),
])
def test_last_night_is_the_day_before_publication(text, word):
    d = only(text)
    assert (d.text, d.date) == (word, "2025-09-17")


@pytest.mark.parametrize("text", ["They will meet tomorrow.", "Ils se rencontreront demain.",
                                  "Mañana se reunirán."])
def test_tomorrow_is_the_day_after_publication(text):
    assert only(text, planned=True).date == "2025-09-19"


def test_spanish_manana_in_a_held_sentence_is_morning_not_a_date():
    assert find_dates("Se reunieron por la mañana.", THURSDAY) == []


def test_relative_day_without_publication_date_keeps_text_and_no_day():
    d = only("They met today.", published=None)
    assert (d.text, d.date) == ("today", None)


def test_unreadable_publication_date_is_treated_as_unknown():
    assert only("They met today.", published="not a date").date is None


# -- weekdays -----------------------------------------------------------------------

def test_weekday_of_something_held_counts_backwards():
    d = only("The ministers met on Tuesday.")
    assert (d.text, d.date) == ("on Tuesday", "2025-09-16")


def test_weekday_of_something_planned_counts_forwards():
    assert only("The ministers will meet on Tuesday.", planned=True).date == "2025-09-23"


def test_spanish_el_pasado_martes_counts_backwards():
    d = only("Se reunieron el pasado martes.")
    assert (d.text, d.date) == ("el pasado martes", "2025-09-16")


def test_spanish_el_proximo_lunes_counts_forwards():
    d = only("Se reunirán el próximo lunes.", planned=True)
    assert (d.text, d.date) == ("el próximo lunes", "2025-09-22")


def test_french_lundi_prochain_counts_forwards():
    d = only("Les ministres se rencontreront lundi prochain.", planned=True)
    assert (d.text, d.date) == ("lundi prochain", "2025-09-22")


def test_next_overrides_a_held_reading():
    # Even where the caller did not flag the sentence as planned, "next" looks ahead.
    assert only("They meet next Monday.").date == "2025-09-22"


def test_last_overrides_a_planned_reading():
    assert only("As they did last Monday, they will meet.", planned=True).date == "2025-09-15"


def test_bare_weekday_at_the_start_of_a_sentence():
    assert only("Sunday, the ministers met.").date == "2025-09-14"


# -- vague periods --------------------------------------------------------------------

@pytest.mark.parametrize("text, phrase", [
    ("The ministers will meet this week.", "this week"),
    ("The meeting is set for next week.", "next week"),
    ("Ils se verront le mois prochain.", "le mois prochain"),
    ("Se verán la próxima semana.", "la próxima semana"),
    ("Earlier this week, the ministers met.", "Earlier this week"),
    ("The ministers will meet next year.", "next year"),
    ("Los ministros se reunirán el próximo año.", "el próximo año"),
    ("Los ministros se reunirán el año que viene.", "el año que viene"),
    ("Les ministres se réuniront l’an prochain.", "l’an prochain"),
    ("Les ministres se réuniront l'année prochaine.", "l'année prochaine"),
    ("This year, the ministers met twice.", "This year"),
    ("Este año, los ministros se reunieron dos veces.", "Este año"),
    ("Cette année, les ministres se sont réunis deux fois.", "Cette année"),
])
def test_vague_period_keeps_its_text_and_no_day(text, phrase):
    d = only(text, planned=True)
    assert (d.text, d.date) == (phrase, None)


def test_month_alone_keeps_its_text_and_no_day():
    d = only("The minister will travel in June.", planned=True)
    assert (d.text, d.date) == ("in June", None)


@pytest.mark.parametrize("text, phrase", [
    ("Elle se rendra à Mexico au début de novembre.", "au début de novembre"),
    ("Il y retournera à la fin du mois de novembre.", "à la fin du mois de novembre"),
    ("He will travel there at the end of November.", "November"),
    ("Viajará a Ottawa a finales de noviembre.", "a finales de noviembre"),
])
def test_the_start_or_end_of_a_month_is_that_month_with_no_day(text, phrase):
    d = only(text, planned=True)
    assert (d.text, d.date) == (phrase, None)


@pytest.mark.parametrize("text, phrase", [
    ("They will meet in the first half of 2027.", "in the first half of 2027"),
    ("Se reunirán en el primer semestre de 2027.", "en el primer semestre de 2027"),
    ("Ils se rencontreront au premier semestre de 2027.", "au premier semestre de 2027"),
    ("He will visit Ottawa during the first quarter of 2027.", "the first quarter of 2027"),
    ("Visitará Ottawa durante el primer trimestre de 2027.", "el primer trimestre de 2027"),
    ("Il se rendra à Ottawa au premier trimestre de 2027.", "au premier trimestre de 2027"),
])
def test_a_half_or_a_quarter_of_a_year_is_a_date_with_no_day(text, phrase):
    d = only(text, planned=True)
    assert (d.text, d.date) == (phrase, None)


def test_spanish_month_and_year_keep_no_day():
    d = only("Se reunirán en diciembre de 2025.", planned=True)
    assert (d.text, d.date) == ("en diciembre de 2025", None)


def test_several_dates_are_returned_in_order():
    found = find_dates("They met yesterday and will meet again on October 2.", THURSDAY)
    assert [(d.text, d.date) for d in found] == [("yesterday", "2025-09-17"),
                                                ("October 2", "2025-10-02")]


# -- iso_week -----------------------------------------------------------------------

def test_iso_week_of_a_day():
    assert iso_week("2025-09-18") == "2025-W38"


def test_iso_week_at_a_year_boundary_belongs_to_the_iso_year():
    assert iso_week("2021-01-01") == "2020-W53"


def test_iso_week_of_nothing_is_none():
    assert iso_week(None) is None
    assert iso_week("18/09/2025") is None


# -- each pattern run from the first place a match can start ---------------------------

@pytest.mark.parametrize("folded", [
    "", "june", "in  early\tjune 2024", "talks el pasado  martes y el jueves",
    "mardi dernier, mardi 17 novembre", "x-june and mid-june", "(june 5) and sept. 18, 2025",
    "au mois de mai dernier", "el 5 de agosto de 2025 y el 2025-09-18", "a\u3000june",
    "they met in in june, on monday; le lundi 1er avril", "el 2025-09-18 a las 5",
    "today, hier et demain", "the g7 summit this week", "later this week and this weekend",
])
def test_scan_finds_what_each_pattern_finds_from_the_start(folded):
    assert_scan_finds_what_each_pattern_finds(folded)


def assert_scan_finds_what_each_pattern_finds(folded: str) -> None:
    def spans(matches):
        return [(m.span(), m.groupdict()) for m in matches]
    explicit, relative, weekday, month_only = _scan(folded)
    # A pattern not run has no match.
    assert [match for found in explicit for match in spans(found)] \
        == [match for p, _, _ in _EXPLICIT for match in spans(p.finditer(folded))]
    assert spans(relative) == spans(_RELATIVE.finditer(folded))
    assert spans(weekday) == spans(_WEEKDAY_RE.finditer(folded))
    assert spans(month_only) == spans(_MONTH_ONLY.finditer(folded))


_PIECES = st.lists(st.sampled_from([
    " ", "  ", "\t", ",", ".", "-", "(", "x", "1", "5", "19", "2025", "-09-18", "er", "de",
    "del", "in", "en", "el", "le", "on", "last", "next", "early", "mid-", "fin", "a",
    "june", "may", "mai", "sept", "mars", "mar", "martes", "mardi", "lundi", "dernier",
    "pasado", "proximo", "monday", "today", "hier", "this week", "manana", "de l'an dernier",
]), max_size=16).map("".join)


@settings(max_examples=3000)
@given(_PIECES)
def test_scan_finds_what_each_pattern_finds_on_any_text(folded: str) -> None:
    assert_scan_finds_what_each_pattern_finds(folded)


@settings(max_examples=2000)
@given(_PIECES)
def test_date_cues_are_where_a_date_word_or_number_opens_a_word(folded: str) -> None:
    plain = re.compile(word_alternation([*_RELATIVE_WORDS, *MONTHS, *WEEKDAYS], after=r"\b")
                       + r"|\d")
    assert [hit.start() for hit in _DATE_CUE.finditer(" " + folded)] \
        == [at for at in range(len(folded))
            if (at == 0 or not re.match(r"\w", folded[at - 1])) and plain.match(folded, at)]


# -- a publication date known to the month only -----------------------------------------

@pytest.mark.parametrize("text", [
    "They met on November 16.", "Se reunieron el 16 de noviembre.",
    "Ils se sont rencontrés le 16 novembre.",
], ids=["en", "es", "fr"])
def test_a_published_month_gives_a_date_without_a_year_its_year(text):
    assert only(text, "2023-11").date == "2023-11-16"


@pytest.mark.parametrize("text", [
    "They met on Tuesday.", "Se reunieron el martes.", "Ils se sont rencontrés mardi.",
], ids=["en", "es", "fr"])
def test_a_published_month_does_not_resolve_a_weekday(text):
    assert only(text, "2023-11").date is None


@pytest.mark.parametrize("value,read", [
    ("2023-11-16", "2023-11-16"), ("2023-11-16T09:30:00Z", "2023-11-16"),
    ("2023-11-16T09:30:00.250-05:00", "2023-11-16"), ("2023-11-16 09:30", "2023-11-16"),
    (" 2023-11 ", "2023-11"), ("2023-13", None), ("2023-02-30", None), ("2023", None),
    ("16/11/2023", None), ("", None), (None, None),
])
def test_read_published(value, read):
    assert read_published(value) == read


@pytest.mark.parametrize("text,written,day", [
    ("One year ago today, Carney stood beside Sheinbaum.", "One year ago today", "2025-09-18"),
    ("Two weeks ago, Anand met de la Fuente.", "Two weeks ago", "2026-09-04"),
    ("The ministers spoke three days ago.", "three days ago", "2026-09-15"),
    ("Hace una semana, Anand se reunió con De la Fuente.", "Hace una semana", "2026-09-11"),
    ("Hace exactamente un año, Carney visitó México.", "Hace exactamente un año", "2025-09-18"),
    ("Il y a deux semaines, Anand a rencontré De la Fuente.", "Il y a deux semaines",
     "2026-09-04"),
    ("Il y a un an jour pour jour, Carney était à Mexico.", "Il y a un an jour pour jour",
     "2025-09-18"),
])
def test_so_long_ago_is_a_day_counted_back_from_publication(text, written, day):
    assert [(d.text, d.date) for d in find_dates(text, "2026-09-18")] == [(written, day)]


@pytest.mark.parametrize("text", [
    "Processing times fell to 14 days from 45 days a year ago.",
    "Hace un año, Carney visitó México.",
    "Il y a trois mois, le Canada a signé.",
    "Hace falta un año más de trabajo.",
])
def test_a_month_or_year_ago_not_said_to_the_day_names_no_day(text):
    assert find_dates(text, "2026-09-18") == []


@pytest.mark.parametrize("text, phrase, day", [
    ("Sheinbaum said Thursday she had spoken with Carney the day before.", "the day before",
     "2025-09-17"),
    ("La presidenta informó el jueves que habló el día anterior con Carney.",
     "el día anterior", "2025-09-17"),
    ("La présidente a annoncé jeudi s’être entretenue la veille avec Carney.", "la veille",
     "2025-09-17"),
    ("Anand announced it on Thursday, a day after a call with Ebrard.", "a day after",
     "2025-09-17"),
    ("La ministre a fait l’annonce jeudi, au lendemain d’un entretien avec Ebrard.",
     "au lendemain d’", "2025-09-17"),
    ("Se reunieron la víspera de la cumbre del viernes 19 de septiembre.", "la víspera de",
     "2025-09-18"),
    ("They met on Tuesday and again the following day.", "the following day", "2025-09-17"),
], ids=["en-day-before", "es-dia-anterior", "fr-veille", "en-day-after", "fr-lendemain-de",
        "es-vispera-de", "en-following-day"])
def test_a_day_told_from_another_of_the_sentence(text, phrase, day):
    found = {d.text: d.date for d in find_dates(text, THURSDAY)}
    assert found[phrase] == day


def test_a_day_told_from_another_the_sentence_does_not_give_has_none():
    assert [d.date for d in find_dates("Al día siguiente, Ebrard viajó a Ottawa.", THURSDAY)
            ] == [None]


@pytest.mark.parametrize("text, written", [
    ("They agreed to meet again in Mexico City in early 2027.", "in early 2027"),
    ("The visit is due by the end of 2026.", "by the end of 2026"),
    ("Acordaron reunirse de nuevo a principios de 2027.", "a principios de 2027"),
    ("Acordaron reunirse a finales del año 2027.", "a finales del año 2027"),
    ("Elles ont convenu de se revoir à Mexico au début de 2027.", "au début de 2027"),
])
def test_a_part_of_a_year_is_a_date_as_written_with_no_day(text, written):
    found = find_dates(text, "2026-09-24", planned=True)
    assert [(d.text, d.date) for d in found] == [(written, None)]


def test_a_year_alone_is_no_date():
    assert find_dates("Trade grew in 2025 and the program started in 2024.",
                      "2026-09-24") == []


@pytest.mark.parametrize("text, written", [
    ("A visit in the first week of December.", "in the first week of December"),
    ("Una visita la primera semana de diciembre.", "la primera semana de diciembre"),
    ("Une visite la première semaine de décembre.", "la première semaine de décembre"),
])
def test_a_week_of_a_month_is_a_date_as_written(text, written):
    assert [(d.text, d.date) for d in find_dates(text, "2026-11-19", planned=True)] \
        == [(written, None)]


@pytest.mark.parametrize("text, published, day", [
    ("The day before, Tuesday, LeBlanc and Ebrard dined together.", "2026-10-22",
     "2026-10-20"),
    ("La víspera, el martes por la noche, Ebrard y LeBlanc cenaron.", "2026-10-22",
     "2026-10-20"),
    ("La veille, lundi soir, MM. LeBlanc et Ebrard avaient soupé ensemble.", "2026-11-17",
     "2026-11-16"),
], ids=["en", "es", "fr"])
def test_the_day_before_with_its_day_right_after_is_that_day(text, published, day):
    # "La víspera, el martes": an apposition says which day the eve is, not one before it.
    found = find_dates(text, published, False)
    assert [d.date for d in found] == [day, day]


@pytest.mark.parametrize("text, day", [
    ("The next day, Wednesday, Nov. 4, in Ottawa, Ebrard met Sidhu.", "2026-11-04"),
    ("Al día siguiente, miércoles 4 de noviembre, en Ottawa, Ebrard se reunió con Sidhu.",
     "2026-11-04"),
    ("Le lendemain, mercredi 4 novembre, à Ottawa, M. Ebrard a rencontré M. Sidhu.",
     "2026-11-04"),
], ids=["en", "es", "fr"])
def test_the_next_day_with_its_weekday_and_date_right_after_is_that_date(text, day):
    # Not the day after the publication's: the date the apposition gives.
    found = find_dates(text, "2026-11-06", False)
    assert [d.date for d in found] == [day, day]


@pytest.mark.parametrize("text", [
    "Every Saturday, our review sums up what the Mexican papers wrote about Canada.",
    "Cada sábado, nuestra revista resume lo que la prensa canadiense escribió sobre México.",
    "Chaque samedi, notre revue de presse résume ce que les journaux mexicains ont écrit.",
], ids=["en", "es", "fr"])
def test_a_weekday_that_recurs_is_no_day(text):
    # "Chaque samedi": every Saturday, not the Saturday of the week.
    assert find_dates(text, "2026-11-14") == []


@pytest.mark.parametrize("text", ["They will speak by phone this afternoon.",
                                  "Hablarán por teléfono esta tarde.",
                                  "Ils se parleront cet après-midi.",
                                  "Se verán esta noche.", "Ils se verront ce soir."])
def test_a_part_of_the_day_of_publication_is_that_day(text):
    assert [d.date for d in find_dates(text, THURSDAY, True)] == [THURSDAY]


def test_that_evening_is_no_day_of_its_own():
    # "Ce soir-là": that evening, the one the text was telling of, not this one
    assert [d.date for d in find_dates("Ce soir-là, à Ottawa, il pleuvait.", THURSDAY)] == []


def test_a_month_told_as_the_past_month_of_is_a_date():
    # (as "last June", "en junio pasado", "au mois de juin dernier")
    found = find_dates("La visita de Estado que realizó el pasado mes de junio.", THURSDAY)
    assert [d.text for d in found] == ["el pasado mes de junio"]
