"""The JSON report of DESIGN.md (schema camket-report/1): a contract other tools read."""

from __future__ import annotations

import json
from collections import Counter

from linter import __version__
from linter.engine import Report
from linter.report import Context
from linter.report.printable import json_escaped


def as_object(report: Report) -> dict[str, object]:
    by_category = Counter(f.category for f in report.findings)
    return {
        "schema": "camket-report/1",
        "tool": {"name": "camket", "version": __version__},
        "files": [entry.as_dict() for entry in sorted(report.files, key=lambda e: e.path)],
        "findings": [finding.as_dict() for finding in report.findings],
        "summary": {
            "files": len(report.files),
            "context_files": report.context_files,
            "findings": len(report.findings),
            "by_category": dict(sorted(by_category.items())),
        },
    }


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _member(key: str, value: object) -> str:
    """One top-level member; a list holds one compact element per line, which reads and greps
    well and is written by json's C encoder (indent= would need its pure-Python one)."""
    if isinstance(value, list) and value:
        body = "[\n    " + ",\n    ".join(map(_compact, value)) + "\n  ]"
    else:
        body = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    return f"  {_compact(key)}: {body}"


def render(report: Report, context: Context) -> str:
    members = ",\n".join(_member(key, value) for key, value in as_object(report).items())
    return json_escaped("{\n" + members + "\n}\n")
