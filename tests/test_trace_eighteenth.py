"""Commitments and reports as the writers of the eighteenth session's sets wrote them: the post
told before the tasks ("Chỉ huy Ca 3 gồm 38 công nhân, …", "Là Phó Trưởng khoa, …"), a prize
among the results, a web form's name before the report's title, a tax paid on time. The texts
are written for these tests in the members' manner, not copied from the sets."""

from __future__ import annotations

from linter.concrete import judge
from linter.trace.review import committed_items
from tests.conftest import CORPUS, document_from_text, read_document
from tests.trace_samples import gaps, restated, trace, unmatched

# A port's shift leader: his shift and its machines told first, then the tasks.
COMMITMENT_SON = """ĐẢNG BỘ PHƯỜNG VŨNG LAM
CHI BỘ CÔNG TY CỔ PHẦN CẢNG VŨNG LAM
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Văn Sơn
III. Về thực hiện chức trách, nhiệm vụ được giao
Chỉ huy Ca 3 gồm 38 công nhân, 02 cần trục chân đế, 05 xe nâng tại khu bến số 2.
1. Năng suất xếp dỡ hàng bao của Ca 3 đạt bình quân 6.200 tấn/ca.
2. Không để xảy ra tai nạn lao động trong ca; nhắc nhở an toàn 5 phút đầu ca.
3. Kèm cặp 02 công nhân mới thi nâng bậc thợ vận hành cần trục trước tháng 10/2026.
V. Khắc phục hạn chế, khuyết điểm
Năm 2025 có lúc để đại lý tàu phải chờ vì báo kế hoạch cầu bến muộn.
1. Năm 2026 chủ động liên hệ đại lý tàu trước 48 giờ, lập phương án dự phòng khi tàu đến trễ.
NGƯỜI CAM KẾT
Lê Văn Sơn"""
SHIFT, OUTPUT, SAFETY, TRAINEES, AGENTS = 6, 7, 8, 9, 12

REPORT_SON = """BÁO CÁO KẾT QUẢ THỰC HIỆN BẢN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lê Văn Sơn
1. Tư tưởng, đạo đức
Chấp hành tốt chủ trương của Đảng, nội quy Công ty; trong quan hệ với chủ hàng, đại lý tàu không để xảy ra phản ánh về việc nhận quà. Tác phong làm việc đúng giờ, cẩn thận.
2. Kết quả thực hiện nhiệm vụ đã cam kết
- 6 tháng Ca 3 xếp dỡ bình quân 6.350 tấn hàng bao/ca.
- Ca 3 không có tai nạn lao động; duy trì nhắc nhở an toàn đầu ca.
- 02 công nhân mới đã học xong lý thuyết, đăng ký thi nâng bậc đợt tháng 9/2026.
3. Tự đánh giá: Hoàn thành tốt."""


def test_the_shift_and_its_machines_told_before_the_tasks_is_the_post_not_an_item():
    lines = {item.line for item in committed_items(document_from_text(COMMITMENT_SON))}
    assert SHIFT not in lines and {OUTPUT, SAFETY, TRAINEES, AGENTS} <= lines


def test_words_of_the_remedy_met_in_other_words_of_an_ethics_paragraph_do_not_answer_it():
    # "đại lý tàu" is in both, but "chủ" of "chủ động" and "chủ hàng", and "giờ" of "48 giờ"
    # and "đúng giờ", are syllables of other words: the remedy has no result
    assert gaps(trace(REPORT_SON, COMMITMENT_SON)) == [AGENTS]


# A surgeon: who he is told first ("Là Phó Trưởng khoa, …"), then the tasks; and a team
# leader whose "Là …" line is a task with its target.
COMMITMENT_QUYET = """ĐẢNG BỘ PHƯỜNG VŨNG LAM
CHI BỘ BỆNH VIỆN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Văn Quyết
III. Về thực hiện chức trách, nhiệm vụ được giao
Là Phó Trưởng khoa, giúp Trưởng khoa quản lý chuyên môn Khoa Chấn thương chỉnh hình (28 giường kế hoạch), trực tiếp phẫu thuật và trực lãnh đạo khoa.
- Là tổ trưởng tổ phẫu thuật, cùng tổ thực hiện ít nhất 180 ca mổ kết hợp xương trong năm 2026.
- Viết 01 sáng kiến cấp cơ sở "Quy trình chăm sóc người bệnh sau thay khớp háng", nộp Hội đồng Khoa học Bệnh viện trước ngày 30/10/2026.
- Hướng dẫn 01 bác sĩ mới tuyển dụng đứng mổ chính ca kết hợp xương cẳng tay trước tháng 12/2026.
NGƯỜI CAM KẾT
Trần Văn Quyết"""
WHO, TEAM, INITIATIVE, NEW_DOCTOR = 6, 7, 8, 9

REPORT_QUYET = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Trần Văn Quyết
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Tổ phẫu thuật thực hiện 196 ca mổ kết hợp xương, vượt chỉ tiêu.
- Bác sĩ Lê Minh Đạt (tuyển dụng tháng 02/2026) đã đứng mổ chính 06 ca kết hợp xương cẳng tay từ tháng 9/2026.
- Đạt giải Nhì Hội thi Bác sĩ giỏi cấp Bệnh viện năm 2026 (tháng 8/2026).
II. HẠN CHẾ, KHUYẾT ĐIỂM
Không."""
PRIZE = 7


def test_who_the_member_is_told_first_is_the_post_and_a_team_task_after_it_stays_an_item():
    lines = {item.line for item in committed_items(document_from_text(COMMITMENT_QUYET))}
    assert WHO not in lines and {TEAM, INITIATIVE, NEW_DOCTOR} <= lines


def test_a_prize_answers_no_item_aiming_at_no_contest_and_is_for_nothing_committed():
    traced = trace(REPORT_QUYET, COMMITMENT_QUYET)
    assert gaps(traced) == [INITIATIVE]
    assert unmatched(traced) == [PRIZE] and PRIZE not in restated(traced)


def test_a_prize_answers_an_item_aiming_at_that_contest():
    commitment = COMMITMENT_QUYET.replace(
        '- Viết 01 sáng kiến cấp cơ sở "Quy trình chăm sóc người bệnh sau thay khớp háng", nộp '
        "Hội đồng Khoa học Bệnh viện trước ngày 30/10/2026.",
        "- Dự Hội thi Bác sĩ giỏi cấp Bệnh viện năm 2026, phấn đấu đạt giải.",
    )
    traced = trace(REPORT_QUYET, commitment)
    assert gaps(traced) == [] and unmatched(traced) == []


# A residential group's leader and shopkeeper: the clean-up at a named beach, her tax.
COMMITMENT_LAI = """ĐẢNG BỘ PHƯỜNG VŨNG LAM
CHI BỘ TỔ DÂN PHỐ TÂN HẢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nguyễn Thị Lài
II. Phẩm chất đạo đức, lối sống
1. Kinh doanh đúng pháp luật, niêm yết giá, không bày hàng lấn chiếm vỉa hè.
III. Thực hiện chức trách, nhiệm vụ được giao
1. Thu các loại quỹ (phòng chống thiên tai, Vì người nghèo) đạt 100% số hộ phải nộp (312 hộ) trước ngày 30/9/2026.
2. Duy trì tổng vệ sinh sáng Chủ nhật cuối tháng; xóa 02 điểm tập kết rác tự phát ở bãi ngang Tân Hải trước tháng 6/2026.
3. Kê khai, nộp thuế khoán của hộ kinh doanh đúng hạn theo từng quý.
IV. Tổ chức kỷ luật
1. Tham gia đầy đủ các kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.
V. Khắc phục hạn chế, khuyết điểm
Hạn chế năm 2025: thu quỹ còn chậm, đến cuối năm còn 17 hộ chưa nộp quỹ phòng chống thiên tai.
1. Lập danh sách hộ chưa nộp quỹ, thông báo hằng tháng trên loa truyền thanh và nhóm Zalo của tổ dân phố; trực tiếp đến gặp từng hộ khó khăn.
NGƯỜI CAM KẾT
Nguyễn Thị Lài"""
FUNDS, CLEAN_UP, TAX, ATTENDANCE = 8, 9, 10, 12

REPORT_LAI = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Nguyễn Thị Lài
Phần thứ hai: Kết quả thực hiện những việc đã cam kết
1. Thu quỹ: đến ngày 30/6/2026 đã thu 241/312 hộ (77%), hạn nộp về phường là 30/9/2026.
Phần thứ ba: Tồn tại, hạn chế
Thu quỹ vẫn còn chậm so với tiến độ; việc bày hàng trước cửa một số hộ kinh doanh trên đường Tân Hải chưa xử lý dứt điểm.
Tự đánh giá: Hoàn thành tốt."""


def test_a_place_both_name_in_a_list_of_shortcomings_does_not_answer_the_task_there():
    # the clean-up at "bãi ngang Tân Hải" is not what the stalls "trên đường Tân Hải" are
    assert CLEAN_UP in gaps(trace(REPORT_LAI, COMMITMENT_LAI))


def test_a_tax_paid_on_time_is_due_a_result_unlike_the_cells_dues_and_meetings():
    found = gaps(trace(REPORT_LAI, COMMITMENT_LAI))
    assert TAX in found and ATTENDANCE not in found and FUNDS not in found


def test_no_complaint_from_the_people_served_is_a_count_but_no_grumble_is_none():
    assert judge("Không để người dân phản ánh về thái độ phục vụ của bản thân.").concrete
    assert judge("Không để khách hàng khiếu nại về thời gian chờ ở quầy.").concrete
    assert not judge("Làm việc nhiệt tình, có trách nhiệm, không để người dân phàn nàn.").concrete


# A member's report typed into the party's member system, its name before the report's title.
REPORT_WEB = """HỆ THỐNG QUẢN LÝ ĐẢNG VIÊN - PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT
Kỳ báo cáo: 6 tháng đầu năm 2026
Chi bộ: Chi bộ Tổ dân phố Tân Hải
Họ và tên: Phạm Quốc Dũng
Mục 2. Kết quả thực hiện nhiệm vụ:
- Kiểm tra 38 hộ kinh doanh trên đường Tân Hải, hướng dẫn 9 hộ trang bị bình chữa cháy.
Mục 4. Tự đánh giá: Hoàn thành tốt nhiệm vụ.
Vũng Lam, ngày 29 tháng 6 năm 2026"""


def test_a_systems_name_before_the_reports_title_after_a_dash_leaves_it_a_report():
    outline = document_from_text(REPORT_WEB, "bao-cao.txt").outline
    assert (outline.kind, outline.period) == ("report", "midyear")
    heading = document_from_text(
        REPORT_WEB.replace("PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT", "THÔNG TIN TÀI KHOẢN"),
        "bao-cao.txt",
    ).outline
    assert heading.kind == "other"  # what follows the dash must be a title itself


# A hamlet's group leader, reporting by chat: his results under "Về việc làm đã đăng ký", then
# what he will do in the second half of the year, in a sentence of its own.
COMMITMENT_MUOI = """ĐẢNG BỘ XÃ HÒA THÀNH
CHI BỘ ẤP HÒA LỢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Huỳnh Văn Mười, tổ trưởng tổ nhân dân tự quản số 3
III. Thực hiện chức trách, nhiệm vụ được giao
1. Vận động 11 hộ hiến đất làm 1.000 m đường bê tông nội đồng tổ 3, xong trước tháng 9/2026.
2. Vận động 6 hộ còn thiếu thẻ mua bảo hiểm y tế cho đủ các thành viên trong năm 2026.
3. Vận động thêm ít nhất 03 người trong tổ tham gia bảo hiểm xã hội tự nguyện.
4. Họp tổ đúng kỳ vào ngày 05 hằng tháng, nắm tình hình các hộ.
Hòa Lợi, ngày 24 tháng 02 năm 2026
NGƯỜI CAM KẾT
Huỳnh Văn Mười"""
ROAD_3, CARDS, PENSION, MEETINGS = 6, 7, 8, 9

REPORT_MUOI = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Tôi là Huỳnh Văn Mười, tổ trưởng tổ NDTQ số 3, báo cáo như sau:
* Về tư tưởng, đạo đức:
Luôn tin tưởng vào sự lãnh đạo của Đảng; gia đình không ai vi phạm pháp luật.
* Về việc làm đã đăng ký:
- Đường bê tông tổ 3: 9/11 hộ đã ký hiến đất, đổ xong khoảng 700 m, dự kiến xong trong tháng 8.
- BHYT: 3/6 hộ đã mua đủ thẻ cho các thành viên.
- Tiếp tục họp tổ đúng kỳ hằng tháng, nắm tình hình các hộ.
- Ruộng nhà vụ Đông Xuân sạ thưa, bón phân theo bảng so màu lá, năng suất 7,2 tấn/ha.

6 tháng cuối năm tôi làm tiếp đường tổ 3 cho xong, vận động người trong tổ tham gia BHXH tự nguyện.
Hòa Lợi, ngày 10/7/2026
Người báo cáo
Huỳnh Văn Mười"""
RESTATED_MEETINGS, OWN_FIELD = 8, 9


def test_a_six_month_reports_sentence_on_the_second_half_of_the_year_is_no_result():
    traced = trace(REPORT_MUOI, COMMITMENT_MUOI)
    assert gaps(traced) == [PENSION]
    # in a year-end review the second half of the year is done: it is a result
    done = REPORT_MUOI.replace("6 THÁNG ĐẦU NĂM 2026", "NĂM 2026").replace(
        "6 tháng cuối năm tôi làm tiếp", "6 tháng cuối năm đã làm xong"
    )
    assert PENSION not in gaps(trace(done, COMMITMENT_MUOI))


def test_what_was_registered_heads_the_commitments_results():
    traced = trace(REPORT_MUOI, COMMITMENT_MUOI)
    sections = traced.report.outline.review.sections
    assert [s.role for s in sections] == ["qualities", "commitment"]
    assert restated(traced) == [RESTATED_MEETINGS] and unmatched(traced) == [OWN_FIELD]


# A primary school's deputy head: the provincial contest her pupils enter, and one she judged.
COMMITMENT_CHAU = """ĐẢNG BỘ XÃ MỸ HIỆP
CHI BỘ TRƯỜNG TIỂU HỌC
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đỗ Thị Ngọc Châu, Phó Hiệu trưởng
III. Về thực hiện chức trách, nhiệm vụ được giao
- Chỉ đạo các tổ chuyên môn tổ chức 02 chuyên đề cấp trường mỗi học kỳ.
- Dự giờ ít nhất 04 tiết/tháng, có phiếu góp ý sau mỗi tiết dự.
- Bồi dưỡng đội tuyển học sinh lớp 5 dự Hội thi Olympic Tiếng Việt cấp tỉnh, phấn đấu có ít nhất 02 em đạt giải.
VI. Kế hoạch hành động thực hiện Nghị quyết
- Làm theo lời Bác: mỗi học kỳ kể 02 câu chuyện về Bác Hồ cho học sinh trong tiết sinh hoạt lớp.
NGƯỜI CAM KẾT
Đỗ Thị Ngọc Châu"""
OLYMPIAD = 8

REPORT_CHAU = """From: Đỗ Thị Ngọc Châu <chaudtn.mh@gmail.com>
Subject: Báo cáo 6 tháng thực hiện cam kết

BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
I. Kết quả
1) Học kỳ II tổ chức 02 chuyên đề cấp trường (ngày 12/3 và ngày 16/4/2026).
2) Dự 19 tiết từ tháng 02 đến tháng 5/2026, 19/19 tiết có phiếu góp ý.
3) Tham gia ban giám khảo Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh tháng 4/2026.
4) Kể chuyện về Bác Hồ 02 lần mỗi học kỳ trong tiết sinh hoạt lớp, có ghi sổ chủ nhiệm.
II. Hạn chế
Thời gian dự giờ có tháng dồn vào cuối tháng.
Trân trọng."""
JURY, STORIES = 8, 9


def test_an_e_mails_sender_is_the_writer_when_the_report_names_no_one_else():
    outline = document_from_text(REPORT_CHAU, "bao-cao.txt").outline
    assert outline.review.author == "Đỗ Thị Ngọc Châu"  # type: ignore[union-attr]


def test_another_contest_at_the_same_level_answers_no_item_on_a_contest():
    traced = trace(REPORT_CHAU, COMMITMENT_CHAU)
    assert gaps(traced) == [OLYMPIAD] and JURY in unmatched(traced)


def test_an_item_told_again_in_other_segmented_words_is_no_result_for_nothing_committed():
    signed = REPORT_CHAU.replace("I. Kết quả", "Họ và tên: Đỗ Thị Ngọc Châu\nI. Kết quả")
    found = unmatched(trace(signed, COMMITMENT_CHAU))
    assert JURY + 1 in found and STORIES + 1 not in found  # (one line lower)


def test_a_body_whose_name_runs_on_in_small_letters_is_a_name():
    from linter.trace.terms import terms_of

    names = terms_of(
        "Nộp báo cáo tháng cho Hội Liên hiệp Phụ nữ xã trước ngày 20 hằng tháng."
    ).names
    assert "hội liên hiệp phụ nữ" in names
    assert "ủy ban mặt trận tổ quốc" in terms_of("Phối hợp Ủy ban Mặt trận Tổ quốc xã").names


def test_a_pdf_commitments_place_and_date_under_its_last_part_is_no_item():
    # printed in the signature column under part 6's last line, a paragraph of its own (the
    # header holds the date too)
    path = (
        CORPUS / "dang-uy-xa-my-hiep" / "chi-bo-truong-tieu-hoc" / "cam-ket-nguyen-thi-cam-tu.pdf"
    )
    commitment = read_document(path)
    footer = next(line for line in commitment.lines if line.clean.startswith("Mỹ Hiệp, ngày"))
    items = committed_items(commitment)
    assert footer.number not in [item.line for item in items]
    assert items[-1].text.startswith("Làm theo lời Bác")


def test_a_forms_where_and_when_written_field_is_its_own_date_not_the_stamp():
    form = """PHIẾU TỰ KIỂM ĐIỂM ĐẢNG VIÊN NĂM 2026 (biểu mẫu trực tuyến)
Dấu thời gian: 24/10/2026 16:42:08
Họ và tên đảng viên: Bùi Văn Lực
Địa điểm, ngày viết: Mỹ Hiệp, ngày 23 tháng 10 năm 2026
Câu 3. Kết quả thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026:
Chi trả lương, phụ cấp cho 41 cán bộ, giáo viên trước ngày 05 hằng tháng."""
    own = document_from_text(form, "ban-kiem-diem.txt").outline.own_date
    assert own is not None and (own.line, own.value.day) == (4, 23)  # type: ignore[union-attr]


# A village's farmers' association head: his results in a table, one row per group of items,
# the fire-watch named by its abbreviation.
COMMITMENT_KHANH = """ĐẢNG BỘ XÃ SƠN KIM HẠ
CHI BỘ THÔN TRUNG SƠN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Văn Khánh, Chi hội trưởng Chi hội Nông dân
III. Thực hiện chức trách, nhiệm vụ được giao
1. Vận động 12 hộ hội viên trồng mới 3 ha bưởi ở vùng Đồng Cồn trong vụ xuân 2026.
2. Tham gia trực phòng cháy chữa cháy rừng theo lịch phân công của Tổ bảo vệ rừng từ tháng 4 đến hết tháng 8/2026.
3. Tổ chức 02 đợt ra quân "Ngày thứ Bảy tình nguyện" phát quang, dọn vệ sinh tuyến đường trục thôn (tháng 3 và tháng 7/2026).
NGƯỜI CAM KẾT
Lê Văn Khánh"""
FIRE_WATCH, VOLUNTEER_DAYS = 7, 8

REPORT_KHANH = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lê Văn Khánh
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Trồng đủ 3 ha bưởi cho 12 hộ, xong ngày 25/3/2026.
- Trực PCCCR đủ 22 ca, mùa khô năm 2026 thôn không có cháy rừng.
- Chi hội tổ chức đủ 02 đợt "Ngày thứ Bảy tình nguyện" (21/3 và 25/7/2026), trồng thêm 400 m đường hoa.
II. HẠN CHẾ, KHUYẾT ĐIỂM
Không."""


def test_the_forest_fire_watch_by_its_abbreviation_and_a_quoted_campaign_name_answer_their_items():
    assert gaps(trace(REPORT_KHANH, COMMITMENT_KHANH)) == []
    silent = REPORT_KHANH.replace(
        '- Chi hội tổ chức đủ 02 đợt "Ngày thứ Bảy tình nguyện" (21/3 và 25/7/2026), trồng thêm 400 m đường hoa.\n',
        "",
    )
    assert gaps(trace(silent, COMMITMENT_KHANH)) == [VOLUNTEER_DAYS]


# A web form's answers: each field's label on its line ("Họ và tên *") and the answer under it,
# before the first numbered question.
REPORT_FORM = """Biểu mẫu: SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT CỦA ĐẢNG VIÊN NĂM 2026 - CHI BỘ THÔN TRUNG SƠN
Dấu thời gian: 02/07/2026 16:42:11
Địa chỉ email: khanhlv.tson@gmail.com

Họ và tên *
Lê Văn Khánh

Bộ phận công tác *
Chi hội Nông dân thôn Trung Sơn

Câu 2. Kết quả thực hiện các nội dung đã cam kết (ghi theo từng nội dung, có số liệu) *
- Trồng đủ 3 ha bưởi cho 12 hộ, xong ngày 25/3/2026.
- Trực PCCCR đủ 12 ca từ tháng 4 đến hết tháng 6/2026.

Câu 4. Nhiệm vụ trọng tâm 6 tháng cuối năm
Tổ chức đợt 2 "Ngày thứ Bảy tình nguyện" trong tháng 7."""


def test_a_web_forms_fields_before_its_first_question_are_no_results_left_unread():
    traced = trace(REPORT_FORM, COMMITMENT_KHANH)
    assert traced.report.outline.review.unread == ()  # type: ignore[union-attr]
    assert gaps(traced) == [VOLUNTEER_DAYS]  # compared, not given up as not understood


def test_an_e_mails_subject_is_its_title_only_when_the_mail_carries_none():
    mail = """Từ: Hầu Thị Say <hauthisay99@gmail.com>
Ngày: 29 thg 6, 2026 lúc 20:36
Tiêu đề: Báo cáo 6 tháng thực hiện cam kết - Hầu Thị Say
Kính gửi: Chi ủy Chi bộ thôn Lao Sán
Em là Hầu Thị Say, Chi hội trưởng Phụ nữ thôn. Em xin báo cáo kết quả như sau ạ:
1/ Khám thai: 6 tháng có 7 chị mang thai, cả 7 chị đi khám thai đủ lịch.
Lao Sán, ngày 29/6/2026"""
    outline = document_from_text(mail, "bao-cao.txt").outline
    assert (outline.kind, outline.period, outline.title_line) == ("report", "midyear", 3)
    titled = mail.replace("Kính gửi:", "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026\nKính gửi:")
    assert document_from_text(titled, "bao-cao.txt").outline.title_line == 4


def test_a_portals_sender_is_the_writer_and_the_second_half_after_a_colon_is_still_to_do():
    report = """CỔNG THÔNG TIN NỘI BỘ - CHI BỘ ẤP HÒA LỢI
Biểu mẫu: Báo cáo kết quả thực hiện cam kết 6 tháng đầu năm 2026
Người gửi: Huỳnh Văn Mười
Câu 2. Kết quả thực hiện các phần việc đã cam kết (*)
- Đường bê tông tổ 3: 9/11 hộ đã ký hiến đất, đổ xong khoảng 700 m.
- BHYT: 3/6 hộ đã mua đủ thẻ cho các thành viên.
- Họp tổ ngày 05 hằng tháng, đủ 6 kỳ, 31/34 hộ dự bình quân.
3. Hạn chế và nhiệm vụ 6 tháng cuối năm
- Còn 3 hộ chưa mua thẻ bảo hiểm y tế vì thu nhập không ổn định.
- 6 tháng cuối năm: vận động người trong tổ tham gia BHXH tự nguyện."""
    traced = trace(report, COMMITMENT_MUOI)
    assert traced.report.outline.review.author == "Huỳnh Văn Mười"  # type: ignore[union-attr]
    assert gaps(traced) == [PENSION]


def test_sentences_on_the_second_half_of_the_year_are_read_not_left_unread():
    report = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Huỳnh Văn Mười
* Về việc làm đã đăng ký:
- Đường bê tông tổ 3: 9/11 hộ đã ký hiến đất, đổ xong khoảng 700 m.
- BHYT: 3/6 hộ đã mua đủ thẻ cho các thành viên.

6 tháng cuối năm tôi làm tiếp đường tổ 3 cho xong.

Thời gian tới vận động người trong tổ tham gia BHXH tự nguyện.

Sắp tới họp tổ bàn việc thu quỹ Vì người nghèo.
Hòa Lợi, ngày 10/7/2026"""
    traced = trace(report, COMMITMENT_MUOI)
    assert not traced.unread and gaps(traced) == [PENSION, MEETINGS]
