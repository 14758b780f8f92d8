"""`--format csv`: one row per finding, for a spreadsheet or a script. The CLI adds the UTF-8
byte-order mark when writing to a file, so Excel reads the Vietnamese text."""

from __future__ import annotations

import csv
import io
from typing import TextIO

from linter.engine import Report
from linter.report import Context
from linter.report.tables import FINDING_COLUMNS, Cell, finding_row, headers

# A cell starting with one of these is read by Excel as a formula: "- Hoàn thành tốt …", a
# list item quoted from a commitment, would show as #NAME?, and a document line "=HYPERLINK(…)"
# would run. An apostrophe in front keeps the cell text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: Cell) -> str:
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write(report: Report, context: Context, out: TextIO) -> None:
    writer = csv.writer(out)  # RFC 4180: CRLF line ends, quotes around commas and newlines
    writer.writerow(headers(FINDING_COLUMNS, context.lang))
    units = {entry.path: entry.unit for entry in report.files}
    for group in report.by_file():
        unit = units.get(group.path)  # none for a file outside the batch (a stale ignore entry)
        writer.writerows(
            [as_text(value) for value in finding_row(finding, unit, context.lang)]
            for finding in group.findings
        )


def render(report: Report, context: Context) -> str:
    buffer = io.StringIO()
    write(report, context, buffer)
    return buffer.getvalue()
