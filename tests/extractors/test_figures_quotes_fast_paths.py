"""The fast paths of figures and quotes give what the plain computations give: the quick
rejects before the currency patterns of figures are derived from the patterns (the
character sets they use hold every character a match can end or open with), and the
scale words found where their openings stand are those of a scan; the bisected look-up of
the mentions within a span of quotes is a plain filter."""
from __future__ import annotations

from operator import attrgetter

# (The parser of the re module: private, but there from Python 3.11, the project's oldest.)
from re import _constants as sre_c  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from hypothesis import given
from hypothesis import strategies as st

from extractors.figures import (
    _CURRENCY_PREFIX,
    _CURRENCY_PREFIX_BODY,
    _CURRENCY_PREFIX_LAST,
    _CURRENCY_SUFFIX,
    _CURRENCY_SUFFIX_BODY,
    _CURRENCY_SUFFIX_FIRST,
    _SCALE_AHEAD,
    _SCALE_AHEAD_WORDS,
    _SCALE_OPENINGS,
    _currency_prefix,
    _currency_suffix,
    _scale_words,
)
from extractors.mentions import Mention
from extractors.quotes import _within


class _Unsupported(Exception):
    pass


def _edge_chars(items: list, from_end: bool, skip_space: bool) -> tuple[set[str], bool]:
    """The characters a match of the parsed pattern ``items`` can open (or end) with, and
    whether it can be empty. With ``skip_space``, spaces count as empty: the characters
    are then the first (last) ones other than a space."""
    chars: set[str] = set()
    for op, av in (reversed(items) if from_end else items):
        found, empty = _item_chars(op, av, from_end, skip_space)
        chars |= found
        if not empty:
            return chars, False
    return chars, True


def _class_chars(av: list) -> tuple[set[str], bool]:
    """The characters of a class ``[…]``, and whether all are spaces (``\\s``)."""
    spaces = (sre_c.CATEGORY_SPACE, sre_c.CATEGORY_UNI_SPACE)
    if all(op == sre_c.CATEGORY and arg in spaces for op, arg in av):
        return set(), True
    chars = set()
    for op, arg in av:
        if op != sre_c.LITERAL:
            raise _Unsupported(op)
        chars.add(chr(arg))
    return chars, False


def _item_chars(op, av, from_end: bool, skip_space: bool) -> tuple[set[str], bool]:
    if op == sre_c.LITERAL:
        c = chr(av)
        return (set(), True) if skip_space and c.isspace() else ({c}, False)
    if op == sre_c.IN:
        chars, space = _class_chars(av)
        if space and not skip_space:
            raise _Unsupported("a space")
        return chars, space
    if op in (sre_c.AT, sre_c.ASSERT, sre_c.ASSERT_NOT):
        return set(), True
    if op == sre_c.SUBPATTERN:
        return _edge_chars(list(av[-1]), from_end, skip_space)
    if op in (sre_c.MAX_REPEAT, sre_c.MIN_REPEAT):
        low, _, sub = av
        chars, empty = _edge_chars(list(sub), from_end, skip_space)
        return chars, empty or low == 0
    if op == sre_c.BRANCH:
        chars, empty = set(), False
        for branch in av[1]:
            found, can_be_empty = _edge_chars(list(branch), from_end, skip_space)
            chars |= found
            empty = empty or can_be_empty
        return chars, empty
    raise _Unsupported(op)


def test_prefix_last_characters_are_derived_from_the_pattern() -> None:
    parsed = list(sre_parse.parse(_CURRENCY_PREFIX_BODY))
    chars, empty = _edge_chars(parsed, from_end=True, skip_space=True)
    assert not empty                    # a match always holds a character not a space
    assert chars == _CURRENCY_PREFIX_LAST
    assert _CURRENCY_PREFIX.pattern == _CURRENCY_PREFIX_BODY + r"\s?$"


def test_suffix_first_characters_are_derived_from_the_pattern() -> None:
    parsed = list(sre_parse.parse(_CURRENCY_SUFFIX_BODY))
    chars, empty = _edge_chars(parsed, from_end=False, skip_space=False)
    assert not empty and not any(c.isspace() for c in chars)
    assert chars == _CURRENCY_SUFFIX_FIRST
    assert _CURRENCY_SUFFIX.pattern == r"\s?" + _CURRENCY_SUFFIX_BODY


_AROUND = st.text("US$DCANRXMex.€£ \n\t\u00a0dolarsepoikGÉ0123-", max_size=14)


@given(_AROUND, _AROUND)
def test_quick_rejects_give_what_the_patterns_give(before: str, after: str) -> None:
    text = before + "5" + after
    start, end = len(before), len(before) + 1
    plain = _CURRENCY_PREFIX.search(text[max(0, start - 8):start])
    fast = _currency_prefix(text, start)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)
    plain = _CURRENCY_SUFFIX.match(text, end)
    fast = _currency_suffix(text, end)
    assert (fast.span() if fast else None) == (plain.span() if plain else None)


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(0, 6)), max_size=12),
       st.integers(0, 45), st.integers(0, 45))
def test_quote_mentions_within_a_span_are_those_of_a_plain_filter(
        spans: list[tuple[int, int]], lo: int, hi: int) -> None:
    mentions = sorted((Mention(s, s + n, f"m{i}", "person") for i, (s, n) in enumerate(spans)),
                      key=attrgetter("start"))
    plain = [m for m in mentions if lo <= m.start and m.end <= hi]
    assert _within(mentions, [m.start for m in mentions], lo, hi) == plain


def test_scale_words_open_with_the_openings_searched() -> None:
    assert all(word.startswith(_SCALE_OPENINGS) for word in _SCALE_AHEAD_WORDS)


@given(st.text("tmbhousandMILlonóBTrı ſİ-25K\n", max_size=40))
def test_scale_words_are_those_of_a_scan(text: str) -> None:
    fast = [m.span() for m in _scale_words(text, text.lower())]
    assert fast == [m.span() for m in _SCALE_AHEAD.finditer(text)]
