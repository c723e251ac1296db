"""Word tokens with offsets, the unit the recognisers walk over."""
from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.text import fold

# Letters and digits, with inner apostrophes ("O'Neill", "l’honorable"), an optional
# trailing full stop kept apart. Hyphens split tokens; ``joined`` records them.
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|&", re.UNICODE)


@dataclass(frozen=True)
class Tok:
    i: int
    start: int
    end: int
    text: str
    fold: str
    gap: str          # the characters between the previous token and this one

    @property
    def cap(self) -> bool:
        """Capitalised, elided articles aside: 'Champagne', 'l’Agriculture'."""
        t = self.text
        return t[0].isupper() or (len(t) > 2 and t[1] in "'’" and t[0] in "lLdD"
                                  and t[2].isupper())

    @property
    def upper(self) -> bool:
        return self.text.isupper() and len(self.text) >= 2


def tokenize(text: str) -> list[Tok]:
    toks: list[Tok] = []
    prev_end = 0
    for i, m in enumerate(_TOKEN.finditer(text)):
        toks.append(Tok(i, m.start(), m.end(), m.group(), fold(m.group()), text[prev_end:m.start()]))
        prev_end = m.end()
    return toks


def soft_gap(gap: str) -> bool:
    """True when two tokens are still in one name: a space, a hyphen or nothing."""
    return gap in ("", " ", "-", "‑", "–") or gap == " - "
