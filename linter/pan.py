"""PAN's measures for text-reuse detection (Potthast, Stein, Barrón-Cedeño & Rosso, "An
Evaluation Framework for Plagiarism Detection", COLING 2010).

A case and a detection are both a pair of spans, one in each of two documents; positions are
characters (or syllables: the measures only count positions). A detection r *detects* a case s
when they link the same two documents and overlap on both sides. Then, over cases S and
detections R:

- precision = mean over r of |⋃ₛ (s ⊓ r)| / |r|
- recall    = mean over s of |⋃ᵣ (s ⊓ r)| / |s|
- granularity = mean, over the cases detected at all, of how many detections each has
  (1 is ideal: one finding per copied passage, not a fragment per sentence)
- plagdet = F₁(precision, recall) / log₂(1 + granularity)

where s ⊓ r is the positions s and r share if r detects s, else nothing. Our pairs are
unordered (which member copied is not always known), so a detection may name the two documents
in either order, and a detection and its mirror (the same two spans in the other order: a copy
reported on both documents) are one detection, counted once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """Positions [start, end) of one document."""

    document: str
    start: int
    end: int

    def positions(self) -> set[tuple[str, int]]:
        return {(self.document, p) for p in range(self.start, self.end)}

    def overlaps(self, other: Span) -> bool:
        return self.document == other.document and self.start < other.end and other.start < self.end


@dataclass(frozen=True)
class Link:
    """A case or a detection: two spans in two documents."""

    first: Span
    second: Span

    def positions(self) -> set[tuple[str, int]]:
        return self.first.positions() | self.second.positions()

    def unordered(self) -> frozenset[Span]:
        return frozenset((self.first, self.second))

    def detects(self, case: Link) -> bool:
        straight = self.first.overlaps(case.first) and self.second.overlaps(case.second)
        crossed = self.first.overlaps(case.second) and self.second.overlaps(case.first)
        return straight or crossed


@dataclass(frozen=True)
class PanScore:
    precision: float | None
    recall: float | None
    granularity: float | None
    plagdet: float | None
    cases: int
    detections: int


def distinct(links: Sequence[Link]) -> list[Link]:
    """The links in order, each mirror of one already given left out."""
    seen: set[frozenset[Span]] = set()
    kept = []
    for link in links:
        if link.unordered() not in seen:
            seen.add(link.unordered())
            kept.append(link)
    return kept


def pan_score(cases: Sequence[Link], detections: Sequence[Link]) -> PanScore:
    detections = distinct(detections)
    case_positions = [case.positions() for case in cases]
    found_positions = [r.positions() for r in detections]
    covered_by_case = [set() for _ in cases]  # type: list[set[tuple[str, int]]]
    detected_count = [0] * len(cases)
    precision_sum = 0.0
    for r, detection in enumerate(detections):
        useful: set[tuple[str, int]] = set()
        for s, case in enumerate(cases):
            if detection.detects(case):
                shared = case_positions[s] & found_positions[r]
                useful |= shared
                covered_by_case[s] |= shared
                detected_count[s] += 1
        precision_sum += len(useful) / len(found_positions[r]) if found_positions[r] else 0.0
    precision = precision_sum / len(detections) if detections else None
    recall = (
        sum(len(c) / len(p) for c, p in zip(covered_by_case, case_positions, strict=True) if p)
        / len(cases)
        if cases
        else None
    )
    detected = [n for n in detected_count if n]
    granularity = sum(detected) / len(detected) if detected else None
    plagdet = None
    if precision is not None and recall is not None:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        plagdet = f1 / math.log2(1 + (granularity or 1.0))
    return PanScore(precision, recall, granularity, plagdet, len(cases), len(detections))
