"""Reports and commitments as members write them in the eighth unseen unit of issue 17 (Yên Ninh
Phú, a lowland commune: a health station with village population collaborators, a garment
workshop, a village cell): a result answering a pledge that names only its field, and an
attendance pledge worded "không có lý do". The texts are written for these tests in the members'
manner, not copied from the corpus."""

from __future__ import annotations

from linter.trace.terms import terms_of
from tests.trace_samples import gaps, restated, trace, unmatched

# A village population collaborator: two checkable tasks and one line naming only her field.
COMMITMENT_NGA = """ĐẢNG BỘ XÃ THIỆU TÂN                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Nga
Cộng tác viên dân số thôn Đông Hòa
1. Tư tưởng chính trị: Tin tưởng vào sự lãnh đạo của Đảng.
2. Nhiệm vụ:
- Ghi chép sổ hộ gia đình của 245 hộ thôn Đông Hòa, nộp báo cáo tháng trước ngày 20.
- Tư vấn kế hoạch hóa gia đình cho 30 cặp vợ chồng mới cưới trong năm 2026.
- Tuyên truyền công tác dân số.
3. Khắc phục hạn chế: Nộp báo cáo đúng hạn.
Người cam kết
Lê Thị Nga"""

YEAREND_NGA = """CHI BỘ TRẠM Y TẾ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lê Thị Nga
Cộng tác viên dân số thôn Đông Hòa
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Ghi chép sổ hộ gia đình đủ 245 hộ, nộp báo cáo trước ngày 20 cả 12 tháng.
- Tư vấn cho 32 cặp vợ chồng mới cưới, vượt 02 cặp so với cam kết.
- Mở 02 buổi sinh hoạt chuyên đề về dân số ở nhà văn hóa thôn (tháng 4, tháng 10), 120 lượt người dự.
- Được Trạm khen thưởng vì có sáng kiến lập nhóm Zalo nhắc lịch khám thai cho 18 thai phụ.
II. HẠN CHẾ, KHUYẾT ĐIỂM
Không có.
Thiệu Tân, ngày 10 tháng 12 năm 2026
Người tự kiểm điểm
Lê Thị Nga"""

# A leader of a production line: attendance pledged as "không nghỉ việc không có lý do".
COMMITMENT_HANH = """ĐẢNG BỘ XÃ THIỆU TÂN                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ CÔNG TY MAY HƯNG PHÁT
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Trịnh Thị Hạnh
Công nhân tổ may 5
1. Về tư tưởng chính trị
- Tin tưởng vào sự lãnh đạo của Đảng.
2. Về thực hiện chức trách, nhiệm vụ được giao
- Chấp hành giờ giấc, không nghỉ việc không có lý do.
- May tay áo sơ mi đạt bình quân 105% định mức mỗi tháng.
Người cam kết
Trịnh Thị Hạnh"""

MIDYEAR_HANH = """CHI BỘ CÔNG TY MAY HƯNG PHÁT
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Trịnh Thị Hạnh
I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Ngày công 6 tháng: 148 ngày, nghỉ phép 02 ngày (đi viện), không ngày nào nghỉ không lý do.
- May tay áo sơ mi bình quân 106,5% định mức, tháng 3 đạt cao nhất 110%.
- Được chọn dự hội thi "Thợ giỏi" cấp Công ty tháng 5/2026, đạt giải Ba.
II. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM
Giữ vững năng suất.
Thiệu Tân, ngày 30 tháng 6 năm 2026
Người báo cáo
Trịnh Thị Hạnh"""


def test_a_result_in_the_field_a_pledge_names_alone_answers_that_pledge():
    found = trace(YEAREND_NGA, COMMITMENT_NGA)
    # the talks on population answer "Tuyên truyền công tác dân số"; the prize answers nothing
    assert unmatched(found) == [10]


def test_a_result_sharing_only_how_and_where_with_a_field_pledge_is_still_for_nothing():
    report = YEAREND_NGA.replace(
        "- Mở 02 buổi sinh hoạt chuyên đề về dân số ở nhà văn hóa thôn (tháng 4, tháng 10), "
        "120 lượt người dự.",
        "- Vận động 40 hộ trong thôn mua thẻ bảo hiểm y tế tự nguyện.",
    )
    assert unmatched(trace(report, COMMITMENT_NGA)) == [9, 10]


def test_a_field_pledge_given_back_without_an_outcome_is_still_a_restatement():
    report = YEAREND_NGA.replace(
        "- Mở 02 buổi sinh hoạt chuyên đề về dân số ở nhà văn hóa thôn (tháng 4, tháng 10), "
        "120 lượt người dự.",
        "- Công tác dân số đã có chuyển biến.",
    )
    found = trace(report, COMMITMENT_NGA)
    assert restated(found) == [9]
    assert unmatched(found) == [10]


def test_no_day_off_without_reason_answers_the_attendance_pledge():
    assert unmatched(trace(MIDYEAR_HANH, COMMITMENT_HANH)) == [7]


def test_a_function_word_gives_its_syllable_back_to_the_word_it_opens():
    assert "lý do" in terms_of("Cả năm không nghỉ làm không có lý do.").objects
    assert "có lý" not in terms_of("Cả năm không nghỉ làm không có lý do.").words


# A village head: a shortcoming whose remedy names only how ("đến từng hộ vận động thu …").
COMMITMENT_THANH = """ĐẢNG BỘ XÃ THIỆU TÂN                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN ĐÔNG HÒA
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nguyễn Văn Thành
Trưởng thôn Đông Hòa
1. Về tư tưởng chính trị
- Tin tưởng vào sự lãnh đạo của Đảng.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động bà con hiến đất, góp tiền làm 300 m đường bê tông xóm Bắc, xong trước 30/9/2026.
- Công khai các khoản thu, chi của thôn tại nhà văn hóa sau mỗi đợt thu.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 thôn còn 12 hộ chưa nộp quỹ phòng chống thiên tai, năm 2026 đến từng hộ vận động thu đủ trước 30/11/2026.
Người cam kết
Nguyễn Văn Thành"""

YEAREND_THANH = """CHI BỘ THÔN ĐÔNG HÒA
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Nguyễn Văn Thành
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Cùng Ban công tác Mặt trận vận động 19 hộ hiến 420 m² đất, bà con góp 210 triệu đồng; đường xóm Bắc dài 300 m xong ngày 20/8/2026.
- Công khai thu, chi quỹ thôn 3 lần tại nhà văn hóa (tháng 4, tháng 8, tháng 11/2026), bà con không có ý kiến thắc mắc.
II. HẠN CHẾ, KHUYẾT ĐIỂM
Không có.
Thiệu Tân, ngày 08 tháng 12 năm 2026
Người tự kiểm điểm
Nguyễn Văn Thành"""


def test_a_result_sharing_only_how_with_a_remedy_does_not_answer_it():
    assert gaps(trace(YEAREND_THANH, COMMITMENT_THANH)) == [12]


def test_a_result_naming_what_the_remedy_collects_answers_it():
    report = YEAREND_THANH.replace(
        "II. HẠN CHẾ",
        "- Đến từng hộ vận động, thu đủ quỹ phòng chống thiên tai của 12 hộ còn nợ.\nII. HẠN CHẾ",
    )
    assert gaps(trace(report, COMMITMENT_THANH)) == []
