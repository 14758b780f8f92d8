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


def is_member_report(document: Document) -> bool:
    """A report written by one member (not a cell's summary)."""
    review = document.outline.review
    return document.outline.kind == "report" and review is not None and review.personal


def member_reports(documents: Iterable[Document]) -> list[Document]:
    """The reports written by one member, in path order."""
    return sorted((d for d in documents if is_member_report(d)), key=lambda d: d.path)


def writer_key(document: Document) -> tuple[str, str] | None:
    """The unit and the compared name of a commitment's or member report's writer (None when
    it names none): a report and a commitment of the same key are the same member's."""
    outline = document.outline
    if outline.kind == "report":
        author = outline.review.author if outline.review else None
    else:
        author = outline.header.author
    key = name_key(author)
    return (document.unit, key) if key else None


def link(
    documents: Sequence[Document], declared: Sequence[tuple[Path, Path]] = ()
) -> list[ReviewPair]:
    """Every member's report with its commitment (None when the batch has none for it)."""
    commitments = sorted(
        (d for d in documents if d.outline.kind == "commitment"), key=lambda d: d.path
    )
    by_writer: dict[tuple[str, str], list[Document]] = defaultdict(list)
    for commitment in commitments:
        key = writer_key(commitment)
        if key:
            by_writer[key].append(commitment)
    by_path = {real_path(d.path): d for d in commitments}
    named = {report: by_path.get(commitment) for report, commitment in declared}
    pairs = []
    for report in member_reports(documents):
        path = real_path(report.path)
        if path in named:
            pairs.append(ReviewPair(report, named[path], declared=True))
            continue
        key = writer_key(report)
        candidates = by_writer.get(key, []) if key else []
        pairs.append(ReviewPair(report, commitment_of(report, candidates)))
    return pairs


def commitment_of(report: Document, candidates: Sequence[Document]) -> Document | None:
    """The report's commitment among its writer's (in path order): the only one, else the
    first of the report's year."""
    if len(candidates) == 1:
        return candidates[0]
    year = year_of(report)
    same = [c for c in candidates if year is not None and year_of(c) == year]
    return same[0] if same else None
