"""A report's own date written as a form's field, as members fill in a web form or a cell's
report sheet: "Ngày báo cáo: 27/06/2026" among the particulars under the title, a bare "Ngày
30/6/2026" there, or "Ngày báo cáo *" with its value on the next line at the foot. Found in the
unseen reports of Huổi Lếch, Kim Dương and Vĩnh Xuân (issue 17, eighth session); the texts are
written for these tests, not copied from them."""

from __future__ import annotations

import datetime as dt

from tests.conftest import document_from_text

SHEET = """PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên (*):	Đinh Thị Mơ
Chi bộ (*):	Chi bộ ấp Phú Hòa
Ngày báo cáo: 26/06/2026

Nội dung cam kết 1 (*):	Vận động 10 hộ đăng ký gia đình văn hóa
Kết quả:	Đã vận động được 12 hộ, nộp danh sách cho ấp ngày 15/5/2026.
Mức độ:	Hoàn thành tốt"""

CHAT = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Đảng viên: Lưu Văn Tâm - Chi bộ khu dân cư số 2
Ngày 29/6/2026

Em báo cáo chi bộ ạ:
1. Đã hướng dẫn 8 hộ cài ứng dụng VNeID, xong ngày 10/5/2026.
2. Tổ tự quản tuần tra 24 đêm, không có vụ trộm.
Tự đánh giá: hoàn thành tốt ạ
Lưu Văn Tâm"""

WEB_FORM = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Chi bộ Trường Tiểu học số 1 - Biểu mẫu trực tuyến

Họ và tên *
Tòng Văn Sơn
Kết quả thực hiện nhiệm vụ đã cam kết *
- Dạy 6 lớp Tin học, hoàn thành chương trình học kỳ II ngày 20/5/2026.
- Tập huấn phần mềm quản lý học sinh cho 28 giáo viên ngày 03/4/2026.
Tự đánh giá *
Hoàn thành tốt
Ngày báo cáo *
24/06/2026"""


def test_the_date_field_among_the_particulars_is_the_own_date():
    own = document_from_text(SHEET, "phieu.txt").outline.own_date
    assert (own.line, own.value) == (4, dt.date(2026, 6, 26))


def test_a_bare_date_under_the_writers_name_is_the_own_date():
    own = document_from_text(CHAT, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (3, dt.date(2026, 6, 29))


def test_a_web_forms_date_under_its_label_at_the_foot_is_the_own_date():
    own = document_from_text(WEB_FORM, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (12, dt.date(2026, 6, 24))


def test_the_stamp_a_web_form_sends_its_answers_with_is_the_own_date():
    # the form keeps no date field, only the time its answers were sent, on its last line
    form = WEB_FORM.replace("Ngày báo cáo *\n24/06/2026", "Gửi lúc 21:47 ngày 02/7/2026")
    own = document_from_text(form, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (11, dt.date(2026, 7, 2))
    # a result sent the same way in a sentence is no stamp
    told = form.replace("Gửi lúc 21:47", "Đã gửi danh sách cho tổ trưởng")
    assert document_from_text(told, "bao-cao.txt").outline.own_date is None


def test_the_dates_of_results_are_not_the_own_date():
    # with the field gone, the results' dates ("… ngày 15/5/2026") are deadlines, not its date
    sheet = SHEET.replace("Ngày báo cáo: 26/06/2026\n", "")
    assert document_from_text(sheet, "phieu.txt").outline.own_date is None
    form = WEB_FORM.replace("Ngày báo cáo *\n24/06/2026", "")
    assert document_from_text(form, "bao-cao.txt").outline.own_date is None


def test_a_date_field_holding_the_place_and_the_date_on_one_line():
    # a web form copied with one space between its label and value
    form = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025
Họ và tên: Trần Thị Kim Ngân
Ngày gửi: Mỹ Hiệp, ngày 01/7/2025
Nội dung báo cáo *
• Đăng ký hộ kinh doanh "Khô cá Mỹ Lợi" ngày 14/3/2025, nộp thuế khoán quý II đầy đủ."""
    own = document_from_text(form, "bao-cao.txt").outline.own_date
    assert (own.line, own.value, own.written) == (3, dt.date(2025, 7, 1), "Mỹ Hiệp, ngày 01/7/2025")


def test_a_field_of_where_it_was_signed_holds_the_place_and_the_date():
    # a web form's printout closing with the place and date under a label of its own
    form = """PHIẾU KIỂM ĐIỂM, ĐÁNH GIÁ ĐẢNG VIÊN NĂM 2026 (nhập trực tuyến)
[Họ và tên]: Nông Thị Vân
[I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC]
Đỡ đẻ an toàn 42 ca tại Trạm từ tháng 01 đến tháng 11/2026.
Nơi ký: Hà Vân, ngày 05 tháng 12 năm 2026
Người kiểm điểm: Nông Thị Vân"""
    own = document_from_text(form, "ban-kiem-diem.txt").outline.own_date
    assert (own.line, own.value) == (5, dt.date(2026, 12, 5))
    assert own.written == "Hà Vân, ngày 05 tháng 12 năm 2026"
    # any other label before a place and date is no such field
    other = form.replace("Nơi ký:", "Ghi chú:")
    assert document_from_text(other, "ban-kiem-diem.txt").outline.own_date is None


def test_a_wrapped_header_tables_date_read_past_the_left_columns_capitals():
    # a PDF's text layer: the header table's two columns merged by one space and wrapped, the
    # left column's last word before the year
    text = """ĐẢNG BỘ XÃ HÁ CHẾ ĐẢNG CỘNG SẢN VIỆT NAM
LỦNG
CHI BỘ TRƯỜNG PTDTBT Há Chế Lủng, ngày 25 tháng 6 năm
THCS 2026
BÁO CÁO
KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Ma Thị Huyền. Chức vụ: Giáo viên Ngữ văn.
1. Kết quả thực hiện cam kết
- Dạy tăng cường tiếng Việt 2 tiết/tuần cho 2 lớp 6A, 6B từ tuần 20 đến hết năm học."""
    own = document_from_text(text, "bao-cao.txt").outline.own_date
    assert (own.line, own.end_line, own.value) == (3, 4, dt.date(2026, 6, 25))


def test_a_dash_inside_the_left_columns_name_does_not_hide_the_year():
    # the same layout with a school of two levels: "TRƯỜNG MẦM NON - TIỂU HỌC" wraps, its
    # dash standing between the column's capitals and the year
    text = """Mẫu 02B-HD KĐ.ĐG
ĐẢNG BỘ XÃ PHƯỚC HẢI ĐẢNG CỘNG SẢN VIỆT NAM
SƠN
CHI BỘ TRƯỜNG MẦM Phước Hải Sơn, ngày 14 tháng 12 năm
NON - TIỂU HỌC 2026
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Phan Thị Ngọc Ánh. Chức vụ chính quyền: Phó Hiệu trưởng.
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
- Chuyên đề "Lấy trẻ làm trung tâm" tổ chức đủ 02 buổi (ngày 16/4/2026 và 22/10/2026)."""
    own = document_from_text(text, "ban-kiem-diem.txt").outline.own_date
    assert (own.line, own.end_line, own.value) == (4, 5, dt.date(2026, 12, 14))


def test_a_month_ending_a_wrapped_sentence_in_the_body_is_not_the_own_date():
    # a narrow PDF's text: the move between cells wraps so that a line reads as a place and a
    # month; the date at the foot is the commitment's
    text = """BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN,
PHẤN ĐẤU NĂM 2026
Tôi là: Lê Văn Bình, ngư dân
Chuyển sinh hoạt từ Chi bộ khu
phố Cái Dăm về Chi bộ khu phố
Bến Đá tháng 12/2025
1. Về thực hiện nhiệm vụ
- Mua bảo hiểm cho 07 thuyền
viên trước 31/3/2026.
Bến Đá, ngày 20/02/2026
Người cam kết
Lê Văn Bình"""
    own = document_from_text(text, "cam-ket.txt").outline.own_date
    assert (own.line, own.value) == (10, dt.date(2026, 2, 20))


def test_a_date_field_stamped_with_the_time_it_was_sent():
    # a web form's printout: the date it was sent, then the time ("Ngày gửi: 30/06/2026 21:47")
    form = """PHIẾU BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT CỦA ĐẢNG VIÊN - NĂM 2026
(Biểu mẫu trực tuyến - Đảng ủy xã Hòn Tre)
Ngày gửi: 30/06/2026 21:47
Họ và tên đảng viên: Trương Thị Thu Vân
Câu 2. Kết quả thực hiện cam kết:
- Điểm đánh giá của khách 6 tháng đầu năm đạt 8,6/10."""
    own = document_from_text(form, "bao-cao.txt").outline.own_date
    assert (own.line, own.value) == (3, dt.date(2026, 6, 30))
    # a chat's stamp after the sender's name is when the message came, not where it was written
    chat = """Báo cáo kết quả thực hiện cam kết 6 tháng đầu năm 2026
Trịnh Văn Khoa  29/6/2026 22:41
- Tổ 5 họp đủ 2 kỳ, quý I ngày 14/3, quý II ngày 13/6.
An Lạc, 29/6/2026"""
    own = document_from_text(chat, "bao-cao.txt").outline.own_date
    assert (own.line, own.written) == (4, "An Lạc, 29/6/2026")
    # other words after the date are no stamp of the time: the field is not read as the date
    other = form.replace("21:47", "lúc 21 giờ 47 phút 99")
    assert document_from_text(other, "bao-cao.txt").outline.own_date is None
