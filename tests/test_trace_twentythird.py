"""A member's report of which nothing was read as a result, as the twenty-third session found
the lead for: its title not known, the signature's label was taken for it and nothing above the
label was read, so every committed item was reported missing. The texts are written for these
tests in the members' manner, not copied from any set."""

from __future__ import annotations

import textwrap
from datetime import date

from linter.brief import briefs_of
from linter.checks.review import check_batch
from linter.document import Document, make_line
from linter.engine import stamp
from linter.parse import parse
from linter.rules import load_rules
from linter.trace.evidence import restated as evidence_restated
from linter.trace.link import ReviewPair
from linter.trace.review import Trace, committed_items, trace_pair
from tests.conftest import document_from_text
from tests.trace_samples import gaps, restated, trace, unmatched

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


# A boarding-house owner in an industrial ward: the post first, under its own label, then
# what she commits to.
COMMITMENT_LIEN = """CHI BỘ KHU PHỐ BÌNH AN 2
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Võ Thị Liên
3. Về thực hiện chức trách, nhiệm vụ được giao
- Công việc hiện nay: chủ dãy nhà trọ 18 phòng (khoảng 40 người thuê, đa số là công nhân các công ty trong khu công nghiệp).
- Khai báo tạm trú cho 100% người đến thuê trong 03 ngày, qua ứng dụng VNeID.
- Lắp 02 bình chữa cháy và 01 đèn thoát hiểm ở mỗi dãy phòng trước ngày 31/3/2026.
4. Về ý thức tổ chức kỷ luật
- Dự đủ các kỳ sinh hoạt chi bộ, đóng đảng phí đúng hạn.
NGƯỜI CAM KẾT
Võ Thị Liên"""
POST_LINE, CHECK_IN, EXTINGUISHERS = 5, 6, 7

# Typed in Word, its headings in bold (marked "#b " here), as the cell's own sheet has them.
REPORT_LIEN = """BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN CAM KẾT NĂM 2026
Người báo cáo: Võ Thị Liên
#b Kết quả thực hiện cam kết
* Khai báo tạm trú qua VNeID cho 14 người đến thuê mới, người chậm nhất sau 2 ngày.
* Lắp 04 bình chữa cháy và 02 đèn thoát hiểm ngày 15/3/2026.
#b Việc khác
* Dự đủ 6 kỳ sinh hoạt chi bộ.
#b 6 tháng cuối năm
* Tập huấn cho người thuê cách dùng bình chữa cháy.
Bình An, ngày 30 tháng 6 năm 2026
Võ Thị Liên"""


def _typed_in_word(text: str) -> Document:
    """A report as a Word file's paragraphs, those marked "#b " written in bold."""
    lines = [
        make_line(number, raw.removeprefix("#b "), bold=raw.startswith("#b "))
        for number, raw in enumerate(text.split("\n"), start=1)
    ]
    document = Document("bao-cao.docx", "unit", "docx", lines)
    document.outline = parse(document)
    return document


def _traced_in_word(report: str, commitment: str) -> Trace:
    return trace_pair(ReviewPair(_typed_in_word(report), document_from_text(commitment)))


def test_a_line_naming_the_present_work_is_the_post_no_result_is_due_for():
    # "Công việc hiện nay: chủ dãy nhà trọ 18 phòng (…)": who she is, not a task
    items = {item.line: item for item in committed_items(document_from_text(COMMITMENT_LIEN))}
    assert POST_LINE not in items or not items[POST_LINE].expected
    assert items[CHECK_IN].expected and items[EXTINGUISHERS].expected
    assert gaps(_traced_in_word(REPORT_LIEN, COMMITMENT_LIEN)) == []


def test_other_work_under_its_own_heading_is_read_and_the_heading_is_no_result():
    found = _traced_in_word(REPORT_LIEN, COMMITMENT_LIEN)
    by_line = {entry.line: entry for entry in found.entries}
    assert 6 not in by_line  # "Việc khác" heads what follows
    assert 7 in by_line  # the meetings are read, as a result
    assert restated(found) == [] and unmatched(found) == []


# A maintenance technician's 6-month report pasted into the cell's chat: a note on sending it,
# the report's own title, his name and team with no label, numbered results.
COMMITMENT_LOC = """CHI BỘ CÔNG TY TNHH ĐIỆN TỬ SAO MAI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Đinh Công Lộc
3. Về thực hiện chức trách, nhiệm vụ được giao
- Bảo trì định kỳ 100% máy ép nhựa của xưởng 2 đúng lịch hằng tháng, có ký sổ với trưởng ca.
- Chế tạo 01 đồ gá kiểm tra vỏ sạc, xong trước ngày 30/6/2026.
- Kèm 02 thợ mới vào tháng 01/2026 đến khi tự đứng máy được.
NGƯỜI CAM KẾT
Đinh Công Lộc"""
NEWCOMERS = 7

REPORT_LOC = """Dạ em gửi anh Bí thư báo cáo 6 tháng cam kết của em ạ, tháng này em trực ca đêm nên không dự họp được.

BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Đinh Công Lộc - tổ bảo trì xưởng 2

1/ Bảo trì máy ép: đủ lịch tháng 1 đến tháng 6, 36/36 lượt, có ký sổ với trưởng ca.
2/ Đồ gá kiểm tra vỏ sạc: làm xong ngày 20/6, đang chạy thử ở chuyền 3.
3/ Em có vào đội phòng cháy chữa cháy cơ sở của Công ty, huấn luyện ngày 18/4/2026.

Lộc - ca đêm, ngày 03/7/2026"""


def test_a_chat_notes_report_is_titled_by_its_own_title_and_written_by_the_name_under_it():
    report = document_from_text(REPORT_LOC, "bao-cao.txt")
    assert report.outline.title_line == 3
    assert report.outline.header.author == "Đinh Công Lộc"


def test_a_chat_notes_report_is_traced_and_its_writers_line_is_no_result():
    found = trace(REPORT_LOC, COMMITMENT_LOC)
    assert not found.unread
    assert gaps(found) == [NEWCOMERS]
    assert [entry.line for entry in found.entries] == [6, 7, 8]
    assert [found.entries[e].line for e in found.unmatched] == [8]  # the fire team: extra


def test_a_name_under_the_title_that_opens_with_no_family_name_is_no_writer():
    # "Tổ bảo trì xưởng 2" under the title names a team, not the writer
    report = REPORT_LOC.replace("Đinh Công Lộc - tổ bảo trì xưởng 2", "Tổ bảo trì xưởng 2")
    assert document_from_text(report, "bao-cao.txt").outline.header.author is None


def test_a_reply_in_the_chat_after_a_notes_report_is_no_result():
    # the stamp of his message is above the note, the note above the title: the secretary's
    # reply, stamped with another sender, still closes the report
    report = (
        "[03/07/2026 21:05] Lộc bảo trì X2:\n"
        + REPORT_LOC.replace("\n\nLộc - ca đêm, ngày 03/7/2026", "")
        + "\n\n[03/07/2026 21:30] Bí thư Chi bộ: Anh nhận rồi nhé."
    )
    found = trace(report, COMMITMENT_LOC)
    assert [entry.line for entry in found.entries] == [7, 8, 9]
    assert gaps(found) == [NEWCOMERS]


# The Young Pioneers' leader of a primary school, whose report was printed to PDF: the text
# layer keeps the heading over his results as a plain line, its bold lost.
COMMITMENT_QUAN = """CHI BỘ TRƯỜNG TIỂU HỌC VĂN LÂM
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nguyễn Minh Quân
3. Về thực hiện chức trách, nhiệm vụ được giao
- Tổ chức thu gom giấy vụn trong Liên đội, trao 20 suất quà cho học sinh nghèo trước Tết.
- Phối hợp Đoàn xã mở 01 lớp dạy bơi cho 80 em lớp 3, lớp 4 trong hè 2026.
NGƯỜI CAM KẾT
Nguyễn Minh Quân"""

REPORT_QUAN = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Người báo cáo: Nguyễn Minh Quân, Tổng phụ trách Đội.
Tháng 6 tôi phụ trách lớp học bơi nên gửi báo cáo sớm để chi bộ tổng hợp.
Kết quả thực hiện các nội dung cam kết
1. Ngày 10/02/2026 Liên đội trao 22 suất quà cho học sinh nghèo từ quỹ giấy vụn.
2. Lớp học bơi: đã cùng Đoàn xã lập danh sách 84 em lớp 3, lớp 4 đăng ký, dự kiến khai giảng ngày 06/7/2026.
Văn Lâm, ngày 28 tháng 5 năm 2026
Nguyễn Minh Quân"""


def test_a_plain_line_of_headings_words_over_a_numbered_list_heads_the_results():
    found = trace(REPORT_QUAN, COMMITMENT_QUAN)
    assert [(section.heading_line, section.role) for section in found.sections] == [
        (4, "commitment")
    ]
    assert [entry.line for entry in found.entries] == [5, 6]  # not the heading, not the note
    assert restated(found) == [] and gaps(found) == []


def test_a_plain_line_with_words_of_its_own_over_a_list_is_no_heading():
    # "Kết quả thực hiện tốt" tells how it went: a result, not a heading
    report = REPORT_QUAN.replace(
        "Kết quả thực hiện các nội dung cam kết", "Kết quả thực hiện tốt, đúng tiến độ"
    )
    assert [section.heading_line for section in trace(report, COMMITMENT_QUAN).sections] == []


def test_a_month_the_work_was_done_in_is_the_results_own_date():
    # "trong tháng 3" dates the gift; the item's "3" is the hamlet's number, not a date
    item = (
        "- Nhận giúp đỡ hộ nghèo ông Báo Văn Nhơn (xóm 3): cho 300 gốc nho giống, hướng dẫn kỹ"
        " thuật chăm sóc, phấn đấu hộ thoát nghèo cuối năm 2026."
    )
    dated = "+ Hộ ông Báo Văn Nhơn: đã cho 300 gốc nho giống trong tháng 3, hằng tuần tôi qua."
    assert not evidence_restated(dated, item, item)
    assert evidence_restated("+ Hộ ông Báo Văn Nhơn: đã cho 300 gốc nho giống.", item, item)
    # how often is no date: "thu gom rác ngày 2 lần" for "thu gom rác 2 lần/ngày"
    chores = "- Thu gom rác ở chợ cá 2 lần/ngày, không để rác tồn qua đêm."
    assert evidence_restated("- Thu gom rác ngày 2 lần, không để rác tồn qua đêm.", chores, chores)


# A production line's leader in an electronics factory: one of her tasks is a person.
COMMITMENT_HANG = """CHI BỘ CÔNG TY TNHH ĐIỆN TỬ SAO MAI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Nguyễn Thị Thu Hằng
3. Về thực hiện chức trách, nhiệm vụ được giao
- Chuyền lắp ráp số 5 đạt 100% kế hoạch sản lượng từng tháng.
- Giúp đỡ quần chúng Lê Thị Mỹ Duyên, tổ phó chuyền lắp ráp, được cử đi học lớp bồi dưỡng nhận thức về Đảng trong năm 2026.
- Tích cực tham gia các hoạt động phong trào của Xưởng, Công đoàn, Đoàn Thanh niên.
NGƯỜI CAM KẾT
Nguyễn Thị Thu Hằng"""
PERSON, MOVEMENTS = 6, 7

REPORT_HANG = """BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026
Họ và tên: Nguyễn Thị Thu Hằng
3. Kết quả thực hiện cam kết
- Chuyền số 5 bình quân 6 tháng đạt 100,4% kế hoạch sản lượng.
Sao Mai, ngày 30 tháng 6 năm 2026
Nguyễn Thị Thu Hằng"""


def test_an_item_for_a_person_named_in_full_is_due_a_result():
    # the person is whom the work is for: a report silent on her leaves the item missing;
    # "Đoàn Thanh niên" (its first word a family name too) is a body, the item a pledge
    assert gaps(trace(REPORT_HANG, COMMITMENT_HANG)) == [PERSON]
    items = {item.line: item for item in committed_items(document_from_text(COMMITMENT_HANG))}
    assert not items[MOVEMENTS].expected


def test_a_chat_sign_off_date_wrapped_after_its_day_word_is_the_own_date():
    # "Lộc - ca đêm, ngày" / "03/7/2026": hard-wrapped as a narrow PDF's text layer keeps it
    wrapped = REPORT_LOC.replace("Lộc - ca đêm, ngày 03/7/2026", "Lộc - ca đêm, ngày\n03/7/2026")
    for text in (REPORT_LOC, wrapped):
        own = document_from_text(text, "bao-cao.txt").outline.own_date
        assert own is not None and own.value == date(2026, 7, 3)


def test_a_cells_sheet_tracking_the_commitment_is_a_report():
    # "PHIẾU THEO DÕI TIẾN ĐỘ THỰC HIỆN BẢN CAM KẾT" over "6 tháng đầu năm 2026": the cell's
    # own sheet for the 6-month report, its results in a table
    report = REPORT_HANG.replace(
        "BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026",
        "PHIẾU THEO DÕI TIẾN ĐỘ THỰC HIỆN BẢN CAM KẾT\n6 tháng đầu năm 2026",
    )
    outline = document_from_text(report, "bao-cao.txt").outline
    assert (outline.kind, outline.title_line, outline.period) == ("report", 1, "midyear")
    # a sheet tracking something else is no report
    other = report.replace("TIẾN ĐỘ THỰC HIỆN BẢN CAM KẾT", "TIẾN ĐỘ THI CÔNG ĐƯỜNG BÊ TÔNG")
    assert document_from_text(other, "phieu.txt").outline.kind != "report"


def test_a_share_of_the_cooperatives_members_and_a_score_on_a_scale_are_figures():
    # "38/38 xã viên" counts the members of a salt cooperative's team as "45/45 hộ" counts
    # households; "4,8/5" is a guide's rating on a booking site, as "95%" is a share
    from linter.trace.review import judge

    for item in (
        "- Bảo đảm 38/38 xã viên của tổ có nón, áo dài tay, găng tay bảo hộ.",
        "- Điểm đánh giá hướng dẫn viên trên các trang đặt tour đạt từ 4,8/5 trở lên.",
    ):
        verdict = judge(item)
        assert verdict.concrete and verdict.reason == "figure"
    # a date is no score: "trước ngày 4/5" stays a date
    assert judge("- Nộp báo cáo trước ngày 4/5.").reason != "figure"


def test_a_hmong_guide_to_win_over_named_in_full_is_due_a_result():
    # "Hạng" opens Hmông names as "Giàng" and "Sùng" do: the person is whom the work is for
    commitment = COMMITMENT_HANG.replace(
        "Giúp đỡ quần chúng Lê Thị Mỹ Duyên, tổ phó chuyền lắp ráp, được cử đi học lớp bồi"
        " dưỡng nhận thức về Đảng trong năm 2026.",
        "Bồi dưỡng quần chúng Hạng Thị Pà (hướng dẫn viên) để chi bộ xem xét kết nạp trong năm"
        " 2026.",
    )
    assert gaps(trace(REPORT_HANG, commitment)) == [PERSON]


# A nurse's answers to the cell's online form, its note and title long enough that a narrow
# page wraps them over many lines before the form's stamp.
FORM_OANH = """PHIẾU BÁO CÁO SƠ KẾT 6 THÁNG THỰC HIỆN BẢN CAM KẾT NĂM 2026 - CHI BỘ KHOA NHI
Chi ủy đề nghị các đồng chí điền phiếu trước 17 giờ ngày 06/7/2026 để tổng hợp cho kỳ sinh hoạt ngày 07/7/2026.
* Biểu thị câu hỏi bắt buộc

Dấu thời gian
06/07/2026 22:41:09

Họ và tên *
Võ Thị Kim Oanh

Kết quả thực hiện cam kết *
Tham gia đoàn của Bệnh viện khám sàng lọc tim bẩm sinh cho 320 trẻ em ở các xã vùng cao của thành phố trong tháng 4/2026."""


def _narrow(text: str, width: int = 30) -> str:
    return "\n".join("\n".join(textwrap.wrap(line, width)) or "" for line in text.split("\n"))


def test_a_forms_stamp_is_its_date_however_narrow_the_page_wraps_the_lines_above():
    for text in (FORM_OANH, _narrow(FORM_OANH)):
        own = document_from_text(text, "bao-cao.txt").outline.own_date
        assert own is not None and own.value == date(2026, 7, 6)
