"""Is an article about Canada–Mexico relations? Our own short articles in English, Spanish
and French, run through the whole extraction (relevance leans on people, events and
topics)."""
from __future__ import annotations

import pytest

from extractors.model import Relevance
from extractors.pipeline import extract_article
from extractors.text import prepare
from extractors.topics import extract_topics

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


# Officials of both governments, each about a third partner, in paragraphs of their own:
# two governments named apart are no tie between them.
APART_EN = (
    "EU signs trade pact upgrade with Mexico\n"
    "Mexico's Economy Secretary Hugo Santander signed the modernised agreement with the "
    "European Union in Brussels on Tuesday, opening European markets to Mexican farm "
    "goods.\n"
    "The European Commission said the deal removes tariffs on 98 per cent of goods.\n"
    "Separately, Canada's Trade Minister Elaine Whitford met the EU trade commissioner in "
    "Ottawa on Wednesday to review the Canada-EU agreement on steel quotas.")
APART_ES = (
    "La UE y México firman la modernización de su acuerdo\n"
    "El secretario de Economía de México, Hugo Santander, firmó el martes en Bruselas el "
    "acuerdo modernizado con la Unión Europea, que abre el mercado europeo a productos "
    "agrícolas mexicanos.\n"
    "La Comisión Europea afirmó que el pacto elimina aranceles al 98 por ciento de los "
    "bienes.\n"
    "Por otra parte, la ministra canadiense de Comercio Internacional, Elaine Whitford, "
    "recibió el miércoles en Ottawa al comisario europeo de Comercio para revisar las "
    "cuotas de acero del acuerdo entre Canadá y la UE.")
APART_FR = (
    "L'UE et le Mexique signent leur accord modernisé\n"
    "Le secrétaire mexicain à l'Économie, Hugo Santander, a signé mardi à Bruxelles "
    "l'accord modernisé avec l'Union européenne, qui ouvre le marché européen aux produits "
    "agricoles mexicains.\n"
    "La Commission européenne affirme que l'accord supprime les droits de douane sur 98 % "
    "des biens.\n"
    "Par ailleurs, la ministre canadienne du Commerce international, Elaine Whitford, a "
    "reçu mercredi à Ottawa le commissaire européen au Commerce pour revoir les quotas "
    "d'acier de l'accord entre le Canada et l'UE.")
# The same two officials in one paragraph, at one forum.
TOGETHER_EN = (
    "North American supply chains forum opens in Monterrey\n"
    "Canada's Trade Minister Elaine Whitford and Mexico's Economy Secretary Hugo Santander "
    "both spoke at the opening of the supply chains forum in Monterrey on Tuesday, where "
    "auto parts makers pressed for common rules of origin.")


@pytest.mark.parametrize("text", [APART_EN, APART_ES, APART_FR], ids=["en", "es", "fr"])
def test_officials_of_both_governments_named_apart_are_no_tie(text):
    result = extract_article(text, published=PUBLISHED)
    countries = {p.country for p in result.people if p.role in ("minister", "official")}
    assert {"CA", "MX"} <= countries           # both governments are there...
    assert result.relevance.relevant is False  # ... each about the European Union


def test_officials_of_both_governments_in_one_paragraph_are_a_tie():
    result = extract_article(TOGETHER_EN, published=PUBLISHED)
    assert {p.country for p in result.people} >= {"CA", "MX"}
    assert result.relevance.relevant is True


# A markets report: both currencies in one sentence, and three policy words (energy,
# investment, trade) in passing, are no relationship.
MARKETS_EN = (
    "The Canadian dollar rose 0.4% against the U.S. dollar on Friday after Canada's "
    "jobs report, while Mexico's peso fell 0.7% as U.S. payrolls beat forecasts. The "
    'gap between the Canadian dollar and the Mexican peso widened, traders said. '
    'Mexican exports and Canadian investment flows were little changed, and energy '
    "stocks led gains in Toronto. In Mexico City, analysts said Mexico's central bank "
    'would hold rates, and bond yields in Mexico rose.')
MARKETS_ES = (
    'El dólar canadiense subió 0.4% frente al dólar estadounidense el viernes tras el '
    'informe de empleo de Canadá, mientras que el peso mexicano cayó 0.7% porque la '
    'nómina de Estados Unidos superó lo previsto. La brecha entre el dólar canadiense y '
    'el peso mexicano se amplió, dijeron operadores. Las exportaciones mexicanas y los '
    'flujos de inversión canadiense apenas cambiaron, y las acciones de energía '
    'subieron en Toronto. En la Ciudad de México, analistas dijeron que el banco '
    'central de México mantendrá las tasas, y los rendimientos de los bonos en México '
    'subieron.')
MARKETS_FR = (
    'Le dollar canadien a gagné 0,4 % face au dollar américain vendredi après le '
    "rapport sur l'emploi au Canada, tandis que le peso mexicain a reculé de 0,7 % "
    "après les chiffres de l'emploi aux États-Unis. L'écart entre le dollar canadien et "
    'le peso mexicain s’est creusé, selon des courtiers. Les exportations mexicaines et '
    "les flux d'investissement canadiens ont peu changé, et les titres de l'énergie ont "
    'mené les gains à Toronto. À Mexico, des analystes estiment que la banque centrale '
    'du Mexique maintiendra ses taux, et les rendements obligataires au Mexique ont '
    'monté.')


@pytest.mark.parametrize("text", [MARKETS_EN, MARKETS_ES, MARKETS_FR], ids=["en", "es", "fr"])
def test_a_markets_report_naming_both_currencies_is_not_relevant(text):
    result = extract_article(text, published=PUBLISHED)
    assert {"CA", "MX"} <= set(result.relevance.countries)
    # (three fields named, each once: what relevance weighs, though a report on something
    # else does not give them as its topics)
    assert len(extract_topics(prepare(text))) == 3
    assert result.relevance.relevant is False


@pytest.mark.parametrize("text, language", [
    ("New Mexico Governor Michelle Lujan Grisham led a trade mission to Calgary, where she "
     "signed an energy and critical minerals agreement with Alberta. Mexico, the state's "
     "southern neighbour, bought 61 per cent of its exports and Canada 7 per cent. Exporters "
     "in Canada and in Mexico watch investment and tariffs. The mission comes months before "
     "the review of the trade agreement between the United States, Mexico and Canada.", "en"),
    ("La gobernadora de Nuevo México, Michelle Lujan Grisham, encabezó una misión comercial a "
     "Calgary, donde firmó un acuerdo de energía y minerales críticos con Alberta. México, su "
     "vecino del sur, compró 61 por ciento de sus exportaciones y Canadá 7 por ciento. Los "
     "exportadores de Canadá y de México siguen la inversión y los aranceles. La misión llega "
     "meses antes de la revisión del tratado comercial entre Estados Unidos, México y "
     "Canadá.", "es"),
    ("La gouverneure du Nouveau-Mexique, Michelle Lujan Grisham, a mené une mission "
     "commerciale à Calgary, où elle a signé une entente sur l’énergie et les minéraux "
     "critiques avec l’Alberta. Le Mexique, voisin du sud, a acheté 61 % de ses exportations "
     "et le Canada 7 %. Les exportateurs du Canada et du Mexique suivent l’investissement et "
     "les tarifs. La mission précède la révision de l’accord commercial entre les "
     "États-Unis, le Mexique et le Canada.", "fr"),
], ids=["en", "es", "fr"])
def test_a_treaty_between_the_three_countries_is_no_canada_mexico_relationship(text, language):
    # The only sentence with both countries and "between" lists the three of the treaty.
    result = extract_article(text, language=language, published=PUBLISHED)
    assert not result.relevance.relevant


@pytest.mark.parametrize("text, language", [
    ("Trade Minister Maninder Sidhu met the foreign ministers of Brazil, Argentina, Uruguay "
     "and Paraguay in Montevideo on Thursday to relaunch Canada's trade talks with Mercosur. "
     "Brazil and Argentina want better access for beef, and Uruguay and Paraguay seek "
     "investment in energy and critical minerals. Brazil is already a large market for "
     "Canadian fertilizer, and Argentina for Canadian mining investment. Mexico, Canada's "
     "partner in the trade agreement with the United States, remains a far larger market: "
     "trade between Canada and Mexico reached $56 billion last year, and Canadian investment "
     "in Mexico tops $40 billion. Negotiators from Brazil, Argentina, Uruguay and Paraguay "
     "will meet again in Ottawa in the fall.", "en"),
    ("El ministro de Comercio de Canadá, Maninder Sidhu, se reunió el jueves en Montevideo "
     "con los cancilleres de Brasil, Argentina, Uruguay y Paraguay para relanzar las "
     "negociaciones comerciales con el Mercosur. Brasil y Argentina quieren mejor acceso "
     "para la carne, y Uruguay y Paraguay buscan inversión en energía y minerales críticos. "
     "Brasil ya es un gran mercado para los fertilizantes canadienses, y Argentina para la "
     "inversión minera canadiense. México, socio de Canadá en el tratado con Estados Unidos, "
     "sigue siendo un mercado mucho mayor: el comercio entre Canadá y México alcanzó 56 mil "
     "millones de dólares el año pasado, y la inversión canadiense en México supera los 40 "
     "mil millones. Los negociadores de Brasil, Argentina, Uruguay y Paraguay volverán a "
     "reunirse en Ottawa en otoño.", "es"),
    ("Le ministre du Commerce international, Maninder Sidhu, a rencontré jeudi à Montevideo "
     "les ministres des Affaires étrangères du Brésil, de l’Argentine, de l’Uruguay et du "
     "Paraguay pour relancer les négociations commerciales du Canada avec le Mercosur. Le "
     "Brésil et l’Argentine veulent un meilleur accès pour le bœuf, et l’Uruguay et le "
     "Paraguay cherchent des investissements dans l’énergie et les minéraux critiques. Le "
     "Brésil est déjà un grand marché pour les engrais canadiens, et l’Argentine pour "
     "l’investissement minier canadien. Le Mexique, partenaire du Canada dans l’accord avec "
     "les États-Unis, reste un marché bien plus grand : le commerce entre le Canada et le "
     "Mexique a atteint 56 milliards de dollars l’an dernier, et l’investissement canadien "
     "au Mexique dépasse 40 milliards. Les négociateurs du Brésil, de l’Argentine, de "
     "l’Uruguay et du Paraguay se retrouveront à Ottawa à l’automne.", "fr"),
], ids=["en", "es", "fr"])
def test_canadas_talks_with_third_countries_that_compare_mexico_are_not_relevant(
        text, language):
    # Brazil, Argentina, Uruguay and Paraguay are the story; Mexico is a comparison.
    result = extract_article(text, language=language, published="2026-08-21")
    assert {"CA", "MX", "BR"} <= set(result.relevance.countries)
    assert result.relevance.relevant is False


# A U.S.–Mexico dispute that names Canada in passing (a Canadian leader's remark among
# them) is no Canada–Mexico story: one of the two is named less than two fifths as often
# as the other, and no engagement of theirs is told.
PASSING_EN = (
    "Trump threatens Mexico with tariffs over migration\n"
    "President Donald Trump said on Thursday the United States would impose a 5% tariff on "
    "all Mexican imports from June 10 unless Mexico stops migrants crossing into the United "
    "States. Mexican President Andrés Manuel López Obrador said Mexico would not respond "
    "with tariffs of its own and sent Foreign Secretary Marcelo Ebrard to Washington.\n"
    "Mexico is the largest trading partner of the United States, and Mexican exporters of "
    "cars, tomatoes and steel fear the tariff. U.S. farm groups said Mexico could answer "
    "with duties on U.S. pork and corn. In Ottawa, Prime Minister Justin Trudeau said "
    "Canada was watching the dispute closely, as López Obrador spoke to reporters in Mexico "
    "City.\n"
    "Mexican officials will meet U.S. officials in Washington next week, and U.S. "
    "lawmakers warned that the tariff would hurt U.S. consumers and Mexican workers.")
PASSING_ES = (
    "Trump amenaza a México con aranceles por la migración\n"
    "El presidente Donald Trump dijo el jueves que Estados Unidos impondrá un arancel de 5% "
    "a todas las importaciones mexicanas a partir del 10 de junio si México no frena a los "
    "migrantes que cruzan hacia Estados Unidos. El presidente Andrés Manuel López Obrador "
    "dijo que México no responderá con aranceles y envió al canciller Marcelo Ebrard a "
    "Washington.\n"
    "México es el mayor socio comercial de Estados Unidos, y los exportadores mexicanos de "
    "autos, jitomate y acero temen el arancel. Los productores estadounidenses dijeron que "
    "México podría responder con aranceles al cerdo y al maíz de Estados Unidos. En Ottawa, "
    "el primer ministro Justin Trudeau dijo que Canadá sigue de cerca la disputa, mientras "
    "López Obrador hablaba con la prensa en la Ciudad de México.\n"
    "Funcionarios mexicanos se reunirán con funcionarios de Estados Unidos en Washington la "
    "próxima semana, y legisladores estadounidenses advirtieron que el arancel dañará a los "
    "consumidores de Estados Unidos y a los trabajadores mexicanos.")
PASSING_FR = (
    "Trump menace le Mexique de tarifs douaniers à cause de la migration\n"
    "Le président Donald Trump a déclaré jeudi que les États-Unis imposeront des droits de "
    "5 % sur toutes les importations mexicaines à partir du 10 juin si le Mexique ne freine "
    "pas les migrants qui entrent aux États-Unis. Le président mexicain Andrés Manuel López "
    "Obrador a dit que le Mexique ne répliquera pas et a dépêché son chancelier Marcelo "
    "Ebrard à Washington.\n"
    "Le Mexique est le premier partenaire commercial des États-Unis, et les exportateurs "
    "mexicains d’automobiles, de tomates et d’acier craignent ces droits. Les producteurs "
    "américains disent que le Mexique pourrait riposter contre le porc et le maïs des "
    "États-Unis. À Ottawa, le premier ministre Justin Trudeau a dit que le Canada suit le "
    "différend de près, alors que López Obrador s’adressait à la presse à Mexico.\n"
    "Des fonctionnaires mexicains rencontreront des fonctionnaires des États-Unis à "
    "Washington la semaine prochaine, et des élus américains ont prévenu que ces droits "
    "nuiront aux consommateurs des États-Unis et aux travailleurs mexicains.")


@pytest.mark.parametrize("text", [PASSING_EN, PASSING_ES, PASSING_FR], ids=["en", "es", "fr"])
def test_a_us_mexico_dispute_naming_canada_in_passing_is_not_relevant(text):
    result = extract_article(text, published="2019-05-31")
    counts = result.relevance.countries
    assert counts.get("CA", 0) * 5 < counts["MX"] * 2      # Canada in passing
    assert result.relevance.relevant is False


@pytest.mark.parametrize("text", [
    "Mexico's Tourism Secretary Miguel Torruco Marqués met B.C. Tourism, Arts and Culture "
    "Minister Lisa Beare in Vancouver on Tuesday. Some 2.2 million Canadians visited Mexico "
    "last year, and Torruco said Canadian travellers were safe in Mexico.",
    "El secretario de Turismo de México, Miguel Torruco Marqués, se reunió el martes en "
    "Vancouver con la ministra de Turismo de Columbia Británica, Lisa Beare. Unos 2.2 "
    "millones de canadienses visitaron México el año pasado, y Torruco dijo que los viajeros "
    "canadienses están seguros en México.",
    "Le secrétaire mexicain au Tourisme, Miguel Torruco Marqués, a rencontré mardi à "
    "Vancouver la ministre du Tourisme de la Colombie-Britannique, Lisa Beare. Quelque 2,2 "
    "millions de Canadiens ont visité le Mexique l'an dernier, et M. Torruco a assuré que "
    "les voyageurs canadiens sont en sécurité au Mexique.",
], ids=["en", "es", "fr"])
def test_a_mexican_secretary_meeting_a_provinces_minister_is_relevant(text):
    # One of a cabinet meeting one of a province: people of both countries at one
    # engagement tie them (two mayors would not).
    assert relevance(text).relevant is True
