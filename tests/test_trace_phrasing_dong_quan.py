"""Reports and commitments as the members of a city ward write them (issue 17, the second
unseen unit, Đông Quân): a commitment copied from a PDF in short wrapped items, …"""

from __future__ import annotations

from tests.conftest import document_from_text
from tests.test_reflow import SHORT_ITEMS
from tests.trace_samples import gaps, trace, trace_docx

YEAREND_HAI = """CHI BỘ KHU PHỐ 5
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Trần Văn Hải
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026
- Chi hội CCB sinh hoạt đủ 04 kỳ/04 quý; đến thăm 06 lượt hội viên ốm
đau phải nằm viện.
- Trực tối thứ Bảy tại đầu hẻm 12 được 48/52 tuần, mỗi tuần 02 hội viên
trực cùng Tổ bảo vệ an ninh, trật tự.
Tự đánh giá: hoàn thành tốt các việc đã cam kết.
II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
- Sức khoẻ giảm, có kỳ sinh hoạt phải vắng.
An Lạc, ngày 15 tháng 12 năm 2026
NGƯỜI TỰ KIỂM ĐIỂM
Trần Văn Hải"""


def test_the_halves_of_a_wrapped_item_are_one_item_answered_once():
    found = trace(YEAREND_HAI, SHORT_ITEMS)
    due = [item.item.line for item in found.items if item.item.expected]
    assert 14 not in due and 16 not in due  # "100% hội viên …", "Bảy hằng tuần …"
    assert 13 in due and 15 in due
    assert gaps(found) == []


# A residential group's cell secretary.
COMMITMENT_BINH = """ĐẢNG BỘ PHƯỜNG AN LẠC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Hồ Văn Bình
Chức vụ: Bí thư Chi bộ Khu phố 2
1. Về tư tưởng chính trị
- Kiên định mục tiêu, lý tưởng của Đảng.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Duy trì sinh hoạt chi bộ vào ngày 15 hằng tháng; mỗi quý có 01 kỳ sinh hoạt chuyên đề.
- Phân công 11 đảng viên phụ trách 6 cụm dân cư, báo cáo tình hình tại kỳ sinh hoạt hằng tháng.
- Vận động 04 hộ còn để xe chiếm lòng hẻm 31 ký cam kết không tái phạm trước ngày 30/6/2026.
An Lạc, ngày 10 tháng 3 năm 2026
NGƯỜI CAM KẾT
Hồ Văn Bình"""

ITEM_MEETINGS, ITEM_CLUSTERS, ITEM_ALLEY = 9, 10, 11

MIDYEAR_BINH = """CHI BỘ KHU PHỐ 2
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên đảng viên: Hồ Văn Bình
Chức vụ đảng: Bí thư Chi bộ Khu phố 2
1. Những việc đã làm được:
- Chi bộ sinh hoạt đúng ngày 15 hằng tháng (6/6 kỳ); sinh hoạt chuyên đề quý I về bầu cử, quý II về trật tự đô thị.
- 11 đảng viên đã nhận phụ trách 6 cụm dân cư; từ tháng 4 các kỳ sinh hoạt đều có báo cáo từng cụm.
2. Những việc chưa làm được, lý do:
- Sổ sách chi bộ chưa nộp Văn phòng Đảng ủy kiểm tra.
3. Những việc sẽ làm 6 tháng cuối năm:
- Vận động 04 hộ để xe chiếm lòng hẻm 31 ký cam kết không tái phạm.
4. Tự đánh giá: Hoàn thành tốt.
An Lạc, ngày 02 tháng 7 năm 2026
Người báo cáo
Hồ Văn Bình"""


def test_a_result_opening_with_the_cells_name_is_no_field_of_the_writer():
    found = trace(MIDYEAR_BINH, COMMITMENT_BINH)
    assert any(entry.text.startswith("Chi bộ sinh hoạt đúng ngày 15") for entry in found.entries)
    assert ITEM_MEETINGS not in gaps(found)


def test_what_a_6_month_report_will_do_answers_nothing():
    found = trace(MIDYEAR_BINH, COMMITMENT_BINH)
    assert gaps(found) == [ITEM_ALLEY]
    roles = {entry.line: entry.role for entry in found.entries}
    assert 11 not in roles  # "3. Những việc sẽ làm …": directions, no result


# A residential group's leader; her duties in a table of the commitment, the 6-month report on
# the cell's own form, a results table.
COMMITMENT_HOA = """ĐẢNG BỘ PHƯỜNG AN LẠC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ KHU PHỐ 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lương Thị Hoa
Chức vụ: Tổ trưởng Tổ dân phố số 9
1. Về tư tưởng chính trị
- Luôn tin tưởng vào sự lãnh đạo của Đảng.
2. Về phẩm chất đạo đức, lối sống
- Công khai thu, chi các khoản đóng góp tự nguyện của tổ tại 02 kỳ họp tổ (tháng 6 và tháng 12/2026).
3. Về thực hiện chức trách, nhiệm vụ được giao
- Thăm, tặng quà 9 gia đình chính sách dịp Tết và ngày 27/7/2026.
- Xây dựng tổ dân phố văn hóa; giữ vững danh hiệu.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 còn chậm báo cáo số liệu hộ nghèo của tổ cho phường. Năm 2026 khắc phục, báo cáo kịp thời hơn.
An Lạc, ngày 06 tháng 3 năm 2026
NGƯỜI CAM KẾT
Lương Thị Hoa"""

ITEM_FEES, ITEM_VISITS, ITEM_CULTURE, ITEM_LATE = 9, 11, 12, 14


def _midyear_hoa(tmp_path, rows: list[list[str]]):
    return trace_docx(
        tmp_path,
        [
            "CHI BỘ KHU PHỐ 2",
            "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026",
            "Họ và tên: Lương Thị Hoa. Chức vụ: Tổ trưởng Tổ dân phố số 9.",
            "1. Những việc đã làm được",
            [["Nội dung đã cam kết", "Kết quả", "Tự đánh giá"], *rows],
            "2. Những việc chưa làm được, lý do",
            "- Chưa có.",
            "3. Tự đánh giá chung: Hoàn thành tốt.",
            "An Lạc, ngày 20 tháng 6 năm 2026",
            "NGƯỜI BÁO CÁO",
            "Lương Thị Hoa",
        ],
        COMMITMENT_HOA,
    )


VISITS_ROW = ["Thăm, tặng quà gia đình chính sách", "Dịp Tết thăm, tặng 9 suất quà", "Hoàn thành"]


def test_a_past_shortcoming_with_a_remedy_that_names_nothing_is_due_nothing(tmp_path):
    found = _midyear_hoa(tmp_path, [VISITS_ROW])
    due = [item.item.line for item in found.items if item.item.expected]
    assert ITEM_LATE not in due
    assert gaps(found) == []  # the visits are answered; the rest is vague or a pledge


def test_a_remedy_naming_a_deadline_is_due_after_the_past_it_states():
    from linter.trace.diagnosis import remedy_of

    text = "Năm 2025 còn chậm gửi số liệu của tổ cho phường. Năm 2026 gửi trước ngày 05 hằng tháng."
    assert remedy_of(text, 2026) == "Năm 2026 gửi trước ngày 05 hằng tháng."
    from linter.trace.review import committed_items

    for remedy in (
        "Năm 2026 báo cáo trước ngày 05 hằng tháng.",
        "Năm 2026 gửi sổ hộ nghèo đúng hạn.",
    ):
        commitment = COMMITMENT_HOA.replace("Năm 2026 khắc phục, báo cáo kịp thời hơn.", remedy)
        items = {item.line: item for item in committed_items(document_from_text(commitment))}
        assert items[ITEM_LATE].expected, remedy
    # a line that is all commitment is judged whole
    assert remedy_of("Gửi số liệu của tổ trước ngày 05 hằng tháng. Lưu bản sao.", 2026).startswith(
        "Gửi số liệu"
    )


def test_what_will_be_done_by_a_date_is_a_status_not_a_restatement(tmp_path):
    found = _midyear_hoa(
        tmp_path,
        [
            VISITS_ROW,
            [
                "Công khai thu, chi các khoản đóng góp",
                "Sẽ công khai tại kỳ họp tổ cuối tháng 6",
                "",
            ],
        ],
    )
    assert [found.entries[e].text for e in found.restated] == []


def test_a_duties_pledge_words_given_back_are_a_restatement_and_its_rating_unsupported(tmp_path):
    found = _midyear_hoa(
        tmp_path,
        [VISITS_ROW, ["Xây dựng tổ dân phố văn hóa", "Giữ vững danh hiệu", "Hoàn thành tốt"]],
    )
    assert [found.entries[e].text for e in found.restated] == ["Giữ vững danh hiệu"]
    assert [getattr(r, "text", None) for r in found.unsupported] == ["Giữ vững danh hiệu"]


# A credit officer's commitment copied out of a PDF: part 5 states last year's shortcoming and
# its remedy in one paragraph, the second sentence starting on the line where the first ends.
COMMITMENT_QUANG = """ĐẢNG BỘ PHƯỜNG AN LẠC ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ NGÂN HÀNG CHI NHÁNH AN LẠC
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Võ Minh Quang Năm sinh: 1990
Chức vụ: Cán bộ tín dụng, Phòng Khách hàng cá nhân
1. Về tư tưởng chính trị
- Kiên định mục tiêu, lý tưởng của Đảng; tin tưởng vào đường lối đổi mới của
Đảng và Nhà nước.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Thẩm định và trình hồ sơ vay hộ kinh doanh trong tối đa 03 ngày làm việc kể
từ khi nhận đủ hồ sơ của khách hàng.
- Kiểm tra sử dụng vốn sau giải ngân với 100% khoản vay từ 500 triệu đồng trở
lên, lập biên bản kiểm tra trong vòng 30 ngày kể từ ngày giải ngân.
4. Về ý thức tổ chức kỷ luật
- Dự đủ 12 kỳ sinh hoạt chi bộ, đóng đảng phí trước ngày 10 hằng tháng theo
quy định của chi bộ.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 có 03 hồ sơ bị Tổ kiểm tra nội bộ nhắc nhở do thiếu chữ ký, thiếu
biên bản kiểm tra sau vay. Năm 2026 tự rà soát danh mục hồ sơ trước khi
chuyển lưu, không để bị nhắc lại lỗi cùng loại.
An Lạc, ngày 05 tháng 3 năm 2026
NGƯỜI CAM KẾT
Võ Minh Quang"""

ITEM_FILES, ITEM_CHECKS, ITEM_REVIEW = 9, 11, 18

YEAREND_QUANG = """CHI BỘ NGÂN HÀNG CHI NHÁNH AN LẠC
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Võ Minh Quang
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026
- Thẩm định, trình 38 hồ sơ vay hộ kinh doanh, 37 hồ sơ trong 03 ngày làm việc; kiểm tra sau vay 100% khoản vay từ 500 triệu đồng, biên bản kiểm tra lập trong 30 ngày.
II. HẠN CHẾ, KHUYẾT ĐIỂM VÀ NGUYÊN NHÂN
- Còn 01 hồ sơ trình quá 03 ngày.
An Lạc, ngày 10 tháng 12 năm 2026
NGƯỜI TỰ KIỂM ĐIỂM
Võ Minh Quang"""


def test_a_wrapped_shortcoming_and_its_remedy_are_one_item_judged_by_the_remedy():
    commitment = document_from_text(COMMITMENT_QUANG, "cam-ket.txt")
    from linter.trace.review import committed_items

    shortcomings = [item for item in committed_items(commitment) if 5 in item.parts]
    assert [(item.line, item.end_line) for item in shortcomings] == [(ITEM_REVIEW, 20)]
    assert shortcomings[0].expected
    # the result on the loans' checks shares the past's words ("biên bản", "chữ ký"), not the
    # remedy's: the review of the files before filing is still a gap, on the paragraph's line
    found = trace(YEAREND_QUANG, COMMITMENT_QUANG)
    assert gaps(found) == [ITEM_REVIEW]
