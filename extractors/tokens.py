"""Word tokens with offsets, the unit the recognisers walk over."""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import accumulate, count

from extractors.text import count_words, fold

# Letters and digits, with inner apostrophes ("O'Neill", "l’honorable"), an optional
# trailing full stop kept apart. Hyphens split tokens; ``joined`` records them.
# (Captured: splitting a text gives its tokens and the gaps between them in one pass.)
_TOKEN = re.compile(r"([^\W_]+(?:['’][^\W_]+)*|&)", re.UNICODE)
# The same for a text without "&": opening with a character class, not a choice, it lets
# the regex engine skip ahead to where a token may start.
_WORD_TOKEN = re.compile(r"([^\W_]+(?:['’][^\W_]+)*)", re.UNICODE)


class Tok:
    """One token: position, text, folded text, the gap before it, and its case."""

    __slots__ = ("i", "start", "end", "text", "fold", "gap", "cap", "upper")

    def __init__(self, i: int, start: int, end: int, text: str, gap: str,
                 shape: tuple[str, bool, bool]) -> None:
        # One store each, not a tuple packed and unpacked: a Tok is made per word.
        self.i = i
        self.start = start
        self.end = end
        self.text = text
        self.gap = gap
        self.fold, self.cap, self.upper = shape

    def __repr__(self) -> str:
        return f"Tok({self.i}, {self.text!r})"


@lru_cache(maxsize=1 << 16)       # the same words come back, article after article
def shape(word: str) -> tuple[str, bool, bool]:
    """A word's folded text, whether it is capitalised (elided articles aside:
    'Champagne', 'l’Agriculture') and whether it is written in capitals."""
    cap = word[0].isupper() or (len(word) > 2 and word[1] in "'’" and word[0] in "lLdD"
                                and word[2].isupper())
    return fold(word), cap, len(word) >= 2 and word.isupper()


def tokenize(text: str) -> list[Tok]:
    # a gap, a token, a gap, ..., a token, a gap
    parts = (_TOKEN if "&" in text else _WORD_TOKEN).split(text)
    # Where each part starts: a token starts at its own offset and ends at the next one's.
    offsets = list(accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    # One call of Tok per token, made by ``map`` rather than a Python-level loop.
    return list(map(Tok, count(), offsets[1::2], offsets[2::2], words, parts[0:-1:2],
                    map(shape, words)))


def word_count(toks: list[Tok]) -> int:
    """``text.count_words`` of the text the tokens were read from, without reading it
    again: a word never runs across a gap between tokens, and a token of letters alone
    is one word."""
    return sum(1 if t.text.isalpha() else count_words(t.text) for t in toks)


def soft_gap(gap: str) -> bool:
    """True when two tokens are still in one name: a space, a hyphen or nothing."""
    return gap in ("", " ", "-", "‑", "–") or gap == " - "
