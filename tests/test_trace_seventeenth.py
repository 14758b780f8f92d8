"""Commitments and reports as the writers of the seventeenth session's sets wrote them: a
result opening with a label that is one abbreviated term of its item ("Bảo hiểm y tế: …"), and
study of documents that makes no document. The texts are written for these tests in the
members' manner, not copied from the sets."""

from __future__ import annotations

from linter.concrete import judge
from tests.trace_samples import gaps, trace, unmatched

# A residential group's leader: the road, the insurance drive, the fund.
COMMITMENT_DINH = """ĐẢNG BỘ PHƯỜNG KIM ĐƯỜNG
CHI BỘ TỔ DÂN PHỐ ĐỒNG XÁ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nghiêm Văn Định, Tổ trưởng Tổ dân phố Đồng Xá
III. Thực hiện chức trách, nhiệm vụ được giao
1. Hoàn thành đường bê tông ngõ 9 (dài khoảng 160 m) trước ngày 30/9/2026.
2. Cùng Chi hội Phụ nữ vận động 100% hộ trong tổ tham gia bảo hiểm y tế (hiện còn 19 hộ chưa có thẻ).
3. Thu Quỹ Vì người nghèo đạt 100% chỉ tiêu phường giao trước ngày 31/10/2026.
NGƯỜI CAM KẾT
Nghiêm Văn Định"""
ROAD, INSURANCE, FUND = 6, 7, 8

# His year-end review: each result under a short label, the insurance one by its field's name.
REPORT_DINH = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Nghiêm Văn Định
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
2. Thực hiện chức trách, nhiệm vụ được giao
- Đường ngõ 9: đổ bê tông xong ngày 12/9/2026, dài 158 m.
- Bảo hiểm y tế: đến 30/11/2026 còn 05 hộ chưa tham gia (03 hộ cận nghèo, 02 hộ người già neo đơn).
- Quỹ Vì người nghèo: thu 31,2 triệu đồng, đạt 104% chỉ tiêu, xong ngày 25/10/2026.
II. HẠN CHẾ, KHUYẾT ĐIỂM
Vận động bảo hiểm y tế chưa đạt chỉ tiêu vì một số hộ còn khó khăn."""
INSURANCE_RESULT = 6


def test_a_label_of_one_abbreviated_term_names_the_item_it_is_written_in():
    traced = trace(REPORT_DINH, COMMITMENT_DINH)
    assert gaps(traced) == []
    assert INSURANCE_RESULT not in unmatched(traced)
    answered = {item.item.line: item.results for item in traced.items}
    assert traced.entries[answered[INSURANCE][0]].line == INSURANCE_RESULT


def test_a_one_term_label_written_in_no_item_names_none():
    # "Bảo hiểm xã hội" is no item's: the result is not taken for the insurance drive
    report = REPORT_DINH.replace(
        "- Bảo hiểm y tế: đến 30/11/2026 còn 05 hộ chưa tham gia (03 hộ cận nghèo, 02 hộ người già neo đơn).",
        "- Bảo hiểm xã hội: hướng dẫn 04 người bán hàng rong tham gia tự nguyện.",
    ).replace("Vận động bảo hiểm y tế chưa đạt chỉ tiêu vì một số hộ còn khó khăn.", "Không có.")
    traced = trace(report, COMMITMENT_DINH)
    assert gaps(traced) == [INSURANCE]


def test_reading_documents_is_study_and_the_remedy_asks_for_no_result():
    commitment = COMMITMENT_DINH.replace(
        "NGƯỜI CAM KẾT",
        "V. Khắc phục hạn chế, khuyết điểm\n"
        "- Dành thời gian nghiên cứu tài liệu, cập nhật kiến thức mới về công tác dân vận.\n"
        "NGƯỜI CAM KẾT",
    )
    assert not judge(
        "Dành thời gian nghiên cứu tài liệu, cập nhật kiến thức mới về công tác dân vận."
    ).concrete
    # the review says nothing of his reading: no gap for a remedy nobody could check
    assert gaps(trace(REPORT_DINH, commitment)) == []
