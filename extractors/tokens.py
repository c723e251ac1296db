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

    def __init__(self, i: int, start: int, end: int, text: str, fold: str, gap: str) -> None:
        self.i, self.start, self.end, self.text, self.fold, self.gap = (
            i, start, end, text, fold, gap)
        # Capitalised, elided articles aside: 'Champagne', 'l’Agriculture'.
        self.cap = text[0].isupper() or (len(text) > 2 and text[1] in "'’"
                                         and text[0] in "lLdD" and text[2].isupper())
        self.upper = len(text) >= 2 and text.isupper()

    def __repr__(self) -> str:
        return f"Tok({self.i}, {self.text!r})"


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    prev_end = 0
    for i, m in enumerate(_TOKEN.finditer(text)):
        word = m.group()
        toks.append(Tok(i, m.start(), m.end(), word, fold(word), text[prev_end:m.start()]))
        prev_end = m.end()
    return toks


def soft_gap(gap: str) -> bool:
    """True when two tokens are still in one name: a space, a hyphen or nothing."""
    return gap in ("", " ", "-", "‑", "–") or gap == " - "
