"""Regressions a read of the eighth session's change found in its own rules (what frames a
report, what is due, a report's own date) and pinned here: each text is one a member could
write, each test failed on the change before its mend."""

from __future__ import annotations

from linter.trace.review import committed_items
from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace, unmatched

COMMITMENT_LAN = """ĐẢNG BỘ XÃ CƯ SUÊ
CHI BỘ BUÔN ALÊ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Lan
3. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động 12 hội viên vay vốn Ngân hàng Chính sách xã hội trồng sầu riêng, hoàn thành hồ sơ trước 30/4/2026.
- Tổ chức 2 buổi nói chuyện về phòng chống tảo hôn cho chị em trong buôn vào tháng 3 và tháng 9/2026.
NGƯỜI CAM KẾT
Lê Thị Lan"""


def test_results_typed_in_small_letters_under_a_heading_are_results():
    report = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Thị Lan
1. Kết quả thực hiện cam kết
vận động được 12 chị vay vốn Ngân hàng Chính sách xã hội trồng sầu riêng, xong hồ sơ ngày 20/4/2026
tổ chức 1 buổi nói chuyện phòng chống tảo hôn tháng 3 có 46 chị dự
tự đánh giá: hoàn thành tốt
2. Phương hướng 6 tháng cuối năm
- Nói chuyện tảo hôn tháng 9.
NGƯỜI BÁO CÁO
Lê Thị Lan"""
    assert gaps(trace(report, COMMITMENT_LAN)) == []


def test_a_result_announcing_its_details_and_a_date_at_the_foot_keep_the_results_above():
    announcing = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Thị Lan
Chức vụ: Chi hội trưởng phụ nữ buôn Alê
- Đã vận động 12 chị vay vốn Ngân hàng Chính sách xã hội trồng sầu riêng, xong hồ sơ ngày 20/4/2026.
- Tổ chức 1 buổi nói chuyện phòng chống tảo hôn tháng 3, kết quả cụ thể như sau:
+ Có 46 chị em tham dự.
NGƯỜI BÁO CÁO
Lê Thị Lan"""
    assert gaps(trace(announcing, COMMITMENT_LAN)) == []
    dated_at_foot = """CHI BỘ BUÔN ALÊ                 Buôn Alê, ngày 27 tháng 6 năm 2026
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Thị Lan
- Đã vận động 12 chị vay vốn Ngân hàng Chính sách xã hội trồng sầu riêng, xong hồ sơ ngày 20/4/2026.
- Tổ chức 1 buổi nói chuyện phòng chống tảo hôn tháng 3 có 46 chị dự.
Buôn Alê, ngày 28 tháng 6 năm 2026
NGƯỜI BÁO CÁO
Lê Thị Lan"""
    assert gaps(trace(dated_at_foot, COMMITMENT_LAN)) == []


def test_half_years_under_the_commitments_heading_of_a_self_review_are_no_directions():
    commitment = COMMITMENT_LAN.replace(
        "- Tổ chức 2 buổi nói chuyện về phòng chống tảo hôn cho chị em trong buôn vào tháng 3 và tháng 9/2026.",
        "- Mở 01 lớp dạy dệt thổ cẩm cho 15 chị em trẻ trong tháng 9/2026.",
    )
    review = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lê Thị Lan
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
6 tháng đầu năm
- Đã vận động 12 chị vay vốn Ngân hàng Chính sách xã hội trồng sầu riêng, xong hồ sơ ngày 20/4/2026.
6 tháng cuối năm
- Mở lớp dạy dệt thổ cẩm cho 15 chị em trẻ từ ngày 05/9/2026 đến 30/9/2026.
II. HẠN CHẾ, KHUYẾT ĐIỂM
Không.
NGƯỜI TỰ KIỂM ĐIỂM
Lê Thị Lan"""
    assert gaps(trace(review, commitment)) == []


COMMITMENT_PAO = """ĐẢNG BỘ XÃ MƯỜNG TÈ
CHI BỘ TRƯỜNG THCS
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Vừ A Pao
3. Về thực hiện chức trách, nhiệm vụ được giao
- Bảo dưỡng 50 máy tính của 2 phòng máy trước ngày 15/8/2026.
- Phụ đạo học sinh yếu lớp 8B, dạy thay khi cần.
- Xây dựng kế hoạch bồi dưỡng học sinh giỏi môn Toán, báo cáo Ban giám hiệu khi có yêu cầu.
NGƯỜI CAM KẾT
Vừ A Pao"""

REPORT_PAO = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Vừ A Pao
1. Kết quả thực hiện cam kết
- Bảo dưỡng 50/50 máy tính của hai phòng máy, xong ngày 10/8/2026.
NGƯỜI BÁO CÁO
Vừ A Pao"""


def test_a_task_of_its_own_beside_work_on_request_is_still_due():
    assert gaps(trace(REPORT_PAO, COMMITMENT_PAO)) == [7, 8]


def test_a_result_in_a_named_software_is_no_pointer_to_another_part():
    commitment = COMMITMENT_PAO.replace(
        "- Phụ đạo học sinh yếu lớp 8B, dạy thay khi cần.\n", ""
    ).replace(
        "- Xây dựng kế hoạch bồi dưỡng học sinh giỏi môn Toán, báo cáo Ban giám hiệu khi có yêu cầu.",
        "- Cập nhật học bạ số cho 364 học sinh trên phần mềm quản lý học sinh trước ngày 31/5/2026.",
    )
    report = REPORT_PAO.replace(
        "xong ngày 10/8/2026.",
        "xong ngày 10/8/2026.\n- Kết quả được thể hiện trong phần mềm quản lý học sinh: 364/364 "
        "em đã có học bạ số, xong ngày 25/5/2026.",
    )
    found = trace(report, commitment)
    assert gaps(found) == [] and unmatched(found) == []


def test_a_task_with_a_deadline_going_on_to_its_means_is_an_item():
    commitment = """ĐẢNG BỘ XÃ VĨNH AN
CHI BỘ CƠ QUAN ĐẢNG - ĐOÀN THỂ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trịnh Văn Kiên
3. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động 31 hộ ấp Hòa Lợi hiến đất mở rộng đường liên ấp, khởi công trong quý III/2026, bằng các biện pháp:
+ Tuyên truyền sâu rộng đến từng hộ dân.
+ Phối hợp với các đoàn thể cùng vận động.
NGƯỜI CAM KẾT
Trịnh Văn Kiên"""
    items = committed_items(document_from_text(commitment, "cam-ket.txt"))
    assert [(item.line, item.expected) for item in items] == [(6, True), (7, False), (8, False)]


def test_a_deadline_wrapped_onto_a_line_of_its_own_is_no_own_date():
    commitment = COMMITMENT_LAN.replace(
        "hoàn thành hồ sơ trước 30/4/2026.",
        "hoàn thành hồ sơ trước\nngày 30/4/2026.\n"
        "- Mở 01 lớp dạy dệt thổ cẩm cho 15 chị em trẻ trong tháng 7/2026.",
    )
    document = document_from_text(commitment, "cam-ket.txt")
    assert document.outline.own_date is None
    assert [item.line for item in committed_items(document)] == [6, 8, 9]


def test_a_web_forms_birth_date_is_not_its_own_date():
    form = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Chi bộ Trường Tiểu học số 1 - Biểu mẫu trực tuyến

Họ và tên *
Tòng Văn Sơn
Ngày sinh *
12/03/1985
Kết quả thực hiện nhiệm vụ đã cam kết *
- Dạy 6 lớp Tin học, hoàn thành chương trình học kỳ II ngày 20/5/2026.
Ngày báo cáo *
24/06/2026"""
    own = document_from_text(form, "bao-cao.txt").outline.own_date
    assert own is not None and own.line == 11
