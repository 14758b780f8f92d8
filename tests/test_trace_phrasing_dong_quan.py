"""Reports and commitments as the members of a city ward write them (issue 17, the second
unseen unit, Đông Quân): a commitment copied from a PDF in short wrapped items, …"""

from __future__ import annotations

from linter.trace.link import ReviewPair
from linter.trace.review import Trace, trace_pair
from tests.conftest import document_from_text
from tests.test_reflow import SHORT_ITEMS


def trace(report: str, commitment: str) -> Trace:
    return trace_pair(
        ReviewPair(
            document_from_text(report, "bao-cao.txt"), document_from_text(commitment, "cam-ket.txt")
        )
    )


def gaps(found: Trace) -> list[int]:
    return [item.item.line for item in found.gaps()]


def unmatched(found: Trace) -> list[int]:
    return [found.entries[e].line for e in found.unmatched]


YEAREND_HAI = """CHI BỘ KHU PHỐ 5
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Trần Văn Hải
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026
- Chi hội CCB sinh hoạt đủ 04 kỳ/04 quý; đến thăm 06 lượt hội viên ốm
đau phải nằm viện.
- Trực tối thứ Bảy tại đầu hẻm 12 được 48/52 tuần, mỗi tuần 02 hội viên
trực cùng Tổ bảo vệ an ninh, trật tự.
Tự đánh giá: hoàn thành tốt các việc đã cam kết.
II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
- Sức khoẻ giảm, có kỳ sinh hoạt phải vắng.
An Lạc, ngày 15 tháng 12 năm 2026
NGƯỜI TỰ KIỂM ĐIỂM
Trần Văn Hải"""


def test_the_halves_of_a_wrapped_item_are_one_item_answered_once():
    found = trace(YEAREND_HAI, SHORT_ITEMS)
    due = [item.item.line for item in found.items if item.item.expected]
    assert 14 not in due and 16 not in due  # "100% hội viên …", "Bảy hằng tuần …"
    assert 13 in due and 15 in due
    assert gaps(found) == []
