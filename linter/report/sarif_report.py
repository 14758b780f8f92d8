"""SARIF 2.1.0, the format code scanning reads (GitHub, Azure DevOps, the VS Code SARIF viewer).

One run. The driver lists every loaded rule, so an alert page can explain a rule even on a run
where it found nothing; results point into the checked files with relative URIs, so the log
means the same on any machine that has the same checkout. camket counts columns in code points,
which the run declares (`columnKind`) instead of converting to UTF-16 units.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from linter import __version__
from linter.engine import Report
from linter.findings import Finding
from linter.i18n import t
from linter.read.normalize import match_key
from linter.report import Context
from linter.report.printable import json_escaped
from linter.rules import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SARIF_VERSION = "2.1.0"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
LANGUAGE_TAGS = {"vi": "vi-VN", "en": "en-US"}
SOURCE_ROOT = "%SRCROOT%"  # relative paths are relative to where camket ran: the checkout
FINGERPRINT_KEY = "camket/v1"
URL_LABELS = ("homepage", "repository", "source", "documentation")

TEXTS: dict[str, dict[str, str]] = {
    "related.duplicate": {
        "vi": "Đoạn tương ứng trong văn bản kia",
        "en": "The matching passage in the other document",
    },
    "related.date-order": {
        "vi": "Văn bản cấp trên hoặc văn bản được căn cứ",
        "en": "The superior or cited document",
    },
    "related.other": {"vi": "Văn bản liên quan", "en": "Related document"},
    "template": {"vi": "Thông báo mẫu", "en": "Message template"},
}
ROLE_LABELS: dict[str, dict[str, str]] = {
    "default": {"vi": "chung", "en": "any role"},
    "teacher": {"vi": "giáo viên", "en": "teacher"},
    "health": {"vi": "y tế", "en": "health worker"},
    "police": {"vi": "công an", "en": "police"},
    "military": {"vi": "quân sự", "en": "military"},
    "commune": {"vi": "cán bộ xã, ấp", "en": "commune or hamlet official"},
    "accountant": {"vi": "kế toán", "en": "accountant"},
    "clerk": {"vi": "văn phòng", "en": "office staff"},
    "worker": {"vi": "công nhân", "en": "worker"},
    "student": {"vi": "sinh viên", "en": "student"},
}

_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>~|])")


def _text(table: Mapping[str, str], lang: str) -> str:
    return table.get(lang) or table.get("vi") or ""


def _blank(template: str) -> str:
    """A message template shown without a finding: its placeholders become "…"."""
    return _PLACEHOLDER.sub("…", template)


def _markdown(text: str) -> str:
    """Plain text made safe to embed in Markdown (excerpts hold "*", "_" and the like)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def artifact_location(path: str) -> dict[str, str]:
    """A path as code scanning wants it: a relative path stays a relative URI reference (forward
    slashes, percent-encoded: Vietnamese letters and spaces are common in file names), an
    absolute one becomes a file:// URI."""
    if Path(path).is_absolute():
        return {"uri": Path(path).as_uri()}
    separated = path.replace(os.sep, "/")  # on POSIX a backslash is part of a name: encoded
    return {"uri": quote(separated, safe="/"), "uriBaseId": SOURCE_ROOT}


def _information_uri() -> str | None:
    """The project's home page as the installed package declares it ([project.urls])."""
    try:
        urls = metadata.metadata("camket").get_all("Project-URL") or []
    except metadata.PackageNotFoundError:
        return None
    found = {
        label.strip().lower(): url.strip()
        for label, _, url in (entry.partition(",") for entry in urls)
    }
    return next((found[label] for label in URL_LABELS if label in found), None)


# Rules


def _summary(rule: Rule, lang: str) -> str:
    """The rule's description in the chosen language, else its message template in it."""
    candidates = (
        rule.description.get(lang),
        _blank(rule.message.get(lang, "")),
        rule.description.get("vi"),
        _blank(rule.text("vi")),
    )
    return next(text for text in candidates if text)


def _help(rule: Rule, summary: str, lang: str) -> dict[str, str]:
    """The default suggestion as text; the suggestions for every role as Markdown."""
    default = rule.suggestion_for(None, lang)
    text = _blank(default) if default else summary
    lines = [_markdown(text), ""]
    for role, texts in rule.suggestion.items():
        if role != "default":
            label = _text(ROLE_LABELS.get(role, {"vi": role}), lang)
            lines.append(f"- **{_markdown(label)}**: {_markdown(_blank(_text(texts, lang)))}")
    return {"text": text, "markdown": "\n".join(lines).rstrip()}


def _properties(category: str) -> dict[str, Any]:
    return {"category": category, "tags": [category]}


def rule_descriptor(rule: Rule, lang: str) -> dict[str, Any]:
    summary = _summary(rule, lang)
    template = _blank(rule.text(lang))
    full = (
        summary
        if summary == template
        else f"{summary}\n{_text(TEXTS['template'], lang)}: {template}"
    )
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": full},
        "help": _help(rule, summary, lang),
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": _properties(rule.category),
    }


def _unknown_rule(finding: Finding) -> dict[str, Any]:
    """A rule seen in a finding but not loaded (a report built by hand, a rule folder gone)."""
    return {
        "id": finding.rule,
        "defaultConfiguration": {"level": LEVELS[finding.severity]},
        "properties": _properties(finding.category),
    }


def rule_descriptors(
    findings: Iterable[Finding], rules: Iterable[Rule], lang: str
) -> list[dict[str, Any]]:
    """Every loaded rule and every rule that has a finding, sorted by code."""
    descriptors = {rule.id: rule_descriptor(rule, lang) for rule in rules}
    for finding in findings:
        descriptors.setdefault(finding.rule, _unknown_rule(finding))
    return [descriptors[code] for code in sorted(descriptors)]


# Results


def _order(finding: Finding) -> tuple[Any, ...]:
    """A total order: findings equal on (path, line, column, rule) still come out the same way."""
    related = tuple((r.path, r.line or 0, r.end_line or 0) for r in finding.related)
    return (*finding.sort_key(), finding.end_line, finding.end_column, finding.message, related)


def _fingerprint_base(finding: Finding) -> str:
    """Rule, path, the excerpt's canonical form (case, NFC/NFD, tone placement ignored) and the
    documents it is linked to: not the line, so an alert survives edits above it."""
    parts = [finding.rule, finding.path, match_key(finding.excerpt).strip()]
    parts.extend(sorted(r.path for r in finding.related))
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


def fingerprints(findings: Iterable[Finding]) -> list[str]:
    """One fingerprint per finding; identical bases are told apart by occurrence ("…:2")."""
    seen: Counter[str] = Counter()
    result = []
    for finding in findings:
        base = _fingerprint_base(finding)
        seen[base] += 1
        result.append(f"{base}:{seen[base]}")
    return result


def region(finding: Finding) -> dict[str, Any]:
    """The finding's span; a finding about a whole file (columns 1 to 1) gives its line only."""
    whole_file = finding.column == 1 and finding.end_column == 1
    span: dict[str, Any] = {"startLine": finding.line}
    if not whole_file:
        span["startColumn"] = finding.column
    span["endLine"] = finding.end_line
    if not whole_file:
        span["endColumn"] = finding.end_column
    if finding.excerpt:
        span["snippet"] = {"text": finding.excerpt}
    return span


def _related_locations(finding: Finding, lang: str) -> list[dict[str, Any]]:
    key = f"related.{finding.category}"
    label = _text(TEXTS.get(key, TEXTS["related.other"]), lang)
    locations = []
    for number, related in enumerate(finding.related, start=1):
        physical: dict[str, Any] = {"artifactLocation": artifact_location(related.path)}
        if related.line:
            physical["region"] = {
                "startLine": related.line,
                "endLine": related.end_line or related.line,
            }
        locations.append({"id": number, "physicalLocation": physical, "message": {"text": label}})
    return locations


def _message(finding: Finding, lang: str) -> dict[str, str]:
    message = {"text": finding.message}
    if finding.suggestion:
        label = t("suggestion", lang)
        message["markdown"] = (
            f"{_markdown(finding.message)}\n\n**{label}:** {_markdown(finding.suggestion)}"
        )
    return message


def result(finding: Finding, index: int, fingerprint: str, lang: str) -> dict[str, Any]:
    location = {
        "physicalLocation": {
            "artifactLocation": artifact_location(finding.path),
            "region": region(finding),
        }
    }
    entry: dict[str, Any] = {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": _message(finding, lang),
        "locations": [location],
    }
    if finding.related:
        entry["relatedLocations"] = _related_locations(finding, lang)
    entry["partialFingerprints"] = {FINGERPRINT_KEY: fingerprint}
    properties: dict[str, Any] = {"category": finding.category}
    if finding.suggestion:
        properties["suggestion"] = finding.suggestion
    entry["properties"] = properties
    return entry


def _driver(rules: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    driver: dict[str, Any] = {"name": "camket", "version": __version__}
    uri = _information_uri()
    if uri:
        driver["informationUri"] = uri
    driver["language"] = LANGUAGE_TAGS.get(lang, lang)
    driver["rules"] = rules
    return driver


def _run(rules: list[dict[str, Any]], results: list[dict[str, Any]], lang: str) -> dict[str, Any]:
    run = {
        "tool": {"driver": _driver(rules, lang)},
        "language": LANGUAGE_TAGS.get(lang, lang),
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": SARIF_VERSION, "runs": [run]}


def _descriptors(report: Report, context: Context) -> list[dict[str, Any]]:
    """Every loaded rule, and every other rule a finding names (a report made by hand)."""
    unknown = report.rule_codes() - {rule.id for rule in context.rules}
    sample = [f for f in report.findings if f.rule in unknown] if unknown else []
    return rule_descriptors(sample, context.rules, context.lang)


def _results(findings: list[Finding], index: dict[str, int], lang: str) -> list[dict[str, Any]]:
    """The results of one path's findings, in the log's order."""
    ordered = sorted(findings, key=_order)
    return [
        result(finding, index[finding.rule], fingerprint, lang)
        for finding, fingerprint in zip(ordered, fingerprints(ordered), strict=True)
    ]


def as_log(report: Report, context: Context) -> dict[str, Any]:
    """The whole log as one object (every finding in memory: for a few files)."""
    rules = _descriptors(report, context)
    index = {descriptor["id"]: number for number, descriptor in enumerate(rules)}
    results = [
        entry
        for group in report.by_file()
        for entry in _results(group.findings, index, context.lang)
    ]
    return _run(rules, results, context.lang)


_RESULTS = '"results": []'
_RESULT_INDENT = "\n        "  # a result's depth in the log (runs → run → results → result)


def write(report: Report, context: Context, out: TextIO) -> None:
    """The log as json.dumps(as_log(…), indent=2) writes it, written one path's results at a
    time."""
    rules = _descriptors(report, context)
    index = {descriptor["id"]: number for number, descriptor in enumerate(rules)}
    skeleton = json.dumps(_run(rules, [], context.lang), ensure_ascii=False, indent=2)
    head, _, tail = skeleton.rpartition(_RESULTS)
    out.write(json_escaped(head + '"results": ['))
    written = False
    for group in report.by_file():
        entries = [
            json.dumps(entry, ensure_ascii=False, indent=2).replace("\n", _RESULT_INDENT)
            for entry in _results(group.findings, index, context.lang)
        ]
        if entries:
            joined = (
                ("," if written else "") + _RESULT_INDENT + ("," + _RESULT_INDENT).join(entries)
            )
            out.write(json_escaped(joined))
            written = True
    out.write(json_escaped(("\n      ]" if written else "]") + tail) + "\n")


def render(report: Report, context: Context) -> str:
    buffer = io.StringIO()
    write(report, context, buffer)
    return buffer.getvalue()
