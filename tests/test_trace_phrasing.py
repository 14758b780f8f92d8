"""Reports as members other than the matcher's writers word them: shortcomings stated before
their remedy, results merged in one table row, headings of their own, synonyms, extra results
announced as such (issue 17, the unseen unit Bình An)."""

from __future__ import annotations

import pytest

from linter.document import Document
from linter.parse import parse
from linter.read import read
from linter.sources import Source
from linter.trace.diagnosis import is_diagnosis
from linter.trace.evidence import restated
from linter.trace.link import ReviewPair
from linter.trace.match import Matcher
from linter.trace.review import Trace, trace_pair
from linter.trace.terms import terms_of
from tests.conftest import document_from_text

# A co-operative's accountant: part 5 states last year's shortcoming, then the remedy.
COMMITMENT_THU = """ĐẢNG BỘ XÃ AN HÒA                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP HÒA LỢI

BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025

Họ và tên: Lý Thị Thu
Công việc: Kế toán Hợp tác xã Nông nghiệp Hòa Lợi

1. Về tư tưởng chính trị
- Tuyệt đối trung thành với Đảng, với Tổ quốc và với nhân dân.
3. Về thực hiện chức trách, nhiệm vụ được giao
- Quyết toán thuế năm 2024 của hợp tác xã, nộp tờ khai qua cổng thuế điện tử trước ngày 31/3/2025.
- Mở sổ theo dõi công nợ tiền nước tưới của 142 xã viên, thu hồi ít nhất 60% nợ tồn trong quý III/2025.
- Niêm yết công khai thu chi của hợp tác xã tại văn phòng vào tuần đầu mỗi quý.
5. Về khắc phục hạn chế, khuyết điểm
- Năm 2024 hóa đơn, chứng từ lưu trữ còn lộn xộn, nhiều lúc tìm không ra khi có đoàn kiểm tra.
- Đóng tập chứng từ theo từng tháng, dán nhãn, làm xong cho năm 2023 và 2024 trước ngày 30/6/2025.

Hòa Lợi, ngày 18 tháng 02 năm 2025
NGƯỜI CAM KẾT
Lý Thị Thu"""

ITEM_TAX, ITEM_DEBTS, ITEM_NOTICES, ITEM_PAST, ITEM_FILING = 12, 13, 14, 16, 17

REPORT_HEAD = """CHI BỘ ẤP HÒA LỢI
BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2025
Họ và tên: Lý Thị Thu
{body}
Hòa Lợi, ngày 04 tháng 7 năm 2025
NGƯỜI BÁO CÁO
Lý Thị Thu"""


def trace(body: str, commitment: str = COMMITMENT_THU) -> Trace:
    report = document_from_text(REPORT_HEAD.format(body=body), "bao-cao.txt")
    return trace_pair(ReviewPair(report, document_from_text(commitment, "cam-ket.txt")))


def gaps(found: Trace) -> list[int]:
    return [item.item.line for item in found.gaps()]


def entry_lines(found: Trace, entries: list[int]) -> list[int]:
    return [found.entries[e].line for e in entries]


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2024 hóa đơn, chứng từ lưu trữ còn lộn xộn, nhiều lúc tìm không ra.",
        "Hạn chế năm 2024: có 02 lần gửi báo cáo định kỳ lên huyện chậm so với yêu cầu.",
        "Khuyết điểm được chỉ ra năm trước: để xảy ra 02 trường hợp xây dựng sai phép.",
        "- Năm rồi do sức khỏe nên có 2 tháng không họp được tổ nhân dân tự quản.",
        "+ Năm qua có lúc còn nóng tính khi giải quyết xích mích giữa các hộ.",
        # a teacher counts by the school year
        "Năm học trước sổ điểm điện tử của lớp còn 3 lần nhập chậm, bị tổ nhắc nhở.",
        "- Học kỳ trước còn để 2 em nghỉ học dài ngày mà chưa kịp đến nhà tìm hiểu.",
        # what the last review found, and where
        "Qua kiểm điểm năm 2024 tại đơn vị cũ, bản thân còn để sổ giao ca ghi chép sơ sài.",
    ],
)
def test_a_shortcoming_of_the_past_only_stated_is_a_diagnosis(text):
    assert is_diagnosis(text, 2025)


@pytest.mark.parametrize(
    "text",
    [
        # the remedy follows on the same line
        "Năm 2024 còn chậm cập nhật điểm. Năm 2025 nhập điểm lên hệ thống trong 07 ngày.",
        "Năm rồi hay vắng sinh hoạt vào mùa thu hoạch; năm nay đi đủ 12 kỳ sinh hoạt.",
        "Năm trước sổ sách làm chậm; từ tháng 02/2025 nộp báo cáo quý trong 15 ngày đầu quý.",
        "Năm học trước còn nhập điểm chậm; năm nay nhập điểm trong 3 ngày sau mỗi bài kiểm tra.",
        "Qua kiểm điểm năm 2024 còn nộp báo cáo chậm; từ tháng 3/2025 nộp trước ngày 05 hằng tháng.",
        "Hạn chế năm 2024: báo cáo chậm; khắc phục bằng bảng theo dõi hạn nộp từng loại.",
        # a task of the commitment's own year, and the verb "hạn chế" (to limit)
        "Năm 2025 lập nhóm Zalo phụ huynh lớp 7A, đăng lịch kiểm tra trước mỗi đợt.",
        "Hạn chế sử dụng đồ nhựa dùng một lần tại văn phòng hợp tác xã.",
    ],
)
def test_a_shortcoming_with_its_remedy_or_a_task_is_no_diagnosis(text):
    assert not is_diagnosis(text, 2025)


def test_a_year_alone_says_nothing_when_the_commitments_year_is_unknown():
    assert not is_diagnosis("Năm 2024 chứng từ còn lộn xộn.", None)
    assert is_diagnosis("Hạn chế năm 2024: chứng từ còn lộn xộn.", None)


def test_no_result_is_due_for_the_shortcoming_stated_before_its_remedy():
    found = trace(
        """I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Nộp tờ khai quyết toán thuế năm 2024 qua cổng thuế điện tử ngày 26/3/2025.
- Đã mở sổ công nợ cho 142/142 xã viên; thu hồi được 35 triệu đồng, đang đôn đốc tiếp.
- Niêm yết thu chi quý I ngày 07/4/2025, quý II ngày 03/7/2025 tại văn phòng.
- Chứng từ năm 2024 đã đóng xong 12 tập, năm 2023 mới xếp được 5/12 tháng, chưa xong."""
    )
    due = [item.item.line for item in found.items if item.item.expected]
    assert ITEM_PAST not in due
    assert due == [ITEM_TAX, ITEM_DEBTS, ITEM_NOTICES, ITEM_FILING]
    assert gaps(found) == []


def test_the_remedy_left_out_is_still_a_gap():
    found = trace(
        """I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Nộp tờ khai quyết toán thuế năm 2024 qua cổng thuế điện tử ngày 26/3/2025.
- Đã mở sổ công nợ cho 142/142 xã viên; thu hồi được 35 triệu đồng, đang đôn đốc tiếp.
- Niêm yết thu chi quý I ngày 07/4/2025, quý II ngày 03/7/2025 tại văn phòng."""
    )
    assert gaps(found) == [ITEM_FILING]


def test_a_pledge_worded_duty_with_a_checkable_task_is_due():
    commitment = COMMITMENT_THU.replace(
        "- Niêm yết công khai thu chi",
        "- Giữ vững danh hiệu “Hợp tác xã kiểu mới”; bình xét xã viên tiêu biểu cuối năm, "
        "công khai tại nhà văn hóa ấp.\n- Niêm yết công khai thu chi",
    )
    found = trace(
        """I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Nộp tờ khai quyết toán thuế năm 2024 qua cổng thuế điện tử ngày 26/3/2025.""",
        commitment,
    )
    # line 14 is the pledge-worded duty, and every item below it has moved down a line
    assert gaps(found) == [ITEM_DEBTS, 14, ITEM_NOTICES + 1, ITEM_FILING + 1]


def _docx_report(write, blocks: list) -> Document:
    path = write(blocks, "bao-cao.docx")
    lines, fmt, _ = read(Source(path, path.name, "u"))
    document = Document(path.name, "u", fmt, lines)
    document.outline = parse(document)
    return document


def test_a_results_row_claiming_two_items_answers_both(docx_file):
    report = _docx_report(
        docx_file,
        [
            "CHI BỘ ẤP HÒA LỢI",
            "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025",
            "Họ và tên: Lý Thị Thu",
            "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC",
            "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
            [
                ["Nội dung đã cam kết", "Kết quả", "Tự đánh giá"],
                [
                    "Quyết toán thuế năm 2024 (trước 31/3); niêm yết thu chi mỗi quý",
                    "Nộp tờ khai ngày 26/3/2025; dán bảng ngày 07/4 và 03/7/2025",
                    "Hoàn thành",
                ],
                [
                    "Sổ công nợ 142 xã viên, thu hồi nợ tồn",
                    "Thu hồi 61% nợ tồn, xong tháng 9/2025",
                    "Tốt",
                ],
                ["Đóng tập chứng từ năm 2023, 2024", "Đóng xong 24 tập ngày 20/6/2025", "Tốt"],
            ],
            "NGƯỜI TỰ KIỂM ĐIỂM",
            "Lý Thị Thu",
        ],
    )
    commitment = document_from_text(COMMITMENT_THU, "cam-ket.txt")
    found = trace_pair(ReviewPair(report, commitment))
    answered = {item.item.line: entry_lines(found, item.results) for item in found.items}
    first_row = found.entries[0].line
    assert first_row in answered[ITEM_TAX] and first_row in answered[ITEM_NOTICES]
    assert gaps(found) == []


def _sections(found: Trace) -> list[tuple[int, str, int]]:
    return [(s.heading_line, s.role, s.last_line) for s in found.sections]


ANSWERS = """- Nộp tờ khai quyết toán thuế năm 2024 qua cổng thuế điện tử ngày 26/3/2025.
- Đã mở sổ công nợ cho 142/142 xã viên; thu hồi được 35 triệu đồng, đang đôn đốc tiếp.
- Niêm yết thu chi quý I ngày 07/4/2025, quý II ngày 03/7/2025 tại văn phòng.
- Chứng từ năm 2024 đã đóng xong 12 tập, năm 2023 mới xếp được 5/12 tháng, chưa xong."""
EXTRA = (
    "- Dự lớp bồi dưỡng kế toán hợp tác xã 05 ngày do Liên minh Hợp tác xã tỉnh mở, có chứng chỉ."
)


def test_a_heading_on_duties_that_names_the_commitment_is_the_heading_on_it():
    found = trace(f"2. Kết quả thực hiện nhiệm vụ đã cam kết\n{ANSWERS}\n{EXTRA}")
    assert _sections(found)[0][1] == "commitment"
    # so an extra result under it is one for nothing committed
    assert entry_lines(found, found.unmatched) == [9]


def test_a_labelled_result_going_on_a_numbered_list_is_one_of_its_results():
    found = trace(
        """I. Kết quả thực hiện
1. Nộp tờ khai quyết toán thuế năm 2024 qua cổng thuế điện tử ngày 26/3/2025.
2. Đã mở sổ công nợ cho 142/142 xã viên; thu hồi được 35 triệu đồng.
3. Niêm yết thu chi quý I ngày 07/4/2025, quý II ngày 03/7/2025 tại văn phòng.
4. Khắc phục khuyết điểm: đã đóng tập chứng từ theo từng tháng, dán nhãn.
II. Phương hướng
- Đóng xong chứng từ năm 2023."""
    )
    # "4. Khắc phục khuyết điểm: …" names part 5, but it goes on the list 1.–3.: no heading
    assert [(line, role) for line, role, _ in _sections(found)] == [
        (4, "results"),
        (9, "directions"),
    ]
    assert entry_lines(found, found.restated) == [8]  # the remedy copied back, nothing of its own
    assert gaps(found) == []


def test_a_labelled_line_opening_a_list_heads_only_its_own_line():
    found = trace(
        """Phần 1. Kết quả thực hiện cam kết
a) Tư tưởng, đạo đức, kỷ luật: dự sinh hoạt chi bộ 6/6 kỳ, chấp hành sự phân công.
b) Thuế: nộp tờ khai quyết toán thuế năm 2024 qua cổng thuế điện tử ngày 26/3/2025.
c) Công nợ: đã mở sổ cho 142/142 xã viên; thu hồi được 35 triệu đồng.
d) Công khai: niêm yết thu chi quý I ngày 07/4/2025, quý II ngày 03/7/2025.
đ) Chứng từ năm 2024 đã đóng xong 12 tập, năm 2023 chưa xong.
e) Tháng 5/2025 dự lớp bồi dưỡng kế toán hợp tác xã 05 ngày, có chứng chỉ."""
    )
    sections = _sections(found)
    assert sections[0][:2] == (4, "commitment") and sections[1] == (5, "commitment", 5)
    # the results b)–e) are the section on the commitment's own, judged: e) is an extra
    assert [found.entries[e].part for e in range(1, 6)] == [None] * 5
    assert entry_lines(found, found.unmatched) == [10]


def test_a_short_line_going_on_a_run_of_headings_is_a_heading():
    found = trace(
        f"""I. KẾT QUẢ THỰC HIỆN CAM KẾT
1. Tư tưởng chính trị
- Tin tưởng vào sự lãnh đạo của Đảng.
2. Thực hiện chức trách, nhiệm vụ
{ANSWERS}
3. Những việc làm thêm
- Đã thu xong phí dịch vụ nước tưới vụ Hè Thu."""
    )
    # "3. Những việc làm thêm" names no role: it goes on "1." and "2." under the results
    assert (12, "commitment") in [(line, role) for line, role, _ in _sections(found)]
    assert 12 not in [entry.line for entry in found.entries]


def test_short_numbered_results_after_a_numbered_heading_stay_results():
    # a line with an item of the same list under it heads nothing
    found = trace(
        """1. Kết quả thực hiện cam kết
2. Nộp tờ khai quyết toán thuế qua mạng
3. Mở sổ công nợ cho 142/142 xã viên, thu hồi được 41% nợ tồn
4. Niêm yết thu chi quý I và quý II tại văn phòng hợp tác xã"""
    )
    assert [line for line, _, _ in _sections(found)] == [4]
    assert [entry.line for entry in found.entries] == [5, 6, 7]
    # nor does a line with a figure: a title has none
    found = trace(
        """1. Kết quả thực hiện cam kết
2. Đóng xong 12 tập chứng từ năm 2024
- chứng từ năm 2023 đang xếp, dự kiến xong tháng 8/2025."""
    )
    assert [line for line, _, _ in _sections(found)] == [4]
    assert [entry.line for entry in found.entries] == [5, 6]


def test_a_result_told_under_the_explanations_answers_its_item():
    found = trace(
        """I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Nộp tờ khai quyết toán thuế năm 2024 qua cổng thuế điện tử ngày 26/3/2025.
- Đã mở sổ công nợ cho 142/142 xã viên; thu hồi được 35 triệu đồng, đang đôn đốc tiếp.
- Chứng từ năm 2024 đã đóng xong 12 tập, năm 2023 chưa xong.
II. GIẢI TRÌNH CÁC VẤN ĐỀ ĐƯỢC GỢI Ý KIỂM ĐIỂM
- Việc niêm yết thu chi tại văn phòng quý II chậm 10 ngày vì Ban Giám đốc chưa duyệt số liệu.
III. PHƯƠNG HƯỚNG
- Niêm yết thu chi quý III đúng tuần đầu tháng 10."""
    )
    assert gaps(found) == []


def test_a_product_the_item_did_not_name_is_evidence_but_an_abbreviation_is_not():
    item = "Chuyển toàn bộ sổ sách kế toán của hợp tác xã sang phần mềm kế toán từ 01/4/2025."
    assert not restated("Dữ liệu kế toán năm 2025 hạch toán trên phần mềm MISA.", item)
    assert not restated(
        "Hồ sơ định danh điện tử đã kích hoạt trên VNeID.", "Kích hoạt định danh điện tử."
    )
    # "BHYT" only abbreviates the item's "bảo hiểm y tế"
    assert restated("Đã vận động các hộ tham gia BHYT.", "Vận động các hộ tham gia bảo hiểm y tế.")


@pytest.mark.parametrize(
    ("result", "related"),
    [
        # a count written with a leading zero, a month, a group every line names: no tie
        ("Cùng Chi hội Chữ thập đỏ giúp 02 hộ bị cháy nhà ở tổ 4 (tháng 5/2025).", False),
        # a figure of its own in common: the same work
        ("Đã mở sổ công nợ cho 186/186 thành viên.", True),
    ],
)
def test_what_ties_a_result_to_an_item(result, related):
    item = (
        "Mở sổ công nợ tiền bơm tưới của 186/186 thành viên tổ 4, thu hồi 02 khoản nợ lớn "
        "trước tháng 5/2025."
    )
    matcher = Matcher([item], [result])
    assert matcher.affinity(0, 0).related is related


def test_a_name_in_common_ties_a_result_only_with_some_words_besides():
    item = "Chấp hành nghiêm Điều lệ Đảng, Điều lệ Hội Nông dân Việt Nam."
    extra = "Cùng Hội Nông dân xã hỗ trợ 03 hộ hội viên bị sạt lở bờ bao, mỗi hộ 2 triệu đồng."
    assert not Matcher([item], [extra]).affinity(0, 0).related
    rules = "Học tập Điều lệ Hội Nông dân Việt Nam khóa mới cùng hội viên chi hội."
    assert Matcher([item], [rules]).affinity(0, 0).related


def test_a_results_cell_saying_done_in_a_month_is_a_result_not_a_place_and_date(docx_file):
    # "Xong tháng 9/2025" reads like "Tân An, tháng 9/2025" without its comma
    report = _docx_report(
        docx_file,
        [
            "CHI BỘ ẤP HÒA LỢI",
            "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025",
            "Họ và tên: Lý Thị Thu",
            "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
            [
                ["Nội dung cam kết", "Kết quả", "Tự đánh giá"],
                ["Quyết toán thuế năm 2024", "Nộp tờ khai ngày 26/3/2025", "Hoàn thành"],
                ["Sổ công nợ tiền nước tưới, thu hồi nợ tồn", "Xong tháng 9/2025", "Hoàn thành"],
                ["Niêm yết thu chi mỗi quý", "Dán bảng ngày 07/4, 03/7, 06/10/2025", "Tốt"],
                ["Đóng tập chứng từ năm 2023, 2024", "Đóng xong 24 tập ngày 20/6/2025", "Tốt"],
            ],
            "NGƯỜI TỰ KIỂM ĐIỂM",
            "Lý Thị Thu",
        ],
    )
    commitment = document_from_text(COMMITMENT_THU, "cam-ket.txt")
    found = trace_pair(ReviewPair(report, commitment))
    assert "Xong tháng 9/2025" in [entry.text for entry in found.entries]
    assert gaps(found) == []


# A hamlet's self-managed group leader: duties with figures, a vague pledge of part 6.
COMMITMENT_CHIN = """ĐẢNG BỘ XÃ AN HÒA                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP HÒA LỢI

BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025

Họ và tên: Trần Văn Chín
Công việc: Tổ trưởng Tổ nhân dân tự quản số 4, ấp Hòa Lợi

3. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động 100% hộ trong tổ (96 hộ) ký cam kết không xả rác xuống kênh, xong trong quý I/2025.
- Đến thăm từng cháu của các hộ nghèo trong tổ trước ngày khai giảng năm học mới.
5. Về khắc phục hạn chế, khuyết điểm
- Họp Tổ nhân dân tự quản số 4 mỗi tháng một lần vào tối ngày 20, có ghi biên bản gửi Ban nhân dân ấp.
6. Về kế hoạch hành động thực hiện Nghị quyết
- Tuyên truyền sâu rộng các nghị quyết đến từng hộ dân trong ấp.
- Tham gia hòa giải các mâu thuẫn nhỏ giữa các hộ trong tổ khi có vụ việc.

Hòa Lợi, ngày 20 tháng 02 năm 2025
NGƯỜI CAM KẾT
Trần Văn Chín"""

CHIN_HEAD = """CHI BỘ ẤP HÒA LỢI
BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025
Họ và tên: Trần Văn Chín
I. Kết quả thực hiện cam kết
1. Tổ 4 có 96 hộ, 96/96 hộ ký cam kết không xả rác xuống kênh, xong ngày 20/3/2025.
"""


def chin(results: str) -> Trace:
    report = document_from_text(
        CHIN_HEAD + results + "\nNgười báo cáo\nTrần Văn Chín", "bao-cao.txt"
    )
    return trace_pair(ReviewPair(report, document_from_text(COMMITMENT_CHIN, "cam-ket.txt")))


def test_synonyms_answer_an_item_cháu_for_trẻ():
    found = chin("2. Đã đến thăm 7/7 trẻ thuộc hộ nghèo trong tổ.")
    texts = [item.item.text for item in found.items]
    visit = texts.index(next(t for t in texts if t.startswith("Đến thăm")))
    # answered on its own words, "trẻ" being the item's "cháu"
    assert Matcher(texts, [e.text for e in found.entries]).affinity(visit, 1).answers
    assert gaps(found) == [13]  # the monthly meetings
    assert found.unmatched == []


def test_a_result_sharing_only_how_where_and_how_many_is_for_nothing_committed():
    # "vận động" is "tuyên truyền" to the part 6 pledge, "hộ" and "ấp" are everywhere: no tie
    found = chin(
        "2. Phối hợp Chi hội Chữ thập đỏ ấp vận động được 38 triệu đồng giúp 02 hộ bị cháy nhà."
    )
    assert entry_lines(found, found.unmatched) == [6]


COURSE = "dự lớp tập huấn hòa giải mâu thuẫn ở cơ sở do Phòng Tư pháp huyện mở (tháng 4/2025)."


@pytest.mark.parametrize("opening", ["Ngoài ra, ", "Việc làm thêm: ", "Ngoài nội dung đăng ký, "])
def test_a_result_announced_as_extra_is_for_nothing_committed(opening):
    # the course shares "hòa giải" with the pledge of part 6 without answering it: told as
    # one result among others it is taken for that pledge's, announced as extra it is one
    assert chin(f"2. {COURSE.capitalize()}").unmatched == []
    found = chin(f"2. {opening}{COURSE}")
    assert entry_lines(found, found.unmatched) == [6]


def test_a_result_under_a_heading_of_extras_is_for_nothing_committed():
    found = chin(
        "II. Những việc làm thêm\n- Cùng Ban nhân dân ấp giải tỏa 3 điểm đổ rác tự phát ở tổ 4."
    )
    assert entry_lines(found, found.unmatched) == [7]


def test_a_results_row_claiming_work_beyond_the_commitment_is_for_nothing_committed(docx_file):
    # the row's first cell says what it is; the course shares "hòa giải" with a pledge
    report = _docx_report(
        docx_file,
        [
            *CHIN_HEAD.splitlines()[:4],
            [
                ["Nội dung đã cam kết", "Kết quả 6 tháng"],
                ["Vận động 96 hộ ký cam kết không xả rác", "96/96 hộ ký, xong ngày 20/3/2025"],
                ["Nhiệm vụ phát sinh ngoài cam kết", COURSE.capitalize()],
            ],
            "Người báo cáo",
            "Trần Văn Chín",
        ],
    )
    found = trace_pair(ReviewPair(report, document_from_text(COMMITMENT_CHIN, "cam-ket.txt")))
    assert [found.entries[e].text for e in found.unmatched] == [COURSE.capitalize()]


def test_the_group_named_again_and_an_outcome_without_a_figure_say_nothing_of_their_own():
    restating = (
        "2. Khắc phục khuyết điểm: Tổ 4 họp đều hằng tháng, có ghi biên bản gửi Ban nhân dân ấp."
    )
    assert entry_lines(chin(restating), chin(restating).restated) == [6]
    item = "Chỉ đạo sản xuất lúa 3 vụ trên 1.850 ha, năng suất bình quân 6,5 tấn/ha."
    assert restated("Chỉ đạo sản xuất nông nghiệp đạt và vượt kế hoạch đề ra.", item)
    assert not restated("Năng suất bình quân vượt kế hoạch 0,3 tấn/ha.", item)


def test_an_abbreviation_answers_the_words_it_stands_for():
    commitment = COMMITMENT_CHIN.replace(
        "5. Về khắc phục",
        "- Vận động 30 hộ chưa có thẻ tham gia bảo hiểm y tế hộ gia đình trước tháng 9/2025.\n"
        "5. Về khắc phục",
    )
    report = document_from_text(
        CHIN_HEAD
        + "2. Đã đến thăm 7/7 gia đình có trẻ thuộc hộ nghèo, tặng vở trước 05/9/2025.\n"
        + "3. Đã vận động được 32 hộ mua thẻ BHYT hộ gia đình (xong tháng 8/2025).\n"
        + "Người báo cáo\nTrần Văn Chín",
        "bao-cao.txt",
    )
    commitment = document_from_text(commitment, "cam-ket.txt")
    found = trace_pair(ReviewPair(report, commitment))
    assert gaps(found) == [14]  # the meetings (moved down a line); the BHYT line is answered
    bhyt = next(item for item in found.items if item.item.line == 12)
    assert entry_lines(found, bhyt.results) == [7]
    texts = [item.item.text for item in found.items]
    assert Matcher(texts, [found.entries[2].text]).affinity(texts.index(bhyt.item.text), 0).answers


def test_a_due_item_and_the_result_closest_to_it_answer_each_other():
    # "trước ngày khai giảng" is "trước 05/9": half of the item's words, not enough alone
    found = chin("2. Đã đến thăm 7/7 gia đình có trẻ thuộc hộ nghèo, tặng vở trước 05/9/2025.")
    texts = [item.item.text for item in found.items]
    visit = texts.index(next(t for t in texts if t.startswith("Đến thăm")))
    assert not Matcher(texts, [e.text for e in found.entries]).affinity(visit, 1).answers
    assert entry_lines(found, found.items[visit].results) == [6]
    assert gaps(found) == [13]
    # a result closer to another item answers nothing it is not close to
    other = chin("2. Đã đến thăm 96/96 hộ trong tổ, nhắc không xả rác xuống kênh.")
    assert 11 in gaps(other)


def test_a_claim_and_its_result_on_two_lines_are_one_row():
    found = trace(
        """I. KẾT QUẢ THỰC HIỆN CAM KẾT
1. Nội dung: Quyết toán thuế năm 2024 của hợp tác xã, nộp tờ khai qua cổng thuế điện tử.
Kết quả: nộp ngày 26/3/2025.
2. Nội dung: Mở sổ theo dõi công nợ tiền nước tưới, thu hồi nợ tồn.
Kết quả: đã mở sổ cho 142/142 xã viên, thu hồi được 41%.
3. Nội dung: Niêm yết công khai thu chi của hợp tác xã tại văn phòng mỗi quý.
Kết quả:
4. Nội dung: Đóng tập chứng từ theo từng tháng, dán nhãn.
Kết quả: đóng xong chứng từ năm 2024, năm 2023 chưa xong."""
    )
    rows = [(e.claimed_line, e.line, e.text) for e in found.entries]
    assert rows[:2] == [
        (5, 6, "nộp ngày 26/3/2025."),
        (7, 8, "đã mở sổ cho 142/142 xã viên, thu hồi được 41%."),
    ]
    # the copied claims are no restated results, and the blank result is a gap on its claim
    assert found.restated == [] and found.unmatched == []
    assert gaps(found) == [ITEM_NOTICES]
    notices = next(item for item in found.items if item.item.line == ITEM_NOTICES)
    assert [found.entries[e].claimed_line for e in notices.blank_rows] == [9]


def test_a_results_table_headed_thuc_hien_reads_its_claims(docx_file):
    report = _docx_report(
        docx_file,
        [
            "CHI BỘ ẤP HÒA LỢI",
            "BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2025",
            "Họ và tên: Lý Thị Thu",
            "I. KẾT QUẢ THỰC HIỆN CAM KẾT",
            [
                ["Việc đã đăng ký", "Thực hiện", "Đánh giá"],
                ["Quyết toán thuế năm 2024 (trước 31/3)", "Nộp tờ khai ngày 26/3/2025", "Tốt"],
                ["Niêm yết thu chi mỗi quý", "", ""],
            ],
            "NGƯỜI BÁO CÁO",
            "Lý Thị Thu",
        ],
    )
    found = trace_pair(ReviewPair(report, document_from_text(COMMITMENT_THU, "cam-ket.txt")))
    assert [(e.claimed[:14], e.text, e.rating) for e in found.entries] == [
        ("Quyết toán thu", "Nộp tờ khai ngày 26/3/2025", "good"),
        ("Niêm yết thu c", "", ""),
    ]
    notices = next(item for item in found.items if item.item.line == ITEM_NOTICES)
    assert notices.blank_rows == [1] and not notices.answered


def test_items_not_yet_due_or_in_progress_are_answered():
    found = trace(
        """I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Quyết toán thuế: chưa nộp được vì phần mềm lỗi, dự kiến nộp bổ sung tháng 7/2025.
- Sổ công nợ nước tưới: đang mở cho các xã viên, đã xong 90/142 sổ.
- Các việc còn lại (niêm yết thu chi quý II, đóng tập chứng từ năm 2023) chưa đến hạn."""
    )
    assert gaps(found) == []
    # a status is evidence: none of them restates its item
    assert found.restated == []


def test_a_general_word_written_out_or_abbreviated_is_no_object_of_a_result():
    written = terms_of("Ứng dụng công nghệ thông tin soạn 10 bài giảng điện tử môn Toán.")
    short = terms_of("Ứng dụng CNTT soạn 10 bài giảng điện tử môn Toán.")
    assert written.words == short.words
    # "công nghệ thông tin" is every teacher's: what the line is about is the lessons
    assert "cntt" not in written.objects and "bài giảng" in written.objects


# COMMITMENT_THU with the general pledges of part 4 and a vague duty.
COMMITMENT_THU_FULL = COMMITMENT_THU.replace(
    "5. Về khắc phục",
    "- Phối hợp tốt với các ban ngành ở địa phương để hoàn thành nhiệm vụ chung.\n"
    "4. Về tổ chức kỷ luật\n"
    "- Chấp hành sự phân công của tổ chức; tham gia sinh hoạt chi bộ đầy đủ, đóng đảng phí "
    "đúng quy định.\n"
    "- Tích cực tham gia các phong trào của hợp tác xã và địa phương.\n"
    "5. Về khắc phục",
)


def test_results_on_the_general_pledges_are_no_extras_nor_restated():
    found = trace(
        """I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Dự sinh hoạt chi bộ đủ 6/6 kỳ, đóng đảng phí đủ 6 tháng.
- Nộp tờ khai quyết toán thuế năm 2024 qua cổng thuế điện tử ngày 26/3/2025.""",
        COMMITMENT_THU_FULL,
    )
    assert found.unmatched == [] and found.restated == []


def test_a_vague_duty_copied_back_is_restated_and_an_announced_extra_is_one():
    found = trace(
        """I. KẾT QUẢ THỰC HIỆN CAM KẾT
- Phối hợp tốt với các ban ngành ở địa phương.
- Ngoài ra, từ tháng 3/2025 được phân công theo dõi công tác bình đẳng giới, đã tham mưu ban hành kế hoạch.""",
        COMMITMENT_THU_FULL,
    )
    assert entry_lines(found, found.restated) == [5]
    # "phân công" alone ties the extra to the pledge of part 4: it is still for nothing committed
    assert entry_lines(found, found.unmatched) == [6]


# A militia squad leader's commitment: a task, a target of nothing happening, attendance.
COMMITMENT_HAU = """ĐẢNG BỘ XÃ PHÚ LỘC
CHI BỘ QUÂN SỰ XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lò Văn Hậu, Tiểu đội trưởng dân quân thường trực
3. Về thực hiện nhiệm vụ
- Tuần tra cùng tổ dân quân 02 đêm mỗi tuần trên tuyến đường liên thôn.
- Không để xảy ra vụ mất trộm tài sản nào của nhân dân trên tuyến phụ trách.
- Chấp hành nghiêm sự phân công của chi đội, dự họp chi bộ đầy đủ, đóng đảng phí đúng hạn.
NGƯỜI CAM KẾT
Lò Văn Hậu"""
PATROL, NO_THEFT, MEETINGS_HAU = 6, 7, 8


def test_a_report_silent_on_a_zero_target_or_on_attendance_leaves_no_gap():
    # nothing happened, the member attended: silence tells nothing, whatever the report says
    report = """CHI BỘ QUÂN SỰ XÃ
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2026
Họ và tên: Lò Văn Hậu
3. Việc thực hiện cam kết
- Tham gia bắn đạn thật đạt loại giỏi tháng 8/2026.
Phú Lộc, ngày 04/12/2026
Người tự kiểm điểm
Lò Văn Hậu"""
    found = gaps(trace(report, COMMITMENT_HAU))
    assert NO_THEFT not in found and MEETINGS_HAU not in found
    # the patrols, a task with its period, are a gap when left out
    assert PATROL in found
