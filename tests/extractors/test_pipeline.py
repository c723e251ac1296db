"""``extract_article``: the one extraction every article goes through, and the JSON
document of schema canmex.extraction/1 it produces. Our own short articles."""
from __future__ import annotations

import hashlib
import json

import pytest

from extractors.model import ROLES, SCHEMA, TOPICS
from extractors.pipeline import extract_article

PUBLISHED = "2025-09-18"

READOUT = (
    "Canadian Trade Minister Elaine Whitford met Mexican Economy Secretary Hugo Santander in "
    "Ottawa today to discuss trade and critical minerals. Whitford said the talks with "
    "Santander were useful. The two ministers agreed to establish working groups on supply "
    "chains.")

TOP_LEVEL = {"schema", "article", "relevance", "people", "organizations", "places", "topics",
             "figures", "quotes", "events", "tone"}
ARTICLE_KEYS = {"url", "title", "source", "published", "language", "word_count", "text_sha256"}
PERSON_KEYS = {"name", "title", "role", "country", "mentions"}
EVENT_KEYS = {"type", "level", "status", "participants", "countries", "place", "date",
              "date_text", "outcomes", "key"}
ORG_KINDS = {"government", "company", "think_tank", "international", "agreement", "media",
             "other"}


def extract(text: str, **kw) -> dict:
    kw.setdefault("published", PUBLISHED)
    return extract_article(text, **kw).to_dict()


def people(text: str, **kw) -> dict[str, dict]:
    return {p["name"]: p for p in extract(text, **kw)["people"]}


# -- the document's shape ------------------------------------------------------------

def test_document_has_exactly_the_contract_keys_and_schema():
    doc = extract(READOUT)
    assert set(doc) == TOP_LEVEL
    assert doc["schema"] == SCHEMA == "canmex.extraction/1"


def test_article_block_has_the_contract_keys_and_the_metadata_given():
    doc = extract(READOUT, url="https://news.example/a", title="Ministers meet",
                  source="Example News")
    assert set(doc["article"]) == ARTICLE_KEYS
    assert (doc["article"]["url"], doc["article"]["title"], doc["article"]["source"],
            doc["article"]["published"]) == ("https://news.example/a", "Ministers meet",
                                             "Example News", PUBLISHED)


def test_people_and_events_carry_only_contract_fields():
    doc = extract(READOUT)
    assert doc["people"] and doc["events"]
    assert all(set(p) == PERSON_KEYS for p in doc["people"])
    assert all(set(e) == EVENT_KEYS for e in doc["events"])
    assert all(set(p) == {"name", "title", "country"} for p in doc["events"][0]["participants"])


def test_document_is_plain_json():
    doc = extract(READOUT)
    assert json.loads(json.dumps(doc)) == doc


def test_enumerated_fields_use_the_contract_values():
    doc = extract(READOUT + " Scotiabank and the Montreal Economic Institute welcomed it.")
    assert all(p["role"] in ROLES for p in doc["people"])
    assert all(o["kind"] in ORG_KINDS for o in doc["organizations"])
    assert all(t["topic"] in TOPICS for t in doc["topics"])


def test_empty_text_gives_an_explicit_empty_result():
    doc = extract("", published=None)
    assert doc["article"]["word_count"] == 0
    assert doc["relevance"] == {"relevant": False, "score": 0.0, "countries": {}}
    assert [doc[k] for k in ("people", "organizations", "places", "topics", "figures",
                             "quotes", "events")] == [[]] * 7


# -- article information --------------------------------------------------------------

def test_text_hash_is_the_sha256_of_the_text():
    doc = extract(READOUT)
    assert doc["article"]["text_sha256"] == hashlib.sha256(READOUT.encode("utf-8")).hexdigest()


def test_text_hash_ignores_line_ending_and_spacing_differences():
    a = extract("Line one.\nLine two.")["article"]["text_sha256"]
    b = extract("  Line one.\r\nLine   two.  ")["article"]["text_sha256"]
    assert a == b


def test_word_count():
    assert extract("Canada and Mexico signed 3 deals.")["article"]["word_count"] == 5


@pytest.mark.parametrize("text, language", [
    (READOUT, "en"),
    ("La ministra canadiense se reunió con el secretario de Economía de México en Ottawa.",
     "es"),
    ("La ministre canadienne a rencontré le ministre mexicain de l'Économie à Ottawa.", "fr"),
])
def test_language_is_detected(text, language):
    assert extract(text)["article"]["language"] == language


def test_language_given_by_the_caller_is_kept():
    assert extract("Short text.", language="fr")["article"]["language"] == "fr"


def test_extraction_is_deterministic():
    assert extract(READOUT) == extract(READOUT)


# -- people in the document ----------------------------------------------------------

def test_people_have_fullest_name_title_role_country_and_all_mentions():
    found = people(READOUT)
    assert found == {
        "Elaine Whitford": {"name": "Elaine Whitford", "title": "Trade Minister",
                            "role": "minister", "country": "CA", "mentions": 2},
        "Hugo Santander": {"name": "Hugo Santander", "title": "Economy Secretary",
                           "role": "minister", "country": "MX", "mentions": 2},
    }


def test_known_office_holder_named_by_surname_gets_the_gazetteer_name():
    found = people("Minister Dion spoke with reporters in Ottawa.", published="2016-05-04")
    assert list(found) == ["Stéphane Dion"]
    assert (found["Stéphane Dion"]["role"], found["Stéphane Dion"]["country"]) == ("minister",
                                                                                  "CA")


def test_hispanic_double_surname_mentions_are_one_person_with_the_full_name():
    found = people("Former president Andrés Manuel López Obrador spoke in Veracruz. López "
                   "Obrador criticized the plan. Later, López Obrador left.")
    assert list(found) == ["Andrés Manuel López Obrador"]
    assert found["Andrés Manuel López Obrador"]["mentions"] == 3
    assert found["Andrés Manuel López Obrador"]["country"] == "MX"


def test_byline_and_press_contacts_are_not_the_articles_people():
    text = ("By Jane Porter\n"
            "Canadian Trade Minister Elaine Whitford met Mexican Economy Secretary Hugo "
            "Santander in Monterrey today.\n"
            "Media contacts\n"
            "Daniel Okafor\n"
            "Press Secretary\n"
            "Office of the Minister of International Trade\n"
            "613-555-0100")
    assert set(people(text)) == {"Elaine Whitford", "Hugo Santander"}


def test_photo_credit_is_not_a_person():
    text = ("Photo: Marco Ugalde\n"
            "Mexican Economy Secretary Hugo Santander met Canadian Trade Minister Elaine "
            "Whitford in Ottawa today.")
    assert set(people(text)) == {"Hugo Santander", "Elaine Whitford"}


def test_organisations_and_places_in_the_document():
    doc = extract("Global Affairs Canada and the Secretaría de Economía met in Monterrey. "
                  "Officials from Global Affairs Canada stayed.")
    assert {(o["name"], o["kind"], o["country"], o["mentions"])
            for o in doc["organizations"]} == {
        ("Global Affairs Canada", "government", "CA", 2),
        ("Secretaría de Economía", "government", "MX", 1),
    }
    assert doc["places"] == [{"name": "Monterrey", "country": "MX", "mentions": 1}]


# -- events, relevance and tone together --------------------------------------------------

def test_readout_gives_one_canada_mexico_ministerial_meeting():
    events = extract(READOUT)["events"]
    assert [(e["type"], e["level"], e["status"], e["countries"], e["place"], e["date"])
            for e in events] == [("meeting", "ministerial", "held", ["CA", "MX"], "Ottawa",
                                  PUBLISHED)]


def test_relevant_readout_has_topics():
    doc = extract(READOUT)
    assert doc["relevance"]["relevant"] is True
    assert {"trade", "critical_minerals"} <= {t["topic"] for t in doc["topics"]}


def test_tone_is_neutral_for_an_article_not_about_the_relationship():
    doc = extract("Canada's exports of lumber rose in August, a strong and welcome result, "
                  "Statistics Canada said.")
    assert doc["relevance"]["relevant"] is False
    assert doc["tone"] == 0.0


def test_tone_is_within_bounds():
    assert -1.0 <= extract(READOUT)["tone"] <= 1.0


# A state's governor courting the other country's companies, with that country's
# ambassador at his side: the ambassador is his government there, and the story is one
# of the relationship. Two mayors or a governor and a mayor are not.
_AMBASSADOR_WITH_GOVERNOR = [
    ("Sonora courts Canadian miners on lithium\nSonora Governor Alfonso Durazo says his "
     "state wants more Canadian investment in mining and solar power. Canadian companies "
     "hold dozens of concessions in Sonora, and the governor spoke in Toronto to mining "
     "executives from Vancouver and Calgary.\n{who} came to Hermosillo in January, and "
     "Governor Durazo took {him} to the solar park at Puerto Peñasco.\nThe state expects "
     "Mexican and Canadian companies to work on the lithium supply chain, on water and on "
     "training for mining engineers in Hermosillo and Cananea.",
     "Canada's ambassador to Mexico, Graeme Clark,", "him",
     "Toronto's mayor, Olivia Chow,", "her", "en"),
    ("Sonora busca a las mineras canadienses\nEl gobernador de Sonora, Alfonso Durazo, "
     "dijo que su estado quiere más inversión canadiense en minería y energía solar. Las "
     "empresas canadienses tienen decenas de concesiones en Sonora, y el gobernador habló "
     "en Toronto ante directivos mineros de Vancouver y Calgary.\n{who} llegó a Hermosillo "
     "en enero, y el gobernador Durazo {him} llevó al parque solar de Puerto Peñasco.\nEl "
     "estado espera que empresas mexicanas y canadienses trabajen en la cadena del litio, "
     "en agua y en la formación de ingenieros de minas en Hermosillo y Cananea.",
     "El embajador de Canadá en México, Graeme Clark,", "lo",
     "La alcaldesa de Toronto, Olivia Chow,", "la", "es"),
    ("Le Sonora courtise les minières canadiennes\nLe gouverneur du Sonora, Alfonso "
     "Durazo, affirme que son État veut davantage d’investissements canadiens dans les "
     "mines et l’énergie solaire. Les entreprises canadiennes détiennent des dizaines de "
     "concessions au Sonora, et le gouverneur a pris la parole à Toronto devant des "
     "dirigeants miniers de Vancouver et de Calgary.\n{who} a visité Hermosillo en "
     "janvier, et le gouverneur Durazo lui a fait visiter le parc solaire de Puerto Peñasco."
     "\nL’État compte sur des entreprises mexicaines et canadiennes pour la filière du "
     "lithium, l’eau et la formation d’ingénieurs miniers à Hermosillo et à Cananea.",
     "L’ambassadeur du Canada au Mexique, Graeme Clark,", "",
     "La mairesse de Toronto, Olivia Chow,", "", "fr"),
]


@pytest.mark.parametrize(("text", "ambassador", "him", "mayor", "her", "language"),
                         _AMBASSADOR_WITH_GOVERNOR)
def test_an_ambassador_with_the_other_countrys_governor_is_the_relationship(
        text: str, ambassador: str, him: str, mayor: str, her: str, language: str) -> None:
    with_ambassador = extract(text.format(who=ambassador, him=him), language=language)
    assert with_ambassador["relevance"]["relevant"] is True
    with_mayor = extract(text.format(who=mayor, him=her), language=language)
    assert with_mayor["relevance"]["relevant"] is False


@pytest.mark.parametrize(("title", "text", "language"), [
    ("Canada and Mexico at odds as talks end in deadlock and threats of retaliation",
     READOUT, "en"),
    ("Tensiones entre México y Canadá: la reunión termina sin acuerdo y con amenazas",
     "La secretaria de Economía de México, Elena Quiroga, recibió en la Ciudad de México al "
     "ministro de Comercio de Canadá, Paul Whitford. Ambos acordaron crear grupos de "
     "trabajo.", "es"),
    ("Le Canada et le Mexique en froid : la rencontre tourne court sur fond de menaces",
     "La ministre du Commerce du Canada, Julie Tremblay, a rencontré à Ottawa le secrétaire "
     "mexicain à l'Économie, Hugo Santander. Les deux ministres ont convenu de créer des "
     "groupes de travail.", "fr"),
])
def test_tone_reads_the_title_as_the_headline(title: str, text: str, language: str) -> None:
    untitled = extract(text, language=language)["tone"]
    titled = extract(text, title=title, language=language)["tone"]
    assert untitled > 0.05 > titled


# -- the same output in every process ------------------------------------------------

_SAME_IN_EVERY_PROCESS = """
import hashlib, json, sys
from extractors.pipeline import extract_article
for text in sys.stdin.read().split("\\f"):
    doc = extract_article(text, published="2025-09-18").to_dict()
    print(hashlib.sha256(json.dumps(doc, sort_keys=True).encode()).hexdigest())
"""


def test_the_output_does_not_depend_on_the_process_hash_seed() -> None:
    """Sets iterate in an order that changes with ``PYTHONHASHSEED`` (random in each
    process, so in each extraction worker): an article must get the same extraction in
    every process (one that writes a name two ways, the same name). Every annotated
    article, under five seeds."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    articles = root / "tests" / "fixtures" / "articles"
    # among them, articles that write names in more than one way
    # (h-en-ised-solomon-ruiz-ai-research: "the Canada–Mexico Partnership" and
    # "... partnership")
    texts = [READOUT] + [path.read_text(encoding="utf-8")
                         for path in sorted(articles.glob("*.txt"))]
    assert len(texts) > 50
    outputs = set()
    for seed in ("0", "1", "2", "3", "4"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(root)}
        run = subprocess.run([sys.executable, "-c", _SAME_IN_EVERY_PROCESS],
                             input="\f".join(texts), capture_output=True, text=True,
                             env=env, cwd=root, check=True, timeout=120)
        outputs.add(run.stdout)
    assert len(outputs) == 1, outputs


@pytest.mark.parametrize("text,source,language,name,country,role", [
    ("Colin Van Dusen, Minister of Jobs, Economy and Trade, will lead a trade mission to "
     "Mexico from November 30.", "Government of Alberta Newsroom", "en", "Colin Van Dusen",
     "CA", "official"),
    ("La ministre du Tourisme, Isabelle d'Amours, a conclu jeudi sa mission au Mexique.",
     "Fil des communiqués du gouvernement du Québec", "fr", "Isabelle d'Amours", "CA",
     "official"),
    ("El director general del INAH, Joel Omar Vázquez Herrera, detalló las cifras.",
     "Secretaría de Cultura – Sala de prensa", "es", "Joel Omar Vázquez Herrera", "MX",
     "official"),
    ("La revue sera menée par le sous-secrétaire aux Recettes, Rodrigo Lozano Arteaga.",
     "Ministère des Finances Canada", "fr", "Rodrigo Lozano Arteaga", None,
     "deputy_minister"),
], ids=["en-alberta-release", "fr-quebec-release", "es-secretaria-release",
        "fr-the-other-government-s-title"])
def test_a_government_s_release_names_its_own_officials_with_no_country(
        text, source, language, name, country, role):
    person = next(p for p in extract_article(text, source=source, language=language).people
                  if p.name == name)
    assert (person.country, person.role) == (country, role)


def test_a_province_s_minister_in_its_own_release_makes_no_canada_mexico_meeting():
    text = ("La ministre du Tourisme, Isabelle d'Amours, a rencontré mardi à Mexico la "
            "secrétaire fédérale au Tourisme, Josefina Rodríguez Zamora.")
    result = extract_article(text, source="Fil des communiqués du gouvernement du Québec",
                             language="fr", published="2026-11-20")
    assert not [e for e in result.events if {"CA", "MX"} <= set(e.countries)]


# -- a quoted "I": the quotation's speaker, in the engagements too -------------------------

@pytest.mark.parametrize("text, language", [
    ("Sidhu's posts\nOn Friday, International Trade Minister Maninder Sidhu posted: "
     "\"Wrapping up a great week in Mexico. Next week in Calgary I'll sit down with Mexico's "
     "Secretary of Energy Luz Elena González to talk energy trade.\"", "en"),
    ("Las publicaciones de Sidhu\nEl viernes, el ministro de Comercio Internacional, "
     "Maninder Sidhu, publicó: «Termina una gran semana en México. La próxima semana en "
     "Calgary me reuniré con la secretaria de Energía de México, Luz Elena González, para "
     "hablar de comercio energético».", "es"),
    ("Les publications de Sidhu\nVendredi, le ministre du Commerce international, Maninder "
     "Sidhu, a publié : « Fin d’une belle semaine au Mexique. La semaine prochaine à Calgary, "
     "je rencontrerai la secrétaire à l’Énergie du Mexique, Luz Elena González, pour parler "
     "de commerce énergétique. »", "fr"),
])
def test_an_i_in_a_later_sentence_of_a_quotation_is_its_speaker(text, language):
    doc = extract(text, published="2026-10-09", language=language)
    planned = [e for e in doc["events"] if e["status"] == "planned"]
    assert [sorted(p["name"] for p in e["participants"]) for e in planned] == \
        [["Luz Elena González", "Maninder Sidhu"]], doc["events"]


_SUBWAY = {
    "en": ("Mexico City's new subway line opened on Monday with 20 stations. The mayor said "
           "the line, which also serves the airport, will help Canadian tourists and local "
           "workers alike.", " The city's tourism board welcomed it."),
    "es": ("La nueva línea del metro de la Ciudad de México abrió el lunes con 20 "
           "estaciones. La alcaldesa dijo que la línea, que también llega al aeropuerto, "
           "ayudará a los turistas canadienses y a los trabajadores locales.",
           " La secretaría de turismo de la ciudad la celebró."),
    "fr": ("La nouvelle ligne du métro de Mexico a ouvert lundi avec 20 stations. La mairesse "
           "a dit que la ligne, qui dessert aussi l’aéroport, aidera les touristes canadiens "
           "comme les travailleurs locaux.", " L’office du tourisme de la ville s’en est "
           "réjoui."),
}


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_an_article_not_about_the_relationship_needs_two_cues_of_a_field(language):
    # Tourists named once, in passing, in a story about a subway line: not its topic;
    # named again, it is.
    once, again = _SUBWAY[language]
    doc = extract(once, language=language)
    assert doc["relevance"]["relevant"] is False
    assert "tourism" not in {t["topic"] for t in doc["topics"]}
    assert "tourism" in {t["topic"] for t in extract(once + again, language=language)["topics"]}


@pytest.mark.parametrize("text, language", [
    ("Foreign Affairs Minister Anita Anand met Mexico's Foreign Secretary Juan Ramón de la "
     "Fuente in Ottawa on Monday. They also discussed tourism.", "en"),
    ("La canciller de Canadá, Anita Anand, se reunió el lunes en Ottawa con el canciller "
     "mexicano Juan Ramón de la Fuente. También hablaron de turismo.", "es"),
    ("La ministre des Affaires étrangères, Anita Anand, a rencontré lundi à Ottawa le "
     "secrétaire mexicain Juan Ramón de la Fuente. Ils ont aussi parlé de tourisme.", "fr"),
], ids=["en", "es", "fr"])
def test_a_field_a_readout_of_the_relationship_names_once_is_its_topic(text, language):
    doc = extract(text, language=language)
    assert doc["relevance"]["relevant"] is True
    assert "tourism" in {t["topic"] for t in doc["topics"]}
