"""Score findings against a labelled corpus (DESIGN.md, "Labels").

vague: the unit is a labelled line. A `vague`/`specificity` finding counts on every line it
spans; on a vague line it is a hit, on a specific line a false alarm; unlabelled lines count
neither way. duplicate: unordered pairs of files linked by a finding of a pair rule (a `duplicate`
rule whose `check` is `pairs` or `plan`: path ↔ its related file; a copy reported on both files is
one pair; groups, stock and circulating passages summarise and are not pairs), against `copies`
and `plan_copies`; the reported pairs are also counted by band of similarity (the highest figure
of the pair's messages). date-order: files carrying a `date-order` finding.
Kind and own date: the share of files whose parse matches the label. "vague-no-phrase" is the
vague score with the phrase rules switched off: the specificity model measured on its own;
"vague-phrase-only" the phrase rules alone (what they miss are the paraphrases no phrase names).
Copies are also scored passage by passage with PAN's character measures (see pan.py): a
labelled copy's passage is its `a_lines`/`b_lines` when given, else the items of its `section`
(copies between commitments: a copy between reports counts among the pairs only).
review: per kind of review finding (the `review` rules' `check`), on the files labelled as
reports: a gap is the report and the committed item's line (`related`) against its `gaps`; a
result for nothing committed, a restated result and a rating without evidence are the report
and the line a finding starts on, against `unmatched_results`, `restated_results` and
`unsupported_ratings`; a report with no commitment is the report, against `no_commitment`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from linter.document import Document
from linter.engine import VAGUE_CATEGORIES, Report
from linter.findings import Finding, Related
from linter.labels import Labels
from linter.pan import Link, PanScore, Span, pan_score
from linter.rules import Rule

PAIR_CHECKS = ("pairs", "plan")
# Lower bounds of the similarity bands (percent) the reported pairs are counted in.
BANDS = (65, 75, 85, 95)


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


def pair_rules(rules: Iterable[Rule]) -> set[str]:
    """The rules whose findings link one document to one other: a member's passage copied
    from another member or from a plan."""
    return {r.id for r in rules if r.kind == "duplicate" and r.options.get("check") in PAIR_CHECKS}


def _pair_findings(report: Report, rules: set[str]) -> list[Finding]:
    return [f for f in report.findings if f.rule in rules and f.related]


def _pair_of(finding: Finding, labels: Labels) -> frozenset[str]:
    return frozenset(
        (_relative(finding.path, labels.root), _relative(finding.related[0].path, labels.root))
    )


def _pairs(report: Report, labels: Labels, rules: set[str]) -> set[frozenset[str]]:
    pairs = {_pair_of(finding, labels) for finding in _pair_findings(report, rules)}
    return {pair for pair in pairs if len(pair) == 2}


def _set_score(name: str, found: set, expected: set) -> Score:
    def show(item: object) -> str:
        if isinstance(item, frozenset):
            return " ↔ ".join(sorted(item))
        if isinstance(item, tuple):
            return ":".join(map(str, item))
        return str(item)

    return Score(
        name,
        len(found & expected),
        len(found - expected),
        len(expected - found),
        tuple(sorted(map(show, found - expected))),
        tuple(sorted(map(show, expected - found))),
    )


def _expected_pairs(labels: Labels) -> set[frozenset[str]]:
    expected = {frozenset((c["a"], c["b"])) for c in labels.copies}
    return expected | {frozenset((c["commitment"], c["plan"])) for c in labels.plan_copies}


def score_duplicates(report: Report, labels: Labels, rules: set[str]) -> Score:
    return _set_score("duplicate", _pairs(report, labels, rules), _expected_pairs(labels))


@dataclass(frozen=True)
class Band:
    """Reported pairs whose figure is in [low, high) percent, and how many are labelled copies."""

    low: int
    high: int | None
    reported: int
    labelled: int

    @property
    def precision(self) -> float | None:
        return self.labelled / self.reported if self.reported else None


def similarity_bands(report: Report, labels: Labels, rules: set[str]) -> list[Band]:
    """The reported pairs by band of their figure: the highest similarity their findings'
    messages give."""
    best: dict[frozenset[str], int] = {}
    for finding in _pair_findings(report, rules):
        pair = _pair_of(finding, labels)
        if finding.figure is not None and len(pair) == 2:
            best[pair] = max(best.get(pair, 0), finding.figure)
    expected = _expected_pairs(labels)
    lows = sorted({0, *BANDS}) if any(f < BANDS[0] for f in best.values()) else list(BANDS)
    bands = []
    for low, high in zip(lows, [*lows[1:], None], strict=True):
        inside = [p for p, f in best.items() if f >= low and (high is None or f < high)]
        bands.append(Band(low, high, len(inside), len(set(inside) & expected)))
    return bands


def _section_lines(document: Document, section: object) -> tuple[int, int] | None:
    found = [item for item in document.outline.items if item.part == section]
    if not found:
        return None
    return min(item.line for item in found), max(item.end_line for item in found)


class _Characters:
    """Character offsets of the lines of the corpus's documents, for PAN's measures."""

    def __init__(self, report: Report, labels: Labels) -> None:
        self.documents = {_relative(d.path, labels.root): d for d in report.documents}
        self.starts: dict[str, list[int]] = {}
        for path, document in self.documents.items():
            offsets, total = [], 0
            for line in document.lines:
                offsets.append(total)
                total += len(line.text) + 1
            self.starts[path] = [*offsets, total]

    def span(self, path: str, first: int, last: int) -> Span:
        starts = self.starts[path]
        return Span(path, starts[first - 1], starts[last] - 1)

    def case_span(self, copy: dict, side: str) -> Span | None:
        """The labelled copied passage on one side: `a_lines`/`b_lines` [first, last] when
        given, else the items of the copied section."""
        path = copy[side]
        if path not in self.documents:
            return None
        lines = copy.get(f"{side}_lines") or _section_lines(
            self.documents[path], copy.get("section")
        )
        return self.span(path, lines[0], lines[1]) if lines else None


def pan_duplicates(report: Report, labels: Labels, rules: set[str]) -> PanScore:
    """PAN's character measures for copies between members: cases are the labelled copies with
    a copied section (or line ranges), detections the findings of the pair rules between
    commitments (a copy reported on both sides is one detection: see pan.py)."""
    characters = _Characters(report, labels)
    commitments = {entry.path for entry in labels.files if entry.kind == "commitment"}
    cases = []
    for copy in labels.copies:
        if not {copy["a"], copy["b"]} <= commitments:
            continue
        a, b = characters.case_span(copy, "a"), characters.case_span(copy, "b")
        if a and b:
            cases.append(Link(a, b))
    detections = []
    for finding in _pair_findings(report, rules):
        mine, other = _relative(finding.path, labels.root), finding.related[0]
        theirs = _relative(other.path, labels.root)
        if {mine, theirs} <= commitments and {mine, theirs} <= set(characters.starts):
            detections.append(
                Link(
                    characters.span(mine, finding.line, finding.end_line),
                    characters.span(theirs, other.line or 1, other.end_line or other.line or 1),
                )
            )
    return pan_score(cases, detections)


def score_dates(report: Report, labels: Labels) -> Score:
    found = {_relative(f.path, labels.root) for f in report.findings if f.category == "date-order"}
    expected = {error["path"] for error in labels.date_errors}
    return _set_score("date-order", found, expected)


REVIEW_CHECKS = ("gap", "unmatched", "restated", "rating", "unlinked")


def review_rules(rules: Iterable[Rule]) -> dict[str, set[str]]:
    """The `review` rules by what they check."""
    found: dict[str, set[str]] = {check: set() for check in REVIEW_CHECKS}
    for rule in rules:
        check = rule.options.get("check")
        if rule.kind == "review" and check in found:
            found[check].add(rule.id)
    return found


def _labelled_line(item: Related, labelled: Iterable[int]) -> int | None:
    """The line a gap's item is labelled at: the labelled line within the item's span (a row
    whose first cell only names a group, "Văn thư | Chỉnh lý, lập mục lục hồ sơ …", is labelled
    at the cell that holds the item's text), else the item's first line."""
    end = item.end_line if item.end_line is not None else item.line
    inside = [line for line in labelled if item.line is not None and item.line <= line <= end]
    return min(inside) if inside else item.line


def _review_found(
    report: Report, labels: Labels, rules: Iterable[Rule], expected: dict[str, set]
) -> dict[str, set]:
    reports = {entry.path for entry in labels.files if entry.kind == "report"}
    labelled: dict[tuple[str, str], list[int]] = {}
    for path, commitment, line in expected["gap"]:
        labelled.setdefault((path, commitment), []).append(line)
    codes = {code: check for check, ids in review_rules(rules).items() for code in ids}
    found: dict[str, set] = {check: set() for check in REVIEW_CHECKS}
    for finding in report.findings:
        path, check = _relative(finding.path, labels.root), codes.get(finding.rule)
        if check is None or path not in reports:
            continue
        if check == "gap" and finding.related:
            item = finding.related[0]
            commitment = _relative(item.path, labels.root)
            found[check].add(
                (path, commitment, _labelled_line(item, labelled.get((path, commitment), ())))
            )
        elif check == "unlinked":
            found[check].add(path)
        else:
            found[check].add((path, finding.line))
    return found


def _review_expected(labels: Labels) -> dict[str, set]:
    expected: dict[str, set] = {check: set() for check in REVIEW_CHECKS}
    for entry in labels.files:
        review = entry.review
        if entry.kind != "report" or review is None:
            continue
        expected["gap"] |= {(entry.path, g.commitment, g.item_line) for g in review.gaps}
        for check, lines in (
            ("unmatched", review.unmatched),
            ("restated", review.restated),
            ("rating", review.ratings),
        ):
            expected[check] |= {(entry.path, line.line) for line in lines}
        if review.no_commitment:
            expected["unlinked"].add(entry.path)
    return expected


def score_review(report: Report, labels: Labels, rules: Iterable[Rule]) -> list[Score]:
    """Precision and recall of each kind of review finding (see the module docstring)."""
    expected = _review_expected(labels)
    found = _review_found(report, labels, rules, expected)
    return [_set_score(f"review-{check}", found[check], expected[check]) for check in REVIEW_CHECKS]


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
    accuracies = [
        Accuracy("kind", total - len(kind_misses), total, tuple(kind_misses)),
        Accuracy("date", total - len(date_misses), total, tuple(date_misses)),
    ]
    periods = [label for label in labels.files if label.period is not None]
    if periods:
        misses = []
        for label in periods:
            entry = files.get(label.path)
            period = entry.period if entry else None
            if period != label.period:
                misses.append(f"{label.path}: {period} ≠ {label.period}")
        accuracies.append(
            Accuracy("period", len(periods) - len(misses), len(periods), tuple(misses))
        )
    return accuracies


def evaluate(
    report: Report, labels: Labels, rules: Iterable[Rule]
) -> tuple[list[Score], list[Accuracy]]:
    rules = list(rules)
    scores = [
        score_vague(report, labels),
        score_duplicates(report, labels, pair_rules(rules)),
        score_dates(report, labels),
    ]
    if any(entry.kind == "report" and entry.review is not None for entry in labels.files):
        scores.extend(score_review(report, labels, rules))
    return scores, parse_accuracy(report, labels)


def _percent(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f}%"


def _pan_line(pan: PanScore) -> str:
    def value(x: float | None) -> str:
        return "—" if x is None else f"{x:.3f}"

    return (
        f"sao chép theo ký tự (PAN, {pan.cases} đoạn có nhãn, {pan.detections} phát hiện): "
        f"precision {value(pan.precision)}, recall {value(pan.recall)}, "
        f"granularity {value(pan.granularity)}, plagdet {value(pan.plagdet)}"
    )


def _band_lines(bands: list[Band]) -> list[str]:
    lines = [f"{'  theo mức giống':<16} {'cặp báo':>9} {'có nhãn':>9} {'precision':>10}"]
    for band in bands:
        name = f"{band.low}–{band.high}%" if band.high is not None else f"≥ {band.low}%"
        lines.append(
            f"{'    ' + name:<16} {band.reported:>9} {band.labelled:>9} "
            f"{_percent(band.precision):>10}"
        )
    return lines


def render(
    scores: list[Score],
    accuracies: list[Accuracy],
    details: bool = True,
    pan: PanScore | None = None,
    bands: list[Band] | None = None,
) -> str:
    names = {
        "vague": "chung chung",
        "vague-no-phrase": "  không phrase",
        "vague-phrase-only": "  chỉ phrase",
        "duplicate": "sao chép",
        "date-order": "thứ tự ngày",
        "review-gap": "thiếu kết quả",
        "review-unmatched": "ngoài cam kết",
        "review-restated": "kq nhắc lại",
        "review-rating": "tự xếp loại",
        "review-unlinked": "không cam kết",
    }
    lines = [f"{'loại':<16} {'đúng':>5} {'nhầm':>5} {'sót':>5} {'precision':>10} {'recall':>8}"]
    for s in scores:
        lines.append(
            f"{names.get(s.name, s.name):<16} {s.true_positives:>5} {s.false_positives:>5} "
            f"{s.false_negatives:>5} {_percent(s.precision):>10} {_percent(s.recall):>8}"
        )
    if pan is not None:
        lines.append(_pan_line(pan))
    if bands:
        lines.extend(_band_lines(bands))
    lines.append("")
    for a in accuracies:
        label = {"kind": "loại văn bản", "date": "ngày văn bản", "period": "kỳ báo cáo"}[a.name]
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
