"""Syllable tokens of a document's own text and their winnowed fingerprints.

Copies are found on syllables, not characters: a document becomes a sequence of syllable codes
with the line each came from. Numbers and dates become "#" and capitalised names inside a
sentence "@", so a copy with another name, class or figure still matches. Fingerprints are
hashes of k-syllable shingles chosen by winnowing (Schleimer, Wilkerson & Aiken, SIGMOD 2003):
the minimum hash of every window of w shingles, so any shared run of at least k + w - 1
syllables is guaranteed to share a fingerprint, while only about 2/(w+1) of the shingles are kept.
"""

from __future__ import annotations

import bisect
import functools
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from linter.document import Document
from linter.read.normalize import fold

K = 5  # syllables per shingle
WINDOW = 4  # shingles per winnowing window: runs of K + WINDOW - 1 = 8 syllables are always seen

NUMBER, NAME = "#", "@"
_MASK = (1 << 61) - 1


@dataclass(frozen=True)
class Tokens:
    """A document's own text as syllable codes, each with the line it came from."""

    path: str
    syllables: tuple[str, ...]
    lines: tuple[int, ...]  # line number of each syllable

    @functools.cached_property
    def line_starts(self) -> tuple[int, ...]:
        """Where each run of syllables of one line starts (LineIndex.starts)."""
        return LineIndex.of(self.lines).starts

    def joined(self) -> str:
        """The syllable codes as one string (a code holds no space), as a document carries
        them to the batch stage."""
        return " ".join(self.syllables)

    @classmethod
    def carried(cls, path: str, joined: str, index: LineIndex) -> Tokens | None:
        """The tokens `joined` and `index` give back; None when they do not agree (an entry
        not made by `joined` and LineIndex.of)."""
        syllables = tuple(joined.split(" ")) if joined else ()
        bounds = (*index.starts, len(syllables))
        if bounds[0] != 0 and syllables:
            return None
        lines: list[int] = []
        previous = None
        for number, start, end in zip(index.lines, bounds, bounds[1:], strict=False):
            if end <= start or number == previous:
                return None
            lines.extend([number] * (end - start))
            previous = number
        if len(lines) != len(syllables):
            return None
        found = cls(path, syllables, tuple(lines))
        found.__dict__["line_starts"] = index.starts  # what LineIndex.of(lines) would give
        return found


@dataclass(frozen=True)
class LineIndex:
    """The line of each syllable position, kept as runs (where each run of one line starts):
    a few numbers per item instead of one per syllable, so a document can carry it between
    stages and the batch stage finds lines without tokenising the text again."""

    starts: tuple[int, ...]
    lines: tuple[int, ...]

    @classmethod
    def of(cls, lines: Sequence[int]) -> LineIndex:
        runs = [(p, n) for p, n in enumerate(lines) if p == 0 or lines[p - 1] != n]
        return cls(tuple(p for p, _ in runs), tuple(n for _, n in runs))

    def line_at(self, position: int) -> int:
        return self.lines[max(0, bisect.bisect_right(self.starts, position) - 1)]


_WORD_AND_STOP = re.compile(r"([^\W_]+)(\s*[.!?:;])?")


@functools.lru_cache(maxsize=65536)
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
    for word, stop in _WORD_AND_STOP.findall(text):
        codes.append(_code(word, first))
        first = bool(stop)
    return codes


@functools.lru_cache(maxsize=4096)
def _item_codes(text: str) -> tuple[str, ...]:
    """text_syllables of an item, kept: items recur from one commitment to the next."""
    return tuple(text_syllables(text))


def own_text(document: Document) -> Iterator[tuple[int, str]]:
    """(line, text) of what the writer wrote: a commitment's items; a plan's body lines."""
    outline = document.outline
    if outline.sections:
        for item in outline.items:
            yield item.line, item.text
        return
    if outline.review is not None and outline.review.personal:  # a member's report: its results
        for entry in outline.review.entries:
            if entry.claimed and not entry.grouped:
                yield entry.claimed_line, entry.claimed
            if entry.text:
                yield entry.line, entry.text
        return
    first = (outline.title_line or 0) + 1
    last = (outline.body_end or len(document.lines) + 1) - 1
    for line in document.lines[first - 1 : last]:
        if line.clean.strip() and not line.margin:  # not a page header or footer
            yield line.number, line.clean


def tokens_of(path: str, texts: Iterable[tuple[int, str]]) -> Tokens:
    """The syllable codes of (line, text) pairs, each with its line."""
    syllables: list[str] = []
    lines: list[int] = []
    for number, text in texts:
        codes = _item_codes(text)
        syllables.extend(codes)
        lines.extend([number] * len(codes))
    return Tokens(path, tuple(syllables), tuple(lines))


def tokens(document: Document) -> Tokens:
    return tokens_of(document.path, own_text(document))


@functools.lru_cache(maxsize=65536)
def _syllable_hash(syllable: str) -> int:
    return zlib.crc32(syllable.encode("utf-8"))


_BASE = 1_000_003


def shingle_hashes(syllables: tuple[str, ...], k: int = K) -> list[int]:
    """A stable 61-bit hash of each k-syllable shingle (the same in every process and run),
    rolled: each shingle's hash comes from the previous one in constant time."""
    codes = [_syllable_hash(s) for s in syllables]
    if len(codes) < k:
        return []
    top = pow(_BASE, k - 1, _MASK)
    value = 0
    for code in codes[:k]:
        value = (value * _BASE + code) % _MASK
    hashes = [value]
    for outgoing, incoming in zip(codes, codes[k:], strict=False):
        value = ((value - outgoing * top) * _BASE + incoming) % _MASK
        hashes.append(value)
    return hashes


def winnow(hashes: list[int], window: int = WINDOW) -> list[tuple[int, int]]:
    """(hash, position) fingerprints: the minimum of every window, the rightmost on ties, each
    position once. A text shorter than one window keeps its minimum.

    The position of each window's minimum is found by doubling: that of every run of 1, 2, 4, …
    hashes from the runs half as long (the later run's on a tie: it is the rightmost, or the
    same), then of the window from two runs that may overlap. A few list passes instead of a
    slice, a min and a search for every window."""
    if not hashes:
        return []
    window = min(window, len(hashes))
    best = list(range(len(hashes)))  # best[s]: the rightmost minimum of hashes[s : s + width]
    width = 1
    while width * 2 <= window:
        best = [
            b if hashes[b] <= hashes[a] else a for a, b in zip(best, best[width:], strict=False)
        ]
        width *= 2
    if width < window:
        shift = window - width
        best = [
            b if hashes[b] <= hashes[a] else a for a, b in zip(best, best[shift:], strict=False)
        ]
    # the windows' minima never move left: a position chosen again follows itself
    return [(hashes[p], p) for p, before in zip(best, [-1, *best], strict=False) if p != before]


_NEVER = _MASK + 1  # above every real hash: winnowing never picks it while a real one is near


def fingerprints(
    syllables: tuple[str, ...], lines: tuple[int, ...] | None = None
) -> list[tuple[int, int]]:
    """Winnowed fingerprints. With `lines` (the line of each syllable), a shingle that runs
    over the end of a line is left out: the lines of a form are removed as lines, and two
    documents that put the same two stock lines one after the other share nothing new."""
    hashes = shingle_hashes(syllables)
    if lines is not None:
        hashes = [
            _NEVER if lines[start] != lines[start + K - 1] else value
            for start, value in enumerate(hashes)
        ]
    return [(value, position) for value, position in winnow(hashes) if value != _NEVER]


def template_hashes(texts: Iterable[str]) -> set[int]:
    """Every shingle hash of the form's own text (part titles, fixed phrases): never a copy."""
    found: set[int] = set()
    for text in texts:
        found.update(shingle_hashes(tuple(text_syllables(text))))
    return found
