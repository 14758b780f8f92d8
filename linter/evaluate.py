"""Score findings against a labelled corpus (DESIGN.md, "Labels").

vague: the unit is a labelled line. A `vague`/`specificity` finding counts on every line it
spans; on a vague line it is a hit, on a specific line a false alarm; unlabelled lines count
neither way. duplicate: unordered pairs of files linked by a pairwise `duplicate` finding (path ↔ its
one related file; group findings summarise pairs and are not counted again), against `copies` and `plan_copies`. date-order: files carrying a `date-order` finding.
Kind and own date: the share of files whose parse matches the label. "vague-no-phrase" is the
vague score with the phrase rules switched off: the specificity model measured on its own;
"vague-phrase-only" the phrase rules alone (what they miss are the paraphrases no phrase names).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from linter.engine import VAGUE_CATEGORIES, Report
from linter.labels import Labels


@dataclass(frozen=True)
class Score:
    name: str
    true_positives: int
    false_positives: int
    false_negatives: int
    false_alarms: tuple[str, ...] = ()
    misses: tuple[str, ...] = ()

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
        return Path(path).resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path


def restrict(labels: Labels, folder: Path) -> Labels:
    """The labels of the files under `folder` only (a set-aside unit, say)."""
    prefix = _relative(str(folder), labels.root).rstrip("/")
    if prefix in ("", "."):
        return labels

    def inside(path: str) -> bool:
        return path == prefix or path.startswith(prefix + "/")

    return Labels(
        root=labels.root,
        files=[f for f in labels.files if inside(f.path)],
        copies=[c for c in labels.copies if inside(c["a"]) and inside(c["b"])],
        plan_copies=[c for c in labels.plan_copies if inside(c["commitment"])],
        date_errors=[e for e in labels.date_errors if inside(e["path"])],
    )


def score_vague(report: Report, labels: Labels, name: str = "vague") -> Score:
    flagged: dict[tuple[str, int], str] = {}
    for finding in report.findings:
        if finding.category in VAGUE_CATEGORIES:
            path = _relative(finding.path, labels.root)
            for number in range(finding.line, finding.end_line + 1):
                flagged.setdefault((path, number), finding.rule)
    tp, alarms, misses = 0, [], []
    for entry in labels.files:
        for line in entry.vague:
            if (entry.path, line.line) in flagged:
                tp += 1
            else:
                misses.append(f"{entry.path}:{line.line}: {line.text}")
        for line in entry.specific:
            rule = flagged.get((entry.path, line.line))
            if rule:
                alarms.append(f"{entry.path}:{line.line}: [{rule}] {line.text}")
    return Score(name, tp, len(alarms), len(misses), tuple(alarms), tuple(misses))


def _pairs(report: Report, labels: Labels, category: str) -> set[frozenset[str]]:
    pairs = set()
    for finding in report.findings:
        # a pair is a finding with one other side; a group finding (a copy cluster) summarises
        # pairs already reported
        if finding.category == category and len(finding.related) == 1:
            path = _relative(finding.path, labels.root)
            pairs.update(frozenset((path, _relative(r.path, labels.root))) for r in finding.related)
    return {pair for pair in pairs if len(pair) == 2}


def _set_score(name: str, found: set, expected: set) -> Score:
    def show(item: object) -> str:
        return " ↔ ".join(sorted(item)) if isinstance(item, frozenset) else str(item)

    return Score(
        name,
        len(found & expected),
        len(found - expected),
        len(expected - found),
        tuple(sorted(map(show, found - expected))),
        tuple(sorted(map(show, expected - found))),
    )


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


def render(scores: list[Score], accuracies: list[Accuracy], details: bool = True) -> str:
    names = {
        "vague": "chung chung",
        "vague-no-phrase": "  không phrase",
        "vague-phrase-only": "  chỉ phrase",
        "duplicate": "sao chép",
        "date-order": "thứ tự ngày",
    }
    lines = [f"{'loại':<16} {'đúng':>5} {'nhầm':>5} {'sót':>5} {'precision':>10} {'recall':>8}"]
    for s in scores:
        lines.append(
            f"{names.get(s.name, s.name):<16} {s.true_positives:>5} {s.false_positives:>5} "
            f"{s.false_negatives:>5} {_percent(s.precision):>10} {_percent(s.recall):>8}"
        )
    lines.append("")
    for a in accuracies:
        label = {"kind": "loại văn bản", "date": "ngày văn bản"}[a.name]
        share = _percent(a.correct / a.total if a.total else None)
        lines.append(f"{label}: {a.correct}/{a.total} đúng ({share})")
        lines.extend(f"  ✗ {miss}" for miss in a.misses)
    if details:
        for s in scores:
            if s.name in ("vague-no-phrase", "vague-phrase-only"):
                continue
            for title, entries in (("phát hiện nhầm", s.false_alarms), ("bỏ sót", s.misses)):
                if entries:
                    lines.extend(["", f"{names.get(s.name, s.name)} — {title} ({len(entries)}):"])
                    lines.extend(f"  {entry}" for entry in entries)
    return "\n".join(lines) + "\n"
