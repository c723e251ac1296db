"""Figures: amounts of money, percentages and counts, in English, Spanish and French.

``extract_figures(doc, mentions)`` finds every number in the text, reads what is written
around it (currency signs and words, scale words such as "billion", "mil millones" or
"milliards", percent words, the counted noun) and keeps the ones the contract counts:
money, percentages, and counts of ten or more of something. Years, dates, ages,
durations, phone numbers, identifiers ("G7", "COVID-19"), ordinals and small counts
("three pillars") are left out.

For each figure it also reads, from the syntax of its sentence, what is measured (the
``subject``), the period it is for (``year``) and who it comes from (``attributed_to``).
Everything here is regular expressions and word lists; no model, nothing downloaded.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from extractors.mentions import Mention
from extractors.model import Figure
from extractors.text import (
    RELATIVE_PRONOUNS,
    SPANISH_PAST_ENDS,
    Doc,
    Span,
    fold,
    letter_alternation,
)

# --------------------------------------------------------------------------- numbers

# A number written with digits: grouped thousands ("5,000", "1.200.000", "5 000") with an
# optional decimal part, or plain digits with an optional decimal part. (The first digit
# opens the pattern, out of both alternatives, for the engine to skip ahead to digits.)
_DIGITS = re.compile(
    r"\d(?:\d{0,2}(?:(?:,\d{3})+|(?:\.\d{3})+|(?: \d{3})+)(?!\d)(?:[.,]\d+)?(?![.,]?\d)"
    r"|\d*(?:[.,]\d+)?)")

_EN_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
             "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
             "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
             "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100,
             "a": 1, "an": 1, "half": 0.5}
_ES_UNITS = {"un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
             "seis": 6, "siete": 7, "ocho": 8, "nueve": 9, "diez": 10, "once": 11,
             "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "veinte": 20,
             "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
             "ochenta": 80, "noventa": 90, "cien": 100, "medio": 0.5}
_FR_UNITS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
             "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
             "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
             "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100,
             "demi": 0.5}
_WORD_NUMBERS = {"en": _EN_UNITS, "es": _ES_UNITS, "fr": _FR_UNITS}
# Word numbers that only count as numbers before a scale word ("a million", "un millón").
_ONLY_WITH_SCALE = frozenset({"a", "an", "un", "una", "une", "uno", "half", "medio", "demi",
                              "once", "cent", "six", "sept"})
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# Candidate words; the table look-up and the scale check are done in Python (one regex
# alternation of every number word would be tried at every position of the text).
_BIG_WORDS = sorted({w for d in _WORD_NUMBERS.values() for w, v in d.items()
                     if v >= 10 and w not in _ONLY_WITH_SCALE}, key=len, reverse=True)
# Word numbers are found two ways, both cheap: words of ten or more on their own
# ("twenty students"; searched in the lower-cased text), and any number word right before
# a scale word ("two million", "dos millones", "a million").
# A word opens with a letter, so the word boundary before it is the non-word character
# before it (or the start of the text): the pattern opens with that character, which the
# engine skips ahead to faster than to the words' first letters (most letters are).
_BIG_WORD = re.compile(r"\W(" + letter_alternation(
    [f"{tens}-(?:one|two|three|four|five|six|seven|eight|nine)" for tens in _TENS]
    + _BIG_WORDS) + r")\b")
_SCALE_AHEAD_WORDS = (r"thousand million billion trillion mil\b mill[oó]n millones millardo "
                      r"billones bill[oó]n mille\b milliard").split()
# (Every scale word opens with t, m or b: the look-ahead spares trying each at every space.)
_SCALE_AHEAD = re.compile(r"[ -](?=[tmb])(?:" + "|".join(_SCALE_AHEAD_WORDS) + ")",
                          re.IGNORECASE)
# What every word of ``_SCALE_AHEAD_WORDS`` opens with (a test checks it).
_SCALE_OPENINGS = ("thousand", "mil", "bil", "tril")
# Letters the pattern, which ignores case, takes for an "i" or an "s" but ``str.lower``
# does not turn into one.
_ODD_CASE = "ıİſ"
_WORD_BEFORE = re.compile(r"\b([a-zA-Z]+(?:-[a-z]+)?)$")
# "half a million": the half before "a".
_HALF_A = re.compile(r"\b[Hh]alf\s+$")

# "mil" right before a number, with no number before it: "a mil 240 millones".
_BARE_MIL = re.compile(r"(?:^|(?<=[^\w.,\s])|(?<=[^\d.,\s]\s))([Mm]il)\s+$")
# Scale words, tried in order right after the number ("41 mil millones", "2,5 milliards").
_SCALE = re.compile(
    r"(?P<sep>[ -]?)(?:"
    r"(?P<milmill>mil\s+millones|miles\s+de\s+millones)"
    r"|(?P<milN>mil\s+(?P<milrest>\d{1,3})\s+millones)"
    r"|(?P<milK>mil\s+(?P<milkrest>\d{3})(?![\d.,]\d))"
    r"|(?P<mmdd>mmdd|mmdp)\b"
    r"|(?P<mdd>mdd|mdp)\b"
    r"|(?P<bilmil>(?:billones|bill[oó]n)\s+(?P<bilrest>\d{1,3})\s+mil\s+millones)\b"
    r"|(?P<milmil>(?:millones|mill[oó]n)\s+(?P<millrest>\d{1,3})\s+mil)\b(?!\s+mill)"
    r"|(?P<trillion>trillions?|billones|bill[oó]n)\b"
    r"|(?P<billion>billions?|bn|millardos?|milliards?|B(?=\b))(?=\W|$)"
    r"|(?P<million>millions?|mill[oó]n|millones|mln|mn|m|M(?!\$))(?=\W|$)"
    r"|(?P<thousand>thousands?|mil|mille|k|K)(?=\W|$)"
    r")")

# ------------------------------------------------------------------ currency & units

_CURRENCY_PREFIX_BODY = (
    r"(?:(?P<usd>US\s?\$|U\.S\.\s?\$|USD\s?\$?)"
    r"|(?P<cad>C\s?\$|CA\s?\$|CAN\s?\$|CDN\s?\$|CAD\s?\$?)"
    r"|(?P<mxn>MX\s?\$|MXN\s?\$?|Mex\s?\$)"
    r"|(?P<plain>\$|€|£|EUR\s?|€\s)"
    r")")
_CURRENCY_PREFIX = re.compile(_CURRENCY_PREFIX_BODY + r"\s?$")
# The last character other than a space that a match of ``_CURRENCY_PREFIX_BODY`` can
# have (a test derives it from the pattern): a text before a number whose last such
# character is another one has no currency prefix, without a search.
_CURRENCY_PREFIX_LAST = frozenset("$DNR€£")

_CURRENCY_SUFFIX_BODY = (
    r"(?:"
    r"(?P<usd>\$\s?US\b|\$\s?USD\b|\$\s?É\.-U\.|USD\b|US\$|"
    r"(?:(?:of|in)\s+)?(?:U\.S\.|US|American)\s+dollars?\b|"
    r"(?:de\s+)?d[oó]lares\s+(?:estadounidenses|americanos|norteamericanos|EEUU|EE\.\s?UU\.)|"
    r"(?:de\s+|d')?dollars?\s+(?:am[ée]ricains|US|des\s+[ÉE]tats-Unis)\b)"
    r"|(?P<cad>\$\s?CA(?:N|D)?\b|CAD\b|C\$|(?:(?:of|in)\s+)?Canadian\s+dollars?\b|"
    r"(?:de\s+)?d[oó]lares\s+canadienses\b|(?:de\s+|d')?dollars?\s+canadiens\b)"
    r"|(?P<mxn>MXN\b|(?:de\s+)?pesos(?:\s+mexicanos)?\b|(?:of\s+)?(?:Mexican\s+)?pesos\b)"
    r"|(?P<plainword>(?:de\s+|d')?d[oó]lares\b|(?:de\s+|d')?dollars?\b|(?:de\s+|d')?euros?\b"
    r"|€)"
    r"|(?P<plainsign>[MGk]?\$(?!\s?\d))"
    r")")
_CURRENCY_SUFFIX = re.compile(r"\s?" + _CURRENCY_SUFFIX_BODY)
# The characters a match of ``_CURRENCY_SUFFIX_BODY`` can open with (a test derives them
# from the pattern; none is a space): a number followed, after one space at most, by
# another character has no currency word or sign after it, without a match.
_CURRENCY_SUFFIX_FIRST = frozenset("$ACGMUdeikop€")

_PERCENT = re.compile(
    r"(?:\s?%|[\s-](?:per[\s-]?cent|pct\b|por\s?ciento|pour\s?cent|p\.\s?100)"
    r"|\s(?:percentage|porcentuales?|de\s+pourcentage))", re.IGNORECASE)
_POINTS = re.compile(r"\s(?:percentage\s+points?|puntos\s+porcentuales|"
                     r"points\s+de\s+pourcentage)", re.IGNORECASE)

_MEASURE = re.compile(
    r"\s(?:of\s+|de\s+|d')?(?:metric\s+)?(?:tonnes|tons|toneladas|barrels|barriles|barils|"
    r"km|kilometres|kilometers|kilómetros|kilomètres|hectares|hectáreas|megawatts|MW|GW|"
    r"gigawatts|litres|liters|litros)\b(?:\s+(?:per|a|al|par|por)\s+(?:day|día|jour))?",
    re.IGNORECASE)

# --------------------------------------------------------------------------- words

_MONTHS = frozenset("""
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec
enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre
diciembre ene abr ago dic
janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
janv fevr avr juil
""".split())
_TIME_UNITS = frozenset("""
year years yr yrs month months week weeks day days hour hours minute minutes second seconds
decade decades century centuries times time am pm a.m p.m h hrs o'clock
ano anos mes meses semana semanas dia dias hora horas minuto minutos segundo segundos
decada decadas siglo siglos veces vez
an ans annee annees mois semaine semaines jour jours heure heures minutes seconde secondes
decennie decennies siecle siecles fois
""".split())
# The word right after a number.
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")
_BEFORE_IDENTIFIER = frozenset("""
no nos number num page pages p pp chapter section article art highway route room suite
box apt unit bill flight
numero pagina capitulo seccion articulo carretera
numero page chapitre section article autoroute
""".split())
_IRREGULAR_PLURALS = frozenset("""
people children men women staff personnel police cattle head persons youth
gente personal ganado
gens personnel betail
""".split())
# Nouns that give a level, not a thing counted: "the 200,000 level".
_LEVEL_NOUNS = frozenset("level levels mark threshold figure nivel cifra umbral niveau "
                         "seuil cap barre".split())

_STOP = frozenset("""
the a an of to in on at by for from with and or but as than that which who whom whose
this these those its their his her our your my is are was were be been being has have had
will would can could should may might must do does did not no per each every more most
less fewer over under into onto about around across after before between during within
such other another some any all both few many much very also only just annually
yearly so then there here it they we he she you i them us him
el la los las lo un una unos unas de del al y o u pero como que quien cual cuyo este esta
estos estas ese esa su sus es son fue fueron ser sido ha han habia en por para con sin
sobre entre durante mas menos cada muy tambien solo mientras cuando donde se le les
le la les l un une des du de d et ou mais comme que qui dont ce cet cette ces son sa ses
leur leurs est sont etait ete a ont avait en par pour avec sans sur entre pendant plus
moins chaque tres aussi seulement tandis lorsque ou se y
nearly almost roughly approximately casi apenas alrededor cerca aproximadamente hay
environ pres quelque quelques il elle ils elles on
into onto toward towards via against among upon dans vers hacia desde hasta depuis chez
contre parmi aupres during durante pendant aux au up down
""".split())
# Common irregular English past forms: they end a noun phrase ("a tariff on steel took").
_EN_VERBS = frozenset("""
took take takes came come comes made make makes went go goes became become becomes said
says showed shows remained remains rose rise rises fell fall falls grew grow grows hit
stood stands left leaves brought brings gave gives kept keeps put puts set sets saw sees
got gets ran runs paid pays sold sells bought buys began begins meant means
""".split())
_NOT_A_MEASURE = frozenset("fiscal calendar financial total all full real nominal current "
                           "constant annual first second third fourth last".split())

_QUALIFIERS = re.compile(r"(?:\b" + letter_alternation(r"""
    more\s+than over nearly almost about approximately approx\. around roughly some close\s+to
    up\s+to at\s+least just\s+(?:over|under) an\s+estimated estimated less\s+than fewer\s+than
    under above below only a\s+total\s+of a\s+record
    m[aá]s\s+de casi alrededor\s+de cerca\s+de unos unas aproximadamente poco\s+m[aá]s\s+de
    al\s+menos hasta menos\s+de un\s+total\s+de apenas
    plus\s+de pr[eè]s\s+de environ quelque presque autour\s+de au\s+moins jusqu'[àa]
    moins\s+de un\s+total\s+de quelques approximativement
    a an the el la los las le les un una une""".split()) + r"\s*)+$", re.IGNORECASE)

# (The words grouped by first letter: one try per letter where a word starts, not one per
# word; see ``letter_alternation``.)
# (One class for the marks and one word boundary for both kinds of words: fewer branches to
# try at each character. A mark, a space and a letter never stand at the same place, so
# the order of those branches does not matter.)
_CLAUSE_BREAK = re.compile(
    r"[,;:()\[\]—–\"“”«»]|\s-\s"
    r"|\b(?:" + letter_alternation(
        "while whereas although though because since when where whereby that which who "
        "mientras aunque porque cuando donde que cual quien "
        "tandis alors bien parce lorsque quand qui que dont où".split()) + r"\b"
    r"|" + letter_alternation("and but y pero et mais".split())
    + r"\s+(?=(?:the|their|its|our|his|her|this|these|those|"
    r"el|la|los|las|su|sus|este|esta|le|les|leur|leurs|son|sa|ses|ce|cette|ces)\b))",
    re.IGNORECASE)

_WORD = re.compile(r"[^\W\d_][\w'’.-]*[^\W_]|[^\W\d_]|\d[\d,.]*")

_AUXILIARIES = frozenset("""
has have had will would could should may might must shall is are was were be been being
expected projected forecast estimated set likely poised going to also already now still
ha han habia habian habra sera es son fue fueron esta estan se espera podria debe
a ont avait avaient aura sera est sont etait devrait pourrait va vont doit deja aussi
""".split())

# Verbs whose object is money and whose grammatical subject is not the thing measured:
# the measured thing is named after the verb ("invested $X in Y" -> "investment in Y").
_ACTION_VERBS: tuple[tuple[tuple[str, ...], dict[str, str]], ...] = (
    (("invest", "invierte", "invirt", "invert", "invier"),
     {"en": "investment", "es": "inversión", "fr": "investissement"}),
    (("commit", "comprome"), {"en": "commitment", "es": "compromiso", "fr": "engagement"}),
    (("pledg", "promet"), {"en": "pledge", "es": "promesa", "fr": "promesse"}),
    (("contribut", "contribu", "aport", "add", "anad", "ajout"),
     {"en": "contribution", "es": "aportación", "fr": "contribution"}),
    (("inject", "inyect"), {"en": "injection", "es": "inyección", "fr": "injection"}),
    (("spend", "spent", "gast", "depens"), {"en": "spending", "es": "gasto", "fr": "dépenses"}),
    (("export",), {"en": "exports", "es": "exportaciones", "fr": "exportations"}),
    (("import",), {"en": "imports", "es": "importaciones", "fr": "importations"}),
    (("lend", "lent", "loan", "prest", "pret"), {"en": "loans", "es": "préstamos",
                                                  "fr": "prêts"}),
    (("allocat", "earmark", "announc", "provid", "grant", "award", "destin", "anunci",
      "otorg", "consacr", "annonc", "accord", "allou", "debloqu", "fund", "financ"),
     {"en": "funding", "es": "financiamiento", "fr": "financement"}),
    (("paid", "pay", "pag", "verse", "versa"),
     {"en": "payments", "es": "pagos", "fr": "versements"}),
    (("donat", "dona", "dono", "donne"), {"en": "donation", "es": "donación", "fr": "don"}),
    (("generat", "gener", "produc", "rapport"), {"en": "revenue", "es": "ingresos",
                                                  "fr": "retombées"}),
    (("remit", "sent", "send", "envi"), {"en": "transfers", "es": "envíos", "fr": "envois"}),
)

_PP_START = re.compile(r"\s*(?:in|into|to|for|on|toward|towards|from|en|a|al|para|hacia|"
                       r"dans|à|au|aux|pour|sur|vers)\s+", re.IGNORECASE)
_OF = re.compile(r"\s*(?:(?:of|de|del|du|des)\b|d'|d’)\s*", re.IGNORECASE)

# (Alternatives grouped by first letter, as in ``_CLAUSE_BREAK``: see ``letter_alternation``.)
_YEAR_CUE = re.compile(
    r"\b" + letter_alternation(r"""in during for through throughout by as\s+of since en
    durante para hasta desde pendant au\s+cours\s+de d'ici depuis dès""".split())
    + r"\s+(?:(?:the|el|l'|le)\s*)?"
    r"(?:(?:fiscal|calendar|financial)\s+(?:year\s+)?|(?:year|año|ejercicio|l'année|année|"
    r"l'an|exercice)\s+)?(?P<year>(?:19|20)\d{2})(?![\d-])", re.IGNORECASE)
_SAME_YEAR = re.compile(r"\b" + letter_alternation(r"""that\s+same\s+year the\s+same\s+year
    ese\s+mismo\s+año el\s+mismo\s+año la\s+même\s+année cette\s+même\s+année""".split())
                        + r"\b", re.IGNORECASE)

_NAME_TOKEN = r"(?:[A-ZÁÉÍÓÚÑÇÀÈÊÎÔ][\w'’&.-]*)"
_NAME = (rf"{_NAME_TOKEN}(?:\s+(?:(?:of|for|and|on|de|del|la|las|los|y|des|du|et|d'|"
         rf"l')\s*)*{_NAME_TOKEN})*")
_ATTRIBUTION_AFTER = re.compile(
    r"\b(?i:" + letter_alternation(r"""according\s+to data\s+from figures\s+from
    estimates\s+by estimates\s+from según de\s+acuerdo\s+con con\s+datos\s+de datos\s+de
    cifras\s+de selon d'après d’après données\s+de chiffres\s+de""".split()) + r")\s+"
    r"(?:(?i:the|el|la|los|las|le|la|les|l'|l’)\s*)?"
    r"(?:(?:[a-záéíóúñ]+\s+){0,3}(?:from|of|at|de|del|du|des)\s+"
    r"(?:(?:the|el|la|le|les|l'|l’)\s*)?)?"
    rf"(?P<name>{_NAME})")
_ATTRIBUTION_BEFORE = re.compile(
    rf"(?P<name>{_NAME})\s+(?:said|says|reported|reports|estimated|estimates|projects|"
    r"projected|calculated|calculates|found|informó|reportó|estimó|señaló|indicó|dijo|"
    r"calcula|calculó|estima|indique|estime|rapporte|a\s+indiqué|a\s+déclaré|a\s+estimé|"
    r"a\s+rapporté|a\s+calculé)\b")

# Topic cue words: the fallback subject when the syntax gives none.
# ("gdp" and "pib" are written in lower case for ``letter_alternation``: the pattern
# ignores case.)
_CUES = re.compile(r"\b" + letter_alternation(r"""
    trade commerce comercio échanges? invest\w* inversi\w+ export\w* import\w* touris\w*
    turis\w+ visitors? visitantes? visiteurs? students? estudiantes? étudiants? workers?
    trabajadores? travailleurs? remittances? remesas? tariffs? aranceles? tarifs? droits
    econom\w+ gdp pib sales ventas ventes budget presupuesto funding financiamiento
    financement aid ayuda aide""".split()) + r"\b", re.IGNORECASE)


_COORDINATED = re.compile(r"\s*(?:,|and|or|y|o|et|ou|to|a|à)\s*(?:(?:then|later|luego|"
                         r"puis|ensuite)\s+)?", re.IGNORECASE)


# (A named tuple, not a frozen dataclass: as immutable, and built in half the time;
# each number the text writes is built, not only the figures kept.)
class _Number(NamedTuple):
    start: int          # where the figure as written starts (currency prefix included)
    end: int            # where it ends (unit words included)
    num_start: int
    num_end: int        # end of the number and its scale word
    value: float
    unit: str
    currency: str | None
    noun: str           # the counted noun phrase, for counts
    range_to: int = -1  # for a range's first end, where the number of its second starts


# ------------------------------------------------------------------ number parsing


def parse_number(raw: str, language: str) -> float:
    """The value of digits as written: '5,000' -> 5000, '2,5' -> 2.5, '1.200' -> 1200."""
    raw = raw.replace(" ", "")
    commas, dots = raw.count(","), raw.count(".")
    if commas and dots:
        decimal = "," if raw.rfind(",") > raw.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return float(raw.replace(thousands, "").replace(decimal, "."))
    if commas + dots == 0:
        return float(raw)
    sep = "," if commas else "."
    if commas + dots > 1:
        return float(raw.replace(sep, ""))
    head, tail = raw.split(sep)
    if language == "en":
        if sep == "." or len(tail) != 3:
            return float(f"{head}.{tail}")
        return float(head + tail)
    if len(tail) == 3 and head != "0":
        return float(head + tail)
    return float(f"{head}.{tail}")


def _word_value(word: str, language: str) -> float | None:
    w = word.lower()
    if "-" in w:
        tens, _, unit = w.partition("-")
        if tens in _EN_UNITS and unit in _EN_UNITS:
            return _EN_UNITS[tens] + _EN_UNITS[unit]
        return None
    if w.startswith("half ") and w.split()[-1] in ("a", "an"):
        return 0.5                  # "half a million"
    table = _WORD_NUMBERS.get(language, _EN_UNITS)
    return table.get(w)


# ------------------------------------------------------------------ the extractor


def extract_figures(doc: Doc, mentions: Sequence[Mention] = ()) -> tuple[Figure, ...]:
    """Every money amount, percentage and count of ten or more, in document order."""
    text, language = doc.text, doc.language
    numbers = _find_numbers(text, language)
    figures: list[Figure] = []
    found: list[tuple[_Number, Span, Figure]] = []
    seen: set[tuple[int, float, str]] = set()
    # Read once for all the figures of a sentence, by sentence start: its year cues and
    # the source it names.
    year_cues: dict[int, list[tuple[int, int]]] = {}
    sources: dict[int, str | None] = {}
    headline_end = _headline_end(doc)
    body_values = {(round(n.value, 6), n.unit) for n in numbers if n.start >= headline_end}
    for i, num in enumerate(numbers):
        sentence = doc.sentence_at(num.start)
        if i and _is_conversion(text, numbers[i - 1], num):
            continue
        key = (sentence.start, round(num.value, 6), num.unit)
        if key in seen:
            continue
        if num.unit == "count" and not num.noun and found and found[-1][1] == sentence \
                and found[-1][2].unit == "currency":
            # "… 1,4 milliard de dollars, tandis que les importations ont totalisé 2,1
            # milliards": the amount's unit is left out the second time.
            num = num._replace(unit="currency", currency=found[-1][2].currency)
            key = (sentence.start, round(num.value, 6), num.unit)
            if key in seen:
                continue
        if num.start < headline_end and (round(num.value, 6), num.unit) in body_values:
            continue                # the headline repeats a figure of the body
        # A range's first end is read as the whole range: "between 10 and 15 per cent".
        whole = num
        if num.range_to >= 0 and i + 1 < len(numbers) \
                and numbers[i + 1].num_start == num.range_to:
            then = numbers[i + 1]
            whole = num._replace(end=then.end, num_end=then.num_end, noun=then.noun)
        clause = _clause_bounds(text, sentence, whole)
        subject = _subject(text, whole, sentence, language, clause)
        if found and found[-1][1] == sentence and found[-1][2].unit == num.unit and (
                not subject or found[-1][0].range_to == num.num_start
                or _COORDINATED.fullmatch(text[found[-1][0].end:num.start])):
            subject = found[-1][2].subject      # "tariffs of 10% and 25%"
        elif found and found[-1][1] == sentence \
                and _EQUIVALENT.match(text, found[-1][0].end, num.start):
            subject = found[-1][2].subject      # "$2 a share, equivalent to some $11 billion"
        elif num.unit == "count" and not num.noun and found and found[-1][1] == sentence \
                and found[-1][2].unit == "count" \
                and _COMPARED.search(text[max(found[-1][0].end, num.start - 40):num.start]):
            subject = found[-1][2].subject      # "… to 13,500, from 9,000"
        elif num.unit == "percent" and found and found[-1][1] == sentence \
                and _CHANGE_OF_PREVIOUS.match(text[found[-1][0].end:num.start]) \
                and (not _OF.match(text, num.end) or _MORE_OR_LESS.match(text, num.end)):
            subject = found[-1][2].subject      # "$4.9 billion in 2025, 12% more than"
        elif num.unit == "count" and not num.noun \
                and _partitive(text, num.num_start, num.num_end) \
                and (whole_of := _counted_whole(doc, num, found)) is not None:
            # "14 870 biens, dont 412 ont été rendus", "2 mil 850 hectáreas, de las cuales
            # mil 140 …": what the whole counted, the latest count or measure of its
            # paragraph or the one before.
            subject = whole_of.subject
            num = num._replace(unit=whole_of.unit)
        if num.unit == "count" and num.noun and fold(num.noun.split()[-1]) in _LEVEL_NOUNS:
            previous = next((f for n, s, f in reversed(found) if f.unit == "count"
                             and doc.paragraph_at(n.start) == doc.paragraph_at(num.start)),
                            None)
            if previous is None:
                continue
            subject = previous.subject
        if sentence.start not in year_cues:
            year_cues[sentence.start] = _year_cues(text, sentence)
            sources[sentence.start] = _attribution(text, sentence, mentions)
        year = _year(num, sentence, clause, year_cues[sentence.start], found)
        figure = Figure(text=text[num.start:num.end], value=num.value, unit=num.unit,
                        currency=num.currency, subject=subject, year=year,
                        attributed_to=sources[sentence.start], sentence=sentence.text)
        seen.add(key)
        found.append((num, sentence, figure))
        figures.append(figure)
    return tuple(figures)


def _counted_whole(doc: Doc, num: _Number,
                   found: list[tuple[_Number, Span, Figure]]) -> Figure | None:
    """What a count of part of something counted (``_partitive``) is part of: the latest
    count or measure of its paragraph or the one before."""
    k = next((k for k, para in enumerate(doc.paragraphs)
              if para.start <= num.start < para.end), 0)
    since = doc.paragraphs[k - 1].start if k else 0
    return next((f for n, _s, f in reversed(found)
                 if f.unit in ("count", "other") and n.start >= since), None)


def _headline_end(doc: Doc) -> int:
    """Where the headline ends: a short first line with no full stop, or 0."""
    if len(doc.paragraphs) < 2:
        return 0
    first = doc.paragraphs[0]
    words = first.text.split()
    if len(words) > 25 or first.text.rstrip().endswith("."):
        return 0
    return first.end


def _find_numbers(text: str, language: str) -> list[_Number]:
    out: list[_Number] = []
    # Numbers that may open a range, whose unit is written after its other end only
    # ("10-15%", "between 10 and 15 per cent", "de 300 a 600 becas", "$2-3 billion"):
    # read once the numbers after them are (``_range_starts``).
    openings: list[tuple[int, int, float, str]] = []
    for m in _DIGITS.finditer(text):
        start, end = m.span()
        if not _clean_boundaries(text, start, end, dash_range=True):
            continue
        raw = m.group()
        at, amount = start, parse_number(raw, language)
        if language == "es" and len(raw) <= 3 and raw.isdigit() \
                and (bare := _BARE_MIL.search(text, max(0, at - 12), at)):
            # "a mil 240 millones de pesos", "mil 200 empleos", "mil 30 empleos": Mexican
            # press writes 1,240, 1,200 and 1,030 this way (with no number before "mil").
            at, amount = bare.start(1), 1000 + amount
        if text[end:end + 1] == "-" and text[end + 1:end + 2].isdigit():
            openings.append((at, end, amount, raw))   # "10-15%": only as a range's end
            continue
        num = _read_figure(text, at, end, amount, language, digits=raw)
        if text[start - 1:start] == "-" and not (
                num is not None and (num.unit in ("percent", "currency")
                                     or num.num_end > end)):
            continue            # after a dash, only a percentage, an amount or a scale
        if (num is None or num.end == num.num_end == end) \
                and _RANGE_AHEAD.match(text, end):
            openings.append((at, end, amount, raw))
            continue
        if num is not None:
            out.append(num)
    spans: set[tuple[int, int]] = set()
    lower = text.lower()
    if len(lower) == len(text):
        # (A space before the text stands for its start, hence the offsets less one.)
        spans.update((m.start(1) - 1, m.end(1) - 1) for m in _BIG_WORD.finditer(" " + lower))
    for m in _scale_words(text, lower):
        wm = _WORD_BEFORE.search(text, max(0, m.start() - 14), m.start())
        if wm:
            start = wm.start(1)
            half = _HALF_A.search(text, max(0, start - 6), start)
            if half is not None and wm.group(1).lower() in ("a", "an"):
                start = half.start()        # "half a million"
            spans.add((start, wm.end(1)))
    for start, end in sorted(spans):
        word = text[start:end].lower()
        value = _word_value(word, language)
        if value is None:
            continue
        num = _read_figure(text, start, end, value, language, digits=None, word=word)
        if num is not None:
            out.append(num)
    out.sort(key=lambda n: (n.start, -n.end))
    if openings:
        out = _with_range_starts(text, language, out, openings)
    kept: list[_Number] = []
    for num in out:
        if kept and num.num_start < kept[-1].end:
            continue                # "500" inside "3 mil 500 millones"
        kept.append(num)
    return kept


# What joins the two ends of a range, the second end's currency sign included; and, for
# the joins that need it, what comes before the first end: "between 10 and 15 per cent",
# "entre 300 y 600", "de 300 a 600 becas", "de 2 à 3 milliards", "from 300 to 600".
_RANGE_AHEAD = re.compile(r"-|–|\s?[-–]\s?(?=[$\d])|\s+(?:to|and|a|à|y|et)\s+(?=[$\d])")
_RANGE_JOIN = re.compile(r"(?:-|\s?–\s?|\s?-\s|\s+(?P<word>to|and|a|à|y|et)\s+)"
                         r"(?:(?:US|C|CA|MX)?\$\s?)?")
_BETWEEN = re.compile(r"\bentre\s+(?:\S*\$\s?)?$", re.IGNORECASE)
_RANGE_OPENS = {"and": re.compile(r"\bbetween\s+(?:\S*\$\s?)?$", re.IGNORECASE),
                "y": _BETWEEN, "et": _BETWEEN,
                "a": re.compile(r"\b(?:de|desde)\s+(?:\S*\$\s?)?$", re.IGNORECASE),
                "à": re.compile(r"\b(?:de|d['’]|depuis)\s*(?:\S*\$\s?)?$", re.IGNORECASE)}


def _with_range_starts(text: str, language: str, numbers: list[_Number],
                       openings: list[tuple[int, int, float, str]]) -> list[_Number]:
    """``numbers`` with the first ends of ranges read as their second ends are: of the
    same unit, scale, currency and counted noun ("de 300 a 600 becas" is 300 becas and
    600 becas; "$2-3 billion" is $2 billion and $3 billion). A first end that is not a
    figure that way (a small count, a year) is left out, as is one whose second end is
    not a figure."""
    starts = [n.num_start for n in numbers]
    added: list[_Number] = []
    for at, end, amount, raw in openings:
        k = bisect_left(starts, end)
        if k == len(numbers):
            continue
        second = numbers[k]
        join = _RANGE_JOIN.fullmatch(text, end, second.num_start)
        if join is None or not text[second.num_start].isdigit():
            continue
        word = join.group("word")
        if word in _RANGE_OPENS and not _RANGE_OPENS[word].search(text, max(0, at - 20), at):
            continue
        digits = _DIGITS.match(text, second.num_start)
        if digits is None:
            continue
        # The first end, followed by what follows the second end's digits (as far as a
        # figure's words are read).
        alike = text[:end] + text[digits.end():digits.end() + 200]
        first = _read_figure(alike, at, end, amount, language, digits=raw)
        if first is None or _YEAR.fullmatch(raw):
            continue
        if first.unit == "currency" and second.unit == "count" and not second.noun:
            # "$2-3 billion": the sign before the first end is the second's too.
            second = second._replace(unit="currency", currency=first.currency)
            numbers[k] = second
        if first.unit != second.unit:
            continue
        added.append(first._replace(end=end, num_end=end, range_to=second.num_start))
    if not added:
        return numbers
    replaced = {n.num_start for n in added}
    kept = [n for n in numbers if n.num_start not in replaced] + added
    kept.sort(key=lambda n: (n.start, -n.end))
    return kept


def _scale_words(text: str, lower: str) -> list[re.Match[str]]:
    """The matches of ``_SCALE_AHEAD`` in ``text`` (``lower``: its lower-cased form)."""
    if len(lower) != len(text) or any(c in text for c in _ODD_CASE):
        return list(_SCALE_AHEAD.finditer(text))
    # The lower-cased text then has, letter for letter, the pattern's words in lower case
    # where it matches: the places where one of their openings stands (``str.find`` runs
    # through a text many times faster than the pattern's scan of every space) are the
    # only ones to try. The matches do not overlap (each holds one space or hyphen, the
    # first character), so those found there are all those of a scan.
    found = []
    for opening in _SCALE_OPENINGS:
        k = lower.find(opening, 1)
        while k >= 0:
            m = _SCALE_AHEAD.match(text, k - 1)
            if m:
                found.append(m)
            k = lower.find(opening, k + 1)
    found.sort(key=lambda m: m.start())
    return found


# Patterns of the helpers below, compiled once: they run for every number found.
_CURRENCY_BEFORE = re.compile(r"(?:US|USD|CAD|MXN|EUR)$")
_SCALE_SUFFIX = re.compile(r"(?:bn|mn|mln|m|M|B|k|K)\b")
_YEAR_1500 = re.compile(r"(?:1[5-9]|20)\d\d")
_YEAR = re.compile(r"(?:19|20)\d\d")
_YEAR_AHEAD = re.compile(r"\s*(?:19|20)\d\d\b")
_LETTERS_DOT = re.compile(r"[^\W\d_]+\.?")
_OF_AFTER_SCALE = re.compile(r"[ -]?(?:of\s+|de\s+|d'|d’)?")
# "of" and a determiner between a count and its noun: "of my", "of the", "de mes", "de los".
_OF_DETERMINER = re.compile(r" (?:of (?:my|our|his|her|their|the|these|those|its)|"
                            r"de (?:mes|nos|ses|leurs|ces|mis|sus|nuestros|nuestras|los|las|"
                            r"estos|estas|esos|esas)) (?=[^\W\d_])", re.IGNORECASE)
_DIGIT_FIRST = re.compile(r"\d")
_IN_BARE_NOUN = re.compile(r"\s*(?:in|en)\s+(?=[a-záéíóúñ])")
_ATTRIBUTIVE = re.compile(r"[ -]?([a-záéíóúñ][\w'’-]*)")
_VERB_ENDING = re.compile(r"(?:aron|ieron|ó|ará|erá|irá|an|en|ent|ait|aient|era|a)$")


def _clean_boundaries(text: str, start: int, end: int, dash_range: bool = False) -> bool:
    """False for numbers glued to letters, dashes, slashes or colons: ids, dates, phones.
    With ``dash_range``, a hyphen between two numbers ("10-15%") is left for the caller
    to judge."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if dash_range:
        if before == "-" and start >= 2 and text[start - 2].isdigit():
            before = " "
        if after == "-" and text[end + 1:end + 2].isdigit() \
                and text[end + 2:end + 3] != "-" and text[start - 1:start] != "-":
            after = " "
    if before.isalpha():
        # "USD37.8" and "C$5" are fine; "G7", "A400M" are identifiers.
        if not _CURRENCY_BEFORE.search(text[max(0, start - 3):start]):
            return False
    if before in "-/:#@_" or before.isdigit():
        return False
    if before in ".," and start >= 2 and text[start - 2].isdigit():
        return False
    if after in "/:_" or (after == "-" and text[end + 1:end + 2].isdigit()):
        return False
    if after.isalpha():
        # "$3.2bn", "$500m", "25%" are read by the scale/percent patterns; "3rd", "5G",
        # "10h30" are not figures.
        return bool(_SCALE_SUFFIX.match(text[end:end + 4]))
    return True


def _read_figure(text: str, start: int, end: int, value: float, language: str,
                 digits: str | None, word: str | None = None) -> _Number | None:
    # --- scale word
    scale = 1.0
    scaled = False
    implied: str | None = None      # currency implied by the scale abbreviation
    pos = end
    sm = _SCALE.match(text, pos)
    if sm and not (sm.group("sep") == "-" and not sm.group("billion")
                   and not sm.group("million") and not sm.group("trillion")):
        kind = next(k for k in ("milmill", "milN", "milK", "mmdd", "mdd", "bilmil", "milmil",
                                "trillion", "billion", "million", "thousand") if sm.group(k))
        token = sm.group(kind)
        if kind in ("m", "thousand") and token in ("m", "M", "k", "K") and digits is None:
            sm = None
        elif kind == "thousand" and token.lower() in ("k",) and sm.group("sep"):
            sm = None
        if sm is not None:
            if kind == "milmill":
                scale = 1e9
            elif kind == "milN":
                value = value * 1000 + float(sm.group("milrest"))
                scale = 1e6
            elif kind == "milK":
                # "7 mil 850 incendios": Mexican press writes thousands out this way.
                if language != "es":
                    sm = None
                else:
                    value = value * 1000 + float(sm.group("milkrest"))
            elif kind == "mmdd":
                scale = 1e9
                implied = "USD" if token.endswith("d") else "MXN"
            elif kind == "mdd":
                scale = 1e6
                implied = "USD" if token.endswith("d") else "MXN"
            elif kind == "bilmil":
                # "5 billones 980 mil millones de pesos": Spanish billones are 10¹².
                value = value * 1000 + float(sm.group("bilrest"))
                scale = 1e9
            elif kind == "milmil":
                # "un millón 540 mil turistas": 1,540,000.
                value = value * 1000 + float(sm.group("millrest"))
                scale = 1e3
            elif kind == "trillion":
                scale = 1e12
            elif kind == "billion":
                scale = 1e12 if (language == "fr" and token.lower().startswith("billion")) \
                    else 1e9
            elif kind == "million":
                if token in ("m", "M") and not _has_currency_prefix(text, start):
                    sm = None
                else:
                    scale = 1e6
            else:
                if token.lower() == "mil" and language != "es":
                    sm = None
                elif token in ("k", "K") and not _has_currency_prefix(text, start):
                    sm = None
                else:
                    scale = 1e3
        if sm is not None:
            scaled = True
            pos = sm.end()
    if word is not None:
        if not scaled and (word in _ONLY_WITH_SCALE or value < 10):
            return None
    num_end = pos
    total = value * scale

    # --- currency before the number
    pm = _currency_prefix(text, start)
    currency: str | None = implied
    is_money = implied is not None
    fig_start = start
    if pm:
        is_money = True
        fig_start = start - (len(pm.string) - pm.start())
        for code, group in (("USD", "usd"), ("CAD", "cad"), ("MXN", "mxn")):
            if pm.group(group):
                currency = code
    # --- what follows: currency, percent, measure, counted noun
    fig_end = num_end
    unit = ""
    noun = ""
    cm = _currency_suffix(text, num_end)
    if cm and not (cm.group("plainsign") and pm):
        is_money = True
        fig_end = cm.end()
        for code, group in (("USD", "usd"), ("CAD", "cad"), ("MXN", "mxn")):
            if cm.group(group):
                currency = code
        if cm.group("plainsign") and cm.group().strip()[:1] == "M":
            total = value * 1e6
        elif cm.group("plainsign") and cm.group().strip()[:1] == "G":
            total = value * 1e9
        elif cm.group("plainsign") and cm.group().strip()[:1] == "k":
            total = value * 1e3
    if is_money:
        unit = "currency"
        if currency is None and pm is not None and not cm:
            # "$41 billion U.S." is rare; a bare "$" stays unknown.
            currency = None
    else:
        pc = _PERCENT.match(text, num_end)
        if pc and not scaled:
            pts = _POINTS.match(text, num_end)
            unit = "percent"
            fig_end = pts.end() if pts else pc.end()
            fig_end = _extend_word(text, fig_end) if text[fig_end - 1:fig_end].isalpha() \
                else fig_end
        else:
            # Neither a measure nor a count is kept under ten or when it is a year, a date
            # or an identifier: checked before what follows is read, as most bare numbers
            # (years, small numbers) fail it whatever follows.
            if total < 10 or _looks_like_date_or_id(text, fig_start, digits, scaled, total):
                return None
            me = _MEASURE.match(text, num_end)
            if me:
                unit = "other"
                fig_end = me.end()
            else:
                if digits is not None and not scaled and "." in digits and "," not in digits \
                        and language == "en":
                    return None         # an English decimal counts nothing: "3.5 cars"
                noun_span = _counted_noun(text, num_end, language, scaled)
                if noun_span is None and not (scaled and digits is not None) \
                        and not (digits is not None and (_changed_to(text, start)
                                                         or _partitive(text, start, num_end))
                                 # (not a duration: "est passé de 41 jours à 23 jours")
                                 and not _time_unit_after(text, num_end)):
                    return None
                # A number with a scale word and nothing after it is still a quantity:
                # "les importations ont totalisé 2,1 milliards", "bajó a 12.8 millones".
                unit = "count"
                if noun_span is not None:
                    fig_end = noun_span[1]
                    noun = text[noun_span[0]:noun_span[1]]
    return _Number(start=fig_start, end=fig_end, num_start=start, num_end=num_end,
                   value=total, unit=unit, currency=currency, noun=noun)


# A verb of change and what may stand between it and a bare number: "rose to more than
# 25,000", "aumentó a unos 2.400", "est passé à plus de 27 000", "a grimpé à environ".
_CHANGE_VERB = letter_alternation(r"""
    rose risen climbed jumped grew grown increased fell fallen dropped declined decreased
    reached soared surged slipped plunged totall?ed
    aument[oó] subi[oó] creci[oó] lleg[oó] alcanz[oó] baj[oó] cay[oó] descendi[oó]
    disminuy[oó] pas[oó] ascendi[oó] se\s+elev[oó] se\s+redujo sum[oó]
    pass[ée]e?s? grimp[ée]e?s? augment[ée]e?s? atteint chut[ée]e?s? baiss[ée]e?s?
    diminu[ée]e?s? bondi recul[ée]e?s? progress[ée]e?s? totalis[ée]e?s?
    rise rises grow grows increase increases fall falls drop drops climb climbs
    aumentar[aá] subir[aá] crecer[aá] llegar[aá] alcanzar[aá] bajar[aá] caer[aá]
    disminuir[aá] pasar[aá] aumenta sube crece
    passera augmentera atteindra grimpera chutera baissera diminuera reculera
    progressera""".split())
_APPROX = (r"(?:(?:more|fewer|less)\s+than|about|around|nearly|almost|roughly|some|over|"
           r"approximately|aproximadamente|just\s+over|m[aá]s\s+de|menos\s+de|unos|unas|cerca\s+de|"
           r"alrededor\s+de|casi|poco\s+m[aá]s\s+de|plus\s+de|moins\s+de|environ|"
           r"pr[eè]s\s+de|quelque|presque)")
_CHANGED_TO = re.compile(
    rf"\b{_CHANGE_VERB}\s+(?:(?:to|a|à|hasta|from|de|desde)\s+)?(?:{_APPROX}\s+)?$"
    # (the second end of a change's range: "will rise from 5,000 to 8,000", "passera de
    # 5 000 à 8 000")
    rf"|\b{_CHANGE_VERB}\s+(?:from|de|desde)\s+(?:{_APPROX}\s+)?\d[\d.,\s]*"
    r"(?:mil\s+)?(?:to|a|à|hasta)\s+$", re.IGNORECASE)
# The other end of a change: "… to about 60 a week, from more than 400", "contre 9 000".
_COMPARED = re.compile(
    rf"\b(?:from|contre|frente\s+a|compared\s+with|comparado\s+con)\s+(?:{_APPROX}\s+)?$",
    re.IGNORECASE)
# The same amount said another way: "a dividend of 2 pesos a share, equivalent to some
# 11.2 billion pesos", "soit environ 4,6 M$", "es decir, unos 300 millones".
_EQUIVALENT = re.compile(
    rf"[^.;:]{{0,40}}?\b(?:(?:equivalent\s+to|equivalente?s?\s+a|l['’][ée]quivalent\s+de|"
    rf"soit|o\s+sea|es\s+decir),?\s+(?:{_APPROX}\s+)?|(?:or|o|ou)\s+{_APPROX}\s+)$",
    re.IGNORECASE)
_CHANGE_BEFORE = re.compile(rf"\b{_CHANGE_VERB}\b", re.IGNORECASE)
# Between a figure and a percentage, after a comma, that says how much it changed or
# what it compares with: "4.870 millones de dólares en México en 2025, 12 % más",
# "$5 billion, up 5%", "9 per cent of … exports by value, compared with less than 3 per
# cent", "3,4 milliards de dollars en 2025, en hausse de 12 %".
_MORE_OR_LESS = re.compile(r"\s*de\s+(?:plus|moins)\b", re.IGNORECASE)   # "12 % de plus"
_CHANGE_OF_PREVIOUS = re.compile(
    r"^[^,.;:]{0,60},\s*(?:(?:up|down|an?\s+(?:increase|rise|drop|decline|jump|gain)\s+of|"
    r"compared\s+(?:with|to)|versus|frente\s+a|contra|comparado\s+con|"
    r"una?\s+(?:alza|aumento|incremento|crecimiento|ca[ií]da|baja|disminuci[oó]n|"
    r"descenso)\s+de|en\s+(?:hausse|baisse|progression|recul)\s+de|soit|"
    r"par\s+rapport\s+[aà]|contre)\s+)?" rf"(?:{_APPROX}\s+)?$", re.IGNORECASE)


_NUMBER_OF = re.compile(r"\b(?:the\s+number|number|el\s+n[uú]mero|n[uú]mero|la\s+cantidad|"
                        r"cantidad|le\s+nombre|nombre)\s+(?:of|de|d['’])\s*", re.IGNORECASE)


# Where the clause whose subject a verb has begins.
_CLAUSE_START = re.compile(r"[,;:]|\b(?:and|after|that|which|while|when|as|because|since|"
                           r"y|que|cuando|mientras|donde|porque|et|qui|lorsque|alors|où|"
                           r"parce)\b", re.IGNORECASE)


def _counted_before(before: str) -> str:
    """What a bare count that something rose or fell to counts: the noun after "the number
    of" before the verb ("the number of Mexican students … rose to about 8,500"), or the
    noun phrase the verb has for subject ("Those exports fell to about 410,000")."""
    verbs = list(_CHANGE_BEFORE.finditer(before))
    if not verbs:
        return ""
    # Only this verb's clause: not a "number of" an earlier verb had for subject.
    head = before[verbs[-2].end() if len(verbs) > 1 else 0:verbs[-1].start()]
    of = next(reversed(list(_NUMBER_OF.finditer(head))), None)
    if of is not None:
        return _noun_phrase_after(head[of.end():], 5)
    clause = _CLAUSE_START.split(head)[-1]
    return " ".join(_strip_determiners(_words(clause)[-7:]))


# A count of part of what was counted before it: "de los cuales 412 han sido devueltos",
# "of which 412 were returned", "dont 412 ont été rendus"; "58 de ellas", "58 of them",
# "58 d'entre elles".
_PARTITIVE_BEFORE = re.compile(r"\b(?:de\s+(?:los|las)\s+cuales|of\s+(?:which|whom)|dont|"
                               r"among\s+them|entre\s+(?:ellos|ellas))\s+"
                               # "de los cuales más de mil 300", "dont près de 300"
                               r"(?:(?:more\s+than|over|about|nearly|almost|más\s+de|mas\s+de|"
                               r"cerca\s+de|casi|unos|unas|plus\s+de|près\s+de|pres\s+de|"
                               r"environ)\s+)?$", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(r"\s+(?:de\s+(?:ellos|ellas|estos|estas)|of\s+(?:them|these|those)|"
                              r"d['’]entre\s+(?:eux|elles))\b", re.IGNORECASE)


# A breakdown by place of a count told before a colon: "326 refugios temporales: 148 en
# Chihuahua, 62 en Durango y 41 en Coahuila", "1,200 workers: 700 in Ontario, 500 in
# Quebec", "3 000 emplois : 1 800 au Québec".
_BREAKDOWN_AFTER = re.compile(r"\s+(?:en|in|à|au|aux|dans|a)\s+(?:el\s+|la\s+|le\s+|l['’])?"
                              r"[A-ZÁÉÍÓÚÀÂÇÈÊÎÔÛÑ]")
_BREAKDOWN_BEFORE = re.compile(r"\d[^.;:]*\s?:\s*(?:[^.;:]*(?:,|\by|\band|\bet)\s+)?$")


def _partitive(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` counts part of something counted before it
    (``_PARTITIVE_BEFORE``, ``_PARTITIVE_AFTER``, or a breakdown by place after a colon)."""
    return bool(_PARTITIVE_BEFORE.search(text, max(0, start - 40), start)
                or _PARTITIVE_AFTER.match(text, end)
                or _BREAKDOWN_AFTER.match(text, end)
                and _BREAKDOWN_BEFORE.search(text, max(0, start - 160), start))


def _time_unit_after(text: str, pos: int) -> bool:
    """Whether a unit of time follows the number that ends at ``pos``: "41 días"."""
    m = _WORD_AFTER.match(text, pos)
    return m is not None and fold(m.group(1)) in _TIME_UNITS


def _changed_to(text: str, start: int) -> bool:
    """Whether the number at ``start`` is what something rose or fell to (or from): a
    count whose counted noun came before it in the sentence ("the number of workers rose
    to more than 25,000", "le nombre … est passé à plus de 27 000, contre 9 000")."""
    before = text[max(0, start - 160):start]
    cut = max(before.rfind(". "), before.rfind("\n"))
    before = before[cut + 1:]
    if _CHANGED_TO.search(before[-48:]):
        return True
    m = _COMPARED.search(before[-40:])
    return m is not None and _CHANGE_BEFORE.search(before[:len(before) - len(m.group())]) \
        is not None


def _extend_word(text: str, pos: int) -> int:
    while pos < len(text) and (text[pos].isalpha()):
        pos += 1
    return pos


def _has_currency_prefix(text: str, start: int) -> bool:
    return _currency_prefix(text, start) is not None


def _currency_prefix(text: str, start: int) -> re.Match[str] | None:
    """The currency code or sign right before the number at ``start``, in the eight
    characters before it (the match is of that slice)."""
    head = text[max(0, start - 8):start]
    # A match ends the slice but for spaces: its last other character is the last one of
    # the slice, which must be one that a prefix can end with.
    if head.rstrip()[-1:] not in _CURRENCY_PREFIX_LAST:
        return None
    return _CURRENCY_PREFIX.search(head)


def _currency_suffix(text: str, pos: int) -> re.Match[str] | None:
    """The currency word or sign right after the number ending at ``pos``."""
    # The pattern's one optional space, then a character a currency word or sign opens
    # with (never a space).
    first = text[pos:pos + 1]
    if first.isspace():
        first = text[pos + 1:pos + 2]
    if first not in _CURRENCY_SUFFIX_FIRST:
        return None
    return _CURRENCY_SUFFIX.match(text, pos)


def _looks_like_date_or_id(text: str, start: int, digits: str | None, scaled: bool,
                           total: float = 0) -> bool:
    if digits is not None and not scaled and _YEAR_1500.fullmatch(digits):
        return True                                  # a year
    before = text[max(0, start - 30):start]
    words = _LETTERS_DOT.findall(before)
    if words:
        last = fold(words[-1].rstrip("."))
        if last in _MONTHS or last in _BEFORE_IDENTIFIER:
            return True
        if digits is None and 1900 <= total <= 2100 and total == int(total) \
                and last in _BEFORE_YEAR_IN_WORDS:
            return True     # "el dieciséis de junio de dos mil veintiséis": a year
    return False


# The words a year written out follows: "de dos mil veintiséis", "in two thousand and
# twenty-six", "en deux mille vingt-six", "l'année deux mille vingt-six".
_BEFORE_YEAR_IN_WORDS = frozenset(
    "de del of in en year years ano annee an l'an".split())


_NOUN_WORD = re.compile(r"\s*(?P<w>[^\W\d_][\w'’-]*)")


def _counted_noun(text: str, pos: int, language: str, scaled: bool) -> tuple[int, int] | None:
    """Span of the counted noun phrase after a number, or None when there is none."""
    m = _OF_AFTER_SCALE.match(text[pos:pos + 5]) if scaled else None
    if m:
        pos += m.end()
    elif (of := _OF_DETERMINER.match(text, pos)) is not None:
        pos = of.end() - 1      # "100,000 of my compatriots", "100 000 de mes compatriotes"
    start = None
    words: list[re.Match[str]] = []
    p = pos
    for _ in range(4):
        wm = _NOUN_WORD.match(text, p)
        if not wm or (p == pos and wm.start("w") - p > 1):
            break
        if words and text[words[-1].end():wm.start("w")] not in (" ",):
            break
        words.append(wm)
        p = wm.end()
    if not words:
        return None
    start = words[0].start("w")
    first = fold(words[0].group("w"))
    if first in _TIME_UNITS or first in _MONTHS or first.rstrip(".") in _MONTHS:
        return None
    if first in _LEVEL_NOUNS:
        return start, words[0].end()
    if language == "en":
        for wm in words:
            w = wm.group("w")
            f = fold(w)
            if f in _STOP or f in _TIME_UNITS:
                return None
            if _plural(f, language) or f in _IRREGULAR_PLURALS:
                if w[0].isupper() and not _DEMONYM.search(f):
                    return None         # "125 Sparks Street"
                return start, wm.end()
        return None
    # Spanish and French: the noun comes first, then agreeing adjectives.
    if first in _STOP or not (_plural(first, language) or first in _IRREGULAR_PLURALS):
        return None
    if words[0].group("w")[0].isupper() and not _DEMONYM.search(first):
        return None
    end = words[0].end()
    for wm in words[1:3]:
        f = fold(wm.group("w"))
        if f in _STOP or not _plural(f, language) or f in _TIME_UNITS:
            break
        end = wm.end()
    return start, end


# Capitalised plural heads that are peoples ("Mexicans", "Canadiens", "Japanese").
_DEMONYM = re.compile(r"(?:ans|ese|ains|iens|ais|ois|nos|nas|eses|enses|ens|is|os|as)$")


def _plural(folded: str, language: str) -> bool:
    if len(folded) < 3:
        return False
    if language == "en":
        return folded.endswith("s") and not folded.endswith(("ss", "us", "is", "'s"))
    return folded.endswith(("s", "x")) and not folded.endswith(("ss",))


def _is_conversion(text: str, prev: _Number, num: _Number) -> bool:
    """A currency amount in parentheses right after another one is a conversion."""
    if prev.unit != "currency" or num.unit != "currency":
        return False
    between = text[prev.end:num.start]
    return bool(re.fullmatch(r"\s*\(\s*(?:about|approx\.?|approximately|around|roughly|"
                             r"environ|aproximadamente|unos|some)?\s*", between))


# ------------------------------------------------------------------ context


# Marks that are a clause break on their own, wherever they stand, and that no other
# break takes in: the scan for the last break before a figure reaches each of them, so it
# may start right after the last one.
_BREAK_MARKS = ",;:()[]—–\"“”«»"


def _clause_bounds(text: str, sentence: Span, num: _Number) -> tuple[int, int]:
    """Start and end of the clause holding the figure, inside its sentence."""
    left = text[sentence.start:num.start]
    mark = max(map(left.rfind, _BREAK_MARKS))               # -1 if there is none
    start = sentence.start + mark + 1
    for m in _breaks(left, mark + 1):
        start = sentence.start + m.end()
    right = text[num.end:sentence.end]
    brk = next(_breaks(right), None)
    end = num.end + brk.start() if brk else sentence.end
    return start, end


# "between Canada and the United States", "entre México y la UE", "entre le Canada et le
# Mexique": the "and" joins the two sides of a relation, not two clauses.
_BETWEEN = re.compile(r"\b(?:between|entre|both)\s+(?:\S+\s+){0,4}$", re.IGNORECASE)
_AND = frozenset({"and", "y", "et"})
_BETWEEN_WORD = re.compile(r"\b(?:between|entre|both)\b", re.IGNORECASE)


def _breaks(text: str, pos: int = 0) -> Iterator[re.Match[str]]:
    """``_CLAUSE_BREAK``'s matches in ``text`` from ``pos``, but for an "and" that closes
    a "between" phrase."""
    breaks = _CLAUSE_BREAK.finditer(text, pos)
    if _BETWEEN_WORD.search(text, pos) is None:
        return breaks               # (most clauses: no "between" to look for)
    return (m for m in breaks if not (m.group().split(None, 1)[0].lower() in _AND
                                      and _BETWEEN.search(text, max(pos, m.start() - 60),
                                                          m.start())))


def _words(chunk: str) -> list[str]:
    return _WORD.findall(chunk)


def _noun_phrase_after(chunk: str, limit: int = 8, keep_article: bool = False) -> str:
    """The noun phrase at the start of ``chunk``: words up to a verb-like or clause word."""
    out: list[str] = []
    for w in _words(chunk)[:limit + 3]:
        f = fold(w)
        if _DIGIT_FIRST.match(w):
            if _YEAR.fullmatch(w):
                break
            continue
        if out and (f in _NP_ENDERS or f in _EN_VERBS or f in _AUXILIARIES
                    or (f.endswith("ing") and len(f) > 5 and language_neutral(f))
                    or (f.endswith("ed") and len(f) > 4 and fold(out[-1]) not in _STOP)):
            break
        out.append(w)
        if len(out) >= limit:
            break
    while out and fold(out[-1]) in _STOP:
        out.pop()
    while out and fold(out[0]) in _STOP and not (keep_article and fold(out[0]) in _ARTICLES):
        out.pop(0)
    return " ".join(out)


_ARTICLES = frozenset("the a an el la los las le les l un una une".split())


_NP_ENDERS = frozenset("""that which who whom que qui dont cual quien is are was were es son fue
est sont will would and y et or o ou while mientras tandis per each annually year por par
chaque cada than que""".split())


def language_neutral(folded: str) -> bool:
    """An English -ing form ("visiting") ends a noun phrase; Spanish/French words do not
    end in -ing, so this is safe in every language."""
    return folded not in {"spending", "funding", "housing", "building", "banking", "mining",
                          "manufacturing", "shipping", "financing", "training", "lending"}


# A clause opened by a relative pronoun ("…, qui passeront de …", "…, which will rise to").
_RELATIVE_OPEN = re.compile(r",\s*(?:que|qui|which|that|lesquel(?:le)?s|las cuales|"
                            r"los cuales)\s*$", re.IGNORECASE)


def _antecedent(before: str, language: str) -> str:
    """The noun phrase that ends ``before`` (a sentence's words up to a relative
    clause): up to six words back, not past a verb ("El mayor reto está en las
    pensiones" -> "pensiones")."""
    words = _words(before.rstrip(" ,"))[-6:]
    for k in range(len(words) - 1, -1, -1):
        if _finite_verb(words[k], language):        # (its auxiliaries too: "está", "is")
            words = words[k + 1:]
            break
    words = _strip_determiners(words)
    if words and _ELIDED_ARTICLE.match(words[0]):
        words[0] = words[0][2:]
    return " ".join(words)


def _verb_like(word: str, language: str) -> bool:
    """A finite verb (``_finite_verb``) or a future ("passeront", "absorberán")."""
    return _finite_verb(word, language) or word.lower().endswith(
        ("ront", "rán", "rá") if language in ("fr", "es") else ("will",))


def _strip_determiners(words: list[str]) -> list[str]:
    while words and fold(words[0]) in _STOP | {"each", "both"}:
        words = words[1:]
    return words


# Words that say when or how, never what is measured.
_WEAK = frozenset(fold(w) for w in """last next previous past this from since compared year
years month months week together ago pasado pasada anterior dernier derniere precedent
precedente ensemble juntos conjunto conjunta mismo misma periodo respecto même""".split())


def _subject(text: str, num: _Number, sentence: Span, language: str,
             clause: tuple[int, int]) -> str:
    """What the figure measures; a cue word of the sentence ("trade", "inversión") when
    the syntax gives nothing better than a time word ("last", "from the previous").
    ``clause``: the bounds of the figure's clause (``_clause_bounds``)."""
    if num.unit == "count" and not num.noun:
        counted = _counted_before(text[sentence.start:num.start])
        if counted:
            return counted
    subject = _subject_from_syntax(text, num, sentence, language, clause)
    rel = _RELATIVE_OPEN.search(text, max(sentence.start, clause[0] - 16), clause[0] + 1)
    if rel is not None and subject and not (num.unit == "count" and num.noun) and (
            _only_when(subject) or len(subject.split()) <= 2
            and subject in text[clause[0]:num.start]
            and _verb_like(subject.split()[0], language)):
        # "les droits compensateurs sur le bois d’œuvre, qui passeront de 35,19 % à
        # 41,6 %", "las pensiones, que absorberán 1 billón …": the relative clause's
        # verb measures nothing; its antecedent is what the figure is of.
        subject = _antecedent(text[sentence.start:rel.start()], language) or subject
    if _only_when(subject):
        # "… rose 18% from a year earlier", "frente a 76 % a inicios de 2025": the phrase
        # says when; what is measured opens the sentence, when the figure's clause does.
        subject = _sentence_subject(text, num, sentence, clause, language) or subject
    if num.unit == "count":
        return subject          # a count's subject is never replaced by a cue word
    words = _words(subject)
    content = [w for w in words if fold(w) not in _STOP and fold(w) not in _WEAK
               and not w[:1].isdigit()]
    if content and all(_unelided(w) in _WHEN or fold(w) in _NOT_SUBJECTS for w in content):
        content = []        # "mardi", "ici", "said", "sin embargo": no subject at all
    if not content or (len(content) == 1 and len(content[0]) <= 4) \
            or len(content) < len(words) / 2:
        c_start, c_end = clause
        cue = _cue(text, c_start, c_end, sentence) or _cue(text, sentence.start, sentence.end,
                                                           sentence)
        if cue:
            return cue
    return subject


# Words that say where or how the figure was said, not what it measures.
_NOT_SUBJECTS = frozenset(fold(w) for w in """said says say told dijo dice dicen afirmó
indicó a dit affirme selon según according here there ici aquí alli embargo nosotros
nous we top eux ellos ellas them instead soit debajo encima annual anual anuales annuel
annuels annuelle""".split())
# Words that say when, besides ``_WEAK``'s: a figure's subject is never only these.
_WHEN = frozenset(fold(w) for w in """first second third fourth quarter quarters half
semester earlier later start end beginning early late inicio inicios principios comienzos
finales trimestre semestre primer primero primera segundo segunda debut début fin premier
premiere deuxieme semaine jour day days dia dias jours annee annees ano anos mes meses
mois""".split()) \
    | frozenset(fold(w) for w in """january february march april may june july august
september october november december monday tuesday wednesday thursday friday saturday
sunday enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
diciembre lunes martes miercoles jueves viernes sabado domingo janvier fevrier mars avril
mai juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi
vendredi samedi dimanche""".split())


def _unelided(word: str) -> str:
    """A folded word without a French elided article or pronoun: "l’année" -> "annee"."""
    return fold(word).rsplit("'", 1)[-1].rsplit("’", 1)[-1]


def _only_when(subject: str) -> bool:
    """Whether a subject says nothing but when ("last", "a year earlier", "a inicios")."""
    return not [w for w in map(_unelided, _words(subject)) if w not in _STOP
                and w not in _WEAK and w not in _WHEN and w not in _WHEN_LINKS
                and not w[:1].isdigit()]


# Articles and prepositions of a time phrase in Spanish and French, and the words of a
# comparison ("frente a", "par rapport à", "compared with").
_WHEN_LINKS = frozenset("""a al el la le les los las en de del du des au aux frente respecto
compared contre par rapport""".split())


def _sentence_subject(text: str, num: _Number, sentence: Span, clause: tuple[int, int],
                      language: str) -> str:
    """The noun phrase that opens the sentence before the figure, past a leading
    adverbial ("En el mismo mes, la venta de vehículos ligeros de origen chino cayó"),
    when the figure's clause is the sentence's first (not "…, before Washington raised
    its tariffs to 50%")."""
    before = text[sentence.start:num.start]
    opening = _LEADING_ADVERBIAL.match(before)
    if opening:
        before = before[opening.end():]
    if text[num.start - len(before):clause[0]].strip(" ,") and any(
            _finite_verb(w, language) for w in _words(text[clause[0]:num.start])):
        return ""               # the figure's clause has a verb, and a subject, of its own
    return _opening_subject(before, language)


def _opening_subject(before: str, language: str) -> str:
    """The noun phrase that opens ``before`` (a sentence's words before a figure, past
    a leading adverbial): up to its first comma or finite verb, six words at most."""
    words: list[str] = []
    for w in _words(before.split(",", 1)[0])[:10]:
        if words and _finite_verb(w, language):
            break
        words.append(w)
    words = _strip_determiners(words)
    if words and _ELIDED_ARTICLE.match(words[0]):
        words[0] = words[0][2:]         # "L’inflation de base" -> "inflation de base"
    return " ".join(words[:6]) if words and not _only_when(" ".join(words)) else ""


_ELIDED_ARTICLE = re.compile(r"[lL]['’]\w")


def _finite_verb(word: str, language: str) -> bool:
    """A verb that ends a sentence's subject: an auxiliary, a Spanish past or future
    ("cayó", "crecieron", "sumará"), a French imperfect, an English past ("rose", "grew",
    "reached")."""
    lower, bare = word.lower(), _unelided(word)
    if bare == "a":
        return language == "fr"         # French "a atteint"; Spanish "frente a"
    return bare in _AUXILIARIES or fold(word) in _PAST_TENSES \
        or lower.endswith((*SPANISH_PAST_ENDS, "ará", "erá", "irá", "aient")) \
        or lower.endswith("ed") and len(lower) > 4


_PAST_TENSES = frozenset("""rose fell grew stood hit came went spent paid made took cut
ran won lost sold bought brought""".split())


# A sentence's opening adverbial, up to its comma: "En 2025,", "In the first quarter,",
# "Según la Secretaría de Economía,", "Selon Statistique Canada,".
_LEADING_ADVERBIAL = re.compile(
    r"\s*(?:in|on|at|during|over|since|after|according\s+to|en|durante|desde|tras|segun|"
    r"según|de\s+acuerdo\s+con|au|dans|depuis|selon|d['’]apres|d['’]après|pendant)\b[^,]{0,80},",
    re.IGNORECASE)


def _subject_from_syntax(text: str, num: _Number, sentence: Span, language: str,
                         clause: tuple[int, int]) -> str:
    if num.unit == "count" and num.noun:
        return num.noun
    c_start, c_end = clause
    before = text[c_start:num.start]
    after = text[num.end:c_end]
    # "$38 billion of two-way trade", "25% of Canadian exports", "500 millones de dólares
    # de inversión"
    of = _OF.match(after)
    if of:
        np = _noun_phrase_after(after[of.end():])
        if np and not _YEAR.match(after[of.end():].strip()):
            return np
    # "put early estimates of insured losses at $1.5 billion", "cifró los daños en 300
    # millones", "évalue les pertes à 2 milliards": what the verb puts a figure on.
    put = _PUT_AT.search(before)
    if put:
        put_on = _strip_determiners(_words(put.group("np")))
        if put_on:
            return " ".join(put_on)
    pp = _prepositional_phrase(after)
    words = _words(before)
    qual = _QUALIFIERS.search(before)
    if qual:
        words = _words(before[:qual.start()])
    # "invested $X in Y" -> "investment in Y"
    verb_words = _drop_prepositions(words)
    if verb_words:
        nominal = _nominal(verb_words[-1], language)
        if nominal:
            return f"{nominal} {pp}".strip()
    # "$13 billion in investments" (bare noun after "in") vs "in Mexico's power sector"
    inm = _IN_BARE_NOUN.match(after)
    if inm and language == "en":
        rest = after[inm.end():]
        first = fold(rest.split(" ", 1)[0])
        if first not in _STOP and first not in _NOT_A_MEASURE:
            np = _noun_phrase_after(rest, 4)
            if np:
                return np
    # attributive: "$5 billion investment", "a 25% tariff on steel", "10-percent increase"
    am = _ATTRIBUTIVE.match(after)
    if am and fold(am.group(1)) not in _STOP and not _is_verbish(am.group(1), language):
        np = _noun_phrase_after(after)
        if np:
            return np
    # "investment of $X", "una inversión de X", "ventas por X": the noun before "of"
    # (past the verb that governs it: "reportó ventas por X")
    worth = len(words) >= 2 and fold(words[-1]) in _WORTH.get(language, ()) \
        and words[-2][:1].islower()         # not "inversiones en México por X"
    if len(words) >= 2 and (fold(words[-1]) in {"of", "de", "del", "d'", "du", "des"}
                            or worth) and not _is_verb_before(words[:-1], language):
        head = _strip_determiners(_trailing_np(words[:-1]))
        verbs = [i for i, w in enumerate(head[:-1])
                 if w[:1].islower() and _finite_verb(w, language)]
        if verbs:
            head = head[verbs[-1] + 1:]
        if worth:
            # A Spanish noun phrase opens with its noun: "exportó a Canadá bienes por X"
            while len(head) > 1 and not head[0][:1].islower():
                head = head[1:]
        if head:
            return _join(head, pp)
    if verb_words:
        before_verb = verb_words[:-1]
        # (and reflexive ones: "s’est élevé", "se ha elevado")
        while before_verb and (_unelided(before_verb[-1]) in _AUXILIARIES
                               or fold(before_verb[-1]) in _REFLEXIVES):
            before_verb = before_verb[:-1]
        subject_words = _strip_determiners(before_verb[-12:])
        if subject_words:
            return " ".join(subject_words)
        opened_by = _words(text[sentence.start:c_start])[-1:]
        if opened_by and fold(opened_by[0]) not in RELATIVE_PRONOUNS and not before_verb and (
                len(verb_words) > 1 or _finite_verb(verb_words[-1], language)):
            # The clause opens with its verb ("Core inflation, which strips out food
            # prices, stood at 3.98%"; not "…, which have poured $9 billion into toll
            # roads"): its subject opens the sentence.
            opening = text[sentence.start:c_start]
            if (adverbial := _LEADING_ADVERBIAL.match(opening)) is not None:
                opening = opening[adverbial.end():]
            subject = _opening_subject(opening, language)
            if subject:
                return subject
    if pp:
        return pp
    later = _PP_ANYWHERE.search(after)
    if later:
        pp = _prepositional_phrase(after[later.start():])
        if pp:
            return pp
    cue = _cue(text, c_start, c_end, sentence) or _cue(text, sentence.start, sentence.end,
                                                       sentence)
    if cue:
        return cue
    return " ".join(_strip_determiners(_words(before)[-6:]))


def _cue(text: str, lo: int, hi: int, sentence: Span) -> str | None:
    """The first word of what figures measure in ``text[lo:hi]`` ("trade", "inversión"),
    but for one capitalised inside the sentence: part of a name ("Secretaría de
    Economía", "Trade Minister"), not what is measured."""
    for m in _CUES.finditer(text, lo, hi):
        if m.start() == sentence.start or not m.group()[:1].isupper():
            return m.group()
    return None


_PP_ANYWHERE = re.compile(r"\s(?:in|into|to|for|on|en|a|para|dans|à|pour|sur)\s",
                          re.IGNORECASE)
_LINK_PREPOSITIONS = frozenset("to at by a à de en of for about around par por from with "
                               "con avec".split())


# Words between a thing and what it is worth, by language ("ventas por 14.300 millones").
_WORTH = {"es": frozenset({"por"}), "en": frozenset({"worth"})}    # "a contract worth $X"
_PUT_AT = re.compile(
    r"\b(?:put|puts|estimated|estimates|estimate|pegged|pegs|valued|values|cifró|cifra|"
    r"estimó|estima|calculó|calcula|valuó|évalue|évalué|estime|estimé|chiffre|chiffré)\s+"
    r"(?P<np>[^\W\d][^,;:]{2,60}?)\s+(?:at|en|à)\s+(?:" + _APPROX + r"\s+)?"
    r"(?:US|C|CA|MX|CAN|M)?\$?\s*$", re.IGNORECASE)
# Reflexive pronouns between a subject and its verb.
_REFLEXIVES = frozenset({"se", "s'", "s’"})


def _drop_prepositions(words: list[str]) -> list[str]:
    while words and fold(words[-1]) in _LINK_PREPOSITIONS:
        words = words[:-1]
    return words


def _is_verb_before(words: list[str], language: str) -> bool:
    """Whether the word before "de"/"of" is a verb: "ont augmenté de 5 %"."""
    if not words:
        return False
    if len(words) >= 2 and fold(words[-2]) in _AUXILIARIES \
            and not (language == "en" and fold(words[-2]) == "a"):
        return True     # (French "a": "a été de"; English "a": "a dividend of $X")
    return _is_verbish(words[-1], language)


def _trailing_np(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in reversed(words[-6:]):
        f = fold(w)
        if f in {"of", "de", "del", "du", "des", "d'"} and out:
            out.insert(0, w)
            continue
        if f in _STOP and f not in {"the", "el", "la", "le", "les", "los", "las",
                                    "a", "an", "un", "una", "une"}:
            break
        out.insert(0, w)
        if fold(w) in {"the", "el", "la", "le", "les", "los", "las", "a", "an", "un", "una",
                       "une"}:
            break
    return out


def _prepositional_phrase(after: str) -> str:
    m = _PP_START.match(after)
    if not m:
        return ""
    rest = after[m.end():]
    if _YEAR_AHEAD.match(rest):
        return ""
    np = _noun_phrase_after(rest, keep_article=True)
    if not np or fold(np) in _ARTICLES:
        return ""
    joiner = "" if m.group().strip().endswith(("'", "’")) else " "
    return f"{m.group().strip()}{joiner}{np}"


def _is_verbish(word: str, language: str) -> bool:
    f = fold(word)
    if f in _AUXILIARIES:
        return True
    if language == "en":
        return f.endswith("ed") or f in {"go", "goes", "come", "comes", "make", "makes",
                                         "study", "travel", "rose", "fell", "grew"}
    return bool(_VERB_ENDING.search(f))


def _nominal(verb: str, language: str) -> str | None:
    f = fold(verb)
    for stems, names in _ACTION_VERBS:
        if f.startswith(stems):
            return names.get(language, names["en"])
    return None


def _join(head: list[str], pp: str) -> str:
    return " ".join(head + ([pp] if pp else []))


def _year_cues(text: str, sentence: Span) -> list[tuple[int, int]]:
    """Where the years a sentence gives a period by ("in 2024", "durante 2023") stand, and
    which years they are."""
    if "19" not in sentence.text and "20" not in sentence.text:
        return []                       # every year cue holds a year 19xx or 20xx
    return [(m.start("year"), int(m.group("year")))
            for m in _YEAR_CUE.finditer(text, sentence.start, sentence.end)]


def _year(num: _Number, sentence: Span, clause: tuple[int, int],
          cues: list[tuple[int, int]], found: list[tuple[_Number, Span, Figure]]) -> int | None:
    """The year of the cue (``_year_cues`` of the sentence) nearest the figure, in its
    clause first; else, for "that same year", the year of the figure before."""
    c_start, c_end = clause
    best: tuple[int, int] | None = None
    for y_start, year in cues:
        if num.num_start <= y_start < num.end:
            continue
        inside = c_start <= y_start < c_end
        distance = (0 if inside else 1000) + (y_start - num.end if y_start >= num.end
                                             else (num.start - y_start) * 2)
        if best is None or distance < best[0]:
            best = (distance, year)
    if best is not None:
        return best[1]
    # The figure before is looked for first: it is cheaper than the search of the
    # sentence, which is not needed when there is none.
    before = next((f.year for _, s, f in reversed(found)
                   if f.year is not None and sentence.start - s.end < 600), None)
    if before is not None and _SAME_YEAR.search(sentence.text):
        return before
    return None


def _attribution(text: str, sentence: Span, mentions: Sequence[Mention]) -> str | None:
    for pattern in (_ATTRIBUTION_AFTER, _ATTRIBUTION_BEFORE):
        m = pattern.search(text, sentence.start, sentence.end)
        if not m:
            continue
        s, e = m.start("name"), m.end("name")
        for mention in mentions:
            if mention.kind in ("organization", "person") and mention.start < e \
                    and s < mention.end:
                return mention.name
        name = re.sub(r"[\s.,]+$", "", m.group("name"))
        name = re.sub(r"\s+(?:data|figures|datos|cifras|données|chiffres)$", "", name)
        if name and fold(name) not in _STOP:
            return name
    return None
