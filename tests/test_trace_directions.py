"""What a 6-month report says is still to do is no result, however the member heads it: "2. Tới
đây:", a plain line "Phương hướng thời gian tới", or "6 tháng cuối năm: …" written on after its
label. Written for these tests in the members' manner (a tour-boat captain's report sent by
chat), not copied from the corpus."""

from __future__ import annotations

import pytest

from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace

COMMITMENT_HAI = """ĐẢNG BỘ XÃ HÒN SƠN                 ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ HỢP TÁC XÃ DU LỊCH
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lâm Văn Hải
Chức vụ: Thuyền trưởng tàu du lịch
3. Về thực hiện nhiệm vụ được giao
- Chở khách đúng số người được phép, không chuyến nào quá 40 khách.
- Đưa tàu đi đăng kiểm định kỳ, có giấy chứng nhận đăng kiểm trong tháng 7/2026.
NGƯỜI CAM KẾT
Lâm Văn Hải"""

REPORT_HEAD = """CHI BỘ HỢP TÁC XÃ DU LỊCH
BÁO CÁO 6 THÁNG ĐẦU NĂM 2026
Họ tên: Lâm Văn Hải - Thuyền trưởng
Hòn Sơn, ngày 26/6/2026
1. Kết quả:
- 6 tháng chạy 180 chuyến, không chuyến nào quá 40 khách.
{later}
NGƯỜI BÁO CÁO
Lâm Văn Hải"""

INSPECTION = 8  # the line of the inspection item in COMMITMENT_HAI

LATER = {
    "numbered": "2. Tới đây:\n- Tháng 7 đưa tàu đi đăng kiểm định kỳ.",
    "plain line": "Phương hướng thời gian tới\n- Tháng 7 đưa tàu đi đăng kiểm định kỳ.",
    "label": "6 tháng cuối năm: tháng 7 đưa tàu đi đăng kiểm định kỳ.",
}


@pytest.mark.parametrize("form", sorted(LATER))
def test_an_item_only_planned_for_later_has_no_result(form):
    report = REPORT_HEAD.format(later=LATER[form])
    review = document_from_text(report).outline.review
    assert [section.role for section in review.sections][-1] == "directions"
    assert gaps(trace(report, COMMITMENT_HAI)) == [INSPECTION]


def test_a_plain_line_with_a_figure_is_a_result_not_a_heading():
    """ "Tới đây …" with a date done is a sentence on the work, not the heading "Tới đây"."""
    line = "Tới đây đưa tàu đi đăng kiểm định kỳ, đã nộp hồ sơ ngày 20/6/2026"
    review = document_from_text(REPORT_HEAD.format(later=line)).outline.review
    assert [section.role for section in review.sections] == ["results"]
    assert review.entries[-1].text.endswith(line)  # a wrapped line of the result above


def test_a_titled_heading_announcing_its_list_is_still_a_heading():
    """ "Phương hướng 6 tháng cuối năm như sau:" heads what is still to do."""
    later = "Phương hướng 6 tháng cuối năm như sau:\n- Tháng 7 đưa tàu đi đăng kiểm định kỳ."
    report = REPORT_HEAD.format(later=later)
    assert [s.role for s in document_from_text(report).outline.review.sections][-1] == "directions"
    assert gaps(trace(report, COMMITMENT_HAI)) == [INSPECTION]


def test_a_plain_line_opening_with_a_title_word_is_no_heading():
    """ "Tới đây mùa khách đông" is a sentence, not the heading "Tới đây"."""
    report = REPORT_HEAD.replace(
        "- 6 tháng chạy 180 chuyến, không chuyến nào quá 40 khách.",
        "Tới đây mùa khách đông\n- 6 tháng chạy 180 chuyến, không chuyến nào quá 40 khách.\n"
        "- Đưa tàu đi đăng kiểm định kỳ ngày 20/6/2026, có giấy chứng nhận.",
    ).format(later="")
    assert [s.role for s in document_from_text(report).outline.review.sections] == ["results"]
    assert gaps(trace(report, COMMITMENT_HAI)) == []
