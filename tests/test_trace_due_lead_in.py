"""Committed lines no result is due for, though the vague judgement finds them checkable: work
done on request ("… khi có yêu cầu"), and a line leading in to the items under it ("Phụ trách
chuyên môn cấp tiểu học (15 lớp, 364 học sinh), tôi cam kết:"). Found in the unseen reports of
Huổi Lếch (issue 17, eighth session); the texts are written for these tests in the members'
manner, not copied from them."""

from __future__ import annotations

from linter.trace.review import committed_items
from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace

COMMITMENT_PAO = """ĐẢNG BỘ XÃ MƯỜNG TÈ
CHI BỘ TRƯỜNG PTDTBT THCS
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Vừ A Pao
3. Về thực hiện chức trách, nhiệm vụ được giao
Giáo viên Tin học kiêm phụ trách phòng máy (2 phòng, 50 máy), tôi cam kết:
- Bảo dưỡng 50 máy tính của 2 phòng máy trước ngày 15/8/2026.
- Hỗ trợ giáo viên sử dụng phần mềm quản lý trường học khi có yêu cầu.
- Chuẩn bị đầy đủ hồ sơ thiết bị phục vụ kiểm tra của Phòng Giáo dục khi được yêu cầu.
- Tập huấn ký số học bạ cho giáo viên trong tháng 4/2026.
NGƯỜI CAM KẾT
Vừ A Pao"""
LEAD_IN, SERVICING, SOFTWARE, FILES, SIGNING = 6, 7, 8, 9, 10

REPORT_PAO = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Vừ A Pao
1. Kết quả thực hiện cam kết
- Bảo dưỡng 50/50 máy tính của hai phòng máy, xong ngày 10/8/2026.
2. Phương hướng 6 tháng cuối năm
- Tiếp tục hỗ trợ giáo viên khi cần.
NGƯỜI BÁO CÁO
Vừ A Pao"""


def test_work_done_on_request_and_a_line_leading_in_are_due_no_result():
    # the report is silent on the software help and the files (no request came, or none it
    # tells) and on the lead-in; the signing course it leaves out is a gap
    assert gaps(trace(REPORT_PAO, COMMITMENT_PAO)) == [SIGNING]


def test_a_line_leading_in_is_no_item_of_its_own():
    items = committed_items(document_from_text(COMMITMENT_PAO, "cam-ket.txt"))
    assert [item.line for item in items] == [SERVICING, SOFTWARE, FILES, SIGNING]


def test_a_request_with_a_deadline_of_its_own_is_still_due():
    commitment = COMMITMENT_PAO.replace(
        "khi được yêu cầu.", "khi được yêu cầu, chậm nhất ngày 30/5/2026."
    )
    assert gaps(trace(REPORT_PAO, commitment)) == [FILES, SIGNING]


def test_a_line_ending_in_a_colon_with_nothing_under_it_is_an_item():
    commitment = COMMITMENT_PAO.replace(
        "- Tập huấn ký số học bạ cho giáo viên trong tháng 4/2026.\n", ""
    ).replace("- Bảo dưỡng 50 máy tính", "5. Về khắc phục hạn chế\n- Bảo dưỡng 50 máy tính")
    items = committed_items(document_from_text(commitment, "cam-ket.txt"))
    assert LEAD_IN in [item.line for item in items]  # what follows is another part's
