"""Committed items matched to reported results: in any order, paraphrased, merged, under a
neighbouring heading; what is left is a gap; results that answer nothing or only restate."""

from __future__ import annotations

import pytest

from linter.trace.evidence import has_evidence, restated
from linter.trace.link import ReviewPair
from linter.trace.match import Matcher, clauses
from linter.trace.review import Trace, trace_pair
from tests.conftest import document_from_text
from tests.trace_samples import COMMITMENT_LAN, COMMITMENT_LOI, MIDYEAR_OWN, YEAREND_02A

REPORT_HEAD = """CHI BỘ TRƯỜNG THCS
BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025
Họ và tên: Nguyễn Thị Lan
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
1. Về tư tưởng chính trị, phẩm chất đạo đức, lối sống
- Giữ vững lập trường tư tưởng chính trị.
2. Việc thực hiện chức trách, nhiệm vụ được giao
{duties}
3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm
{results}
II. HẠN CHẾ, KHUYẾT ĐIỂM
{shortcomings}
VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC
{directions}
NGƯỜI TỰ KIỂM ĐIỂM
Nguyễn Thị Lan"""

# The lines of COMMITMENT_LAN's items that a result is due for.
TUTORING, MARKS, INITIATIVE, LATE_BOOKS = 14, 15, 16, 21


def trace(report: str, commitment: str = COMMITMENT_LAN) -> Trace:
    pair = ReviewPair(
        document_from_text(report, "kiem-diem.txt"), document_from_text(commitment, "cam-ket.txt")
    )
    return trace_pair(pair)


def report(results="", duties="", shortcomings="- Có lúc còn nóng vội.", directions=""):
    return REPORT_HEAD.format(
        results=results, duties=duties, shortcomings=shortcomings, directions=directions
    )


def gaps(found: Trace) -> list[int]:
    return [item.item.line for item in found.gaps()]


def lines(found: Trace, entries: list[int]) -> list[int]:
    return [found.entries[e].line for e in entries]


ALL_ANSWERED = """- Phụ đạo 6 em lớp 8B chiều thứ Bảy, cuối năm có 5/6 em đạt trung bình môn Toán.
- Cập nhật điểm lên phần mềm quản lý trường học trước thứ Sáu cả 35 tuần.
- Viết xong sáng kiến kinh nghiệm dạy hình học lớp 8, được Hội đồng huyện công nhận tháng 5/2025.
- Năm 2025 nộp sổ điểm đúng hạn cả hai học kỳ (15/01 và 20/5)."""


def test_the_items_due_are_the_concrete_tasks_and_shortcomings():
    found = trace(report(ALL_ANSWERED))
    due = [item.item.line for item in found.items if item.item.expected]
    # not the pledges of parts 1, 2, 4, nor "Hoàn thành tốt nhiệm vụ được giao", nor part 6
    assert due == [TUTORING, MARKS, INITIATIVE, LATE_BOOKS]
    assert gaps(found) == [] and found.unmatched == [] and found.restated == []


def test_results_in_another_order_answer_their_items():
    shuffled = "\n".join(reversed(ALL_ANSWERED.split("\n")))
    found = trace(report(shuffled))
    assert gaps(found) == []
    answered = {item.item.line: lines(found, item.results) for item in found.items if item.results}
    assert answered[TUTORING] == [13] and answered[LATE_BOOKS] == [10]


def test_a_paraphrased_result_answers_its_item():
    results = (
        "- Điểm các bài kiểm tra đều được nhập vào phần mềm quản lý trường học, không tuần nào"
        " trễ hạn."
    )
    found = trace(report(results))
    item = next(i for i in found.items if i.item.line == MARKS)
    assert lines(found, item.results) == [10]
    assert 10 not in lines(found, found.restated)  # "không tuần nào trễ" is a claim of none


def test_one_result_merging_two_items_answers_both():
    results = (
        "- Phụ đạo 6 em yếu Toán lớp 8B hằng tuần, cuối năm 5/6 em đạt trung bình; điểm kiểm tra"
        " cập nhật lên phần mềm quản lý trường học trước thứ Sáu đủ 35 tuần."
    )
    found = trace(report(results))
    for line in (TUTORING, MARKS):
        assert lines(found, next(i for i in found.items if i.item.line == line).results) == [10]
    assert gaps(found) == [INITIATIVE, LATE_BOOKS]


def test_a_result_under_a_neighbouring_heading_answers_its_item():
    duties = "- Phụ đạo Toán lớp 8B cho 6 em vào chiều thứ Bảy, 5 em lên trung bình cuối năm."
    shortcomings = "- Chưa viết được sáng kiến kinh nghiệm cấp huyện như đã đăng ký."
    found = trace(report(duties=duties, shortcomings=shortcomings))
    assert gaps(found) == [MARKS, LATE_BOOKS]
    # results under the duties or shortcomings headings are not judged as the commitment's
    assert found.unmatched == [] and found.restated == []


def test_an_item_only_restated_as_a_direction_is_a_gap():
    directions = "- Viết sáng kiến kinh nghiệm về dạy hình học lớp 8 trong năm 2026."
    found = trace(report(ALL_ANSWERED.split("\n")[0], directions=directions))
    assert INITIATIVE in gaps(found)


def test_work_in_progress_in_a_six_month_report_is_a_result():
    found = trace(MIDYEAR_OWN, COMMITMENT_LOI)
    kit = next(i for i in found.items if i.item.line == 28)  # the first-aid kits of six hamlets
    assert lines(found, kit.results) == [13]  # "đang bổ sung, dự kiến xong tháng 8"
    assert found.restated == []


def test_a_result_in_another_section_of_the_six_month_report_answers_its_item():
    # "Có 1 lần nhập phần mềm dược chậm 2 ngày" (under II. Hạn chế) answers task 3.5
    found = trace(MIDYEAR_OWN, COMMITMENT_LOI)
    software = next(i for i in found.items if i.item.text.startswith("Nhập, xuất thuốc"))
    assert lines(found, software.results) == [15]
    # what no line of the report answers: expired drugs (3.2) and the temperature log (3.4)
    assert [i.item.text[:20] for i in found.gaps()] == [
        "Không để thuốc hết h",
        "Ghi sổ theo dõi nhiệ",
    ]


def test_a_result_sharing_a_word_or_two_answers_nothing():
    # "sáng kiến" and "lớp 8" alone do not make a result of the initiative
    results = (
        "- Dự thi giáo viên dạy giỏi cấp trường, có 1 tiết thao giảng ở lớp 8A được xếp loại Giỏi."
    )
    found = trace(report(results))
    assert INITIATIVE in gaps(found)
    assert lines(found, found.unmatched) == [10]


def test_a_result_for_nothing_committed_sits_on_its_own_line():
    results = ALL_ANSWERED + "\n- Tham gia hiến máu tình nguyện 1 lần tại xã ngày 14/6/2025."
    found = trace(report(results))
    assert lines(found, found.unmatched) == [14]


@pytest.mark.parametrize(
    "result",
    [
        "- Đã thực hiện tốt việc phụ đạo học sinh yếu môn Toán lớp 8B.",
        "- Tiếp tục phụ đạo học sinh yếu môn Toán.",
        "- Phụ đạo học sinh yếu môn Toán lớp 8B vào chiều thứ Bảy hằng tuần.",
    ],
)
def test_a_result_restating_the_item_is_reported(result):
    found = trace(report(result))
    assert lines(found, found.restated) == [10]
    assert gaps(found) == [MARKS, INITIATIVE, LATE_BOOKS]  # it still answers its item


@pytest.mark.parametrize(
    "result",
    [
        "Phụ đạo 6 em, cuối năm có 5/6 em đạt trung bình.",  # a figure of its own
        "Chưa phụ đạo được vì 3 em chuyển trường.",  # a status
        "Sáng kiến: đang viết, dự kiến xong tháng 12.",  # work in progress
        "Cả 6 em được công nhận lên lớp.",  # an outcome
    ],
)
def test_a_result_with_evidence_is_no_restatement(result):
    item = "Phụ đạo 6 học sinh yếu môn Toán lớp 8B vào chiều thứ Bảy hằng tuần."
    assert has_evidence(result, item)
    assert not restated(result, item)


def test_a_kept_pledge_is_not_judged_as_a_result():
    assert not restated("Luôn trung thành với Đảng, với Tổ quốc và nhân dân.")


def test_the_self_review_of_the_samples():
    found = trace(YEAREND_02A)
    assert gaps(found) == []  # the initiative is answered by a shortcoming, part 5 by III
    assert lines(found, found.unmatched) == [21]  # the blood donation
    assert lines(found, found.restated) == [20]  # "Đã thực hiện tốt việc cập nhật điểm …"
    assert found.unsupported == []  # the tutoring result is evidence for "Xuất sắc"


def test_clauses_keep_short_pieces_with_the_next():
    text = "Nhập, xuất thuốc trên phần mềm quản lý dược ngay trong ngày, số liệu khớp với sổ sách."
    assert clauses(text) == [
        "Nhập xuất thuốc trên phần mềm quản lý dược ngay trong ngày",
        "số liệu khớp với sổ sách.",
    ]


def test_a_clause_is_compared_on_the_words_terms_of_finds_in_it():
    """An item's clause is compared on its content words alone (content_terms): the words,
    syllables and named objects terms_of finds in it, not its key terms; a matcher covers
    the clause by those as it would by the whole terms."""
    from linter.trace.terms import content_terms, terms_of

    item = (
        "Nhập, xuất thuốc trên phần mềm quản lý dược ngay trong ngày, số liệu khớp với sổ sách "
        "100%, báo cáo Trạm trưởng Lê Văn Hòa trước ngày 05 hằng tháng"
    )
    pieces = clauses(item)
    assert len(pieces) == 3
    for piece in pieces:
        full, content = terms_of(piece), content_terms(piece)
        assert (content.words, content.syllables, content.objects) == (
            full.words,
            full.syllables,
            full.objects,
        )
        assert not content.keys
    assert any(terms_of(piece).keys for piece in pieces)  # "phần mềm", "lê văn hòa", "05"
    result = "Đã nhập, xuất thuốc trên phần mềm quản lý dược trong ngày, số liệu khớp sổ sách"
    matcher = Matcher([item], [result])
    found = matcher.affinity(0, 0)
    whole = max(matcher._cover(terms_of(piece), matcher.texts[0], found.named) for piece in pieces)
    assert (found.clause_cover, found.clause_shared, found.clause_named) == whole
    assert found.clause_cover >= 0.6


def test_weights_favour_the_rare_words_of_a_members_texts():
    matcher = Matcher(
        ["Phụ đạo học sinh yếu môn Toán lớp 8B", "Dạy học sinh lớp 9A ôn thi vào lớp 10"],
        ["Học sinh lớp 8B tiến bộ môn Toán"],
    )
    tutoring, exam = matcher.affinity(0, 0), matcher.affinity(1, 0)
    assert tutoring.item_cover > exam.item_cover
    assert "lớp 8b" in tutoring.keys


def test_results_and_items_are_cut_into_the_same_dictionary_words():
    from linter.segment import dictionary_words

    # underthesea's model may cut one phrase two ways; its dictionary cuts it one way
    assert dictionary_words("phụ đạo học sinh yếu môn toán") == (
        "phụ đạo",
        "học sinh",
        "yếu",
        "môn",
        "toán",
    )
    assert dictionary_words("đã phụ đạo 6 em") == ("đã", "phụ đạo", "6", "em")


def test_a_result_of_two_content_words_is_not_similar_to_every_item_holding_them():
    # "Tổ chức ngày 21/3/2026, 56 đoàn viên dự" holds two of the item's words: token-set
    # similarity alone would call it the introduction of two members for admission
    matcher = Matcher(
        [
            "Giới thiệu 02 đoàn viên ưu tú (Chi đoàn ấp Xuân Thới, Chi đoàn Trường THCS) để chi bộ "
            "bồi dưỡng, xem xét kết nạp Đảng trong năm.",
            "Mở 01 lớp hướng dẫn sử dụng dịch vụ công trực tuyến cho đoàn viên trong quý I/2026.",
        ],
        ["Tổ chức ngày 21/3/2026, 56 đoàn viên dự"],
    )
    assert not matcher.affinity(0, 0).answers


def test_a_loanword_written_with_hyphens_is_one_word_in_common():
    # "ki-ốt" is one word: a result on another kiosk's food safety shares one word with the
    # sorting of waste along the kiosks, not two, and so is not its result
    matcher = Matcher(
        ["Vận động 100% hộ kinh doanh dãy ki-ốt số 10 đến số 20 phân loại rác tại nguồn."],
        [
            "Bảo đảm an toàn thực phẩm tại ki-ốt số 14",
            "Tháng 4 khảo sát 11 ki-ốt, kiốt nào cũng có thùng rác phân loại",
        ],
    )
    assert matcher.affinity(0, 0).shared == 1
    # written with or without the hyphen, it is the same word
    assert matcher.affinity(0, 1).shared == 4  # kiốt, phân, loại, rác
