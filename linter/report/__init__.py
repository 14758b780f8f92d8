"""Output formats. Each reporter module has `render(report, context)` returning text (or bytes
for a spreadsheet); modules are imported only when their format is asked for, so a plain text
run never loads openpyxl."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

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


def render(report: Report, fmt: Format, context: Context) -> str | bytes:
    module = importlib.import_module(MODULES[fmt])
    return module.render(report, context)
