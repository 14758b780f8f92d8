"""What the archive says about each unit, year by year: the rows of `camket archive list` and
of the xlsx sheet "Theo năm"."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.engine import Report
    from linter.findings import Finding

VAGUE = ("vague", "specificity")


@dataclass(frozen=True)
class YearRow:
    year: int | None
    unit: str  # the unit as its documents' headers name it, else its folder's name in that run
    commitments: int
    vague: int  # commitments with at least one vague or unspecific item reported
    copies: int  # commitments with a copy finding
    date_errors: int  # documents with a date-order finding
    plans: int
    archived: bool = True  # False: the documents of this run


@dataclass
class _Counts:
    unit: str
    commitments: int = 0
    vague: int = 0
    copies: int = 0
    date_errors: int = 0
    plans: int = 0


_QUERY = """
SELECT d.year, coalesce(max(d.cell), d.unit), d.folder,
       sum(d.kind = 'commitment'),
       sum(d.kind = 'commitment' AND EXISTS (SELECT 1 FROM findings f WHERE f.document = d.id
           AND f.category IN ('vague', 'specificity') AND f.severity != 'info')),
       sum(d.kind = 'commitment' AND EXISTS (SELECT 1 FROM findings f WHERE f.document = d.id
           AND f.category = 'duplicate')),
       sum(EXISTS (SELECT 1 FROM findings f WHERE f.document = d.id
           AND f.category = 'date-order')),
       sum(d.kind = 'plan')
FROM documents d
GROUP BY d.year, d.folder
ORDER BY d.year IS NULL, d.year, 2, d.folder
"""


def by_unit_and_year(connection: sqlite3.Connection) -> list[YearRow]:
    return [
        YearRow(year, unit, commitments, vague, copies, dates, plans)
        for year, unit, _folder, commitments, vague, copies, dates, plans in connection.execute(
            _QUERY
        )
    ]


def counted_categories(findings: Iterable[Finding], into: dict[str, set[str]]) -> None:
    """Add to `into` the categories each path has findings of (an information about vagueness
    does not count), as batch_rows counts them."""
    for finding in findings:
        if finding.category in VAGUE and finding.severity == "info":
            continue
        into.setdefault(finding.path, set()).add(finding.category)


def batch_rows(report: Report, categories: dict[str, set[str]] | None = None) -> list[YearRow]:
    """The same counts for the documents of this run, per unit and year (`categories`: what
    counted_categories gave of the report's findings, when they were read already)."""
    from linter.archive.record import document_year

    if categories is None:
        categories = {}
        for group in report.by_file():
            counted_categories(group.findings, categories)
    counts: dict[tuple[int | None, str], _Counts] = {}
    for document in report.briefs:
        year = document_year(document)
        name = document.outline.header.cell or document.unit
        row = counts.setdefault((year, document.unit), _Counts(name))
        found = categories.get(document.path, set())
        if document.outline.kind == "commitment":
            row.commitments += 1
            row.vague += bool(found & set(VAGUE))
            row.copies += "duplicate" in found
        row.plans += document.outline.kind == "plan"
        row.date_errors += "date-order" in found
    return [
        YearRow(year, c.unit, c.commitments, c.vague, c.copies, c.date_errors, c.plans, False)
        for (year, _), c in sorted(counts.items(), key=lambda kv: (kv[0][0] is None, kv[0]))
    ]


def history(
    report: Report,
    archive: Path,
    lang: str = "vi",
    categories: dict[str, set[str]] | None = None,
) -> list[YearRow]:
    """The archive's rows, then this run's, by year: what the reports show as a unit's trend."""
    from linter.archive.schema import open_archive

    connection = open_archive(archive, lang)
    try:
        rows = by_unit_and_year(connection)
    finally:
        connection.close()
    rows += batch_rows(report, categories)
    return sorted(rows, key=lambda r: (r.year is None, r.year or 0, not r.archived, r.unit))


def share(row: YearRow) -> int | None:
    """The percentage of its commitments with vague items, or None without commitments."""
    return round(100 * row.vague / row.commitments) if row.commitments else None
