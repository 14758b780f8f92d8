"""One pair whose tracing fails costs that pair only: the review check goes on with the other
members' reports, keeps their findings, and reports the failure on the report left untraced
(CK023), not as the whole check's failure (CK009)."""

from __future__ import annotations

import linter.trace.ahead as ahead
import linter.trace.loaded as loaded
from linter.config import Settings
from linter.engine import run
from linter.rules import load_rules
from linter.trace.review import trace_pair
from tests.conftest import CORPUS

CELL = CORPUS / "dang-uy-xa-tan-phuoc" / "chi-bo-tram-y-te"


def _review_findings(report) -> set[tuple]:
    return {
        (f.path, f.line, f.rule, f.message)
        for f in report.findings
        if f.category in ("review", "date-order")
    }


def test_a_pair_whose_tracing_raises_loses_only_its_own_findings(monkeypatch):
    rules = load_rules()
    clean = run([CELL], rules, Settings(jobs=1))
    by_report = sorted({f[0] for f in _review_findings(clean) if f[2].startswith("CK6")})
    broken = by_report[0]

    def failing(pair, items=None):
        if pair.report.path == broken:
            raise RuntimeError("a bug met on this pair")
        return trace_pair(pair, items)

    for module in (loaded, ahead):
        monkeypatch.setattr(module, "trace_pair", failing)
    report = run([CELL], rules, Settings(jobs=1))
    kept = _review_findings(report)
    # every other report's review findings are there, none of the broken one's
    assert kept == {f for f in _review_findings(clean) if f[0] != broken}
    assert {f[0] for f in kept if f[2].startswith("CK6")} == set(by_report) - {broken}
    assert not [f for f in report.findings if f.rule == "CK009"]
    [untraced] = [f for f in report.findings if f.rule == "CK023"]
    assert untraced.path == broken and untraced.severity == "error"
    assert (
        "RuntimeError" in untraced.message and "báo cáo này chưa được đối chiếu" in untraced.message
    )


def test_each_report_left_untraced_is_named_in_english_too(monkeypatch):
    rules = load_rules()
    clean = run([CELL], rules, Settings(jobs=1))
    broken = sorted({f[0] for f in _review_findings(clean) if f[2].startswith("CK6")})[:2]

    def failing(pair, items=None):
        if pair.report.path in broken:
            raise KeyError("a bug met on this pair")
        return trace_pair(pair, items)

    for module in (loaded, ahead):
        monkeypatch.setattr(module, "trace_pair", failing)
    report = run([CELL], rules, Settings(jobs=1, lang="en"))
    untraced = sorted((f.path, f.message) for f in report.findings if f.rule == "CK023")
    assert [path for path, _ in untraced] == broken
    assert all("KeyError" in m and "this report was not traced" in m for _, m in untraced)
