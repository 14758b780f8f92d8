"""A year-end self-review printed to PDF and pasted as text: its headings in capitals broken
short of the line's width ("III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT" / "ĐIỂM ĐÃ ĐƯỢC CHỈ
RA …", "VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC HẠN CHẾ," / "KHUYẾT ĐIỂM"), as a teacher of issue
17's unseen sets wrote hers. The text is written for these tests, not copied from the corpus."""

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
