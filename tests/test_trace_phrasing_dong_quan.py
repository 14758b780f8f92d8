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


# A residential group's cell secretary.
COMMITMENT_BINH = """ĐẢNG BỘ PHƯỜNG AN LẠC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Hồ Văn Bình
Chức vụ: Bí thư Chi bộ Khu phố 2
1. Về tư tưởng chính trị
- Kiên định mục tiêu, lý tưởng của Đảng.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Duy trì sinh hoạt chi bộ vào ngày 15 hằng tháng; mỗi quý có 01 kỳ sinh hoạt chuyên đề.
- Phân công 11 đảng viên phụ trách 6 cụm dân cư, báo cáo tình hình tại kỳ sinh hoạt hằng tháng.
- Vận động 04 hộ còn để xe chiếm lòng hẻm 31 ký cam kết không tái phạm trước ngày 30/6/2026.
An Lạc, ngày 10 tháng 3 năm 2026
NGƯỜI CAM KẾT
Hồ Văn Bình"""

ITEM_MEETINGS, ITEM_CLUSTERS, ITEM_ALLEY = 9, 10, 11

MIDYEAR_BINH = """CHI BỘ KHU PHỐ 2
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên đảng viên: Hồ Văn Bình
Chức vụ đảng: Bí thư Chi bộ Khu phố 2
1. Những việc đã làm được:
- Chi bộ sinh hoạt đúng ngày 15 hằng tháng (6/6 kỳ); sinh hoạt chuyên đề quý I về bầu cử, quý II về trật tự đô thị.
- 11 đảng viên đã nhận phụ trách 6 cụm dân cư; từ tháng 4 các kỳ sinh hoạt đều có báo cáo từng cụm.
2. Những việc chưa làm được, lý do:
- Sổ sách chi bộ chưa nộp Văn phòng Đảng ủy kiểm tra.
3. Những việc sẽ làm 6 tháng cuối năm:
- Vận động 04 hộ để xe chiếm lòng hẻm 31 ký cam kết không tái phạm.
4. Tự đánh giá: Hoàn thành tốt.
An Lạc, ngày 02 tháng 7 năm 2026
Người báo cáo
Hồ Văn Bình"""


def test_a_result_opening_with_the_cells_name_is_no_field_of_the_writer():
    found = trace(MIDYEAR_BINH, COMMITMENT_BINH)
    assert any(entry.text.startswith("Chi bộ sinh hoạt đúng ngày 15") for entry in found.entries)
    assert ITEM_MEETINGS not in gaps(found)


def test_what_a_6_month_report_will_do_answers_nothing():
    found = trace(MIDYEAR_BINH, COMMITMENT_BINH)
    assert gaps(found) == [ITEM_ALLEY]
    roles = {entry.line: entry.role for entry in found.entries}
    assert 11 not in roles  # "3. Những việc sẽ làm …": directions, no result
