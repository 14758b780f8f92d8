"""The JSON report writes each finding as json.dumps(finding.as_dict(), ensure_ascii=False)
would: for every finding of the corpus, for texts JSON must escape, and for values of other
types than a Finding declares (which go through json.dumps itself)."""

from __future__ import annotations

import json

import pytest

from linter.findings import Finding, Related
from linter.report.json_report import _finding


def _dumped(finding: Finding) -> str:
    return json.dumps(finding.as_dict(), ensure_ascii=False)


def test_every_corpus_finding_is_written_as_json_dumps_writes_it(corpus_run):
    report, _ = corpus_run
    findings = [finding for group in report.by_file() for finding in group.findings]
    assert len(findings) > 5_000
    assert any(f.related for f in findings)
    for finding in findings:
        assert _finding(finding) == _dumped(finding)


BASE = Finding(
    rule="CK101",
    category="vague",
    severity="warning",
    path="chi-bo-a/cam-ket-nguyen-van-a.txt",
    line=25,
    column=3,
    end_line=25,
    end_column=38,
    excerpt="Hoàn thành tốt nhiệm vụ được giao.",
    message="Cam kết chung chung: “hoàn thành tốt nhiệm vụ được giao” không nêu việc cụ thể.",
    suggestion="Chọn 1–3 nhiệm vụ cụ thể của mình, mỗi nhiệm vụ có chỉ tiêu và thời hạn.",
    related=(Related("chi-bo-a/ke-hoach.txt", 12, 14), Related("chi-bo-b/x.docx")),
)


@pytest.mark.parametrize(
    "text",
    [
        'Trích "Chỉ thị 05" \\ điều 3',
        "dòng một\ndòng hai\r\tcó tab",
        "điều khiển \x00\x1b[2J\x7f\x9b",
        "ngắt dòng \u2028 và \u2029, hướng \u202e ngược",
        "Hoa\u0300 ho\u0301a (NFD), 😀 ngoài BMP, \ud800 nửa cặp",
        "",
    ],
)
def test_texts_json_escapes_are_written_as_json_dumps_writes_them(text):
    for changed in (
        {"excerpt": text},
        {"message": text, "suggestion": None},
        {"path": text, "related": (Related(text, None, 3),)},
    ):
        finding = Finding(**{**BASE.__dict__, **changed})
        assert _finding(finding) == _dumped(finding)


class _Code(str):
    pass


@pytest.mark.parametrize(
    "changed",
    [
        {"line": True},
        {"end_column": 2**70},
        {"rule": _Code("CK101")},
        {"suggestion": 7},
        {"related": [Related("a.txt", False, 2)]},
        {"related": (Related("a.txt", 1.5, 2),)},
    ],
)
def test_values_of_other_types_are_written_by_json_dumps(changed):
    finding = Finding(**{**BASE.__dict__, **changed})
    assert _finding(finding) == _dumped(finding)
