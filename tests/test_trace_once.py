"""A run traces each member's report against its commitment once: as soon as both are analysed
(linter.trace.ahead), else in the review check; the check and the reports made after it (the
HTML page's tables, the spreadsheet's sheet) take what was found from the report's brief
instead of matching the two documents again."""

from __future__ import annotations

import linter.engine as engine
import linter.trace.ahead as ahead
import linter.trace.loaded as loaded
from linter.brief import briefs_of
from linter.config import Settings
from linter.engine import run
from linter.report import Context, Format, render
from linter.report.review_rows import member_tables
from linter.rules import load_rules
from linter.trace.review import trace_pair
from tests.conftest import CORPUS, document_from_text
from tests.test_trace_unlabelled import COMMITMENT_BON, REPORT_BON

# a cell whose members' reports hold gaps, restated results, table rows and ratings
CELL = CORPUS / "dang-uy-xa-tan-phuoc" / "chi-bo-tram-y-te"


def _counting(monkeypatch, where=(loaded, ahead)) -> list[str]:
    calls: list[str] = []

    def counted(pair, items=None):
        calls.append(pair.report.path)
        return trace_pair(pair, items)

    for module in where:
        monkeypatch.setattr(module, "trace_pair", counted)
    return calls


def _forget(briefs) -> None:
    for brief in briefs:
        brief.traced = None


def _rows(tables) -> list[tuple]:
    return [
        (table.commitment, row.line, period, outcome)
        for table in tables
        for row in table.rows
        for period, outcomes in sorted(row.outcomes.items())
        for outcome in outcomes
    ]


def _traces(report) -> list[tuple]:
    return [
        (
            brief.path,
            [(t.item.line, t.results, t.blank_rows) for t in trace.items],
            trace.unmatched,
            trace.restated,
            [getattr(u, "line", None) for u in trace.unsupported],
            trace.unread,
        )
        for brief, trace in loaded.traced(report.briefs)
    ]


def test_the_reports_tables_reuse_the_batch_stages_traces_and_say_the_same(monkeypatch):
    calls = _counting(monkeypatch)
    rules = load_rules()
    report = run([CELL], rules, Settings(jobs=1))
    reports = [d for d in report.briefs if d.outline.kind == "report"]
    assert len(reports) >= 15
    assert sorted(calls) == sorted(d.path for d in reports)  # each traced once
    calls.clear()
    context = Context(lang="vi", rules=rules, settings=Settings())
    page = render(report, Format.HTML, context)
    render(report, Format.XLSX, context)
    kept_tables, kept_traces = member_tables(report.briefs), _traces(report)
    assert calls == []  # neither report matched a pair again
    assert "Chưa có kết quả" in page or "chưa có kết quả" in page.lower()
    # what was kept is what tracing again finds
    _forget(reports)
    assert _rows(member_tables(report.briefs)) == _rows(kept_tables)
    _forget(reports)
    assert _traces(report) == kept_traces
    assert len(calls) == 2 * len(reports)
    assert any(t[3] for t in kept_traces) and any(t[4] for t in kept_traces)


def test_a_kept_trace_is_used_only_for_the_commitment_it_was_made_against(monkeypatch):
    calls = _counting(monkeypatch)
    report, commitment = briefs_of(
        [
            document_from_text(REPORT_BON, "kiem-diem-bon.txt"),
            document_from_text(COMMITMENT_BON, "cam-ket-bon.txt"),
        ]
    )
    (first,) = [trace for _, trace in loaded.traced([report, commitment])]
    (again,) = [trace for _, trace in loaded.traced([report, commitment])]
    assert len(calls) == 1
    assert again.commitment is not None and again.commitment.path == "cam-ket-bon.txt"
    assert [(t.item.line, t.results) for t in again.items] == [
        (t.item.line, t.results) for t in first.items
    ]
    # the same report checked without its commitment: traced again, as one with none
    (alone,) = [trace for _, trace in loaded.traced([report])]
    assert len(calls) == 2 and alone.commitment is None and alone.items == []


def _review_findings(report) -> list[tuple]:
    return sorted(
        (f.path, f.line, f.rule, f.message, tuple(f.related or ()))
        for f in report.findings
        if f.category in ("review", "date-order")
    )


def test_reports_are_traced_while_the_others_are_analysed_and_the_findings_stay_the_same(
    monkeypatch,
):
    rules = load_rules()
    before = run([CELL], rules, Settings(jobs=1))
    in_batch = _counting(monkeypatch, where=(loaded,))
    made_ahead = _counting(monkeypatch, where=(ahead,))
    report = run([CELL], rules, Settings(jobs=1))
    reports = [d for d in report.briefs if d.outline.kind == "report"]
    alone = _traced_alone(report)
    assert len(made_ahead) >= 15 and sorted(made_ahead + in_batch) == sorted(calls_of(reports))
    assert set(in_batch) == alone and not alone & set(made_ahead)
    in_batch.clear()
    monkeypatch.setattr(engine, "_reviews_ahead", lambda *arguments: None)
    after = run([CELL], rules, Settings(jobs=1))
    assert len(in_batch) == len(reports)  # without tracing ahead, the check traces them
    findings = _review_findings(after)
    assert any(f[2].startswith("CK6") for f in findings)
    assert _review_findings(report) == findings == _review_findings(before)


def test_with_two_workers_the_workers_trace_the_reports_and_the_findings_stay_the_same(
    monkeypatch,
):
    rules = load_rules()
    one_worker = run([CELL], rules, Settings(jobs=1))
    in_batch = _counting(monkeypatch, where=(loaded,))
    # counted in this process only: a forked worker counts its calls in its own copy
    here = _counting(monkeypatch, where=(ahead,))
    report = run([CELL], rules, Settings(jobs=2))
    alone = _traced_alone(report)
    assert here == []  # none traced ahead by this process
    assert set(in_batch) == alone  # the workers' traces were kept by the check
    assert len(alone) < len([b for b in report.briefs if b.outline.kind == "report"])
    findings = _review_findings(report)
    assert any(f[2].startswith("CK6") for f in findings)
    assert findings == _review_findings(one_worker)


def _traced_alone(report) -> set[str]:
    """The reports the check traces itself: those with no commitment (nothing to match)."""
    return {brief.path for brief, trace in loaded.traced(report.briefs) if not trace.commitment}


def calls_of(briefs) -> list[str]:
    return [brief.path for brief in briefs]


def _brief_set(*documents):
    return briefs_of([document_from_text(text, name) for name, text in documents])


def test_a_report_traced_ahead_against_a_commitment_not_linked_at_last_is_traced_again(
    monkeypatch,
):
    calls = _counting(monkeypatch)
    earlier = COMMITMENT_BON.replace("NĂM 2026", "NĂM 2024").replace("/2026", "/2024")
    report, first, second = _brief_set(
        ("kiem-diem-bon.txt", REPORT_BON),
        ("cam-ket-bon-2024.txt", earlier),
        ("cam-ket-bon-2025.txt", earlier.replace("2024", "2025")),
    )
    tracer = ahead.ReviewsAhead()
    for brief in (first, report):  # the report comes when only his 2024 commitment has
        tracer.analysed(brief)
    assert calls == ["kiem-diem-bon.txt"] and report.traced is not None
    tracer.analysed(second)  # two commitments, neither of 2026: the batch links none
    (trace,) = [trace for _, trace in loaded.traced([report, first, second])]
    assert trace.commitment is None and trace.items == []
    assert calls == ["kiem-diem-bon.txt"] * 2  # traced again, as one with no commitment


def test_a_commitment_of_the_reports_year_coming_later_is_the_one_traced(monkeypatch):
    calls = _counting(monkeypatch)
    earlier = COMMITMENT_BON.replace("NĂM 2026", "NĂM 2025").replace("/2026", "/2025")
    report, old, current = _brief_set(
        ("kiem-diem-bon.txt", REPORT_BON),
        ("a-cam-ket-bon-2025.txt", earlier),
        ("cam-ket-bon-2026.txt", COMMITMENT_BON),
    )
    tracer = ahead.ReviewsAhead()
    for brief in (report, old, current):
        tracer.analysed(brief)
    assert len(calls) == 2  # against 2025 while it was his only one, then against 2026
    (trace,) = [trace for _, trace in loaded.traced([report, old, current])]
    assert len(calls) == 2  # the batch keeps the second
    assert trace.commitment is not None and trace.commitment.path == "cam-ket-bon-2026.txt"
    assert all(t.results for t in trace.items)
