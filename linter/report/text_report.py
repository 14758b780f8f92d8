"""Plain text for people: findings grouped by file, path:line:col, code, message, excerpt, summary."""

from __future__ import annotations

from collections import Counter
from itertools import groupby

from linter.engine import Report
from linter.findings import CATEGORIES, SEVERITIES, Finding
from linter.i18n import t


def _finding(finding: Finding, lang: str) -> list[str]:
    severity = t(f"severity.{finding.severity}", lang)
    lines = [
        f"{finding.path}:{finding.line}:{finding.column}: {finding.rule} [{severity}] {finding.message}"
    ]
    if finding.excerpt:
        lines.append(f"    │ {finding.excerpt}")
    for related in finding.related:
        where = f":{related.line}" if related.line else ""
        lines.append(f"    ↔ {related.path}{where}")
    if finding.suggestion:
        lines.append(f"    {t('suggestion', lang)}: {finding.suggestion}")
    return lines


def summary(report: Report, lang: str) -> list[str]:
    unreadable = sum(1 for entry in report.files if entry.error)
    lines = [t("summary.files", lang, files=len(report.files), unreadable=unreadable)]
    if report.suppressed:
        lines.append(t("summary.suppressed", lang, count=report.suppressed))
    if report.baselined:
        lines.append(t("summary.baselined", lang, count=report.baselined))
    if not report.findings:
        return [*lines, t("summary.none", lang)]
    severities = Counter(f.severity for f in report.findings)
    categories = Counter(f.category for f in report.findings)
    by_severity = ", ".join(
        f"{t(f'severity.{s}', lang)} {severities[s]}" for s in SEVERITIES if severities[s]
    )
    by_category = ", ".join(
        f"{t(f'category.{c}', lang)} {categories[c]}" for c in CATEGORIES if categories[c]
    )
    return [
        *lines,
        t("summary.findings", lang, count=len(report.findings), by_severity=by_severity),
        t("summary.by_category", lang, by_category=by_category),
    ]


def render(report: Report, lang: str) -> str:
    out: list[str] = []
    for path, findings in groupby(report.findings, key=lambda f: f.path):
        out.append(path)
        for finding in findings:
            out.extend(_finding(finding, lang))
        out.append("")
    out.extend(summary(report, lang))
    return "\n".join(out) + "\n"
