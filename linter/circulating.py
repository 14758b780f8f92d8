"""Circulating passages: one text held by many documents of several units (a sample commitment
passed around a commune), found without comparing documents pair by pair.

A fingerprint is a candidate when at least MIN_DOCUMENTS documents hold it, in more than one
unit. In each document, candidates close together form runs. A run that covers no more than
FORMULA_SYLLABLES syllables is a formula (an oath, a slogan, a line every writer knows) and is
left alone however many documents hold it; a longer run is copied text. Runs become passages by
the fingerprints they share: documents in path order, a run whose fingerprints mostly belong to
a passage already seen adds its new ones to it, else it starts a passage of its own. A document
holds a passage when its runs cover more than FORMULA_SYLLABLES syllables of that passage's
fingerprints (so a document that copied two passages in one stretch holds both), and when the
stretch that holds them is the passage's text: at least SAME_SHARE of its fingerprints (all of
them, not only the widely held ones) are in the stretch of the holder that covers the passage
most. A stretch of one's own text dotted with the trade's phrases, each held by many, is not.

Each step is a pass over the documents' fingerprints with dictionaries keyed by fingerprint:
the cost grows with the batch, not with its square.
"""

from __future__ import annotations

import bisect
import operator
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat

from linter.align import GAP
from linter.fingerprint import K

MIN_DOCUMENTS = 3  # fewer is a pair, which the pair check reports
MIN_UNITS = 2  # within one unit, text most members share is the unit's stock (CK404)
# About a line: the oaths and slogans of party documents run 10–30 syllables, and the
# fingerprints of a copied stretch cover nearly all of it (winnowing keeps one in every WINDOW
# shingles of a line), so a run covering more than this is more than one formula line.
FORMULA_SYLLABLES = 32
JOIN_SHARE = 0.5  # a run joins a passage already seen when it holds this share of its prints
# A holder's stretch and the fullest holder's share this part of the smaller one's fingerprints.
SAME_SHARE = 0.5

Prints = Sequence[tuple[int, int]]  # (hash, syllable position) of one document
_VALUE, _POSITION = operator.itemgetter(0), operator.itemgetter(1)


@dataclass(frozen=True)
class Holding:
    """Syllables [start, end) of document `document` hold the passage; the passage's
    fingerprints there cover `covered` syllables."""

    document: int
    start: int
    end: int
    covered: int


@dataclass(frozen=True)
class Circulating:
    holdings: tuple[Holding, ...]  # in document order
    units: int  # how many units the holders belong to


def _candidates(
    prints: Sequence[Prints], units: Sequence[str], skip: frozenset[int] | set[int]
) -> set[int]:
    """Fingerprints held by MIN_DOCUMENTS documents or more, in more than one unit (counted
    with set operations, at C speed)."""
    documents: Counter[int] = Counter()
    by_unit: dict[str, list[int]] = defaultdict(list)
    for document, unit in enumerate(units):
        by_unit[unit].append(document)
    seen: set[int] = set()
    spread: set[int] = set()  # in two units or more
    for members in by_unit.values():  # one unit's fingerprints at a time
        values: set[int] = set()
        for document in members:
            held = set(map(_VALUE, prints[document]))
            documents.update(held)
            values |= held
        spread |= values & seen
        seen |= values
    spread -= skip
    return {value for value in spread if documents[value] >= MIN_DOCUMENTS}


def covered(positions: Iterable[int]) -> int:
    """Syllables covered by the shingles starting at `positions`: K for the first, then for
    each the lesser of K and its step from the one before."""
    ordered = sorted(positions)
    if not ordered:
        return 0
    return K + sum(map(min, map(operator.sub, ordered[1:], ordered), repeat(K)))


# A step between two fingerprints' positions that keeps them in one run: GAP syllables of
# edits after the K the first one covers.
_BRIDGED = GAP + K


def _may_cover(count: int) -> bool:
    """Whether `count` fingerprints may cover more than FORMULA_SYLLABLES syllables: they cover
    K each at most, so most short runs and scattered holdings are ruled out unseen."""
    return count * K > FORMULA_SYLLABLES


Run = tuple[list[int], list[int]]  # a run's positions, in order, and the hash at each


def _runs(found: Prints, candidates: set[int]) -> list[Run]:
    """A document's candidate fingerprints as runs (bridging gaps up to GAP syllables) that cover
    more than FORMULA_SYLLABLES syllables."""
    chosen = [held for held in found if held[0] in candidates]
    chosen.sort(key=_POSITION)
    positions = list(map(_POSITION, chosen))
    steps = map(operator.sub, positions[1:], positions)
    cuts = [index for index, step in enumerate(steps, 1) if step > _BRIDGED]
    runs = []
    for start, end in zip([0, *cuts], [*cuts, len(chosen)], strict=True):
        if _may_cover(end - start):
            held = positions[start:end]
            if covered(held) > FORMULA_SYLLABLES:
                runs.append((held, list(map(_VALUE, chosen[start:end]))))
    return runs


class _Owners:
    """Each run's fingerprints given to a passage (numbered from 0), document after document."""

    def __init__(self) -> None:
        self.owner: dict[int, int] = {}
        self.passages = 0

    def give(self, runs: Iterable[Run]) -> None:
        """A document's runs: each joins the passage most of its fingerprints already belong
        to, or starts one; its fingerprints not yet given go to that passage."""
        owner = self.owner
        for _, hashes in runs:
            values = set(hashes)
            votes = Counter(map(owner.get, values))
            votes.pop(None, None)
            best = votes.most_common(1)
            if best and best[0][1] >= JOIN_SHARE * len(values):
                passage = best[0][0]
            else:
                passage, self.passages = self.passages, self.passages + 1
            owner.update(dict.fromkeys(values.difference(owner), passage))

    def positions(self, runs: Iterable[Run]) -> dict[int, list[int]]:
        """The positions of a document's runs by passage (once the runs are given theirs)."""
        found: dict[int, list[int]] = defaultdict(list)
        for held, hashes in runs:
            passages = list(map(self.owner.__getitem__, hashes))
            if passages.count(passages[0]) == len(passages):  # a run of one passage, as most are
                found[passages[0]].extend(held)
                continue
            for passage, position in zip(passages, held, strict=True):
                found[passage].append(position)
        return found


COLUMNS_KEPT = 1024  # documents whose columns stay made (a passage's holders, mostly)


class _Columns:
    """Each document's fingerprints but those of `skip` as two lists, hashes and positions,
    made on first use and kept for the last few documents asked for."""

    def __init__(self, prints: Sequence[Prints], skip: frozenset[int] | set[int]) -> None:
        self.prints, self.skip = prints, skip
        self.made: dict[int, tuple[list[int], list[int]]] = {}

    def values(self, document: int, start: int, end: int) -> set[int]:
        """The fingerprints of syllables [start, end) of a document (its prints are in position
        order, as winnowing gives them)."""
        columns = self.made.get(document)
        if columns is None:
            found = [print_ for print_ in self.prints[document] if print_[0] not in self.skip]
            columns = (list(map(_VALUE, found)), list(map(_POSITION, found)))
            if len(self.made) >= COLUMNS_KEPT:
                self.made.clear()
            self.made[document] = columns
        hashes, positions = columns
        first = bisect.bisect_left(positions, start)
        last = bisect.bisect_left(positions, end)
        return set(hashes[first:last])


def _same_text(held: list[Holding], columns: _Columns) -> list[Holding]:
    """The holdings whose stretch is the passage's text: compared with the fullest holding."""
    fullest = max(held, key=lambda h: (h.covered, -h.document))
    reference = columns.values(fullest.document, fullest.start, fullest.end)
    kept = []
    for holding in held:
        values = columns.values(holding.document, holding.start, holding.end)
        shared = len(values & reference)
        if holding is fullest or shared >= SAME_SHARE * min(len(values), len(reference)):
            kept.append(holding)
    return kept


def circulating(
    prints: Sequence[Prints], units: Sequence[str], skip: frozenset[int] | set[int] = frozenset()
) -> list[Circulating]:
    """The passages at least MIN_DOCUMENTS documents of at least MIN_UNITS units hold; `units[i]`
    is document i's unit, `skip` the fingerprints never counted (the form's text). Passages in
    order of their first holding."""
    candidates = _candidates(prints, units, skip)
    # One pass: a fingerprint's passage is fixed by the first document that holds it in a
    # run, so once a document's runs are given theirs, its holdings are what they will be.
    owners = _Owners()
    holdings: dict[int, list[Holding]] = defaultdict(list)
    for document, found in enumerate(prints):
        document_runs = _runs(found, candidates)
        owners.give(document_runs)
        for passage, held in sorted(owners.positions(document_runs).items()):
            covering = covered(held) if _may_cover(len(held)) else 0
            if covering > FORMULA_SYLLABLES:
                holding = Holding(document, min(held), max(held) + K, covering)
                holdings[passage].append(holding)
    found = []
    columns = _Columns(prints, skip)
    for held in holdings.values():
        if len(held) < MIN_DOCUMENTS:
            continue
        kept = _same_text(held, columns)
        spread = len({units[h.document] for h in kept})
        if len(kept) >= MIN_DOCUMENTS and spread >= MIN_UNITS:
            found.append(Circulating(tuple(kept), spread))
    return sorted(found, key=lambda c: (c.holdings[0].document, c.holdings[0].start))
