"""What became of each committed item, for the reports: one row per item a result is due for
(a concrete task of part 3 or shortcoming of part 5, see linter.trace.review), with what each of
the member's reports (the 6-month report, the year-end self-review) says of it and where.
Shared by the spreadsheet's sheet "Kết quả thực hiện" and the HTML report's per-member tables."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath

from linter.brief import Brief
from linter.trace.loaded import traced
from linter.trace.model import MIDYEAR, YEAREND, ReviewEntry
from linter.trace.review import Trace

PERIODS = (MIDYEAR, YEAREND)

# What a report says of an item.
FOUND, RESTATED, GAP = "found", "restated", "gap"
UNREAD = "unread"  # the report's results were not read (CK609): the item was not compared


@dataclass(frozen=True)
class Outcome:
    status: str  # found | restated | gap | unread
    report: str  # the report's path
    text: str = ""  # the result as written (the best one, when several answer the item)
    line: int | None = None  # where: the result's line, or the heading where it belongs
    section: str = ""  # the title of the section it is under

    def where(self) -> str:
        place = f"{self.report}:{self.line}" if self.line else self.report
        return f"{place} ({self.section})" if self.section else place


@dataclass
class ItemRow:
    unit: str
    member: str
    commitment: str  # its path
    line: int  # the item's line in the commitment
    parts: tuple[int, ...]
    item: str
    outcomes: dict[str, list[Outcome]] = field(default_factory=dict)  # period -> outcomes


@dataclass
class MemberTable:
    """A member's committed items and what their reports say, in the commitment's order."""

    unit: str
    member: str
    commitment: str
    reports: dict[str, list[str]]  # period -> the member's reports of it
    rows: list[ItemRow]


def _section_title(trace: Trace, line: int) -> str:
    sections = [s for s in trace.sections if s.heading_line <= line <= s.last_line]
    innermost = max(sections, key=lambda s: s.heading_line, default=None)
    return innermost.title if innermost else ""


def _outcome(trace: Trace, index: int) -> Outcome:
    item = trace.items[index]
    report = trace.report.path
    if not item.answered and trace.unread:
        return Outcome(UNREAD, report, "", trace.report.outline.title_line, "")
    if not item.answered:
        rows = item.blank_rows
        line = trace.entries[rows[0]].claimed_line if rows else trace.gap_line(item.item)
        return Outcome(GAP, report, "", line, _section_title(trace, line))
    best: ReviewEntry = trace.entries[item.results[0]]
    status = RESTATED if item.results[0] in trace.restated else FOUND
    return Outcome(status, report, best.text, best.line, _section_title(trace, best.line))


def member_tables(
    documents: Sequence[Brief], declared: Sequence[tuple[Path, Path]] = ()
) -> list[MemberTable]:
    """Per commitment with at least one report in the batch, its due items and outcomes, in
    the order of (unit, commitment path)."""
    tables: dict[str, MemberTable] = {}
    for _, trace in traced(documents, declared):
        commitment, period = trace.commitment, trace.report.outline.period or YEAREND
        if commitment is None:
            continue
        table = tables.get(commitment.path)
        if table is None:
            member = commitment.outline.header.author or PurePath(commitment.path).stem
            table = MemberTable(commitment.unit, member, commitment.path, {}, [])
            table.rows = [
                ItemRow(
                    commitment.unit, member, commitment.path, t.item.line, t.item.parts, t.item.text
                )
                for t in trace.items
                if t.item.expected
            ]
            tables[commitment.path] = table
        table.reports.setdefault(period, []).append(trace.report.path)
        due = [index for index, t in enumerate(trace.items) if t.item.expected]
        for row, index in zip(table.rows, due, strict=True):
            row.outcomes.setdefault(period, []).append(_outcome(trace, index))
    return sorted(tables.values(), key=lambda t: (t.unit, t.commitment))


# --- the spreadsheet's sheet ---

SHEET_NAME = {"vi": "Kết quả thực hiện", "en": "Commitment results"}
_NO_REPORT = {"vi": "(không có báo cáo)", "en": "(no report)"}
_GAP = {"vi": "Chưa có kết quả", "en": "No result reported"}
_UNREAD = {"vi": "Chưa đọc được kết quả của báo cáo", "en": "The report's results not read"}
_RESTATED = {"vi": "Chỉ nhắc lại: {text}", "en": "Only restated: {text}"}


def _columns() -> tuple:
    from linter.report.tables import Column

    return (
        Column("Đơn vị", "Unit", 30),
        Column("Đảng viên", "Member", 24),
        Column("Bản cam kết", "Commitment", 40),
        Column("Dòng", "Line", 8),
        Column("Phần", "Part", 6),
        Column("Nội dung đã cam kết", "Committed item", 60, wrap=True),
        Column("Kết quả 6 tháng", "6-month result", 50, wrap=True),
        Column("Nơi ghi (6 tháng)", "Where (6-month)", 40, wrap=True),
        Column("Kết quả cuối năm", "Year-end result", 50, wrap=True),
        Column("Nơi ghi (cuối năm)", "Where (year-end)", 40, wrap=True),
    )


def _said(outcomes: list[Outcome] | None, lang: str) -> tuple[str, str]:
    """(what the reports of one period say of the item, where)"""
    if not outcomes:
        return _NO_REPORT.get(lang, _NO_REPORT["vi"]), ""
    said, where = [], []
    for outcome in outcomes:
        if outcome.status == GAP:
            said.append(_GAP.get(lang, _GAP["vi"]))
        elif outcome.status == UNREAD:
            said.append(_UNREAD.get(lang, _UNREAD["vi"]))
        elif outcome.status == RESTATED:
            said.append(_RESTATED.get(lang, _RESTATED["vi"]).format(text=outcome.text))
        else:
            said.append(outcome.text)
        where.append(outcome.where())
    return "\n".join(said), "\n".join(where)


def sheet(documents: Sequence[Brief], declared: Sequence[tuple[Path, Path]], lang: str) -> tuple:
    """(columns, rows) of the sheet: one row per due item of every commitment with a report."""
    rows = []
    for table in member_tables(documents, declared):
        for row in table.rows:
            midyear, midyear_where = _said(row.outcomes.get(MIDYEAR), lang)
            yearend, yearend_where = _said(row.outcomes.get(YEAREND), lang)
            parts = ", ".join(str(part) for part in row.parts if part) or None
            rows.append(
                [
                    row.unit,
                    row.member,
                    row.commitment,
                    row.line,
                    parts,
                    row.item,
                    midyear,
                    midyear_where,
                    yearend,
                    yearend_where,
                ]
            )
    return _columns(), rows
