"""The audit tables shared by the CSV and spreadsheet reports: their columns (headers in
Vietnamese or English) and their rows as plain values — one row per finding, per file and per
unit. Layout (widths, wrapping, date formats) is the spreadsheet's business; the column carries
only the hints it needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from linter.engine import Report
from linter.findings import Finding, Related
from linter.i18n import STRINGS, t
from linter.report.digest import Digest, FileRow, UnitRow

Cell = str | int | dt.date | None


@dataclass(frozen=True)
class Column:
    vi: str
    en: str
    width: int = 12  # at most this many characters wide in the spreadsheet
    wrap: bool = False  # long text: wrapped in the spreadsheet
    date: bool = False  # shown as dd/mm/yyyy in the spreadsheet

    def header(self, lang: str) -> str:
        return self.en if lang == "en" else self.vi


def headers(columns: Sequence[Column], lang: str) -> list[str]:
    return [column.header(lang) for column in columns]


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def category_column(category: str, width: int = 12) -> Column:
    """A count column headed by the category's name from i18n ("Chung chung", "Vague")."""
    names = (_capitalised(t(f"category.{category}", lang)) for lang in ("vi", "en"))
    return Column(*names, width=width)


# --- one row per finding (CSV and the first sheet) ---

FINDING_COLUMNS = (
    Column("Tệp", "File", 60),
    Column("Đơn vị", "Unit", 40),
    Column("Dòng", "Line", 8),
    Column("Cột", "Column", 8),
    Column("Dòng cuối", "End line", 10),
    Column("Cột cuối", "End column", 10),
    Column("Mã luật", "Rule", 9),
    Column("Loại", "Category", 14),
    Column("Mức độ", "Severity", 10),
    Column("Thông báo", "Message", 60, wrap=True),
    Column("Đoạn trích", "Excerpt", 60, wrap=True),
    Column("Gợi ý", "Suggestion", 50, wrap=True),
    Column("Liên quan", "Related", 50, wrap=True),
)


def related_text(related: Iterable[Related]) -> str:
    """ "path:12–18; other:3" — the other side of a copy, or the plan a date is checked against."""
    parts = []
    for item in related:
        if item.line is None:
            parts.append(item.path)
        elif item.end_line is None or item.end_line == item.line:
            parts.append(f"{item.path}:{item.line}")
        else:
            parts.append(f"{item.path}:{item.line}–{item.end_line}")
    return "; ".join(parts)


def finding_row(finding: Finding, unit: str | None, lang: str) -> list[Cell]:
    return [
        finding.path,
        unit,
        finding.line,
        finding.column,
        finding.end_line,
        finding.end_column,
        finding.rule,
        t(f"category.{finding.category}", lang),
        t(f"severity.{finding.severity}", lang),
        finding.message,
        finding.excerpt,
        finding.suggestion,
        related_text(finding.related),
    ]


def finding_rows(report: Report, lang: str) -> list[list[Cell]]:
    """In the report's order (sorted by path, line, column, rule). A finding on a file outside
    the batch (a stale .camket-ignore.yaml entry) has no unit."""
    units = {entry.path: entry.unit for entry in report.files}
    return [finding_row(f, units.get(f.path), lang) for f in report.findings]


# --- the audit view: one row per file, one per unit ---

# Counted one column each; the other categories share the "other" column.
COUNTED = ("vague", "specificity", "duplicate", "date-order")
COUNT_COLUMNS = (
    *(category_column(category) for category in COUNTED),
    Column("Khác", "Other", 8),
    Column("Tổng", "Total", 8),
)

FILE_COLUMNS = (
    Column("Tệp", "File", 60),
    Column("Đơn vị", "Unit", 40),
    Column("Loại văn bản", "Document type", 14),
    Column("Người viết", "Author", 24),
    Column("Chức vụ", "Position", 30, wrap=True),
    Column("Ngày văn bản", "Date", 13, date=True),
    *COUNT_COLUMNS,
    Column("Nhóm sao chép", "Copy group", 10),
    Column("Tình trạng ngày", "Date status", 15),
    Column("Lỗi đọc tệp", "Read error", 40, wrap=True),
)

UNIT_COLUMNS = (
    Column("Đơn vị", "Unit", 40),
    Column("Tên đơn vị", "Unit name", 40),
    Column("Số tệp", "Files", 8),
    Column("Bản cam kết", "Commitments", 12),
    Column("Kế hoạch", "Plans", 9),
    Column("Không đọc được", "Unreadable", 10),
    *COUNT_COLUMNS,
    Column("Nhóm sao chép", "Copy groups", 10),
    Column("Tệp sai thứ tự ngày", "Files out of date order", 12),
)


def _name(prefix: str, key: str | None, lang: str) -> str | None:
    """A kind or date status by its i18n name; none for a file without one."""
    return t(f"{prefix}.{key}", lang) if key and f"{prefix}.{key}" in STRINGS else None


def counts(tally: dict[str, int]) -> list[Cell]:
    """The count columns: each counted category, then the rest, then the total."""
    total = sum(tally.values())
    counted: list[Cell] = [tally.get(category, 0) for category in COUNTED]
    return [*counted, total - sum(tally.get(c, 0) for c in COUNTED), total]


def file_row(row: FileRow, lang: str) -> list[Cell]:
    entry = row.entry
    return [
        entry.path,
        entry.unit,
        _name("kind", entry.kind, lang),
        row.author,
        row.role,
        entry.date,
        *counts(row.counts),
        row.copy_group,
        _name("date_status", row.date_status, lang),
        entry.error,
    ]


def unit_row(row: UnitRow) -> list[Cell]:
    return [
        row.unit,
        row.name,
        row.files,
        row.commitments,
        row.plans,
        row.unreadable,
        *counts(row.counts),
        row.copy_groups,
        row.wrong_dates,
    ]


def file_rows(audit: Digest, lang: str) -> list[list[Cell]]:
    return [file_row(row, lang) for row in audit.files]


def unit_rows(audit: Digest) -> list[list[Cell]]:
    return [unit_row(row) for row in audit.units]
