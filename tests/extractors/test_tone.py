"""Tone toward the Canada–Mexico relationship, in English, Spanish and French."""
from __future__ import annotations

import pytest

from extractors.text import prepare
from extractors.tone import (
    TONE_LEXICON,
    _sentence_tones,
    parse_tone_lexicon,
    score_tone,
    sentence_tone,
    tone_matchers,
)
from extractors.topics import tokenize

NEUTRAL = 0.05


def tone(text: str, language: str) -> float:
    return score_tone(prepare(text, language))


@pytest.mark.parametrize(("text", "language"), [
    ("Canada and Mexico agreed to deepen their partnership and strengthen cooperation.", "en"),
    ("México y Canadá acordaron fortalecer su amistad y profundizar la cooperación.", "es"),
    ("Le Canada et le Mexique ont convenu de renforcer leur partenariat et leur amitié.", "fr"),
    ("The Prime Minister thanked the President for a productive meeting. Canada and Mexico "
     "welcomed new opportunities for both countries.", "en"),
])
def test_warm(text: str, language: str) -> None:
    assert tone(text, language) >= NEUTRAL


@pytest.mark.parametrize(("text", "language"), [
    ("Mexico condemned Canada's decision, and tensions between the two countries escalated.",
     "en"),
    ("Las tensiones entre México y Canadá aumentaron tras las represalias y la disputa.", "es"),
    ("Les tensions entre le Canada et le Mexique se sont aggravées après les représailles.",
     "fr"),
])
def test_hostile(text: str, language: str) -> None:
    assert tone(text, language) <= -NEUTRAL


@pytest.mark.parametrize(("text", "language"), [
    ("Canada and Mexico play their next match on Saturday in Toronto. Tickets go on sale "
     "Monday.", "en"),
    ("El partido entre México y Canadá será el sábado en Toronto.", "es"),
    ("Le match entre le Canada et le Mexique aura lieu samedi à Toronto.", "fr"),
    ("La semifinal entre México y Canadá fue disputada en Houston.", "es"),
    ("Statistics Canada published its monthly figures. The central bank said growth slowed "
     "in the third quarter.", "en"),
    ("", "en"),
])
def test_neutral(text: str, language: str) -> None:
    assert abs(tone(text, language)) < NEUTRAL


@pytest.mark.parametrize(("negated", "plain", "language"), [
    ("The talks between Canada and Mexico were not productive.",
     "The talks between Canada and Mexico were productive.", "en"),
    ("Canada didn't welcome the decision by Mexico.",
     "Canada welcomed the decision by Mexico.", "en"),
    ("No hubo acuerdo entre México y Canadá.", "Hubo acuerdo entre México y Canadá.", "es"),
    ("Il n'y a pas eu de progrès entre le Canada et le Mexique.",
     "Il y a eu des progrès entre le Canada et le Mexique.", "fr"),
])
def test_negated_warm_cue_turns_hostile(negated: str, plain: str, language: str) -> None:
    assert tone(negated, language) <= -NEUTRAL
    assert tone(plain, language) >= NEUTRAL


def test_negated_hostile_cue_is_mildly_warm() -> None:
    assert 0 < tone("There were no tensions between Canada and Mexico.", "en")
    assert 0 < tone("No hubo tensiones entre México y Canadá.", "es")


@pytest.mark.parametrize(("text", "language"), [
    ("Canada and Mexico not only strengthened their partnership but deepened cooperation.",
     "en"),
    ("Sin embargo, México y Canadá fortalecieron su cooperación.", "es"),
    ("Le Canada et le Mexique ont fait un grand pas vers une coopération renforcée.", "fr"),
])
def test_phrases_that_only_look_negated(text: str, language: str) -> None:
    assert tone(text, language) >= NEUTRAL


def test_relationship_sentences_weigh_more() -> None:
    # A warm Canada–Mexico sentence outweighs a hostile sentence about Washington alone.
    text = ("Canada and Mexico strengthened their partnership. "
            "Washington threatened new tariffs.")
    assert tone(text, "en") >= NEUTRAL


def test_article_not_naming_both_countries_weighs_little() -> None:
    with_canada = tone("Mexico and Canada held productive talks and strengthened "
                       "cooperation.", "en")
    without = tone("Mexico and the United States held productive talks and strengthened "
                   "cooperation.", "en")
    assert 0 < without < with_canada


@pytest.mark.parametrize("text", [
    "Canada and Mexico strengthened cooperation. There were no tensions. Washington "
    "threatened tariffs.\nMexico didn't welcome the decision, but Canada praised the deal.",
    "Canada and Mexico strengthened cooperation. Tensions rose.\n\nThe talks were "
    "productive, not hostile.",
])
def test_one_pass_over_the_article_scores_as_sentence_by_sentence(text: str) -> None:
    doc = prepare(text, "en")
    matchers = tone_matchers(TONE_LEXICON, "en")
    by_sentence = [sentence_tone(s.text, matchers) for s in doc.sentences]
    assert _sentence_tones(doc, matchers, None) == by_sentence
    assert _sentence_tones(doc, matchers, tokenize(doc.text)) == by_sentence
    assert score_tone(doc, tokens=tokenize(doc.text)) == score_tone(doc)


def test_bounded() -> None:
    text = " ".join(["Canada and Mexico celebrated their friendship and cooperation."] * 50)
    assert 0.9 < tone(text, "en") <= 1.0
    text = " ".join(["Canada and Mexico traded threats amid tensions and retaliation."] * 50)
    assert -1.0 <= tone(text, "en") < -0.9


def test_lexicon_has_cues_in_every_language() -> None:
    entries = parse_tone_lexicon(TONE_LEXICON.read_text(encoding="utf-8"))
    for group in ("warm", "hostile", "negation", "canada", "mexico", "relationship"):
        assert {e.language for e in entries if e.group == group} == {"en", "es", "fr"}
    for language in ("en", "es", "fr"):
        tone_matchers(TONE_LEXICON, language)      # every term compiles


def test_malformed_lexicon_rejected() -> None:
    with pytest.raises(ValueError):
        parse_tone_lexicon('[warm]\npolarity = 2\nen = ["good"]\n')
    with pytest.raises(ValueError):
        parse_tone_lexicon('[cheerful]\nen = ["good"]\n')
    with pytest.raises(ValueError):
        parse_tone_lexicon('[warm]\npolarity = 1\nde = ["gut"]\n')


@pytest.mark.parametrize("text, language", [
    ("Canadian paper now pays antidumping duties in Mexico, and a Canadian miner sought "
     "arbitration against Mexico.", "en"),
    ("El papel canadiense paga ahora cuotas antidumping en México, y una minera canadiense "
     "llevó a México a un arbitraje.", "es"),
    ("Le papier canadien paie désormais des droits antidumping au Mexique, et une minière "
     "canadienne a lancé un arbitrage contre le Mexique.", "fr"),
])
def test_trade_remedies_and_arbitration_between_the_two_are_hostile(text, language):
    assert tone(text, language) < -0.05


@pytest.mark.parametrize("text, language", [
    ("Canada and Mexico: the ministry's trade remedies unit opened the inquiry.", "en"),
    ("Canadá y México: la Unidad de Prácticas Comerciales Internacionales abrió la "
     "investigación.", "es"),
    ("Le Canada et le Mexique : l'unité du ministère chargée des pratiques commerciales a "
     "ouvert l'enquête, et les plaignants soutiennent que les importations ont bondi.", "fr"),
])
def test_a_unit_and_a_claim_are_no_warmth(text: str, language: str) -> None:
    # "unité" / "unidad" are also a unit, "soutiennent que" a claim: not unity, not support
    # (English "unit" and "unity" are two words).
    assert tone(text, language) == 0.0


@pytest.mark.parametrize("text, language", [
    ("Canada and Mexico: the industry asked Ottawa to challenge the ruling.", "en"),
    ("Canadá y México: la industria pidió impugnar el fallo ante el panel.", "es"),
    ("Le Canada et le Mexique : l'industrie presse Ottawa de contester la décision.", "fr"),
])
def test_contesting_a_measure_is_no_warmth(text: str, language: str) -> None:
    assert tone(text, language) < 0


@pytest.mark.parametrize("text, language", [
    ("Canada and Mexico are drifting apart: the irritants are bilateral now.", "en"),
    ("La relación entre México y Canadá se enfría y se atora en la movilidad laboral.", "es"),
    ("La relation entre le Canada et le Mexique se refroidit et bute sur les permis.", "fr"),
], ids=["en", "es", "fr"])
def test_a_relationship_cooling_or_stuck_is_hostile(text, language):
    assert tone(text, language) < -0.05


@pytest.mark.parametrize("text, language", [
    ("Canada and Mexico: Mexico's energy sovereignty is not negotiable.", "en"),
    ("Canadá y México: la soberanía energética de México no es negociable.", "es"),
    ("Le Canada et le Mexique : la souveraineté énergétique du Mexique n’est pas "
     "négociable.", "fr"),
], ids=["en", "es", "fr"])
def test_not_negotiable_is_no_warmth(text, language):
    # (a refusal, not a negated cue: the negation does not turn it warm)
    assert tone(text, language) < 0


@pytest.mark.parametrize(("scant", "some", "language"), [
    ("Canada and Mexico made little progress at the talks.",
     "Canada and Mexico made a little progress at the talks.", "en"),
    ("México y Canadá lograron pocos avances en la reunión.",
     "México y Canadá lograron unos pocos avances en la reunión.", "es"),
    ("Le Canada et le Mexique ont fait peu de progrès lors de la rencontre.",
     "Le Canada et le Mexique ont fait un peu de progrès lors de la rencontre.", "fr"),
])
def test_scant_progress_is_hostile_a_little_is_not(scant: str, some: str,
                                                    language: str) -> None:
    assert tone(scant, language) <= -NEUTRAL
    assert tone(some, language) >= NEUTRAL


@pytest.mark.parametrize("according, agree, language", [
    ("According to Statistics Canada, Mexican arrivals in Canada fell by a third.",
     "Canada and Mexico agree on the arrivals of Mexican travellers.", "en"),
    ("De acuerdo con Estadística Canadá, las llegadas de mexicanos a Canadá cayeron un "
     "tercio.",
     "México y Canadá están de acuerdo con la revisión de las llegadas de mexicanos.", "es"),
    ("Selon Statistique Canada, les arrivées de Mexicains au Canada ont chuté d'un tiers.",
     "Le Canada et le Mexique sont d'accord sur les arrivées de voyageurs mexicains.", "fr"),
], ids=["en", "es", "fr"])
def test_according_to_is_a_source_not_an_agreement(according, agree, language):
    # Spanish "de acuerdo con" names a source ("according to"), like "según"; "estar de
    # acuerdo" is still agreeing. (English and French name no agreement in their
    # "according to"; their lines check that the rule is the same in all three.)
    assert tone(according, language) == 0.0
    assert tone(agree, language) >= NEUTRAL


@pytest.mark.parametrize("text, language", [
    ("Canada and Mexico: the senators' motion was tabled in the boardroom.", "en"),
    ("Canadá y México: el punto de acuerdo del Senado se discutió en la sala de juntas.",
     "es"),
    ("Le Canada et le Mexique : la motion du Sénat a été débattue dans la salle de réunion.",
     "fr"),
], ids=["en", "es", "fr"])
def test_a_motion_and_a_boardroom_are_no_warmth(text, language):
    # A Mexican legislature's "punto de acuerdo" is a motion and a "sala de juntas" a
    # boardroom: neither is an agreement nor "together".
    assert tone(text, language) == 0.0


# Two warm sentences of protocol under a headline that says the talks went badly: the
# headline weighs more than a sentence of the text, whether the text opens with it or the
# page gives it apart, as trafilatura's text does.
_HEADLINES = [
    ("Canada and Mexico at odds as steel dispute deepens into a trade war",
     "The ministers met in Ottawa on Monday. Canada and Mexico welcomed the talks and "
     "thanked their officials for their cooperation.", "en"),
    ("Tensiones entre México y Canadá: la disputa del acero escala a una guerra comercial",
     "Los secretarios se reunieron en Ottawa el lunes. México y Canadá dieron la "
     "bienvenida al diálogo y agradecieron la cooperación de sus equipos.", "es"),
    ("Acier : les tensions entre le Canada et le Mexique tournent à la guerre commerciale",
     "Les ministres se sont réunis à Ottawa lundi. Le Canada et le Mexique ont salué la "
     "coopération et remercié leurs équipes de leur excellent travail.", "fr"),
]


@pytest.mark.parametrize(("headline", "body", "language"), _HEADLINES)
def test_headline_weighs_more_than_a_sentence(headline: str, body: str,
                                               language: str) -> None:
    opening = prepare(f"{headline}\n{body}", language)
    assert score_tone(opening) > -NEUTRAL          # one sentence among three
    assert score_tone(opening, headline=headline) <= -NEUTRAL
    apart = prepare(body, language)
    assert score_tone(apart) >= NEUTRAL
    assert score_tone(apart, headline=headline) <= -NEUTRAL


@pytest.mark.parametrize(("text", "language"), [
    ("Ford revived the idea of a Canada-U.S. deal without Mexico, and Mexico called it an "
     "insult.", "en"),
    ("Ford revivió la idea de un acuerdo sin México, y México lo calificó de insulto.", "es"),
    ("Ford a ravivé l’idée d’une entente sans le Mexique, et le Mexique y a vu une insulte.",
     "fr"),
    ("Canada's vaccine rules shut out millions of Mexicans, and the embassy stayed frozen "
     "out.", "en"),
    ("Québec presse Ottawa; le Mexique met en garde le Canada contre le visa.", "fr"),
    ("La reforma generó un desacuerdo entre México y Canadá, que habló de injerencia.", "es"),
], ids=["en", "es", "fr", "en-shut-out", "fr-warning", "es-disagreement"])
def test_leaving_one_out_insults_and_disagreements_are_hostile(text, language):
    assert tone(text, language) < -NEUTRAL
