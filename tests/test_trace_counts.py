"""A result counting "x of N" against the N its item names: "15/15 em" reports on "lớp 2C (15
học sinh)", the whole of the ratio being the item's count. The texts are written for these
tests in the manner of a highland boarding school's teachers."""

from __future__ import annotations

from linter.trace.terms import terms_of
from tests.trace_samples import gaps, trace

COMMITMENT_MY = """CHI BỘ TRƯỜNG PTDTBT TIỂU HỌC NẬM CHẢY
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Sùng Thị Dợ, giáo viên chủ nhiệm lớp 3B điểm trường Sín Chải
I. Về chính trị tư tưởng
- Luôn trung thành với Đảng, chấp hành nghiêm chủ trương của Đảng.
III. Về nhiệm vụ chuyên môn
- Chủ nhiệm lớp 3B (17 học sinh): không để học sinh bỏ học.
- Phụ đạo tiếng Việt cho 04 em đọc chậm vào chiều thứ Ba hằng tuần.
IV. Về tổ chức kỷ luật
- Đi sinh hoạt chi bộ đầy đủ các kỳ.
NGƯỜI CAM KẾT
Sùng Thị Dợ"""
CLASS, TUTORING = 7, 8

MIDYEAR = """CHI BỘ TRƯỜNG PTDTBT TIỂU HỌC NẬM CHẢY
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Sùng Thị Dợ
II. Kết quả thực hiện nhiệm vụ
- {attendance}
- Phụ đạo tiếng Việt chiều thứ Ba hằng tuần; đến tháng 5 có 3/4 em đọc trơn.
III. Tổ chức kỷ luật
- Dự đủ 6/6 kỳ sinh hoạt chi bộ.
Nậm Chảy, ngày 26/6/2026
Người báo cáo
Sùng Thị Dợ"""


def test_the_whole_of_a_ratio_is_a_figure_of_its_own_but_a_date_is_not_cut():
    assert {"40/41", "41"} <= terms_of("40/41 học sinh lớp 9 tốt nghiệp").figures
    assert "4" not in terms_of("Nộp báo cáo ngày 30/4").figures
    assert "2026" not in terms_of("Xong ngày 15/11/2026").figures


def test_a_class_kept_whole_answers_the_item_counting_it():
    # "17/17 em" and the month's attendance: no word of "không để học sinh bỏ học" but the
    # class and its seventeen pupils
    kept = MIDYEAR.format(
        attendance="Lớp 3B duy trì sĩ số 17/17 em, chuyên cần tháng thấp nhất 92% (tháng 2)."
    )
    found = trace(kept, COMMITMENT_MY)
    assert gaps(found) == []
    assert found.unmatched == []


def test_another_count_leaves_the_class_a_gap():
    # a ratio whose whole is not the class's count reports on something else
    other = MIDYEAR.format(
        attendance="Lớp 3B có 12/20 em tham gia Hội khỏe Phù Đổng cấp trường tháng 3/2026."
    )
    assert gaps(trace(other, COMMITMENT_MY)) == [CLASS]
