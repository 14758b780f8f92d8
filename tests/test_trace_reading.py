"""Reading members' reports on their commitment: the year-end self-review (Mẫu 02A/02B), the
6-month report in a unit's own layout, results tables; period and year in the JSON entries."""

from __future__ import annotations

import json

from click.testing import CliRunner

from linter.cli import main
from linter.trace.model import (
    COMMITMENT,
    DIRECTIONS,
    DUTIES,
    EXCELLENT,
    GOOD,
    MIDYEAR,
    QUALITIES,
    RATING,
    REMEDY,
    RESULTS,
    SHORTCOMINGS,
    YEAREND,
)
from tests.conftest import document_from_text
from tests.trace_samples import CELL_SUMMARY, MIDYEAR_OWN, YEAREND_02A, YEAREND_02B


def _review(text: str):
    outline = document_from_text(text).outline
    assert outline.kind == "report"
    return outline, outline.review


def test_a_year_end_self_review_reads_its_parts_by_role():
    outline, review = _review(YEAREND_02A)
    assert (outline.period, outline.title_year, review.period) == (YEAREND, 2025, YEAREND)
    assert review.personal and review.author == "Nguyễn Thị Lan"
    roles = [(s.heading_line, s.role, s.level) for s in review.sections]
    assert roles == [
        (12, RESULTS, 1),
        (13, QUALITIES, 2),
        (16, DUTIES, 2),
        (18, COMMITMENT, 2),
        (24, SHORTCOMINGS, 1),
        (25, SHORTCOMINGS, 2),
        (27, "other", 2),
        (30, REMEDY, 1),
        (33, DIRECTIONS, 1),
        (36, RATING, 1),
    ]


def test_results_are_read_under_their_sections_and_nothing_else_is():
    _, review = _review(YEAREND_02A)
    by_line = {entry.line: entry.role for entry in review.entries}
    # the writer's particulars, the directions, the rating and the signature are no results;
    # the causes may say what came of an item ("chưa viết được … vì …"), so they are read
    assert by_line == {
        14: QUALITIES,
        15: QUALITIES,
        17: DUTIES,
        19: COMMITMENT,
        20: COMMITMENT,
        21: COMMITMENT,
        26: SHORTCOMINGS,
        28: "other",
        31: REMEDY,
    }
    entry = next(e for e in review.entries if e.line == 19)
    assert entry.text.startswith("Phụ đạo môn Toán cho 6 em lớp 8B")
    assert entry.start == 2  # after the bullet


def test_self_ratings_are_read_with_their_level_and_section():
    _, review = _review(YEAREND_02A)
    ratings = [(r.line, r.level, r.role) for r in review.ratings]
    assert ratings == [(22, EXCELLENT, COMMITMENT), (37, GOOD, RATING)]


def test_a_six_month_report_in_a_units_own_layout():
    outline, review = _review(MIDYEAR_OWN)
    assert (outline.period, outline.title_year) == (MIDYEAR, 2025)
    assert review.author == "Đặng Văn Lợi"
    # under "Kết quả thực hiện cam kết" every part of the commitment reports on it
    sections = [(s.heading_line, s.role, s.part) for s in review.sections]
    assert sections == [
        (6, COMMITMENT, None),
        (7, COMMITMENT, 1),
        (9, COMMITMENT, 3),
        (12, COMMITMENT, 5),
        (14, SHORTCOMINGS, None),
        (16, DIRECTIONS, None),
    ]
    assert [(e.line, e.part) for e in review.entries] == [
        (8, 1),
        (10, 3),
        (11, 3),
        (13, 5),
        (15, None),
    ]
    assert [(r.line, r.level) for r in review.ratings] == [(18, GOOD)]


def test_a_cells_summary_is_a_report_but_not_a_members():
    outline, review = _review(CELL_SUMMARY)
    assert outline.period == MIDYEAR and not review.personal
    assert review.entries == () and review.sections == ()


def test_a_blank_forms_choices_are_no_rating():
    text = YEAREND_02A.replace(
        "* Tự đánh giá: Hoàn thành xuất sắc.", "* Tự đánh giá: Xuất sắc / Tốt / Trung bình / Kém"
    )
    _, review = _review(text)
    assert [r.line for r in review.ratings] == [37]


def test_a_report_without_headings_is_all_results_after_the_particulars():
    text = """CHI BỘ ẤP PHƯỚC HÒA
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025
Họ và tên: Võ Văn Thành
Chức vụ: Trưởng ấp
- Vận động được 14/20 hộ tham gia bảo hiểm y tế.
- Sửa 300 m đường đal tổ 3, xong ngày 15/5/2025.
Người báo cáo
Võ Văn Thành"""
    _, review = _review(text)
    assert [(e.line, e.role) for e in review.entries] == [(5, COMMITMENT), (6, COMMITMENT)]


def test_a_results_table_gives_each_row_its_claim_result_and_rating(docx_file, tmp_path):
    path = docx_file(
        [
            "CHI BỘ TRẠM Y TẾ",
            "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025",
            "Họ và tên: Châu Thị Mỹ Linh",
            "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC",
            "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
            [
                ["STT", "Nội dung đã cam kết", "Kết quả thực hiện", "Tự đánh giá"],
                [
                    "1",
                    "Vận động 120 cặp vợ chồng dùng biện pháp tránh thai hiện đại",
                    "Đạt 131 cặp",
                    "Xuất sắc",
                ],
                ["2", "Khám sức khỏe tiền hôn nhân cho 60 thanh niên", "", "Tốt"],
            ],
            "NGƯỜI TỰ KIỂM ĐIỂM",
            "Châu Thị Mỹ Linh",
        ],
        "kiem-diem.docx",
    )
    from linter.document import Document
    from linter.parse import parse
    from linter.read import read
    from linter.sources import Source

    lines, fmt, _ = read(Source(path, path.name, "u"))
    document = Document(path.name, "u", fmt, lines)
    review = parse(document).review
    rows = [(e.claimed[:20], e.text, e.rating, e.table_row) for e in review.entries]
    assert rows == [
        ("Vận động 120 cặp vợ ", "Đạt 131 cặp", EXCELLENT, True),
        ("Khám sức khỏe tiền h", "", GOOD, True),
    ]
    first = review.entries[0]
    assert document.line(first.line).text == "Đạt 131 cặp"
    assert document.line(first.rating_line).text == "Xuất sắc"
    assert document.line(first.claimed_line).text.startswith("Vận động 120")


def test_period_and_year_are_extra_keys_of_a_reports_json_entry(tmp_path):
    unit = tmp_path / "chi-bo"
    unit.mkdir()
    (unit / "so-ket.txt").write_text(MIDYEAR_OWN, encoding="utf-8")
    (unit / "kiem-diem.txt").write_text(YEAREND_02A, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(unit)])
    entries = {e["path"].rsplit("/", 1)[-1]: e for e in json.loads(result.output)["files"]}
    assert (entries["so-ket.txt"]["period"], entries["so-ket.txt"]["year"]) == (MIDYEAR, 2025)
    assert (entries["kiem-diem.txt"]["period"], entries["kiem-diem.txt"]["year"]) == (YEAREND, 2025)


def test_a_commitments_json_entry_keeps_the_contracts_keys(unit):
    result = CliRunner().invoke(main, ["check", "--format", "json", str(unit)])
    (entry,) = json.loads(result.output)["files"]
    assert set(entry) == {"path", "unit", "kind", "date", "number", "error"}


def test_a_units_own_heading_titles_from_camket_yaml(tmp_path):
    unit = tmp_path / "chi-bo"
    unit.mkdir()
    text = MIDYEAR_OWN.replace("I. KẾT QUẢ THỰC HIỆN CAM KẾT", "I. NHỮNG VIỆC ĐÃ LÀM THEO ĐĂNG KÝ")
    (unit / "so-ket.txt").write_text(text, encoding="utf-8")
    (tmp_path / "camket.yaml").write_text(
        "review_headings:\n  roles:\n    commitment: ['những việc đã làm theo đăng ký']\n"
        "    directions: ['phương hướng']\n    shortcomings: ['hạn chế']\n",
        encoding="utf-8",
    )
    from linter.config import load_config
    from linter.engine import run
    from linter.rules import load_rules

    settings = load_config(tmp_path / "camket.yaml")
    report = run([unit], load_rules(), settings)
    review = report.documents[0].outline.review
    assert [(s.heading_line, s.role) for s in review.sections][:2] == [
        (6, COMMITMENT),
        (7, COMMITMENT),
    ]
    # the built-in titles read the unit's heading as results in general, not the commitment's
    default = document_from_text(text).outline.review
    assert [(s.heading_line, s.role) for s in default.sections][:2] == [
        (6, RESULTS),
        (7, QUALITIES),
    ]


def test_a_bad_review_headings_entry_is_a_config_error(tmp_path):
    (tmp_path / "camket.yaml").write_text(
        "review_headings:\n  roles:\n    ketqua: ['kết quả']\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["check", "--config", str(tmp_path / "camket.yaml"), str(tmp_path)]
    )
    assert result.exit_code == 2
    assert "vai trò không có: ketqua" in result.output


def test_the_leaders_form_has_the_commitment_at_point_six():
    outline, review = _review(YEAREND_02B)
    assert outline.period == YEAREND and review.author == "Huỳnh Minh Tâm"
    roles = {s.heading_line: s.role for s in review.sections}
    assert roles[9] == DUTIES and roles[11] == DUTIES and roles[13] == QUALITIES
    assert roles[17] == COMMITMENT and roles[19] == RATING
    assert [(e.line, e.role) for e in review.entries if e.role == COMMITMENT] == [(18, COMMITMENT)]


MIDYEAR_PARTS = """ĐẢNG BỘ XÃ HÒN THƠM                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ HỢP TÁC XÃ DU LỊCH
Hòn Thơm, ngày 25/6/2026
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
VIỆC THỰC HIỆN BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU
Kính gửi: Chi ủy Chi bộ Hợp tác xã Du lịch Hòn Thơm.
Tên tôi là: Đỗ Minh Khang, sinh năm 1994, hướng dẫn viên.
Phần 1. Kết quả thực hiện các nội dung đã cam kết
1. Về tư tưởng chính trị
1.1. Luôn tin tưởng vào sự lãnh đạo của Đảng.
2. Về thực hiện chức trách, nhiệm vụ được giao
2.1. Hướng dẫn 38 đoàn khách, không đoàn nào bị cắt điểm tham quan.
Phần 2. Hạn chế
- Chưa tổ chức được buổi dọn rác thứ hai.
Phần 3. Phương hướng 6 tháng cuối năm
- Tổ chức buổi dọn rác ở Hòn Rỏi trong tháng 9.
Người báo cáo
Đỗ Minh Khang"""


def test_parts_numbered_phan_head_the_numbered_list_under_them():
    """ "Phần 1. Kết quả thực hiện các nội dung đã cam kết" is above "1. Về tư tưởng chính trị":
    what is under it reports on the commitment; the addressee and the writer's introduction
    ("Kính gửi: …", "Tên tôi là: …") are no results."""
    _, review = _review(MIDYEAR_PARTS)
    assert [(s.heading_line, s.role) for s in review.sections] == [
        (8, COMMITMENT),
        (9, COMMITMENT),
        (11, COMMITMENT),
        (13, SHORTCOMINGS),
        (15, DIRECTIONS),
    ]
    assert [entry.line for entry in review.entries if entry.role == COMMITMENT] == [10, 12]
    assert review.author == "Đỗ Minh Khang"


def test_the_writer_says_who_he_is_in_the_first_person():
    for field in ("Tên tôi là: Đỗ Minh Khang", "Tôi là: Đỗ Minh Khang, sinh năm 1994"):
        text = MIDYEAR_PARTS.replace(
            "Tên tôi là: Đỗ Minh Khang, sinh năm 1994, hướng dẫn viên.", field
        )
        _, review = _review(text)
        assert [entry.line for entry in review.entries] == [10, 12, 14]
        assert all("Khang" not in entry.text for entry in review.entries)


def test_a_sentence_announcing_the_results_is_no_heading():
    """ "Thực hiện bản cam kết đã đăng ký …, tôi đã làm được như sau:" opens the body; the
    results are under "I. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC", where a course nobody committed to shows."""
    from tests.trace_samples import trace, unmatched

    commitment = """ĐẢNG BỘ XÃ LẠC HÒA                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP HÒA TÚ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Thạch Thị Sa
Chức vụ: Chi hội trưởng Chi hội Phụ nữ ấp
3. Về thực hiện nhiệm vụ được giao
- Vận động thêm 8 chị vào tổ tiết kiệm của chi hội trong năm 2026.
NGƯỜI CAM KẾT
Thạch Thị Sa"""
    report = """CHI BỘ ẤP HÒA TÚ
BÁO CÁO KẾT QUẢ THỰC HIỆN BẢN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Thạch Thị Sa
Thực hiện bản cam kết đã đăng ký ngày 02/3/2026, 6 tháng đầu năm tôi đã làm được như sau:
I. NHỮNG VIỆC ĐÃ LÀM ĐƯỢC
1. Vận động thêm 5 chị vào tổ tiết kiệm, còn 3 chị nữa mới đạt.
2. Học xong lớp "Khởi nghiệp cho phụ nữ nông thôn" do Hội Phụ nữ huyện mở (5 ngày, tháng 4/2026).
II. 6 THÁNG CUỐI NĂM
- Vận động đủ 3 chị còn lại.
Người báo cáo
Thạch Thị Sa"""
    _, review = _review(report)
    assert [s.heading_line for s in review.sections] == [5, 8]
    assert unmatched(trace(report, commitment)) == [7]


COMMITMENT_GROUPED = """ĐẢNG BỘ PHƯỜNG ĐỒI XANH                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TỔ DÂN PHỐ HỒNG LĨNH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Văn Kha
Chức vụ: Trưởng Ban công tác Mặt trận tổ dân phố
3. Về thực hiện nhiệm vụ được giao
- Phối hợp vận động xây dựng 01 căn nhà "Đại đoàn kết" cho hộ cận nghèo của tổ dân phố, bàn giao trước Tết Đinh Mùi 2027.
- Duy trì Tổ tự quản an ninh trật tự tuần tra ban đêm 2 đêm mỗi tuần.
- Hằng tháng báo cáo tình hình an ninh trật tự với Ban điều hành tổ dân phố bằng văn bản vào ngày 25.
NGƯỜI CAM KẾT
Trần Văn Kha"""

MIDYEAR_GROUPED = """CHI BỘ TỔ DÂN PHỐ HỒNG LĨNH
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trần Văn Kha
I. KẾT QUẢ THỰC HIỆN
a) Nhà "Đại đoàn kết" cho hộ cận nghèo:
- Đã cùng Chi hội Phụ nữ rà soát, thống nhất chọn hộ ông Y Bhin (nhà tạm, 5 nhân khẩu).
- Các hộ trong tổ đóng góp 23 triệu đồng; 02 doanh nghiệp ủng hộ 15 triệu đồng.
- Dự kiến khởi công tháng 9/2026.
b) Tổ tự quản an ninh trật tự:
- Tổ tuần tra ban đêm được 49 đêm, phát hiện 02 vụ trộm gà báo Công an phường.
II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
- Khởi công, hoàn thành nhà "Đại đoàn kết".
Người báo cáo
Trần Văn Kha"""


def test_the_results_under_a_group_title_report_on_the_item_it_names():
    """ "a) Nhà “Đại đoàn kết” cho hộ cận nghèo:" over the money raised and the start date: the
    house is answered, and those lines are no results for nothing committed; "b) Tổ tự quản an
    ninh trật tự:" over the patrols answers the patrols, not the monthly reports it also names."""
    from tests.trace_samples import gaps, trace, unmatched

    _, review = _review(MIDYEAR_GROUPED)
    grouped = [(entry.line, entry.claimed) for entry in review.entries if entry.grouped]
    assert grouped[0] == (6, 'Nhà "Đại đoàn kết" cho hộ cận nghèo')
    assert [line for line, _ in grouped] == [6, 7, 8, 10]
    found = trace(MIDYEAR_GROUPED, COMMITMENT_GROUPED)
    assert gaps(found) == [9]
    assert unmatched(found) == []


def test_an_extra_under_a_group_title_is_still_declared_extra():
    """ "- Ngoài ra, …" under "a) Nhà “Đại đoàn kết” …:" is presented as beyond the commitment."""
    from linter.trace.review import declared_extra

    report = MIDYEAR_GROUPED.replace(
        "- Dự kiến khởi công tháng 9/2026.",
        "- Ngoài ra, vận động 02 hộ hiến đất mở rộng hẻm 3 m.",
    )
    _, review = _review(report)
    extra = next(entry for entry in review.entries if "Ngoài ra" in entry.text)
    assert extra.grouped
    titles = {section.heading_line: section.title for section in review.sections}
    assert declared_extra(extra, titles) == "line"
