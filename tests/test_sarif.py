"""`--format sarif`: a valid SARIF 2.1.0 log that code scanning can track across runs."""

import json
import unicodedata
from collections import Counter
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from click.testing import CliRunner
from conftest import CORPUS, TEXT
from jsonschema import Draft7Validator
from jsonschema.validators import validator_for

from linter import __version__
from linter.cli import main
from linter.engine import Report
from linter.findings import Finding, Related
from linter.report import Context, sarif_report

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = validator_for(schema, default=Draft7Validator)
    cls.check_schema(schema)
    return cls(schema)


@pytest.fixture(scope="module")
def corpus_log(corpus_run):
    report, context = corpus_run
    return json.loads(sarif_report.render(report, context))


def errors(validator, log):
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(log)]


def local_path(uri):
    """The file a result's URI names: file:// URIs and relative references alike."""
    parsed = urlparse(uri)
    if parsed.scheme == "file":
        return Path(unquote(parsed.path))
    assert not parsed.scheme, uri
    return Path(unquote(uri))


def location_of(result):
    physical = result["locations"][0]["physicalLocation"]
    return local_path(physical["artifactLocation"]["uri"]), physical["region"]


def results_in(log, rule, path):
    return [
        r for r in log["runs"][0]["results"] if r["ruleId"] == rule and location_of(r)[0] == path
    ]


def check_sarif(tmp_path, monkeypatch, *args):
    """`camket check --format sarif -o out.sarif ARGS` run in tmp_path; the exit code and log."""
    monkeypatch.chdir(tmp_path)
    outcome = CliRunner().invoke(main, ["check", "--format", "sarif", "-o", "out.sarif", *args])
    assert outcome.exit_code in (0, 1), outcome.output
    return outcome.exit_code, json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))


def test_corpus_log_validates_against_the_sarif_schema(corpus_log, validator):
    assert errors(validator, corpus_log) == []
    assert corpus_log["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json"
    assert corpus_log["version"] == "2.1.0"
    (run,) = corpus_log["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["tool"]["driver"]["name"] == "camket"


def test_one_result_per_finding_at_the_same_place(corpus_run, corpus_log):
    report, _ = corpus_run
    results = corpus_log["runs"][0]["results"]
    assert len(results) == len(report.findings) > 700
    got = Counter(
        (r["ruleId"], str(location_of(r)[0]), location_of(r)[1]["startLine"]) for r in results
    )
    expected = Counter((f.rule, f.path, f.line) for f in report.findings)
    assert got == expected


def test_every_rule_id_is_described_at_its_rule_index(corpus_run, corpus_log):
    _, context = corpus_run
    rules = corpus_log["runs"][0]["tool"]["driver"]["rules"]
    ids = [rule["id"] for rule in rules]
    assert ids == sorted(set(ids))
    assert {rule.id for rule in context.rules} <= set(ids)  # rules with no finding too
    for result in corpus_log["runs"][0]["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]


def test_levels_follow_severities(corpus_run, corpus_log):
    report, context = corpus_run
    results = corpus_log["runs"][0]["results"]
    assert Counter((r["ruleId"], r["level"]) for r in results) == Counter(
        (f.rule, LEVELS[f.severity]) for f in report.findings
    )
    assert {r["level"] for r in results} == {"error", "warning", "note"}
    described = {rule["id"]: rule for rule in corpus_log["runs"][0]["tool"]["driver"]["rules"]}
    for rule in context.rules:
        assert described[rule.id]["defaultConfiguration"]["level"] == LEVELS[rule.severity]
        assert described[rule.id]["properties"]["category"] == rule.category


def test_copy_points_at_the_other_member_of_the_pair(corpus_log):
    unit = CORPUS / "dang-uy-xa-binh-an" / "chi-bo-co-quan-ubnd"
    copier, source = (
        unit / "cam-ket-truong-thi-hong-nhung.txt",
        unit / "cam-ket-nguyen-hoang-phuc.txt",
    )
    (copy,) = results_in(corpus_log, "CK401", copier)
    assert copy["properties"]["category"] == "duplicate"
    (related,) = copy["relatedLocations"]
    physical = related["physicalLocation"]
    assert local_path(physical["artifactLocation"]["uri"]) == source
    assert physical["region"]["startLine"] < physical["region"]["endLine"]
    assert related["message"]["text"] == "Đoạn tương ứng trong văn bản kia"
    assert copy["message"]["text"].endswith(f"của {source}.")


def test_commitment_dated_before_the_cell_plan_is_an_error_on_its_date_line(corpus_log):
    unit = CORPUS / "dang-uy-xa-binh-an" / "chi-bo-co-quan-ubnd"
    commitment = unit / "cam-ket-tran-van-hau.txt"  # written in Windows-1258
    text = unicodedata.normalize("NFC", commitment.read_bytes().decode("cp1258"))
    date_line = next(
        number
        for number, line in enumerate(text.splitlines(), start=1)
        if "Bình An, ngày 20 tháng 01 năm 2025" in line
    )
    (result,) = results_in(corpus_log, "CK501", commitment)
    _, region = location_of(result)
    assert region["startLine"] == region["endLine"] == date_line
    snippet = region["snippet"]["text"]  # the original text: Windows-1258 writes tones apart
    assert unicodedata.normalize("NFC", snippet) == "Bình An, ngày 20 tháng 01 năm 2025"
    assert result["level"] == "error"
    (plan,) = result["relatedLocations"]
    assert (
        local_path(plan["physicalLocation"]["artifactLocation"]["uri"])
        == unit / "ke-hoach-chi-bo.txt"
    )
    assert plan["message"]["text"] == "Văn bản cấp trên hoặc văn bản được căn cứ"


def test_absolute_paths_become_file_uris(corpus_log):
    for result in corpus_log["runs"][0]["results"]:
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert uri.startswith("file:///") and uri.isascii() and " " not in uri


def test_fingerprints_are_unique_and_do_not_depend_on_the_line(corpus_run, corpus_log):
    report, context = corpus_run
    prints = [r["partialFingerprints"]["camket/v1"] for r in corpus_log["runs"][0]["results"]]
    assert len(set(prints)) == len(prints)
    assert sarif_report.render(report, context) == sarif_report.render(report, context)
    finding = report.findings[0]
    moved = replace(finding, line=finding.line + 4, end_line=finding.end_line + 4)
    assert sarif_report.fingerprints([finding]) == sarif_report.fingerprints([moved])
    edited = replace(finding, excerpt=finding.excerpt + " Thêm một câu.")
    assert sarif_report.fingerprints([finding]) != sarif_report.fingerprints([edited])


def test_vietnamese_file_names_with_spaces_round_trip(tmp_path, monkeypatch, validator):
    folder = tmp_path / "hồ sơ chi bộ"
    folder.mkdir()
    names = ["Cam kết Nguyễn Văn A.txt", "Cam kết Trần Thị Bé.txt"]
    for name in names:
        (folder / name).write_text(TEXT, encoding="utf-8")
    exit_code, log = check_sarif(tmp_path, monkeypatch, "hồ sơ chi bộ")
    assert exit_code == 1
    assert errors(validator, log) == []
    results = log["runs"][0]["results"]
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    assert (
        "h%E1%BB%93%20s%C6%A1%20chi%20b%E1%BB%99/Cam%20k%E1%BA%BFt%20Nguy%E1%BB%85n%20V%C4%83n%20A.txt"
        in uris
    )
    for uri in uris:
        assert uri.isascii() and " " not in uri and "\\" not in uri
        assert (tmp_path / unquote(uri)).is_file()
    assert {unquote(uri) for uri in uris} == {f"hồ sơ chi bộ/{name}" for name in names}
    copies = [r for r in results if r["ruleId"] == "CK401"]
    assert len(copies) == 2  # the copy, reported on both documents
    for copy in copies:
        (related,) = copy["relatedLocations"]
        pair = {
            str(location_of(copy)[0]),
            unquote(related["physicalLocation"]["artifactLocation"]["uri"]),
        }
        assert pair == {f"hồ sơ chi bộ/{name}" for name in names}
        assert related["physicalLocation"]["artifactLocation"]["uriBaseId"] == "%SRCROOT%"


def test_english_messages_and_rule_texts(tmp_path, monkeypatch, validator, corpus_run):
    _, context = corpus_run
    ck101 = next(rule for rule in context.rules if rule.id == "CK101")
    (tmp_path / "chi-bo").mkdir()
    (tmp_path / "chi-bo" / "cam-ket.txt").write_text(TEXT, encoding="utf-8")
    _, log = check_sarif(tmp_path, monkeypatch, "--lang", "en", "chi-bo")
    assert errors(validator, log) == []
    run = log["runs"][0]
    assert run["language"] == "en-US"
    (vague,) = [r for r in run["results"] if r["ruleId"] == "CK101"]
    assert (
        vague["message"]["text"]
        == "Vague commitment: “Hoàn thành tốt nhiệm vụ được giao” names no task, target or deadline."
    )
    assert "**Suggestion:**" in vague["message"]["markdown"]
    described = run["tool"]["driver"]["rules"][vague["ruleIndex"]]
    assert described["shortDescription"]["text"] == ck101.description["en"]
    assert described["help"]["text"] == ck101.suggestion["default"]["en"]
    assert "- **teacher**: E.g." in described["help"]["markdown"]
    vietnamese = sarif_report.rule_descriptor(ck101, "vi")
    assert vietnamese["shortDescription"]["text"] == ck101.description["vi"]
    assert "- **giáo viên**: Ví dụ" in vietnamese["help"]["markdown"]


def test_a_whole_file_finding_has_lines_but_no_columns(tmp_path, monkeypatch, validator):
    (tmp_path / "chi-bo").mkdir()
    (tmp_path / "chi-bo" / "cam-ket-trong.txt").write_bytes(b"")
    _, log = check_sarif(tmp_path, monkeypatch, "chi-bo")
    assert errors(validator, log) == []
    (empty,) = log["runs"][0]["results"]
    assert empty["properties"]["category"] == "input"
    assert empty["locations"][0]["physicalLocation"]["region"] == {"startLine": 1, "endLine": 1}


def test_a_rule_not_loaded_is_still_described_and_markdown_is_escaped(validator):
    finding = Finding(
        rule="XY901",
        category="format",
        severity="info",
        path="chi-bo/cam-ket.txt",
        line=3,
        column=5,
        end_line=3,
        end_column=20,
        excerpt="*  Ghi chú_riêng",
        message="Dòng bắt đầu bằng *dấu sao*",
        suggestion="Bỏ [dấu] thừa",
        related=(Related("chi-bo/ke-hoach.txt"),),
    )
    log = sarif_report.as_log(Report(findings=[finding]), Context(lang="vi", rules=()))
    assert errors(validator, log) == []
    run = log["runs"][0]
    assert run["tool"]["driver"]["rules"] == [
        {
            "id": "XY901",
            "defaultConfiguration": {"level": "note"},
            "properties": {"category": "format", "tags": ["format"]},
        }
    ]
    (result,) = run["results"]
    assert result["ruleIndex"] == 0
    assert result["message"]["text"] == "Dòng bắt đầu bằng *dấu sao*"
    assert (
        result["message"]["markdown"]
        == "Dòng bắt đầu bằng \\*dấu sao\\*\n\n**Gợi ý:** Bỏ \\[dấu\\] thừa"
    )
    assert result["properties"]["suggestion"] == "Bỏ [dấu] thừa"
    (related,) = result["relatedLocations"]
    assert "region" not in related["physicalLocation"]  # no line known: the whole document
    assert related["message"]["text"] == "Văn bản liên quan"


def test_information_uri_comes_from_the_package_metadata(monkeypatch):
    class Metadata:
        def get_all(self, key):
            assert key == "Project-URL"
            return [
                "Issues, https://example.org/camket/issues",
                "Homepage, https://example.org/camket",
            ]

    monkeypatch.setattr(sarif_report.metadata, "metadata", lambda name: Metadata())
    driver = sarif_report.as_log(Report(), Context(lang="en"))["runs"][0]["tool"]["driver"]
    assert driver["informationUri"] == "https://example.org/camket"
    assert driver["version"] == __version__ and driver["language"] == "en-US"
