"""Checks on the hand-maintained gazetteer in seeds/gazetteer/.

The files are plain CSV edited by hand, so these tests are the safety net: they
catch a misspelt role, an unknown country code, a date that does not parse, an
alias that would make two entities indistinguishable, and the loss of people and
bodies the extraction relies on.
"""

from __future__ import annotations

import calendar
import csv
import re
import unicodedata
from collections import defaultdict
from datetime import date
from functools import cache
from pathlib import Path

import pytest

GAZETTEER = Path(__file__).resolve().parents[2] / "seeds" / "gazetteer"

HEADERS = {
    "people.csv": ["name", "aliases", "country", "role", "office", "start", "end"],
    "organizations.csv": ["name", "aliases", "kind", "country"],
    "places.csv": ["name", "aliases", "country", "kind"],
    "countries.csv": ["code", "names", "demonyms", "regional_demonyms"],
    "given_names.csv": ["name"],
}
ROLES = {
    "head_of_state", "head_of_government", "minister", "deputy_minister", "ambassador",
    "legislator", "official", "expert", "business", "other",
}
ORG_KINDS = {"government", "company", "think_tank", "international", "agreement", "media", "other"}
PLACE_KINDS = {"city", "province", "state", "territory", "region", "site"}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9.&-]+$")


# --------------------------------------------------------------------------- lookups

def norm(text: str) -> str:
    """Comparison key: accents, case and typographic apostrophes ignored."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    return " ".join(text.casefold().split())


def split(cell: str) -> list[str]:
    return cell.split("|") if cell else []


@cache
def read(filename: str) -> tuple[list[str], list[dict[str, str]]]:
    with open(GAZETTEER / filename, encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
        return list(reader.fieldnames or []), rows


def rows(filename: str) -> list[dict[str, str]]:
    return read(filename)[1]


def bounds(value: str) -> tuple[date, date]:
    """Earliest and latest day a YYYY, YYYY-MM or YYYY-MM-DD value can denote."""
    m = DATE_RE.match(value)
    assert m, f"bad date {value!r}"
    year, month, day = int(m[1]), m[2], m[3]
    if month is None:
        return date(year, 1, 1), date(year, 12, 31)
    mo = int(month)
    if day is None:
        return date(year, mo, 1), date(year, mo, calendar.monthrange(year, mo)[1])
    d = date(year, mo, int(day))
    return d, d


def codes() -> set[str]:
    return {r["code"] for r in rows("countries.csv")}


def holders(country: str, office: str, on: date) -> set[str]:
    """Who held an office on a given day, according to people.csv."""
    found = set()
    for r in rows("people.csv"):
        if r["country"] != country or r["office"] != office:
            continue
        start = bounds(r["start"])[0] if r["start"] else date.min
        end = bounds(r["end"])[1] if r["end"] else date.max
        if start <= on <= end:
            found.add(r["name"])
    return found


def find_person(name: str) -> list[dict[str, str]]:
    key = norm(name)
    return [r for r in rows("people.csv")
            if key == norm(r["name"]) or key in {norm(a) for a in split(r["aliases"])}]


def find_named(filename: str, name: str) -> list[dict[str, str]]:
    key = norm(name)
    return [r for r in rows(filename)
            if key == norm(r["name"]) or key in {norm(a) for a in split(r["aliases"])}]


# --------------------------------------------------------------------------- format

@pytest.mark.parametrize("filename", sorted(HEADERS))
def test_header_is_exact(filename):
    assert read(filename)[0] == HEADERS[filename]


@pytest.mark.parametrize("filename", sorted(HEADERS))
def test_cells_are_clean(filename):
    fields = HEADERS[filename]
    for i, row in enumerate(rows(filename), start=2):
        assert None not in row, f"{filename}:{i} has more cells than the header"
        for field in fields:
            value = row[field]
            assert value is not None, f"{filename}:{i} is missing {field}"
            assert value == value.strip(), f"{filename}:{i} {field} has surrounding spaces"
            assert "\n" not in value, f"{filename}:{i} {field} spans lines"
        for field in ("aliases", "names", "demonyms", "regional_demonyms"):
            if field in row:
                parts = split(row[field])
                assert all(p and p == p.strip() for p in parts), \
                    f"{filename}:{i} {field} has an empty or padded entry"
                assert len(set(parts)) == len(parts), \
                    f"{filename}:{i} {field} repeats an entry"
        if "aliases" in row:
            assert row["name"] not in split(row["aliases"]), \
                f"{filename}:{i} lists its own name as an alias"


# --------------------------------------------------------------------------- countries

def test_country_codes_are_iso_shaped_and_unique():
    seen = [r["code"] for r in rows("countries.csv")]
    assert all(re.fullmatch(r"[A-Z]{2}", c) for c in seen)
    assert len(seen) == len(set(seen))
    assert {"CA", "MX", "US", "GB", "FR", "DE", "CN", "JP", "KR", "IN", "AU", "BR",
            "AR"} <= set(seen)
    assert len(seen) >= 55


def test_country_names_and_demonyms_are_unambiguous():
    owner: dict[str, str] = {}
    for r in rows("countries.csv"):
        assert r["names"] and r["demonyms"], r["code"]
        for word in split(r["names"]) + split(r["demonyms"]) + split(r["regional_demonyms"]):
            other = owner.setdefault(norm(word), r["code"])
            assert other == r["code"], f"{word!r} belongs to both {other} and {r['code']}"


def test_country_names_cover_the_three_languages():
    by_code = {r["code"]: set(split(r["names"])) for r in rows("countries.csv")}
    assert {"United States", "U.S.", "US", "USA", "United States of America", "Estados Unidos",
            "EE.UU.", "EEUU", "EUA", "États-Unis", "Etats-Unis", "É.-U."} <= by_code["US"]
    assert {"Mexico", "México", "Mexique"} <= by_code["MX"]
    assert {"Canada", "Canadá"} <= by_code["CA"]
    demonyms = {r["code"]: set(split(r["demonyms"])) for r in rows("countries.csv")}
    assert {"Canadian", "Canadians", "canadiense", "canadienses", "canadien", "canadienne",
            "canadiens", "canadiennes"} <= demonyms["CA"]
    assert {"Mexican", "mexicano", "mexicana", "mexicain", "mexicaine"} <= demonyms["MX"]
    regional = {r["code"]: set(split(r["regional_demonyms"])) for r in rows("countries.csv")}
    assert {"Quebecer", "Ontarian", "québécois", "québécoise", "ontarien", "quebequense",
            "ontariano"} <= regional["CA"]
    assert {"neoleonés", "jalisciense", "yucateco", "oaxaqueña"} <= regional["MX"]


# --------------------------------------------------------------------------- people

def test_people_enums_and_codes():
    known = codes()
    for i, r in enumerate(rows("people.csv"), start=2):
        assert r["name"] and r["office"], f"people.csv:{i}"
        assert r["role"] in ROLES, f"people.csv:{i} role {r['role']!r}"
        if r["country"]:
            assert r["country"] in known, f"people.csv:{i} country {r['country']!r}"
        else:
            # Only officials of international bodies speak for no country.
            assert r["role"] == "official", f"people.csv:{i} needs a country"


def test_people_dates_parse_and_are_ordered():
    for i, r in enumerate(rows("people.csv"), start=2):
        assert r["start"], f"people.csv:{i} has no start date"
        start = bounds(r["start"])
        if r["end"]:
            end = bounds(r["end"])
            assert start[0] <= end[1], f"people.csv:{i} ends before it starts"
        assert start[0] <= date(2026, 12, 31), f"people.csv:{i} starts in the future"


def test_no_duplicate_tenures():
    seen = set()
    for r in rows("people.csv"):
        key = (r["name"], r["office"], r["start"])
        assert key not in seen, f"duplicate tenure {key}"
        seen.add(key)


def test_person_aliases_are_not_bare_surnames():
    for r in rows("people.csv"):
        for alias in split(r["aliases"]):
            if " " not in alias and "-" not in alias:
                # A single word is only allowed as an acronym such as AMLO;
                # hyphenated compound surnames ("Pérez-Jácome") are fine.
                assert ACRONYM_RE.match(alias), f"{r['name']}: bare alias {alias!r}"


def test_each_person_keeps_the_same_aliases_on_every_row():
    aliases: dict[str, str] = {}
    for r in rows("people.csv"):
        other = aliases.setdefault(r["name"], r["aliases"])
        assert other == r["aliases"], f"{r['name']} has different aliases on different rows"


def test_no_alias_shared_by_two_people():
    owner: dict[str, str] = {}
    for r in rows("people.csv"):
        for label in [r["name"], *split(r["aliases"])]:
            other = owner.setdefault(norm(label), r["name"])
            assert other == r["name"], f"{label!r} names both {other} and {r['name']}"


SINGLE_HOLDER_OFFICES = [
    ("CA", "Prime Minister"),
    ("CA", "Minister of Foreign Affairs"),
    ("CA", "Minister of Finance"),
    ("CA", "Minister of National Defence"),
    ("CA", "Minister of Agriculture and Agri-Food"),
    ("CA", "Minister of Health"),
    ("CA", "Governor General of Canada"),
    ("CA", "Ambassador of Canada to Mexico"),
    ("MX", "President of Mexico"),
    ("MX", "Secretary of Foreign Affairs"),
    ("MX", "Secretary of Economy"),
    ("MX", "Secretary of Finance and Public Credit"),
    ("MX", "Secretary of the Interior"),
    ("MX", "Secretary of National Defense"),
    ("MX", "Secretary of the Navy"),
    ("MX", "Secretary of Energy"),
    ("MX", "Secretary of Environment and Natural Resources"),
    ("MX", "Secretary of Labour and Social Welfare"),
    ("MX", "Secretary of Tourism"),
    ("MX", "Secretary of Health"),
    ("US", "President of the United States"),
    ("US", "Vice President of the United States"),
    ("US", "Secretary of State"),
    ("US", "Secretary of Commerce"),
    ("US", "Secretary of the Treasury"),
    ("US", "United States Trade Representative"),
]


@pytest.mark.parametrize("country,office", SINGLE_HOLDER_OFFICES)
def test_single_holder_offices_do_not_overlap(country, office):
    spans = []
    for r in rows("people.csv"):
        if r["country"] == country and r["office"] == office:
            start = bounds(r["start"])[1]  # latest reading: tolerate month-only handovers
            end = bounds(r["end"])[0] if r["end"] else date.max
            spans.append((start, end, r["name"]))
    assert spans, f"nobody holds {office} ({country})"
    spans.sort()
    for (_, e1, n1), (s2, _, n2) in zip(spans, spans[1:], strict=False):
        assert s2 >= e1, f"{office}: {n1} and {n2} overlap"
    assert sum(1 for s in spans if s[1] == date.max) <= 1, f"{office}: two open tenures"


@pytest.mark.parametrize("name,country,role,office_word", [
    ("Mélanie Joly", "CA", "minister", "Foreign Affairs"),
    ("Marcelo Ebrard", "MX", "minister", "Foreign Affairs"),
    ("Claudia Sheinbaum", "MX", "head_of_state", "President"),
    ("Mark Carney", "CA", "head_of_government", "Prime Minister"),
    ("Justin Trudeau", "CA", "head_of_government", "Prime Minister"),
    ("Andrés Manuel López Obrador", "MX", "head_of_state", "President"),
    ("AMLO", "MX", "head_of_state", "President"),
    ("Enrique Peña Nieto", "MX", "head_of_state", "President"),
    ("Peña Nieto", "MX", "head_of_state", "President"),
    ("Chrystia Freeland", "CA", "minister", "Foreign Affairs"),
    ("Stéphane Dion", "CA", "minister", "Foreign Affairs"),
    ("François-Philippe Champagne", "CA", "minister", "Industry"),
    ("Francois-Philippe Champagne", "CA", "minister", "Industry"),
    ("Mary Ng", "CA", "minister", "International Trade"),
    ("Anita Anand", "CA", "minister", "National Defence"),
    ("Heath MacDonald", "CA", "minister", "Agriculture"),
    ("Raquel Buenrostro", "MX", "minister", "Economy"),
    ("Tatiana Clouthier", "MX", "minister", "Economy"),
    ("Ildefonso Guajardo", "MX", "minister", "Economy"),
    ("Alicia Bárcena", "MX", "minister", "Foreign Affairs"),
    ("Claudia Ruiz Massieu", "MX", "minister", "Foreign Affairs"),
    ("Luis Videgaray", "MX", "minister", "Foreign Affairs"),
    ("José Antonio Meade", "MX", "minister", "Finance"),
    ("Julio Berdegué", "MX", "minister", "Agriculture"),
    ("Juan Ramón de la Fuente", "MX", "minister", "Foreign Affairs"),
    ("Donald Trump", "US", "head_of_state", "President"),
    ("Marco Rubio", "US", "minister", "Secretary of State"),
    ("Doug Ford", "CA", "official", "Premier of Ontario"),
])
def test_well_known_people_are_present(name, country, role, office_word):
    matches = find_person(name)
    assert matches, f"{name} missing from people.csv"
    assert any(r["country"] == country and r["role"] == role and office_word in r["office"]
               for r in matches), f"{name}: no {role} row for {country} mentioning {office_word!r}"


@pytest.mark.parametrize("country,office,on,expected", [
    ("CA", "Prime Minister", date(2015, 12, 1), "Justin Trudeau"),
    ("CA", "Prime Minister", date(2025, 6, 1), "Mark Carney"),
    ("CA", "Minister of Foreign Affairs", date(2016, 5, 1), "Stéphane Dion"),
    ("CA", "Minister of Foreign Affairs", date(2017, 5, 1), "Chrystia Freeland"),
    ("CA", "Minister of Foreign Affairs", date(2021, 11, 1), "Mélanie Joly"),
    ("CA", "Minister of Foreign Affairs", date(2025, 6, 1), "Anita Anand"),
    ("MX", "President of Mexico", date(2017, 6, 1), "Enrique Peña Nieto"),
    ("MX", "President of Mexico", date(2023, 11, 16), "Andrés Manuel López Obrador"),
    ("MX", "President of Mexico", date(2025, 6, 16), "Claudia Sheinbaum Pardo"),
    ("MX", "Secretary of Foreign Affairs", date(2017, 6, 1), "Luis Videgaray Caso"),
    ("MX", "Secretary of Foreign Affairs", date(2021, 5, 1), "Marcelo Ebrard Casaubón"),
    ("MX", "Secretary of Economy", date(2023, 5, 19), "Raquel Buenrostro Sánchez"),
    ("MX", "Secretary of Economy", date(2025, 1, 1), "Marcelo Ebrard Casaubón"),
    ("US", "President of the United States", date(2018, 1, 1), "Donald Trump"),
    ("US", "President of the United States", date(2022, 1, 1), "Joe Biden"),
    ("MX", "Secretary of Agriculture, Livestock, Rural Development, Fisheries and Food",
     date(2016, 6, 28), "José Calzada Rovirosa"),
    ("MX", "Secretary of Agriculture, Livestock, Rural Development, Fisheries and Food",
     date(2018, 3, 1), "Baltazar Hinojosa Ochoa"),
    ("US", "Secretary of Energy", date(2016, 2, 12), "Ernest Moniz"),
    ("US", "Senior Advisor to the President", date(2019, 12, 10), "Jared Kushner"),
])
def test_office_holder_on_a_given_day(country, office, on, expected):
    assert holders(country, office, on) == {expected}


def test_people_volume():
    assert len(rows("people.csv")) >= 300


# --------------------------------------------------------------------------- organizations

def test_organization_enums_and_codes():
    known = codes()
    names = set()
    for i, r in enumerate(rows("organizations.csv"), start=2):
        assert r["kind"] in ORG_KINDS, f"organizations.csv:{i} kind {r['kind']!r}"
        assert not r["country"] or r["country"] in known, f"organizations.csv:{i} country"
        assert r["name"] not in names, f"organizations.csv:{i} duplicate name"
        names.add(r["name"])
    assert len(names) >= 250


def test_no_alias_shared_by_two_organizations():
    owner: dict[str, str] = {}
    for r in rows("organizations.csv"):
        for label in [r["name"], *split(r["aliases"])]:
            other = owner.setdefault(norm(label), r["name"])
            assert other == r["name"], f"{label!r} names both {other} and {r['name']}"


@pytest.mark.parametrize("label,kind,country", [
    ("Global Affairs Canada", "government", "CA"),
    ("Affaires mondiales Canada", "government", "CA"),
    ("Asuntos Globales Canadá", "government", "CA"),
    ("Innovation, Science and Economic Development Canada", "government", "CA"),
    ("ISED", "government", "CA"),
    ("Statistics Canada", "government", "CA"),
    ("StatCan", "government", "CA"),
    ("Canadian Tourism Commission", "government", "CA"),
    ("Destination Canada", "government", "CA"),
    ("Agriculture et Agroalimentaire Canada", "government", "CA"),
    ("Secretaría de Relaciones Exteriores", "government", "MX"),
    ("SRE", "government", "MX"),
    ("Cancillería", "government", "MX"),
    ("Conafor", "government", "MX"),
    ("Comisión Nacional Forestal", "government", "MX"),
    ("Coordinación Nacional de Protección Civil", "government", "MX"),
    ("CIFFC", "government", "CA"),
    ("Centre interservices des feux de forêt du Canada", "government", "CA"),
    ("Chambre de commerce du Canada au Mexique", "other", "CA"),
    ("UPA", "other", "CA"),
    ("Union des producteurs agricoles", "other", "CA"),
    ("CTM", "other", "MX"),
    ("Confederation of Mexican Workers", "other", "MX"),
    ("Desjardins", "company", "CA"),
    ("Mouvement Desjardins", "company", "CA"),
    ("Mexican Foreign Ministry", "government", "MX"),
    ("secrétariat des Affaires étrangères du Mexique", "government", "MX"),
    ("Ministry of Economy", "government", "MX"),
    ("Secretaria de Economia", "government", "MX"),
    ("SENASICA", "government", "MX"),
    ("Service national de la salubrité, de l'innocuité et de la qualité des aliments",
     "government", "MX"),
    ("Banxico", "government", "MX"),
    ("Senado de la República", "government", "MX"),
    ("Croix-Rouge mexicaine", "other", "MX"),
    ("USTR", "government", "US"),
    ("White House", "government", "US"),
    ("Scotiabank", "company", "CA"),
    ("Bank of Nova Scotia", "company", "CA"),
    ("Bombardier", "company", "CA"),
    ("CPKC", "company", "CA"),
    ("Pemex", "company", "MX"),
    ("Centre for International Governance Innovation", "think_tank", "CA"),
    ("Center for International Governance Innovation", "think_tank", "CA"),
    ("Americas Society/Council of the Americas", "think_tank", "US"),
    ("COMEXI", "think_tank", "MX"),
    ("APEC", "international", ""),
    ("Asia-Pacific Economic Cooperation", "international", ""),
    ("G7", "international", ""),
    ("USMCA", "agreement", ""),
    ("CUSMA", "agreement", ""),
    ("T-MEC", "agreement", ""),
    ("ACEUM", "agreement", ""),
    ("Accord Canada–États-Unis–Mexique", "agreement", ""),
    ("NAFTA", "agreement", ""),
    ("ALENA", "agreement", ""),
    ("CPTPP", "agreement", ""),
    ("Seasonal Agricultural Worker Program", "agreement", ""),
    ("PTAT", "agreement", ""),
    ("Canada-Mexico Partnership", "agreement", ""),
    ("Plan d'action Canada-Mexique", "agreement", ""),
    ("Paris Agreement", "agreement", ""),
    ("Canadian Press", "media", "CA"),
    ("La Presse canadienne", "media", "CA"),
    ("CNW", "media", "CA"),
    ("El Universal", "media", "MX"),
    # the Spanish hotel chains of Mexico's resorts, and the airline and fair of Madrid
    ("Meliá", "company", "ES"),
    ("Iberostar", "company", "ES"),
    ("Barceló", "company", "ES"),
    ("Riu", "company", "ES"),
    ("Iberia", "company", "ES"),
    ("Ifema", "company", "ES"),
])
def test_well_known_organizations_are_present(label, kind, country):
    matches = find_named("organizations.csv", label)
    assert len(matches) == 1, f"{label!r} should resolve to exactly one organisation"
    assert (matches[0]["kind"], matches[0]["country"]) == (kind, country), label


# --------------------------------------------------------------------------- places

def test_place_enums_and_codes():
    known = codes()
    seen = set()
    for i, r in enumerate(rows("places.csv"), start=2):
        assert r["kind"] in PLACE_KINDS, f"places.csv:{i} kind {r['kind']!r}"
        if r["country"]:
            assert r["country"] in known, f"places.csv:{i} country {r['country']!r}"
        else:
            assert r["kind"] == "region", f"places.csv:{i} only regions may span countries"
        key = (r["name"], r["country"], r["kind"])
        assert key not in seen, f"places.csv:{i} duplicate {key}"
        seen.add(key)


def test_no_alias_shared_by_two_places():
    names = defaultdict(set)
    for r in rows("places.csv"):
        names[norm(r["name"])].add((r["name"], r["country"], r["kind"]))
    owner: dict[str, tuple] = {}
    for r in rows("places.csv"):
        me = (r["name"], r["country"], r["kind"])
        for alias in split(r["aliases"]):
            key = norm(alias)
            assert not (names.get(key, set()) - {me}), \
                f"alias {alias!r} of {me} names another place"
            other = owner.setdefault(key, me)
            assert other == me, f"alias {alias!r} shared by {other} and {me}"


def test_no_country_name_listed_as_a_place():
    country_names = {norm(n) for r in rows("countries.csv") for n in split(r["names"])}
    for r in rows("places.csv"):
        for label in [r["name"], *split(r["aliases"])]:
            assert norm(label) not in country_names, f"{label!r} is a country name"
    mexico_city = find_named("places.csv", "Mexico City")
    assert len(mexico_city) == 1
    assert not {"mexico", "mexique"} & {norm(a) for a in split(mexico_city[0]["aliases"])}


def test_all_provinces_territories_and_federal_entities():
    places = rows("places.csv")
    ca = {r["name"] for r in places
          if r["country"] == "CA" and r["kind"] in {"province", "territory"}}
    assert len(ca) == 13, sorted(ca)
    mx_states = {r["name"] for r in places if r["country"] == "MX" and r["kind"] == "state"}
    assert len(mx_states) == 31, sorted(mx_states)  # plus Mexico City, listed as a city
    assert find_named("places.csv", "CDMX")[0]["name"] == "Mexico City"
    us_states = {r["name"] for r in places if r["country"] == "US" and r["kind"] == "state"}
    assert len(us_states) == 50, sorted(us_states)


@pytest.mark.parametrize("label,country,name", [
    ("Ciudad de México", "MX", "Mexico City"),
    ("Ville de Mexico", "MX", "Mexico City"),
    ("Guadalajara", "MX", "Guadalajara"),
    ("Acapulco", "MX", "Acapulco"),
    ("Monterrey", "MX", "Monterrey"),
    ("Nuevo Leon", "MX", "Nuevo León"),
    ("Palais national", "MX", "Palacio Nacional"),
    ("National Palace", "MX", "Palacio Nacional"),
    ("Ontario", "CA", "Ontario"),
    ("Ottawa", "CA", "Ottawa"),
    ("Québec", "CA", "Quebec"),
    ("Colombie-Britannique", "CA", "British Columbia"),
    ("Columbia Británica", "CA", "British Columbia"),
    ("Kananaskis", "CA", "Kananaskis"),
    ("Mirabel", "CA", "Mirabel"),
    ("Monteregie", "CA", "Montérégie"),
    ("Laurentians", "CA", "Laurentides"),
    ("Lanaudière", "CA", "Lanaudière"),
    ("Baie-James", "CA", "Baie-James"),
    ("Bahía James", "CA", "Baie-James"),
    ("Côte-Nord", "CA", "Côte-Nord"),
    ("Abitibi-Temiscamingue", "CA", "Abitibi-Témiscamingue"),
    ("Los Cabos", "MX", "Los Cabos"),
    ("San Francisco", "US", "San Francisco"),
    ("Washington", "US", "Washington, D.C."),
    ("Washington DC", "US", "Washington, D.C."),
    ("Beijing", "CN", "Beijing"),
    ("Bruxelles", "BE", "Brussels"),
    # host cities of the summits and conferences where ministers meet on the margins
    ("Bakou", "AZ", "Baku"),
    ("Bakú", "AZ", "Baku"),
    ("Marrakech", "MA", "Marrakesh"),
    ("Punta del Este", "UY", "Punta del Este"),
    ("Chapada dos Guimarães", "BR", "Chapada dos Guimarães"),
    ("Mato Grosso", "BR", "Mato Grosso"),
    ("Palma de Mallorca", "ES", "Palma de Mallorca"),
    ("Palma de Majorque", "ES", "Palma de Mallorca"),
    ("Islas Baleares", "ES", "Balearic Islands"),
])
def test_well_known_places_are_present(label, country, name):
    matches = find_named("places.csv", label)
    assert len(matches) == 1, f"{label!r} should resolve to exactly one place"
    assert (matches[0]["name"], matches[0]["country"]) == (name, country)


def test_city_counts():
    places = rows("places.csv")

    def count(cc: str) -> int:
        return sum(1 for r in places if r["country"] == cc and r["kind"] == "city")

    assert count("CA") >= 40
    assert count("MX") >= 60
    assert count("US") >= 40


# --------------------------------------------------------------------------- given names

def test_extra_given_names_are_unique_and_never_a_country_or_a_common_word():
    # A name that folds to a country, a demonym or a common word would make "Real Policía
    # Montada" or "Abril" a person's name.
    names = [r["name"] for r in rows("given_names.csv")]
    assert len({norm(n) for n in names}) == len(names)
    countries = {norm(w) for r in rows("countries.csv")
                 for col in ("names", "demonyms", "regional_demonyms") for w in split(r[col])}
    common = {"real", "abril", "mayo", "rosa", "luz", "paz", "sol", "cruz", "mar"}
    assert not [n for n in names if norm(n) in countries | common]
