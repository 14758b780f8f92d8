"""`--format xlsx`: the audit workbook for a propaganda committee checking many units — every
finding, one row per document (author, date, counts, copy group, date status) and one per unit,
with a chart of the findings per unit. The same report always gives the same bytes.

Written in openpyxl's write-only mode (each sheet's rows go to a file as they come) from one
pass over the report, so a workbook of millions of findings is made in bounded memory."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import pickle
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.writer.excel import ExcelWriter

from linter.archive.history import counted_categories
from linter.engine import Report
from linter.report import Context
from linter.report.digest import Collector, pair_rule_ids
from linter.report.tables import (
    COUNT_COLUMNS,
    FILE_COLUMNS,
    FINDING_COLUMNS,
    UNIT_COLUMNS,
    Cell,
    Column,
    file_rows,
    finding_row,
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


ROW_LIMIT = 1_048_576  # rows of a sheet in Excel; findings past it go on to another sheet


def _cell(sheet: WriteOnlyWorksheet, value: Cell, spec: Column) -> WriteOnlyCell:
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)  # control characters break the file
    cell = WriteOnlyCell(sheet, value)
    if isinstance(value, str):
        cell.data_type = "s"  # a line starting with "=" stays text, never a formula
    if spec.date and value is not None:
        cell.number_format = DATE_FORMAT
    cell.alignment = WRAPPED if spec.wrap else TOP
    return cell


class _Widths:
    """The longest value of each column, as rows go by."""

    def __init__(self, columns: Sequence[Column]) -> None:
        self.longest = [0] * len(columns)

    def add(self, row: Sequence[Cell]) -> None:
        longest = self.longest
        for index, value in enumerate(row):
            if value is not None and (size := len(str(value))) > longest[index]:
                longest[index] = size

    def width(self, spec: Column, header: str, index: int) -> int:
        """Wide enough for the header beside its filter arrow and for the longest value, up to
        the column's limit (a longer header wraps, a longer value is cut or wrapped)."""
        longest = len(DATE_FORMAT) if spec.date else self.longest[index]
        return min(max(len(header) + FILTER_ARROW, longest + 2), spec.width)


class _Spool:
    """Rows kept on disk until they are written (a sheet's column widths come before its
    rows, and depend on all of them)."""

    CHUNK = 2000

    def __init__(self) -> None:
        self.file = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
        self.buffer: list[list[Cell]] = []
        self.count = 0

    def add(self, row: list[Cell]) -> None:
        self.buffer.append(row)
        self.count += 1
        if len(self.buffer) >= self.CHUNK:
            self._flush()

    def _flush(self) -> None:
        if self.buffer:
            pickle.dump(self.buffer, self.file, pickle.HIGHEST_PROTOCOL)
            self.buffer = []

    def rows(self) -> Iterator[list[Cell]]:
        self._flush()
        self.file.seek(0)
        while True:
            try:
                chunk = pickle.load(self.file)
            except EOFError:
                return
            yield from chunk

    def close(self) -> None:
        self.file.close()


def fill(
    sheet: WriteOnlyWorksheet,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    lang: str,
    widths: _Widths | None = None,
    count: int | None = None,
) -> None:
    """Header row in bold, frozen and filtered; one row per item (`widths` and `count`: of
    `rows`, when they are read once from a spool)."""
    if widths is None or count is None:
        rows = list(rows)
        widths, count = _Widths(columns), len(rows)
        for row in rows:
            widths.add(row)
    names = headers(columns, lang)
    for index, (spec, name) in enumerate(zip(columns, names, strict=True), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = widths.width(
            spec, name, index - 1
        )
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"
    header = []
    for name in names:
        cell = WriteOnlyCell(sheet, name)
        cell.font = BOLD
        cell.alignment = WRAPPED
        header.append(cell)
    sheet.append(header)
    for row in rows:
        sheet.append([_cell(sheet, value, spec) for spec, value in zip(columns, row, strict=True)])


def add_chart(sheet: WriteOnlyWorksheet, units: int, lang: str) -> None:
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


def add_years(
    workbook: Workbook, report: Report, archive: Path, lang: str, categories: dict[str, set[str]]
) -> None:
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
        for row in history(report, archive, lang, categories)
    ]
    fill(workbook.create_sheet(_text(lang, SHEET_NAMES["years"])), YEAR_COLUMNS, rows, lang)


def _findings_sheets(workbook: Workbook, spool: _Spool, widths: _Widths, lang: str) -> None:
    """The findings, a sheet of them up to Excel's last row, then "Phát hiện (2)" and on."""
    per_sheet = ROW_LIMIT - 1
    rows = spool.rows()
    sheets = max(1, -(-spool.count // per_sheet))
    for number in range(1, sheets + 1):
        title = _text(lang, SHEET_NAMES["findings"])
        sheet = workbook.create_sheet(title if number == 1 else f"{title} ({number})")
        count = min(per_sheet, spool.count - (number - 1) * per_sheet)
        fill(sheet, FINDING_COLUMNS, itertools.islice(rows, count), lang, widths, count)


def build(report: Report, context: Context, spool: _Spool) -> Workbook:
    """The workbook, written as the report is read: the findings spooled (see _Spool) while
    the audit view's counts are gathered, then every sheet in write-only mode."""
    lang = context.lang
    units = context.settings.units if context.settings else ()
    archive = context.settings.archive if context.settings else None
    collected = Collector(pair_rule_ids(context.rules))
    categories: dict[str, set[str]] = {}
    widths = _Widths(FINDING_COLUMNS)
    unit_of = {entry.path: entry.unit for entry in report.files}
    for group in report.by_file():
        collected.add(group.findings)
        if archive:
            counted_categories(group.findings, categories)
        unit = unit_of.get(group.path)  # none for a file outside the batch (a stale ignore entry)
        for finding in group.findings:
            row = finding_row(finding, unit, lang)
            widths.add(row)
            spool.add(row)
    audit = collected.digest(report, units)
    workbook = Workbook(write_only=True)
    _findings_sheets(workbook, spool, widths, lang)
    fill(
        workbook.create_sheet(_text(lang, SHEET_NAMES["files"])),
        FILE_COLUMNS,
        file_rows(audit, lang),
        lang,
    )
    by_unit = workbook.create_sheet(_text(lang, SHEET_NAMES["units"]))
    if audit.units:
        add_chart(by_unit, len(audit.units), lang)
    fill(by_unit, UNIT_COLUMNS, unit_rows(audit), lang)
    _add_review_sheet(workbook, report, context)
    if archive:
        add_years(workbook, report, archive, lang, categories)
    workbook.properties.creator = "camket"
    workbook.properties.created = workbook.properties.modified = FIXED_TIME
    return workbook


def _add_review_sheet(workbook: Workbook, report: Report, context: Context) -> None:
    """ "Kết quả thực hiện": one row per committed item of each member with a report (none
    when the batch holds no member's report)."""
    from linter.report import review_rows

    declared = context.settings.reviews if context.settings else ()
    columns, rows = review_rows.sheet(report.briefs, declared, context.lang)
    if rows:
        sheet = workbook.create_sheet(_text(context.lang, review_rows.SHEET_NAME))
        fill(sheet, columns, rows, context.lang)


def _pinned(archive: IO[bytes], out: IO[bytes]) -> None:
    """The zip again with every entry dated FIXED_TIME, entry by entry."""
    with (
        zipfile.ZipFile(archive) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            pinned = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            pinned.compress_type = zipfile.ZIP_DEFLATED
            pinned.external_attr = info.external_attr
            pinned.file_size = info.file_size
            with source.open(info) as data, target.open(pinned, "w") as copy:
                shutil.copyfileobj(data, copy, COPY_CHUNK)


COPY_CHUNK = 1 << 20


def write(report: Report, context: Context, out: IO[bytes]) -> None:
    spool = _Spool()
    try:
        workbook = build(report, context, spool)
        with tempfile.TemporaryFile() as made:
            # ExcelWriter rather than Workbook.save, which sets "modified" to now().
            ExcelWriter(workbook, zipfile.ZipFile(made, "w", zipfile.ZIP_DEFLATED)).save()
            made.seek(0)
            _pinned(made, out)
    finally:
        spool.close()


def render(report: Report, context: Context) -> bytes:
    buffer = io.BytesIO()
    write(report, context, buffer)
    return buffer.getvalue()
