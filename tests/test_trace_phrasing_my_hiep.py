"""Reports as members write them in the fourteenth unseen unit of issue 17 (Mỹ Hiệp, a Mekong
delta commune): the writer's opening sentence and a "Đảng viên: …" line under the title, a
marked result whose outcome follows on an unmarked line, and a result on health insurance named
by its abbreviation's words. The texts are written for these tests in the members' manner, not
copied from the corpus."""

from __future__ import annotations

from linter.trace.terms import terms_of
from tests.trace_samples import trace, unmatched

# A hamlet head's commitment.
COMMITMENT_SANG = """ĐẢNG BỘ XÃ TÂN HÒA
CHI BỘ ẤP HÒA LỢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lâm Văn Sang, Trưởng ấp Hòa Lợi
3. Về thực hiện chức trách, nhiệm vụ được giao
1. Vận động nhân dân tham gia bảo hiểm y tế, cuối năm 2026 tỷ lệ người dân trong ấp tham gia đạt từ 95% trở lên.
2. Tuần tra cùng tổ an ninh ấp 02 đêm mỗi tuần khu vực bến đò Hòa Lợi.
NGƯỜI CAM KẾT
Lâm Văn Sang"""


def midyear_sang(opening: str, results: str) -> str:
    return f"""CHI BỘ ẤP HÒA LỢI
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
{opening}

1. Kết quả thực hiện cam kết
{results}
Tân Hòa, ngày 02/7/2026
Người báo cáo
Lâm Văn Sang"""


RESULTS = """a) Bảo hiểm y tế: đến 30/6/2026 có 1.510/1.642 người trong ấp tham gia, đạt 92,0%.
b) Tuần tra: 6 tháng đi 50 đêm ở bến đò Hòa Lợi cùng tổ an ninh ấp.
Qua tuần tra đã nhắc nhở 05 nhóm thanh niên tụ tập khuya, không để xảy ra mất trộm."""


def test_the_writers_opening_sentence_and_member_line_are_no_results():
    opening = (
        "Tôi tên Lâm Văn Sang, đảng viên Chi bộ ấp Hòa Lợi, Trưởng ấp. Qua 6 tháng đầu năm, "
        "tôi tự kiểm điểm việc thực hiện bản cam kết như sau."
    )
    assert unmatched(trace(midyear_sang(opening, RESULTS), COMMITMENT_SANG)) == []
    member = "Đảng viên: Lâm Văn Sang - Trưởng ấp Hòa Lợi, Chi hội trưởng Chi hội Nông dân."
    assert unmatched(trace(midyear_sang(member, RESULTS), COMMITMENT_SANG)) == []


def test_an_unmarked_line_under_a_marked_result_is_its_outcome():
    # "Qua tuần tra …" tells what the patrols found: the patrol's result, not one of its own
    found = trace(midyear_sang("Họ và tên: Lâm Văn Sang", RESULTS), COMMITMENT_SANG)
    assert unmatched(found) == []
    outcome = next(e for e in found.entries if e.text.startswith("Tuần tra"))
    assert outcome.end_line == outcome.line + 1


def test_health_insurance_is_what_a_result_is_about():
    # the vague judgement counts "BHYT" a general object; to the matcher it names the topic a
    # result and an item share (Mỹ Hiệp's result on it was read as answering nothing)
    result = terms_of("Bảo hiểm y tế: đến 30/6/2026 có 1.510/1.642 người trong ấp tham gia.")
    item = terms_of("Vận động nhân dân tham gia bảo hiểm y tế, cuối năm tỷ lệ đạt từ 95% trở lên.")
    assert "bhyt" in result.objects & item.objects
    # the bodies stay general: a result naming the commune's people's committee is about nothing
    assert "ubnd" not in terms_of("Báo cáo UBND xã kết quả rà soát hộ nghèo.").objects
