"""Recognise the people, organisations, places and countries an article names.

Three passes over the tokens of a ``Doc``:

1. gazetteer: the longest known alias starting at each capitalised token (people,
   organisations, places, countries), plus demonyms in any case ("mexicaine");
2. capitalised runs the gazetteer does not know, split at titles and honorifics and
   classified by cues: an organisation head word ("Ministry", "Instituto", "Banque"),
   the "<Something> Canada" pattern, a title or honorific before a name, a common given
   name, an appositive person noun ("Name, an economist");
3. surname-only references ("Champagne", "López Obrador", "Anand’s") resolved to the
   people already found, or through the gazetteer when a title introduces them
   ("Minister Dion").

The result lists each entity once with all its mention spans.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import compress, count, pairwise
from operator import or_

from extractors.dates import MONTHS
from extractors.gazetteer import (
    FULL_STOP,
    NAME_CONNECTORS,
    Entries,
    Knowledge,
    KnownOrg,
    KnownPerson,
    KnownPlace,
    surname_keys,
)
from extractors.lexicon import Lexicon
from extractors.mentions import Mention
from extractors.text import ELISION, SPANISH_PAST_ENDS, Doc, bare, fold
from extractors.tokens import TokenColumns, soft_gap, tokenize

_STEM = 5                  # letters that compare two names' words across languages
# What a person is named for after the name: "Alfonso Cuarón for Gravity".
_FOR_WORDS = frozenset({"for", "por", "pour"})
# The "of" of a trade's field before a name: "économiste du sport", "economista del deporte".
_FIELD_OF = frozenset({"du", "del", "de", "des"})
# Lower-case words allowed inside an organisation name.
ORG_CONNECTORS = NAME_CONNECTORS | frozenset(
    "of for and the on in to et pour sur en d' l' a au aux para por e".split())
# Endings of French and Spanish adjectives after a capitalised noun in a portfolio's
# name ("Développement rural", "Commerce international", "Desarrollo regional").
_ROMANCE_ADJECTIVE = re.compile(r"(?:al|ale|ales|aux|ique|iques|ien|ienne|el|elle|if|ive|"
                                r"aire|ario|aria|ico|ica|ivo|iva|ero|era|eur|euse|een|eenne|"
                                r"eo|ea)$")
# A word with a capital inside it that no surname prefix explains: a brand's name.
_BRAND = re.compile(r"(?!(?:Mc|Mac|De|Le|La|Di|Du|Da|Van|Von|Fitz|St|O['’])[A-Z])"
                    r"[A-Z][a-z]+[A-Z][A-Za-z]*$")
# "and" between two titled people: "Minister X and Secretary Y".
_PAIR_JOINERS = frozenset({"and", "y", "et", "e"})
# The offices whose holders a surname alone may name (``_lone_known_surnames``).
_CABINET_ROLES = frozenset({"minister", "head_of_government", "head_of_state"})
# The fewest letters of a surname a handle must spell to name its person (``_handles``).
_HANDLE_SURNAME = 4
# Relative pronouns only a person takes ("qui" is also a thing's).
_WHO_PERSON = frozenset({"who", "quien", "quienes"})
# A French article or preposition elided onto a name's first word: "d'Andrés", "l’Omar".
_ELIDED_NAME = re.compile(r"[dl]['’](?=[^\W\d_])")
# Before a hyphen, what makes a place's old town or greater area: "Vieux-Montréal".
_OLD_OR_GREATER = frozenset({"vieux", "vieille", "grand", "grande"})
# A French pronoun or negation elided onto a verb: "n’a", "s’en", "qu’il", "c’est".
_ELIDED_CLITIC = re.compile(r"(?:[nsjmtc]|qu)['’]", re.IGNORECASE)
# Negations before a verb, in lower case ("Restos No Identificados" is a name's).
_NEGATIONS = frozenset("no ne nunca jamás jamais".split())
_LIST_OF_PLACES = _PAIR_JOINERS | {"or", "o", "ou", "u"}
_PLURAL_ARTICLES = frozenset({"les", "los", "las"})
# Capitalised words that start sentences or headings and are never names.
# Particles inside Spanish and French surnames ("del Valle", "de los Santos", "de la Luz").
_NAME_PARTICLES = frozenset({"de", "del", "la", "las", "los"})
_ARTICLE_PARTICLES = frozenset({"la", "las", "los"})
FUNCTION_WORDS = frozenset(fold(w) for w in """
The A An In On At As By For From With Without Of To And But Or Nor If When While Where
After Before During Since Until Under Over Between Among Through Across Against About
This That These Those Their There Here Its It He She They We I You Our His Her My Your
Today Yesterday Tomorrow Tonight Now Yet Still Also Even Only Both Each Every All Some
Later Earlier Afterwards Luego Después Ensuite
Meanwhile However Currently Historically Traditionally Recently Nevertheless Moreover
According Behind Despite Including Such What Who Why How Which Whose Nearly More Most
Many Much Several Other Another Over Mr Ms Dr Main Content Readout Speech Statement
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April
June July August September October November December Sept Jan Feb Mar Apr Jun Jul Aug Oct
Nov Dec El La Los Las Lo Un Una Unos Unas En Con Por Para Del Al Y O Pero Si Cuando
Mientras Donde Durante Desde Hasta Según Sobre Entre Hoy Ayer Mañana Este Esta Estos
Estas Ese Esa Su Sus Nuestro Nuestra Además También Sin Ante Tras Lunes Martes Miércoles
Jueves Viernes Sábado Domingo Enero Febrero Marzo Abril Junio Agosto Septiembre
Octubre Noviembre Diciembre Le Les Des Du De Une Au Aux Dans Sur Avec Sans Pour Selon
Lors Depuis Pendant Entre Et Ou Mais Quand Alors Aujourd Hier Demain Ce Cette Ces Son Sa
Ses Leur Leurs Notre Nos Il Elle Ils Elles Nous Vous On Lundi Mardi Mercredi Jeudi
Vendredi Samedi Dimanche Janvier Février Mars Avril Mai Juin Juillet Août Septembre
Octobre Novembre Décembre Par Ainsi Enfin Puis Compte Rendu Communiqué Lien Connexe Chez
Associated Links Contacts Page Details Date Modified Photo Foto Crédit Credit Source
Que Qué Quién Quiénes Cuál Cuáles Cómo Cuánto Cuánta Cuántos Cuántas Qui Quoi Quel Quelle
Quels Quelles Comment Pourquoi Combien Ni Tanto Tant
Following Regarding Concerning Amid Upon Ahead Throughout Toward Towards Alongside
""".split()) | frozenset({"canadian", "mexican", "north", "american", "latin"})
# Words of nationality that lead a run without being part of a person's name ("Canadian
# Foreign Minister", "North American leaders") but may lead a body's ("Canadian Cattle
# Association", "North American Development Bank").
_NATIONAL_LEADS = frozenset({"canadian", "mexican", "north", "american", "latin"})
# Local offices whose holder is named after the town's name: "el presidente municipal de
# X, Y", "the mayor of X, Y", "le maire d’X, Y".
_LOCAL_OFFICES = frozenset(fold(w) for w in """mayor maire mairesse alcalde alcaldesa municipal
reeve préfet préfète""".split())
# A saint's name before a hyphen opens a town's: "Saint-Rémi", "Sainte-Julie", "St-Jérôme".
_SAINTS = frozenset({"saint", "sainte", "st", "ste"})
# And before a space in Spanish: "San Quintín", "Santa Rosalía".
_SANTOS = frozenset({"san", "santa", "santo"})
_COUNTRY_TAILS = frozenset({"canada", "mexico", "mexique"})
# Prepositions before a place, as written (French "à", not the verb "a").
# Nouns of a town, before its name and "of"/"de".
_SETTLEMENTS = frozenset(fold(w) for w in """town city village municipality township hamlet
municipio ciudad pueblo poblado localidad comunidad ranchería ejido villa ville municipalité
localité hameau bourg towns villages municipalities townships municipios ciudades pueblos
poblados localidades comunidades ejidos villes municipalités localités""".split())
_LOCATIVES = frozenset({"in", "at", "near", "à", "au", "en", "dans", "près", "desde", "hacia",
                        "cerca"})
# Words before a name that put it among places ("in Whitehorse", "de León", "Regina and
# Whitehorse"), not a person's surname (``_surnames_not_places``).
_AMONG_PLACES = _LOCATIVES | frozenset(fold(w) for w in """from to into of the across
outside toward towards between via de del a al el la le les los las du des aux vers depuis
por para entre sur pour par and y et or o ou""".split())
# The word just before a span, when only spaces stand between (a word before a comma or a
# quotation mark opens no place phrase); a comma and a name just after one.
_WORD_BEFORE_SPAN = re.compile(r"([^\W\d_]+)[ \u00a0]+\Z")
_PLACE_AFTER_COMMA = re.compile(r",\s+(?=[A-ZÁÉÍÓÚÑ])")
# Head words of French and Spanish bodies whose names go on in lower case.
_ROMANCE_ORG_HEADS = frozenset("""ministere secretariat ministerio secretaria conseil centre
institut agence commission chambre bureau federation association societe universite
instituto centro consejo comision camara oficina fundacion asociacion universidad
federacion departement cercle circulo groupe grupo reseau red ligue liga cooperative
cooperativa alliance alianza coalition coalicion fondation syndicat sindicato
confederation confederacion union comite observatoire observatorio ecole escuela college
colegio banque banco organisation organizacion fonds fondo programme programa initiative
iniciativa consortium consorcio delegation delegacion office garde defensoria
procuraduria fiscalia unite unidad chaire catedra cartel""".split())
# A verb in the future tense, third person, in lower case: "le ministère de l’Agriculture
# publiera", "la Secretaría de Economía publicará" (Spanish ones all bear an accent); in
# French the conditional too, "le budget de la Chambre serait" (not "portrait", "retrait";
# Spanish "-ría" ends nouns: "la Contraloría", "la minería").
_FUTURE_VERB = {False: re.compile(r"^[a-zàâçéèêëîïôûù]+(?:era|ira|eront|iront|rra|rront|vra|"
                                  r"vront|dra|dront|(?<!t)rait|(?<!t)raient)$"),
                True: re.compile(r"^[a-záéíóúñ]{2,}(?:á|án)$")}
# Conventionally written in lower case in French: "le ministère des Finances".
# (and a cartel: "le cartel de Sinaloa", "el cártel de Sinaloa")
_LOWERCASE_MINISTRIES = frozenset({"ministere", "secretariat", "departement", "cartel"})
# A country's missions, written in lower case in French and often in Spanish when a
# country follows: "le consulat général du Mexique à Montréal", "la embajada de Canadá".
_LOWERCASE_MISSIONS = frozenset({"consulat", "ambassade", "consulado", "embajada"})
_ARTICLES_BEFORE_BODY = frozenset({"le", "la", "les", "el", "los", "las"})
_ROMANCE_VERBS = frozenset("""a ont est sont sera seront fut etait avait es fue era ha han
sera seran dijo indico affirme annonce se avaient etaient aura auront va vont doit doivent
peut peuvent habia habian habra esta estan estaba va van puede pueden debe deben
assure affirme indique souligne precise estime rappelle explique ajoute signale soutient
reconnait denonce declare confirme conclut juge
asegura afirma indica senala precisa estima recuerda explica agrega anade sostiene
reconoce denuncia declara confirma concluye informa considera
""".split())   # (and "se", opening "se reunió"; verbs of saying in the present: "le
# ministère mexicain de l’Économie assure que …")
# The gaps around a nickname between a given name and a surname.
_NICKNAME_OPENS = frozenset({" “", ' "', " «", " « ", " ‘", " '"})
_NICKNAME_CLOSES = frozenset({"” ", '" ', "» ", " » ", "’ ", "' "})
# Abbreviations inside place names ("Sault Ste. Marie", "St. Catharines", "Mt. Royal")
# and of titles before a name ("Rep. Daniel Kearny", "Gen. Ana Ruiz").
_NAME_ABBREVIATIONS = frozenset({"st", "ste", "mt", "ft", "rep", "sen", "gov", "gen",
                                 "maj", "lt", "col", "capt", "adm", "cmdr", "sgt", "gral"})
# Months that are also names, read as months only before a day: "on May 12".
_NAME_MONTHS = frozenset({"may", "mayo"})
# The words that join a body's name to the place that ends it.
_PLACE_OF = frozenset({"of", "de", "del", "du", "des"})
# Words before "American" that make it a continent's ("North American"), and demonyms
# that are a continent's in a body's name.
CONTINENTS = frozenset({"north", "south", "latin", "latino", "central", "nord", "sud"})
_CONTINENTAL_DEMONYMS = frozenset({"norteamericano", "norteamericana", "norteamericanos",
                                   "norteamericanas"})
# Words that make a place of the capitalised name after them, never a person:
# "Sierra Tarahumara", "Río Bravo", "Lake Erie", "Mont Tremblant", "Golfe du Mexique".
_GEO_WORDS = frozenset(fold(w) for w in """
sierra río rio lago laguna lake lac mont monte mount golfe golfo gulf bahía bahia baie bay
cerro volcán volcan isla ile île island cape cabo cap river rivière riviere valle vallée
valley desierto desert désert cañón canon canyon barranca península peninsula péninsule
presa nevado pico playa
""".split())
# Nouns of a named site written in lower case before its name in French and Spanish
# ("le circuit Gilles-Villeneuve", "le marché Jean-Talon", "la avenida Juárez"): the name
# after them is the site's, not a person's.
_VENUE_NOUNS = frozenset(fold(w) for w in """
circuit marché rue boulevard avenue parc pont stade aéroport autoroute quai station
calle avenida colonia estadio aeropuerto parque puente bulevar plaza paseo carretera
mercado glorieta édifice edificio immeuble pavillon auditorium auditorio place square
""".split())
# Languages, capitalised in English ("then in English"), sometimes in Spanish and French:
# not places after "in", "en".
_LANGUAGE_NAMES = frozenset(fold(w) for w in """english french spanish portuguese italian
german mandarin cantonese chinese arabic japanese korean hindi punjabi tagalog russian
nahuatl náhuatl maya zapotec mixtec inglés español francés portugués anglais français
espagnol portugais""".split())
# Nouns that end no body's name: a run ending with one names an event, a case or a field
# ("The Commission Meeting", "the Energy Dispute", "the Energy Sector").
_NOT_A_BODY_ENDS = frozenset(fold(w) for w in """meeting meetings dispute disputes sector
sectors talks session sessions review crisis""".split())
# Those of them that name a street or a road.
_STREET_NOUNS = frozenset(fold(w) for w in """rue boulevard avenue autoroute quai calle
avenida bulevar paseo carretera glorieta place square plaza""".split())
_SITE_LINKS = frozenset({"de", "du", "des", "del"})
# What may stand between a venue's noun and its name: "boulevard de la Côte-Vertu".
_VENUE_LINKS = _SITE_LINKS | {"la", "las", "los", "le", "l"}
# English streets, named before their noun: "Augusta Avenue", "Yonge Street".
# (and other sites named before their noun: "Jordan Station", "Kelly Bridge")
_STREET_ENDS = frozenset("""avenue street road boulevard drive lane crescent highway
parkway station bridge square market terminal airport pier wharf harbour harbor""".split())
# French and Spanish nouns of geography written in lower case before "de" and a name.
# (Not a valley: "valle de Okanagan" is the Okanagan.)
_SITE_NOUNS = frozenset(fold(w) for w in """golfe golfo fleuve lac lago laguna baie bahía mont
monte sierra barrage presa péninsule península détroit estrecho mer mar isla île cerro
volcán""".split())
# Common nouns for companies, before one's name (folded).
_COMPANY_NOUNS = frozenset(fold(w) for w in """company firm maker manufacturer producer
miner insurer lender bank carrier airline retailer developer operator group empresa
compañía firma fabricante productora minera aseguradora aerolínea operadora constructora
société entreprise fabricant producteur minière assureur transporteur
promoter restaurant restaurante collective colectivo collectif cooperative cooperativa
coopérative startup distributor distribuidora distributeur exporter exportadora
exportateur brewery cervecería brasserie winery vinícola
""".split())
# The same after a name, in an apposition: "X, una empresa con capital de …", "X, a firm
# based in …", "X, une entreprise de …" (not the nouns a person is described by too:
# "producer", "productora").
_COMPANY_APPOSITIVES = frozenset(fold(w) for w in """company firm empresa compañía firma
société entreprise compagnie startup cooperative cooperativa coopérative""".split())
_INDEFINITE = frozenset({"a", "an", "un", "una", "une"})
# The words that join a title to the body it heads, and the presidents among titles.
_OF_A_BODY = frozenset({"of", "de", "del", "du", "des", "at", "chez", "en"})
_AFFILIATIONS = frozenset({"of", "from", "de", "du"})
# A French or Spanish adjective after a trade's noun: "économiste agricole", "analista
# político", "chercheuse principale".
_TRADE_ADJECTIVE = re.compile(r"(?:ole|ola|olo|ique|ico|ica|al|ale|el|elle|aire|ario|aria|"
                              r"ien|ienne|ano|ana|ain|aine|if|ive|ivo|iva)$")
# The particles inside hyphenated French names: "Jardins-de-Napierville",
# "Saint-Jean-sur-Richelieu", "Notre-Dame-du-Lac".
_COMPOUND_LINKS = frozenset({"de", "du", "des", "la", "le", "les", "sur", "en", "d", "l"})
# The verbs of English headlines in title case ("Premier Ford Wraps Up Trade Mission"):
# none of them a surname.
HEADLINE_VERBS = frozenset("""meets visits wraps heads travels signs says urges announces
    welcomes launches hosts leads opens pledges promises warns tours arrives concludes
    begins ends completes unveils discusses holds joins seeks presses pushes backs defends
    rejects vows talks calls kicks touts lands returns""".split())
_HEADLINE_VERBS_FIRST = frozenset(fold(w) for w in """rechaza rechazan aprueba aprueban avala
    avalan anuncia anuncian firma firman pide piden exige exigen advierte advierten recibe
    reciben reitera reiteran acuerdan analizan conversan dialogan critica critican defiende
    defienden propone proponen impulsa impulsan suspende suspenden condena condenan lamenta
    lamentan descarta descartan confirma confirman niega niegan urge urgen alista alistan
    prevé prevén ratifica ratifican refrenda refrendan""".split())
_PRESIDENTS = frozenset({"president", "presidente", "presidenta"})
_IN = frozenset({"in", "en", "a", "at"})
# The last words of venues named after a body: "Scotiabank Arena", "BMO Field".
_VENUE_ENDS = frozenset(fold(w) for w in """
field place arena centre center stadium park hall tower building square plaza gardens
stade estadio parque
""".split())
# The last words of buildings and halls, named for people as often as not (not "Park",
# "Field" or "Hall": surnames too).
_BUILDING_ENDS = frozenset("""building centre center arena tower stadium theatre theater
auditorium pavilion""".split())
# "San Rafael", "Santa Fe", "Saint-Jean": places and saints, not given names.
_SAINT_WORDS = frozenset({"san", "santa", "santo", "saint", "sainte", "st", "ste", "sao"})
# "Secretaría" (a ministry) folds to "secretaria" (a woman secretary); the accent decides.
_MINISTRY_WORDS = frozenset({"secretaría", "secretarías"})


@dataclass
class PersonEntity:
    name: str                                   # fullest form used, or the gazetteer's
    known: KnownPerson | None = None
    spans: list[tuple[int, int]] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)   # full-name forms the article uses

    @property
    def display(self) -> str:
        """The fullest form the article uses; the gazetteer's name when the article
        only uses a surname ("Minister Dion" -> "Stéphane Dion")."""
        clean = [" ".join(f.replace("[", "").replace("]", "").split()) for f in self.forms]
        clean = [f for f in clean if len(f.split()) >= 2]
        if not self.known:
            clean.append(self.name)
        if not clean:
            return self.name
        # Among forms as full, the first in code-point order (capitals first), whatever
        # order the set of forms iterates in (it changes with the process's hash seed); a
        # form in capitals ("SECRETARIO MARCELO EBRARD:") only when there is no other.
        best = max(sorted(clean), key=lambda n: (not n.isupper(), len(n.split()), len(n)))
        return self.name if best.isupper() and self.known else best


@dataclass
class NamedEntity:
    name: str                                   # the gazetteer's name, or as written
    kind: str                                   # organisation kind, or place kind
    country: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)    # how the article writes it

    @property
    def display(self) -> str:
        """The fullest form the article uses: 'Secretaría de Relaciones Exteriores'
        rather than 'SRE'."""
        best = max(sorted(self.forms or {self.name}),    # ties: as ``PersonEntity.display``
                   key=lambda f: (not f.isupper(), len(f.split()), len(f)))
        if best.isupper() and len(best) > 5 or self.name == best + ".":
            return self.name    # (the full stop a sentence took: "Washington, D.C.")
        return best


@dataclass
class Entities:
    people: list[PersonEntity]
    orgs: list[NamedEntity]
    places: list[NamedEntity]
    countries: Counter
    country_spans: list[tuple[int, int, str]]
    mentions: list[Mention]
    tokens: TokenColumns


def _bare(word: str) -> str:
    """'Anand’s' -> 'anand', 'd’Ebrard' -> 'ebrard' (folded)."""
    return fold(bare(word))


# Trades in the plural, which name a body of people and no one person (folded).
_TRADES_PLURAL = frozenset("""growers producers farmers workers exporters importers
manufacturers processors ranchers fishers fishermen makers traders productores agricultores
ganaderos trabajadores exportadores producteurs agriculteurs eleveurs travailleurs
exportateurs""".split())


@lru_cache(maxsize=1 << 12)       # the same people come back, article after article
def _surname_keys(name: str, given_names: frozenset[str]) -> frozenset[str]:
    """``surname_keys``, frozen: it is asked again for every form of every person; a
    hyphenated one also as the article's tokens read it ("Lapointe-Roy": "lapointe roy")."""
    return frozenset(form for key in surname_keys(name, given_names)
                     for form in (key, key.replace("-", " ")))


@lru_cache(maxsize=1 << 16)       # the same words come back, article after article
def _bare_fold(word: str) -> str:
    """A token's folded text, without an elided article or a possessive when it has an
    apostrophe: 'Anand’s' -> 'anand', 'Canada' -> 'canada'."""
    folded = fold(word)
    return _bare(word) if "'" in folded else folded


@lru_cache(maxsize=1 << 12)       # the same few gaps come back: " ", ", ", ". "
def _breaks_name(gap: str) -> bool:
    """Whether a gap between two tokens ends a name: a sentence or line break, brackets,
    quotation marks."""
    return any(c in gap for c in ("\n", ". ", "(", ")", ";", ":", "“", "”", '"', "«", "»"))


# The words before an outlet told something: "dijo a EFE", "a dit à l'AFP", "told CBC".
_TOLD_OUTLET = frozenset({"a", "al", "à", "au", "to", "told", "l'", "l’"})


class _Recogniser:
    def __init__(self, doc: Doc, kb: Knowledge, lex: Lexicon, published: str | None) -> None:
        self.doc, self.kb, self.lex, self.published = doc, kb, lex, published
        self.toks = tokenize(doc.text)
        self.n = len(self.toks)          # read often; the columns' len() is a call
        self.folds = list(map(_bare_fold, self.toks.text))
        # A given name whose accents tell it from the demonym it folds to ("Germán
        # Larrea", not "German") keeps them: a name's word, not a country's.
        demonyms, given = kb.demonyms, kb.given_names
        for k in [k for k, f in enumerate(self.folds) if f in demonyms]:
            if (accented := unicodedata.normalize("NFC", self.toks.text[k].lower())) in given:
                self.folds[k] = accented
        self.taken = [False] * self.n
        self.people: dict[str, PersonEntity] = {}
        self.last_words: set[str] = set()      # the last word of each of their names, folded
        self.orgs: dict[str, NamedEntity] = {}
        # Acronyms the article spells out for itself, and the body the gazetteer gave them.
        self._respelled: dict[str, NamedEntity] = {}
        self.places: dict[str, NamedEntity] = {}
        self.countries: Counter = Counter()
        self.country_spans: list[tuple[int, int, str]] = []
        self.pending_surnames: list[int] = []   # tokens of surnames after a title
        self._pairs: set[tuple[str, str]] | None = None     # ``_name_word_pairs``
        self.place_ends: set[int] = set()       # where a place the gazetteer lacks ends
        self.known_place_ends: set[int] = set()  # and where a city it knows ends
        self.short_names: dict[str, NamedEntity] = {}   # "CanCham" -> its body
        # Tokens of a place left to the body whose name it ends, with the place's country
        # ("University of Victoria", "Asociación de Mineros de Sonora").
        self.place_in_body: dict[int, str | None] = {}

    # -- helpers ---------------------------------------------------------------
    def _span_ok(self, i: int, j: int) -> bool:
        """Tokens i..j-1 read as one name: no sentence or line break between them (the
        full stop of "St." or "Ste." is none: "Sault Ste. Marie")."""
        toks = self.toks
        return not any(_breaks_name(toks.gap[k]) and not self._abbreviation_stop(k)
                       for k in range(i + 1, j))

    def _stop_after(self, k: int) -> bool:
        """Whether a full stop follows token k ("Toronto, Ont.")."""
        return self.doc.text.startswith(".", self.toks.end[k])

    def _abbreviation_stop(self, k: int) -> bool:
        """Whether the gap before token k is the full stop of "St.", "Ste.", "Mt."."""
        return self.toks.gap[k] == ". " and self.folds[k - 1] in _NAME_ABBREVIATIONS \
            and self.toks.cap[k - 1]

    def _head_at(self, i: int) -> tuple[int, str] | None:
        # (Most words start no title: the trie is not walked for them.)
        if self.folds[i] not in self.lex.heads.root \
                or self.toks.text[i].lower() in _MINISTRY_WORDS:
            return None
        m = self.lex.heads_at(self.folds, i, self.doc.language)
        if not m:
            return None
        end, roles = m
        return end, str(roles[0])

    def _is_titleish(self, i: int) -> bool:
        f = self.folds[i]
        return (f in self.lex.head_words or f in self.lex.honorifics
                or f in self.kb.demonyms)

    def _text(self, i: int, j: int) -> str:
        return self.doc.text[self.toks.start[i]:self.toks.end[j - 1]]

    # -- pass 1: gazetteer -------------------------------------------------------
    def gazetteer(self) -> None:
        folds, caps, uppers = self.folds, self.toks.cap, self.toks.upper
        first_words = self.kb.trie.root          # the words a known name may start with
        demonyms = self.kb.demonyms
        # (and those of names the gazetteer writes in lower case: "cartel de Sinaloa")
        lower_first = self.kb.trie.lower_first
        done = 0                                 # the tokens before this one are read
        # Only a token that may start a name or is a demonym can be read; the others are
        # passed over at once.
        for i in [i for i, f in enumerate(folds) if f in first_words or f in demonyms]:
            if i < done or i in self.place_in_body:
                continue
            if i and self._venue_noun(i - 1) \
                    and soft_gap(self.toks.gap[i]) and self.toks.cap[i]:
                continue        # "avenida Juárez", "calle Madero": a site's name (``runs``)
            if i >= 2 and folds[i - 1] in _SITE_LINKS and self._named_site_of(i) \
                    or i >= 2 and folds[i - 1] == "of" \
                    and folds[i - 2] in _GEO_WORDS and caps[i - 2] and caps[i] \
                    and soft_gap(self.toks.gap[i]) and soft_gap(self.toks.gap[i - 1]):
                continue        # "golfe de Californie", "Gulf of California" (``runs``)
            if i >= 2 and self.toks.gap[i] == "-" and self.toks.gap[i - 1] == "-" \
                    and folds[i - 1] in _COMPOUND_LINKS:
                continue        # "MRC des Jardins-de-Napierville": inside a compound name
            if i >= 1 and self.toks.gap[i] == "-" and caps[i - 1] and not self.taken[i - 1] \
                    and done < i and folds[i - 1] not in first_words \
                    and folds[i - 1] not in demonyms and folds[i - 1] not in _OLD_OR_GREATER:
                continue        # "Antoine Desrochers-Lima", "WWF-Mexico": the end of a
                # compound name, not a place joined to another ("Ottawa-Gatineau", "United
                # States-Mexico") nor the old town or the greater city ("Vieux-Montréal")
            cap, f = caps[i], folds[i]
            # A name may start with a function word when it has more words ("North
            # America", "Latin America", "Los Cabos", "La Jornada"); not with a demonym
            # ("Mexican government" is how articles say who acted, not a body's name).
            lead = cap and f not in FUNCTION_WORDS or uppers[i]
            if (lead or cap and f not in demonyms) and f in first_words:
                if f in FUNCTION_WORDS and self._longer_after_article(i):
                    continue    # "La Caisse de dépôt et placement du Québec": the full
                    # name, not the short one that starts with its article ("La Caisse")
                accepted = self._known_name_at(i, lead and cap, f in FUNCTION_WORDS)
                if accepted:
                    done = accepted
                    continue
            elif not cap and f in lower_first:
                accepted = next((j for j, values in self.kb.trie.matches(folds, i)
                                 if tuple(folds[i:j]) in self.kb.trie.lower
                                 and self._span_ok(i, j)
                                 and self._accept_gazetteer(i, j, values)), None)
                if accepted:
                    done = accepted
                    continue
            if f in demonyms:
                self._add_country(demonyms[f], i, i + 1)

    def _longer_after_article(self, i: int) -> bool:
        """Whether a known name starting right after the article at token i runs past
        every known name that starts with the article."""
        trie, folds = self.kb.trie, self.folds
        after = trie.match(folds, i + 1)
        if after is None or not soft_gap(self.toks.gap[i + 1]):
            return False
        with_article = trie.match(folds, i)
        return with_article is None or after[0] > with_article[0]

    def _outlet_after_article(self, i: int) -> bool:
        """Whether the word at i, after a contracted article ("au", "al"), is the name of
        an outlet the gazetteer knows with that article ("Le Devoir", "El Universal")."""
        if self.folds[i - 1] not in ("au", "al"):
            return False
        article = "le" if self.folds[i - 1] == "au" else "el"
        m = self.kb.trie.match([article, self.folds[i]], 0)
        return m is not None and m[0] == 2 and any(v[0] == "org" for v in m[1])

    def _known_name_at(self, i: int, word_alone: bool, article: bool) -> int | None:
        """Where the longest known name the gazetteer accepts at token i ends; a one-word
        name only when ``word_alone`` allows it. A name that starts with an ``article``
        has a word in capitals after it: "El Economista" is the paper, "el economista"
        an economist; "La Presse", not "la presse canadienne"."""
        caps, uppers = self.toks.cap, self.toks.upper
        for j, values in self.kb.trie.matches(self.folds, i):
            if j - i == 1:
                if not word_alone:
                    continue
            elif not self._span_ok(i, j) or article and not any(
                    caps[k] or uppers[k] for k in range(i + 1, j)):
                continue
            elif j - i < 4 and any("," in self.toks.gap[k] for k in range(i + 1, j)):
                # Across a comma, a short name is a place's ("Toronto, Ontario"), not a
                # body's: "HSBC, Mexico's largest lender" is not HSBC México.
                values = Entries(v for v in values if v[0] == "place")
                if not values:
                    continue
            if self._accept_gazetteer(i, j, values):
                return j
        return None

    def _accept_gazetteer(self, i: int, j: int, values: Entries) -> bool:
        # (Values with no alias in capitals all stand: their summaries serve as they are.)
        if values.needs_capitals:
            # (``upper`` reads the word bare: "l’OTAN", "NATO’s".)
            values = Entries(v for v in values if not v[2] or all(
                self.toks.upper[i + p] if p != FULL_STOP else self._stop_after(j - 1)
                for p in v[2] if i + p < j))
        if not values:
            return False
        if j - i == 1:
            # (Only bodies and places are ever refused here; a country or a person stands.)
            if values.bodies_or_places and not self._lone_body_or_place(i):
                return False
            # In French, "Mexico" is the capital; the country is "Mexique".
            if self.doc.language == "fr" and self.folds[i] == "mexico" \
                    and "Mexico City" in self.kb.places:
                values = Entries([("place", "Mexico City", frozenset())])
            # In Mexican Spanish, "EU" is the United States, not the European Union.
            if self.doc.language == "es" and self.toks.text[i] == "EU":
                values = Entries([("country", "US", frozenset())])
        first = values.first_kind
        if first is None:
            return False
        kind, names = first
        span = (self.toks.start[i], self.toks.end[j - 1])
        if kind == "person":
            person = self.kb.people[self._pick_person(names)]
            if self.folds[i] != fold(person.name.split()[0]) \
                    and self._other_given_name(i, person.name):
                return False    # "David Monreal Ávila" is not Ricardo, whose surnames match
            self._add_person(person.name, span, person, self._text(i, j))
        elif kind == "org":
            org = self.kb.orgs[names[0]]
            if self._head_before_known(i):
                # "l’Université Carleton", "Groupe Bimbo": the head word the article puts
                # before the name the gazetteer knows is part of how it names the body.
                i -= 1
                span = (self.toks.start[i], span[1])
            self._add_named(self.orgs, org.name, org.kind, org.country, span,
                            self._body_form(i, j))
        elif kind == "place":
            written = self.kb.places[names[0]]
            if self._ends_a_body(i):
                for k in range(i, j):
                    self.place_in_body[k] = written.country
                return False
            place = self._city_after_a(written, i)
            region = self._region_after_comma(i, j)
            if region is not None:
                # "Ottawa, Ontario": the city, then the province the article names too.
                k, province = region
                self._add_named(self.places, place.name, place.kind, place.country,
                                (span[0], self.toks.end[k - 1]), _bare_text(self._text(i, k)))
                self._add_named(self.places, province.name, province.kind, province.country,
                                (self.toks.start[k], span[1]), _bare_text(self._text(k, j)))
            else:
                # The city read from "à Québec" is shown by its own name, not the
                # province's.
                self._add_named(self.places, place.name, place.kind, place.country, span,
                                _bare_text(self._text(i, j)) if place is written
                                else place.name)
            if place.kind == "city":
                self.known_place_ends.add(j)    # "… Huamantla y Tetla": the next of a list
        else:
            self._add_country(names[0], i, j)
        self.taken[i:j] = [True] * (j - i)
        return True

    def _head_before_known(self, i: int) -> bool:
        """Whether the word right before the known body at token i is a French or Spanish
        body's head word in capitals that opens its name there ("Université Carleton",
        "Universidad McGill", "Groupe Bimbo")."""
        k = i - 1
        return k >= 0 and self.toks.cap[k] and self.folds[k] in _ROMANCE_ORG_HEADS \
            and not self.taken[k] and self.toks.gap[i] == " "

    def _other_given_name(self, i: int, known: str) -> bool:
        """Whether the capitalised word right before a known person's surnames (matched
        at token i without a given name) is a given name that is not theirs."""
        if i == 0 or not soft_gap(self.toks.gap[i]) or not self.toks.cap[i - 1]:
            return False
        before = self.folds[i - 1]
        own = {fold(w) for w in known.split()}
        if before in self.kb.given_names and before not in own:
            return True
        # "German Altamirano Ruiz-Esparza": another surname, and a given name before it,
        # make a longer name than the known person's.
        return i > 1 and before not in own and soft_gap(self.toks.gap[i - 1]) \
            and self.toks.cap[i - 2] and not self._sentence_start(i - 1) \
            and not any(self.folds[k] in own or self.folds[k] in FUNCTION_WORDS
                        or self.folds[k] in self.lex.head_words
                        or self.folds[k] in self.lex.honorifics for k in (i - 2, i - 1))

    def _country_word(self, k: int) -> bool:
        """Whether token k is a country's name in capitals ("Canada", "México"), not a
        demonym."""
        f = self.folds[k]
        return self.toks.cap[k] and f not in self.kb.demonyms and bool(self.kb.country_of(f))

    def _with_country_pair(self, i: int, j: int) -> tuple[int, int]:
        """Tokens i..j-1 of a body's name, widened over the countries joined by dashes
        right before or after it: "Canada–Mexico Business Circle", "Círculo de Negocios
        Canadá-México", "Cercle d’affaires Canada-Mexique"."""
        toks, n = self.toks, self.n
        country = self._country_word
        def dash(k: int) -> bool:          # token k follows token k - 1 after a dash
            return toks.gap[k] in ("-", "–", "—")
        start = i
        if i >= 2 and soft_gap(toks.gap[i]) and country(i - 1):
            k = i - 1
            while k >= 1 and dash(k) and country(k - 1):
                k -= 1
            if k < i - 1:
                start = k
        end = j
        if j < n and soft_gap(toks.gap[j]) and country(j):
            k = j
            while k + 1 < n and dash(k + 1) and country(k + 1):
                k += 1
            if k > j:
                end = k + 1
        return start, end

    def _body_form(self, i: int, j: int) -> str | None:
        """How the article names the known body at tokens i..j-1, without a country's
        possessive before it: "Mexico’s Ministry of Economy" -> "Ministry of Economy";
        None (the gazetteer's name) when the rest is in lower case ("Mexico’s tourism
        ministry")."""
        if j - i > 1 and self.toks.fold[i].endswith("'s") and self.kb.country_of(self.folds[i]):
            return _bare_text(self._text(i + 1, j)) if self.toks.cap[i + 1] else None
        return _bare_text(self._text(i, j))

    def _ends_a_body(self, i: int) -> bool:
        """Whether the place at token i ends the name of a body: after "of", "de", "du"…
        that closes a name whose words (capitalised, or in lower case in French and
        Spanish) hold a body's head word in capitals: "University of Victoria", "Hotel
        Association of Vancouver", "Université de Sherbrooke", "Asociación de Mineros de
        Sonora", "Association des éleveurs de porcs du Québec"."""
        toks, folds = self.toks, self.folds
        k = i - 1
        if k < 1 or folds[k] not in _PLACE_OF or not soft_gap(toks.gap[i]):
            return False
        def head(x: int) -> bool:
            return toks.cap[x] and bool(folds[x] in _ROMANCE_ORG_HEADS
                                        or self.lex.org_heads.match([folds[x]], 0))

        if folds[k] == "of" and head(k - 1):
            return True                 # "Hotel Association of Vancouver"
        # Otherwise the name opens with its head word: "Asociación de Mineros de Sonora",
        # not "Palacio de Gobierno de Guadalajara".
        romance = self.doc.language in ("fr", "es")
        first = None
        for x in range(k - 1, max(k - 8, -1), -1):
            f = folds[x]
            if f not in ORG_CONNECTORS:
                if self.taken[x] or f in FUNCTION_WORDS or not (
                        toks.cap[x] or romance and f.isalpha() and f not in _ROMANCE_VERBS):
                    break
                if toks.cap[x]:
                    first = x
            if not soft_gap(toks.gap[x]):
                break
        return first is not None and head(first)

    def _place_country(self, i: int, j: int) -> str | None:
        """The country of the place that ends the body named at tokens i..j-1."""
        return next((c for k in range(i, j) if (c := self.place_in_body.get(k))), None)

    def _lone_body_or_place(self, i: int) -> bool:
        """Whether the one capitalised word at token i, which the gazetteer knows as a body
        or a place, names it: not when it is a given name before a surname ("Victoria
        Smith"), a surname after a given name ("Marc Desjardins", "Ana Victoria") or after a
        given name and a first surname ("Efraín Hernández Santiago"), or part of a longer
        name the gazetteer does not know ("BMO Field", "BC Place"). Before a
        title it names it ("Quebec Economy Minister", "Banorte Chief Economist")."""
        toks, folds, given_names = self.toks, self.folds, self.kb.given_names
        j = i + 1
        if folds[i] in given_names and j < self.n and toks.cap[j] and soft_gap(toks.gap[j]) \
                and folds[j] not in FUNCTION_WORDS:
            return False
        if folds[i] in self.last_words:
            return False        # "Premier Tim Houston …. Houston called it": his surname
        if folds[i] in given_names and j < self.n and folds[j] in _NAME_PARTICLES \
                and not toks.cap[j]:
            # "Santiago de la Rosa", "Guadalupe de los Santos": a given name before
            # surnames with their particles, unless they name a known place ("Victoria de
            # Durango").
            k = j
            while k < self.n and folds[k] in _NAME_PARTICLES and not toks.cap[k] \
                    and soft_gap(toks.gap[k]):
                k += 1
            if k < self.n and toks.cap[k] and soft_gap(toks.gap[k]) \
                    and not self.kb.trie.match(folds, k):
                return False
        if i > 0 and toks.cap[i - 1] and soft_gap(toks.gap[i]) \
                and folds[i - 1] in given_names and not self.taken[i - 1] \
                and not toks.upper[i]:
            return False
        if i > 1 and toks.cap[i - 1] and toks.cap[i - 2] and toks.gap[i] == " " \
                and toks.gap[i - 1] == " " and folds[i - 2] in given_names \
                and not self.taken[i - 1] and not self.taken[i - 2] and not toks.upper[i] \
                and folds[i - 1] not in FUNCTION_WORDS:
            return False        # "Efraín Hernández Santiago": a second surname
        return not (j < self.n and toks.cap[j] and soft_gap(toks.gap[j])
                    and folds[j] not in FUNCTION_WORDS and not self.kb.trie.match(folds, j)
                    and not self._opens_title(j)
                    and not _dated(folds[j], toks.text[j + 1] if j + 1 < self.n else ""))

    def _opens_title(self, j: int) -> bool:
        """Whether a title opens at token j, maybe after capitalised words of its
        portfolio ("Economy Minister", "Chief Economist", "Energy and Mines Minister")."""
        for k in range(j, min(j + 5, self.n)):
            if k > j and not soft_gap(self.toks.gap[k]):
                return False
            if self._head_at(k):
                return True
            if not self.toks.cap[k] and self.folds[k] not in ORG_CONNECTORS:
                return False
        return False

    def _region_after_comma(self, i: int, j: int) -> tuple[int, KnownPlace] | None:
        """For a place written with its province or state after a comma ("Ottawa,
        Ontario", "Monterrey, Nuevo León": one alias of the city, tokens i..j-1), the token
        where the province or state starts and the place it is; else None. Not for an
        abbreviation ("Ottawa, ON", "Washington, D.C."), which is part of the city's name."""
        k = next((k for k in range(i + 1, j) if "," in self.toks.gap[k]), None)
        if k is None or len(self._text(k, j).replace(".", "")) <= 3:
            return None
        region = self._known_place(k, j, ("province", "state"))
        return (k, region) if region is not None else None

    def _known_place(self, i: int, j: int, kinds: tuple[str, ...] | None = None
                     ) -> KnownPlace | None:
        """The first place (of one of ``kinds``) the gazetteer knows by the name of
        tokens i..j-1, if any."""
        for end, values in self.kb.trie.matches(self.folds, i):
            if end != j:
                continue
            for value in values:
                place = self.kb.places.get(value[1]) if value[0] == "place" else None
                if place is not None and (kinds is None or place.kind in kinds):
                    return place
        return None

    def _known_org(self, i: int, j: int) -> KnownOrg | None:
        """The body the gazetteer knows by the name of tokens i..j-1, if any."""
        for end, values in self.kb.trie.matches(self.folds, i):
            if end == j:
                return next((self.kb.orgs[v[1]] for v in values if v[0] == "org"), None)
        return None

    def _parent_body(self, i: int, j: int) -> KnownOrg | None:
        """The body the gazetteer knows by the first words of tokens i..j-1 when more
        capitalised words follow that do not name a venue ("Scotiabank Arena", "BMO
        Field") or a person: "RBC Capital Markets" is RBC's."""
        if j - i < 2 or self.folds[j - 1] in _VENUE_ENDS or self._given_name_in(i, j):
            return None
        found = None
        for end, values in self.kb.trie.matches(self.folds, i):
            if end < j and self.toks.cap[end] and all(
                    self.toks.cap[k] or self.folds[k] in ORG_CONNECTORS for k in range(end, j)):
                # (An alias needing capitals, "PAN", is not the "Pan" of "Pan-Canadian".)
                found = next((self.kb.orgs[v[1]] for v in values if v[0] == "org" and all(
                    self.toks.upper[i + p] for p in v[2] if 0 <= p and i + p < end)), found)
        return found

    def _given_name_in(self, i: int, j: int) -> bool:
        """Whether a capitalised given name stands among tokens i..j-1 (a body's name has
        none; lower-case "des" is not "Des")."""
        return any(self.toks.cap[k] and self.folds[k] in self.kb.given_names
                   for k in range(i, j))

    def _city_after_a(self, place: KnownPlace, i: int) -> KnownPlace:
        """French "à Québec", "à Chihuahua" is the city; the province or state is "au
        Québec", "au Chihuahua". A province or state sharing its name with a city is read
        as the city after a bare "à"."""
        if self.doc.language != "fr" or place.kind not in ("province", "state") or i == 0 \
                or self.toks.text[i - 1].lower() != "à" or not soft_gap(self.toks.gap[i]):
            return place
        return self.kb.places.get(f"{place.name} City", place)

    def _add_country(self, code: str, i: int, j: int) -> None:
        self.countries[code] += 1
        self.country_spans.append((self.toks.start[i], self.toks.end[j - 1], code))

    def _pick_person(self, names: list[str]) -> str:
        if len(names) == 1 or not self.published:
            return names[0]
        for name in names:
            tenure = self.kb.people[name].tenure_on(self.published)
            if tenure and (not tenure.start or tenure.start <= self.published):
                return name
        return names[0]

    def _add_person(self, name: str, span: tuple[int, int], known: KnownPerson | None,
                    surface: str | None = None) -> None:
        if not known and name.endswith(("'s", "’s")):
            name = name[:-2]            # "Tom Hill's office"
        if _ELIDED_NAME.match(name):
            name = name[2:]             # "la nomination d'Andrés Villalpando Ruiz"
        if surface and _ELIDED_NAME.match(surface):
            surface = surface[2:]
        key = known.name if known else name
        ent = self.people.get(key)
        if ent is None and not known and (name.isupper() or any(
                k.isupper() for k in self.people)):
            # "DOUGLAS FERRIER:", a transcript's label, is the Douglas Ferrier named in
            # its introduction (or the other way round), not another person.
            ent = next((p for k, p in self.people.items() if fold(k) == fold(name)), None)
            if ent is not None and ent.name.isupper() and not name.isupper():
                ent.name = name
        if ent is None:
            ent = self.people[key] = PersonEntity(name=key, known=known)
            self.last_words.add(fold(key.rsplit(" ", 1)[-1]))
        elif not known and len(name) > len(ent.name) and not ent.known:
            ent.name = name
        if surface and surface.endswith(("'s", "’s")):
            surface = surface[:-2]      # "Prime Minister Mark Carney's office"
        if surface and len(surface.split()) >= 2:
            ent.forms.add(surface)
        ent.spans.append(span)

    @staticmethod
    def _add_named(table: dict, name: str, kind: str, country: str | None,
                   span: tuple[int, int], surface: str | None = None) -> None:
        ent = table.get(name)
        if ent is None:
            ent = table[name] = NamedEntity(name=name, kind=kind, country=country)
        ent.forms.add(surface or name)
        ent.spans.append(span)

    # -- pass 1b: a name and its acronym ---------------------------------------------
    def acronyms(self) -> None:
        """A body named with its acronym in brackets, or the other way round: "la
        Comisión Nacional Forestal (Conafor)", "Union des producteurs agricoles (UPA)",
        "l’AECG (Accord économique et commercial global)". The acronym must spell the
        name (its letters in order, starting with the name's first, taken from at least
        all but two of its words), or one of the two must be a body the gazetteer knows.
        The acronym then refers to the body wherever else the article uses it."""
        toks, n = self.toks, self.n
        found: list[tuple[str, NamedEntity]] = []
        for k in range(1, n - 1):
            if "(" not in toks.gap[k] or ")" not in toks.gap[k + 1] \
                    or toks.gap[k].strip() != "(":
                continue
            # "Name (ACRONYM)"
            if _acronym_like(toks.text[k]) and (not self.taken[k] or self._org_at(k)):
                hit = self._name_before(k, toks.text[k])
                if hit:
                    found.append(hit)
                    continue
            # "ACRONYM (Name)": the name fills the brackets.
            close = next((x for x in range(k + 1, min(k + 14, n))
                          if ")" in toks.gap[x]), None)
            if close is not None and k >= 1 and _acronym_like(toks.text[k - 1]) \
                    and ")" not in toks.gap[k - 1] and toks.cap[k]:
                hit = self._name_inside(k, close, toks.text[k - 1])
                if hit:
                    found.append(hit)
        for acro, ent in found:
            other = self._respelled.get(acro)
            for x in range(n):
                if _bare_text(toks.text[x]) != acro:
                    continue
                span = (toks.start[x], toks.end[x])
                if other is not None and self.taken[x] and span in other.spans:
                    self._drop_span(other, span)     # (the article's, not the gazetteer's)
                    self.taken[x] = False
                if not self.taken[x]:
                    ent.spans.append(span)
                    self.taken[x] = True

    def _another_body(self, i: int, j: int, known: NamedEntity) -> bool:
        """Whether the name in tokens i..j-1 is a body other than ``known``: one the
        gazetteer knows by another name, or one that shares no word but its country's
        with any of ``known``'s names ("Asociación Minera de Canadá" and Global Affairs
        Canada's "Asuntos Globales Canadá"). Words are compared by their first five
        letters, which a translation keeps more often than not ("Secretariat of Science,
        Humanities …" and "Secretaría de Ciencia, Humanidades …")."""
        owner = self._org_at(i)
        if owner is not None:
            return owner is not known
        words = {w[:_STEM] for w in self._content(i, j)
                 if w not in FUNCTION_WORDS and self.kb.country_of(w) is None}
        theirs = {w[:_STEM] for w in self.kb.org_words.get(known.name, frozenset())}
        return bool(words) and not words & theirs

    def _drop_span(self, ent: NamedEntity, span: tuple[int, int]) -> None:
        """``span`` is no longer a mention of the organisation ``ent``, nor what it
        writes one of its forms, unless another of its mentions writes it so."""
        ent.spans = [sp for sp in ent.spans if sp != span]
        written = self.doc.text[span[0]:span[1]]
        if not any(self.doc.text[s:e] == written for s, e in ent.spans):
            ent.forms.discard(written)
        if not ent.spans:
            for key in [key for key, o in self.orgs.items() if o is ent]:
                del self.orgs[key]

    def _heading_label(self, i: int, j: int) -> bool:
        """Whether tokens i..j-1 are a heading in capitals before a colon, as a newsletter
        opens its items ("COMMITTEE WATCH:", "COMITÉ À SURVEILLER :")."""
        return all(self.toks.text[k].isupper() for k in range(i, j)) and j < self.n \
            and self.toks.gap[j].lstrip().startswith(":")

    def _org_at(self, k: int) -> NamedEntity | None:
        """The organisation the gazetteer found at token k, if any."""
        start = self.toks.start[k]
        return next((o for o in self.orgs.values() for s, e in o.spans
                     if s <= start < e), None)

    def _name_before(self, k: int, acro: str) -> tuple[str, NamedEntity] | None:
        toks = self.toks
        window: list[int] = []
        x = k - 1
        lower_ok = self.doc.language in ("fr", "es")
        while x >= 0 and len(window) < 14:
            gap_after = toks.gap[x + 1]
            if x < k - 1 and not (soft_gap(gap_after) or gap_after in ("'", "’")
                                  or gap_after == ", " and toks.cap[x + 1]):
                break
            f = self.folds[x]
            if x in self.person_at:
                break
            if not (toks.cap[x] or f in ORG_CONNECTORS or lower_ok and f.isalpha()
                    and toks.text[x].islower() and f not in _ROMANCE_VERBS):
                break
            window.insert(0, x)
            x -= 1
        known = self._org_at(k)
        first = fold(acro)[0]
        # The name the acronym spells with the fewest words left out; the longer of two.
        best: tuple[int, int] | None = None
        for start in window:
            if not toks.cap[start] or self.folds[start][:1] != first \
                    or self.folds[start] in FUNCTION_WORDS:
                continue
            words = self._content(start, k)
            used = _spells(fold(acro), words)
            if used >= 0 and (best is None or len(words) - used < best[0]):
                best = (len(words) - used, start)
        if best is not None:
            if known is not None and self._another_body(best[1], k, known):
                # "l’Association minière du Canada (AMC)": the article's own acronym,
                # not the gazetteer's body of those letters (Affaires mondiales Canada).
                self._respelled[acro] = known
                self._drop_span(known, (toks.start[k], toks.end[k]))
                self.taken[k] = False
                hit = self._add_acronym(acro, best[1], k, self._org_at(best[1]))
                hit[1].forms.add(acro)
                return hit
            return self._add_acronym(acro, best[1], k, known)
        if known:                               # "Long Name (KNOWN)": a name with a head
            # It starts after an article ("the Mexican Business Council for …") or where
            # the run does; the nearest such start that holds a head word.
            # (or after a country's possessive: "Mexico’s National Aquaculture and
            # Fisheries Commission (Conapesca)")
            starts = [x for pos, x in enumerate(window)
                      if toks.cap[x] and not toks.fold[x].endswith("'s")
                      and (pos == 0 and self.folds[x] not in FUNCTION_WORDS
                           or pos > 0 and (self.folds[window[pos - 1]] in _ARTICLE_WORDS
                                           or toks.fold[window[pos - 1]].endswith("'s")
                                           and self.kb.country_of(self.folds[window[pos - 1]])))]
            for start in reversed(starts):
                if k - start >= 2 and any(self.lex.org_heads.match(self.folds, x)
                                          for x in range(start, k)):
                    return self._add_acronym(acro, start, k, known)
        return None

    def _name_inside(self, k: int, close: int, acro: str) -> tuple[str, NamedEntity] | None:
        toks = self.toks
        if any(not (toks.cap[x] or self.folds[x] in ORG_CONNECTORS or toks.text[x].isalpha())
               or x in self.person_at for x in range(k, close)):
            return None
        if any(not (soft_gap(toks.gap[x]) or toks.gap[x] in ("'", "’", ", "))
               for x in range(k + 1, close)):
            return None
        if close - k < 2:
            return None
        known = self._org_at(k - 1)
        if not (known or self.folds[k][:1] == fold(acro)[0]
                and _spells(fold(acro), self._content(k, close)) >= 0):
            return None
        known = known or self._org_at(k)
        ent = self._add_acronym(acro, k, close, known)
        span = (toks.start[k - 1], toks.end[k - 1])
        if not self.taken[k - 1]:
            ent[1].spans.append(span)
            ent[1].forms.add(acro)
            self.taken[k - 1] = True
        return ent

    def _content(self, i: int, j: int) -> list[str]:
        """The words of a name that an acronym may take letters from."""
        return [self.folds[x] for x in range(i, j)
                if self.folds[x] not in ORG_CONNECTORS and self.folds[x] not in _ARTICLE_WORDS]

    def _add_acronym(self, acro: str, i: int, j: int,
                     known: NamedEntity | None) -> tuple[str, NamedEntity]:
        """The name in tokens i..j-1 (and its acronym) as one organisation."""
        span = (self.toks.start[i], self.toks.end[j - 1])
        name = _bare_text(self._text(i, j))
        # Places and countries found inside the name are part of it ("… du Québec").
        country = None
        for table in (self.places, self.orgs):
            for key, ent in list(table.items()):
                inside = [sp for sp in ent.spans if span[0] <= sp[0] and sp[1] <= span[1]]
                if inside and ent is not known:
                    country = country or ent.country
                    ent.spans = [sp for sp in ent.spans if sp not in inside]
                    if not ent.spans:
                        del table[key]
        kept = [c for c in self.country_spans if not (span[0] <= c[0] and c[1] <= span[1])]
        for c in self.country_spans:
            if c not in kept:
                country = country or c[2]
                self.countries[c[2]] -= 1
        self.country_spans[:] = kept
        if known:
            ent = known
            ent.forms.add(name)
            if not all(self.taken[i:j]):
                ent.spans.append(span)
        else:
            m = self.lex.org_heads.match(self.folds, i)
            kind = str(m[1][0]) if m else "other"
            folds = self.folds[i:j]
            country = _named_country(folds, self.kb.demonyms.get) or country
            self._add_named(self.orgs, name, kind, country, span, name)
            ent = self.orgs[name]
            ent.forms.add(acro)
        for x in range(i, j):
            self.taken[x] = True
        return acro, ent

    @cached_property
    def person_at(self) -> frozenset[int]:
        """Tokens the gazetteer took for people."""
        starts = {s for p in self.people.values() for s, _ in p.spans}
        ends = {e for p in self.people.values() for _, e in p.spans}
        out, inside = set(), False
        for i, (start, end) in enumerate(zip(self.toks.start, self.toks.end, strict=True)):
            if start in starts:
                inside = True
            if inside:
                out.add(i)
            if end in ends:
                inside = False
        return frozenset(out)

    # -- pass 2: unknown capitalised runs -------------------------------------------
    def romance_orgs(self) -> None:
        """French and Spanish bodies named in lower case after their head word: "le
        ministère du Développement régional", "Centre d’appui aux travailleurs agricoles",
        "Conseil de l’industrie forestière du Québec", "Institut québécois d’études"."""
        if self.doc.language not in ("fr", "es"):
            return
        toks, n, spanish = self.toks, self.n, self.doc.language == "es"
        i = 0
        while i < n:
            f = self.folds[i]
            # ("le consulat général du Mexique": a mission, whatever its case)
            mission = f in _LOWERCASE_MISSIONS and not self.taken[i] and self._mission_of(i)
            if not mission and (self.taken[i] or f not in _ROMANCE_ORG_HEADS or not (
                    # ("L’université" is the word "université", in lower case.)
                    toks.cap[i] and ELISION.sub("", toks.text[i])[:1].isupper()
                    or f in _LOWERCASE_MINISTRIES)):
                i += 1
                continue
            if not mission and not toks.cap[i] and not self._portfolio_after(i) and not (
                    i + 1 < n and toks.text[i + 1].lower().startswith(("d'", "d’"))):
                # "le ministère publiera", "le ministère n’a pas voulu": no portfolio
                # after it (as in "le ministère mexicain de l’Économie")
                i += 1
                continue
            j, content = i + 1, 0
            while j < n and j - i <= 8 and not self.taken[j]:
                gap, word = toks.gap[j], self.folds[j]
                if gap.strip(" -") or "\n" in gap:
                    break                       # punctuation ends the name
                if toks.text[j] == "a" or toks.text[j] in _NEGATIONS \
                        or _ELIDED_CLITIC.match(toks.text[j]):
                    break       # French "a" is a verb ("à" connects), so is what "n’", "s’"
                    # open; a negation comes before one: "le Bureau du coroner n’a fixé",
                    # "s’en occupe", "la Oficina del forense no ha fijado"
                if word in ("et", "y", "e") and self._body_after(j + 1):
                    break       # "le ministère des Finances et l’ambassade": another body
                if word in ORG_CONNECTORS or toks.text[j].lower().startswith(("d'", "d’",
                                                                              "l'", "l’")):
                    j += 1
                    content += toks.text[j - 1].lower().startswith(("d", "l")) and \
                        len(toks.text[j - 1]) > 2
                    continue
                if word in FUNCTION_WORDS or word in _ROMANCE_VERBS or spanish \
                        and toks.text[j].endswith(SPANISH_PAST_ENDS) \
                        or _FUTURE_VERB[spanish].search(toks.text[j]):
                    break                       # ("publiera", "publicará": its verb)
                content += 1
                j += 1
                if j - 1 in self.place_in_body and j not in self.place_in_body:
                    break                       # the place ends the name
            if j < n and self.taken[j] and self.folds[j - 1] in _PLACE_OF \
                    and soft_gap(toks.gap[j]) and self._country_word(j):
                j += 1          # "Office d’investissement du régime de pensions du Canada"
                content += f in _LOWERCASE_MISSIONS     # "l’ambassade du Canada"
            while j > i + 1 and self.folds[j - 1] in ORG_CONNECTORS:
                j -= 1
            # "le président de la Chambre de commerce Tom Hill": the title's holder is
            # named after the body it heads (the body named before the given name).
            holder = self._name_after_portfolio(i, j)
            if holder is not None and holder >= i + 2:
                j = holder
            if content == 0 or j - i < 2 or self._heading_label(i, j):
                i += 1          # (nor a heading in capitals: "COMITÉ À SURVEILLER : Le …")
                continue
            m = self.lex.org_heads.match([f], 0)
            kind = str(m[1][0]) if m else "other"
            folds = self.folds[i:j]
            country = _named_country(folds, self.kb.country_of) or self._place_country(i, j)
            i, j = self._with_country_pair(i, j)
            written = _bare_text(self._text(i, j))
            if (known := self._known_org(i, j)) is not None:
                # "du ministère des Relations internationales et de la Francophonie
                # (MRIF)": the body the gazetteer knows, with its other names
                self._add_named(self.orgs, known.name, known.kind, known.country,
                                (toks.start[i], toks.end[j - 1]), written)
            else:
                self._add_named(self.orgs, written, kind, country,
                                (toks.start[i], toks.end[j - 1]))
            for k in range(i, j):
                self.taken[k] = True
            i = j

    def runs(self) -> None:
        toks, n = self.toks, self.n
        taken, folds = self.taken, self.folds
        heads = self.lex.heads.root             # the words a title may start with
        done = 0                                # the tokens before this one are read
        # A run starts at a capitalised token or one in capitals; the others are passed
        # over at once.
        for i in compress(count(), map(or_, toks.cap, toks.upper)):
            if i < done or taken[i]:
                continue
            if toks.gap[i].endswith(("@", "#")):
                continue        # an account's handle or a hashtag: "@AnitaAnandMP"
            if i and folds[i - 1] in heads and not toks.cap[i - 1] \
                    and (head := self._head_at(i - 1)) and head[0] > i:
                done = head[0]
                continue        # "secrétaire d’État": a title's word, not a name's
            j = i + 1
            while j < n and not taken[j] and (soft_gap(toks.gap[j]) or (
                    toks.gap[j] in (".", ". ") and len(toks.text[j - 1]) == 1
                    and toks.text[j - 1].isupper()) or self._abbreviation_stop(j)
                    or self._nickname(j) or self._nickname(j - 1)
                    # "Alberta Cattle Feeders’ Association": a plural's possessive
                    or toks.gap[j] in ("’ ", "' ") and folds[j - 1].endswith("s")
                    and toks.cap[j] and folds[j] in self.lex.org_head_words):
                if (toks.cap[j] or toks.upper[j]) and _dated(folds[j], toks.text[j + 1]
                                                             if j + 1 < n else ""):
                    break               # "Ottawa May 28": the date is not the name's
                if toks.cap[j] or toks.upper[j]:
                    j += 1
                elif folds[j] == "de" and j + 2 < n and folds[j + 1] in _ARTICLE_PARTICLES \
                        and toks.cap[j + 2] \
                        and any(folds[k] in self.kb.given_names for k in range(i, j)) \
                        and not taken[j + 2] and soft_gap(toks.gap[j + 1]) \
                        and soft_gap(toks.gap[j + 2]):
                    j += 3              # "María de la Luz", "José de los Santos"
                elif (folds[j] in ORG_CONNECTORS or folds[j] == "&") and j + 1 < n \
                        and not taken[j + 1] and toks.cap[j + 1] and soft_gap(toks.gap[j + 1]) \
                        and not _closes_run(folds[j + 1], toks.text[j + 2] if j + 2 < n else ""):
                    j += 2              # (and "&": "Canadian Manufacturers & Exporters")
                elif folds[j] in _PLACE_OF and j + 1 < n and taken[j + 1] \
                        and soft_gap(toks.gap[j + 1]) and self._country_word(j + 1) \
                        and any(f in self.lex.org_head_words for f in folds[i:j]):
                    # "Insurance Bureau of Canada", "Embajada de Canadá", "Consulat du
                    # Mexique": the country ends it
                    j += 2
                    break
                elif folds[j] == "of" and j + 2 < n and folds[j + 1] == "the" \
                        and not taken[j + 2] and toks.cap[j + 2] and soft_gap(toks.gap[j + 1]) \
                        and soft_gap(toks.gap[j + 2]) \
                        and any(f in self.lex.org_head_words for f in folds[i:j]):
                    # "National Chamber of the Iron and Steel Industry": one body's name
                    j += 3
                else:
                    break
            if j < n and taken[j] and soft_gap(toks.gap[j]) and self._country_word(j) \
                    and 0 < j - (lead := self._name_lead(i, j)) <= 3 \
                    and not toks.fold[j - 1].endswith("'s") \
                    and (j + 1 >= n or toks.gap[j + 1] not in ("-", "–", "—")) \
                    and not self._given_name_in(lead, j) \
                    and not any(self._is_titleish(k) or folds[k] in FUNCTION_WORDS
                                or self._lower_after_article(k) for k in range(lead, j)):
                j += 1          # "MiningWatch Canada", "Equipo Canadá": the country ends it
            self._classify_run(i, j)
            done = j
        # A short name read before the body it is given to in brackets (a headline's
        # "CanCham", then "la Cámara de Comercio de Canadá en México (CanCham)") is that
        # body too.
        for short, named in self.short_names.items():
            alone = self.orgs.get(short)
            if alone is not None and alone is not named:
                named.spans = sorted(named.spans + alone.spans)
                del self.orgs[short]

    def _name_lead(self, i: int, j: int) -> int:
        """The first token of run i..j-1 after what opens it ("Selon", "L’organisme")."""
        while i < j and (self.folds[i] in FUNCTION_WORDS or self._lower_after_article(i)):
            i += 1
        return i

    def _lower_after_article(self, k: int) -> bool:
        """Whether token k is a word in lower case after an elided article ("L’organisme",
        "l’université"), capitalised only by the article."""
        return not ELISION.sub("", self.toks.text[k])[:1].isupper()

    def _sentence_start(self, i: int) -> bool:
        """Whether token i opens a sentence or a line."""
        gap = self.toks.gap[i]
        return i == 0 or "\n" in gap or gap.rstrip().endswith((".", "!", "?", "—", ":"))

    def _nickname(self, k: int) -> bool:
        """Whether token k is a nickname in quotation marks between two capitalised words,
        a given name and a surname: "Bartholomew “Bart” Dueck", "José «Pepe» Ruiz"."""
        toks = self.toks
        return 0 < k < self.n - 1 and toks.cap[k] and toks.cap[k + 1] \
            and toks.cap[k - 1] and self.folds[k - 1] not in FUNCTION_WORDS \
            and toks.gap[k] in _NICKNAME_OPENS and toks.gap[k + 1] in _NICKNAME_CLOSES

    def _classify_run(self, i: int, j: int) -> None:
        run_start, text = i, self.toks.text
        if self.toks.start[i] < self.doc.headline_end:
            # A headline in title case: "Premier Ford Wraps Up Trade Mission to Mexico",
            # the name before its verb.
            if self.folds[i] in _HEADLINE_VERBS_FIRST and j - i > 1:
                # A Spanish headline opening with its verb: "Rechaza Canadá 38 % de las
                # solicitudes", "Aprueba Senado el T-MEC", "Avala Senado …".
                self._classify_run(i + 1, j)
                return
            verb = next((k for k in range(i + 1, j) if self.folds[k] in HEADLINE_VERBS),
                        None)
            if verb is not None:
                self._classify_run(i, verb)
                if verb + 1 < j:
                    self._classify_run(verb + 1, j)
                return
        if i >= 2 and self.folds[i - 1] in _SITE_LINKS and self._named_site_of(i) \
                and j - i <= 4:
            # "le golfe du Saint-Laurent", "el golfo de California", "le barrage de La
            # Boquilla": a French or Spanish site named by a noun in lower case and "de".
            known = self._known_place(i, j)
            self._geographic(i - 2, j, known.country if known else None)
            return
        # Leading function words ("The", "Today") are not part of anything, but for
        # words of nationality right before a body's name ("the Canadian Chamber of
        # Commerce").
        while i < j and (self.folds[i] in FUNCTION_WORDS and not self._head_at(i)
                         or i + 1 < j and self._lower_after_article(i)):
            i += 1          # (and "L’organisme …": a word in lower case after its article)
        while i < j and self.folds[i] in ORG_CONNECTORS:
            i += 1
        # A Spanish verb opening the sentence is not part of the name after it:
        # "Asistió Maroš Šefčovič".
        if j - i >= 2 and self.doc.language == "es" and self._sentence_start(i) \
                and self.toks.text[i].endswith(SPANISH_PAST_ENDS) \
                and self.folds[i] not in self.kb.given_names:
            i += 1
        if i >= j:
            return
        # "Ferrari’s Charles Leclerc", "Red Bull’s Max Verstappen": whose the person is
        # (a company when it can be nothing else: "Prairie Sun’s"), then the person.
        for k in range(i, j - 2):
            if self.toks.fold[k].endswith("'s") and self.folds[k + 1] in self.kb.given_names \
                    and soft_gap(self.toks.gap[k + 1]) and not self.kb.country_of(self.folds[k]):
                if not (self._company_possessor(i, k + 1)
                        and self._classify_org(i, k + 1, "company")):
                    self._classify_run(i, k + 1)
                self._classify_run(k + 1, j)
                return
        if (self._owns_a_title(i, j) or self._of_the_person_before(i, j)) \
                and self._classify_org(i, j, "company"):
            return
        if i == run_start and i > 0 and (self.folds[i - 1] in _VENUE_NOUNS
                                         or self.folds[i - 1] in _VENUE_LINKS) \
                and (venue := self._venue_noun_before(i)) is not None and j - i <= 4:
            # "circuit Gilles-Villeneuve", "avenida Juárez" (of the country of a place
            # the gazetteer knows by that name: "colonia Polanco"), "avenida Paseo de la
            # Reforma" (its name runs on past "de la"), "boulevard de la Côte-Vertu"
            # (A street, though, is as often named for a city abroad: "rue Wellington",
            # "calle Londres" are not in New Zealand or Britain; one named for a city of
            # the two countries the coverage is of is taken to be in it: "avenida Juárez".)
            j = self._named_on(j)
            known = self._known_place(i, j)
            country = known.country if known else None
            if self.folds[venue] in _STREET_NOUNS and country not in ("CA", "MX"):
                country = None
            self._geographic(venue, j, country)
            return
        if j - i == 2 and (self.folds[i] in _SAINTS and self.toks.gap[i + 1] == "-"
                           or self.folds[i] in _SANTOS and self.toks.gap[i + 1] == " ") \
                and not (i > 0 and (self.folds[i - 1] in self.lex.honorifics
                                    or self.folds[i - 1] in self.lex.head_words)):
            # "la Maison des travailleurs de Saint-Rémi", "el centro de San Quintín": a
            # town named for a saint, not a person (but "Mme Saint-Amand", "la ministre
            # Saint-Pierre").
            known = self._known_place(i, j)
            name = self._text(i, j)
            self._add_named(self.places, name, "city", known.country if known else None,
                            (self.toks.start[i], self.toks.end[j - 1]), name)
            if not self.toks.upper[i]:      # (not a dateline's: "SAN DIMAS, Dgo.—")
                self.place_ends.add(j)      # the next of a list: "Saint-Zénon, Saint-Côme"
            return
        if j - i >= 2 and self.folds[j - 1] in _STREET_ENDS and self.toks.cap[j - 1]:
            # "on Augusta Avenue": a street, not a person; its name the capitalised words
            # right before its noun ("Half of Commercial Drive", "Nogales’s Mariposa Road").
            k = j - 1
            while k > i and self.toks.cap[k - 1] and soft_gap(self.toks.gap[k]) \
                    and self.folds[k - 1] not in ORG_CONNECTORS \
                    and not self.toks.fold[k - 1].endswith("'s") and not self._head_at(k - 1):
                k -= 1
            if k < j - 1:
                name = self._text(k, j)
                self._add_named(self.places, name, "site", None,
                                (self.toks.start[k], self.toks.end[j - 1]), name)
                rest = k
                while rest > i and (self.folds[rest - 1] in ORG_CONNECTORS
                                    or self.folds[rest - 1] in _IN):
                    rest -= 1
                if rest > i:
                    self._classify_run(i, rest)
                return
        national = i
        while national > run_start and self.folds[national - 1] in _NATIONAL_LEADS:
            national -= 1
        # "the president of the Royal Bank Tom Hill": the body a title in lower case
        # before the run is of, then the title's holder.
        holder = self._name_after_portfolio(national, j)
        if holder is not None and holder >= national + 2 \
                and self._classify_org(national, holder):
            self._classify_name(holder, j, True)
            return
        if national < i and self._classify_org(national, j):
            return
        # "Trade Minister Elaine Whitford and Mexican Economy Secretary Hugo Santander":
        # two titled people joined by "and", not one name.
        for k in range(i + 2, j - 1):
            if self.folds[k] in _PAIR_JOINERS and self.toks.cap[k + 1] \
                    and (self._is_titleish(k + 1) or self._head_at(k + 1)) \
                    and any(self._head_at(x) for x in range(i, k - 1)) \
                    and not self._is_titleish(k - 1):
                self._classify_run(i, k)
                self._classify_run(k + 1, j)
                return
        for k in range(i + 2, min(j - 1, i + 4)):
            if self.folds[k] in _FOR_WORDS and self.folds[i] in self.kb.given_names \
                    and not any(self._head_at(x) or self.lex.org_heads.match(self.folds, x)
                                for x in range(i, j)):
                # "after Alfonso Cuarón for Gravity", "para Alfonso Cuarón por Roma": a
                # person, then what for, not a body "X for Y"
                self._classify_run(i, k)
                self._classify_run(k + 1, j)
                return
        if self._classify_org(i, j):
            return
        if j - i <= 3 and any(not text[k][1:].islower() and _BRAND.match(text[k])
                              for k in range(i, j)) \
                and not self._given_name_in(i, j):
            joiner = next((k for k in range(i + 1, j - 1) if self.folds[k] in _PAIR_JOINERS),
                          None)
            if joiner is not None:          # "FactSet and CoStar": two
                self._classify_run(i, joiner)
                self._classify_run(joiner + 1, j)
                return
            # "LitioMx", "MiningWatch", "BoletoScope": a capital inside a word is a brand's
            # (a surname's after Mc, Mac, De, Le…: "MacKay", "LeBlanc").
            span = (self.toks.start[i], self.toks.end[j - 1])
            written = self._text(i, j)
            named = self.short_names.get(written)
            if named is None and i and "(" in self.toks.gap[i] and j < self.n \
                    and ")" in self.toks.gap[j] and (named := self._org_at(i - 1)) is not None:
                # "la Cámara de Comercio de Canadá en México (CanCham)": its short name,
                # wherever the article uses it.
                self.short_names[written] = named
            if named is not None:
                named.spans.append(span)
                self.taken[i:j] = [True] * (j - i)
                return
            country = _named_country(self.folds[i:j], self.kb.country_of)
            self._add_named(self.orgs, _bare_text(written), "company", country, span)
            self.taken[i:j] = [True] * (j - i)
            return
        # "Economist Dana Whitfield of Oklahoma State University": a name, then the body
        # its bearer is of, a name ending in its head word ("University", "Association").
        for k in range(j - 3, i, -1):
            if self.folds[k] == "of" and self.toks.cap[k - 1] \
                    and not self._is_titleish(k - 1) \
                    and self.lex.org_heads.match(self.folds[j - 1:j], 0) \
                    and self._classify_org(k + 1, j):
                self._classify_run(i, k)
                return
        # "Kelsey Brandvold of Prairie Sun said": a person, then the company she is of
        # (a body or place that says what it is is read as such above and below).
        for k in range(i + 2, j - 2):
            if self.folds[k] == "of" and self.folds[i] in self.kb.given_names \
                    and not any(self._is_titleish(x) for x in range(i, k)) \
                    and self._company_possessor(k + 1, j) \
                    and not any(f in _GEO_WORDS for f in self.folds[k + 1:j]) \
                    and self._classify_org(k + 1, j, "company"):
                self._classify_run(i, k)
                return
        # "el secretario de Hacienda Rogelio Ramírez", "le ministre du Commerce Tom Hill":
        # the run opens with the portfolio of a title in lower case before it.
        after_portfolio = self._name_after_portfolio(i, j)
        if after_portfolio is not None:
            self._classify_name(after_portfolio, j, True)
            return
        # Split at the last title word or honorific: what follows may be a name.
        last_title, k = -1, i
        while k < j:
            head = self._head_at(k)
            if head:
                last_title = head[0] - 1
                k = head[0]
                continue
            if self.folds[k] in self.lex.honorifics or self.folds[k] in self.kb.demonyms:
                last_title = k
            k += 1
        start = last_title + 1 if last_title >= i else i
        if start > i + 2 and (joiner := next((p for p in range(start - 1, i, -1)
                                              if self.folds[p] in _PAIR_JOINERS), None)):
            # "CEO Émilie Roussin and CTO Daniel Achebe", "Émilie Roussin and CTO …": a
            # name before "and", the title of the next one after it.
            led_by = next((k for k in range(i, joiner)
                           if self.folds[k] in self.kb.given_names), None)
            if led_by is not None and joiner - led_by >= 2 \
                    and all(self.toks.cap[k] for k in range(led_by, joiner)):
                self._classify_name(led_by, joiner, led_by > i)
        if start >= j:
            return              # titles and demonyms only ("… visits by Canadians.")
        if start > i and self.folds[start] in ORG_CONNECTORS:
            # "Secretary of Economy", "ministre des Affaires étrangères": a portfolio.
            # A name may still end the run: "Secretary of Economy Raquel Buenrostro".
            given = [k for k in range(start + 1, j) if self.folds[k] in self.kb.given_names]
            if not given:
                return
            start = given[0]
        elif start > i:
            # "Minister Responsible for Trade Tom Hill": the title's words run on to a
            # portfolio ("for Trade") before the given name.
            first = next((k for k in range(start + 1, j) if self.folds[k] in self.kb.given_names),
                         None)
            # (but not past a name opening with a given name: "CEO Émilie Roussin and
            # Daniel Achebe")
            if first is not None and any(self.folds[x] in ORG_CONNECTORS
                                         for x in range(start, first)) \
                    and self.folds[start] not in self.kb.given_names:
                start = first
        if start == i and (self._company_before(i) and self.folds[i] not in self.kb.given_names
                           or j < self.n and self.toks.gap[j] == ", "
                           and self._company_after(i, j)) \
                and self._classify_org(i, j, "company"):
            return
        if start == i and self._heads_a_body(i, j):
            # (Up to where it is: "president of Prairie Harvest Pulses in Morden".)
            at = next((k for k in range(i + 1, j) if self.folds[k] in _IN), j)
            if self._classify_org(i, at, "company"):
                if at + 1 < j:
                    self._classify_run(at + 1, j)
                return
        titled = last_title >= i or self._titled_before(i, j)
        self._classify_name(start, j, titled)

    def _company_before(self, i: int) -> bool:
        """Whether a common noun for a company stands right before token i, maybe with a
        demonym after it: "the company X", "building-materials maker X", "la minera
        canadiense X", "l'entreprise québécoise X"."""
        k = i - 1
        if k > 0 and self.folds[k] in self.kb.demonyms and not self.toks.cap[k]:
            k -= 1
        return k >= 0 and not self.taken[k] and soft_gap(self.toks.gap[k + 1]) \
            and bare(self.folds[k]) in _COMPANY_NOUNS

    def _venue_noun(self, v: int) -> bool:
        """Whether token v is a venue's noun in lower case ("avenida", "rue"; French
        "place" as a square's, not in "mise en place", "sur place")."""
        return self.folds[v] in _VENUE_NOUNS and self.toks.text[v].islower() \
            and not (self.folds[v] == "place" and v > 0 and self.folds[v - 1] in ("en", "sur"))

    def _venue_noun_before(self, i: int) -> int | None:
        """Where a venue's noun in lower case stands before token i, right before it or
        before "de", "de la", "du" ("avenida Juárez", "boulevard de la Côte-Vertu")."""
        v = i - 1
        while v > 0 and i - v <= 2 and (self.folds[v] in _SITE_LINKS
                                        or self.folds[v] in _ARTICLE_PARTICLES
                                        or self.folds[v] in ("le", "l")) \
                and soft_gap(self.toks.gap[v + 1]):
            v -= 1
        if v < 0 or not self._venue_noun(v) or self.taken[v] \
                or self.folds[v] == "place" and v != i - 1 \
                or not soft_gap(self.toks.gap[v + 1]) or not soft_gap(self.toks.gap[i]):
            return None
        return v

    def _named_on(self, j: int) -> int:
        """Where a venue's name ending at j ends when "de", "del", "de la", "du" and more
        capitalised words follow ("Paseo de la Reforma"): those words taken too."""
        toks, folds, k = self.toks, self.folds, j
        while k < self.n and k - j < 3 and (folds[k] in _SITE_LINKS
                                            or folds[k] in _ARTICLE_PARTICLES) \
                and soft_gap(toks.gap[k]):
            k += 1
        if k == j or k >= self.n or not toks.cap[k] or self.taken[k] \
                or not soft_gap(toks.gap[k]):
            return j
        while k < self.n and toks.cap[k] and not self.taken[k] and soft_gap(toks.gap[k]):
            self.taken[k] = True
            k += 1
        return k

    def _company_after(self, i: int, j: int) -> bool:
        """Whether the run i..j-1, with no given name in it, is described right after as
        a company: "Pacífico Azul Maricultura, una empresa con capital de …"."""
        return j + 1 < self.n and self.toks.gap[j] == ", " and self.folds[j] in _INDEFINITE \
            and bare(self.folds[j + 1]) in _COMPANY_APPOSITIVES \
            and soft_gap(self.toks.gap[j + 1]) and not self._given_name_in(i, j)

    def _heads_a_body(self, i: int, j: int) -> bool:
        """Whether the run i..j-1, with no given name in it, is the body a business title
        right before it heads: "chief executive of Northvale Robotics", "directora
        general de Northvale Robótica", "président de Laurentide Composantes"."""
        if i > 0 and self.toks.text[i][:2].lower() in ("d'", "d’"):
            # "président d’Appareillages Saint-Maurice": the "de" elided onto the name (of
            # a body, whatever given name it holds: no one is a president of a person)
            return any((head := self._head_at(k)) is not None and head[0] == i
                       and (head[1] in ("business", "expert") or self.folds[k] in _PRESIDENTS)
                       for k in range(max(0, i - 4), i))
        if self._given_name_in(i, j):
            return False
        x, steps = i - 1, 0
        while x > 0 and steps < 3 and (self.folds[x] in ORG_CONNECTORS
                                       or self.folds[x] in _OF_A_BODY
                                       or self.folds[x] in _PLURAL_ARTICLES
                                       or self.folds[x] == "el") \
                and soft_gap(self.toks.gap[x + 1]):
            x, steps = x - 1, steps + 1
        if steps == 0 or self.folds[x + 1] not in _OF_A_BODY:
            return False
        for k in range(max(0, x - 3), x + 1):
            head = self._head_at(k)
            if head is not None and head[0] in (x + 1, x) and (
                    head[1] in ("business", "expert") or self.folds[k] in _PRESIDENTS):
                return True
        return False

    def _owns_a_title(self, i: int, j: int) -> bool:
        """Whether the run i..j-1, two words or more with no given name, is the
        possessor of a business title in lower case right after it: "said Prairie Sun’s
        founder", "Northvale Robotics’ chief executive" (a country's, a place's or a
        person's is not a company's: "Canada’s ambassador", "Ontario’s premier")."""
        if j - i < 2 or j >= self.n or self.toks.cap[j]:
            return False
        if not (self.toks.fold[j - 1].endswith("'s") and soft_gap(self.toks.gap[j])
                or self.toks.gap[j] in ("' ", "’ ") and self.folds[j - 1].endswith("s")):
            return False
        head = self._head_at(j)
        return head is not None and (head[1] in ("business", "expert")
                                     or self.folds[j] in _PRESIDENTS) \
            and self._company_possessor(i, j)

    def _of_the_person_before(self, i: int, j: int) -> bool:
        """Whether the run i..j-1, between commas after a person's name and "of", "de",
        "du" or "from", can only be the company the person is of: "Kelsey Brandvold, de
        Prairie Sun, dijo" (a place that says what it is is read as one)."""
        if i < 3 or self.folds[i - 1] not in _AFFILIATIONS or self.toks.gap[i - 1] != ", " \
                or not soft_gap(self.toks.gap[i]) \
                or j < self.n and not self.toks.gap[j].startswith(","):
            return False
        end = self.toks.end[i - 2]
        return any(e == end for p in self.people.values() for _, e in p.spans) \
            and self._company_possessor(i, j) \
            and not any(f in _GEO_WORDS for f in self.folds[i:j])

    def _company_possessor(self, i: int, j: int) -> bool:
        """Whether the run i..j-1, two words or more before a possessive, can only be a
        company's name: no given name, no country, no place the gazetteer knows, no
        person named earlier."""
        return j - i >= 2 and not self._given_name_in(i, j) \
            and self._known_place(i, j) is None \
            and not any(self.kb.country_of(self.folds[k]) for k in range(i, j)) \
            and self._named_by_surnames(i, j) is None

    def _person_ends_at(self, k: int) -> bool:
        """Whether a person's name read so far ends with token k."""
        end = self.toks.end[k]
        return self.taken[k] and any(e == end for p in self.people.values() for _s, e in p.spans)

    def _titled_before(self, i: int, j: int) -> bool:
        """A title or honorific right before the run, in lower case ("la ministra "),
        maybe with a demonym after it ("le capitaine mexicain "); or, before a comma, a
        title of a body ("El director de la OPS, "), when the run (tokens i..j-1) is not
        one of a list ("the director of the Bank of Canada, Ottawa Hydro and Manulife")."""
        k = i - 1
        if k < 0 or not (soft_gap(self.toks.gap[i]) or self.toks.gap[i] == ", "):
            return False
        if k > 0 and self.folds[k] in self.kb.demonyms and self.toks.text[k].islower() \
                and soft_gap(self.toks.gap[k]):
            k -= 1
        elif k > 0 and self.doc.language in ("fr", "es") and self.toks.text[k].islower() \
                and len(self.folds[k]) > 4 and self.folds[k] not in ORG_CONNECTORS \
                and _TRADE_ADJECTIVE.search(self.folds[k]) and soft_gap(self.toks.gap[k]) \
                and self.folds[k - 1] in self.lex.head_ends:
            k -= 1              # "L’économiste agricole X", "la economista agrícola X"
        elif k > 1 and j - i >= 2 and self.doc.language in ("fr", "es") \
                and self.toks.text[k].islower() and len(self.folds[k]) > 3 \
                and self.folds[k].isalpha() \
                and self.folds[k] not in FUNCTION_WORDS and soft_gap(self.toks.gap[k]) \
                and (of := k - 1 - (self.folds[k - 1] in ("la", "l'") and k > 2
                                    and self.folds[k - 2] == "de")) > 0 \
                and self.folds[of] in _FIELD_OF and soft_gap(self.toks.gap[of]) \
                and self.folds[of - 1] in self.lex.head_ends:
            k = of - 1          # "L’économiste du sport X", "el economista del deporte X"
            #                     (a name of two words or more: not "capítulo Noreste")
        f = self.folds[k]
        opens = k           # (the title's first word: "vice-présidente")
        while opens > 0 and self.toks.gap[opens] == "-":
            opens -= 1
        if self.toks.gap[i] == ", " and f in self.lex.head_ends and opens > 0 \
                and self.toks.gap[opens] == ", " and self._person_ends_at(opens - 1):
            # "Kendra Vanderhoek, president, Chinook Prairie Beef": the title is the name's
            # before it, and what follows is where she holds it
            return False
        if f in self.lex.head_ends or f in self.lex.honorifics \
                and not (f == "me" and self.toks.text[k] != "Me"):
            return True     # (French "Me", a lawyer's, not "me": "Thanks for having me, Naomi")
        # An apposition closes with a comma and goes on in lower case, or ends the sentence.
        if self.toks.gap[i] != ", " or j < self.n and "." not in self.toks.gap[j] and (
                not self.toks.text[j][:1].islower()
                or self.folds[j] in _PAIR_JOINERS and "," not in self.toks.gap[j]):
            return False
        # "director de la OPS, X", "head of the Pan American Health Organization, X": back
        # over the body's name and "of the" to the title's last word.
        steps = 0
        romance = self.doc.language in ("fr", "es")
        # A portfolio of several parts crosses one comma, before the part an "and" joins:
        # "Minister of Economic Development, Job Creation and Trade, X", "ministro de
        # Desarrollo Económico, Creación de Empleo y Comercio de Ontario, X".
        joined = crossed = False
        while k > 0 and steps < (16 if crossed else 12) and (
                soft_gap(self.toks.gap[k])
                or joined and not crossed and self.toks.gap[k] == ", ") and (
                self.toks.cap[k] or self.toks.upper[k] or self.folds[k] in ORG_CONNECTORS
                # (a French or Spanish portfolio in lower case: "pour les affaires
                # étrangères et la politique de sécurité, X")
                or romance and (self.folds[k] in _PLURAL_ARTICLES or self.folds[k].isalpha()
                                and self.folds[k] not in FUNCTION_WORDS
                                and self.folds[k] not in _ROMANCE_VERBS)):
            if self.toks.cap[k] and self._head_at(k):
                return True     # "the EU High Representative for Foreign Affairs …, X"
            if romance and steps >= 2 and not self.toks.cap[k] \
                    and self.folds[k] in self.lex.head_ends and self._portfolio_after(k):
                return True     # "la haute représentante de l’UE pour …, X"
            joined = joined or self.folds[k] in _PAIR_JOINERS
            crossed = crossed or self.toks.gap[k] == ", "
            k, steps = k - 1, steps + 1
        joined_by = k + 1
        if steps >= 2 and k > 0 and not self.toks.cap[k] and (
                self.folds[k] in self.kb.demonyms or _ROMANCE_ADJECTIVE.search(self.folds[k])) \
                and self.folds[k - 1] in self.lex.head_ends:
            k -= 1              # "el comisario europeo de Comercio, X"
        return steps >= 2 and self.folds[joined_by] in ORG_CONNECTORS \
            and self.folds[k] in self.lex.head_ends and not self.toks.cap[k]

    def _name_after_portfolio(self, i: int, j: int) -> int | None:
        """Where a name starts in the run i..j-1 when the run opens with the portfolio of
        a title written in lower case before it ("secretario de", "ministre responsable
        du") and a given name follows: "Hacienda Rogelio Ramírez" -> "Rogelio Ramírez"."""
        k = i - 1
        while k > 0 and self.folds[k] in ORG_CONNECTORS and soft_gap(self.toks.gap[k + 1]):
            k -= 1
        if k == i - 1 or self.toks.cap[k] or not soft_gap(self.toks.gap[k + 1]):
            return None
        if self.folds[k] not in self.lex.head_ends and not (
                k > 0 and self.folds[k - 1] in self.lex.head_ends and not self.toks.cap[k - 1]):
            return None         # (one word may qualify the title: "ministre responsable du")
        given = next((g for g in range(i + 1, j) if self.folds[g] in self.kb.given_names),
                     None)
        return given if given is not None and j - given >= 2 else None

    def _body_after(self, k: int) -> bool:
        """Whether token k, or the one after its article, is a body's head word ("et
        l’ambassade", "et le secrétariat", "y la embajada")."""
        if k < self.n and self.folds[k] in _ARTICLES_BEFORE_BODY:
            k += 1
        return k < self.n and self.folds[k] in _ROMANCE_ORG_HEADS | _LOWERCASE_MISSIONS

    def _mission_of(self, k: int) -> bool:
        """Whether the mission's word at token k ("consulat", "embajada") goes on with the
        country it represents: "consulat général du Mexique", "embajada de Canadá"."""
        k += 1
        if k < self.n and self.folds[k] in ("general", "generale"):
            k += 1
        return k + 1 < self.n and self.folds[k] in _PLACE_OF and self._country_word(k + 1) \
            and soft_gap(self.toks.gap[k]) and soft_gap(self.toks.gap[k + 1])

    def _portfolio_after(self, k: int) -> bool:
        """Whether a title's word at token k goes on with its portfolio: "de", "of", "du"
        right after it, or after one adjective ("comisario europeo de")."""
        nxt = self.folds[k + 1] if k + 1 < self.n else ""
        if nxt in ORG_CONNECTORS:
            return True
        return k + 2 < self.n and not self.toks.cap[k + 1] \
            and (nxt in self.kb.demonyms or bool(_ROMANCE_ADJECTIVE.search(nxt))) \
            and self.folds[k + 2] in ORG_CONNECTORS

    def _classify_org(self, i: int, j: int, kind_else: str | None = None) -> bool:
        """Whether the run i..j-1 names a body (then recorded); ``kind_else``: its kind
        when its words do not say (the run is known to name one)."""
        # A leading possessive country is not part of the name: "Mexico's Ministry".
        country, run_start = None, i
        while i < j - 1 and self.toks.fold[i].endswith("'s") and \
                self.kb.country_of(self.folds[i]):
            country = self.kb.country_of(self.folds[i])
            i += 1
        folds = self.folds[i:j]
        if kind_else is None and len(folds) >= 2 and folds[-1] in _NOT_A_BODY_ENDS:
            return False        # "the Energy Dispute", "The Commission Meeting", "Energy Sector"
        kind, head_start = None, -1
        for k in range(len(folds)):
            m = self.lex.org_heads.match(folds, k)
            if m:
                # A title phrase is not an organisation ("Press Secretary",
                # "Minister of Economy").
                if any(self._head_at(i + x) for x in range(0, k + 1)):
                    kind = None
                    break
                kind, head_start, head_end = str(m[1][0]), k, m[0]
                if k == 0 or m[0] == len(folds):
                    break
        # "Marina Ruiz": a given name that is also a head word ("Secretaría de Marina")
        # opens a person's name, unless another head word says the run is a body's.
        if kind is not None and head_start == 0 and head_end == 1 and len(folds) >= 2 \
                and folds[0] in self.kb.given_names and self.toks.cap[i + 1] \
                and not any(self.lex.org_heads.match(folds, x) for x in range(1, len(folds))):
            kind = None
        # "Energy Secretary", "Energy and Natural Resources Minister": a title, not a body.
        if kind is not None and any((self._head_at(i + x) or (0, ""))[0] == j
                                    for x in range(len(folds))):
            kind = None
        # "Acme Mining President John Smith", "Energy Minister Elaine Whitford": a title
        # after the head word opens someone's name; a body, if any, ends before it.
        if kind is not None:
            title = next((x for x in range(head_end, len(folds)) if self._head_at(i + x)),
                         None)
            if title is not None:
                if title >= 2 and self._classify_org(run_start, i + title):
                    self._classify_run(i + title, j)
                    return True
                return False
        if kind is None and len(folds) >= 2 and folds[-1] in _COUNTRY_TAILS \
                and not any(self._is_titleish(i + x) for x in range(len(folds) - 1)) \
                and not any(self.toks.fold[i + x] in self.kb.given_names for x in range(1)) \
                and all(self.toks.cap[i + x] for x in range(len(folds))):
            # "MiningWatch Canada", "Equipo Canadá" (the government's own bodies so named,
            # "Statistics Canada", are the gazetteer's)
            kind = "other"
        parent = self._parent_body(i, j)
        if parent is not None:
            # "RBC Capital Markets", "Desjardins Marché": a body named after the one it
            # belongs to is of its country, and of its kind unless its name says.
            kind, country = kind or parent.kind, country or parent.country
        if kind is None and j - i >= 2 and j < self.n and self.folds[j] in self._SPEECH \
                and self._it_after(j + 1) and all(self.toks.cap[k] for k in range(i, j)) \
                and not self._given_name_in(i, j):
            kind = "other"      # "Cordillera Midstream said it would spend …"
        kind = kind or kind_else
        if kind is None and (known := self._known_org(run_start, j)) is not None:
            # "Canadian Manufacturers & Exporters": a name the gazetteer knows, opening
            # with a demonym and with no head word of a body
            kind = known.kind
        if kind is None:
            return False
        if len(folds) == 1:
            return False          # a lone "Ministry", "Mining" or "Energy" names nothing
        name = _bare_text(self._text(i, j))
        span = (self.toks.start[i], self.toks.end[j - 1])
        known = self._known_org(i, j)
        if known is not None:
            # A name the gazetteer knows that the first pass leaves to this one (it opens
            # with a demonym: "Mexican Mining Chamber") is that body, one with its other
            # names in the article ("Camimex").
            self._add_named(self.orgs, known.name, known.kind, known.country, span, name)
            self.taken[i:j] = [True] * (j - i)
            return True
        if self._heading_label(i, j):
            return False          # a newsletter item's heading: "COMMITTEE WATCH: The …"
        if country is None:
            country = _named_country(folds, self.kb.demonyms.get) or self._place_country(i, j)
        if country is None and folds[-1] in _COUNTRY_TAILS:
            country = "CA" if folds[-1] == "canada" else "MX"
        wide = self._with_country_pair(i, j)
        if wide != (i, j):
            i, j = wide
            name, span = _bare_text(self._text(i, j)), (self.toks.start[i], self.toks.end[j - 1])
        self._add_named(self.orgs, name, kind, country, span)
        for k in range(i, j):
            self.taken[k] = True
        return True

    def _known_without_initials(self, i: int, j: int) -> KnownPerson | None:
        """The person the gazetteer knows by the name at tokens i..j-1 once its middle
        initials are left out ("David J. McGuinty" is David McGuinty), if any."""
        toks = self.toks
        words = [self.folds[k] for k in range(i, j)
                 if not (k > i and len(toks.text[k]) == 1 and toks.text[k].isupper())]
        while len(words) > 2 and words[-1] in _GENERATIONS:
            words.pop()     # "Joseph R. Biden Jr."
        if len(words) == j - i or len(words) < 2:
            return None
        found = self.kb.trie.match(words, 0)
        if found is None or found[0] != len(words):
            return None
        first = Entries(found[1]).first_kind
        if first is None or first[0] != "person":
            return None
        return self.kb.people[self._pick_person(first[1])]

    def _portfolio_goes_on(self, j: int) -> bool:
        """Whether "de", "del", "de la(s)", "de los" and a capitalised word follow token j-1,
        as a Spanish portfolio's next field does ("Promoción de las Exportaciones")."""
        toks, folds = self.toks, self.folds
        if j >= self.n or folds[j] not in ("de", "del") or not soft_gap(toks.gap[j]):
            return False
        k = j + 1
        if k < self.n and folds[k] in ("la", "las", "los", "el"):
            k += 1
        return k < self.n and toks.cap[k] and soft_gap(toks.gap[k]) \
            and folds[k] not in self.kb.given_names

    def _classify_name(self, i: int, j: int, titled: bool) -> None:
        toks = self.toks
        if j < self.n and len(toks.text[j - 1]) == 1 and toks.gap[j] == "-" \
                and toks.text[j][:1].isdigit():
            return      # "Bill C-4", "le projet de loi C-30": a bill's number, no one
        # Drop trailing connectors and anything that is a country or demonym.
        while j > i and (self.folds[j - 1] in NAME_CONNECTORS):
            j -= 1
        words = self.folds[i:j]
        if titled and all(w in _PAIR_JOINERS or w not in self.kb.given_names
                          and w not in self.kb.surnames for w in words) \
                and (j - i == 1 or any(w in _PAIR_JOINERS for w in words)) \
                and self._portfolio_goes_on(j):
            return      # "la ministra de Comercio Internacional, Promoción de las
            #             Exportaciones, …", "el ministro de Innovación, Ciencia e
            #             Industria de Canadá, …": the portfolio goes on, no one is named yet
        if i > 0 and self.folds[i - 1] in _NAME_PARTICLES and len(words) >= 2 \
                and (named := self._named_by_surnames(i, j)) is not None:
            # "Del Valle Urquidi said": the surnames of "Ignacio del Valle Urquidi", not
            # a valley.
            self._add_person(named.name, (self.toks.start[i], self.toks.end[j - 1]),
                             named.known, self._text(i, j))
            self.taken[i:j] = [True] * (j - i)
            return
        if not titled and len(words) >= 2 and words[0] in _GEO_WORDS:
            self._geographic(i, j)
            return
        if not titled and len(words) >= 2 and words[-1] in _BUILDING_ENDS \
                and self.toks.cap[j - 1]:
            # "the Lester B. Pearson Building", "the Sir John A. Macdonald Building": a
            # building named for someone, not that person
            name = self._text(i, j)
            self._add_named(self.places, name, "site", None,
                            (self.toks.start[i], self.toks.end[j - 1]), name)
            self.taken[i:j] = [True] * (j - i)
            return
        particled = self._particled_name(words) or (
            # a first name the gazetteer does not know, vouched for by a title or an
            # apposition: "Decio de María, the president of the Mexican Football
            # Federation", "dijo Decio de María, presidente de la FMF"
            self._particled_name(words, known_first=False)
            and not any(w in self.lex.org_head_words or w in self.lex.head_words
                        or w in self._lowercase_words or self.kb.trie.match(words, k)
                        for k, w in enumerate(words) if w not in _NAME_PARTICLES)
            # (not a name with its article, a body's or a place's: "El Departamento de
            # Finanzas, que encabeza …", "l’hôtel Olas del Pacífico")
            and not (i > 0 and (self.folds[i - 1] in _ARTICLE_WORDS
                                or self.toks.fold[i - 1].startswith(("l'", "l’"))))
            and (titled or self._appositive_person(j, j - i) or self._speech_context(i, j)))
        if not words or any(w in self.kb.demonyms or w in FUNCTION_WORDS for w in words) \
                and not particled:
            # "Canada Mexico" or "Monday" are never people; try the tail after them.
            cut = max((k for k, w in enumerate(words)
                       if w in self.kb.demonyms or w in FUNCTION_WORDS), default=0)
            # "Hugo Santander and Elaine Whitford": two people; "Ixtenco, Huamantla y
            # Tetla": two places of a list.
            if cut >= 2 and words[cut] in _PAIR_JOINERS and words[0] in self.kb.given_names \
                    or cut >= 1 and words[cut] in _PAIR_JOINERS and i in self.place_ends \
                    and self.toks.gap[i] == ", ":
                self._classify_name(i, i + cut, titled)
            if words and cut + 1 < len(words):
                self._classify_name(i + cut + 1, j, False)
            return
        initials = titled and j - i == 2 and len(toks.text[i]) == 2 \
            and toks.text[i].isalpha() and toks.text[i].isupper() and not toks.upper[i + 1]
        if not initials and j - i >= 3 and i > 0 and self.folds[i - 1] in _TOLD_OUTLET \
                and (toks.upper[i] and len(toks.text[i]) <= 5 or self._outlet_after_article(i)) \
                and not toks.upper[i + 1] and words[1] in self.kb.given_names \
                and not any(toks.upper[k] for k in range(i + 1, j)):
            # an outlet's acronym, then a name: "», dijo a EFE Darren Kowalchuk, …", "a dit
            # à l'AFP Marie Tremblay"; or its name whose article "au" holds: "a confié au
            # Devoir Alejandro Fuentes-Carrillo"
            self._classify_name(i + 1, j, titled)
            return
        if not initials and any(toks.upper[k] and len(toks.text[k]) <= 5 for k in range(i, j)):
            # acronyms: organisations we do not know (but initials before a surname,
            # after a title: "Agriculture Minister RJ Sigurdson")
            return
        span = (toks.start[i], toks.end[j - 1])
        n = j - i
        local = i > 1 and (self.folds[i - 1] in _LOCAL_OFFICES
                           or self.folds[i - 2] in _LOCAL_OFFICES)
        if n <= 4 and (local and self._jurisdiction(i, j)
                       or i > 0 and self.folds[i - 1] in _SETTLEMENTS
                       and toks.fold[i].startswith(("d'", "d’")) and soft_gap(toks.gap[i])):
            self._town(i, j)        # "le maire d’Alma, Sylvain Ouellet", "la ville d’Amos"
            return
        if not titled and self._unknown_place(i, j, words):
            return
        if n == 1:
            # (not an abbreviation closing a bracket: the party in "(ministre …, Lib.)")
            if titled and not (j < self.n and toks.gap[j].startswith(".)")):
                self.pending_surnames.append(i)
            elif not titled and words[0] not in _SAINT_WORDS \
                    and not (i > 0 and (self.folds[i - 1] in _ARTICLE_WORDS
                                        or self.folds[i - 1] in _NAME_PARTICLES)) \
                    and (called := self._named_by_given_names(words)) is not None:
                # "Víctor and I talked about that too": a speaker calls a counterpart
                # named before by the given name alone, when no one else has it (not a
                # place after its article: "El Rosario" after "Rosario Cruz Colín").
                self._add_person(called.name, span, called.known)
                self.taken[i] = True
            return
        if n > (7 if particled else 5):
            return
        first_given = words[0] in self.kb.given_names and words[0] not in _SAINT_WORDS
        aged = n >= 2 and self._aged(j)     # no body or place is a given age
        if titled or first_given or aged or self._appositive_person(j, j - i) \
                or self._speech_context(i, j):
            if not first_given and not titled and not aged:
                # Require something name-like: no org or place word inside, nor a trade in
                # the plural ("Saskatchewan Pulse Growers, said …").
                if any(w in self.lex.org_head_words or w in _TRADES_PLURAL for w in words):
                    return
            # Given names inside a longer titled run start the name: "Economy Raquel B."
            if titled and not first_given:
                for k in range(1, n - 1):
                    # (not one a hyphen joins to the word before: "M. St-Pierre Plamondon",
                    # a compound surname)
                    if words[k] in self.kb.given_names and toks.gap[i + k] != "-":
                        i, span = i + k, (toks.start[i + k], span[1])
                        break
            if not first_given and (named := self._named_by_surnames(i, j)) is not None:
                # "Pérez García" after "Juan Pérez García" (with particles before them,
                # "De los Santos Arreola", they were read at the start).
                self._add_person(named.name, span, named.known, self._text(i, j))
            elif first_given and not titled \
                    and (called := self._named_by_given_names(words)) is not None:
                # "Juan Ramón", as a counterpart calls "Juan Ramón de la Fuente" in a
                # transcript: the one person named with those given names first.
                self._add_person(called.name, span, called.known)
            elif (initialled := self._known_without_initials(i, j)) is not None:
                # "David J. McGuinty", "Mark J. Carney": the gazetteer's, whose names it
                # writes without the middle initial
                self._add_person(initialled.name, span, initialled, self._text(i, j))
            else:
                self._add_person(self._text(i, j), span, None, self._text(i, j))
            for k in range(i, j):
                self.taken[k] = True

    def _named_by_surnames(self, i: int, j: int) -> PersonEntity | None:
        """The person named earlier whose compound surname tokens i..j-1 are, with the
        particles written before them ("De los Santos Arreola", "del Valle Urquidi")."""
        k = i
        while k > 0 and self.folds[k - 1] in _NAME_PARTICLES and soft_gap(self.toks.gap[k]):
            k -= 1
        keys = {" ".join(self.folds[k:j]), " ".join(self.folds[i:j])}
        found = [p for p in self.people.values() if len(p.name.split()) > j - i
                 and not keys.isdisjoint(surname_keys(p.name, self.kb.given_names))]
        return found[0] if len(found) == 1 else None

    def _named_by_given_names(self, words: list[str]) -> PersonEntity | None:
        """The one person named so far whose name opens with ``words``, all given names,
        and goes on with a surname: "Juan Ramón" for "Juan Ramón de la Fuente"."""
        if not all(w in self.kb.given_names for w in words):
            return None
        found = [p for p in self.people.values()
                 if len(p.name.split()) > len(words)
                 and [fold(w) for w in p.name.split()[:len(words)]] == words]
        return found[0] if len(found) == 1 else None

    def _particled_name(self, words: list[str], known_first: bool = True) -> bool:
        """A given name, then surnames with particles: "Ignacio del Valle Urquidi", "José
        Guadalupe de los Santos Arreola", "María de la Luz Hernández" (not "Claudia
        Sheinbaum de México", nor a known name after the particle: "… de Nuevo León").
        ``known_first``: whether the first word must be a given name the gazetteer knows
        (else any word that is not a particle nor a function word)."""
        if len(words) < 3 or len(words) > 7 or words[-1] in _NAME_PARTICLES \
                or (words[0] not in self.kb.given_names if known_first
                    else words[0] in _NAME_PARTICLES or words[0] in FUNCTION_WORDS):
            return False
        for k, w in enumerate(words[1:], 1):
            if w in _NAME_PARTICLES:
                continue
            if w in FUNCTION_WORDS or w in self.kb.demonyms or self.kb.country_of(w):
                return False
            if words[k - 1] in _NAME_PARTICLES and (m := self.kb.trie.match(words[k:], 0)) \
                    and m[0] == len(words) - k:
                return False    # "de Nuevo León", "del Valle de Bravo": a known name ends it
        return any(w in _NAME_PARTICLES for w in words[1:])

    @cached_property
    def _lowercase_words(self) -> frozenset[str]:
        """Words the article also writes in lower case: common nouns, not names. (A
        handle's or a hashtag's words are not the article's: "@m_ebrard".)"""
        return frozenset(f for word, f, gap in zip(self.toks.text, self.toks.fold,
                                                   self.toks.gap, strict=True)
                         if word.islower() and not gap.endswith(("@", "#", "_")))

    def _portfolio_before(self, k: int) -> bool:
        """Whether the words before token k (a conjunction) end a title's portfolio: a
        title, then capitalised words joined by locatives and articles ("secrétaire
        d’État à la Petite Entreprise")."""
        for x in range(k - 1, max(k - 10, -1), -1):
            if not soft_gap(self.toks.gap[x + 1]):
                return False
            f = self.folds[x]
            if f in self.lex.head_ends:
                return x < k - 1
            if not (self.toks.cap[x] or f in _LOCATIVES or f in FUNCTION_WORDS):
                return False
        return False

    def _jurisdiction(self, i: int, j: int) -> bool:
        """Whether the name at i..j is the town or state a local office before it is of,
        its holder named right after: "el presidente municipal de Eduardo Neri, Abel
        Juárez Tapia", "the mayor of Digby, Jane Roy", "le maire d’Alma, Sylvain Ouellet"."""
        toks, folds = self.toks, self.folds
        if i < 2 and not (i == 1 and folds[0] in _LOCAL_OFFICES) \
                or folds[i - 1] not in _LOCAL_OFFICES and folds[i - 2] not in _LOCAL_OFFICES:
            return False                    # (most names: no local office before them)
        elided = toks.fold[i].startswith(("d'", "d’"))
        k = i if elided else i - 1          # the "of"/"de" before the name
        if k < 1 or not elided and folds[k] not in ("of", "de", "del") \
                or folds[k - 1] not in _LOCAL_OFFICES:
            return False
        return j + 1 < self.n and toks.gap[j] == ", " and bool(toks.cap[j]) \
            and soft_gap(toks.gap[i]) and all(soft_gap(toks.gap[x]) for x in range(i + 1, j))

    def _town(self, i: int, j: int) -> None:
        """A town at i..j, without the French article elided before it ("d’Alma")."""
        start, end = self.toks.start[i], self.toks.end[j - 1]
        if self.toks.fold[i].startswith(("d'", "d’")):
            start += 2
        name = self.doc.text[start:end]
        self._add_named(self.places, name, "city", None, (start, end), name)
        for k in range(i, j):
            self.taken[k] = True
        self.place_ends.add(j)

    def _unknown_place(self, i: int, j: int, words: list[str]) -> bool:
        """A place the gazetteer does not know, after "in", "à", "en": "in Sombrerete",
        "à Saint-Rémi", "en Montérégie". Never a given name, a possessive or a body."""
        prev = self.toks.text[i - 1].lower() if i > 0 else ""
        # "in Morden or Winkler", "municipios como Ixtenco, Huamantla y Tetla": the next
        # after the first, the locative shared.
        # (One word, or words joined by hyphens: "Saint-Côme".)
        one_name = j - i == 1 or j - i <= 4 and all(self.toks.gap[k] == "-"
                                                    for k in range(i + 1, j))
        # (After a known city only when "and", "y", "et" or "or" joins them: "In
        # Monterrey, Okafor said" is no list.)
        listed = one_name and (prev in _LIST_OF_PLACES and (i - 1 in self.place_ends
                                                            or i - 1 in self.known_place_ends)
                               or self.toks.gap[i] == ", " and i in self.place_ends)
        # "the town of Yarmouth", "el municipio de Ixtenco", "la municipalité de Saint-Rémi",
        # "la comunidad de El Carrizal" (the article, capitalised, is the name's)
        if prev in _ARTICLE_PARTICLES | {"el", "le", "les"} and i >= 3 and self.toks.cap[i - 1] \
                and self.folds[i - 2] == "de" and self.folds[i - 3] in _SETTLEMENTS \
                and soft_gap(self.toks.gap[i]) and soft_gap(self.toks.gap[i - 1]):
            i, prev = i - 1, "de"
            words = [self.folds[i], *words]
        named = prev in ("of", "de", "como", "comme") and i >= 2 \
            and self.folds[i - 2] in _SETTLEMENTS and soft_gap(self.toks.gap[i - 1]) \
            or prev == "as" and i >= 3 and self.folds[i - 2] == "such" \
            and self.folds[i - 3] in _SETTLEMENTS
        if not (prev in _LOCATIVES or listed or named) \
                or not (soft_gap(self.toks.gap[i]) or listed) \
                or j - i > 4 \
                or j < self.n and self.toks.gap[j][:1] == "$" \
                or j - i == 1 and len(words[0]) == 1:
            # (and "at C$14.2 billion": a currency's mark; "en X": a letter, the network)
            return False
        if words[0] in self.kb.given_names and not named or self.toks.fold[j - 1].endswith("'s") \
                or any(w in self.lex.org_head_words or w in self.lex.head_words
                       for w in words):
            return False
        if any("'" in f for f in self.toks.fold[i:j]) or any(
                w in self._lowercase_words for w in words[1 if named else 0:]) \
                or words[-1].endswith("an"):
            return False    # "à l’Économie", "en Commerce" (also "commerce"), "Asian"
        if j - i == 1 and not named and (words[0] in _LANGUAGE_NAMES
                                         or words[0] in self.lex.portfolios):
            return False    # "in Spanish and then in English", "Migrants in Agriculture"
        if j < self.n and soft_gap(self.toks.gap[j]) and self.toks.text[j].islower() \
                and _ROMANCE_ADJECTIVE.search(self.folds[j]):
            return False    # "au Développement rural", "en Comercio Exterior": a portfolio
        heads = self.lex.head_ends
        if i >= 2 and (self.folds[i - 2] in heads or i >= 3 and self.folds[i - 3] in heads
                       and _ROMANCE_ADJECTIVE.search(self.folds[i - 2])):
            return False    # "ministre au Commerce", "commissaire européen au Commerce"
        if i >= 3 and self.folds[i - 2] in _PAIR_JOINERS and self._portfolio_before(i - 2):
            return False    # "secrétaire d’État à la Petite Entreprise et au Tourisme"
        if j - i == 1 and not named and j < self.n and self.taken[j] \
                and self.toks.gap[j] == " " and (city := self._city_at(j)) is not None:
            # "à Expo Guadalajara", "en Arena Monterrey": a venue named with its city's
            # name, in that city's country (the city stays a mention of its own)
            end = next(e for s, e in city.spans if s == self.toks.start[j])
            name = self.doc.text[self.toks.start[i]:end]
            self._add_named(self.places, name, "site", city.country,
                            (self.toks.start[i], end), name)
            self.taken[i] = True
            self.place_ends.add(j)
            return True
        name = self._text(i, j)
        self._add_named(self.places, name, "city", None, (self.toks.start[i],
                                                           self.toks.end[j - 1]), name)
        for k in range(i, j):
            self.taken[k] = True
        self.place_ends.add(j)
        return True

    def _city_at(self, k: int) -> NamedEntity | None:
        """The known city whose name the article writes from token k, if any."""
        start = self.toks.start[k]
        return next((p for p in self.places.values()
                     if p.kind == "city" and any(s == start for s, _e in p.spans)), None)

    def _named_site_of(self, i: int) -> bool:
        """Whether the capitalised token i names a site after a French or Spanish noun of
        geography in lower case and "de": "golfe du Saint-Laurent", "golfo de California",
        "barrage de La Boquilla" (a venue's name right after its noun, "avenida Juárez",
        is ``_VENUE_NOUNS``' case)."""
        return self.doc.language in ("fr", "es") and i >= 2 and self.toks.cap[i] \
            and self.folds[i - 1] in _SITE_LINKS \
            and soft_gap(self.toks.gap[i]) and soft_gap(self.toks.gap[i - 1]) \
            and self.toks.text[i - 2].islower() and self.folds[i - 2] in _SITE_NOUNS \
            and not self.taken[i - 2]

    def _geographic(self, i: int, j: int, country: str | None = None) -> None:
        """A mountain range, river, lake or bay by name: a place. "Lake Erie and Mount
        Royal" are two."""
        for k in range(i + 2, j - 1):
            if self.folds[k] in _PAIR_JOINERS and self.folds[k + 1] in _GEO_WORDS:
                self._geographic(i, k)
                self._geographic(k + 1, j)
                return
        while j > i + 1 and self.folds[j - 1] in ORG_CONNECTORS:
            j -= 1
        name, start = self._text(i, j), self.toks.start[i]
        if _ELIDED_NAME.match(name):
            name, start = name[2:], start + 2     # "l’édifice …": the article is not its
        self._add_named(self.places, name, "site", country, (start, self.toks.end[j - 1]),
                        name)
        for k in range(i, j):
            self.taken[k] = True

    def _appositive_person(self, j: int, words: int = 1) -> bool:
        """'Name, an economist at …', 'Nombre, experta en …'; for a name of two words or
        more (``words``), an office too: 'Maroš Šefčovič, the European Commissioner for
        Trade', 'X, comisario europeo de Comercio' (not "In Sombrerete, the mayor said")."""
        toks = self.toks
        if j >= self.n or toks.gap[j] != ", " or self.folds[j] in _PAIR_JOINERS:
            return False        # "…, y Javier Calderón, director": the next of a list
        if words >= 2 and self.folds[j] in _WHO_PERSON:
            return True         # "Ahmed Khalil, who runs Crescent Halal Meats, said"
        for k in range(j, min(j + 6, self.n)):
            if k > j and any(c in toks.gap[k] for c in ",.;:\n"):
                break           # (not the next sentence's: "X, Maninder Sidhu. La embajadora")
            if self.folds[k] in self.lex.person_nouns:
                return True
            if words >= 2 and k - j <= 3 and self._head_at(k) is not None:
                return not self._titles_next_name(k)
        return False

    def _aged(self, j: int) -> bool:
        """Whether the name ending before token j is followed by an age: "Reyna Esquivel, a
        34-year-old stitcher", "X, 34, said", "X, de 34 años", "X, 34 ans,"."""
        return j < self.n and self.toks.gap[j] == ", " \
            and _AGE.match(self.doc.text, self.toks.end[j - 1]) is not None

    def _titles_next_name(self, k: int) -> bool:
        """Whether the title at token k is the next person's: it closes with a comma and a
        capitalised word ("…Medio Ambiente, la secretaria de Medio Ambiente, Alicia
        Bárcena"), not with a stop or a lower-case word."""
        for x in range(k + 1, min(k + 16, self.n)):
            gap = self.toks.gap[x]
            if "." in gap or "\n" in gap or ";" in gap:
                return False
            if "," in gap:
                return self.toks.cap[x]
        return False

    _SPEECH = frozenset(fold(w) for w in """said says told explained noted added stressed
        emphasized emphasised argued warned dijo afirmó señaló explicó subrayó destacó agregó
        añadió indicó aseguró sostuvo declaró comentó advirtió expresó déclaré affirmé
        souligné expliqué ajouté indiqué précisé estime""".split())

    def _speech_context(self, i: int, j: int) -> bool:
        """'said Jane Doe', 'Jane Doe said', within one sentence; or, for a name of two
        words or more, its last word alone says something elsewhere ("according to Sal
        Ferrante, whose family …", then "Ferrante said")."""
        before = self.folds[i - 1] if i > 0 and self._span_ok(i - 1, i + 1) else ""
        after = self.folds[j] if j < len(self.folds) and self._span_ok(j - 1, j + 1) else ""
        if after in self._SPEECH and self._it_after(j + 1):
            return False        # "Cordillera Midstream said it would spend …": a company
        if before in _OF_A_BODY:
            return False        # "Kelsey Brandvold, de Prairie Sun, dijo": hers, not she
        return before in self._SPEECH or after in self._SPEECH \
            or j - i >= 2 and self.folds[j - 1] in self._saying_alone

    @cached_property
    def _saying_alone(self) -> frozenset[str]:
        """The capitalised words that stand alone right before a verb of saying ("Ferrante
        said", "Ferrante dijo", not "Ferrante said it", nor one that ends a longer
        capitalised run)."""
        toks, folds = self.toks, self.folds
        out = set()
        for k in range(1, self.n - 1):
            if folds[k + 1] in self._SPEECH and toks.cap[k] and not toks.cap[k - 1] \
                    and soft_gap(toks.gap[k + 1]) and not self._it_after(k + 2):
                out.add(folds[k])
        return frozenset(out)

    def _it_after(self, k: int) -> bool:
        """Whether "it" (or "its") stands within three words from token k, in the clause."""
        for x in range(k, min(k + 3, self.n)):
            if any(c in self.toks.gap[x] for c in ".;:\n"):
                return False
            if self.folds[x] in ("it", "its"):
                return True
        return False

    # -- pass 3: surnames ------------------------------------------------------------
    def _merge_partial_names(self) -> None:
        """'Salazar Enríquez' found on its own is 'Rodrigo Salazar Enríquez'; so is
        'Rodrigo Salazar', the given name and first surname (a headline's short form)."""
        for key in list(self.people):
            ent = self.people[key]
            if ent.known:
                continue
            words = [fold(w) for w in ent.name.split()]
            short = " ".join(words)
            for other_key, other in self.people.items():
                if other_key == key or len(other.name.split()) <= len(words):
                    continue
                forms = {other.name, *other.forms, *([other.known.name] if other.known else [])}
                if any(short in _surname_keys(f, self.kb.given_names) for f in forms) or (
                        len(words) >= 2 and words[0] in self.kb.given_names and any(
                            [fold(w) for w in f.split()][:-1] == words for f in forms)):
                    other.spans.extend(ent.spans)
                    del self.people[key]
                    break

    def surnames(self) -> None:
        self._merge_partial_names()
        keys: dict[str, str] = {}
        shared: dict[str, list[str]] = {}      # a key of two people or more: all of them
        # (A titled surname, "Secretary González", is the first's: ``keys``.)
        for key, ent in self.people.items():
            for form in {ent.name, *ent.forms, *([ent.known.name] if ent.known else [])}:
                for sk in _surname_keys(form, self.kb.given_names):
                    if keys.setdefault(sk, key) != key and key not in shared.get(sk, ()):
                        shared.setdefault(sk, [keys[sk]]).append(key)
        # A three-word name as the article writes it is either "given surname surname"
        # (Andrés López Obrador) or "given given surname" with a second given name the
        # name list lacks (Rosa Icela Rodríguez, Lena Metlege Diab): its last word alone
        # refers to it too, unless that word already refers to someone else.
        # So does its middle word, a first surname that is also a given name ("Édgar Amador
        # Zamora", then "Amador discussed the agenda"), after every last word, which it
        # does not take from anyone.
        middles: list[tuple[str, str]] = []
        for key, ent in self.people.items():
            for form in {ent.name, *ent.forms}:
                words = form.replace("[", "").replace("]", "").split()
                if len(words) == 3 and not any(fold(w) in NAME_CONNECTORS for w in words):
                    keys.setdefault(fold(words[-1]), key)
                    middles.append((fold(words[1]), key))
        for word, key in middles:
            keys.setdefault(word, key)
        # Titled surnames first ("Minister Dion"): known people, the gazetteer, or new.
        for i in self.pending_surnames:
            if self.taken[i] or len(self.folds[i]) < 2:
                continue                # (a letter names no one: "its official X account")
            word = self.folds[i]
            if word in keys:
                known_ent = self.people[keys[word]]
                self._add_person(known_ent.name, (self.toks.start[i], self.toks.end[i]),
                                 known_ent.known)
            else:
                known = self._gazetteer_surname(word, i)
                name = known.name if known else _bare_text(self.toks.text[i])
                self._add_person(name, (self.toks.start[i], self.toks.end[i]), known)
                ent = self.people[name]
                for sk in _surname_keys(ent.name, self.kb.given_names):
                    keys.setdefault(sk, ent.name)
            self.taken[i] = True
        # Every other capitalised token (or pair) that is a known person's surname.
        first_words = {key.split(" ", 1)[0] for key in keys}
        toks, n = self.toks, self.n
        taken, folds = self.taken, self.folds
        # (Only the tokens that may start a key are looked at.)
        for i in [i for i, f in enumerate(folds) if f in first_words]:
            if taken[i] or not (toks.cap[i] or folds[i] in NAME_CONNECTORS):
                continue
            if i > 0 and toks.cap[i - 1] and not taken[i - 1] and soft_gap(toks.gap[i]) \
                    and folds[i - 1] not in FUNCTION_WORDS \
                    and (folds[i - 1] in self.kb.given_names
                         or folds[i - 1] in self.kb.surnames) \
                    and (folds[i - 1], folds[i]) not in self._name_word_pairs(keys):
                continue    # the end of another name: "Eufemia Hernández Cruz", not Jara Cruz
            for width in (3, 2, 1):
                if i + width > n or any(self.taken[i:i + width]) \
                        or not all(map(soft_gap, toks.gap[i + 1:i + width])):
                    continue
                key = " ".join(self.folds[i:i + width])
                if key in keys and (i + width < n and toks.gap[i + width] == "-"
                                    and toks.cap[i + width]
                                    or i > 0 and toks.gap[i] == "-" and toks.cap[i - 1]):
                    break       # part of a longer hyphenated name: "Les Serres Lachance-Ortega"
                if key in keys:
                    self.people[self._nearest_named(key, keys, shared, i)].spans.append(
                        (toks.start[i], toks.end[i + width - 1]))
                    for k in range(i, i + width):
                        self.taken[k] = True
                    break
        self._lone_known_surnames()
        self._handles()

    def _handles(self) -> None:
        """An account's handle is the person of the article whose surname it spells
        ("@m_ebrard", "@AnitaAnandMP"), or whose given name and the start of whose
        surname it spells ("@Claudiashein"): a mention of that person, when only one
        fits. (A handle is never a name of its own: ``runs``.)"""
        toks, n = self.toks, self.n
        starts = [i for i in range(n) if toks.gap[i].endswith("@")]
        if not starts or not self.people:
            return
        spelt: list[tuple[str, frozenset[str]]] = []    # given name, surnames
        for key in self.people:
            words = key.split()
            keys = {k.replace(" ", "").replace("-", "")
                    for k in _surname_keys(key, self.kb.given_names)}
            spelt.append((fold(words[0]) if len(words) > 1 else "",
                          frozenset(k for k in keys if len(k) >= _HANDLE_SURNAME)))
        names = list(self.people)
        for i in starts:
            j = i + 1
            while j < n and toks.gap[j] == "_":
                j += 1
            letters = "".join(self.folds[i:j])
            fits = {names[p] for p, (given, surnames) in enumerate(spelt)
                    if any(s in letters for s in surnames)
                    or given and letters.startswith(given)
                    and len(letters) >= len(given) + _HANDLE_SURNAME and any(
                        s.startswith(letters[len(given):len(given) + _HANDLE_SURNAME])
                        for s in surnames)}
            if len(fits) == 1:
                self.people[fits.pop()].spans.append((toks.start[i], toks.end[j - 1]))

    def _lone_known_surnames(self) -> None:
        """A known person's surname written alone, with no title and no one in the article
        named by it ("Ebrard shared the post", "Ebrard compartió", "Ebrard a partagé"):
        the one person of the gazetteer in office on the day of publication who has it,
        a minister or a head of government or state (a premier or a mayor is named in
        full first). Not a word that is also a given name, a place's or a body's name, or
        a word the article writes in lower case ("Ford" the carmaker is no premier)."""
        if not self.published:
            return              # who is in office is read from the day of publication
        toks, folds, taken, n = self.toks, self.folds, self.taken, self.n
        for i in [i for i, f in enumerate(folds) if f in self.kb.surnames]:
            # (the word before the particles before it: "Ibarra" of "Ibarra de la Vega",
            # not "visita" of "la visita de Trudeau")
            k = i - 1
            while k >= 0 and folds[k] in NAME_CONNECTORS:
                k -= 1
            if taken[i] or not toks.cap[i] or toks.text[i].isupper() \
                    or toks.gap[i].endswith(("@", "#", "-", "‐", "–")) \
                    or i + 1 < n and toks.gap[i + 1] in ("-", "‐", "–") \
                    or folds[i] in self.kb.given_names \
                    or k < i - 1 and (k < 0 or toks.cap[k] and folds[k] not in FUNCTION_WORDS):
                continue        # "III.", "Sir-John-A.-Macdonald", "Ibarra de la Vega"
            if i + 1 < n and (toks.cap[i + 1] or toks.upper[i + 1]) \
                    and soft_gap(toks.gap[i + 1]) \
                    or i > 0 and toks.cap[i - 1] and soft_gap(toks.gap[i]) \
                    and folds[i - 1] not in FUNCTION_WORDS:
                continue        # a word of a longer name
            if any(j == i + 1 and any(v[0] != "person" for v in values)
                   for j, values in self.kb.trie.matches(folds, i)):
                continue
            if folds[i] in self._lowercase_words:
                continue
            known = self._gazetteer_surname(folds[i], i)
            tenure = known.tenure_on(self.published) if known else None
            if known is None or tenure is None or tenure.role not in _CABINET_ROLES:
                continue
            self._add_person(known.name, (toks.start[i], toks.end[i]), known)
            taken[i] = True

    def _nearest_named(self, key: str, keys: dict[str, str], shared: dict[str, list[str]],
                       i: int) -> str:
        """Whom the surname ``key`` at token ``i`` names: of two people or more with that
        surname, the one named latest before it in its paragraph ("Heather MacKay, the
        deputy minister … said MacKay, who is no relation to Cameron MacKay"), else the one
        the headline names, the story's ("Muere Brian Mulroney …", then his daughter
        Caroline Mulroney, then "Trudeau dijo que Mulroney …"), else the one named latest
        before it, else the first."""
        if key not in shared:
            return keys[key]
        at = self.toks.start[i]
        before = [(max(s for s, _e in self.people[k].spans if s < at), k)
                  for k in shared[key] if any(s < at for s, _e in self.people[k].spans)]
        paragraph = self.doc.paragraph_at(at).start
        if (here := [b for b in before if b[0] >= paragraph]):
            return max(here)[1]
        headline = self.doc.paragraphs[0].end if self.doc.paragraphs else 0
        titled = [k for k in shared[key]
                  if any(s < headline for s, _e in self.people[k].spans)]
        if len(titled) == 1 and paragraph >= headline:
            return titled[0]
        return max(before)[1] if before else keys[key]

    def _name_word_pairs(self, keys: dict[str, str]) -> set[tuple[str, str]]:
        """Two words of one person's name in a row, folded ("García Muñoz" of "García
        Muñoz Ledo"); read once, when first asked."""
        if self._pairs is None:
            self._pairs = {pair for key in keys for pair in pairwise(key.split())}
            self._pairs |= {(fold(a), fold(b)) for ent in self.people.values()
                            for form in {ent.name, *ent.forms}
                            for a, b in pairwise(form.split())}
        return self._pairs

    def _gazetteer_surname(self, word: str, i: int) -> KnownPerson | None:
        candidates = self.kb.surnames.get(word, [])
        if not candidates:
            return None
        head_role = None
        for k in range(max(0, i - 4), i):
            head = self._head_at(k)
            if head and head[0] <= i:
                head_role = head[1]
        def active(p: KnownPerson) -> bool:
            t = p.tenure_on(self.published)
            if not t:
                return False
            if self.published and t.start and t.start[:7] > self.published[:7]:
                return False
            if self.published and t.end and t.end[:7] < self.published[:7]:
                return False
            return head_role is None or t.role == head_role or \
                {t.role, head_role} <= {"minister", "head_of_government", "head_of_state"}
        fitting = [p for p in candidates if active(p)] if self.published else candidates
        if len(fitting) == 1:
            return fitting[0]
        if not self.published and len(candidates) == 1:
            return candidates[0]
        return None

    # -- pass 4: a body named again by part of its name -------------------------------
    def short_forms(self) -> None:
        """A body the article names in full and also by part of that name ("la
        Croix-Rouge mexicaine … des bénévoles de la Croix-Rouge", "the Mexican Red Cross …
        Red Cross volunteers") is one body: the shorter name's mentions are the full
        one's. Not for a name the gazetteer knows, and only when exactly one other body's
        name holds it ("Red Cross" beside the Mexican and the Canadian Red Cross is
        neither)."""
        if len(self.orgs) < 2:
            return
        words = {name: [_form_words(form) for form in org.forms or {name}]
                 for name, org in self.orgs.items()}
        for name in list(self.orgs):
            if name in self.kb.orgs:
                continue
            short = max(words[name], key=len)
            holders = [other for other in self.orgs if other != name and any(
                len(long) > len(short) and _holds(long, short) for long in words[other])]
            if len(holders) == 1:
                org, holder = self.orgs.pop(name), self.orgs[holders[0]]
                holder.spans.extend(org.spans)
                holder.spans.sort()

    def _surnames_not_places(self) -> None:
        """A place's name written alone that is the surname of someone the article has
        named in full before ("Jasmine Whitehorse of Saskatoon …", then "…," Whitehorse
        said"; "Rodrigo León …", then "dijo León") is that person, unless a preposition, an
        article or a conjunction puts it among places ("in Whitehorse", "de León", "Regina
        and Whitehorse") or its province follows ("León, Guanajuato")."""
        if not self.people or not self.places:
            return
        text = self.doc.text
        surnames: dict[str, tuple[PersonEntity, int]] = {}     # the name's first end
        for person in self.people.values():
            for s, e in person.spans:
                words = text[s:e].split()
                if len(words) >= 2 and words[-1][:1].isupper():
                    key = fold(words[-1])
                    if key not in surnames or e < surnames[key][1]:
                        surnames[key] = (person, e)
        place_starts = {s for place in self.places.values() for s, _ in place.spans}
        for name, place in list(self.places.items()):
            if " " in place.name:
                continue
            keep: list[tuple[int, int]] = []
            for s, e in place.spans:
                holder = surnames.get(fold(text[s:e]))
                if holder is None or holder[1] > s:
                    keep.append((s, e))
                    continue
                before = _WORD_BEFORE_SPAN.search(text, max(0, s - 30), s)
                after = _PLACE_AFTER_COMMA.match(text, e)
                if before is not None and fold(before[1]) in _AMONG_PLACES \
                        or after is not None and after.end() in place_starts:
                    keep.append((s, e))
                else:
                    holder[0].spans.append((s, e))
                    holder[0].spans.sort()
            if not keep:
                del self.places[name]
            place.spans = keep

    def result(self) -> Entities:
        # A name the article gives as a place ("en el municipio de Eduardo Neri") is that
        # place where it reads like a person's too ("el presidente municipal de Eduardo
        # Neri, Abel Juárez Tapia"), unless the gazetteer knows the person.
        for name, person in list(self.people.items()):
            place = self.places.get(name)
            if place is not None and person.known is None:
                place.spans = sorted(place.spans + person.spans)
                del self.people[name]
        # And a word the article gives as a place ("Ebrard fires back at Ford") that is
        # the surname of someone the gazetteer knows, whom it names in full ("Ontario
        # Premier Doug Ford"), is that person.
        surnames: dict[str, PersonEntity] = {}
        for person in self.people.values():
            if person.known is not None:
                for form in person.forms:
                    if len(words := form.split()) >= 2:
                        surnames.setdefault(fold(words[-1]), person)
        for name, place in list(self.places.items()):
            if place.country is None and place.kind == "city" and " " not in place.name \
                    and (holder := surnames.get(fold(place.name))) is not None:
                holder.spans = sorted(holder.spans + place.spans)
                del self.places[name]
        self._surnames_not_places()
        mentions: list[Mention] = []
        # An entity's display name is worked out once, not once per mention.
        for person in self.people.values():
            country = person.known.country if person.known else None
            display = person.display
            for s, e in person.spans:
                mentions.append(Mention(s, e, display, "person", country))
        for named in self.orgs.values():
            display = named.display
            for s, e in named.spans:
                mentions.append(Mention(s, e, display, "organization", named.country))
        for named in self.places.values():
            display = named.display
            for s, e in named.spans:
                mentions.append(Mention(s, e, display, "place", named.country))
        mentions.sort(key=lambda m: m.start)
        for ent in self.people.values():
            ent.spans.sort()
        return Entities(people=sorted(self.people.values(), key=lambda p: p.spans[0]),
                        orgs=sorted(self.orgs.values(), key=lambda o: o.spans[0]),
                        places=sorted(self.places.values(), key=lambda p: p.spans[0]),
                        countries=self.countries, country_spans=self.country_spans,
                        mentions=mentions, tokens=self.toks)


_ARTICLE_WORDS = frozenset({"the", "el", "la", "los", "las", "le", "les", "l"})
# A generation after a surname: "Joseph R. Biden Jr." (folded).
_GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
# An age right after a name: ", a 34-year-old …", ", 34, …", ", de 34 años", ", 34 ans".
_AGE = re.compile(r",\s+(?:(?:an?\s+)?\d{1,3}-year-old\b|\d{1,3}(?:,|\s+(?:years\s+old|ans|"
                  r"años)\b)|de\s+\d{1,3}\s+años\b)")
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ][A-Za-zÁÉÍÓÚÑáéíóúñ]{1,9}")


def _form_words(form: str) -> tuple[str, ...]:
    """The folded words of a name as written ("Croix-Rouge" -> croix, rouge)."""
    return tuple(fold(w) for w in re.findall(r"[^\W_]+", form))


def _holds(long: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether ``short`` is a run of ``long``'s words."""
    n = len(short)
    return n > 0 and any(long[k:k + n] == short for k in range(len(long) - n + 1))


def _named_country(folds: list[str], country_of: Callable[[str], str | None]
                   ) -> str | None:
    """The country a body's name says it is of, by the first of its words that
    ``country_of`` knows; "North American", "Latin American" and "norteamericano" name a
    continent, not the United States ("Instituto de Estudios Norteamericanos")."""
    for k, f in enumerate(folds):
        c = country_of(f)
        if c and f not in _CONTINENTAL_DEMONYMS and not (k and folds[k - 1] in CONTINENTS):
            return c
    return None


def _closes_run(word: str, after: str) -> bool:
    """A capitalised word after "of", "on", "de"… that no name goes on with: "Hugo
    Santander on Tuesday", "in January", "on May 12", "el 3 de Mayo" (but "Confederation
    of Mexican Workers", "Theresa May")."""
    return word in FUNCTION_WORDS and word not in _NATIONAL_LEADS \
        or word in _NAME_MONTHS and after[:1].isdigit()


def _dated(word: str, after: str) -> bool:
    """A month's name before a day: "May 28", "June 4" ("Ottawa May 28")."""
    return word in MONTHS and after[:1].isdigit()


def _acronym_like(word: str) -> bool:
    """'UPA', 'RATTMAQ', 'Conafor', 'Camexa': one word, capitalised, short; all in
    capitals, or (as Spanish writes its longer acronyms) capitalised and of four or more
    letters."""
    if not _ACRONYM.fullmatch(word):
        return False
    return word.isupper() or len(word) >= 4 and (word[1:].islower()
                                                 or _BRAND.match(word) is not None)


def _spells(acro: str, words: list[str]) -> int:
    """How many of ``words`` the acronym ``acro`` (folded) takes its letters from, in
    order, starting with the first word's initial and moving to a later word only at its
    initial (words may be skipped); -1 unless that is all but at most two of the words,
    and at least two."""
    if len(words) < 2 or not acro or words[0][:1] != acro[0]:
        return -1
    need = max(2, len(words) - 2)

    @cache
    def best(a: int, w: int, c: int) -> int:
        """Most words used for acro[a:], standing in word w after its character c."""
        if a == len(acro):
            return 0
        out = -1
        pos = words[w].find(acro[a], c + 1)
        if pos >= 0:
            out = best(a + 1, w, pos)
        for v in range(w + 1, len(words)):
            if words[v][:1] == acro[a]:
                rest = best(a + 1, v, 0)
                if rest >= 0:
                    out = max(out, rest + 1)
        return out

    used = best(1, 0, 0) + 1
    return used if used >= need else -1


_bare_text = lru_cache(maxsize=1 << 12)(bare)   # the same names come back, article after article


def recognise(doc: Doc, kb: Knowledge, lex: Lexicon, published: str | None = None) -> Entities:
    r = _Recogniser(doc, kb, lex, published)
    r.gazetteer()
    r.acronyms()
    r.romance_orgs()
    r.runs()
    r.surnames()
    r.short_forms()
    return r.result()
