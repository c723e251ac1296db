"""Where a named thing is referred to in a ``Doc``: the glue between extractors.

The people/organisation/place recogniser produces ``Mention``s; the quote, figure and
event extractors consume them (a quote's speaker is the person mentioned in its
attribution clause, a figure's source is the organisation after "according to").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

MentionKind = Literal["person", "organization", "place", "country"]


@dataclass(frozen=True)
class Mention:
    start: int           # character offsets into Doc.text
    end: int
    name: str            # the canonical name it resolves to ("François-Philippe Champagne")
    kind: MentionKind
    country: str | None = None   # ISO alpha-2 where known
