"""Syllable tokens of a document's own text and their winnowed fingerprints.

Copies are found on syllables, not characters: a document becomes a sequence of syllable codes
with the line each came from. Numbers and dates become "#" and capitalised names inside a
sentence "@", so a copy with another name, class or figure still matches. Fingerprints are
hashes of k-syllable shingles chosen by winnowing (Schleimer, Wilkerson & Aiken, SIGMOD 2003):
the minimum hash of every window of w shingles, so any shared run of at least k + w - 1
syllables is guaranteed to share a fingerprint, while only about 2/(w+1) of the shingles are kept.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from linter.document import Document
from linter.normalize import fold

K = 5  # syllables per shingle
WINDOW = 4  # shingles per winnowing window: runs of K + WINDOW - 1 = 8 syllables are always seen

_SYLLABLE = re.compile(r"[^\W_]+")
NUMBER, NAME = "#", "@"
_MASK = (1 << 61) - 1


@dataclass(frozen=True)
class Tokens:
    """A document's own text as syllable codes, each with the line it came from."""

    path: str
    syllables: tuple[str, ...]
    lines: tuple[int, ...]  # line number of each syllable


def _code(word: str, first: bool) -> str:
    if any(c.isdigit() for c in word):
        return NUMBER
    if not first and word[0].isupper() and not word.isupper():
        return NAME
    return fold(word)


def text_syllables(text: str) -> list[str]:
    """Syllable codes of one item: lower-cased, numbers as "#", names inside a sentence as "@"."""
    codes = []
    first = True
    for match in _SYLLABLE.finditer(text):
        codes.append(_code(match.group(), first))
        following = text[match.end() : match.end() + 2]
        first = bool(re.match(r"\s*[.!?:;]", following))
    return codes


def _own_text(document: Document) -> Iterator[tuple[int, str]]:
    """(line, text) of what the writer wrote: a commitment's items; a plan's body lines."""
    outline = document.outline
    if outline.sections:
        for item in outline.items:
            yield item.line, item.text
        return
    first = (outline.title_line or 0) + 1
    last = (outline.body_end or len(document.lines) + 1) - 1
    for line in document.lines[first - 1 : last]:
        if line.clean.strip():
            yield line.number, line.clean


def tokens(document: Document) -> Tokens:
    syllables: list[str] = []
    lines: list[int] = []
    for number, text in _own_text(document):
        codes = text_syllables(text)
        syllables.extend(codes)
        lines.extend([number] * len(codes))
    return Tokens(document.path, tuple(syllables), tuple(lines))


def shingle_hashes(syllables: tuple[str, ...], k: int = K) -> list[int]:
    """A stable 61-bit hash of each k-syllable shingle (the same in every process and run)."""
    codes = [zlib.crc32(s.encode("utf-8")) for s in syllables]
    hashes = []
    for start in range(len(codes) - k + 1):
        value = 0
        for code in codes[start : start + k]:
            value = (value * 1_000_003 + code) & _MASK
        hashes.append(value)
    return hashes


def winnow(hashes: list[int], window: int = WINDOW) -> list[tuple[int, int]]:
    """(hash, position) fingerprints: the minimum of every window, the rightmost on ties, each
    position once. A text shorter than one window keeps its minimum."""
    if not hashes:
        return []
    if len(hashes) <= window:
        position = min(range(len(hashes)), key=lambda i: (hashes[i], -i))
        return [(hashes[position], position)]
    chosen: list[tuple[int, int]] = []
    last = -1
    for start in range(len(hashes) - window + 1):
        span = range(start, start + window)
        position = min(span, key=lambda i: (hashes[i], -i))
        if position != last:
            chosen.append((hashes[position], position))
            last = position
    return chosen


def fingerprints(syllables: tuple[str, ...]) -> list[tuple[int, int]]:
    return winnow(shingle_hashes(syllables))


def template_hashes(texts: Iterable[str]) -> set[int]:
    """Every shingle hash of the form's own text (part titles, fixed phrases): never a copy."""
    found: set[int] = set()
    for text in texts:
        found.update(shingle_hashes(tuple(text_syllables(text))))
    return found
