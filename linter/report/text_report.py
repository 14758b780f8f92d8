"""Plain text for people, ruff-like: findings grouped by file as path:line:col, code, message; the
line with the matched span marked (colour on a terminal, carets otherwise); the suggestion; a
closing summary by severity, category and unit. `--statistics` prints counts per rule instead."""

from __future__ import annotations

import io
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from typing import TextIO

import click

from linter.document import Document
from linter.engine import Report
from linter.findings import CATEGORIES, SEVERITIES, Finding
from linter.i18n import t
from linter.report import Context
from linter.report.printable import printable
from linter.report.unit_names import unit_names
from linter.sources import Skipped

EXCERPT_WIDTH = 100  # display columns of a line shown under a finding
CONTEXT_BEFORE = 24  # columns kept before the span when a long line is cut
MULTILINE_SHOWN = 3  # lines shown of a finding that spans several
UNITS_SHOWN = 15  # units listed in the closing summary, the busiest first
OTHERS_SHOWN = 5  # files read as `other` named in the closing summary
SKIPPED_SHOWN = 3  # files of each kind left unchecked named in the closing summary
SKIP_REASONS = ("image", "markdown", "other")
KINDS = ("commitment", "plan", "report", "other")
SEVERITY_COLOURS = {"error": "red", "warning": "yellow", "info": "cyan"}


class _Style:
    """click.style when colour is on, the plain text otherwise."""

    def __init__(self, colour: bool) -> None:
        self.colour = colour

    def __call__(self, text: str, **style: object) -> str:
        return click.style(text, **style) if self.colour else text  # type: ignore[arg-type]


def _width(text: str) -> int:
    """Display columns: combining marks (NFD input) take none."""
    return sum(1 for char in text if not unicodedata.combining(char))


def _window(text: str, start: int, end: int) -> tuple[str, str, str]:
    """The part of a line before, inside and after the span [start, end), cut to about
    EXCERPT_WIDTH columns around the span with "…" where text was left out."""
    before, inside, after = text[:start], text[start:end], text[end:]
    if _width(text) <= EXCERPT_WIDTH:
        return before, inside, after
    if _width(before) > CONTEXT_BEFORE:
        before = "…" + before[-CONTEXT_BEFORE:]
    room = max(EXCERPT_WIDTH - _width(before), 10)
    if _width(inside) > room:
        return before, inside[: room - 1] + "…", ""
    room -= _width(inside)
    if _width(after) > room:
        after = after[: max(room - 1, 0)] + "…"
    return before, inside, after


def _marked_line(document: Document, finding: Finding, style: _Style) -> list[str]:
    """The finding's line with its span marked: coloured on a terminal, carets below otherwise.
    The parts are made printable first, so the carets count the columns actually shown."""
    raw = document.line(finding.line).text.rstrip()
    start, end = finding.column - 1, max(finding.end_column - 1, finding.column)
    head, span = printable(raw[:start]), printable(raw[start:end])
    text = head + span + printable(raw[end:])
    before, inside, after = _window(text, len(head), len(head) + len(span))
    if not inside.strip():
        return [f"    │ {text[:EXCERPT_WIDTH]}"] if text.strip() else []
    if style.colour:
        return [f"    │ {before}{style(inside, fg='red', bold=True, underline=True)}{after}"]
    carets = " " * _width(before) + "^" * max(_width(inside), 1)
    return [f"    │ {before}{inside}{after}", f"    │ {carets}"]


def _spanned_lines(document: Document, finding: Finding) -> list[str]:
    numbers = range(finding.line, finding.end_line + 1)
    shown = [printable(document.line(n).text.strip()) for n in numbers]
    shown = [text for text in shown if text]
    lines = [f"    │ {text[:EXCERPT_WIDTH]}" for text in shown[:MULTILINE_SHOWN]]
    if len(shown) > MULTILINE_SHOWN:
        lines.append(f"    │ … (+{len(shown) - MULTILINE_SHOWN})")
    return lines


def _excerpt(finding: Finding, document: Document | None, style: _Style) -> list[str]:
    if document is None or not 1 <= finding.line <= finding.end_line <= document.line_count():
        return [f"    │ {printable(finding.excerpt)}"] if finding.excerpt else []
    if finding.line == finding.end_line and finding.end_column > finding.column:
        return _marked_line(document, finding, style)
    return _spanned_lines(document, finding)


def _finding(
    finding: Finding, document: Document | None, context: Context, style: _Style
) -> list[str]:
    lang = context.lang
    severity = t(f"severity.{finding.severity}", lang)
    colour = SEVERITY_COLOURS[finding.severity]
    where = style(f"{printable(finding.path)}:{finding.line}:{finding.column}:", bold=True)
    code = style(finding.rule, fg=colour, bold=True)
    lines = [f"{where} {code} [{style(severity, fg=colour)}] {printable(finding.message)}"]
    lines.extend(_excerpt(finding, document, style))
    for related in finding.related:
        at = f":{related.line}" if related.line else ""
        lines.append(f"    {style('↔', fg='cyan')} {printable(related.path)}{at}")
    if finding.suggestion:
        label = style(t("suggestion", lang) + ":", fg="green")
        lines.append(f"    {label} {printable(finding.suggestion)}")
    return lines


def _unit_of(report: Report) -> dict[str, str]:
    return {entry.path: entry.unit for entry in report.files}


def _counted(counts: Counter[str], keys: Iterable[str], prefix: str, lang: str) -> str:
    return ", ".join(f"{t(f'{prefix}.{key}', lang)} {counts[key]}" for key in keys if counts[key])


class _ByUnit:
    """Findings per unit and category, counted as the findings go by."""

    def __init__(self, report: Report) -> None:
        self.units = _unit_of(report)
        self.counts: dict[str, Counter[str]] = {}

    def add(self, findings: Iterable[Finding]) -> None:
        for finding in findings:
            unit = self.units.get(finding.path) or str(PurePath(finding.path).parent)
            self.counts.setdefault(unit, Counter())[finding.category] += 1


def _unit_summary(report: Report, lang: str, by_unit: dict[str, Counter[str]]) -> list[str]:
    """Findings per unit, the busiest first: the unit's name from its documents' headers,
    its folder on the line below (the folder alone when no header names it)."""
    if len(by_unit) < 2:
        return []
    names = unit_names(report)
    ranked = sorted(by_unit.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    shown = {unit: printable(names.get(unit, unit)) for unit, _ in ranked[:UNITS_SHOWN]}
    width = max(_width(name) for name in shown.values())
    lines = [t("summary.by_unit", lang)]
    for unit, counts in ranked[:UNITS_SHOWN]:
        detail = _counted(counts, CATEGORIES, "category", lang)
        pad = " " * (width - _width(shown[unit]))
        lines.append(f"  {shown[unit]}{pad}  {sum(counts.values()):>4}  ({detail})")
        if unit in names:
            lines.append(f"    {printable(unit)}")
    if len(ranked) > UNITS_SHOWN:
        lines.append(t("summary.more_units", lang, count=len(ranked) - UNITS_SHOWN))
    return lines


def _kind_summary(report: Report, lang: str) -> list[str]:
    """How many files were read as each kind, and the first files read as `other` (a
    commitment misread as other would otherwise go unchecked without a word)."""
    kinds = Counter(entry.kind for entry in report.files if not entry.error and entry.kind)
    if not kinds:
        return []
    counted = ", ".join(
        t(f"summary.kind.{kind}" + (".one" if kinds[kind] == 1 else ""), lang, count=kinds[kind])
        for kind in KINDS
        if kinds[kind]
    )
    lines = [t("summary.kinds", lang, kinds=counted)]
    others = [entry.path for entry in report.files if not entry.error and entry.kind == "other"]
    if others:
        more = len(others) - OTHERS_SHOWN
        lines.append(
            t(
                "summary.others",
                lang,
                paths=", ".join(printable(path) for path in others[:OTHERS_SHOWN]),
                more=t("summary.others_more", lang, count=more) if more > 0 else "",
            )
        )
    return lines


def skipped_summary(skipped: Sequence[Skipped], lang: str) -> list[str]:
    """The files found in the folders but not checked, counted by why, with what to do."""
    if not skipped:
        return []
    lines = [t("summary.skipped", lang, count=len(skipped))]
    for reason in SKIP_REASONS:
        files = [one for one in skipped if one.reason == reason]
        if not files:
            continue
        suffixes = ", ".join(sorted({skipped.suffix for skipped in files}))
        more = len(files) - SKIPPED_SHOWN
        examples = t(
            "summary.skipped.paths",
            lang,
            paths=", ".join(printable(skipped.display) for skipped in files[:SKIPPED_SHOWN]),
            more=t("summary.others_more", lang, count=more) if more > 0 else "",
        )
        why = t(f"summary.skipped.{reason}", lang, count=len(files), suffixes=suffixes)
        lines.append(f"  {why} ({examples}).")
    return lines


def _files_line(report: Report, lang: str) -> str:
    unreadable = sum(1 for entry in report.files if entry.error)
    if unreadable:
        return t("summary.files", lang, files=len(report.files), unreadable=unreadable)
    if len(report.files) == 1:
        return t("summary.files.one", lang)
    return t("summary.files.all_read", lang, files=len(report.files))


def summary(report: Report, lang: str, by_unit: dict[str, Counter[str]] | None = None) -> list[str]:
    """The closing summary (`by_unit`: the findings per unit, when counted already)."""
    if by_unit is None:
        counted = _ByUnit(report)
        for group in report.by_file():
            counted.add(group.findings)
        by_unit = counted.counts
    tally = report.tally()
    lines = [_files_line(report, lang), *skipped_summary(report.skipped, lang)]
    lines.extend(_kind_summary(report, lang))
    if report.context_files:
        lines.append(t("summary.context", lang, count=report.context_files))
    if report.suppressed:
        lines.append(t("summary.suppressed", lang, count=report.suppressed))
    if report.baselined:
        lines.append(t("summary.baselined", lang, count=report.baselined))
    if not tally.findings:
        return [*lines, t("summary.none", lang)]
    return [
        *lines,
        t(
            "summary.findings",
            lang,
            count=tally.findings,
            by_severity=_counted(tally.by_severity, SEVERITIES, "severity", lang),
        ),
        t(
            "summary.by_category",
            lang,
            by_category=_counted(tally.by_category, CATEGORIES, "category", lang),
        ),
        *_unit_summary(report, lang, by_unit),
    ]


def statistics(report: Report, context: Context) -> list[str]:
    """Findings per rule, the most frequent first (ruff's --statistics)."""
    counts = report.tally().by_rule
    rules = {rule.id: rule for rule in context.rules}
    lines = []
    for code, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        rule = rules.get(code)
        severity = t(f"severity.{rule.severity}", context.lang) if rule else ""
        name = printable(rule.name) if rule else ""
        lines.append(f"{count:>6}  {code:<6} {severity:<10} {name}")
    total = sum(counts.values())
    lines.append(t("statistics.total", context.lang, count=total, rules=len(counts)))
    return lines


def write(report: Report, context: Context, out: TextIO) -> None:
    """Each file's findings, then the closing summary; written a file at a time."""
    if context.statistics:
        out.write("\n".join(statistics(report, context)) + "\n")
        return
    style = _Style(context.color)
    by_unit = _ByUnit(report)
    written = False
    for group in report.by_file():
        lines = [style(printable(group.path), bold=True, underline=True)]
        for finding in group.findings:
            lines.extend(_finding(finding, group.document(), context, style))
        lines.append("")
        out.write(("\n" if written else "") + "\n".join(lines))
        written = True
        by_unit.add(group.findings)
    if not context.quiet:
        closing = summary(report, context.lang, by_unit.counts)
        out.write(("\n" if written else "") + "\n".join(closing))
        written = written or bool(closing)
    if written:
        out.write("\n")


def render(report: Report, context: Context) -> str:
    buffer = io.StringIO()
    write(report, context, buffer)
    return buffer.getvalue()
