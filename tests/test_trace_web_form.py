"""Reports and commitments as new members of issue 17's unseen sets wrote them: a 6-month
report sent through a web form (each answer under its question, "Câu 2. …", the name under its
label, a required field's star), one typed on a phone (a space each side of every colon, two
between fields), a commitment whose duties are grouped by where they are done ("Tại nơi làm
việc", "Tại tổ dân phố"), a part of its own on following Hồ Chí Minh's example, and a
shortcoming stated before its remedy; and (fifteenth session, from the second set of Yên Ninh Phú)
a web form's printout showing each section's title in square brackets. The texts are written for these tests in the members'
manner, not copied from the corpus."""

from __future__ import annotations

import datetime as dt

from linter.sections import unmarked
from linter.trace.review import committed_items
from tests.conftest import document_from_text
from tests.trace_samples import gaps, restated, trace, unmatched

# A bank clerk who lives in a residential group: duties at work and where she lives.
COMMITMENT_HANG = """ĐẢNG BỘ PHƯỜNG NAM SƠN
CHI BỘ TỔ DÂN PHỐ SỐ 3
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phí Thị Hằng
Chức vụ: Giao dịch viên Ngân hàng Chính sách xã hội phường
1. Về tư tưởng chính trị
- Không chia sẻ tin chưa kiểm chứng lên mạng xã hội.
2. Về thực hiện chức trách, nhiệm vụ được giao
Tại nơi làm việc
- Giải ngân đúng hạn 100% hồ sơ vay vốn hộ cận nghèo được duyệt, không để hồ sơ quá 5 ngày làm việc.
- Thu hồi dứt điểm 3 món nợ quá hạn của tổ tiết kiệm và vay vốn tổ 3 trước 30/9/2026.
Tại tổ dân phố
- Cài ứng dụng VNeID mức 2 cho ít nhất 30 người cao tuổi trong tổ trước tháng 8/2026.
- Lập danh sách 95 hộ trên bảng tính để tổ thu quỹ vì người nghèo.
3. Về tổ chức kỷ luật
- Dự đủ 12 kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.
4. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 tôi vắng 03 buổi sinh hoạt chi bộ do con nhỏ.
- Năm 2026 sắp xếp việc nhà để dự đủ 12 buổi sinh hoạt chi bộ.
5. Về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh
- Làm theo Bác về tiết kiệm: tắt điện, máy lạnh phòng giao dịch khi hết giờ, cả năm giảm 10% tiền điện.
NGƯỜI CAM KẾT
Phí Thị Hằng"""
DISBURSE, DEBTS, VNEID, HOUSEHOLDS, REMEDY, SAVING = 10, 11, 13, 14, 19, 21

# Her 6-month report, sent through the cell's web form and copied into Word.
REPORT_HANG = """PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Chi bộ Tổ dân phố số 3 - Đảng bộ phường Nam Sơn
Họ và tên *
Phí Thị Hằng
Nơi làm việc / chức vụ *
Giao dịch viên Ngân hàng Chính sách xã hội phường
Câu 1. Kết quả về tư tưởng chính trị, đạo đức, lối sống *
Không chia sẻ tin nào chưa kiểm chứng, nhắc nhóm Zalo của tổ gỡ 2 bài sai sự thật.
Câu 2. Kết quả thực hiện nhiệm vụ tại nơi làm việc *
Giải ngân 41 hồ sơ vay hộ cận nghèo, hồ sơ lâu nhất 4 ngày làm việc.
Thu hồi xong 2 trong 3 món nợ quá hạn của tổ tiết kiệm và vay vốn tổ 3, món còn lại hẹn trả tháng 9.
Câu 3. Kết quả thực hiện nhiệm vụ tại nơi cư trú *
Cài VNeID mức 2 cho 22 cụ trong tổ, đang hẹn thêm 10 cụ vào tháng 7.
Câu 4. Kết quả khắc phục hạn chế
Dự 5/6 buổi sinh hoạt chi bộ, vắng buổi tháng 4 do con ốm (có báo cáo Bí thư).
Câu 5. Việc làm thêm ngoài cam kết (nếu có)
Cùng Chi hội phụ nữ gói 60 phần quà Tết tặng hộ nghèo của tổ ngày 10/2/2026.
Câu 6. Tự đánh giá *
Hoàn thành tốt
Gửi lúc 20:15 ngày 01/7/2026"""
EXTRA_GIFTS = 17


def test_a_web_form_names_its_writer_under_the_label():
    report = document_from_text(REPORT_HANG, "bao-cao.txt")
    assert report.outline.header.author == "Phí Thị Hằng"


def test_a_web_forms_questions_are_the_reports_headings():
    review = document_from_text(REPORT_HANG, "bao-cao.txt").outline.review
    assert [(s.heading_line, s.role) for s in review.sections] == [
        (7, "results"),
        (9, "duties"),
        (12, "duties"),
        (14, "remedy"),
        (16, "other"),
        (18, "rating"),
    ]
    assert [r.line for r in review.ratings] == [19]


def test_the_forms_answers_are_traced_to_the_commitment():
    found = trace(REPORT_HANG, COMMITMENT_HANG)
    # nothing said of the households' spreadsheet; the Tết gifts, under the question on extra
    # work, answer nothing committed
    assert gaps(found) == [HOUSEHOLDS]
    assert unmatched(found) == [EXTRA_GIFTS]


def test_a_place_heading_the_duties_under_it_is_no_item():
    items = committed_items(document_from_text(COMMITMENT_HANG, "cam-ket.txt"))
    texts = [item.text for item in items]
    assert "Tại nơi làm việc" not in texts and "Tại tổ dân phố" not in texts
    assert [item.line for item in items if item.expected][:4] == [
        DISBURSE,
        DEBTS,
        VNEID,
        HOUSEHOLDS,
    ]
    # a place opening a task of its own is an item
    told = COMMITMENT_HANG.replace("Tại tổ dân phố\n", "Ở tổ dân phố, quét dọn ngõ xóm\n")
    texts = [item.text for item in committed_items(document_from_text(told, "cam-ket.txt"))]
    assert "Ở tổ dân phố, quét dọn ngõ xóm" in texts


def test_following_uncle_hos_example_is_a_part_of_its_own_and_owes_no_result():
    commitment = document_from_text(COMMITMENT_HANG, "cam-ket.txt")
    assert [s.part for s in commitment.outline.sections][-2:] == [5, 6]
    saving = next(i for i in committed_items(commitment) if i.line == SAVING)
    assert saving.parts == (6,) and not saving.due_part


def test_a_result_on_the_remedy_answers_it_not_the_past_it_mends():
    # the absence told again ("vắng buổi tháng 4 do con ốm") is nearer the past stated
    # ("vắng 03 buổi … do con nhỏ") than the remedy; the past is owed nothing, the remedy is
    found = trace(REPORT_HANG, COMMITMENT_HANG)
    remedy = next(t for t in found.items if t.item.line == REMEDY)
    assert [found.entries[e].line for e in remedy.results] == [15]


# A report typed on a phone, a space on each side of every colon and comma, two between fields.
REPORT_CHAT = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Người báo cáo :  Phí Thị Hằng  -  Giao dịch viên Ngân hàng Chính sách xã hội phường
Chi bộ :  Tổ dân phố số 3

1.  Kết quả thực hiện cam kết
•  Giải ngân 41 hồ sơ vay hộ cận nghèo , hồ sơ lâu nhất 4 ngày làm việc
•  Thu hồi xong 2/3 món nợ quá hạn của tổ tiết kiệm và vay vốn tổ 3
•  VNeID mức 2 : cài cho 22 cụ trong tổ , đang hẹn thêm 10 cụ

2.  Tự đánh giá :  hoàn thành các nội dung theo tiến độ

Nam Sơn , 28/6/2026
Phí Thị Hằng"""


def test_the_signers_label_as_a_field_with_a_chats_spacing_opens_no_closing_block():
    review = document_from_text(REPORT_CHAT, "bao-cao.txt").outline.review
    assert [(s.heading_line, s.role) for s in review.sections][:1] == [(5, "commitment")]
    assert [entry.line for entry in review.entries] == [6, 7, 8]


COMMITMENT_KHOI = """CHI BỘ XƯỞNG CƠ KHÍ SỐ 1
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đinh Công Khôi, thợ sửa chữa thiết bị
III. Về thực hiện chức trách, nhiệm vụ được giao
1. Bảo dưỡng 45 máy hàn và 12 máy tiện của xưởng theo lịch hằng quý.
2. Hướng dẫn 03 công nhân mới vận hành máy tiện CNC trong quý II/2026.
V. Về khắc phục hạn chế, khuyết điểm
Năm 2026 mỗi quý nộp sổ nhật ký bảo dưỡng cho quản đốc trước ngày 05 của tháng đầu quý sau.
NGƯỜI CAM KẾT
Đinh Công Khôi"""

# A web form's printout: each section's title in square brackets, alone on its line.
REPORT_KHOI = """Biểu mẫu: Bản kiểm điểm cá nhân (Mẫu 02A)
Trạng thái: Đã nộp
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên *: Đinh Công Khôi
[I. Ưu điểm, kết quả đạt được]
[1. Về tư tưởng chính trị, đạo đức, lối sống]
Chấp hành tốt chủ trương của Đảng, nội quy của Công ty.
[2. Về thực hiện chức trách, nhiệm vụ được giao]
- Bảo dưỡng đủ 4 đợt cho 45/45 máy hàn và 12/12 máy tiện, không máy nào hỏng phải dừng chuyền.
[3. Về việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm]
- Tháng 5/2026 kèm 03 công nhân mới đến khi tự vận hành được máy tiện CNC.
- Tiếp tục nộp sổ nhật ký bảo dưỡng cho quản đốc.
[II. Hạn chế, khuyết điểm và nguyên nhân]
Có lúc còn ngại góp ý đồng nghiệp trong tổ.
[VI. Phương hướng, biện pháp khắc phục hạn chế, khuyết điểm]
Năm 2027 đăng ký học lớp an toàn điện.
[VII. Tự nhận mức xếp loại chất lượng]
Hoàn thành tốt nhiệm vụ
NGƯỜI TỰ KIỂM ĐIỂM: Đinh Công Khôi
In ngày 04/12/2026 20:15"""
SHORTCOMING, DIRECTION, RATING = 14, 16, 18
RESTATED = 12


def test_titles_in_square_brackets_are_the_reports_headings():
    traced = trace(REPORT_KHOI, COMMITMENT_KHOI)
    # the shortcoming, the direction and the rating are read under their headings: none is
    # a result restating its item or one for nothing committed
    assert restated(traced) == [RESTATED]
    assert not {SHORTCOMING, DIRECTION, RATING} & set(unmatched(traced))
    assert gaps(traced) == []


def test_without_the_brackets_the_same_report_reads_the_same():
    plain = REPORT_KHOI.replace("[", "").replace("]", "")
    bracketed, plain_trace = trace(REPORT_KHOI, COMMITMENT_KHOI), trace(plain, COMMITMENT_KHOI)
    assert restated(bracketed) == restated(plain_trace)
    assert unmatched(bracketed) == unmatched(plain_trace)


def test_only_brackets_around_the_whole_line_are_taken_off():
    title = "[II. Hạn chế, khuyết điểm và nguyên nhân]"
    assert unmarked(title).strip() == "II. Hạn chế, khuyết điểm và nguyên nhân"
    assert len(unmarked(title)) == len(title)  # offsets into the line still hold
    for line in (
        "[Bổ sung] Nộp sổ nhật ký bảo dưỡng quý III ngày 03/10/2026",
        "[Bổ sung] Nộp sổ nhật ký [kèm ảnh]",
        "- [II. Hạn chế]",
    ):
        assert unmarked(line) == line


# Web forms' printouts from the fifteenth session's unseen sets (Cái Sơn Đông, Tân Trà): the
# form's name on the first line as its title, the name under a longer label, and a required
# field's mark "(*)" before each label.
FORM_NAMED = """Biểu mẫu: Báo cáo sơ kết 6 tháng thực hiện cam kết năm 2026 – Chi bộ Trường THCS Long Hòa
Dấu thời gian: 22/06/2026 09:15:40

Họ và tên đảng viên *
Trương Thị Bích Thủy

2. Kết quả thực hiện các nội dung đã cam kết về chức trách, nhiệm vụ *
- Nhập 1.105 bản sách lên phần mềm thư viện (đạt 55% kho sách).
Long Hòa, ngày 22/6/2026"""

FORM_MARKED = """PHIẾU BÁO CÁO TRỰC TUYẾN - SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT NĂM 2026
(*) Họ và tên: Hà Thị Mỹ Duyên
(*) Vị trí công tác: Kế toán viên, Hợp tác xã chè
(*) Kết quả thực hiện bản cam kết: lập báo cáo tài chính quý I, quý II/2026 đúng hạn.
(*) Địa điểm, thời gian: Tân Trà, ngày 03/7/2026"""


def test_a_forms_name_on_its_first_line_is_the_reports_title():
    outline = document_from_text(FORM_NAMED, "bao-cao.txt").outline
    assert (outline.kind, outline.period, outline.title_year) == ("report", "midyear", 2026)
    # a line naming something else after the label is no title
    other = FORM_NAMED.replace("Biểu mẫu: Báo cáo sơ kết", "Ghi chú: Báo cáo sơ kết")
    assert document_from_text(other, "bao-cao.txt").outline.kind != "report"


def test_the_name_under_a_longer_label_or_after_a_required_mark_is_the_writers():
    named = document_from_text(FORM_NAMED, "bao-cao.txt").outline.header
    assert named.author == "Trương Thị Bích Thủy"
    marked = document_from_text(FORM_MARKED, "bao-cao.txt").outline.header
    assert marked.author == "Hà Thị Mỹ Duyên"


def test_a_required_fields_mark_before_the_place_and_date_label():
    own = document_from_text(FORM_MARKED, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (5, dt.date(2026, 7, 3))
    assert own.written == "Tân Trà, ngày 03/7/2026"
