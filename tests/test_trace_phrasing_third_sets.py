"""Reports as members write them in the second unseen sets of Yên Ninh Phú and Hà Vân (issue
17, fifteenth session): a web form's printout that shows each section's title in square
brackets. The texts are written for these tests in the members' manner, not copied from the
sets."""

from __future__ import annotations

from linter.sections import unbracketed
from tests.trace_samples import gaps, restated, trace, unmatched

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
    bracketed, unbracketed = trace(REPORT_KHOI, COMMITMENT_KHOI), trace(plain, COMMITMENT_KHOI)
    assert restated(bracketed) == restated(unbracketed)
    assert unmatched(bracketed) == unmatched(unbracketed)


def test_only_brackets_around_the_whole_line_are_taken_off():
    title = "[II. Hạn chế, khuyết điểm và nguyên nhân]"
    assert unbracketed(title).strip() == "II. Hạn chế, khuyết điểm và nguyên nhân"
    assert len(unbracketed(title)) == len(title)  # offsets into the line still hold
    for line in (
        "[Bổ sung] Nộp sổ nhật ký bảo dưỡng quý III ngày 03/10/2026",
        "[Bổ sung] Nộp sổ nhật ký [kèm ảnh]",
        "- [II. Hạn chế]",
    ):
        assert unbracketed(line) == line
