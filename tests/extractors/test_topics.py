"""Topic extraction: every topic in English, Spanish and French, and near-misses."""
from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import tokens as word_tokens
from extractors.model import TOPICS, Topic
from extractors.text import prepare
from extractors.topics import (
    TOPICS_LEXICON,
    PhraseMatcher,
    extract_topics,
    parse_term,
    parse_topic_lexicon,
    tokenize,
    tokens_from,
    topic_matcher,
)

LANGS = ("en", "es", "fr")


def topics_of(text: str, language: str) -> set[str]:
    return {t.topic for t in extract_topics(prepare(text, language))}


# One sentence of our own per topic and language; each must be recognised.
SENTENCES: dict[str, dict[str, str]] = {
    "trade": {
        "en": "Canada and Mexico want to expand bilateral trade and cut tariffs.",
        "es": "México y Canadá buscan ampliar el comercio bilateral y reducir aranceles.",
        "fr": "Le Canada et le Mexique veulent accroître leurs échanges commerciaux.",
    },
    "usmca": {
        "en": "Ottawa is preparing for the 2026 review of CUSMA.",
        "es": "México se prepara para la revisión del T-MEC en 2026.",
        "fr": "Ottawa prépare l'examen de l'ACEUM prévu en 2026.",
    },
    "investment": {
        "en": "Canadian pension funds plan new investments in Mexican ports.",
        "es": "Empresas canadienses anunciaron nuevas inversiones en Nuevo León.",
        "fr": "Des investisseurs canadiens financeront deux ports mexicains.",
    },
    "energy": {
        "en": "The ministers discussed Mexico's electricity market and renewable projects.",
        "es": "Los ministros hablaron de la reforma energética y de Pemex.",
        "fr": "Les ministres ont parlé de l'énergie propre et du secteur pétrolier.",
    },
    "critical_minerals": {
        "en": "Canadian mining companies hold lithium concessions in Sonora.",
        "es": "Las mineras canadienses operan yacimientos de litio en Sonora.",
        "fr": "Les sociétés minières canadiennes exploitent des gisements de cuivre.",
    },
    "security_defense": {
        "en": "The defence ministers agreed to fight organized crime and fentanyl trafficking.",
        "es": "Ambos gobiernos reforzarán la cooperación contra el crimen organizado.",
        "fr": "Les deux pays renforceront leur coopération en matière de sécurité.",
    },
    "migration_mobility": {
        "en": "Canada reimposed a visa requirement on Mexican travellers.",
        "es": "Canadá volvió a exigir visa a los viajeros mexicanos.",
        "fr": "Le programme favorise la mobilité de la main-d'œuvre entre les deux pays.",
    },
    "agriculture": {
        "en": "Mexican avocado growers and Canadian beef farmers met in Guadalajara.",
        "es": "Los productores agrícolas mexicanos venden aguacate y jitomate a Canadá.",
        "fr": "Les éleveurs canadiens veulent vendre plus de bœuf au Mexique.",
    },
    "aerospace_manufacturing": {
        "en": "Several aerospace firms from Quebec run plants in Querétaro.",
        "es": "La industria aeroespacial de Querétaro atrae a empresas canadienses.",
        "fr": "Le secteur aérospatial québécois a ouvert une usine à Querétaro.",
    },
    "climate_environment": {
        "en": "The leaders pledged joint action on climate change and biodiversity.",
        "es": "Los líderes acordaron cooperar contra el cambio climático.",
        "fr": "Les dirigeants ont promis d'agir contre les changements climatiques.",
    },
    "digital": {
        "en": "The two countries will cooperate on artificial intelligence and cybersecurity.",
        "es": "Ambos países colaborarán en inteligencia artificial y ciberseguridad.",
        "fr": "Les deux pays collaboreront en cybersécurité et en économie numérique.",
    },
    "education_culture": {
        "en": "More Mexican students are enrolling at Canadian universities.",
        "es": "Más estudiantes mexicanos se inscriben en universidades canadienses.",
        "fr": "De plus en plus d'étudiants mexicains fréquentent les universités canadiennes.",
    },
    "tourism": {
        "en": "Canadian tourists remain the second-largest group of visitors to Cancún.",
        "es": "El turismo canadiense en Cancún creció este invierno.",
        "fr": "Les touristes canadiens affluent vers les plages mexicaines.",
    },
    "health": {
        "en": "Officials shared data on vaccines and public health emergencies.",
        "es": "Las autoridades de salud compartieron información sobre vacunas.",
        "fr": "Les autorités de santé publique ont échangé sur les vaccins.",
    },
    "human_rights": {
        "en": "Advocates urged Ottawa to raise human rights during the visit.",
        "es": "Organizaciones pidieron a Ottawa hablar de derechos humanos en México.",
        "fr": "Des ONG ont demandé au Canada d'aborder les droits de la personne.",
    },
}


def test_every_topic_has_a_sentence_in_every_language() -> None:
    assert set(SENTENCES) == set(TOPICS)
    assert all(set(by_lang) == set(LANGS) for by_lang in SENTENCES.values())


@pytest.mark.parametrize(("topic", "language"),
                         [(t, lang) for t in TOPICS for lang in LANGS])
def test_topic_recognised(topic: str, language: str) -> None:
    assert topic in topics_of(SENTENCES[topic][language], language)


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("China is a rising world power with global ambitions.", "en", "energy"),
    ("Every policy involves a trade-off between speed and care.", "en", "trade"),
    ("The coach said the match was important for the team.", "en", "trade"),
    ("We thank the President for her hospitality.", "en", "health"),
    ("They held a fruitful session in Ottawa.", "en", "agriculture"),
    ("Investors watched the business climate closely.", "en", "climate_environment"),
    ("Food security is a priority for farmers.", "en", "security_defense"),
    ("The culture of secrecy in the department persists.", "en", "education_culture"),
    ("He said the decision was his and not mine.", "en", "critical_minerals"),
    ("The minister will travel to Mexico next week.", "en", "tourism"),
    ("Washington imposed tariffs on Canadian lumber.", "en", "usmca"),
    ("Es importante fortalecer la relación entre los dos países.", "es", "trade"),
    ("Inauguraron un nuevo centro comercial en Monterrey.", "es", "trade"),
    ("El clima de negocios mejoró en el último trimestre.", "es", "climate_environment"),
    ("La seguridad jurídica de las inversiones preocupa a las empresas.", "es",
     "security_defense"),
    ("El equipo ganador celebró en el estadio.", "es", "agriculture"),
    ("Mais le ministre a répondu aux questions des journalistes.", "fr", "agriculture"),
    ("La Chine est une grande puissance mondiale.", "fr", "energy"),
    ("Le climat des affaires s'est amélioré cette année.", "fr", "climate_environment"),
    ("Le centre commercial a ouvert ses portes samedi.", "fr", "trade"),
    ("Le ministre a exprimé une ferme volonté d'avancer.", "fr", "agriculture"),
    ("The fight aired on Canal Deportivo Nacional across Mexico.", "en",
     "migration_mobility"),
    ("La pelea se transmitió por el Canal Deportivo Nacional en México.", "es",
     "migration_mobility"),
    ("Le combat a été diffusé par le Canal Deportivo Nacional au Mexique.", "fr",
     "migration_mobility"),
])
def test_near_miss_does_not_fire(text: str, language: str, absent: str) -> None:
    assert absent not in topics_of(text, language)


@pytest.mark.parametrize(("text", "language"), [
    ("Canada beat Mexico 2-1 in the Gold Cup semifinal before a packed stadium.", "en"),
    ("México venció a Canadá en la Copa Oro ante un estadio lleno.", "es"),
    ("Le Canada a battu le Mexique 2 à 1 devant une foule enthousiaste.", "fr"),
])
def test_football_match_has_no_topic(text: str, language: str) -> None:
    assert topics_of(text, language) == set()


def test_weak_cues_need_company() -> None:
    assert "tourism" not in topics_of("The hotel was full on Friday.", "en")
    assert "tourism" in topics_of("Hotels and beaches were full on Friday.", "en")
    assert "health" not in topics_of("Sales are back to pre-pandemic levels.", "en")


# A weak cue said again, in the singular or the plural, is no new evidence: "plant" in a
# farm story names no factory. Two different weak cues point at the topic, and so does
# one said four times; the mentions count every cue.
@pytest.mark.parametrize("text,language", [
    ("The plant inspectors checked the canola. Two plants were tested; the plant was fine.",
     "en"),
    ("La planta de empaque abrió. Las plantas de tomate y la planta del vivero resistieron.",
     "es"),
    ("L’acier canadien entre au Mexique. L’acier mexicain, lui, attend; l’acier paie.",
     "fr"),
])
def test_a_weak_cue_said_again_is_one_cue(text: str, language: str) -> None:
    assert "aerospace_manufacturing" not in topics_of(text, language)


@pytest.mark.parametrize("text,language", [
    ("The plant makes steel for the border region.", "en"),
    ("La planta produce acero para la región.", "es"),
    ("La chaîne d’assemblage utilise de l’acier.", "fr"),
    ("The plant grew. The plants are new. A plant opened, then one more plant.", "en"),
    ("La planta creció. Las plantas son nuevas. Otra planta abrió, y una planta más.",
     "es"),
    ("L’acier monte. L’acier baisse. L’acier attend, et l’acier repart.", "fr"),
])
def test_two_weak_cues_or_one_four_times_make_a_topic(text: str, language: str) -> None:
    assert "aerospace_manufacturing" in topics_of(text, language)


def test_mentions_count_every_weak_cue() -> None:
    doc = prepare("The plant makes steel; the plant buys steel.", "en")
    assert Topic("aerospace_manufacturing", 4) in extract_topics(doc)


def test_accents_case_and_inflections() -> None:
    assert "energy" in topics_of("LA ENERGIA Y LA ELECTRICIDAD", "es")
    assert "investment" in topics_of("Three investors said they invested early.", "en")
    assert "migration_mobility" in topics_of("La mobilite de la main-d'oeuvre.", "fr")
    # Acronyms written in capitals are matched case-sensitively: the French 'ai' is not AI.
    assert "digital" not in topics_of("J'ai parlé avec le ministre hier.", "fr")
    assert "digital" in topics_of("Le ministre a parlé de l'IA et des données.", "fr")


def test_mentions_and_order() -> None:
    doc = prepare("Trade grew. Exports rose and tariffs fell. Tourism was stable.", "en")
    assert extract_topics(doc) == (Topic("trade", 3), Topic("tourism", 1))


def test_tokens_know_where_they_end() -> None:
    text = "  Free-trade, l’accord  renforcé: 25 %."
    tokens = tokenize(text)
    assert tokens.raw == ("Free", "trade", "l", "accord", "renforcé", "25")
    assert [text[e - len(w):e] for e, w in zip(tokens.ends(), tokens.raw, strict=True)] \
        == list(tokens.raw)


def test_tokens_read_off_word_tokens() -> None:
    text = "  L’Œuvre & co-operation d'AI, Bœuf’s  "
    assert tokens_from(word_tokens.tokenize(text), text) == tokenize(text)


@given(st.text("aZéœÆ1²_&'’ -.\n", max_size=40))
def test_tokens_read_off_word_tokens_are_the_tokens_of_the_text(text: str) -> None:
    assert tokens_from(word_tokens.tokenize(text), text) == tokenize(text)


def test_phrase_spanning_a_sentence_end_does_not_match() -> None:
    matcher = PhraseMatcher([("free trade", "x"), ("trade", "y")])
    labels = [m.labels for m in matcher.find(tokenize("They want free. Trade is slow."))]
    assert labels == [frozenset({"y"})]


def test_longest_phrase_wins() -> None:
    matcher = PhraseMatcher([("trade", "trade"), ("trade-off", "ignore")])
    found = matcher.find(tokenize("a trade off and a trade"))
    assert [(m.start, m.end, set(m.labels)) for m in found] == [
        (1, 3, {"ignore"}), (5, 6, {"trade"})]


def test_short_stem_rejected() -> None:
    with pytest.raises(ValueError):
        parse_term("ai*")


def test_lexicon_covers_every_topic_in_every_language() -> None:
    cues = parse_topic_lexicon(TOPICS_LEXICON.read_text(encoding="utf-8"))
    strong = {(c.topic, c.language) for c in cues if c.topic and not c.weak}
    assert {(t, lang) for t in TOPICS for lang in LANGS} <= strong
    for lang in LANGS:
        topic_matcher(TOPICS_LEXICON, lang)      # every term compiles


def test_unknown_topic_rejected() -> None:
    with pytest.raises(ValueError, match="unknown topic"):
        parse_topic_lexicon('[sports]\nen = ["football"]\n')
    with pytest.raises(ValueError, match="unknown language"):
        parse_topic_lexicon('[trade]\nde = ["Handel"]\n')


def test_other_lexicon_file(tmp_path: Path) -> None:
    path = tmp_path / "topics.toml"
    path.write_text('[tourism]\nen = ["beach*"]\n', encoding="utf-8")
    assert extract_topics(prepare("Beaches were busy.", "en"), path) == (Topic("tourism", 1),)


def test_fast_enough() -> None:
    text = " ".join(s for by_lang in SENTENCES.values() for s in by_lang.values()
                    if s.isascii()) * 4
    doc = prepare(text, "en")
    extract_topics(doc)
    start = time.perf_counter()
    for _ in range(20):
        extract_topics(doc)
    assert (time.perf_counter() - start) / 20 < 0.02    # generous: ~1 ms on a laptop


# --------------------------------------------------------------------------- names, titles

def test_a_cue_inside_a_masked_span_does_not_count() -> None:
    doc = prepare("The Ministry of Energy and the farmers spoke about wheat.", "en")
    start = doc.text.index("Ministry")
    span = (start, start + len("Ministry of Energy"))
    assert "energy" in topics_of(doc.text, "en")
    assert "energy" not in {t.topic for t in extract_topics(doc, masked=[span])}
    # A cue that is the whole span (the name itself is the cue) still counts.
    cue = doc.text.index("wheat")
    kept = extract_topics(doc, masked=[span, (cue, cue + len("wheat"))])
    assert "agriculture" in {t.topic for t in kept}


@pytest.mark.parametrize(("text", "language", "absent"), [
    ("Energy Minister Tim Hodgson visited a dairy farm and spoke with wheat growers.",
     "en", "energy"),
    ("Officials of the Department of Energy met wheat and dairy farmers in Texas.",
     "en", "energy"),
    ("La Secretaría de Seguridad y Protección Ciudadana envió brigadas contra los "
     "incendios forestales y el cambio climático.", "es", "security_defense"),
    ("La ministre de l’Économie, de l’Innovation et de l’Énergie, Nathalie Vézina, a "
     "visité une ferme laitière avec des producteurs agricoles.", "fr", "energy"),
])
def test_words_of_names_and_titles_are_not_topic_cues(text: str, language: str,
                                                       absent: str) -> None:
    from extractors.pipeline import extract_article
    got = {t.topic for t in extract_article(text, language=language,
                                            published="2026-05-01").topics}
    assert absent not in got
    assert got                  # the article's own subject is still found


def test_an_agreement_named_keeps_its_topic() -> None:
    from extractors.pipeline import extract_article
    text = ("La ministre canadienne Mélanie Joly et le secrétaire mexicain Marcelo Ebrard "
            "préparent la révision de l’Accord Canada–États-Unis–Mexique.")
    got = {t.topic for t in extract_article(text, language="fr").topics}
    assert "usmca" in got


@pytest.mark.parametrize("language,text", [
    ("en", "Travellers can now apply online, and the data show that demand rose."),
    ("es", "Los viajeros ya pueden tramitarlo en línea y, según datos oficiales, la demanda "
           "subió."),
    ("fr", "Les voyageurs peuvent présenter leur demande en ligne et, selon les données "
           "officielles, la demande a augmenté."),
], ids=LANGS)
def test_data_and_online_are_not_the_digital_economy(language, text):
    # "según datos de …" is how the press cites a figure; with "en línea" it made any
    # visa or ticketing story a digital one.
    assert "digital" not in topics_of(text, language)


# Planes that carry people are no aerospace industry: "aircraft", "aviones", "avions" are
# weak cues alone.
@pytest.mark.parametrize("text, language", [
    ("Two Mexican Air Force aircraft flew the firefighters to Edmonton on Thursday.", "en"),
    ("Dos aviones de la Fuerza Aérea Mexicana llevaron a los brigadistas a Edmonton.", "es"),
    ("Deux avions de l’armée de l’air mexicaine ont amené les pompiers à Edmonton.", "fr"),
])
def test_planes_alone_are_no_aerospace_industry(text, language):
    assert "aerospace_manufacturing" not in topics_of(text, language)
    # (the industry's words still are)
    assert "aerospace_manufacturing" in topics_of(
        {"en": "The aerospace industry builds aircraft in Querétaro.",
         "es": "La industria aeroespacial fabrica aviones en Querétaro.",
         "fr": "L’industrie aérospatiale construit des avions à Querétaro."}[language], language)
