"""Quotations and their speakers: our own short passages in English, Spanish and French,
plus the project's seed article checked against its gold quotes."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors.mentions import Mention
from extractors.pipeline import extract_article
from extractors.quotes import (
    _OPENERS,
    _TITLE_CUE,
    _bracket_pieces,
    _first_verb,
    _last_tokens_start,
    _loose_close,
    _mark_offsets,
    _Piece,
    _Spans,
    _verbs,
    extract_quotes,
)
from extractors.text import prepare

ROOT = Path(__file__).resolve().parents[2]

# Surface forms -> canonical names of the people in the passages below.
PEOPLE = {
    "Jane Porter": "Jane Porter", "Porter": "Jane Porter",
    "Luis Ortega": "Luis Ortega", "Ortega": "Luis Ortega",
    "Marie Tremblay": "Marie Tremblay", "Tremblay": "Marie Tremblay",
    "Carlos Ruiz": "Carlos Ruiz", "Ruiz": "Carlos Ruiz",
    "Daniel Roy": "Daniel Roy", "Roy": "Daniel Roy",
    "Lucía Herrera": "Lucía Herrera", "Herrera": "Lucía Herrera",
    "Pablo Gómez": "Pablo Gómez", "Gómez": "Pablo Gómez",
    "Jean Lafleur": "Jean Lafleur", "Lafleur": "Jean Lafleur",
}


def mentions_in(text: str, people: dict[str, str] = PEOPLE) -> list[Mention]:
    """Person mentions at every occurrence of each surface form (longest forms first)."""
    taken: list[tuple[int, int]] = []
    out = []
    for form in sorted(people, key=len, reverse=True):
        for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
            if any(a <= m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            out.append(Mention(m.start(), m.end(), people[form], "person"))
    return sorted(out, key=lambda m: m.start)


def quotes(text: str, language: str | None = None, extra: list[Mention] | None = None):
    doc = prepare(text, language)
    return extract_quotes(doc, mentions_in(doc.text) + (extra or []))


def pairs(text: str, language: str | None = None) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text) for q in quotes(text, language)]


# --- English ---------------------------------------------------------------------------

def test_split_quote_gives_two_entries_with_the_same_speaker():
    text = ("“Our two economies are stronger together,” said Trade Minister Jane Porter. "
            "“We intend to keep it that way.”")
    assert pairs(text) == [("Jane Porter", "Our two economies are stronger together"),
                           ("Jane Porter", "We intend to keep it that way.")]


def test_speaker_before_the_verb_after_the_quote():
    text = ("Porter said the talks had gone well. "
            "“We found a great deal of common ground,” Porter added.")
    assert pairs(text) == [("Jane Porter", "We found a great deal of common ground")]


def test_straight_quotes_speaker_with_description_before_the_quote():
    text = ('Luis Ortega, a trade economist at a university in Monterrey, said "the new '
            'rules will help exporters on both sides of the border."')
    [q] = quotes(text)
    assert q.speaker == "Luis Ortega"
    assert q.speaker_description == "a trade economist at a university in Monterrey"
    assert q.text == "the new rules will help exporters on both sides of the border."
    assert q.sentence == text


def test_characterized_as_partial_quote():
    text = ("Foreign Minister Marie Tremblay characterized the meeting as “warm and very "
            "useful,” a phrase officials rarely use.")
    assert pairs(text) == [("Marie Tremblay", "warm and very useful")]


def test_according_to_before_the_quote():
    text = "According to Porter, “the talks were the most productive in years.”"
    assert pairs(text) == [("Jane Porter", "the talks were the most productive in years.")]


def test_pronoun_resolves_to_the_most_recent_person():
    text = ("Ambassador Carlos Ruiz met Canadian exporters in Toronto on Tuesday. "
            "“Mexico is open for business,” he said.")
    assert pairs(text) == [("Carlos Ruiz", "Mexico is open for business")]


def test_title_resolves_to_the_person_holding_it_not_just_the_latest():
    text = ("Prime Minister Daniel Roy spoke with Ambassador Carlos Ruiz on Monday.\n"
            "Later, the prime minister told reporters: “We will not accept new tariffs.”")
    assert pairs(text) == [("Daniel Roy", "We will not accept new tariffs.")]


def test_continuation_paragraphs_follow_the_attributed_speaker():
    text = ("“The first round went well,” said Porter. “The second round will be harder,\n"
            "“but we are ready for it.”\n"
            "“Nobody should doubt our commitment to this partnership.”\n"
            "The talks resume in May.")
    result = pairs(text)
    assert [s for s, _ in result] == ["Jane Porter"] * 4
    assert result[1][1] == "The second round will be harder"
    assert result[3][1] == "Nobody should doubt our commitment to this partnership."


def test_following_quote_in_the_same_paragraph_goes_to_the_same_speaker():
    text = ("Tremblay spoke briefly. “We are making progress,” she said. “There is still "
            "work to do on dairy.” “I expect more meetings soon.”")
    assert [s for s, _ in pairs(text)] == ["Marie Tremblay"] * 3


def test_unnamed_sources():
    text = ("“We expect a deal by the spring,” a senior Canadian official said.\n"
            "As one Mexican negotiator put it: “Everyone is tired of waiting.”")
    got = [(q.speaker, q.speaker_description) for q in quotes(text)]
    assert got == [(None, "a senior Canadian official"), (None, "one Mexican negotiator")]


def test_low_and_single_guillemet_marks():
    text = ("„We build bridges, not walls“, said Ambassador Carlos Ruiz.\n"
            "‹ Nous avançons ensemble vers un accord ›, a affirmé Tremblay.")
    assert pairs(text) == [("Carlos Ruiz", "We build bridges, not walls"),
                           ("Marie Tremblay", "Nous avançons ensemble vers un accord")]


def test_scare_quotes_and_titles_are_not_quotes():
    text = ("The “Made in Canada” label matters. Ottawa published a report titled "
            "“Trade Routes for a New Era” last week, and a “Team North America” push "
            "followed. Exporters fear a “race to the bottom” on wages. Roy backed the "
            "“Buy Local” idea and the so-called “rules of the road” for trade. The "
            "“North American Competitiveness Forum” meets next year.")
    assert quotes(text) == ()


def test_nothing_to_find():
    assert quotes("Canada and Mexico signed an agreement on Tuesday.") == ()


def test_adding_that_keeps_the_speaker_and_pronoun_before_verb_wins():
    text = ("Porter said on Friday that “the deadline still holds,” adding that “nobody "
            "benefits from a delay.”\n"
            "Roy met Tremblay in Ottawa. “We need a deal this year,” he told Ortega.")
    assert [s for s, _ in pairs(text)] == ["Jane Porter", "Jane Porter", "Daniel Roy"]


def test_english_release_signature_on_the_same_line():
    text = ("“Mexico is one of our most important trading partners.” — The Hon. Jane "
            "Porter, Minister of International Trade")
    assert pairs(text) == [("Jane Porter",
                            "Mexico is one of our most important trading partners.")]


def test_named_things_before_a_title_noun_are_not_quotes():
    text = ("Officials discussed the “Three Amigos Revived” summit and a “Buy North "
            "American” policy.")
    assert quotes(text) == ()


def test_sources_familiar_with_the_talks():
    text = "Sources familiar with the talks said the deal was “very close to being final.”"
    [q] = quotes(text)
    assert (q.speaker, q.speaker_description) == (None, "Sources familiar with the talks")


def test_relative_clause_subject_and_statement_subject():
    text = ("Porter will brief Prime Minister Daniel Roy, who said on Monday that he wanted "
            "the review finished “without any drama.”\n"
            "The Commerce Department said in a statement that talks had been “useful and "
            "forward-looking.”")
    got = [(q.speaker, q.speaker_description) for q in quotes(text)]
    assert got == [("Daniel Roy", None), (None, "The Commerce Department")]


# --- Spanish ---------------------------------------------------------------------------

def test_spanish_dash_dialogue_with_narrator_interruption():
    text = ("La reunión terminó al mediodía.\n"
            "—Hoy damos un paso muy importante —afirmó la secretaria Lucía Herrera—. "
            "Nuestros productores serán los primeros beneficiados.\n"
            "—Nadie gana con una guerra comercial —dijo Herrera en conferencia de prensa. "
            "Luego se retiró.")
    assert pairs(text, "es") == [
        ("Lucía Herrera", "Hoy damos un paso muy importante"),
        ("Lucía Herrera", "Nuestros productores serán los primeros beneficiados."),
        ("Lucía Herrera", "Nadie gana con una guerra comercial"),
    ]


def test_spanish_dash_list_items_are_not_dialogue():
    text = ("Los acuerdos incluyen:\n"
            "—Ampliar la cooperación en energía limpia.\n"
            "—Crear un grupo de trabajo sobre minerales críticos.")
    assert quotes(text, "es") == ()


def test_spanish_title_and_gender_pick_the_right_person():
    text = ("La secretaria de Economía, Lucía Herrera, recibió al ministro canadiense "
            "Pablo Gómez en la capital.\n"
            "“Queremos más inversión canadiense en el sur del país”, dijo la secretaria.\n"
            "“Es una prioridad para nosotros”, agregó él.")
    assert pairs(text, "es") == [
        ("Lucía Herrera", "Queremos más inversión canadiense en el sur del país"),
        ("Pablo Gómez", "Es una prioridad para nosotros"),
    ]


def test_spanish_unnamed_source_and_dropped_subject():
    text = ("“No hay acuerdo todavía sobre el acero”, dijo un funcionario mexicano, que "
            "pidió el anonimato.\n"
            "Herrera habló ante empresarios en Monterrey. «Vamos a duplicar el comercio en "
            "cinco años», aseguró.\n"
            "Según Herrera, “la relación nunca había sido tan sólida”.")
    got = [(q.speaker, q.speaker_description) for q in quotes(text, "es")]
    assert got == [(None, "un funcionario mexicano"), ("Lucía Herrera", None),
                   ("Lucía Herrera", None)]


def test_spanish_de_acuerdo_con_and_mistyped_closing_mark():
    text = ("De acuerdo con Herrera, “el acuerdo está muy avanzado”.\n"
            "“Vamos a seguir trabajando juntos“, dijo Gómez, quien viajará a Ottawa.")
    assert pairs(text, "es") == [("Lucía Herrera", "el acuerdo está muy avanzado"),
                                 ("Pablo Gómez", "Vamos a seguir trabajando juntos")]


def test_spanish_interview_question_is_not_given_to_the_interviewee():
    text = ("—Vamos bien con Canadá —respondió Herrera a pregunta expresa.\n"
            "—¿Y con Estados Unidos también?")
    assert pairs(text, "es") == [("Lucía Herrera", "Vamos bien con Canadá")]


def test_spanish_definite_official_refers_to_the_person_just_named():
    text = ("Gómez reconoció los avances. «Valoramos el trabajo de México, pero falta "
            "mucho», afirmó el funcionario en un mensaje.")
    assert pairs(text, "es") == [("Pablo Gómez", "Valoramos el trabajo de México, pero "
                                  "falta mucho")]


# --- French ----------------------------------------------------------------------------

def test_french_guillemets_with_spaces_and_split_quote():
    text = ("« Le Canada restera un partenaire fiable du Mexique », a déclaré la ministre "
            "Marie Tremblay. « Nous reviendrons en mars avec des propositions. »")
    assert pairs(text, "fr") == [
        ("Marie Tremblay", "Le Canada restera un partenaire fiable du Mexique"),
        ("Marie Tremblay", "Nous reviendrons en mars avec des propositions."),
    ]


def test_french_inverted_pronoun_and_unnamed_source():
    text = ("Le ministre Jean Lafleur a rencontré Marie Tremblay à Ottawa.\n"
            "« Nos chaînes d'approvisionnement sont intégrées », a-t-il précisé.\n"
            "Selon une source diplomatique, « aucune date n'a encore été fixée ».")
    got = [(q.speaker, q.speaker_description) for q in quotes(text, "fr")]
    assert got == [("Jean Lafleur", None), (None, "une source diplomatique")]


def test_french_press_release_signature_line():
    text = ("Le ministre se rendra à Guadalajara.\n"
            "« Le partenariat entre nos deux pays est plus solide que jamais. Cette mission "
            "ouvrira de nouveaux débouchés. »\n"
            "- L'honorable Jean Lafleur, ministre du Commerce international")
    assert pairs(text, "fr") == [("Jean Lafleur", "Le partenariat entre nos deux pays est "
                                  "plus solide que jamais. Cette mission ouvrira de "
                                  "nouveaux débouchés.")]


def test_french_incise_inside_one_pair_of_guillemets():
    text = ("Pour Jean Lafleur, professeur d'économie, la rencontre compte. « Pendant des "
            "années, les deux pays se sont ignorés, observe-t-il. Cette époque est "
            "terminée. »")
    assert pairs(text, "fr") == [
        ("Jean Lafleur", "Pendant des années, les deux pays se sont ignorés"),
        ("Jean Lafleur", "Cette époque est terminée."),
    ]


def test_french_pronoun_after_an_unnamed_source():
    text = ("Jean Lafleur cultive des fraises depuis vingt ans.\n"
            "Un fonctionnaire du consulat, qui a requis l'anonymat, confirme la hausse. "
            "« Les plaintes arrivent chaque semaine », affirme-t-il.")
    [q] = quotes(text, "fr")
    assert (q.speaker, q.speaker_description) == (None, "Un fonctionnaire")


def test_french_titles_are_not_quotes():
    text = ("La ministre participera au programme « Équipe Canada » et à une conférence "
            "intitulée « Le Mexique et l'Amérique du Nord : une puissance mondiale ».")
    assert quotes(text, "fr") == ()


# --- The seed article ------------------------------------------------------------------

SEED_PEOPLE = {
    "François-Philippe Champagne": "François-Philippe Champagne",
    "Champagne": "François-Philippe Champagne",
    "Anita Anand": "Anita Anand", "Anand": "Anita Anand",
    "Raquel Buenrostro": "Raquel Buenrostro",
    "Andrés Manuel López Obrador": "Andrés Manuel López Obrador",
    "Elena Sanchez": "Elena Sanchez",
    "Alicia Bárcena": "Alicia Bárcena",
}


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFKD", text or "").replace("’", "'")
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


@pytest.fixture(scope="module")
def seed_quotes():
    doc = prepare((ROOT / "seeds" / "seed-article.txt").read_text(encoding="utf-8"))
    mentions = []
    for form, name in SEED_PEOPLE.items():
        start = doc.text.find(form)
        while start >= 0:
            end = start + len(form)
            if not any(m.start <= start < m.end for m in mentions):
                mentions.append(Mention(start, end, name, "person"))
            start = doc.text.find(form, end)
    mentions.sort(key=lambda m: m.start)
    return extract_quotes(doc, mentions)


def test_seed_article_quotes_and_speakers(seed_quotes):
    gold = json.loads((ROOT / "seeds" / "seed-article.gold.json").read_text("utf-8"))
    expected = gold["quotes"]
    assert len(expected) == 8
    matched = set()
    for q in seed_quotes:
        hits = [i for i, g in enumerate(expected) if _norm(g["starts"]) in _norm(q.text)]
        assert hits, f"not a quote of the seed: {q.text!r}"
        for i in hits:
            g = expected[i]
            if g["speaker"] is None:
                assert q.speaker is None
                assert any(w in (q.speaker_description or "") for w in g["speaker_desc_any"])
            else:
                assert q.speaker == g["speaker"], q.text
            matched.add(i)
    assert matched == set(range(len(expected)))


def test_seed_article_quotes_are_in_document_order_with_their_sentences(seed_quotes):
    assert len(seed_quotes) == 8
    positions = [q.sentence.find(q.text[:20]) for q in seed_quotes]
    assert all(p >= 0 for p in positions)
    doc_text = (ROOT / "seeds" / "seed-article.txt").read_text(encoding="utf-8")
    offsets = [doc_text.find(q.text[:30]) for q in seed_quotes]
    assert offsets == sorted(offsets)
    assert seed_quotes[4].speaker_description == (
        "a Mexico City-based international relations expert")


# --- more verbs of saying, workers and demonstrative sources ----------------------------

@pytest.mark.parametrize("text, language, speaker", [
    ("« C’est une bonne nouvelle, à condition que ça dure », a nuancé Marie Tremblay.",
     "fr", "Marie Tremblay"),
    ("« C’est exactement le signal que le marché attendait », a réagi Daniel Roy.",
     "fr", "Daniel Roy"),
    ("« Ce projet ne protège personne dans la région », a dénoncé Jean Lafleur.",
     "fr", "Jean Lafleur"),
    ("—Aquí viven más de cien mil mexicanos —concluye Pablo Gómez.", "es", "Pablo Gómez"),
    ("«No vamos a negar que hubo fricciones», reconoce Lucía Herrera.", "es", "Lucía Herrera"),
])
def test_more_verbs_of_saying(text, language, speaker):
    assert [q.speaker for q in quotes(text, language)] == [speaker]


@pytest.mark.parametrize("text, language, description", [
    ("“They set the rules and we pick the fruit,” said one farm worker in Leamington.",
     "en", "worker"),
    ("«Nos piden paciencia, pero nadie nos escucha», dijo un trabajador agrícola en Jalisco.",
     "es", "trabajador"),
    ("« On nous demande d’être reconnaissants, mais personne ne nous écoute », m’a confié "
     "un travailleur de Saint-Rémi.", "fr", "travailleur"),
])
def test_an_unnamed_worker_is_an_unnamed_source(text, language, description):
    [q] = quotes(text, language)
    assert q.speaker is None and description in q.speaker_description


@pytest.mark.parametrize("text, language, description", [
    ("“Everybody at that table has a client in Canada who lost money,” said one banker who "
     "attended.", "en", "banker"),
    ("“Hoy el loonie pagó los platos rotos”, advirtió un operador de la mesa de cambios de un "
     "banco extranjero.", "es", "operador"),
    ("«No vamos a importar casas», presume un colaborador cercano de la secretaria.", "es",
     "colaborador"),
    ("—No estamos en contra de la mina —dijo una ejidataria que pidió no dar su nombre.", "es",
     "ejidataria"),
    ("« On ne remplacera jamais le marché américain », a confié un scieur de la région.",
     "fr", "scieur"),
], ids=["en-banker", "es-operador", "es-presume", "es-ejidataria", "fr-scieur"])
def test_an_unnamed_banker_trader_or_sawmill_owner_is_an_unnamed_source(
        text, language, description):
    [q] = quotes(text, language)
    assert q.speaker is None and description in q.speaker_description


@pytest.mark.parametrize("text, language", [
    ("Negotiators meet in October, and Carlos Ruiz repeated that Canada “will sign nothing "
     "that rolls back rights.”", "en"),
    ("Los negociadores se reunirán en octubre, y Carlos Ruiz repitió que Canadá «no firmará "
     "nada que haga retroceder los derechos».", "es"),
    ("Les négociateurs doivent se retrouver en octobre, et Carlos Ruiz a répété que le Canada "
     "« ne signera rien qui fasse reculer les droits ».", "fr"),
], ids=["en", "es", "fr"])
def test_the_subject_of_a_clause_after_a_comma_and_and_is_the_speaker(text, language):
    assert [q.speaker for q in quotes(text, language)] == ["Carlos Ruiz"]


@pytest.mark.parametrize("text, language", [
    ("Carlos Ruiz viaja cada año al Okanagan. «Aquí gano en una semana lo que en mi pueblo en "
     "un mes», contó mientras podaba manzanos.", "es"),
    ("Carlos Ruiz travaille à la ferme depuis dix ans. « Ici, on est des bras, pas des "
     "personnes », raconte-t-il tandis qu’il cueille des fraises.", "fr"),
    ("Carlos Ruiz has worked in Leamington since 2011. “Here I earn in a week what I earn in "
     "a month at home,” he said while pruning trees.", "en"),
], ids=["es-mientras", "fr-tandis", "en-while"])
def test_a_verb_with_no_subject_before_a_clause_of_time_is_the_last_person_s(text, language):
    assert [q.speaker for q in quotes(text, language)] == ["Carlos Ruiz"]


@pytest.mark.parametrize("text, language", [
    ("Consul General Carlos Ruiz came. “We are not asking for luxury,” said the consul "
     "general after the meeting.", "en"),
    ("El cónsul general Carlos Ruiz llegó. «No pedimos lujos», dijo el cónsul.", "es"),
    ("Le consul général Carlos Ruiz est arrivé. « Nous ne demandons pas de luxe », a dit le "
     "consul.", "fr"),
], ids=["en", "es", "fr"])
def test_the_consul_said_is_the_consul_named_before(text, language):
    assert [q.speaker for q in quotes(text, language)] == ["Carlos Ruiz"]


@pytest.mark.parametrize("text, language, description", [
    ("Jane Porter left early. According to one official, the talks went well. “Nobody wants "
     "a fight over this,” this official said.", "en", "one official"),
    ("Luis Ortega se retiró. Según un funcionario, la reunión fue útil. «Nadie quiere una "
     "pelea por esto», dijo este funcionario.", "es", "un funcionario"),
    ("Marie Tremblay est partie. Selon une source gouvernementale, la rencontre a été utile. "
     "« Personne n’a intérêt à une dispute », a confié cette source.", "fr", "une source"),
])
def test_a_demonstrative_source_is_the_unnamed_source_named_before(text, language,
                                                                   description):
    [q] = quotes(text, language)
    assert q.speaker is None and description in q.speaker_description


# --- Verbs of welcoming, promising, celebrating; a new speaker the text does not know ---

def test_welcoming_and_promising_verbs_attribute_in_each_language():
    assert pairs("Pablo Gómez welcomed “a strong and lasting partnership” on Monday.") \
        == [("Pablo Gómez", "a strong and lasting partnership")]
    assert pairs("Jane Porter vowed: “We will finish this work together.”") \
        == [("Jane Porter", "We will finish this work together.")]
    assert pairs("Luis Ortega celebró «una relación sólida y duradera» con Canadá.", "es") \
        == [("Luis Ortega", "una relación sólida y duradera")]
    assert pairs("El secretario Ortega elogió «el trabajo de los dos equipos».", "es") \
        == [("Luis Ortega", "el trabajo de los dos equipos")]
    assert pairs("M. Lafleur a salué « une relation solide et durable ».", "fr") \
        == [("Jean Lafleur", "une relation solide et durable")]
    assert pairs("Mme Tremblay s'est réjoui « de ce pas en avant ».", "fr") \
        == [("Marie Tremblay", "de ce pas en avant")]


def test_quote_by_someone_new_in_the_paragraph_does_not_go_to_the_last_speaker():
    en = ("“We are moving forward,” Jane Porter said. Mr. Zamudio cheered “a lasting "
          "relationship between us”.")
    assert pairs(en) == [("Jane Porter", "We are moving forward"),
                         (None, "a lasting relationship between us")]
    es = ("«Avanzamos juntos siempre», dijo Luis Ortega. El Sr. Zamudio aplaudió «una relación "
          "sólida entre ambos».")
    assert pairs(es, "es") == [("Luis Ortega", "Avanzamos juntos siempre"),
                               (None, "una relación sólida entre ambos")]
    fr = ("« Nous avançons ensemble », a dit Jean Lafleur. M. Zamudio applaudit « une "
          "relation solide entre nous ».")
    assert pairs(fr, "fr") == [("Jean Lafleur", "Nous avançons ensemble"),
                               (None, "une relation solide entre nous")]


def test_quote_after_a_known_new_subject_is_not_the_last_speakers():
    text = ("“We are moving forward,” Jane Porter said. Pablo Gómez, in turn, “a good day "
            "for everyone here”.")
    assert pairs(text)[1] != ("Jane Porter", "a good day for everyone here")


def test_a_persons_gender_comes_from_any_of_its_mentions_even_a_later_one():
    # "Ms. Porter", after the quotation, still tells that "he" is not Porter.
    text = ("Jane Porter and Daniel Roy met in Ottawa. “The talks were very productive,” he "
            "said. Ms. Porter flies home on Friday.")
    assert pairs(text) == [("Daniel Roy", "The talks were very productive")]
    without = text.rsplit(" Ms.", 1)[0]
    assert pairs(without) == [("Jane Porter", "The talks were very productive")]


def test_spans_hold_offsets_of_overlapping_nested_and_empty_spans():
    spans = [(30, 40), (5, 10), (8, 12), (20, 20), (32, 35), (12, 15)]
    held = _Spans(spans)
    for offset in range(-1, 45):
        assert held.holds(offset) == any(a <= offset < b for a, b in spans), offset
    assert not _Spans([]).holds(0)


# Pieces of attribution clauses, verbs and French inversions among them.
_CLAUSE_PIECES = ["said", "dijo", "a-t-il", "observe-t-elle", "dit-il", "-t-il ajouté",
                  " ", "  ", ",", "-", "x", "Porter", "according to", "selon", "il", "elle"]


@given(st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=8).map("".join))
def test_first_verb_is_the_first_of_the_verbs(clause: str):
    verbs = _verbs(clause)
    first = _first_verb(clause)
    if not verbs:
        assert first is None
    else:
        assert first is not None
        assert (first.span(), first.re) == (verbs[0].span(), verbs[0].re)


_BEFORE_PIECES = ["known", "as", "conocidos", "como", "titled", "so-called", "campaign",
                  "op-ed", "the", "x", " ", "   ", "\n", "\t", "\u2003", ":", ",", ".", "(",
                  "«", "é"]


@given(st.lists(st.sampled_from(_BEFORE_PIECES), max_size=10).map("".join))
def test_a_title_cue_lies_in_the_last_three_tokens(before: str):
    start = _last_tokens_start(before, 3)
    assert before[start:].split() == before.split()[-3:]
    assert bool(_TITLE_CUE.search(before, start)) == bool(_TITLE_CUE.search(before))


def _bracket_pieces_by_regex(text: str) -> list[_Piece]:
    """``_bracket_pieces`` over the whole ``text`` as first written, with a regex scan."""
    pieces: list[_Piece] = []
    i, end = 0, len(text)
    while (found := re.compile(r'[“«‹„"]').search(text, i, end)) is not None:
        i = found.start()
        c, closers = text[i], _OPENERS[text[i]]
        depth, close = 0, -1
        for m in re.finditer("[" + re.escape(c + closers) + "]", text[i + 1:]):
            if m.group() in closers:
                if depth == 0:
                    close = i + 1 + m.start()
                    break
                depth -= 1
            elif m.group() == c and c != '"':
                depth += 1
        if close < 0 and c == "“":
            close = _loose_close(text, i + 1, end)
        if close < 0:
            if c == '"' and not (i + 1 < end and not text[i + 1].isspace()):
                i += 1
                continue
            pieces.append(_Piece(i, end, i + 1, end, 0, True, False))
            break
        pieces.append(_Piece(i, close + 1, i + 1, close, 0, False, False))
        i = close + 1
    return pieces


@given(st.lists(st.sampled_from(list(_OPENERS) + ["”", "»", "›", "a", " ", ","]),
                max_size=14).map("".join))
def test_pieces_found_from_the_marks_offsets_are_those_of_a_regex_scan(text: str):
    assert _bracket_pieces(text, 0, 0, len(text), _mark_offsets(text)) \
        == _bracket_pieces_by_regex(text)


# --- asking and urging; abbreviated ranks ------------------------------------------------

@pytest.mark.parametrize("text, language, speaker", [
    ("The mayor, Jane Porter, urged both sides to “settle this before the harvest”.", "en",
     "Jane Porter"),
    ("El gobernador Luis Ortega pidió a ambas partes «resolver con responsabilidad lo antes "
     "posible».", "es", "Luis Ortega"),
    ("La mairesse Marie Tremblay a demandé « un peu plus de respect pour les producteurs ».",
     "fr", "Marie Tremblay"),
], ids=["en", "es", "fr"])
def test_asking_or_urging_before_a_quote_attributes_it(text, language, speaker):
    assert [s for s, _ in pairs(text, language)] == [speaker]


@pytest.mark.parametrize("rank", ["Maj.", "Capt.", "Cmdr.", "Adm.", "Gral."])
def test_an_abbreviated_rank_after_the_verb_does_not_end_the_sentence(rank):
    text = f"“It is smart to start with hurricanes,” said {rank} Jane Porter, a senior fellow."
    assert pairs(text) == [("Jane Porter", "It is smart to start with hurricanes")]


@pytest.mark.parametrize("text, language", [
    ("“Canada is a reliable partner”: Jane Porter\nTrade Minister Jane Porter spoke.", "en"),
    ("«Canadá es un socio confiable»: Lucía Herrera\nLa ministra Lucía Herrera habló.", "es"),
    ("« Le Canada est un partenaire fiable » : Marie Tremblay\nLa ministre Marie Tremblay "
     "était à Monterrey.", "fr"),
], ids=["en", "es", "fr"])
def test_a_headline_quote_followed_by_a_colon_and_a_name_is_theirs(text, language):
    assert [s for s, _ in pairs(text, language)] == [text.split("\n")[0].split(": ")[-1]]


def test_a_colon_and_a_name_after_a_quote_in_the_body_is_not_an_attribution():
    text = ("Trade talks\nThe slogan was “Canada is a reliable partner”: Jane Porter "
            "disagreed with it.")
    assert pairs(text) == []


@pytest.mark.parametrize("text, language, speaker", [
    ("Jane Porter said the deal “will protect thousands of jobs” and called the talks “the "
     "most productive in years”.", "en", "Jane Porter"),
    ("Lucía Herrera dijo que el acuerdo «protegerá miles de empleos» y calificó las "
     "conversaciones como «las más productivas en años».", "es", "Lucía Herrera"),
    ("Marie Tremblay a dit que l’accord « protégera des milliers d’emplois » et a qualifié "
     "les pourparlers de « plus productifs depuis des années ».", "fr", "Marie Tremblay"),
], ids=["en", "es", "fr"])
def test_a_second_verb_joined_by_and_keeps_the_speaker(text, language, speaker):
    assert [s for s, _ in pairs(text, language)] == [speaker, speaker]


def test_an_english_premier_is_not_masculine_for_she():
    people = {"Jane Porter": "Jane Porter", "Daniel Roy": "Daniel Roy"}
    text = ("Energy Minister Daniel Roy spoke on Monday. Alberta Premier Jane Porter has "
            "said she wants Mexican buyers. “Mexico is the largest gas market we do not sell "
            "to,” she told reporters.")
    doc = prepare(text)
    found = extract_quotes(doc, mentions_in(doc.text, people))
    assert [q.speaker for q in found] == ["Jane Porter"]


@pytest.mark.parametrize("text, language, noun", [
    ("“We are not leaving Mexico,” said an executive of a Canadian miner who asked not to "
     "be named.", "en", "executive"),
    ("Un directivo de una marca china, que pidió el anonimato, reconoció: «Si no podemos "
     "importar, tendremos que producir aquí».", "es", "directivo"),
    ("« On ne sait pas si on rouvrira en octobre », confie un contremaître qui a demandé à "
     "ne pas être nommé.", "fr", "contremaître"),
], ids=["en", "es", "fr"])
def test_unnamed_executives_owners_and_foremen_are_described(text, language, noun):
    found = quotes(text, language)
    assert [q.speaker for q in found] == [None]
    assert noun in (found[0].speaker_description or "")


@pytest.mark.parametrize("text, language", [
    ("Jane Porter, an energy analyst in Calgary, said the meeting mattered. “Two meetings in "
     "three months is a good sign,” she said.", "en"),
    ("Luis Ortega, un analista del sector, dijo que la reunión importaba. «Dos reuniones en "
     "tres meses son una buena señal», dijo.", "es"),
    ("Marie Tremblay, une analyste du secteur, a dit que la rencontre comptait. « Deux "
     "rencontres en trois mois, c’est bon signe », a-t-elle ajouté.", "fr"),
], ids=["en", "es", "fr"])
def test_a_description_of_a_named_person_is_no_unnamed_source(text, language):
    assert [s for s, _ in pairs(text, language)] == [
        text.split(",")[0]]


@pytest.mark.parametrize("text, language, agency", [
    ("Luis Ortega, director de la asociación, fue claro. «Un protocolo bien hecho vale más "
     "que diez tratados», dijo a EFE.", "es", "EFE"),
    ("Jane Porter, a trade lawyer, was blunt. “This deal will not survive the review,” she "
     "told Reuters.", "en", "Reuters"),
], ids=["es", "en"])
def test_the_agency_a_quote_was_said_to_is_not_its_speaker(text, language, agency):
    doc = prepare(text, language)
    start = doc.text.index(agency)
    agency_mention = Mention(start, start + len(agency), agency, "organization")
    found = extract_quotes(doc, sorted(mentions_in(doc.text) + [agency_mention],
                                       key=lambda m: m.start))
    assert [q.speaker for q in found] == [text.split(",")[0]]


# --- references to someone named before -------------------------------------------------

@pytest.mark.parametrize("text, language", [
    ("Ambassador Carlos Ruiz met exporters in Toronto on Monday.\nPrime Minister Daniel "
     "Roy was not there.\n“We are optimistic about the review,” the diplomat said.", "en"),
    ("El embajador Carlos Ruiz se reunió el lunes con exportadores.\nEl primer ministro "
     "Daniel Roy no asistió.\n“Somos optimistas sobre la revisión”, dijo el diplomático.",
     "es"),
    ("L’ambassadeur Carlos Ruiz a rencontré lundi des exportateurs.\nLe premier ministre "
     "Daniel Roy n’était pas là.\n« Nous sommes optimistes pour la révision », a dit le "
     "diplomate.", "fr"),
], ids=["en", "es", "fr"])
def test_the_diplomat_is_the_ambassador_named_before(text, language):
    # A title the ambassador holds, not an unnamed source nor the latest person named.
    assert [q.speaker for q in quotes(text, language)] == ["Carlos Ruiz"]


@pytest.mark.parametrize("text", [
    "El embajador Carlos Ruiz recibió a este diario en Ottawa.\nLa secretaria Lucía Herrera "
    "viajará a Ottawa en mayo.\nEl embajador, en cambio, prefiere mirar el vaso medio "
    "lleno.\n—Aquí viven más de 120 mil mexicanos —concluye.",
    "El embajador Carlos Ruiz recibió a este diario en Ottawa.\nLa secretaria Lucía Herrera "
    "viajará a Ottawa en mayo. La intención, explica el diplomático, es llegar unidos.\n—Si "
    "llegamos divididos, perdemos los dos —advierte.",
], ids=["opens-the-sentence", "after-a-verb-of-saying"])
def test_a_verb_without_a_subject_goes_to_the_title_last_said_to_speak(text):
    # Since Herrera was named, "el embajador" / "el diplomático" is who the text is about.
    assert [q.speaker for q in quotes(text, "es")] == ["Carlos Ruiz"]


@pytest.mark.parametrize("text, language", [
    ("“Canada is no junior partner in the USMCA”: Ambassador Carlos Ruiz\nOTTAWA — The "
     "ambassador spoke to us.", "en"),
    ("“Canadá no es el socio menor del T-MEC”: embajador Carlos Ruiz\nOTTAWA.— El "
     "embajador habló con este diario.", "es"),
    ("« Le Canada n’est pas un partenaire mineur » : l’ambassadeur Carlos Ruiz\nOTTAWA — "
     "L’ambassadeur nous a parlé.", "fr"),
], ids=["en", "es", "fr"])
def test_a_headline_quote_is_the_titled_person_after_the_colon(text, language):
    assert [q.speaker for q in quotes(text, language)] == ["Carlos Ruiz"]


@pytest.mark.parametrize("text, language", [
    ("Luis Ortega had said that the relationship “is at its best”.", "en"),
    ("Luis Ortega había dicho que la relación «está en su mejor momento».", "es"),
    ("Luis Ortega ha señalado que la relación «está en su mejor momento».", "es"),
    ("Marie Tremblay avait déclaré que la relation « est à son meilleur ».", "fr"),
], ids=["en", "es-dicho", "es-señalado", "fr"])
def test_a_compound_tense_of_a_verb_of_saying_attributes_the_quote(text, language):
    # "había dicho que", "ha señalado que": the participle is the verb of saying.
    [q] = quotes(text, language)
    assert q.speaker in ("Luis Ortega", "Marie Tremblay")


@pytest.mark.parametrize("text, language, speaker", [
    ("« Nous n'arriverons pas à la table en rivaux, a déclaré Mme Tremblay lors d'un point "
     "de presse. Le Canada parle d'une seule voix. »", "fr", "Marie Tremblay"),
    ("«No llegaremos a la mesa como rivales, dijo Luis Ortega en conferencia de prensa. "
     "Canadá y México hablan con una sola voz».", "es", "Luis Ortega"),
    ("“We will not come to the table as rivals, said Jane Porter at a news conference. "
     "Canada and Mexico speak with one voice.”", "en", "Jane Porter"),
], ids=["fr", "es", "en"])
def test_an_attribution_set_inside_the_quotation_marks(text, language, speaker):
    # French press often sets the attribution inside the marks, in the first sentence.
    [q] = quotes(text, language)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, language, speaker", [
    ("Luis Ortega said the state wants “to move from tourists to factories,” and added that "
     "exports rose, according to Statistics Canada.", "en", "Luis Ortega"),
    ("Luis Ortega respondió que el estado busca «pasar de recibir turistas a recibir "
     "fábricas», y recordó que las exportaciones subieron, según datos de la Secretaría de "
     "Economía.", "es", "Luis Ortega"),
    ("Marie Tremblay a répondu que l'État veut « passer des touristes aux usines », et a "
     "rappelé que les exportations ont augmenté, selon Statistique Canada.", "fr",
     "Marie Tremblay"),
], ids=["en", "es", "fr"])
def test_a_verb_joined_to_the_one_before_the_quotation_keeps_its_speaker(text, language,
                                                                        speaker):
    # "…», y recordó que …, según …": the second verb is the first one's subject's; the
    # source named after it is of the figures, not of the quotation. (The whole extraction:
    # the source is a body it recognises.)
    [q] = extract_article(text, language=language).quotes
    assert (q.speaker, q.speaker_description) == (speaker, None)


@pytest.mark.parametrize("text, language, speaker", [
    ("—Jalisco ya es un poco canadiense —bromeó Luis Ortega al término de la firma.", "es",
     "Luis Ortega"),
    ("« Le Mexique est déjà un peu canadien », a plaisanté Marie Tremblay.", "fr",
     "Marie Tremblay"),
    ("“Jalisco is already a little Canadian,” joked Jane Porter.", "en", "Jane Porter"),
], ids=["es", "fr", "en"])
def test_a_joke_is_a_way_of_saying(text, language, speaker):
    [q] = quotes(text, language)
    assert q.speaker == speaker


@pytest.mark.parametrize("text, language, description", [
    ("A union leader told me last month, “As long as the line keeps running, build "
     "wherever you want.”", "en", "A union leader"),
    ("«No vamos a aceptar estas condiciones», dijo un líder sindical en Sonora.", "es",
     "un líder sindical"),
    ("« Nous n'accepterons pas ces conditions », a dit un dirigeant syndical de Sorel.", "fr",
     "un dirigeant syndical"),
], ids=["en", "es", "fr"])
def test_an_unnamed_leader_is_an_unnamed_source(text, language, description):
    [q] = quotes(text, language)
    assert (q.speaker, q.speaker_description) == (None, description)


@pytest.mark.parametrize("text, language", [
    ("La directora general de Northvale, Lucía Herrera, explicó la elección. «Hoy hay 24 "
     "vuelos semanales directos entre Guadalajara y Toronto», dijo la empresaria.", "es"),
    ("Northvale's chief executive, Jane Porter, explained the choice. “There are 24 direct "
     "flights a week to Toronto,” the businesswoman said.", "en"),
    ("La directrice de Northvale, Marie Tremblay, a expliqué ce choix. « Il y a 24 vols "
     "directs par semaine », a dit l'entrepreneure.", "fr"),
], ids=["es", "en", "fr"])
def test_the_businesswoman_is_the_one_just_named(text, language):
    [q] = quotes(text, language)
    assert q.speaker in ("Lucía Herrera", "Jane Porter", "Marie Tremblay")
    assert q.speaker_description is None


@pytest.mark.parametrize("lang,text,speaker", [
    ("fr", "La ministre de l’Immigration, Lena Metlege Diab, a fait l’annonce mardi, au "
           "lendemain d’un entretien entre le premier ministre Mark Carney et la présidente "
           "Claudia Sheinbaum.\n« Nous voulons que les Mexicains puissent venir plus "
           "facilement, a déclaré la ministre en conférence de presse. Le visa demeure "
           "nécessaire. »", "Lena Metlege Diab"),
    ("es", "La canciller Alicia Bárcena Ibarra habló el martes, un día después de una "
           "llamada entre el primer ministro Mark Carney y la presidenta Claudia Sheinbaum.\n"
           "«Queremos que los mexicanos viajen con más facilidad», dijo la canciller en "
           "conferencia de prensa.", "Alicia Bárcena Ibarra"),
    ("en", "Foreign Minister Anita Anand spoke on Tuesday, a day after a call between Prime "
           "Minister Mark Carney and President Claudia Sheinbaum.\n“We want Mexicans to "
           "travel more easily,” the minister told reporters.", "Anita Anand"),
], ids=["fr-incise", "es", "en"])
def test_a_bare_title_is_the_minister_named_before_not_a_leader_named_since(lang, text,
                                                                          speaker):
    # "a déclaré la ministre" inside the marks had no speaker (or the last leader named);
    # "the minister" was the prime minister; a leader's title leaked into the next name's.
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == speaker


@pytest.mark.parametrize("lang,text,speaker,desc", [
    ("en", "Minister Dominic LeBlanc met his counterpart.\n“The meeting is cancelled, not the "
           "dialogue,” said Mr. LeBlanc's press secretary, Jessica Tremblay.",
     "Jessica Tremblay", None),
    ("en", "Minister Dominic LeBlanc met his counterpart.\n“The meeting is cancelled,” said "
           "LeBlanc's spokesperson.", None, "LeBlanc's spokesperson"),
    ("es", "El ministro Dominic LeBlanc recibió a su homólogo.\n«La reunión se canceló, no el "
           "diálogo», dijo la vocera de LeBlanc, Jessica Tremblay.", "Jessica Tremblay", None),
    ("es", "El ministro Dominic LeBlanc recibió a su homólogo.\n«La reunión se canceló», dijo "
           "la vocera de LeBlanc.", None, "la vocera de LeBlanc"),
    ("fr", "Le ministre Dominic LeBlanc a reçu son homologue.\n« La rencontre est annulée, pas "
           "le dialogue, a assuré l’attachée de presse de M. LeBlanc, Jessica Tremblay. Les "
           "équipes restent en contact. »", "Jessica Tremblay", None),
    ("fr", "Le ministre Dominic LeBlanc a reçu son homologue.\n« La rencontre est annulée », a "
           "indiqué le cabinet de M. LeBlanc.", None, "le cabinet de M. LeBlanc"),
], ids=["en-named", "en-unnamed", "es-named", "es-unnamed", "fr-named", "fr-unnamed"])
def test_a_minister_s_aide_speaks_not_the_minister(lang, text, speaker, desc):
    [quote] = extract_article(text, language=lang).quotes
    assert (quote.speaker, quote.speaker_description) == (speaker, desc)


@pytest.mark.parametrize("lang,text", [
    ("es", "Aquella fue la primera visita desde la cumbre que reunió a Justin Trudeau y Andrés "
           "Manuel López Obrador.\nUn funcionario de la Cancillería que pidió el anonimato dijo "
           "que la llamada fue solicitada por Ottawa. «Los canadienses quieren estar seguros de "
           "que no vamos a cerrar nada», explicó."),
    ("en", "It was the first visit since the summit that brought together Justin Trudeau and "
           "Andrés Manuel López Obrador.\nA foreign ministry official who asked not to be named "
           "said the call was requested by Ottawa. “The Canadians want to be sure we will not "
           "close anything,” he explained."),
    ("fr", "C'était la première visite depuis le sommet qui avait réuni Justin Trudeau et "
           "Andrés Manuel López Obrador.\nUn fonctionnaire qui a requis l'anonymat a indiqué que "
           "l'appel avait été demandé par Ottawa. « Les Canadiens veulent être sûrs que nous ne "
           "conclurons rien », a-t-il expliqué."),
], ids=["es-no-subject", "en-he", "fr-il"])
def test_a_verb_with_no_subject_after_an_unnamed_source_is_the_source_s(lang, text):
    # Not the last person named (a former leader in a background paragraph).
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker is None
    assert quote.speaker_description.split()[1] in ("funcionario", "foreign", "fonctionnaire")


@pytest.mark.parametrize("lang,text,speaker", [
    ("es", "La presidenta Claudia Sheinbaum habló el martes.\nLa Presidenta, sin embargo, "
           "descartó un encuentro antes de la revisión. «No habrá reunión trilateral este "
           "año», afirmó, en respuesta a versiones según las cuales la Casa Blanca exploraba "
           "una cumbre.", "Claudia Sheinbaum"),
    ("en", "President Claudia Sheinbaum spoke on Tuesday.\n“There will be no trilateral "
           "meeting this year,” she said, responding to reports according to which the White "
           "House was exploring a summit.", "Claudia Sheinbaum"),
    ("fr", "La présidente Claudia Sheinbaum a parlé mardi.\n« Il n'y aura pas de rencontre "
           "trilatérale cette année », a-t-elle affirmé, en réponse à des informations selon "
           "lesquelles la Maison-Blanche envisageait un sommet.", "Claudia Sheinbaum"),
], ids=["es", "en", "fr"])
def test_a_body_named_in_a_clause_after_the_verb_is_not_the_speaker(lang, text, speaker):
    [quote] = extract_article(text, language=lang).quotes
    assert (quote.speaker, quote.speaker_description) == (speaker, None)


@pytest.mark.parametrize("lang,text,speaker", [
    ("es", "Entre los afectados está Cristiano Leyva Ramírez, un contador de Iztapalapa. "
           "«Ahorré dos años para llevar a mi hijo», contó.", "Cristiano Leyva Ramírez"),
    ("es", "«Es una buena señal», opinó Consuelo Arámburu, investigadora de El Colegio de "
           "México. «Pero no hay que confundirse con el memorando», agregó la especialista.",
     "Consuelo Arámburu"),
    ("fr", "À Voyages Cap-Rouge, les ventes ont bondi. « Il y a deux ans, huit clients sur dix "
           "me demandaient la Floride », constate la propriétaire, Mélanie Caron-Lepage.",
     "Mélanie Caron-Lepage"),
    ("en", "Among those affected is Cristiano Leyva, an accountant from Iztapalapa. “I saved "
           "for two years to take my son,” he recounted.", "Cristiano Leyva"),
], ids=["es-conto", "es-la-especialista", "fr-constate", "en-recounted"])
def test_more_verbs_of_saying_and_the_specialist(lang, text, speaker):
    assert extract_article(text, language=lang).quotes[-1].speaker == speaker


@pytest.mark.parametrize("lang,text", [
    ("es", "Un funcionario canadiense lo dijo sin rodeos: «Queremos a México en la mesa. Cada "
           "quien tiene que cuidar su casa.\n»Eso no significa que la relación no importe. "
           "Significa que la prioridad de Ottawa es Ottawa».\nOtro párrafo sin citas."),
    ("en", "A Canadian official put it bluntly: “We want Mexico at the table. Everyone has to "
           "look after their own house.\n“That does not mean the relationship does not "
           "matter. It means Ottawa's priority is Ottawa.”\nAnother paragraph."),
    ("fr", "Un fonctionnaire canadien l'a dit sans détour : « Nous voulons le Mexique à la "
           "table. Chacun doit protéger sa maison.\n« Cela ne veut pas dire que la relation "
           "ne compte pas. La priorité d'Ottawa, c'est Ottawa. »\nUn autre paragraphe."),
], ids=["es-continuation-mark", "en", "fr"])
def test_a_quotation_that_runs_over_two_paragraphs_is_two_quotes_of_one_source(lang, text):
    # Spanish opens the second paragraph with "»": it was missed.
    quotes = extract_article(text, language=lang).quotes
    assert len(quotes) == 2
    assert quotes[0].speaker_description == quotes[1].speaker_description is not None


# -- signatures, incises with a clause, more verbs ----------------------------------------

def speakers_of(text: str, language: str) -> list[str | None]:
    return [q.speaker for q in extract_article(text, language=language).quotes]


@pytest.mark.parametrize("text,language", [
    ("Québec annonce une mission au Mexique.\nCitations :\n« Le Mexique lit, écrit et traduit "
     "avec une passion qui rejoint la nôtre. »\nSophie Bélanger-Kirouac, ministre de la "
     "Culture et des Communications\n« Pour une maison d’édition, une vente de droits au "
     "Mexique ouvre la porte. »\nGabriel Thériault-Sandoval, président de l’Association "
     "nationale des éditeurs de livres", "fr"),
    ("Canada announces a mission to Mexico.\nQuotes\n\"Mexico reads, writes and translates "
     "with a passion that matches ours.\"\nThe Honourable Sophie Bélanger-Kirouac, Minister "
     "of Culture\n\"For a publishing house, a rights sale in Mexico opens the door.\"\n"
     "Gabriel Thériault-Sandoval, President of the Association of Publishers", "en"),
    ("México anuncia una misión a Canadá.\n«México lee, escribe y traduce con una pasión "
     "que coincide con la nuestra.»\nSophie Bélanger-Kirouac, ministra de Cultura de "
     "Quebec\n«Para una editorial, una venta de derechos en México abre la puerta.»\n"
     "Gabriel Thériault-Sandoval, presidente de la Asociación de Editores", "es"),
])
def test_a_line_with_a_name_and_a_title_after_a_quotation_signs_it(text, language):
    assert speakers_of(text, language) == ["Sophie Bélanger-Kirouac",
                                           "Gabriel Thériault-Sandoval"]


def test_a_line_that_tells_something_after_a_quotation_does_not_sign_it():
    text = ("México anuncia una misión a Canadá.\n«La ministra Joly dijo que vendría a "
            "Guadalajara.»\nAna López Rivera, de Ottawa, llegó después.")
    assert speakers_of(text, "es") == [None]


def test_a_french_incise_with_a_clause_after_its_verb_splits_the_quotation():
    text = ("La présidente mexicaine Claudia Sheinbaum a parlé avec le premier ministre Mark "
            "Carney.\n« Nous avons eu une très bonne conversation avec le premier ministre "
            "Carney, a-t-elle déclaré lors de sa conférence de presse. Le Canada est un "
            "partenaire fiable. »")
    found = extract_article(text, language="fr").quotes
    assert [(q.text[:20], q.speaker) for q in found] == [
        ("Nous avons eu une tr", "Claudia Sheinbaum"),
        ("Le Canada est un par", "Claudia Sheinbaum")]


@pytest.mark.parametrize("text,language", [
    ("Minister Dominic LeBlanc repeated this week that Canada \"will sign nothing that rolls "
     "back workers' rights.\"", "en"),
    ("El ministro Dominic LeBlanc repitió esta semana que Canadá «no firmará nada que haga "
     "retroceder los derechos».", "es"),
    ("Le Canada exporte au Mexique. « Le public montréalais a soif de cinéma mexicain », note "
     "le ministre Dominic LeBlanc.", "fr"),
])
def test_repeating_and_noting_are_saying(text, language):
    assert speakers_of(text, language) == ["Dominic LeBlanc"]


@pytest.mark.parametrize("text,language", [
    ("The memorandum was signed by Labour Secretary Marath Bolaños and the Minister of "
     "Employment, Workforce Development and Families of Canada, Patty Hajdu, with "
     "Immigration Minister Lena Metlege Diab present.\nHajdu said Canada needed workers. "
     "“We cannot build the homes Canada needs without skilled workers,” the minister said.\n"
     "Minister Metlege Diab spoke of permits.", "en"),
    ("El documento fue suscrito por el secretario del Trabajo, Marath Bolaños, y la ministra "
     "de Empleo y Familias de Canadá, Patty Hajdu, en presencia de la ministra de "
     "Inmigración, Lena Metlege Diab.\nPor su parte, Hajdu subrayó que Canadá necesita mano "
     "de obra. “No podemos construir las casas sin trabajadores calificados”, afirmó la "
     "ministra.\nLa ministra Metlege Diab precisó que habrá permisos.", "es"),
    ("Le document a été signé par le secrétaire au Travail, Marath Bolaños, et la ministre de "
     "l’Emploi et des Familles du Canada, Patty Hajdu, en présence de la ministre de "
     "l’Immigration, Lena Metlege Diab.\nDe son côté, Mme Hajdu a souligné que le Canada "
     "manque de main-d’œuvre. « Nous ne pouvons pas construire les maisons sans travailleurs "
     "qualifiés », a affirmé la ministre.\nLa ministre Metlege Diab a parlé des permis.", "fr"),
])
def test_a_long_title_before_a_name_is_read_for_a_bare_title_later(text, language):
    assert speakers_of(text, language) == ["Patty Hajdu"]



# A long paragraph naming someone else, then a quotation "the official" said.
_SENATE_DEBATE = {
    "en": ("Economy Secretary Marcelo Ebrard appeared before the Senate. Ebrard defended the "
           "review of the treaty. According to Ebrard, coordination with Canada is daily.\n"
           "From the rostrum, Senator Gerardo Ulloa questioned the government's trade "
           "strategy towards Washington, recalled the losses of the steel industry in the "
           "northern states and asked to see the technical annexes of the negotiation, the "
           "calendars of the working groups and the employment figures of each sector before "
           "the end of the ordinary session of the Senate of the Republic. The debate went "
           "on for almost five hours.\n"
           "\"We are not going to give anything away in the negotiation,\" the official "
           "replied."),
    "es": ("El secretario de Economía, Marcelo Ebrard, compareció ante el Senado. Ebrard "
           "defendió la revisión del tratado. Según Ebrard, la coordinación con Canadá es "
           "diaria.\n"
           "Desde la tribuna, el senador Gerardo Ulloa Benítez cuestionó la estrategia "
           "comercial del gobierno frente a Washington, recordó las pérdidas de la industria "
           "siderúrgica en los estados del norte y pidió conocer los anexos técnicos de la "
           "negociación, los calendarios de las mesas de trabajo y las cifras de empleo de "
           "cada sector antes de que concluya el periodo ordinario de sesiones del Senado de "
           "la República. El debate se prolongó por casi cinco horas.\n"
           "«No vamos a regalar nada en la negociación», respondió el funcionario."),
    "fr": ("Le secrétaire à l'Économie, Marcelo Ebrard, a comparu devant le Sénat. Ebrard a "
           "défendu la révision du traité. Selon Ebrard, la coordination avec le Canada est "
           "quotidienne.\n"
           "À la tribune, le sénateur Gerardo Ulloa a critiqué la stratégie commerciale du "
           "gouvernement face à Washington, rappelé les pertes de l'industrie sidérurgique "
           "dans les États du nord et demandé à voir les annexes techniques de la "
           "négociation, les calendriers des groupes de travail et les chiffres de l'emploi "
           "de chaque secteur avant la fin de la session ordinaire du Sénat de la République. "
           "Le débat a duré près de cinq heures.\n"
           "« Nous n'allons rien céder dans la négociation », a répondu le responsable."),
}


@pytest.mark.parametrize("language", ["en", "es", "fr"])
def test_the_official_with_no_one_named_near_is_the_one_the_story_is_about(language):
    assert speakers_of(_SENATE_DEBATE[language], language) == ["Marcelo Ebrard"]


@pytest.mark.parametrize("text,language,speaker", [
    ("Desde la tribuna, el senador panista Gerardo Ulloa Benítez cuestionó la alianza con "
     "Ottawa.\n«El gobierno presume unidad con Canadá, pero cede en acero», reprochó el "
     "legislador de Acción Nacional.", "es", "Gerardo Ulloa Benítez"),
    ("From the floor, Conservative Senator Gerald Ullman questioned the alliance with "
     "Ottawa.\n\"The government boasts of unity with Canada but gives way on steel,\" the "
     "lawmaker said.", "en", "Gerald Ullman"),
    ("De la tribune, le sénateur conservateur Gérald Ouellet a critiqué l'alliance avec "
     "Ottawa.\n« Le gouvernement vante l'unité avec le Canada, mais cède sur l'acier », a "
     "rétorqué le parlementaire.", "fr", "Gérald Ouellet"),
], ids=["es-reprocho-el-legislador", "en-the-lawmaker", "fr-a-retorque-le-parlementaire"])
def test_a_lawmaker_is_the_senator_or_deputy_named_before(text, language, speaker):
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize("text,language,speaker", [
    ("Minister Mélanie Joly toured the campus.\n“Satellites don’t stop at the border, and the "
     "people who build them shouldn’t have to either.” That line drew the loudest applause "
     "of the week. It came from Anjali Brar-Thompson, the Canadian Space Agency’s director "
     "general of space science.", "en", "Anjali Brar-Thompson"),
    ("El secretario Marcelo Ebrard respondió a los senadores.\n«¿Cuál es el plan B si "
     "Washington insiste en acuerdos bilaterales?»\nLa pregunta fue de la priista Marisol "
     "Zárate Cuevas, quien recordó lo ocurrido en 2018.", "es", "Marisol Zárate Cuevas"),
    ("Le secrétaire Marcelo Ebrard a répondu aux sénateurs.\n« Quel est le plan B si "
     "Washington insiste sur des accords bilatéraux? »\nLa question venait de la sénatrice "
     "Marisol Zárate Cuevas, qui a rappelé 2018.", "fr", "Marisol Zárate Cuevas"),
], ids=["en-it-came-from", "es-la-pregunta-fue-de", "fr-la-question-venait-de"])
def test_a_quotation_given_to_its_speaker_in_a_sentence_after_it(text, language, speaker):
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize("text,language,speaker", [
    ("Junto a los tanques esperaba Rosa Amelia Ojeda Cota, presidenta de la federación "
     "pesquera. Aprovechó los tres minutos que le tocaron.\n—Nosotros respetamos vedas y "
     "cuotas, y de noche llegan barcos sin bandera —le dijo en español.", "es",
     "Rosa Amelia Ojeda Cota"),
    ("La secretaria Alicia Bárcena llegó temprano. «Vamos a trabajar con Canadá en todos "
     "los temas», le dijo a la prensa.", "es", "Alicia Bárcena"),
    ("La ministre Mélanie Joly est arrivée tôt. « Nous allons travailler avec le Mexique "
     "sur tous les dossiers », nous a-t-elle dit.", "fr", "Mélanie Joly"),
    ("Minister Mélanie Joly arrived early. “We will work with Mexico on every file,” she "
     "told us.", "en", "Mélanie Joly"),
], ids=["es-le-dijo", "es-le-dijo-a-la-prensa", "fr-nous-a-t-elle-dit", "en-parity"])
def test_an_object_pronoun_before_a_verb_of_saying_leaves_its_subject_unnamed(
        text, language, speaker):
    assert speakers_of(text, language) == [speaker]


@pytest.mark.parametrize("text, language", [
    ("Consul Alfredo Castellanos Rubio handed over a flag. “Today Toronto turned green, "
     "white and red,” he wrote later on social media.", "en"),
    ("El cónsul Alfredo Castellanos Rubio entregó una bandera. “Hoy Toronto se pintó de "
     "verde, blanco y rojo”, escribió más tarde en sus redes sociales.", "es"),
    ("Le consul Alfredo Castellanos Rubio a remis un drapeau. « Aujourd'hui, Toronto s'est "
     "peint en vert, blanc et rouge », a-t-il écrit plus tard sur les réseaux sociaux.",
     "fr"),
])
def test_a_verb_with_no_subject_then_later_is_the_last_person_s(text, language):
    assert speakers_of(text, language) == ["Alfredo Castellanos Rubio"]


@pytest.mark.parametrize("text", [
    "“Nos enteramos por un mensaje en el celular”, reclamó Rogelio Santiago Matías, "
    "secretario general de la sección.",
    "“Nos enteramos por un mensaje en el celular”, lanzó Rogelio Santiago Matías, secretario "
    "general de la sección.",
])
def test_spanish_verbs_of_complaint_attribute(text):
    assert speakers_of(text, "es") == ["Rogelio Santiago Matías"]


@pytest.mark.parametrize("text, language", [
    ("Secretary Marcelo Ebrard raised the case in a call with Minister Maninder Sidhu, to whom "
     "he said that Mexico “will firmly defend the legality of its decisions.”", "en"),
    ("El secretario Marcelo Ebrard abordó el caso en una llamada con el ministro Maninder "
     "Sidhu, a quien expuso que México “defenderá con firmeza la legalidad de sus "
     "decisiones”.", "es"),
    ("Le secrétaire Marcelo Ebrard a abordé le dossier lors d'un appel avec le ministre "
     "Maninder Sidhu, à qui il a affirmé que le Mexique « défendra fermement la légalité de "
     "ses décisions ».", "fr"),
])
def test_the_one_spoken_to_is_not_the_speaker(text, language):
    assert speakers_of(text, language) == ["Marcelo Ebrard"]


@pytest.mark.parametrize("text, language, description", [
    ("The ministers reaffirmed “their commitment to a competitive North America,” said the "
     "joint statement.", "en", "the joint statement"),
    ("Los ministros reafirmaron «su compromiso con una América del Norte competitiva», señaló "
     "el comunicado conjunto.", "es", "el comunicado conjunto"),
    ("Les ministres ont réaffirmé « leur volonté de défendre le caractère trilatéral de "
     "l’accord », indique la déclaration commune.", "fr", "la déclaration commune"),
], ids=["en", "es", "fr"])
def test_a_document_named_after_the_verb_is_the_quotation_s_source(text, language,
                                                                    description):
    [q] = quotes(text, language)
    assert (q.speaker, q.speaker_description) == (None, description)


@pytest.mark.parametrize("text, language, description", [
    ("The joint statement speaks of “a strategic partnership for a more competitive North "
     "America.”", "en", "The joint statement"),
    ("El comunicado conjunto habla de “una asociación estratégica para una América del Norte "
     "más competitiva”.", "es", "El comunicado conjunto"),
    ("La déclaration commune parle d’« un partenariat stratégique pour une Amérique du Nord "
     "plus compétitive ».", "fr", "La déclaration commune"),
], ids=["en", "es", "fr"])
def test_what_a_document_speaks_of_in_quotation_marks_is_its_quotation(text, language,
                                                                       description):
    [q] = quotes(text, language)
    assert (q.speaker, q.speaker_description) == (None, description)


@pytest.mark.parametrize("text, language", [
    ("Labour Secretary Marath Bolaños met Immigration Minister Lena Metlege Diab in Ottawa. "
     "Mexico's ambassador, Carlos Joaquín González, was with the secretary. The secretary "
     "was very clear with me about this. He said, “Our workers are not a seasonal commodity, "
     "they are mothers and fathers.”", "en"),
    ("El secretario del Trabajo, Marath Bolaños, se reunió con la ministra Lena Metlege Diab "
     "en Ottawa. El embajador de México, Carlos Joaquín González, acompañó al secretario. El "
     "secretario fue muy claro conmigo. Él dijo: «Nuestros trabajadores no son una mercancía "
     "de temporada, son madres y padres».", "es"),
    ("Le secrétaire au Travail, Marath Bolaños, a rencontré la ministre Lena Metlege Diab à "
     "Ottawa. L’ambassadeur du Mexique, Carlos Joaquín González, accompagnait le secrétaire. "
     "Le secrétaire a été très clair avec moi. Il a dit : « Nos travailleurs ne sont pas une "
     "marchandise saisonnière, ce sont des mères et des pères. »", "fr"),
], ids=["en", "es", "fr"])
def test_he_after_a_sentence_opened_by_a_bare_title_is_that_title_s_holder(text, language):
    # Not the ambassador, the last man named: "the secretary" opened the sentence before.
    [q] = extract_article(text, language=language, published="2026-09-19").quotes
    assert q.speaker == "Marath Bolaños"


@pytest.mark.parametrize("text, language, description", [
    ("“Our companies are integrated across three borders, but our governments are not,” the "
     "associations write.", "en", "the associations"),
    ("«Nuestras empresas están integradas en tres fronteras, pero nuestros gobiernos no», "
     "escriben las asociaciones.", "es", "las asociaciones"),
    ("« Nos entreprises sont intégrées de part et d’autre de trois frontières », écrivent "
     "les associations.", "fr", "les associations"),
], ids=["en", "es", "fr"])
def test_the_associations_that_write_a_letter_are_its_quotations_source(text, language,
                                                                        description):
    [q] = quotes(text, language)
    assert (q.speaker, q.speaker_description) == (None, description)


@pytest.mark.parametrize("text, language, description", [
    ("“Silence between Ottawa and Mexico City is a gift to those who would divide us,” said "
     "the open letter.", "en", "the open letter"),
    ("«El silencio entre Ottawa y la Ciudad de México es un regalo para quien quiera "
     "dividirnos», dice la carta abierta.", "es", "la carta abierta"),
    ("« Le silence entre Ottawa et Mexico est un cadeau pour qui veut nous diviser », "
     "indique la lettre ouverte.", "fr", "la lettre ouverte"),
], ids=["en", "es", "fr"])
def test_a_letter_named_after_the_verb_is_the_quotation_s_source(text, language,
                                                                  description):
    [q] = quotes(text, language)
    assert (q.speaker, q.speaker_description) == (None, description)


@pytest.mark.parametrize("text, language", [
    ("Ambassador Lorena Villaseñor Quiroga presented her credentials. Leaving the ceremony, "
     "the ambassador said that she arrives with a clear mandate from Foreign Secretary Juan "
     "Ramón de la Fuente. “Let the relationship be measured in concrete results,” she "
     "added.", "en"),
    ("La embajadora Lorena Villaseñor Quiroga presentó sus cartas credenciales. Al salir de "
     "la ceremonia, la embajadora dijo que llega con un mandato claro del canciller Juan "
     "Ramón de la Fuente. «Que la relación se mida en resultados concretos», afirmó.", "es"),
    ("L'ambassadrice Lorena Villaseñor Quiroga a présenté ses lettres de créance. À la "
     "sortie de la cérémonie, l'ambassadrice a dit qu'elle arrive avec un mandat clair du "
     "secrétaire Juan Ramón de la Fuente. « Que la relation se mesure en résultats "
     "concrets », a-t-elle affirmé.", "fr"),
], ids=["en", "es", "fr"])
def test_a_quotation_after_reported_speech_is_its_sayer_s_not_the_one_it_names(text,
                                                                               language):
    # "la embajadora dijo que … del canciller Juan Ramón de la Fuente. «…», afirmó."
    assert speakers_of(text, language) == ["Lorena Villaseñor Quiroga"]


@pytest.mark.parametrize("text, language", [
    ("Senator Itzel Cárdenas hosted the delegation. “We expect the same,” said the Canadian "
     "legislator, who added that Minister Anita Anand will bring a proposal.\n“Parliaments "
     "do not negotiate treaties,” the senator said.", "en"),
    ("La senadora Itzel Cárdenas recibió a la delegación. “Esperamos lo mismo”, expresó el "
     "legislador canadiense, quien adelantó que la ministra Anita Anand llevará una "
     "propuesta.\n“Los parlamentos no negociamos tratados”, señaló la senadora.", "es"),
    ("La sénatrice Itzel Cárdenas a reçu la délégation. « Nous attendons la même chose », a "
     "dit le parlementaire canadien, qui a ajouté que la ministre Anita Anand apportera une "
     "proposition.\n« Les parlements ne négocient pas les traités », a souligné la "
     "sénatrice.", "fr"),
], ids=["en", "es", "fr"])
def test_a_title_before_a_clause_is_not_the_next_names(text, language):
    # "el legislador canadiense, quien adelantó que la ministra Anand": Anand is no
    # legislator, so "la senadora" is Cárdenas.
    quotes = extract_article(text, language=language, published="2026-10-07").quotes
    assert quotes[-1].speaker == "Itzel Cárdenas"


@pytest.mark.parametrize("text, language", [
    ("The office's readout said the two leaders “reaffirmed the strength of the "
     "comprehensive strategic partnership” and agreed to instruct their trade ministers.",
     "en"),
    ("El comunicado de la Presidencia señaló que los dos mandatarios «reafirmaron la solidez "
     "de la asociación estratégica integral» y acordaron instruir a sus ministros.", "es"),
    ("Le compte rendu du bureau du premier ministre indique que les deux dirigeants ont « "
     "réaffirmé la solidité du partenariat stratégique global » et convenu de mandater "
     "leurs ministres.", "fr"),
], ids=["en", "es", "fr"])
def test_a_document_that_tells_of_others_words_is_the_source(text, language):
    [q] = extract_article(text, language=language, published="2026-10-24").quotes
    assert q.speaker is None
    assert re.search(r"readout|comunicado|compte rendu", q.speaker_description or "")


@pytest.mark.parametrize("text, language", [
    ("A senior Canadian official briefed reporters on condition of anonymity. The office's "
     "readout said the two leaders “reaffirmed the strength of the partnership.” "
     "“Everything else today was important. That one was essential,” the official said.",
     "en"),
    ("Un alto funcionario canadiense habló con la prensa bajo condición de anonimato. El "
     "comunicado de la oficina señaló que los dos líderes «reafirmaron la solidez de la "
     "asociación». «Todo lo demás hoy fue importante. Esa reunión era esencial», dijo el "
     "funcionario.", "es"),
    ("Un haut fonctionnaire canadien a parlé aux journalistes sous le couvert de "
     "l’anonymat. Le compte rendu du bureau indique que les deux dirigeants ont « réaffirmé "
     "la solidité du partenariat ». « Tout le reste aujourd’hui était important. Celle-là "
     "était essentielle », a dit le fonctionnaire.", "fr"),
], ids=["en", "es", "fr"])
def test_the_official_is_the_unnamed_person_not_a_document_quoted_between(text, language):
    found = extract_article(text, language=language, published="2026-10-24").quotes
    assert re.search(r"official|funcionario|fonctionnaire", found[-1].speaker_description or "")


# --- an account's handle ---------------------------------------------------------------

@pytest.mark.parametrize("text,language", [
    ("The picture was first posted by the X account @TruthPatrolMX, which has 180,000 "
     "followers, with the words: “Sheinbaum flew to Ottawa to sign what they hide from us.”",
     "en"),
    ("La imagen fue difundida por la cuenta de X @ElInformanteMX, que suma unos 180 mil "
     "seguidores, con el texto: «Sheinbaum se fue a Ottawa a firmar lo que no nos cuentan».",
     "es"),
    ("La photo a d’abord été publiée par le compte X @LeVeilleurQC, qui compte 180 000 "
     "abonnés, avec ce texte : « Sheinbaum est allée à Ottawa signer ce qu’on nous cache ».",
     "fr"),
])
def test_an_account_s_handle_is_the_source_of_what_it_posted(text, language):
    found = quotes(text, language)
    assert len(found) == 1, found
    assert found[0].speaker is None
    assert found[0].speaker_description is not None
    assert found[0].speaker_description.startswith("@"), found[0]


# --- a verb of saying joined to the clause before --------------------------------------

@pytest.mark.parametrize("text,language", [
    ("Lucía Herrera spoke to analysts. She acknowledged that some clients had delayed "
     "plans, but said the pipeline was “the strongest we have seen since I joined the bank.”",
     "en"),
    ("Lucía Herrera habló con analistas. Ella reconoció que algunos clientes habían aplazado "
     "sus planes, pero dijo que la cartera era «la más sólida que hemos visto desde que "
     "llegué al banco».", "es"),
    ("Lucía Herrera a parlé aux analystes. Elle a reconnu que certains clients avaient "
     "reporté leurs projets, mais a dit que le carnet était « le plus solide que nous ayons "
     "vu depuis mon arrivée ».", "fr"),
])
def test_a_verb_joined_by_but_has_the_clause_s_subject(text, language):
    assert [speaker for speaker, _text in pairs(text, language)] == ["Lucía Herrera"]


# French feminine participles of pronominal verbs of saying.
@pytest.mark.parametrize("verb", ["s’est réjouie", "s’est félicitée", "s’est exclamée"])
def test_feminine_pronominal_verbs_of_saying(verb):
    text = f"« Ici, pour une fois, ils se sont donné la main », {verb} Lucía Herrera."
    assert pairs(text, "fr") == [("Lucía Herrera", "Ici, pour une fois, ils se sont donné "
                                                   "la main")]


# --- whom a relative clause after the speaker tells of is not the speaker --------------

@pytest.mark.parametrize("text,language", [
    ("Pablo Gómez, the state's civil protection coordinator, gave the toll. “Our priority "
     "was that nobody stayed in danger zones,” said the state official, who asked some "
     "residents and tourists not to cross the streams.", "en"),
    ("El coordinador estatal de Protección Civil, Pablo Gómez, dio el balance. «La "
     "prioridad fue que nadie se quedara en zonas de riesgo», señaló el funcionario estatal, "
     "quien pidió a turistas y residentes no cruzar los arroyos.", "es"),
    ("Le coordonnateur de la protection civile de l’État, Pablo Gómez, a fait le bilan. « La "
     "priorité était que personne ne reste en zone de risque », a indiqué le responsable, "
     "qui a demandé à des touristes et résidents de ne pas traverser les ruisseaux.", "fr"),
])
def test_who_a_relative_clause_after_the_speaker_names_does_not_speak(text, language):
    assert [speaker for speaker, _text in pairs(text, language)] == ["Pablo Gómez"]


@pytest.mark.parametrize("text, language, source", [
    ("“Mexico regards the relationship as rebuilt, not yet repaired,” one note reads. “At "
     "least two investors have indicated they are weighing options,” the note says.", "en",
     ["one note", "the note"]),
    ("«México considera la relación reconstruida», dice una de las notas. «Al menos dos "
     "inversionistas evalúan opciones», señala el documento.", "es",
     ["una de las notas", "el documento"]),
    ("« Le Mexique considère la relation comme rebâtie », indique l’une des notes. « Au moins "
     "deux investisseurs envisagent des options », précise le document.", "fr",
     ["l’une des notes", "le document"]),
])
def test_a_document_that_a_quotation_is_read_from_is_its_source(text, language, source):
    assert [(q.speaker, q.speaker_description) for q in quotes(text, language)] == \
        [(None, s) for s in source]


@pytest.mark.parametrize("text, language", [
    ("Gold medallist Victoria Esparza won the event. “When I solved the geometry problem my "
     "hands were shaking,” she said in a telephone interview with The Globe and Mail.", "en"),
    ("La medallista Victoria Esparza ganó el oro. “Cuando resolví el problema de geometría me "
     "temblaban las manos”, contó en entrevista telefónica con Excélsior.", "es"),
    ("La médaillée Victoria Esparza a gagné l’or. « Quand j’ai résolu le problème de "
     "géométrie, mes mains tremblaient », a-t-elle raconté en entrevue téléphonique avec La "
     "Presse.", "fr"),
])
def test_the_outlet_that_interviewed_the_speaker_is_not_the_source(text, language):
    found = extract_article(text, published="2026-10-27", language=language).quotes
    assert [(q.speaker, q.speaker_description) for q in found] == [("Victoria Esparza", None)]


@pytest.mark.parametrize("text, language, description", [
    ("Son attachée de presse me glisse : « C’était une rencontre longue et sans photo ».",
     "fr", "Son attachée de presse"),
    ("Ella se adelantó, le estrechó la mano y le dijo: “Bienvenido otra vez, Juan Ramón”.",
     "es", None),
])
def test_a_clitic_before_the_verb_is_not_part_of_its_subject(text, language, description):
    # ("me", "le": the verb's object pronoun; "la mano y le dijo": an object, then a verb;
    # English puts no pronoun between a subject and its verb)
    found = extract_article(text, published="2026-10-27", language=language).quotes
    assert [q.speaker_description for q in found] == [description]


@pytest.mark.parametrize("text, language", [
    ("Your reporter quoted Economy Secretary Marcelo Ebrard telling the workers that “nobody "
     "in North America builds a car alone,” and Trade Minister Maninder Sidhu saying that the "
     "two countries would stay united.", "en"),
    ("El reportero citó al secretario Marcelo Ebrard diciendo a los trabajadores que “nadie "
     "en América del Norte construye un auto solo”, y al ministro Maninder Sidhu afirmando que "
     "ambos países seguirán unidos.", "es"),
    ("Le journaliste a cité le secrétaire Marcelo Ebrard affirmant aux ouvriers que "
     "« personne en Amérique du Nord ne construit une voiture seul », et le ministre Maninder "
     "Sidhu soulignant que les deux pays resteront unis.", "fr"),
])
def test_who_is_named_after_and_speaks_the_next_quotation_not_this_one(text, language):
    found = extract_article(text, published="2026-10-14", language=language).quotes
    assert [q.speaker for q in found] == ["Marcelo Ebrard"]


@pytest.mark.parametrize("text, language", [
    ("Security Secretary Omar García Harfuch hosted Public Safety Minister Gary "
     "Anandasangaree. “We will share data in real time,” said García Harfuch.\n"
     "The Canadian minister agreed that the threat is shared. “No country can face these "
     "networks alone,” the minister said.\n"
     "At the end, the Canadian minister invited García Harfuch to visit Ottawa.", "en"),
    ("El secretario de Seguridad, Omar García Harfuch, recibió al ministro de Seguridad "
     "Pública de Canadá, Gary Anandasangaree. “Vamos a compartir información en tiempo "
     "real”, afirmó García Harfuch.\n"
     "El ministro canadiense coincidió en que la amenaza es compartida. “Ningún país puede "
     "enfrentar solo a estas redes”, dijo.\n"
     "Al cierre, el ministro canadiense invitó a García Harfuch a visitar Ottawa.", "es"),
    ("Le secrétaire à la Sécurité, Omar García Harfuch, a reçu le ministre de la Sécurité "
     "publique, Gary Anandasangaree. « Nous partagerons les données en temps réel », a "
     "affirmé M. García Harfuch.\n"
     "Le ministre canadien a convenu que la menace est partagée. « Aucun pays ne peut "
     "affronter seul ces réseaux », a dit le ministre.\n"
     "À la fin, le ministre canadien a invité M. García Harfuch à visiter Ottawa.", "fr"),
], ids=["en", "es", "fr"])
def test_a_title_before_a_verb_is_not_the_title_of_its_object(text, language):
    # "el ministro canadiense invitó a García Harfuch": the title is the subject's, so
    # "dijo" after "El ministro canadiense" is still the Canadian minister's.
    assert speakers_of(text, language) == ["Omar García Harfuch", "Gary Anandasangaree"]


@pytest.mark.parametrize("text, language", [
    ("In Mexico City, Tourism Secretary Josefina Rodríguez Zamora welcomed the news on X, "
     "calling it “excellent news for cultural tourism” and for lesser-known regions.", "en"),
    ("En la Ciudad de México, la secretaria de Turismo, Josefina Rodríguez Zamora, celebró el "
     "anuncio en X, al considerarlo “una excelente noticia para el turismo cultural” y para "
     "las regiones menos conocidas.", "es"),
    ("À Mexico, la secrétaire fédérale au Tourisme, Josefina Rodríguez Zamora, a salué "
     "l’annonce sur le réseau X, y voyant « une excellente nouvelle pour le tourisme "
     "culturel » et pour les régions moins connues.", "fr"),
], ids=["en", "es", "fr"])
def test_a_verb_after_the_speakers_name_is_not_her_description(text, language):
    # French ", a salué l'annonce" is a verb, not an apposition opened by English "a".
    [quote] = extract_article(text, language=language).quotes
    assert quote.speaker == "Josefina Rodríguez Zamora"
    assert not (quote.speaker_description or "").startswith(("a ", "celebró", "welcomed"))


# An office as the subject of the verb of saying speaks, unnamed: "Mr. LeBlanc's office
# said …", "her office said …", "la oficina de LeBlanc reiteró …", "le bureau de M. LeBlanc
# a indiqué …" (not the minister whose office it is).
@pytest.mark.parametrize("text, lang, description", [
    ("Talks\nIn a statement, Mr. LeBlanc’s office said Canada “will negotiate it as one "
     "agreement with both partners.”", "en", "LeBlanc’s office"),
    ("Visas\nIn a statement, her office said officers apply “the same standards to every "
     "applicant, regardless of nationality.”", "en", "her office"),
    ("Diálogo\nEn un comunicado, la oficina de LeBlanc reiteró que Canadá “defenderá a los "
     "trabajadores canadienses en cualquier escenario”.", "es", "la oficina de LeBlanc"),
    ("Dialogue\nDans une déclaration, le bureau de M. LeBlanc a indiqué que le Canada « "
     "défendra les travailleurs canadiens dans tous les cas ».", "fr",
     "le bureau de M. LeBlanc"),
])
def test_an_office_speaks_unnamed(text, lang, description):
    [quote] = extract_article(text, language=lang).quotes
    assert (quote.speaker, quote.speaker_description) == (None, description)


# The sentence after a quotation, no comma between, is not its attribution: "Sidhu said
# Canada wanted “… both countries.” The minister's office said the talks …".
@pytest.mark.parametrize("text, lang", [
    ("Trade\nIn a statement, Maninder Sidhu said Canada wanted “supply chains that benefit "
     "workers in both countries.” The minister's office said the talks would focus on autos.",
     "en"),
    ("Comercio\nEn un comunicado, Maninder Sidhu dijo que Canadá quiere “cadenas que "
     "beneficien a los trabajadores de ambos países.” La oficina del ministro dijo que las "
     "pláticas serán sobre autos.", "es"),
    ("Commerce\nDans une déclaration, Maninder Sidhu a dit que le Canada veut « des chaînes "
     "qui profitent aux travailleurs des deux pays. » Le bureau du ministre a précisé que "
     "les discussions porteront sur l’automobile.", "fr"),
])
def test_an_office_in_the_next_sentence_does_not_speak_the_quotation(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == "Maninder Sidhu"


# The one who accuses speaks the words quoted, not the one accused: "Ebrard accused Ford
# of being ready to “sell out a partner”".
@pytest.mark.parametrize("text, lang", [
    ("Trade\nEconomy Secretary Marcelo Ebrard accused Premier Doug Ford of being ready to "
     "“sell out a partner to please Washington.”", "en"),
    ("Comercio\nEl secretario Marcelo Ebrard acusó al premier Doug Ford de estar dispuesto a "
     "“vender a un socio para complacer a Washington”.", "es"),
    ("Commerce\nLe secrétaire Marcelo Ebrard a accusé le premier ministre Doug Ford d’être "
     "prêt à « vendre un partenaire pour plaire à Washington ».", "fr"),
])
def test_the_one_who_accuses_speaks(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == "Marcelo Ebrard"


# The one a speaker describes is not the speaker: "… but described Trudeau as “…”", nor
# whom a later "he said" stands for.
@pytest.mark.parametrize("text, lang", [
    ("Energy\nPrime Minister Justin Trudeau pressed President Andrés Manuel López Obrador on "
     "Wednesday.\nLópez Obrador did not back down. He said Mexico would defend “the right of "
     "the nation to its own energy,” but described Trudeau as “a very good friend of "
     "Mexico.”\n“We have an excellent relationship with Canada,” he said.", "en"),
    ("Energía\nEl primer ministro Justin Trudeau presionó el miércoles al presidente Andrés "
     "Manuel López Obrador.\nLópez Obrador no cedió. Dijo que México defenderá «el derecho de "
     "la nación a su propia energía», pero calificó a Trudeau como «un muy buen amigo de "
     "México».\n«Tenemos una excelente relación con Canadá», dijo.", "es"),
    ("Énergie\nLe premier ministre Justin Trudeau a pressé mercredi le président Andrés Manuel "
     "López Obrador.\nLópez Obrador n’a pas reculé. Il a dit que le Mexique défendra « le "
     "droit de la nation à sa propre énergie », mais a qualifié M. Trudeau de « très bon ami "
     "du Mexique ».\n« Nous avons une excellente relation avec le Canada », a-t-il dit.",
     "fr"),
])
def test_the_one_described_does_not_speak(text, lang):
    quotes = extract_article(text, language=lang).quotes
    assert len(quotes) == 3
    assert {q.speaker for q in quotes} == {"Andrés Manuel López Obrador"}


# A bare title with a word of nationality stands for the one of that country ("the Mexican
# foreign minister", "la chancelière mexicaine"), past a relative clause before its verb.
@pytest.mark.parametrize("text, lang", [
    ("Visas\nOn Wednesday, Foreign Affairs Minister Stéphane Dion phoned his counterpart, "
     "Foreign Secretary Claudia Ruiz Massieu. The Mexican foreign minister, who had made the "
     "visa her priority, hailed “a historic day for Mexicans.”", "en"),
    ("Visas\nEl miércoles, el ministro Stéphane Dion llamó por teléfono a su homóloga, la "
     "secretaria de Relaciones Exteriores Claudia Ruiz Massieu. La canciller mexicana, quien "
     "había hecho de la visa su prioridad, celebró «un día histórico para los mexicanos».",
     "es"),
    ("Visas\nMercredi, le ministre Stéphane Dion a téléphoné à son homologue, la secrétaire "
     "aux Relations extérieures Claudia Ruiz Massieu. La chancelière mexicaine, qui avait "
     "fait de ce dossier sa priorité, a salué sur Twitter une « journée historique pour les "
     "Mexicains ».", "fr"),
])
def test_a_title_with_a_nationality_is_that_country_s_holder(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == "Claudia Ruiz Massieu"


# A name that qualifies something ("the Trump administration", "la administración de
# Trump", "l'administration Trump", "Trump's departure") is not whom "he said" stands for.
@pytest.mark.parametrize("text, lang", [
    ("Trade\nPrime Minister Justin Trudeau spoke with President Andrés Manuel López Obrador on "
     "Monday. He also pointed to a threat from the Trump administration to reimpose a tariff "
     "on aluminum.\n“We wish them a productive meeting,” he said.", "en"),
    ("Comercio\nEl primer ministro Justin Trudeau habló con el presidente Andrés Manuel López "
     "Obrador el lunes. También mencionó la amenaza de la administración de Trump de volver a "
     "imponer un arancel al aluminio.\n«Les deseamos una reunión productiva», dijo.", "es"),
    ("Commerce\nLe premier ministre Justin Trudeau s’est entretenu lundi avec le président "
     "Andrés Manuel López Obrador. Il a aussi évoqué la menace de l’administration Trump de "
     "rétablir un tarif sur l’aluminium.\n« Nous leur souhaitons une rencontre productive », "
     "a-t-il dit.", "fr"),
])
def test_a_name_that_qualifies_something_is_not_the_pronoun_s(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == "Justin Trudeau"


# Verbs of saying that open or close a quotation like the others ("anticipó",
# "adelantó", "analyse", "relève", "confessed", "writing that", "escribiendo",
# "écrivant").
@pytest.mark.parametrize("text, lang", [
    ("Visit\nAndrea Salcido Ferrer shared photos of the meeting, writing that the talks had "
     "been “cordial and very productive” for both.", "en"),
    ("Visita\nAndrea Salcido Ferrer compartió fotos de la reunión, escribiendo que las "
     "conversaciones habían sido «cordiales y muy productivas».", "es"),
    ("Visite\nAndrea Salcido Ferrer a publié des photos de la rencontre, écrivant que les "
     "discussions avaient été « cordiales et très productives ».", "fr"),
    ("Remittances\nAndrea Salcido Ferrer expects the fall to end next year. “If the labour "
     "market steadies, remittances will stop falling,” she confessed.", "en"),
    ("Remesas\nAndrea Salcido Ferrer consideró que la caída terminará el próximo año. «Si el "
     "mercado laboral se estabiliza, las remesas dejarán de caer», anticipó.", "es"),
    ("Remises\nLa baisse prendra fin l’an prochain. « Si le marché du travail se stabilise, "
     "les remises cesseront de baisser », analyse Andrea Salcido Ferrer, économiste.", "fr"),
])
def test_more_verbs_of_saying_attribute_the_quotation(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == "Andrea Salcido Ferrer"


# A description after the verb ("said the coach", "comentó la delantera", "lance
# l'éleveur") stands for the one named just before, of the gender its article gives.
@pytest.mark.parametrize("text, lang", [
    ("Soccer\nPedro López was furious at the news conference. “The red card was far too "
     "harsh for a normal foul,” said the coach.", "en"),
    ("Futbol\nEl árbitro Iván Barton expulsó a la defensa. Lizbeth Ovalle lamentó el resultado. "
     "«Nos duele porque el partido era nuestro», comentó la delantera.", "es"),
    ("Porc\nÀ Saint-Elzéar, Éric Veilleux-Poulin suit les nouvelles de près. « Si le Mexique "
     "ferme la porte, je ne sais pas où on va envoyer ces cochons-là », lance l’éleveur.",
     "fr"),
])
def test_a_description_after_the_verb_is_the_one_named_before(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker in ("Pedro López", "Lizbeth Ovalle", "Éric Veilleux-Poulin")
    assert quote.speaker != "Iván Barton"


# ... and, when the description repeats words said where someone was named, that person,
# though another was named after them ("el canadiense Liam Okonkwo-Hart … reconoció el
# canadiense").
@pytest.mark.parametrize("text, lang", [
    ("Marathon\nJuan Pablo Solís Tapia was sixth, while Liam Okonkwo-Hart, a veteran "
     "midfielder turned runner, was eighth. “The wind on Lake Shore punished all of us,” said "
     "the Canadian veteran.", "en"),
    ("Maratón\nEl queretano Juan Pablo Solís Tapia fue sexto, mientras que el canadiense Liam "
     "Okonkwo-Hart fue octavo. «El viento en Lake Shore nos castigó a todos», reconoció el "
     "canadiense.", "es"),
    ("Marathon\nLe Queretano Juan Pablo Solís Tapia a fini sixième, tandis que le vétéran Liam "
     "Okonkwo-Hart a terminé huitième. « Le vent sur Lake Shore nous a tous punis », a "
     "reconnu le vétéran.", "fr"),
])
def test_a_description_is_the_one_it_described_where_named(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == "Liam Okonkwo-Hart"


# A body after the verb is not the one named before, but speaks as itself ("said the
# company", "informó la empresa", "a indiqué l'entreprise").
@pytest.mark.parametrize("text, lang", [
    ("Mining\nJuan Pérez leads the union at the mine. “Production will resume on Monday at "
     "all three pits,” said the company.", "en"),
    ("Minería\nJuan Pérez encabeza el sindicato de la mina. «La producción se reanudará el "
     "lunes en los tres tajos», informó la empresa.", "es"),
    ("Mines\nJuan Pérez dirige le syndicat de la mine. « La production reprendra lundi dans "
     "les trois fosses », a indiqué l’entreprise.", "fr"),
])
def test_a_body_after_the_verb_is_not_the_one_named_before(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker is None
    assert quote.speaker_description in ("the company", "la empresa", "l’entreprise")


# A description that opens reported speech ("The veteran notes that …", "El veterano
# recuerda que …", "Le vétéran rappelle que …") is the one it described where named, and
# the next "he said" is theirs, not that of someone the reported speech names.
@pytest.mark.parametrize("text, lang", [
    ("Soccer\nLiam Okonkwo-Hart, a veteran midfielder, watched from the bench. The veteran "
     "notes that coach Jesse Marsch and captain Alphonso Davies have never lost in Toronto. "
     "“This team knows how to win at home,” he said.", "en"),
    ("Fútbol\nLiam Okonkwo-Hart, veterano mediocampista, miró desde la banca. El veterano "
     "recuerda que el técnico Jesse Marsch y el capitán Alphonso Davies nunca han perdido en "
     "Toronto. «Este equipo sabe ganar en casa», dijo.", "es"),
    ("Soccer\nLiam Okonkwo-Hart, vétéran milieu de terrain, a regardé du banc. Le vétéran "
     "rappelle que l’entraîneur Jesse Marsch et le capitaine Alphonso Davies n’ont jamais "
     "perdu à Toronto. « Cette équipe sait gagner à la maison », dit-il.", "fr"),
])
def test_a_description_that_reports_speech_speaks_the_next_quotation(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == "Liam Okonkwo-Hart"


# A sentence that opens with whose view it gives ("Pour la politologue X, …", "Para X,
# …", "For political scientist X, …") attributes its quotation to them; an adverb there
# ("For now, …") attributes nothing, and a short phrase stays a term.
@pytest.mark.parametrize("text, lang", [
    ("Visit\nFor political scientist Gabriela Ríos Ledesma, of the Colegio de México, the "
     "visit sends “a useful signal” to Washington.", "en"),
    ("Visita\nPara la politóloga Gabriela Ríos Ledesma, del Colegio de México, la visita "
     "envía «una señal útil» a Washington.", "es"),
    ("Visite\nPour la politologue Gabriela Ríos Ledesma, du Colegio de México, la visite "
     "envoie « un signal utile » à Washington.", "fr"),
])
def test_whose_view_a_sentence_opens_with_speaks_its_quotation(text, lang):
    [quote] = extract_article(text, language=lang).quotes
    assert quote.speaker == "Gabriela Ríos Ledesma"


@pytest.mark.parametrize("text, lang", [
    ("Visit\nFor now, the visit sends “a useful signal” to Washington.", "en"),
    ("Visita\nPara ello, la visita envía «una señal útil» a Washington.", "es"),
    ("Visite\nPour l’instant, la visite envoie « un signal utile » à Washington.", "fr"),
])
def test_an_opening_adverb_attributes_no_quotation(text, lang):
    assert extract_article(text, language=lang).quotes == ()


# A quotation that ends its sentence, then a sentence whose verb of saying leads straight
# into the next quotation: that verb is the next one's, and the first goes on from the
# quotation before it.
@pytest.mark.parametrize("text,language", [
    ("Canada and Mexico met. Anita Anand and Juan Ramón de la Fuente spoke.\n“We will "
     "defend our workers,” Anand said in French. “The talks were useful.” De la Fuente "
     "replied: “Mexico agrees with that.”", "en"),
    ("Canadá y México se reunieron. Anita Anand y Juan Ramón de la Fuente hablaron.\n"
     "“Defenderemos a nuestros trabajadores”, dijo Anand en francés. “Las pláticas fueron "
     "útiles.” De la Fuente respondió: “México está de acuerdo.”", "es"),
    ("Le Canada et le Mexique se sont réunis. Anita Anand et Juan Ramón de la Fuente ont "
     "parlé.\n« Nous défendrons nos travailleurs », a dit Mme Anand en anglais. « Les "
     "discussions ont été utiles. » M. de la Fuente a répondu : « Le Mexique est "
     "d’accord. »", "fr"),
])
def test_a_verb_leading_into_the_next_quotation_is_not_the_one_before_s(text, language):
    assert speakers_of(text, language) == ["Anita Anand", "Anita Anand",
                                           "Juan Ramón de la Fuente"]


# A gerund of saying after a comma has the subject of the clause it is joined to, however
# long that clause; in Spanish that subject may be left out.
@pytest.mark.parametrize("text,language", [
    ("Canada drew with Mexico.\nMexico coach Javier Aguirre was angry after the match. "
     "He condemned the chant heard from the Mexican section behind the goal, saying “those "
     "who shout that do not represent our country.”", "en"),
    ("Canadá empató con México.\nEl técnico de México, Javier Aguirre, estaba molesto. "
     "Condenó el grito que bajó desde la tribuna de los aficionados mexicanos, diciendo "
     "“quienes gritan eso no representan a nuestro país”.", "es"),
    ("Le Canada a fait match nul contre le Mexique.\nL’entraîneur du Mexique, Javier "
     "Aguirre, était furieux. Il a condamné les chants venus de la section des partisans "
     "mexicains derrière le but, affirmant « ceux qui crient cela ne représentent pas notre "
     "pays ».", "fr"),
])
def test_a_gerund_of_saying_has_the_subject_of_its_clause(text, language):
    assert speakers_of(text, language) == ["Javier Aguirre"]


# A clause that only ends with a colon and names no one ("Then, more seriously:") goes on
# from the quotation before it.
@pytest.mark.parametrize("text,language", [
    ("Canadians winter in Mexico.\nMarta Ruiz Salgado sells fruit at the market. “They come "
     "in winter and buy mangoes,” Ruiz said with a laugh. Then, more seriously: “My nephew "
     "works on a farm in Ontario.”", "en"),
    ("Los canadienses pasan el invierno en México.\nMarta Ruiz Salgado vende fruta en el "
     "mercado. “Vienen en invierno y compran mangos”, dijo Ruiz entre risas. Luego, más "
     "seria: “Mi sobrino trabaja en una granja de Ontario”.", "es"),
    ("Les Canadiens passent l’hiver au Mexique.\nMarta Ruiz Salgado vend des fruits au "
     "marché. « Ils viennent l’hiver et achètent des mangues », dit Mme Ruiz en riant. Puis, "
     "plus sérieuse : « Mon neveu travaille dans une ferme en Ontario. »", "fr"),
])
def test_a_colon_clause_naming_no_one_goes_on_from_the_quotation_before(text, language):
    assert speakers_of(text, language) == ["Marta Ruiz Salgado", "Marta Ruiz Salgado"]


# Committing to something in the speaker's own words is saying them.
@pytest.mark.parametrize("text,language", [
    ("Canada and Mexico reviewed steel quotas. Minister Maninder Sidhu committed to “review "
     "the Mexican requests case by case” but announced no change.", "en"),
    ("Canadá y México revisaron las cuotas de acero. El ministro Maninder Sidhu se "
     "comprometió a “revisar caso por caso” las solicitudes mexicanas.", "es"),
    ("Le Canada et le Mexique ont revu les quotas d’acier. Le ministre Maninder Sidhu s’est "
     "engagé à « revoir les demandes mexicaines au cas par cas ».", "fr"),
])
def test_committing_to_words_is_saying_them(text, language):
    assert speakers_of(text, language) == ["Maninder Sidhu"]


# A quotation with no attribution that opens a sentence right after one opening with a
# person, the only one it names, is theirs; after a sentence naming two, it is no one's.
@pytest.mark.parametrize("text,language,expected", [
    ("Pork exports to Mexico fell.\nIn Saint-Elzéar, Éric Veilleux-Poulin expects no "
     "miracle. “They keep telling us that Mexico is an ally.”", "en", "Éric Veilleux-Poulin"),
    ("Las exportaciones de cerdo a México cayeron.\nEn Saint-Elzéar, Éric Veilleux-Poulin no "
     "espera milagros. “Nos repiten que México es un aliado.”", "es", "Éric Veilleux-Poulin"),
    ("Les exportations de porc vers le Mexique ont reculé.\nÀ Saint-Elzéar, Éric "
     "Veilleux-Poulin n’attend pas de miracle. « On nous répète que le Mexique est un "
     "allié. »", "fr", "Éric Veilleux-Poulin"),
    ("Pork exports to Mexico fell.\nÉric Veilleux-Poulin and Marie Tremblay-Ruiz expect no "
     "miracle. “They keep telling us that Mexico is an ally.”", "en", None),
])
def test_a_quotation_after_a_sentence_opening_with_one_person_is_theirs(text, language,
                                                                        expected):
    assert speakers_of(text, language) == [expected]


# The name after a long title after the verb is the speaker's, not someone else of that
# title named before.
@pytest.mark.parametrize("text,language", [
    ("Canada and Mexico traded more. Mexican President Claudia Sheinbaum was pleased.\n"
     "“The numbers show the agreement works,” said the president and chief executive "
     "officer of the Canadian Chamber of Commerce, Candace Laing.", "en"),
    ("Canadá y México comerciaron más. La presidenta Claudia Sheinbaum celebró las cifras.\n"
     "“Las cifras muestran que el acuerdo funciona”, dijo la presidenta y directora general "
     "de la Cámara de Comercio de Canadá, Candace Laing.", "es"),
    ("Le Canada et le Mexique ont commercé davantage. La présidente Claudia Sheinbaum s’en "
     "réjouit.\n« Les chiffres montrent que l’accord fonctionne », a réagi la présidente et "
     "chef de la direction de la Chambre de commerce du Canada, Candace Laing.", "fr"),
])
def test_a_long_title_after_the_verb_goes_with_the_name_after_it(text, language):
    assert speakers_of(text, language) == ["Candace Laing"]


# A speaker named between dashes inside the quotation's own marks.
@pytest.mark.parametrize("text,language", [
    ("Canadian miners sue Mexico.\n“The CPTPP has become the way out for Canadian miners "
     "who can no longer use CUSMA — explained Fernanda Rivas Montiel, a partner in "
     "international arbitration at the firm Rivas, Ugalde and Associates —. It will not be "
     "the last claim of its kind.” The lawyer said a tribunal takes years.", "en"),
    ("Las mineras canadienses demandan a México.\n“El CPTPP se ha convertido en la vía de "
     "salida para las mineras canadienses que ya no pueden usar el T-MEC —explicó Fernanda "
     "Rivas Montiel, socia de arbitraje internacional del despacho Rivas, Ugalde y "
     "Asociados—. No será la última demanda de este tipo.” La abogada calculó que un "
     "tribunal tarda años.", "es"),
    ("Les minières canadiennes poursuivent le Mexique.\n« Le PTPGP est devenu la porte de "
     "sortie des minières canadiennes qui ne peuvent plus invoquer l’ACEUM — explique "
     "Fernanda Rivas Montiel, associée en arbitrage international du cabinet Rivas, Ugalde "
     "et Associés —. Ce ne sera pas la dernière poursuite. » L’avocate estime qu’un "
     "tribunal prend des années.", "fr"),
])
def test_a_speaker_between_dashes_inside_the_marks(text, language):
    speakers = speakers_of(text, language)
    assert speakers and set(speakers) == {"Fernanda Rivas Montiel"}, speakers


# A person named in a relative clause between the subject and the verb of saying does not
# speak; the subject does.
@pytest.mark.parametrize("text,language", [
    ("Canada and Mexico talked trade. Marcelo Ebrard spoke with Dominic LeBlanc.\nMr. "
     "Ebrard, who has met U.S. Commerce Secretary "
     "Howard Lutnick in Washington several times since February, wrote on X that he had "
     "had a “very good conversation” with his Canadian counterpart.", "en"),
    ("Canadá y México hablaron de comercio. Marcelo Ebrard habló con Dominic LeBlanc.\n"
     "Ebrard, quien se ha reunido con el secretario "
     "de Comercio de EE.UU., Howard Lutnick varias veces desde febrero, escribió en X que "
     "tuvo una “muy buena conversación” con su homólogo canadiense.", "es"),
    ("Le Canada et le Mexique ont parlé commerce. Marcelo Ebrard a parlé à Dominic LeBlanc."
     "\nM. Ebrard, qui a rencontré le secrétaire "
     "américain au Commerce Howard Lutnick à Washington plusieurs fois depuis février, a "
     "écrit sur X qu’il avait eu une « très bonne conversation » avec son homologue.", "fr"),
])
def test_a_person_in_a_relative_clause_before_the_verb_does_not_speak(text, language):
    speakers = speakers_of(text, language)
    assert len(speakers) == 1 and (speakers[0] or "").startswith("Marcelo Ebrard"), speakers


# An unnamed source joined by "and" after a quotation speaks what follows, not it.
@pytest.mark.parametrize("text,language", [
    ("Banks watch Mexico.\nScotiabank chief executive Scott Thomson said in February that "
     "the bank remained “constructive on Mexico over the long term,” and a Scotiabank "
     "spokesperson said on Friday that this had not changed.", "en"),
    ("Los bancos miran a México.\nEl director general de Scotiabank, Scott Thomson, dijo en "
     "febrero que el banco seguía “optimista sobre México a largo plazo”, y un portavoz del "
     "banco dijo el viernes que eso no había cambiado.", "es"),
    ("Les banques surveillent le Mexique.\nLe chef de la direction de Scotiabank, Scott "
     "Thomson, a affirmé en février que la banque restait « optimiste à long terme sur le "
     "Mexique », et un porte-parole de la banque a indiqué vendredi que rien n’avait changé.",
     "fr"),
])
def test_an_unnamed_source_after_and_does_not_speak_the_quotation_before(text, language):
    assert speakers_of(text, language) == ["Scott Thomson"]


# A quotation that ends its sentence does not take the verb of a new sentence that runs
# on into the next quotation, even past its object: better no speaker than that one.
@pytest.mark.parametrize("text,language", [
    ("Mexico's election looms.\nOpposition candidate Xóchitl Gálvez brushed it off as “a "
     "wish list for the campaign.” Diego Arriaga, who follows Mexican equities, called the ban "
     "“the one item nobody can treat as theatre.”", "en"),
    ("Se acercan las elecciones en México.\nLa candidata opositora Xóchitl Gálvez lo tachó de "
     "“una lista de deseos de campaña.” Diego Arriaga, quien sigue el mercado "
     "mexicano, calificó la prohibición como “el único punto que nadie puede tomar como "
     "teatro.”", "es"),
    ("L’élection mexicaine approche.\nLa candidate de l’opposition Xóchitl Gálvez l’a balayé "
     "comme « une liste de souhaits de campagne. » Diego Arriaga, qui suit le marché "
     "mexicain, a qualifié l’interdiction de « seul point que personne ne peut prendre pour "
     "du théâtre. »", "fr"),
])
def test_a_sentence_running_into_the_next_quotation_is_not_the_one_before_s(text, language):
    assert speakers_of(text, language) == [None, "Diego Arriaga"]


# Dismissing something as words is saying them; the one dismissed is not the speaker.
@pytest.mark.parametrize("text,language", [
    ("Mexico's election looms.\nOpposition candidate Xóchitl Gálvez dismissed the package "
     "as “a wish list for the campaign.”", "en"),
    ("Se acercan las elecciones en México.\nLa candidata opositora Xóchitl Gálvez descalificó "
     "el paquete como “una lista de deseos de campaña”.", "es"),
    ("L’élection mexicaine approche.\nLa candidate de l’opposition Xóchitl Gálvez a rejeté "
     "le paquet comme « une liste de souhaits de campagne ».", "fr"),
])
def test_dismissing_something_as_words_is_saying_them(text, language):
    assert speakers_of(text, language) == ["Xóchitl Gálvez"]


# Whom a sentence names alone, then "He …" / "Él …" / "Il …" opening the next: his
# gender, so that "she" is not him.
@pytest.mark.parametrize("text,language", [
    ("Canada and Mexico prepare a visit.\nPresident Claudia Sheinbaum received the "
     "ambassador in October. The visit was planned for months. Officials drafted an agenda. "
     "The energy file was added. Trade was discussed at length. Security came last.\n"
     "Ambassador Cameron MacKay spoke after the meeting. He said the agenda was ready. “I "
     "want results, not photos,” she told the ambassador.", "en"),
    ("Canadá y México preparan una visita.\nLa presidenta Claudia Sheinbaum recibió al "
     "embajador en octubre. La visita se planeó durante meses. Los funcionarios redactaron "
     "una agenda. Se añadió el tema de energía. Se habló mucho de comercio. La seguridad "
     "quedó al final.\nEl embajador Cameron MacKay habló después de la reunión. Él dijo que "
     "la agenda estaba lista. Ella le dijo: “Quiero resultados, no fotos”.", "es"),
    ("Le Canada et le Mexique préparent une visite.\nLa présidente Claudia Sheinbaum a reçu "
     "l’ambassadeur en octobre. La visite se prépare depuis des mois. Les fonctionnaires ont "
     "rédigé un programme. L’énergie s’est ajoutée. On a beaucoup parlé de commerce. La "
     "sécurité est venue en dernier.\nL’ambassadeur Cameron MacKay a parlé après la "
     "rencontre. Il a dit que le programme était prêt. « Je veux des résultats, pas des "
     "photos », lui a-t-elle dit.", "fr"),
])
def test_a_pronoun_opening_the_next_sentence_gives_a_person_s_gender(text, language):
    speakers = speakers_of(text, language)
    assert len(speakers) == 1 and (speakers[0] or "").startswith("Claudia Sheinbaum"), \
        speakers


# An unnamed source a sentence ends with, after its verb ("…, said a diplomatic source."),
# is the "she" of the quotation after it, not the person named before.
@pytest.mark.parametrize("text,language", [
    ("Labour Secretary Marath Bolaños spoke on Friday. It was a barely veiled threat, said a "
     "Canadian diplomatic source. “Nobody in Ottawa believes Mexico will shut the tap,” she "
     "confided.", "en"),
    ("El secretario del Trabajo, Marath Bolaños, habló el viernes. Fue una amenaza apenas "
     "velada, estimó una fuente diplomática canadiense. “Nadie en Ottawa cree que México "
     "cierre la llave”, confió.", "es"),
    ("Le secrétaire du Travail, Marath Bolaños, a parlé vendredi. Une menace à peine voilée, "
     "estime une source diplomatique canadienne. « Personne à Ottawa ne croit que Mexico va "
     "fermer le robinet », confie-t-elle.", "fr"),
])
def test_an_unnamed_source_ending_a_sentence_is_the_pronoun_after_it(text, language):
    found = extract_article(text, language=language, published="2023-09-11").quotes
    assert [(q.speaker, q.speaker_description) for q in found] == [
        (None, {"en": "a Canadian diplomatic source", "es": "una fuente diplomática canadiense",
                "fr": "une source diplomatique canadienne"}[language])], found


# A quotation right after a sentence that ends by reporting it ("…, she said.") in a new
# paragraph is that speaker's.
@pytest.mark.parametrize("text,language", [
    ("Sylvie Gagnon, a retired teacher, arrived Monday in Acapulco. “We thought we would "
     "die,” she told The Canadian Press.\nSince then there has been no power, she said. “We "
     "eat cookies and drink filtered pool water.”", "en"),
    ("Sylvie Gagnon, una maestra jubilada, llegó el lunes a Acapulco. “Creímos que íbamos a "
     "morir”, contó a La Jornada.\nDesde entonces no hay luz, dijo. “Comemos galletas y "
     "bebemos agua de la alberca.”", "es"),
    ("Sylvie Gagnon, une enseignante retraitée, était arrivée lundi à Acapulco. « On a cru "
     "mourir », a-t-elle raconté au Devoir.\nDepuis, il n’y a plus d’électricité, dit-elle. "
     "« On mange des biscuits et on boit l’eau de la piscine filtrée. »", "fr"),
])
def test_a_quotation_after_a_sentence_reported_by_a_pronoun_is_that_speaker_s(text, language):
    assert speakers_of(text, language) == ["Sylvie Gagnon", "Sylvie Gagnon"]


# A verb with no subject followed by when it was said ("contó antes de abordar") is the
# speaker the sentence before introduced.
@pytest.mark.parametrize("text,language", [
    ("Entre los que partieron está Rosalba Hernández Cruz, de 34 años, combatiente de la "
     "brigada de la Conafor en Tapalpa. “Allá el fuego corre por la copa de los árboles, pero "
     "el trabajo es el mismo”, contó antes de abordar.", "es"),
    # (the same with a pronoun in English and French)
    ("Among those who left is Rosalba Hernández Cruz, 34, a firefighter with the Conafor "
     "brigade in Tapalpa. “There the fire runs through the treetops, but the work is the "
     "same,” she said before boarding.", "en"),
    ("Parmi ceux qui sont partis se trouve Rosalba Hernández Cruz, 34 ans, combattante de la "
     "brigade de la Conafor à Tapalpa. « Là-bas, le feu court à la cime des arbres, mais le "
     "travail est le même », a-t-elle raconté avant d’embarquer.", "fr"),
])
def test_a_subjectless_verb_then_when_it_was_said_is_the_speaker_before(text, language):
    assert speakers_of(text, language) == ["Rosalba Hernández Cruz"]


# So is one after "according to" ending the sentence, a relative clause on it included.
@pytest.mark.parametrize("text,language,description", [
    ("Lawyer Julio César Medina Ortega spoke first. The consulate handled about 3,200 cases "
     "this year, according to a consular official who asked not to be identified. “People "
     "arrive detained at the airport, without a lawyer,” he said.", "en",
     "a consular official"),
    ("El abogado Julio César Medina Ortega habló primero. El consulado atendió unos 3 mil 200 "
     "casos este año, según un funcionario consular que pidió no ser identificado. “Nos "
     "llegan personas detenidas en el aeropuerto, sin abogado”, dijo.", "es",
     "un funcionario"),
    ("L’avocat Julio César Medina Ortega a parlé le premier. Le consulat a traité environ "
     "3 200 dossiers cette année, selon un fonctionnaire consulaire qui a requis l’anonymat. "
     "« Des gens nous arrivent détenus à l’aéroport, sans avocat », a-t-il dit.", "fr",
     "un fonctionnaire consulaire"),
])
def test_an_unnamed_source_after_according_to_is_the_pronoun_after_it(text, language,
                                                                        description):
    found = extract_article(text, language=language, published="2023-11-21").quotes
    assert [(q.speaker, q.speaker_description) for q in found] == [(None, description)], found


# An office that says something in a relative clause on it ("the governor's office, which
# said") speaks the quotation, not the people named before it.
@pytest.mark.parametrize("text,language,description", [
    ("Canada's ambassador to Mexico, Graeme Clark, spoke with Quintana Roo Gov. Carlos "
     "Joaquín González on Saturday morning, according to the governor's office, which said "
     "the state had offered “all the information and co-operation the consulate requires.”",
     "en", "the governor's office"),
    ("El embajador de Canadá, Graeme Clark, habló el sábado con el gobernador Carlos Joaquín "
     "González, según la oficina del gobernador, que dijo que el estado había ofrecido “toda "
     "la información y la cooperación que requiera el consulado”.", "es",
     "la oficina del gobernador"),
    ("L’ambassadeur du Canada, Graeme Clark, s’est entretenu samedi avec le gouverneur Carlos "
     "Joaquín González, selon le cabinet du gouverneur, qui a indiqué que l’État avait offert "
     "« toute l’information et la coopération dont le consulat aura besoin ».", "fr",
     "le cabinet du gouverneur"),
])
def test_an_office_saying_it_in_a_relative_clause_speaks(text, language, description):
    found = extract_article(text, language=language, published="2022-01-22").quotes
    assert [(q.speaker, q.speaker_description) for q in found] == [(None, description)], found


@pytest.mark.parametrize("text, language", [
    ("Jane Porter spoke about the visa decision on Thursday.\n"
     "“We took this decision because the number of asylum claims had tripled in two years.\n"
     "“Mexico remains a close friend and partner,” Porter said.", "en"),
    ("Lucía Herrera habló el jueves sobre la visa.\n"
     "«Lamentamos la decisión del gobierno, que afecta a miles de viajeros mexicanos.\n"
     "»Seguiremos dialogando para encontrar una solución», dijo Herrera.", "es"),
    ("Marie Tremblay a parlé de la décision jeudi.\n"
     "« Nous avons pris cette décision parce que les demandes d’asile ont triplé.\n"
     "« Le Mexique demeure un ami et un partenaire proche », a dit Mme Tremblay.", "fr"),
], ids=["en", "es", "fr"])
def test_a_quotation_running_on_into_the_next_paragraph_is_said_by_whoever_ends_it(
        text, language):
    found = quotes(text, language)
    assert len(found) == 2
    assert found[0].speaker == found[1].speaker is not None


@pytest.mark.parametrize("text, language", [
    ("Minister Jonathan Wilkinson met Secretary Rocío Nahle in Houston. Secretary Nahle "
     "explained the position of the Government of Mexico. In her words, “this reform is about "
     "sovereignty, not about closing the door to anyone.” I appreciated her frankness.", "en"),
    ("El ministro Jonathan Wilkinson se reunió con la secretaria Rocío Nahle en Houston. La "
     "secretaria Nahle explicó la posición del Gobierno de México. En sus palabras, “esta "
     "reforma es sobre soberanía, no sobre cerrar la puerta a nadie”. Aprecié su franqueza.",
     "es"),
    ("Le ministre Jonathan Wilkinson a rencontré la secrétaire Rocío Nahle à Houston. La "
     "secrétaire Nahle a expliqué la position du gouvernement du Mexique. Selon ses mots, "
     "« cette réforme est une question de souveraineté, pas de fermer la porte à qui que ce "
     "soit ». J’ai apprécié sa franchise.", "fr"),
], ids=["en", "es", "fr"])
def test_in_her_words_is_the_one_named_before(text, language):
    assert speakers_of(text, language) == ["Rocío Nahle"]


@pytest.mark.parametrize("text, language", [
    ("I met Minister Dominic LeBlanc in Ottawa. The minister shared Canada's concern about "
     "opioids, and told me something I fully share: “The guns reaching Mexico and fentanyl "
     "are two sides of one problem.”", "en"),
    ("Me reuní con el ministro Dominic LeBlanc en Ottawa. El ministro compartió la "
     "preocupación de Canadá por el consumo de opioides, y me dijo algo que comparto "
     "plenamente: “Las armas que llegan a México y el fentanilo son dos caras del mismo "
     "problema”.", "es"),
    ("J’ai rencontré le ministre Dominic LeBlanc à Ottawa. Le ministre a partagé "
     "l’inquiétude du Canada face aux opioïdes, et m’a dit une chose que je partage "
     "pleinement : « Les armes qui arrivent au Mexique et le fentanyl sont les deux faces "
     "d’un même problème. »", "fr"),
], ids=["en", "es", "fr"])
def test_a_verb_of_saying_joined_with_its_clitic_has_the_sentences_subject(text, language):
    # "…, y me dijo …", "…, et m'a dit …": the minister who opens the sentence said it.
    assert speakers_of(text, language) == ["Dominic LeBlanc"]


@pytest.mark.parametrize("text, language", [
    ("“Mexico remains a key partner for Canada”: an interview with Minister Mary Ng\nQ: "
     "Mexico has a new Economy Secretary. Have you spoken with him?\nMary Ng: Yes. We spoke "
     "by video.", "en"),
    ("«México sigue siendo un socio clave»: entrevista con la ministra Mary Ng\nP: México "
     "tiene un nuevo secretario de Economía. ¿Ya habló con él?\nMary Ng: Sí. Hablamos por "
     "video.", "es"),
    ("« Le Mexique demeure un partenaire incontournable » : entrevue avec la ministre Mary "
     "Ng\nQ : Le Mexique a un nouveau secrétaire. Lui avez-vous parlé ?\nMary Ng : Oui. "
     "Nous nous sommes parlé par vidéo.", "fr"),
], ids=["en", "es", "fr"])
def test_a_headlines_quotation_before_an_interview_with_someone_is_theirs(text, language):
    assert speakers_of(text, language) == ["Mary Ng"]


# A quotation given in two languages, the other one in brackets right after it, is one
# quotation; what follows the bracket is read as following it.
@pytest.mark.parametrize(("text", "language", "speaker", "words"), [
    ("“We will not accept it” (“No lo vamos a aceptar”), Luis Ortega told reporters in "
     "Monterrey.", "en", "Luis Ortega", "We will not accept it"),
    ("«Canadá es un socio confiable» («Canada is a reliable partner»), afirmó Jane Porter "
     "ante los empresarios.", "es", "Jane Porter", "Canadá es un socio confiable"),
    ("« Cela n’arrivera jamais » (« That will never, ever happen »), a martelé Daniel Roy "
     "devant ses partisans.", "fr", "Daniel Roy", "Cela n’arrivera jamais"),
    ("« Nous partageons l’objectif d’une solution pacifique », a écrit Carlos Ruiz "
     "(en espagnol : « Coincidimos en el objetivo de una solución pacífica »).", "fr",
     "Carlos Ruiz", "Nous partageons l’objectif d’une solution pacifique"),
])
def test_a_quotation_and_its_rendering_in_brackets_are_one(text: str, language: str,
                                                          speaker: str, words: str) -> None:
    assert pairs(text, language) == [(speaker, words)]


# Words a relative clause's subject gives a thing ("a shortage of workers that the
# minister describes as “…”") are that subject's, not said by the thing's people; the
# present of describing is a verb of saying in Spanish and French as in English.
@pytest.mark.parametrize(("text", "language"), [
    ("Quebec's international relations minister, Nadine Girault, visited Guadalajara. "
     "There is a shortage of workers that the minister describes as “the biggest economic "
     "challenge facing Quebec”.", "en"),
    ("La ministra de Relaciones Internacionales de Quebec, Nadine Girault, visitó "
     "Guadalajara. Hay una escasez de trabajadores que la ministra describe como “el mayor "
     "reto económico de Quebec”.", "es"),
    ("La ministre des Relations internationales du Québec, Nadine Girault, était à "
     "Guadalajara. Il y a une pénurie de travailleurs que la ministre décrit comme « le "
     "plus grand défi économique du Québec ».", "fr"),
])
def test_what_a_relative_clauses_subject_describes_is_hers(text: str, language: str) -> None:
    [quote] = extract_article(text, language=language).quotes
    assert quote.speaker == "Nadine Girault"


# In an interview's turn, "he" is not the one whose turn it is (who says "I" there).
@pytest.mark.parametrize(("text", "language"), [
    ("Sonora governor talks lithium\nThe Northern Miner: Did the ambassador visit Sonora?\n"
     "Alfonso Durazo: Ambassador Cameron MacKay came to Hermosillo on January 24, and we "
     "toured the solar park together. He speaks very good Spanish. He told me, “Canada "
     "wants to be part of Plan Sonora, and our companies want to be in the first line.” I "
     "took him at his word.", "en"),
    ("El gobernador habla de litio\nEl Universal: ¿El embajador visitó Sonora?\nAlfonso "
     "Durazo: El embajador Cameron MacKay vino a Hermosillo el 24 de enero y recorrimos "
     "juntos el parque solar. Habla muy buen español. Él me dijo: “Canadá quiere ser parte "
     "del Plan Sonora, y nuestras empresas quieren estar en primera fila”. Le creí.", "es"),
    ("Le gouverneur parle de lithium\nLe Devoir : L’ambassadeur est-il venu au Sonora ?\n"
     "Alfonso Durazo : L’ambassadeur Cameron MacKay est venu à Hermosillo le 24 janvier, et "
     "nous avons visité ensemble le parc solaire. Il parle très bien espagnol. Il m’a dit : "
     "« Le Canada veut faire partie du Plan Sonora, et nos entreprises veulent être en "
     "première ligne. » Je l’ai cru.", "fr"),
])
def test_he_in_a_turn_is_not_whose_turn_it_is(text: str, language: str) -> None:
    [quote] = extract_article(text, language=language, published="2024-03-05").quotes
    assert quote.speaker == "Cameron MacKay"


# A bare title with its country's word is that country's holder's: "the U.S. President",
# "el presidente estadounidense", "le président américain" (the article's gender first:
# "el presidente" is a man, though French "présidente" folds to the same word).
@pytest.mark.parametrize(("text", "language"), [
    ("Andrés Manuel López Obrador won on Sunday. Donald Trump congratulated him. “I look "
     "forward very much to working with him,” the U.S. President wrote on Twitter.", "en"),
    ("Andrés Manuel López Obrador ganó el domingo. Donald Trump lo felicitó. “Espero con "
     "mucho interés trabajar con él”, escribió el presidente estadounidense en Twitter.",
     "es"),
    ("Andrés Manuel López Obrador a gagné dimanche. Donald Trump l’a félicité. « J’ai très "
     "hâte de travailler avec lui », a écrit le président américain sur Twitter.", "fr"),
])
def test_a_bare_title_with_its_countrys_word(text: str, language: str) -> None:
    [quote] = extract_article(text, language=language, published="2018-07-03").quotes
    assert quote.speaker == "Donald Trump"


# "ha descrito a Canadá como “…”": the perfect of describing is a verb of saying too.
@pytest.mark.parametrize(("text", "language"), [
    ("The new foreign minister, Marcelo Ebrard, has described Canada as “a strategic partner "
     "and a friend”.", "en"),
    ("El nuevo canciller, Marcelo Ebrard, ha descrito a Canadá como “un socio estratégico y "
     "un amigo”.", "es"),
    ("Le nouveau chancelier, Marcelo Ebrard, a décrit le Canada comme « un partenaire "
     "stratégique et un ami ».", "fr"),
])
def test_what_one_has_described_something_as(text: str, language: str) -> None:
    [quote] = extract_article(text, language=language, published="2019-01-14").quotes
    assert quote.speaker == "Marcelo Ebrard"


@pytest.mark.parametrize("text, language", [
    ("Ambassador Graeme Clark testified on Thursday. Asked about a meeting between the "
     "minister of natural resources, Jonathan Wilkinson, and his counterpart, Mr. Clark said "
     "no talks had taken place. “The minister wants to meet Secretary Nahle, but no date has "
     "been set,” he said.", "en"),
    ("El embajador Graeme Clark compareció el jueves. Interrogado por el diputado Brent Holt "
     "sobre la falta de una reunión entre el ministro Jonathan Wilkinson y su homóloga, el "
     "señor Clark confirmó que no había habido conversaciones. “El ministro quiere reunirse "
     "con la secretaria Nahle, pero no hay fecha”, dijo.", "es"),
    ("L’ambassadeur Graeme Clark a témoigné jeudi. Interrogé sur l’absence d’une rencontre "
     "entre le ministre des Ressources naturelles, Jonathan Wilkinson, et son homologue, "
     "M. Clark a confirmé qu’aucun entretien n’avait eu lieu. « Le ministre souhaite "
     "rencontrer la secrétaire Nahle, mais aucune date n’a été arrêtée », a-t-il dit.", "fr"),
], ids=["en", "es", "fr"])
def test_he_is_the_clause_s_subject_not_a_name_a_preposition_governs(text, language):
    # "between the minister …, Jonathan Wilkinson,", "por el diputado Brent Holt", "entre le
    # ministre …, Jonathan Wilkinson,": named inside a phrase of the clause before its
    # subject, Mr. Clark, who is the one who said it.
    assert speakers_of(text, language) == ["Graeme Clark"]


@pytest.mark.parametrize("text, language", [
    ("Ford floated a deal with Washington. “We will not negotiate against Mexico, but our "
     "priority is Canadian workers,” said on Tuesday the Minister of Finance and "
     "Intergovernmental Affairs, Dominic LeBlanc.", "en"),
    ("Ford propuso un acuerdo con Washington. “No negociaremos contra México, pero nuestra "
     "prioridad son los trabajadores canadienses”, resumió el martes el ministro de Finanzas "
     "y Asuntos Intergubernamentales, Dominic LeBlanc.", "es"),
    ("Ford a proposé une entente avec Washington. « Nous ne négocierons pas contre le "
     "Mexique, mais notre priorité, ce sont les travailleurs canadiens », a résumé mardi le "
     "ministre des Finances et des Affaires intergouvernementales, Dominic LeBlanc.", "fr"),
], ids=["en", "es", "fr"])
def test_the_name_after_the_day_and_a_long_title_is_the_speaker(text, language):
    # "a résumé mardi le ministre des Finances et des Affaires intergouvernementales, X":
    # the day it was said, then the long title, then the speaker.
    assert speakers_of(text, language) == ["Dominic LeBlanc"]


@pytest.mark.parametrize("text, language", [
    ("Minister Chrystia Freeland called for their release. “We have last year's crop in the "
     "bins and nobody knows the price,” said to CBC Darren Kowalchuk, a canola grower near "
     "Yorkton.", "en"),
    ("La ministra Chrystia Freeland pidió su liberación. \"Tenemos la cosecha del año pasado "
     "en los silos y nadie sabe a qué precio\", dijo a EFE Darren Kowalchuk, productor de "
     "canola cerca de Yorkton.", "es"),
    ("La ministre Chrystia Freeland a demandé leur libération. « Nous avons la récolte de "
     "l'an dernier dans les silos et personne ne sait à quel prix », a dit à l'AFP Darren "
     "Kowalchuk, producteur de canola près de Yorkton.", "fr"),
], ids=["en", "es", "fr"])
def test_the_name_after_the_outlet_told_is_the_speaker(text, language):
    # "dijo a EFE Darren Kowalchuk": the agency's acronym is no part of his name.
    assert speakers_of(text, language) == ["Darren Kowalchuk"]


@pytest.mark.parametrize("text, language", [
    ("Agriculture Secretary Víctor Villalobos spoke with Canada.\nMinister Mary Ng wrote that "
     "Canada would defend rules-based trade.\nVillalobos sought to calm things. “The "
     "relationship with Canada is solid and long-term,” he said in a message released by the "
     "Secretaría de Agricultura y Desarrollo Rural.", "en"),
    ("El secretario de Agricultura, Víctor Villalobos, habló con Canadá.\nLa ministra Mary Ng "
     "escribió que Canadá defenderá el comercio basado en reglas.\nVillalobos buscó bajar la "
     "tensión. “La relación con Canadá es sólida y de largo plazo”, dijo en un mensaje "
     "difundido por la Secretaría de Agricultura y Desarrollo Rural.", "es"),
    ("Le secrétaire à l’Agriculture, Víctor Villalobos, a parlé avec le Canada.\nLa ministre "
     "Mary Ng a écrit que le Canada défendra le commerce fondé sur des règles.\nVillalobos a "
     "cherché à calmer le jeu. « La relation avec le Canada est solide et de long terme », "
     "a-t-il dit dans un message diffusé par la Secretaría de Agricultura y Desarrollo Rural.",
     "fr"),
], ids=["en", "es", "fr"])
def test_the_body_that_spread_a_message_is_not_who_said_it(text, language):
    # "», dijo en un mensaje difundido por la Sader": Villalobos, the sentence before's
    # subject, said it; the secretariat only spread it.
    assert speakers_of(text, language) == ["Víctor Villalobos"]


@pytest.mark.parametrize("text, language, desc", [
    ("Mexico's embassy in Ottawa said in a statement that \"the overwhelming majority of "
     "Mexicans who travel to Canada do so to visit, study or work.\"", "en",
     "Mexico's embassy in Ottawa"),
    ("La embajada de México en Ottawa dijo en un comunicado que \"la inmensa mayoría de los "
     "mexicanos que viajan a Canadá lo hacen para visitar, estudiar o trabajar\".", "es",
     "embajada de México"),
    ("L’ambassade du Mexique à Ottawa a indiqué dans un communiqué que « la vaste majorité "
     "des Mexicains qui se rendent au Canada le font pour visiter, étudier ou travailler ».",
     "fr", "ambassade du Mexique"),
], ids=["en", "es", "fr"])
def test_a_country_s_body_as_the_subject_speaks_unnamed(text, language, desc):
    # "Mexico's embassy in Ottawa said …": the embassy, however its subject opens.
    [quote] = extract_article(text, language=language).quotes
    assert quote.speaker is None
    assert desc in (quote.speaker_description or "")


@pytest.mark.parametrize("text, language", [
    ("Senator Abundio Carranza Teyssier voted against. “Ratifying first leaves us no "
     "margin,” he argued.", "en"),
    ("En contra votó el senador Abundio Carranza Teyssier. “Ratificar primero nos deja sin "
     "margen”, argumentó.", "es"),
    ("Le sénateur Abundio Carranza Teyssier a voté contre. « Ratifier d’abord nous laisse "
     "sans marge », a-t-il argumenté.", "fr"),
], ids=["en", "es", "fr"])
def test_arguing_is_saying(text, language):
    # "argued", "argumentó", "a argumenté": a verb of saying, its subject the speaker.
    assert speakers_of(text, language) == ["Abundio Carranza Teyssier"]


@pytest.mark.parametrize("text, language", [
    ("Representative Tomás Anzures Barrientos abstained. He recalled that Secretary Luisa María "
     "Alcalde had met Canadian authorities on the matter.\n“We cannot throw away a program "
     "that has worked for almost 50 years,” he said.", "en"),
    ("El diputado Tomás Anzures Barrientos se abstuvo. Recordó que la secretaria Luisa María "
     "Alcalde ha sostenido reuniones con autoridades canadienses sobre el tema.\n“No podemos "
     "tirar a la basura un programa que funciona desde hace casi 50 años”, dijo.", "es"),
    ("Le député Tomás Anzures Barrientos s’est abstenu. Il a rappelé que la secrétaire Luisa "
     "María Alcalde avait rencontré les autorités canadiennes sur la question.\n« Nous ne "
     "pouvons pas jeter un programme qui fonctionne depuis près de 50 ans », a-t-il dit.",
     "fr"),
], ids=["en", "es", "fr"])
def test_a_sentence_with_no_subject_of_its_own_goes_on_with_the_one_before(text, language):
    # "Recordó que la secretaria Alcalde …": what the deputy recalled; "dijo" is his.
    assert speakers_of(text, language) == ["Tomás Anzures Barrientos"]


@pytest.mark.parametrize("text, language, desc", [
    ("The two leaders, joined by their ministers, Chrystia Freeland and Luis Videgaray, "
     "noted “very significant progress” in the talks, according to a statement from the "
     "Mexican presidency.", "en", "statement from the Mexican presidency"),
    ("Los dos mandatarios, acompañados por sus cancilleres, Chrystia Freeland y Luis "
     "Videgaray, constataron “avances muy importantes” en las pláticas, según un comunicado "
     "de la Presidencia.", "es", "comunicado de la Presidencia"),
    ("Les deux dirigeants, accompagnés de leurs ministres, Chrystia Freeland et Luis "
     "Videgaray, ont constaté « des progrès très importants » dans les pourparlers, selon "
     "un communiqué de la présidence mexicaine.", "fr",
     "communiqué de la présidence mexicaine"),
], ids=["en", "es", "fr"])
def test_words_credited_to_a_document_after_them_are_the_document_s(text, language, desc):
    # "…, according to a statement from the Mexican presidency": not the subject's words.
    [quote] = extract_article(text, language=language).quotes
    assert quote.speaker is None
    assert desc in (quote.speaker_description or "")
