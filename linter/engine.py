"""Run the checks: read each file, parse it, run the selected rules, stamp and sort findings."""

from __future__ import annotations

import contextlib
import itertools
import os
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from linter.batch import BatchOptions, CopyJoin, PartlyFailed
from linter.brief import Brief, briefs_of
from linter.checks import KINDS
from linter.checks.duplicate import PAIR_CHECKS, _Entry, copies_of_unit, document_prints
from linter.config import Settings
from linter.document import Document
from linter.files import real_path
from linter.findings import Finding, Hit
from linter.parse import parse
from linter.read import legacy, read
from linter.read.error import ReadError
from linter.results import FileEntry, Report, Stored, apply_ignore_entries, sidecar_entries
from linter.roles import part_example, role_example
from linter.rules import Rule
from linter.sections import Part, default_parts, template_parts
from linter.sidework import SideWork
from linter.sources import IMAGE_SUFFIXES, Skipped, Source, discover
from linter.suppress import apply as apply_suppressions
from linter.trace.headings import HeadingSpec, spec_of

if TYPE_CHECKING:
    from linter.store import Packed, RunStore
    from linter.trace.ahead import ReviewsAhead

EXCERPT_LIMIT = 300


def selected(rule: Rule, selectors: Iterable[str]) -> bool:
    """A selector names a rule by code (or code prefix), dotted name (or prefix) or category,
    in any case ("ck101" is CK101)."""
    code, name, category = rule.id.casefold(), rule.name.casefold(), rule.category.casefold()
    for selector in selectors:
        wanted = selector.casefold()
        if wanted in (code, name, category):
            return True
        if code.startswith(wanted) or name.startswith(wanted + "."):
            return True
    return False


def active_rules(rules: Iterable[Rule], settings: Settings) -> list[Rule]:
    chosen = [r for r in rules if not settings.select or selected(r, settings.select)]
    return [r for r in chosen if not selected(r, settings.ignore)]


class _Defaults(dict):  # type: ignore[type-arg]
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _suggestion(rule: Rule, document: Document, hit: Hit, lang: str) -> str | None:
    """The rule's suggestion for the writer's role, its examples filled: {example} one for
    the role, {part_example} one for the template part the finding lies in."""
    role = document.outline.header.role_key
    text = rule.suggestion_for(role, lang)
    if text is None or ("{example}" not in text and "{part_example}" not in text):
        return text
    examples = {"example": role_example(role, lang, seed=hit.line)}
    if "{part_example}" in text:
        part = _part_at(document, hit.line)
        examples["part_example"] = part_example(part, role, lang, seed=hit.line)
    return text.format_map(_Defaults(examples))


def _part_at(document: Document, line: int) -> int | None:
    """The template part a line lies in (its first, for a heading naming two; 0 in the body
    of a commitment not divided into parts), None outside any part."""
    for section in document.outline.sections:
        if section.heading_line <= line <= section.last_line and section.all_parts:
            return section.all_parts[0]
    return None


def _localised(values: dict[str, Any], lang: str) -> dict[str, Any]:
    """A check gives words that fill a message as {"vi": …, "en": …}; figures and paths as is."""
    return {
        key: (value.get(lang) or value["vi"]) if isinstance(value, dict) else value
        for key, value in values.items()
    }


def stamp(rule: Rule, document: Document, hit: Hit, lang: str) -> Finding:
    """A Finding from a check's Hit: original columns, excerpt, message in the chosen language."""
    first, last = document.line(hit.line), document.line(hit.end_line)
    column = first.column_span(hit.start, hit.start + 1)[0] if first.clean else 1
    end_column = last.column_span(hit.end - 1, hit.end)[1] if last.clean else 1
    if hit.line == hit.end_line:
        excerpt = first.text[column - 1 : end_column - 1]
    else:
        spanned = [document.line(n).text.strip() for n in range(hit.line, hit.end_line + 1)]
        excerpt = " / ".join(t for t in spanned if t)
    if len(excerpt) > EXCERPT_LIMIT:
        excerpt = excerpt[: EXCERPT_LIMIT - 1] + "…"
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        path=document.path,
        line=hit.line,
        column=column,
        end_line=hit.end_line,
        end_column=end_column,
        excerpt=excerpt,
        message=rule.text(lang).format_map(_Defaults(_localised(hit.values, lang))),
        suggestion=_suggestion(rule, document, hit, lang),
        related=hit.related,
        figure=_figure(hit),
    )


def _figure(hit: Hit) -> int | None:
    similarity = hit.values.get("similarity")
    return similarity if isinstance(similarity, int) else None


def file_finding(rule: Rule, path: str, line: int, values: dict[str, object], lang: str) -> Finding:
    """A finding about a file rather than a span of text (unreadable input, a stale ignore entry)."""
    return Finding(
        rule=rule.id,
        category=rule.category,
        severity=rule.severity,
        path=path,
        line=line,
        column=1,
        end_line=line,
        end_column=1,
        excerpt="",
        message=rule.text(lang).format_map(_Defaults(_localised(values, lang))),
        suggestion=rule.suggestion_for(None, lang),
    )


def input_finding(rule: Rule, source: Source, error: ReadError, lang: str) -> Finding:
    return file_finding(rule, source.display, 1, {"detail": error.detail}, lang)


VAGUE_CATEGORIES = ("vague", "specificity")


def check_document(document: Document, rules: Iterable[Rule], lang: str) -> list[Finding]:
    """Run each kind once over its rules; an item already reported as vague is not reported again."""
    applicable = [rule for rule in rules if document.outline.kind in rule.applies_to]
    findings: list[Finding] = []
    flagged: set[tuple[int, int]] = set()
    for kind in KINDS.values():
        mine = [rule for rule in applicable if rule.kind == kind.name]
        if kind.check is None or not mine:
            continue
        for rule, hit in kind.check(document, mine, flagged):
            findings.append(stamp(rule, document, hit, lang))
            # An information (a general pledge, CK206) does not stand in for a warning: the
            # part that holds only pledges is still reported on its heading.
            if rule.category in VAGUE_CATEGORIES and rule.severity != "info":
                flagged.add((hit.line, hit.start))
    return findings


BatchHit = Callable[[int, Rule, Brief, Hit], None]  # (check kind's number, rule, owner, hit)
# (check kind's number, its name, error, whether the kind's hits so far stand)
BatchFailure = Callable[[int, str, Exception, bool], None]


def run_batch(
    briefs: Sequence[Brief],
    rules: Sequence[Rule],
    settings: Settings,
    hit: BatchHit,
    failed: BatchFailure,
    parents: dict[str, str] | None = None,
    copy_join: CopyJoin | None = None,
    ahead: dict[str, object] | None = None,
) -> None:
    """The checks that compare documents (copies, dates, members' reports, the archive), once
    every document is parsed, on their briefs: each hit is told to `hit`; a camket bug in one
    check kind is told to `failed`, and loses that kind's hits only (`parents`: each unit's
    unit above; `copy_join`: where the copy seeds are found, if not here; `ahead`: what
    UnitsAhead found)."""
    options = BatchOptions(
        settings.across_units,
        settings.form_lines,
        settings.units,
        dict(parents or {}),
        settings.reviews,
        settings.archive,
        copy_join,
        dict(ahead or {}),
    )
    for group, kind in enumerate(KINDS.values()):
        mine = [rule for rule in rules if rule.kind == kind.name]
        if kind.batch is None or not mine:
            continue
        try:
            for rule, owner, found in kind.batch(briefs, mine, options):
                hit(group, rule, owner, found)
        except PartlyFailed as error:  # a bug on some reports: the kind's other hits stand
            if os.environ.get("CAMKET_DEBUG"):
                for _, cause in error.failures:
                    traceback.print_exception(cause)
            failed(group, kind.name, error, True)
        except Exception as error:
            if os.environ.get("CAMKET_DEBUG"):
                traceback.print_exc()
            failed(group, kind.name, error, False)


def _internal_errors(
    rules: Mapping[str, Rule], briefs: Sequence[Brief], kind: str, error: Exception, lang: str
) -> list[Finding]:
    """What a check kind that failed reports: CK023 on each report a bug left untraced when
    the kind went on with the others, else CK009 for the whole kind on the batch's first
    document."""
    if isinstance(error, PartlyFailed):
        rule = rules.get("CK023")
        if rule is None:
            return []
        return [
            file_finding(rule, path, 1, {"detail": type(cause).__name__}, lang)
            for path, cause in error.failures
        ]
    rule = rules.get("CK009")
    if rule is None or not briefs:
        return []
    values = {"detail": type(error).__name__, "kind": kind}
    return [file_finding(rule, min(brief.path for brief in briefs), 1, values, lang)]


def check_batch(
    documents: Sequence[Document],
    rules: list[Rule],
    settings: Settings,
    internal: Mapping[str, Rule] | None = None,
    parents: dict[str, str] | None = None,
    copy_join: CopyJoin | None = None,
    ahead: dict[str, object] | None = None,
) -> list[Finding]:
    """The findings of the checks that compare documents, for documents in memory (a run
    keeps briefs and its store instead: see run); `internal`: the rules by id that report a
    check's own failure (CK009, CK023), none reported without them."""
    documents = list(documents)
    briefs = briefs_of(documents)
    found: dict[int, list[Finding]] = defaultdict(list)

    def hit(group: int, rule: Rule, owner: Brief, found_hit: Hit) -> None:
        found[group].append(stamp(rule, documents[owner.index], found_hit, settings.lang))

    def failed(group: int, kind: str, error: Exception, kept: bool) -> None:
        reported = _internal_errors(internal or {}, briefs, kind, error, settings.lang)
        found[group] = [*(found[group] if kept else ()), *reported]

    run_batch(briefs, rules, settings, hit, failed, parents, copy_join, ahead)
    return [finding for group in sorted(found) for finding in found[group]]


@dataclass(frozen=True)
class Analysis:
    """What the per-document stage makes of one file: its entry, the parsed document (none
    when it could not be read) and its findings. Made in a worker or taken from the cache."""

    entry: FileEntry
    document: Document | None
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class DocumentJob:
    """Everything the per-document stage needs, small enough to send to worker processes."""

    rules: tuple[Rule, ...]  # every loaded rule: input rules report by code even when inactive
    active: tuple[Rule, ...]
    parts: tuple[Part, ...]
    split: bool  # sentences matter only to the per-document checks; copies need the text
    lang: str
    review_headings: HeadingSpec | None = None  # camket.yaml's own, else the built-in ones

    def analyse(self, source: Source, data: bytes | None = None) -> Analysis:
        """The analysis of one file (`data`: its bytes, already loaded). Whatever goes wrong
        with this file — a reader's or a library's exception, running out of memory — is
        this file's input finding, never the end of the batch."""
        try:
            lines, fmt, encoding = read(source, data)
        except ReadError as error:
            return self.unreadable(source, error)
        except Exception as error:  # a library failing on a file it could not handle
            return self.unreadable(source, _library_failure(error))
        document = Document(source.display, source.unit, fmt, lines, encoding)
        try:
            document.outline = parse(document, self.parts, self.split, self.review_headings)
            findings = check_document(document, self.active, self.lang)
            if any(rule.kind == "duplicate" for rule in self.active):
                document_prints(document)  # here, in parallel and cached, not in the batch stage
        except MemoryError:
            return self.unreadable(source, ReadError("CK019", _OUT_OF_MEMORY))
        except Exception as error:  # a camket bug must not lose the rest of the batch
            if os.environ.get("CAMKET_DEBUG"):
                traceback.print_exc()
            return self.unreadable(source, ReadError("CK007", type(error).__name__))
        outline = document.outline
        entry = FileEntry(
            source.display,
            source.unit,
            outline.kind,
            outline.date,
            outline.number,
            period=outline.period,
            year=outline.title_year if outline.period else None,
        )
        return Analysis(entry, document, (*self._converted(source, encoding), *findings))

    def warm(self) -> None:
        """Load what analysing a file will need (underthesea's models, the vague judgement's
        tables), so that forked workers share one copy instead of each loading its own."""
        if self.split:
            from linter import concrete, segment

            segment.preload()
            concrete.preload()

    def _converted(self, source: Source, encoding: str | None) -> tuple[Finding, ...]:
        """The info finding that a file typed in TCVN3 or VNI was converted (CK010)."""
        names = [legacy.NAMES[e] for e in (encoding or "").split("+") if e in legacy.NAMES]
        if not names or not self._active("CK010"):
            return ()
        rule = next(rule for rule in self.rules if rule.id == "CK010")
        return (file_finding(rule, source.display, 1, {"encoding": ", ".join(names)}, self.lang),)

    def _active(self, code: str) -> bool:
        return any(rule.id == code for rule in self.active)

    def unreadable(self, source: Source, error: ReadError) -> Analysis:
        """A file that could not be read or checked; its finding unless its rule is off (an
        internal error is always reported)."""
        if error.code == "CK004" and source.path.suffix.lower() in IMAGE_SUFFIXES:
            error = ReadError("CK022", source.path.suffix.lower())  # a photo or scan: OCR it
        rule = next(rule for rule in self.rules if rule.id == error.code)
        finding = input_finding(rule, source, error, self.lang)
        entry = FileEntry(source.display, source.unit, None, None, None, finding.message)
        reported = error.code == "CK007" or self._active(error.code)
        return Analysis(entry, None, (finding,) if reported else ())


_OUT_OF_MEMORY = {"vi": "hết bộ nhớ khi phân tích", "en": "out of memory while analysing it"}


def _library_failure(error: Exception) -> ReadError:
    """A reading library's own exception (not a ReadError) as the file's input finding."""
    if os.environ.get("CAMKET_DEBUG"):
        traceback.print_exc()
    if isinstance(error, MemoryError):
        return ReadError(
            "CK019", {"vi": "hết bộ nhớ khi đọc", "en": "out of memory while reading it"}
        )
    if isinstance(error, RecursionError):
        return ReadError("CK019", {"vi": "cấu trúc lồng nhau quá sâu", "en": "nested too deeply"})
    name = type(error).__name__
    return ReadError(
        "CK018", {"vi": f"thư viện đọc tệp báo lỗi {name}", "en": f"the reader failed with {name}"}
    )


def document_job(rules: list[Rule], settings: Settings) -> DocumentJob:
    active = active_rules(rules, settings)
    parts = template_parts(settings.template) if settings.template else default_parts()
    split = any(KINDS[rule.kind].check is not None for rule in active)
    headings = spec_of(settings.review_headings) if settings.review_headings else None
    return DocumentJob(tuple(rules), tuple(active), tuple(parts), split, settings.lang, headings)


class Stages(Protocol):
    """Where the per-document stage and the seeds of the copy join run when not on this
    machine (linter.distributed: a Dask cluster). The findings are the same wherever they run."""

    def analyse_all(
        self,
        sources: Sequence[Source],
        job: DocumentJob,
        timeout: float,
        progress: Callable[[int, int], None] | None,
        each: Callable[[int, Analysis], None],
    ) -> None:
        """Tell `each` of every source's analysis as it is made (keeping none)."""

    def copy_seeds(
        self, members: Sequence[Brief], across_units: bool, form: frozenset[int]
    ) -> dict[tuple[int, int], list[tuple[int, int]]] | None: ...


def run(
    paths: Iterable[Path],
    rules: list[Rule],
    settings: Settings,
    progress: Callable[[int, int], None] | None = None,
    sources: list[Source] | None = None,
    each: Callable[[Source, Analysis], None] | None = None,
    stages: Stages | None = None,
) -> Report:
    """Check every file under `paths` (`sources`: what discovering them gave already); an
    unreadable file becomes an `input` finding. The per-document stage runs on
    `settings.jobs` processes and through the cache when `settings.cache_dir` is set, or on
    `stages` (a cluster) with the copy join's seeds; the result is the same whatever runs it.
    `each` is told of each file's analysis as soon as it is made, before the batch stage (the
    archive records documents as they come).

    Each analysis is put in the run's store (linter.store) as it comes and only its brief is
    kept, so memory does not grow with the batch; the report reads the store file by file.
    Close the report (or leave the process) to remove the store."""
    from linter.store import RunStore, spill_parent

    skipped: list[Skipped] = []
    if sources is None:
        sources = discover(paths, settings.exclude, skipped=skipped)
    if settings.form_paths:  # the blank form itself is not a submission
        forms = {real_path(form) for form in settings.form_paths}
        sources = [s for s in sources if real_path(s.path) not in forms]
    store = RunStore(spill_parent(settings.cache_dir))
    try:
        return _Run(sources, rules, settings, store).report(progress, each, stages, skipped)
    except BaseException:
        store.close()
        raise


class _Run:
    """One run: the analyses taken in as they come, then the batch stage, into a report."""

    def __init__(
        self, sources: list[Source], rules: list[Rule], settings: Settings, store: RunStore
    ) -> None:
        self.sources = sources
        self.settings = settings
        self.store = store
        self.by_id = {rule.id: rule for rule in rules}
        self.job = document_job(rules, settings)
        self.entries: list[FileEntry | None] = [None] * len(sources)
        self.briefs: list[Brief | None] = [None] * len(sources)
        self.rule_codes: set[str] = set()
        self.common: dict[str, str] = {}  # one string per unit and header name (Brief.share)
        wanted = _pairs_wanted(self.job.active)
        self.ahead = UnitsAhead(sources, settings.form_lines) if wanted else None
        self.side = SideWork()
        self.reviews_ahead = _reviews_ahead(
            self.job.active, settings, self.side, store.document_bytes
        )

    def report(
        self,
        progress: Callable[[int, int], None] | None,
        each: Callable[[Source, Analysis], None] | None,
        stages: Stages | None,
        skipped: list[Skipped],
    ) -> Report:
        from linter.parallel import analyses

        settings, job = self.settings, self.job
        if stages is None:
            made = analyses(
                self.sources,
                job,
                settings.jobs,
                settings.cache_dir,
                progress,
                settings.timeout,
                self.side,
            )
            self.take_all(made, each)
        else:  # the copy seeds come from the cluster's shuffle; nothing is found ahead
            self.ahead = self.reviews_ahead = None

            def take(index: int, analysis: Analysis) -> None:
                self.take(index, analysis, each)

            stages.analyse_all(self.sources, job, settings.timeout, progress, take)
        self.reviews_ahead = None  # its last commitment read goes: the batch stage holds none
        return self.finish(stages, skipped)

    def take_all(
        self,
        made: Iterable[tuple[int, Analysis | Packed]],
        each: Callable[[Source, Analysis], None] | None,
    ) -> None:
        """Every analysis as it comes; none is held once taken (not even the last)."""
        for index, analysis in made:
            self.take(index, analysis, each)

    def take(
        self,
        index: int,
        made: Analysis | Packed,
        each: Callable[[Source, Analysis], None] | None,
    ) -> None:
        """One file's analysis: told to `each`, put in the store, its brief kept."""
        from linter.store import Packed

        source = self.sources[index]
        if each is not None:
            each(source, made if isinstance(made, Analysis) else made.analysis())
        packed = made if isinstance(made, Packed) else Packed(made)
        brief = packed.brief
        if brief is not None:
            brief.index, brief.store = index, self.store
            brief.share(self.common)
            self.briefs[index] = brief
        reported = not source.context  # else a file read to compare the named files with
        self.store.put(index, packed, reported)
        if reported:
            self.entries[index] = packed.entry
            self.rule_codes |= packed.rules
        if self.ahead is not None:
            self.ahead.analysed(index, brief, packed)
        if self.reviews_ahead is not None:
            self.reviews_ahead.analysed(brief)

    def finish(self, stages: Stages | None, skipped: list[Skipped]) -> Report:
        settings, store = self.settings, self.store
        indices = [i for i, entry in enumerate(self.entries) if entry is not None]
        files = [entry for entry in self.entries if entry is not None]
        reported = [b for i, b in enumerate(self.briefs) if b is not None and self.entries[i]]
        compared = [
            b for i, b in enumerate(self.briefs) if b is not None and self.entries[i] is None
        ]
        lang = settings.lang

        def stamp_hit(code: str, document: Document, found: Hit) -> Finding:
            return stamp(self.by_id[code], document, found, lang)

        stored = Stored(store, indices, stamp_hit)
        stored.rule_codes = self.rule_codes
        report = Report(
            files=files,
            context_files=len(self.sources) - len(indices),
            parents=unit_parents(self.sources),
            skipped=skipped,
            briefs=reported,
            stored=stored,
        )
        context = {brief.path for brief in compared}
        everyone = reported + compared

        def hit(group: int, rule: Rule, owner: Brief, found: Hit) -> None:
            if owner.path in context:
                return
            _lines_exist(owner, found)  # as stamping it would: a fault here is the kind's
            store.add_hit(owner.index, group, rule.id, found)
            stored.rule_codes.add(rule.id)

        def failed(group: int, kind: str, error: Exception, kept: bool) -> None:
            if not kept:
                store.fail(group)
            for finding in _internal_errors(self.by_id, everyone, kind, error, lang):
                if finding.path not in context:
                    stored.extras.append(finding)
                    stored.rule_codes.add(finding.rule)

        run_batch(
            everyone,
            list(self.job.active),
            settings,
            hit,
            failed,
            report.parents,
            stages.copy_seeds if stages is not None else None,
            self.ahead.found if self.ahead else None,
        )
        store.flush_hits()
        self.ahead = None
        for brief in everyone:
            brief.lighten()
        entries = sidecar_entries([entry.path for entry in report.files])
        if entries:
            unused_rule = self.by_id.get("CK008")
            active = any(rule.id == "CK008" for rule in self.job.active)
            apply_ignore_entries(
                report,
                entries,
                (lambda entry: _unused_entry(unused_rule, entry, lang))
                if unused_rule is not None and active
                else None,
            )
            stored.rule_codes.update(f.rule for f in stored.late)
        store.sync()
        return report


def _lines_exist(owner: Brief, hit: Hit) -> None:
    """Raise IndexError, as stamping the hit on its document would, for a line it has not."""
    count = len(owner.line_ends)
    for number in (hit.line, hit.end_line):
        if not -count <= number - 1 < count:
            raise IndexError(f"line {number} of {count}")


def _unused_entry(rule: Rule, entry: Any, lang: str) -> Finding:
    """The CK008 finding of an ignore entry that matched nothing."""
    values = {"rule": entry.rule, "path": entry.path, "reason": entry.reason}
    return file_finding(rule, entry.sidecar.as_posix(), entry.line or 1, values, lang)


AHEAD_UNIT_LIMIT = 200  # a unit of more files (a folder of loose files) is left to the batch stage
AHEAD_HELD_LIMIT = 1000  # documents held at most for the units not yet complete


class UnitsAhead:
    """Finds the copies between a unit's members (duplicate.copies_of_unit) as soon as the last
    of the unit's files is analysed, while workers analyse the others: work the batch stage
    would otherwise do after them all, on one core. It finds what the batch stage would: a
    unit's copies depend on the unit's documents alone.

    It holds a unit's fingerprints and syllables until its last file comes, and no more than
    AHEAD_HELD_LIMIT documents' in all: a unit past AHEAD_UNIT_LIMIT files, or one that would
    need more, is left to the batch stage."""

    def __init__(self, sources: Sequence[Source], form_lines: Sequence[str]) -> None:
        self.units = [source.unit for source in sources]
        self.waiting = Counter(self.units)
        self.held: dict[str, list[_Entry]] = defaultdict(list)
        self.holding = 0
        self.left = {unit for unit, count in self.waiting.items() if count > AHEAD_UNIT_LIMIT}
        self.form_lines = tuple(form_lines)
        self.found: dict[str, object] = {}

    def analysed(self, index: int, brief: Brief | None, packed: Packed | None) -> None:
        unit = self.units[index]
        if brief is not None and packed is not None and unit not in self.left:
            if self.holding >= AHEAD_HELD_LIMIT:
                self._leave(unit)
            elif brief.outline.kind == "commitment":  # the only documents compared here
                prints = packed.fingerprints() or brief.prints()
                entry = _Entry(brief, prints=prints, syllables=packed.syllable_text())
                self.held[unit].append(entry)
                self.holding += 1
        self.waiting[unit] -= 1
        if self.waiting[unit] == 0:
            entries = self.held.pop(unit, [])
            self.holding -= len(entries)
            if unit not in self.left:
                # A fault here is the batch stage's to meet again and report (CK009).
                with contextlib.suppress(Exception):
                    self.found[unit] = copies_of_unit(entries, self.form_lines)
            self.left.discard(unit)

    def _leave(self, unit: str) -> None:
        """Give up finding this unit's copies ahead (the batch stage will)."""
        self.left.add(unit)
        self.holding -= len(self.held.pop(unit, []))


def _both(
    first: Callable[[int, Analysis], None] | None, second: Callable[[int, Analysis], None] | None
) -> Callable[[int, Analysis], None] | None:
    """One callback telling both (either may be absent)."""
    if first is None or second is None:
        return first or second

    def tell(index: int, analysis: Analysis) -> None:
        first(index, analysis)
        second(index, analysis)

    return tell


def _reviews_ahead(
    rules: Iterable[Rule],
    settings: Settings,
    side: SideWork,
    document_bytes: Callable[[int], bytes | None],
) -> ReviewsAhead | None:
    """Members' reports traced as their pairs come (linter.trace.ahead), when a review check
    runs and no report is linked by hand; by the workers, while two or more run (`side`)."""
    if settings.reviews or not any(rule.kind == "review" for rule in rules):
        return None
    from linter.trace.ahead import ReviewsAhead

    return ReviewsAhead(side, document_bytes)


def _pairs_wanted(rules: Iterable[Rule]) -> bool:
    return any(r.kind == "duplicate" and r.options.get("check") in PAIR_CHECKS for r in rules)


def unit_parents(sources: Iterable[Source]) -> dict[str, str]:
    """Each unit's unit above, as discovery found them."""
    parents: dict[str, str] = {}
    for source in sources:
        chain = (source.unit, *source.above)
        for unit, above in itertools.pairwise(chain):
            parents.setdefault(unit, above)
    return parents


def recheck(report: Report, rules: list[Rule], settings: Settings) -> Report:
    """The documents of an earlier run checked again with other rules, without reading or
    parsing them again (evaluation compares rule sets on one corpus)."""
    active = active_rules(rules, settings)
    documents = report.documents
    findings = [
        f for document in documents for f in check_document(document, active, settings.lang)
    ]
    findings.extend(check_batch(documents, active, settings, parents=report.parents))
    rechecked = Report(
        files=report.files, findings=findings, documents=documents, parents=report.parents
    )
    _apply_sidecars(rechecked)
    rechecked.findings.sort(key=Finding.sort_key)
    return rechecked


def _apply_sidecars(report: Report) -> None:
    """Drop findings listed in .camket-ignore.yaml files (a report in memory)."""
    entries = sidecar_entries([e.path for e in report.files])
    if not entries:
        return
    before = len(report.findings)
    report.findings, _ = apply_suppressions(report.findings, entries)
    report.suppressed = before - len(report.findings)
