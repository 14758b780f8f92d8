"""GitHub Actions workflow commands: one `::warning file=…,line=…::message` line per finding,
which a workflow step turns into an annotation on the file and line of the pull request.

GitHub shows only a few annotations of each kind per step; the SARIF report (uploaded to code
scanning) is the complete record, this one the quick look.
"""

from __future__ import annotations

import io
from typing import TextIO

from linter.engine import Report
from linter.findings import Finding
from linter.i18n import t
from linter.report import Context
from linter.report.printable import printable

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    """The message part of a workflow command: %, CR and LF are encoded, "%" first."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title): also ":" and ",", which separate the command's parts."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _position(finding: Finding) -> list[tuple[str, str]]:
    """line/endLine always; columns only for a span within one line (GitHub takes no columns
    across lines), the end column as the last character's, not camket's exclusive one."""
    last = finding.end_column - 1
    if finding.line != finding.end_line or last < finding.column:
        return [("line", str(finding.line)), ("endLine", str(finding.end_line))]
    return [
        ("line", str(finding.line)),
        ("col", str(finding.column)),
        ("endLine", str(finding.end_line)),
        ("endColumn", str(last)),
    ]


def annotation(finding: Finding, lang: str) -> str:
    """One workflow command. Control characters from a document or a file name are shown, not
    sent (a CI log is a terminal too); line breaks are encoded, as the runner reads them."""
    title = f"{finding.rule} ({t(f'category.{finding.category}', lang)})"
    properties = [("file", printable(finding.path)), *_position(finding), ("title", title)]
    message = printable(finding.message, line_breaks=True)
    if finding.suggestion:
        message += f"\n{t('suggestion', lang)}: {printable(finding.suggestion, line_breaks=True)}"
    listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties)
    return f"::{COMMANDS[finding.severity]} {listed}::{escape_data(message)}"


def _order(finding: Finding) -> tuple[object, ...]:
    return (*finding.sort_key(), finding.end_line, finding.end_column, finding.message)


def write(report: Report, context: Context, out: TextIO) -> None:
    for group in report.by_file():
        lines = [annotation(f, context.lang) for f in sorted(group.findings, key=_order)]
        out.write("".join(line + "\n" for line in lines))


def render(report: Report, context: Context) -> str:
    buffer = io.StringIO()
    write(report, context, buffer)
    return buffer.getvalue()
