"""`--format csv`: one row per finding, for a spreadsheet or a script. The CLI adds the UTF-8
byte-order mark when writing to a file, so Excel reads the Vietnamese text."""

from __future__ import annotations

import csv
import io

from linter.engine import Report
from linter.report import Context
from linter.report.tables import FINDING_COLUMNS, Cell, finding_rows, headers

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


def render(report: Report, context: Context) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)  # RFC 4180: CRLF line ends, quotes around commas and newlines
    writer.writerow(headers(FINDING_COLUMNS, context.lang))
    for row in finding_rows(report, context.lang):
        writer.writerow([as_text(value) for value in row])
    return buffer.getvalue()
