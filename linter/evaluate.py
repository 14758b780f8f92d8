"""Score findings against a labelled corpus (DESIGN.md, "Labels").

vague: the unit is a labelled line. A `vague`/`specificity` finding counts on every line it
spans; on a vague line it is a hit, on a specific line a false alarm; unlabelled lines count
neither way. duplicate: unordered pairs of files linked by a `duplicate` finding (path ↔ each
related), against `copies` and `plan_copies`. date-order: files carrying a `date-order` finding.
Kind and own date: the share of files whose parse matches the label.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from linter.engine import Report
from linter.labels import Labels


@dataclass(frozen=True)
class Score:
    name: str
    true_positives: int
    false_positives: int
    false_negatives: int

    @property
    def precision(self) -> float | None:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else None

    @property
    def recall(self) -> float | None:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else None


@dataclass(frozen=True)
class Accuracy:
    name: str
    correct: int
    total: int
    misses: tuple[str, ...]


def _relative(path: str, root: Path) -> str:
    try:
        return PurePosixPath(Path(path).resolve().relative_to(root.resolve()).as_posix()).as_posix()
    except ValueError:
        return path


def score_vague(report: Report, labels: Labels) -> Score:
    flagged: set[tuple[str, int]] = set()
    for finding in report.findings:
        if finding.category in ("vague", "specificity"):
            path = _relative(finding.path, labels.root)
            flagged.update((path, n) for n in range(finding.line, finding.end_line + 1))
    tp = fp = fn = 0
    for entry in labels.files:
        for line in entry.vague:
            if (entry.path, line.line) in flagged:
                tp += 1
            else:
                fn += 1
        fp += sum(1 for line in entry.specific if (entry.path, line.line) in flagged)
    return Score("vague", tp, fp, fn)


def _pairs(report: Report, labels: Labels, category: str) -> set[frozenset[str]]:
    pairs = set()
    for finding in report.findings:
        if finding.category == category:
            path = _relative(finding.path, labels.root)
            pairs.update(frozenset((path, _relative(r.path, labels.root))) for r in finding.related)
    return {pair for pair in pairs if len(pair) == 2}


def _set_score(name: str, found: set, expected: set) -> Score:
    return Score(name, len(found & expected), len(found - expected), len(expected - found))


def score_duplicates(report: Report, labels: Labels) -> Score:
    expected = {frozenset((c["a"], c["b"])) for c in labels.copies}
    expected |= {frozenset((c["commitment"], c["plan"])) for c in labels.plan_copies}
    return _set_score("duplicate", _pairs(report, labels, "duplicate"), expected)


def score_dates(report: Report, labels: Labels) -> Score:
    found = {_relative(f.path, labels.root) for f in report.findings if f.category == "date-order"}
    expected = {error["path"] for error in labels.date_errors}
    return _set_score("date-order", found, expected)


def parse_accuracy(report: Report, labels: Labels) -> list[Accuracy]:
    files = {_relative(entry.path, labels.root): entry for entry in report.files}
    kind_misses, date_misses = [], []
    for label in labels.files:
        entry = files.get(label.path)
        kind = entry.kind if entry else None
        date = entry.date.isoformat() if entry and entry.date else None
        if kind != label.kind:
            kind_misses.append(f"{label.path}: {kind} ≠ {label.kind}")
        if date != label.date_iso:
            date_misses.append(f"{label.path}: {date} ≠ {label.date_iso}")
    total = len(labels.files)
    return [
        Accuracy("kind", total - len(kind_misses), total, tuple(kind_misses)),
        Accuracy("date", total - len(date_misses), total, tuple(date_misses)),
    ]


def evaluate(report: Report, labels: Labels) -> tuple[list[Score], list[Accuracy]]:
    scores = [
        score_vague(report, labels),
        score_duplicates(report, labels),
        score_dates(report, labels),
    ]
    return scores, parse_accuracy(report, labels)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def render(scores: list[Score], accuracies: list[Accuracy]) -> str:
    lines = [f"{'loại':<12} {'đúng':>5} {'nhầm':>5} {'sót':>5} {'precision':>10} {'recall':>8}"]
    for s in scores:
        lines.append(
            f"{s.name:<12} {s.true_positives:>5} {s.false_positives:>5} {s.false_negatives:>5} "
            f"{_percent(s.precision):>10} {_percent(s.recall):>8}"
        )
    lines.append("")
    for a in accuracies:
        label = {"kind": "loại văn bản", "date": "ngày văn bản"}[a.name]
        lines.append(
            f"{label}: {a.correct}/{a.total} đúng ({_percent(a.correct / a.total if a.total else None)})"
        )
        lines.extend(f"  ✗ {miss}" for miss in a.misses)
    return "\n".join(lines) + "\n"
