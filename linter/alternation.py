"""A regex alternation of many phrases written as a trie: the same matches, found faster.

`re` tries the alternatives of "a|b|c|…" one after the other at every position of a text, so a
lexicon of 600 phrases costs 600 attempts a position. Written as a trie ("hoàn thành
(?:tốt|xuất sắc)"), a position costs at most the length of the longest phrase it begins.

The two find the same matches, wherever the alternation stands in a larger regex, when of any
two phrases one of which begins the other the longer comes first in the plain alternation (as
it does in one sorted longest first). The phrases that can match at one place are such a chain:
two that differ somewhere cannot both match there, since at that character they ask for two
different characters, or for whitespace and a character that is not. The trie tries a chain's
phrases longest first (what follows a node before the node's own end), as the alternation does.
For a whitespace pattern between words (`space`, e.g. `\\s+`) that holds when the phrases have
no whitespace but single spaces between words: each run of whitespace is then taken whole.
Phrases in another order, or otherwise spaced, get the plain alternation.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_SPACE = " "
_END = ""  # the key of a node's "a phrase ends here" (no unit is empty)


def alternation(phrases: Iterable[str], space: str | None = None) -> str:
    """Regex source matching what "|".join of the escaped `phrases`, in their order, matches
    (`space`: the regex a space between words becomes, else a literal space), as a trie when
    that is the same (see the module docstring)."""
    ordered = list(phrases)
    escaped_space = re.escape(_SPACE) if space is None else space
    plain = "|".join(
        re.escape(phrase).replace(re.escape(_SPACE), escaped_space) for phrase in ordered
    )
    if space is not None and not all(_singly_spaced(phrase) for phrase in ordered):
        return plain
    root: dict[str, dict] = {}
    firsts: dict[int, int] = {}  # id of a node ending a phrase -> the phrase's first place
    for place, phrase in enumerate(ordered):
        node = root
        for character in phrase:
            node = node.setdefault(character, {})
        if _END not in node:
            node[_END] = {}
            firsts[id(node)] = place
    try:
        _latest(root, firsts)
    except _Unordered:
        return plain
    return _source(root, escaped_space)


class _Unordered(Exception):
    """A phrase comes before a longer one it begins."""


def _singly_spaced(phrase: str) -> bool:
    words = phrase.split(_SPACE)
    return all(word and not any(c.isspace() for c in word) for word in words)


def _latest(node: dict[str, dict], firsts: dict[int, int]) -> int:
    """The latest place of a phrase at or below `node` (-1 if none); raises _Unordered when a
    phrase ending here comes before one below it."""
    below = max(
        (_latest(child, firsts) for unit, child in node.items() if unit != _END), default=-1
    )
    if _END not in node:
        return below
    own = firsts[id(node)]
    if below > own:
        raise _Unordered
    return own


def _source(node: dict[str, dict], space: str) -> str:
    branches = [
        (space if unit == _SPACE else re.escape(unit)) + _source(child, space)
        for unit, child in node.items()
        if unit != _END
    ]
    if not branches:
        return ""
    if len(branches) == 1 and _END not in node:
        return branches[0]
    return "(?:" + "|".join(branches) + ")" + ("?" if _END in node else "")
