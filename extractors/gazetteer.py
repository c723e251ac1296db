"""The knowledge the extraction leans on: who holds which office, which bodies and
places exist, how countries and their people are named, and common given names.

Data lives in ``seeds/gazetteer/*.csv`` (format in its README) and ``seeds/lexicons/``;
given names come from the ``gender-guesser`` package's name dictionary. ``parse_*``
functions are pure (text in, records out); ``load_knowledge`` reads the files once per
process and builds a token trie for fast longest-match lookup.
"""
from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from extractors.text import bare, fold

SEEDS_DIR = Path(__file__).resolve().parents[1] / "seeds"
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[&]", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Folded word tokens: 'Mexico’s Secretary' -> ['mexico's', 'secretary']."""
    return [fold(t) for t in _TOKEN.findall(text)]


def bare_tokens(toks: list[str]) -> list[str]:
    """``tokens`` as names are read in articles, each word ``bare``:
    ['agence', 'canadienne', "d'inspection"] -> ['agence', 'canadienne', 'inspection']."""
    return [bare(t) if "'" in t else t for t in toks]


# An office that starts within this many months is the one a person is elected or named
# to: a Mexican president waits five months (July to December 2018), a U.S. one two.
_ELECT_MONTHS = 5
# Words a body's name opens with that articles write in lower case ("el cártel de
# Sinaloa", "le cartel de Sinaloa"), folded: an alias so written matches so.
LOWER_CASE_HEADS = frozenset({"cartel"})
# Lower-case particles inside personal names: "Juan Ramón de la Fuente".
NAME_CONNECTORS = frozenset("de del la las los y van von der da di du dos des le".split())


# A nickname in quotation marks inside a name: "Bartholomew “Bart” Dueck", "Jean « Johnny »".
_NICKNAME = re.compile(r"(?:^|\s)[“\"«‘']\s?[^\s“”\"«»‘’']+(?:\s[^\s“”\"«»‘’']+)?"
                       r"\s*[”\"»’'](?=\s|$)")


def _without_middle_name(name: str, given_names: frozenset[str]) -> str | None:
    """A Spanish-usage name of two given names and two surnames written without the
    second given name, as articles write it: "Marath Bolaños López" of "Marath Baruch
    Bolaños López"; None for any other name."""
    words = name.split()
    if len(words) != 4 or not NAME_CONNECTORS.isdisjoint(fold(w) for w in words) \
            or any(fold(w) in given_names for w in words[2:]):
        return None         # (the last two are surnames, as ``surname_keys`` reads them)
    return " ".join([words[0], *words[2:]])


def surname_keys(name: str, given_names: frozenset[str]) -> set[str]:
    """Ways an article may refer to someone by surname alone: 'Champagne',
    'López Obrador' and 'López', 'Buenrostro' (not the maternal 'Sánchez'),
    'de la Fuente' and 'Fuente', 'Bolaños' (of 'Marath Baruch Bolaños López')."""
    name = _NICKNAME.sub(" ", name)       # "Bartholomew “Bart” Dueck": Dueck
    words = [fold(w) for w in name.replace("[", "").replace("]", "").split()]
    if len(words) < 2:
        return set(words)
    k = 1
    while k < len(words) - 1 and words[k] in given_names:
        k += 1
    if k == 1 and len(words) >= 4 and NAME_CONNECTORS.isdisjoint(words):
        # Four names or more, none a particle nor a known given name: two given names
        # then the two surnames of Spanish usage ("Marath Baruch Bolaños López").
        k = len(words) - 2
    surnames = words[k:]
    keys = {" ".join(surnames)}
    core = [w for w in surnames if w not in NAME_CONNECTORS]
    if core:
        keys.add(core[0])
        if len(core) == 1 or len(words) == 2:
            keys.add(core[-1])
    # "Isabelle d’Amours": "la ministre d’Amours", read as "Amours".
    keys.update([bare(k) for k in keys if "'" in k and " " not in k])
    return keys


@dataclass(frozen=True)
class Tenure:
    office: str
    role: str
    country: str
    start: str           # YYYY-MM(-DD) or ""
    end: str             # "" while in office

    def covers(self, day: str) -> bool:
        """Whether the office was held on ``day`` (YYYY-MM-DD)."""
        return (not self.start or self.start[:len(day)] <= day) \
            and (not self.end or day <= _end_of(self.end))


@dataclass(frozen=True)
class KnownPerson:
    name: str
    country: str
    tenures: tuple[Tenure, ...]

    def tenure_on(self, day: str | None) -> Tenure | None:
        """The office held on ``day`` (YYYY-MM-DD); the latest one when no day is given.
        After the last office known has ended, that office (the list may lag behind a
        reshuffle; the text wins over this anyway). Before an office that starts within
        ``_ELECT_MONTHS``, that office: an election's winner waits that long at most
        (López Obrador, president-elect in July 2018, took office in December). Before
        one that starts later, none: Sheinbaum in April 2024 was a candidate, no longer
        at the head of Mexico City's government and not yet president."""
        ordered = sorted(self.tenures, key=lambda t: t.start or "")
        if day:
            for t in reversed(ordered):
                if t.covers(day):
                    return t
            coming = [t for t in ordered if t.start and t.start[:len(day)] > day]
            if coming:
                return coming[0] if _months_between(day, coming[0].start) <= _ELECT_MONTHS \
                    else None
            before = [t for t in ordered if t.start and t.start <= day]
            if before:
                return before[-1]
        return ordered[-1] if ordered else None


def _months_between(day: str, later: str) -> int:
    """Whole months from ``day`` to ``later`` (YYYY, YYYY-MM or YYYY-MM-DD; a year alone
    counts from its January, the earliest it can mean)."""
    return _month_number(later) - _month_number(day)


def _month_number(date: str) -> int:
    return int(date[:4]) * 12 + (int(date[5:7]) if len(date) >= 7 else 1)


def _end_of(partial: str) -> str:
    if len(partial) == 10:
        return partial
    return partial + "-31" if len(partial) == 7 else partial + "-12-31"


@dataclass(frozen=True)
class KnownOrg:
    name: str
    kind: str
    country: str | None


@dataclass(frozen=True)
class KnownPlace:
    name: str
    country: str | None
    kind: str


@dataclass(frozen=True)
class KnownCountry:
    code: str
    name: str


class Entries(list):
    """The values one alias leads to. For the knowledge trie's ``(kind, name, capitals)``
    values, what the recogniser asks of them at every match is worked out once, when
    first asked (the trie is built once, before it is read; adding a value starts the
    summaries afresh)."""

    def append(self, value: Any) -> None:
        super().append(value)
        self.__dict__.clear()

    @cached_property
    def needs_capitals(self) -> bool:
        """Whether some alias must be written with words in capitals ("Ottawa, ON") or
        with its full stop ("Ont.")."""
        return any(v[2] for v in self)

    @cached_property
    def by_kind(self) -> dict[str, list[str]]:
        """The names of each kind, in the order the values were added."""
        out: dict[str, list[str]] = {}
        for v in self:
            out.setdefault(v[0], []).append(v[1])
        return out

    @cached_property
    def bodies_or_places(self) -> bool:
        """Whether every value is an organisation or a place."""
        return self.by_kind.keys() <= {"org", "place"}

    @cached_property
    def first_kind(self) -> tuple[str, list[str]] | None:
        """The kind a match is read as (a person first, then a body, a place, a country)
        and its names."""
        return next(((kind, self.by_kind[kind]) for kind in ("person", "org", "place",
                                                              "country")
                     if self.by_kind.get(kind)), None)


@dataclass
class Trie:
    """Token-sequence trie: ``match(toks, i)`` returns the longest entry starting at i."""
    root: dict = field(default_factory=dict)
    # The words of aliases written with a lower-case first word of ``LOWER_CASE_HEADS``
    # ("cartel de Sinaloa"), which an article may write so too.
    lower: set[tuple[str, ...]] = field(default_factory=set)
    lower_first: set[str] = field(default_factory=set)     # their first words

    def add(self, toks: list[str], value: object) -> None:
        node = self.root
        for t in toks:
            node = node.setdefault(t, {})
        node.setdefault(None, Entries()).append(value)

    def add_alias(self, alias: str, value: object) -> None:
        """``value`` under the alias's ``tokens``, and under its ``bare_tokens`` when
        they differ, as an article's words are read ("Agence canadienne d’inspection
        des aliments", "Mexico’s Foreign Ministry")."""
        toks = tokens(alias)
        if not toks or len(toks) == 1 and len(toks[0]) == 1:
            return          # (a letter alone names nothing: "N+" reads as the "N" of "N.M.")
        self.add(toks, value)
        read = bare_tokens(toks)
        if read != toks:
            self.add(read, value)
        if alias[:1].islower() and len(toks) > 1 and toks[0] in LOWER_CASE_HEADS:
            self.lower.update((tuple(toks), tuple(read)))
            self.lower_first.update((toks[0], read[0]))

    def matches(self, toks: list[str], i: int) -> list[tuple[int, Entries]]:
        """Every entry starting at i, longest first."""
        node, found, j = self.root, [], i
        while j < len(toks) and toks[j] in node:
            node = node[toks[j]]
            j += 1
            if None in node:
                found.append((j, node[None]))
        return found[::-1]

    def match(self, toks: list[str], i: int) -> tuple[int, list[Any]] | None:
        node, best, j = self.root, None, i
        while j < len(toks) and toks[j] in node:
            node = node[toks[j]]
            j += 1
            if None in node:
                best = (j, node[None])
        return best


@dataclass
class Knowledge:
    people: dict[str, KnownPerson]
    orgs: dict[str, KnownOrg]
    places: dict[str, KnownPlace]
    countries: dict[str, KnownCountry]
    trie: Trie                       # aliases of people, orgs, places, countries, demonyms
    surnames: dict[str, list[KnownPerson]]   # folded last name / compound surname -> people
    given_names: frozenset[str]      # folded common given names
    demonyms: dict[str, str]         # folded demonym -> country code (regional ones too)
    regional_demonyms: frozenset[str] = frozenset()   # folded: a province's or a state's
    # The folded words of each body's names and aliases, by its name.
    org_words: dict[str, frozenset[str]] = field(default_factory=dict)

    def country_of(self, word: str) -> str | None:
        """The country a single folded word names or qualifies: 'mexican' -> MX,
        "mexico's" -> MX, 'mexique' -> MX, 'canada' -> CA."""
        base = word[:-2] if word.endswith("'s") else word
        if base in self.demonyms:
            return self.demonyms[base]
        m = self.trie.match([base], 0)
        if m:
            for value in m[1]:
                if value[0] == "country":
                    return str(value[1])
        return None


    def government_of(self, text: str) -> tuple[str, bool] | None:
        """The country of the government body a text names, if it names one, and whether
        it is a province's or a state's (a publisher's name: "Government of Alberta
        Newsroom", "Fil des communiqués du gouvernement du Québec", "Secretaría de
        Cultura – Sala de prensa")."""
        words = tokens(text)
        for i in range(len(words)):
            m = self.trie.match(words, i)
            if m is None:
                continue
            end, values = m
            for value in values:
                org = self.orgs.get(str(value[1])) if value[0] == "org" else None
                if org is not None and org.kind == "government" and org.country:
                    # (a province or a state named in it: "Government of Alberta")
                    regional = any(v[0] == "place" for k in range(i, end)
                                   if (inner := self.trie.match(words[:end], k)) is not None
                                   for v in inner[1])
                    return org.country, regional
        return None


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def _rows(text: str) -> list[dict[str, str]]:
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k}
            for row in csv.DictReader(io.StringIO(text))]


def parse_people(text: str) -> tuple[dict[str, KnownPerson], dict[str, list[str]]]:
    people: dict[str, KnownPerson] = {}
    aliases: dict[str, list[str]] = {}
    for row in _rows(text):
        name = row["name"]
        tenure = Tenure(office=row.get("office", ""), role=row.get("role") or "other",
                        country=row.get("country", ""), start=row.get("start", ""),
                        end=row.get("end", ""))
        prev = people.get(name)
        tenures = (prev.tenures if prev else ()) + (tenure,)
        country = row.get("country") or (prev.country if prev else "")
        people[name] = KnownPerson(name=name, country=country, tenures=tenures)
        aliases.setdefault(name, []).extend(_split(row.get("aliases")))
    return people, aliases


def parse_orgs(text: str) -> tuple[dict[str, KnownOrg], dict[str, list[str]]]:
    orgs, aliases = {}, {}
    for row in _rows(text):
        orgs[row["name"]] = KnownOrg(row["name"], row.get("kind") or "other",
                                     row.get("country") or None)
        aliases[row["name"]] = _split(row.get("aliases"))
    return orgs, aliases


def parse_places(text: str) -> tuple[dict[str, KnownPlace], dict[str, list[str]]]:
    places, aliases = {}, {}
    for row in _rows(text):
        places[row["name"]] = KnownPlace(row["name"], row.get("country") or None,
                                         row.get("kind") or "city")
        aliases[row["name"]] = _split(row.get("aliases"))
    return places, aliases


def parse_countries(text: str) -> tuple[dict[str, KnownCountry], dict[str, list[str]],
                                         dict[str, str], frozenset[str]]:
    """Countries, their names, demonyms (a province's or state's too: a Quebecer's
    country is Canada) and which demonyms are a province's or state's."""
    countries, names, demonyms, regional = {}, {}, {}, set()
    for row in _rows(text):
        code = row["code"]
        all_names = _split(row.get("names"))
        if not all_names:
            continue
        countries[code] = KnownCountry(code, all_names[0])
        names[code] = all_names
        for d in _split(row.get("demonyms")):
            demonyms[fold(d)] = code
        for d in _split(row.get("regional_demonyms")):
            demonyms[fold(d)] = code
            regional.add(fold(d))
    return countries, names, demonyms, frozenset(regional)


def parse_given_names(raw: bytes, min_frequency: int = 3) -> frozenset[str]:
    """Given names from gender-guesser's ``nam_dict.txt`` that are at least moderately
    common in Britain, Ireland, the U.S., Italy, Malta, Portugal, Spain, France or
    Belgium (frequency columns 30-38, hexadecimal 1..D), folded; one written with
    accents also in lower case with them ("germán"), which tells it from a word it folds
    to ("german")."""
    names = set()
    for line in raw.decode("utf-8", errors="replace").splitlines():
        if not line or line[0] in "#=" or len(line) < 31:
            continue
        name = line[3:29].strip()
        if "+" in name or "<" in name or " " in name:
            continue
        freqs = line[30:39]
        best = max((int(c, 16) for c in freqs if c.strip() and c in "0123456789ABCDEFabcdef"),
                   default=0)
        if best >= min_frequency:
            names |= _name_forms(name)
    return frozenset(names)


def _name_forms(name: str) -> set[str]:
    """A given name folded, and, when it has accents, in lower case with them."""
    forms = {fold(name)}
    if not name.isascii():
        forms.add(unicodedata.normalize("NFC", name.lower()))
    return forms


def parse_extra_given_names(text: str) -> frozenset[str]:
    """``given_names.csv``: common given names the dictionary lacks (Mexican, Nahuatl,
    Québécois ones, and compound ones such as "Marc-André"), folded like its own."""
    names: set[str] = set()
    for row in _rows(text):
        name = row.get("name", "").strip()
        if name:
            names |= _name_forms(name)
    return frozenset(names)


def build_knowledge(people_csv: str, orgs_csv: str, places_csv: str, countries_csv: str,
                    given_names: frozenset[str]) -> Knowledge:
    people, person_aliases = parse_people(people_csv)
    orgs, org_aliases = parse_orgs(orgs_csv)
    places, place_aliases = parse_places(places_csv)
    countries, country_names, demonyms, regional = parse_countries(countries_csv)
    # A given name that is also a country or a demonym ("Canada", "Jordan") is no cue;
    # one that is also a city ("Victoria Ortiz") still is, and so is one whose accents
    # tell it from a demonym ("Germán": ``name_fold``).
    country_words = {fold(a) for names in country_names.values() for a in names}
    given_names = given_names - country_words - set(demonyms)
    trie = Trie()
    surnames: dict[str, list[KnownPerson]] = {}
    for name, person in people.items():
        keys: set[str] = set()
        for alias in [name, *person_aliases.get(name, [])]:
            trie.add_alias(alias, ("person", name, _acronyms(alias)))
            keys |= surname_keys(alias, given_names)
            if (short := _without_middle_name(alias, given_names)) is not None:
                trie.add_alias(short, ("person", name, _acronyms(short)))
        for key in keys:
            surnames.setdefault(key, []).append(person)
    org_words: dict[str, frozenset[str]] = {}
    for name in orgs:
        for alias in [name, *org_aliases.get(name, [])]:
            trie.add_alias(alias, ("org", name, _acronyms(alias)))
        org_words[name] = frozenset(fold(w) for alias in [name, *org_aliases.get(name, [])]
                                    for w in _TOKEN.findall(alias))
    for name in places:
        for alias in [name, *place_aliases.get(name, [])]:
            trie.add_alias(alias, ("place", name, _acronyms(alias)))
    for code, names in country_names.items():
        for alias in names:
            trie.add_alias(alias, ("country", code, _acronyms(alias)))
    return Knowledge(people=people, orgs=orgs, places=places, countries=countries, trie=trie,
                     surnames=surnames, given_names=given_names, demonyms=demonyms,
                     regional_demonyms=regional, org_words=org_words)


# Among an alias's marks (``_acronyms``): its one word is an abbreviation whose full stop
# the text must write too ("Ont.", "Que.", "Alta."), so that French "Ont aussi pris part"
# or Spanish "Que el gobierno …" name no province.
FULL_STOP = -1


def _acronyms(alias: str) -> frozenset[int]:
    """Token positions written in capitals in an alias ("Ottawa, ON"): the text must
    write them in capitals too, so that "Ottawa on Monday" is not "Ottawa, ON"; and
    ``FULL_STOP`` for a one-word abbreviation."""
    words = _TOKEN.findall(alias)
    marks = {i for i, t in enumerate(words) if len(t) >= 2 and t.isupper()}
    if len(words) == 1 and alias.endswith(".") and len(words[0]) >= 2:
        marks.add(FULL_STOP)
    return frozenset(marks)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


@lru_cache(maxsize=4)
def load_knowledge(seeds_dir: Path = SEEDS_DIR) -> Knowledge:
    gaz = seeds_dir / "gazetteer"
    raw = (resources.files("gender_guesser") / "data" / "nam_dict.txt").read_bytes()
    return build_knowledge(_read(gaz / "people.csv")
                           or "name,aliases,country,role,office,start,end\n",
                           _read(gaz / "organizations.csv") or "name,aliases,kind,country\n",
                           _read(gaz / "places.csv") or "name,aliases,country,kind\n",
                           _read(gaz / "countries.csv") or "code,names,demonyms\n",
                           parse_given_names(raw)
                           | parse_extra_given_names(_read(gaz / "given_names.csv")))
