"""Reports as members write them in the nineteenth and twentieth unseen units of issue 17 (Ea
M'Dhur, a Central Highlands commune; Huổi Lếch, a mountain commune of the north-west): an item
cut by a page break, places listed in an item, the writer introducing himself in a sentence,
the form's sub-headings for leaders worded at length, a result speaking of the past a
shortcoming states, and an item checkable only by a proper name. The texts are written for
these tests in the members' manner, not copied from the corpus."""

from __future__ import annotations

from linter.trace.review import committed_items
from tests.conftest import document_from_text
from tests.trace_samples import gaps, restated, trace, unmatched

# A health worker's commitment printed to PDF and pasted: item 2.3 runs over a page break.
COMMITMENT_DUA = """ĐẢNG BỘ XÃ NẬM CHẢY
CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lò Văn Dua, y sĩ
2. Về thực hiện chức trách, nhiệm vụ được giao
2.1. Tiêm chủng: tổ chức tiêm chủng mở rộng hằng tháng tại Trạm vào ngày 25, bảo đảm tỷ
lệ trẻ dưới 1 tuổi tiêm đủ 8 loại vắc xin đạt 95% trở lên.
2.2. Sốt rét: lấy lam máu xét nghiệm cho 100% người sốt đến khám; tẩm màn hóa chất cho
các hộ ở bản Nậm Sìn, Co Muông trong tháng 5/2026.
2.3. Vệ sinh môi trường: phối hợp Hội Phụ nữ xã vận động xây mới ít nhất 25 nhà tiêu hợp
vệ sinh tại các bản Tả Cáng, Nậm Sìn, Co Muông; cân, đo cho trẻ dưới 5 tuổi 2 đợt (tháng 6

Trang 1/2

và tháng 12/2026), hướng dẫn các bà mẹ có con suy dinh dưỡng chế biến bữa ăn bổ sung.
3. Về tổ chức kỷ luật
- Chấp hành nghiêm nội quy của Trạm.
NGƯỜI CAM KẾT
Lò Văn Dua"""
VACCINES, MALARIA, SANITATION = 6, 8, 10

REPORT_DUA = """CHI BỘ TRẠM Y TẾ
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lò Văn Dua
1. Kết quả thực hiện cam kết
- Tiêm chủng: 6/6 buổi tiêm chủng ngày 25, trẻ dưới 1 tuổi tiêm đủ 8 loại vắc xin 47/49 cháu (95,9%).
- Sốt rét: lấy lam máu cho 100% người sốt (163 lam, không có ký sinh trùng); từ 12 đến 20/5/2026 đã tẩm màn cho 186 hộ ở bản Nậm Sìn, Co Muông.
2. Phương hướng 6 tháng cuối năm
- Vận động các hộ ở Tả Cáng, Nậm Sìn, Co Muông xây nhà tiêu hợp vệ sinh.
NGƯỜI BÁO CÁO
Lò Văn Dua"""


def test_an_item_cut_by_a_page_break_is_one_item():
    items = committed_items(document_from_text(COMMITMENT_DUA, "cam-ket.txt"))
    sanitation = [item for item in items if item.line == SANITATION]
    assert [(item.line, item.end_line) for item in sanitation] == [(SANITATION, 15)]
    assert "và tháng 12/2026" in sanitation[0].text
    assert all(item.line != 15 for item in items)  # its end is no item of its own


def test_places_named_by_a_result_on_another_task_do_not_answer_an_item():
    # the malaria result names the two villages the latrines are also committed in: it answers
    # the malaria item only; the latrines are left to the directions, a gap
    assert gaps(trace(REPORT_DUA, COMMITMENT_DUA)) == [SANITATION]


COMMITMENT_MUOI = """ĐẢNG BỘ XÃ VĨNH TRUNG
CHI BỘ ẤP TRUNG THỚI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nguyễn Văn Mười, Bí thư Chi bộ kiêm Trưởng ấp
3. Về thực hiện nhiệm vụ
- Họp dân mỗi quý 01 lần ở nhà văn hóa ấp, công khai các khoản đóng góp.
NGƯỜI CAM KẾT
Nguyễn Văn Mười"""

REPORT_MUOI = """BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026
THỰC HIỆN BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU
Tôi tên Nguyễn Văn Mười, sinh năm 1967, Bí thư Chi bộ kiêm Trưởng ấp Trung Thới.
I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Họp dân 02 cuộc (ngày 15/3 và 20/6/2026) tại nhà văn hóa ấp, công khai thu, chi các khoản đóng góp.
II. HẠN CHẾ
- Một số hộ chưa dự họp đầy đủ.
Trung Thới, ngày 02/7/2026
NGƯỜI BÁO CÁO
Nguyễn Văn Mười"""


def test_the_writer_introducing_himself_is_no_result():
    found = trace(REPORT_MUOI, COMMITMENT_MUOI)
    assert [entry.line for entry in found.entries] == [5, 7]
    assert unmatched(found) == [] and gaps(found) == []


COMMITMENT_BHIO = """ĐẢNG BỘ XÃ EA KUANG
CHI BỘ BUÔN KNIA
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Y Bhiơ Niê, Bí thư Chi bộ, Trưởng buôn
3. Về thực hiện nhiệm vụ
- Vận động 12 hộ tái canh ít nhất 10 ha cà phê già cỗi, trồng xong trước 31/7/2026.
- Phấn đấu giảm 4 hộ nghèo trong năm 2026.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 còn đi làm ăn xa nhiều tháng nên chưa tham gia đầy đủ sinh hoạt chi bộ; năm 2026 ở lại buôn làm kinh tế, tham gia đầy đủ các kỳ sinh hoạt chi bộ.
NGƯỜI CAM KẾT
Y Bhiơ Niê"""

# Mẫu 02B: the first sub-heading adds "trách nhiệm nêu gương", the others are worded at length.
REPORT_BHIO = """CHI BỘ BUÔN KNIA
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Y Bhiơ Niê
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật; tác phong, lề lối làm việc; trách nhiệm nêu gương
- Nêu gương trước bà con: gia đình tái canh trước 1 ha để bà con đến xem.
2. Về thực hiện chức trách, nhiệm vụ được giao
- Là Trưởng buôn: điều hành ban nhân dân buôn, phối hợp các đoàn thể.
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Tái canh cà phê: 15 hộ tái canh 12,3 ha, trồng xong ngày 25/7/2026.
- Giảm nghèo: rà soát tháng 11/2026 giảm được 3/4 hộ nghèo, chưa đạt chỉ tiêu.
- Sinh hoạt chi bộ đủ 12/12 kỳ, không đi làm ăn xa.
4. Kết quả thực hiện nhiệm vụ của tập thể do mình lãnh đạo
- Chi bộ dự kiến xếp loại hoàn thành tốt nhiệm vụ; buôn giữ danh hiệu buôn văn hóa.
II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
- Chỉ tiêu giảm hộ nghèo không đạt.
NGƯỜI TỰ KIỂM ĐIỂM
Y Bhiơ Niê"""


def test_the_forms_sub_headings_for_leaders_are_read_as_headings():
    found = trace(REPORT_BHIO, COMMITMENT_BHIO)
    titles = [section.title for section in found.sections]
    assert "Về thực hiện chức trách, nhiệm vụ được giao" in titles
    assert "Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm" in titles
    # only the lines under the heading on the commitment are judged: the example set to the
    # villagers and the collective's rating are no results for nothing committed
    assert 6 not in unmatched(found) and 14 not in unmatched(found)
    assert restated(found) == []


def test_a_result_speaking_of_the_past_a_shortcoming_states_is_related_to_it():
    # "không đi làm ăn xa" answers the shortcoming's past, not its remedy's words
    assert 12 not in unmatched(trace(REPORT_BHIO, COMMITMENT_BHIO))


COMMITMENT_TRANG = """ĐẢNG BỘ PHƯỜNG BÃI CHÁY
CHI BỘ KHU PHỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Mai Thu Trang, hướng dẫn viên du lịch
3. Về thực hiện nhiệm vụ
- Nâng cao chất lượng phục vụ du khách, góp phần quảng bá hình ảnh Hạ Long thân thiện.
- Thi lấy thẻ hướng dẫn viên quốc tế trước tháng 10/2026.
NGƯỜI CAM KẾT
Mai Thu Trang"""

REPORT_TRANG = """CHI BỘ KHU PHỐ 2
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Mai Thu Trang
3. Việc thực hiện cam kết
- Cả năm dẫn 41 đoàn khách, không có phản ánh nào về thái độ phục vụ.
NGƯỜI TỰ KIỂM ĐIỂM
Mai Thu Trang"""


def test_an_item_checkable_only_by_a_proper_name_is_due_no_result():
    # "Hạ Long" alone makes the first item checkable: no result is due for it; the card is
    assert gaps(trace(REPORT_TRANG, COMMITMENT_TRANG)) == [7]


COMMITMENT_KHANH = """ĐẢNG BỘ XÃ TÂN TRUNG
CHI BỘ CÔNG AN XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Văn Khánh, cán bộ Công an xã
3. Về thực hiện nhiệm vụ
- Hoàn thành tốt các nhiệm vụ đột xuất do cấp trên giao, đạt 100%.
- Đảm bảo 100% hồ sơ cư trú được giải quyết đúng hạn, cập nhật lên phần mềm trong ngày.
- Cấp căn cước cho 100% người dân từ 14 tuổi trở lên của 3 thôn trước 30/6/2026.
NGƯỜI CAM KẾT
Lê Văn Khánh"""

REPORT_KHANH = """CHI BỘ CÔNG AN XÃ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lê Văn Khánh
3. Việc thực hiện cam kết
- Tham gia trực bầu cử ngày 15/3/2026 tại 02 khu vực bỏ phiếu.
NGƯỜI TỰ KIỂM ĐIỂM
Lê Văn Khánh"""


def test_an_item_checkable_only_by_its_100_percent_is_due_no_result():
    # doing all of one's duties "100%" is the pledge to do one's work: silence tells nothing;
    # the residence files (a deliverable, the software) and the ID cards (3 villages, a date)
    # are due
    assert gaps(trace(REPORT_KHANH, COMMITMENT_KHANH)) == [7, 8]


COMMITMENT_SAU = """ĐẢNG BỘ XÃ HÒA LỘC
CHI BỘ ẤP HÒA BÌNH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Huỳnh Văn Sáu, Tổ trưởng tổ tự quản số 3
3. Về thực hiện nhiệm vụ
- Đóng đảng phí trước ngày 05 hằng tháng tại nhà đồng chí Bí thư.
- Dự sinh hoạt chi bộ đủ các kỳ; họp tổ tự quản số 3 mỗi quý 01 lần, có sổ ghi biên bản.
NGƯỜI CAM KẾT
Huỳnh Văn Sáu"""

REPORT_SAU = """CHI BỘ ẤP HÒA BÌNH
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Huỳnh Văn Sáu
3. Việc thực hiện cam kết
- Vận động 12 hộ trong tổ đóng góp làm 300 m đường bê tông, xong tháng 8/2026.
NGƯỜI TỰ KIỂM ĐIỂM
Huỳnh Văn Sáu"""


def test_dues_paid_by_a_day_of_the_month_are_due_no_result_a_task_beside_attendance_is():
    # the dues, however dated, are the cell's books' to check; the meetings of the group named
    # beside the cell's sessions are a task, left unreported: a gap
    assert gaps(trace(REPORT_SAU, COMMITMENT_SAU)) == [7]


COMMITMENT_TUAN = """ĐẢNG BỘ PHƯỜNG AN PHÚ
CHI BỘ KHU PHỐ 4
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Minh Tuấn, Cảnh sát khu vực
PHẦN III. THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ
1. Làm sạch dữ liệu dân cư của khu phố 4 và khu phố 5 (khoảng 980 hộ) trên Cơ sở dữ liệu quốc gia về dân cư, xong trước ngày 30/6/2026.
2. Kích hoạt tài khoản định danh điện tử mức 2 cho người dân từ 14 tuổi trở lên trên địa bàn phụ trách, đạt 90% trước ngày 30/9/2026.
3. Mỗi quý tổ chức ít nhất 01 buổi tuyên truyền phòng chống lừa đảo qua mạng, lừa đảo qua điện thoại cho người cao tuổi tại nhà văn hóa khu phố 4.
4. Kiểm tra toàn bộ 31 cơ sở cho thuê phòng trọ trên địa bàn về tạm trú và phòng cháy chữa cháy, mỗi cơ sở ít nhất 2 lần trong năm.
PHẦN V. KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM
- Năm 2025 một số tin báo của người dân phản hồi còn chậm.
- Phản hồi tin báo qua số điện thoại đường dây nóng dán tại nhà văn hóa khu phố 4 trong vòng 24 giờ.
NGƯỜI CAM KẾT
Lê Minh Tuấn"""
HOTLINE = 12


def _report_tuan(talks: str) -> str:
    return f"""CHI BỘ KHU PHỐ 4
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Minh Tuấn
PHẦN III. THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ
1. Đã cập nhật, làm sạch dữ liệu dân cư của khu phố 4 và khu phố 5 (1.004 hộ), xong ngày 22/6/2026.
2. Đến 30/6/2026 kích hoạt định danh điện tử mức 2 cho 2.915/3.540 người (82,3%), đang tiếp tục.
3. {talks}
4. Kiểm tra 31/31 cơ sở cho thuê phòng trọ lần thứ nhất trong tháng 4/2026.
NGƯỜI BÁO CÁO
Lê Minh Tuấn"""


def test_a_result_on_one_item_sharing_words_with_another_does_not_answer_it():
    # the talks were held at the hall where the hotline is posted: the hotline is still a gap
    talks = (
        "Tổ chức 2 buổi tuyên truyền phòng chống lừa đảo qua mạng, qua điện thoại cho người cao "
        "tuổi tại nhà văn hóa khu phố 4 (quý I: ngày 21/3; quý II: ngày 13/6/2026), 94 lượt người dự."
    )
    assert gaps(trace(_report_tuan(talks), COMMITMENT_TUAN)) == [HOTLINE]
    # a line that merges both, a clause on each, answers both
    merged = (
        talks.rstrip(".") + "; tin báo qua đường dây nóng 14 tin, đều phản hồi trong vòng 24 giờ."
    )
    assert gaps(trace(_report_tuan(merged), COMMITMENT_TUAN)) == []


COMMITMENT_CUONG = """ĐẢNG BỘ PHƯỜNG AN PHÚ
CHI BỘ KHU PHỐ 6
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Văn Cường, Cảnh sát khu vực
PHẦN III. THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ
1. Kiểm tra 31 cơ sở cho thuê phòng trọ về tạm trú, mỗi cơ sở ít nhất 2 lần trong năm.
PHẦN V. KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM
- Năm 2025 việc xuống địa bàn nắm tình hình có lúc chưa thường xuyên.
- Sắp xếp thời gian hợp lý, nâng cao tinh thần trách nhiệm để khắc phục triệt để hạn chế trên.
NGƯỜI CAM KẾT
Trần Văn Cường"""

REPORT_CUONG = """CHI BỘ KHU PHỐ 6
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trần Văn Cường
PHẦN III. THỰC HIỆN CHỨC TRÁCH, NHIỆM VỤ
1. Kiểm tra 31/31 cơ sở cho thuê phòng trọ lần thứ nhất trong tháng 4/2026.
2. Được Công an tỉnh tặng Huy chương Bạc môn bắn súng tại Hội thao tháng 5/2026.
PHẦN V. KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM
- Từ tháng 02/2026 bố trí lịch xuống địa bàn vào chiều thứ Ba và thứ Năm hằng tuần, có ghi sổ theo dõi.
NGƯỜI BÁO CÁO
Trần Văn Cường"""


def test_a_result_under_the_heading_on_shortcomings_mends_them_not_nothing_committed():
    found = trace(REPORT_CUONG, COMMITMENT_CUONG)
    # the weekly visits mend the shortcoming stated (its remedy named nothing to match); the
    # medal, under the duties, is for nothing committed
    assert unmatched(found) == [6]


COMMITMENT_HUYEN = """ĐẢNG BỘ PHƯỜNG AN PHÚ
CHI BỘ KHU PHỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đào Thị Thanh Huyền, giáo viên chủ nhiệm lớp 4A3
3. Chuyên môn được giao
- Kèm 3 em đọc, viết chậm của lớp vào chiều thứ Tư hằng tuần, đến cuối năm học các em đọc trôi chảy.
- Đến thăm gia đình từng học sinh trong lớp trước kỳ nghỉ Tết Nguyên đán.
5. Sửa chữa khuyết điểm
- Cố gắng sửa tính nóng vội khi trao đổi với phụ huynh.
NGƯỜI CAM KẾT
Đào Thị Thanh Huyền"""

REPORT_HUYEN = """CHI BỘ KHU PHỐ 2
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ tên đảng viên: Đào Thị Thanh Huyền
I. KẾT QUẢ THỰC HIỆN CAM KẾT
3. Chuyên môn được giao
a) Kèm 3 em đọc, viết chậm vào chiều thứ Tư (15 buổi); cuối năm cả 3 em đọc trôi chảy.
b) Từ ngày 25/01 đến 12/02/2026 tôi đã đến nhà 36/38 gia đình học sinh trước Tết; 2 gia đình đi làm ăn xa nên gọi điện trao đổi với phụ huynh.
NGƯỜI BÁO CÁO
Đào Thị Thanh Huyền"""


def test_a_result_whose_first_clause_is_closest_to_an_item_answers_it():
    # the visits are reported in other words, the phone calls with parents after them closer
    # to the shortcoming: the visits' item is answered, no gap
    assert gaps(trace(REPORT_HUYEN, COMMITMENT_HUYEN)) == []


COMMITMENT_HOAI = """ĐẢNG BỘ PHƯỜNG VŨNG ÁNG
CHI BỘ CẢNG VŨNG ÁNG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Thị Hoài, cán bộ an toàn lao động
3. Về thực hiện nhiệm vụ
- Không để xảy ra tai nạn lao động nặng tại khu vực cầu bến.
- Cập nhật sổ theo dõi kiểm định thiết bị nâng; không để thiết bị nào đưa vào sử dụng khi quá hạn kiểm định.
NGƯỜI CAM KẾT
Trần Thị Hoài"""

REPORT_HOAI = """CHI BỘ CẢNG VŨNG ÁNG
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trần Thị Hoài
1. Kết quả thực hiện cam kết
- Tổ chức huấn luyện an toàn cho 46 công nhân bốc xếp mới trong tháng 3/2026.
NGƯỜI BÁO CÁO
Trần Thị Hoài"""


def test_a_zero_target_beside_a_task_of_its_own_leaves_the_task_due():
    # silence on "no accident" tells nothing; the register of inspections beside the zero
    # target is a task of its own, left unreported: a gap
    assert gaps(trace(REPORT_HOAI, COMMITMENT_HOAI)) == [7]
