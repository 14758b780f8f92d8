"""Output formats. Each reporter turns a Report into a string."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from linter.engine import Report
from linter.report import json_report, text_report


class Format(str, Enum):
    TEXT = "text"
    JSON = "json"


RENDERERS: dict[Format, Callable[[Report, str], str]] = {
    Format.TEXT: text_report.render,
    Format.JSON: json_report.render,
}


def render(report: Report, fmt: Format, lang: str) -> str:
    return RENDERERS[fmt](report, lang)
