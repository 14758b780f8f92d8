"""Year-end self-reviews printed to PDF and pasted as text, as members of issue 17's unseen sets
wrote theirs: headings in capitals broken short of the line's width ("III. KẾT QUẢ KHẮC PHỤC
NHỮNG HẠN CHẾ, KHUYẾT" / "ĐIỂM ĐÃ ĐƯỢC CHỈ RA …", "VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN
CHẾ," / "KHUYẾT ĐIỂM"), and a sentence wrapped onto a line that opens with a closing block's
words ("… khi" / "xác nhận nguyên liệu."). The texts are written for these tests, not copied
from the corpus."""

from __future__ import annotations

from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace

COMMITMENT_HA = """CHI BỘ TRƯỜNG THCS AN BÌNH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lâm Thị Thu Hà
1. Về tư tưởng chính trị
- Chấp hành nghiêm chủ trương của Đảng, pháp luật của Nhà nước.
2. Về thực hiện nhiệm vụ được giao
- Dạy Văn 4 lớp 8A1, 8A2, 9A3, 9A4; tỷ lệ học sinh đạt trung bình môn trở lên từ 85%.
- Phụ đạo miễn phí 8 học sinh yếu Văn khối 8 vào chiều thứ Ba hằng tuần, từ tháng 3 đến hết tháng 4/2026.
- Nộp 05 bài giảng điện tử Ngữ văn 9 lên kho học liệu của trường trước 30/5/2026.
NGƯỜI CAM KẾT
Lâm Thị Thu Hà"""
TUTORING = 8

REPORT_HA = """CHI BỘ TRƯỜNG THCS AN BÌNH
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lâm Thị Thu Hà
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Năm học 2025 - 2026 dạy Văn 4 lớp 8A1, 8A2, 9A3, 9A4, tỷ lệ học
sinh đạt từ trung bình môn trở lên 86,9%.
- 05 bài giảng điện tử Ngữ văn 9 đã nộp đủ lên kho học liệu của
trường ngày 26/5/2026.
II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
Sắp xếp thời gian chưa hợp lý vào cuối năm học.
III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT
ĐIỂM ĐÃ ĐƯỢC CHỈ RA Ở CÁC KỲ KIỂM ĐIỂM TRƯỚC
Đã phối hợp giáo viên chủ nhiệm nhắc nhở học sinh vi phạm nội
quy; không để xảy ra vụ việc phức tạp trong các lớp được phân công.
VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ,
KHUYẾT ĐIỂM
Lập kế hoạch cá nhân theo tháng, hoàn thành sản phẩm chuyên
môn đúng hạn; tiếp tục phụ đạo học sinh yếu Văn vào chiều thứ
Ba trong năm học 2026 - 2027.
VII. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG
Hoàn thành tốt nhiệm vụ.
NGƯỜI TỰ KIỂM ĐIỂM
Lâm Thị Thu Hà"""


def test_a_heading_in_capitals_goes_on_onto_the_next_line():
    review = document_from_text(REPORT_HA, "bao-cao.txt").outline.review
    assert [(s.heading_line, s.role) for s in review.sections] == [
        (4, "results"),
        (5, "commitment"),
        (10, "shortcomings"),
        (12, "remedy"),
        (16, "directions"),
        (21, "rating"),
    ]
    # the heading's rest is neither a result nor a heading of its own
    assert all(entry.line != 13 for entry in review.entries)


def test_what_is_still_to_do_answers_nothing_committed():
    # "tiếp tục phụ đạo học sinh yếu Văn …" stands under the directions, not under a heading on
    # shortcomings its broken line "KHUYẾT ĐIỂM" would make: the tutoring is reported nowhere
    assert gaps(trace(REPORT_HA, COMMITMENT_HA)) == [TUTORING]


COMMITMENT_THAO = """CHI BỘ BAN QUẢN LÝ CẢNG CÁ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đỗ Thị Ngọc Thảo
1. Về tư tưởng chính trị
- Chấp hành nghiêm chủ trương của Đảng, pháp luật của Nhà nước.
2. Về thực hiện nhiệm vụ được giao
- Cấp giấy xác nhận nguyên liệu thủy sản trong 01 ngày làm việc kể từ khi nhận đủ hồ sơ.
- Số hóa 2.000 bộ hồ sơ xác nhận các năm 2023 - 2025, xong trước 30/9/2026.
- Phối hợp Chi cục Thủy sản tổ chức 01 lớp tập huấn khai báo điện tử cho nậu vựa trong quý III/2026.
NGƯỜI CAM KẾT
Đỗ Thị Ngọc Thảo"""
TRAINING = 9

REPORT_THAO = """CHI BỘ BAN QUẢN LÝ CẢNG CÁ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Đỗ Thị Ngọc Thảo
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
1. Về phẩm chất chính trị, đạo đức, lối sống
Luôn chấp hành nghiêm chủ trương của Đảng; không nhận quà của
nậu vựa, doanh nghiệp khi làm thủ tục; không để người dân chờ khi
xác nhận nguyên liệu. Dự đủ các kỳ sinh hoạt chi bộ.
2. Về thực hiện chức trách, nhiệm vụ được giao
Năm 2026 cấp 2.214 giấy xác nhận nguyên liệu thủy sản, không hồ
sơ nào quá 01 ngày làm việc.
3. Về việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu
- Số hóa hồ sơ 2023 - 2025: xong 2.000/2.000 bộ ngày 25/9/2026.
VII. TỰ NHẬN MỨC XẾP LOẠI CHẤT LƯỢNG
Hoàn thành tốt nhiệm vụ.
NGƯỜI TỰ KIỂM ĐIỂM
Đỗ Thị Ngọc Thảo"""


def test_a_wrapped_sentence_opening_a_line_with_a_closing_word_does_not_end_the_report():
    review = document_from_text(REPORT_THAO, "bao-cao.txt").outline.review
    assert [(s.heading_line, s.role) for s in review.sections] == [
        (4, "results"),
        (5, "qualities"),
        (9, "duties"),
        (12, "commitment"),
        (14, "rating"),
    ]
    # the certificates and the scanning are reported; the training is not
    assert gaps(trace(REPORT_THAO, COMMITMENT_THAO)) == [TRAINING]


def test_a_wrapped_sentence_does_not_end_a_commitment_either():
    wrapped = COMMITMENT_THAO.replace(
        "- Cấp giấy xác nhận nguyên liệu thủy sản trong 01 ngày làm việc kể từ khi nhận đủ hồ sơ.",
        "- Cấp giấy chứng nhận thủy sản khai thác cho tàu cá kèm biên bản\n"
        "xác nhận nguyên liệu trong 01 ngày làm việc kể từ khi nhận đủ hồ sơ.",
    )
    commitment = document_from_text(wrapped, "cam-ket.txt")
    assert [s.part for s in commitment.outline.sections] == [1, 3]
    assert len(commitment.outline.sections[-1].items) == 3
