"""Members' reports traced against their commitments in a batch kept as briefs (linter.brief):
the pairs are linked on the briefs, and each report and its commitment are loaded only while
they are traced.

A run traces its pairs once: the review check (the batch stage) traces each, and keeps on the
report's brief what it found, by indexes alone (`Found`). The reports made after it (the HTML
page's tables, the spreadsheet's sheet) load the two documents again but do not match them
again: matching is most of a report's cost, loading little of it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from linter.brief import Brief
from linter.document import Document
from linter.trace.link import ReviewPair, link
from linter.trace.model import Rating, ReviewEntry
from linter.trace.review import Committed, ItemTrace, Trace, committed_items, trace_pair


@dataclass(frozen=True, slots=True)
class Found:
    """A trace without its documents: each item's results and blank table rows, the results
    for nothing committed and those only restating (indexes of the report's entries), the
    ratings without evidence (("entry", index) or ("rating", index of the report's ratings)),
    and whether the results were read. Valid for the same commitment linked the same way."""

    commitment: str | None
    declared: bool
    results: tuple[tuple[int, ...], ...]
    blank_rows: tuple[tuple[int, ...], ...]
    unmatched: tuple[int, ...]
    restated: tuple[int, ...]
    unsupported: tuple[tuple[str, int], ...]
    unread: bool

    @classmethod
    def of(cls, trace: Trace) -> Found | None:
        """None when a rating without evidence is none of the report's own (then nothing is
        kept, and the pair is traced again when asked)."""
        entries = trace.entries
        ratings = trace.report.outline.review.ratings if trace.report.outline.review else ()
        unsupported = []
        for found in trace.unsupported:
            kind, among = (
                ("entry", entries) if isinstance(found, ReviewEntry) else ("rating", ratings)
            )
            index = _index(among, found)
            if index is None:
                return None
            unsupported.append((kind, index))
        return cls(
            trace.commitment.path if trace.commitment is not None else None,
            trace.declared,
            tuple(tuple(t.results) for t in trace.items),
            tuple(tuple(t.blank_rows) for t in trace.items),
            tuple(trace.unmatched),
            tuple(trace.restated),
            tuple(unsupported),
            trace.unread,
        )

    def fits(self, pair: ReviewPair) -> bool:
        path = pair.commitment.path if pair.commitment is not None else None
        return path == self.commitment and pair.declared == self.declared

    def trace(
        self, report: Document, commitment: Document | None, items: list[Committed] | None
    ) -> Trace | None:
        """The trace again on the two documents just loaded (None if they no longer fit;
        `items`: the commitment's, when already read)."""
        trace = Trace(report, commitment, self.declared)
        trace.unread = self.unread
        trace.unmatched, trace.restated = list(self.unmatched), list(self.restated)
        if commitment is not None and report.outline.review is not None:
            if items is None:
                items = committed_items(commitment)
            if len(items) != len(self.results):
                return None
            trace.items = [
                ItemTrace(item, list(results), list(rows))
                for item, results, rows in zip(items, self.results, self.blank_rows, strict=True)
            ]
        review = report.outline.review
        unsupported: list[Rating | ReviewEntry] = []
        for kind, index in self.unsupported:
            if review is None:
                return None
            unsupported.append(review.entries[index] if kind == "entry" else review.ratings[index])
        trace.unsupported = unsupported
        return trace


def _index(values: Sequence[object], value: object) -> int | None:
    return next((i for i, candidate in enumerate(values) if candidate is value), None)


def traced(
    briefs: Sequence[Brief],
    declared: Sequence[tuple[Path, Path]] = (),
    failed: list[tuple[str, Exception]] | None = None,
) -> Iterator[tuple[Brief, Trace]]:
    """Each member's report (its brief) with its trace, in the order of linter.trace.link. A
    commitment traced against two reports in a row (a member's 6-month and year-end ones) is
    loaded and read once. A pair whose tracing raises is left out, the others traced on; the
    report's path and the error are added to `failed` (the review check reports it as an
    internal failure on that report; the reports made after the check, which reported it,
    just leave the pair out)."""
    reads = LastRead()
    for pair in link(briefs, declared):  # type: ignore[arg-type]
        brief: Brief = pair.report  # type: ignore[assignment]
        try:
            found = _traced_pair(pair, brief, reads)
        except Exception as error:  # a camket bug on one pair must not lose the others
            if failed is not None:
                failed.append((brief.path, error))
            continue
        if found is not None:
            yield brief, found


def _traced_pair(pair: ReviewPair, brief: Brief, reads: LastRead) -> Trace | None:
    report = brief.document()
    if report is None:
        return None
    linked: Brief | None = pair.commitment  # type: ignore[assignment]
    read = reads.of(linked) if linked is not None else None
    commitment = read.document if read is not None else None
    items = read.items() if read is not None else None
    kept = brief.traced
    trace = kept.trace(report, commitment, items) if kept is not None and kept.fits(pair) else None
    if trace is None:
        trace = trace_pair(ReviewPair(report, commitment, pair.declared), items)
        brief.traced = Found.of(trace)
    return trace


@dataclass
class Read:
    """A commitment loaded, and its items once asked."""

    brief: Brief
    document: Document | None
    _items: list[Committed] | None = None

    @classmethod
    def of(cls, brief: Brief) -> Read:
        return cls(brief, brief.document())

    def items(self) -> list[Committed] | None:
        if self.document is None:
            return None
        if self._items is None:
            self._items = committed_items(self.document)
        return self._items


class LastRead:
    """The commitment read last, kept for the next report: a member's two reports come in a
    row, so their commitment is loaded and read once."""

    def __init__(self) -> None:
        self.last: Read | None = None

    def of(self, brief: Brief) -> Read:
        if self.last is None or self.last.brief is not brief:
            self.last = Read.of(brief)
        return self.last
