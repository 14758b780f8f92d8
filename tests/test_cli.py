import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TEXT

from linter import __version__
from linter.cli import main

FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = FIXTURES / "golden"


def invoke(*args, cwd=None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, list(args))
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, list(args))
    finally:
        os.chdir(old)


@pytest.mark.parametrize("case", sorted(p.name for p in GOLDEN.iterdir() if p.is_dir()))
def test_golden_folder(case):
    result = invoke("check", "--format", "json", case, cwd=GOLDEN)
    assert result.exit_code == 1
    report = json.loads(result.output)
    got = [
        f"{f['path']}:{f['line']}:{f['column']}:{f['rule']}:{f['message']}"
        for f in report["findings"]
    ]
    expected = (GOLDEN / f"{case}.expected.txt").read_text(encoding="utf-8").splitlines()
    assert got == expected


def test_text_output_is_vietnamese_grouped_with_excerpt_and_summary():
    result = invoke("check", "chi-bo-mau", cwd=GOLDEN)
    assert result.exit_code == 1
    out = result.output
    assert (
        "\nchi-bo-mau/cam-ket-ngo-thi-hoa.txt\nchi-bo-mau/cam-ket-ngo-thi-hoa.txt:4:1: CK301 [cảnh báo]"
        in out
    )
    assert "\nchi-bo-mau/cam-ket-ngo-thi-hoa.txt:12:3: CK102 [cảnh báo]" in out
    assert (
        "    │ - Hoàn thành tốt nhiệm vụ được giao.\n    │   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n"
        in out
    )
    assert "Gợi ý:" in out
    assert out.rstrip().endswith(
        "Theo loại: chung chung 5, thiếu cụ thể 8, bố cục 6, tệp đầu vào 2."
    )
    assert "\x1b[" not in out  # not a terminal: no colour
    assert "Đã kiểm tra 5 tệp (2 không đọc được)." in out


def test_json_report_follows_the_contract():
    result = invoke("check", "--format", "json", "chi-bo-mau", cwd=GOLDEN)
    report = json.loads(result.output)
    assert report["schema"] == "camket-report/1"
    assert report["tool"] == {"name": "camket", "version": __version__}
    files = {f["path"]: f for f in report["files"]}
    assert files["chi-bo-mau/ke-hoach-chi-bo.txt"] == {
        "path": "chi-bo-mau/ke-hoach-chi-bo.txt",
        "unit": "chi-bo-mau",
        "kind": "plan",
        "date": "2025-01-15",
        "number": "01-KH/CB",
        "error": None,
    }
    assert files["chi-bo-mau/cam-ket-ngo-thi-hoa.txt"]["date"] == "2025-01-20"
    assert files["chi-bo-mau/cam-ket-ly-van-hung.docx"]["date"] == "2025-01-22"
    assert (
        files["chi-bo-mau/cam-ket-hong.docx"]["kind"] is None
        and files["chi-bo-mau/cam-ket-hong.docx"]["error"]
    )
    finding = next(f for f in report["findings"] if f["rule"] == "CK101")
    assert set(finding) == {
        "rule",
        "category",
        "severity",
        "path",
        "line",
        "column",
        "end_line",
        "end_column",
        "excerpt",
        "message",
        "suggestion",
        "related",
    }
    assert (finding["line"], finding["column"], finding["end_line"], finding["end_column"]) == (
        13,
        3,
        13,
        37,
    )
    assert finding["excerpt"] == "Hoàn thành tốt nhiệm vụ được giao."
    assert report["summary"] == {
        "files": 5,
        "context_files": 0,
        "findings": 21,
        "by_category": {"input": 2, "specificity": 8, "structure": 6, "vague": 5},
    }
    keys = [(f["path"], f["line"], f["column"], f["rule"]) for f in report["findings"]]
    assert keys == sorted(keys)
    # one file entry or finding per line: a reader can grep it
    rows = {line.strip().rstrip(",") for line in result.output.splitlines()}
    for entry in (*report["files"], *report["findings"]):
        assert json.dumps(entry, ensure_ascii=False) in rows


def test_docx_table_finding_points_at_the_cell_paragraph():
    result = invoke("check", "--format", "json", "--select", "CK103", "chi-bo-mau", cwd=GOLDEN)
    (finding,) = json.loads(result.output)["findings"]
    assert (finding["path"], finding["line"]) == ("chi-bo-mau/cam-ket-ly-van-hung.docx", 17)
    assert finding["excerpt"] == "Đổi mới phương thức công tác và lề lối làm việc"


def test_exit_codes_and_fail_on(unit):
    assert invoke("check", str(unit)).exit_code == 1
    assert invoke("check", "--fail-on", "error", str(unit)).exit_code == 0
    clean = unit / "cam-ket.txt"
    clean.write_text(TEXT.replace("- Hoàn thành tốt nhiệm vụ được giao.\n", ""), encoding="utf-8")
    result = invoke("check", str(unit))
    assert result.exit_code == 0 and "Không có phát hiện nào." in result.output


@pytest.mark.parametrize("selector", ["CK101", "vague.hoan-thanh-tot", "vague", "CK10"])
def test_select_and_ignore_by_code_name_category_or_prefix(unit, selector):
    selected = json.loads(
        invoke("check", "--format", "json", "--select", selector, str(unit)).output
    )
    assert [f["rule"] for f in selected["findings"]] == ["CK101"]
    ignored = json.loads(
        invoke("check", "--format", "json", "--ignore", selector, str(unit)).output
    )
    # With the phrase rule off, the same item is still reported, once, by the specificity model.
    assert [(f["rule"], f["line"]) for f in ignored["findings"]] == [("CK201", 8)]


def test_one_finding_per_vague_item(unit):
    report = json.loads(invoke("check", "--format", "json", str(unit)).output)
    assert [(f["rule"], f["line"]) for f in report["findings"]] == [("CK101", 8)]


def test_unknown_selector_is_a_usage_error(unit):
    result = invoke("check", "--select", "CK999", str(unit))
    assert result.exit_code == 2 and "CK999" in result.output


def test_config_is_found_upward_and_applied(unit):
    (unit.parent / "camket.yaml").write_text(
        "ignore: [vague, specificity]\nfail_on: error\n", encoding="utf-8"
    )
    result = invoke("check", "--format", "json", str(unit / "cam-ket.txt"))
    assert result.exit_code == 0 and json.loads(result.output)["findings"] == []


def test_a_malformed_config_exits_2_with_file_and_line(unit):
    (unit.parent / "camket.yaml").write_text("fail_on: error\nselct: [CK101]\n", encoding="utf-8")
    result = invoke("check", str(unit))
    assert result.exit_code == 2
    assert "camket.yaml:2" in result.output and "selct" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("select: [vague\n", 2, "YAML không hợp lệ"),
        ("lang: vi\nselect: !!python/object:os.system ls\n", 2, "YAML không hợp lệ"),
        ("lang: vi\nlang: en\n", 2, "bị lặp"),
        ("- vague\n", 1, "bảng khóa"),
        ("fail_on: [x]\n", 1, "fail_on"),
    ],
)
def test_every_malformed_config_exits_2_without_a_traceback(unit, text, line, says):
    (unit.parent / "camket.yaml").write_text(text, encoding="utf-8")
    result = invoke("check", str(unit))
    assert result.exit_code == 2, result.output
    assert f"camket.yaml:{line}:" in result.output and says in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_config_that_is_not_utf8_exits_2(unit):
    (unit.parent / "camket.yaml").write_bytes(b"\xff\xfe\x00 lang: vi")
    result = invoke("check", str(unit))
    assert result.exit_code == 2 and "camket.yaml" in result.output


def test_a_bad_user_rule_folder_exits_2(unit, tmp_path):
    rules = tmp_path / "luat"
    rules.mkdir()
    (rules / "XY101-x.yaml").write_text("id: XY101\nkind: phrase\n", encoding="utf-8")
    (unit.parent / "camket.yaml").write_text("rules: [luat]\n", encoding="utf-8")
    (tmp_path / "luat").rename(unit.parent / "luat")
    result = invoke("check", str(unit))
    assert result.exit_code == 2 and "XY101-x.yaml" in result.output and "name" in result.output


def test_broken_files_become_input_findings_and_the_batch_goes_on(unit):
    (unit / "hong.docx").write_bytes(bytes(range(7, 256)) * 8)
    (unit / "rac.txt").write_bytes(bytes(range(256)) * 8)
    result = invoke("check", "--format", "json", str(unit))
    report = json.loads(result.output)
    rules = {
        Path(f["path"]).name: f["rule"] for f in report["findings"] if f["category"] == "input"
    }
    assert rules == {"hong.docx": "CK003", "rac.txt": "CK002"}
    assert any(f["rule"] == "CK101" for f in report["findings"])
    assert len(report["files"]) == 3


def test_output_file_is_written_and_inputs_are_never_overwritten(unit, tmp_path):
    target = tmp_path / "bao-cao.json"
    result = invoke("check", "--format", "json", "-o", str(target), str(unit))
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == f"Đã ghi báo cáo vào {target}\n"
    assert json.loads(target.read_text(encoding="utf-8"))["summary"]["files"] == 1
    before = (unit / "cam-ket.txt").read_bytes()
    refused = invoke("check", "-o", str(unit / "cam-ket.txt"), str(unit))
    assert refused.exit_code == 2 and (unit / "cam-ket.txt").read_bytes() == before


def test_english_messages(unit):
    result = invoke("check", "--lang", "en", str(unit))
    assert "Vague commitment" in result.output and "Checked 1 file." in result.output


def test_no_files_is_a_usage_error(tmp_path):
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 2 and "Không tìm thấy tệp" in result.output


def test_version_and_rules_commands():
    assert invoke("--version").output.strip() == f"camket {__version__}"
    listing = invoke("rules", "list").output
    assert "CK101" in listing and "vague.hoan-thanh-tot" in listing
    shown = invoke("rules", "show", "CK101")
    assert (
        shown.exit_code == 0 and "Ví dụ vi phạm: Hoàn thành tốt nhiệm vụ được giao." in shown.output
    )
    assert invoke("rules", "show", "CK999").exit_code == 2
    english = invoke("rules", "show", "CK101", "--lang", "en").output
    assert "Example that fires: Hoàn thành tốt nhiệm vụ được giao." in english
    assert "Message: Vague commitment" in english and "Thông báo" not in english


def test_rules_test_runs_a_folders_examples(tmp_path):
    folder = tmp_path / "luat"
    folder.mkdir()
    rule = (Path(__file__).parent / "test_rules.py").read_text(encoding="utf-8")
    text = rule.split('GOOD_RULE = """', 1)[1].split('"""', 1)[0]
    (folder / "XY101-thu-nghiem.yaml").write_text(text, encoding="utf-8")
    result = invoke("rules", "test", str(folder))
    assert result.exit_code == 0 and result.output.strip().endswith("2 ví dụ đạt, 0 ví dụ sai")
    english = invoke("rules", "test", "--lang", "en", str(folder))
    assert english.output.strip().endswith("2 passed, 0 failed")
    (folder / "XY101-thu-nghiem.yaml").write_text(
        text.replace("Chấp hành đủ 12", "Chấp hành tốt 12"), encoding="utf-8"
    )
    failing = invoke("rules", "test", str(folder))
    assert failing.exit_code == 1 and "phát hiện nhầm" in failing.output


def test_version_and_rules_list_do_not_import_underthesea():
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from linter.cli import main\n"
        "for args in (['--version'], ['rules', 'list'], ['rules', 'show', 'CK101']):\n"
        "    assert CliRunner().invoke(main, args).exit_code == 0\n"
        "print('underthesea' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@pytest.mark.skipif(shutil.which("camket") is None, reason="camket console script not installed")
def test_console_script_runs():
    result = subprocess.run(["camket", "--version"], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == f"camket {__version__}"


def test_an_internal_error_on_one_file_is_reported_and_the_batch_goes_on(unit, monkeypatch):
    import linter.engine

    real_parse = linter.engine.parse

    def fragile_parse(document, *args):
        if document.path.endswith("hong-noi-bo.txt"):
            raise RecursionError("simulated bug")
        return real_parse(document, *args)

    monkeypatch.setattr(linter.engine, "parse", fragile_parse)
    (unit / "hong-noi-bo.txt").write_text(TEXT, encoding="utf-8")
    report = json.loads(invoke("check", "--format", "json", str(unit)).output)
    rules = sorted((Path(f["path"]).name, f["rule"]) for f in report["findings"])
    assert rules == [("cam-ket.txt", "CK101"), ("hong-noi-bo.txt", "CK007")]
    assert "RecursionError" in next(
        f["message"] for f in report["findings"] if f["rule"] == "CK007"
    )


def test_columns_count_code_points_of_the_original_nfd_text(tmp_path):
    import unicodedata

    line = "\u00a0\u00a0+  Luôn hoàn thành tốt nhiệm vụ được giao."
    text = TEXT.replace("- Hoàn thành tốt nhiệm vụ được giao.", line)
    decomposed = unicodedata.normalize("NFD", text)
    (tmp_path / "nfd.txt").write_text(decomposed, encoding="utf-8")
    (finding,) = json.loads(invoke("check", "--format", "json", str(tmp_path / "nfd.txt")).output)[
        "findings"
    ]
    original_line = decomposed.split("\n")[7]
    start = original_line.index("L")
    assert (finding["line"], finding["column"], finding["end_column"]) == (
        8,
        start + 1,
        len(original_line) + 1,
    )
    assert finding["excerpt"] == original_line[start:]


def test_an_internal_error_in_a_batch_check_loses_that_check_only(unit, monkeypatch):
    from dataclasses import replace

    from linter.checks import KINDS

    def broken(documents, rules, options):
        raise KeyError("simulated bug")
        yield

    monkeypatch.setitem(KINDS, "duplicate", replace(KINDS["duplicate"], batch=broken))
    report = json.loads(invoke("check", "--format", "json", str(unit)).output)
    rules = sorted(f["rule"] for f in report["findings"])
    assert "CK009" in rules and "CK101" in rules  # the per-document findings are all there
    [error] = [f for f in report["findings"] if f["rule"] == "CK009"]
    assert "KeyError" in error["message"] and "duplicate" in error["message"]


def test_report_file_gets_the_usual_permissions(tmp_path, unit):
    mask = os.umask(0o022)
    try:
        out = tmp_path / "bao-cao.json"
        assert invoke("check", "--format", "json", "-o", str(out), str(unit)).exit_code == 1
    finally:
        os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o644  # readable by the others, like any saved file
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["files"] == 1
