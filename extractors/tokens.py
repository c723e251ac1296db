"""Word tokens with offsets, the unit the recognisers walk over."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import itemgetter

from extractors.text import count_words, fold

# Letters and digits, with inner apostrophes ("O'Neill", "l’honorable"), an optional
# trailing full stop kept apart. Hyphens split tokens; ``joined`` records them.
# (Captured: splitting a text gives its tokens and the gaps between them in one pass.)
_TOKEN = re.compile(r"([^\W_]+(?:['’][^\W_]+)*|&)", re.UNICODE)
# The same for a text without "&": opening with a character class, not a choice, it lets
# the regex engine skip ahead to where a token may start.
_WORD_TOKEN = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)", re.UNICODE)
# The same for a text without "&" or "_": there a letter or digit is any word character,
# a class the engine tests faster than "a word character but not '_'".
_PLAIN_TOKEN = re.compile(r"(\w+(?:['’]\w+)*)", re.UNICODE)


@dataclass(frozen=True, slots=True)
class TokenColumns:
    """The tokens of a text, one column per property: token k is ``text[k]``, from
    ``start[k]`` to ``end[k]``, after the gap ``gap[k]``, folded ``fold[k]``,
    capitalised or not (``cap[k]``), in capitals or not (``upper[k]``). Columns, not one
    object per token: a text has a thousand tokens and the recognisers read a few
    properties of each."""

    text: list[str]
    start: list[int]
    end: list[int]
    gap: list[str]
    fold: tuple[str, ...]
    cap: tuple[bool, ...]
    upper: tuple[bool, ...]

    def __len__(self) -> int:
        return len(self.text)


_FOLD, _CAP, _UPPER = itemgetter(0), itemgetter(1), itemgetter(2)


@lru_cache(maxsize=1 << 16)       # the same words come back, article after article
def shape(word: str) -> tuple[str, bool, bool]:
    """A word's folded text, whether it is capitalised (elided articles aside:
    'Champagne', 'l’Agriculture') and whether it is written in capitals."""
    cap = word[0].isupper() or (len(word) > 2 and word[1] in "'’" and word[0] in "lLdD"
                                and word[2].isupper())
    return fold(word), cap, len(word) >= 2 and word.isupper()


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
                        tuple(map(_UPPER, shapes)))


def word_count(toks: TokenColumns) -> int:
    """``text.count_words`` of the text the tokens were read from, without reading it
    again: a word never runs across a gap between tokens, and a token of letters alone
    is one word."""
    return sum(1 if word.isalpha() else count_words(word) for word in toks.text)


def soft_gap(gap: str) -> bool:
    """True when two tokens are still in one name: a space, a hyphen or nothing."""
    return gap in ("", " ", "-", "‑", "–") or gap == " - "
