"""Reports as members write them in the unseen sets of issue 17 studied in the thirteenth
session (Phước Thạnh, Hòa Thành, Hòa Sơn, Tân Phước, Đông Quan's second set): a method named by
a code ("5S"), a pledge of obeying the company's rules listed with others, a word another item
speaks of, a heading of a part of pledges alone, a list naming an item by words only it speaks,
a title received; and, from the sets of the twelfth session, admitting new members for
developing them. The texts are written for these tests in the members' manner, not copied from
the sets."""

from __future__ import annotations

from tests.trace_samples import gaps, restated, trace, unmatched

COMMITMENT_PHUC = """CHI BỘ CÔNG TY CỔ PHẦN MAY NAM HƯNG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đoàn Văn Phúc
Chức vụ: Quản đốc Xưởng cắt
1. Tư tưởng, đạo đức
- Chấp hành nghiêm chủ trương của Đảng, pháp luật của Nhà nước; công tâm khi chấm năng suất, xét thưởng cho tổ trưởng, công nhân.
2. Nhiệm vụ
- Xưởng cắt cắt đủ bán thành phẩm cho 4 chuyền may, không để chuyền nào chờ hàng quá 2 giờ.
- Áp dụng 5S tại Xưởng cắt: dọn kho vải tồn, kẻ vạch lối đi xong trước 30/4/2026; từ tháng 5 chấm điểm 5S hằng tháng.
- Mới nhận Xưởng cắt, chưa nắm tay nghề: trong quý I/2026 lập bảng tay nghề của 58 thợ cắt để phân việc hợp lý.
NGƯỜI CAM KẾT
Đoàn Văn Phúc"""
METHOD, SKILLS = 9, 10

REPORT_PHUC = """CHI BỘ CÔNG TY CỔ PHẦN MAY NAM HƯNG
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Đoàn Văn Phúc
1. Tư tưởng, đạo đức: luôn tin tưởng vào Đảng; chấp hành chủ trương của Đảng, nội quy Công ty, công tâm trong chấm năng suất, sống giản dị.
2. Thực hiện nhiệm vụ
- Cả năm cắt đủ bán thành phẩm cho 4 chuyền, không có chuyền nào chờ hàng quá 2 giờ.
- Thực hiện tốt 5S tại xưởng.
Nam Hưng, ngày 12 tháng 12 năm 2026
Người kiểm điểm
Đoàn Văn Phúc"""


def test_a_result_naming_the_items_method_by_its_code_answers_it_if_only_restating():
    found = trace(REPORT_PHUC, COMMITMENT_PHUC)
    assert METHOD not in gaps(found)
    assert 7 in restated(found)  # "Thực hiện tốt 5S tại xưởng.": no outcome, no figure
    # without it, the method's item is a gap
    assert METHOD in gaps(
        trace(REPORT_PHUC.replace("- Thực hiện tốt 5S tại xưởng.\n", ""), COMMITMENT_PHUC)
    )


def test_the_companys_rules_in_a_list_of_pledges_answer_no_task_about_the_company():
    # "nội quy Công ty" ends a member of the pledges' list; "Mới nhận Xưởng cắt … Công ty" is
    # no task about the company: the skills table is still not reported
    assert SKILLS in gaps(
        trace(REPORT_PHUC, COMMITMENT_PHUC.replace("Mới nhận Xưởng cắt", "Mới về Công ty"))
    )


COMMITMENT_THANG = """CHI BỘ KHU PHỐ 5
BẢN CAM KẾT NĂM 2026
Tôi là Lê Văn Thắng, công nhân tổ cắt, Công ty TNHH Giày Đông Phát.
3. Nhiệm vụ:
- Chấp hành đúng quy trình an toàn khi đứng máy cắt; cả năm không để xảy ra tai nạn lao động.
- Kèm 2 công nhân mới vào tổ cắt, chỉ cho các em dùng thành thạo máy cắt thủy lực trong tháng đầu đi làm.
Người cam kết
Lê Văn Thắng"""
TEACHING = 6

REPORT_THANG = """BÁO CÁO 6 THÁNG ĐẦU NĂM 2026
Tôi là Lê Văn Thắng, công nhân tổ cắt.
1. Công việc:
- 6 tháng không để xảy ra tai nạn lao động, không bị tổ trưởng nhắc nhở lần nào về an toàn máy cắt.
An Phú, ngày 05 tháng 7 năm 2026
Người báo cáo
Lê Văn Thắng"""


def test_a_name_another_item_speaks_of_is_no_items_own_in_a_list():
    # "máy cắt" ends a member of the safety result's list, but the safety item speaks of it
    # too: teaching two newcomers the cutting machine is still not reported
    assert TEACHING in gaps(trace(REPORT_THANG, COMMITMENT_THANG))
    taught = REPORT_THANG.replace(
        "An Phú,", "- Đã kèm 2 công nhân mới, tháng 3 cả 2 em tự đứng máy cắt thủy lực.\nAn Phú,"
    )
    assert TEACHING not in gaps(trace(taught, COMMITMENT_THANG))


COMMITMENT_HIEU = """CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phan Văn Hiếu, Phó Trạm trưởng
3. Nhiệm vụ
- Liên thông 100% đơn thuốc bảo hiểm y tế lên hệ thống đơn thuốc điện tử quốc gia trong tháng 6/2026.
6. Thực hiện Nghị quyết
- Góp phần xây dựng y tế cơ sở vững mạnh như Nghị quyết Đại hội Đảng bộ xã đề ra.
Người cam kết
Phan Văn Hiếu"""

REPORT_HIEU = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Phan Văn Hiếu
Nội dung 3. Nhiệm vụ
Kết quả: Đơn thuốc điện tử liên thông 100% đơn bảo hiểm y tế từ tháng 5/2026.
Nội dung 6. Thực hiện Nghị quyết
Kết quả: Cùng tập thể trạm giữ vững Bộ tiêu chí quốc gia về y tế xã (đoàn của Sở Y tế kiểm tra ngày 11/6/2026, đạt).
Tự xếp loại: Hoàn thành tốt
Hòa Lợi, ngày 29/6/2026
Người báo cáo
Phan Văn Hiếu"""


def test_a_result_under_the_heading_of_a_part_of_pledges_alone_is_that_parts_account():
    found = trace(REPORT_HIEU, COMMITMENT_HIEU)
    assert unmatched(found) == [] and gaps(found) == []
    # the same result among the tasks' results is for nothing committed
    moved = REPORT_HIEU.replace("Nội dung 6. Thực hiện Nghị quyết\n", "")
    assert unmatched(trace(moved, COMMITMENT_HIEU)) == [5]


COMMITMENT_NGOC = """CHI BỘ TRƯỜNG THCS
BẢN CAM KẾT NĂM 2026
Họ và tên: Đinh Thị Ngọc, giáo viên Ngữ văn
3. Nhiệm vụ
- Đến thăm gia đình 04 học sinh có hoàn cảnh khó khăn của lớp 7B trước Tết Nguyên đán.
- Phụ đạo học sinh yếu môn Văn khối 7 vào chiều thứ Ba hằng tuần, từ tháng 2 đến tháng 5/2026.
Người cam kết
Đinh Thị Ngọc"""
TUTORING = 6

REPORT_NGOC = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Đinh Thị Ngọc
3. Việc thực hiện cam kết
- Việc thăm gia đình học sinh có hoàn cảnh khó khăn và phụ đạo học sinh yếu được thực hiện đầy đủ.
Tân Phước, ngày 10/12/2026
Người tự kiểm điểm
Đinh Thị Ngọc"""


def test_a_list_naming_an_item_by_words_no_other_item_speaks_answers_it():
    # "phụ đạo … yếu" is the tutoring's alone: the merged result answers both items
    assert TUTORING not in gaps(trace(REPORT_NGOC, COMMITMENT_NGOC))
    only_visits = REPORT_NGOC.replace(" và phụ đạo học sinh yếu", "")
    assert TUTORING in gaps(trace(only_visits, COMMITMENT_NGOC))


COMMITMENT_PHUC_DOAN = """CHI BỘ KHU PHỐ 3
BẢN CAM KẾT NĂM 2026
Họ và tên: Nguyễn Hoàng Phúc, Bí thư Chi đoàn khu phố 3
3. Nhiệm vụ
- Phát triển 5 đoàn viên mới trong số thanh niên ở khu phố.
- Tổ chức 02 đợt ra quân "Chủ nhật xanh" dọn rác bờ kè trong quý II/2026.
Người cam kết
Nguyễn Hoàng Phúc"""
NEW_MEMBERS_ITEM = 5


def test_admitting_new_youth_union_members_answers_developing_them():
    report = """BÁO CÁO 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Nguyễn Hoàng Phúc
1. Kết quả
- Kết nạp 05 đoàn viên mới ngày 24/3/2026.
- Ra quân "Chủ nhật xanh" 02 đợt (tháng 4 và tháng 5), dọn 1,2 tấn rác bờ kè.
Cái Sơn, ngày 28/6/2026
Người báo cáo
Nguyễn Hoàng Phúc"""
    found = trace(report, COMMITMENT_PHUC_DOAN)
    assert NEW_MEMBERS_ITEM not in gaps(found) and unmatched(found) == []
    # without the admissions, the item is a gap
    forgot = report.replace("- Kết nạp 05 đoàn viên mới ngày 24/3/2026.\n", "")
    assert NEW_MEMBERS_ITEM in gaps(trace(forgot, COMMITMENT_PHUC_DOAN))


def test_a_title_received_is_an_outcome_not_the_aim_restated():
    from linter.trace.evidence import restated as only_restates

    item = "Phấn đấu đạt danh hiệu Lao động tiên tiến năm học 2025 - 2026."
    assert not only_restates(
        "Được Nhà trường công nhận danh hiệu Lao động tiên tiến năm học 2025 - 2026.", item
    )
    assert only_restates("Phấn đấu đạt danh hiệu Lao động tiên tiến năm học 2025 - 2026.", item)
    # the item aiming to be recognised: the same words received say nothing new
    received = "Được công nhận danh hiệu Lao động tiên tiến năm học 2025 - 2026."
    assert only_restates(received, "Phấn đấu " + received[0].lower() + received[1:])
