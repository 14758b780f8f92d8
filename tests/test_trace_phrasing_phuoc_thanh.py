"""Reports as members write them in the eleventh unseen unit of issue 17 (Phước Thạnh, a
southern ward): a veteran's commitment of pledges with quoted words, the party's names for a
member's decline and a motto, which a report need not answer. The texts are written for these
tests in the members' manner, not copied from the corpus."""

from __future__ import annotations

from tests.trace_samples import gaps, trace

COMMITMENT_TOAN = """ĐẢNG BỘ PHƯỜNG AN BÌNH
CHI BỘ KHU PHỐ 2
BẢN CAM KẾT NĂM 2026
Tôi tên: Lê Văn Toàn, sinh năm 1950, cựu chiến binh, nghỉ hưu.
Tôi xin cam kết với Chi bộ:
1. Sáng thứ Bảy hằng tuần cùng tổ dân phố 7 quét dọn hẻm 14.
2. Đóng góp Quỹ "Đền ơn đáp nghĩa" 300.000 đồng trong quý II/2026.
3. Kiên quyết đấu tranh với các biểu hiện "tự diễn biến", "tự chuyển hóa" trong khu phố.
4. "Tuổi cao, chí càng cao".
Người cam kết
Lê Văn Toàn"""
CLEANING, FUND, DECLINE, MOTTO = 6, 7, 8, 9

REPORT_TOAN = """CHI BỘ KHU PHỐ 2
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Tôi tên: Lê Văn Toàn
1. Sáng thứ Bảy cùng bà con tổ 7 quét dọn hẻm 14, cả năm vắng 3 lần vì đau chân.
2. Đã đóng góp Quỹ Đền ơn đáp nghĩa 300.000 đồng ngày 12/5/2026.
An Bình, ngày 10/12/2026
Người kiểm điểm
Lê Văn Toàn"""


def test_quoted_pledges_and_a_motto_left_unreported_are_no_gaps():
    found = gaps(trace(REPORT_TOAN, COMMITMENT_TOAN))
    assert DECLINE not in found and MOTTO not in found
    # the checkable items are answered; without the fund's line, the fund is a gap
    assert CLEANING not in found and FUND not in found
    forgot = REPORT_TOAN.replace(
        "2. Đã đóng góp Quỹ Đền ơn đáp nghĩa 300.000 đồng ngày 12/5/2026.\n", ""
    )
    assert FUND in gaps(trace(forgot, COMMITMENT_TOAN))
