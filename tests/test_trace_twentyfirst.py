"""Commitments as the writers of the twenty-first session's units lay them out: a post told
before the tasks, tasks grouped under lettered sub-headings. The texts are written for these
tests in the members' manner, not copied from the sets."""

from __future__ import annotations

import pytest

from linter.kinds import detect_kind
from linter.trace.reading import period_of
from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace

# A storekeeper of a port's cargo team: the line before her tasks tells the post, not a task.
COMMITMENT_POST = """ĐẢNG ỦY PHƯỜNG CÁT BI
CHI BỘ ĐỘI BỐC XẾP SỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phạm Thị Thoa
3. Về thực hiện chức trách, nhiệm vụ được giao
Nhiệm vụ chuyên môn: thủ kho vật tư của Đội, theo dõi nhập, xuất dây chằng, ma ní, pallet và nhiên liệu cho 06 xe nâng.
- Kiểm kê toàn bộ vật tư kho Đội, lập biên bản gửi Phòng Kỹ thuật trước ngày 31/3/2026.
- Đưa 100% phiếu nhập, xuất kho lên phần mềm quản lý vật tư của Cảng từ tháng 4/2026.
- Đề xuất thanh lý 40 pallet gỗ hỏng trong quý III/2026.
NGƯỜI CAM KẾT
Phạm Thị Thoa"""
PALLETS = 9

REPORT_POST = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Phạm Thị Thoa
II. Kết quả thực hiện cam kết
- Kiểm kê xong kho vật tư ngày 27/3/2026, biên bản đã gửi Phòng Kỹ thuật.
- Từ tháng 4/2026 toàn bộ phiếu nhập, xuất kho đều nhập trên phần mềm quản lý vật tư."""


@pytest.mark.parametrize(
    "label", ["Nhiệm vụ chuyên môn", "Nhiệm vụ được phân công", "Công việc chuyên môn"]
)
def test_the_post_told_before_the_tasks_is_no_gap(label):
    commitment = COMMITMENT_POST.replace("Nhiệm vụ chuyên môn", label)
    # only the pallets, due and unsaid, are a gap; the storekeeper's post is none
    assert gaps(trace(REPORT_POST, commitment)) == [PALLETS]


# A teacher's duties under lettered sub-headings, her tasks dashed under each.
COMMITMENT_HEADINGS = """ĐẢNG ỦY XÃ TÂN CƯƠNG
CHI BỘ TRƯỜNG THCS
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Hà Thị Vân
III. Về thực hiện chức trách, nhiệm vụ được giao
a) Giảng dạy
- Dạy Toán lớp 7A1, 7A2: 90% học sinh đạt điểm trung bình trở lên cuối năm học.
b) Chủ nhiệm lớp 7A2
- Duy trì sĩ số 38/38 học sinh đến hết năm học; thăm gia đình 100% học sinh trong học kỳ I.
c) Nộp 02 sáng kiến
- Nộp Hội đồng sáng kiến của trường trước ngày 15/4/2026.
NGƯỜI CAM KẾT
Hà Thị Vân"""
SKILLS_HEADING = 10

REPORT_HEADINGS = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Hà Thị Vân
II. Kết quả thực hiện cam kết
- Lớp 7A1, 7A2: 63/70 học sinh đạt điểm trung bình môn Toán trở lên (90%).
- Lớp 7A2 giữ sĩ số 38/38 em; đã đến thăm gia đình cả 38 em trong học kỳ I.
- Đã nộp 02 sáng kiến cho Hội đồng sáng kiến ngày 10/4/2026."""


def test_a_lettered_sub_heading_over_dashed_tasks_is_no_gap():
    # "b) Chủ nhiệm lớp 7A2" names the class the tasks under it are about: every task is
    # answered, so nothing is missing
    assert gaps(trace(REPORT_HEADINGS, COMMITMENT_HEADINGS)) == []


def test_a_lettered_line_with_a_figure_of_its_own_stays_a_task():
    # the report leaves the innovations out: "c) Nộp 02 sáng kiến" commits to two of them,
    # however short, and is due
    report = REPORT_HEADINGS.rsplit("\n", 1)[0]
    assert SKILLS_HEADING in gaps(trace(report, COMMITMENT_HEADINGS))


def test_lettered_tasks_of_a_few_words_are_tasks():
    # the same kind of mark on the next line: a list of short tasks, not a heading over them
    commitment = COMMITMENT_HEADINGS.replace(
        "b) Chủ nhiệm lớp 7A2\n- Duy trì", "b) Chủ nhiệm lớp 7A2\nc) Duy trì"
    )
    report = REPORT_HEADINGS.replace(
        "- Lớp 7A2 giữ sĩ số 38/38 em; đã đến thăm gia đình cả 38 em trong học kỳ I.\n", ""
    )
    assert 8 in gaps(trace(report, commitment))


# A storekeeper's duties, the last two promising only how well the store and books are kept,
# told after the things they name.
COMMITMENT_KEPT = """ĐẢNG ỦY PHƯỜNG CÁT BI
CHI BỘ ĐỘI BỐC XẾP SỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phạm Thị Thoa
3. Về thực hiện chức trách, nhiệm vụ được giao
- Kiểm kê toàn bộ vật tư kho Đội, lập biên bản gửi Phòng Kỹ thuật trước ngày 31/3/2026.
- Nộp báo cáo nhập, xuất, tồn vật tư hằng tháng về Phòng Kỹ thuật của Cảng đúng hạn.
- Sắp xếp kho dây chằng, ma ní gọn gàng, khoa học.
- Ghi chép thẻ kho, sổ nhiên liệu xe nâng đúng quy định, không để xảy ra sai sót.
NGƯỜI CAM KẾT
Phạm Thị Thoa"""
MONTHLY_REPORTS = 7

REPORT_KEPT = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Phạm Thị Thoa
II. Kết quả thực hiện cam kết
- Kiểm kê xong kho vật tư ngày 27/3/2026, biên bản đã gửi Phòng Kỹ thuật."""


def test_things_named_and_only_how_well_they_are_kept_are_no_gap_when_left_unsaid():
    # the monthly reports "on time" are a deadline kept, checkable, and due; the store kept
    # tidy and the books kept by the rules tell nothing when a report is silent on them
    assert gaps(trace(REPORT_KEPT, COMMITMENT_KEPT)) == [MONTHLY_REPORTS]


def test_research_is_no_manner_of_keeping_things():
    # "nghiên cứu khoa học" ends the clause but says what is done, not how well
    commitment = COMMITMENT_KEPT.replace(
        "Sắp xếp kho dây chằng, ma ní gọn gàng, khoa học.",
        "Hướng dẫn công nhân trẻ của Đội làm đề tài nghiên cứu khoa học.",
    )
    assert 8 in gaps(trace(REPORT_KEPT, commitment))


# A crane team's leader tells his team before what he commits to with it.
COMMITMENT_TEAM = """ĐẢNG ỦY PHƯỜNG CÁT BI
CHI BỘ ĐỘI BỐC XẾP SỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đinh Văn Lộc
3. Về thực hiện chức trách, nhiệm vụ được giao
Tổ Xe nâng có 19 công nhân, vận hành 08 xe nâng tại bãi số 3, làm việc 02 ca. Năm 2026 tôi cam kết cùng tập thể Tổ thực hiện:
- Nâng 96.000 lượt container trong năm, quý I ít nhất 22.000 lượt.
- Huấn luyện an toàn cho 19/19 công nhân trước ngày 31/3/2026.
NGƯỜI CAM KẾT
Đinh Văn Lộc"""

REPORT_TEAM = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Đinh Văn Lộc
II. Kết quả thực hiện cam kết
- Quý I nâng 23.410 lượt container; 6 tháng đạt 47.900 lượt, bằng 49,9% kế hoạch năm.
- Ngày 20/3/2026 Tổ huấn luyện xong, 19/19 công nhân kiểm tra đạt."""


def test_the_team_told_before_the_leader_commits_to_its_tasks_is_no_gap():
    # "… tôi cam kết cùng tập thể Tổ thực hiện:" announces the tasks; the team's size and
    # machines before it are no target of its own
    assert gaps(trace(REPORT_TEAM, COMMITMENT_TEAM)) == []


# A young member's commitment printed to PDF: parts numbered "1." over items numbered "1.1",
# the self-rating a seventh part.
COMMITMENT_SUBNUMBERED = """ĐẢNG ỦY PHƯỜNG CÁT BI
CHI BỘ KHU DÂN CƯ SỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Vũ Minh Đức
1. Tư tưởng chính trị
1.1 Kiên định mục tiêu, lý tưởng của Đảng; chấp hành nghiêm pháp luật của Nhà nước.
2. Đạo đức, lối sống
2.1 Sống trung thực, giản dị; không vi phạm những điều đảng viên không được làm.
3. Thực hiện nhiệm vụ được giao
3.1 Hướng dẫn ít nhất 120 lượt người dân nộp hồ sơ trên Cổng dịch vụ công quốc gia trong năm 2026.
4. Ý thức tổ chức kỷ luật
4.1 Phấn đấu được công nhận đảng viên chính thức đúng thời hạn (tháng 9/2026).
5. Khắc phục hạn chế, khuyết điểm
5.1 Dự lớp bồi dưỡng lý luận chính trị cho đảng viên mới trong tháng 4/2026.
6. Thực hiện Nghị quyết Đại hội Đảng các cấp
6.1 Mỗi tháng đăng 02 tin về Nghị quyết Đại hội trên nhóm Zalo của khu dân cư.
7. Tự đăng ký mức xếp loại
Hoàn thành tốt nhiệm vụ.
NGƯỜI CAM KẾT
Vũ Minh Đức"""


def test_parts_numbered_over_items_numbered_under_them_are_parts():
    # seven lines numbered "1." to "7." would be a list of items, but items numbered "1.1",
    # "3.1" under them make them the template's parts
    outline = document_from_text(COMMITMENT_SUBNUMBERED, "cam-ket.txt").outline
    parts = {item.line: item.part for section in outline.sections for item in section.items}
    assert parts[10] == 3 and parts[12] == 4 and parts[14] == 5


def test_a_date_in_the_discipline_part_is_no_gap():
    # becoming a full member in September is a discipline pledge (part 4), not a task due in
    # the report; before the parts were read, the whole body was one part and it was due
    report = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Vũ Minh Đức
Kết quả:
- Đã hướng dẫn 64 lượt người dân nộp hồ sơ trên Cổng dịch vụ công quốc gia.
- Dự lớp bồi dưỡng lý luận chính trị cho đảng viên mới từ ngày 13 đến 17/4/2026.
- Đăng 12 tin về Nghị quyết Đại hội trên nhóm Zalo khu dân cư."""
    assert gaps(trace(report, COMMITMENT_SUBNUMBERED)) == []


# A ward policeman's fire-safety tasks, and his report's shortcoming on another of them.
COMMITMENT_FIRE = """ĐẢNG ỦY PHƯỜNG CÁT BI
CHI BỘ CÔNG AN PHƯỜNG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lương Văn Tiến
3. Về thực hiện chức trách, nhiệm vụ được giao
- Kiểm tra an toàn phòng cháy, chữa cháy 02 đợt đối với 100% trong số 156 cơ sở thuộc diện quản lý.
- Hoàn thành cập nhật hồ sơ 156 cơ sở lên phần mềm quản lý cơ sở dữ liệu phòng cháy, chữa cháy trước ngày 30/6/2026.
- Viết 01 sáng kiến về hướng dẫn cơ sở tự kiểm tra phòng cháy, nộp Công an phường trước ngày 30/9/2026.
NGƯỜI CAM KẾT
Lương Văn Tiến"""
RECORDS = 7

REPORT_FIRE = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lương Văn Tiến
1. Kết quả thực hiện nhiệm vụ theo cam kết
- Kiểm tra đợt 1: đã kiểm tra 140/156 cơ sở, lập biên bản kiến nghị khắc phục 31 cơ sở.
2. Hạn chế
- Việc kiểm tra đợt 1 chậm vì nhiều cơ sở đổi người quản lý, phải cập nhật lại; hướng dẫn cơ sở lập hồ sơ còn lúng túng.
- Chưa viết được sáng kiến do tập trung kiểm tra đợt 1."""


def test_a_shortcoming_sharing_only_common_words_with_a_task_does_not_answer_it():
    # the first shortcoming is about the inspection's pace and guiding premises, sharing with
    # the records to be entered only words naming nothing in particular ("cơ sở", "hồ sơ",
    # "cập nhật"): those records are unsaid; the innovation not yet written is told, no gap
    assert gaps(trace(REPORT_FIRE, COMMITMENT_FIRE)) == [RECORDS]


# A web form's printout: the required fields starred, the others plain lines over the answer.
FORM_REPORT = """Biểu mẫu trực tuyến - Đảng bộ xã Phú Đô
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT CỦA ĐẢNG VIÊN (6 THÁNG ĐẦU NĂM 2026)
Họ và tên *
Đàm Thị Liên
Kết quả thực hiện cam kết *
1. Hướng dẫn 11/20 hộ đóng gói, dán tem truy xuất nguồn gốc cho chè búp khô.
2. Dự đủ 6/6 kỳ sinh hoạt chi bộ.
Khó khăn, vướng mắc
Nhiều hộ chưa có máy hút chân không nên đóng gói chậm.
Đề xuất, kiến nghị
Đề nghị hợp tác xã cho các hộ mượn máy hút chân không.
Tự đánh giá mức độ hoàn thành
Hoàn thành tốt
Ghi chú
Em gửi muộn vì tuần trước đưa con đi khám bệnh ở tỉnh.
Địa điểm, ngày lập *
Phú Đô, ngày 29 tháng 6 năm 2026"""


def test_a_forms_plain_field_labels_head_what_is_no_result():
    review = document_from_text(FORM_REPORT, "bao-cao.txt").outline.review
    roles = {section.title: section.role for section in review.sections}
    assert roles == {
        "Kết quả thực hiện cam kết": "commitment",
        "Khó khăn, vướng mắc": "shortcomings",
        "Đề xuất, kiến nghị": "other",
        "Tự đánh giá mức độ hoàn thành": "rating",
        "Ghi chú": "other",
    }


# A commitment whose parts are "PHẦN I." to "PHẦN VI.", the sixth titled in words of its own.
COMMITMENT_SIX = """ĐẢNG ỦY XÃ PHÚ ĐÔ
CHI BỘ XÓM ĐỒNG KÈ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đàm Thị Liên
PHẦN I. TƯ TƯỞNG CHÍNH TRỊ
+ Kiên định mục tiêu, lý tưởng của Đảng.
PHẦN II. ĐẠO ĐỨC, LỐI SỐNG
+ Sống giản dị, đoàn kết với bà con trong xóm.
PHẦN III. THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO
+ Hướng dẫn 20 hộ trong xóm đóng gói, dán tem truy xuất nguồn gốc cho chè búp khô trong năm 2026.
PHẦN IV. Ý THỨC TỔ CHỨC KỶ LUẬT
+ Dự đủ các kỳ sinh hoạt chi bộ.
PHẦN V. KHẮC PHỤC HẠN CHẾ, KHUYẾT ĐIỂM
+ Năm 2026 nộp bài thu hoạch nghị quyết đúng hạn chi bộ giao.
PHẦN VI. HỌC TẬP VÀ LÀM THEO LỜI BÁC, THỰC HIỆN NGHỊ QUYẾT
+ Đăng ký 01 công trình phụ nữ: trồng 150 cây hoa ven đường ra đồi chè khi đường làm xong.
NGƯỜI CAM KẾT
Đàm Thị Liên"""


def test_a_part_numbered_like_the_others_is_that_part_whatever_its_title():
    # "PHẦN VI." after "PHẦN V." is the sixth part (the resolutions), not a line of the
    # fifth: the flowers planted "when the road is done" are no shortcoming's remedy due in a
    # 6-month report, and the line itself is no item
    outline = document_from_text(COMMITMENT_SIX, "cam-ket.txt").outline
    assert outline.section(6) is not None
    assert [item.line for item in outline.section(6).items] == [16]
    report = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Đàm Thị Liên
Kết quả:
- Hướng dẫn 11/20 hộ đóng gói, dán tem truy xuất nguồn gốc cho chè búp khô.
- Nộp bài thu hoạch Nghị quyết Đại hội XIV ngày 20/3/2026, đúng hạn chi bộ giao."""
    assert gaps(trace(report, COMMITMENT_SIX)) == []


# A cooperative's cell's own form for the 6-month report.
APPRAISAL_FORM = """| ĐẢNG BỘ XÃ PHÚ ĐÔ | ĐẢNG CỘNG SẢN VIỆT NAM |
| CHI BỘ HỢP TÁC XÃ CHÈ PHÚ ĐÔ | Phú Đô, ngày 06 tháng 7 năm 2026 |
PHIẾU ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
(Mẫu dùng trong Chi bộ Hợp tác xã chè Phú Đô)
Họ và tên đảng viên: Ma Văn Thắng
B. Kết quả thực hiện các chỉ tiêu đã đăng ký
- Tập huấn 02/04 lớp cho 58 lượt hộ liên kết."""


def test_a_cells_appraisal_form_is_a_6_month_report():
    document = document_from_text(APPRAISAL_FORM, "phieu.txt")
    kind, title = detect_kind(document.lines)
    assert (kind, period_of(document.lines, title)) == ("report", "midyear")


# A commune health worker: a course to attend, and the records' coverage she reports.
COMMITMENT_COURSE = """ĐẢNG ỦY XÃ PHÚ ĐÔ
CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Hoàng Thị Lan
3. Về thực hiện chức trách, nhiệm vụ được giao
- Quản lý, điều trị ngoại trú 310 người tăng huyết áp trong năm 2026.
- Tham gia lớp tập huấn sử dụng phần mềm hồ sơ sức khỏe điện tử do Trung tâm Y tế tổ chức trong quý III/2026.
NGƯỜI CAM KẾT
Hoàng Thị Lan"""
COURSE = 7

REPORT_COURSE = """BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Hoàng Thị Lan
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Đang quản lý, điều trị ngoại trú 304 người tăng huyết áp.
- Tỷ lệ người dân có hồ sơ sức khỏe điện tử được cập nhật đạt 96,1% (số liệu ngày 20/11/2026)."""


def test_a_course_to_attend_is_answered_only_by_a_course():
    # the coverage shares "hồ sơ sức khỏe điện tử" with the course but tells no training
    assert gaps(trace(REPORT_COURSE, COMMITMENT_COURSE)) == [COURSE]
    attended = REPORT_COURSE + (
        "\n- Dự lớp tập huấn phần mềm hồ sơ sức khỏe điện tử tại Trung tâm Y tế ngày 14/8/2026."
    )
    assert gaps(trace(attended, COMMITMENT_COURSE)) == []


def test_a_class_of_children_is_no_course():
    commitment = COMMITMENT_COURSE.replace(
        "- Tham gia lớp tập huấn",
        "- Lớp Lá 2: 100% trẻ hoàn thành chương trình giáo dục mầm non.\n- Tham gia lớp tập huấn",
    )
    report = REPORT_COURSE + "\n- 28/28 trẻ hoàn thành chương trình giáo dục mầm non (100%)."
    assert gaps(trace(report, commitment)) == [COURSE + 1]


# A ward's web portal names its form by what the member does.
PORTAL_SELF_APPRAISAL = """CỔNG THÔNG TIN ĐẢNG ỦY PHƯỜNG AN HẢI
Biểu mẫu trực tuyến: Đảng viên tự đánh giá kết quả thực hiện cam kết 6 tháng đầu năm 2026
Họ và tên *: Phan Thị Yến
Nội dung đã cam kết và kết quả thực hiện *:
- Đo huyết áp miễn phí cho người cao tuổi trong tổ dân phố 04 buổi, 86 lượt người."""


def test_a_form_named_by_the_members_self_appraisal_is_a_6_month_report():
    document = document_from_text(PORTAL_SELF_APPRAISAL, "phieu.txt")
    kind, title = detect_kind(document.lines)
    assert (kind, period_of(document.lines, title)) == ("report", "midyear")


# A school's library and equipment clerk: her post and one task both name the library.
COMMITMENT_LIBRARY = """ĐẢNG ỦY XÃ PHÚ ĐÔ
CHI BỘ TRƯỜNG TIỂU HỌC
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lò Thị Mai
3. Về thực hiện chức trách, nhiệm vụ:
+ Hoàn thành tốt nhiệm vụ nhân viên thư viện - thiết bị được nhà trường phân công.
+ Vận động 90 bộ sách giáo khoa cho học sinh thuộc hộ nghèo trước ngày 31/8/2026.
+ Hoàn thành sắp xếp, trang trí thư viện thân thiện tại điểm trường chính trước ngày 30/10/2026.
NGƯỜI CAM KẾT
Lò Thị Mai"""

REPORT_LIBRARY = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Lò Thị Mai
2/ Kết quả thực hiện nhiệm vụ đã cam kết:
- Sách giáo khoa cho học sinh hộ nghèo: đã vận động được 38/90 bộ, đang tiếp tục đến hết tháng 8.
- Thư viện thân thiện: chưa đến thời gian thực hiện, nhà trường làm sau khi sửa xong phòng (tháng 9)."""


def test_a_label_held_as_written_by_one_item_names_it():
    # "thư viện" is in the post too, but only the task holds "thư viện thân thiện": the line
    # labelled so tells of it (not yet due), so nothing is missing
    assert gaps(trace(REPORT_LIBRARY, COMMITMENT_LIBRARY)) == []


# A market's fee collector: her report ends with a request that shares her task's words.
COMMITMENT_FEES = """ĐẢNG ỦY PHƯỜNG AN HẢI
CHI BỘ BAN QUẢN LÝ CHỢ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trần Thị Mỹ
3. Về thực hiện chức trách, nhiệm vụ được giao
- Thu phí điểm kinh doanh nhà lồng B đạt 1,2 tỷ đồng trong năm 2026.
- Nộp tiền thu phí về tài khoản của Ban trong ngày, không giữ tiền mặt qua đêm.
NGƯỜI CAM KẾT
Trần Thị Mỹ"""
CASH = 7

REPORT_FEES = """BÁO CÁO TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN BẢN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên đảng viên: Trần Thị Mỹ
I. NHỮNG NỘI DUNG ĐÃ THỰC HIỆN
- Thu phí điểm kinh doanh nhà lồng B 6 tháng được 640 triệu đồng, đạt 53% kế hoạch năm.
II. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị Ban sớm đưa phần mềm thu phí điện tử vào dùng để giảm thu tiền mặt tại quầy."""


def test_a_request_is_no_result():
    # the request shares "thu phí", "tiền mặt" with the cash to pay in daily, but asks for
    # something: the daily deposits are unsaid
    assert gaps(trace(REPORT_FEES, COMMITMENT_FEES)) == [CASH]


def test_the_self_appraisal_form_wrapped_on_a_narrow_page_is_still_a_report():
    wrapped = PORTAL_SELF_APPRAISAL.replace(
        "Biểu mẫu trực tuyến: Đảng viên tự đánh giá kết quả thực hiện cam kết 6 tháng đầu năm 2026",
        "Biểu mẫu trực tuyến:\nĐảng viên tự đánh giá\nkết quả thực hiện cam\nkết 6 tháng đầu năm 2026",
    )
    document = document_from_text(wrapped, "phieu.txt")
    assert detect_kind(document.lines)[0] == "report"


# A probationary member's 6-month report sent by chat: she is named after "Đảng viên dự bị:".
CHAT_PROBATIONER = """Dạ em gửi chi ủy bản sơ kết 6 tháng thực hiện cam kết của em ạ.

BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu
Đảng viên dự bị: Lục Thị Hằng - Tổ Cảnh sát khu vực

2/ Kết quả thực hiện cam kết
- Tiếp nhận 412 hồ sơ cư trú, 100% giải quyết đúng hạn."""


def test_a_probationary_member_named_so_is_the_reports_writer():
    # "Đảng viên dự bị:" names the writer as "Đảng viên:" does; without a writer the report
    # was read as nobody's, and none of its results was traced
    review = document_from_text(CHAT_PROBATIONER, "bao-cao.txt").outline.review
    assert review is not None and review.personal and review.author == "Lục Thị Hằng"
    assert len(review.entries) == 1
