"""Results that answer one item and share a few words with another, and a remedy written under
its label ("Biện pháp: …"), as the writers of the twenty-second session's units wrote them. The
texts are written for these tests in the members' manner, not copied from the sets."""

from __future__ import annotations

from tests.trace_samples import gaps, trace

# A rice cooperative's transplanting team leader: his planting dates, and the households he
# will win over to machine transplanting, share "cấy", "vụ Mùa".
COMMITMENT_PLANTING = """ĐẢNG ỦY XÃ XUÂN HỒNG
CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Văn Hiệp
3. Về thực hiện chức trách, nhiệm vụ được giao
- Cấy xong diện tích của tổ vụ Xuân trước ngày 28/02/2026, vụ Mùa trước ngày 25/7/2026.
- Vận động thêm 15 hộ chuyển sang cấy máy từ vụ Mùa 2026.
- Bảo dưỡng 03 máy cấy của tổ xong trước ngày 15/6/2026.
NGƯỜI CAM KẾT
Trần Văn Hiệp"""
WIN_OVER = 7

REPORT_PLANTING = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Trần Văn Hiệp
3. Kết quả thực hiện cam kết
- Cấy xong vụ Xuân ngày 24/02/2026, vụ Mùa ngày 21/7/2026.
- 03 máy cấy bảo dưỡng xong ngày 10/6/2026, cả vụ không phải dừng máy."""


def test_a_short_result_on_one_item_does_not_answer_another_by_its_few_words():
    # the planting dates are all the first line tells: the households won over are missing
    assert gaps(trace(REPORT_PLANTING, COMMITMENT_PLANTING)) == [WIN_OVER]


def test_a_short_result_answers_the_item_it_is_closest_to():
    # without the planting dates to own it, the line is closest to the households' item and
    # answers it, as before: only a result owned by another item is taken away
    commitment = COMMITMENT_PLANTING.replace(
        "- Cấy xong diện tích của tổ vụ Xuân trước ngày 28/02/2026, vụ Mùa trước ngày 25/7/2026.\n",
        "",
    )
    assert gaps(trace(REPORT_PLANTING, commitment)) == []


# A ward's security team member, who missed two night shifts last year.
COMMITMENT_SHIFTS = """ĐẢNG ỦY PHƯỜNG AN BÌNH
CHI BỘ KHU VỰC 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Hoàng Phúc
3. Về thực hiện chức trách, nhiệm vụ được giao
- Trực, tuần tra theo lịch của Tổ bảo vệ an ninh, trật tự: 02 ca tối mỗi tuần (thứ Ba, thứ Sáu) trên tuyến chợ - bến phà.
5. Khắc phục hạn chế, khuyết điểm
- Năm 2025 có 03 lần vắng ca trực không báo trước; năm 2026 không vắng ca trực nếu không có lý do.
NGƯỜI CAM KẾT
Lê Hoàng Phúc"""

REPORT_SHIFTS = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Hoàng Phúc
II. Kết quả thực hiện cam kết
- Từ tháng 3 đến hết tháng 6 trực, tuần tra đủ 34/34 ca tối thứ Ba, thứ Sáu trên tuyến chợ - bến phà; không vắng ca nào."""


def test_a_result_holding_a_whole_clause_of_a_remedy_answers_it_too():
    # "không vắng ca trực" is all in "trực, tuần tra đủ 34/34 ca": the remedy is answered
    # though the line is the patrols' first
    assert gaps(trace(REPORT_SHIFTS, COMMITMENT_SHIFTS)) == []


# A young member told at her probation review to speak up at the cell's meetings.
COMMITMENT_SPEAKING = """ĐẢNG ỦY XÃ XUÂN HỒNG
CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Vũ Thị Lan
3. Về thực hiện chức trách, nhiệm vụ được giao
- Nhập kho và cấp phát 100% phân bón theo đơn của các đội trước mỗi đợt bón thúc.
5. Khắc phục hạn chế, khuyết điểm
5.1. Khi xét chuyển chính thức, chi bộ nhận xét: còn e ngại, ít phát biểu trong sinh hoạt chi bộ.
5.2. Biện pháp: mỗi kỳ sinh hoạt chi bộ chuẩn bị trước ít nhất 01 ý kiến về việc cấp vật tư để phát biểu.
NGƯỜI CAM KẾT
Vũ Thị Lan"""
SPEAKING = 9

REPORT_SPEAKING = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Vũ Thị Lan
I. Ưu điểm, kết quả đạt được
3. Về ý thức tổ chức kỷ luật
Dự đủ các kỳ sinh hoạt chi bộ, đóng đảng phí đủ. Từ tháng 4/2026, kỳ sinh hoạt nào tôi cũng có ý kiến về việc cấp vật tư (lịch nhập phân, giá giống, công nợ của các đội), được đồng chí Bí thư ghi nhận.
4. Kết quả thực hiện cam kết
- Cấp phát đủ 100% phân bón theo đơn của 6 đội, trước cả 3 đợt bón thúc."""


def test_a_remedy_under_its_label_is_answered_where_the_member_told_it():
    # "Biện pháp:" labels the remedy; the label's words are no part of what it commits to
    assert gaps(trace(REPORT_SPEAKING, COMMITMENT_SPEAKING)) == []


def test_a_remedy_under_its_label_left_unsaid_is_a_gap():
    report = REPORT_SPEAKING.replace(
        " Từ tháng 4/2026, kỳ sinh hoạt nào tôi cũng có ý kiến về việc cấp vật tư (lịch nhập"
        " phân, giá giống, công nợ của các đội), được đồng chí Bí thư ghi nhận.",
        "",
    )
    assert gaps(trace(report, COMMITMENT_SPEAKING)) == [SPEAKING]
