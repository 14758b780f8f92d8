"""`--format xlsx`: the audit workbook for a propaganda committee checking many units — every
finding, one row per document (author, date, counts, copy group, date status) and one per unit,
with a chart of the findings per unit. The same report always gives the same bytes."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from linter.engine import Report
from linter.report import Context
from linter.report.digest import digest
from linter.report.tables import (
    COUNT_COLUMNS,
    FILE_COLUMNS,
    FINDING_COLUMNS,
    UNIT_COLUMNS,
    Cell,
    Column,
    file_rows,
    finding_rows,
    headers,
    unit_rows,
)

SHEET_NAMES = {
    "findings": {"vi": "Phát hiện", "en": "Findings"},
    "files": {"vi": "Theo văn bản", "en": "By document"},
    "units": {"vi": "Theo đơn vị", "en": "By unit"},
    "years": {"vi": "Theo năm", "en": "By year"},
}
YEAR_COLUMNS = (
    Column("Năm", "Year", 8),
    Column("Đơn vị", "Unit", 40),
    Column("Nguồn", "Source", 18),
    Column("Bản cam kết", "Commitments", 12),
    Column("Có mục chung chung", "With vague items", 14),
    Column("Tỉ lệ có mục chung chung (%)", "Share with vague items (%)", 14),
    Column("Có sao chép", "With copies", 12),
    Column("Sai thứ tự ngày", "Date errors", 12),
    Column("Kế hoạch", "Plans", 10),
)
SOURCE = {
    True: {"vi": "tệp lưu trữ", "en": "archive"},
    False: {"vi": "lượt kiểm tra này", "en": "this run"},
}
CHART_TITLE = {"vi": "Số phát hiện theo loại ở từng đơn vị", "en": "Findings by category per unit"}
CHART_AXIS = {"vi": "Số phát hiện", "en": "Findings"}
DATE_FORMAT = "dd/mm/yyyy"
FILTER_ARROW = 4  # characters a header needs beside the auto filter's arrow
# A report has no time of its own: the same files give the same bytes. Zip entries and the
# workbook's created/modified properties would otherwise carry the time of writing.
FIXED_TIME = dt.datetime(1980, 1, 1)  # the earliest time a zip entry can carry
BOLD = Font(bold=True)
TOP = Alignment(vertical="top")
WRAPPED = Alignment(vertical="top", wrap_text=True)


def _text(lang: str, table: dict[str, str]) -> str:
    return table.get(lang) or table["vi"]


def _write_cell(sheet: Worksheet, row: int, column: int, value: Cell, spec: Column) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters break the file
        cell.data_type = "s"  # a line starting with "=" stays text, never a formula
    else:
        cell.value = value
    if spec.date and value is not None:
        cell.number_format = DATE_FORMAT
    cell.alignment = WRAPPED if spec.wrap else TOP


def _width(spec: Column, header: str, rows: Sequence[Sequence[Cell]], index: int) -> int:
    """Wide enough for the header beside its filter arrow and for the longest value, up to the
    column's limit (a longer header wraps, a longer value is cut or wrapped)."""
    longest = max((len(str(row[index])) for row in rows if row[index] is not None), default=0)
    if spec.date:
        longest = len(DATE_FORMAT)
    return min(max(len(header) + FILTER_ARROW, longest + 2), spec.width)


def fill(
    sheet: Worksheet, columns: Sequence[Column], rows: Sequence[Sequence[Cell]], lang: str
) -> None:
    """Header row in bold, frozen and filtered; one row per item."""
    names = headers(columns, lang)
    for index, name in enumerate(names, start=1):
        cell = sheet.cell(row=1, column=index, value=name)
        cell.font = BOLD
        cell.alignment = WRAPPED
    for row_number, row in enumerate(rows, start=2):
        for index, (spec, value) in enumerate(zip(columns, row, strict=True), start=1):
            _write_cell(sheet, row_number, index, value, spec)
    for index, (spec, name) in enumerate(zip(columns, names, strict=True), start=1):
        letter = get_column_letter(index)
        sheet.column_dimensions[letter].width = _width(spec, name, rows, index - 1)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"


def add_chart(sheet: Worksheet, units: int, lang: str) -> None:
    """A stacked bar per unit, one colour per category, to the right of the unit table."""
    first = UNIT_COLUMNS.index(COUNT_COLUMNS[0]) + 1
    last = first + len(COUNT_COLUMNS) - 2  # the categories, not the total
    chart = BarChart()
    chart.type = "bar"
    chart.grouping = "stacked"
    chart.overlap = 100
    chart.title = _text(lang, CHART_TITLE)
    chart.y_axis.title = _text(lang, CHART_AXIS)
    chart.x_axis.delete = False  # openpyxl 3.1 hides the axes unless told otherwise
    chart.y_axis.delete = False
    chart.x_axis.scaling.orientation = "maxMin"  # units top to bottom, as in the table…
    chart.y_axis.crosses = "max"  # …with the count axis still below the bars
    data = Reference(sheet, min_col=first, max_col=last, min_row=1, max_row=units + 1)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=1, min_row=2, max_row=units + 1))
    chart.width = 24
    chart.height = max(8.0, 3 + 0.7 * units)
    sheet.add_chart(chart, f"{get_column_letter(len(UNIT_COLUMNS) + 2)}2")


def add_years(workbook: Workbook, report: Report, archive: Path, lang: str) -> None:
    """The sheet "Theo năm" of a run with --archive: per unit and year, earlier years from the
    archive beside this run."""
    from linter.archive.history import history, share

    rows = [
        [
            row.year,
            row.unit,
            _text(lang, SOURCE[row.archived]),
            row.commitments,
            row.vague,
            share(row),
            row.copies,
            row.date_errors,
            row.plans,
        ]
        for row in history(report, archive, lang)
    ]
    fill(workbook.create_sheet(_text(lang, SHEET_NAMES["years"])), YEAR_COLUMNS, rows, lang)


def build(report: Report, context: Context) -> Workbook:
    lang = context.lang
    units = context.settings.units if context.settings else ()
    audit = digest(report, context.rules, units)
    workbook = Workbook()
    findings = workbook.active
    findings.title = _text(lang, SHEET_NAMES["findings"])
    fill(findings, FINDING_COLUMNS, finding_rows(report, lang), lang)
    files = workbook.create_sheet(_text(lang, SHEET_NAMES["files"]))
    fill(files, FILE_COLUMNS, file_rows(audit, lang), lang)
    by_unit = workbook.create_sheet(_text(lang, SHEET_NAMES["units"]))
    fill(by_unit, UNIT_COLUMNS, unit_rows(audit), lang)
    if audit.units:
        add_chart(by_unit, len(audit.units), lang)
    _add_review_sheet(workbook, report, context)
    if context.settings and context.settings.archive:
        add_years(workbook, report, context.settings.archive, lang)
    workbook.properties.creator = "camket"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    return workbook


def _add_review_sheet(workbook: Workbook, report: Report, context: Context) -> None:
    """ "Kết quả thực hiện": one row per committed item of each member with a report (none
    when the batch holds no member's report)."""
    from linter.report import review_rows

    declared = context.settings.reviews if context.settings else ()
    columns, rows = review_rows.sheet(report.documents, declared, context.lang)
    if rows:
        sheet = workbook.create_sheet(_text(context.lang, review_rows.SHEET_NAME))
        fill(sheet, columns, rows, context.lang)


def _pinned(archive: bytes) -> bytes:
    """The zip again with every entry dated FIXED_TIME."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(archive)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            pinned = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            target.writestr(pinned, source.read(info))
    return out.getvalue()


def render(report: Report, context: Context) -> bytes:
    buffer = io.BytesIO()
    # ExcelWriter rather than Workbook.save, which sets the "modified" property to now().
    ExcelWriter(build(report, context), zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED)).save()
    return _pinned(buffer.getvalue())
