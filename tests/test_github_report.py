"""`--format github`: GitHub Actions workflow commands, one annotation line per finding."""

import re
from collections import Counter

import pytest
from conftest import CORPUS

from linter.engine import Report
from linter.findings import Finding
from linter.report import Context, github_report

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
LINE = re.compile(r"::(error|warning|notice) ([^:]*)::(.*)")


def unescape(text):
    return re.sub(r"%(25|0D|0A|3A|2C)", lambda m: chr(int(m.group(1), 16)), text)


def parse(line):
    """(command, properties, message) of one workflow command, as the runner reads it."""
    match = LINE.fullmatch(line)
    assert match, line
    command, listed, message = match.groups()
    properties = dict(part.split("=", 1) for part in listed.split(","))
    return command, {key: unescape(value) for key, value in properties.items()}, unescape(message)


@pytest.fixture(scope="module")
def corpus_lines(corpus_run):
    report, context = corpus_run
    output = github_report.render(report, context)
    assert output.endswith("\n")
    return output.splitlines()


def test_one_annotation_per_finding_with_the_severitys_command(corpus_run, corpus_lines):
    report, context = corpus_run
    assert len(corpus_lines) == len(report.findings) > 700
    parsed = [parse(line) for line in corpus_lines]
    severity = {rule.id: rule.severity for rule in context.rules}
    got = Counter(
        (cmd, props["file"], int(props["line"]), props["title"].split()[0])
        for cmd, props, _ in parsed
    )
    expected = Counter((COMMANDS[f.severity], f.path, f.line, f.rule) for f in report.findings)
    assert got == expected
    assert {cmd for cmd, _, _ in parsed} == {"error", "warning", "notice"}
    for cmd, props, _ in parsed:
        assert cmd == COMMANDS[severity[props["title"].split()[0]]]


def test_a_date_finding_parses_back_to_its_file_line_and_columns(corpus_run, corpus_lines):
    report, _ = corpus_run
    path = str(CORPUS / "dang-uy-xa-binh-an" / "chi-bo-ap-binh-thuan" / "cam-ket-huynh-van-ut.txt")
    (finding,) = [f for f in report.findings if f.rule == "CK501" and f.path == path]
    (line,) = [line for line in corpus_lines if parse(line)[1]["file"] == path and "CK501" in line]
    command, props, message = parse(line)
    assert command == "error"
    assert props == {
        "file": path,
        "line": str(finding.line),
        "col": str(finding.column),
        "endLine": str(finding.line),
        "endColumn": str(finding.end_column - 1),  # GitHub's end column is the last character
        "title": "CK501 (thứ tự ngày)",
    }
    assert message == f"{finding.message}\nGợi ý: {finding.suggestion}"


def test_a_passage_over_several_lines_has_no_columns(corpus_run, corpus_lines):
    report, _ = corpus_run
    spans = {
        (f.path, f.line, f.end_line)
        for f in report.findings
        if f.rule == "CK401" and f.end_line is not None and f.end_line > f.line
    }
    assert spans
    copies = [parse(line)[1] for line in corpus_lines if "title=CK401 " in line]
    multi = [p for p in copies if (p["file"], int(p["line"]), int(p["endLine"])) in spans]
    assert {(p["file"], int(p["line"]), int(p["endLine"])) for p in multi} == spans
    for props in multi:
        assert "col" not in props and "endColumn" not in props


def test_escaping_of_data_and_properties():
    finding = Finding(
        rule="CK105",
        category="vague",
        severity="info",
        path="hồ sơ, 2025/chi bộ: khu phố 3/Cam kết.txt",
        line=12,
        column=3,
        end_line=12,
        end_column=30,
        excerpt="Hoàn thành 100% chỉ tiêu",
        message="“Hoàn thành 100% chỉ tiêu”\r\nkhông nêu việc gì",
        suggestion="Nêu tên nhiệm vụ, ví dụ: a, b",
    )
    output = github_report.render(Report(findings=[finding]), Context(lang="vi"))
    assert output == (
        "::notice file=hồ sơ%2C 2025/chi bộ%3A khu phố 3/Cam kết.txt,line=12,col=3,endLine=12,"
        "endColumn=29,title=CK105 (chung chung)::“Hoàn thành 100%25 chỉ tiêu”%0D%0Akhông nêu"
        " việc gì%0AGợi ý: Nêu tên nhiệm vụ, ví dụ: a, b\n"
    )
    command, props, message = parse(output.rstrip("\n"))
    assert (command, props["file"], props["line"], props["col"]) == (
        "notice",
        finding.path,
        "12",
        "3",
    )
    assert message == f"{finding.message}\nGợi ý: {finding.suggestion}"


def test_english_titles_and_a_whole_file_finding():
    finding = Finding(
        rule="CK001",
        category="input",
        severity="error",
        path="chi-bo/cam-ket-trong.txt",
        line=1,
        column=1,
        end_line=1,
        end_column=1,
        excerpt="",
        message="The file is empty.",
    )
    output = github_report.render(Report(findings=[finding]), Context(lang="en"))
    assert (
        output
        == "::error file=chi-bo/cam-ket-trong.txt,line=1,endLine=1,title=CK001 (input)::The file is empty.\n"
    )


def test_no_findings_print_nothing():
    assert github_report.render(Report(), Context()) == ""
