"""Results that answer one item and share a few words with another, and a remedy written under
its label ("Biện pháp: …"), as the writers of the twenty-second session's units wrote them. The
texts are written for these tests in the members' manner, not copied from the sets."""

from __future__ import annotations

from linter.kinds import detect_kind
from linter.trace.review import committed_items
from tests.conftest import document_from_text
from tests.trace_samples import gaps, restated, trace, unmatched

# A rice cooperative's transplanting team leader: his planting dates, and the households he
# will win over to machine transplanting, share "cấy", "vụ Mùa".
COMMITMENT_PLANTING = """ĐẢNG ỦY XÃ XUÂN HỒNG
CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Văn Hiệp
3. Về thực hiện chức trách, nhiệm vụ được giao
- Cấy xong diện tích của tổ vụ Xuân trước ngày 28/02/2026, vụ Mùa trước ngày 25/7/2026.
- Vận động thêm 15 hộ chuyển sang cấy máy từ vụ Mùa 2026.
- Bảo dưỡng 03 máy cấy của tổ xong trước ngày 15/6/2026.
NGƯỜI CAM KẾT
Trần Văn Hiệp"""
WIN_OVER = 7

REPORT_PLANTING = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Trần Văn Hiệp
3. Kết quả thực hiện cam kết
- Cấy xong vụ Xuân ngày 24/02/2026, vụ Mùa ngày 21/7/2026.
- 03 máy cấy bảo dưỡng xong ngày 10/6/2026, cả vụ không phải dừng máy."""


def test_a_short_result_on_one_item_does_not_answer_another_by_its_few_words():
    # the planting dates are all the first line tells: the households won over are missing
    assert gaps(trace(REPORT_PLANTING, COMMITMENT_PLANTING)) == [WIN_OVER]


def test_a_short_result_answers_the_item_it_is_closest_to():
    # without the planting dates to own it, the line is closest to the households' item and
    # answers it, as before: only a result owned by another item is taken away
    commitment = COMMITMENT_PLANTING.replace(
        "- Cấy xong diện tích của tổ vụ Xuân trước ngày 28/02/2026, vụ Mùa trước ngày 25/7/2026.\n",
        "",
    )
    assert gaps(trace(REPORT_PLANTING, commitment)) == []


# A ward's security team member, who missed two night shifts last year.
COMMITMENT_SHIFTS = """ĐẢNG ỦY PHƯỜNG AN BÌNH
CHI BỘ KHU VỰC 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Hoàng Phúc
3. Về thực hiện chức trách, nhiệm vụ được giao
- Trực, tuần tra theo lịch của Tổ bảo vệ an ninh, trật tự: 02 ca tối mỗi tuần (thứ Ba, thứ Sáu) trên tuyến chợ - bến phà.
5. Khắc phục hạn chế, khuyết điểm
- Năm 2025 có 03 lần vắng ca trực không báo trước; năm 2026 không vắng ca trực nếu không có lý do.
NGƯỜI CAM KẾT
Lê Hoàng Phúc"""

REPORT_SHIFTS = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Hoàng Phúc
II. Kết quả thực hiện cam kết
- Từ tháng 3 đến hết tháng 6 trực, tuần tra đủ 34/34 ca tối thứ Ba, thứ Sáu trên tuyến chợ - bến phà; không vắng ca nào."""


def test_a_result_holding_a_whole_clause_of_a_remedy_answers_it_too():
    # "không vắng ca trực" is all in "trực, tuần tra đủ 34/34 ca": the remedy is answered
    # though the line is the patrols' first
    assert gaps(trace(REPORT_SHIFTS, COMMITMENT_SHIFTS)) == []


# A young member told at her probation review to speak up at the cell's meetings.
COMMITMENT_SPEAKING = """ĐẢNG ỦY XÃ XUÂN HỒNG
CHI BỘ HỢP TÁC XÃ NÔNG NGHIỆP
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Vũ Thị Lan
3. Về thực hiện chức trách, nhiệm vụ được giao
- Nhập kho và cấp phát 100% phân bón theo đơn của các đội trước mỗi đợt bón thúc.
5. Khắc phục hạn chế, khuyết điểm
5.1. Khi xét chuyển chính thức, chi bộ nhận xét: còn e ngại, ít phát biểu trong sinh hoạt chi bộ.
5.2. Biện pháp: mỗi kỳ sinh hoạt chi bộ chuẩn bị trước ít nhất 01 ý kiến về việc cấp vật tư để phát biểu.
NGƯỜI CAM KẾT
Vũ Thị Lan"""
SPEAKING = 9

REPORT_SPEAKING = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Vũ Thị Lan
I. Ưu điểm, kết quả đạt được
3. Về ý thức tổ chức kỷ luật
Dự đủ các kỳ sinh hoạt chi bộ, đóng đảng phí đủ. Từ tháng 4/2026, kỳ sinh hoạt nào tôi cũng có ý kiến về việc cấp vật tư (lịch nhập phân, giá giống, công nợ của các đội), được đồng chí Bí thư ghi nhận.
4. Kết quả thực hiện cam kết
- Cấp phát đủ 100% phân bón theo đơn của 6 đội, trước cả 3 đợt bón thúc."""


def test_a_remedy_under_its_label_is_answered_where_the_member_told_it():
    # "Biện pháp:" labels the remedy; the label's words are no part of what it commits to
    assert gaps(trace(REPORT_SPEAKING, COMMITMENT_SPEAKING)) == []


def test_a_remedy_under_its_label_left_unsaid_is_a_gap():
    report = REPORT_SPEAKING.replace(
        " Từ tháng 4/2026, kỳ sinh hoạt nào tôi cũng có ý kiến về việc cấp vật tư (lịch nhập"
        " phân, giá giống, công nợ của các đội), được đồng chí Bí thư ghi nhận.",
        "",
    )
    assert gaps(trace(report, COMMITMENT_SPEAKING)) == [SPEAKING]


# A retired nurse heading the women's union of a miners' residential zone: the template's
# parts numbered "1." to "7.", the last the level she strives for, and her duties in two
# lettered groups, each titled by the charge it belongs to.
COMMITMENT_GROUPS = """ĐẢNG BỘ PHƯỜNG CẨM PHÚ
CHI BỘ KHU 8
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đào Thị Hằng
1. Về tư tưởng chính trị
Tin tưởng vào sự lãnh đạo của Đảng; học tập đầy đủ các nghị quyết của Đảng.
2. Về phẩm chất đạo đức, lối sống
Sống giản dị, gần gũi bà con trong khu.
3. Về thực hiện nhiệm vụ được giao
a) Nhiệm vụ Chi hội trưởng Chi hội Phụ nữ Khu 8
- Kết nạp mới 08 hội viên trong năm 2026.
- Vận động 12 người chưa có thẻ bảo hiểm y tế tham gia trước ngày 30/9/2026.
b) Nhiệm vụ phụ trách 16 hộ tổ 2
- Vận động 16 hộ góp tiền lắp 05 bóng đèn chiếu sáng ngõ tổ 2 trước ngày 30/6/2026.
4. Về ý thức tổ chức kỷ luật
Đóng đảng phí trước ngày 10 hằng tháng.
5. Về khắc phục hạn chế, khuyết điểm
Hạn chế: sổ sách của chi hội ghi chép còn chậm, năm 2025 có 03 tháng chưa ghi.
- Ghi sổ chi hội hằng tháng, nộp Hội Liên hiệp Phụ nữ phường kiểm tra vào tháng 6 và tháng 12.
6. Chương trình hành động thực hiện Nghị quyết Đại hội
Vận động chị em giữ vững danh hiệu "Khu dân cư văn hóa".
7. Mức phấn đấu: Hoàn thành tốt nhiệm vụ.
NGƯỜI CAM KẾT
Đào Thị Hằng"""
STREET_LIGHTS = 14

REPORT_GROUPS = """PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ tên đảng viên: Đào Thị Hằng
A. VIỆC THỰC HIỆN NHIỆM VỤ ĐOÀN THỂ
* Kết nạp được 05 hội viên mới, còn 03 chị đang vận động.
* Bảo hiểm y tế: đã vận động 07/12 người mua thẻ, còn 05 người hẹn mua trước 30/9.
B. VIỆC THỰC HIỆN Ở ĐỊA BÀN PHỤ TRÁCH (16 HỘ TỔ 2)
* Ngõ tổ 2 lắp xong 05 bóng đèn ngày 12/6/2026, 16/16 hộ góp tổng cộng 3.200.000 đồng.
C. SINH HOẠT ĐẢNG VÀ KHẮC PHỤC HẠN CHẾ
* Sổ chi hội ghi đủ 6 tháng, ngày 25/6/2026 đã nộp Hội Liên hiệp Phụ nữ phường kiểm tra."""


def test_parts_numbered_to_the_level_striven_for_are_the_template_parts():
    # "7. Mức phấn đấu: …" after six parts is the seventh part, not the end of a numbered list
    # of items: "4. Về ý thức tổ chức kỷ luật" heads its part, it is no task of part 3
    outline = document_from_text(COMMITMENT_GROUPS, "cam-ket.txt").outline
    parts = {item.line: item.part for section in outline.sections for item in section.items}
    assert parts[11] == 3 and parts[16] == 4 and parts[18] == 5


def test_a_lettered_title_of_a_charge_is_no_task():
    # "b) Nhiệm vụ phụ trách 16 hộ tổ 2" titles the bullets under it; its households are the
    # charge, not a target: with every bullet answered, nothing is missing
    commitment = document_from_text(COMMITMENT_GROUPS, "cam-ket.txt")
    lines = [item.line for item in committed_items(commitment)]
    assert 10 not in lines and 13 not in lines and {11, 12, 14} <= set(lines)
    assert gaps(trace(REPORT_GROUPS, COMMITMENT_GROUPS)) == []


def test_a_result_under_a_heading_in_capitals_going_on_a_lettered_run_is_read():
    # "B. VIỆC THỰC HIỆN Ở ĐỊA BÀN PHỤ TRÁCH (16 HỘ TỔ 2)" goes on "A. …": the street lights
    # under it are a result, and once they are gone their item is missing
    report = REPORT_GROUPS.replace(
        "* Ngõ tổ 2 lắp xong 05 bóng đèn ngày 12/6/2026, 16/16 hộ góp tổng cộng 3.200.000 đồng.",
        "* Tổ 2 tổng vệ sinh đường làng ngày 17/5/2026 với 42 người tham gia.",
    )
    found = trace(report, COMMITMENT_GROUPS)
    assert gaps(found) == [STREET_LIGHTS]
    assert unmatched(found) == [7]
    review = document_from_text(report, "bao-cao.txt").outline.review
    roles = {section.heading_line: section.role for section in review.sections}
    assert roles[6] == "duties"  # the heading, not the end of the insurance line above it
    assert not any("ĐỊA BÀN" in entry.text for entry in review.entries)


def test_a_shortcoming_labelled_with_last_year_in_it_only_states_the_past():
    # "Hạn chế: … còn chậm, năm 2025 có 03 tháng chưa ghi." holds a year before the
    # commitment's: it states what went wrong, no result is due for it
    report = REPORT_GROUPS.replace(
        "* Sổ chi hội ghi đủ 6 tháng, ngày 25/6/2026 đã nộp Hội Liên hiệp Phụ nữ phường kiểm tra.",
        "",
    )
    assert gaps(trace(report, COMMITMENT_GROUPS)) == [19]


# A border guard's web form, sent early: one field holds where and when he reported.
FORM_EARLY = """PHIẾU BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN BẢN CAM KẾT NĂM 2026
Họ và tên *: Lâm Văn Khải
Cấp bậc, chức vụ *: Trung sĩ, chiến sĩ tuần tra
Nơi, ngày báo cáo *: Thạnh Lộc Đông, ngày 27/5/2026
Câu 3. Kết quả thực hiện các nội dung đã cam kết *
- Tham gia đủ 36/36 ca tuần tra từ tháng 1 đến hết tháng 5."""


def test_a_forms_field_of_place_and_day_reported_is_the_reports_date():
    own = document_from_text(FORM_EARLY, "bao-cao.txt").outline.own_date
    assert own is not None and (own.line, own.value.isoformat()) == (4, "2026-05-27")


# A kindergarten teacher aiming at a prize in the school's contest.
COMMITMENT_CONTEST = """ĐẢNG ỦY XÃ THẠNH LỢI
CHI BỘ TRƯỜNG MẦM NON
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Kim Thoa
3. Về thực hiện chức trách, nhiệm vụ được giao
- Dự hội thi giáo viên dạy giỏi cấp trường tháng 3/2026 với tiết dạy làm quen chữ cái, phấn đấu đạt giải.
NGƯỜI CAM KẾT
Lê Thị Kim Thoa"""


def test_the_rank_of_a_prize_aimed_at_is_what_came_of_it():
    # the item aimed at "a prize"; "đạt giải Ba" tells which: a result, no intention told again
    report = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lê Thị Kim Thoa
3. Kết quả thực hiện cam kết
- Hội thi giáo viên dạy giỏi cấp trường tháng 3/2026: đạt giải Ba."""
    found = trace(report, COMMITMENT_CONTEST)
    assert gaps(found) == [] and restated(found) == []
    # told without its rank, the line says no more than the item did
    found = trace(report.replace(": đạt giải Ba.", ": đã dự thi."), COMMITMENT_CONTEST)
    assert restated(found) == [4]


def test_a_web_forms_title_in_small_letters_on_a_report_form_is_a_report():
    # a web form names itself as typed, in small letters, the cell's name after a dash
    text = """Phiếu báo cáo sơ kết 6 tháng thực hiện bản cam kết năm 2026 - Chi bộ Trường Tiểu học và THCS Thanh Sơn
Dấu thời gian: 09/07/2026 20:14:52
Họ và tên đảng viên *
Lương Thị Hoa
Câu 2. Kết quả thực hiện các việc làm đã đăng ký *
Lớp 2A: 21/21 em hoàn thành chương trình lớp 2."""
    document = document_from_text(text, "bao-cao.txt")
    assert detect_kind(document.lines) == ("report", 1)
    assert document.outline.review is not None and document.outline.review.period == "midyear"


def test_a_sentence_opening_with_the_forms_name_is_no_title():
    sentence = (
        "Phiếu báo cáo sơ kết 6 tháng thực hiện bản cam kết năm 2026, được chi bộ phát cho từng"
        " đảng viên vào đầu tháng 6 để tự ghi kết quả rồi nộp lại cho chi ủy."
    )
    assert detect_kind(document_from_text(sentence, "ghi-chu.txt").lines)[0] == "other"


# A ward policeman's 6-month report: his rank before his name, in the field and the signature.
REPORT_RANKED = """CHI BỘ CÔNG AN PHƯỜNG
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
việc thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu
Người báo cáo: Thượng úy Đỗ Minh Khang, Cảnh sát khu vực cụm Tổ dân phố số 4, 5.
1. Kết quả thực hiện cam kết
- Làm sạch xong dữ liệu dân cư của cụm (2.950 nhân khẩu) ngày 25/3/2026.
NGƯỜI BÁO CÁO
Thượng úy Đỗ Minh Khang"""

COMMITMENT_RANKED = """ĐẢNG ỦY PHƯỜNG BẠCH MAI
CHI BỘ CÔNG AN PHƯỜNG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đỗ Minh Khang
3. Về thực hiện chức trách, nhiệm vụ được giao
- Làm sạch 100% dữ liệu dân cư của cụm (2.950 nhân khẩu) trước ngày 31/3/2026.
- Vận động lắp 08 camera an ninh ở các ngõ của cụm trong năm 2026.
NGƯỜI CAM KẾT
Đỗ Minh Khang"""


def test_a_rank_before_the_writers_name_leaves_the_report_his():
    review = document_from_text(REPORT_RANKED, "bao-cao.txt").outline.review
    assert review is not None and review.personal and review.author == "Đỗ Minh Khang"
    # so it is traced: the cameras he left out are missing
    assert gaps(trace(REPORT_RANKED, COMMITMENT_RANKED)) == [7]


# The commune military commander grooming a militia leader for membership.
COMMITMENT_PERSON = """ĐẢNG ỦY XÃ THANH SƠN
CHI BỘ QUÂN SỰ XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Hà Văn Sơn
3. Về thực hiện chức trách, nhiệm vụ được giao
- Huấn luyện dân quân năm 2026 bảo đảm 100% quân số, kiểm tra đạt khá trở lên.
- Bồi dưỡng quần chúng ưu tú Nông Văn Tiến (tiểu đội trưởng dân quân bản Na Lầu) để giới thiệu chi bộ xem xét kết nạp trước ngày 30/10/2026.
NGƯỜI CAM KẾT
Hà Văn Sơn"""
GROOMING = 7

REPORT_PERSON = """BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Hà Văn Sơn
2. Kết quả thực hiện cam kết
- Huấn luyện dân quân từ 06/4 đến 19/6/2026: 94/96 đồng chí tham gia, kiểm tra đạt khá.
- Quần chúng Nông Văn Tiến đã học xong lớp bồi dưỡng nhận thức về Đảng (tháng 4/2026, có giấy chứng nhận)."""


def test_a_person_named_in_full_and_what_was_done_with_them_answer_the_item():
    assert gaps(trace(REPORT_PERSON, COMMITMENT_PERSON)) == []
    # another person's course answers nothing of his
    other = REPORT_PERSON.replace("Nông Văn Tiến", "Lục Thị Mai")
    assert gaps(trace(other, COMMITMENT_PERSON)) == [GROOMING]


# A health station cell's own sheet for the 6-month review: its title over two lines, parts
# sorting what was done from what is under way, and the writer's signature under "Đảng viên tự
# đánh giá".
CELL_SHEET = """ĐẢNG ỦY XÃ HẢI AN
CHI BỘ TRẠM Y TẾ
PHIẾU ĐẢNG VIÊN TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CAM KẾT
6 THÁNG ĐẦU NĂM 2026
Họ và tên đảng viên: Trần Văn Đạt
PHẦN 1. NHỮNG NỘI DUNG ĐÃ THỰC HIỆN
a) Tiêm chủng mở rộng: tổ chức đủ 12/12 buổi tiêm; 110/116 trẻ dưới 1 tuổi tiêm đủ mũi.
PHẦN 2. NHỮNG NỘI DUNG CHƯA THỰC HIỆN HOẶC ĐANG THỰC HIỆN (nêu rõ lý do)
- Hồ sơ sức khỏe điện tử: đã cập nhật 7.940 hồ sơ, đang thực hiện, dự kiến xong tháng 9.
Hải An, ngày 01 tháng 7 năm 2026
Đảng viên tự đánh giá
Trần Văn Đạt"""


def test_a_cells_sheet_titled_phieu_over_two_lines_is_a_6_month_report():
    document = document_from_text(CELL_SHEET, "bao-cao.txt")
    assert detect_kind(document.lines) == ("report", 3)  # not the signature's label, line 11
    review = document.outline.review
    assert review is not None and review.period == "midyear"
    roles = {section.heading_line: section.role for section in review.sections}
    assert roles[6] == "results"  # "NHỮNG NỘI DUNG ĐÃ THỰC HIỆN": what was done
    assert [entry.line for entry in review.entries] == [7, 9]


def test_parts_numbered_in_words_head_a_report():
    # "Phần hai - Kết quả …": the ordinal written out, no "thứ"
    text = """BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM THỰC HIỆN BẢN CAM KẾT NĂM 2026
Tôi là Kiều Thị Hạnh, đảng viên Chi bộ Khu phố 3, xin báo cáo như sau:
Phần một - Tư tưởng, đạo đức, kỷ luật
Đi sinh hoạt đủ 6 kỳ, đóng đảng phí đủ.
Phần hai - Kết quả làm các việc đã cam kết
a) Tủ sách: đến ngày 25/5/2026 có 512 đầu sách.
Phần ba - Việc chưa làm được
Chưa vận động được thêm tủ kệ để xếp sách mới."""
    review = document_from_text(text, "bao-cao.txt").outline.review
    roles = {section.heading_line: section.role for section in review.sections}
    assert roles == {3: "qualities", 5: "commitment", 7: "shortcomings"}
    assert not any(entry.text.startswith("Phần") for entry in review.entries)


def test_a_bracketed_date_field_of_a_systems_printout_is_the_reports_date():
    text = """BIỂU MẪU BÁO CÁO TRỰC TUYẾN - SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT ĐẢNG VIÊN NĂM 2026
[Họ và tên] Trịnh Văn Hùng
[Ngày lập] Tam An, ngày 06 tháng 7 năm 2026
[Câu 2] Kết quả thực hiện các nhiệm vụ đã cam kết:
- Chi trả trợ cấp 6/6 tháng cho 402 đối tượng trước ngày 10."""
    own = document_from_text(text, "bao-cao.txt").outline.own_date
    assert own is not None and (own.line, own.value.isoformat()) == (3, "2026-07-06")


def test_a_systems_form_named_phieu_kiem_diem_after_a_dash_is_a_report():
    # "PHIẾU" is the form's word over "ĐẢNG VIÊN TỰ ĐÁNH GIÁ …", and part of the title in
    # "PHIẾU KIỂM ĐIỂM": the part is read as written before the word is taken off
    text = """HỆ THỐNG QUẢN LÝ ĐẢNG VIÊN - PHIẾU KIỂM ĐIỂM TRỰC TUYẾN
Loại phiếu: Bản kiểm điểm cá nhân (Mẫu 02A)
Họ và tên: Phạm Văn Quý"""
    assert detect_kind(document_from_text(text, "ban-kiem-diem.txt").lines) == ("report", 1)
