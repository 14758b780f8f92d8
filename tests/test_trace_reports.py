"""What the reports show of the review: the spreadsheet's sheet "Kết quả thực hiện" (one row per
committed item) and the HTML report's per-member table "Đã cam kết → Kết quả"."""

from __future__ import annotations

import io
import re
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from linter.cli import main
from tests.trace_samples import COMMITMENT_LAN, COMMITMENT_LOI, MIDYEAR_OWN, YEAREND_02A


def _unit(tmp_path: Path, files: dict[str, str]) -> Path:
    unit = tmp_path / "chi-bo"
    unit.mkdir()
    for name, text in files.items():
        (unit / name).write_text(text, encoding="utf-8")
    return unit


def _workbook(unit: Path, *options: str):
    output = unit.parent / "out.xlsx"
    result = CliRunner().invoke(
        main, ["check", "--format", "xlsx", "-o", str(output), *options, str(unit)]
    )
    assert result.exit_code in (0, 1), result.output
    return load_workbook(io.BytesIO(output.read_bytes()))


def _rows(sheet) -> list[dict[str, object]]:
    values = list(sheet.values)
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_the_sheet_has_one_row_per_committed_item_with_each_reports_result(tmp_path):
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LOI, "so-ket.txt": MIDYEAR_OWN})
    rows = _rows(_workbook(unit)["Kết quả thực hiện"])
    # the five concrete tasks of part 3; the vague lines and the pledges are not rows
    assert [row["Dòng"] for row in rows] == [17, 18, 19, 20, 21]
    assert {row["Đảng viên"] for row in rows} == {"Đặng Văn Lợi"}
    stocktaking, expired = rows[0], rows[1]
    assert stocktaking["Nội dung đã cam kết"].startswith("Kiểm kê thuốc, vật tư y tế hằng quý")
    assert stocktaking["Kết quả 6 tháng"].startswith("Kiểm kê kho thuốc 2 lần (31/3 và 30/6/2025)")
    assert stocktaking["Nơi ghi (6 tháng)"].endswith(
        "so-ket.txt:10 (Về thực hiện chức trách, nhiệm vụ được giao)"
    )
    assert expired["Kết quả 6 tháng"] == "Chưa có kết quả"
    assert expired["Nơi ghi (6 tháng)"].endswith(
        "so-ket.txt:9 (Về thực hiện chức trách, nhiệm vụ được giao)"
    )
    assert expired["Kết quả cuối năm"] == "(không có báo cáo)" and rows[0]["Phần"] == "3"


def test_a_restated_result_is_shown_as_such_in_english_too(tmp_path):
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LAN, "kiem-diem.txt": YEAREND_02A})
    rows = _rows(_workbook(unit, "--lang", "en")["Commitment results"])
    marks = next(row for row in rows if str(row["Committed item"]).startswith("Cập nhật điểm"))
    assert (
        marks["Year-end result"]
        == "Only restated: Đã thực hiện tốt việc cập nhật điểm trên phần mềm."
    )
    assert marks["6-month result"] == "(no report)"
    assert [row["Part"] for row in rows] == ["3", "3", "3", "5"]


def test_no_member_report_no_sheet(unit):
    assert "Kết quả thực hiện" not in _workbook(unit).sheetnames


def _html(unit: Path, *options: str) -> str:
    result = CliRunner().invoke(main, ["check", "--format", "html", *options, str(unit)])
    assert result.exit_code in (0, 1), result.output
    return result.output


def test_the_html_report_shows_each_members_items_and_results_gaps_in_red(tmp_path):
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LOI, "so-ket.txt": MIDYEAR_OWN})
    page = _html(unit)
    assert "<h3>Đã cam kết → Kết quả</h3>" in page
    block = page[page.index('<div class="review-member">') :]
    block = block[: block.index("</table>")]
    assert (
        "Đặng Văn Lợi" in block
        and "2 việc chưa có kết quả, 0 kết quả chỉ nhắc lại / 5 việc" in block
    )
    gaps = re.findall(r'<td class="review-gap" style="([^"]*)">(.*?)</td>', block)
    assert len(gaps) == 2 and all("#fdecea" in style for style, _ in gaps)
    assert all("Chưa có kết quả" in cell for _, cell in gaps)
    # each item links to its line in the commitment, each result to its line in the report
    anchors = re.findall(r'href="#(f\d+-l\d+)"', block)
    assert len(anchors) >= 10
    assert block.count('class="review-none"') == 5  # no year-end review yet


def test_a_unit_without_member_reports_has_no_block(unit):
    assert "Đã cam kết → Kết quả" not in _html(unit)
