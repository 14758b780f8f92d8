"""The terminal report: span marked with carets or colour, statistics, quiet, the unit summary,
the progress bar on a terminal's stderr."""

import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS, TEXT

from linter import cli
from linter.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAI_THU_TU = FIXTURES / "dates" / "sai-thu-tu"


def run(*args):
    return CliRunner().invoke(main, ["check", *map(str, args)])


def json_findings(*args):
    return json.loads(run("--format", "json", *args).output)["findings"]


def test_carets_sit_under_the_matched_span(unit):
    out = run(unit).output
    line = "- Hoàn thành tốt nhiệm vụ được giao."
    assert f"    │ {line}\n    │   {'^' * (len(line) - 2)}\n" in out


def test_colour_marks_the_span_instead_of_carets(unit):
    finding = next(f for f in json_findings(unit) if f["rule"] == "CK101")
    out = run("--color", unit).output
    assert "\x1b[" in out and "^^^" not in out
    line = TEXT.split("\n")[finding["line"] - 1]
    span = line[finding["column"] - 1 : finding["end_column"] - 1]
    assert span == "Hoàn thành tốt nhiệm vụ được giao."
    assert f"\x1b[4m{span}\x1b[0m" in out


def test_carets_count_letters_not_combining_marks(tmp_path):
    folder = tmp_path / "chi-bo-nfd"
    folder.mkdir()
    (folder / "cam-ket.txt").write_text(unicodedata.normalize("NFD", TEXT), encoding="utf-8")
    out = run(folder).output
    caret_line = next(line for line in out.splitlines() if line.strip().startswith("│   ^"))
    assert caret_line.count("^") == len("Hoàn thành tốt nhiệm vụ được giao.")


def test_a_long_line_is_cut_around_the_span(tmp_path):
    folder = tmp_path / "chi-bo-dai"
    folder.mkdir()
    preamble = (
        "Sau khi thảo luận cùng các đồng chí trong chi bộ, tôi đã tự rà soát lại bản thân. " * 3
    )
    text = TEXT.replace("- Hoàn thành tốt", f"- {preamble}Hoàn thành tốt")
    (folder / "cam-ket.txt").write_text(text, encoding="utf-8")
    out = run(folder).output.splitlines()
    index = next(i for i, line in enumerate(out) if "CK101" in line)
    shown, carets = out[index + 1], out[index + 2]
    assert shown.startswith("    │ …") and len(shown) <= 6 + 102
    assert shown[carets.index("^") :] == "Hoàn thành tốt nhiệm vụ được giao."


def test_colour_follows_the_terminal_and_no_color(monkeypatch, tmp_path):
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    assert cli._colour_wanted(None, None) is True
    assert cli._colour_wanted(None, tmp_path / "bao-cao.txt") is False
    assert cli._colour_wanted(False, None) is False
    monkeypatch.setenv("NO_COLOR", "1")
    assert cli._colour_wanted(None, None) is False
    assert cli._colour_wanted(True, None) is True
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    monkeypatch.delenv("NO_COLOR")
    assert cli._colour_wanted(None, None) is False


def test_statistics_count_findings_per_rule():
    expected = Counter(f["rule"] for f in json_findings(SAI_THU_TU))
    out = run("--statistics", SAI_THU_TU).output.splitlines()
    rows = [line.split() for line in out[:-1]]
    assert {row[1]: int(row[0]) for row in rows} == expected
    counts = [int(row[0]) for row in rows]
    assert counts == sorted(counts, reverse=True)
    assert out[-1] == f"Tổng: {sum(expected.values())} phát hiện của {len(expected)} luật."


def test_quiet_prints_findings_without_summary():
    loud, quiet = run(SAI_THU_TU).output, run("--quiet", SAI_THU_TU).output
    assert "Đã kiểm tra" in loud and "Đã kiểm tra" not in quiet
    assert "Theo đơn vị:" in loud and "Theo đơn vị:" not in quiet
    assert quiet.count(": CK5") == loud.count(": CK5") > 0


def test_summary_counts_each_unit():
    findings = json_findings(SAI_THU_TU)
    units = {
        f["path"]: f["unit"]
        for f in json.loads(run("--format", "json", SAI_THU_TU).output)["files"]
    }
    expected = Counter(units[f["path"]] for f in findings)
    out = run(SAI_THU_TU).output
    table = out[out.index("Theo đơn vị:\n") :].splitlines()[1:]
    got = {}
    for index, line in enumerate(table):
        counted = re.match(r"  (\S.*?)\s{2,}(\d+)  \(", line)
        if counted:  # the unit's name (or folder), its folder on the next line if named
            below = table[index + 1] if index + 1 < len(table) else ""
            folder = below[4:] if below.startswith("    ") else counted[1]
            got[folder] = int(counted[2])
    assert got == dict(expected)


def test_english_summary_and_messages(unit):
    out = run("--lang", "en", unit).output
    assert "Vague commitment" in out and "Checked 1 file." in out
    assert "Suggestion:" in out and "Gợi ý" not in out


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
def test_progress_bar_goes_to_a_terminal_stderr_and_never_into_json():
    import pty

    leader, follower = pty.openpty()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "linter.cli",
            "check",
            "--no-cache",
            "--format",
            "json",
            str(CORPUS / "dang-uy-xa-tan-phuoc"),
        ],
        stdout=subprocess.PIPE,
        stderr=follower,
        env={**os.environ, "COLUMNS": "100"},
        timeout=300,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert done.returncode == 1
    assert "Đang kiểm tra" in shown.decode("utf-8", "replace")
    report = json.loads(done.stdout)  # stdout holds the JSON alone
    files = sum(1 for path in (CORPUS / "dang-uy-xa-tan-phuoc").rglob("*") if path.is_file())
    assert report["summary"]["files"] == len(report["files"]) == files


def test_corpus_text_and_json_reports_list_every_finding(corpus_run):
    from linter.report import Format, render

    report, context = corpus_run
    text = render(report, Format.TEXT, context)
    heads = [line for line in text.splitlines() if line.startswith("/") and ": CK" in line]
    expected = [f"{f.path}:{f.line}:{f.column}: {f.rule} " for f in report.findings]
    assert len(heads) == len(expected) and all(
        h.startswith(e) for h, e in zip(heads, expected, strict=True)
    )
    units = {
        entry.unit for entry in report.files if any(f.path == entry.path for f in report.findings)
    }
    table = text[text.index("Theo đơn vị:\n") :].splitlines()[1:]
    table = [line for line in table if not line.startswith("    ")]  # not the folder lines
    more = len(units) > 15  # then a last line says how many units are not shown
    assert len(table) == min(len(units), 15) + more and len(units) > 10
    assert not more or table[-1] == f"  … và {len(units) - 15} đơn vị khác"
    data = json.loads(render(report, Format.JSON, context))
    assert data["summary"]["findings"] == len(data["findings"]) == len(report.findings)
    assert [f["rule"] for f in data["findings"]] == [f.rule for f in report.findings]
