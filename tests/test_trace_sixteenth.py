"""Reports and commitments as the new members of the sixteenth session's unseen sets wrote them
(second sets of Vũng Lam, Hòa Sơn, Hòa Thành, Sơn Kim Hà, Tân Phước, Mỹ Hiệp): online forms
whose questions open with a required field's star and that carry a time stamp; an e-mail whose
writer introduces himself in a sentence; a chat whose headings are starred over "+" results; a
form with parts lettered "Phần A."; a post line ("Chức trách: …"); a part titled by Hồ Chí
Minh's example; a result on a school's self-assessment file; results tied to their items by
three key terms, or by a table row naming one term. The texts are written for these tests in
the members' manner, not copied from the sets."""

from __future__ import annotations

import datetime as dt

from linter.config import Settings
from linter.engine import run
from linter.rules import load_rules
from linter.sections import unmarked
from linter.trace.match import COVERS_WITH_KEY, Matcher
from linter.trace.review import committed_items
from tests.conftest import document_from_text
from tests.trace_samples import gaps, linked, restated, trace, trace_docx, unmatched, write_unit

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


# A village health worker's 6-month report pasted into the cell's Zalo group: the message's
# stamp above the title, headings marked with a star, results with "+", the secretary's reply
# under it (from the second unseen set of Sơn Kim Hà).
COMMITMENT_HANG = """CHI BỘ THÔN TRUNG SƠN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nguyễn Thị Hằng, y tế thôn
3. Về thực hiện nhiệm vụ được giao
- Vận động người dân mua bảo hiểm y tế, đưa tỷ lệ tham gia của thôn lên 96% vào cuối năm 2026.
- Phát triển thêm 08 hội viên phụ nữ mới, nâng tỷ lệ tập hợp phụ nữ lên 90%.
NGƯỜI CAM KẾT
Nguyễn Thị Hằng"""
INSURANCE_HANG, MEMBERS_HANG = 5, 6

REPORT_HANG = """[30/6/2026 20:41] Nguyễn Thị Hằng: Em gửi anh báo cáo 6 tháng ạ
BÁO CÁO THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Đảng viên: Nguyễn Thị Hằng - y tế thôn
* Về tư tưởng, đạo đức: luôn chấp hành tốt, không vi phạm gì.
* Kết quả thực hiện cam kết:
+ BHYT: đến 25/6 thôn đạt 94,2%, còn 19 khẩu chưa mua, đang vận động tiếp
+ Sinh hoạt chi bộ: dự đủ 6 buổi, đóng đảng phí đủ
* Tồn tại: vận động hội viên mới còn chậm.
* 6 tháng cuối năm: vận động BHYT cho đủ chỉ tiêu, kết nạp hội viên phụ nữ mới.
Tự đánh giá: hoàn thành tốt.
[30/6/2026 20:43] Hồ Văn Thắng: Đã nhận, cảm ơn đ/c Hằng"""
SHORTCOMING_HANG, PLANS_HANG, REPLY = 8, 9, 11


def test_in_a_chat_a_star_over_another_bullet_marks_the_headings():
    traced = trace(REPORT_HANG, COMMITMENT_HANG)
    review = traced.report.outline.review
    roles = [section.role for section in review.sections]
    assert roles == ["qualities", "commitment", "shortcomings", "directions"]
    assert [rating.level for rating in review.ratings] == ["good"]
    # what she will do next is no result: the new members are still due; the secretary's
    # reply after the rating is no result for nothing committed
    assert gaps(traced) == [MEMBERS_HANG]
    assert not {SHORTCOMING_HANG, PLANS_HANG, REPLY} & set(unmatched(traced) + restated(traced))


def test_where_every_bullet_is_a_star_no_star_heads():
    starred = REPORT_HANG.replace("\n+ ", "\n* ")
    review = trace(starred, COMMITMENT_HANG).report.outline.review
    assert "shortcomings" not in [section.role for section in review.sections]


def test_the_stamp_of_the_message_bringing_a_report_is_its_date_when_it_writes_none():
    own = document_from_text(REPORT_HANG, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (1, dt.date(2026, 6, 30))
    dated = REPORT_HANG.replace("Tự đánh giá: hoàn thành tốt.", "Trung Sơn, ngày 29/6/2026")
    own = document_from_text(dated, "bao-cao.txt").outline.own_date
    assert own.value == dt.date(2026, 6, 29)  # a date it writes comes first


def test_a_web_forms_stamp_under_its_label_is_the_own_date():
    form = """SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT CỦA ĐẢNG VIÊN NĂM 2026
Câu trả lời của bạn đã được ghi lại.
Dấu thời gian
30/06/2026 16:52:08
Họ và tên *
Huỳnh Thị Thu Sương
Kết quả thực hiện các nội dung đã cam kết *
- Học kỳ II nấu cho bình quân 214 cháu/ngày, không xảy ra ngộ độc thực phẩm."""
    own = document_from_text(form, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (4, dt.date(2026, 6, 30))
    # a field of the report's own date comes before the stamp of when the answers came
    dated = form.replace("Họ và tên *", "Ngày báo cáo *\n29/6/2026\nHọ và tên *")
    own = document_from_text(dated, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (6, dt.date(2026, 6, 29))


# A commune doctor's commitment whose last part follows Hồ Chí Minh's example under its own
# title, and his 6-month report whose shortcomings stand under the heading on the commitment
# (from the second unseen set of Hòa Thành).
COMMITMENT_PHUC = """CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nguyễn Hoàng Phúc, y sĩ
PHẦN III. THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ
3.1. Khám sàng lọc tăng huyết áp lưu động 03 đợt tại 03 ấp trong năm 2026.
PHẦN V. KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM
5.1. Năm 2026 tự rà soát hồ sơ bệnh án vào chiều thứ Sáu hằng tuần, không để bị xuất toán.
PHẦN VI. LÀM THEO GƯƠNG BÁC
6.1. Thực hành tiết kiệm, chống lãng phí trong sử dụng thuốc, vật tư y tế.
NGƯỜI CAM KẾT
Nguyễn Hoàng Phúc"""
SCREENING, RECORDS, SAVING_PHUC = 5, 7, 9

REPORT_PHUC = """BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Nguyễn Hoàng Phúc
I. THỰC HIỆN BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU
1. Kết quả thực hiện nhiệm vụ đã cam kết
- Khám sàng lọc lưu động: đã làm 02 đợt tại ấp Hòa Lợi và ấp Hòa Hưng, khám 438 người.
- Hồ sơ bệnh án: chiều thứ Sáu hằng tuần tự rà soát; quý I không bị xuất toán.
2. Hạn chế
- Kinh nghiệm khám, chẩn đoán còn ít; có lúc còn lúng túng khi xử trí cấp cứu ban đầu.
3. Hướng 6 tháng cuối năm
- Khám sàng lọc đợt 3 ở ấp Hòa Bình.
Hòa Thành, ngày 30 tháng 6 năm 2026"""
SHORTCOMING_PHUC = 8


def test_a_part_titled_by_hcm_example_holds_items_no_result_is_due_for():
    items = {item.line: item for item in committed_items(document_from_text(COMMITMENT_PHUC))}
    assert 6 in items[SAVING_PHUC].parts and not items[SAVING_PHUC].due_part
    assert gaps(trace(REPORT_PHUC, COMMITMENT_PHUC)) == []


def test_shortcomings_under_the_heading_on_the_commitment_are_no_results():
    traced = trace(REPORT_PHUC, COMMITMENT_PHUC)
    roles = [section.role for section in traced.report.outline.review.sections]
    assert roles[-2:] == ["shortcomings", "directions"]
    assert SHORTCOMING_PHUC not in restated(traced) + unmatched(traced)
    # what is planned for the rest of the year answers nothing
    silent = REPORT_PHUC.replace(
        "- Khám sàng lọc lưu động: đã làm 02 đợt tại ấp Hòa Lợi và ấp Hòa Hưng, khám 438 người.\n",
        "",
    )
    assert gaps(trace(silent, COMMITMENT_PHUC)) == [SCREENING]


# A hamlet chief's hedges: the result names the two groups and the count of households the
# item names, in few of its words (from the second unseen set of Tân Phước).
ITEMS_BE = [
    "Cùng Ban Nhân dân ấp vận động 15 hộ dọc đường trục ấp làm hàng rào xanh bằng dâm bụt, chè"
    " tàu, xong trước ngày 30/6/2025; trong đó tôi trực tiếp vận động 5 hộ ở tổ 1 và tổ 2.",
    "Công khai các khoản bà con đóng góp làm đường hoa, hàng rào xanh trên bảng tin Nhà văn hóa.",
    "Chỉ đạo làm xong tuyến đường hoa dài 1,2 km từ cầu Kênh Ngang đến Nhà văn hóa ấp.",
    "Phối hợp Ban Chỉ huy Quân sự xã giao đủ 03 thanh niên nhập ngũ năm 2025.",
    "Chủ trì tổ hòa giải ấp, phấn đấu hòa giải thành từ 85% số vụ việc trở lên.",
]
HEDGES_RESULT = (
    "Hàng rào xanh: bà con đang trồng, đã được 11/15 hộ; riêng tổ 1 tổ 2 em đến nhà 4 hộ, còn 1"
    " hộ nhà ông Tư Mến chưa chịu vì đang tính cất lại nhà. Dự kiến xong cuối tháng 6."
)
OTHERS_BE = [
    "Đường hoa cầu Kênh Ngang - Nhà văn hóa ấp: làm xong ngày 26/4, 64 hộ góp công.",
    "Giao quân: giao đủ 3 thanh niên ngày 13/2.",
    "Hòa giải: nhận 4 vụ, hòa giải thành 4/4.",
]


def test_three_key_terms_in_common_answer_an_item_in_few_of_its_words():
    matcher = Matcher(ITEMS_BE, [HEDGES_RESULT, *OTHERS_BE])
    found = matcher.affinity(0, 0)
    assert found.keys == {"15", "tổ 1", "tổ 2"} and found.item_cover < COVERS_WITH_KEY
    assert found.answers
    # the two groups alone are where, not what: without the count it answers no more
    without_count = HEDGES_RESULT.replace("11/15 hộ", "11 hộ")
    matcher = Matcher(ITEMS_BE, [without_count, *OTHERS_BE])
    assert not matcher.affinity(0, 0).answers


# A teacher's results table: a row names its item by the one term it is about (from the second
# unseen set of Tân Phước).
COMMITMENT_TAM_TP = """CHI BỘ TRƯỜNG THCS TÂN PHƯỚC
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
Họ và tên: Bùi Thị Thanh Tâm, giáo viên Ngữ văn
3. Về thực hiện nhiệm vụ được giao
- Bồi dưỡng đội tuyển học sinh giỏi Ngữ văn 9, phấn đấu có 02 em đạt giải cấp huyện.
- Viết sáng kiến kinh nghiệm "Rèn kỹ năng viết đoạn văn nghị luận xã hội cho học sinh lớp 9", nộp Hội đồng trước tháng 5/2025.
NGƯỜI CAM KẾT
Bùi Thị Thanh Tâm"""
INITIATIVE = 6


def test_a_rows_claim_of_one_key_term_names_its_item(tmp_path):
    rows = [
        ["Nội dung đã cam kết", "Kết quả thực hiện", "Tự đánh giá"],
        ["Bồi dưỡng học sinh giỏi Ngữ văn 9", "01 em đạt giải Ba cấp huyện", "Chưa hoàn thành"],
        ["Sáng kiến kinh nghiệm", "Hoàn thành sáng kiến theo đúng kế hoạch đã đăng ký.", "Tốt"],
    ]
    blocks = [
        "BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025",
        "Họ và tên: Bùi Thị Thanh Tâm",
        "2. Kết quả thực hiện các nội dung đã cam kết",
        rows,
        "Tân Phước, ngày 08 tháng 7 năm 2025",
    ]
    traced = trace_docx(tmp_path, blocks, COMMITMENT_TAM_TP)
    assert gaps(traced) == []
    # a row that leaves the result blank is the gap, on that row
    rows[2][1] = ""
    traced = trace_docx(tmp_path, blocks, COMMITMENT_TAM_TP)
    assert gaps(traced) == [INITIATIVE]


# A vice-principal's 6-month form: parts lettered "Phần A.", "Phần B.", and a result on the
# school's own self-assessment file (from the second unseen set of Mỹ Hiệp).
COMMITMENT_HA = """CHI BỘ TRƯỜNG TIỂU HỌC MỸ HIỆP
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
Họ và tên: Phạm Thị Thu Hà, Phó Hiệu trưởng
3. Về thực hiện nhiệm vụ được giao
- Chủ trì hoàn thành hồ sơ tự đánh giá đề nghị công nhận lại trường đạt chuẩn quốc gia mức độ 1, nộp Phòng Giáo dục và Đào tạo trong tháng 10/2025.
- Dự giờ ít nhất 04 tiết/tháng, kiểm tra chuyên đề 24/24 giáo viên trong năm học.
NGƯỜI CAM KẾT
Phạm Thị Thu Hà"""

REPORT_HA = """PHIẾU SƠ KẾT 6 THÁNG ĐẦU NĂM 2025
Họ và tên đảng viên: Phạm Thị Thu Hà
Phần A. Tư tưởng chính trị, đạo đức lối sống, tổ chức kỷ luật (tự nhận xét ngắn)
Giữ vững lập trường tư tưởng; dự đủ 06 kỳ sinh hoạt chi bộ.
Phần B. Kết quả thực hiện nhiệm vụ đã cam kết
1. Từ tháng 02 đến tháng 6/2025 dự 21 tiết (bình quân 4,2 tiết/tháng); kiểm tra chuyên đề 13/24 giáo viên.
2. Hồ sơ tự đánh giá trường đạt chuẩn quốc gia: đang thực hiện, dự kiến hoàn thành, nộp Phòng trong tháng 10/2025.
Phần C. Hạn chế
Số giáo viên được kiểm tra chuyên đề mới đạt hơn 50% kế hoạch năm.
Mỹ Hiệp, ngày 03 tháng 7 năm 2025"""
FILE_RESULT = 7


def test_a_forms_lettered_parts_are_its_headings():
    review = trace(REPORT_HA, COMMITMENT_HA).report.outline.review
    assert [section.role for section in review.sections] == [
        "qualities",
        "commitment",
        "shortcomings",
    ]


def test_a_result_on_a_self_assessment_file_is_no_self_rating():
    traced = trace(REPORT_HA, COMMITMENT_HA)
    review = traced.report.outline.review
    assert review.ratings == ()
    assert FILE_RESULT in [entry.line for entry in review.entries]
    assert gaps(traced) == []
    # the member's own rating under the same words is one
    rated = REPORT_HA.replace(
        "Mỹ Hiệp, ngày", "Bản thân tự đánh giá: Hoàn thành tốt nhiệm vụ.\nMỹ Hiệp, ngày"
    )
    levels = [r.level for r in trace(rated, COMMITMENT_HA).report.outline.review.ratings]
    assert levels == ["good"]


# A young worker's 6-month report sent in the cell's chat: results grouped by where they were
# done, the sign-off and the secretary's reply after them (from the second unseen set of Bình
# An).
COMMITMENT_TRI = """CHI BỘ ẤP BÌNH THUẬN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
Họ và tên: Lê Minh Trí, tổ trưởng tổ lắp ráp, Bí thư Chi đoàn ấp
3. Về thực hiện nhiệm vụ được giao
- Điều hành tổ lắp ráp số 2 đạt năng suất bình quân từ 104% định mức trở lên.
- Tổ chức 02 đợt ra quân "Ngày Chủ nhật xanh", trồng 300 cây xanh dọc kênh Ông Cả.
NGƯỜI CAM KẾT
Lê Minh Trí"""

REPORT_TRI = """[28/05/2025 21:16] Minh Trí:
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025
Đảng viên: Lê Minh Trí - Chi bộ ấp Bình Thuận
1. Ở công ty (tổ trưởng tổ lắp ráp số 2)
- Từ tháng 1 tới hết tháng 4 tổ em đạt năng suất bình quân 106% định mức.
2. Ở ấp (Bí thư Chi đoàn)
- Ra quân Ngày Chủ nhật xanh đợt 1 ngày 16/3/2025, trồng 180 cây sao, cây dầu; đợt 2 làm vô tháng 8.
- Em tham gia hiến máu tình nguyện đợt 1 tại xã ngày 12/4/2025.
Em báo cáo vậy, có gì thiếu anh Tư góp ý để em bổ sung ạ.
[28/05/2025 21:40] Anh Tư Bí thư: Ok em, anh nhận rồi. Lần sau nhớ ghi thêm phần tư tưởng nha
[28/05/2025 21:41] Minh Trí: Dạ em cảm ơn anh"""
AT_WORK, BLOOD, SIGN_OFF, REPLY_TRI, THANKS = 4, 8, 9, 10, 11


def test_results_grouped_by_where_they_were_done_and_a_chats_sign_off():
    traced = trace(REPORT_TRI, COMMITMENT_TRI)
    review = traced.report.outline.review
    assert [section.role for section in review.sections] == ["results", "results"]
    # the place headings are no results restating anything; the sign-off and the chat's next
    # messages are no results for nothing committed; the blood donation is one
    assert AT_WORK not in restated(traced)
    assert unmatched(traced) == [BLOOD]
    assert not {SIGN_OFF, REPLY_TRI, THANKS} & {entry.line for entry in review.entries}
    assert gaps(traced) == []


# A report printed from the party members' app: its name before the title, each part's
# numbering in brackets (from the second unseen set of Phước Thạnh).
REPORT_HAN = """SỔ TAY ĐẢNG VIÊN - BÁO CÁO THỰC HIỆN CAM KẾT
Kỳ báo cáo: Sơ kết 6 tháng đầu năm 2025
Đảng viên: Trần Thị Ngọc Hân
Ngày lập: Phước Thạnh, ngày 30 tháng 6 năm 2025
[Mục 1] Về tư tưởng chính trị
Nội dung báo cáo: Luôn tin tưởng vào sự lãnh đạo của Đảng.
[Mục 3] Về thực hiện chức trách, nhiệm vụ
Nội dung báo cáo: Quyết toán ngân sách năm 2024 đã trình UBND phường ngày 21/3/2025."""


def test_a_report_printed_from_the_members_app_is_read_as_one():
    report = document_from_text(REPORT_HAN, "bao-cao.txt")
    assert (report.outline.kind, report.outline.period) == ("report", "midyear")
    roles = [section.role for section in report.outline.review.sections]
    assert roles == ["qualities", "duties"]
    assert unmarked("[Mục 3] Về thực hiện chức trách") == " Mục 3. Về thực hiện chức trách"
    assert unmarked("[Bổ sung] Nộp sổ") == "[Bổ sung] Nộp sổ"


def test_a_field_of_where_and_when_it_was_drawn_up_holds_the_own_date():
    # a web form's printout (from the second unseen set of Bình An)
    form = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025 (bản in từ hệ thống)
Họ và tên (*): Kiều Thị Yến
Ngày sinh (*): 03/12/1999
Địa điểm, ngày lập (*): Bình An, ngày 09 tháng 12 năm 2025
[I. Ưu điểm, kết quả đạt được]
Dự đủ 11/11 kỳ sinh hoạt chi bộ tính đến tháng 11, đóng đảng phí đúng hạn."""
    own = document_from_text(form, "ban-kiem-diem.txt").outline.own_date
    assert (own.line, own.value) == (4, dt.date(2025, 12, 9))
    assert own.written == "Bình An, ngày 09 tháng 12 năm 2025"
