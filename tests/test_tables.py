"""The audit tables: `--format csv` (one row per finding) and `--format xlsx` (findings, one row
per document, one per unit, a chart), checked on the bundled corpus."""

import csv
import datetime as dt
import io
import shutil
import zipfile
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path, PurePath

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import CORPUS
from openpyxl.chart import BarChart

from linter.cli import main
from linter.engine import FileEntry, Report
from linter.findings import Finding, Related
from linter.report import Context, csv_report, xlsx_report

VI_FINDING_HEADER = [
    "Tệp",
    "Đơn vị",
    "Dòng",
    "Cột",
    "Dòng cuối",
    "Cột cuối",
    "Mã luật",
    "Loại",
    "Mức độ",
    "Thông báo",
    "Đoạn trích",
    "Gợi ý",
    "Liên quan",
]
EN_FINDING_HEADER = [
    "File",
    "Unit",
    "Line",
    "Column",
    "End line",
    "End column",
    "Rule",
    "Category",
    "Severity",
    "Message",
    "Excerpt",
    "Suggestion",
    "Related",
]
VI_FILE_HEADER = [
    "Tệp",
    "Đơn vị",
    "Loại văn bản",
    "Người viết",
    "Chức vụ",
    "Ngày văn bản",
    "Chung chung",
    "Thiếu cụ thể",
    "Sao chép",
    "Thứ tự ngày",
    "Khác",
    "Tổng",
    "Nhóm sao chép",
    "Tình trạng ngày",
    "Lỗi đọc tệp",
]
VI_UNIT_HEADER = [
    "Đơn vị",
    "Tên đơn vị",
    "Số tệp",
    "Bản cam kết",
    "Kế hoạch",
    "Không đọc được",
    "Chung chung",
    "Thiếu cụ thể",
    "Sao chép",
    "Thứ tự ngày",
    "Khác",
    "Tổng",
    "Nhóm sao chép",
    "Tệp sai thứ tự ngày",
]
COUNTED = {"Chung chung": "vague", "Thiếu cụ thể": "specificity", "Sao chép": "duplicate"}
COUNTED["Thứ tự ngày"] = "date-order"


def parse_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def unit_of(path: str) -> str:
    """The unit a corpus file belongs to: its folder, relative to the corpus."""
    return PurePath(path).parent.relative_to(CORPUS).as_posix()


def copied_pairs(report) -> list[tuple[str, str]]:
    """Pairs of members linked by a CK401 (one passage copied from another member)."""
    return [(f.path, r.path) for f in report.findings if f.rule == "CK401" for r in f.related]


def sheet_dicts(sheet) -> list[dict]:
    rows = sheet.iter_rows(values_only=True)
    header = next(rows)
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture(scope="module")
def csv_rows(corpus_run):
    report, context = corpus_run
    return parse_csv(csv_report.render(report, context))


@pytest.fixture(scope="module")
def xlsx_bytes(corpus_run):
    report, context = corpus_run
    return xlsx_report.render(report, context)


@pytest.fixture(scope="module")
def workbook(xlsx_bytes):
    return openpyxl.load_workbook(io.BytesIO(xlsx_bytes))


# --- CSV ---


def test_csv_has_a_vietnamese_header_and_one_row_per_finding(corpus_run, csv_rows):
    report, _ = corpus_run
    header, *rows = csv_rows
    assert header == VI_FINDING_HEADER
    assert len(rows) == len(report.findings) > 0
    assert all(len(row) == len(header) for row in rows)
    as_key = [(row[0], int(row[2]), int(row[3]), row[6]) for row in rows]
    assert as_key == [(f.path, f.line, f.column, f.rule) for f in report.findings]


def test_csv_names_unit_category_and_severity(corpus_run, csv_rows):
    report, _ = corpus_run
    rows = csv_rows[1:]
    assert all(row[1] == unit_of(row[0]) for row in rows)
    pairs = zip(report.findings, rows, strict=True)
    shown = {(f.category, f.severity): (row[7], row[8]) for f, row in pairs}
    assert shown[("duplicate", "warning")] == ("sao chép", "cảnh báo")
    assert shown[("date-order", "error")] == ("thứ tự ngày", "lỗi")
    assert shown[("specificity", "info")] == ("thiếu cụ thể", "thông tin")


def test_csv_duplicate_row_lists_the_file_it_copies(corpus_run, csv_rows):
    report, _ = corpus_run
    copy = next(f for f in report.findings if f.rule == "CK401")
    other = copy.related[0]
    row = next(
        r for r in csv_rows[1:] if (r[0], r[2], r[6]) == (copy.path, str(copy.line), "CK401")
    )
    assert f"{other.path}:{other.line}–{other.end_line}" in row[12].split("; ")
    assert other.path != copy.path


def test_csv_text_survives_commas_and_cannot_become_a_formula(corpus_run, csv_rows):
    report, _ = corpus_run
    pairs = list(zip(report.findings, csv_rows[1:], strict=True))
    with_comma = [(f, row) for f, row in pairs if "," in f.message]
    assert with_comma
    assert all(row[9] == f.message for f, row in with_comma)
    list_items = [(f, row) for f, row in pairs if f.excerpt.startswith("- ")]
    assert list_items  # a commitment's "- …" item would read as a formula in Excel
    assert all(row[10] == "'" + f.excerpt for f, row in list_items)


def test_csv_header_in_english(corpus_run):
    report, context = corpus_run
    header, *rows = parse_csv(csv_report.render(report, replace(context, lang="en")))
    assert header == EN_FINDING_HEADER
    assert {row[7] for row in rows} >= {"vague", "duplicate", "date order"}
    assert {row[8] for row in rows} == {"error", "warning", "info"}


def copy_unit(tmp_path: Path) -> Path:
    """One party committee's plan and one of its cells, copied out of the corpus."""
    committee = tmp_path / "in" / "dang-uy-xa-tan-phuoc"
    source = CORPUS / "dang-uy-xa-tan-phuoc"
    shutil.copytree(source / "chi-bo-truong-thcs", committee / "chi-bo-truong-thcs")
    shutil.copy2(source / "ke-hoach-dang-uy.docx", committee)
    return committee


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file and folder under `folder`, hidden ones included, with the files' bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else None
        for p in folder.rglob("*")
    }


def test_cli_writes_csv_with_bom_outside_the_checked_folder(tmp_path):
    committee = copy_unit(tmp_path)
    before = snapshot(tmp_path / "in")
    out = tmp_path / "out.csv"
    result = CliRunner().invoke(main, ["check", "--format", "csv", "-o", str(out), str(committee)])
    assert result.exit_code == 1, result.output
    assert snapshot(tmp_path / "in") == before
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    header, *rows = parse_csv(data.decode("utf-8-sig"))
    assert header == VI_FINDING_HEADER
    assert len(rows) > 0
    # Units are named relative to the checked folder.
    assert "chi-bo-truong-thcs" in {row[1] for row in rows}
    assert {row[1] for row in rows} <= {"chi-bo-truong-thcs", "dang-uy-xa-tan-phuoc"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.csv"]


def test_cli_writes_xlsx_to_a_file(tmp_path):
    committee = copy_unit(tmp_path)
    out = tmp_path / "bao-cao.xlsx"
    args = ["check", "--format", "xlsx", "--lang", "en", "-o", str(out), str(committee)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 1, result.output
    book = openpyxl.load_workbook(out)
    # the cell's members' reports give the fourth sheet (linter/report/review_rows.py)
    assert book.sheetnames == ["Findings", "By document", "By unit", "Commitment results"]
    units = sheet_dicts(book["By unit"])
    assert [(row["Unit"], row["Files"]) for row in units] == [
        ("chi-bo-truong-thcs", 39),  # with three members added in the thirteenth session
        ("dang-uy-xa-tan-phuoc", 1),
    ]


# --- XLSX on the corpus ---


def test_xlsx_has_three_sheets_with_vietnamese_headers(workbook):
    # and "Kết quả thực hiện", since the corpus holds members' reports (tests/test_trace_reports.py)
    assert workbook.sheetnames == ["Phát hiện", "Theo văn bản", "Theo đơn vị", "Kết quả thực hiện"]
    expected = (VI_FINDING_HEADER, VI_FILE_HEADER, VI_UNIT_HEADER)
    for sheet, header in zip(workbook.worksheets[:3], expected, strict=True):
        assert [cell.value for cell in sheet[1]] == header
        assert all(cell.font.bold for cell in sheet[1])


def test_xlsx_sheets_are_frozen_and_filtered_over_every_row(corpus_run, workbook):
    report, _ = corpus_run
    units = {entry.unit for entry in report.files}
    sizes = (len(report.findings), len(report.files), len(units))
    for sheet, size in zip(workbook.worksheets[:3], sizes, strict=True):
        assert sheet.freeze_panes == "A2"
        assert sheet.max_row == size + 1
        last = openpyxl.utils.get_column_letter(sheet.max_column)
        assert sheet.auto_filter.ref == f"A1:{last}{size + 1}"
        assert all(sheet.column_dimensions[c].width > 5 for c in "ABC")


def test_xlsx_findings_sheet_lists_every_finding(corpus_run, workbook):
    report, _ = corpus_run
    sheet = workbook["Phát hiện"]
    rows = sheet_dicts(sheet)
    assert len(rows) == len(report.findings)
    assert [(r["Tệp"], r["Dòng"], r["Mã luật"]) for r in rows] == [
        (f.path, f.line, f.rule) for f in report.findings
    ]
    assert sheet["J2"].alignment.wrap_text and sheet["K2"].alignment.wrap_text
    starts_with_dash = [r["Đoạn trích"] for r in rows if r["Đoạn trích"].startswith("- ")]
    assert starts_with_dash  # kept as typed: no apostrophe needed in a real spreadsheet


def test_xlsx_member_counts_match_their_findings(corpus_run, workbook):
    report, _ = corpus_run
    by_path: dict[str, Counter] = defaultdict(Counter)
    for finding in report.findings:
        by_path[finding.path][finding.category] += 1
    rows = sheet_dicts(workbook["Theo văn bản"])
    assert sorted(r["Tệp"] for r in rows) == sorted(e.path for e in report.files)
    for row in rows:
        tally = by_path[row["Tệp"]]
        for header, category in COUNTED.items():
            assert row[header] == tally[category], (row["Tệp"], header)
        assert row["Tổng"] == sum(tally.values())
        assert row["Khác"] == row["Tổng"] - sum(row[h] for h in COUNTED)


def test_xlsx_members_who_copy_each_other_share_a_copy_group(corpus_run, workbook):
    report, _ = corpus_run
    pairs = copied_pairs(report)
    assert pairs
    group = {r["Tệp"]: r["Nhóm sao chép"] for r in sheet_dicts(workbook["Theo văn bản"])}
    for one, other in pairs:
        assert group[one] is not None
        assert group[one] == group[other], (one, other)
    copiers = {path for pair in pairs for path in pair}
    assert {path for path, number in group.items() if number is not None} == copiers
    assert len(set(group.values()) - {None}) > 1


def test_xlsx_date_status_is_wrong_exactly_where_a_date_order_finding_is(corpus_run, workbook):
    report, _ = corpus_run
    rows = sheet_dicts(workbook["Theo văn bản"])
    wrong = {r["Tệp"] for r in rows if r["Tình trạng ngày"] == "sai thứ tự"}
    expected = {f.path for f in report.findings if f.category == "date-order"}
    assert wrong == expected and wrong
    assert {r["Tình trạng ngày"] for r in rows} <= {"đúng thứ tự", "sai thứ tự", "thiếu ngày", None}
    reports = [r for r in rows if r["Loại văn bản"] == "báo cáo" and r["Tệp"] not in expected]
    assert reports and all(r["Tình trạng ngày"] is None for r in reports)


def test_xlsx_unit_totals_are_the_sums_of_their_members(corpus_run, workbook):
    report, _ = corpus_run
    members = sheet_dicts(workbook["Theo văn bản"])
    units = sheet_dicts(workbook["Theo đơn vị"])
    assert [u["Đơn vị"] for u in units] == sorted({e.unit for e in report.files})
    for unit in units:
        mine = [m for m in members if m["Đơn vị"] == unit["Đơn vị"]]
        assert unit["Số tệp"] == len(mine)
        assert unit["Bản cam kết"] == sum(m["Loại văn bản"] == "bản cam kết" for m in mine)
        for header in (*COUNTED, "Khác", "Tổng"):
            assert unit[header] == sum(m[header] for m in mine), (unit["Đơn vị"], header)
        wrong = sum(m["Tình trạng ngày"] == "sai thứ tự" for m in mine)
        assert unit["Tệp sai thứ tự ngày"] == wrong
        groups = {m["Nhóm sao chép"] for m in mine} - {None}
        assert unit["Nhóm sao chép"] == len(groups)
    assert sum(u["Tổng"] for u in units) == len(report.findings)


def test_xlsx_document_dates_are_real_dates(corpus_run, workbook):
    report, _ = corpus_run
    dated = {e.path: e.date for e in report.files if e.date}
    sheet = workbook["Theo văn bản"]
    column = VI_FILE_HEADER.index("Ngày văn bản") + 1
    cells = [(row[0].value, row[column - 1]) for row in sheet.iter_rows(min_row=2)]
    assert dated and len([c for _, c in cells if c.value is not None]) == len(dated)
    for path, cell in cells:
        if path in dated:
            assert cell.is_date and cell.number_format == "dd/mm/yyyy"
            assert cell.value.date() == dated[path]


def test_xlsx_unit_sheet_has_a_bar_chart_per_category(workbook):
    sheet = workbook["Theo đơn vị"]
    assert len(sheet._charts) == 1
    chart = sheet._charts[0]
    assert isinstance(chart, BarChart)
    series = [s.tx.strRef.f for s in chart.series]
    assert series == [f"'Theo đơn vị'!{c}1" for c in "GHIJK"]  # four categories and "other"
    assert chart.series[0].val.numRef.f == f"'Theo đơn vị'!$G$2:$G${sheet.max_row}"


def test_xlsx_is_the_same_bytes_every_time(corpus_run, xlsx_bytes, workbook):
    # rendered twice from one run of a commune (its members' reports too); the corpus's own
    # workbook, below, carries no time of its making
    from linter.engine import run

    _, context = corpus_run
    commune = run([CORPUS / "dang-uy-xa-tan-phuoc"], list(context.rules), context.settings)
    first = xlsx_report.render(commune, context)
    assert len(first) > 10_000 and xlsx_report.render(commune, context) == first
    times = {info.date_time for info in zipfile.ZipFile(io.BytesIO(xlsx_bytes)).infolist()}
    assert times == {(1980, 1, 1, 0, 0, 0)}
    assert workbook.properties.creator == "camket"
    assert workbook.properties.created == dt.datetime(1980, 1, 1)
    assert workbook.properties.modified == dt.datetime(1980, 1, 1)  # no clock in the bytes


def test_xlsx_keeps_document_text_as_text():
    """A line of a document that looks like a formula, or holds a control character, is text."""
    path = "chi-bo/cam-ket.txt"
    finding = Finding(
        rule="CK101",
        category="vague",
        severity="warning",
        path=path,
        line=3,
        column=1,
        end_line=3,
        end_column=20,
        excerpt='=HYPERLINK("http://x","y")\x0b',
        message="#N/A",
        related=(Related("chi-bo/khac.txt", 4, 9),),
    )
    entry = FileEntry(path, "chi-bo", "commitment", dt.date(2025, 1, 20), None)
    report = Report(files=[entry], findings=[finding])
    data = xlsx_report.render(report, Context())
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Phát hiện"]
    assert sheet["K2"].value == '=HYPERLINK("http://x","y")'
    assert sheet["K2"].data_type == "s"
    assert sheet["J2"].value == "#N/A" and sheet["J2"].data_type == "s"
    assert sheet["M2"].value == "chi-bo/khac.txt:4–9"
    row = parse_csv(csv_report.render(report, Context()))[1]
    assert row[10] == "'" + finding.excerpt
    assert row[9] == "#N/A"
