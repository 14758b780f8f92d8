"""Output formats. Each reporter module has `write(report, context, out)`, which writes the
report to a text stream (a binary one for a spreadsheet) as it reads it from the run, one file's
findings at a time, and `render(report, context)`, which returns it whole; modules are imported
only when their format is asked for, so a plain text run never loads openpyxl."""

from __future__ import annotations

import importlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from linter.config import Settings
    from linter.engine import Report
    from linter.rules import Rule


class Format(str, Enum):
    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    HTML = "html"
    CSV = "csv"
    XLSX = "xlsx"


MODULES: dict[Format, str] = {
    Format.TEXT: "linter.report.text_report",
    Format.JSON: "linter.report.json_report",
    Format.SARIF: "linter.report.sarif_report",
    Format.GITHUB: "linter.report.github_report",
    Format.HTML: "linter.report.html_report",
    Format.CSV: "linter.report.csv_report",
    Format.XLSX: "linter.report.xlsx_report",
}
BINARY_FORMATS = frozenset({Format.XLSX})


@dataclass(frozen=True)
class Context:
    """What a reporter may need beyond the findings: the language, the rules that ran (SARIF
    lists their metadata), the settings (declared units for the HTML timeline), and how the
    text and HTML reports are laid out."""

    lang: str = "vi"
    rules: Sequence[Rule] = ()
    settings: Settings | None = None
    color: bool = False
    statistics: bool = False
    quiet: bool = False
    summary_only: bool = False  # the HTML report: the units' summaries, no full texts


def write(report: Report, fmt: Format, context: Context, out: IO) -> None:
    """Write the report to `out`: a text stream, a binary one for BINARY_FORMATS."""
    importlib.import_module(MODULES[fmt]).write(report, context, out)


def render(report: Report, fmt: Format, context: Context) -> str | bytes:
    buffer: IO = io.BytesIO() if fmt in BINARY_FORMATS else io.StringIO()
    write(report, fmt, context, buffer)
    return buffer.getvalue()
