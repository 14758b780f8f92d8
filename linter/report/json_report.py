"""The JSON report of DESIGN.md (schema camket-report/1): a contract other tools read."""

from __future__ import annotations

import json
from collections import Counter

from linter import __version__
from linter.engine import Report
from linter.report import Context


def as_object(report: Report) -> dict[str, object]:
    by_category = Counter(f.category for f in report.findings)
    return {
        "schema": "camket-report/1",
        "tool": {"name": "camket", "version": __version__},
        "files": [entry.as_dict() for entry in sorted(report.files, key=lambda e: e.path)],
        "findings": [finding.as_dict() for finding in report.findings],
        "summary": {
            "files": len(report.files),
            "findings": len(report.findings),
            "by_category": dict(sorted(by_category.items())),
        },
    }


def render(report: Report, context: Context) -> str:
    return json.dumps(as_object(report), ensure_ascii=False, indent=2) + "\n"
