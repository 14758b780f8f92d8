"""Commitments as the writers of the twenty-first session's units lay them out: a post told
before the tasks, tasks grouped under lettered sub-headings. The texts are written for these
tests in the members' manner, not copied from the sets."""

from __future__ import annotations

import pytest

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
