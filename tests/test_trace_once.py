"""A run traces each member's report against its commitment once: the review check does, and
the reports made after it (the HTML page's tables, the spreadsheet's sheet) take what it found
from the report's brief instead of matching the two documents again."""

from __future__ import annotations

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


def _counting(monkeypatch) -> list[str]:
    calls: list[str] = []

    def counted(pair):
        calls.append(pair.report.path)
        return trace_pair(pair)

    monkeypatch.setattr(loaded, "trace_pair", counted)
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
    assert sorted(calls) == sorted(d.path for d in reports)  # each traced once, by the check
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
