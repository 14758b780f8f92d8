"""One pair whose tracing fails costs that pair only: the review check goes on with the other
members' reports, keeps their findings, and reports its own failure (CK009) once."""

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
    internal = [f for f in report.findings if f.rule == "CK009"]
    assert len(internal) == 1 and "RuntimeError" in internal[0].message
