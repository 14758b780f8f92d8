"""Members' reports traced while the per-document stage still runs.

Tracing a report against its commitment is most of what reports cost a run, and the batch
stage would do it on one core after every file is analysed. Here a report is traced as soon
as it and its writer's commitment are both analysed, while the workers analyse the rest; the
trace is kept on the report's brief (loaded.Found). The batch stage links the pairs again
over the whole batch and keeps a trace made here only when it links the same commitment
(Found.fits): a second commitment by the same writer coming later makes it trace again, as
it would have without this. A fault here is the batch stage's to meet again and report.
"""

from __future__ import annotations

import bisect
import contextlib
from collections import defaultdict

from linter.brief import Brief
from linter.trace.link import ReviewPair, commitment_of, is_member_report, writer_key
from linter.trace.loaded import Found, LastRead
from linter.trace.review import trace_pair


class ReviewsAhead:
    """Takes each analysed document's brief and traces the reports it completes a pair for.
    Not used when camket.yaml links reports by hand (`reviews:`)."""

    def __init__(self) -> None:
        self.commitments: dict[tuple[str, str], list[Brief]] = defaultdict(list)
        self.reports: dict[tuple[str, str], list[Brief]] = defaultdict(list)
        self.reads = LastRead()

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
        with contextlib.suppress(Exception):
            document = report.document()
            if document is None:
                return
            read = self.reads.of(commitment)  # type: ignore[arg-type]
            traced = ReviewPair(document, read.document)
            report.traced = Found.of(trace_pair(traced, read.items()))
