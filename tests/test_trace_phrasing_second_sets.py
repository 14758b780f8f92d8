"""Reports as members write them in the second unseen sets of Huổi Lếch and Hội Phước (issue
17, fourteenth session): a part 6 whose title adds the duties at the place of residence, a
month in brackets wrapped onto the next line of a printed text, the pledges accounted for by
their parts' titles, and a leftover result sharing with a leftover item only syllables of
different words; and from the second sets of Kim Đường and Vĩnh Xuân, the obstacles told after
the rating ("Khó khăn: …") and a term named by its number ("cuối kỳ II"). The texts are written for these tests in the members' manner, not copied from
the sets."""

from __future__ import annotations

from tests.trace_samples import gaps, restated, trace, unmatched

COMMITMENT_HANH = """CHI BỘ TRƯỜNG TIỂU HỌC BẢN MỒNG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lường Thị Hạnh, giáo viên lớp 3A
III. Về thực hiện chức trách, nhiệm vụ được giao
1. Duy trì sĩ số lớp 3A 26/26 em cả năm học; tỷ lệ chuyên cần từ 96% trở lên.
2. Dạy 04 tiết có ứng dụng công nghệ thông tin trong năm 2026.
VI. Về thực hiện Nghị quyết Đại hội Đảng bộ xã và nhiệm vụ ở nơi cư trú
Báo cáo với chi ủy bản Mồng nơi cư trú mỗi quý 01 lần; cùng bà con phát quang đường bản tháng 8.
NGƯỜI CAM KẾT
Lường Thị Hạnh"""
RESIDENCE = 8

REPORT_HANH = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lường Thị Hạnh
1. Lớp 3A giữ sĩ số 26/26 em; chuyên cần học kỳ II đạt 97,2%.
2. Đã dạy 02 tiết có ứng dụng công nghệ thông tin (tháng 3 và tháng 5).
Bản Mồng, ngày 25 tháng 6 năm 2026
Người báo cáo
Lường Thị Hạnh"""


def test_a_part_6_adding_the_duties_at_home_holds_no_duties_of_the_post():
    # "… Nghị quyết Đại hội … và nhiệm vụ ở nơi cư trú" is part 6: its item is due no result
    assert gaps(trace(REPORT_HANH, COMMITMENT_HANH)) == []
    # under a heading of the post's duties, the same item is a gap
    duties = COMMITMENT_HANH.replace(
        "VI. Về thực hiện Nghị quyết Đại hội Đảng bộ xã và nhiệm vụ ở nơi cư trú",
        "IV. Về thực hiện nhiệm vụ được giao ở trường",
    )
    assert gaps(trace(REPORT_HANH, duties)) == [RESIDENCE]


COMMITMENT_THUAN = """CHI BỘ KHỐI PHỐ AN HỘI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phạm Văn Thuận, Đội trưởng Đội phòng cháy chữa cháy cơ sở
3. Nhiệm vụ
- Cùng Công an phường kiểm tra an toàn phòng cháy tại các cơ sở kinh doanh của khối phố 02 đợt
(tháng 4 và tháng 10/2026).
- Vận động 60 hộ kinh doanh trang bị bình chữa cháy xách tay trước tháng 9/2026.
Người cam kết
Phạm Văn Thuận"""

# A year-end review printed to PDF and read back: its lines are broken at the page's width,
# the month in brackets left on the next line ("(tháng" / "10) chưa …").
REPORT_THUAN = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Phạm Văn Thuận, Đội trưởng Đội phòng cháy chữa cháy cơ sở
1. Về phẩm chất chính trị, đạo đức, lối sống: luôn giữ vững lập trường,
chấp hành nghiêm chủ trương của Đảng, pháp luật của Nhà nước, sống giản
dị, gần gũi bà con khối phố.
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Cùng Công an phường kiểm tra phòng cháy đợt 1 được 128 cơ sở; đợt 2 (tháng
10) chưa làm được do mưa lũ kéo dài, lùi sang tháng 12/2026 và đã báo cáo
với Đảng ủy phường.
- Vận động được 63 hộ kinh doanh mua bình chữa cháy xách tay, vượt chỉ tiêu
03 hộ so với số đã đăng ký trong bản cam kết đầu năm.
Hội An, ngày 15 tháng 11 năm 2026
Người kiểm điểm
Phạm Văn Thuận"""


def test_a_month_in_brackets_wrapped_onto_the_next_line_is_no_new_result():
    found = trace(REPORT_THUAN, COMMITMENT_THUAN)
    first = next(entry for entry in found.entries if "đợt 1" in entry.text)
    assert "10) chưa làm được" in first.text
    assert not any(entry.text.startswith("chưa làm") for entry in found.entries)
    assert unmatched(found) == [] and gaps(found) == []


COMMITMENT_LOC = """CHI BỘ BAN QUẢN LÝ CẢNG CÁ
BẢN CAM KẾT NĂM 2026
Họ và tên: Bùi Văn Lộc
1. Về tư tưởng chính trị
- Trung thành với Đảng; giữ vững bản lĩnh chính trị.
2. Về đạo đức, lối sống
- Sống trung thực, đoàn kết với đồng nghiệp.
3. Về thực hiện nhiệm vụ
- Trực đài thông tin liên lạc với tàu cá theo ca; ghi nhật ký đài đầy đủ.
Người cam kết
Bùi Văn Lộc"""

REPORT_LOC = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Bùi Văn Lộc
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu
- Các nội dung đã cam kết về tư tưởng chính trị, đạo đức, lối sống đều thực hiện nghiêm túc.
- Trực đài theo ca đủ 365 ngày, nhật ký đài ghi đầy đủ, không để mất liên lạc với tàu nào.
Hội Phước, ngày 20 tháng 11 năm 2026
Người kiểm điểm
Bùi Văn Lộc"""


def test_the_pledges_accounted_for_by_their_parts_titles_are_not_judged():
    found = trace(REPORT_LOC, COMMITMENT_LOC)
    assert restated(found) == []
    # the same sentence of the post's duties tells nothing of its own
    duties = REPORT_LOC.replace("về tư tưởng chính trị, đạo đức, lối sống", "về chuyên môn")
    assert restated(trace(duties, COMMITMENT_LOC)) == [4]


def test_syllables_of_two_different_words_tie_no_leftover_result_to_a_leftover_item():
    from linter.trace.match import Matcher
    from linter.trace.review import _tied_by_words

    item = "Tham gia Hội thi giáo viên dạy giỏi cấp trường tháng 11/2026."
    results = [
        # "hội" of "Hội thi" and of "Hội đồng": only "cấp" and "trường" are words of both
        'Sáng kiến "Rèn kỹ năng đọc hiểu cho học sinh lớp 4" đã nộp Hội đồng khoa học nhà '
        "trường ngày 20/4/2026, được xếp loại B cấp trường.",
        "Dự Hội thi giáo viên dạy giỏi cấp trường, đạt giải Nhì.",
    ]
    matcher = Matcher([item], results)
    assert matcher.affinity(0, 0).content_shared >= 3  # three syllables in common all the same
    assert not _tied_by_words(matcher, matcher.affinity(0, 0), 0, 0)
    assert _tied_by_words(matcher, matcher.affinity(0, 1), 0, 1)


COMMITMENT_THO = """CHI BỘ ẤP BÌNH THUẬN
BẢN CAM KẾT NĂM 2025
Họ và tên: Lâm Văn Thọ, Tổ trưởng Tổ nhân dân tự quản số 2
3. Nhiệm vụ
- Thu Quỹ khuyến học của tổ được 5 triệu đồng trước 30/9/2025.
5. Khắc phục hạn chế
- Mới nhận tổ: trong quý II/2025 đến thăm hết các hộ trong Tổ 2 để nắm tình hình.
Người cam kết
Lâm Văn Thọ"""
VISITS = 7

REPORT_THO = """BÁO CÁO 6 THÁNG ĐẦU NĂM 2025
Họ và tên: Lâm Văn Thọ
- Quỹ khuyến học: đã thu 3,2 triệu đồng, phần còn lại thu trong quý III.
- Đã đi thăm 45/68 hộ trong tổ, các hộ còn lại thăm tiếp trong tháng 7.
Bình An, ngày 28 tháng 6 năm 2025
Người báo cáo
Lâm Văn Thọ"""


def test_a_leftover_result_sharing_three_words_with_a_leftover_item_answers_it():
    # "đi thăm" holds "thăm", a word of the item's; "hộ" and "tổ" are words of both
    found = trace(REPORT_THO, COMMITMENT_THO)
    assert VISITS not in gaps(found)
    assert unmatched(found) == []


COMMITMENT_PHUONG = """CHI BỘ ẤP XUÂN HÒA
BẢN CAM KẾT NĂM 2026
Họ và tên: Trần Thị Kim Phương, nhân viên y tế ấp
3. Nhiệm vụ
- Vận động người dân trong ấp tham gia bảo hiểm y tế, đạt 95% trước tháng 12/2026.
- Cùng Trạm Y tế tổ chức 02 đợt diệt lăng quăng (tháng 5 và tháng 9/2026).
Người cam kết
Trần Thị Kim Phương"""

REPORT_PHUONG = """Chi bộ ấp Xuân Hòa
Báo cáo kết quả thực hiện cam kết 6 tháng đầu năm 2026
Người báo cáo: Trần Thị Kim Phương
Em gửi chi ủy kết quả 6 tháng như sau ạ:
* BHYT: đến 30/6 ấp đạt 92,4%, còn 25 hộ chưa mua thẻ.
* Diệt lăng quăng đợt 1 làm ngày 14/5, đi đủ 298 hộ. Đợt 2 làm tháng 9.
Tự đánh giá: hoàn thành tốt.
Khó khăn: các hộ đi làm thuê ở xa nhiều nên việc vận động mua BHYT chậm.
6 tháng cuối năm: vận động tiếp các hộ còn lại."""


def test_the_obstacles_met_are_no_result_presented():
    # "Khó khăn: …" says what held the work back: neither restated nor for nothing committed
    found = trace(REPORT_PHUONG, COMMITMENT_PHUONG)
    assert restated(found) == [] and unmatched(found) == [] and gaps(found) == []
    as_result = REPORT_PHUONG.replace("Khó khăn: các", "Các")
    assert restated(trace(as_result, COMMITMENT_PHUONG)) == [8]


COMMITMENT_HA = """CHI BỘ TRƯỜNG TIỂU HỌC XUÂN THỚI
BẢN CAM KẾT NĂM 2026
Họ và tên: Tô Thị Hà, giáo viên lớp 2C
3. Nhiệm vụ
- Dạy lớp 2C: 100% học sinh hoàn thành chương trình lớp 2.
5. Khắc phục hạn chế
- Năm 2026 nhập nhận xét giữa kỳ, cuối kỳ lên phần mềm quản lý chậm nhất 03 ngày sau khi kiểm tra.
Người cam kết
Tô Thị Hà"""

REPORT_HA = """BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Tô Thị Hà
- Lớp 2C: 31/31 em hoàn thành chương trình lớp 2.
- Nhập nhận xét lên phần mềm quản lý: đúng hạn cả giữa kỳ và cuối kỳ II.
Xuân Thới, ngày 29 tháng 6 năm 2026
Người báo cáo
Tô Thị Hà"""


def test_a_term_named_by_its_number_is_a_period_of_the_results_own():
    # "cuối kỳ II": the term the item did not name, as "học kỳ II" or "quý II" is
    assert restated(trace(REPORT_HA, COMMITMENT_HA)) == []
    assert restated(trace(REPORT_HA.replace("cuối kỳ II", "cuối kỳ"), COMMITMENT_HA)) == [4]


# From the second sets of Phước Hải Sơn and Phú Thạnh Đông.

COMMITMENT_LOI = """CHI BỘ CƠ QUAN XÃ
BẢN CAM KẾT NĂM 2026
Họ và tên: Trịnh Văn Lợi, công chức Địa chính - Xây dựng
II. Về thực hiện nhiệm vụ
- Thẩm định, trình cấp giấy phép xây dựng nhà ở riêng lẻ đúng hạn 100%.
IV. Về khắc phục hạn chế, khuyết điểm
- Kiểm điểm năm 2025 (ở đơn vị cũ) chỉ ra: hồ sơ nghiệm thu công trình lưu trữ chưa đầy đủ.
- Năm 2026 lập danh mục hồ sơ cho từng công trình, lưu trữ cả bản giấy và bản điện tử.
V. Về học tập, làm theo Bác và thực hiện Nghị quyết Đại hội Đảng bộ xã
- Việc làm theo Bác: hướng dẫn thủ tục xin phép xây dựng tại nhà cho 05 hộ nghèo.
Người cam kết
Trịnh Văn Lợi"""
STATED_PAST, REMEDY, BY_BAC = 7, 8, 10

REPORT_LOI = """BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trịnh Văn Lợi
1. Cấp phép xây dựng: nhận 23 hồ sơ, giải quyết đúng hạn 22 hồ sơ; 01 hồ sơ trễ 02 ngày.
2. Đã lập danh mục hồ sơ 03 công trình hoàn thành trong quý I, lưu cả bản giấy và bản điện tử.
Xã Phước Hải, ngày 28 tháng 6 năm 2026
Người báo cáo
Trịnh Văn Lợi"""


def test_a_past_review_quoted_before_its_remedy_is_due_no_result():
    # "Kiểm điểm năm 2025 … chỉ ra: …" states the past, as "Qua kiểm điểm năm 2025 …" does
    assert STATED_PAST not in gaps(trace(REPORT_LOI, COMMITMENT_LOI))
    assert REMEDY not in gaps(trace(REPORT_LOI, COMMITMENT_LOI))


def test_a_part_6_titled_with_a_comma_for_and_holds_no_shortcoming():
    # "V. Về học tập, làm theo Bác …" is part 6, not more lines of part 5: nothing due
    assert gaps(trace(REPORT_LOI, COMMITMENT_LOI)) == []
    shortcoming = COMMITMENT_LOI.replace(
        "V. Về học tập, làm theo Bác và thực hiện Nghị quyết Đại hội Đảng bộ xã\n", ""
    )
    assert gaps(trace(REPORT_LOI, shortcoming)) == [BY_BAC - 1]


COMMITMENT_CHIEN = """CHI BỘ ẤP PHÚ LỢI
BẢN CAM KẾT NĂM 2026
Họ và tên: Đoàn Văn Chiến, Tổ trưởng tổ nhân dân tự quản số 3
3. Nhiệm vụ
- Cùng Ấp đội tham gia tuần tra ban đêm trên đoạn lộ Kênh Xáng qua tổ 3.
- Vận động các hộ tổ 3 góp công gia cố 600 m đê bao trước ngày 31/7/2026.
Người cam kết
Đoàn Văn Chiến"""
PATROLS = 5

REPORT_CHIEN = """CHI BỘ ẤP PHÚ LỢI
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Đảng viên: Đoàn Văn Chiến - Tổ trưởng tổ nhân dân tự quản số 3
Kết quả 6 tháng:
✅ Tuần tra: cùng Tổ an ninh trật tự đi 20 đêm thứ Bảy, phát hiện 01 vụ trộm vịt, báo Công an xã.
✅ Đê bao: bà con góp công gia cố được 350/600 m, còn lại làm xong trong tháng 7.
Phú Lợi, ngày 29/6/2026"""


def test_a_check_mark_is_a_bullet_before_a_results_label():
    # "✅ Tuần tra: …" is labelled by "Tuần tra", which the patrols' item holds as written
    found = trace(REPORT_CHIEN, COMMITMENT_CHIEN)
    assert PATROLS not in gaps(found) and unmatched(found) == []
