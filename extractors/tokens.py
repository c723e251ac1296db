"""Word tokens with offsets, the unit the recognisers walk over."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from extractors.text import bare, count_words, fold

# Letters and digits, with inner apostrophes ("O'Neill", "l’honorable"), an optional
# trailing full stop kept apart. Hyphens split tokens; ``joined`` records them.
# (Captured: splitting a text gives its tokens and the gaps between them in one pass.
# Nothing follows the pieces after apostrophes: their repeat, possessive, never gives any
# back, and the engine keeps no state to backtrack into it.)
_TOKEN = re.compile(r"([^\W_]+(?:['’][^\W_]+)*+|&)", re.UNICODE)
# The same for a text without "&": opening with a character class, not a choice, it lets
# the regex engine skip ahead to where a token may start.
_WORD_TOKEN = re.compile(r"([^\W_]+(?:['’][^\W_]+)*+)", re.UNICODE)
# The same for a text without "&" or "_": there a letter or digit is any word character,
# a class the engine tests faster than "a word character but not '_'".
_PLAIN_TOKEN = re.compile(r"(\w+(?:['’]\w+)*+)", re.UNICODE)


@dataclass(frozen=True, slots=True)
class TokenColumns:
    """The tokens of a text, one column per property: token k is ``text[k]``, from
    ``start[k]`` to ``end[k]``, after the gap ``gap[k]``, folded ``fold[k]``,
    capitalised or not (``cap[k]``), in capitals or not (``upper[k]``), of letters and
    digits alone or not (``alnum[k]``: no apostrophe, "_" or "&"), holding ``words[k]``
    words (``text.count_words``). Columns, not one object per token: a text has a
    thousand tokens and the recognisers read a few properties of each."""

    text: list[str]
    start: list[int]
    end: list[int]
    gap: list[str]
    fold: tuple[str, ...]
    cap: tuple[bool, ...]
    upper: tuple[bool, ...]
    alnum: tuple[bool, ...]
    words: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.text)


_FOLD, _CAP, _UPPER, _ALNUM, _WORDS = (itemgetter(0), itemgetter(1), itemgetter(2),
                                       itemgetter(3), itemgetter(4))


@lru_cache(maxsize=1 << 16)       # the same words come back, article after article
def shape(word: str) -> tuple[str, bool, bool, bool, int]:
    """A word's folded text, whether it is capitalised (elided articles aside:
    'Champagne', 'l’Agriculture'), whether it is written in capitals (elided articles and
    possessives aside: 'l’OTAN', 'NATO’s'), whether it is of letters and digits alone, and
    how many words it holds. (Read here, once per word, rather than on every token:
    testing a word's characters is slow.)"""
    cap = word[0].isupper() or (len(word) > 2 and word[1] in "'’" and word[0] in "lLdD"
                                and word[2].isupper())
    core = bare(word) if "'" in word or "’" in word else word
    # A word of letters alone is one word.
    words = 1 if word.isalpha() else count_words(word)
    return fold(word), cap, len(core) >= 2 and core.isupper(), word.isalnum(), words


def _token_pattern(text: str) -> re.Pattern[str]:
    if "&" in text:
        return _TOKEN
    return _WORD_TOKEN if "_" in text else _PLAIN_TOKEN


def tokenize(text: str) -> TokenColumns:
    # a gap, a token, a gap, ..., a token, a gap
    parts = _token_pattern(text).split(text)
    # Where each part starts: a token starts at its own offset and ends at the next one's.
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    shapes = list(map(shape, words))
    # (One column at a time: ``zip(*shapes)`` would take a thousand arguments.)
    return TokenColumns(words, offsets[1:-1:2], offsets[2::2], parts[0:-1:2],
                        tuple(map(_FOLD, shapes)), tuple(map(_CAP, shapes)),
                        tuple(map(_UPPER, shapes)), tuple(map(_ALNUM, shapes)),
                        tuple(map(_WORDS, shapes)))


def word_count(toks: TokenColumns) -> int:
    """``text.count_words`` of the text the tokens were read from, without reading it
    again: a word never runs across a gap between tokens, so the text's words are those
    of its tokens."""
    return sum(toks.words)


def soft_gap(gap: str) -> bool:
    """True when two tokens are still in one name: a space, a hyphen or nothing."""
    return gap in ("", " ", "-", "‑", "–") or gap == " - "
