"""The JSON report of DESIGN.md (schema camket-report/1): a contract other tools read.

Written as it is read from the run, one file's findings at a time: a finding per line, as json's
C encoder writes it (indent= would need its pure-Python one), the summary's counts at the end."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import TextIO

from linter import __version__
from linter.engine import Report
from linter.report import Context
from linter.report.printable import json_escaped


def as_object(report: Report) -> dict[str, object]:
    """The whole report as one object (every finding in memory: for a few files)."""
    findings = [finding.as_dict() for finding in report.findings]
    return {
        "schema": "camket-report/1",
        "tool": {"name": "camket", "version": __version__},
        "files": list(_files(report)),
        "findings": findings,
        "summary": _summary(report),
    }


def _files(report: Report) -> Iterator[dict[str, object]]:
    return (entry.as_dict() for entry in sorted(report.files, key=lambda e: e.path))


def _summary(report: Report) -> dict[str, object]:
    tally = report.tally()
    return {
        "files": len(report.files),
        "context_files": report.context_files,
        "findings": tally.findings,
        "by_category": dict(sorted(tally.by_category.items())),
    }


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _member(key: str, value: object) -> str:
    """One top-level member; a list holds one compact element per line."""
    if isinstance(value, list) and value:
        body = "[\n    " + ",\n    ".join(map(_compact, value)) + "\n  ]"
    else:
        body = json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n  ")
    return f"  {_compact(key)}: {body}"


def _list(key: str, elements: Iterable[object], out: TextIO) -> None:
    """A top-level list member as _member writes it, an element at a time."""
    opened = False
    for element in elements:
        out.write(
            json_escaped(
                (",\n    " if opened else f"  {_compact(key)}: [\n    ") + _compact(element)
            )
        )
        opened = True
    out.write("\n  ],\n" if opened else f"  {_compact(key)}: [],\n")


def write(report: Report, context: Context, out: TextIO) -> None:
    head = [
        _member("schema", "camket-report/1"),
        _member("tool", {"name": "camket", "version": __version__}),
    ]
    out.write(json_escaped("{\n" + ",\n".join(head) + ",\n"))
    _list("files", _files(report), out)
    opened = False
    for group in report.by_file():
        lines = ",\n    ".join(_compact(finding.as_dict()) for finding in group.findings)
        out.write(json_escaped((",\n    " if opened else '  "findings": [\n    ') + lines))
        opened = True
    out.write("\n  ],\n" if opened else '  "findings": [],\n')
    out.write(json_escaped(_member("summary", _summary(report)) + "\n}\n"))


def render(report: Report, context: Context) -> str:
    buffer = io.StringIO()
    write(report, context, buffer)
    return buffer.getvalue()
