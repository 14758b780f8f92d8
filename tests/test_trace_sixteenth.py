"""Reports and commitments as the new members of the sixteenth session's unseen sets (Vũng Lam
and Hòa Sơn, second sets) wrote them: an online form whose questions open with a required
field's star ("* Mục 2 - Kết quả …:"), stamped with the time its answers came ("Dấu thời
gian: …"); an e-mail report whose writer introduces himself in its first sentence ("Tôi là …,
Thượng úy …"); a commitment whose duties open with the post they belong to ("Chức trách: …").
The texts are written for these tests in the members' manner, not copied from the sets."""

from __future__ import annotations

import datetime as dt

from linter.config import Settings
from linter.engine import run
from linter.rules import load_rules
from linter.sections import unmarked
from tests.conftest import document_from_text
from tests.trace_samples import gaps, linked, restated, trace, unmatched, write_unit

# A residential group's leader: the funds, health insurance, the night patrol.
COMMITMENT_NHUNG = """ĐẢNG BỘ PHƯỜNG VŨNG LAM
CHI BỘ TỔ DÂN PHỐ TÂN HẢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Nhung, Tổ trưởng Tổ dân phố Tân Hải
III. Thực hiện chức trách, nhiệm vụ được giao
1. Thu quỹ Vì người nghèo đạt 100% số hộ trong tổ trước ngày 30/9/2026.
2. Vận động người dân tham gia bảo hiểm y tế, tỷ lệ bao phủ của tổ đạt 93% trở lên.
3. Phối hợp Cảnh sát khu vực rà soát người thuê trọ, cập nhật đủ vào sổ theo dõi hằng tháng.
NGƯỜI CAM KẾT
Lê Thị Nhung"""
FUNDS, INSURANCE, LODGERS = 6, 7, 8

# Her 6-month report as the cell's online form printed it: each question opens with the star
# of a required field, the name under its label, the stamp of when the answers came.
REPORT_NHUNG = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Biểu mẫu trực tuyến - Chi bộ Tổ dân phố Tân Hải
Dấu thời gian: 02/07/2026 21:14:05

* Họ và tên đảng viên:
Lê Thị Nhung

* Mục 1 - Tư tưởng chính trị, đạo đức lối sống:
Chấp hành tốt chủ trương của Đảng; dự đủ 6 kỳ sinh hoạt chi bộ.

* Mục 2 - Kết quả thực hiện các nội dung đã cam kết:
- Quỹ Vì người nghèo đã thu 392/412 hộ, số còn lại thu trong quý III.
- Tỷ lệ tham gia bảo hiểm y tế của tổ đạt 91,8% (1.476/1.608 người).

* Mục 3 - Hạn chế, nguyên nhân:
Một số hộ có người đi làm ăn xa nên vận động bảo hiểm y tế còn khó.

* Mục 4 - Nhiệm vụ 6 tháng cuối năm:
Cùng Cảnh sát khu vực rà soát người thuê trọ trong tổ."""
NAME_LINE, SHORTCOMING = 6, 16


def test_questions_opening_with_a_required_fields_star_are_the_reports_headings():
    traced = trace(REPORT_NHUNG, COMMITMENT_NHUNG)
    review = traced.report.outline.review
    assert [section.role for section in review.sections] == [
        "qualities",
        "commitment",
        "shortcomings",
        "directions",
    ]
    # the name under its label is no result, nor is the shortcoming: neither restates anything
    assert not {NAME_LINE, SHORTCOMING} & set(restated(traced))
    assert not {NAME_LINE, SHORTCOMING} & set(unmatched(traced))
    # what she plans for the rest of the year is no result: the lodgers' review is still due
    assert gaps(traced) == [LODGERS]


def test_a_required_fields_star_is_taken_off_a_numbered_title_only():
    for title in ("* Mục 2 - Kết quả thực hiện các nội dung đã cam kết:", "(*) 3. Hạn chế"):
        assert unmarked(title).lstrip() == title.split(" ", 1)[1]
        assert len(unmarked(title)) == len(title)  # offsets into the line still hold
    for line in (
        "* Tham gia đủ 6 kỳ sinh hoạt chi bộ.",  # a bullet before a result
        "* 2 hộ nghèo được hỗ trợ sửa nhà.",  # a count, not a numbering
    ):
        assert unmarked(line) == line


def test_an_online_forms_stamp_is_the_reports_own_date():
    own = document_from_text(REPORT_NHUNG, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (3, dt.date(2026, 7, 2))
    # the stamp's label is what makes it the date: a result's date and time is none
    result = REPORT_NHUNG.replace("Dấu thời gian:", "Họp tổ dân phố lúc")
    own = document_from_text(result, "bao-cao.txt").outline.own_date
    assert own is None or own.line != 3


# A ward policeman's 6-month report, sent by e-mail: he introduces himself in its first
# sentence, with no label's colon, and signs nowhere.
REPORT_TOAN = """Kính gửi: Đồng chí Bí thư Chi bộ Tổ dân phố Tân Hải

Tôi là Đậu Đức Toàn, Thượng úy, Cảnh sát khu vực Công an phường Vũng Lam, đảng viên sinh hoạt tại Chi bộ Tổ dân phố Tân Hải. Tôi gửi báo cáo qua thư điện tử.

BÁO CÁO KẾT QUẢ THỰC HIỆN BẢN CAM KẾT 6 THÁNG ĐẦU NĂM 2026

1. Kết quả công tác
- Cập nhật thông tin cư trú cho 214 trường hợp; hướng dẫn 09 người thuê trọ đăng ký tạm trú.
- Tuyên truyền phòng, chống lừa đảo qua mạng tại 03 cuộc họp tổ dân phố.

2. Hạn chế
Người thuê trọ biến động nhiều nên việc nắm người còn chậm.

Vũng Lam, ngày 30 tháng 6 năm 2026"""


def test_a_writer_introducing_himself_in_a_sentence_is_the_reports_writer(tmp_path):
    report = document_from_text(REPORT_TOAN, "bao-cao.txt")
    assert report.outline.header.author == "Đậu Đức Toàn"
    # his commitment is not in the batch: the secretary is told so, once, on the report
    unit = write_unit(
        tmp_path / "chi-bo-tdp-tan-hai",
        {"cam-ket.txt": COMMITMENT_NHUNG, "bao-cao.txt": REPORT_TOAN},
    )
    assert linked(unit) == {"bao-cao.txt": None}
    findings = run([unit], load_rules(), Settings()).findings
    assert [f.rule for f in findings if f.path.endswith("bao-cao.txt")] == ["CK605"]


def test_a_sentence_naming_no_one_after_toi_la_gives_no_writer():
    for opening in ("Tôi là đảng viên Chi bộ Tổ dân phố Tân Hải,", "Tôi là Bí thư Chi đoàn,"):
        text = REPORT_TOAN.replace("Tôi là Đậu Đức Toàn, Thượng úy,", opening)
        assert document_from_text(text, "bao-cao.txt").outline.header.author is None


# A port shift leader's duties open with the post they belong to: the post, not a task.
COMMITMENT_DUNG = """CHI BỘ CÔNG TY CỔ PHẦN CẢNG VŨNG LAM
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Văn Dũng
III. Thực hiện chức trách, nhiệm vụ được giao
Chức trách: Trưởng ca khai thác Đội Bốc xếp số 2, quản lý 36 công nhân, điều hành bốc xếp tại bến số 3 và bến số 4.
1. Kèm cặp 04 công nhân mới tuyển tháng 01/2026 đủ điều kiện làm việc độc lập trước ngày 30/6/2026.
NGƯỜI CAM KẾT
Trần Văn Dũng"""
POST, TRAINEES = 5, 6


def test_a_line_naming_the_post_in_charge_is_due_no_result():
    report = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trần Văn Dũng
2. Kết quả thực hiện các nội dung đã cam kết
- Kèm cặp 04 công nhân mới: 03 em làm việc độc lập từ tháng 5/2026, 01 em nghỉ ốm nên chưa đạt.
Vũng Lam, ngày 30 tháng 6 năm 2026
Người báo cáo
Trần Văn Dũng"""
    assert gaps(trace(report, COMMITMENT_DUNG)) == []
    silent = report.replace(
        "- Kèm cặp 04 công nhân mới: 03 em làm việc độc lập từ tháng 5/2026, 01 em nghỉ ốm nên"
        " chưa đạt.\n",
        "",
    )
    assert gaps(trace(silent, COMMITMENT_DUNG)) == [TRAINEES]
