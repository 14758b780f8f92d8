"""A commitment pasted from a web form or a chat runs its list into one paragraph: each dashed
piece is an item of its own, answered or left without a result on its own. Written for these
tests in the members' manner, not copied from the corpus."""

from __future__ import annotations

from tests.trace_samples import gaps, trace

COMMITMENT_PASTED = """ĐẢNG BỘ XÃ CÁT TIẾN                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CƠ QUAN XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phan Thị Duyên - Sinh năm: 1994 - Chức vụ: Công chức Văn hóa - Xã hội
I. Về tư tưởng chính trị: - Kiên định mục tiêu, lý tưởng của Đảng - Gương mẫu chấp hành chủ trương của Đảng
II. Về thực hiện nhiệm vụ được giao: - Cập nhật Trang thông tin điện tử xã, đăng ít nhất 15 tin, bài mỗi tháng - Tổ chức Giải bóng chuyền nam nữ mừng Xuân Bính Ngọ trước ngày 10/02/2026 - Lập hồ sơ đề nghị công nhận 02 thôn văn hóa trước 30/10/2026
III. Về tổ chức kỷ luật: chấp hành nghiêm Điều lệ Đảng.
NGƯỜI CAM KẾT
Phan Thị Duyên"""

MIDYEAR = """CHI BỘ CƠ QUAN XÃ
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Phan Thị Duyên
I. Kết quả thực hiện cam kết
- Trang thông tin điện tử xã: 6 tháng đăng 104 tin, bài, tháng ít nhất 16 tin.
- Hồ sơ công nhận thôn văn hóa: đang tổng hợp số liệu của 02 thôn, dự kiến nộp tháng 9.
Người báo cáo
Phan Thị Duyên"""

DUTIES = 6  # the line of part II's run-in list


def test_each_piece_of_a_run_in_list_is_an_item_answered_on_its_own():
    found = trace(MIDYEAR, COMMITMENT_PASTED)
    pieces = [item.item.text for item in found.items if item.item.line == DUTIES]
    assert [piece.lstrip("- ").split()[0] for piece in pieces] == ["Cập", "Tổ", "Lập"]
    # the tournament in February has no result, though the line's other two pieces have
    assert gaps(found) == [DUTIES]
    left = [item.item.text for item in found.gaps()]
    assert left == ["Tổ chức Giải bóng chuyền nam nữ mừng Xuân Bính Ngọ trước ngày 10/02/2026"]


def test_a_dash_inside_a_name_or_a_range_cuts_nothing():
    from linter.trace.review import run_in_items

    for text in (
        "Phối hợp Đoàn - Hội sinh viên tổ chức 02 buổi hiến máu trong năm học 2025 - 2026.",
        "- Chấp hành nghiêm quy chế của cơ quan - Năm 2025 còn chậm nộp báo cáo tháng",
        "Hỗ trợ sửa nhà cho 02 hộ (bà Lò Thị Pọm - Bản Mòng và ông Cà Văn Ín - Bản Hốc) trước "
        "30/6/2026 - Vận động 15 hộ làm chuồng trại xa nhà",
        "Phối hợp công chức Văn hóa - Xã hội và Địa chính - Xây dựng rà soát 12 hồ sơ đất đai",
        'Duy trì tuyến đường "Xanh - Sạch - Đẹp" dài 500 m, ra quân dọn vệ sinh - Trồng cây',
    ):
        assert run_in_items(text) == [text]
    assert run_in_items("Viết 02 bài tuyên truyền. - Dự đủ 12 kỳ sinh hoạt chi bộ.") == [
        "Viết 02 bài tuyên truyền.",
        "Dự đủ 12 kỳ sinh hoạt chi bộ.",
    ]
