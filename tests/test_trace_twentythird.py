"""A member's report of which nothing was read as a result, as the twenty-third session found
the lead for: its title not known, the signature's label was taken for it and nothing above the
label was read, so every committed item was reported missing. The texts are written for these
tests in the members' manner, not copied from any set."""

from __future__ import annotations

from linter.brief import briefs_of
from linter.checks.review import check_batch
from linter.engine import stamp
from linter.rules import load_rules
from tests.conftest import document_from_text
from tests.trace_samples import gaps, trace

# A Chăm village's women's union head: the drip irrigation, the summer classes, the study fund.
COMMITMENT_HANH = """ĐẢNG ỦY XÃ PHƯỚC DINH
CHI BỘ THÔN VĂN LÂM
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đàng Thị Hạnh
3. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động 12 hộ trồng nho chuyển sang tưới nhỏ giọt trước ngày 30/9/2026.
- Mở 02 lớp dạy chữ Chăm cho 40 em học sinh trong dịp hè 2026.
- Thu quỹ khuyến học của thôn đạt 100% số hộ trước ngày 31/10/2026.
NGƯỜI CAM KẾT
Đàng Thị Hạnh"""

# Her own title, in words no form uses; under the date, the label the cell's sheet prints
# over the signature ("Đảng viên tự đánh giá").
REPORT_HANH = """ĐẢNG ỦY XÃ PHƯỚC DINH
CHI BỘ THÔN VĂN LÂM
NỬA NĂM NHÌN LẠI LỜI CAM KẾT CỦA TÔI
Tôi tên Đàng Thị Hạnh, đảng viên Chi bộ thôn Văn Lâm.
Đến nay đã có 7 hộ trồng nho lắp hệ thống tưới nhỏ giọt, còn 5 hộ đang chờ vốn vay.
Lớp dạy chữ Chăm khai giảng ngày 15/6/2026 với 22 em.
Quỹ khuyến học thu được 60% số hộ.
Phước Dinh, ngày 28 tháng 6 năm 2026
Đảng viên tự đánh giá
Đàng Thị Hạnh"""


def _fired(report: str, lang: str = "vi") -> list[tuple[str, int, str]]:
    documents = [document_from_text(report, "bao-cao.txt"), document_from_text(COMMITMENT_HANH)]
    rules = [rule for rule in load_rules() if rule.id in ("CK601", "CK609")]
    return [
        (rule.id, hit.line, stamp(rule, documents[brief.index], hit, lang).message)
        for rule, brief, hit in check_batch(briefs_of(documents), rules)
    ]


def test_a_report_with_no_result_read_claims_no_gap():
    found = trace(REPORT_HANH, COMMITMENT_HANH)
    assert found.report.outline.review.entries == ()  # type: ignore[union-attr]
    assert found.unread
    assert gaps(found) == []


def test_a_report_with_no_result_read_is_one_finding_that_does_not_count_lines():
    ((rule, _, message),) = _fired(REPORT_HANH)
    assert rule == "CK609"
    assert "không đọc được dòng kết quả nào" in message
    assert "0 dòng" not in message
    ((_, _, english),) = _fired(REPORT_HANH, "en")
    assert "no line of results was read" in english


def test_the_same_results_under_a_known_title_are_compared_item_by_item():
    # a known title: the three lines are read as results, the study fund's 60 % among them;
    # dropping the summer classes' line leaves that item, and only it, missing
    report = REPORT_HANH.replace(
        "NỬA NĂM NHÌN LẠI LỜI CAM KẾT CỦA TÔI",
        "BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026",
    ).replace("Lớp dạy chữ Chăm khai giảng ngày 15/6/2026 với 22 em.\n", "")
    found = trace(report, COMMITMENT_HANH)
    assert not found.unread
    assert gaps(found) == [7]
    assert [rule for rule, _, _ in _fired(report)] == ["CK601"]


def test_a_cham_writer_introducing_herself_in_a_sentence_is_the_reports_writer():
    # "Đàng" (as "Vừ", "Bàn", "Tòng", "Ksor") opens names of the Chăm, the Hmông, the Dao,
    # the Thái and the Jrai: a name introduced with no label is read when it opens with a
    # family name, so without it the report was nobody's and was not traced at all
    report = REPORT_HANH.replace(
        "NỬA NĂM NHÌN LẠI LỜI CAM KẾT CỦA TÔI",
        "BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026",
    )
    review = document_from_text(report, "bao-cao.txt").outline.review
    assert review is not None and review.author == "Đàng Thị Hạnh"
    assert len(review.entries) == 3
