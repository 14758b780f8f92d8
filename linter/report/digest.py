"""The audit view of a report, shared by the HTML report and the spreadsheet: per file and per
unit counts, copy groups (members linked by copied passages), each file's date status and each
unit's timeline (superior plan → unit plan → commitments)."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from linter import hierarchy
from linter.batch import linked_groups
from linter.brief import Brief
from linter.engine import FileEntry, Report
from linter.findings import Finding
from linter.report.unit_names import unit_names
from linter.rules import Rule

# Date status of a file, from its findings and its own date.
DATE_OK, DATE_WRONG, DATE_MISSING, DATE_NONE = "ok", "wrong", "missing", "none"


@dataclass(frozen=True)
class CopyGroup:
    """Members linked, directly or through one another, by copied passages."""

    number: int  # 1-based, in order of the group's first path
    paths: tuple[str, ...]
    pairs: tuple[Finding, ...]  # the pair findings inside the group


@dataclass(frozen=True)
class FileRow:
    entry: FileEntry
    author: str | None
    role: str | None
    counts: Counter[str]  # category -> findings
    copy_group: int | None
    date_status: str
    date_findings: tuple[Finding, ...]

    @property
    def name(self) -> str:
        return self.author or PurePath(self.entry.path).stem


@dataclass(frozen=True)
class UnitRow:
    unit: str  # the folder's name in the batch
    name: str | None  # as the documents' headers give it (report.unit_names)
    files: int
    commitments: int
    plans: int
    unreadable: int
    counts: Counter[str]
    copy_groups: int
    wrong_dates: int


@dataclass(frozen=True)
class TimelineEntry:
    path: str
    role: str  # superior | plan | member
    label: str
    date: dt.date | None
    wrong: bool
    reasons: tuple[str, ...] = ()  # messages of the date findings on it


@dataclass
class Digest:
    files: list[FileRow] = field(default_factory=list)
    units: list[UnitRow] = field(default_factory=list)
    groups: list[CopyGroup] = field(default_factory=list)
    timelines: dict[str, list[TimelineEntry]] = field(default_factory=dict)

    def unit_files(self, unit: str) -> list[FileRow]:
        return [row for row in self.files if row.entry.unit == unit]

    def unit_groups(self, unit: str) -> list[CopyGroup]:
        paths = {row.entry.path for row in self.unit_files(unit)}
        return [group for group in self.groups if paths & set(group.paths)]


def pair_rule_ids(rules: Iterable[Rule]) -> set[str]:
    """The rules reporting one member's passage copied from another member (not plan copies,
    clusters or stock text): their findings link a copy group."""
    return {
        rule.id
        for rule in rules
        if rule.kind == "duplicate" and rule.options.get("check") == "pairs"
    }


def copy_groups(findings: Iterable[Finding], pair_rules: set[str]) -> list[CopyGroup]:
    collected = Collector(pair_rules, keep_pairs=True)
    collected.add(list(findings))
    return collected.groups()


class Collector:
    """What the audit view needs of the findings, gathered one file's findings at a time (a
    report is read so, and a large one is never all in memory): each path's counts by category
    and date findings, the links of copied passages, and (`keep_pairs`) the pair findings
    themselves, which the HTML report shows."""

    def __init__(self, pair_rules: set[str], keep_pairs: bool = False) -> None:
        self.pair_rules = pair_rules
        self.counts: dict[str, Counter[str]] = {}
        self.date_findings: dict[str, list[Finding]] = {}
        self.links: list[tuple[str, str]] = []
        self.pairs: list[Finding] | None = [] if keep_pairs else None

    def add(self, findings: Sequence[Finding]) -> None:
        for finding in findings:
            counts = self.counts.get(finding.path)
            if counts is None:
                counts = self.counts[finding.path] = Counter()
            counts[finding.category] += 1
            if finding.category == "date-order":
                self.date_findings.setdefault(finding.path, []).append(finding)
            if finding.rule in self.pair_rules and finding.related:
                self.links.extend((finding.path, related.path) for related in finding.related)
                if self.pairs is not None:
                    self.pairs.append(finding)

    def groups(self) -> list[CopyGroup]:
        pairs = self.pairs or []
        return [
            CopyGroup(number, tuple(paths), tuple(f for f in pairs if f.path in paths))
            for number, paths in enumerate(linked_groups(self.links), start=1)
        ]

    def digest(self, report: Report, units: Sequence = ()) -> Digest:
        """`units`: the batch's declared units (camket.yaml), so the timeline uses the same
        plans as the date checks."""
        groups = self.groups()
        rows = _file_rows(report, self, groups)
        units_rows = _unit_rows(rows, groups, unit_names(report))
        return Digest(rows, units_rows, groups, _timelines(report, rows, units))


def _date_status(entry: FileEntry, dated: Sequence[Finding]) -> str:
    """Wrong for any document with a date-order finding (a report can cite a later plan);
    else ok or missing for the commitments and plans whose dates are checked."""
    if dated:
        return DATE_WRONG
    if entry.error or entry.kind not in ("commitment", "plan"):
        return DATE_NONE
    return DATE_OK if entry.date else DATE_MISSING


def _file_rows(report: Report, collected: Collector, groups: list[CopyGroup]) -> list[FileRow]:
    group_of = {path: group.number for group in groups for path in group.paths}
    documents = {document.path: document for document in report.briefs}
    rows = []
    for entry in sorted(report.files, key=lambda e: e.path):
        dated = tuple(collected.date_findings.get(entry.path, ()))
        header = documents[entry.path].outline.header if entry.path in documents else None
        rows.append(
            FileRow(
                entry=entry,
                author=header.author if header else None,
                role=header.role if header else None,
                counts=Counter(collected.counts.get(entry.path, {})),
                copy_group=group_of.get(entry.path),
                date_status=_date_status(entry, dated),
                date_findings=dated,
            )
        )
    return rows


def _unit_rows(
    rows: list[FileRow], groups: list[CopyGroup], names: dict[str, str]
) -> list[UnitRow]:
    by_unit: dict[str, list[FileRow]] = defaultdict(list)
    for row in rows:
        by_unit[row.entry.unit].append(row)
    units = []
    for unit, mine in sorted(by_unit.items()):
        paths = {row.entry.path for row in mine}
        counts: Counter[str] = Counter()
        for row in mine:
            counts.update(row.counts)
        units.append(
            UnitRow(
                unit=unit,
                name=names.get(unit),
                files=len(mine),
                commitments=sum(row.entry.kind == "commitment" for row in mine),
                plans=sum(row.entry.kind == "plan" for row in mine),
                unreadable=sum(row.entry.error is not None for row in mine),
                counts=counts,
                copy_groups=sum(bool(paths & set(group.paths)) for group in groups),
                wrong_dates=sum(row.date_status == DATE_WRONG for row in mine),
            )
        )
    return units


def _timeline_entry(document: Brief, role: str, rows: dict[str, FileRow]) -> TimelineEntry:
    row = rows.get(document.path)
    findings = row.date_findings if row else ()
    label = (row.name if row and role == "member" else None) or PurePath(document.path).name
    return TimelineEntry(
        path=document.path,
        role=role,
        label=label,
        date=document.outline.date,
        wrong=bool(findings) and role != "superior",
        reasons=tuple(f.message for f in findings) if role != "superior" else (),
    )


def _timelines(
    report: Report, rows: list[FileRow], units: Sequence
) -> dict[str, list[TimelineEntry]]:
    tree = hierarchy.build(report.briefs, units, report.parents)
    by_path = {row.entry.path: row for row in rows}
    found: dict[str, list[TimelineEntry]] = {}
    for unit in sorted({document.unit for document in report.briefs}):
        entries = []
        superior = tree.superior_plan(unit)
        plan = tree.unit_plan(unit)
        if superior is not None:
            entries.append(_timeline_entry(superior, "superior", by_path))
        if plan is not None:
            entries.append(_timeline_entry(plan, "plan", by_path))
        members = tree.members.get(unit, [])
        entries += [_timeline_entry(member, "member", by_path) for member in members]
        if members or plan is not None:
            found[unit] = entries
    return found


def digest(report: Report, rules: Iterable[Rule], units: Sequence = ()) -> Digest:
    """The audit view of the whole report (a pass over its findings; see Collector)."""
    collected = Collector(pair_rule_ids(rules), keep_pairs=True)
    for group in report.by_file():
        collected.add(group.findings)
    return collected.digest(report, units)
