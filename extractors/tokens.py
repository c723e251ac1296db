"""Word tokens with offsets, the unit the recognisers walk over."""
from __future__ import annotations

import re

from extractors.text import fold

# Letters and digits, with inner apostrophes ("O'Neill", "l’honorable"), an optional
# trailing full stop kept apart. Hyphens split tokens; ``joined`` records them.
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&", re.UNICODE)


class Tok:
    """One token: position, text, folded text, the gap before it, and its case."""

    __slots__ = ("i", "start", "end", "text", "fold", "gap", "cap", "upper")

    def __init__(self, i: int, start: int, end: int, text: str, gap: str,
                 shape: tuple[str, bool, bool]) -> None:
        self.i, self.start, self.end, self.text, self.gap = i, start, end, text, gap
        self.fold, self.cap, self.upper = shape

    def __repr__(self) -> str:
        return f"Tok({self.i}, {self.text!r})"


def shape(word: str) -> tuple[str, bool, bool]:
    """A word's folded text, whether it is capitalised (elided articles aside:
    'Champagne', 'l’Agriculture') and whether it is written in capitals."""
    cap = word[0].isupper() or (len(word) > 2 and word[1] in "'’" and word[0] in "lLdD"
                                and word[2].isupper())
    return fold(word), cap, len(word) >= 2 and word.isupper()


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    shapes: dict[str, tuple[str, bool, bool]] = {}      # words repeat: each is read once
    prev_end = 0
    for i, m in enumerate(_TOKEN.finditer(text)):
        start, end = m.span()
        word = m.group()
        if word not in shapes:
            shapes[word] = shape(word)
        toks.append(Tok(i, start, end, word, text[prev_end:start], shapes[word]))
        prev_end = end
    return toks


def soft_gap(gap: str) -> bool:
    """True when two tokens are still in one name: a space, a hyphen or nothing."""
    return gap in ("", " ", "-", "‑", "–") or gap == " - "
