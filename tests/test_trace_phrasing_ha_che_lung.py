"""Reports and commitments as members write them in the fifth unseen unit of issue 17 (Hà Chế
Lũng, a border commune): a report confirmed by the cell's committee beside the writer's own
signature, results opening with a short label that names their item, …
The texts are written for these tests in the members' manner, not copied from the corpus."""

from __future__ import annotations

from tests.conftest import document_from_text
from tests.trace_samples import gaps, restated, trace, unmatched

# A village head in a mountain commune.
COMMITMENT_PAO = """ĐẢNG BỘ XÃ PHÌN NGÀI                    ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ THÔN CHÚNG TRẢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Sùng Văn Páo
Chức vụ: Chi ủy viên, Trưởng thôn Chúng Trải
1. Về tư tưởng chính trị
- Kiên định mục tiêu, lý tưởng của Đảng.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động 15 hộ làm chuồng trại gia súc cách xa nhà ở, xong trước 30/8/2026.
- Cùng cô đỡ thôn bản vận động phụ nữ mang thai trong thôn đi khám thai đủ 3 lần tại Trạm Y tế xã.
- Giúp Ban quản lý thôn bình xét hộ nghèo, hộ cận nghèo công khai tại cuộc họp thôn trước ngày 20/10/2026; phấn đấu cả thôn giảm 4 hộ nghèo.
- Lập kế hoạch sửa chữa nhà văn hóa thôn (lợp lại mái, làm nhà vệ sinh), trình Ủy ban nhân dân xã phê duyệt trước 15/7/2026, huy động bà con góp ngày công.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 còn 3 buổi họp thôn chưa ghi biên bản; năm 2026 buổi họp nào cũng ghi biên bản.
6. Về kế hoạch hành động thực hiện Nghị quyết
- Cùng chi bộ xây dựng nhà văn hóa thôn thành nơi sinh hoạt chung của bà con.
Phìn Ngài, ngày 04 tháng 3 năm 2026
NGƯỜI CAM KẾT
Sùng Văn Páo"""

ITEM_BARNS, ITEM_PREGNANT, ITEM_POOR, ITEM_HALL, ITEM_MINUTES = 9, 10, 11, 12, 14


def _midyear_pao(results: list[str], directions: list[str], closing: list[str]) -> str:
    lines = [
        "ĐẢNG BỘ XÃ PHÌN NGÀI                    ĐẢNG CỘNG SẢN VIỆT NAM",
        "CHI BỘ THÔN CHÚNG TRẢI",
        "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026",
        "Họ và tên đảng viên: Sùng Văn Páo",
        "Chức vụ: Chi ủy viên, Trưởng thôn Chúng Trải",
        "1. Những việc đã làm được",
        *results,
        "2. Việc sẽ làm 6 tháng cuối năm",
        *directions,
        "3. Tự đánh giá",
        "Hoàn thành tốt.",
        "Phìn Ngài, ngày 30 tháng 6 năm 2026",
        *closing,
    ]
    return "\n".join(lines)


PAO_RESULTS = [
    "- Vận động được 11 hộ dời chuồng trâu, chuồng lợn ra xa nhà ở, còn 4 hộ đang làm.",
    "- 9/9 phụ nữ mang thai trong thôn đi khám thai tại Trạm Y tế xã, 6 người đã đủ 3 lần.",
    "- Cả 6 buổi họp thôn đều ghi biên bản, lưu ở nhà văn hóa.",
]


def test_a_report_confirmed_by_the_committee_beside_its_writer_is_the_writers():
    report = _midyear_pao(
        PAO_RESULTS,
        ["- Bình xét hộ nghèo, hộ cận nghèo công khai trước 20/10."],
        [
            "NGƯỜI BÁO CÁO                           T/M CHI ỦY",
            "                                        BÍ THƯ",
            "Sùng Văn Páo                            Vàng Seo Lử",
        ],
    )
    found = trace(report, COMMITMENT_PAO)
    assert found.report.outline.review.personal
    assert [entry.line for entry in found.entries] == [7, 8, 9]
    # the poor households only in the directions, the village hall nowhere: both gaps
    assert gaps(found) == [ITEM_POOR, ITEM_HALL]


def test_a_report_signed_only_on_behalf_of_the_cell_is_still_the_cells():
    report = _midyear_pao(
        PAO_RESULTS,
        [],
        ["T/M CHI BỘ", "BÍ THƯ", "Vàng Seo Lử"],
    )
    assert not document_from_text(report, "bao-cao.txt").outline.review.personal


def test_a_short_label_naming_the_item_then_its_status_answers_it():
    report = _midyear_pao(
        [
            *PAO_RESULTS,
            "- Bình xét hộ nghèo, cận nghèo: chưa đến đợt (xã làm vào tháng 10).",
            "- Kế hoạch sửa chữa nhà văn hóa thôn: đang lấy ý kiến bà con, chưa trình.",
        ],
        [],
        ["NGƯỜI BÁO CÁO", "Sùng Văn Páo"],
    )
    found = trace(report, COMMITMENT_PAO)
    assert gaps(found) == []
    hall = next(t for t in found.items if t.item.line == ITEM_HALL)
    assert [found.entries[e].line for e in hall.results] == [11]


def test_a_label_of_words_many_items_share_names_none_of_them():
    report = _midyear_pao(
        [*PAO_RESULTS, "- Công tác thôn: chưa đến thời gian."],
        [],
        ["NGƯỜI BÁO CÁO", "Sùng Văn Páo"],
    )
    assert gaps(trace(report, COMMITMENT_PAO)) == [ITEM_POOR, ITEM_HALL]


def test_capital_letters_opening_the_report_are_above_its_roman_numerals():
    report = "\n".join(
        [
            "CHI BỘ THÔN CHÚNG TRẢI",
            "BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN BẢN CAM KẾT NĂM 2026",
            "Họ và tên: Sùng Văn Páo",
            "A. KẾT QUẢ ĐẠT ĐƯỢC",
            "I. Về tư tưởng chính trị",
            "- Kiên định mục tiêu, lý tưởng của Đảng.",
            "II. Về thực hiện chức trách, nhiệm vụ được giao",
            "- Vận động 15 hộ làm chuồng trại gia súc cách xa nhà ở.",
            "- 9/9 phụ nữ mang thai trong thôn đi khám thai tại Trạm Y tế xã, 6 người đủ 3 lần.",
            "- Dự lớp bồi dưỡng kỹ năng hòa giải ở cơ sở do Phòng Tư pháp tổ chức tháng 4/2026.",
            "B. HẠN CHẾ",
            "- Còn 3 buổi họp thôn ghi biên bản chưa đủ ý kiến.",
            "C. PHƯƠNG HƯỚNG 6 THÁNG CUỐI NĂM",
            "- Bình xét hộ nghèo, hộ cận nghèo trước 20/10.",
            "Phìn Ngài, ngày 30 tháng 6 năm 2026",
            "NGƯỜI BÁO CÁO",
            "Sùng Văn Páo",
        ]
    )
    found = trace(report, COMMITMENT_PAO)
    levels = {s.title.split()[0]: s.level for s in found.sections}
    assert levels["KẾT"] < levels["Về"] and levels["HẠN"] == levels["KẾT"]
    # under "II." within "A.": the barns copied back restate, the course answers nothing
    assert restated(found) == [8]
    assert unmatched(found) == [10]


# A member who farms, writing in few words.
COMMITMENT_CHO = """CHI BỘ THÔN SÁN CHÁNG
BẢN CAM KẾT TU DƯỠNG RÈN LUYỆN PHẤN ĐẤU NĂM 2026
Tôi tên: Thào Mí Chở, đảng viên chi bộ thôn Sán Cháng.
1. Tư tưởng chính trị
- Trung thành với Đảng.
3. Nhiệm vụ
- Trồng 2 ha chè Shan tuyết ở khe Tả Phìn, xong tháng 5/2026.
- Làm chuồng bò cách xa nhà, có hố ủ phân, xong trước tháng 10.
- Đi sinh hoạt chi bộ đủ 12 buổi.
Sán Cháng, ngày 8/3/2026
Người cam kết
Thào Mí Chở"""


def _midyear_cho(headings: tuple[str, str, str], done: list[str]) -> str:
    results, not_done, next_ = headings
    return "\n".join(
        [
            "CHI BỘ THÔN SÁN CHÁNG",
            "BÁO CÁO 6 THÁNG ĐẦU NĂM 2026",
            "Tôi tên: Thào Mí Chở, đảng viên chi bộ thôn Sán Cháng.",
            results,
            *done,
            not_done,
            "- Chuồng bò cách xa nhà: mới dựng cột, còn thiếu tôn lợp.",
            next_,
            "- Làm xong chuồng bò cách xa nhà, có hố ủ phân.",
            "Sán Cháng, ngày 29/6/2026",
            "Người báo cáo",
            "Thào Mí Chở",
        ]
    )


def test_a_terse_forms_headings_are_read_and_what_comes_next_is_no_result():
    report = _midyear_cho(
        ("1. Đã làm", "2. Chưa làm", "3. Sắp tới"),
        [
            "- Trồng được 2 ha chè Shan tuyết ở khe Tả Phìn, xong ngày 20/5.",
            "- Đi sinh hoạt chi bộ đủ 6 buổi.",
        ],
    )
    found = trace(report, COMMITMENT_CHO)
    roles = [section.role for section in found.sections]
    assert roles == ["results", "shortcomings", "directions"]
    # the barn told again under "Sắp tới" is a direction, not a result restating its item
    assert restated(found) == [] and gaps(found) == []
    assert 11 not in [entry.line for entry in found.entries]


def test_a_numbered_result_opening_with_those_words_stays_a_result():
    report = _midyear_cho(
        ("I. Kết quả", "II. Tồn tại", "III. Sắp tới"),
        [
            "1. Trồng được 2 ha chè Shan tuyết ở khe Tả Phìn, xong ngày 20/5.",
            "2. Đã làm xong hố ủ phân sau chuồng bò, rộng 4 m2.",
            "3. Chưa làm được sổ ghi chép chăm sóc chè vì không biết chữ nhiều.",
        ],
    )
    found = trace(report, COMMITMENT_CHO)
    assert [entry.line for entry in found.entries][:3] == [5, 6, 7]
    assert [section.heading_line for section in found.sections] == [4, 8, 10]


def test_a_day_and_month_from_the_20th_is_a_date_of_the_results_own_not_a_year():
    from linter.trace.evidence import has_evidence

    item = "Trồng 2 ha chè Shan tuyết ở khe Tả Phìn, xong tháng 5/2026."
    assert has_evidence("Trồng được 2 ha chè Shan tuyết ở khe Tả Phìn, xong ngày 20/5.", item)
    assert has_evidence("Trồng được 2 ha chè Shan tuyết, xong ngày 19/5.", item)
    assert not has_evidence("Trồng được 2 ha chè Shan tuyết ở khe Tả Phìn năm 2026.", item)


COMMITMENT_SUA = """CHI BỘ THÔN SÁN CHÁNG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Sùng Mí Sua
Chức vụ: Tổ trưởng tổ tự quản đường biên, mốc quốc giới
3. Về thực hiện chức trách, nhiệm vụ được giao
- Cùng cán bộ Đồn Biên phòng tuần tra đoạn biên giới của thôn 2 lần mỗi tháng.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2025 sổ tuần tra của tổ còn bỏ trống 4 tháng; năm 2026 ghi sau mỗi lần đi tuần và đưa cán bộ Đồn ký hằng tháng.
Sán Cháng, ngày 05/3/2026
NGƯỜI CAM KẾT
Sùng Mí Sua"""


def test_a_product_named_in_the_past_a_shortcoming_states_is_its_remedys_too():
    report = "\n".join(
        [
            "CHI BỘ THÔN SÁN CHÁNG",
            "BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026",
            "Họ và tên: Sùng Mí Sua",
            "I. KẾT QUẢ THỰC HIỆN CAM KẾT",
            "- Cùng cán bộ Đồn Biên phòng tuần tra đoạn biên giới 12 lần, không thấy mốc bị xê dịch.",
            "- Sổ tuần tra ghi sau mỗi lần đi tuần, có chữ ký của cán bộ Đồn hằng tháng.",
            "- Sổ tuần tra ghi đủ 12 lần tuần tra, cán bộ Đồn ký đủ 6 tháng.",
            "Sán Cháng, ngày 30/6/2026",
            "NGƯỜI BÁO CÁO",
            "Sùng Mí Sua",
        ]
    )
    found = trace(report, COMMITMENT_SUA)
    # the book of the past given back with the remedy's words restates; with its count, not
    assert restated(found) == [6]
    assert gaps(found) == []


def test_work_in_progress_is_evidence_though_the_items_time_column_plans_it():
    # the row's time column "Dự kiến tháng 8/2025" states one status; "Đang …" is another
    item = "Tham mưu Đảng ủy, UBND xã tổ chức diễn tập chiến đấu phòng thủ xã năm 2025; Dự kiến tháng 8/2025"
    result = (
        "Đang xây dựng kế hoạch, văn kiện diễn tập trình Đảng ủy; dự kiến tổ chức cuối tháng 8/2025"
    )
    from linter.trace.evidence import restated as only_restates

    assert not only_restates(result, item)
    assert only_restates("Dự kiến tổ chức diễn tập chiến đấu phòng thủ xã", item)


def test_the_grade_a_test_gave_is_evidence_though_the_item_aims_at_it():
    from linter.trace.evidence import restated as only_restates

    item = "Huấn luyện Trung đội dân quân cơ động xã (31 đồng chí) đủ thời gian, nội dung; kết quả kiểm tra đạt khá trở lên"
    result = "Huấn luyện Trung đội dân quân cơ động (31 đồng chí) đủ nội dung, thời gian; kiểm tra kết thúc đạt loại Khá."
    assert not only_restates(result, item)
