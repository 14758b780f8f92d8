"""Shared passages between two token sequences, from the fingerprints they share.

Seeds (a shared fingerprint at position a in one text and b in the other) are chained into runs
that stay close in both texts, so edits between them are bridged; runs next to each other in
one text and close in the other (sentences reordered) are merged into one passage, so a copied
part is one finding, not ten. Each run is verified with rapidfuzz's Indel similarity on the
syllable codes, over whole lines, so an edited word at either end still counts.

A passage is a copy when it has enough shared text and enough similarity together
(`required_similarity`): a short passage must be nearly the same, a long one may be edited.
"""

from __future__ import annotations

import bisect
import math
import operator
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from linter.fingerprint import K, Tokens, shingle_hashes

GAP = 24  # syllables of edits bridged between two seeds of one run
# Passages this close in both texts are one copied passage (a line or two left out or rewritten
# between them): one finding, not two.
MERGE_GAP = 3 * GAP
BRIDGE = 4 * GAP  # a longer stretch between two passages on one diagonal is tried as one
MIN_PAIR_SYLLABLES = 40  # two documents are copies when they share at least this much
# The curve of `required_similarity`: what a passage of `shared` matched syllables needs.
MIN_SYLLABLES = 16  # a shorter shared passage is a common phrase, not a copy
NEAR_IDENTICAL = 0.96  # needed at MIN_SYLLABLES: one syllable changed in a line, no more
# Each doubling of the shared text allows this much less similarity. Two members of one role
# who write their own duties share two to four lines (40–80 syllables) of the trade's phrases
# at 70–80 %: the curve asks 0.84 at 44 and 0.77 at 75. A part copied and edited by a quarter
# of its words keeps 0.72–0.75 over 100–150 syllables: the curve asks 0.73 at 105, 0.69 at 150.
FALL_PER_DOUBLING = 0.085
# The floor the curve reaches at about 200 syllables (a third of the words edited). It is also
# the least a line or a run of seeds must score to be part of a passage at all.
MIN_SIMILARITY = 0.65


@dataclass(frozen=True)
class Passage:
    """Syllables [a_start, a_end) of A match [b_start, b_end) of B. `similarity` is that of the
    matched parts (the runs and lines that were scored), `shared` their size in syllables: a
    passage merged from two matching lines around two unrelated ones shares two lines' worth,
    not four."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float
    shared: int

    @property
    def size(self) -> int:
        return min(self.a_end - self.a_start, self.b_end - self.b_start)


def _chains(seeds: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """Seeds (sorted by position in A) grouped into runs that advance together in both texts."""
    chains: list[list[tuple[int, int]]] = []
    for a, b in seeds:
        for chain in reversed(chains[-4:]):  # a reordered sentence may open a run of its own
            last_a, last_b = chain[-1]
            if a - last_a <= GAP and -K <= b - last_b <= GAP:
                chain.append((a, b))
                break
        else:
            chains.append([(a, b)])
    return chains


def _line_start(tokens: Tokens, position: int) -> int:
    """First syllable of the line that holds syllable `position`."""
    starts = tokens.line_starts
    return starts[bisect.bisect_right(starts, position) - 1]


def _line_end(tokens: Tokens, position: int) -> int:
    """Just past the last syllable of the line that holds syllable `position`."""
    starts = tokens.line_starts
    following = bisect.bisect_right(starts, position)
    return starts[following] if following < len(starts) else len(tokens.lines)


def _line_bounds(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole lines."""
    return _line_start(tokens, start), _line_end(tokens, end - 1)


def _scored(a: Tokens, b: Tokens, a_start: int, a_end: int, b_start: int, b_end: int) -> Passage:
    similarity = _similarity(a, b, (a_start, a_end), (b_start, b_end))
    return Passage(
        a_start, a_end, b_start, b_end, similarity, min(a_end - a_start, b_end - b_start)
    )


def _box(a: Tokens, b: Tokens, chain: list[tuple[int, int]]) -> Passage:
    in_a, in_b = zip(*chain, strict=True)
    a_start, a_end = _line_bounds(a, min(in_a), max(in_a) + K)
    b_start, b_end = _line_bounds(b, min(in_b), max(in_b) + K)
    return _scored(a, b, a_start, a_end, b_start, b_end)


def _similarity(a: Tokens, b: Tokens, a_span: tuple[int, int], b_span: tuple[int, int]) -> float:
    return Indel.normalized_similarity(a.syllables[slice(*a_span)], b.syllables[slice(*b_span)])


def _boilerplate(tokens: Tokens, span: tuple[int, int], skip: frozenset[int] | set[int]) -> bool:
    """Does the line hold text that is never a copy (the form's, or what most members write)?"""
    return bool(skip) and not skip.isdisjoint(shingle_hashes(tokens.syllables[slice(*span)]))


def _extend(
    a: Tokens, b: Tokens, passage: Passage, skip: frozenset[int] | set[int] = frozenset()
) -> Passage:
    """Grow a passage line by line, at either end, while the next lines of both texts match:
    an edge line edited too much to keep a seed is still part of the copy. The similarity is
    the size-weighted mean of the passage's and the added lines' (not one rescoring of the
    whole: a passage merged from reordered sentences would score low as one sequence). A line of
    boilerplate (`skip`) ends the growth."""
    a_start, a_end, b_start, b_end = passage.a_start, passage.a_end, passage.b_start, passage.b_end
    weight, total = passage.shared, passage.similarity * passage.shared
    grown = True
    while grown:
        grown = False
        edges = []
        if a_end < len(a.lines) and b_end < len(b.lines):
            edges.append(((a_end, _line_end(a, a_end)), (b_end, _line_end(b, b_end))))
        if a_start > 0 and b_start > 0:
            edges.append(
                ((_line_start(a, a_start - 1), a_start), (_line_start(b, b_start - 1), b_start))
            )
        for a_span, b_span in edges:
            similarity = _similarity(a, b, a_span, b_span)
            if similarity < MIN_SIMILARITY or _boilerplate(a, a_span, skip):
                continue
            size = min(a_span[1] - a_span[0], b_span[1] - b_span[0])
            weight, total, grown = weight + size, total + similarity * size, True
            a_start, a_end = min(a_start, a_span[0]), max(a_end, a_span[1])
            b_start, b_end = min(b_start, b_span[0]), max(b_end, b_span[1])
    return Passage(a_start, a_end, b_start, b_end, total / weight if weight else 0.0, weight)


def _bridge(a: Tokens, b: Tokens, boxes: list[Passage]) -> list[Passage]:
    """Join consecutive passages on one diagonal when the text between them, scored as one
    passage, still matches: heavy uniform edits leave few seeds, far apart."""
    joined: list[Passage] = []
    for box in sorted(boxes, key=lambda p: (p.a_start, p.b_start)):
        if joined:
            last = joined[-1]
            gap_a, gap_b = box.a_start - last.a_end, box.b_start - last.b_end
            if 0 <= gap_a <= BRIDGE and 0 <= gap_b <= BRIDGE and abs(gap_a - gap_b) <= GAP:
                whole = _scored(a, b, last.a_start, box.a_end, last.b_start, box.b_end)
                if whole.similarity >= MIN_SIMILARITY:
                    joined[-1] = whole
                    continue
        joined.append(box)
    return joined


def _close(x_start: int, x_end: int, y_start: int, y_end: int) -> bool:
    return y_start - x_end <= MERGE_GAP and x_start - y_end <= MERGE_GAP


def _gap(x_start: int, x_end: int, y_start: int, y_end: int) -> int:
    return max(y_start - x_end, x_start - y_end, 0)


def _joinable(x: Passage, y: Passage) -> bool:
    """May two passages close in both texts be one? Yes when they touch (within GAP in both:
    reordered or edited sentences of one copy); across a line or two that do not match, only
    when both are as similar as the joined passage must be: a formula line both writers phrased
    alike (70 %) a few lines from a copied part does not join it, nor does a line of the
    trade's phrases join another such line into a copy."""
    if (
        _gap(x.a_start, x.a_end, y.a_start, y.a_end) <= GAP
        and _gap(x.b_start, x.b_end, y.b_start, y.b_end) <= GAP
    ):
        return True
    needed = required_similarity(x.shared + y.shared)
    return needed is None or min(x.similarity, y.similarity) >= needed


def _merge(boxes: list[Passage]) -> list[Passage]:
    """Join passages close in both texts (reordered sentences), weighting their similarity by
    what each shares; the lines between them add nothing to what the passage shares."""
    merged: list[Passage] = []
    for box in sorted(boxes, key=lambda p: (p.a_start, p.b_start)):
        for index, kept in enumerate(merged):
            if (
                _close(kept.a_start, kept.a_end, box.a_start, box.a_end)
                and _close(kept.b_start, kept.b_end, box.b_start, box.b_end)
                and _joinable(kept, box)
            ):
                weight = kept.shared + box.shared
                similarity = (kept.similarity * kept.shared + box.similarity * box.shared) / weight
                merged[index] = Passage(
                    min(kept.a_start, box.a_start),
                    max(kept.a_end, box.a_end),
                    min(kept.b_start, box.b_start),
                    max(kept.b_end, box.b_end),
                    similarity,
                    weight,
                )
                break
        else:
            merged.append(box)
    return merged


def required_similarity(shared: int) -> float | None:
    """The similarity a passage sharing `shared` syllables needs to be a copy (None: too short
    to be one): NEAR_IDENTICAL at MIN_SYLLABLES, FALL_PER_DOUBLING less each time the shared
    text doubles, never below MIN_SIMILARITY — 0.96 for 16 syllables (under a line), 0.875 for
    32, 0.79 for 64 (three lines), 0.705 for 128 (six), 0.65 from about 200 (a part)."""
    if shared < MIN_SYLLABLES:
        return None
    falls = FALL_PER_DOUBLING * math.log2(shared / MIN_SYLLABLES)
    return max(MIN_SIMILARITY, NEAR_IDENTICAL - falls)


def _kept(passage: Passage) -> bool:
    needed = required_similarity(passage.shared)
    return needed is not None and passage.similarity >= needed


def passages(
    a: Tokens,
    b: Tokens,
    seeds: Iterable[tuple[int, int]],
    skip: frozenset[int] | set[int] = frozenset(),
) -> list[Passage]:
    """The verified passages A and B share, given the positions of their shared fingerprints;
    none unless they share at least MIN_PAIR_SYLLABLES in all. Passages are not grown over
    lines holding a hash of `skip` (boilerplate)."""
    ordered = sorted(set(seeds))
    boxes = [_box(a, b, chain) for chain in _chains(ordered)]
    boxes = [box for box in boxes if box.similarity >= MIN_SIMILARITY]
    merged = _merge(boxes)
    while len(again := _merge(merged)) < len(merged):  # a merge can bring two others close
        merged = again
    merged = [_extend(a, b, p, skip) for p in _bridge(a, b, merged)]
    kept = [p for p in merged if _kept(p)]
    if sum(p.shared for p in kept) < MIN_PAIR_SYLLABLES:
        return []
    return kept


def shared_seeds(
    prints: list[list[tuple[int, int]]],
    keep: Callable[[int, int], bool] | None,
    skip: frozenset[int] | set[int],
    max_documents: int,
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Positions of the fingerprints each pair of documents shares: {(i, j): [(pos_i, pos_j)]}.

    Fingerprints in `skip` (the form's own text) or in more than `max_documents` documents
    (boilerplate of a large batch) are left out; `keep(i, j)` limits the pairs (None: all).
    """
    shared = _in_two_or_more(prints) - skip  # most fingerprints are one document's own
    index: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for document, found in enumerate(prints):
        for value, position in found:
            if value in shared:
                index[value].append((document, position))
    seeds: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for entries in index.values():  # each in document order: i < j below
        if len(entries) > max_documents and len({d for d, _ in entries}) > max_documents:
            continue
        for x, (i, pos_i) in enumerate(entries):
            for j, pos_j in entries[x + 1 :]:
                if i != j and (keep is None or keep(i, j)):
                    seeds[(i, j)].append((pos_i, pos_j))
    return seeds


def _in_two_or_more(prints: list[list[tuple[int, int]]]) -> set[int]:
    """The fingerprints at least two of the documents hold (in set operations, at C speed)."""
    seen: set[int] = set()
    again: set[int] = set()
    for found in prints:
        values = set(map(_VALUE, found))
        again |= values & seen
        seen |= values
    return again


_VALUE = operator.itemgetter(0)
