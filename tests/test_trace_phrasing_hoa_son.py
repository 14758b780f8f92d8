"""Reports and commitments as members write them in the third and fourth unseen units of issue 17
(Hoa Sơn, Cái Sơn Đông): a 6-month report under its own title, results under the commitment's
part headings with no heading on the commitment, a summary line labelled as a self-rating, …
The texts are written for these tests in the members' manner, not copied from the corpus."""

from __future__ import annotations

from tests.conftest import document_from_text
from tests.trace_samples import gaps, restated, trace, trace_docx, unmatched

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


# A ward's one-stop office: results grouped under numbered titles, a table under the first.
COMMITMENT_QUANG = """ĐẢNG BỘ PHƯỜNG TÂN HÒA                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ BỘ PHẬN MỘT CỬA
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Võ Minh Quang
Chức vụ: Công chức tư pháp - hộ tịch
1. Về tư tưởng chính trị
- Học tập Nghị quyết Đại hội XIV, viết bài thu hoạch nộp chi bộ trong tháng 4/2026.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Giải quyết 100% hồ sơ hộ tịch đúng hạn, không có hồ sơ trễ hẹn.
- Chứng thực bản sao trong ngày cho người dân nộp trước 15 giờ.
- Số hóa 2.400 sổ hộ tịch lưu trữ lên phần mềm trước ngày 30/10/2026.
Tân Hòa, ngày 05 tháng 3 năm 2026
NGƯỜI CAM KẾT
Võ Minh Quang"""


def _report_quang(tmp_path, title: str, rows: list[list[str]], after: list[str]):
    return trace_docx(
        tmp_path,
        [
            "CHI BỘ BỘ PHẬN MỘT CỬA",
            "BÁO CÁO",
            "Sơ kết 6 tháng đầu năm 2026 thực hiện bản cam kết tu dưỡng, rèn luyện, phấn đấu",
            "Họ và tên: Võ Minh Quang",
            "I. KẾT QUẢ THỰC HIỆN",
            title,
            [["Nội dung đã cam kết", "Kết quả", "Tự đánh giá"], *rows],
            *after,
            "Tân Hòa, ngày 30 tháng 6 năm 2026",
            "NGƯỜI BÁO CÁO",
            "Võ Minh Quang",
        ],
        COMMITMENT_QUANG,
    )


QUANG_ROWS = [
    ["Giải quyết hồ sơ hộ tịch đúng hạn", "Tiếp nhận 612 hồ sơ, 612/612 đúng hạn", "Đạt"],
    ["Chứng thực bản sao trong ngày", "Chứng thực 3.140 bản sao, đều trả trong ngày", "Đạt"],
    ["Số hóa sổ hộ tịch", "Đã số hóa 1.150/2.400 sổ, đang làm tiếp", "Đạt"],
]


def test_a_numbered_title_over_a_results_table_or_bullets_is_no_result(tmp_path):
    found = _report_quang(
        tmp_path,
        "1. Nội dung về chức trách, nhiệm vụ và khắc phục hạn chế",
        QUANG_ROWS,
        [
            "2. Các nội dung khác",
            "- Ngày 14/4/2026 nộp bài thu hoạch Nghị quyết Đại hội XIV cho chi bộ.",
            "II. HẠN CHẾ",
            "- Còn để người dân chờ lâu vào các ngày cao điểm.",
        ],
    )
    texts = [entry.text for entry in found.entries]
    assert not any(
        text.startswith(("Nội dung về chức trách", "Các nội dung khác")) for text in texts
    )
    assert found.restated == [] and found.unmatched == [] and gaps(found) == []


def test_a_numbered_result_with_details_below_stays_a_result(tmp_path):
    found = _report_quang(
        tmp_path,
        "1. Kết quả thực hiện các nội dung",
        QUANG_ROWS,
        [
            "2. Nộp bài thu hoạch Nghị quyết Đại hội XIV ngày 14/4/2026.",
            "- Bài thu hoạch được chi bộ xếp loại Tốt.",
        ],
    )
    assert any(entry.text.startswith("Nộp bài thu hoạch") for entry in found.entries)


def test_a_labelled_summary_of_the_writer_is_no_result(tmp_path):
    found = _report_quang(
        tmp_path,
        "1. Các nội dung đã cam kết",
        QUANG_ROWS,
        ["- Tự đánh giá: thực hiện đầy đủ các nội dung đã cam kết, có nội dung vượt chỉ tiêu."],
    )
    assert not any(entry.text.startswith("Tự đánh giá") for entry in found.entries)
    assert found.restated == []


def test_what_a_6_month_form_lists_for_later_answers_nothing():
    report = """CHI BỘ TRƯỜNG MẦM NON HOA SEN
PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ tên: Lâm Thị Thu Hà
1. Những việc đã làm được
- Cân, đo 32/32 trẻ vào tháng 3 và tháng 6; 02 trẻ suy dinh dưỡng nhẹ đã báo phụ huynh.
2. Những việc chưa làm được
- Không có
3. Việc làm 6 tháng cuối năm
- Làm đồ chơi từ vật liệu tái chế cho góc xây dựng
- Đưa trẻ tham quan Trường Tiểu học Tân Hòa
4. Tự đánh giá: hoàn thành
Người báo cáo
Lâm Thị Thu Hà"""
    found = trace(report, COMMITMENT_THU_HA)
    assert ITEM_TOYS in gaps(found) and ITEM_VISIT in gaps(found)


def test_a_remedys_result_is_judged_against_the_remedy_not_the_past_it_states():
    report = """CHI BỘ TRƯỜNG MẦM NON HOA SEN
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lâm Thị Thu Hà
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Cân, đo 32/32 trẻ mỗi quý; 02 trẻ suy dinh dưỡng nhẹ đã báo phụ huynh.
- Năm 2026 còn 2 lần nộp kế hoạch tuần sau thứ Sáu, đều vào tuần có trẻ ốm nhiều.
Tân Hòa, ngày 10 tháng 12 năm 2026
NGƯỜI TỰ KIỂM ĐIỂM
Lâm Thị Thu Hà"""
    found = trace(report, COMMITMENT_THU_HA)
    assert ITEM_LATE not in gaps(found)
    assert restated(found) == []  # its 2 is this year's, not the 2 of 2025


# A commune health station's nurse.
COMMITMENT_NGOC = """ĐẢNG BỘ XÃ TÂN HÒA                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đào Thị Ngọc
Chức vụ: Điều dưỡng, phụ trách tiêm chủng
3. Về thực hiện chức trách, nhiệm vụ được giao
- Tiêm chủng cho trẻ đúng lịch, không để xảy ra tai biến sau tiêm.
- Cập nhật 100% mũi tiêm lên hệ thống thông tin tiêm chủng quốc gia trong ngày.
Tân Hòa, ngày 03 tháng 3 năm 2026
NGƯỜI CAM KẾT
Đào Thị Ngọc"""


def test_a_procedure_followed_is_no_product_of_the_work():
    from linter.trace.evidence import has_evidence

    item = "Tiêm chủng cho trẻ đúng lịch, không để xảy ra tai biến sau tiêm."
    assert not has_evidence("Thực hiện đúng quy trình tiêm chủng an toàn cho trẻ.", item)
    assert not has_evidence("Tiêm cho trẻ theo các quy trình của Bộ Y tế.", item)
    assert has_evidence("Soạn quy trình tiêm chủng an toàn, dán tại phòng tiêm.", item)


def test_a_pledge_worded_result_of_a_duty_that_is_no_pledge_is_judged():
    report = """CHI BỘ TRẠM Y TẾ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Đào Thị Ngọc
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Thực hiện đúng quy trình tiêm chủng cho trẻ đúng lịch, không để xảy ra tai biến.
- Cập nhật 1.286/1.286 mũi tiêm lên hệ thống trong ngày tiêm.
Tân Hòa, ngày 08 tháng 12 năm 2026
NGƯỜI TỰ KIỂM ĐIỂM
Đào Thị Ngọc"""
    found = trace(report, COMMITMENT_NGOC)
    assert restated(found) == [5]


def test_a_donation_counted_is_a_result_not_a_kept_pledge():
    report = """CHI BỘ TRƯỜNG MẦM NON HOA SEN
PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ tên: Lâm Thị Thu Hà
1. Những việc đã làm được
- Cân, đo 32/32 trẻ vào tháng 3 và tháng 6; 02 trẻ suy dinh dưỡng nhẹ đã báo phụ huynh.
- Ủng hộ Quỹ Vì người nghèo của phường 500.000 đồng.
- Luôn giữ gìn đoàn kết trong tập thể nhà trường.
2. Những việc chưa làm được
- Không có
Người báo cáo
Lâm Thị Thu Hà"""
    found = trace(report, COMMITMENT_THU_HA)
    assert unmatched(found) == [6]  # the kept pledge on line 7 is not judged


def test_a_remedy_of_one_word_and_a_date_is_answered_by_a_result_naming_both():
    commitment = """CHI BỘ TRƯỜNG THCS TÂN HÒA
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Mai Văn Trung
Chức vụ: Tổ trưởng tổ Ngữ văn
3. Về thực hiện chức trách, nhiệm vụ được giao
- Dự giờ 02 tiết/tháng của giáo viên trong tổ, góp ý bằng phiếu dự giờ.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 tổ chậm nộp kế hoạch năm học 10 ngày; năm 2026 nộp kế hoạch năm học trước ngày 10/9/2026.
Tân Hòa, ngày 04 tháng 3 năm 2026
NGƯỜI CAM KẾT
Mai Văn Trung"""
    report = """CHI BỘ TRƯỜNG THCS TÂN HÒA
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026 THỰC HIỆN CAM KẾT
Họ và tên: Mai Văn Trung
I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Dự 12 tiết của giáo viên trong tổ (02 tiết/tháng), đều có phiếu dự giờ.
- Kế hoạch năm học 2026 - 2027 của tổ: chưa đến hạn nộp (ngày 10/9/2026).
Tân Hòa, ngày 30 tháng 6 năm 2026
Người báo cáo
Mai Văn Trung"""
    found = trace(report, commitment)
    assert gaps(found) == []


def test_a_result_answers_the_clause_of_an_item_before_its_condition():
    commitment = """CHI BỘ KHU PHỐ 4
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Tạ Văn Phúc
Chức vụ: Đội viên Đội dân phòng phường
3. Về thực hiện chức trách, nhiệm vụ được giao
- Trực đêm tại chốt dân phòng khu phố 4 vào tối thứ Ba và thứ Sáu hằng tuần, ghi sổ giao ca.
- Kiểm tra 18 bình chữa cháy của các hộ kinh doanh trong khu phố mỗi quý 01 lần.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 có 3 lần bỏ ca trực không báo; năm 2026 không bỏ ca trực nếu không có lý do chính đáng và báo trước Đội trưởng.
Tân Hòa, ngày 06 tháng 3 năm 2026
NGƯỜI CAM KẾT
Tạ Văn Phúc"""
    report = """CHI BỘ KHU PHỐ 4
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026 THỰC HIỆN CAM KẾT
Họ và tên: Tạ Văn Phúc
I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Trực 50/50 tối thứ Ba, thứ Sáu tại chốt khu phố 4, có ghi sổ giao ca; không bỏ ca nào.
- Kiểm tra bình chữa cháy của 18/18 hộ kinh doanh vào tháng 3 và tháng 6.
Tân Hòa, ngày 30 tháng 6 năm 2026
Người báo cáo
Tạ Văn Phúc"""
    found = trace(report, commitment)
    assert gaps(found) == []


def test_a_remedy_heading_result_naming_the_shortcoming_again_answers_it():
    commitment = """CHI BỘ TRƯỜNG THCS TÂN HÒA
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Mai Văn Trung
Chức vụ: Tổ trưởng tổ Ngữ văn
3. Về thực hiện chức trách, nhiệm vụ được giao
- Dự giờ 02 tiết/tháng của giáo viên trong tổ, góp ý bằng phiếu dự giờ.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 biên bản sinh hoạt tổ chuyên môn thiếu chữ ký 5 lần; năm 2026 hoàn thiện ngay trong buổi họp.
Tân Hòa, ngày 04 tháng 3 năm 2026
NGƯỜI CAM KẾT
Mai Văn Trung"""
    report = """CHI BỘ TRƯỜNG THCS TÂN HÒA
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Mai Văn Trung
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Dự 24 tiết của giáo viên trong tổ, đều có phiếu dự giờ góp ý.
III. KẾT QUẢ KHẮC PHỤC NHỮNG HẠN CHẾ, KHUYẾT ĐIỂM ĐÃ ĐƯỢC CHỈ RA Ở CÁC KỲ KIỂM ĐIỂM TRƯỚC
- Năm 2025 biên bản sinh hoạt tổ thiếu chữ ký 5 lần; năm 2026 không còn biên bản nào thiếu.
Tân Hòa, ngày 08 tháng 12 năm 2026
NGƯỜI TỰ KIỂM ĐIỂM
Mai Văn Trung"""
    found = trace(report, commitment)
    assert gaps(found) == []


def test_no_longer_doing_what_went_wrong_is_a_status_of_its_own():
    from linter.trace.evidence import has_evidence

    item = "Giao việc cho nhân viên bằng phiếu giao việc, không giao bằng miệng."
    assert has_evidence("Giao việc bằng phiếu, không còn giao bằng miệng.", item)
    target = "Phấn đấu cuối năm trong tổ không còn hộ nghèo."
    assert not has_evidence("Trong tổ không còn hộ nghèo.", target)


def test_a_colleague_named_before_a_post_in_brackets_is_a_name_of_its_own():
    from linter.trace.evidence import has_evidence
    from linter.trace.terms import terms_of

    result = "Cùng cô Lê Thị Hồng (Tổ trưởng Ngữ văn) soạn đề cương ôn tập khối 9."
    assert "lê thị hồng" in terms_of(result).names
    assert has_evidence(result, "Cùng Tổ trưởng Ngữ văn soạn đề cương ôn tập khối 9.")
    # two places after a comma are two names, not one
    assert {"đồng tâm", "hòa bình"} <= terms_of("Khám cho tổ Đồng Tâm, Hòa Bình.").names


def test_none_over_the_whole_year_is_a_fact_not_the_intention():
    from linter.trace.evidence import has_evidence

    item = "Năm 2026 không để xảy ra ngộ độc thực phẩm trong bữa ăn bán trú của trẻ."
    assert has_evidence("Cả năm không để xảy ra ngộ độc thực phẩm trong bữa ăn bán trú.", item)
    assert not has_evidence("Không để xảy ra ngộ độc thực phẩm trong bữa ăn bán trú.", item)


def test_a_committed_figure_stated_as_reached_in_full_is_evidence():
    from linter.trace.evidence import has_evidence

    item = "Họp phụ huynh lớp Lá 2 03 lần/năm; đến thăm nhà 100% trẻ khuyết tật (hiện có 2 cháu)."
    assert has_evidence("Họp phụ huynh đủ 3 lần; đến thăm nhà cả 2 cháu khuyết tật.", item)
    assert not has_evidence("Họp phụ huynh 3 lần/năm, thăm nhà trẻ khuyết tật.", item)
    assert not has_evidence("Dự đủ 12 kỳ sinh hoạt chi bộ.", "Dự đủ 12 kỳ sinh hoạt chi bộ.")


def test_a_title_received_is_a_result_for_nothing_committed():
    report = """CHI BỘ TRƯỜNG MẦM NON HOA SEN
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lâm Thị Thu Hà
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
- Cân, đo 32/32 trẻ mỗi quý; 02 trẻ suy dinh dưỡng nhẹ đã báo phụ huynh.
- Được công nhận danh hiệu Lao động tiên tiến năm học 2025 - 2026.
Tân Hòa, ngày 10 tháng 12 năm 2026
NGƯỜI TỰ KIỂM ĐIỂM
Lâm Thị Thu Hà"""
    found = trace(report, COMMITMENT_THU_HA)
    assert unmatched(found) == [7]


def test_a_rating_said_in_a_sentence_of_the_rating_section_is_read():
    report = """CHI BỘ KHU PHỐ 4
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026 THỰC HIỆN CAM KẾT
Họ và tên: Tạ Văn Phúc
I. KẾT QUẢ THỰC HIỆN
1. Về thực hiện chức trách, nhiệm vụ được giao
- Trực đêm tại chốt dân phòng khu phố 4 theo lịch, ghi sổ giao ca.
- Kiểm tra bình chữa cháy của các hộ kinh doanh trong khu phố mỗi quý một lần.
II. TỰ ĐÁNH GIÁ
Qua 6 tháng thực hiện, bản thân tự đánh giá hoàn thành xuất sắc các nội dung đã cam kết.
Tân Hòa, ngày 30 tháng 6 năm 2026
Người báo cáo
Tạ Văn Phúc"""
    commitment = """CHI BỘ KHU PHỐ 4
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Tạ Văn Phúc
3. Về thực hiện chức trách, nhiệm vụ được giao
- Trực đêm tại chốt dân phòng khu phố 4 vào tối thứ Ba và thứ Sáu hằng tuần, ghi sổ giao ca.
- Kiểm tra 18 bình chữa cháy của các hộ kinh doanh trong khu phố mỗi quý 01 lần.
Tân Hòa, ngày 06 tháng 3 năm 2026
NGƯỜI CAM KẾT
Tạ Văn Phúc"""
    found = trace(report, commitment)
    assert [(r.line, r.level) for r in found.report.outline.review.ratings] == [(9, "excellent")]
    assert restated(found) == [6, 7]
    assert [r.line for r in found.unsupported] == [9]
