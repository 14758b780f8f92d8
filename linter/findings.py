"""One finding type for every check; checks yield Hits, the engine turns them into Findings."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SEVERITIES = ("error", "warning", "info")
CATEGORIES = (
    "vague",
    "specificity",
    "duplicate",
    "date-order",
    "structure",
    "citation",
    "format",
    "review",
    "input",
)


@dataclass(frozen=True)
class Related:
    path: str
    line: int | None = None
    end_line: int | None = None


@dataclass(frozen=True)
class Hit:
    """What a check found, in normalised offsets of the document's lines.

    `values` fill the rule's message template ("{match}", "{part}", …); words that must follow
    the report's language are given as {"vi": …, "en": …}.
    """

    line: int
    start: int
    end_line: int
    end: int
    values: dict[str, Any] = field(default_factory=dict)
    related: tuple[Related, ...] = ()


@dataclass(frozen=True)
class Finding:
    rule: str
    category: str
    severity: str
    path: str
    line: int  # 1-based; for .docx a paragraph
    column: int  # 1-based, in code points of the original text
    end_line: int
    end_column: int  # exclusive
    excerpt: str
    message: str
    suggestion: str | None = None
    related: tuple[Related, ...] = ()
    # The percentage a copy finding's message gives (its similarity), for the reports' tables;
    # None for every other finding. Not part of the JSON report: the message says it.
    figure: int | None = None

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.path, self.line, self.column, self.rule)

    def as_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity,
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "excerpt": self.excerpt,
            "message": self.message,
            "suggestion": self.suggestion,
            "related": [
                {"path": r.path, "line": r.line, "end_line": r.end_line} for r in self.related
            ],
        }
