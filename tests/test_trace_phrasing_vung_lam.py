"""Reports as members write them in the tenth unseen unit of issue 17 (Vũng Lam, a port ward):
a shortcoming answered in other words under the report's heading on remedies; a result naming
the very thing an item is about (three of its words in a row) while saying nothing of what the
item asked to be done first. The texts are written for these tests in the members' manner, not
copied from the corpus."""

from __future__ import annotations

from tests.trace_samples import gaps, trace

# A market stallholder's commitment.
COMMITMENT_HUONG = """ĐẢNG BỘ PHƯỜNG HẢI THÀNH
CHI BỘ KHU PHỐ CHỢ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ tên: Trần Thị Hương
Nghề nghiệp: Bán rau củ tại chợ Hải Thành
III. THỰC HIỆN NHIỆM VỤ
- Đóng phí thuê sạp đầy đủ, đúng hạn hằng tháng
- Đi họp tổ tiểu thương đầy đủ, bận việc thì báo trước cho tổ trưởng
V. KHẮC PHỤC HẠN CHẾ
- Năm 2025 còn vắng 4 buổi họp tổ tiểu thương, năm 2026 không vắng buổi nào không có lý do
Người cam kết
Trần Thị Hương"""
SHORTCOMING = 10


def yearend_huong(remedy: str) -> str:
    return f"""CHI BỘ KHU PHỐ CHỢ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ tên: Trần Thị Hương
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết
- Đóng phí thuê sạp đủ 12/12 tháng, không tháng nào trễ hạn
II. HẠN CHẾ, KHUYẾT ĐIỂM
- Có lúc bận hàng nên đi họp tổ còn muộn
III. KẾT QUẢ KHẮC PHỤC HẠN CHẾ NĂM TRƯỚC
- {remedy}
Hải Thành, ngày 11/12/2026
Người tự kiểm điểm
Trần Thị Hương"""


def test_a_shortcoming_answered_in_other_words_under_the_remedies_is_no_gap():
    # "không vắng buổi nào" answered by "đầy đủ hơn": other words, the same meetings, under
    # the heading the form gives the remedies
    answered = yearend_huong("Đã cố gắng sắp xếp, đi họp tổ tiểu thương đầy đủ hơn năm trước")
    assert SHORTCOMING not in gaps(trace(answered, COMMITMENT_HUONG))


def test_a_remedy_about_something_else_leaves_the_shortcoming_a_gap():
    # the heading on remedies holds a result about the stall fee: the meetings are not answered
    other = yearend_huong("Đã đóng phí thuê sạp đúng hạn, không còn nợ phí như năm trước")
    assert SHORTCOMING in gaps(trace(other, COMMITMENT_HUONG))


def test_the_remedies_heading_does_not_answer_a_shortcoming_another_item_is_closer_to():
    # a commitment whose shortcoming is the fee, not the meetings: the meetings' result under
    # the remedies answers the meetings' item, not the fee
    commitment = COMMITMENT_HUONG.replace(
        "- Năm 2025 còn vắng 4 buổi họp tổ tiểu thương, năm 2026 không vắng buổi nào không có "
        "lý do",
        "- Nộp phí thuê sạp của tổ tiểu thương cho Ban quản lý chợ trước ngày 05 hằng tháng",
    )
    report = yearend_huong("Đi họp tổ tiểu thương đầy đủ hơn, có báo trước khi bận việc")
    assert SHORTCOMING in gaps(trace(report, commitment))


# A residential group's front head.
COMMITMENT_LAN = """ĐẢNG BỘ PHƯỜNG HẢI THÀNH
CHI BỘ TỔ DÂN PHỐ 5
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phạm Thị Lan
Chức vụ: Trưởng ban công tác Mặt trận tổ dân phố 5
II. VỀ THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ ĐƯỢC GIAO
1. Vận động các hộ ủng hộ Quỹ Vì người nghèo, công khai danh sách ủng hộ tại nhà văn hóa vào tháng 12/2026.
2. Họp dân lấy ý kiến các hộ mặt tiền về việc lát gạch vỉa hè hẻm 12 (khoảng 150 m), tổng hợp ý kiến báo cáo Chi bộ và Ban điều hành tổ dân phố trước tháng 7/2026.
3. Tổ chức cho 20 hộ ký cam kết phân loại rác tại nguồn trong quý II/2026.
Hải Thành, ngày 02/4/2026
NGƯỜI CAM KẾT
Phạm Thị Lan"""
PAVEMENT = 8


def yearend_lan(result: str) -> str:
    return f"""CHI BỘ TỔ DÂN PHỐ 5
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Phạm Thị Lan
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Vận động được 14.200.000 đồng ủng hộ Quỹ Vì người nghèo, danh sách công khai tại nhà văn hóa ngày 20/12/2026.
- {result}
- Có 23 hộ ký cam kết phân loại rác tại nguồn trong tháng 5/2026.
Hải Thành, ngày 22/12/2026
NGƯỜI TỰ KIỂM ĐIỂM
Phạm Thị Lan"""


def test_a_result_naming_the_very_thing_of_an_item_is_no_gap():
    # the pavement being laid answers the consultation about it: "lát gạch vỉa hè" in a row,
    # named by this item alone
    paved = yearend_lan(
        "Lát gạch vỉa hè trong hẻm đã khởi công tháng 9/2026, các hộ góp 30% kinh phí."
    )
    assert PAVEMENT not in gaps(trace(paved, COMMITMENT_LAN))


def test_words_of_an_item_not_in_a_row_leave_it_a_gap():
    # the same words scattered over a result on the fund ("vỉa hè", "gạch" elsewhere) do not
    # name the pavement
    scattered = yearend_lan(
        "Quỹ Vì người nghèo nhận thêm 2.000.000 đồng từ các hộ; gạch vụn trên vỉa hè đã dọn."
    )
    assert PAVEMENT in gaps(trace(scattered, COMMITMENT_LAN))
