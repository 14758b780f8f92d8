import json

from click.testing import CliRunner
from conftest import TEXT

from linter.cli import main
from linter.suppress import SIDECAR, text_hash


def run(*args):
    return CliRunner().invoke(main, list(args))


def findings(*args):
    return json.loads(run("check", "--format", "json", *args).output)["findings"]


def test_text_hash_ignores_case_nfd_and_tone_placement():
    import unicodedata

    assert text_hash("Hoàn thành tốt công tác hòa giải.") == text_hash(
        unicodedata.normalize("NFD", "HOÀN THÀNH TỐT CÔNG TÁC HOÀ GIẢI.")
    )


def test_suppress_writes_a_sidecar_that_silences_the_finding_even_after_lines_move(unit):
    source = unit / "cam-ket.txt"
    before = source.read_bytes()
    result = run(
        "suppress",
        str(source),
        "--rule",
        "CK101",
        "--line",
        "8",
        "--reason",
        "Đã bổ sung chỉ tiêu ở phụ lục.",
    )
    assert result.exit_code == 0, result.output
    assert source.read_bytes() == before  # the document itself is never touched
    sidecar = (unit / SIDECAR).read_text(encoding="utf-8")
    assert "CK101" in sidecar and "Đã bổ sung chỉ tiêu ở phụ lục." in sidecar
    outcome = run("check", str(unit))
    assert (
        outcome.exit_code == 0 and "Bỏ qua 1 phát hiện theo .camket-ignore.yaml." in outcome.output
    )
    source.write_text("\n\n" + TEXT, encoding="utf-8")  # the line moves; the entry still holds
    assert findings(str(unit)) == []


def test_an_entry_that_matches_nothing_is_reported(unit):
    (unit / SIDECAR).write_text(
        "schema: camket-ignore/1\nignore:\n"
        "  - {path: cam-ket.txt, rule: CK101, text: 0000000000, reason: cũ}\n",
        encoding="utf-8",
    )
    report = findings(str(unit))
    unused = [f for f in report if f["rule"] == "CK008"]
    assert len(unused) == 1 and unused[0]["line"] == 3 and unused[0]["severity"] == "info"
    assert any(f["rule"] == "CK101" for f in report)


def test_a_malformed_sidecar_exits_2_with_file_and_line(unit):
    (unit / SIDECAR).write_text("ignore:\n  - {path: cam-ket.txt, rule: CK101}\n", encoding="utf-8")
    result = run("check", str(unit))
    assert result.exit_code == 2 and f"{SIDECAR}:2" in result.output and "reason" in result.output


def test_suppress_refuses_a_finding_that_does_not_exist(unit):
    result = run(
        "suppress", str(unit / "cam-ket.txt"), "--rule", "CK101", "--line", "3", "--reason", "x"
    )
    assert result.exit_code == 2 and not (unit / SIDECAR).exists()


def test_baseline_keeps_only_new_findings(unit, tmp_path):
    baseline = tmp_path / "baseline.json"
    assert run("check", "--format", "json", "-o", str(baseline), str(unit)).exit_code == 1
    source = unit / "cam-ket.txt"
    source.write_text(
        TEXT.replace(
            "- Hoàn thành tốt nhiệm vụ được giao.",
            "- Hoàn thành tốt nhiệm vụ được giao.\n- Tích cực học tập nâng cao trình độ.",
        ),
        encoding="utf-8",
    )
    new = findings("--baseline", str(baseline), str(unit))
    assert [(f["rule"], f["line"]) for f in new] == [("CK104", 9)]
    text = run("check", "--baseline", str(baseline), str(unit)).output
    assert "Bỏ qua 1 phát hiện đã có trong baseline." in text


def test_a_broken_baseline_is_a_usage_error(unit, tmp_path):
    broken = tmp_path / "baseline.json"
    broken.write_text("{not json", encoding="utf-8")
    result = run("check", "--baseline", str(broken), str(unit))
    assert result.exit_code == 2 and "baseline" in result.output
