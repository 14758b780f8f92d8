"""The review rules (CK601–CK609) through the CLI, as a secretary runs them on a cell folder:
where each finding sits, what it quotes, what it links to; and copied reports (CK401)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from linter.cli import main
from tests.test_trace_match import report as report_text
from tests.trace_samples import COMMITMENT_LAN, COMMITMENT_LOI, MIDYEAR_OWN, YEAREND_02A


def _check(folder: Path, *options: str) -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", *options, str(folder)])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.output)


def _review_findings(folder: Path, *options: str) -> list[tuple[str, str, int]]:
    findings = _check(folder, *options)["findings"]
    return [
        (Path(f["path"]).name, f["rule"], f["line"])
        for f in findings
        if f["rule"].startswith("CK6")
    ]


def _unit(tmp_path: Path, files: dict[str, str]) -> Path:
    unit = tmp_path / "chi-bo"
    unit.mkdir()
    for name, text in files.items():
        (unit / name).write_text(text, encoding="utf-8")
    return unit


def test_a_gap_sits_on_the_heading_where_results_belong_and_links_the_item(tmp_path):
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LOI, "so-ket.txt": MIDYEAR_OWN})
    findings = [f for f in _check(unit)["findings"] if f["rule"] == "CK601"]
    assert [(f["line"], f["related"][0]["line"]) for f in findings] == [(9, 18), (9, 20)]
    first = findings[0]
    assert first["severity"] == "warning" and first["category"] == "review"
    assert first["excerpt"] == "2. Về thực hiện chức trách, nhiệm vụ được giao"
    assert first["related"][0]["path"].endswith("cam-ket.txt")
    # the message quotes the item as written, at least its first 40 characters
    item = "Không để thuốc hết hạn sử dụng trong kho và tủ thuốc; thuốc còn hạn dưới 6 tháng"
    assert f"“{item}" in first["message"]
    assert "dòng 18 của" in first["message"]


def test_every_kind_of_review_finding_on_a_self_review(tmp_path):
    report = YEAREND_02A.replace(
        "- Chưa viết được sáng kiến kinh nghiệm cấp huyện như đã đăng ký.",
        "- Có lúc còn nóng vội khi góp ý đồng nghiệp.",
    )
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LAN, "kiem-diem.txt": report})
    assert sorted(_review_findings(unit)) == [
        ("kiem-diem.txt", "CK601", 18),  # the initiative: no result anywhere now
        ("kiem-diem.txt", "CK602", 21),  # the blood donation, committed nowhere
        ("kiem-diem.txt", "CK603", 20),  # "Đã thực hiện tốt việc cập nhật điểm …"
    ]


def test_a_high_rating_resting_on_restatements_is_reported_on_its_line(tmp_path):
    results = (
        "- Đã thực hiện tốt việc phụ đạo học sinh yếu môn Toán lớp 8B.\n"
        "- Đã thực hiện tốt việc cập nhật điểm trên phần mềm quản lý trường học.\n"
        "* Tự đánh giá: Hoàn thành xuất sắc."
    )
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LAN, "kd.txt": report_text(results)})
    findings = _check(unit)["findings"]
    rating = [f for f in findings if f["rule"] == "CK604"]
    assert [(f["line"], f["excerpt"]) for f in rating] == [
        (12, "Tự đánh giá: Hoàn thành xuất sắc.")
    ]
    assert "Hoàn thành xuất sắc" in rating[0]["message"]
    assert sorted(f["line"] for f in findings if f["rule"] == "CK603") == [10, 11]


def test_a_modest_rating_on_restatements_is_not_reported(tmp_path):
    results = (
        "- Đã thực hiện tốt việc phụ đạo học sinh yếu môn Toán lớp 8B.\n* Tự đánh giá: Hoàn thành."
    )
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LAN, "kd.txt": report_text(results)})
    assert "CK604" not in {rule for _, rule, _ in _review_findings(unit)}


def test_a_report_with_no_commitment_in_the_batch_is_one_information(tmp_path):
    unit = _unit(tmp_path, {"kiem-diem.txt": YEAREND_02A})
    findings = [f for f in _check(unit)["findings"] if f["rule"].startswith("CK6")]
    assert [(f["rule"], f["line"], f["severity"]) for f in findings] == [("CK605", 4, "info")]
    assert "Nguyễn Thị Lan" in findings[0]["message"]


def test_dates_before_the_commitment_or_the_period_and_another_year(tmp_path):
    early = MIDYEAR_OWN.replace("ngày 28 tháng 6 năm 2025", "ngày 15 tháng 01 năm 2025")
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LOI, "so-ket.txt": early})
    dates = [f for f in _check(unit)["findings"] if f["category"] == "date-order"]
    assert [(f["rule"], f["line"]) for f in dates] == [("CK606", 19), ("CK607", 19)]
    assert all(f["related"][0]["path"].endswith("cam-ket.txt") for f in dates)
    assert dates[0]["related"][0]["line"] == 30  # the commitment's own date
    assert "trước 01/06/2025" in dates[1]["message"]


def test_a_year_end_review_before_november_is_early(tmp_path):
    report = YEAREND_02A.replace("ngày 12 tháng 12 năm 2025", "ngày 20 tháng 9 năm 2025")
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LAN, "kd.txt": report})
    assert ("kd.txt", "CK607", 2) in _review_findings(unit)


def test_a_report_for_another_year_than_its_commitment(tmp_path):
    report = YEAREND_02A.replace("Năm 2025\n", "Năm 2024\n")
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LAN, "kd.txt": report})
    findings = [f for f in _check(unit)["findings"] if f["rule"] == "CK608"]
    assert [(f["line"], f["excerpt"]) for f in findings] == [(5, "Năm 2024")]
    assert "năm 2024" in findings[0]["message"] and "năm 2025" in findings[0]["message"]


def test_review_rules_are_selected_by_category_and_english_messages(tmp_path):
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LOI, "so-ket.txt": MIDYEAR_OWN})
    findings = _check(unit, "--select", "review", "--lang", "en")["findings"]
    assert {f["rule"] for f in findings} == {"CK601"}
    assert findings[0]["message"].startswith("No result reported for the committed item “Không")


def test_copied_reports_are_found_between_members_not_with_commitments(tmp_path):
    copied = MIDYEAR_OWN.replace("Đặng Văn Lợi", "Lâm Văn Phúc")
    unit = _unit(
        tmp_path,
        {"cam-ket.txt": COMMITMENT_LOI, "so-ket-loi.txt": MIDYEAR_OWN, "so-ket-phuc.txt": copied},
    )
    copies = [f for f in _check(unit)["findings"] if f["rule"] == "CK401"]
    pairs = {(Path(f["path"]).name, Path(f["related"][0]["path"]).name) for f in copies}
    assert pairs == {("so-ket-loi.txt", "so-ket-phuc.txt"), ("so-ket-phuc.txt", "so-ket-loi.txt")}
    # the advice fits a report as well as a commitment: write from one's own work and results
    assert all("cam kết" not in f["suggestion"] and "kết quả" in f["suggestion"] for f in copies)


def test_the_text_report_lists_review_findings_with_the_commitment_line(tmp_path):
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LOI, "so-ket.txt": MIDYEAR_OWN})
    result = CliRunner().invoke(main, ["check", "--select", "review", str(unit)])
    assert result.exit_code == 1
    assert "so-ket.txt:9:1: CK601 [cảnh báo] Chưa thấy kết quả của việc đã cam kết" in result.output
    assert f"↔ {unit / 'cam-ket.txt'}:18" in result.output
    assert "Theo loại: thực hiện cam kết 2." in result.output


def test_a_members_two_reports_are_never_copies_of_each_other(tmp_path):
    # the year-end review repeats the 6-month report's results, as members do
    yearend = MIDYEAR_OWN.replace(
        "Kết quả thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu 6 tháng đầu năm 2025",
        "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025",
    ).replace("BÁO CÁO\n", "")
    unit = _unit(
        tmp_path, {"cam-ket.txt": COMMITMENT_LOI, "so-ket.txt": MIDYEAR_OWN, "kd.txt": yearend}
    )
    periods = {Path(f["path"]).name: f.get("period") for f in _check(unit)["files"]}
    assert periods == {"cam-ket.txt": None, "so-ket.txt": "midyear", "kd.txt": "yearend"}
    assert not [f for f in _check(unit)["findings"] if f["rule"] == "CK401"]


def test_a_results_row_left_blank_is_a_gap_on_that_row(tmp_path, docx_file):
    unit = _unit(tmp_path, {"cam-ket.txt": COMMITMENT_LOI})
    docx_file(
        [
            "CHI BỘ TRẠM Y TẾ",
            "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025",
            "Họ và tên: Đặng Văn Lợi",
            "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC",
            "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
            [
                ["Nội dung đã cam kết", "Kết quả", "Tự đánh giá"],
                ["Kiểm kê thuốc hằng quý, lập biên bản", "4 lần, 4 biên bản", "Hoàn thành"],
                ["Không để thuốc hết hạn trong kho và tủ thuốc", "", ""],
                ["Dự trù thuốc bảo hiểm y tế hằng tháng", "12/12 tháng, trước ngày 20", "Tốt"],
                ["Sổ nhiệt độ, độ ẩm kho 2 lần mỗi ngày", "Ghi đủ 365 ngày", "Tốt"],
                [
                    "Nhập, xuất thuốc trên phần mềm trong ngày",
                    "Khớp sổ sách khi kiểm kê, 0 sai lệch",
                    "",
                ],
            ],
            "NGƯỜI TỰ KIỂM ĐIỂM",
            "Đặng Văn Lợi",
        ],
        "kiem-diem.docx",
    )
    import shutil

    shutil.move(str(tmp_path / "kiem-diem.docx"), unit / "kiem-diem.docx")
    findings = [f for f in _check(unit)["findings"] if f["rule"].startswith("CK6")]
    # the table's cells are lines 6 to 23, three to a row: the blank row's claim is line 12
    assert [(f["rule"], f["line"], f["excerpt"]) for f in findings] == [
        ("CK601", 12, "Không để thuốc hết hạn trong kho và tủ thuốc")
    ]
    assert findings[0]["related"][0]["line"] == 18
