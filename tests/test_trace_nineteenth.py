"""Commitments and reports as the writers of the nineteenth session's sets wrote them. The texts
are written for these tests in the members' manner, not copied from the sets."""

from __future__ import annotations

from linter.trace.model import GOOD
from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace, trace_docx

# A women's union branch head: her ethics paragraph names her members ("đoàn kết với chị em
# hội viên"), her results leave the new members out.
COMMITMENT_HOA = """ĐẢNG BỘ XÃ PHƯỚC HẢI SƠN
CHI BỘ THÔN HẢI BÌNH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Thị Hoa
III. Về thực hiện chức trách, nhiệm vụ được giao
- Kết nạp thêm 12 hội viên mới trong năm 2026.
- Duy trì tổng vệ sinh bãi biển thôn vào sáng Chủ nhật cuối mỗi tháng.
- Vận động hội viên góp 40 ngày công giúp 01 hộ nghèo sửa nhà trước tháng 9/2026.
NGƯỜI CAM KẾT
Trần Thị Hoa"""
NEW_MEMBERS, BEACH, HOUSE = 6, 7, 8

REPORT_HOA = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Trần Thị Hoa
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật
Luôn tin tưởng vào đường lối đổi mới của Đảng, chấp hành tốt pháp luật của Nhà nước; sống giản dị, đoàn kết với bà con và chị em hội viên.
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu
- Tổng vệ sinh bãi biển thôn đủ 12 sáng Chủ nhật cuối tháng.
- Hội viên góp 46 ngày công, sửa xong nhà hộ bà Lê Thị Sáu tháng 8/2026.
II. HẠN CHẾ, KHUYẾT ĐIỂM
Có lúc còn ngại va chạm khi góp ý đồng chí, đồng nghiệp."""


def test_an_ethics_paragraph_sharing_syllables_of_other_words_answers_no_task():
    # "kết" of "đoàn kết", "mới" of "đổi mới" and "hội viên" make the paragraph look like
    # "Kết nạp thêm 12 hội viên mới": it names nothing the task is about
    assert gaps(trace(REPORT_HOA, COMMITMENT_HOA)) == [NEW_MEMBERS]


# A youth-union secretary's 6-month report sent from an online form: its receipt and timestamp
# over the answers, each question numbered and starred, the answer on the line below.
COMMITMENT_KHOA = """ĐẢNG BỘ PHƯỜNG CÁI SƠN ĐÔNG
CHI BỘ KHU VỰC 5
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Đăng Khoa
III. Về thực hiện chức trách, nhiệm vụ được giao
- Chi đoàn tổ chức 02 buổi hướng dẫn người dân khu vực nộp hồ sơ dịch vụ công trực tuyến.
- Phát triển thêm 06 đoàn viên mới là công nhân ở trọ trong khu vực.
- Lập nhóm Zalo "An toàn khu trọ" cho chủ và người thuê 9 dãy trọ trước tháng 4/2026.
NGƯỜI CAM KẾT
Lê Đăng Khoa"""
GUIDANCE, NEW_UNION_MEMBERS, ZALO = 6, 7, 8

REPORT_KHOA = """PHIẾU SƠ KẾT 6 THÁNG THỰC HIỆN BẢN CAM KẾT NĂM 2026
Câu trả lời của bạn đã được ghi lại. Bản sao câu trả lời:

Dấu thời gian
24/06/2026 20:41:15

1. Họ và tên đảng viên *
Lê Đăng Khoa

2. Nhóm đảng viên *
Đảng viên đang đi làm

3. Chức vụ, công việc hiện nay *
Kỹ thuật viên điện lạnh - Bí thư Chi đoàn Khu vực 5

4. Kết quả thực hiện các việc làm đã cam kết (ghi cụ thể từng việc, số liệu) *
- Buổi 1 ngày 11/4/2026 tại Nhà văn hóa khu vực: hướng dẫn 46 người dân, nộp 15 hồ sơ dịch vụ công trực tuyến.
- Nhóm Zalo "An toàn khu trọ" lập ngày 15/3/2026, có 58 thành viên.

5. Tự đánh giá 6 tháng *
Hoàn thành"""


def test_a_numbered_online_form_is_read_its_questions_on_the_writer_left_unread():
    found = trace(REPORT_KHOA, COMMITMENT_KHOA)
    assert found.report.outline.review.author == "Lê Đăng Khoa"
    assert not found.unread
    assert gaps(found) == [NEW_UNION_MEMBERS]


# A lecturer: the young colleague she introduced to the cell is told with words of her
# department's meetings too ("giảng viên Bộ môn", "dự").
COMMITMENT_LAN = """ĐẢNG BỘ PHƯỜNG ĐÔNG QUAN
CHI BỘ KHOA KẾ TOÁN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Ngô Thị Lan
III. Về thực hiện chức trách, nhiệm vụ được giao
1. Giảng dạy học phần Kế toán tài chính cho 03 lớp khóa 20, 100% bài giảng đưa lên hệ thống LMS.
2. Tổ chức sinh hoạt chuyên môn Bộ môn mỗi tháng 01 lần; mỗi giảng viên Bộ môn dự giờ ít nhất 02 tiết/học kỳ.
3. Bồi dưỡng, giới thiệu 01 quần chúng ưu tú là giảng viên trẻ của Bộ môn để chi bộ xem xét kết nạp trong năm 2026.
NGƯỜI CAM KẾT
Ngô Thị Lan"""
TEACHING, MEETINGS, RECRUIT = 6, 7, 8

REPORT_LAN = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Ngô Thị Lan
Kết quả thực hiện các nội dung đã cam kết:
- Học kỳ II đã giảng 03 lớp Kế toán tài chính khóa 20, đưa đủ 15 bài giảng lên LMS.
- Bộ môn họp chuyên môn đủ 6 tháng, mỗi tháng một buổi vào thứ Năm tuần đầu.
- Đã giới thiệu đồng chí Phạm Thu Trang, giảng viên Bộ môn, dự lớp bồi dưỡng nhận thức về Đảng tháng 4/2026."""


def test_a_result_sharing_more_of_what_an_item_is_about_answers_it_though_closer_to_another():
    # the introduction shares five syllables of the meetings' item but four words of what the
    # introduction is about ("giới thiệu", "bồi dưỡng", "giảng viên", "Bộ môn")
    assert gaps(trace(REPORT_LAN, COMMITMENT_LAN)) == []


# A lecturer's remedy answered under the report's heading on remedies in other words: answering
# students within the day for "within 48 hours".
COMMITMENT_DUNG = """ĐẢNG BỘ PHƯỜNG ĐÔNG QUAN
CHI BỘ KHOA KẾ TOÁN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Văn Dũng
III. Về thực hiện chức trách, nhiệm vụ được giao
1. Hướng dẫn 05 sinh viên làm khóa luận tốt nghiệp, 100% bảo vệ đạt loại khá trở lên.
V. Khắc phục hạn chế, khuyết điểm
Năm 2025 còn chậm phản hồi sinh viên.
1. Dành thời gian lắng nghe sinh viên; trả lời email, tin nhắn của sinh viên trong vòng 48 giờ.
NGƯỜI CAM KẾT
Lê Văn Dũng"""
THESES, ANSWERING = 6, 9

REPORT_DUNG = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lê Văn Dũng
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- 05/05 sinh viên bảo vệ khóa luận tháng 6/2026: 01 giỏi, 04 khá.
II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
Chưa có bài báo khoa học trong năm.
III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA
Lập nhóm Zalo với từng lớp, trả lời câu hỏi của sinh viên trong ngày; tiếp sinh viên chiều thứ Ba hằng tuần tại văn phòng Bộ môn."""


def test_a_result_under_the_remedies_heading_answers_the_remedy_by_two_words_of_what_it_is():
    assert gaps(trace(REPORT_DUNG, COMMITMENT_DUNG)) == []


# A young programmer: his party dues paid by transfer told on the line on cell meetings, which
# answers his general pledge first.
COMMITMENT_PHONG = """ĐẢNG BỘ PHƯỜNG AN LẠC
CHI BỘ KHU PHỐ 3
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Thanh Phong
III. Về thực hiện chức trách, nhiệm vụ được giao
1. Bàn giao phân hệ quản lý kho cho khách hàng trước ngày 30/6/2026.
IV. Về ý thức tổ chức kỷ luật
Chấp hành sự phân công của chi bộ; dự đủ sinh hoạt chi bộ hằng tháng.
V. Khắc phục hạn chế, khuyết điểm
Hạn chế năm 2025: có 03 tháng đóng đảng phí trễ.
1. Đóng đảng phí bằng chuyển khoản cho đồng chí chi ủy viên phụ trách trước ngày 05 hằng tháng.
NGƯỜI CAM KẾT
Trần Thanh Phong"""
MODULE, DUES = 6, 11

REPORT_PHONG = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trần Thanh Phong
Kết quả thực hiện các nội dung đã cam kết:
- Phân hệ quản lý kho bàn giao cho khách hàng ngày 20/6/2026.
- Sinh hoạt chi bộ: dự đủ 6/6 kỳ; đảng phí em chuyển khoản trước ngày 05 mỗi tháng, không còn tháng nào trễ."""


def test_a_result_answering_only_a_general_pledge_is_free_to_answer_a_remedy():
    assert gaps(trace(REPORT_PHONG, COMMITMENT_PHONG)) == []


# A lecturer aiming at one certificate reports another.
COMMITMENT_HUNG = """ĐẢNG BỘ PHƯỜNG ĐÔNG QUAN
CHI BỘ KHOA QUẢN TRỊ KINH DOANH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đỗ Mạnh Hùng
III. Về thực hiện chức trách, nhiệm vụ được giao
1. Giảng dạy 02 lớp Marketing căn bản khóa 20, đủ 96 giờ chuẩn.
V. Khắc phục hạn chế, khuyết điểm
Hạn chế năm 2025: trình độ ngoại ngữ chưa đáp ứng yêu cầu.
1. Thi chứng chỉ TOEIC đạt 750 điểm trước tháng 11/2026 để đủ điều kiện học thạc sĩ.
NGƯỜI CAM KẾT
Đỗ Mạnh Hùng"""
CLASSES, TOEIC = 6, 9

REPORT_HUNG = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Đỗ Mạnh Hùng
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Giảng xong 02 lớp Marketing căn bản khóa 20, 96 giờ chuẩn.
- Đạt chứng chỉ Google Analytics tháng 10/2026."""


def test_another_certificate_than_the_one_aimed_at_answers_no_item():
    assert gaps(trace(REPORT_HUNG, COMMITMENT_HUNG)) == [TOEIC]


# A cell's own form: the title on two lines and a note, the writer's particulars under a
# lettered heading of their own, the results' headings numbered under a lettered part.
REPORT_CELL_FORM = """ĐẢNG BỘ PHƯỜNG ĐÔNG QUAN
CHI BỘ KHOA KẾ TOÁN
PHIẾU SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
VIỆC THỰC HIỆN BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU
(Theo mẫu của Chi bộ, dùng cho kỳ sinh hoạt tháng 7/2026)

A. THÔNG TIN ĐẢNG VIÊN
Họ và tên: Lê Văn Dũng
Chức vụ: Giảng viên Bộ môn Kế toán
B. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐÃ CAM KẾT
B1. Tư tưởng chính trị, đạo đức lối sống, ý thức tổ chức kỷ luật
Chấp hành nghiêm chủ trương của Đảng; dự đủ 06/06 kỳ sinh hoạt chi bộ.
B2. Chức trách, nhiệm vụ được giao
- 05/05 sinh viên đã nộp đề cương khóa luận đúng hạn ngày 15/3/2026.
B3. Khắc phục hạn chế, khuyết điểm
Lập nhóm Zalo với từng lớp, trả lời câu hỏi của sinh viên trong ngày."""


def test_a_cells_form_reads_its_particulars_as_the_writers_and_its_sub_numbered_headings():
    review = document_from_text(REPORT_CELL_FORM).outline.review
    headings = [section.heading_line for section in review.sections]
    assert headings == [10, 11, 13, 15]
    assert [entry.line for entry in review.entries] == [12, 14, 16]
    assert not review.unread


# A women's union branch head's 6-month table under the title, no heading over it; her lines on
# ethics and difficulties after it, each under a label of its own.
COMMITMENT_MAI = """ĐẢNG BỘ XÃ TÂN TRÀ
CHI BỘ KHU ĐỒI GIANG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Hà Thị Mai
III. Về thực hiện chức trách, nhiệm vụ được giao
a) Giúp 04 hộ hội viên nghèo vay vốn Ngân hàng Chính sách xã hội để trồng chè.
b) Thu gom vỏ bao bì thuốc bảo vệ thực vật trên đồi chè ngày 15 hằng tháng.
c) Phát triển mới 08 hội viên trong năm 2026.
NGƯỜI CAM KẾT
Hà Thị Mai"""
LOANS, PACKAGING, NEW_WOMEN = 6, 7, 8

REPORT_MAI = [
    "CHI BỘ KHU ĐỒI GIANG",
    "BẢNG TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026",
    "Đảng viên: Hà Thị Mai - Chi hội trưởng Chi hội Phụ nữ khu Đồi Giang",
    [
        ["Việc đã cam kết", "Kết quả đến ngày 20/6/2026", "Tự đánh giá"],
        ["Giúp 04 hộ nghèo vay vốn", "Tháng 3/2026 đã giúp 04 hộ vay 200 triệu đồng.", "Đạt"],
        ["Thu gom vỏ bao bì ngày 15", "Thu gom đủ 06 đợt, được khoảng 380 kg vỏ bao bì.", "Đạt"],
        ["Phát triển mới 08 hội viên", "", ""],
        ["Việc khác", "Đội văn nghệ chi hội đạt giải Nhì hội diễn của xã tháng 3/2026.", ""],
    ],
    "Về tư tưởng, đạo đức, kỷ luật: chấp hành tốt; dự đủ 06 kỳ sinh hoạt chi bộ.",
    "Khó khăn: nhiều chị em trẻ đi làm công nhân nên họp chi hội vắng.",
]


def test_a_results_table_under_the_title_is_read_though_labelled_headings_follow_it(tmp_path):
    found = trace_docx(tmp_path, REPORT_MAI, COMMITMENT_MAI)
    assert gaps(found) == [NEW_WOMEN]
    assert [found.entries[e].text for e in found.unmatched] == [
        "Đội văn nghệ chi hội đạt giải Nhì hội diễn của xã tháng 3/2026."
    ]


# A retired teacher's 6-month report from an online form: her post asked first, her results
# only pledges told again, her rating ticked among the form's options.
COMMITMENT_NGA = """ĐẢNG BỘ PHƯỜNG HÀ VÂN
CHI BỘ KHU PHỐ BẾN ĐÁ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phạm Thị Nga
III. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động quỹ khuyến học của khu phố năm 2026 đạt 25 triệu đồng, trao thưởng cho học sinh giỏi dịp khai giảng tháng 9/2026.
- Dạy kèm miễn phí môn Toán cho 06 cháu con gia đình ngư dân vào tối thứ Ba, thứ Năm hằng tuần.
NGƯỜI CAM KẾT
Phạm Thị Nga"""
FUND, TUTORING = 6, 7

REPORT_NGA = """SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT NĂM 2026 - CHI BỘ KHU PHỐ BẾN ĐÁ
* Bắt buộc

Họ và tên đảng viên *
Phạm Thị Nga

Câu 1. Công việc hiện nay *
Chi hội trưởng Chi hội Khuyến học khu phố

Câu 2. Kết quả thực hiện các nội dung đã cam kết *
Tiếp tục dạy kèm môn Toán cho các cháu con gia đình ngư dân.
Tích cực tuyên truyền, vận động bà con chấp hành chủ trương của Đảng.

Câu 3. Tự đánh giá mức độ hoàn thành cam kết *
(  ) Hoàn thành xuất sắc
(x) Hoàn thành tốt
(  ) Hoàn thành"""
TICKED = 16


def test_a_forms_question_on_the_writers_post_heads_no_result():
    # "Chi hội trưởng Chi hội Khuyến học khu phố" is her post, not the fund's result
    found = trace(REPORT_NGA, COMMITMENT_NGA)
    assert gaps(found) == [FUND]


def test_the_rating_is_the_option_ticked_not_the_first_one_offered():
    ratings = document_from_text(REPORT_NGA).outline.review.ratings
    assert [(rating.line, rating.level) for rating in ratings] == [(TICKED, GOOD)]


# A trader's 6-month report pasted from a chat: the message's sender a nickname, the member
# named in the title after "ĐV".
REPORT_CHAT = """[27/06/2026 22:10] Hạnh Bánh Bèo: Dạ em gửi báo cáo 6 tháng thực hiện cam kết, chị coi giúp em
BÁO CÁO 6 THÁNG ĐẦU NĂM 2026 - ĐV TRẦN THỊ HẠNH - CHI BỘ KP AN HỘI
Ngày 27/6/2026
* Kết quả làm theo cam kết:
+ Niêm yết giá đầy đủ, bán đúng giá niêm yết.
+ Từ 15/4/2026 xuất hóa đơn điện tử từ máy tính tiền, tới nay được 860 hóa đơn."""


def test_the_member_named_after_dv_in_the_title_is_the_writer_not_the_chats_nickname():
    assert document_from_text(REPORT_CHAT).outline.review.author == "Trần Thị Hạnh"


# A hamlet's team leader: his attendance told, his speaking up at the meetings not.
COMMITMENT_NHAN = """ĐẢNG BỘ XÃ VĨNH XUÂN
CHI BỘ ẤP XUÂN THỚI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Văn Tám
III. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động 100% hộ tổ 4 đóng Quỹ phòng, chống thiên tai năm 2026 trước tháng 9/2026.
IV. Về ý thức tổ chức kỷ luật
- Sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng hạn.
V. Khắc phục hạn chế, khuyết điểm
- Còn ngại phát biểu trong sinh hoạt chi bộ: mỗi kỳ sinh hoạt phát biểu ít nhất 01 ý kiến về tình hình tổ 4.
NGƯỜI CAM KẾT
Lê Văn Tám"""
FLOOD_FUND, SPEAKING = 6, 10

REPORT_NHAN = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Văn Tám
Kết quả thực hiện các nội dung đã cam kết:
- Quỹ phòng, chống thiên tai: 52/58 hộ tổ 4 đã đóng, đạt 89,6%.
- Sinh hoạt chi bộ đủ 6 kỳ, đóng đảng phí đủ tới tháng 6."""


def test_a_result_telling_only_attendance_and_dues_answers_no_remedy_on_speaking_up():
    assert gaps(trace(REPORT_NHAN, COMMITMENT_NHAN)) == [SPEAKING]


# A teacher's shortcoming stated on its own line above its remedy; her result tells of the
# remedy in the words of the past ("nhắc").
COMMITMENT_YEN = """ĐẢNG BỘ XÃ VĨNH XUÂN
CHI BỘ TRƯỜNG THCS
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Thị Yến
III. Về thực hiện chức trách, nhiệm vụ được giao
- Lớp 8A1: 100% học sinh được lên lớp, không có học sinh bỏ học.
V. Khắc phục hạn chế, khuyết điểm
- Hạn chế năm 2025: có lúc nhập điểm lên phần mềm chậm, bị tổ trưởng nhắc 02 lần.
- Nhập điểm lên phần mềm quản lý trường học chậm nhất 03 ngày sau khi trả bài.
NGƯỜI CAM KẾT
Trần Thị Yến"""
PROMOTED, MARKS_PAST, MARKS = 6, 8, 9

REPORT_YEN = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trần Thị Yến
Kết quả thực hiện các việc đã cam kết:
- Lớp 8A1: 41/41 học sinh lên lớp, không em nào bỏ học.
- Nhập điểm học kỳ II lên phần mềm kịp thời, không lần nào bị tổ trưởng nhắc."""


def test_a_result_closest_to_the_past_stated_above_a_remedy_answers_the_remedy():
    assert gaps(trace(REPORT_YEN, COMMITMENT_YEN)) == []


# A youth-union secretary's report sent by e-mail: "Trân trọng," over his name and post at the
# foot; another's mail opening with a greeting that ends "Trân trọng." above the report.
REPORT_MAIL_FOOT = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Nguyễn Văn Phong
I. Kết quả thực hiện nhiệm vụ đã cam kết
1. Kết nạp 34 đoàn viên mới (đợt 26/3: 21 em, đợt 19/5: 13 em).
II. Khắc phục hạn chế
Quý I dự sinh hoạt Chi đoàn ấp Vĩnh Lợi, quý II dự Chi đoàn ấp Vĩnh Hưng.

Trân trọng,
Nguyễn Văn Phong
Bí thư Đoàn xã Vĩnh Xuân"""

REPORT_MAIL_HEAD = """Kính gửi đồng chí Bí thư Chi bộ,
Tôi gửi báo cáo sơ kết 6 tháng thực hiện cam kết như bên dưới.
Trân trọng.

BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Nguyễn Văn Phong
I. Kết quả thực hiện nhiệm vụ đã cam kết
1. Kết nạp 34 đoàn viên mới (đợt 26/3: 21 em, đợt 19/5: 13 em).
II. Khắc phục hạn chế
Quý I dự sinh hoạt Chi đoàn ấp Vĩnh Lợi, quý II dự Chi đoàn ấp Vĩnh Hưng."""


def test_an_e_mails_sign_off_closes_the_report_but_not_when_the_report_follows_it():
    foot = document_from_text(REPORT_MAIL_FOOT).outline.review
    assert [entry.line for entry in foot.entries] == [4, 6]
    head = document_from_text(REPORT_MAIL_HEAD).outline.review
    assert [entry.line for entry in head.entries] == [8, 10]


# A port officer's youth-union task, long, naming its campaign in quotes; her result names the
# campaign and little else of the task's words.
COMMITMENT_NGOC = """ĐẢNG BỘ PHƯỜNG HỘI PHƯỚC
CHI BỘ BAN QUẢN LÝ CẢNG CÁ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Ngọc
III. Về thực hiện chức trách, nhiệm vụ được giao
- Tiếp nhận, kiểm tra hồ sơ xác nhận nguồn gốc thủy sản khai thác, trả kết quả trong ngày.
- Công tác Đoàn: phụ trách tổ chức 02 đợt ra quân “Ngày Chủ nhật xanh” dọn vệ sinh khu vực chợ cá và bãi biển trước cảng (tháng 3 và tháng 7/2026).
NGƯỜI CAM KẾT
Lê Thị Ngọc"""
PAPERS, GREEN_SUNDAY = 6, 7

REPORT_NGOC = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lê Thị Ngọc
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Năm 2026 tiếp nhận, kiểm tra 1.012 hồ sơ xác nhận nguồn gốc thủy sản, trả kết quả trong ngày.
- Chi đoàn đã tổ chức đủ 02 đợt “Ngày Chủ nhật xanh” (22/3/2026 và 19/7/2026), tổng cộng 71 lượt đoàn viên, thu gom 1,2 tấn rác."""


def test_a_campaign_named_in_quotes_ties_a_result_to_a_long_task_naming_it():
    assert gaps(trace(REPORT_NGOC, COMMITMENT_NGOC)) == []


# An online form's printout: the form's name in sentence case over its receipt.
REPORT_FORM_RECEIPT = """Phiếu sơ kết 6 tháng đầu năm 2026 - Thực hiện bản cam kết của đảng viên - Chi bộ ấp Bình Thuận
Cảm ơn bạn đã điền thông tin. Dưới đây là bản sao câu trả lời của bạn đã được gửi.

Họ và tên đảng viên *
Trần Thị Ngọc Hân

2. Kết quả thực hiện nhiệm vụ đã cam kết (ghi rõ từng việc) *
- Chi đoàn sinh hoạt đủ 5 kỳ; ngày 26/3/2026 kết nạp 03 đoàn viên mới.

4. Tự đánh giá *
Hoàn thành tốt"""


def test_a_forms_name_over_its_receipt_is_a_reports_title_whatever_its_case():
    outline = document_from_text(REPORT_FORM_RECEIPT).outline
    assert (outline.kind, outline.review.period, outline.review.author) == (
        "report",
        "midyear",
        "Trần Thị Ngọc Hân",
    )
