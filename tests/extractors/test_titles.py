"""A person's title, role and country, read from the words around their name (before
it or in an apposition after it), with the gazetteer filling what the text leaves out."""
from __future__ import annotations

import pytest

from extractors.entities import recognise
from extractors.gazetteer import load_knowledge
from extractors.lexicon import load_lexicon
from extractors.text import fold, prepare
from extractors.titles import PersonInfo, read_people

PUBLISHED = "2025-09-18"


def infos(text: str, published: str | None = PUBLISHED) -> dict[str, PersonInfo]:
    kb, lex = load_knowledge(), load_lexicon()
    doc = prepare(text)
    return read_people(doc, recognise(doc, kb, lex, published), kb, lex, published)


def info(text: str, name: str, published: str | None = PUBLISHED) -> PersonInfo:
    found = infos(text, published)
    assert name in found, found
    return found[name]


# -- titles before the name ---------------------------------------------------------

def test_english_title_with_demonym_before_the_name():
    got = info("Canadian Trade Minister Elaine Whitford arrived in Ottawa.", "Elaine Whitford")
    assert got == PersonInfo(title="Trade Minister", role="minister", country="CA")


def test_mexican_secretary_before_the_name_is_a_minister():
    got = info("Mexican Economy Secretary Hugo Santander arrived in Ottawa.", "Hugo Santander")
    assert got == PersonInfo(title="Economy Secretary", role="minister", country="MX")


@pytest.mark.parametrize("text, name, title, country", [
    ("Par ailleurs, la ministre canadienne du Commerce international, Elaine Whitford, a "
     "reçu le commissaire.", "Elaine Whitford",
     "ministre canadienne du Commerce international", "CA"),
    ("Le ministre de la Sécurité publique, Paul Okafor, a parlé mardi.", "Paul Okafor",
     "ministre de la Sécurité publique", None),
    # (A secretaria the Spanish text gives no country is Mexico's: see below.)
    ("En cambio, la secretaria de Desarrollo económico, Ana Paredes, habló el martes.",
     "Ana Paredes", "secretaria de Desarrollo económico", "MX"),
], ids=["fr-international", "fr-publique", "es-economico"])
def test_a_portfolio_ending_in_a_lower_case_adjective_before_the_comma(text, name, title,
                                                                       country):
    got = info(text, name)
    assert (got.title, got.role, got.country) == (title, "minister", country)


@pytest.mark.parametrize("text, title", [
    ("Mercredi, Stéphane Dion a parlé avec la secrétaire aux Relations extérieures Claudia "
     "Ruiz Massieu.", "secrétaire aux Relations extérieures"),
    ("El miércoles, Stéphane Dion habló con la secretaria de Relaciones exteriores Claudia "
     "Ruiz Massieu.", "secretaria de Relaciones exteriores"),
    ("On Wednesday, Stéphane Dion spoke with the Secretary of Foreign Relations Claudia Ruiz "
     "Massieu.", "Secretary of Foreign Relations"),
], ids=["fr", "es", "en"])
def test_a_portfolio_ending_in_exterieures_right_before_the_name(text, title):
    # ("extérieures", "exteriores": adjectives in -ieur, -ior, as "étrangères" is one)
    assert info(text, "Claudia Ruiz Massieu Salinas").title == title


@pytest.mark.parametrize("text, title", [
    ("El subsecretario para América del Norte, Roberto Velasco, viajó a Ottawa.",
     "subsecretario para América del Norte"),
    ("Le sous-secrétaire pour l'Amérique du Nord, Roberto Velasco, s'est rendu à Ottawa.",
     "sous-secrétaire pour l'Amérique du Nord"),
    ("The Under Secretary for North America, Roberto Velasco, travelled to Ottawa.",
     "Under Secretary for North America"),
], ids=["es", "fr", "en"])
def test_a_region_in_a_title_names_no_country(text, title):
    # "América" alone may name the United States; "América del Norte" is a region. (A
    # subsecretario the Spanish text gives no country is Mexico's: see below.)
    got = info(text, "Roberto Velasco")
    assert (got.title, got.country) == (title, "MX" if text.startswith("El ") else None)


def test_a_lower_case_word_before_a_comma_is_not_a_title_on_its_own():
    assert info("Les producteurs ont protesté hier, Marc Tremblay en tête.",
                "Marc Tremblay").title is None


def test_spanish_title_with_de_country_between_commas():
    got = info("La ministra de Relaciones Exteriores de México, Beatriz Olmedo, llegó a "
               "Ottawa.", "Beatriz Olmedo")
    assert got == PersonInfo(title="ministra de Relaciones Exteriores de México",
                             role="minister", country="MX")


def test_spanish_head_of_government_de_canada():
    got = info("El primer ministro de Canadá, Mark Carney, habló con la prensa.", "Mark Carney")
    assert got == PersonInfo(title="primer ministro de Canadá", role="head_of_government",
                             country="CA")


def test_french_title_with_du_mexique():
    got = info("Le secrétaire aux Affaires étrangères du Mexique, Rodrigo Valdés, est arrivé "
               "à Ottawa.", "Rodrigo Valdés")
    assert got == PersonInfo(title="secrétaire aux Affaires étrangères du Mexique",
                             role="minister", country="MX")


def test_french_title_with_feminine_demonym():
    got = info("Le ministre a rencontré la ministre canadienne Sophie Gagnon à Québec.",
               "Sophie Gagnon")
    assert (got.role, got.country) == ("minister", "CA")


def test_spanish_ambassador_de_canada():
    got = info("La canciller recibió al embajador de Canadá, Thomas Reid, en su oficina.",
               "Thomas Reid")
    assert got == PersonInfo(title="embajador de Canadá", role="ambassador", country="CA")


# -- titles after the name -------------------------------------------------------------

def test_apposition_with_possessive_country():
    got = info("Hugo Santander, Mexico's Secretary of Economy, arrived in Ottawa.",
               "Hugo Santander")
    assert got == PersonInfo(title="Secretary of Economy", role="minister", country="MX")


def test_apposition_makes_an_analyst_an_expert():
    got = info("Jean Tremblay, an analyst at the Montreal Economic Institute, said the deal "
               "helps.", "Jean Tremblay")
    assert (got.title, got.role) == ("analyst", "expert")


def test_apposition_makes_an_economist_an_expert():
    got = info("Dr. Laura Benítez, an economist in Toronto, said tariffs would hurt.",
               "Laura Benítez")
    assert got.role == "expert"


def test_chief_executive_of_a_company_is_business():
    got = info("Fernando Castillo Ruiz, the chief executive of Norteño Foods, spoke.",
               "Fernando Castillo Ruiz")
    assert (got.title, got.role) == ("chief executive of Norteño Foods", "business")


def test_president_of_a_company_is_business_not_head_of_state():
    got = info("Ana Ruiz, president of Aceros del Norte Group, spoke in Monterrey.", "Ana Ruiz")
    assert got.role == "business"


# -- leaders and the gazetteer -----------------------------------------------------------

def test_prime_minister_is_head_of_government_of_canada():
    got = info("Prime Minister Mark Carney spoke today.", "Mark Carney")
    assert got == PersonInfo(title="Prime Minister", role="head_of_government", country="CA")


def test_president_of_mexico_is_head_of_state():
    got = info("President Claudia Sheinbaum spoke today.", "Claudia Sheinbaum Pardo")
    assert (got.title, got.role, got.country) == ("President", "head_of_state", "MX")


def test_ambassador_country_comes_from_the_gazetteer():
    got = info("Ambassador Cameron MacKay met business leaders.", "Cameron MacKay")
    assert (got.role, got.country) == ("ambassador", "CA")


def test_office_held_on_the_publication_day_fills_a_missing_title():
    got = info("Mélanie Joly spoke to reporters.", "Mélanie Joly", published="2023-03-10")
    assert got == PersonInfo(title="Minister of Foreign Affairs", role="minister", country="CA")


def test_office_depends_on_the_publication_day():
    got = info("Mélanie Joly spoke to reporters.", "Mélanie Joly", published="2025-09-18")
    assert got.title == "Minister of Industry"


@pytest.mark.parametrize("text", [
    "Claudia Sheinbaum promised to keep that line.",
    "Claudia Sheinbaum prometió mantener esa línea.",
    "Claudia Sheinbaum a promis de maintenir cette ligne.",
])
def test_no_office_between_one_that_ended_and_one_that_starts_months_later(text):
    # April 2024: no longer at the head of Mexico City's government (to June 2023), not
    # president before October.
    got = info(text, "Claudia Sheinbaum Pardo", published="2024-04-11")
    assert (got.title, got.role, got.country) == (None, "other", "MX")


@pytest.mark.parametrize("text", [
    "Justin Trudeau spoke today with Andrés Manuel López Obrador.",
    "Justin Trudeau habló hoy con Andrés Manuel López Obrador.",
    "Justin Trudeau s'est entretenu aujourd'hui avec Andrés Manuel López Obrador.",
])
def test_an_office_that_starts_within_months_is_the_one_elected_to(text):
    # July 2018, president-elect: the office starts in December.
    got = info(text, "Andrés Manuel López Obrador", published="2018-07-02")
    assert (got.title, got.role, got.country) == ("President of Mexico", "head_of_state", "MX")
    # In March 2018, a candidate: no office yet.
    got = info(text, "Andrés Manuel López Obrador", published="2018-03-05")
    assert (got.title, got.role) == (None, "other")


def test_title_in_the_text_wins_over_the_gazetteer():
    got = info("Industry Minister Mélanie Joly spoke to reporters.", "Mélanie Joly",
               published="2025-09-18")
    assert (got.title, got.role, got.country) == ("Industry Minister", "minister", "CA")


def test_surname_resolved_office_holder_gets_role_and_country():
    got = info("Minister Dion spoke with reporters.", "Stéphane Dion", published="2016-05-04")
    assert (got.role, got.country) == ("minister", "CA")


# -- no title -------------------------------------------------------------------------

def test_person_without_any_title_is_other_with_no_country():
    got = info("Maria Gonzalez said prices fell.", "Maria Gonzalez")
    assert got == PersonInfo(title=None, role="other", country=None)


def test_two_people_in_one_sentence_each_keep_their_own_title():
    got = infos("Canadian Trade Minister Elaine Whitford met Hugo Santander, Mexico's "
                "Secretary of Economy, in Ottawa.")
    assert got["Elaine Whitford"] == PersonInfo(title="Trade Minister", role="minister",
                                                country="CA")
    assert got["Hugo Santander"] == PersonInfo(title="Secretary of Economy", role="minister",
                                               country="MX")


def test_spanish_apposition_with_de_mexico():
    got = info("Hugo Santander, secretario de Economía de México, llegó a Ottawa.",
               "Hugo Santander")
    assert got == PersonInfo(title="secretario de Economía de México", role="minister",
                             country="MX")


def test_french_apposition_with_demonym_inside_the_title():
    got = info("Sophie Gagnon, ministre canadienne du Commerce, est arrivée à Québec.",
               "Sophie Gagnon")
    assert got == PersonInfo(title="ministre canadienne du Commerce", role="minister",
                             country="CA")


def test_possessive_country_before_the_title():
    got = info("Mexico's Economy Secretary Hugo Santander arrived in Ottawa.", "Hugo Santander")
    assert (got.title, got.role, got.country) == ("Economy Secretary", "minister", "MX")


def test_deputy_minister_is_not_a_minister():
    got = info("Deputy Minister Paul Okafor spoke at the forum.", "Paul Okafor")
    assert (got.title, got.role) == ("Deputy Minister", "deputy_minister")


@pytest.mark.parametrize(("text", "name", "title", "role"), [
    ("“The rules are unclear,” said Tom Reilly, an immigration lawyer in Calgary.",
     "Tom Reilly", "immigration lawyer in Calgary", "expert"),
    ("Hannah Cole, a historian at the University of Manitoba, disagreed.",
     "Hannah Cole", "historian", "expert"),
    ("“Las ventas bajaron”, dijo Rosa Medina, comerciante del mercado de Hermosillo.",
     "Rosa Medina", "comerciante", "business"),
    ("Según Pablo Ortiz, abogado especializado en comercio, el panel tardará meses.",
     "Pablo Ortiz", "abogado", "expert"),
    ("« C’est injuste », explique Marie Bélanger, enseignante à Laval.",
     "Marie Bélanger", "enseignante à Laval", "other"),
    ("Le journaliste Denis Charron a suivi la délégation.", "Denis Charron", "journaliste",
     "other"),
    ("El piloto mexicano Luis Ortega terminó quinto.", "Luis Ortega", "piloto mexicano",
     "other"),
])
def test_occupations_are_titles_in_three_languages(text, name, title, role):
    got = info(text, name)
    assert (got.title, got.role) == (title, role)


@pytest.mark.parametrize(("text", "name"), [
    ("Luis Ortega, qui pilote pour une écurie américaine, a terminé cinquième.",
     "Luis Ortega"),
    ("Luis Ortega, quien pilotó para una escudería estadounidense, terminó quinto.",
     "Luis Ortega"),
])
def test_a_relative_clause_after_a_name_is_not_a_title(text, name):
    assert info(text, name).title is None


@pytest.mark.parametrize(("text", "language"), [
    ("Au Mexique, la ministre rencontrera Julio Berdegué, secrétaire à l’Agriculture et au "
     "Développement rural, et Ana Ruiz, directrice du Service national de santé animale.",
     "fr"),
    ("In Mexico, the minister will meet Julio Berdegué, Secretary of Agriculture and Rural "
     "Development, and Ana Ruiz, director of the National Animal Health Service.", "en"),
    ("En México, la ministra se reunirá con Julio Berdegué, secretario de Agricultura y "
     "Desarrollo Rural, y Ana Ruiz, directora del Servicio Nacional de Sanidad Animal.", "es"),
], ids=["fr", "en", "es"])
def test_in_a_list_each_person_keeps_their_own_title(text, language):
    found = infos(text)
    assert set(found) == {"Julio Berdegué Sacristán", "Ana Ruiz"}, found
    assert found["Ana Ruiz"].title.startswith(("directrice", "director", "directora"))
    assert found["Julio Berdegué Sacristán"].role == "minister"


@pytest.mark.parametrize(("text", "name", "title", "country"), [
    ("Trudeau a rencontré le président de la Croix-Rouge mexicaine, Fernando Suinaga, et "
     "des bénévoles.", "Fernando Suinaga", "président de la Croix-Rouge mexicaine", "MX"),
    ("Trudeau se reunió con el presidente de la Cruz Roja Mexicana, Fernando Suinaga.",
     "Fernando Suinaga", "presidente de la Cruz Roja Mexicana", "MX"),
])
def test_the_president_of_a_body_named_with_a_demonym_heads_no_state(text, name, title,
                                                                     country):
    got = info(text, name)
    assert (got.title, got.role, got.country) == (title, "other", country)


def test_senator_is_a_legislator():
    got = info("Senator Ana Paredes spoke at the forum.", "Ana Paredes")
    assert got.role == "legislator"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("L’économiste Pierre Gagnon juge l’entente insuffisante.", "Pierre Gagnon", "économiste"),
    ("Selon l’analyste Julie Roy, l’effet sera modeste.", "Julie Roy", "analyste"),
])
def test_a_title_after_an_elided_article(text, name, title):
    got = info(text, name)
    assert (got.title, got.role) == (title, "expert")


@pytest.mark.parametrize(("text", "title"), [
    ("High Representative Kaja Kallas arrived in Ottawa on Monday.", "High Representative"),
    ("La alta representante Kaja Kallas llegó el lunes a Ottawa.", "alta representante"),
    ("La haute représentante Kaja Kallas est arrivée lundi à Ottawa.", "haute représentante"),
])
def test_the_eu_high_representative_is_a_title(text, title):
    got = info(text, "Kaja Kallas")
    assert (got.title, got.role) == (title, "official")


@pytest.mark.parametrize("text, name, title", [
    ("En Morelia, el gobernador del estado, Hugo Carrasco Leal, recibió a los visitantes.",
     "Hugo Carrasco Leal", "gobernador del estado"),
    ("À Morelia, le gouverneur de l'État, Hugo Carrasco Leal, a reçu les visiteurs.",
     "Hugo Carrasco Leal", "gouverneur de l'État"),
    ("In Morelia, the state governor, Hugo Carrasco Leal, welcomed the visitors.",
     "Hugo Carrasco Leal", "state governor"),
    ("In Morelia, the mayor of the city, Hugo Carrasco Leal, welcomed the visitors.",
     "Hugo Carrasco Leal", "mayor of the city"),
    ("À Laval, le maire de la ville, Hugo Carrasco Leal, a reçu les visiteurs.",
     "Hugo Carrasco Leal", "maire de la ville"),
])
def test_an_office_of_the_state_or_city_before_the_comma(text, name, title):
    got = info(text, name)
    assert (got.title, got.role) == (title, "official")


@pytest.mark.parametrize("text, name", [
    ("En Ottawa, la délégation mexicaine comprenait le sous-secrétaire aux Affaires "
     "étrangères, Hugo Carrasco Leal, et des chefs d'entreprise.", "Hugo Carrasco Leal"),
    ("En Ottawa, la delegación mexicana incluía al subsecretario de Comercio Exterior, "
     "Hugo Carrasco Leal, y empresarios.", "Hugo Carrasco Leal"),
    ("In Ottawa, the Mexican delegation included Deputy Trade Secretary Hugo Carrasco "
     "Leal and business leaders.", "Hugo Carrasco Leal"),
])
def test_the_nationality_of_a_delegation_goes_to_the_officials_it_includes(text, name):
    got = info(text, name)
    assert got.country == "MX"


def test_a_delegation_in_another_clause_gives_no_country():
    got = info("La délégation mexicaine est arrivée lundi. Le sous-secrétaire aux Affaires "
               "étrangères, Hugo Carrasco Leal, a parlé.", "Hugo Carrasco Leal")
    assert got.country is None


# -- the country of the body or place a title names -------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Para Mariana Zepeda Olvera, economista de Banorte, el impacto será acotado.",
     "Mariana Zepeda Olvera", "MX"),
    ("«Cambia la decisión», explicó Ernesto Valdivia Lugo, director de análisis de la "
     "Asociación Mexicana de Distribuidores de Automotores (AMDA).", "Ernesto Valdivia Lugo",
     "MX"),
    ("“Never seen anything like it,” said Priya Sandhu-Ellison, president of the Hotel "
     "Association of Vancouver.", "Priya Sandhu-Ellison", "CA"),
    ("Andrea Kowalczyk-Lamarre, a senior fellow at a defence institute in Ottawa, agreed.",
     "Andrea Kowalczyk-Lamarre", "CA"),
    ("« L’Europe change la donne », a affirmé Lorraine Abbott-Morel, présidente de "
     "l’Association des industries canadiennes de défense.", "Lorraine Abbott-Morel", "CA"),
    ("La vicepresidenta de la Universidad de Guadalajara, Laura Ibáñez Soto, opinó.",
     "Laura Ibáñez Soto", "MX"),
], ids=["es-company", "es-body-after-title", "en-body-ending-in-a-city", "en-city",
        "fr-body", "es-before"])
def test_a_title_naming_a_body_or_place_gives_its_country(text, name, country):
    assert info(text, name).country == country


def test_a_country_word_in_the_title_wins_over_the_body_it_names():
    found = info("Laura Mendel, the U.S. consul in Monterrey, spoke.", "Laura Mendel")
    assert found.country == "US"


@pytest.mark.parametrize("text, name", [
    ("Laura Mendel, a trade analyst at the Institute for North American Competitiveness, "
     "spoke.", "Laura Mendel"),
    ("Tomás Elizondo, investigador del Instituto de Estudios Norteamericanos, opinó.",
     "Tomás Elizondo"),
], ids=["en", "es"])
def test_a_body_named_after_the_continent_is_no_countrys(text, name):
    assert info(text, name).country is None


@pytest.mark.parametrize("text, name, title", [
    ("El director de la empresa, Omar Ruiz, dijo que sí.", "Omar Ruiz",
     "director de la empresa"),
    ("Le président de la chambre, Marc Roy, a parlé aux journalistes.", "Marc Roy",
     "président de la chambre"),
    ("The head of the union, Jane Doe, spoke to reporters.", "Jane Doe", "head of the union"),
], ids=["es", "fr", "en"])
def test_a_title_ending_in_a_lower_case_complement_before_the_comma(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text, name, title", [
    ("“Trade is fine,” said Valeria Montes, chief economist at a bank in Mexico City.",
     "Valeria Montes", "chief economist"),
    ("Chief Derek Fox of the Nishnawbe Aski Nation spoke.", "Derek Fox", "Chief"),
], ids=["two-heads", "chief"])
def test_chiefs_and_two_head_words_in_a_row(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text, name, title", [
    ("Arizona state Rep. Daniel Kearny, a Republican, disagreed.", "Daniel Kearny",
     "Arizona state Rep"),
    ("Gen. Ana Ruiz inspected the border crossing.", "Ana Ruiz", "Gen"),
], ids=["rep", "gen"])
def test_an_abbreviated_title_before_a_name(text, name, title):
    found = infos(text)
    assert list(found) == [name]
    assert found[name].title == title


def test_secretary_general_is_not_a_general():
    assert info("El secretario general del sindicato, Ramiro Quijada, habló.",
                "Ramiro Quijada").title == "secretario general del sindicato"


@pytest.mark.parametrize("text, name, country", [
    ("« On traverserait le continent pour le voir », a lancé en riant Alejandra Robles, "
     "venue de Puebla avec son frère.", "Alejandra Robles", "MX"),
    ("Karen Holt, who runs a hardware store in Sudbury, said sales were down.", "Karen Holt",
     "CA"),
], ids=["fr", "en"])
def test_someone_given_no_country_takes_the_one_of_the_places_named_with_them(text, name,
                                                                              country):
    assert info(text, name).country == country


@pytest.mark.parametrize("text, name", [
    ("“Our biggest customer is in Michigan,” said Dana Whitcombe, a managing director.",
     "Dana Whitcombe"),
    ("Karen Holt, who has offices in Toronto and Monterrey, said sales were down.",
     "Karen Holt"),
    ("Deputy Minister Roberto Vela travelled to Ottawa.", "Roberto Vela"),
], ids=["quoted-place", "two-countries", "official-travelling"])
def test_no_country_from_quoted_places_or_places_of_two_countries(text, name):
    assert info(text, name).country is None


def test_where_an_official_travels_is_not_his_country():
    assert info("El subsecretario Roberto Vela viajó a Ottawa.", "Roberto Vela").country \
        == "MX"


@pytest.mark.parametrize("text, name, title", [
    ("El presidente del Consejo Coordinador Empresarial (CCE), Ernesto Villaseñor Paz, pidió "
     "acelerar la inversión.", "Ernesto Villaseñor Paz",
     "presidente del Consejo Coordinador Empresarial (CCE)"),
    ("Le ministre québécois des Ressources naturelles et des Forêts, Mathieu Grondin, a "
     "réclamé un programme.", "Mathieu Grondin",
     "ministre québécois des Ressources naturelles et des Forêts"),
], ids=["es-acronym", "fr-adjective-after-head"])
def test_titles_with_a_bracketed_acronym_or_an_adjective_after_the_head(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text, name, country", [
    ("Albertan rancher Tom Hill said the border must reopen.", "Tom Hill", "CA"),
    ("La ministra quebequense de Economía, Nathalie Vézina, habló con la prensa.",
     "Nathalie Vézina", "CA"),
    ("El empresario jalisciense Tomás Hidalgo dijo que sí.", "Tomás Hidalgo", "MX"),
    ("Le ministre ontarien du Commerce, Victor Fedeli, a parlé aux journalistes.",
     "Victor Fedeli", "CA"),
], ids=["en", "es", "es-state", "fr"])
def test_a_province_or_state_demonym_gives_its_country(text, name, country):
    assert info(text, name).country == country


@pytest.mark.parametrize("text, title", [
    ("Quebec Economy Minister Tom Hill spoke to reporters.", "Quebec Economy Minister"),
    ("La ministra de Economía de Quebec, Tom Hill, habló.", "ministra de Economía de Quebec"),
    ("Le ministre de l’Économie du Québec, Tom Hill, a parlé.",
     "ministre de l’Économie du Québec"),
], ids=["en", "es", "fr"])
def test_a_province_in_the_title_gives_its_country(text, title):
    # A province's minister is an official: the country's cabinet is the federal one.
    assert info(text, "Tom Hill") == PersonInfo(title=title, role="official", country="CA")


@pytest.mark.parametrize("text", [
    "The Minister of Justice and Attorney General of Canada, Tom Hill, met the press.",
    "El ministro de Justicia y procurador general de Canadá, Tom Hill, habló.",
    "Le ministre de la Justice et procureur général du Canada, Tom Hill, a parlé.",
], ids=["en", "es", "fr"])
def test_two_offices_joined_by_and_are_one_title_of_the_higher_role(text):
    # "ministro de Justicia y procurador general": a minister, of both offices.
    found = info(text, "Tom Hill")
    assert found.role == "minister" and "justic" in fold(found.title or "")


@pytest.mark.parametrize("text, language", [
    ("As for the man seen from behind, he is Quebec's delegate general in Mexico, and not "
     "Prime Minister Tom Hill, her office said.", "en"),
    ("En cuanto al hombre de espaldas, se trata del delegado general de Quebec en México, y "
     "no de Tom Hill, confirmó la oficina.", "es"),
    ("Quant à l’homme de dos, il s’agit du délégué général du Québec à Mexico, et non de Tom "
     "Hill, nous a confirmé le cabinet.", "fr"),
], ids=["en", "es", "fr"])
def test_a_title_denied_to_the_name_after_it_is_not_its(text, language):
    # "le délégué général du Québec à Mexico, et non de Tom Hill": someone else's office.
    found = info(text, "Tom Hill")
    assert "delegate" not in fold(found.title or "") and "legu" not in fold(found.title or "")


@pytest.mark.parametrize("text", [
    "The Minister of Industry and Minister responsible for Canada Economic Development for "
    "Quebec Regions, Tom Hill, spoke.",
    "La ministra de Industria y ministra responsable de Desarrollo Económico de Canadá para "
    "las Regiones de Quebec, Tom Hill, habló.",
    "La ministre de l’Industrie et ministre responsable de Développement économique Canada "
    "pour les régions du Québec, Tom Hill, a parlé.",
], ids=["en", "es", "fr"])
def test_a_province_in_a_federal_bodys_name_leaves_a_minister_federal(text):
    # The federal agency for Quebec's regions is the country's, and so is its minister.
    assert info(text, "Tom Hill").role == "minister"


@pytest.mark.parametrize("text, title", [
    ("Ontario Premier Tom Hill spoke.", "Ontario Premier"),
    ("El primer ministro de Ontario, Tom Hill, habló.", "primer ministro de Ontario"),
    ("Le premier ministre de l’Ontario, Tom Hill, a parlé.", "premier ministre de l’Ontario"),
], ids=["en", "es", "fr"])
def test_the_premier_of_a_province_is_not_a_head_of_government(text, title):
    # "de l’Ontario": the province is read with its elided article too.
    assert info(text, "Tom Hill") == PersonInfo(title=title, role="official", country="CA")


@pytest.mark.parametrize("text, title", [
    ("Canada’s chargé d’affaires in Mexico, Tom Hill, spoke.", "chargé d’affaires in Mexico"),
    ("El encargado de negocios de Canadá, Tom Hill, habló.", "encargado de negocios de Canadá"),
    ("Le chargé d’affaires du Canada au Mexique, Tom Hill, a parlé.",
     "chargé d’affaires du Canada au Mexique"),
], ids=["en", "es", "fr"])
def test_a_charge_daffaires_is_an_envoy(text, title):
    # The lexicon writes "chargé d'affaires"; articles' words are read "chargé", "affaires".
    assert info(text, "Tom Hill") == PersonInfo(title=title, role="ambassador", country="CA")


@pytest.mark.parametrize("text, title", [
    ("said Arturo Lozano, president of the Canada–Mexico Business Circle.",
     "president of the Canada–Mexico Business Circle"),
    ("dijo Arturo Lozano, presidente del Círculo de Negocios Canadá-México.",
     "presidente del Círculo de Negocios Canadá-México"),
    ("a dit Arturo Lozano, président du Cercle d’affaires Canada-Mexique.",
     "président du Cercle d’affaires Canada-Mexique"),
], ids=["en", "es", "fr"])
def test_a_title_after_the_name_goes_on_over_countries_joined_by_a_dash(text, title):
    # The president of a business circle is no head of state.
    assert info(text, "Arturo Lozano") == PersonInfo(title=title, role="other", country=None)


@pytest.mark.parametrize("text, title", [
    ("“We are colleagues,” said the vice-rector for international relations, Ana Ruiz.",
     "vice-rector for international relations"),
    ("«Son colegas», resume la vicerrectora de relaciones internacionales, Ana Ruiz.",
     "vicerrectora de relaciones internacionales"),
    ("« Ce sont des collègues », résume la vice-rectrice aux relations internationales, "
     "Ana Ruiz.", "vice-rectrice aux relations internationales"),
], ids=["en", "es", "fr"])
def test_a_portfolio_of_two_lower_case_words_before_the_name(text, title):
    assert info(text, "Ana Ruiz").title == title


@pytest.mark.parametrize("text, title", [
    ("“It is the signal,” said the chief executive of the Quebec Mineral Exploration "
     "Association, Alain Roy.",
     "chief executive of the Quebec Mineral Exploration Association"),
    ("«Es la señal», dijo el director general de la Asociación de exploración minera de "
     "Sonora, Alain Roy.", "director general de la Asociación de exploración minera de Sonora"),
    ("« C’est le signal », a réagi le président-directeur général de l’Association de "
     "l’exploration minière du Québec, Alain Roy.",
     "président-directeur général de l’Association de l’exploration minière du Québec"),
], ids=["en", "es", "fr"])
def test_a_body_named_partly_in_lower_case_stays_in_the_title(text, title):
    assert info(text, "Alain Roy").title == title


@pytest.mark.parametrize("text, title", [
    ("The head of the Seasonal Agricultural Worker Program, Ana Ruiz, spoke.",
     "head of the Seasonal Agricultural Worker Program"),
    ("La responsable del Programa de Trabajadores Agrícolas Temporales, Ana Ruiz, habló.",
     "responsable del Programa de Trabajadores Agrícolas Temporales"),
    ("La responsable du Réseau d’aide aux travailleurs migrants, Ana Ruiz, ne dit pas "
     "autre chose.", "responsable du Réseau d’aide aux travailleurs migrants"),
], ids=["en", "es", "fr"])
def test_the_person_responsible_for_a_body_has_that_title(text, title):
    assert info(text, "Ana Ruiz").title == title


@pytest.mark.parametrize("text, title", [
    ("Abraham Friesen, a teacher and community leader in Campo 6, said so.", "teacher"),
    ("Abraham Friesen, maestro y líder comunitario en el Campo 6, reconoció que sí.",
     "maestro"),
    ("Abraham Friesen, enseignant et leader communautaire au Campo 6, l’a reconnu.",
     "enseignant"),
], ids=["en", "es", "fr"])
def test_maestro_after_a_name_is_an_occupation_not_an_honorific(text, title):
    assert info(text, "Abraham Friesen").title == title


@pytest.mark.parametrize("text, title", [
    ("Ana Ruiz is a professor of political science at the University of Montreal.",
     "professor"),
    ("Ana Ruiz es profesora de ciencia política en la Universidad de Montreal.", "profesora"),
    ("Ana Ruiz est professeure de science politique à l’Université de Montréal.",
     "professeure"),
], ids=["en", "es", "fr"])
def test_a_title_after_is_and_its_article(text, title):
    assert info(text, "Ana Ruiz") == PersonInfo(title=title, role="expert", country="CA")


def test_a_verb_after_is_gives_no_title():
    # "is expected to meet Trade Minister …": the title is someone else's.
    assert info("Ana Ruiz is expected to meet Trade Minister Mary Ng.", "Ana Ruiz").title \
        is None


@pytest.mark.parametrize("text, title", [
    ("The ceremony was led by the EU High Representative for Foreign Affairs and Security "
     "Policy, Kaja Kallas.", "EU High Representative for Foreign Affairs and Security Policy"),
    ("La ceremonia fue presidida por la alta representante de la Unión para los asuntos "
     "exteriores y la política de seguridad, Kaja Kallas. La firma fue ayer.",
     "alta representante de la Unión para los asuntos exteriores y la política de seguridad"),
    ("La cérémonie était présidée par la haute représentante de l’UE pour les affaires "
     "étrangères et la politique de sécurité, Kaja Kallas. La signature a eu lieu hier.",
     "haute représentante de l’UE pour les affaires étrangères et la politique de sécurité"),
], ids=["en", "es", "fr"])
def test_a_long_office_before_a_name_the_gazetteer_does_not_know(text, title):
    # "Kaja" is no given name the recogniser knows: the office before the comma makes
    # the name a person's, and it is her title.
    assert info(text, "Kaja Kallas") == PersonInfo(title=title, role="official", country=None)


@pytest.mark.parametrize("text, title", [
    ("Also present was Maroš Šefčovič, the European Commissioner for Trade.",
     "European Commissioner for Trade"),
    ("Asistió Maroš Šefčovič, comisario europeo de Comercio, quien llegó ayer.",
     "comisario europeo de Comercio"),
    ("Était présent Maroš Šefčovič, commissaire européen au Commerce, qui a parlé.",
     "commissaire européen au Commerce"),
], ids=["en", "es", "fr"])
def test_an_office_after_an_unknown_name_makes_it_a_person(text, title):
    # (In Spanish, the verb opening the sentence is not part of the name.)
    assert info(text, "Maroš Šefčovič") == PersonInfo(title=title, role="official",
                                                      country=None)


@pytest.mark.parametrize("text, people", [
    ("In Sombrerete, the mayor said no.", []),
    ("En el marco del Día Mundial del Medio Ambiente, la secretaria de Medio Ambiente, "
     "Alicia Bárcena, recibió a la ministra.", ["Alicia Bárcena Ibarra"]),
], ids=["one-word", "title-of-the-next-name"])
def test_an_office_after_a_comma_that_is_not_an_apposition(text, people):
    # Neither "Sombrerete" nor "Medio Ambiente" (before "la secretaria …, Alicia") is
    # someone the office after the comma describes.
    assert list(infos(text)) == people


@pytest.mark.parametrize("text, title", [
    ("Tom Hill, the minister responsible for Canada-U.S. trade, said so.", "minister"),
    ("Habló el ministro canadiense responsable del comercio con Estados Unidos, Tom Hill.",
     "ministro canadiense responsable del comercio con Estados Unidos"),
    ("Le ministre responsable du commerce entre le Canada et les États-Unis, Tom Hill, a "
     "parlé.", "ministre responsable du commerce entre le Canada et les États-Unis"),
], ids=["en", "es", "fr"])
def test_responsible_after_minister_qualifies_the_minister(text, title):
    # "responsable" heads a title of its own ("la responsable du Réseau"), not here.
    found = info(text, "Tom Hill")
    assert (found.title, found.role) == (title, "minister")


@pytest.mark.parametrize("text, name, title, country", [
    ("Talks were led by Mexico's economy secretary, Rosa Luna.", "Rosa Luna",
     "economy secretary", "MX"),
    ("Canada's international trade minister Tom Hill said so.", "Tom Hill",
     "international trade minister", "CA"),
    ("The talks were led by the public safety minister, Tom Hill.", "Tom Hill",
     "public safety minister", None),
    ("La secretaria mexicana de economía, Rosa Luna, dijo.", "Rosa Luna",
     "secretaria mexicana de economía", "MX"),
    ("La secrétaire mexicaine à l'économie, Rosa Luna, a dit.", "Rosa Luna",
     "secrétaire mexicaine à l'économie", "MX"),
], ids=["en", "en-two-words", "en-no-country", "es", "fr"])
def test_a_portfolio_in_lower_case_belongs_to_the_title(text, name, title, country):
    # English writes the portfolio before the office ("the trade minister"), French and
    # Spanish after it, past a demonym ("la secrétaire mexicaine à l'économie").
    found = info(text, name)
    assert (found.title, found.role, found.country) == (title, "minister", country)


@pytest.mark.parametrize("text, title", [
    ("Canada's minister responsible for trade, Tom Hill, led the talks.",
     "minister responsible for trade"),
    ("El ministro canadiense responsable de comercio, Tom Hill, encabezó las pláticas.",
     "ministro canadiense responsable de comercio"),
    ("Le ministre canadien responsable du commerce, Tom Hill, a mené les pourparlers.",
     "ministre canadien responsable du commerce"),
], ids=["en", "es", "fr"])
def test_a_minister_responsible_for_a_portfolio_before_the_name(text, title):
    found = info(text, "Tom Hill")
    assert (found.title, found.role, found.country) == (title, "minister", "CA")


@pytest.mark.parametrize("text, title, role, country", [
    ("The talks were led by the minister responsible for Canada-U.S. Trade, Tom Hill.",
     "minister responsible for Canada-U.S. Trade", "minister", "CA"),
    ("Habló el ministro de Comercio Canadá-EE.UU., Tom Hill.",
     "ministro de Comercio Canadá-EE.UU.", "minister", "CA"),
    ("Habló el embajador de EE.UU. Tom Hill.", "embajador de EE.UU.", "ambassador", "US"),
    ("Le ministre du Commerce Canada-É.-U., Tom Hill, a parlé.",
     "ministre du Commerce Canada-É.-U.", "minister", "CA"),
    ("L'ambassadeur des É.-U. Tom Hill a parlé.", "ambassadeur des É.-U.", "ambassador",
     "US"),
], ids=["en", "es", "es-before-the-name", "fr", "fr-before-the-name"])
def test_an_initialism_inside_a_title(text, title, role, country):
    found = info(text, "Tom Hill")
    assert (found.title, found.role, found.country) == (title, role, country)


def test_an_initialism_ending_a_sentence_gives_no_title_to_the_next():
    assert info("He lives in the U.S. Tom Hill said so.", "Tom Hill").title is None


@pytest.mark.parametrize("text, name, title, role", [
    ("Progressive Conservative MLA Carla Tessier said so.", "Carla Tessier",
     "Progressive Conservative MLA", "legislator"),
    ("Liberal MPP Carla Tessier said so.", "Carla Tessier", "Liberal MPP", "legislator"),
    ("Conservative Leader Pierre Poilievre said so.", "Pierre Poilievre",
     "Conservative Leader", "other"),
    ("El líder del PRI, Alejandro Moreno, dijo.", "Alejandro Moreno", "líder del PRI", "other"),
    ("La députée Carla Tessier a dit.", "Carla Tessier", "députée", "legislator"),
], ids=["en-mla", "en-mpp", "en-leader", "es", "fr"])
def test_provincial_legislators_and_party_leaders(text, name, title, role):
    # A provincial legislator (MLA, MPP, MNA) or a party's leader was found as nobody.
    found = info(text, name)
    assert (found.title, found.role) == (title, role)


@pytest.mark.parametrize("text, name, title", [
    ("Le ministre fédéral Tom Hill n'est pas du voyage.", "Tom Hill", "ministre fédéral"),
    ("La ministre fédérale Anne Roy a parlé.", "Anne Roy", "ministre fédérale"),
    ("El ministro federal Tom Hill habló.", "Tom Hill", "ministro federal"),
    ("The federal minister Tom Hill spoke.", "Tom Hill", "minister"),
], ids=["fr", "fr-feminine", "es", "en"])
def test_an_adjective_after_the_office_and_before_the_name(text, name, title):
    # "le ministre fédéral Tom Hill" had no title at all.
    found = info(text, name)
    assert (found.title, found.role) == (title, "minister")


@pytest.mark.parametrize("text, title", [
    ("El secretario general Tom Hill habló.", "secretario general"),
    ("Le secrétaire général Tom Hill a parlé.", "secrétaire général"),
    ("The secretary general Tom Hill spoke.", "secretary general"),
    ("Tom Hill, secretary general of the miners’ union, spoke.", "secretary general"),
], ids=["es", "fr", "en", "en-after"])
def test_a_secretary_general_is_an_official_not_a_minister(text, title):
    found = info(text, "Tom Hill")
    assert (found.title.split(" of ")[0], found.role) == (title, "official")


@pytest.mark.parametrize("text,title", [
    ("U.S. Trade Representative Thomas Hale met the minister.", "Trade Representative"),
    ("El representante comercial de Estados Unidos, Thomas Hale, habló.",
     "representante comercial de Estados Unidos"),
    ("Le représentant au Commerce des États-Unis, Thomas Hale, a parlé.",
     "représentant au Commerce des États-Unis"),
], ids=["en", "es", "fr"])
def test_the_trade_representative_is_of_cabinet_rank(text, title):
    # The United States' trade representative sits in its cabinet: a meeting with a
    # Canadian or Mexican minister is ministerial, not one with a legislator.
    got = info(text, "Thomas Hale")
    assert (got.title, got.role, got.country) == (title, "minister", "US")


@pytest.mark.parametrize("text", [
    "Borea Sensors signed a contract, said its president, Julie Paquin.",
    "Sensores Borea firmó un contrato, dijo su presidenta, Julie Paquin.",
    "Capteurs Boréa a signé un contrat, résume sa présidente, Julie Paquin.",
], ids=["en", "es", "fr"])
def test_a_president_after_a_possessive_is_a_body_s_not_a_head_of_state(text):
    # As a head of state, she would make any engagement she is named in a leaders' one.
    assert info(text, "Julie Paquin").role == "other"


def test_a_known_head_of_state_after_a_possessive_stays_one():
    got = info("Mexico and its president, Claudia Sheinbaum, welcomed the deal.",
               "Claudia Sheinbaum Pardo")
    assert (got.role, got.country) == ("head_of_state", "MX")


@pytest.mark.parametrize("text", [
    "British Columbia Premier Tom Hill signed the deal.",
    "El primer ministro de Columbia Británica, Tom Hill, firmó el acuerdo.",
    "Le premier ministre de la Colombie-Britannique, Tom Hill, a signé l'entente.",
], ids=["en", "es", "fr"])
def test_a_country_s_word_in_a_place_s_name_names_the_place_s_country(text):
    # "British", "Británica" and "Colombie" made him British or Colombian.
    got = info(text, "Tom Hill")
    assert (got.role, got.country) == ("official", "CA")


@pytest.mark.parametrize("text,title", [
    ("“We were promised roads,” said Tom Hill, president of the cooperative, at the "
     "barricade.", "president"),
    ("«Nos prometieron caminos», dijo Juan Pérez, presidente del comisariado ejidal, frente "
     "a la barricada.", "presidente"),
    ("« On nous a promis des routes », a dit Marie Roy, présidente de l’association, devant "
     "la barricade.", "présidente"),
], ids=["en", "es", "fr"])
def test_a_president_of_a_body_named_in_lower_case_is_not_a_head_of_state(text, title):
    [(name, got)] = infos(text).items()
    assert (got.title, got.role) == (title, "other")


def test_a_president_of_the_republic_in_lower_case_is_a_head_of_state():
    assert info("Juan Pérez, presidente de la república, habló.", "Juan Pérez").role == \
        "head_of_state"


@pytest.mark.parametrize("text,title", [
    ("Mexico's general coordinator of mining, Tom Hill, spoke.", "general coordinator of mining"),
    ("El coordinador general de Minería, Tom Hill, habló.", "coordinador general de Minería"),
    ("Le coordonnateur général des Mines, Tom Hill, a parlé.", "coordonnateur général des Mines"),
], ids=["en", "es", "fr"])
def test_a_general_coordinator_is_an_official(text, title):
    # A government's, who makes a meeting with an ambassador an officials' engagement.
    got = info(text, "Tom Hill")
    assert (got.title, got.role) == (title, "official")


@pytest.mark.parametrize("text,title,role", [
    ("Canada's assistant deputy minister for the Americas, Tom Hill, spoke.",
     "assistant deputy minister for the Americas", "deputy_minister"),
    ("El viceministro adjunto para las Américas, Tom Hill, habló.",
     "viceministro adjunto para las Américas", "deputy_minister"),
    ("La sous-ministre adjointe aux politiques, Marie Roy, a parlé.",
     "sous-ministre adjointe aux politiques", "deputy_minister"),
    ("El procurador federal del Consumidor, Tom Hill, habló.",
     "procurador federal del Consumidor", "official"),
], ids=["en-adm", "es-viceministro-adjunto", "fr-sous-ministre-adjointe", "es-procurador"])
def test_assistant_deputy_ministers_and_more_officials(text, title, role):
    [(_name, got)] = infos(text).items()
    assert (got.title, got.role) == (title, role)


@pytest.mark.parametrize("text,country", [
    ("Le délégué général du Québec à Mexico, Tom Hill, a parlé.", "CA"),
    ("El delegado de Jalisco en Ottawa, Tom Hill, habló.", "MX"),
    ("Quebec's delegate general in Mexico City, Tom Hill, spoke.", "CA"),
], ids=["fr", "es", "en"])
def test_the_city_an_official_is_posted_in_is_not_his_country(text, country):
    assert info(text, "Tom Hill").country == country


@pytest.mark.parametrize("text,title", [
    ("Mexico's deputy trade secretary Tom Hill will attend.", "deputy trade secretary"),
    ("Deputy Foreign Minister Tom Hill will attend.", "Deputy Foreign Minister"),
    ("Tom Hill, the deputy trade minister, will attend.", "deputy trade minister"),
], ids=["lower-case-before", "capitalised", "apposition"])
def test_a_deputy_s_portfolio_title_is_a_deputy_minister_s(text, title):
    # As a minister, a deputy made an officials' meeting a ministerial one. (Spanish and
    # French name the office in one word: "subsecretario", "sous-ministre".)
    got = info(text, "Tom Hill")
    assert (got.title, got.role) == (title, "deputy_minister")


@pytest.mark.parametrize("text,role", [
    ("Deputy Prime Minister Tom Hill spoke.", "minister"),
    ("Associate Minister of National Defence Tom Hill spoke.", "minister"),
    ("El subsecretario de Comercio Exterior, Tom Hill, habló.", "deputy_minister"),
    ("Le sous-ministre du Commerce, Tom Hill, a parlé.", "deputy_minister"),
], ids=["deputy-pm", "associate", "es", "fr"])
def test_cabinet_deputies_and_one_word_deputies(text, role):
    assert info(text, "Tom Hill").role == role


@pytest.mark.parametrize("text,title", [
    ("“We count on luck,” said Maribel Cuevas, an organizer with the group.", "organizer"),
    ("Entre los afectados está Tom Hill, un contador de Iztapalapa.", "contador de Iztapalapa"),
    ("« La couverture coûte cher », selon Tom Hill, courtier chez Assurances Vachon.",
     "courtier"),
], ids=["en", "es", "fr"])
def test_occupations_are_titles(text, title):
    [(_name, got)] = infos(text).items()
    assert (got.title, got.role) == (title, "other")


@pytest.mark.parametrize("text,name,country", [
    ("El subsecretario de Empleo, Héctor Ibarra Solís, viajó a Canadá.", "Héctor Ibarra Solís",
     "MX"),
    ("El gobernador Esteban Villegas Villarreal recibió a una delegación canadiense.",
     "Esteban Villegas Villarreal", "MX"),
    ("La diputada Graciela Ortiz recibió el paquete económico.", "Graciela Ortiz", "MX"),
    ("Premier Tony Wakeham said Canada and Mexico matter.", "Tony Wakeham", "CA"),
    ("Le premier ministre de la province, Tony Wakeham, suit le dossier du Mexique.",
     "Tony Wakeham", "CA"),
])
def test_an_office_the_press_writes_without_its_country_is_its_own_country_s(
        text, name, country):
    assert info(text, name).country == country


@pytest.mark.parametrize("text,name,country", [
    ("El secretario de Comercio de Estados Unidos, Jamal Whitaker, viajó a México.",
     "Jamal Whitaker", "US"),
    ("Le premier ministre Tom Ashby a parlé au Mexique.", "Tom Ashby", None),
    ("Minister Ana Black spoke in Mexico City.", "Ana Black", None),
])
def test_an_office_said_to_be_of_another_country_or_of_none_keeps_that(text, name, country):
    assert info(text, name).country == country


@pytest.mark.parametrize("text,name,title", [
    ("Rogelio Zamudio, his trainer, said Mexico would win.", "Rogelio Zamudio", "trainer"),
    ("Rogelio Zamudio, su entrenador, habló de Canadá.", "Rogelio Zamudio", "entrenador"),
    ("Marc Tremblay, son entraîneur, a parlé du Mexique.", "Marc Tremblay", "entraîneur"),
    ("Health Minister Marjorie Michel spoke with Mexico. “It is simple,” said Sophie "
     "Nadeau-Park, Michel’s press secretary.", "Sophie Nadeau-Park", "press secretary"),
    ("La ministre Rechie Valdez était au Mexique. « C’est simple », a indiqué son attaché "
     "de presse, Félix-Antoine Gravel-Ortega.", "Félix-Antoine Gravel-Ortega",
     "attaché de presse"),
])
def test_a_title_after_a_possessive_after_the_name(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text,name,title", [
    ("Filmmaker Valeria Ocampo and actress Rose Gingras were in Canada.", "Rose Gingras",
     "actress"),
    ("La cineasta Valeria Ocampo Ruelas y la actriz Rosa Gingras estuvieron en Canadá.",
     "Valeria Ocampo Ruelas", "cineasta"),
    ("La réalisatrice Valeria Ocampo Ruelas et la comédienne Rose-Marie Gingras étaient au "
     "Mexique.", "Rose-Marie Gingras", "comédienne"),
])
def test_occupations_of_film_and_letters_are_titles(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text,name", [
    ("La presidenta municipal, Verónica Delgadillo, inauguró el foro con Canadá.",
     "Verónica Delgadillo"),
    ("La présidente municipale, Verónica Delgadillo, a ouvert le forum avec le Canada.",
     "Verónica Delgadillo"),
])
def test_a_municipal_president_is_a_mayor_not_a_head_of_state(text, name):
    assert info(text, name).role == "official"


@pytest.mark.parametrize("text,name,country", [
    ("Health Minister Marjorie Michel spoke with Mexico. “It is simple,” said Sophie "
     "Nadeau-Park, Michel’s press secretary.", "Sophie Nadeau-Park", "CA"),
    ("Emily Wharton, a spokesperson for Minister Anita Anand, declined to comment on "
     "Mexico.", "Emily Wharton", "CA"),
    ("« Le dialogue continue », a assuré l’attachée de presse de M. LeBlanc, Jessica "
     "Tremblay-Hurtubise. Le ministre Dominic LeBlanc est à Mexico.",
     "Jessica Tremblay-Hurtubise", "CA"),
    ("Le porte-parole du ministre Dominic LeBlanc, Pierre-Olivier Gagnon, a refusé de "
     "commenter.", "Pierre-Olivier Gagnon", "CA"),
    ("Ernesto Zapata Ruiz, vocero del canciller Juan Ramón de la Fuente, confirmó la "
     "reunión con Canadá.", "Ernesto Zapata Ruiz", "MX"),
    ("El vocero del canciller Juan Ramón de la Fuente, Ernesto Zapata Ruiz, confirmó la "
     "reunión con Canadá.", "Ernesto Zapata Ruiz", "MX"),
])
def test_an_aide_with_no_country_of_their_own_is_of_their_principal_s(text, name, country):
    assert info(text, name).country == country


@pytest.mark.parametrize("text,name,title", [
    ("Ernesto Zapata Ruiz, vocero del canciller Juan Ramón de la Fuente, habló.",
     "Juan Ramón de la Fuente Ramírez", "canciller"),
    ("El vocero del canciller Juan Ramón de la Fuente confirmó la reunión.",
     "Juan Ramón de la Fuente Ramírez", "canciller"),
    ("Le porte-parole du ministre Dominic LeBlanc, Pierre-Olivier Gagnon, a refusé.",
     "Pierre-Olivier Gagnon", "porte-parole"),
])
def test_the_principal_s_title_is_not_the_aide_s_nor_the_aide_s_the_principal_s(
        text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text,name,title,country", [
    ("Canada’s chief CUSMA negotiator Geneviève Arsenault-Lam will attend.",
     "Geneviève Arsenault-Lam", "chief CUSMA negotiator", "CA"),
    ("They were joined by Mexico’s chief climate negotiator, Ulises Barragán Tovar.",
     "Ulises Barragán Tovar", "chief climate negotiator", "MX"),
    ("Mexico's top trade negotiator Ana Ruiz spoke in Ottawa.", "Ana Ruiz",
     "top trade negotiator", "MX"),
])
def test_a_rank_before_an_english_portfolio_keeps_the_possessive_country(
        text, name, title, country):
    found = info(text, name)
    assert (found.title, found.country) == (title, country)


@pytest.mark.parametrize("text,name", [
    ("B.C.’s Minister of Mining and Critical Minerals, Jagrup Brar, attended both "
     "meetings in Mexico.", "Jagrup Brar"),
    ("P.E.I.'s agriculture minister Bloyce Thompson visited Mexico.", "Bloyce Thompson"),
])
def test_an_initialism_s_possessive_gives_the_place_s_country(text, name):
    assert info(text, name).country == "CA"


@pytest.mark.parametrize("text,name,country", [
    ("El gobernador recibió a una delegación de la provincia de Saskatchewan encabezada "
     "por el ministro de Comercio y Desarrollo de Exportaciones, Brent Olienick.",
     "Brent Olienick", "CA"),
    ("A delegation from Saskatchewan led by the trade minister, Brent Olienick, arrived in "
     "Mexico.", "Brent Olienick", "CA"),
    ("Une délégation du Jalisco menée par la secrétaire au Développement économique, Ana "
     "Ruiz Tapia, est arrivée à Montréal.", "Ana Ruiz Tapia", "MX"),
    ("A delegation to Jalisco led by the trade minister, Brent Olienick, arrived.",
     "Brent Olienick", None),
])
def test_a_delegation_s_members_are_of_the_place_that_sends_it(text, name, country):
    assert info(text, name).country == country


@pytest.mark.parametrize("text,name,title", [
    ("She toured the plant with Ontario Power Generation’s Chief Nuclear Officer, Dana "
     "Whitcombe, and left.", "Dana Whitcombe", "Chief Nuclear Officer"),
    ("She met Hydro-Québec’s Chief Financial Officer, Dana Whitcombe.", "Dana Whitcombe",
     "Chief Financial Officer"),
    ("Elle a rencontré la chef de la direction financière, Dana Whitcombe.", "Dana Whitcombe",
     "chef de la direction financière"),
    ("Se reunió con la directora de Finanzas, Dana Whitcombe.", "Dana Whitcombe",
     "directora de Finanzas"),
])
def test_a_chief_officer_s_title_is_a_title_not_a_person(text, name, title):
    found = infos(text)
    assert found[name].title == title
    assert not any(n.endswith("Officer") for n in found)


@pytest.mark.parametrize("text,name,title", [
    ("“The peso held up,” said Maya Lindqvist, a currency strategist at Scotiabank.",
     "Maya Lindqvist", "currency strategist"),
    ("El peso ganó, explicó Mariana Olvera Tapia, estratega de divisas de Casa de Bolsa "
     "Meridiano.", "Mariana Olvera Tapia", "estratega"),
    ("« Le peso a tenu », a dit Marie Roy, stratège chez Desjardins.", "Marie Roy", "stratège"),
    ("Jorge Iturbide Salas, subdirector de análisis de Grupo Financiero Altavista, lo dijo.",
     "Jorge Iturbide Salas", "subdirector"),
    ("Le metteur en scène Rafael Olvera Dumont, un Montréalais né à Puebla, a parlé.",
     "Rafael Olvera Dumont", "metteur en scène"),
    ("Minister Heath MacDonald sat down with Island Ledger reporter Colleen Arsenault.",
     "Colleen Arsenault", "Island Ledger reporter"),
])
def test_more_occupations_are_titles(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text,name,country", [
    ("La sous-ministre adjointe de la Direction de la politique de l’impôt, Julie "
     "Saint-Amand, mènera la ronde technique avec le Mexique.", "Julie Saint-Amand", "CA"),
    ("Le Canada y sera représenté par la sous-ministre du Commerce international, Isabelle "
     "Drolet-Vachon.", "Isabelle Drolet-Vachon", "CA"),
])
def test_a_sous_ministre_in_french_is_canada_s(text, name, country):
    assert info(text, name).country == country


@pytest.mark.parametrize("text,name,title,country", [
    ("Adriana Benítez del Valle, who heads Mexico’s consulate general in Montreal, drove "
     "from Halifax.", "Adriana Benítez del Valle", "heads Mexico’s consulate general in "
     "Montreal", "MX"),
    ("Lo dijo Ana Ruiz Tapia, quien encabeza la Cámara de Comercio de Canadá en México.",
     "Ana Ruiz Tapia", "encabeza la Cámara de Comercio de Canadá en México", "CA"),
    ("« Ils veulent qu’on choisisse », résume Salvador Quiñones Ibarra, qui dirige une "
     "association d’irrigants de Chihuahua, au Mexique.", "Salvador Quiñones Ibarra",
     "dirige une association d’irrigants de Chihuahua", "MX"),
])
def test_who_heads_something_is_told_by_the_verb(text, name, title, country):
    found = info(text, name)
    assert (found.title, found.country) == (title, country)


@pytest.mark.parametrize("text,name,title", [
    ("Yucatán Governor Joaquín Díaz Mena arrived. Joaquín Díaz Mena, who leads a delegation "
     "of officials, spoke.", "Joaquín Díaz Mena", "Yucatán Governor"),
    ("La gobernadora Ana Ruiz Tapia llegó. Ana Ruiz Tapia, quien encabeza la delegación, "
     "habló.", "Ana Ruiz Tapia", "gobernadora"),
    ("La mairesse Martine Roy est arrivée. Martine Roy, qui dirige la délégation, a parlé.",
     "Martine Roy", "mairesse"),
])
def test_who_heads_something_does_not_replace_a_title(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text,name,title", [
    ("The Whitecaps signed Mexican midfielder Santiago Rojas.", "Santiago Rojas", "midfielder"),
    ("El mediocampista Santiago Rojas llegó a Vancouver.", "Santiago Rojas", "mediocampista"),
    ("Le milieu de terrain Santiago Rojas est arrivé à Vancouver.", "Santiago Rojas",
     "milieu de terrain"),
])
def test_football_positions_are_titles(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text,name,title", [
    ("Associate Minister of Health Marie Roy spoke about Mexico.", "Marie Roy",
     "Associate Minister of Health"),
    ("Se reunirá con la ministra asociada de las Mujeres de Ontario, Patricia Ng-Lafleur, y "
     "con organizaciones.", "Patricia Ng-Lafleur", "ministra asociada de las Mujeres de "
     "Ontario"),
    ("La ministre associée de la Santé, Marie Roy, a parlé du Mexique.", "Marie Roy",
     "ministre associée de la Santé"),
])
def test_an_associate_minister_is_titled_so(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text,name,title,country", [
    ("Le sous-ministre par intérim, Paul-André Roy, a témoigné devant le comité.",
     "Paul-André Roy", "sous-ministre par intérim", "CA"),
    ("Paul-André Roy, ministre par intérim des Finances du Québec, a témoigné.",
     "Paul-André Roy", "ministre par intérim des Finances du Québec", "CA"),
    ("La présidente sortante de la Chambre de commerce du Canada, Julie Roy, a parlé.",
     "Julie Roy", "présidente sortante de la Chambre de commerce du Canada", "CA"),
    ("Juan Pérez Luna, secretario de Economía de México en funciones, dijo que sí.",
     "Juan Pérez Luna", "secretario de Economía de México en funciones", "MX"),
    ("El gobernador interino de Sonora, Luis Mora Tapia, recibió a la delegación.",
     "Luis Mora Tapia", "gobernador interino de Sonora", "MX"),
    ("La embajadora designada de México, Ana Ruiz Tapia, llegó a Ottawa.",
     "Ana Ruiz Tapia", "embajadora designada de México", "MX"),
    ("Jane Doherty, Canada's ambassador-designate to Mexico, arrived on Monday.",
     "Jane Doherty", "ambassador-designate to Mexico", "CA"),
])
def test_a_title_held_for_a_time_keeps_its_qualifier(text, name, title, country):
    found = info(text, name)
    assert (found.title, found.country) == (title, country)


@pytest.mark.parametrize("text,name,title", [
    ("On the report of President Claudia Sheinbaum, the secretary said he met Minister "
     "Dominic LeBlanc.", "Claudia Sheinbaum", "President"),
    ("Sobre el informe de la presidenta Claudia Sheinbaum, el secretario informó que se "
     "reunió con el ministro canadiense Dominic LeBlanc.", "Claudia Sheinbaum", "presidenta"),
    ("Sur le rapport de la présidente Claudia Sheinbaum, le secrétaire a indiqué qu'il avait "
     "rencontré le ministre canadien Dominic LeBlanc.", "Claudia Sheinbaum", "présidente"),
])
def test_a_title_opening_a_clause_of_its_own_is_no_apposition(text, name, title):
    found = infos(text)
    person = next(p for n, p in found.items() if n.startswith(name))
    assert (person.title, person.country) == (title, "MX")
    assert [text[a:b] for a, b in person.title_spans] == [title]


@pytest.mark.parametrize("text,name,title,country", [
    ("La pregunta fue de la priista Marisol Zárate Cuevas, quien recordó lo ocurrido.",
     "Marisol Zárate Cuevas", "priista", "MX"),
    ("El emecista Rodrigo Tenorio Alcalá pidió los anexos enviados a la Oficina del "
     "Representante Comercial de Estados Unidos.", "Rodrigo Tenorio Alcalá", "emecista", "MX"),
], ids=["es-la-priista", "es-el-emecista-us-body-nearby"])
def test_a_mexican_party_label_is_a_title_of_mexico(text, name, title, country):
    # (Words of the Mexican press in Spanish; English and French write the party's name.)
    found = info(text, name)
    assert (found.title, found.country) == (title, country)


@pytest.mark.parametrize("text,name,title,role,country", [
    ("Respondió Alejandro Zúñiga Berlanga, encargado de despacho de la Subsecretaría de "
     "Industria y Comercio, quien acompañó al secretario.", "Alejandro Zúñiga Berlanga",
     "encargado de despacho de la Subsecretaría de Industria y Comercio", "official", "MX"),
    ("Consultado por este diario, el extitular de Economía Ildefonso Guajardo Villarreal "
     "consideró que no.", "Ildefonso Guajardo Villarreal", "extitular de Economía", "other",
     "MX"),
    ("La sous-ministre du Commerce international, Isabelle Drolet-Vachon, a témoigné.",
     "Isabelle Drolet-Vachon", "sous-ministre du Commerce international", "deputy_minister",
     "CA"),
], ids=["es-encargado-de-despacho", "es-extitular", "fr-parity"])
def test_offices_written_with_no_country_by_their_own_press(text, name, title, role,
                                                             country):
    # (English writes "deputy minister" for both governments' officials: no country.)
    found = info(text, name)
    assert (found.title, found.role, found.country) == (title, role, country)


@pytest.mark.parametrize("text,name,title", [
    ("It came from Anjali Brar-Thompson, the Canadian Space Agency’s director general of "
     "space science, who travelled with us.", "Anjali Brar-Thompson",
     "Canadian Space Agency’s director general"),
    ("Rosalba Montes de Oca Vidal, the Oaxaca-born cook whose restaurant introduced mole, "
     "died Sunday.", "Rosalba Montes de Oca Vidal", "Oaxaca-born cook"),
    ("La cocinera Rosalba Montes de Oca abrió su comedor en 1985.", "Rosalba Montes de Oca",
     "cocinera"),
    ("« L’an prochain, on double », promet la copropriétaire, Valérie Lachance.",
     "Valérie Lachance", "copropriétaire"),
    ("Le cuisinier Arturo Salgado-Kim a ouvert sa taquería à Montréal.", "Arturo Salgado-Kim",
     "cuisinier"),
])
def test_cooks_owners_and_a_national_body_s_officer_have_titles(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text, name, title, country", [
    ("The race went to the Kenyan Daniel Kiprono Rotich, ahead of the Belgian Wout Van Damme.",
     "Wout Van Damme", "Belgian", "BE"),
    ("En la rama varonil, el keniano Daniel Kiprono Rotich se impuso con 2:07:12.",
     "Daniel Kiprono Rotich", "keniano", "KE"),
    ("El mejor mexicano fue el queretano Juan Pablo Solís Tapia, sexto.",
     "Juan Pablo Solís Tapia", "queretano", "MX"),
    ("Villalobos a devancé le Belge Wout Van Damme au sprint à Montréal.",
     "Wout Van Damme", "Belge", "BE"),
])
def test_a_demonym_before_a_name_is_its_title_and_country(text, name, title, country):
    person = info(text, name)
    assert (person.title, person.country) == (title, country)


def test_a_demonym_does_not_replace_a_title():
    person = info("La ministre canadienne Mélanie Joly a rencontré des entrepreneurs.",
                  "Mélanie Joly")
    assert person.title is not None and "ministre" in person.title


def test_the_trade_after_an_age_is_the_title():
    person = info("Reyna Guadalupe Esquivel Ortiz, a 34-year-old seat-cover stitcher, was "
                  "dismissed in September.", "Reyna Guadalupe Esquivel Ortiz")
    assert person.title == "seat-cover stitcher"


def test_a_kinship_after_an_age_is_no_title():
    person = info("Efraín Sandoval Pech, a 41-year-old father of three from Yucatán, was "
                  "found.", "Efraín Sandoval Pech")
    assert person.title is None


@pytest.mark.parametrize("text, title", [
    ("The Honourable Anita Anand, Minister of Foreign Affairs of Canada, and His Excellency "
     "Juan Ramón de la Fuente Ramírez, Secretary of Foreign Affairs of Mexico, met today.",
     "Secretary of Foreign Affairs of Mexico"),
    ("La Honorable Anita Anand, ministra de Relaciones Exteriores de Canadá, y Su Excelencia "
     "Juan Ramón de la Fuente Ramírez, secretario de Relaciones Exteriores de México, se "
     "reunieron hoy.", "secretario de Relaciones Exteriores de México"),
    ("L'honorable Anita Anand, ministre des Affaires étrangères du Canada, et Son Excellence "
     "Juan Ramón de la Fuente Ramírez, secrétaire aux Relations extérieures du Mexique, se "
     "sont rencontrés aujourd'hui.", "secrétaire aux Relations extérieures du Mexique"),
])
def test_the_title_before_and_his_excellency_is_the_one_named_before(text, title):
    found = info(text, "Juan Ramón de la Fuente Ramírez")
    # (French keeps "secrétaire aux Relations": a lower-case adjective after a capitalised
    # noun ends the title read after a name.)
    assert title.startswith(found.title or "-") and found.title.lower().startswith("secr")
    assert (found.role, found.country) == ("minister", "MX")


@pytest.mark.parametrize("text", [
    "Prime Minister Mark Carney spoke with Claudia Sheinbaum Pardo, President of the United "
    "Mexican States.",
    "El primer ministro Mark Carney habló con Claudia Sheinbaum Pardo, presidenta de los "
    "Estados Unidos Mexicanos.",
    "Le premier ministre Mark Carney s'est entretenu avec Claudia Sheinbaum Pardo, "
    "présidente des États-Unis mexicains.",
])
def test_the_president_of_a_country_named_in_several_words_is_a_head_of_state(text):
    found = info(text, "Claudia Sheinbaum Pardo")
    assert (found.role, found.country) == ("head_of_state", "MX")


@pytest.mark.parametrize("text, title", [
    ("Raymond Pageau, 71, a retired science teacher from Kingsville, walked the trail.",
     "retired science teacher"),
    ("Raymond Pageau, de 71 años, maestro jubilado de Kingsville, recorrió el sendero.",
     "maestro jubilado de Kingsville"),
    ("Raymond Pageau, 71 ans, enseignant à la retraite de Kingsville, a parcouru le sentier.",
     "enseignant"),
], ids=["en", "es", "fr"])
def test_an_age_before_the_apposition_leaves_the_title_to_it(text, title):
    assert (info(text, "Raymond Pageau").title or "").startswith(title)


@pytest.mark.parametrize("text, name, title", [
    ("“We are far from a safe population,” said Itzel Bautista Corona, a biologist with "
     "WWF-Mexico.", "Itzel Bautista Corona", "biologist"),
    ("«Estamos lejos de una población segura», dijo Itzel Bautista Corona, bióloga de WWF "
     "México.", "Itzel Bautista Corona", "bióloga"),
    ("« C’est fascinant », explique Geneviève Tremblay-Roy, entomologiste à l’Insectarium de "
     "Montréal.", "Geneviève Tremblay-Roy", "entomologiste"),
], ids=["en", "es", "fr"])
def test_a_scientist_s_trade_is_their_title(text, name, title):
    got = info(text, name)
    assert (got.title or "").startswith(title) and got.role == "expert"


@pytest.mark.parametrize("text, title", [
    ("Ontario's Minister of Economic Development, Job Creation and Trade, Vic Fedeli, "
     "presented the province's incentives.",
     "Ontario's Minister of Economic Development, Job Creation and Trade"),
    ("El ministro de Desarrollo Económico, Creación de Empleo y Comercio de Ontario, Vic "
     "Fedeli, presentó los incentivos.",
     "ministro de Desarrollo Económico, Creación de Empleo y Comercio de Ontario"),
    ("Le ministre du Développement économique, de la Création d'emplois et du Commerce "
     "de l'Ontario, Vic Fedeli, a présenté les incitatifs.",
     "ministre du Développement économique, de la Création d'emplois et du Commerce de "
     "l'Ontario"),
], ids=["en", "es", "fr"])
def test_a_portfolio_listing_its_parts_with_a_comma_titles_the_name_after_it(text, title):
    # The name's first word is no given name the gazetteer knows: the title makes it one.
    got = info(text, "Vic Fedeli")
    assert (got.title, got.role) == (title, "official")


def infos_in(text: str, language: str) -> dict[str, PersonInfo]:
    kb, lex = load_knowledge(), load_lexicon()
    doc = prepare(text, language)
    return read_people(doc, recognise(doc, kb, lex, PUBLISHED), kb, lex, PUBLISHED)


@pytest.mark.parametrize("text, language", [
    ("Geneviève Arsenault, minister-counsellor (commercial) at the Embassy of Canada to "
     "Mexico, briefs the minister.", "en"),
    ("Geneviève Arsenault, ministra consejera de la Embajada de Canadá en México, informó "
     "a la ministra.", "es"),
    ("Geneviève Arsenault, ministre-conseillère à l'ambassade du Canada au Mexique, a "
     "informé la ministre.", "fr"),
], ids=["en", "es", "fr"])
def test_an_embassys_minister_counsellor_is_a_diplomat_not_a_minister(text, language):
    assert infos_in(text, language)["Geneviève Arsenault"].role == "ambassador"


@pytest.mark.parametrize("text, language", [
    ("Marie Roy, a director, has briefed Ms. Claire Joly.", "en"),
    ("Marie Roy, directora, ha informado a la señora Claire Joly.", "es"),
    ("Marie Roy, directrice, a informé Mme Claire Joly.", "fr"),
], ids=["en", "es", "fr"])
def test_a_title_does_not_reach_across_the_verb_to_the_object(text, language):
    # French "a" (has) folds like "à": the verb ends the words before "Mme Claire Joly".
    got = infos_in(text, language)
    assert got["Marie Roy"].role == "business"
    assert got["Claire Joly"].title is None


@pytest.mark.parametrize("text", [
    "Industry Minister Mélanie Joly toured the plant. From left: Governor Libia García, "
    "Joly, Northfield chief executive Darren Kowalchuk and plant manager Rocío Aranda cut "
    "the ribbon.",
    "La ministra de Industria, Mélanie Joly, recorrió la planta. De izquierda a derecha: la "
    "gobernadora Libia García, Joly, el director ejecutivo Darren Kowalchuk y la gerente "
    "Rocío Aranda cortan el listón.",
    "La ministre de l'Industrie, Mélanie Joly, a visité l'usine. De gauche à droite : la "
    "gouverneure Libia García, Mme Joly, le directeur général Darren Kowalchuk et la "
    "gérante Rocío Aranda coupent le ruban.",
], ids=["en", "es", "fr"])
def test_in_a_caption_list_a_title_before_a_name_is_not_the_one_before_it(text):
    # "Joly, Northfield chief executive Darren Kowalchuk": the chief executive is his.
    got = infos(text)
    assert got["Mélanie Joly"].role == "minister"
    assert got["Darren Kowalchuk"].title in ("Northfield chief executive", "director ejecutivo",
                                             "directeur général")


@pytest.mark.parametrize("text, title", [
    ("She handed Governor General Mary Simon her letters of credence.", "Governor General"),
    ("Entregó a la gobernadora general de Canadá, Mary Simon, sus cartas credenciales.",
     "gobernadora general de Canadá"),
    ("Elle a remis à la gouverneure générale Mary Simon ses lettres de créance.",
     "gouverneure générale"),
], ids=["en", "es", "fr"])
def test_the_governor_general_heads_the_state(text, title):
    got = info(text, "Mary Simon")
    assert (got.title, got.role, got.country) == (title, "head_of_state", "CA")


@pytest.mark.parametrize("text, language", [
    ("Lorena Villaseñor, a career diplomat who moves to Ottawa this week, spoke.", "en"),
    ("Lorena Villaseñor, la diplomática de carrera que llega a Ottawa esta semana, habló.",
     "es"),
    ("Lorena Villaseñor, une diplomate de carrière qui arrive à Ottawa cette semaine, a "
     "parlé.", "fr"),
], ids=["en", "es", "fr"])
def test_a_place_in_a_relative_clause_after_the_title_gives_no_country(text, language):
    # Where she arrives is not whose diplomat she is.
    got = infos_in(text, language)["Lorena Villaseñor"]
    assert got.title is not None and got.country is None


@pytest.mark.parametrize("text, title", [
    ("The chief of staff to the minister, Julie Roy, spoke.",
     "chief of staff to the minister"),
    ("La jefa de gabinete de la ministra, Julie Roy, habló.",
     "jefa de gabinete de la ministra"),
    ("L'attachée de presse de la ministre, Julie Roy, a parlé.",
     "attachée de presse de la ministre"),
], ids=["en", "es", "fr"])
def test_an_aide_of_a_minister_named_by_title_is_no_minister(text, title):
    # "de la ministre": whose aide she is, not her office.
    got = info(text, "Julie Roy")
    assert (got.title, got.role) == (title, "official")


@pytest.mark.parametrize("text, title", [
    ("The session was chaired by the head of the North America Unit of Mexico's foreign "
     "ministry, Andrés Villarreal Ochoa.", "head of the North America Unit"),
    ("La sesión fue presidida por el jefe de la Unidad para América del Norte de la "
     "cancillería, Andrés Villarreal Ochoa.", "jefe de la Unidad para América del Norte"),
    ("La séance était présidée par le chef de l’Unité pour l’Amérique du Nord du "
     "Secrétariat des Relations extérieures, Andrés Villarreal Ochoa.",
     "chef de l’Unité pour l’Amérique du Nord"),
], ids=["en", "es", "fr"])
def test_the_head_of_a_unit_is_an_official(text, title):
    # French "chef" alone is a cook too: "chef de l'unité" is an office.
    got = info(text, "Andrés Villarreal Ochoa")
    assert got.role == "official" and got.title and got.title.startswith(title)


def test_a_chef_is_no_official():
    assert info("Le chef Mathieu Bélanger cuisine un mole à Oaxaca.",
                "Mathieu Bélanger").role != "official"


@pytest.mark.parametrize("text, language, titles", [
    ("At the news conference of President Claudia Sheinbaum Pardo, the Agriculture "
     "Secretary, Julio Berdegué Sacristán, announced funds.", "en",
     ("President", "Agriculture Secretary")),
    ("En la conferencia de la presidenta Claudia Sheinbaum Pardo, el secretario de "
     "Agricultura y Desarrollo Rural, Julio Berdegué Sacristán, informó que habrá fondos.",
     "es", ("presidenta", "secretario de Agricultura y Desarrollo Rural")),
    ("Lors du point de presse de la présidente Claudia Sheinbaum Pardo, le secrétaire à "
     "l'Agriculture, Julio Berdegué Sacristán, a annoncé des fonds.", "fr",
     ("présidente", "secrétaire à l'Agriculture")),
], ids=["en", "es", "fr"])
def test_a_title_with_its_article_between_two_names_is_the_second_s(text, language, titles):
    # "…Sheinbaum Pardo, el secretario de Agricultura, Julio Berdegué": his, not hers.
    got = infos_in(text, language)
    assert (got["Claudia Sheinbaum Pardo"].title, got["Julio Berdegué Sacristán"].title) \
        == titles
    assert got["Claudia Sheinbaum Pardo"].role == "head_of_state"


@pytest.mark.parametrize("text, language, title", [
    ("The Senate confirmed Andrés Villalpando Ruiz as Mexico's consul general in Montreal.",
     "en", "consul general in Montreal"),
    ("El pleno discutirá los nombramientos, entre ellos el de Andrés Villalpando Ruiz como "
     "cónsul general de México en Montreal.", "es", "cónsul general de México en Montreal"),
    ("Le Sénat a ratifié la nomination d'Andrés Villalpando Ruiz comme consul général du "
     "Mexique à Montréal.", "fr", "consul général du Mexique à Montréal"),
], ids=["en", "es", "fr"])
def test_an_office_one_is_named_as_is_a_title(text, language, title):
    # "X como cónsul general de México en Montreal": Mexico's consul, in Canada.
    got = infos_in(text, language)["Andrés Villalpando Ruiz"]
    assert (got.title, got.role, got.country) == (title, "ambassador", "MX")


@pytest.mark.parametrize("text, name", [
    ("Question (Sarah Whitlock, CTV News): Minister, U.S. Trade Representative Jamieson Greer "
     "said the review would not end soon.", "Sarah Whitlock"),
    ("PREGUNTA (Mariana Téllez Orozco, Reforma): Ministra, el secretario de Economía, Marcelo "
     "Ebrard, dijo que habrá acuerdo.", "Mariana Téllez Orozco"),
    ("Question (Mathieu Fortier, Radio-Canada) : Monsieur le ministre, le secrétaire Marcelo "
     "Ebrard a parlé d’un accord.", "Mathieu Fortier"),
], ids=["en", "es", "fr"])
def test_a_transcripts_label_gives_no_title_from_the_question_after_it(text, name):
    title = info(text, name).title or ""
    assert ":" not in title and ")" not in title
    assert "minist" not in fold(title)


@pytest.mark.parametrize("text", [
    "Economy Secretary Marcelo Ebrard spoke first. On Sept. 30, Ebrard, the Canadian minister "
    "responsible for trade between Canada and the United States, Dominic LeBlanc, and U.S. "
    "Trade Representative Jamieson Greer met in Washington.",
    "El secretario de Economía, Marcelo Ebrard, habló primero. El 30 de septiembre, Ebrard, "
    "el ministro canadiense responsable del Comercio entre Canadá y Estados Unidos, Dominic "
    "LeBlanc, y el representante comercial Jamieson Greer se reunieron en Washington.",
    "Le secrétaire à l’Économie, Marcelo Ebrard, a parlé le premier. Le 30 septembre, M. "
    "Ebrard, le ministre canadien responsable du Commerce entre le Canada et les États-Unis, "
    "Dominic LeBlanc, et le représentant Jamieson Greer se sont réunis à Washington.",
], ids=["en", "es", "fr"])
def test_a_long_title_between_two_names_of_a_list_is_the_seconds(text):
    found = infos(text)
    ebrard = next(v for k, v in found.items() if k.startswith("Marcelo Ebrard"))
    assert ebrard.country == "MX"
    assert found["Dominic LeBlanc"].country == "CA"


@pytest.mark.parametrize("text", [
    "Economy Secretary Marcelo Ebrard spoke first. Later, Ebrard, the Canadian minister "
    "Dominic LeBlanc and Trade Representative Jamieson Greer met in Washington.",
    "El secretario de Economía, Marcelo Ebrard, habló primero. Después, Ebrard, el ministro "
    "canadiense Dominic LeBlanc y el representante Jamieson Greer se reunieron.",
    "Le secrétaire à l’Économie, Marcelo Ebrard, a parlé le premier. Ensuite, M. Ebrard, le "
    "ministre canadien Dominic LeBlanc et le représentant Jamieson Greer se sont réunis.",
], ids=["en", "es", "fr"])
def test_a_title_with_a_demonym_right_before_a_name_is_that_names(text):
    found = infos(text)
    ebrard = next(v for k, v in found.items() if k.startswith("Marcelo Ebrard"))
    assert ebrard.country == "MX"


@pytest.mark.parametrize("text", [
    "Prime Minister Mark Carney cancelled. A spokesperson for the office of Carney blamed a "
    "change in his schedule.",
    "El primer ministro Mark Carney canceló. Un portavoz de la oficina de Carney atribuyó la "
    "decisión a un ajuste en su agenda.",
    "Le premier ministre Mark Carney a annulé. Une porte-parole du bureau de Carney a évoqué "
    "un changement d’horaire.",
], ids=["en", "es", "fr"])
def test_words_before_of_and_a_name_are_not_that_names_title(text):
    title = fold(info(text, "Mark Carney").title or "")
    assert "port" not in title and "spokes" not in title and "oficina" not in title


@pytest.mark.parametrize("text", [
    "Mexico's Environment Secretary, Rosaura Quintanilla Ferrer, spoke first. Rosaura "
    "Quintanilla Ferrer, former executive secretary of the Economic Commission for Latin "
    "America and the Caribbean, was more combative.",
    "La secretaria de Medio Ambiente, Rosaura Quintanilla Ferrer, habló primero. Rosaura "
    "Quintanilla Ferrer, antigua secretaria ejecutiva de la Comisión Económica para América "
    "Latina y el Caribe, fue más combativa.",
    "La secrétaire mexicaine de l’Environnement, Rosaura Quintanilla Ferrer, a parlé la "
    "première. Rosaura Quintanilla Ferrer, ancienne secrétaire exécutive de la Commission "
    "économique pour l’Amérique latine et les Caraïbes, s’est montrée plus combative.",
], ids=["en", "es", "fr"])
def test_an_office_held_now_beats_a_longer_one_held_before(text):
    person = info(text, "Rosaura Quintanilla Ferrer")
    assert person.role == "minister"
    assert not fold(person.title or "").startswith(("former", "antigua", "ancienne"))


# A province's or a state's office is of that province's or state's country.
@pytest.mark.parametrize("text,language,name,country", [
    ("Alberta's Agriculture Minister RJ Sigurdson said the mission went well.", "en",
     "RJ Sigurdson", "CA"),
    ("El secretario de Economía de Nuevo León, Iván Rivas, dijo que la planta abrirá.", "es",
     "Iván Rivas", "MX"),
    ("La ministre québécoise des Relations internationales, Martine Biron, a dit oui.", "fr",
     "Martine Biron", "CA"),
])
def test_a_regional_office_is_of_its_country(text, language, name, country):
    found = infos_in(text, language)
    assert found[name].role == "official"
    assert found[name].country == country


def test_a_lower_case_word_is_no_province_s_abbreviation():
    # "alta" (Spanish "high") is not "Alta.", Alberta's abbreviation
    found = infos_in("La alta representante de la UE para Asuntos Exteriores, Kaja Kallas, "
                     "llegó a México.", "es")
    assert found["Kaja Kallas"].country != "CA"


# A person the gazetteer knows keeps its country, whatever country is read near the name.
@pytest.mark.parametrize("text,language", [
    ("The Minister of Energy and Natural Resources, Tim Hodgson, welcomed Mexico's Secretary "
     "of Energy to Edmonton.", "en"),
    ("El ministro de Energía y Recursos Naturales, Tim Hodgson, recibió a la secretaria de "
     "Energía de México en Edmonton.", "es"),
    ("Le ministre de l’Énergie et des Ressources naturelles, Tim Hodgson, a accueilli la "
     "secrétaire mexicaine à l’Énergie à Edmonton.", "fr"),
])
def test_a_known_person_keeps_the_gazetteer_s_country(text, language):
    assert infos_in(text, language)["Tim Hodgson"].country == "CA"


@pytest.mark.parametrize("text, language, name, title", [
    ("Elise Baranyi, who teaches Latin American politics at the University of Ottawa, said "
     "the notes were typical.", "en", "Elise Baranyi",
     "teaches Latin American politics at the University of Ottawa"),
    ("Lucía Ramos Galindo, quien imparte clases de historia en la UNAM, dijo que sí.", "es",
     "Lucía Ramos Galindo", "imparte clases de historia en la UNAM"),
    ("Élise Baranyi, qui enseigne la politique latino-américaine à l’Université d’Ottawa, "
     "l’a dit.", "fr", "Élise Baranyi",
     "enseigne la politique latino-américaine à l’Université d’Ottawa"),
])
def test_a_verb_of_teaching_or_research_is_a_title(text, language, name, title):
    found = infos_in(text, language)
    assert found[name].title == title
    assert found[name].country != "US"      # ("Latin American" is no one country)


@pytest.mark.parametrize("text", [
    "Ebrard met on Monday with Dominic LeBlanc, the minister responsible for Canada-U.S. "
    "Trade.",
    "El lunes, Ebrard se reunió con Dominic LeBlanc, ministro responsable del Comercio entre "
    "Canadá y Estados Unidos.",
    "Lundi, M. Ebrard a rencontré Dominic LeBlanc, ministre responsable du Commerce "
    "Canada–États-Unis.",
], ids=["en", "es", "fr"])
def test_a_minister_responsible_for_a_file_is_a_minister(text):
    # "responsable" after "ministro" qualifies the office; it is no office of its own.
    assert info(text, "Dominic LeBlanc").role == "minister"


# A head word right before another name is that name's title, not the apposition of the
# name before it: "Marcelo Ebrard, accused Ontario Premier Doug Ford of …".
@pytest.mark.parametrize("text,name,title", [
    ("Mexico's Economy Secretary, Hugo Santander, accused Ontario Premier Paul Brennan on "
     "Tuesday of selling out a partner.", "Hugo Santander", "Economy Secretary"),
    ("El secretario de Economía de México, Hugo Santander, acusó al premier Paul Brennan "
     "de querer dejar fuera a México.", "Hugo Santander", "secretario de Economía de México"),
    ("Le secrétaire mexicain à l’Économie, Hugo Santander, accuse le premier ministre Paul "
     "Brennan de vouloir exclure le Mexique.", "Hugo Santander",
     "secrétaire mexicain à l’Économie"),
])
def test_a_title_before_the_next_name_is_not_the_apposition_of_the_one_before(
        text, name, title):
    found = info(text, name)
    assert found.title == title, found
    assert found.country == "MX", found


# A definite article after a head word going back from a name opens that name's title:
# the head before it is another's ("Acompañaron al canciller el subsecretario …, X").
@pytest.mark.parametrize("text,name,title", [
    ("Travelling with the secretary the undersecretary for North America, Hugo Santander, "
     "joined the talks.", "Hugo Santander", "undersecretary for North America"),
    ("Acompañaron al canciller el subsecretario para América del Norte, Hugo Santander, y "
     "el embajador.", "Hugo Santander", "subsecretario para América del Norte"),
    ("Accompagnait le secrétaire le sous-secrétaire pour l’Amérique du Nord, Hugo "
     "Santander, à Ottawa.", "Hugo Santander", "sous-secrétaire pour l’Amérique du Nord"),
])
def test_a_title_starts_after_another_head_s_article(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text, name, title", [
    ("Martin Lavergne, a former Canadian trade negotiator, said the call went well.",
     "Martin Lavergne", "former Canadian trade negotiator"),
    ("Ricardo Treviño, a mining and energy analyst at Sierra Norte Research, said the law "
     "would stay.", "Ricardo Treviño", "mining and energy analyst"),
    ("Martin Lavergne, un ex negociador comercial canadiense, dijo que la llamada fue bien.",
     "Martin Lavergne", "ex negociador comercial canadiense"),
    ("Martin Lavergne, un ancien négociateur canadien, a dit que l’appel s’était bien passé.",
     "Martin Lavergne", "ancien négociateur canadien"),
], ids=["en-demonym", "en-and", "es", "fr"])
def test_an_apposition_s_title_with_a_demonym_or_two_modifiers(text, name, title):
    assert info(text, name).title == title


# A candidate's title is "candidate", not an office the gazetteer says they left.
@pytest.mark.parametrize("text,title", [
    ("Morena’s candidate, Claudia Sheinbaum, endorsed the package on Monday in Mexico.",
     "candidate"),
    ("La candidata de Morena, Claudia Sheinbaum, respaldó el paquete el lunes en México.",
     "candidata de Morena"),
    ("La candidate de Morena, Claudia Sheinbaum, a appuyé le projet lundi au Mexique.",
     "candidate de Morena"),
])
def test_a_candidate_is_titled_candidate(text, title):
    assert info(text, "Claudia Sheinbaum Pardo", published="2024-02-07").title == title


# So is a nominee's, a front-runner's or a hopeful's, in a campaign before any office.
@pytest.mark.parametrize("text,title", [
    ("Leftist front-runner Andrés Manuel López Obrador has said a deal should wait.",
     "Leftist front-runner"),
    ("El abanderado de Morena, Andrés Manuel López Obrador, dijo que el acuerdo debe esperar.",
     "abanderado de Morena"),
    ("Le prétendant de gauche Andrés Manuel López Obrador a dit que l’accord devait attendre.",
     "prétendant de gauche"),
])
def test_a_front_runner_or_a_party_s_standard_bearer_is_titled_so(text, title):
    found = info(text, "Andrés Manuel López Obrador", published="2018-03-05")
    assert (found.title, found.role) == (title, "other")


# A portfolio ending with a lower-case adjective in -yen(ne) is read whole.
@pytest.mark.parametrize("text, title", [
    ("Il a parlé avec le secrétaire mexicain à la Sécurité et à la Protection citoyenne, "
     "Omar García Harfuch, hier.",
     "secrétaire mexicain à la Sécurité et à la Protection citoyenne"),
    # (the same office in Spanish and English, read whole already)
    ("Habló con el secretario de Seguridad y Protección ciudadana, Omar García Harfuch, ayer.",
     "secretario de Seguridad y Protección ciudadana"),
    ("He spoke with the Secretary of Security and Citizen Protection, Omar García Harfuch.",
     "Secretary of Security and Citizen Protection"),
], ids=["fr", "es", "en"])
def test_a_portfolio_ending_with_an_adjective_in_yen_is_read_whole(text, title):
    assert info(text, "Omar García Harfuch", published="2025-02-12").title == title


# The president of a body named before the word (as English writes it) heads that body,
# not a country; so does one named after it (Spanish and French).
@pytest.mark.parametrize("text, name, role", [
    ("Canada Soccer president Steven Reed said the bid had won.", "Steven Reed", "other"),
    ("Concacaf president Victor Montagliani said the bid had won.", "Victor Montagliani",
     "other"),
    ("Scotiabank president Scott Thomson said the bank would stay.", "Scott Thomson",
     "business"),
    ("El presidente de la Federación Mexicana de Futbol, Decio de María, celebró el triunfo.",
     "Decio de María", "other"),
    ("Le président de Soccer Canada, Steven Reed, a salué la victoire.", "Steven Reed",
     "other"),
    # (a country's president keeps the role)
    ("U.S. President Donald Trump sent his congratulations.", "Donald Trump", "head_of_state"),
    ("Le nouveau président Andrés Manuel López Obrador a répondu.",
     "Andrés Manuel López Obrador", "head_of_state"),
], ids=["en-body", "en-international", "en-company", "es", "fr", "en-country", "fr-new"])
def test_a_body_s_president_is_not_a_head_of_state(text, name, role):
    assert info(text, name, published="2018-06-13").role == role


@pytest.mark.parametrize("text, title", [
    ("Mexico's Foreign Secretary Marcelo Ebrard and the senior adviser to the President of "
     "the United States, Jared Kushner, also attended the ceremony.",
     "adviser to the President of the United States"),
    ("El canciller Marcelo Ebrard y el asesor principal del presidente de Estados Unidos, "
     "Jared Kushner, también asistieron a la ceremonia.",
     "asesor principal del presidente de Estados Unidos"),
    ("Le secrétaire Marcelo Ebrard et le haut conseiller du président des États-Unis, Jared "
     "Kushner, ont également pris part à la cérémonie.",
     "conseiller du président des États-Unis"),
], ids=["en", "es", "fr"])
def test_an_adviser_to_a_president_is_no_president(text, title):
    kushner = info(text, "Jared Kushner")
    assert kushner.title == title
    assert kushner.role == "official"


@pytest.mark.parametrize("text", [
    "Canada's minister met the United States Trade Representative, Ambassador Robert "
    "Lighthizer, in Ottawa.",
    "La ministra se reunió con el representante comercial de los Estados Unidos, embajador "
    "Robert Lighthizer.",
    "La ministre a rencontré le représentant au Commerce des États-Unis, l’ambassadeur "
    "Robert Lighthizer.",
], ids=["en", "es", "fr"])
def test_an_ambassador_s_courtesy_rank_keeps_the_cabinet_office_held_that_day(text):
    person = info(text, "Robert Lighthizer", "2017-09-27")
    assert person.role == "minister" and person.country == "US"


def test_an_ambassador_after_the_cabinet_office_is_over_keeps_the_text_s_rank():
    # (the office the list knows had ended by that day: the text's rank stands)
    person = info("Ambassador Robert Lighthizer spoke at a forum in Washington.",
                  "Robert Lighthizer", "2023-09-27")
    assert person.role == "ambassador"


@pytest.mark.parametrize("text", [
    "On November 15, still in Mexico City, Minister Ahmed Hussen met with Aurelio Nuño Mayer, "
    "Secretary of Public Education, to discuss student mobility.",
    "Le 15 novembre, à Mexico, le ministre Ahmed Hussen a rencontré Aurelio Nuño Mayer, "
    "secrétaire à l’Éducation publique, pour parler de la mobilité étudiante.",
    "El 15 de noviembre, en la Ciudad de México, el ministro Ahmed Hussen se reunió con "
    "Aurelio Nuño Mayer, secretario de Educación Pública.",
], ids=["en", "fr", "es"])
def test_a_secretary_of_no_named_country_is_of_the_secretaries_country_he_is_in(text):
    assert info(text, "Aurelio Nuño Mayer").country == "MX"


@pytest.mark.parametrize("text", [
    "In Ottawa, Minister Ahmed Hussen met with Aurelio Nuño Mayer, Secretary of Public "
    "Education, to discuss student mobility.",
    "À Ottawa, le ministre Ahmed Hussen a rencontré Aurelio Nuño Mayer, secrétaire à "
    "l’Éducation publique.",
], ids=["en", "fr"])
def test_a_secretary_in_canada_takes_no_country_from_it(text):
    # Canada's ministers are no secretaries: one met in Ottawa is a visitor, of no
    # country the sentence says.
    assert info(text, "Aurelio Nuño Mayer").country is None


@pytest.mark.parametrize("text, title", [
    ("Torruco met B.C. Tourism, Arts and Culture Minister Lisa Beare at Canada Place.",
     "B.C. Tourism, Arts and Culture Minister"),
    ("Torruco se reunió con la ministra de Turismo, Artes y Cultura de Columbia Británica, "
     "Lisa Beare.", "ministra de Turismo, Artes y Cultura de Columbia Británica"),
    ("Torruco a rencontré la ministre du Tourisme, des Arts et de la Culture de la "
     "Colombie-Britannique, Lisa Beare.",
     "ministre du Tourisme, des Arts et de la Culture de la Colombie-Britannique"),
], ids=["en", "es", "fr"])
def test_a_list_of_portfolios_is_one_title_with_its_province(text, title):
    # (English lists them before the title's word, with commas.)
    found = info(text, "Lisa Beare")
    assert (found.title, found.country) == (title, "CA")


def test_a_list_of_portfolios_stops_at_a_person_named_before_it():
    found = infos("Prime Minister Justin Trudeau and Culture Minister Mélanie Joly met.")
    assert found["Mélanie Joly"].title == "Culture Minister"
    assert found["Justin Trudeau"].title == "Prime Minister"


@pytest.mark.parametrize("text, name, title", [
    ("On Tuesday, Gov. Gen. David Johnston will welcome the president.", "David Johnston",
     "Gov. Gen"),
    ("Ohio Lt. Gov. Jon Husted spoke to reporters.", "Jon Husted", "Ohio Lt. Gov"),
    ("Gen. Ana Ruiz spoke to reporters.", "Ana Ruiz", "Gen"),
], ids=["gov-gen", "lt-gov", "one"])
def test_two_abbreviated_titles_before_a_name_are_one(text, name, title):
    assert info(text, name).title == title


@pytest.mark.parametrize("text, name, title", [
    ("“It is a start,” said Laura Estrada Pineda, an epidemiologist at the National "
     "Autonomous University of Mexico.", "Laura Estrada Pineda", "epidemiologist"),
    ("La pediatra Laura Elena Chávez Olivas advirtió que la mayoría de los pacientes son "
     "menores de cinco años.", "Laura Elena Chávez Olivas", "pediatra"),
    ("Le peintre Daniel Whitecloud expose ses toiles à Oaxaca.", "Daniel Whitecloud",
     "peintre"),
    ("“Nos preguntan cuándo podemos escalar”, dijo Ana Sofía Treviño Garza, cofundadora de "
     "Kuali Ciberdefensa.", "Ana Sofía Treviño Garza", "cofundadora"),
    ("Maxime Larochelle-Ducharme, cofondateur de la microbrasserie, a goûté le stout.",
     "Maxime Larochelle-Ducharme", "cofondateur"),
    ("“Demand is strong,” said Amir Patel, a co-founder of the start-up.", "Amir Patel",
     "co-founder"),
])
def test_professions_are_titles(text, name, title):
    # (a medical, a research and an artistic trade, and a company's co-founder)
    assert title in fold(info(text, name).title or "")


@pytest.mark.parametrize("text, name, last_field", [
    ("En su discurso, el ministro de Innovación, Ciencia e Industria de Canadá, "
     "François-Philippe Champagne, defendió el proyecto de ley.", "François-Philippe Champagne",
     "industria"),
    ("El ministro de Comercio, Turismo e Inversión de Australia, Steven Ciobo, asistió a la "
     "reunión.", "Steven Ciobo", "inversion"),
    ("Dans son discours, le ministre de l’Innovation, des Sciences et de l’Industrie du "
     "Canada, François-Philippe Champagne, a défendu le projet de loi.",
     "François-Philippe Champagne", "industrie"),
    ("In his speech, Canada's Minister of Innovation, Science and Industry, "
     "François-Philippe Champagne, defended the bill.", "François-Philippe Champagne",
     "industry"),
], ids=["es", "es-two", "fr", "en"])
def test_the_last_fields_of_a_portfolio_joined_by_and_are_no_one(text, name, last_field):
    # "Ciencia e Industria de Canadá" goes on with the country: still the portfolio.
    found = infos(text)
    assert list(found) == [name]
    assert last_field in fold(found[name].title or "")


@pytest.mark.parametrize("text, title", [
    ("Remarks by Minister Jim Carr\nSecretary of Economy Graciela Márquez Colín,\n"
     "Undersecretary for North America, Jesús Seade,\nDear friends,\nThank you.",
     "secretary of economy"),
    ("Discurso del ministro Jim Carr\nSeñora secretaria de Economía, Graciela Márquez Colín,"
     "\nSeñor subsecretario para América del Norte, Jesús Seade,\nQueridos amigos,\nGracias.",
     "secretaria de economia"),
    ("Allocution du ministre Jim Carr\nMadame la Secrétaire de l’Économie, Graciela Márquez "
     "Colín,\nMonsieur le Sous-secrétaire pour l’Amérique du Nord, Jesús Seade,\nChers amis,"
     "\nMerci.", "secretaire de l'economie"),
], ids=["en", "es", "fr"])
def test_a_greetings_title_on_the_next_line_is_not_the_name_befores(text, title):
    # Each line of a speech's greetings names one person with her own title.
    assert fold(info(text, "Graciela Márquez Colín").title or "") == title


def test_a_head_word_that_is_an_ordinary_word_in_spanish_heads_no_title_there():
    # "el mayor centro": the largest, not a mayor.
    found = infos("Los fundadores acudieron a sesiones en el MaRS Discovery District, el "
                  "mayor centro de innovación urbana de Norteamérica, sobre el programa.")
    assert all("mayor" not in fold(p.title or "") for p in found.values())


@pytest.mark.parametrize("text, name, title", [
    ("Toronto Mayor Olivia Chow welcomed the delegation.", "Olivia Chow", "mayor"),
    ("La alcaldesa Olivia Chow recibió a la delegación.", "Olivia Chow", "alcaldesa"),
    ("La mairesse Olivia Chow a accueilli la délégation.", "Olivia Chow", "mairesse"),
], ids=["en", "es", "fr"])
def test_a_mayor_is_a_title_in_each_language(text, name, title):
    assert title in fold(info(text, name).title or "")


# -- legislators ----------------------------------------------------------------------

@pytest.mark.parametrize("text, names, title", [
    ("The delegation met Senators Jane Whitby and Paul Ordway in Ottawa to talk about "
     "Mexico.", ["Jane Whitby", "Paul Ordway"], "senator"),
    ("En la reunión estuvieron los senadores Ignacio Zamudio Lara, del PRI, y Leonel "
     "Barragán Ibarra, de Movimiento Ciudadano, para hablar de Canadá.",
     ["Ignacio Zamudio Lara", "Leonel Barragán Ibarra"], "senador"),
    ("La délégation comprenait les députés Luc Roy, Anne Dubé et Karine Paquin, venus "
     "parler du Mexique.", ["Luc Roy", "Anne Dubé", "Karine Paquin"], "depute"),
], ids=["en", "es", "fr"])
def test_a_plural_title_before_a_list_of_names_is_each_one_s_in_the_singular(
        text, names, title):
    found = infos(text)
    for name in names:
        assert name in found, found
        assert fold(found[name].title or "") == title
        assert found[name].role == "legislator"


@pytest.mark.parametrize("text, name, title, published", [
    ("Ricardo Monreal said the vote on the deal with Canada would come soon.",
     "Ricardo Monreal Ávila", "coordinator of the morena senators", "2021-06-02"),
    ("Ricardo Monreal dijo que la votación del acuerdo con Canadá llegaría pronto.",
     "Ricardo Monreal Ávila", "coordinator of the morena senators", "2021-06-02"),
    ("Ricardo Monreal a dit que le vote sur l'accord avec le Canada viendrait bientôt.",
     "Ricardo Monreal Ávila", "coordinator of the morena senators", "2021-06-02"),
    ("Mauricio Tapia Ledezma, secretario de la Comisión de Asuntos Migratorios de la Cámara "
     "de Diputados, habló de Canadá.", "Mauricio Tapia Ledezma",
     "secretario de la comision de asuntos migratorios de la camara de diputados", PUBLISHED),
], ids=["en-gazetteer", "es-gazetteer", "fr-gazetteer", "es-text"])
def test_a_plural_after_a_title_s_of_is_no_plural_title(text, name, title, published):
    # Only a plural head is put in the singular: "Senators X and Y", not the senators
    # some coordinator coordinates.
    assert fold(info(text, name, published).title or "") == title


@pytest.mark.parametrize("text, name, title, country", [
    ("Mexican lawmakers met Canadian MPs in Ottawa. Deputy Tomás Arriola Quezada said the "
     "vote would come soon.", "Tomás Arriola Quezada", "deputy", "MX"),
    ("Legisladores mexicanos se reunieron con diputados canadienses. El diputado Tomás "
     "Arriola Quezada dijo que la votación llegaría pronto.", "Tomás Arriola Quezada",
     "diputado", "MX"),
    ("Des législateurs mexicains ont rencontré des députés. Le député Simon Tremblay-Roy a "
     "dit que le vote viendrait bientôt.", "Simon Tremblay-Roy", "depute", "CA"),
], ids=["en", "es", "fr"])
def test_a_deputy_alone_before_a_name_is_a_legislator(text, name, title, country):
    # English writes Mexico's diputados "Deputy X" (Canada's members are MPs); "Deputy
    # Minister X", "Deputy Governor X" stay what they are.
    got = info(text, name)
    assert (fold(got.title or ""), got.role, got.country) == (title, "legislator", country)


@pytest.mark.parametrize("text, name", [
    ("Ann Whitlock, secretary of the Committee on Foreign Affairs of the Chamber of "
     "Deputies, spoke about Mexico and Canada.", "Ann Whitlock"),
    ("Itzel Carrasco Olmos, secretaria de la Comisión de Energía, habló de Canadá.",
     "Itzel Carrasco Olmos"),
    ("Marc Lavoie-Roy, secrétaire de la Commission des affaires étrangères, a parlé du "
     "Mexique.", "Marc Lavoie-Roy"),
], ids=["en", "es", "fr"])
def test_a_committee_s_secretary_is_a_legislator_not_a_cabinet_s(text, name):
    assert info(text, name).role == "legislator"


@pytest.mark.parametrize("text, name, title", [
    ("Deputy Governor Carolyn Rogers of the Bank of Canada spoke about Mexico.",
     "Carolyn Rogers", "Deputy Governor"),
    ("Deputy Minister Rob Stewart travelled to Mexico City.", "Rob Stewart",
     "Deputy Minister"),
    ("The deputy head of mission, Ann Lee-Marsh, met Mexican officials.", "Ann Lee-Marsh",
     "head of mission"),
], ids=["governor", "minister", "head-of-mission"])
def test_a_deputy_before_another_title_word_is_no_legislator(text, name, title):
    got = info(text, name)
    assert got.title == title
    assert got.role != "legislator"


@pytest.mark.parametrize("text, language", [
    ("For historian Mariana Ortiz Ledesma, professor at the National Autonomous University "
     "of Mexico, Brian Mulroney understood Mexico early.", "en"),
    ("Para la internacionalista Mariana Ortiz Ledesma, investigadora de la UNAM, Brian "
     "Mulroney entendió antes que muchos a México.", "es"),
    ("Pour l’historienne Mariana Ortiz Ledesma, professeure à l’Université Laval, Brian "
     "Mulroney a compris le Mexique avant les autres.", "fr"),
], ids=["en", "es", "fr"])
def test_a_title_between_commas_after_a_name_is_not_the_next_name_s(text, language):
    # (Mulroney's is the gazetteer's.)
    assert info(text, "Brian Mulroney", "2024-03-01").title == "Prime Minister"


@pytest.mark.parametrize("text, title", [
    ("In a letter to the Energy Secretary, Rocío Nahle García, the ambassador of Canada to "
     "Mexico, Graeme C. Clark, wrote that the measures hurt investors.", "Energy Secretary"),
    ("En una carta a la secretaria de Energía, Rocío Nahle García, el embajador de Canadá en "
     "México, Graeme C. Clark, escribió que las medidas afectan a los inversionistas.",
     "secretaria de Energía"),
    ("Dans une lettre adressée à la secrétaire à l’Énergie, Rocío Nahle García, l’ambassadeur "
     "du Canada au Mexique, Graeme C. Clark, écrit que les mesures nuisent.",
     "secrétaire à l’Énergie"),
], ids=["en", "es", "fr"])
def test_a_title_with_its_article_after_a_name_is_the_next_name_s(text, title):
    # (an elided article too: "…, l’ambassadeur du Canada au Mexique, Graeme C. Clark")
    assert info(text, "Rocío Nahle García", "2020-06-01").title == title


@pytest.mark.parametrize("text", [
    "In 1994, President Bill Clinton welcomed NAFTA's entry into force with Canada and "
    "Mexico.",
    "En 1994, el presidente Bill Clinton celebró la entrada en vigor del TLCAN con Canadá y "
    "México.",
    "En 1994, le président Bill Clinton a salué l’entrée en vigueur de l’ALENA avec le "
    "Canada et le Mexique.",
], ids=["en", "es", "fr"])
def test_the_gazetteer_knows_the_presidents_of_the_nafta_years(text):
    assert info(text, "Bill Clinton", "1994-01-02").country == "US"


@pytest.mark.parametrize("text, name, country", [
    ("Canada and Mexico. Julián Ocampo Tirado, consul for labour affairs at the Mexican "
     "consulate in Toronto, said the workers were safe.", "Julián Ocampo Tirado", "MX"),
    ("México y Canadá. Ana Ruiz López, cónsul adscrita al Consulado de Canadá en "
     "Guadalajara, habló de los turistas.", "Ana Ruiz López", "CA"),
    ("Le Canada et le Mexique. « Ils sont protégés », explique la consule chargée de la "
     "protection des ressortissants au consulat du Mexique à Montréal, Mariana Velázquez "
     "Ortiz.", "Mariana Velázquez Ortiz", "MX"),
], ids=["en", "es", "fr"])
def test_a_consul_is_of_the_country_of_the_consulate_they_are_posted_at(text, name,
                                                                           country):
    got = info(text, name, "2022-07-08")
    assert (got.role, got.country) == ("ambassador", country)


@pytest.mark.parametrize("text, name, language, country", [
    ("Canada and Mexico. Mayor Drew Dilkens hosted a lunch for the Mexican delegation.",
     "Drew Dilkens", "en", "CA"),
    ("Canada and Mexico. Cape Breton Coun. Darlene Morrison-Tobin said the new taquería "
     "was welcome. Councillor Ann Whitby agreed.", "Ann Whitby", "en", "CA"),
    ("Canada and Mexico. Lili Campos, the mayor of Solidaridad, the municipality that "
     "includes Playa del Carmen, said police would patrol.", "Lili Campos", "en", "MX"),
    ("México y Canadá. El alcalde Arturo Núñez Serrano recibió a la delegación canadiense.",
     "Arturo Núñez Serrano", "es", "MX"),
    ("Le Canada et le Mexique. Le maire de Compton, Bernard Vanasse, s’était joint à la "
     "visite de la délégation mexicaine.", "Bernard Vanasse", "fr", "CA"),
], ids=["en", "en-councillor", "en-town-placed", "es", "fr"])
def test_a_town_s_office_of_no_country_said_is_the_press_s_own(text, name, language,
                                                                  country):
    # (the English and French press's, Canada's, for a town placed nowhere else)
    got = infos_in(text, language)[name]
    assert (got.role, got.country) == ("official", country)


@pytest.mark.parametrize("text, name, title", [
    ("When Prime Minister Justin Trudeau arrived in Mexico City, the talks began.",
     "Justin Trudeau", "Prime Minister"),
    ("La empresa opera en Canadá. Su directora general, Fiona Ashcroft-Méndez, habló de "
     "México.", "Fiona Ashcroft-Méndez", "directora general"),
    ("L'entreprise exporte au Mexique. Sa présidente, Geneviève Morin-Tessier, a parlé du "
     "Canada.", "Geneviève Morin-Tessier", "présidente"),
], ids=["en", "es", "fr"])
def test_a_word_opening_the_sentence_before_a_title_is_no_part_of_it(text, name, title):
    assert info(text, name).title == title


def test_a_list_s_names_keep_the_office_the_gazetteer_knows_for_them():
    # "Ministers Anita Anand and Maninder Sidhu": Sidhu's portfolio, not a bare "Minister".
    found = infos("Ministers Anita Anand and Maninder Sidhu travelled to Mexico City.")
    assert fold(found["Maninder Sidhu"].title or "") == "minister of international trade"


@pytest.mark.parametrize("text, name, country", [
    ("Conservative MP Gordon Whitlock-Haines said the deal with Mexico was no better.",
     "Gordon Whitlock-Haines", "CA"),
    ("The Republican congressman Wade Pruitt said tariffs on Mexico would stay.",
     "Wade Pruitt", "US"),
    ("La senadora panista Ana Ruiz Téllez habló de Canadá.", "Ana Ruiz Téllez", "MX"),
    ("La congresista republicana Laura Whitfield habló de México y Canadá.",
     "Laura Whitfield", "US"),
    ("Le député bloquiste Jérôme Bastien-Lalonde a parlé du Mexique.",
     "Jérôme Bastien-Lalonde", "CA"),
    ("La députée néo-démocrate Jasmine Tran-Bouchard a parlé du Mexique.",
     "Jasmine Tran-Bouchard", "CA"),
], ids=["en", "en-us", "es", "es-us", "fr", "fr-hyphen"])
def test_a_legislator_s_party_says_whose_legislator_they_are(text, name, country):
    got = info(text, name)
    assert got.country == country
    assert got.role == "legislator"


def test_a_conservative_in_a_title_that_is_no_legislator_s_names_no_party():
    got = info("Conservative commentator Dale Brisker wrote about Mexico and Canada.",
               "Dale Brisker")
    assert got.country is None


@pytest.mark.parametrize("text, name, title", [
    ("Mr. Randy Hoback (Prince Albert, CPC): Thank you, Madam Chair. Will the minister "
     "meet her Mexican counterpart?", "Randy Hoback", "Prince Albert, CPC"),
    ("Mme Josée Bellavance-Côté (Saint-Hyacinthe—Bagot—Acton, BQ) : Monsieur le Président, "
     "les travailleurs mexicains attendent.", "Josée Bellavance-Côté",
     "Saint-Hyacinthe—Bagot—Acton, BQ"),
    ("Sr. Tomás Brenner (Calgary Nose Hill, CPC): Señor Presidente, ¿qué hará el gobierno "
     "con México?", "Tomás Brenner", "Calgary Nose Hill, CPC"),
], ids=["en", "fr", "es"])
def test_a_debates_record_s_riding_and_party_in_brackets_are_a_member_s_title(
        text, name, title):
    got = info(text, name)
    assert (got.title, got.role, got.country) == (title, "legislator", "CA")


@pytest.mark.parametrize("text, name, country", [
    ("In the Senate, Senator Douglas Rennick-Hart told the chamber that the deal with "
     "Mexico was good.", "Douglas Rennick-Hart", "CA"),
    ("Le sénateur Jean-Guy Lapointe-Dubé a rappelé que le Mexique est un partenaire.",
     "Jean-Guy Lapointe-Dubé", "CA"),
    ("La senadora Lorena Chávez Iturbide habló de Canadá.", "Lorena Chávez Iturbide", "MX"),
], ids=["en", "fr", "es"])
def test_a_legislator_with_no_country_said_is_of_the_press_s_own_country(
        text, name, country):
    assert info(text, name).country == country


def test_a_legislator_said_to_be_of_another_country_keeps_it():
    got = info("Mexican Senator Olga Sánchez Cordero spoke with Canadian officials.",
               "Olga Sánchez Cordero")
    assert got.country == "MX"


@pytest.mark.parametrize("text, title", [
    ("Ms. Joly also intends to meet Juan Ramón de la Fuente, whom president-elect Claudia "
     "Sheinbaum has chosen as her foreign secretary, once the new government takes office.",
     "foreign secretary"),
    ("Joly también quiere reunirse con Juan Ramón de la Fuente, a quien la presidenta electa "
     "Claudia Sheinbaum designó como canciller, cuando asuma el nuevo gobierno.", "canciller"),
    ("Mme Joly compte aussi rencontrer Juan Ramón de la Fuente, que la présidente élue Claudia "
     "Sheinbaum a choisi comme secrétaire aux Relations extérieures, dès l’entrée en fonction "
     "du gouvernement.", "secretaire aux relations exterieures"),
], ids=["en", "es", "fr"])
def test_what_someone_is_chosen_as_is_their_title(text, title):
    # "X, whom … has chosen as her foreign secretary": the office named to, not the one
    # the gazetteer has for the day before (Mexico's ambassador to the UN).
    assert fold(info(text, "Juan Ramón de la Fuente Ramírez", "2024-09-12").title or "") \
        == title


@pytest.mark.parametrize("text, title", [
    ("The summit is chaired by Peru's head of state, Martín Vizcarra, who took office last "
     "month.", "head of state"),
    ("La cumbre la preside el jefe de Estado peruano, Martín Vizcarra, quien asumió el mes "
     "pasado.", "jefe de estado peruano"),
    ("Le sommet est présidé par le chef de l’État péruvien, Martín Vizcarra, entré en "
     "fonction le mois dernier.", "chef de l'etat peruvien"),
], ids=["en", "es", "fr"])
def test_a_head_of_state_is_one_of_his_country(text, title):
    got = info(text, "Martín Vizcarra", "2018-04-14")
    assert (fold(got.title or "").replace("’", "'"), got.role, got.country) == (
        title, "head_of_state", "PE")
