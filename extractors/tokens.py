"""Word tokens with offsets, the unit the recognisers walk over."""
from __future__ import annotations

import re
from functools import lru_cache, partial
from itertools import accumulate, count
from operator import itemgetter
from typing import NamedTuple

from extractors.text import count_words, fold

# Letters and digits, with inner apostrophes ("O'Neill", "l’honorable"), an optional
# trailing full stop kept apart. Hyphens split tokens; ``joined`` records them.
# (Captured: splitting a text gives its tokens and the gaps between them in one pass.)
_TOKEN = re.compile(r"([^\W_]+(?:['’][^\W_]+)*|&)", re.UNICODE)
# The same for a text without "&": opening with a character class, not a choice, it lets
# the regex engine skip ahead to where a token may start.
_WORD_TOKEN = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)", re.UNICODE)


class Tok(NamedTuple):
    """One token: position, text, the gap before it, folded text, and its case.

    A named tuple rather than an object with slots: an article has a thousand tokens or
    more, and tuples are built without a Python call each (see ``tokenize``) and, holding
    only strings, numbers and flags, are left alone by the garbage collector once it has
    seen them. Tokens are read by attribute only; two are never compared."""

    i: int
    start: int
    end: int
    text: str
    gap: str
    fold: str
    cap: bool
    upper: bool

    def __repr__(self) -> str:
        return f"Tok({self.i}, {self.text!r})"


@lru_cache(maxsize=1 << 16)       # the same words come back, article after article
def shape(word: str) -> tuple[str, bool, bool]:
    """A word's folded text, whether it is capitalised (elided articles aside:
    'Champagne', 'l’Agriculture') and whether it is written in capitals."""
    cap = word[0].isupper() or (len(word) > 2 and word[1] in "'’" and word[0] in "lLdD"
                                and word[2].isupper())
    return fold(word), cap, len(word) >= 2 and word.isupper()


# ``Tok`` from one tuple of its fields, without the Python-level ``Tok.__new__``.
_new_tok = partial(tuple.__new__, Tok)
_FOLD, _CAP, _UPPER = itemgetter(0), itemgetter(1), itemgetter(2)


def tokenize(text: str) -> list[Tok]:
    # a gap, a token, a gap, ..., a token, a gap
    parts = (_TOKEN if "&" in text else _WORD_TOKEN).split(text)
    # Where each part starts: a token's start is its own offset, its end the next one's.
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    shapes = list(map(shape, words))
    # Column by column, with no Python-level step per token.
    return list(map(_new_tok, zip(count(), offsets[1::2], offsets[2::2], words,
                                  parts[0:-1:2], map(_FOLD, shapes), map(_CAP, shapes),
                                  map(_UPPER, shapes))))


def word_count(toks: list[Tok]) -> int:
    """``text.count_words`` of the text the tokens were read from, without reading it
    again: a word never runs across a gap between tokens, and a token of letters alone
    is one word."""
    return sum(1 if t.text.isalpha() else count_words(t.text) for t in toks)


def soft_gap(gap: str) -> bool:
    """True when two tokens are still in one name: a space, a hyphen or nothing."""
    return gap in ("", " ", "-", "‑", "–") or gap == " - "
