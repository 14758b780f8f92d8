"""Members' reports traced against their commitments in a batch kept as briefs (linter.brief):
the pairs are linked on the briefs, and each report and its commitment are loaded only while
they are traced."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from linter.brief import Brief
from linter.trace.link import ReviewPair, link
from linter.trace.review import Trace, trace_pair


def traced(
    briefs: Sequence[Brief], declared: Sequence[tuple[Path, Path]] = ()
) -> Iterator[tuple[Brief, Trace]]:
    """Each member's report (its brief) with its trace, in the order of linter.trace.link."""
    for pair in link(briefs, declared):  # type: ignore[arg-type]
        report = pair.report.document()
        if report is None:
            continue
        commitment = pair.commitment.document() if pair.commitment is not None else None
        yield pair.report, trace_pair(ReviewPair(report, commitment, pair.declared))  # type: ignore[arg-type]
