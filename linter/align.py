"""Shared passages between two token sequences, from the fingerprints they share.

Seeds (a shared fingerprint at position a in one text and b in the other) are chained into runs
that stay close in both texts, so edits between them are bridged; runs next to each other in
one text and close in the other (sentences reordered) are merged into one passage, so a copied
part is one finding, not ten. Each run is verified with rapidfuzz's Indel similarity on the
syllable codes, over whole lines, so an edited word at either end still counts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz.distance import Indel

from linter.fingerprint import K, Tokens

GAP = 24  # syllables of edits bridged between two seeds of one run
MIN_SYLLABLES = 16  # a shorter shared passage is a common phrase, not a copy
MIN_PAIR_SYLLABLES = 40  # two documents are copies when they share at least this much
LONG_PASSAGE = 40
MIN_SIMILARITY = 0.65  # for a long passage: edits of up to a quarter of the words stay above
SHORT_SIMILARITY = 0.8  # a short one must be nearly the same


@dataclass(frozen=True)
class Passage:
    """Syllables [a_start, a_end) of A match [b_start, b_end) of B."""

    a_start: int
    a_end: int
    b_start: int
    b_end: int
    similarity: float

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


def _line_bounds(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole lines."""
    lines = tokens.lines
    first, last = lines[start], lines[end - 1]
    while start > 0 and lines[start - 1] == first:
        start -= 1
    while end < len(lines) and lines[end] == last:
        end += 1
    return start, end


def _box(a: Tokens, b: Tokens, chain: list[tuple[int, int]]) -> Passage:
    a_start, a_end = _line_bounds(a, min(p for p, _ in chain), max(p for p, _ in chain) + K)
    b_start, b_end = _line_bounds(b, min(p for _, p in chain), max(p for _, p in chain) + K)
    similarity = Indel.normalized_similarity(a.syllables[a_start:a_end], b.syllables[b_start:b_end])
    return Passage(a_start, a_end, b_start, b_end, similarity)


def _close(x_start: int, x_end: int, y_start: int, y_end: int) -> bool:
    return y_start - x_end <= GAP and x_start - y_end <= GAP


def _merge(boxes: list[Passage]) -> list[Passage]:
    """Join passages close in both texts (reordered sentences), weighting their similarity."""
    merged: list[Passage] = []
    for box in sorted(boxes, key=lambda p: (p.a_start, p.b_start)):
        for index, kept in enumerate(merged):
            if _close(kept.a_start, kept.a_end, box.a_start, box.a_end) and _close(
                kept.b_start, kept.b_end, box.b_start, box.b_end
            ):
                weight = kept.size + box.size
                similarity = (kept.similarity * kept.size + box.similarity * box.size) / weight
                merged[index] = Passage(
                    min(kept.a_start, box.a_start),
                    max(kept.a_end, box.a_end),
                    min(kept.b_start, box.b_start),
                    max(kept.b_end, box.b_end),
                    similarity,
                )
                break
        else:
            merged.append(box)
    return merged


def _kept(passage: Passage) -> bool:
    """Long enough, and similar enough for its length: a short passage must be nearly the same."""
    if passage.size < MIN_SYLLABLES:
        return False
    needed = MIN_SIMILARITY if passage.size >= LONG_PASSAGE else SHORT_SIMILARITY
    return passage.similarity >= needed


def passages(a: Tokens, b: Tokens, seeds: Iterable[tuple[int, int]]) -> list[Passage]:
    """The verified passages A and B share, given the positions of their shared fingerprints;
    none unless they share at least MIN_PAIR_SYLLABLES in all."""
    ordered = sorted(set(seeds))
    boxes = [_box(a, b, chain) for chain in _chains(ordered)]
    boxes = [box for box in boxes if box.similarity >= MIN_SIMILARITY]
    merged = _merge(boxes)
    while len(again := _merge(merged)) < len(merged):  # a merge can bring two others close
        merged = again
    kept = [p for p in merged if _kept(p)]
    if sum(p.size for p in kept) < MIN_PAIR_SYLLABLES:
        return []
    return kept


def shared_seeds(
    prints: list[list[tuple[int, int]]],
    allowed: Iterable[tuple[int, int]] | None,
    skip: set[int],
    max_documents: int,
) -> dict[tuple[int, int], list[tuple[int, int]]]:
    """Positions of the fingerprints each pair of documents shares: {(i, j): [(pos_i, pos_j)]}.

    Fingerprints in `skip` (the form's own text) or in more than `max_documents` documents
    (boilerplate of a large batch) are left out; `allowed` limits the pairs (None: all).
    """
    index: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for document, found in enumerate(prints):
        for value, position in found:
            if value not in skip:
                index[value].append((document, position))
    permitted = set(allowed) if allowed is not None else None
    seeds: dict[tuple[int, int], list[tuple[int, int]]] = defaultdict(list)
    for entries in index.values():
        documents = {d for d, _ in entries}
        if len(documents) < 2 or len(documents) > max_documents:
            continue
        for x, (i, pos_i) in enumerate(entries):
            for j, pos_j in entries[x + 1 :]:
                if i == j:
                    continue
                pair, seed = ((i, j), (pos_i, pos_j)) if i < j else ((j, i), (pos_j, pos_i))
                if permitted is None or pair in permitted:
                    seeds[pair].append(seed)
    return seeds
