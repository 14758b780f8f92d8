"""Reports and commitments as members write them in the third and fourth unseen units of issue 17
(Hoa Sơn, Cái Sơn Đông): a 6-month report under its own title, results under the commitment's
part headings with no heading on the commitment, a summary line labelled as a self-rating, …
The texts are written for these tests in the members' manner, not copied from the corpus."""

from __future__ import annotations

from linter.trace.link import ReviewPair
from linter.trace.review import Trace, trace_pair
from tests.conftest import document_from_text


def trace(report: str, commitment: str) -> Trace:
    return trace_pair(
        ReviewPair(
            document_from_text(report, "bao-cao.txt"), document_from_text(commitment, "cam-ket.txt")
        )
    )


def gaps(found: Trace) -> list[int]:
    return [item.item.line for item in found.gaps()]


def unmatched(found: Trace) -> list[int]:
    return [found.entries[e].line for e in found.unmatched]


def restated(found: Trace) -> list[int]:
    return [found.entries[e].line for e in found.restated]


# A kindergarten teacher.
COMMITMENT_THU_HA = """ĐẢNG BỘ PHƯỜNG TÂN HÒA                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG MẦM NON HOA SEN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lâm Thị Thu Hà
Chức vụ: Giáo viên lớp Lá 2
1. Về tư tưởng chính trị
- Trung thành với Đảng, chấp hành nghiêm đường lối của Đảng.
2. Về phẩm chất đạo đức, lối sống
- Không nhận quà của phụ huynh dưới mọi hình thức.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Cân, đo cho 32 trẻ lớp Lá 2 mỗi quý một lần, ghi biểu đồ tăng trưởng, báo phụ huynh trẻ suy dinh dưỡng.
- Làm 15 bộ đồ chơi từ vật liệu tái chế cho góc xây dựng của lớp.
- Đưa trẻ lớp Lá 2 tham quan Trường Tiểu học Tân Hòa trước khi vào lớp 1.
4. Về tổ chức kỷ luật
- Dự đủ các kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 còn 2 lần nộp kế hoạch tuần trễ; năm 2026 nộp kế hoạch tuần cho tổ trưởng trước thứ Sáu.
Tân Hòa, ngày 02 tháng 3 năm 2026
NGƯỜI CAM KẾT
Lâm Thị Thu Hà"""

ITEM_GROWTH, ITEM_TOYS, ITEM_VISIT, ITEM_LATE = 11, 12, 13, 17


def _midyear_thu_ha(title: str, headings: tuple[str, str, str]) -> str:
    results, duties, directions = headings
    return f"""CHI BỘ TRƯỜNG MẦM NON HOA SEN
{title}
Họ và tên: Lâm Thị Thu Hà
Chức vụ: Giáo viên lớp Lá 2
{results}
1. Về tư tưởng chính trị, đạo đức lối sống
- Trung thành với Đảng; không nhận quà của phụ huynh.
{duties}
- Cân, đo 32/32 trẻ vào tháng 3 và tháng 6; 02 trẻ suy dinh dưỡng nhẹ đã báo phụ huynh.
- Làm 15 bộ đồ chơi từ vật liệu tái chế cho góc xây dựng.
- Dự thi Giáo viên dạy giỏi cấp trường tháng 3/2026, đạt giải Nhì.
II. HẠN CHẾ
- Góc xây dựng còn ít đồ chơi lớn.
{directions}
- Đưa trẻ tham quan Trường Tiểu học Tân Hòa trong tháng 8.
Tân Hòa, ngày 30 tháng 6 năm 2026
Người báo cáo
Lâm Thị Thu Hà"""


def test_a_members_own_title_for_the_6_month_report_is_a_report():
    text = _midyear_thu_ha(
        "BẢN TỰ ĐÁNH GIÁ SƠ KẾT 6 THÁNG ĐẦU NĂM 2026",
        ("I. KẾT QUẢ THỰC HIỆN", "2. Về thực hiện chức trách, nhiệm vụ", "III. PHƯƠNG HƯỚNG"),
    )
    outline = document_from_text(text, "tu-danh-gia.txt").outline
    assert (outline.kind, outline.period, outline.title_year) == ("report", "midyear", 2026)


def test_results_under_the_part_headings_of_a_results_heading_are_judged():
    report = _midyear_thu_ha(
        "BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026",
        (
            "I. KẾT QUẢ THỰC HIỆN",
            "2. Về thực hiện chức trách, nhiệm vụ",
            "III. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
        ),
    )
    found = trace(report, COMMITMENT_THU_HA)
    assert restated(found) == [10]  # the toys item copied back, its own figure with it
    assert unmatched(found) == [11]  # the teaching contest: nothing committed
    assert ITEM_VISIT in gaps(found)  # only in the directions


def test_results_under_the_part_headings_alone_are_judged():
    report = _midyear_thu_ha(
        "BÁO CÁO 6 THÁNG THỰC HIỆN CAM KẾT NĂM 2026",
        ("", "2. Chức trách, nhiệm vụ:", "III. Phương hướng 6 tháng cuối năm"),
    )
    found = trace(report, COMMITMENT_THU_HA)
    assert restated(found) == [10] and unmatched(found) == [11]
    # the general pledges under part 1's heading are not judged
    assert all(found.entries[e].part != 1 for e in found.restated + found.unmatched)
