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
from linter.findings import Finding, Related
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


_string = json.encoder.encode_basestring  # a str as json.dumps(ensure_ascii=False) writes it


def _number(value: int | None) -> str:
    return "null" if value is None else repr(value)


def _finding(finding: Finding) -> str:
    """_compact(finding.as_dict()), written field by field: a report holds tens of thousands
    of findings, and json.dumps builds an encoder for each (half the time of the report). A
    finding holding other types than its fields' own goes through json.dumps."""
    f = finding
    if not _plain(f):
        return _compact(f.as_dict())
    related = ", ".join(
        f'{{"path": {_string(r.path)}, "line": {_number(r.line)}, '
        f'"end_line": {_number(r.end_line)}}}'
        for r in f.related
    )
    suggestion = "null" if f.suggestion is None else _string(f.suggestion)
    return (
        f'{{"rule": {_string(f.rule)}, "category": {_string(f.category)}, '
        f'"severity": {_string(f.severity)}, "path": {_string(f.path)}, "line": {f.line!r}, '
        f'"column": {f.column!r}, "end_line": {f.end_line!r}, "end_column": {f.end_column!r}, '
        f'"excerpt": {_string(f.excerpt)}, "message": {_string(f.message)}, '
        f'"suggestion": {suggestion}, "related": [{related}]}}'
    )


def _plain(f: Finding) -> bool:
    """Its texts are str, its numbers int (a bool is no number here), as Finding declares."""
    texts = (f.rule, f.category, f.severity, f.path, f.excerpt, f.message)
    return (
        all(type(text) is str for text in texts)
        and all(type(number) is int for number in (f.line, f.column, f.end_line, f.end_column))
        and (f.suggestion is None or type(f.suggestion) is str)
        and all(
            type(r) is Related
            and type(r.path) is str
            and (r.line is None or type(r.line) is int)
            and (r.end_line is None or type(r.end_line) is int)
            for r in f.related
        )
    )


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
        lines = ",\n    ".join(map(_finding, group.findings))
        out.write(json_escaped((",\n    " if opened else '  "findings": [\n    ') + lines))
        opened = True
    out.write("\n  ],\n" if opened else '  "findings": [],\n')
    out.write(json_escaped(_member("summary", _summary(report)) + "\n}\n"))


def render(report: Report, context: Context) -> str:
    buffer = io.StringIO()
    write(report, context, buffer)
    return buffer.getvalue()
