"""Text preparation shared by every extractor: normalisation, language, sentences.

``prepare(text)`` returns a ``Doc``: the normalised text, its language, and its
paragraphs and sentences as character spans into that text. Extractors work on spans so
that every fact they return can point back at its sentence.

Regular expressions run over whole articles here and in the extractors are written so
that the first thing they match is a plain character or a character class (``XX*``
rather than ``X+``, a word's first letter before the word boundary behind it): Python's
regex engine then skips ahead to the characters a match can start with, instead of
trying a match at every position of the text.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from operator import attrgetter

_STOPWORDS = {
    "en": frozenset("the and of to in is that for with was on as by at from has have it its "
                    "this are be their which who will were said an".split()),
    "es": frozenset("el la los las de del y en que por con para una un es se su sus al "
                    "fue como más pero lo entre sobre ha".split()),
    "fr": frozenset("le la les de des du et en que pour avec une un est se sa son ses au "
                    "aux qui dans sur par été ont il elle".split()),
}
_WORD = re.compile(r"[^\W\d_][^\W\d_]*(?:['’][^\W\d_]+)*", re.UNICODE)

# Endings of Spanish verbs in the past ("celebró", "firmaron", "anunciaron"), which end a
# name or a subject before them.
SPANISH_PAST_ENDS = ("ó", "aron", "ieron")
# Relative pronouns of the three languages, folded: what follows one after a name or a
# noun is a clause about it ("Sergio Pérez, qui pilote …", "…, which have poured …").
RELATIVE_PRONOUNS = frozenset("""which who whom whose that que qui quien quienes cual cuales
cuyo cuya lequel laquelle lesquels lesquelles dont""".split())
# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset("""
mr mrs ms dr dra prof sr sra srta lic ing mtro mtra hon st jr gen gral col lt sgt gov sen rep coun
maj capt cmdr adm brig cpl supt insp rev
mme mlle mm mmes messrs sres sras me no vs etc approx dept est inc ltd corp co
jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic janv févr avr juil déc
art fig ca p pp
""".split())

# Run over paragraphs, which hold no line break.
_SENTENCE_END = re.compile(r"[.!?…][.!?…]*[\"”’»)\]]*\s+")


_START = attrgetter("start")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Doc:
    text: str
    language: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]

    @cached_property
    def word_count(self) -> int:
        return count_words(self.text)

    @cached_property
    def headline_end(self) -> int:
        """Where a headline ends: a first line with no full stop and more lines after it;
        0 when there is none."""
        if len(self.paragraphs) < 2 or self.paragraphs[0].text.rstrip().endswith("."):
            return 0
        return self.paragraphs[0].end

    @cached_property
    def _folding(self) -> tuple[str, bool]:
        return _fold_in_place(self.text)

    @cached_property
    def folded(self) -> str:
        """``fold(text)``, offset for offset when folding keeps the length (it nearly
        always does); see ``folded_span``."""
        return self._folding[0]

    @cached_property
    def folds_in_place(self) -> bool:
        """Whether folding maps each character of the text to one character, whatever
        stands around it (it nearly always does): then the fold of any piece of the text
        is that piece of ``folded``, exactly (``fold(text[a:b]) == folded[a:b]``)."""
        return self._folding[1]

    def folded_span(self, span: Span) -> str:
        """The folded text of a sentence or paragraph, from the one fold of the text."""
        if len(self.folded) == len(self.text):
            return self.folded[span.start:span.end]
        return fold(span.text)

    def sentence_at(self, offset: int) -> Span:
        """The sentence holding character ``offset`` (the last one if past the end)."""
        if not self.sentences:
            return Span(0, len(self.text), self.text)
        return self.sentences[self.sentence_index(offset)]

    def sentence_index(self, offset: int) -> int:
        """The index in ``sentences`` of the sentence holding character ``offset``: the
        last one starting at or before it (the first if none does)."""
        return max(bisect_right(self.sentences, offset, key=_START) - 1, 0)

    def paragraph_at(self, offset: int) -> Span:
        for para in self.paragraphs:
            if para.start <= offset < para.end:
                return para
        return self.paragraphs[-1] if self.paragraphs else Span(0, len(self.text), self.text)


# Runs of spaces and tabs, a lone space aside (it would be replaced by itself).
_BLANKS = re.compile(r"\t[ \t]*| [ \t]+")
_BLANK_LINES = re.compile(r"\n\n\n+")


def normalise(text: str) -> str:
    """NFC, unified line breaks and spaces; quotes and dashes are kept as written."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("\u2009", " ")
    if "\t" in text or "  " in text:
        text = _BLANKS.sub(" ", text)
    # Blanks are single spaces now: the one before and the one after a line break go.
    text = text.replace(" \n", "\n").replace("\n ", "\n")
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def detect_language(text: str) -> str:
    """en, es or fr by stop-word counts; 'en' when nothing is conclusive."""
    counts = dict.fromkeys(_STOPWORDS, 0)
    for word in _WORD.findall(text[:20000].lower()):
        for lang, words in _STOPWORDS.items():
            if word in words:
                counts[lang] += 1
    best = max(counts, key=lambda lang: counts[lang])
    return best if counts[best] > 0 else "en"


_LINE = re.compile(r"[^\n]+")


def _paragraphs(text: str) -> list[Span]:
    spans = []
    for m in _LINE.finditer(text):
        spans.append(Span(m.start(), m.end(), m.group()))
    return spans


_ABBREVIATED = re.compile(r"(\b[\w.]+)\.$")
_WORD_CHARS_AND_DOTS = re.compile(r"[\w.]*")
_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")
_ACRONYM_AT_END = re.compile(r"\b(?:[A-Z]\.){2,}$")
# An abbreviation that is also a word, written in lower case at the end ("ago.", "me.",
# "no.", "mar."), but for those written so before a name ("vs.").
_LOWER_WORD_AT_END = re.compile(r"(?<![\w.])(?!vs\.)[a-z]{2,}\.$")


def _ends_with_abbreviation(chunk: str) -> bool:
    chunk = chunk.rstrip("\"”’»)] \n")
    # Only a full stop can end an abbreviation, and only the run of word characters and
    # dots the chunk ends with tells which: that run lies in the chunk's last piece
    # without a space, the same few of which ("said.", "U.S.") come back.
    return chunk.endswith(".") and _ends_in_abbreviation(chunk[chunk.rfind(" ") + 1:])


@lru_cache(maxsize=1 << 12)
def _ends_in_abbreviation(chunk: str) -> bool:
    # A match lies in the run of word characters and dots the chunk ends with: search
    # from where that run starts (read on the reversed chunk), not from every position.
    run = _WORD_CHARS_AND_DOTS.match(chunk[::-1])
    m = _ABBREVIATED.search(chunk, len(chunk) - run.end()) if run else None
    if not m:
        return False
    word = m.group(1).lower()
    if word in _ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S.", "D.C."
    return bool(_INITIALS.fullmatch(word))


def _sentences(text: str, paragraphs: list[Span]) -> list[Span]:
    spans: list[Span] = []
    for para in paragraphs:
        start = para.start
        for m in _SENTENCE_END.finditer(para.text):
            end = para.start + m.end()
            piece = text[start:end]
            if _ends_with_abbreviation(piece.rstrip()):
                # "U.S. officials" continues; "the U.S. The next" is ambiguous: keep going
                # unless the next word starts a clear new sentence after an acronym, or
                # the abbreviation is a word written in lower case before a capital:
                # "two years ago. Then", "with me. He said" ("Me Tremblay", "Jan. 15",
                # "vs. Mexico" go on).
                nxt = text[end:end + 1]
                if not (nxt.isupper() and (_ACRONYM_AT_END.search(piece.rstrip())
                                           and _starts_sentence(text[end:end + 20])
                                           or _LOWER_WORD_AT_END.search(piece.rstrip()))):
                    continue
            stripped = piece.strip()
            if stripped:
                s = start + (len(piece) - len(piece.lstrip()))
                spans.append(Span(s, s + len(stripped), stripped))
            start = end
        rest = text[start:para.end]
        if rest.strip():
            s = start + (len(rest) - len(rest.lstrip()))
            stripped = rest.strip()
            spans.append(Span(s, s + len(stripped), stripped))
    return spans


_SENTENCE_STARTERS = frozenset("the a an in on it this that they we he she but and as its "
                               "el la los las en este esta le la les il elle ce cette".split())


def _starts_sentence(following: str) -> bool:
    word = following.split(" ", 1)[0].lower()
    return word in _SENTENCE_STARTERS


def prepare(text: str, language: str | None = None) -> Doc:
    text = normalise(text)
    paragraphs = _paragraphs(text)
    sentences = _sentences(text, paragraphs)
    return Doc(text=text, language=language or detect_language(text),
               paragraphs=tuple(paragraphs), sentences=tuple(sentences))


_POSSESSIVE = re.compile(r"^(.*?)(?:['’]s|['’])$")
ELISION = re.compile(r"^[ldLD]['’](?=\w)")


def bare(word: str) -> str:
    """A word without the article elided before it or the possessive after it:
    'd’Ebrard' -> 'Ebrard', 'Anand’s' -> 'Anand', 'Reyes’' -> 'Reyes'."""
    word = ELISION.sub("", word)
    m = _POSSESSIVE.match(word)
    return m.group(1) if m and m.group(1) else word


def fold(text: str) -> str:
    """Lower case without accents, for matching: 'Bárcena' -> 'barcena'."""
    if text.isascii():
        return text.lower()
    if len(text) <= 40:
        return _fold_word(text)
    return _fold(text)


def _strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


# Every accented Latin letter and typographic apostrophe, folded once, for str.translate.
_FOLD_TABLE = {cp: _strip_marks(chr(cp)) for cp in range(0x80, 0x250)
               if len(_strip_marks(chr(cp))) == 1 and _strip_marks(chr(cp)) != chr(cp)}
_FOLD_TABLE[ord("’")] = "'"
_COMBINING = re.compile("[\u0300-\u036f]")
# The table maps no ASCII character: only the runs of other characters need translating,
# which is much faster than translating a long, mostly ASCII text character by character.
# (Captured: splitting a text gives its ASCII pieces and those runs, in turn.)
_NON_ASCII = re.compile(r"([^\x00-\x7f][^\x00-\x7f]*)")


@lru_cache(maxsize=1 << 12)     # the same few runs come back: "é", "ó", "’", "“"
def _translate_run(run: str) -> str:
    return run.translate(_FOLD_TABLE)


def _translate(text: str) -> tuple[str, bool]:
    """``text.translate(_FOLD_TABLE)``, a run of non-ASCII characters at a time (each
    run translated once, not a Python call per run), and whether it has no marks left
    to strip (``_has_no_marks``)."""
    parts = _NON_ASCII.split(text)
    runs = parts[1::2] = list(map(_translate_run, parts[1::2]))
    # Whether the text has marks left is read on its runs alone: its other characters
    # are ASCII, which neither are marks nor need decomposing, and a mark is put in
    # order only against the marks right before it, which an ASCII character ends.
    return "".join(parts), all(map(_has_no_marks, runs))


@lru_cache(maxsize=1 << 12)
def _has_no_marks(text: str) -> bool:
    """Whether stripping marks leaves the text as it is: it needs no decomposing and
    holds no combining mark."""
    return text.isascii() or (unicodedata.is_normalized("NFKD", text)
                              and not _COMBINING.search(text))


def _fold(text: str) -> str:
    return _fold_in_place(text)[0]


def _fold_in_place(text: str) -> tuple[str, bool]:
    """``fold(text)`` (of a text that is not ASCII), and whether folding maps each
    character to one character on its own. Lower-casing does, but for "İ" (two
    characters) and "Σ" (σ or ς, by what follows it); the table does; stripping marks
    does not (it drops some characters and spells out others), and whether it is needed
    at all depends on the whole text, so a text that needs it does not fold in place."""
    lowered = text.lower()
    in_place = len(lowered) == len(text) and "Σ" not in text
    if lowered.isascii():
        return lowered, in_place
    translated, no_marks = _translate(lowered)
    if no_marks:
        return translated, in_place
    return _strip_marks(translated).replace("’", "'"), False


@lru_cache(maxsize=1 << 16)
def _fold_word(text: str) -> str:
    return _fold(text)


def count_words(text: str) -> int:
    return len(_WORD.findall(text))


def word_alternation(alternatives: Iterable[str], after: str = "") -> str:
    r"""The pattern ``\b(?:a|b|…)`` + ``after``, written for the regex engine to scan fast.

    ``alternatives`` are pattern fragments, each opening with a plain letter (with no
    quantifier on it) and holding no ``|`` outside parentheses; matching is case-sensitive.
    They are grouped by that letter, each group written ``x(?<=\bx)(?:…)`` + ``after``:
    every match opens with one of those letters, so the engine skips from one of them to
    the next instead of trying every position. The matches are those of the plain
    pattern: within a group the alternatives keep their order, and two alternatives
    opening with different letters never match at the same place.
    """
    return "|".join(rf"{first}(?<=\b{first})(?:{'|'.join(rests)}){after}"
                    for first, rests in _by_first_letter(alternatives).items())


def letter_alternation(alternatives: Iterable[str]) -> str:
    r"""The group ``(?:a|b|…)`` written ``(?:x(?:…)|y(?:…))``, the alternatives grouped by
    their first letter as in ``word_alternation``: where the engine cannot skip ahead to
    those letters (a case-insensitive pattern), it tries one group where a match may
    start, not every alternative. Same matches as the plain group, case-insensitive too
    when every alternative opens with a lower-case letter.
    """
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rests)})"
                            for first, rests in _by_first_letter(alternatives).items()) + ")"


def _by_first_letter(alternatives: Iterable[str]) -> dict[str, list[str]]:
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first, rest = alternative[:1], alternative[1:]
        if not first.isalpha() or rest[:1] in ("?", "*", "+", "{"):
            raise ValueError(f"{alternative!r} does not open with a plain letter")
        groups.setdefault(first, []).append(rest)
    return groups


def word_start(alternatives: list[str]) -> re.Pattern[str]:
    r"""A pattern that matches the character before each place where one of
    ``alternatives`` (fragments as ``word_alternation`` takes them) opens a word and ends
    at a word boundary: the non-word character there, which the engine skips ahead to.
    The alternatives are written as a tree of the letters they open with (see
    ``letter_tree``), tried once for all of them: only whether one matches is read."""
    return re.compile(r"\W(?=(?:" + letter_tree(alternatives) + r")\b)")


def letter_tree(alternatives: list[str]) -> str:
    """``a|b|…`` with the plain letters, spaces and apostrophes they open with written
    once (``visit|visits|visa`` as ``v(?:i(?:s(?:i(?:t(?:|s)|a))))``, shortened): the
    engine reads each character once for all alternatives that share it. The order of
    the alternatives may change, not what matches somewhere."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alternative in alternatives:
        first = alternative[:1]
        if (first.isalpha() or first in (" ", "'")) \
                and alternative[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(first, []).append(alternative[1:])
        else:
            others.append(alternative)      # empty, or opening with a group or a class
    return "|".join([first + (f"(?:{letter_tree(rests)})" if len(rests) > 1 else rests[0])
                     for first, rests in groups.items()] + others)
