"""The title, honorific and organisation-head lexicon (``seeds/lexicons/titles.toml``)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from extractors.gazetteer import SEEDS_DIR, Trie, bare_tokens, tokens
from extractors.text import fold

_WORD = re.compile(r"[\w'’.-]+")


@dataclass
class Lexicon:
    heads: Trie                      # folded title phrase tokens -> role
    head_words: frozenset[str]       # tokens of head phrases, particles left out
    head_ends: frozenset[str]        # last tokens of head phrases ("minister", "ministra")
    honorifics: frozenset[str]
    person_nouns: frozenset[str]
    org_heads: Trie                  # folded phrase tokens -> kind
    org_head_words: frozenset[str]
    portfolios: frozenset[str]       # English portfolio words before a title's word
    qualifiers: Trie                 # folded words after a title: "par intérim"
    qualifier_ends: dict[str, tuple[tuple[str, ...], ...]]   # by their last word
    # head words that are ordinary words in a language, by language: Spanish "mayor"
    not_heads: dict[str, frozenset[str]] = field(default_factory=dict)
    # head words that head a title only alone: "Deputy X", not "Deputy Governor X"
    lone_heads: frozenset[str] = frozenset()
    # a party's words (folded phrase tokens, or as written for words in capitals) -> its
    # country; the second table's only in a legislator's title
    parties: dict[tuple[str, ...], str] = field(default_factory=dict)
    party_adjectives: dict[tuple[str, ...], str] = field(default_factory=dict)
    # plural heads, folded, and their singular ("senadores" -> "senador")
    plurals: dict[str, str] = field(default_factory=dict)

    # the folded single words of both party tables, read as adjectives after a head
    party_words: frozenset[str] = frozenset()

    def party_country(self, title: str, legislator: bool) -> str | None:
        """The country of the party a title names ("député bloquiste", "Republican
        Rep."), if it names one; ``legislator``: whether it is a legislator's title, in
        which "Conservative" and "libérale" name a party too."""
        written = _WORD.findall(title)
        folded = [fold(w) for w in written]
        tables = (self.parties, self.party_adjectives) if legislator else (self.parties,)
        for i in range(len(folded)):
            for table in tables:
                for n in (3, 2, 1):
                    key = tuple(folded[i:i + n])
                    if len(key) == n and key in table:
                        return table[key]
                if (written[i],) in table:
                    return table[(written[i],)]
        return None

    def heads_at(self, folds: list[str], i: int, language: str) -> tuple[int, list] | None:
        """The longest title head starting at token ``i`` of ``folds``, if any (its end and
        roles), but for a word that heads no title in ``language``."""
        if folds[i] not in self.heads.root or folds[i] in self.not_heads.get(language, ()):
            return None
        m = self.heads.match(folds, i)
        if m and folds[i] in self.lone_heads and m[0] == i + 1 and i + 1 < len(folds) \
                and (folds[i + 1] in self.head_words or folds[i + 1] in self.portfolios):
            return None
        return m


def parse_lexicon(text: str) -> Lexicon:
    data = tomllib.loads(text)
    heads, words, ends = Trie(), set[str](), set[str]()
    particles = {"of", "the", "de", "du", "des", "la", "le", "el", "for", "d'", "l'"}
    for phrase, role in data["heads"].items():
        # Found as written and as articles' words are read ("chargé d’affaires").
        heads.add_alias(phrase, role)
        written = tokens(phrase)
        for toks in (written, bare_tokens(written)):
            words.update(t for t in toks if t not in particles)
            ends.add(toks[-1])
    org_heads, org_words = Trie(), set[str]()
    for kind, phrases in data["org_heads"].items():
        for phrase in phrases:
            org_heads.add_alias(phrase, kind)
            written = tokens(phrase)
            if written:
                org_words.update({written[0], bare_tokens(written)[0]})
    qualifiers, qualifier_ends = Trie(), dict[str, tuple[tuple[str, ...], ...]]()
    for phrase in data["qualifiers"]["words"]:
        words_of = tuple(tokens(phrase))
        qualifiers.add(list(words_of), True)
        qualifier_ends[words_of[-1]] = (*qualifier_ends.get(words_of[-1], ()), words_of)
    parties = _party_table(data.get("parties", {}))
    party_adjectives = _party_table(data.get("party_adjectives", {}))
    return Lexicon(heads=heads, head_words=frozenset(words), head_ends=frozenset(ends),
                   honorifics=frozenset(fold(w).rstrip(".") for w in data["honorifics"]["words"]),
                   person_nouns=frozenset(fold(w) for w in data["person_nouns"]["words"]),
                   org_heads=org_heads, org_head_words=frozenset(org_words),
                   portfolios=frozenset(fold(w) for w in data["portfolios"]["words"]),
                   qualifiers=qualifiers, qualifier_ends=qualifier_ends,
                   not_heads={language: frozenset(fold(w) for w in words)
                              for language, words in data.get("not_heads", {}).items()},
                   lone_heads=frozenset(fold(w) for w in
                                        data.get("lone_heads", {}).get("words", ())),
                   parties=parties, party_adjectives=party_adjectives,
                   party_words=frozenset(key[0] for table in (parties, party_adjectives)
                                         for key in table
                                         if len(key) == 1 and not key[0].isupper()),
                   plurals=_plurals(data["heads"]))


def _party_table(data: dict) -> dict[tuple[str, ...], str]:
    """{phrase tokens: country}: folded, but for a word in capitals, kept as written."""
    table: dict[tuple[str, ...], str] = {}
    for country, phrases in data.items():
        for phrase in phrases:
            key = (phrase,) if phrase.isupper() else tuple(fold(w) for w in _WORD.findall(phrase))
            table[key] = country
    return table


def _plurals(heads: dict[str, str]) -> dict[str, str]:
    """Heads of one word that are another's plural: "senators", "senadores", "députées"."""
    folded = {fold(h) for h in heads if " " not in h}
    out: dict[str, str] = {}
    for word in folded:
        for cut in (1, 2):
            if word.endswith("s") and word[:-cut] in folded:
                out[word] = word[:-cut]
                break
    return out


@lru_cache(maxsize=4)
def load_lexicon(path: Path = SEEDS_DIR / "lexicons" / "titles.toml") -> Lexicon:
    return parse_lexicon(path.read_text(encoding="utf-8"))
