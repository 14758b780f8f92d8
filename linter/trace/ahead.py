"""Members' reports traced while the per-document stage still runs.

Tracing a report against its commitment is most of what reports cost a run, and the batch
stage would do it on one core after every file is analysed. Here a report is traced as soon
as it and its writer's commitment are both analysed, while the workers analyse the rest; the
trace is kept on the report's brief (loaded.Found). The batch stage links the pairs again
over the whole batch and keeps a trace made here only when it links the same commitment
(Found.fits): a second commitment by the same writer coming later makes it trace again, as
it would have without this. A fault here is the batch stage's to meet again and report.

While two workers or more analyse, a pair is traced by a worker between two files
(linter.sidework), the two documents handed to it as the run's store keeps them: this process,
which takes in every analysis, is no longer the run's slowest, and the tracing is spread over
the cores like the analyses are.
"""

from __future__ import annotations

import bisect
import contextlib
import pickle
from collections import defaultdict
from collections.abc import Callable

from linter.brief import Brief
from linter.document import Document
from linter.sidework import SideCall, SideWork
from linter.trace.link import ReviewPair, commitment_of, is_member_report, writer_key
from linter.trace.loaded import Found, LastRead
from linter.trace.review import Committed, committed_items, trace_pair


class ReviewsAhead:
    """Takes each analysed document's brief and traces the reports it completes a pair for.
    Not used when camket.yaml links reports by hand (`reviews:`)."""

    def __init__(
        self,
        side: SideWork | None = None,
        document_bytes: Callable[[int], bytes | None] | None = None,
    ) -> None:
        self.commitments: dict[tuple[str, str], list[Brief]] = defaultdict(list)
        self.reports: dict[tuple[str, str], list[Brief]] = defaultdict(list)
        self.reads = LastRead()
        self.side, self.document_bytes = side, document_bytes
        self.handed: dict[int, str] = {}  # report's index -> the commitment a worker traces it on

    def analysed(self, brief: Brief | None) -> None:
        if brief is None:
            return
        key = writer_key(brief)  # type: ignore[arg-type]
        if key is None:
            return
        if brief.outline.kind == "commitment":
            bisect.insort(self.commitments[key], brief, key=lambda c: c.path)  # link's order
            for report in self.reports.get(key, ()):
                self._trace(report, key)
        elif is_member_report(brief):  # type: ignore[arg-type]
            self.reports[key].append(brief)
            self._trace(brief, key)

    def _trace(self, report: Brief, key: tuple[str, str]) -> None:
        commitment = commitment_of(report, self.commitments.get(key, []))  # type: ignore[arg-type]
        if commitment is None:
            return
        pair = ReviewPair(report, commitment)  # type: ignore[arg-type]
        if report.traced is not None and report.traced.fits(pair):
            return
        if self._hand_on(report, commitment):
            return
        with contextlib.suppress(Exception):
            document = report.document()
            if document is None:
                return
            read = self.reads.of(commitment)  # type: ignore[arg-type]
            traced = ReviewPair(document, read.document)
            report.traced = Found.of(trace_pair(traced, read.items()))

    def _hand_on(self, report: Brief, commitment: Brief) -> bool:
        """Give the pair to a worker, if the workers take side tasks; its trace is kept when
        it comes back, unless the report was handed on with another commitment since."""
        side, load = self.side, self.document_bytes
        if side is None or not side.open or load is None:
            return False
        if self.handed.get(report.index) == commitment.path:
            return True  # on its way
        report_data, commitment_data = load(report.index), load(commitment.index)
        if report_data is None or commitment_data is None:
            return False
        self.handed[report.index] = commitment.path

        def done(answer: bytes | None) -> None:
            if self.handed.get(report.index) != commitment.path:
                return  # handed on again since, with another commitment
            del self.handed[report.index]
            if answer is not None:
                with contextlib.suppress(Exception):
                    report.traced = pickle.loads(answer)

        data = pickle.dumps((report_data, commitment_data), pickle.HIGHEST_PROTOCOL)
        side.give(SideCall(trace_in_worker, data), done)
        return True


class _WorkerRead:
    """The commitment a worker traced last, kept for the next report: a member's two reports
    are often handed on in a row."""

    data: bytes | None = None
    document: Document | None = None
    items: list[Committed] = []  # noqa: RUF012 (replaced, never changed in place)


def trace_in_worker(data: bytes) -> bytes:
    """In a worker (linter.sidework): a report traced against its commitment, both as the
    run's store keeps them; the trace kept as a Found, pickled (None when it cannot be)."""
    report_data, commitment_data = pickle.loads(data)
    read = _WorkerRead
    if read.data != commitment_data:
        read.document = pickle.loads(commitment_data)
        read.items = committed_items(read.document)  # type: ignore[arg-type]
        read.data = commitment_data
    report = pickle.loads(report_data)
    trace = trace_pair(ReviewPair(report, read.document), read.items)
    return pickle.dumps(Found.of(trace), pickle.HIGHEST_PROTOCOL)
