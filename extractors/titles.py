"""A person's title, role and country, read from the words around their mentions.

Titles are read before a name ("Canadian Industry Minister François-Philippe Champagne",
"la ministre des Affaires étrangères, l’honorable Mélanie Joly", "[Mexico’s Secretary of
Foreign Affairs] Claudia Ruiz Massieu") or after it as an apposition ("Raquel
Buenrostro, Mexico’s Secretary of Economy,", "Elena Sanchez, a Mexico City-based
international relations expert"). The text wins; the gazetteer fills what it leaves out
(the office held on the publication date).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from extractors.entities import (
    CONTINENTS,
    FUNCTION_WORDS,
    HEADLINE_VERBS,
    ORG_CONNECTORS,
    Entities,
    PersonEntity,
)
from extractors.gazetteer import Knowledge, bare_tokens, tokens
from extractors.lexicon import Lexicon
from extractors.text import RELATIVE_PRONOUNS, Doc, fold
from extractors.tokens import TokenColumns, soft_gap

_ARTICLES = frozenset(fold(w) for w in "the a an el la los las le les l' un una une".split())
_LANG_ARTICLES = {"en": frozenset({"the", "a", "an"}),
                  "es": frozenset({"el", "la", "los", "las", "un", "una"}),
                  "fr": frozenset({"le", "la", "les", "l'", "un", "une"})}
_MAX_WINDOW = 16
_MAX_LISTED = 6         # names of a list, and words of an apposition in it, read back

# Words that end a title read backwards: verbs of the clause before it.
_VERBISH = frozenset(fold(w) for w in """a est sont était étaient ont es son era eran fue
fueron ha han is are was were has have said dijo dit""".split())
# Verbs of saying: a title right before one is the subject of a clause of its own, not
# an apposition ("…, de la presidenta Sheinbaum, el secretario informó que …").
_SAYING = frozenset(fold(w) for w in """said says told announced added noted explained stated
reported confirmed dijo dice informó anunció explicó señaló indicó precisó declaró aseguró
afirmó agregó añadió confirmó dit annonce indique explique précise déclare affirme assure
ajoute souligne confirme""".split())
# What joins an aide's office to the one whose aide it is ("de la ministre", "to the
# minister", "del canciller").
_WHOSE = frozenset({"of", "to", "de", "del", "du", "des"})
# "X is a professor at …", "X est professeure de …", "X es profesora de …"; and what one is
# named as.
_COPULAS = frozenset({"is", "was", "est", "etait", "es", "era", "fue",
                      # "el nombramiento de X como cónsul general de México en Montreal"
                      "as", "como", "comme"})
_APPOINTED = frozenset(fold(w) for w in """chosen chose named appointed designated picked
tapped nominated elegido eligio eligió designo designó nombro nombró nombrado designado
propuesto propuso choisi nommé nomme désigné designe""".split())
_NAMED_AS = frozenset({"as", "como", "comme"})
# "X, who heads …", "X, quien encabeza …", "X, qui dirige …": a title told by a verb.
_WHO = frozenset({"who", "quien", "qui"})
# "X, whom Sheinbaum has chosen as her foreign secretary", "X, a quien Sheinbaum designó
# como canciller", "X, que Mme Sheinbaum a choisi comme secrétaire": the office named to.
_WHOM = _WHO | {"whom", "que", "qu'"}
_LEADS = frozenset(fold(w) for w in """heads headed leads led runs ran chairs chaired directs
directed manages managed owns presides encabeza encabezaba dirige dirigia preside presidia
coordina administra mène gère possède
teaches taught studies studied researches lectures enseña enseñaba imparte estudia investiga
enseigne enseignait étudie""".split())
# (and a verb of teaching or research: "X, who teaches Latin American politics at the
# University of Ottawa", "quien imparte clases en la UNAM", "qui enseigne à l’UQAM")
_HOST_WORDS = frozenset({"to", "in", "en", "au", "aux", "aupres", "ante", "a"})
# Lower-case adjectives inside French and Spanish portfolios and trades: "Affaires
# étrangères", "Commerce international", "Desarrollo Rural", "europeo", "européen",
# "économiste agricole".
_ADJECTIVE = re.compile(r"(?:al|ale|ales|aux|ique|iques|ien|ienne|iens|iennes|ere|eres|"
                        r"aire|aires|el|elle|elles|if|ive|ifs|ives|ee|ees|ais|aise|ain|"
                        r"aine|ains|aines|ois|oise|ico|ica|icos|icas|ano|ana|anos|anas|"
                        r"ario|aria|ivo|iva|ero|era|ista|ense|il|ial|nal|nales|ral|rales|"
                        r"eo|ea|eos|eas|een|eenne|eens|eennes|ole|oles|ola|olas|olo|olos|"
                        # "Relations extérieures", "Relaciones exteriores", "Intérieur"
                        r"ieur|ieure|ieurs|ieures|ior|iores|"
                        # "Protection citoyenne", "Moyen-Orient"
                        r"yen|yenne|yens|yennes)$")
# Generic nouns for the jurisdiction an office is of: "el gobernador del estado, X",
# "le maire de la ville, X", "the mayor of the city, X".
_JURISDICTION = frozenset(fold(w) for w in """
state province country city region county municipality territory estado entidad provincia
país region región municipio ciudad territorio état etat pays ville région municipalité
territoire
""".split())
# A body of people whose nationality carries over to the officials it is said to include:
# "La délégation mexicaine comprenait le sous-secrétaire …, X", "the Mexican delegation
# included Deputy Secretary X".
_DELEGATION = frozenset(fold(w) for w in """
delegation delegations team side mission delegación delegaciones comitiva equipo misión
parte délégation délégations équipe mission partie
""".split())
# What joins a delegation to the place that sends it, and that place's government.
_FROM = frozenset({"from", "of", "de", "del", "du", "des", "d'"})
_GOVERNMENT = frozenset(fold(w) for w in "government gobierno gouvernement".split())
_ELIDED = re.compile(r"^[ld]'(?=\w)")
# Words before a place someone goes to, which says nothing of where they are from.
_TOWARDS = frozenset({"to", "toward", "towards", "into", "a", "hacia", "vers"})
# A quotation within a sentence (or its part up to the sentence's end).
_QUOTED = re.compile(r"[“«\"][^”»\"]*(?:[”»\"]|$)")
# A sentence that opens inside a quotation, up to where it closes.
_QUOTE_CLOSED = re.compile(r"[^“«\"”»]*(?:[”»]|[,.!?]\")")
# Words that join the items of a list ("X, title, and Y").
_LIST_JOINERS = frozenset({"and", "y", "e", "et", "or", "o", "ou"})
_DEFINITE = frozenset({"the", "el", "la", "los", "las", "le", "les"})
# "of", "de" right before a name: the words before are of the one named, not their title
# ("a spokesperson for the office of Carney", "un portavoz de la oficina de Carney").
_OF_THE_NAMED = frozenset({"of", "de", "del", "du", "d'", "d’"})
_NOT = frozenset({"not", "no", "non", "pas", "ni", "nor"})
_AND = frozenset({"and", "y", "e", "et"})
# (A government's offices only: "president and chief executive" is a company's.)
_OFFICE_RANK = {"head_of_government": 5, "minister": 4, "deputy_minister": 3,
                "ambassador": 2, "official": 1, "legislator": 1}
# Offices whose holders' whereabouts say nothing of their country.
# Offices written with no country when they are Mexico's (Spanish, and a bare "Deputy"
# in English, which Canada's legislators are not called) or Canada's (a province's
# premier), in folded titles, by language.
_OFFICES_OF = {
    "es": ((re.compile(r"^(?:(?:sub)?secretari[oa]|procurador[a]?|gobernador[a]?|"
                       r"president[ea] municipal|alcalde(?:sa)?|diputad[oa]|senador[a]?|"
                       r"titular de la secretaria|encargad[oa] del? despacho|priista|"
                       r"panista|morenista|perredista|emecista|petista|pevemista)\b"), "MX"),),
    "en": ((re.compile(r"^(?:deputy )?premier\b(?! league)"), "CA"),
           (re.compile(r"^deputy$"), "MX")),
    "fr": ((re.compile(r"^(?:(?:vice-)?premiere? ministre (?:de la province|provincial)|"
                       r"sous-ministre)"), "CA"),),
}
# A town's offices the English and French press writes with no country, of a town the
# text places nowhere else ("Mayor Drew Dilkens", "Coun. X", "le maire de Compton"; not
# "the mayor of Solidaridad, the municipality that includes Playa del Carmen"): Canada's.
_LOCAL_OFFICES_OF = {
    "en": re.compile(r"^(?:deputy )?mayor\b|^(?:city )?coun(?:cill?or\b|\.|$)|^reeve\b|"
                     r"^warden\b"),
    "fr": re.compile(r"^maire(?:sse)?\b|^conseill(?:er|ere) municipale?\b"),
}
# The country of a legislator the press names with no other, by language.
_LEGISLATURES_OF = {"en": "CA", "fr": "CA"}
# The officials a government's release names with no country: its own, but for the
# titles the other government's officials have ("sous-secrétaire aux Recettes" in
# Canada's, "ministra de Cultura" in Mexico's).
_PUBLISHERS_OWN = frozenset({"minister", "deputy_minister", "official"})
# A cabinet's "Secretary of …" in English and French, which Mexico's and the United
# States' secretaries are and Canada's ministers are not ("Secretary of Public Education";
# not a secretary of state, a parliamentary or a general secretary), folded.
_SECRETARY_OF = re.compile(r"^(?:under)?secretary (?:of|for) (?!state\b)|"
                           r"^(?:sous-)?secretaire (?:a |aux |au |de |d'|du |des )(?!etat\b)")
_SECRETARIES_OF = frozenset({"MX", "US"})
_OTHERS_STYLE = {"CA": re.compile(r"secreta"), "MX": re.compile(r"minist")}
_NO_MATCH = re.compile(r"(?!)")
_TRAVELLING_ROLES = {"head_of_state", "head_of_government", "minister", "deputy_minister",
                     "ambassador"}
_GOVERNMENT_ROLES = {"head_of_state", "head_of_government", "minister", "deputy_minister",
                     "ambassador", "legislator", "official"}


@lru_cache(maxsize=1 << 16)       # the same words come back, article after article
def _bare_word(folded: str) -> str:
    """A folded token without a French elided article or a possessive: "l'economiste"
    -> "economiste", "anand's" -> "anand". (A word without an apostrophe has neither.)"""
    return _ELIDED.sub("", folded.removesuffix("'s")) if "'" in folded else folded


@dataclass(frozen=True)
class PersonInfo:
    title: str | None
    role: str
    country: str | None
    # Where the article writes a title of the person (character offsets, end exclusive):
    # its words name an office, not what the article is about.
    title_spans: tuple[tuple[int, int], ...] = field(default=(), compare=False)
    # Of a province's or a state's government (its own release names them so), not the
    # country's.
    regional: bool = field(default=False, compare=False)


class _Found(NamedTuple):
    """A title, role and country read beside one mention, and where the title stands;
    ``principal``: a token of the person whose aide the title makes this one ("Michel’s
    press secretary", "l’attachée de presse de M. LeBlanc")."""
    title: str | None
    role: str | None
    country: str | None
    span: tuple[int, int] | None = None
    principal: int | None = None
    fallback: bool = False      # used only when no other title is found ("who heads …")


_NOTHING = _Found(None, None, None)
_DEPUTY = frozenset({"deputy", "vice", "assistant", "associate"})
# Inside a title, not "associate": Canada's "Associate Minister of National Defence" sits
# in cabinet.
_DEPUTY_IN_TITLE = _DEPUTY - {"associate"}
# English words that rank a portfolio's office without being one: "top trade negotiator".
_RANKS = frozenset({"top", "senior", "lead", "principal"})
# Before the city an office holder is posted in ("à Mexico", "en Ottawa", "in Toronto").
_POSTED = frozenset({"a", "en", "in", "to", "at"})
# What a head of state presides over, written in lower case ("presidente de la república").
_STATE_NOUNS = frozenset({"republica", "republique", "republic", "nation", "nacion",
                          "pais", "pays", "country", "gobierno", "gouvernement"})
# Possessive determiners that a body's office follows ("its president", "sa présidente").
_POSSESSIVES = frozenset({"its", "their", "su", "sus", "sa", "son", "leur"})
# Possessive determiners before a title after a name: "X, his trainer", "X, sa conseillère".
_APPOSITION_POSSESSIVES = _POSSESSIVES | {"his", "her", "ses"}


# An age then a trade in an apposition: ", a 34-year-old seat-cover stitcher,".
_AGED_TRADE = re.compile(r",\s+an?\s+\d{1,3}-year-old\s+(?P<trade>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
                         r"(?=,|\s+(?:who|from|at|in|with|for|of|and)\b|\.)")
_AGE_WORDS = frozenset({"anos", "ans", "years", "old"})
# What an age may be followed by that is no trade: "a 41-year-old father of three".
_NO_TRADE = frozenset("""father mother son daughter grandfather grandmother husband wife
man woman boy girl resident native""".split())


class _Reader:
    def __init__(self, doc: Doc, ents: Entities, kb: Knowledge, lex: Lexicon) -> None:
        self.doc, self.kb, self.lex = doc, kb, lex
        self.toks: TokenColumns = ents.tokens
        self.n = len(self.toks)
        self.raw_folds = self.toks.fold
        # Where each token ends, for bisection.
        self.ends = self.toks.end
        # "l’économiste", "d’ambassadeur": the word after a French elided article. (A word
        # without an apostrophe has neither that nor a possessive to lose.)
        self.folds = list(map(_bare_word, self.raw_folds))
        # Token positions covered by any person mention.
        self.person_at: set[int] = set()
        # Countries the recogniser found, by token: "U.S." -> US on both "U" and "S".
        self.country_at: dict[int, str] = {}
        for s, e, code in ents.country_spans:
            i = self._index_at(s)
            while i is not None and i < self.n and self.toks.start[i] < e:
                self.country_at[i] = code
                i += 1
        # Tokens of a place that is no country's ("América del Norte"): not a country
        # word, whatever "América" alone would name.
        self.region_at: set[int] = set()
        for m in ents.mentions:
            if m.kind == "place" and m.country is None:
                i = self._index_at(m.start)
                while i is not None and i < self.n and self.toks.start[i] < m.end:
                    self.region_at.add(i)
                    i += 1
        # The words of English lists of portfolios read in titles ("Tourism, Arts and").
        self.listed: set[int] = set()
        self.org_country_at: dict[int, str | None] = {}
        # The country of the body or place each token belongs to, when it has one: the
        # person whose title names it is of that country ("economista de Banorte",
        # "president of the Hotel Association of Vancouver") unless the title says more.
        # Inside a body's name, its words say nothing of a country but through the body
        # ("Instituto de Estudios Norteamericanos" is no country's).
        self.body_country_at: dict[int, str | None] = {}
        self.place_country_at: dict[int, str | None] = {}
        for m in ents.mentions:
            if m.kind == "organization":
                i = self._index_at(m.start)
                if i is not None:
                    self.org_country_at[i] = m.country
            if m.kind == "organization" or m.kind == "place" and m.country:
                table = self.body_country_at if m.kind == "organization" \
                    else self.place_country_at
                i = self._index_at(m.start)
                while i is not None and i < self.n and self.toks.start[i] < m.end:
                    table[i] = m.country
                    i += 1
        # The kind of the body each token belongs to ("company", "international", …).
        self.body_kind_at: dict[int, str] = {}
        for org in ents.orgs:
            for start, end in org.spans:
                i = self._index_at(start)
                while i is not None and i < self.n and self.toks.start[i] < end:
                    self.body_kind_at[i] = org.kind
                    i += 1
        for m in ents.mentions:
            if m.kind == "person":
                i = self._index_at(m.start)
                while i is not None and i < self.n and self.toks.start[i] < m.end:
                    self.person_at.add(i)
                    i += 1

    def aged_trade(self, spans: list[tuple[int, int]]) -> str | None:
        """The noun after an age in an apposition to a mention of a name: ", a
        34-year-old seat-cover stitcher," -> "seat-cover stitcher"."""
        for _start, end in spans:
            m = _AGED_TRADE.match(self.doc.text, end)
            if m is not None and m.group("trade").split()[0] not in _NO_TRADE:
                return m.group("trade")
        return None

    def nationality(self, spans: list[tuple[int, int]]) -> tuple[str, str] | None:
        """The demonym right before a mention of a name, after an article ("el keniano
        X", "le Belge X", "the Kenyan X"), as written, and its country."""
        for start, _end in spans:
            i = self._index_at(start)
            if i is None or i < 1:
                continue
            country = self.kb.demonyms.get(self.folds[i - 1])
            if country and soft_gap(self.toks.gap[i]) \
                    and (i == 1 or self.folds[i - 2] in _ARTICLES
                         and soft_gap(self.toks.gap[i - 1])):
                return self.toks.text[i - 1], country
        return None

    def _index_at(self, offset: int) -> int | None:
        """The first token ending after ``offset``."""
        i = bisect_right(self.ends, offset)
        return i if i < self.n else None

    def _head(self, i: int) -> tuple[int, str] | None:
        if self.folds[i] not in self.lex.heads.root:
            return None             # most words start no title: the trie is not walked
        if self.toks.text[i].lower() in ("secretaría", "secretarías"):
            return None             # a ministry, not a secretary
        m = self.lex.heads_at(self.folds, i, self.doc.language)
        return (m[0], str(m[1][0])) if m else None

    def _country(self, i: int) -> str | None:
        if i in self.body_country_at:
            return self.body_country_at[i]
        if i in self.region_at:
            return self.country_at.get(i)
        if i in self.place_country_at and i > 0 and self.folds[i - 1] in _POSTED \
                and i not in self.country_at:
            return None     # "délégué général du Québec à Mexico": where posted, not whose
        if i > 0 and self.folds[i - 1] in CONTINENTS and self.folds[i].startswith("americ"):
            return None     # "North American politics", "Latin American": no one country
        own = self.country_at.get(i) or self.kb.country_of(self.raw_folds[i])
        if own and i in self.place_country_at:
            # A country's word in a place's name names the place's country: "British
            # Columbia", "Columbia Británica", "Colombie-Britannique", "New Mexico".
            return self.place_country_at[i]
        return own

    def _stop(self, i: int) -> bool:
        """Whether a full stop ends the text before token i: not the one of an initial
        ("U.S. consul", "E.U.")."""
        if "." not in self.toks.gap[i]:
            return False
        before = self.toks.text[i - 1]
        return not (len(before) == 1 and before.isupper()
                    and (self.toks.gap[i] == "." or i > 1 and self.toks.gap[i - 1] == "."))

    def _hosted(self, i: int) -> bool:
        """A country after 'to'/'en'/'au' in an ambassador's title is the host."""
        return i > 0 and self.folds[i - 1] in _HOST_WORDS

    def _allowed(self, i: int) -> bool:
        f = self.folds[i]
        if i in self.person_at:
            return False
        return (self.toks.cap[i] or f in ORG_CONNECTORS or f in self.lex.head_words
                or f in self.lex.honorifics or f in self.kb.demonyms)

    def _premodifies(self, k: int, window: list[int]) -> bool:
        """Whether the lower-case word at k is an English portfolio's before the title
        read so far (``window``, which opens with a title's word or another portfolio
        word): "the public safety minister", "Mexico's economy secretary"."""
        return self.doc.language == "en" and bool(window) and not self.toks.cap[k] \
            and self.folds[k] in self.lex.portfolios and soft_gap(self.toks.gap[k + 1]) \
            and (self.folds[window[0]] in self.lex.portfolios
                 or self._head(window[0]) is not None)

    def _ranks(self, k: int, first: int, start: int) -> bool:
        """Whether the lower-case English title word at k ranks the title that a
        portfolio's words open at ``first`` before its head word at ``start``: "chief"
        in "chief climate negotiator", "chief CUSMA negotiator", "top trade negotiator"."""
        if self.doc.language != "en" or first == start or self.toks.cap[k] \
                or not soft_gap(self.toks.gap[k + 1]):
            return False
        h = self._head(k)
        return self.folds[k] in _RANKS if h is None else h[0] <= first

    def _head_before(self, k: int) -> bool:
        """Whether a title's last word stands before token k, joined to it by "of the",
        "de la", "du": the noun at k completes the title ("jefe de la policía"), maybe
        after one more word of its portfolio in lower case ("vice-rectrice aux relations
        internationales")."""
        x, steps = k - 1, 0
        if x > 0 and not self.toks.cap[x] and self.folds[x].isalpha() \
                and self.folds[x] not in ORG_CONNECTORS and self.folds[x] not in _ARTICLES \
                and self.folds[x] not in FUNCTION_WORDS and soft_gap(self.toks.gap[k]):
            x -= 1
        while x >= 0 and steps < 3 and (self.folds[x] in ORG_CONNECTORS
                                        or self.folds[x] in _ARTICLES):
            x, steps = x - 1, steps + 1
        if x > 0 and soft_gap(self.toks.gap[x]) and steps > 0 and (
                self.folds[x] == "responsible" or self.folds[x] in self.kb.demonyms
                or _ADJECTIVE.search(self.folds[x])) and self.folds[x - 1] in self.lex.head_ends:
            x -= 1      # "the minister responsible for trade", "la secrétaire mexicaine à"
        return steps > 0 and x >= 0 and self.folds[x] in self.lex.head_ends \
            and soft_gap(self.toks.gap[x + 1])

    @staticmethod
    @lru_cache(maxsize=1 << 12)       # the same few gaps come back: " ", ", ", ". "
    def _gap_ok(gap: str) -> bool:
        g = gap.replace("[", "").replace("]", "")
        # (Brackets around an acronym inside a title: "del Consejo Coordinador
        # Empresarial (CCE), X".)
        return soft_gap(g) or g in (", ", ",", " (", "), ", ") ") \
            or soft_gap(g.strip()) and "\n" not in gap

    def portfolio_list(self, k: int) -> int | None:
        """Where an English list of portfolios in capitals opens that ends with "and" at
        token k ("Tourism, Arts and", "Finance, Trade and"): capitalised words parted by
        spaces or commas, one of them a portfolio's word, none of a person's or a place's
        name."""
        if self.doc.language != "en" or self.toks.gap[k + 1] != " ":
            return None
        toks, j, portfolio = self.toks, k - 1, False
        while j >= 0 and toks.cap[j] and toks.text[j].isalpha() and j not in self.person_at \
                and j not in self.place_country_at and j not in self.region_at \
                and toks.gap[j + 1] in (" ", ", "):
            portfolio = portfolio or self.folds[j] in self.lex.portfolios
            j -= 1
        return j + 1 if portfolio and j + 1 < k else None

    def qualifier_at(self, i: int) -> int | None:
        """Where a qualifier written at token i, joined to the title before it, ends
        ("par intérim", "en funciones"), when one is there."""
        if i >= self.n or self.folds[i] not in self.lex.qualifiers.root \
                or not soft_gap(self.toks.gap[i]):
            return None
        m = self.lex.qualifiers.match(self.folds, i)
        if m is None or not all(soft_gap(self.toks.gap[x]) for x in range(i + 1, m[0])):
            return None
        return m[0]

    def qualifier_before(self, k: int) -> int | None:
        """Where a qualifier ending at token k, joined to the title before it, starts,
        when one ends there."""
        for phrase in self.lex.qualifier_ends.get(self.folds[k], ()):
            first = k - len(phrase) + 1
            if first > 0 and tuple(self.folds[first:k + 1]) == phrase \
                    and all(soft_gap(self.toks.gap[x]) for x in range(first, k + 1)):
                return first
        return None

    # -- before the name ----------------------------------------------------------
    def as_deputy(self, found: _Found) -> _Found:
        """A minister's title found beside a name, as a deputy's when it is one:
        "Mexico's deputy trade secretary X", "Deputy Trade Minister X", "X, the deputy
        trade minister" (not "Deputy Prime Minister": that one sits in cabinet)."""
        title, span = found.title, found.span
        if not title or not span:
            return found
        if (deputy := self.deputy_before(span[0])) is not None:
            return _Found(f"{deputy} {title}", "deputy_minister", found.country,
                          (span[0] - len(deputy) - 1, span[1]))
        words = fold(title).split()[:-1]
        if not _DEPUTY_IN_TITLE.isdisjoint(words) and "prime" not in words:
            return found._replace(role="deputy_minister")
        return found

    def deputy_before(self, offset: int) -> str | None:
        """"deputy", "vice", "assistant" or "associate" written right before the title
        that starts at ``offset`` ("Mexico's deputy trade secretary X"), as written."""
        k = self._index_at(offset)
        if k is None or k == 0 or self.toks.gap[k] != " ":
            return None
        word = self.toks.text[k - 1]
        return word if self.folds[k - 1] in _DEPUTY else None

    def possessed(self, offset: int) -> bool:
        """Whether the word before the one at ``offset`` is a possessive determiner of a
        thing ("its", "their", "su", "sus", "sa", "son", "leur")."""
        k = self._index_at(offset)
        return k is not None and k > 0 and self.folds[k - 1] in _POSSESSIVES \
            and "\n" not in self.toks.gap[k]

    def of_a_common_noun(self, offset: int) -> bool:
        """Whether the title ending at ``offset`` goes on with "of"/"de" and a body named
        in lower case, not a country: "presidente del comisariado ejidal", "president of
        the union", "présidente de l'association" (not "presidente de la república")."""
        k = self._index_at(offset)
        if k is None or k >= self.n or self.folds[k] not in _OF \
                or "\n" in self.toks.gap[k]:
            return False
        k += 1
        while k < self.n and self.raw_folds[k] in _ARTICLES:
            k += 1
        word = self.toks.text[k].replace("’", "'").rsplit("'", 1)[-1] if k < self.n else ""
        return word.isalpha() and word.islower() and self.folds[k] not in _STATE_NOUNS \
            and "\n" not in self.toks.gap[k]

    def left(self, s: int) -> _Found:
        """(title, role, country) from the words before token s."""
        toks, lower_run = self.toks, 0
        window: list[int] = []
        k = s - 1
        gap = toks.gap[s]
        while k >= 0 and len(window) < _MAX_WINDOW and (self._gap_ok(gap) or (
                # "Rep. Daniel Kearny", "Gen. Ana Ruiz": an abbreviated title, or two
                # ("Gov. Gen. David Johnston", "Lt. Gov. Jon Husted", "Lt.-Gov. …").
                gap in (". ", ".-") and (not window or all(
                    len(toks.text[w]) <= 4 and toks.gap[w + 1][:1] == "." for w in window))
                and toks.cap[k] and len(toks.text[k]) <= 4
                and self._head(k) is not None) or (
                # "Canada-U.S. Trade", "Comercio Canadá-EE.UU., X": an initialism's letters.
                (gap in (".", ". ", ".-") and window or gap == "., " and not window
                 or gap == ". " and k > 0 and toks.gap[k] in (".", ".-"))
                and len(toks.text[k]) <= 2 and toks.text[k].isupper())):
            f = self.folds[k]
            if f == "a" and toks.text[k] == "a" and self.doc.language == "fr":
                break           # the verb, not "à": "X, directrice, a informé Mme Joly"
            if f == "s" and window and toks.gap[k] in (".’", ".'") and k > 0 \
                    and len(toks.text[k - 1]) <= 2 and toks.text[k - 1].isupper():
                gap, k = ".", k - 1     # "B.C.’s Minister of …": the initialism's own
                continue
            if not window and f in _LIST_JOINERS and "," in toks.gap[k]:
                break           # "X, secrétaire à l'Agriculture, et Y": Y's title is not X's
            if f in _NOT and toks.gap[k + 1] != "-":
                break           # "le délégué général du Québec, et non de Mark Carney"
            if f in HEADLINE_VERBS and toks.cap[k]:
                break           # "Minister Sidhu Meets Secretary Ebrard": a headline's verb
            if window and f in _DEFINITE and k > 0 and self._head(k - 1) is not None \
                    and soft_gap(gap):
                # "Acompañaron al canciller el subsecretario para América del Norte, X":
                # the head before the article is another's title
                break
            if not window and f in _OF_THE_NAMED and soft_gap(gap):
                break           # "un portavoz de la oficina de Carney": whose office it is
            if f == "and" and window and (listed := self.portfolio_list(k)) is not None:
                # "B.C. Tourism, Arts and Culture Minister Lisa Beare", "Finance, Trade and
                # Economic Development Minister": a list of portfolios is one title's.
                window[:0] = range(listed, k + 1)
                self.listed.update(range(listed, k + 1))
                gap, k, lower_run = toks.gap[listed], listed - 1, 0
                continue
            if f in self.lex.qualifier_ends and (q := self.qualifier_before(k)) is not None:
                window[:0] = range(q, k + 1)    # "le sous-ministre par intérim, X"
                gap, k, lower_run = toks.gap[q], q - 1, 0
                continue
            if self._allowed(k) or k in self.body_country_at:
                lower_run = 0       # (a body's words in lower case: "de l’exploration minière")
            elif self._premodifies(k, window):
                lower_run = 0       # "the trade minister, X", "Mexico's economy secretary X"
            elif not toks.cap[k] and f in self.lex.party_words and k > 0 \
                    and (self.folds[k - 1] in self.lex.head_ends
                         or self.folds[k - 1] in self.lex.party_words):
                lower_run = 0           # "le député conservateur X", "la senadora panista X"
            elif f in _JURISDICTION and not window and k > 0 and lower_run == 0 \
                    and self.folds[k - 1] in ORG_CONNECTORS:
                lower_run += 1          # "gobernador del estado, X"
            elif f in _JURISDICTION and window and self._head(window[0]) \
                    and self.doc.language == "en":
                lower_run = 2           # "the state governor, X": nothing further back
            elif not window and lower_run == 0 and not toks.cap[k] and f.isalpha() \
                    and self._head_before(k):
                lower_run += 1          # "el director de la empresa, X"
            elif not toks.cap[k] and f.isalpha() and lower_run < 2 and k - 1 >= 0 \
                    and (window or (toks.cap[k - 1] or self.folds[k - 1] in self.lex.head_ends)
                         and _ADJECTIVE.search(f)) \
                    and (toks.cap[k - 1] or self.folds[k - 1] in ORG_CONNECTORS
                         # "le ministre québécois des Ressources naturelles, X"
                         or self.folds[k - 1] in self.lex.head_ends
                         and (_ADJECTIVE.search(f) or f == "responsible")):
                # A lower-case word inside a French/Spanish portfolio, or ending it when it
                # is an adjective ("ministre du Commerce international, X").
                lower_run += 1
            else:
                break
            if "," in gap and not (toks.cap[k] or f in self.lex.head_words
                                   or f in self.lex.honorifics or lower_run
                                   # "le président de la Croix-Rouge mexicaine, X"
                                   or k in self.body_country_at):
                break
            window.insert(0, k)
            gap = toks.gap[k]
            k -= 1
        found = self._title_from(window, s)
        if found.span and "," in toks.gap[s] and (t := self._index_at(found.span[0])) \
                and t - 1 in self.person_at and toks.gap[t] == ", " \
                and toks.start[t] == found.span[0]:
            # "Para la internacionalista X, investigadora del CISAN de la UNAM, Mulroney
            # "entendió …"": a title between commas right after one name, with no article,
            # is that one's (not "… à la secrétaire à l’Énergie, X, l’ambassadeur du
            # Canada au Mexique, Y")
            return _NOTHING
        if found.title is None and self.doc.language in ("fr", "es") and toks.gap[s] == ", ":
            return self._long_portfolio(s)
        if found.title and k >= 0 and k in self.person_at and window and k + 1 == window[0] \
                and self.raw_folds[k].endswith(("'s", "’s")) and soft_gap(gap):
            found = found._replace(principal=k)     # "Anand’s press secretary, X"
        return found

    def list_title(self, s: int) -> _Found | None:
        """The plural title that opens a list of names, for a name after the first one
        (token ``s``): "Senators X and Y", "los senadores X, del PRI, y Y", "les députés
        A, B et C"; None when the name is in no such list."""
        toks, k = self.toks, s
        for _ in range(_MAX_LISTED):
            j = k - 1
            if j > 0 and self.folds[j] in _AND and soft_gap(toks.gap[k]):
                j -= 1                  # "… and Y", "…, y Y"
            elif "," not in toks.gap[k] or not soft_gap(toks.gap[k].replace(",", "")):
                return None
            if j not in self.person_at:
                # an apposition between commas after the name before: ", del PRI,"
                a = j
                while a > 0 and a > j - _MAX_LISTED and "," not in toks.gap[a] \
                        and a not in self.person_at and soft_gap(toks.gap[a]):
                    a -= 1
                if a <= 0 or "," not in toks.gap[a] or a - 1 not in self.person_at:
                    return None
                j = a - 1
            p = j
            while p > 0 and p - 1 in self.person_at and soft_gap(toks.gap[p]):
                p -= 1
            found = self.left(p)
            if found.title:
                return found if self.plural(found.title) else None
            k = p
        return None

    def plural(self, title: str) -> bool:
        """Whether a title's head is plural ("Senators", "les députés conservateurs"; not
        "the coordinator of the Morena senators")."""
        return any(fold(w) in self.lex.plurals for w in _head_words(title))

    def _age_at(self, k: int) -> int | None:
        """The token after an age that tokens k… make up to a comma ("71", "de 71 años",
        "71 ans", "71 years old"), if they do."""
        j = k + (self.folds[k] == "de")
        if not (j < self.n and self.folds[j].isdigit() and len(self.folds[j]) <= 3):
            return None
        j += 1
        while j < self.n and self.folds[j] in _AGE_WORDS:
            j += 1
        return j if j < self.n and self.toks.gap[j].strip() == "," else None

    def _long_portfolio(self, s: int) -> _Found:
        """A French or Spanish title before ", Name" whose portfolio runs on in lower case
        beyond what ``left`` reads ("la haute représentante de l’Union pour les affaires
        étrangères, Kaja Kallas"): the office's head word, joined to what follows by
        "de", "pour", "à"…, within fourteen words of the comma and in the same clause."""
        toks = self.toks
        head = principal = None
        joint = s               # where the principal's part of the title begins
        k = s - 1
        while k >= 0 and s - k <= 14:
            f = self.folds[k]
            if k in self.person_at and principal is None:
                # "l’attachée de presse de M. LeBlanc, X": the one whose aide X is.
                x = k
                while x > 0 and x - 1 in self.person_at:
                    x -= 1
                while x > 0 and self.folds[x - 1] in self.lex.honorifics:
                    x -= 1
                if x > 1 and not toks.cap[x - 1] and self._head(x - 1) is not None:
                    x -= 1      # "du ministre Dominic LeBlanc", "del canciller …"
                while x > 0 and self.raw_folds[x - 1] in _ARTICLES:
                    x -= 1
                if x > 0 and self.raw_folds[x - 1] in _FROM and soft_gap(toks.gap[x]):
                    principal, joint, k = k, x - 1, x - 2
                    continue
            if k in self.person_at or f in RELATIVE_PRONOUNS or f in _VERBISH:
                break
            h = self._head(k)
            if h is not None and not toks.cap[k] and h[0] < s and (
                    self.folds[h[0]] in ORG_CONNECTORS | _ARTICLES
                    # "ministro canadiense responsable del …", "commissaire européen au …"
                    or (self.folds[h[0]] in self.kb.demonyms or _ADJECTIVE.search(self.folds[h[0]])
                        or self._head(h[0]) is not None)):
                head = k
            if not soft_gap(toks.gap[k]) and toks.gap[k] not in ("’", "'"):
                break
            k -= 1
        if head is None:
            return _NOTHING
        if principal is None or head >= joint:
            return self._title_from(list(range(head, s)), s)
        return self._title_from(list(range(head, joint)), s)._replace(principal=principal)

    def _qualifies(self, end: int, k: int) -> bool:
        """Whether the head word at k comes right after a title ending at ``end``, maybe
        past a demonym or an adjective: "ministre responsable du …", "ministro canadiense
        responsable del …" are ministers."""
        return k == end or k == end + 1 and (self.folds[end] in self.kb.demonyms or bool(
            _ADJECTIVE.search(self.folds[end]) and self.folds[end] not in ORG_CONNECTORS))

    def _title_from(self, window: list[int], name_start: int) -> _Found:
        heads: list[tuple[int, tuple[int, str]]] = []
        for k in window:
            h = self._head(k)
            # (A head word inside a body's name heads nothing: "Consejo Coordinador"; nor
            # one right after another's, which it qualifies: "ministre responsable du …".)
            if h and h[0] <= name_start and k not in self.body_country_at \
                    and not (heads and self._qualifies(heads[-1][1][0], k)):
                heads.append((k, h))
        if not heads:
            return _NOTHING
        start, (head_end, role) = heads[-1]
        # "Prime Minister": take the longest head phrase ending at the same place.
        for k, h in heads:
            if h and h[0] >= head_end and k < start:
                start, head_end, role = k, h[0], h[1]
        # "el ministro de Justicia y procurador general de Canadá, X", "présidente et
        # chef de la direction": two offices joined by "and" are one title; the role is
        # the higher of a government's ("president" is a company's there).
        if start > 0 and self.folds[start - 1] in _AND:
            before = next(((k, h) for k, h in reversed(heads) if k < start - 1), None)
            if before is not None and all(x in window for x in range(before[0], start)):
                if before[1][1] in ("minister", "head_of_government") and role in _OFFICE_RANK \
                        and _OFFICE_RANK[before[1][1]] > _OFFICE_RANK[role]:
                    role = before[1][1]
                start = before[0]
        # "l'attachée de presse de la ministre, X", "el vocero del canciller, X": the
        # office of the one whose aide X is, named right after it, is not X's (but in
        # "el vocero del canciller Juan Ramón de la Fuente" it is the name's own).
        for k, (end, own_role) in heads:
            # (past a word qualifying the aide's office: "el asesor principal del …")
            of = end + 1 if end + 1 < start and self.folds[end] not in _WHOSE \
                and self.toks.text[end].islower() and self._head(end) is None else end
            if k < start and end < start and "," in self.toks.gap[name_start] \
                    and self.folds[of] in _WHOSE and all(
                    self.folds[x] in _WHOSE or self.raw_folds[x] in _ARTICLES
                    for x in range(of + 1, start)):
                start, head_end, role = k, end, own_role
                break
        country = None
        # Pre-modifiers: "Industry Minister", "Economy Secretary", "Mexican ..."
        first = start
        pos = window.index(start)
        # Nothing of the title stands before an elided article: "Selon l’analyste".
        while pos > 0 and not _ELIDED.match(self.toks.fold[first]):
            k = window[pos - 1]
            f = self.raw_folds[k]
            c = self._country(k)
            if c:
                country = country or c
                if role == "head_of_state" and k in self.body_kind_at \
                        and "," not in self.toks.gap[k + 1]:
                    # "Canada Soccer president Steven Reed", "Scotiabank president …": the
                    # head of the body named before, of its country
                    role = "business" if self.body_kind_at[k] == "company" else "other"
                break
            if k in self.listed:
                first = k       # "Tourism, Arts and Culture Minister"
                pos -= 1
                continue
            # (A function word opening the sentence is no part of it: "When Prime
            # Minister", "Su vocera", "Sa présidente"; but the "I" of "P.E.I.'s".)
            if (self.toks.cap[k] or f in _JURISDICTION or self._premodifies(k, window[pos:])) \
                    and f not in self.lex.honorifics and f not in _ARTICLES \
                    and (f not in FUNCTION_WORDS or len(f) == 1) \
                    and "," not in self.toks.gap[k + 1] and self._head(k) is None:
                first = k
                pos -= 1
                continue
            if self._ranks(k, first, start):
                first = k       # "Mexico’s chief climate negotiator, X"
                pos -= 1
                continue
            break
        last = window[-1]
        honoured = joined = False   # an honorific of this person's, "and" or "or" before it
        while last > start and (self.folds[last] in self.lex.honorifics
                                or self.folds[last] in ORG_CONNECTORS
                                # "His Excellency", "Son Excellence", "Su Excelencia"
                                or honoured and self.folds[last] in _APPOSITION_POSSESSIVES):
            honoured = honoured or self.folds[last] in self.lex.honorifics
            joined = joined or honoured and self.folds[last] in _LIST_JOINERS
            last = window[window.index(last) - 1]
        if joined and last + 1 < self.n and "," in self.toks.gap[last + 1]:
            # "Anita Anand, Minister of Foreign Affairs of Canada, and His Excellency X":
            # the title before the comma is the one named before X (but "La ministre des
            # Affaires étrangères, l'honorable Mélanie Joly" is hers).
            return _NOTHING
        begin = self.toks.start[first]
        if _ELIDED.match(self.toks.fold[first]):
            begin += 2                  # "L’économiste X": the title is "économiste"
        end = self.toks.end[last]
        if len(self.toks.text[last]) <= 2 and self.toks.text[last].isupper() \
                and last + 1 < self.n and self.toks.gap[last + 1].startswith("."):
            end += 1                    # the initialism's last full stop: "Canadá-EE.UU."
        title = self.doc.text[begin:end].strip(" ,[]")
        if title.count("(") > title.count(")"):
            title += ")"                # "… Empresarial (CCE"
        # Honorifics inside ("…, l'honorable") are not part of the title.
        for k in window[window.index(start):]:
            if self.folds[k] in self.lex.honorifics and k > start:
                title = self.doc.text[begin:self.toks.start[k]].strip(" ,[]")
                break
        for k in window[window.index(start):]:
            c = self._country(k)
            if c and country is None and not (role == "ambassador" and self._hosted(k)):
                country = c
        if country is None:
            country = self._delegation_country(first)
        if country is None:
            country = self._affiliated_country(range(first, last + 1))
        return _Found(title or None, role, country, self._span_of(title, begin))

    def names_a_body(self, spans: list[tuple[int, int]]) -> bool:
        """Whether one of these character spans (a person's titles) holds a body's name."""
        return any(a <= self.toks.start[x] < b for x in self.body_country_at
                   for a, b in spans)

    def sentence_country(self, offset: int, towards: bool = False) -> str | None:
        """The one country that the places and bodies of the sentence at ``offset`` are
        of, if they are all of one ("…, venue de Puebla avec son frère"); else None. With
        ``towards``, a place one goes to counts too (French "à Mexico" is "in" as often)."""
        sent = self.doc.sentence_at(offset)
        lo, hi = self._index_at(sent.start), bisect_left(self.toks.start, sent.end)
        if lo is None:
            return None
        # What a quotation names is what the speaker talks about ("“… in Michigan …”").
        quoted = [(sent.start + m.start(), sent.start + m.end())
                  for m in _QUOTED.finditer(sent.text)]
        if (close := _QUOTE_CLOSED.match(sent.text)) is not None:
            quoted.append((sent.start, sent.start + close.end()))   # opened before it
        found = {c for x in range(lo, hi)
                 for t in (self.place_country_at, self.body_country_at) if (c := t.get(x))
                 and not any(a <= self.toks.start[x] < b for a, b in quoted)
                 and not (x and not towards and self.folds[x - 1] in _TOWARDS)}
        return found.pop() if len(found) == 1 else None

    def _affiliated_country(self, positions: range) -> str | None:
        """The country of a body named at these tokens, else of a place."""
        for table in (self.body_country_at, self.place_country_at):
            for x in positions:
                if table.get(x):
                    return table[x]
        return None

    def _delegation_country(self, first: int) -> str | None:
        """The nationality of a delegation that the clause before token ``first`` says
        the titled person belongs to ("la délégation mexicaine comprenait le …")."""
        toks = self.toks
        k = first
        for _ in range(10):
            gap = toks.gap[k]
            if k == 0 or any(c in gap for c in ",.;:\n()"):
                return None
            k -= 1
            if self.folds[k] in _DELEGATION:
                for j in (k - 1, k + 1):
                    if 0 <= j < self.n and j != first:
                        c = self._country(j)
                        if c:
                            return c
                return self._sent_by(k + 1, first)
        return None

    def _sent_by(self, k: int, first: int) -> str | None:
        """The country of the place that sends a delegation, named from token k on:
        "delegación de la provincia de Saskatchewan", "délégation du Jalisco", "a
        delegation from Ontario" (not where it goes: "a delegation to Mexico")."""
        if k >= first or self.raw_folds[k] not in _FROM:
            return None
        while k < first and (self.raw_folds[k] in _FROM or self.raw_folds[k] in _ARTICLES
                             or self.folds[k] in _JURISDICTION or self.folds[k] in _GOVERNMENT):
            k += 1
        return (self.place_country_at.get(k) or self._country(k)) if k < first else None

    def _span_of(self, title: str, start: int) -> tuple[int, int] | None:
        """The character span of ``title``, written at or after ``start``."""
        at = self.doc.text.find(title, start) if title else -1
        return (at, at + len(title)) if at >= 0 else None

    # -- after the name -------------------------------------------------------------
    def right(self, e: int) -> _Found:
        toks, n = self.toks, self.n
        k = e + 1
        if k >= n:
            return _NOTHING
        # "X, professeure de …" or "X est professeure de …", "X is a professor at …"
        copula = toks.gap[k] == " " and self.folds[k] in _COPULAS
        if copula:
            k += 1
        elif (named_as := self._named_as(k)) is not None:
            # "X, whom president-elect Claudia Sheinbaum has chosen as her foreign
            # secretary", "X, a quien Sheinbaum designó como canciller", "X, que Mme
            # Sheinbaum a choisi comme secrétaire": what one is named as
            copula, k = True, named_as
        elif toks.gap[k].strip() not in (",", "(") or "\n" in toks.gap[k]:
            return _NOTHING     # (nor a title on the next line: a speech's greetings)
        elif self.folds[k] in _WHO and k + 2 < n and self.folds[k + 1] in _LEADS \
                and soft_gap(toks.gap[k + 1]) and soft_gap(toks.gap[k + 2]):
            return self._leads(k + 1)
        if toks.gap[k] == " (" and (label := self._party_label(k)) is not None:
            return label
        if not copula and (aged := self._age_at(k)) is not None:
            k = aged            # an age first: "Raymond Pageau, 71, a retired teacher …"
        country = None
        articles = _LANG_ARTICLES.get(self.doc.language, _ARTICLES)
        # (A word that is both an honorific and an occupation, "maestro", is the title.)
        opened = k
        while k < n and (self.folds[k] in articles or self.folds[k] in self.lex.honorifics
                         and self._head(k) is None):
            k += 1
        # (an elided article too: "…, l’ambassadeur du Canada au Mexique, Graeme C. Clark")
        articled = not copula and (k > opened and self.folds[opened] in articles
                                   or bool(_ELIDED.match(toks.fold[opened])))
        principal = None
        if not copula and k < n and self.folds[k] in _APPOSITION_POSSESSIVES:
            k += 1              # "X, his trainer", "X, son attaché de presse", "X, su vocero"
        elif not copula and k in self.person_at:
            # "X, Michel's press secretary": the one whose aide X is, then the title.
            x = k + 1
            while x < n and x in self.person_at and soft_gap(toks.gap[x]):
                x += 1
            if self.raw_folds[x - 1].endswith(("'s", "’s")):
                principal, k = k, x
        if copula and (k >= n or self._head(k) is None) and not (
                # (nor a country's first: "X as Mexico's consul general in Montreal")
                k + 1 < n and self.raw_folds[k].endswith(("'s", "’s"))
                and self._country(k) is not None and self._head(k + 1) is not None):
            return _NOTHING     # the title right after the verb: "X is expected to meet …"
        # Up to eight words to reach a head ("a Mexico City-based international relations
        # expert"); possessive countries ("Mexico’s Secretary") give the country.
        begin, head_pos = k, None
        for x in range(k, min(k + 8, n)):
            # (nor past a bracket or a colon: "Question (Sarah Whitlock, CTV News):
            # Minister, …" is a transcript's label, then the question)
            if x > k and (any(c in toks.gap[x] for c in ",\n:()") or self._stop(x)):
                break
            if x in self.person_at or self.folds[x] in RELATIVE_PRONOUNS \
                    or self.folds[x] in FUNCTION_WORDS and not self._head(x) \
                    and x not in self.body_country_at \
                    and self._country(x) is None \
                    and not (x > k and self.folds[x] in _LIST_JOINERS and x + 1 < n
                             and toks.text[x - 1].islower() and toks.text[x + 1].islower()):
                # (not "the Canadian Space Agency’s …", "a former Canadian trade
                # negotiator", nor "a mining and energy analyst")
                break
            h = self._head(x)
            if h:
                head_pos = x
                break
            c = self._country(x)
            if c and country is None:
                country = c
                if self.raw_folds[x].endswith("'s"):
                    begin = x + 1
        if head_pos is None:
            return _NOTHING
        head_end, role = self._head(head_pos) or (head_pos + 1, "other")
        # One head after another names one office: "chief economist", "jefe negociador".
        while head_end < n and soft_gap(toks.gap[head_end]) and head_end not in self.person_at \
                and (following := self._head(head_end)):
            # (but a word of no office after a government's keeps its rank: "ministro
            # responsable del Comercio", "minister responsible for", "ministre responsable")
            head_end, role = following[0], (role if following[1] == "other"
                                             and role in _OFFICE_RANK else following[1])
        head_end = self.qualifier_at(head_end) or head_end   # "ministre par intérim des …"
        end = head_end
        # Portfolio: "of International Trade, Export Promotion, Small Business and …"
        x = head_end
        while x < n and x not in self.person_at:
            gap, f = toks.gap[x], self.folds[x]
            if "\n" in gap or ";" in gap or ":" in gap or "(" in gap or self._stop(x):
                break
            if "," in gap and not toks.cap[x]:
                break
            if gap in ("-", "–") and x > head_end:      # "Toronto-based", "Canadá-México"
                x += 1
                if toks.cap[x - 1]:
                    end = x
                continue
            if toks.cap[x] or f in ORG_CONNECTORS or (f in self.kb.demonyms):
                x += 1
                if toks.cap[x - 1] or f in self.kb.demonyms:
                    end = x
                continue
            if self.doc.language in ("fr", "es") and (toks.cap[x - 1] or x == head_end) \
                    and _ADJECTIVE.search(f) and f not in FUNCTION_WORDS:
                # "ministre du Commerce international", "comisario europeo de Comercio"
                x += 1
                end = x
                continue
            break
        if not copula and x == end and x in self.person_at and soft_gap(toks.gap[x]) \
                and not toks.cap[x - 1] and all(self.folds[y] in self.kb.demonyms
                                                for y in range(head_end, end)):
            # "From left: Governor García, Joly, Northfield chief executive Darren
            # Kowalchuk and …": the title of the name right after its head word in lower
            # case, maybe with a demonym ("Ebrard, el ministro canadiense Dominic
            # LeBlanc"), not an apposition (but "X, spokesperson for Minister Anand" is the
            # minister's aide).
            return _NOTHING
        if (q := self.qualifier_at(end)) is not None:
            x = end = q         # "secretario de Economía en funciones"
        if not copula and principal is None and end == head_end and end < n \
                and end in self.person_at and soft_gap(toks.gap[end]):
            # "X, accused Ontario Premier Doug Ford of …": the head word is the title of
            # the name right after it, not X's
            return _NOTHING
        if articled and end < n:
            # "la presidenta Claudia Sheinbaum, el secretario de Agricultura, Julio
            # Berdegué, informó": the title of the name after it, as a list writes them,
            # however far its words run ("Ebrard, el ministro canadiense responsable del
            # Comercio entre Canadá y Estados Unidos, Dominic LeBlanc, …").
            y = end
            while y < n and y - end < 12 and y not in self.person_at \
                    and not any(c in toks.gap[y] for c in ",.;:()\n"):
                y += 1
            if y < n and toks.gap[y] == ", " and y in self.person_at:
                return _NOTHING
        if not copula and end < n and soft_gap(toks.gap[end]) \
                and (self.folds[end] in _SAYING or self.folds[end] in _VERBISH) \
                and toks.text[end] != "à":      # (not "enseignant à la retraite")
            return _NOTHING     # "X, el secretario informó que …": another's clause
        if principal is None and x < n and soft_gap(toks.gap[x]):
            # "X, spokesperson for Minister Anand", "X, vocero del canciller De la Fuente":
            # the aide of the one named there.
            h = None if toks.cap[x] else self._head(x)
            if x == end and x in self.person_at and toks.cap[x - 1]:
                principal = x
            elif h is not None and h[0] < n and h[0] in self.person_at \
                    and self.folds[x - 1] in ORG_CONNECTORS | _ARTICLES:
                principal = h[0]
        title = self.doc.text[toks.start[begin]:toks.end[end - 1]].strip(" ,")
        for y in range(begin, end):
            c = self._country(y)
            if c and country is None and not (role == "ambassador" and self._hosted(y)):
                country = c
        if country is None and role != "ambassador":
            # The rest of the apposition: "director de análisis de la Asociación
            # Mexicana de Distribuidores de Automotores (AMDA),".
            x = end
            # (up to a relative clause: "la diplomática de carrera que llega a Ottawa" is
            # not Canada's)
            while x < n and x - end < 12 and x not in self.person_at and not any(
                    c in toks.gap[x] for c in ",.;:\n") and self.folds[x] not in RELATIVE_PRONOUNS:
                x += 1
            country = self._affiliated_country(range(begin, x))
        return _Found(title or None, role, country, self._span_of(title, toks.start[begin]),
                      principal)

    def _named_as(self, k: int) -> int | None:
        """Where the title opens after "whom … has chosen as", "a quien … designó como",
        "que … a choisi comme" from token ``k`` (the relative pronoun after a name's
        comma), if that is what follows; the title's possessive is skipped ("as her")."""
        toks = self.toks
        if toks.gap[k].strip() != ",":
            return None
        if self.folds[k] == "a" and k + 1 < self.n and self.folds[k + 1] == "quien":
            k += 1                      # "a quien"
        if self.folds[k] not in _WHOM:
            return None
        appointed = False
        for x in range(k + 1, min(k + 10, self.n)):
            if any(c in toks.gap[x] for c in ",.;:()\n"):
                return None
            f = self.folds[x]
            if f in _APPOINTED:
                appointed = True
            elif appointed and f in _NAMED_AS:
                y = x + 1
                while y < self.n and self.folds[y] in _APPOSITION_POSSESSIVES | _ARTICLES:
                    y += 1
                return y if y < self.n and self._head(y) is not None else None
        return None

    def _party_label(self, k: int) -> _Found | None:
        """A member's riding and party in brackets from token ``k``, as a debates'
        record labels a speaker: "Mr. Randy Hoback (Prince Albert, CPC):", "Mme X
        (Saint-Hyacinthe—Bagot—Acton, BQ) :"; None for other brackets (an office in
        them is read as any title is)."""
        toks = self.toks
        close = next((x for x in range(k + 1, min(k + _MAX_WINDOW, self.n))
                      if ")" in toks.gap[x] or "(" in toks.gap[x]), None)
        if close is None or ")" not in toks.gap[close] \
                or any(self._head(x) for x in range(k, close)):
            return None
        label = self.doc.text[toks.start[k]:toks.end[close - 1]]
        country = self.lex.party_country(label.rsplit(",", 1)[-1], legislator=True)
        if country is None:
            return None
        # (only when nothing else gives a title: "La ministra X (Empleo y Familias, Partido
        # Liberal):" is a minister)
        return _Found(label, "legislator", country, (toks.start[k], toks.end[close - 1]),
                      fallback=True)

    def _leads(self, k: int) -> _Found:
        """"X, who heads Mexico’s consulate general in Montreal", "X, qui dirige une
        association d’irrigants", "X, quien encabeza la Cámara": the verb and what it
        governs (k: the verb), up to the clause's end; the country of a country, a body or
        a place named there."""
        toks, n = self.toks, self.n
        end = k + 1
        while end < n and end - k < 10 and end not in self.person_at \
                and not any(c in toks.gap[end] for c in ",.;:()\n") and not self._stop(end) \
                and self.folds[end] not in RELATIVE_PRONOUNS:
            end += 1
        country = next((c for x in range(k + 1, end) if (c := self._country(x))), None) \
            or self._affiliated_country(range(k + 1, end))
        title = self.doc.text[toks.start[k]:toks.end[end - 1]]
        return _Found(title, "other", country, self._span_of(title, toks.start[k]),
                      fallback=True)

    def posted_at(self, end: int) -> str | None:
        """The country of the mission a diplomat's title ending at offset ``end`` says
        they serve in: "deputy consul general at the Consulate General of Mexico in
        Leamington", "consul for labour affairs at the Mexican consulate", "consule au
        consulat du Mexique"."""
        t = self._index_at(end - 1)
        if t is None:
            return None
        # (past what the office is for: "consul for labour affairs at …")
        at = next((k for k in range(t + 1, min(t + 6, self.n))
                   if self.folds[k] in _POSTED_AT), None)
        if at is None or any(c in self.toks.gap[k] for k in range(t + 1, at + 1)
                             for c in ",.;:()"):
            return None
        for x in range(at + 1, min(at + 7, self.n)):
            if "," in self.toks.gap[x] or "." in self.toks.gap[x]:
                break
            if (c := self.org_country_at.get(x) or self.country_at.get(x)) is not None:
                return c
            if not (self.toks.cap[x] or self.folds[x] in ORG_CONNECTORS
                    or self.raw_folds[x] in _ARTICLES or self.folds[x] in _MISSIONS):
                break
        return None

    def affiliation(self, e: int) -> str | None:
        """'Paul Okafor of Global Affairs Canada', 'Ana Paredes of Mexico', 'X, de la
        Secretaría de Economía': the country of the body or country named right after."""
        toks, n = self.toks, self.n
        k = e + 1
        if k >= n or self.folds[k] not in ("of", "from", "de", "del", "du", "des") \
                or "\n" in toks.gap[k] or "." in toks.gap[k]:
            return None
        for x in range(k + 1, min(k + 4, n)):
            if x in self.org_country_at:
                return self.org_country_at[x]
            c = self.country_at.get(x)
            if c:
                return c
            if not (toks.cap[x] or self.folds[x] in ORG_CONNECTORS):
                break
        return None


# Where a diplomat is posted, and the mission's words, folded.
_POSTED_AT = frozenset({"at", "in", "with", "of", "a", "al", "au", "aupres", "en", "de", "del",
                        "du"})
_MISSIONS = frozenset({"consulate", "embassy", "mission", "consulado", "embajada",
                       "consulat", "ambassade", "general", "generale"})
_FEDERAL = frozenset({"canada", "federal", "federale"})
# Adjectives that make an office a province's or a state's, whichever it is: "el
# Secretario de Economía estatal", "provincial Energy Minister", "ministre provinciale".
_REGIONAL = frozenset({"estatal", "estatales", "provincial", "provinciales", "provinciale",
                       "provinciaux"})


def names_region(title: str, kb: Knowledge) -> bool:
    """Whether a title names a province, state or territory, or holds its demonym
    ("ministre québécoise de l’Économie")."""
    return _region(title, kb)[0]


def region_country(title: str, kb: Knowledge) -> str | None:
    """The country of the province, state or territory a title names, or of its demonym
    ("Alberta's Agriculture Minister": CA; "secretario de Economía de Nuevo León": MX)."""
    return _region(title, kb)[1]


def _region(title: str, kb: Knowledge) -> tuple[bool, str | None]:
    toks = bare_tokens(tokens(title))      # "premier ministre de l’Ontario"
    demonym = next((tok for tok in toks if tok in kb.regional_demonyms), None)
    if demonym is not None:
        return True, kb.country_of(demonym) or None
    if not _REGIONAL.isdisjoint(toks):
        return True, None
    # (a place's name is written with a capital: not "alta representante", "Alta.")
    lower = {fold(w) for w in _LETTERS.findall(title) if w[:1].islower()}
    i = 0
    while i < len(toks):
        found = kb.trie.matches(toks, i)
        body = next((end for end, values in found if any(v[0] == "org" for v in values)
                     and not _FEDERAL.isdisjoint(toks[i:end])), None)
        if body is not None:
            # "Minister responsible for Canada Economic Development for Quebec Regions":
            # a province in a federal body's name is the body's ("ministre … du
            # gouvernement du Québec" is still the province's).
            i = body
            continue
        for end, values in found:
            if end - i == 1 and toks[i] in lower:
                continue
            for v in values:
                if v[0] == "place" and kb.places[v[1]].kind in ("province", "state",
                                                                "territory"):
                    return True, kb.places[v[1]].country
        i += 1
    return False, None


_LETTERS = re.compile(r"[^\W\d_]+")


_OF = frozenset({"of", "de", "del", "du", "des", "d'", "de la", "at"})
_ELIDED_DE = re.compile(r"\bd['’]")


# Words before an English "president" that keep it a country's: "Acting President", "Vice
# President", "then-President".
# (and a preposition a sentence opens with, capitalised into the title: "During President
# Peña Nieto's visit")
# (French "président" folds to the same word: "l'ancien président", "le nouveau président")
_STATE_MODIFIERS = frozenset({"acting", "interim", "former", "outgoing", "incoming", "then",
                              "late", "new", "elected", "vice", "deputy", "the", "ex",
                              "during", "with", "for", "by", "from", "after", "before",
                              "when", "as", "under", "since", "until", "ancien", "nouveau",
                              "futur", "actuel", "feu", "defunt", "le", "l'", "premier"})


_HEAD_OF_STATE = re.compile(r"(?:[\w.'’]+\s+)?(?:head of state|chef(?:fe)? de l['’]etat|"
                            r"jef[ea] de estado)\b")
# A committee's secretary, folded: one of a chamber's members, as Mexico's legislative
# committees have them ("secretaria de la Comisión de Energía"), not a cabinet's.
_COMMITTEE_SECRETARY = re.compile(r"(?:secretary|secretari[oa]|secretaire) (?:of the |de la |"
                                  r"du |de )(?:committee|commission|comision|comite)\b")


def _refine_role(role: str | None, title: str | None, kb: Knowledge, lex: Lexicon) -> str | None:
    """A 'president' of a company, a business circle or the Red Cross is not a head of
    state; the president of a country is. A province's or a state's premier or minister
    is an official."""
    if role in ("head_of_government", "minister") and title and names_region(title, kb):
        # "premier ministre du Québec", "primer ministro de Ontario", "Quebec Economy
        # Minister", "secretario de Economía de Nuevo León": a province's or a state's
        # government, not the country's cabinet.
        return "official"
    if role == "minister" and title and _COMMITTEE_SECRETARY.match(fold(title)):
        return "legislator"
    if role != "head_of_state" or not title:
        return role
    if _HEAD_OF_STATE.match(fold(title)):
        return role     # "le chef de l'État péruvien", "Peru's head of state"
    # (with a French "de" elided onto the next word: "président d’Appareillages …")
    words = [fold(w) for w in _ELIDED_DE.sub("d' ", title.replace("-", " ").replace("–", " "))
             .split()]
    if len(words) > 1 and words[-1] == "president" and not any(
            w in _STATE_MODIFIERS or kb.country_of(w.replace(".", "").replace("’", "'"))
            for w in words[:-1]):
        # "Concacaf president", "Soccer president" (of "U.S. Soccer president"): English
        # writes the body a president heads before the word; a country's president has
        # its country there ("Mexican President", "U.S. President") or nothing.
        return "other"
    for w in words[1:]:
        m = lex.org_heads.match([w], 0)
        if m:
            return "business" if m[1][0] == "company" else "other"
    if (at := next((i for i, w in enumerate(words) if i and w in _OF), None)) is not None:
        # "President of Mexico" / "présidente du Mexique" / "President of the United
        # Mexican States" keep the role: the country's name right after "of"; not
        # "président de la Croix-Rouge mexicaine" (a demonym, not a country's name), nor
        # "président de Soccer Canada" (a body named with its country).
        j = at + 1
        while j < len(words) and words[j] in _ARTICLES:
            j += 1
        if not (j < len(words) and (kb.country_of(words[j]) and words[j] not in kb.demonyms
                                    or _names_country(kb, words, j))):
            return "other"
    return role


def _names_country(kb: Knowledge, words: list[str], i: int) -> bool:
    """Whether a country's name of several words opens at ``words[i]`` ("united mexican
    states", "estados unidos mexicanos")."""
    m = kb.trie.match(words, i)
    return m is not None and m[0] - i > 1 and any(v[0] == "country" for v in m[1])


def read_people(doc: Doc, ents: Entities, kb: Knowledge, lex: Lexicon,
                published: str | None, publisher: tuple[str, bool] | None = None
                ) -> dict[str, PersonInfo]:
    """Each person's title, role and country; ``publisher``: the country of the
    government that published the article, whose officials it names with no country,
    and whether that government is a province's or a state's."""
    reader = _Reader(doc, ents, kb, lex)
    out: dict[str, PersonInfo] = {}
    principals: dict[str, int] = {}     # an aide's name -> a token of whose aide
    for person in ents.people:
        best: tuple[str | None, str | None, str | None] = (None, None, None)
        spans: list[tuple[int, int]] = []
        fallback: _Found | None = None
        for s, e in person.spans:
            si, ei = reader._index_at(s), reader._index_at(e - 1)
            if si is None or ei is None:
                continue
            if best[2] is None:
                aff = reader.affiliation(ei)
                if aff:
                    best = (best[0], best[1], aff)
            left = reader.left(si)
            if left.title is None and (listed := reader.list_title(si)) is not None:
                left = listed._replace(span=None, fallback=True)   # "Senators X and Y"
            for found in (left, reader.right(ei)):
                if found.fallback:
                    fallback = fallback or found
                    continue
                if found.role == "minister":
                    found = reader.as_deputy(found)
                if found.role == "head_of_state" and person.known is None \
                        and found.span and (reader.possessed(found.span[0])
                                            or reader.of_a_common_noun(found.span[1])):
                    # "its president, X", "sa présidente, X", "su presidenta, X": a
                    # body's (the gazetteer knows the countries' heads of state).
                    found = found._replace(role="other")
                if found.span:
                    spans.append(found.span)
                if found.principal is not None:
                    principals.setdefault(person.name, found.principal)
                if found[0] and (best[0] is None or _better(found[0], best[0])):
                    best = (found[0], found[1], found[2] or best[2])
                elif found[2] and best[2] is None:
                    best = (best[0], best[1], found[2])
        if best[0] is None and fallback is not None and person.known is None:
            best = (fallback.title, fallback.role, best[2] or fallback.country)
            if fallback.span:
                spans.append(fallback.span)
        info = _combine(person, best, kb, lex, published)
        if info.country is None and info.role == "ambassador" and person.known is None \
                and (posted := next((c for span in spans
                                     if (c := reader.posted_at(span[1])) is not None),
                                    None)):
            info = replace(info, country=posted)
        if info.title and reader.plural(info.title):
            info = replace(info, title=_singular(info.title, lex))
        if info.country is None and person.known is None and info.title \
                and (party := lex.party_country(info.title, info.role == "legislator")):
            # "Conservative MP X", "la senadora panista X", "le député bloquiste X",
            # "the Republican congressman X": the country whose party it is.
            info = replace(info, country=party)
        if info.country is None and person.known is None and info.title and (office := next(
                (country for pattern, country in _OFFICES_OF.get(doc.language, ())
                 if pattern.search(fold(info.title))), None)):
            # "el subsecretario de Empleo, Héctor Ibarra", "la diputada Graciela Ortiz",
            # "Premier Tony Wakeham", "le premier ministre de la province": offices the
            # Mexican or the Canadian press writes with no country when they are its
            # own; another country's holder is said to be of it.
            info = replace(info, country=office)
        if info.country is None and person.known is None and info.title \
                and _SECRETARY_OF.match(fold(info.title)) and person.spans \
                and (here := reader.sentence_country(person.spans[0][0], towards=True)) \
                in _SECRETARIES_OF:
            # "Minister Hussen met with Aurelio Nuño Mayer, Secretary of Public Education",
            # in Mexico City: a secretary travels, but of the two countries whose cabinets
            # have secretaries, the one the sentence is in (or goes to: "à Mexico") is the
            # likelier.
            info = replace(info, country=here)
        if info.title is None and person.known is None \
                and (trade := reader.aged_trade(person.spans)) is not None:
            # "Reyna Esquivel, a 34-year-old seat-cover stitcher": what she does.
            info = replace(info, title=trade)
        if info.title is None and person.known is None \
                and (nationality := reader.nationality(person.spans)) is not None:
            # "el keniano Daniel Kiprono Rotich", "le Belge Wout Van Damme", "the Kenyan
            # …": the demonym before the name is all the title there is, and the country.
            info = replace(info, title=nationality[0], country=info.country or nationality[1])
        if info.country is None and person.known is None and person.spans \
                and info.role not in _TRAVELLING_ROLES and not reader.names_a_body(spans):
            # Someone the text gives no country, nor an office (officials travel), nor a
            # body of no country (the European Union's high representative): the one
            # country of the places and bodies named with their first mention, if there
            # is only one.
            info = replace(info, country=reader.sentence_country(person.spans[0][0]))
        if info.country is None and person.known is None and publisher \
                and info.role in _PUBLISHERS_OWN \
                and not _OTHERS_STYLE.get(publisher[0], _NO_MATCH).search(fold(info.title or "")):
            # "Colin Van Dusen, Minister of Jobs, Economy and Trade" in Alberta's release:
            # Canada's, and of a province (an official, not of the country's cabinet).
            country, regional = publisher
            info = replace(info, country=country, regional=regional,
                           role="official" if regional else info.role)
        if info.country is None and person.known is None and info.title \
                and (local := _LOCAL_OFFICES_OF.get(doc.language)) is not None \
                and local.search(fold(info.title)):
            info = replace(info, country="CA")
        if info.country is None and person.known is None and info.role == "legislator" \
                and doc.language in _LEGISLATURES_OF:
            # "Senator Marc Gold", "le sénateur X", "Speaker George Furey": of nothing
            # else said, a legislator of the English and French press is Canada's (of the
            # Spanish press, Mexico's: _OFFICES_OF).
            info = replace(info, country=_LEGISLATURES_OF[doc.language])
        out[person.name] = replace(info, title_spans=tuple(spans)) if spans else info
    _aides_countries(out, principals, ents, reader)
    return out


def _aides_countries(out: dict[str, PersonInfo], principals: dict[str, int],
                     ents: Entities, reader: _Reader) -> None:
    """An aide the text gives no country of their own serves their principal's:
    "Sophie Nadeau-Park, Michel’s press secretary" is Canadian when Michel is."""
    for name, token in principals.items():
        if out[name].country is not None:
            continue
        at = reader.toks.start[token]
        boss = next((p.name for p in ents.people if p.name != name
                     and any(s <= at < e for s, e in p.spans)), None)
        if boss is not None and out[boss].country is not None:
            out[name] = replace(out[name], country=out[boss].country)


def _better(new: str, old: str) -> bool:
    """A title with a portfolio beats a bare one ('Minister' < 'Minister of Trade'); an
    office held now beats one held before ("la secrétaire mexicaine de l'Environnement",
    then "ancienne secrétaire exécutive de la CEPALC")."""
    if (past := _PAST_TITLE.match(fold(new)) is not None) != \
            (_PAST_TITLE.match(fold(old)) is not None):
        return not past
    return len(new.split()) > len(old.split())


# A title of an office held before: "former", "ancienne", "ex-", "exsecretaria".
_PAST_TITLE = re.compile(r"(?:the |la |le |el |l')?(?:former|ancien|ancienne|antiguo|antigua|"
                         r"ex-|ex |ex(?=[a-z]{4}))")


def _head_words(title: str) -> list[str]:
    """A title's words before its first "of" ("coordinator" of "coordinator of the
    Morena senators"; all of "les députés conservateurs")."""
    words = title.split(" ")
    for i, w in enumerate(words):
        f = fold(w)
        if f in _FROM or f.startswith(("d'", "d’")):
            return words[:i]
    return words


def _singular(title: str, lex: Lexicon) -> str:
    """A plural title as each of those it names holds it: its head and the party words
    after the head in the singular ("Senators" -> "Senator", "senadores" -> "senador",
    "députés conservateurs" -> "député conservateur")."""
    words = title.split(" ")
    head = len(_head_words(title))
    out: list[str] = []
    headed = False
    for i, w in enumerate(words):
        f = fold(w)
        cut = 0
        if f in lex.plurals and not headed and i < head:
            cut, headed = len(f) - len(lex.plurals[f]), True
        elif headed and f.endswith("s"):
            cut = next((c for c in (1, 2) if f[:-c] in lex.party_words), 0)
        out.append(w[:-cut] if cut else w)
    return " ".join(out)


def _combine(person: PersonEntity, found: tuple[str | None, str | None, str | None],
             kb: Knowledge, lex: Lexicon, published: str | None) -> PersonInfo:
    title, role, country = found
    role = _refine_role(role, title, kb, lex)
    # The office held on the publication date, or the last one known (the list may lag
    # behind a reshuffle; "former"/"ex-" titles in the text override it).
    tenure = person.known.tenure_on(published) if person.known else None
    if tenure:
        if title is None:
            title = tenure.office or None
        if role is None or (role in _GOVERNMENT_ROLES and tenure.role in _GOVERNMENT_ROLES
                            and title == tenure.office):
            role = tenure.role
        elif role == "ambassador" and tenure.role == "minister" and published \
                and tenure.covers(published):
            # "el representante comercial …, embajador Robert Lighthizer": the trade
            # representative's courtesy rank, not an embassy; the office held that day.
            role = tenure.role
        if person.known and (tenure.country or person.known.country):
            # (the gazetteer's, over a country read near the name: "Tim Hodgson, welcomed
            # Mexico's Secretary of Energy")
            country = tenure.country or person.known.country
    elif person.known and country is None:
        country = person.known.country or None
    if country is None and role == "official" and title:
        country = region_country(title, kb)     # "Alberta's Agriculture Minister": CA
    return PersonInfo(title=title, role=role or "other", country=country)
