"""Reports and commitments as members write them in the sixth unseen unit of issue 17 (Hội
Phước, a coastal ward: a fishing port, an old-town quarter, a tax team): the writer named by
the signer's label as a field under the title, a line stating one's assignment before the
tasks, a field of work abbreviated. The texts are written for these tests in the members'
manner, not copied from the corpus."""

from __future__ import annotations

from linter.concrete import judge
from linter.trace.review import committed_items
from tests.conftest import document_from_text
from tests.trace_samples import gaps, restated, trace

# A port officer's commitment.
COMMITMENT_TOAN = """ĐẢNG BỘ PHƯỜNG CỬA ĐẠI                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ BAN QUẢN LÝ CẢNG CÁ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Phạm Văn Toàn
Chức vụ: Nhân viên Tổ điều độ cầu cảng
1. Về tư tưởng chính trị, đạo đức
- Không nhận tiền của chủ tàu để xếp tàu vào cầu trước lượt.
2. Về thực hiện chức trách, nhiệm vụ được giao
Được phân công phụ trách công tác điều độ tàu vào, ra cầu cảng, thu phí cầu cảng và vệ sinh khu bốc dỡ.
- Xếp lượt tàu vào cầu theo thứ tự đăng ký, công khai danh sách trên bảng tin cảng mỗi sáng.
- Thu phí cầu cảng qua máy POS, nộp đủ vào tài khoản Ban trước 16 giờ hằng ngày.
- Thường xuyên nâng cao trình độ, am hiểu các quy định về chống khai thác IUU.
NGƯỜI CAM KẾT
Phạm Văn Toàn"""
ASSIGNMENT, ORDER, FEES, IUU = 9, 10, 11, 12


def midyear(writer_field: str) -> str:
    return f"""CHI BỘ BAN QUẢN LÝ CẢNG CÁ
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
Thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu
{writer_field}

PHẦN I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG ĐÃ CAM KẾT
1. Về tư tưởng chính trị, đạo đức
- Không nhận tiền của chủ tàu.
2. Về thực hiện chức trách, nhiệm vụ
- Xếp lượt cho 1.214 lượt tàu vào cầu đúng thứ tự đăng ký; danh sách dán bảng tin cảng 181/181 buổi sáng.
- Thu phí cầu cảng qua máy POS, nộp vào tài khoản của Ban trước 16 giờ, không ngày nào chậm.
- Tiếp tục nâng cao trình độ.

PHẦN II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
- Tiếp tục xếp lượt tàu đúng thứ tự.

Tự đánh giá: Hoàn thành tốt.
Cửa Đại, ngày 30/6/2026
NGƯỜI BÁO CÁO
Phạm Văn Toàn"""


def test_the_signers_label_as_a_field_names_the_writer_and_the_report_is_read_to_its_foot():
    report = document_from_text(midyear("Người báo cáo: Phạm Văn Toàn - Tổ điều độ cầu cảng"))
    assert report.outline.header.author == "Phạm Văn Toàn"
    review = report.outline.review
    assert review.personal and len(review.entries) == 4  # the four results under PHẦN I
    found = trace(midyear("Người báo cáo: Phạm Văn Toàn - Tổ điều độ cầu cảng"), COMMITMENT_TOAN)
    assert gaps(found) == []
    assert restated(found) == [12]  # "Tiếp tục nâng cao trình độ." under the results


def test_a_numbered_part_heading_is_no_writers_name():
    # no field names the writer: the name is the one under the signer's label at the foot,
    # not "PHẦN I" under the label used as a field with nothing after its colon
    report = document_from_text(midyear("Người báo cáo:"))
    assert report.outline.header.author == "Phạm Văn Toàn"


def test_a_line_stating_ones_assignment_is_due_no_result():
    items = {item.line: item for item in committed_items(document_from_text(COMMITMENT_TOAN))}
    assert ASSIGNMENT not in items
    assert items[ORDER].expected and items[FEES].expected


def test_a_field_of_work_abbreviated_names_nothing_to_check():
    assert not judge(
        "Thường xuyên nâng cao trình độ, am hiểu các quy định về chống khai thác IUU."
    ).concrete
    assert not judge(
        "Chỉ đạo quyết liệt công tác chống khai thác IUU trên địa bàn phường."
    ).concrete
    # a course on it, with who gives it, still is
    assert judge("Tham gia lớp tập huấn chống khai thác IUU do Chi cục Thủy sản tổ chức.").concrete
    items = {item.line: item for item in committed_items(document_from_text(COMMITMENT_TOAN))}
    assert not items[IUU].expected


# A tour guide who answers two items in one line.
COMMITMENT_NAM = """CHI BỘ KHỐI PHỐ MINH AN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đỗ Thành Nam
Chức vụ: Hướng dẫn viên du lịch
1. Về tư tưởng chính trị, đạo đức
- Không nhận tiền "hoa hồng" của cửa hàng lưu niệm.
2. Về thực hiện chức trách, nhiệm vụ được giao
- Dẫn đoàn khách tham quan phố cổ, thuyết minh tại các di tích đúng nội dung đã được Trung tâm Quản lý bảo tồn di sản thẩm định.
- Nhắc khách mua vé tham quan khu phố cổ đầy đủ, không đưa khách đi lối phụ để né điểm soát vé.
- Mở 02 buổi tập huấn thuyết minh cho đoàn viên chi đoàn khối phố trong năm 2026.
NGƯỜI CAM KẾT
Đỗ Thành Nam"""
MIDYEAR_NAM = """CHI BỘ KHỐI PHỐ MINH AN
BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN BẢN CAM KẾT NĂM 2026
Họ và tên: Đỗ Thành Nam
I. Kết quả
1. Tư tưởng, đạo đức
- Không nhận tiền "hoa hồng" của các cửa hàng.
2. Công việc
- 6 tháng dẫn 37 đoàn khách tham quan phố cổ, thuyết minh tại chùa Cầu, Hội quán Triều Châu đúng nội dung đã được Trung tâm Quản lý bảo tồn di sản thẩm định; 100% khách trong đoàn có vé tham quan, không đi lối phụ.
- Buổi tập huấn thuyết minh thứ nhất cho chi đoàn khối phố tổ chức ngày 14/6/2026, 21 đoàn viên dự.
II. Phương hướng
- Tổ chức buổi tập huấn thứ hai trong quý IV.
Tự đánh giá: Hoàn thành tốt.
Người báo cáo
Đỗ Thành Nam"""
TICKETS = 9


def test_an_item_merged_into_a_result_answering_another_is_no_gap():
    # the tours' line answers the tours' item best; its second half, the tickets, answers the
    # ticket item: eight content syllables in common, six naming what it is about
    assert TICKETS not in gaps(trace(MIDYEAR_NAM, COMMITMENT_NAM))
    # left out of the line, the ticket item is a gap
    alone = MIDYEAR_NAM.replace("; 100% khách trong đoàn có vé tham quan, không đi lối phụ", "")
    assert gaps(trace(alone, COMMITMENT_NAM)) == [TICKETS]
