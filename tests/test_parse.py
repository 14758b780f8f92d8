import datetime as dt
import unicodedata
from pathlib import Path

import pytest
from conftest import document_from_text

from linter.document import Document
from linter.parse import parse
from linter.read import read
from linter.sources import Source

COMMITMENT_ROMAN = """ĐẢNG BỘ XÃ TÂN PHƯỚC\t\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS          Tân Phước, ngày 12 tháng 02 năm 2025

BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025

- Họ và tên: Nguyễn Thị Lan        Ngày sinh: 12/3/1985
- Chức vụ: Giáo viên Toán, chủ nhiệm lớp 9A
Thực hiện Kế hoạch số 02-KH/CB ngày 20/01/2025 của Chi bộ Trường THCS Tân Phước, tôi cam kết:
I. Về tư tưởng chính trị: Tuyệt đối trung thành với Đảng. Kiên định mục tiêu độc lập dân tộc.
- Chấp hành nghiêm chủ trương của Đảng.
II. PHẨM CHẤT ĐẠO ĐỨC, LỐI SỐNG
- Giữ gìn phẩm chất đạo đức, lối sống giản dị.
III. Việc thực hiện nhiệm vụ chuyên môn được giao
- Hoàn thành tốt nhiệm vụ được giao.
+ Phụ đạo 5 học sinh yếu môn Toán lớp 8B, đến tháng 5/2025 có ít nhất 4 em đạt trung bình.
IV. Về tổ chức kỷ luật
- Chấp hành nghiêm kỷ luật, sinh hoạt chi bộ đầy đủ.
V. Khắc phục hạn chế, khuyết điểm
- Khắc phục tình trạng nộp hồ sơ chuyên môn chậm.
VI. Kế hoạch hành động thực hiện Nghị quyết Đại hội Đảng bộ xã
- Vận động 3 gia đình học sinh khó khăn tham gia bảo hiểm y tế.

NGƯỜI CAM KẾT

Nguyễn Thị Lan"""


def test_commitment_frame_header_and_date():
    outline = document_from_text(COMMITMENT_ROMAN).outline
    assert outline.kind == "commitment" and outline.title_line == 4
    assert outline.date == dt.date(2025, 2, 12)
    assert (
        outline.own_date.line == 2
        and outline.own_date.written == "Tân Phước, ngày 12 tháng 02 năm 2025"
    )
    header = outline.header
    assert (header.committee, header.cell) == ("ĐẢNG BỘ XÃ TÂN PHƯỚC", "CHI BỘ TRƯỜNG THCS")
    assert header.author == "Nguyễn Thị Lan"
    assert header.role == "Giáo viên Toán, chủ nhiệm lớp 9A" and header.role_key == "teacher"
    assert [(c.symbol, c.date) for c in outline.citations] == [("02-KH/CB", dt.date(2025, 1, 20))]
    assert outline.number is None


def test_six_parts_with_inline_items_and_sentences():
    outline = document_from_text(COMMITMENT_ROMAN).outline
    assert [(s.part, s.heading_line) for s in outline.sections] == [
        (1, 9),
        (2, 11),
        (3, 13),
        (4, 16),
        (5, 18),
        (6, 20),
    ]
    part1 = outline.section(1)
    assert [i.text for i in part1.items] == [
        "Tuyệt đối trung thành với Đảng.",
        "Kiên định mục tiêu độc lập dân tộc.",
        "Chấp hành nghiêm chủ trương của Đảng.",
    ]
    part3 = outline.section(3)
    assert [i.line for i in part3.items] == [14, 15]
    assert part3.items[1].text.startswith("Phụ đạo 5 học sinh")
    assert outline.section(6).last_line < outline.body_end


UNNUMBERED = """CHI BỘ ẤP PHƯỚC HÒA
BẢN ĐĂNG KÝ CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU
CỦA ĐẢNG VIÊN NĂM 2025
Họ và tên: Trần Văn Sáu
Nhiệm vụ được giao: phụ trách tổ tự quản số 3
Về tư tưởng chính trị:
Luôn kiên định lập trường.
Về đạo đức, lối sống:
Sống giản dị, gần gũi bà con.
Về thực hiện chức trách, nhiệm vụ được giao:
Vận động 15 hộ làm hàng rào xanh trước 30/6/2025.
Về ý thức tổ chức kỷ luật:
Dự sinh hoạt chi bộ đầy đủ.
Phước Hòa, ngày …… tháng …… năm 2025
NGƯỜI CAM KẾT"""


def test_unnumbered_parts_and_a_header_field_that_looks_like_part_3():
    outline = document_from_text(UNNUMBERED).outline
    assert outline.kind == "commitment"
    assert [(s.part, s.heading_line) for s in outline.sections] == [
        (1, 6),
        (2, 8),
        (3, 10),
        (4, 12),
    ]
    assert [i.text for i in outline.section(3).items] == [
        "Vận động 15 hộ làm hàng rào xanh trước 30/6/2025."
    ]


def test_a_blank_date_line_is_the_own_date_with_no_value():
    outline = document_from_text(UNNUMBERED).outline
    assert outline.own_date is not None and outline.own_date.status == "blank"
    assert outline.date is None


PLAN = """ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ
Số: 03-KH/CB                        Tân Phước, ngày 21 tháng 01 năm 2025

KẾ HOẠCH
Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025

Căn cứ Kế hoạch số 12-KH/ĐU, ngày 14/01/2025 của Đảng ủy xã Tân Phước về học tập và làm theo;
Thực hiện Kết luận số 01-KL/TW ngày 18/5/2021 của Bộ Chính trị,
I. MỤC ĐÍCH, YÊU CẦU
- Đảng viên xây dựng bản cam kết trước ngày 28/02/2025."""


def test_plan_number_citations_and_date():
    outline = document_from_text(PLAN).outline
    assert outline.kind == "plan" and outline.number == "03-KH/CB"
    assert outline.date == dt.date(2025, 1, 21)
    assert [(c.symbol, c.level, c.date) for c in outline.citations] == [
        ("12-KH/ĐU", "grassroots", dt.date(2025, 1, 14)),
        ("01-KL/TW", "central", dt.date(2021, 5, 18)),
    ]


def test_a_citation_line_is_not_a_title_and_other_documents_are_other():
    text = "ỦY BAN NHÂN DÂN XÃ AN BÌNH\nTHÔNG BÁO\nKế hoạch số 5-KH/UBND sẽ triển khai.\nAn Bình, ngày 3/4/2024"
    outline = document_from_text(text).outline
    assert outline.kind == "other" and outline.date == dt.date(2024, 4, 3)


def test_report_kind():
    text = "CHI BỘ TRƯỜNG THCS\nBÁO CÁO\nSơ kết 6 tháng thực hiện cam kết năm 2025\nTân Phước, ngày 05/7/2025"
    assert document_from_text(text).outline.kind == "report"


def test_a_chat_report_titled_with_the_writer_after_a_dash():
    # a message's first line in brackets: the title, then its writer and post after a dash
    text = (
        "[Báo cáo sơ kết 6 tháng đầu năm 2026 - đ/c Phan Minh Trí, Bí thư Chi đoàn ấp Phú Lợi]\n"
        "Dạ em gửi anh Thành và chi ủy báo cáo kết quả thực hiện cam kết 6 tháng của em ạ:\n"
        "- Hiến máu: ngày 15/3/2026 được 23 đơn vị máu (chỉ tiêu 20 đơn vị).\n"
        "Phú Thạnh Đông, ngày 27/6/2026"
    )
    outline = document_from_text(text).outline
    assert outline.kind == "report" and outline.title_line == 1


@pytest.mark.parametrize(
    "stamp", ["[07:52, 03/07/2026] H Mai Ksơr: ", "[03/07/2026 07:52] H Mai Ksơr: "]
)
def test_a_report_copied_from_a_chat_with_each_messages_stamp_and_sender(stamp):
    # the export puts "[time, date] sender: " before every message, the title's too
    text = (
        f"{stamp}Báo cáo 6 tháng thực hiện cam kết năm 2026\n"
        f"{stamp}H Mai Ksơr - đảng viên chi bộ buôn Ea Kniêr\n"
        "1. Sinh hoạt chi bộ đủ 6 kỳ, đảng phí đóng hết tháng 6\n"
        "2. Đã vận động 12 hộ vay vốn trồng cà phê, giải ngân ngày 15/5/2026\n"
        "Buôn Ea Kniêr 3/7/2026"
    )
    outline = document_from_text(text).outline
    assert outline.kind == "report" and outline.title_line == 1 and outline.period == "midyear"
    # the sender is its writer: the report is hers, and its results are read
    assert outline.header.author == "H Mai Ksơr" and outline.review.personal
    assert any("12 hộ vay vốn" in entry.text for entry in outline.review.entries)
    # a line of the chat that says nothing of a report is no title for it
    other = text.replace("Báo cáo 6 tháng thực hiện cam kết năm 2026", "Dạ anh ơi")
    assert document_from_text(other).outline.kind != "report"


def test_a_chat_reports_stamp_wrapped_before_the_senders_name_ends():
    # a narrow page wrapped the first message: its sender runs on to the next line
    text = (
        "[07:52, 03/07/2026] H Mai\n"
        "Ksơr: Báo cáo 6 tháng thực\n"
        "hiện cam kết năm 2026\n"
        "1. Sinh hoạt chi bộ đủ 6 kỳ\n"
        "Buôn Ea Kniêr 3/7/2026"
    )
    assert document_from_text(text).outline.kind == "report"


def test_date_at_the_bottom_and_deadlines_in_the_body_are_not_the_own_date():
    text = """BẢN CAM KẾT NĂM 2024
Ngày sinh: 12/3/1980
3. Về thực hiện nhiệm vụ được giao
- Nộp sáng kiến trước ngày 30/4/2024.
Trước 30/9/2024
Chợ Mới, ngày 5/2/2024
NGƯỜI CAM KẾT"""
    outline = document_from_text(text).outline
    assert outline.date == dt.date(2024, 2, 5) and outline.own_date.line == 6


def test_old_tones_and_nfd_parse_like_clean_text():
    messy = unicodedata.normalize("NFD", COMMITMENT_ROMAN.replace("hòa", "hoà"))
    outline = document_from_text(messy).outline
    assert [s.part for s in outline.sections] == [1, 2, 3, 4, 5, 6]
    assert outline.date == dt.date(2025, 2, 12)


def test_docx_table_rows_are_items_and_header_rows_are_skipped(docx_file):
    path = docx_file(
        [
            [
                ["ĐẢNG BỘ XÃ TÂN PHƯỚC", "ĐẢNG CỘNG SẢN VIỆT NAM"],
                ["CHI BỘ TRẠM Y TẾ", "Tân Phước, ngày 22 tháng 01 năm 2025"],
            ],
            "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025",
            "Phần 3: Thực hiện chức trách, nhiệm vụ được giao",
            [
                ["STT", "Nội dung cam kết", "Chỉ tiêu", "Thời gian hoàn thành"],
                ["1", "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi", "≥ 95%", "Trước 30/9/2025"],
                ["2", "Hoàn thành tốt nhiệm vụ được giao", "", ""],
            ],
            "Phần 4: Về tổ chức kỷ luật",
            "- Sinh hoạt chi bộ đầy đủ.",
            "NGƯỜI CAM KẾT",
        ]
    )
    lines, fmt, _ = read(Source(path, path.name, "u"))
    document = Document(path.name, "u", fmt, lines)
    outline = parse(document)
    assert outline.date == dt.date(2025, 1, 22)
    items = outline.section(3).items
    assert [(i.line, i.end_line) for i in items] == [(12, 14), (16, 16)]
    assert items[0].text == "Tiêm chủng đầy đủ cho trẻ dưới 1 tuổi; ≥ 95%; Trước 30/9/2025"
    assert outline.section(4).items[0].text == "Sinh hoạt chi bộ đầy đủ."


def test_docx_table_whose_rows_are_labelled_with_the_parts(docx_file):
    path = docx_file(
        [
            "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2024",
            "Họ và tên: Trần Văn Bình. Chức vụ: Phó Trưởng Công an xã.",
            [
                ["Nội dung", "Việc làm cụ thể", "Thời gian"],
                ["Chính trị tư tưởng", "Học và viết thu hoạch chuyên đề năm 2024", "Quý II/2024"],
                ["Đạo đức nghề nghiệp", "Không gây phiền hà khi tiếp công dân", "Cả năm"],
                ["Nhiệm vụ được giao", "Tuần tra 2 đêm mỗi tuần ở 3 ấp giáp ranh", "Hằng tuần"],
                ["Nhiệm vụ được giao", "Giải quyết 100% tin báo tội phạm đúng hạn", "Cả năm"],
                ["Công tác đào tạo", "Hướng dẫn 02 chiến sĩ mới", "Tháng 6/2024"],
                ["Tổ chức kỷ luật", "Dự đủ 12 buổi sinh hoạt chi bộ", "Hằng tháng"],
            ],
            "NGƯỜI CAM KẾT",
        ]
    )
    lines, fmt, _ = read(Source(path, path.name, "u"))
    outline = parse(Document(path.name, "u", fmt, lines))
    assert [s.part for s in outline.sections] == [1, 2, 3, 4]
    duties = [item.text for item in outline.section(3).items]
    assert duties[0] == "Tuần tra 2 đêm mỗi tuần ở 3 ấp giáp ranh; Hằng tuần"
    assert len(duties) == 3  # the repeated label and the unnamed row stay in part 3


LETTERED = """CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2019
Họ và tên: Lê Thị Mai. Nhiệm vụ: giáo viên chủ nhiệm lớp 2A.
a) Tư tưởng chính trị: học chuyên đề năm 2019, nộp bài thu hoạch trước 30/5/2019.
b) Đạo đức nhà giáo: không dạy thêm học sinh lớp mình chủ nhiệm.
c) Chuyên môn:
- Việc làm theo:
- Kèm 4 em đọc chậm của lớp 2A vào chiều thứ Năm hằng tuần.
d) Tổ chức kỷ luật: sinh hoạt chi bộ đầy đủ.
Tôi xin thực hiện nghiêm túc và báo cáo kết quả với chi bộ vào cuối năm.
An Phú, ngày 10 tháng 01 năm 2019
NGƯỜI CAM KẾT
Lê Thị Mai"""


def test_lettered_parts_and_what_is_not_an_item():
    outline = document_from_text(LETTERED).outline
    assert [s.part for s in outline.sections] == [1, 2, 3, 4]
    assert outline.section(1).items[0].text.startswith("học chuyên đề năm 2019")
    # a lead-in line, the closing formula and the place-and-date line are not commitments
    assert [i.text for i in outline.section(3).items] == [
        "Kèm 4 em đọc chậm của lớp 2A vào chiều thứ Năm hằng tuần."
    ]
    assert [i.text for i in outline.section(4).items] == ["sinh hoạt chi bộ đầy đủ."]


def test_lettered_lines_under_numbered_parts_stay_items():
    text = """BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
1. Về tư tưởng chính trị
- Tuyệt đối trung thành với Đảng.
2. Về thực hiện chức trách, nhiệm vụ được giao
a) Kỷ luật lớp học: không để em nào nghỉ học không phép.
b) Chuyên môn: dạy đủ 19 tiết/tuần.
3. Về tổ chức kỷ luật
- Sinh hoạt chi bộ đầy đủ."""
    outline = document_from_text(text).outline
    assert [s.part for s in outline.sections] == [1, 3, 4]
    assert len(outline.section(3).items) == 2


def test_a_commitment_without_recognisable_parts_is_judged_as_one_body():
    text = """CHI BỘ ẤP 5
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lý Văn Hậu. Chức vụ: Trưởng ấp.
Thực hiện Kế hoạch số 11-KH/ĐU ngày 15/01/2026 của Đảng ủy xã, tôi cam kết:
Một lòng trung thành với Đảng.
Hướng dẫn 40 hộ trồng sầu riêng lập mã số vùng trồng trong năm 2026.
Tích cực tham gia các phong trào của ấp.
NGƯỜI CAM KẾT"""
    outline = document_from_text(text).outline
    assert [s.part for s in outline.sections] == [0]
    assert [i.line for i in outline.section(0).items] == [5, 6, 7]
    from linter.engine import check_document
    from linter.rules import load_rules

    found = [(f.rule, f.line) for f in check_document(document_from_text(text), load_rules(), "vi")]
    # the pledge is tolerated, the concrete task passes, the vague action is reported
    assert [f for f in found if f[0] == "CK205"] == [("CK205", 7)]


# The parse was examined on these sets. dang-uy-xa-my-hiep is a held-out set kept unexamined, so
# that a later change can be measured on it honestly with `camket evaluate`; its parse gaps are
# reported there, not fixed by looking at it.
EXAMINED = ("dang-uy-xa-tan-phuoc", "dang-uy-xa-binh-an", "dang-uy-phuong-an-lac")


def test_corpus_commitments_all_have_part_3():
    from linter.sources import discover

    corpus = Path(__file__).resolve().parent.parent / "corpus"
    for source in discover([corpus / name for name in EXAMINED]):
        lines, fmt, encoding = read(source)
        document = Document(source.display, source.unit, fmt, lines, encoding)
        outline = parse(document)
        if outline.kind == "commitment":
            part3 = outline.section(3)
            assert part3 is not None and len(part3.items) >= 3, source.display


def test_places_with_numbers_in_a_two_column_header():
    for place in ("Phường 2", "Quận 3", "TP. Cao Lãnh", "Xã An Bình"):
        text = f"CHI BỘ KHU PHỐ 4\nSố: 01-KH/CB                        {place}, ngày 15 tháng 01 năm 2025\nKẾ HOẠCH\nNội dung"
        outline = document_from_text(text).outline
        assert outline.date == dt.date(2025, 1, 15), place
        assert outline.number == "01-KH/CB"


def test_double_spaces_inside_a_bottom_date_line():
    text = "BẢN CAM KẾT NĂM 2023\nNội dung\n                               Xã An Bình, ngày  15  tháng  3  năm 2023\nNGƯỜI CAM KẾT"
    assert document_from_text(text).outline.date == dt.date(2023, 3, 15)


def test_ordinal_part_numbering_and_short_part_3_titles():
    text = """BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
Phần thứ nhất: Tư tưởng chính trị
- Giữ vững niềm tin vào Đảng.
Phần thứ hai: Đạo đức, lối sống
- Sống hòa thuận với lối xóm.
Phần thứ ba: Thực hiện nhiệm vụ
- Đo huyết áp miễn phí cho người cao tuổi của ấp vào sáng thứ Bảy đầu tháng.
Về nhiệm vụ học tập (chức trách của sinh viên)
- Đạt điểm trung bình tích lũy 3,2."""
    outline = document_from_text(text).outline
    assert [(s.part, s.heading_line) for s in outline.sections] == [(1, 2), (2, 4), (3, 6)]
    assert document_from_text(
        "BẢN CAM KẾT NĂM 2025\nVề nhiệm vụ học tập\n- Học đủ 30 tín chỉ."
    ).outline.section(3)


def test_merged_parts_ordinal_numbering_and_short_titles():
    text = """BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Thứ nhất: Về chính trị tư tưởng và đạo đức, lối sống
- Giữ vững niềm tin vào Đảng.
Thứ hai: Về thực hiện nhiệm vụ được giao
- Kiểm tra xe và ghi sổ nhật ký trước mỗi ca chạy.
Thứ ba: Kỷ luật, sửa chữa khuyết điểm
- Không đi họp muộn buổi nào.
HÀNH ĐỘNG
- Vận động 3 hộ lắp camera an ninh trước 30/6/2026."""
    outline = document_from_text(text).outline
    assert [(s.part, s.parts) for s in outline.sections] == [
        (1, (1, 2)),
        (3, (3,)),
        (4, (4, 5)),
        (6, (6,)),
    ]
    assert outline.section(2).heading_line == 2 and outline.section(5).heading_line == 6
    assert outline.section(5).items[0].in_parts({5})


def test_a_numbered_item_naming_a_part_is_not_a_heading():
    text = """BẢN CAM KẾT NĂM 2026
III - Học tập và nhiệm vụ được giao
1. Chấp hành nghiêm kỷ luật của Đảng, nội quy nhà trường.
2. Phẩm chất chính trị, đạo đức của sinh viên đảng viên."""
    outline = document_from_text(text).outline
    assert [(s.part, s.heading_line) for s in outline.sections] == [(3, 2)]
    assert [i.line for i in outline.section(3).items] == [3, 4]


def test_bold_docx_paragraphs_are_headings(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026")
    for title, item in (
        ("Tư tưởng chính trị", "Giữ vững niềm tin."),
        ("Công tác phụ nữ", "Vận động 30 hội viên gửi tiết kiệm."),
    ):
        document.add_paragraph().add_run(title).bold = True
        document.add_paragraph(item)
    path = tmp_path / "dam.docx"
    document.save(path)
    lines, fmt, _ = read(Source(path, path.name, "u"))
    assert [line.bold for line in lines] == [False, True, False, True, False]
    outline = parse(Document(path.name, "u", fmt, lines))
    assert [(s.part, s.heading_line) for s in outline.sections] == [(1, 2), (3, 4)]


@pytest.mark.parametrize(
    ("field", "name"),
    [
        ("Họ và tên: Đỗ Văn Chiến. Sinh năm: 1956. Quê quán: xã Hoà Bình.", "Đỗ Văn Chiến"),
        ("Họ tên: Trương Thị Mỹ Dung. Sinh năm 1979.", "Trương Thị Mỹ Dung"),
        ("Họ và tên: Lê Văn Tư; sinh ngày 02/3/1980", "Lê Văn Tư"),
        ("Tên tôi là: Ngô Văn Chín, Tổ trưởng Tổ nhân dân tự quản số 4.", "Ngô Văn Chín"),
        ("Họ và tên: Trịnh Minh Quân Năm sinh: 1991", "Trịnh Minh Quân"),
        ("Họ và tên: Nguyễn Thị Hồng Nhung Sinh ngày: 21/6/1990", "Nguyễn Thị Hồng Nhung"),
        ("Họ và tên: Lê Văn Tư Ngày vào Đảng: 02/9/2017", "Lê Văn Tư"),
    ],
)
def test_author_ends_at_the_stop_or_comma_after_the_name(field, name):
    text = COMMITMENT_ROMAN.replace("NGƯỜI CAM KẾT\n\nNguyễn Thị Lan", "")
    lines = text.split("\n")
    lines.insert(5, field)
    assert document_from_text("\n".join(lines)).outline.header.author == name


def test_bullets_are_the_items_grouped_by_their_lines_on_every_corpus_document(corpus_run):
    """Each rule judging items asks for the bullets: found once, they are still the items
    grouped by the lines they span, in order, and each caller gets a list of its own."""
    report, _ = corpus_run
    documents = [d for d in report.documents if d.outline.items]
    assert len(documents) > 200
    for document in documents:
        outline = document.outline
        groups: dict[tuple[int, int], list] = {}
        for item in outline.items:
            groups.setdefault((item.line, item.end_line), []).append(item)
        expected = [tuple(group) for group in groups.values()]
        first = outline.bullets()
        assert first == expected
        first.clear()
        assert outline.bullets() == expected


def test_an_item_is_in_the_parts_it_shares_with_the_rules_scope(corpus_run):
    report, _ = corpus_run
    scopes = [set(), {3}, {3, 5, 6}, frozenset({1, 2}), frozenset(range(1, 7))]
    checked = 0
    for document in report.documents:
        for item in document.outline.items:
            for parts in scopes:
                assert item.in_parts(parts) == bool(parts & set(item.all_parts))
                checked += 1
    assert checked > 40_000
