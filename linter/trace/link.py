"""Each member's report paired with that member's commitment in the batch.

A report is linked to the commitment camket.yaml names for it (`reviews:`); else to the
commitment of its unit whose writer has the report's writer's name (case, tones and spacing
set aside), of the same year when there are several; a member's only commitment is linked
even when its year differs, so that the difference is reported rather than the report taken
for one with no commitment.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from linter.document import Document
from linter.files import real_path
from linter.read.normalize import match_key


@dataclass(frozen=True)
class ReviewPair:
    report: Document
    commitment: Document | None
    declared: bool = False  # linked by camket.yaml rather than by name


def year_of(document: Document) -> int | None:
    """The year a commitment or report is for: its title's, else its own date's."""
    outline = document.outline
    if outline.title_year is not None:
        return outline.title_year
    return outline.date.year if outline.date else None


def name_key(name: str | None) -> str | None:
    """A name as compared: folded, its spaces single, its apostrophes one ("H’Bia" = "H'Bia")."""
    return " ".join(re.sub(r"[’ʼ‘`´]", "'", match_key(name)).split()) if name else None


def member_reports(documents: Iterable[Document]) -> list[Document]:
    """The reports written by one member (not a cell's summary), in path order."""
    return sorted(
        (
            d
            for d in documents
            if d.outline.kind == "report" and d.outline.review and d.outline.review.personal
        ),
        key=lambda d: d.path,
    )


def link(
    documents: Sequence[Document], declared: Sequence[tuple[Path, Path]] = ()
) -> list[ReviewPair]:
    """Every member's report with its commitment (None when the batch has none for it)."""
    commitments = sorted(
        (d for d in documents if d.outline.kind == "commitment"), key=lambda d: d.path
    )
    by_writer: dict[tuple[str, str], list[Document]] = defaultdict(list)
    for commitment in commitments:
        key = name_key(commitment.outline.header.author)
        if key:
            by_writer[(commitment.unit, key)].append(commitment)
    by_path = {real_path(d.path): d for d in commitments}
    named = {report: by_path.get(commitment) for report, commitment in declared}
    pairs = []
    for report in member_reports(documents):
        path = real_path(report.path)
        if path in named:
            pairs.append(ReviewPair(report, named[path], declared=True))
            continue
        key = name_key(report.outline.review.author)  # type: ignore[union-attr]
        candidates = by_writer.get((report.unit, key), []) if key else []
        pairs.append(ReviewPair(report, _of_year(candidates, year_of(report))))
    return pairs


def _of_year(candidates: Sequence[Document], year: int | None) -> Document | None:
    if len(candidates) == 1:
        return candidates[0]
    same = [c for c in candidates if year is not None and year_of(c) == year]
    return same[0] if same else None
