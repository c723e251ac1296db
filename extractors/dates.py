"""Dates as written in English, Spanish and French, resolved against a reference day.

``find_dates(text, published, planned)`` returns every date expression in ``text`` with
the day it names when that can be known: explicit dates ("May 19, 2023", "16 novembre
2021", "el 5 de agosto"), and relative ones ("today", "yesterday", "Tuesday", "hier",
"el pasado martes", "lundi") resolved against the publication date — backwards for
something that happened, forwards for something planned; and days told from another the
sentence names ("la veille", "the day before", "au lendemain de …", "al día siguiente").
Vague periods ("this week", "next month", "in June") keep their text and no day.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from extractors.text import fold, letter_tree, word_alternation

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
    "nov": 11, "december": 12, "dec": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # French (folded: février -> fevrier)
    "janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "lunes": 0, "martes": 1, "miercoles": 2, "jueves": 3, "viernes": 4,
    "sabado": 5, "domingo": 6, "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3,
    "vendredi": 4, "samedi": 5, "dimanche": 6,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_ENGLISH_MONTHS = frozenset("january february march april may june july august september "
                            "october november december".split())
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

# Patterns run on folded text (lower case, no accents), which keeps offsets intact.
# Each with whether it needs a month name (all need a digit), and whether it opens with
# one (else with a digit).
_EXPLICIT = [
    # May 19, 2023 / Sept. 18, 2025 / October 12 2016 / December 1
    (re.compile(rf"\b(?P<month>{_MONTH})\.? (?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
                r"(?:,? (?P<year>(?:19|20)\d\d))?\b"), True, True),
    # 16 novembre 2021 / 1er avril / 5 de agosto de 2025 / 15 August 2022
    (re.compile(rf"\b(?P<day>\d{{1,2}})(?:er|st|nd|rd|th|º|°)? (?:de )?(?P<month>{_MONTH})\.?"
                r"(?:,? (?:de |del )?(?P<year>(?:19|20)\d\d))?\b"), True, False),
    # 2025-09-18
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"), False, False),
]
# The day of publication's parts: "this afternoon", "esta tarde", "cet après-midi".
_TODAY_WORDS = frozenset({"today", "this morning", "this afternoon", "this evening", "tonight",
                          "aujourd'hui", "ce matin", "cet apres-midi", "ce soir", "hoy",
                          "esta manana", "esta tarde", "esta noche"})
_RELATIVE_WORDS = [
    "today", "this morning", "this afternoon", "this evening", "tonight", "yesterday",
    # the evening before the day of publication: "Last night, I hosted …", "anoche"
    "last night", "anoche", "la nuit derniere",
    "tomorrow", "aujourd'hui", "ce matin", "cet apres-midi", "ce soir", "hier", "demain",
    "hoy", "esta manana", "esta tarde", "esta noche", "ayer", "manana",
    "this week", "last week", "next week", "earlier this week", "later this week",
    "this month", "next month", "last month", "this year", "next year", "cette semaine",
    "la semaine derniere", "la semaine prochaine", "le mois prochain", "ce mois-ci",
    "esta semana", "la semana pasada", "la proxima semana", "la semana proxima",
    "el proximo mes", "el mes proximo", "el mes pasado", "este ano", "el proximo ano",
    "el ano proximo", "el ano que viene", "cette annee", "l'an prochain",
    "l'annee prochaine", "recently", "recientemente",
    "recemment", "upcoming", "proximamente", "prochainement"]
# (not "ce soir-là", "ce matin-là": that evening, that morning)
_RELATIVE = re.compile("(?P<word>" + word_alternation(_RELATIVE_WORDS) + r")\b(?!-la\b)")
# Words that may stand before a weekday or a month name in a date.
_WEEKDAY_LEADS = ["on", "last", "this", "next", "el", "este", "el pasado", "el proximo", "le",
                  "ce", "mardi dernier"]
_MONTH_LEADS = ["in", "en", "au mois de", "a", "au", "el mes de",
                # "el pasado mes de junio"
                "el pasado mes de"]
_MONTH_MODIFIERS = ["last", "this", "next", "early", "late", "mid-", "principios de",
                    "finales de", "mediados de", "debut", "fin",
                    # "au début de novembre", "à la fin du mois de novembre"
                    "debut de", "debut du mois de", "fin de", "la fin de", "fin du mois de",
                    "la fin du mois de",
                    # a week of the month: "la primera semana de diciembre"
                    *[f"{article}{nth} {week}" for nth, week, article in (
                        ("first", "week of", "the "), ("second", "week of", "the "),
                        ("last", "week of", "the "), ("primera", "semana de", "la "),
                        ("segunda", "semana de", "la "), ("ultima", "semana de", "la "),
                        ("premiere", "semaine de", "la "), ("deuxieme", "semaine de", "la "),
                        ("derniere", "semaine de", "la "))]]
_WEEKDAY_RE = re.compile(rf"\b(?:(?:{'|'.join(_WEEKDAY_LEADS)})\s+)?(?P<wd>{_WEEKDAY})\b"
                         r"(?:\s+(?P<after>dernier|prochain|pasado|proximo))?")
_MONTH_ONLY = re.compile(rf"\b(?:(?:{'|'.join(_MONTH_LEADS)})\s+)?"
                         rf"(?:{'|'.join(_MONTH_MODIFIERS)})?\s*"
                         rf"(?<=\s)(?P<month>{_MONTH})\b(?:\s+(?:de\s+)?(?P<year>(?:19|20)\d\d))?"
                         rf"(?:\s+(?:del ano pasado|de l'an dernier|last year|dernier|pasado))?")

# A part of a year: its start, middle or end, a half or a quarter of it ("in the first
# half of 2027", "en el primer semestre de 2027", "au premier trimestre de 2027").
_PART_OF_YEAR = re.compile(
    r"\b(?:(?:in|en|au|a|by|d'ici|du)\s+)?(?:early|late|mid-|the (?:start|beginning|middle|end) of|"
    r"(?:le\s+)?(?:debut|fin|milieu)\s+(?:de\s+|d')|"
    r"(?:principios|inicios|comienzos|finales|mediados)\s+de(?:l ano)?\s+|"
    r"(?:the\s+)?(?:first|second) half of|(?:el\s+)?(?:primer|segundo) semestre de(?:l ano)?|"
    r"(?:le\s+)?(?:premier|second|deuxieme) semestre(?: de)?|"
    r"(?:the\s+)?(?:first|second|third|fourth) quarter of|"
    r"(?:el\s+)?(?:primer|segundo|tercer|cuarto) trimestre de(?:l ano)?|"
    r"(?:le\s+)?(?:premier|deuxieme|troisieme|quatrieme) trimestre(?: de)?)\s*"
    r"(?:19|20)\d\d\b")


def _run_of(words: list[str]) -> re.Pattern[str]:
    """A run of the characters of ``words`` and white space."""
    return re.compile("[" + re.escape("".join(sorted(set("".join(words))))) + r"\s]*")


# What may stand between the start of a weekday or month match and its weekday or month
# name (see ``_scan``): each character of the leading words, and white space.
_WEEKDAY_LEAD_RUN = _run_of(_WEEKDAY_LEADS)
_MONTH_LEAD_RUN = _run_of(_MONTH_LEADS + _MONTH_MODIFIERS)


# A month or weekday name as a whole word.
_MONTH_WORD = re.compile(word_alternation(MONTHS, after=r"\b"))
_WEEKDAY_WORD = re.compile(word_alternation(WEEKDAYS, after=r"\b"))
_DIGIT = re.compile(r"\d")
# Where a relative date, a month or weekday name or a number opens a word: the character
# before it (not a word character). The engine tries this pattern only at such characters.
_DATE_CUE = re.compile(r"\W(?=\d|(?:" + letter_tree([*_RELATIVE_WORDS, *MONTHS, *WEEKDAYS])
                       + r")\b)")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    date: str | None        # YYYY-MM-DD when the day is known


_PUBLISHED = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                        r"(?:Z|[+-]\d{2}:?\d{2})?)?|(\d{4}-\d{2})")


def read_published(value: str | None) -> str | None:
    """An article's publication date as ``extract_article`` takes it: "YYYY-MM-DD" (also
    out of a timestamp, "2023-11-16T09:30:00Z"), or "YYYY-MM" when only the month is
    known; None when ``value`` is none of these."""
    match = _PUBLISHED.fullmatch(value.strip()) if value else None
    if match is None:
        return None
    day, month = match.groups()
    try:
        if day:
            return dt.date.fromisoformat(day).isoformat()
        dt.date.fromisoformat(month + "-01")
    except ValueError:
        return None
    return str(month)


@lru_cache(maxsize=256)      # a pure function of a string; read for every date looked up
def _parse_day(published: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(published) if published else None
    except ValueError:
        return None


@lru_cache(maxsize=256)
def _parse_month(published: str | None) -> dt.date | None:
    """The middle of the month of a publication date known to the month only ("2023-11"):
    enough to give "November 16" its year, not to resolve "Tuesday"."""
    try:
        return dt.date.fromisoformat(published + "-15") \
            if published and len(published) == 7 else None
    except ValueError:
        return None


def _make(year: int | None, month: int, day: int, ref: dt.date | None,
          planned: bool) -> str | None:
    if year is None:
        if ref is None:
            return None
        year = ref.year
        try:
            guess = dt.date(year, month, day)
        except ValueError:
            return None
        # "December 1" in a January article is last year's when past, next year's when planned.
        if planned and guess < ref - dt.timedelta(days=60):
            year += 1
        elif not planned and guess > ref + dt.timedelta(days=60):
            year -= 1
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# What makes a weekday after it a recurring one (folded).
_EVERY = re.compile(r"\b(?:every|each|cada|chaque)\s+$")


def find_dates(text: str, published: str | None, planned: bool = False,
               folded: str | None = None) -> list[DateMention]:
    """See the module's docstring; ``folded``: ``fold(text)``, when the caller has it."""
    ref = _parse_day(published)
    year_ref = ref or _parse_month(published)     # for dates written without their year
    if folded is None:
        folded = fold(text)
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    explicit, relative, weekday, month_only = _scan(folded)

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    for matches in explicit:
        for m in matches:
            if not free(m.start(), m.end()):
                continue
            month = m.group("month")
            month_n = int(month) if month.isdigit() else MONTHS[month]
            day = int(m.group("day"))
            if not 1 <= day <= 31 or not 1 <= month_n <= 12:
                continue
            year = int(m.group("year")) if m.group("year") else None
            found.append(DateMention(m.start(), m.end(), text[m.start():m.end()],
                                     _make(year, month_n, day, year_ref, planned)))
            taken.append((m.start(), m.end()))
    if "ago" in folded or "hace " in folded or "il y a " in folded:
        # (Only those that name a day: "a year ago" is as often a figure's period.)
        for m in _AGO.finditer(folded):
            if free(m.start(), m.end()) and (ago_day := _ago(m, ref)) is not None:
                found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], ago_day))
                taken.append((m.start(), m.end()))
    for m in relative:
        if not free(m.start(), m.end()):
            continue
        word = m.group("word")
        date = None
        if ref is not None:
            if word in _TODAY_WORDS:
                date = ref.isoformat()
            elif word in ("yesterday", "hier", "ayer", "last night", "anoche",
                          "la nuit derniere"):
                date = (ref - dt.timedelta(days=1)).isoformat()
            elif word in ("tomorrow", "demain") or (word == "manana" and planned):
                date = (ref + dt.timedelta(days=1)).isoformat()
            elif word == "manana":
                continue            # "mañana" alone is as often "morning"
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], date))
        taken.append((m.start(), m.end()))
    for m in weekday:
        if not free(m.start(), m.end()):
            continue
        if any(0 <= s - m.end() <= 3 for s, _ in taken):
            continue                # "mardi 17 novembre": the date says it all
        if _EVERY.search(folded, max(0, m.start() - 8), m.start()):
            continue                # "Chaque samedi", "every Monday", "cada lunes": no day
        wd = WEEKDAYS[m.group("wd")]
        words = folded[m.start():m.end()]
        forward = planned or any(w in words for w in ("next", "proximo", "prochain"))
        if any(w in words for w in ("last", "pasado", "dernier")):
            forward = False
        date = None
        if ref is not None:
            delta = (wd - ref.weekday()) % 7 if forward else -((ref.weekday() - wd) % 7)
            if delta == 0 and any(w in words for w in ("last", "pasado", "dernier")):
                delta = -7
            elif delta == 0 and any(w in words for w in ("next", "proximo", "prochain")):
                delta = 7
            date = (ref + dt.timedelta(days=delta)).isoformat()
        found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], date))
        taken.append((m.start(), m.end()))
    for m in month_only:
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        written = text[m.start("month"):m.end("month")]
        bare = start == m.start("month") and not m.group("year")
        # "may", "march": verbs unless capitalised; a bare month needs a capital too.
        if (written.lower() in ("may", "march") or bare) and not written[:1].isupper():
            continue
        if bare and (written.lower() in ("may", "march") or written.lower() not in _ENGLISH_MONTHS
                     or re.match(r"\s+[A-ZÁÉÍÓÚÑ]", text[m.end("month"):m.end("month") + 2])):
            continue                # "Julio Berdegué", "Mayo": names, not months
        if free(start, m.end()):
            found.append(DateMention(start, m.end(), text[start:m.end()], None))
            taken.append((start, m.end()))
    if "20" in folded or "19" in folded:
        # "au début de 2027", "in early 2027", "a finales de 2026": a part of a year.
        for m in _PART_OF_YEAR.finditer(folded):
            if free(m.start(), m.end()):
                found.append(DateMention(m.start(), m.end(), text[m.start():m.end()], None))
                taken.append((m.start(), m.end()))
    found.sort(key=lambda d: d.start)
    if _NEXT_TO_CUE.search(folded):
        found = _next_to(found, text, folded, free)
    return found


# A day told from another the sentence gives: "a annoncé jeudi s'être entretenue la
# veille" (the day before that Thursday), "l'annonce mardi, au lendemain d'un entretien"
# (the call on the Monday), "the day before the summit on Friday" (the Thursday), "le
# lendemain" (the day after). ``next``: one day after the other; ``eve``: the day before
# the one named after it; any other: the day before the one named before it.
_NEXT_TO_CUES = ("veille", "lendemain", "day before", "day after", "previous day",
                 "next day", "following day", "dia anterior", "dia siguiente", "vispera",
                 "dia despues", "dia antes", "days after", "dias despues", "jours apres")
# How many days a number word counts, from two (folded): "two days after", "dos días
# después de" (the engagements add "a" and "one": ``events._COUNTS``).
DAY_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
              "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7,
              "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7}
# "two days after Anand held talks", "dos días después de", "deux jours après" (folded):
# the day so many days (group "count") before the one named.
DAYS_AFTER = (r"(?P<count>" + "|".join([*DAY_COUNTS, "[2-7]"])
              + r") (?:days after|dias despues de|jours apres)\b")
_NEXT_TO_CUE = re.compile("|".join(_NEXT_TO_CUES))
_OWNED = r"(?= the| a| an| his| her| its| their)"
_NEXT_TO = re.compile(
    r"\b(?:(?P<next>le lendemain\b(?! d)|the (?:next|following) day|al dia siguiente\b(?! de))"
    r"|(?P<eve>(?:a )?la veille d(?:e|u|es|')|the day before" + _OWNED + r"|la vispera de"
    r"|un dia antes de|en visperas de)"
    r"|la veille\b(?! d)|au lendemain d(?:e|u|es|')|the (?:previous|prior) day"
    r"|the day before\b|a day after\b|the day after" + _OWNED + r"|el dia anterior"
    r"|la vispera\b(?! de)|un dia despues de|al dia siguiente de"
    r"|" + DAYS_AFTER + ")")


def _next_to(found: list[DateMention], text: str, folded: str,
             free: Callable[[int, int], bool]) -> list[DateMention]:
    """``found`` with the days told from another one of the text (``_NEXT_TO``): the
    latest day named before it, else the first after (the first after, else the latest
    before, for an eve); with none, no day. A day right after it, with a comma at most
    between, says which day it is ("La veille, lundi soir")."""
    out = list(found)
    named = [d for d in found if d.date and len(d.date) == 10]
    for m in _NEXT_TO.finditer(folded):
        if not free(m.start(), m.end()):
            continue
        before = next((d for d in reversed(named) if d.end <= m.start()), None)
        after = next((d for d in named if d.start >= m.end()), None)
        anchor = (after or before) if m.group("eve") else (before or after)
        day = dt.date.fromisoformat(anchor.date) if anchor and anchor.date else None
        date = None
        if after is not None and not _WEEKDAY_WORD.sub(
                "", folded[m.end():after.start]).strip(" ,"):
            # "La víspera, el martes por la noche": that Tuesday; "Al día siguiente,
            # miércoles 4 de noviembre": that 4 November.
            date = after.date
        elif day is not None:
            count = m.group("count")
            back = int(count) if count and count.isdigit() else DAY_COUNTS.get(count or "", 1)
            date = (day + dt.timedelta(days=1 if m.group("next") else -back)).isoformat()
        out.append(DateMention(m.start(), m.end(), text[m.start():m.end()], date))
    return sorted(out, key=lambda d: d.start)


# "two weeks ago", "one year ago today", "hace una semana", "il y a un an jour pour jour".
_AGO_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
                "six": 6, "un": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5,
                "seis": 6, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}
_AGO_UNITS = {"day": 1, "week": 7, "dia": 1, "semana": 7, "jour": 1, "semaine": 7,
              "month": 30, "mes": 30, "mois": 30, "year": 365, "ano": 365, "an": 365,
              "annee": 365}
_AGO_NUMBER = r"(?P<n>" + "|".join(sorted(_AGO_NUMBERS, key=len, reverse=True)) + r"|\d{1,2})"
_AGO = re.compile(
    rf"\b{_AGO_NUMBER} (?P<unit>day|week|month|year)s? ago(?P<exact> today)?\b"
    rf"|\bhace (?P<exact2>exactamente |justo )?{_AGO_NUMBER.replace('<n>', '<n2>')} "
    r"(?P<unit2>dia|semana|mes|ano)(?:s|es)?\b(?P<exact3>,? hoy)?"
    rf"|\bil y a (?P<exact4>exactement )?{_AGO_NUMBER.replace('<n>', '<n3>')} "
    r"(?P<unit3>jour|semaine|mois|annee|an)s?(?P<exact5> jour pour jour)?\b")


def _ago(m: re.Match[str], ref: dt.date | None) -> str | None:
    """The day "N units ago" names: days and weeks before ``ref``; months and years only
    when said to the day ("one year ago today", "il y a un an jour pour jour")."""
    number = m.group("n") or m.group("n2") or m.group("n3")
    unit = _AGO_UNITS[m.group("unit") or m.group("unit2") or m.group("unit3")]
    n = int(number) if number.isdigit() else _AGO_NUMBERS[number]
    exact = any(m.group(g) for g in ("exact", "exact2", "exact3", "exact4", "exact5"))
    if ref is None or unit >= 30 and not exact:
        return None
    if unit == 365:
        try:
            return ref.replace(year=ref.year - n).isoformat()
        except ValueError:                  # February 29
            return (ref - dt.timedelta(days=365 * n)).isoformat()
    if unit == 30:
        month = ref.month - n
        year = ref.year + (month - 1) // 12
        try:
            return ref.replace(year=year, month=(month - 1) % 12 + 1).isoformat()
        except ValueError:
            return None
    return (ref - dt.timedelta(days=unit * n)).isoformat()


_Matches = list[re.Match[str]]


@lru_cache(maxsize=64)
def _scan(folded: str) -> tuple[list[_Matches], _Matches, _Matches, _Matches]:
    """The matches of the explicit, relative, weekday and month patterns in a folded text,
    whatever the reference day: the dates of a sentence are read once per engagement it
    reports, its patterns run once."""
    # Every match of these patterns opens a word with a relative date, a month or weekday
    # name or a number, or holds a weekday or month name that does; where they do is read
    # in one scan of the text (the space put first lets a word open the text).
    cues = [hit.start() for hit in _DATE_CUE.finditer(" " + folded)]
    digits = [at for at in cues if _DIGIT.match(folded, at)]
    months = [at for at in cues if _MONTH_WORD.match(folded, at)]
    weekdays = [at for at in cues if _WEEKDAY_WORD.match(folded, at)]
    # An explicit date opens with its number or, for "May 19", its month name, at a word
    # start (the character before is not a word character, as a month or number at a
    # word boundary has): it is tried at those places only. A pattern that needs a
    # number or a month the text lacks is not run.
    explicit = [_matches_at(p, folded, months if opens_with_month else digits)
                for p, needs_month, opens_with_month in _EXPLICIT
                if digits and (months or not needs_month)]
    # A relative date is tried where one opens a word.
    relative = _matches_at(_RELATIVE, folded, cues)
    return (explicit, relative, _matches_around(_WEEKDAY_RE, folded, weekdays, _WEEKDAY_LEAD_RUN),
            _matches_around(_MONTH_ONLY, folded, months, _MONTH_LEAD_RUN))


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> _Matches:
    """The matches ``pattern.finditer(text)`` finds when every one starts at one of
    ``starts`` (sorted): each is tried there, past the previous match's end."""
    found: _Matches = []
    end = 0
    for at in starts:
        if at >= end and (m := pattern.match(text, at)):
            found.append(m)
            end = m.end()
    return found


def _matches_around(pattern: re.Pattern[str], text: str, names: list[int],
                    run: re.Pattern[str]) -> _Matches:
    """The matches ``pattern.finditer(text)`` finds when every one holds a whole weekday
    or month name at one of ``names`` (sorted), with only ``run``'s characters before it
    in the match. The next match past ``end`` starts no earlier than the run that ends at
    the first name past ``end`` (a match whose name is further on holds that run too), so
    it is searched for from there; with no name left there is none."""
    found: _Matches = []
    end = 0
    for at in names:
        if at < end:
            continue
        m = pattern.search(text, max(end, _run_start(text, at, run)))
        if m is None:
            break
        found.append(m)
        end = m.end()
    return found


def _run_start(text: str, end: int, run: re.Pattern[str]) -> int:
    """Where the run of ``run``'s characters that ends at ``end`` starts."""
    before = run.match(text[:end][::-1])
    return end - before.end() if before else end


def iso_week(date: str | None) -> str | None:
    day = _parse_day(date)
    if day is None:
        return None
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
