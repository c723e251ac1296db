"""Is an article about Canada–Mexico relations? Our own short articles in English, Spanish
and French, run through the whole extraction (relevance leans on people, events and
topics)."""
from __future__ import annotations

import pytest

from extractors.model import Relevance
from extractors.pipeline import extract_article

PUBLISHED = "2025-09-18"

READOUT_EN = (
    "Canadian Trade Minister Elaine Whitford met Mexican Economy Secretary Hugo Santander in "
    "Ottawa today to discuss trade, investment and critical minerals. The two ministers agreed "
    "to establish working groups on supply chains and energy. Whitford said the Canada-Mexico "
    "relationship has never been stronger.")
READOUT_ES = (
    "La secretaria de Economía de México, Ana Paredes, se reunió hoy en la Ciudad de México "
    "con el ministro canadiense de Comercio Internacional, Paul Okafor. Ambos funcionarios "
    "acordaron ampliar la cooperación en minerales críticos y energía entre México y Canadá.")
READOUT_FR = (
    "La ministre canadienne du Commerce, Sophie Gagnon, a rencontré aujourd'hui à Mexico le "
    "ministre mexicain de l'Économie, Hugo Santander. Les deux ministres ont convenu de "
    "renforcer les échanges commerciaux entre le Canada et le Mexique.")

FOOTBALL_EN = (
    "Canada and Mexico played to a 2-2 draw in a friendly match in Toronto on Saturday. "
    "Canadian striker Liam Foster scored twice, while Mexico's goalkeeper Andrés Ibarra made "
    "six saves. The two teams meet again at the tournament in June, and fans from both "
    "countries filled the stadium.")
FOOTBALL_ES = (
    "México y Canadá empataron 1-1 en un partido amistoso en el Estadio Azteca. El delantero "
    "mexicano anotó un gol y el portero canadiense detuvo un penal. Ambas selecciones se verán "
    "en el torneo.")
FOOTBALL_FR = (
    "Le Canada et le Mexique se sont affrontés au stade olympique de Montréal. L'attaquant "
    "canadien a marqué deux buts et le gardien mexicain a été expulsé. Les deux pays se "
    "retrouveront en finale du tournoi.")
TOURISM = (
    "Cancún is again the top winter destination for Canadians. Hotels in Cancún and Tulum "
    "report strong bookings from Canada, and Mexican resorts are adding direct flights from "
    "Toronto and Montreal. Travel agents say Canadian snowbirds love the beaches of Mexico.")
TARIFFS = (
    "Canada's Finance Minister said Ottawa would respond to new U.S. tariffs on Canadian steel "
    "and aluminum. The United States imposed a 25 per cent duty last week. Canadian officials "
    "said they would meet U.S. Commerce Department officials in Washington. Mexico was not "
    "mentioned in the announcement.")


def relevance(text: str) -> Relevance:
    return extract_article(text, published=PUBLISHED).relevance


@pytest.mark.parametrize("text", [READOUT_EN, READOUT_ES, READOUT_FR],
                         ids=["en", "es", "fr"])
def test_canada_mexico_ministerial_readout_is_relevant(text):
    assert relevance(text).relevant is True


@pytest.mark.parametrize("text", [FOOTBALL_EN, FOOTBALL_ES, FOOTBALL_FR],
                         ids=["en", "es", "fr"])
def test_football_match_between_the_two_countries_is_not_relevant(text):
    assert relevance(text).relevant is False


def test_cancun_tourism_piece_is_not_relevant():
    assert relevance(TOURISM).relevant is False


def test_canada_us_tariff_story_is_not_relevant():
    assert relevance(TARIFFS).relevant is False


def test_article_about_one_country_only_is_not_relevant_and_scores_zero():
    got = relevance("Canada's exports of lumber rose in August, Statistics Canada said. "
                    "Ottawa expects growth in Ontario and Quebec.")
    assert (got.relevant, got.score) == (False, 0.0)


@pytest.mark.parametrize("text", [READOUT_EN, READOUT_ES, READOUT_FR, FOOTBALL_EN, TOURISM,
                                  TARIFFS])
def test_score_is_between_zero_and_one(text):
    assert 0.0 <= relevance(text).score <= 1.0


def test_readout_scores_higher_than_the_off_topic_pieces():
    readout = relevance(READOUT_EN).score
    assert all(readout > relevance(t).score for t in (FOOTBALL_EN, TOURISM, TARIFFS))


def test_country_counts_include_names_demonyms_and_places():
    # Canadian, Canada (in Canada-Mexico), Ottawa -> CA; Mexican, Mexico -> MX.
    got = relevance(READOUT_EN)
    assert (got.countries["CA"], got.countries["MX"]) == (3, 2)


def test_country_counts_name_the_united_states_in_the_tariff_story():
    got = relevance(TARIFFS)
    assert got.countries["US"] == 4         # "U.S." twice, "United States", Washington
    assert got.countries["CA"] > got.countries["MX"]


def test_countries_never_mentioned_are_left_out():
    got = relevance(READOUT_EN)
    assert set(got.countries) == {"CA", "MX"}
