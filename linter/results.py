"""A run's report: the checked files and their findings, given one file at a time.

A run keeps no finding and no document in memory: its report reads them from the run's store
(linter.store) file by file, in the report's order (by path; within a path by line, column and
rule), with the batch stage's hits on the file made into findings there, the suppressions of
.camket-ignore.yaml and the baseline left out, and counts as it goes. Every report format writes
from `by_file`, so writing a report of any size holds one file's findings at a time; the exit
code and the summaries need only the counts.

`findings` and `documents` gather them all at once, for the commands that check a few files
(evaluate, serve, annotate) and for tests; a report can also be made of findings in memory
(Report(findings=[…])), which `by_file` gives in their order.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import TYPE_CHECKING

from linter.findings import SEVERITIES, Finding, Hit

if TYPE_CHECKING:
    from linter.brief import Brief
    from linter.document import Document
    from linter.sources import Skipped
    from linter.store import RunStore
    from linter.suppress import Entry


@dataclass(frozen=True)
class FileEntry:
    path: str
    unit: str
    kind: str | None
    date: dt.date | None
    number: str | None
    error: str | None = None
    # A report's period (midyear | yearend) and the year it is for: extra keys of its entry.
    period: str | None = None
    year: int | None = None

    def as_dict(self) -> dict[str, object]:
        entry: dict[str, object] = {
            "path": self.path,
            "unit": self.unit,
            "kind": self.kind,
            "date": self.date.isoformat() if self.date else None,
            "number": self.number,
            "error": self.error,
        }
        if self.period is not None:
            entry["period"] = self.period
            entry["year"] = self.year
        return entry


class FileFindings:
    """The findings on one path, in the report's order, and the document they are on (loaded
    when asked for)."""

    __slots__ = ("_document", "_load", "findings", "path")

    def __init__(
        self, path: str, findings: list[Finding], load: Callable[[], Document | None]
    ) -> None:
        self.path = path
        self.findings = findings
        self._load: Callable[[], Document | None] | None = load
        self._document: Document | None = None

    def document(self) -> Document | None:
        if self._load is not None:
            self._document, self._load = self._load(), None
        return self._document


@dataclass
class Tally:
    """Counts of the findings a pass over the report gave."""

    findings: int = 0
    by_severity: Counter[str] = field(default_factory=Counter)
    by_category: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    baselined: int = 0  # left out because the baseline has them

    def add(self, findings: Sequence[Finding]) -> None:
        self.findings += len(findings)
        for finding in findings:
            self.by_severity[finding.severity] += 1
            self.by_category[finding.category] += 1
            self.by_rule[finding.rule] += 1


Stamp = Callable[[str, "Document", Hit], Finding]  # a batch hit (by rule code) as a finding


class Stored:
    """Where a run's report reads its files' findings: the store, the store index of each
    reported file, the findings on no stored document (an internal error, an unused ignore
    entry), how a batch hit becomes a finding, and the ignore entries' work done ahead."""

    def __init__(self, store: RunStore, indices: list[int], stamp: Stamp) -> None:
        self.store = store
        self.indices = indices
        self.stamp = stamp
        self.extras: list[Finding] = []  # found by the batch stage on no one document's behalf
        self.late: list[Finding] = []  # added after the ignore entries were applied (CK008)
        self.kept: dict[str, list[Finding]] = {}  # the paths ignore entries name: what is left
        self.rule_codes: set[str] = set()  # every rule with a finding (before any is left out)

    def raw(self, path: str, indices: Sequence[int], extras: Sequence[Finding]) -> FileFindings:
        """The findings on `path` before ignore entries and the baseline: its analyses', the
        batch stage's made into findings, then the extras, sorted as the report is."""
        store = self.store
        findings: list[Finding] = []
        for index in indices:
            if index < len(store.finding_counts) and store.finding_counts[index]:
                findings.extend(store.findings(index))
        documents: dict[int, Document | None] = {}
        for index in indices:
            if not store.has_hits(index):
                continue
            document = documents[index] = store.document(index)
            assert document is not None  # hits are found on parsed documents only
            findings.extend(self.stamp(rule, document, hit) for rule, hit in store.hits(index))
        findings.extend(extras)
        findings.sort(key=Finding.sort_key)
        last = indices[-1] if indices else None

        def load() -> Document | None:
            if last is None:
                return None
            if last not in documents:
                documents[last] = store.document(last)
            return documents[last]

        return FileFindings(path, findings, load)


class Report:
    """The checked files (`files`, in the order found), their findings and documents, and what
    the summaries say besides: files read only to compare with (`context_files`), findings left
    out by .camket-ignore.yaml (`suppressed`) or by the baseline (`baselined`), each unit's unit
    above (`parents`), files found but not checkable (`skipped`). `briefs` are the parsed
    documents as the batch stage kept them (linter.brief): what the reports' summaries read of
    the headers, dates and kinds."""

    def __init__(
        self,
        files: list[FileEntry] | None = None,
        findings: list[Finding] | None = None,
        documents: list[Document] | None = None,
        suppressed: int = 0,
        baselined: int = 0,
        context_files: int = 0,
        parents: dict[str, str] | None = None,
        skipped: list[Skipped] | None = None,
        briefs: list[Brief] | None = None,
        stored: Stored | None = None,
    ) -> None:
        self.files = files if files is not None else []
        self.suppressed = suppressed
        self.baselined = baselined
        self.context_files = context_files
        self.parents = parents if parents is not None else {}
        self.skipped = skipped if skipped is not None else []
        self.baseline: set[tuple[str, str, str]] | None = None  # (path, rule, text hash)
        self._findings = findings if findings is not None or stored is not None else []
        self._documents = documents if documents is not None or stored is not None else []
        self._briefs = briefs
        self._stored = stored
        self._tally: Tally | None = None

    # --- all at once -----------------------------------------------------------------------

    @property
    def findings(self) -> list[Finding]:
        """Every finding, in the report's order (gathered from the store the first time)."""
        if self._findings is None:
            self._findings = [f for group in self.by_file() for f in group.findings]
        return self._findings

    @findings.setter
    def findings(self, findings: list[Finding]) -> None:
        self._findings = findings
        self._tally = None

    @property
    def documents(self) -> list[Document]:
        """The parsed documents of the reported files (loaded from the store the first time)."""
        if self._documents is None:
            stored = self._stored
            assert stored is not None
            loaded = (stored.store.document(index) for index in stored.indices)
            self._documents = [document for document in loaded if document is not None]
        return self._documents

    @documents.setter
    def documents(self, documents: list[Document]) -> None:
        self._documents = documents

    @property
    def briefs(self) -> list[Brief]:
        if self._briefs is None:
            from linter.brief import briefs_of

            self._briefs = briefs_of(self.documents)
        return self._briefs

    # --- one file at a time ----------------------------------------------------------------

    def by_file(self) -> Iterator[FileFindings]:
        """The findings of each path that has any, in the report's order, the baseline's left
        out; a pass to its end leaves its counts in `tally()`."""
        tally = Tally()
        groups = self._stored_groups() if self._findings is None else self._memory_groups()
        for group in groups:
            if self.baseline is not None:
                group.findings = self._without_baseline(group.findings, tally)
                if not group.findings:
                    continue
            tally.add(group.findings)
            yield group
        self._tally = tally
        if self.baseline is not None:
            self.baselined = tally.baselined

    def tally(self) -> Tally:
        """The counts of the last whole pass (one is made if none was)."""
        if self._tally is None:
            for _ in self.by_file():
                pass
        assert self._tally is not None
        return self._tally

    def failed(self, fail_on: str) -> bool:
        threshold = SEVERITIES.index(fail_on)
        counts = self.tally().by_severity
        return any(counts[severity] for severity in SEVERITIES[: threshold + 1])

    def rule_codes(self) -> set[str]:
        """The rules of the findings (before ignore entries and the baseline leave any out)."""
        if self._findings is not None:
            return {finding.rule for finding in self._findings}
        assert self._stored is not None
        return set(self._stored.rule_codes)

    def close(self) -> None:
        """Remove the run's store (its folder); the report can no longer be read."""
        if self._stored is not None:
            self._stored.store.close()

    def __enter__(self) -> Report:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _without_baseline(self, findings: list[Finding], tally: Tally) -> list[Finding]:
        from linter.suppress import text_hash

        baseline = self.baseline or set()
        kept = [f for f in findings if (f.path, f.rule, text_hash(f.excerpt)) not in baseline]
        tally.baselined += len(findings) - len(kept)
        return kept

    def _memory_groups(self) -> Iterator[FileFindings]:
        """Findings in memory, by runs of one path, in their order."""
        assert self._findings is not None
        documents: dict[str, Document] | None = None

        def loader(path: str) -> Callable[[], Document | None]:
            def load() -> Document | None:
                nonlocal documents
                if self._stored is not None:  # gathered from a store: read it again there
                    index = self._index_of().get(path)
                    return None if index is None else self._stored.store.document(index)
                if documents is None:
                    documents = {document.path: document for document in self.documents}
                return documents.get(path)

            return load

        for path, findings in groupby(self._findings, key=lambda f: f.path):
            yield FileFindings(path, list(findings), loader(path))

    def _index_of(self) -> dict[str, int]:
        assert self._stored is not None
        return {
            entry.path: index for entry, index in zip(self.files, self._stored.indices, strict=True)
        }

    def paths(self) -> tuple[dict[str, list[int]], dict[str, list[Finding]]]:
        """Each reported path's store indices, and the extra findings by path."""
        stored = self._stored
        assert stored is not None
        indices: dict[str, list[int]] = defaultdict(list)
        for entry, index in zip(self.files, stored.indices, strict=True):
            indices[entry.path].append(index)
        extras: dict[str, list[Finding]] = defaultdict(list)
        for finding in stored.extras:
            extras[finding.path].append(finding)
        return indices, extras

    def _stored_groups(self) -> Iterator[FileFindings]:
        stored = self._stored
        assert stored is not None
        indices, extras = self.paths()
        late: dict[str, list[Finding]] = defaultdict(list)
        for finding in stored.late:
            late[finding.path].append(finding)
        for path in sorted(indices.keys() | extras.keys() | late.keys()):
            group = stored.raw(path, indices.get(path, ()), extras.get(path, ()))
            if path in stored.kept:
                group.findings = list(stored.kept[path])
            if path in late:
                group.findings = sorted(group.findings + late[path], key=Finding.sort_key)
            if group.findings:
                yield group


def apply_ignore_entries(
    report: Report, entries: Sequence[Entry], unused: Callable[[Entry], Finding] | None
) -> None:
    """Leave out the findings .camket-ignore.yaml entries name, and report (with `unused`)
    the entries that name none. Only the paths an entry names are read for this, ahead."""
    from linter.files import real_path
    from linter.suppress import entry_matches

    stored = report._stored
    assert stored is not None
    named = {entry.key()[0] for entry in entries}
    indices, extras = report.paths()
    used: set[Entry] = set()
    for path in sorted(indices.keys() | extras.keys()):
        if real_path(path) not in named:
            continue
        group = stored.raw(path, indices.get(path, ()), extras.get(path, ()))
        kept, matched = entry_matches(group.findings, entries)
        used |= matched
        report.suppressed += len(group.findings) - len(kept)
        stored.kept[path] = kept
    if unused is not None:
        stored.late.extend(unused(entry) for entry in entries if entry not in used)


def sidecar_entries(paths: Sequence[str]) -> list[Entry]:
    from linter.suppress import load_sidecar, sidecars_for

    return [entry for sidecar in sidecars_for(paths) for entry in load_sidecar(sidecar)]
