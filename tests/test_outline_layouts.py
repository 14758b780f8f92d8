"""A document's frame read from real layouts: own dates cut by a line break, two-column headers
merged onto one line, months written as words, dates only in a Word page header, footer or
signature table, the own number told from citations, and the kind read from the content."""

import datetime as dt
import json
import re
import textwrap

import pytest
from click.testing import CliRunner
from conftest import CORPUS, ROOT, TEXT, document_from_text, docx_with

from linter.cli import main
from linter.dates import DateStatus, find_dates, find_month_dates
from linter.document import Document, PackedLines, make_line
from linter.engine import check_document
from linter.parse import parse
from linter.read import read
from linter.rules import load_rules
from linter.sources import Source

WILD = ROOT / "tests" / "fixtures" / "wild"

COMMITMENT_TOP = """ĐẢNG BỘ XÃ HUỔI LẾCH
CHI BỘ BẢN PHIÊNG
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lò Văn Thắm
Chức vụ: Trưởng bản, tổ trưởng tổ hòa giải
1. Về tư tưởng chính trị
- Dự đủ 12 buổi sinh hoạt chi bộ, nộp bài thu hoạch chuyên đề trước ngày 30/4/2026.
2. Về thực hiện chức trách, nhiệm vụ được giao
- Vận động 12 hộ còn lại của bản tham gia bảo hiểm y tế hộ gia đình trước ngày 30/6/2026.
- Hòa giải xong trong tháng các vụ tranh chấp đất nương phát sinh trong bản."""


def outline_of(text):
    return document_from_text(text).outline


def findings_of(text, rule=None):
    found = check_document(document_from_text(text), load_rules(), "vi")
    return [f for f in found if rule is None or f.rule == rule]


# --- 1. an own date cut by a line break ------------------------------------------------------


@pytest.mark.parametrize(
    ("foot", "written"),
    [
        ("Huổi Lếch, ngày 03\ntháng 02 năm 2026", "Huổi Lếch, ngày 03 tháng 02 năm 2026"),
        ("Huổi Lếch, ngày\n03 tháng 02 năm 2026", "Huổi Lếch, ngày 03 tháng 02 năm 2026"),
        ("Huổi Lếch, ngày 03 tháng\n02 năm 2026", "Huổi Lếch, ngày 03 tháng 02 năm 2026"),
        ("Huổi Lếch, ngày 03 tháng 02 năm\n2026", "Huổi Lếch, ngày 03 tháng 02 năm 2026"),
        ("Huổi Lếch,\nngày 03 tháng 02 năm 2026", "Huổi Lếch, ngày 03 tháng 02 năm 2026"),
        ("TP. Điện Biên Phủ, ngày\n3/2/2026", "TP. Điện Biên Phủ, ngày 3/2/2026"),
    ],
)
def test_a_date_cut_at_a_line_end_is_read_across_the_break(foot, written):
    text = f"{COMMITMENT_TOP}\n{foot}\nNGƯỜI CAM KẾT\nLò Văn Thắm"
    outline = outline_of(text)
    assert outline.date == dt.date(2026, 2, 3)
    own = outline.own_date
    # The date starts on the first of the two lines (the place's line when the place stands
    # alone above the date) and ends on the second.
    assert (own.line, own.end_line, own.written) == (11, 12, written)
    # neither half is taken for a commitment item
    assert [item.line for item in outline.section(3).items] == [9, 10]


def test_a_date_cut_in_the_right_column_of_a_two_column_header():
    text = (
        "ĐẢNG BỘ XÃ HUỔI LẾCH            ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "CHI BỘ BẢN PHIÊNG               Huổi Lếch, ngày 15\n"
        "*                               tháng 01 năm 2026\n" + COMMITMENT_TOP.split("\n", 2)[2]
    )
    outline = outline_of(text)
    assert outline.date == dt.date(2026, 1, 15)
    assert (outline.own_date.line, outline.own_date.end_line) == (2, 3)
    assert outline.header.cell == "CHI BỘ BẢN PHIÊNG"


def test_a_blank_date_cut_by_a_break_is_reported_on_both_lines():
    text = f"{COMMITMENT_TOP}\nHuổi Lếch, ngày ……\ntháng …… năm 2026\nNGƯỜI CAM KẾT"
    assert outline_of(text).own_date.status == "blank"
    [missing] = findings_of(text, "CK506")
    assert (missing.line, missing.end_line) == (11, 12)
    assert missing.excerpt == "Huổi Lếch, ngày …… / tháng …… năm 2026"


@pytest.mark.parametrize(
    "foot",
    [
        # a blank line between the two halves: not one date line
        "Huổi Lếch, ngày 03\n\ntháng 02 năm 2026",
        # a sentence wrapped before a date, not a place
        "Chi bộ tổ chức họp xét cam kết tại nhà văn hóa bản Phiêng,\nngày 03 tháng 02 năm 2026.",
        # a deadline cut by the break
        "- Nộp bài thu hoạch cho chi ủy trước ngày 30\ntháng 4 năm 2026.",
        # two dates, one on each line: never joined into one
        "Bản Phiêng, ngày 03 tháng 02\nngày 10 tháng 02 năm 2026",
    ],
)
def test_only_a_date_cut_at_the_line_end_with_nothing_between_is_joined(foot):
    outline = outline_of(f"{COMMITMENT_TOP}\n{foot}\nNGƯỜI CAM KẾT")
    assert outline.date is None


def test_a_date_cut_twice_in_a_narrow_column():
    text = (
        "ĐẢNG BỘ XÃ VĨNH XUÂN\nĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ ẤP XUÂN THỚI\n*\n"
        "Số 01-KH/CB Xuân Thới,\nngày 22 tháng 01 năm\n2026\n\nKẾ HOẠCH\n"
        "Về việc đảng viên viết bản cam kết năm 2026"
    )
    outline = outline_of(text)
    # "… năm" alone reads as a blank date: the year on the line below completes it
    assert (outline.date, outline.number) == (dt.date(2026, 1, 22), "01-KH/CB")
    assert (outline.own_date.line, outline.own_date.end_line) == (5, 7)
    assert outline.own_date.written == "Xuân Thới, ngày 22 tháng 01 năm 2026"


def test_a_birth_date_line_is_no_place_and_date():
    text = TEXT.replace(
        "1. Về tư tưởng chính trị",
        "Họ và tên: Võ Thị Ngọc Thủy\nSinh ngày 30 tháng 4 năm 1985\nVào Đảng ngày 03/02/2010\n"
        "1. Về tư tưởng chính trị",
    )
    own = outline_of(text).own_date
    assert (own.line, own.value) == (20, dt.date(2025, 1, 20))


def test_the_end_of_a_wrapped_note_in_brackets_is_no_place_and_date():
    # a 6-month report's note under its title, hard-wrapped: its second line looks like
    # "<place> ngày …" but closes a bracket opened the line before
    text = """BÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2026
(theo mẫu của Chi bộ gửi nhóm
Zalo ngày 15/6/2026)
Họ và tên: Lê Thị Thu
1. Những việc đã làm được
- Sổ theo dõi hiện trạng nhà cổ ghi đủ 25 tuần.
Hội Phước, ngày 01/7/2026
NGƯỜI BÁO CÁO
Lê Thị Thu"""
    own = outline_of(text).own_date
    assert (own.line, own.value) == (7, dt.date(2026, 7, 1))


def _pasted(text: str) -> str:
    """A web page's copy: every run of spaces and tabs one space, lines trimmed."""
    return "\n".join(re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))


def _wrapped(text: str) -> str:
    """A PDF's text layer of a narrow page: a web copy hard-wrapped at 30 columns."""
    return "\n".join("\n".join(textwrap.wrap(line, 30)) for line in _pasted(text).split("\n"))


@pytest.mark.parametrize("layout", [_pasted, _wrapped])
def test_every_text_file_of_the_corpus_keeps_its_frame_pasted_or_wrapped(layout):
    """Kind, own date and number of every .txt of the corpus and the wild set, read again as
    a web page's copy and as a narrow PDF's hard-wrapped text."""
    changed = []
    for root in (CORPUS, WILD):
        for path in sorted(root.rglob("*.txt")):
            lines, _, _ = read(Source(path, path.name, "u"))
            text = "\n".join(line.text for line in lines)
            frames = []
            for version in (text, layout(text)):
                document = Document(path.name, "u", "txt", split_lines(version))
                outline = parse(document, split_sentences=False)
                frames.append((outline.kind, outline.date, outline.number))
            if frames[0] != frames[1]:
                changed.append(f"{path.name}: {frames[0]} → {frames[1]}")
    assert changed == []


def split_lines(text):
    return [make_line(n, line) for n, line in enumerate(text.split("\n"), start=1)]


# --- 2. a two-column header merged onto one line ---------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "ĐẢNG BỘ XÃ TÂN PHƯỚC          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ          Tân Phước, ngày 27 tháng 9 năm 2025",
        "ĐẢNG BỘ XÃ TÂN PHƯỚC\tĐẢNG CỘNG SẢN VIỆT NAM\n"
        "CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ\tTân Phước, ngày 27 tháng 9 năm 2025",
        # copied from a web page: the columns keep one space between them
        "ĐẢNG BỘ XÃ TÂN PHƯỚC ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ Tân Phước, ngày 27 tháng 9 năm 2025",
        # a table pasted as text
        "| ĐẢNG BỘ XÃ TÂN PHƯỚC | ĐẢNG CỘNG SẢN VIỆT NAM |\n"
        "| CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ | Tân Phước, ngày 27 tháng 9 năm 2025 |",
    ],
)
def test_a_merged_header_gives_the_date_and_still_the_committee_and_cell(header):
    outline = outline_of(header + "\n" + TEXT.split("\n", 1)[1])
    assert outline.date == dt.date(2025, 9, 27) and outline.own_date.line == 2
    assert outline.own_date.written == "Tân Phước, ngày 27 tháng 9 năm 2025"
    assert (outline.header.committee, outline.header.cell) == (
        "ĐẢNG BỘ XÃ TÂN PHƯỚC",
        "CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ",
    )
    assert outline.kind == "commitment" and [s.part for s in outline.sections] == [1, 2, 3, 4, 5, 6]


def test_a_number_and_a_date_merged_by_one_space_and_the_star_under_the_header():
    plan = """ĐẢNG BỘ XÃ TÂN PHƯỚC ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ
* Tân Phước, ngày 21 tháng 01 năm 2025
KẾ HOẠCH
Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025"""
    assert outline_of(plan).date == dt.date(2025, 1, 21)
    for number, symbol in (("Số 03-KH/CB", "03-KH/CB"), ("Số 04-CTr/CB", "04-CTr/CB")):
        outline = outline_of(plan.replace("* Tân", f"{number} Tân"))
        assert (outline.number, outline.date) == (symbol, dt.date(2025, 1, 21))


def test_a_bullet_with_a_date_in_the_body_is_not_a_merged_header():
    text = """CHI BỘ KHU PHỐ 4
KẾ HOẠCH
Thực hiện cam kết năm 2025
III. TIẾN ĐỘ
+ Đợt 1, ngày 15/3/2025
+ Đợt 2, ngày 15/9/2025
Phường 2, ngày 20 tháng 01 năm 2025
T/M CHI BỘ"""
    assert outline_of(text).own_date.line == 7


# --- 3. months written as words ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bình An, ngày 5 tháng Hai năm 2025", dt.date(2025, 2, 5)),
        ("ngày 31 tháng Mười hai năm 2024", dt.date(2024, 12, 31)),
        ("ngày 01 tháng Mười một năm 2025", dt.date(2025, 11, 1)),
        ("ngày 10 tháng Mười năm 2025", dt.date(2025, 10, 10)),
        ("ngày 20 tháng Năm năm 2025", dt.date(2025, 5, 20)),
        ("Ngày 3 tháng tư, năm 2025", dt.date(2025, 4, 3)),
        ("ngày 7 tháng Bảy năm 2025", dt.date(2025, 7, 7)),
    ],
)
def test_months_written_as_words(text, expected):
    [mention] = find_dates(text)
    assert (mention.status, mention.value) == (DateStatus.OK, expected)


def test_month_words_keep_blank_and_impossible_dates_as_they_were():
    # "tháng năm 2025": the month left blank, not May
    assert find_dates("ngày 5 tháng năm 2025")[0].status is DateStatus.BLANK
    assert find_dates("ngày 30 tháng Hai năm 2025")[0].status is DateStatus.IMPOSSIBLE
    assert find_dates("ngày 5 tháng Ba mươi năm 2025") == []
    [month] = find_month_dates("Tân An, tháng Hai năm 2025")
    assert month.status is DateStatus.PARTIAL


def test_a_lunar_month_is_read_as_a_date_never_converted():
    # Giêng and Chạp name lunar months; party documents are dated by the solar calendar, a
    # month or more away: the date line is found, its value is not guessed.
    for text in ("ngày 10 tháng Giêng năm 2026", "ngày 20 tháng Chạp năm 2025"):
        [mention] = find_dates(text)
        assert (mention.status, mention.value) == (DateStatus.LUNAR, None)
    text = TEXT.replace("Phường 2, ngày 20/01/2025", "Phường 2, ngày 10 tháng Giêng năm 2025")
    own = outline_of(text).own_date
    assert (own.status, own.value, own.line) == ("lunar", None, 17)
    [missing] = findings_of(text, "CK506")
    assert "tháng Giêng" in missing.message


def test_month_words_in_a_citation_and_in_the_own_date():
    text = TEXT.replace(
        "Phường 2, ngày 20/01/2025", "Phường 2, ngày 20 tháng Giêng năm 2025"
    ).replace(
        "1. Về tư tưởng chính trị",
        "Thực hiện Chỉ thị số 05-CT/TW ngày 15 tháng Năm năm 2016 của Bộ Chính trị, tôi cam kết:\n"
        "1. Về tư tưởng chính trị",
    )
    outline = outline_of(text.replace("tháng Giêng", "tháng Một"))
    assert [(c.symbol, c.date) for c in outline.citations] == [("05-CT/TW", dt.date(2016, 5, 15))]
    assert outline.date == dt.date(2025, 1, 20)


# --- 4. dates in a Word page header, footer or signature table --------------------------------

BODY = [
    "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025",
    "Họ và tên: Huỳnh Thị Bích Ngân. Chức vụ: Nữ hộ sinh, Trạm Y tế xã Tân Phước.",
    "3. Về thực hiện chức trách, nhiệm vụ được giao",
    "- Khám thai định kỳ cho 100% thai phụ của 3 ấp phụ trách, ít nhất 4 lần mỗi thai kỳ.",
    "- Hoàn thành tốt nhiệm vụ được giao.",
    "4. Về tổ chức kỷ luật",
    "- Sinh hoạt chi bộ đầy đủ, đóng đảng phí trước ngày 5 hằng tháng.",
]


def word_file(path, body, header=None, footer=None, signature=None):
    import docx

    document = docx.Document()
    for block in body:
        document.add_paragraph(block)
    if signature:
        table = document.add_table(rows=len(signature), cols=2)
        for r, row in enumerate(signature):
            for c, cell in enumerate(row):
                first, *more = cell.split("\n")  # a paragraph for each line, as Enter makes
                table.cell(r, c).text = first
                for paragraph in more:
                    table.cell(r, c).add_paragraph(paragraph)
    section = document.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer
    document.save(path)
    return path


def read_doc(path):
    lines, fmt, _ = read(Source(path, path.name, "u"))
    document = Document(path.name, "u", fmt, lines)
    document.outline = parse(document)
    return document


@pytest.mark.parametrize("where", ["header", "footer"])
def test_a_date_only_in_the_page_header_or_footer(tmp_path, where):
    date_line = "CHI BỘ TRẠM Y TẾ\tTân Phước, ngày 22 tháng 01 năm 2025"
    path = word_file(tmp_path / "cam-ket.docx", BODY, **{where: date_line})
    document = read_doc(path)
    # the body keeps its numbers; the page header or footer comes after it, marked
    assert [line.text for line in document.lines[:7]] == BODY
    assert [(line.number, line.margin) for line in document.lines[7:]] == [(8, True)]
    outline = document.outline
    assert outline.date == dt.date(2025, 1, 22) and outline.own_date.line == 8
    assert outline.title_line == 1 and outline.header.cell is None
    assert [i.line for i in outline.section(3).items] == [4, 5]
    assert outline.section(4).items[-1].line == 7


def test_the_body_date_comes_before_the_page_header_date(tmp_path):
    body = [*BODY, "Tân Phước, ngày 25 tháng 01 năm 2025", "NGƯỜI CAM KẾT"]
    path = word_file(tmp_path / "cam-ket.docx", body, footer="Cập nhật ngày 02/3/2025")
    outline = read_doc(path).outline
    assert outline.date == dt.date(2025, 1, 25) and outline.own_date.line == 8


def test_page_header_lines_are_no_title_no_item_and_no_copied_text(tmp_path):
    from linter.fingerprint import tokens

    plan = ["KẾ HOẠCH", "Thực hiện cam kết năm 2025", "Chi bộ giao mỗi đảng viên 1 việc cụ thể."]
    footer = "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU - Chi bộ Trạm Y tế xã Tân Phước"
    document = read_doc(word_file(tmp_path / "ke-hoach.docx", plan, footer=footer))
    assert document.outline.kind == "plan" and document.outline.title_line == 1
    assert document.lines[-1].margin and document.lines[-1].number == 4
    assert set(tokens(document).lines) == {2, 3}  # the footer is not the plan's own text


def test_margin_lines_survive_packing(tmp_path):
    path = word_file(tmp_path / "cam-ket.docx", BODY, header="Tân Phước, ngày 22/01/2025")
    lines = read_doc(path).lines
    assert PackedLines.of(lines).lines() == lines
    assert [line.margin for line in PackedLines.of(lines).lines()][-2:] == [False, True]


def test_a_page_header_date_through_the_cli_and_the_cache(tmp_path):
    folder = tmp_path / "chi-bo-tram-y-te"
    folder.mkdir()
    word_file(folder / "cam-ket.docx", BODY, header="Tân Phước, ngày 22 tháng 01 năm 2025")
    for _ in range(2):  # the second run reads the analysis from the cache
        result = CliRunner().invoke(main, ["check", "--format", "json", str(folder)])
        [entry] = json.loads(result.output)["files"]
        assert entry["date"] == "2025-01-22"


@pytest.mark.parametrize(
    "signature",
    [
        [["", "Tân Phước, ngày 05 tháng 02 năm 2025"], ["NGƯỜI CAM KẾT", "T/M CHI ỦY"]],
        [["Tân Phước, ngày 05 tháng 02 năm 2025\nNGƯỜI CAM KẾT", "T/M CHI ỦY"]],
    ],
)
def test_a_date_in_the_signature_table(tmp_path, signature):
    rows = [*signature, ["Huỳnh Thị Bích Ngân", "Trần Văn Bảy"]]
    document = read_doc(word_file(tmp_path / "cam-ket.docx", BODY, signature=rows))
    outline = document.outline
    assert outline.date == dt.date(2025, 2, 5)
    assert document.line(outline.own_date.line).cell is not None
    assert [i.line for i in outline.section(4).items] == [7]


def test_a_bare_date_line_just_above_the_signature_table(tmp_path):
    rows = [["XÁC NHẬN CỦA CHI ỦY", "NGƯỜI CAM KẾT"], ["", "Huỳnh Thị Bích Ngân"]]
    body = [*BODY, "Ngày 16 tháng 3 năm 2025"]
    outline = read_doc(word_file(tmp_path / "cam-ket.docx", body, signature=rows)).outline
    assert outline.date == dt.date(2025, 3, 16)
    assert outline.own_date.line == len(body)
    # the last item's deadline, further up, is not the document's date
    assert [i.line for i in outline.section(4).items] == [7]


def test_a_deadline_in_a_table_of_the_body_is_still_no_own_date(tmp_path):
    rows = [["Việc làm", "Thời hạn"], ["Khám thai cho thai phụ ấp 3", "Tân Phước, ngày 30/6/2025"]]
    body = [*BODY[:3]]
    path = word_file(tmp_path / "cam-ket.docx", body, signature=rows)
    import docx

    document = docx.Document(path)
    document.add_paragraph("4. Về tổ chức kỷ luật")
    document.add_paragraph("NGƯỜI CAM KẾT")
    document.save(path)
    assert read_doc(path).outline.date is None


def _header_rels(extra: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/>' + extra + "</Relationships>"
    )


_HEADER_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header"
_HDR = (
    '<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:p><w:r><w:t>Tân Phước, ngày 22 tháng 01 năm 2025</w:t></w:r></w:p></w:hdr>"
)


def _body_docx(tmp_path):
    return word_file(tmp_path / "goc.docx", BODY)


def test_an_external_or_missing_header_is_not_followed(tmp_path):
    rels = _header_rels(
        f'<Relationship Id="rId8" Type="{_HEADER_TYPE}" Target="header1.xml"/>'
        f'<Relationship Id="rId9" Type="{_HEADER_TYPE}" Target="file:///etc/hostname" '
        'TargetMode="External"/>'
        f'<Relationship Id="rId10" Type="{_HEADER_TYPE}" Target="khong-co.xml"/>'
        f'<Relationship Id="rId11" Type="{_HEADER_TYPE}" Target="header1.xml"/>'
    )
    path = docx_with(
        tmp_path / "ngoai.docx",
        {"word/_rels/document.xml.rels": rels, "word/header1.xml": _HDR},
        source=_body_docx(tmp_path),
    )
    lines, _, _ = read(Source(path, path.name, "u"))
    # the internal header once (related twice), nothing from outside the file
    assert [line.text for line in lines if line.margin] == ["Tân Phước, ngày 22 tháng 01 năm 2025"]


def test_a_damaged_header_leaves_the_body_readable_a_crafted_one_is_refused(tmp_path):
    from linter.read.error import ReadError

    rels = _header_rels(f'<Relationship Id="rId8" Type="{_HEADER_TYPE}" Target="header1.xml"/>')
    damaged = docx_with(
        tmp_path / "hong.docx",
        {"word/_rels/document.xml.rels": rels, "word/header1.xml": "<w:hdr><w:p>"},
        source=_body_docx(tmp_path),
    )
    lines, _, _ = read(Source(damaged, damaged.name, "u"))
    assert [line.text for line in lines] == BODY
    laughs = '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaa">]>' + _HDR
    crafted = docx_with(
        tmp_path / "doc-hai.docx",
        {"word/_rels/document.xml.rels": rels, "word/header1.xml": laughs},
        source=_body_docx(tmp_path),
    )
    with pytest.raises(ReadError) as refused:
        read(Source(crafted, crafted.name, "u"))
    assert refused.value.code == "CK014"


def test_a_file_with_text_only_in_its_page_header_is_empty(tmp_path):
    from linter.read.error import ReadError

    path = word_file(tmp_path / "rong.docx", [""], header="Tân Phước, ngày 22/01/2025")
    with pytest.raises(ReadError) as empty:
        read(Source(path, path.name, "u"))
    assert empty.value.code == "CK001"


# --- 5. the own number, never a citation ------------------------------------------------------


def test_a_wrapped_citation_is_not_the_own_number():
    text = """ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ                    Tân Phước, ngày 21 tháng 01 năm 2025
Căn cứ Điều lệ Đảng; thực hiện Kế hoạch
số 12-KH/ĐU ngày 14/01/2025 của Đảng ủy xã Tân Phước,
KẾ HOẠCH
Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025
Số 12-KH/ĐU, ngày 14/01/2025 của Đảng ủy xã là căn cứ của kế hoạch này."""
    outline = outline_of(text)
    assert outline.kind == "plan" and outline.number is None
    assert [c.symbol for c in outline.citations] == ["12-KH/ĐU", "12-KH/ĐU"]


def test_the_own_number_beside_a_citation_in_the_preamble():
    text = """ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRẠM Y TẾ
Số: 03-KH/CB                        Tân Phước, ngày 21 tháng 01 năm 2025
Thực hiện Kế hoạch số 12-KH/ĐU, ngày 14/01/2025 của Đảng ủy xã Tân Phước,
KẾ HOẠCH
Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025"""
    outline = outline_of(text)
    assert outline.number == "03-KH/CB"
    assert [(c.symbol, c.date) for c in outline.citations] == [("12-KH/ĐU", dt.date(2025, 1, 14))]


def test_without_a_title_only_a_number_line_of_the_header_counts():
    news = """Chi bộ Trạm Y tế xã Tân Phước triển khai việc xây dựng cam kết năm 2025 theo Kế hoạch
số 12-KH/ĐU ngày 14/01/2025 của Đảng ủy xã; các đảng viên hoàn thành trước ngày 28/02/2025."""
    assert outline_of(news).number is None


def test_the_number_in_a_header_table(docx_file):
    path = docx_file(
        [
            [
                ["ĐẢNG BỘ XÃ TÂN PHƯỚC", "ĐẢNG CỘNG SẢN VIỆT NAM"],
                ["CHI BỘ TRẠM Y TẾ", "Tân Phước, ngày 21 tháng 01 năm 2025"],
                ["Số: 03-KH/CB", ""],
            ],
            "KẾ HOẠCH",
            "Thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025",
            "Thực hiện Kế hoạch số 12-KH/ĐU ngày 14/01/2025 của Đảng ủy xã Tân Phước,",
        ],
        name="ke-hoach.docx",
    )
    outline = read_doc(path).outline
    assert (outline.kind, outline.number) == ("plan", "03-KH/CB")


# --- 6. the kind from the content ---------------------------------------------------------------

KIEM_DIEM = """ĐẢNG BỘ XÃ TÂN PHƯỚC                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG THCS                  Tân Phước, ngày 10 tháng 12 năm 2025
BẢN KIỂM ĐIỂM CÁ NHÂN
Năm 2025
Họ và tên: Nguyễn Thị Lan. Chức vụ: Giáo viên Toán.
I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC
- Phụ đạo 5 học sinh yếu môn Toán lớp 8B, 4 em đạt trung bình cuối học kỳ I.
II. HẠN CHẾ, KHUYẾT ĐIỂM
- Nộp hồ sơ chuyên môn chậm 2 lần trong học kỳ I.
NGƯỜI TỰ KIỂM ĐIỂM"""

ARTICLE = """Bản cam kết tu dưỡng, rèn luyện, phấn đấu: đừng để thành thủ tục
Những năm gần đây, việc đảng viên xây dựng bản cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm đã trở thành nền nếp ở nhiều chi bộ trong huyện. Tuy vậy, qua kiểm tra cho thấy không ít bản cam kết còn chép lại nội dung của nhau, ghi chung chung như hoàn thành tốt nhiệm vụ được giao mà không nêu việc cụ thể.
Theo đồng chí Bí thư Đảng ủy xã Tân Phước, cái khó nhất là giúp mỗi đảng viên chọn ra một vài việc làm cụ thể, gắn với vị trí công tác, có chỉ tiêu và thời hạn rõ ràng để chi bộ theo dõi, kiểm điểm cuối năm. Năm 2024, đảng ủy yêu cầu các chi bộ trả lại những bản chép nguyên văn để đảng viên viết lại.
Nhiều chi bộ đã chọn cách làm đơn giản: chi ủy gợi ý theo từng nhóm công việc, đảng viên tự ghi việc của mình, chi bộ thông qua trong kỳ sinh hoạt tháng 3. Việc thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2017 của Bộ Chính trị nhờ đó đi vào thực chất hơn.
Trần Minh"""


@pytest.mark.parametrize(
    "text",
    [
        KIEM_DIEM,
        KIEM_DIEM.replace("BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025", "BẢN TỰ KIỂM ĐIỂM NĂM 2025"),
        KIEM_DIEM.replace("BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025", "Bản kiểm điểm cá nhân năm 2025"),
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "BÁO CÁO sơ kết 6 tháng đầu năm 2025 thực hiện bản cam kết tu dưỡng, rèn luyện",
        ),
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "Báo cáo tổng kết năm 2025 thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu",
        ),
        # a cell's own form for the 6-month report
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025",
        ),
        # a member's self-assessment at mid-year
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "BẢN TỰ ĐÁNH GIÁ SƠ KẾT 6 THÁNG ĐẦU NĂM 2025\nVIỆC THỰC HIỆN BẢN CAM KẾT TU DƯỠNG",
        ),
        # a 6-month report sent by chat, its title in running case
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "Báo cáo 6 tháng thực hiện cam kết năm 2025\nĐảng viên: Trần Văn Lợi",
        ),
        # a cell's own 6-month form
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "PHIẾU SƠ KẾT 6 THÁNG THỰC HIỆN BẢN CAM KẾT NĂM 2025\n(Mẫu của chi bộ khu 4)",
        ),
        # sent as a chat message, its first sentence saying what it sends
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "Dạ em gửi chi bộ báo cáo thực hiện cam kết năm 2025 ạ. Tháng 12 em đi tập huấn nên "
            "gửi sớm.",
        ),
        # named by the review's kind alone, in capitals
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "SƠ KẾT 6 THÁNG THỰC HIỆN BẢN ĐĂNG KÝ CAM KẾT NĂM 2025\nĐảng viên: Trần Văn Lợi",
        ),
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025", "TỔNG KẾT VIỆC THỰC HIỆN CAM KẾT NĂM 2025"
        ),
        # titled by its topic alone
        KIEM_DIEM.replace(
            "BẢN KIỂM ĐIỂM CÁ NHÂN\nNăm 2025",
            "KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025\nHọ tên: Trần Văn Lợi",
        ),
    ],
)
def test_self_reviews_and_reports_on_commitments_are_reports(text):
    outline = outline_of(text)
    assert (outline.kind, outline.title_line) == ("report", 3)
    assert outline.date == dt.date(2025, 12, 10)


def test_an_article_that_mentions_commitments_is_other_and_gets_the_citation_checks():
    outline = outline_of(ARTICLE)
    assert outline.kind == "other" and outline.sections == []
    rules = {f.rule for f in findings_of(ARTICLE)}
    # no vague, copy or structure check for what is not a commitment; a central document cited
    # with a wrong date is still worth saying (CK508 applies to every kind)
    assert rules == {"CK508"}


@pytest.mark.parametrize(
    "change",
    [
        "\nNGƯỜI CAM KẾT\nTrần Minh",  # a signature of the one committing
        "\nTôi xin cam kết thực hiện đúng những nội dung trên.",  # a pledge in the first person
        "\nNăm 2026 tôi xin\nđăng ký với chi bộ những việc trên.",  # one cut by a line break
        "\nHọ và tên: Trần Minh",  # a field naming the writer
    ],
)
def test_a_commitment_in_prose_stays_a_commitment(change):
    assert outline_of(ARTICLE + change).kind == "commitment"


def test_a_short_commitment_without_parts_stays_a_commitment():
    text = """BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Năm 2026 vận động 40 hộ trồng sầu riêng của ấp lập mã số vùng trồng trước tháng 9."""
    assert outline_of(text).kind == "commitment"


def test_a_guidance_titled_otherwise_is_not_made_a_commitment_by_a_sentence():
    text = """BAN TỔ CHỨC HUYỆN ỦY                ĐẢNG CỘNG SẢN VIỆT NAM
HƯỚNG DẪN
Xây dựng bản cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026
Bản cam kết gồm các nội dung sau:
1. Về tư tưởng chính trị
2. Về thực hiện chức trách, nhiệm vụ được giao"""
    assert outline_of(text).kind == "other"


RESOLUTION = """ĐẢNG BỘ XÃ AN BÌNH                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ ẤP BÌNH HÒA                An Bình, ngày 12 tháng 01 năm 2026
Số 01-NQ/CB
NGHỊ QUYẾT
Hội nghị chi bộ tháng 01 năm 2026 về lãnh đạo thực hiện nhiệm vụ năm 2026
Căn cứ Nghị quyết số 01-NQ/ĐU ngày 08/01/2026 của Đảng ủy xã An Bình;
CHI BỘ QUYẾT NGHỊ:
1. Vận động 100% hộ trong ấp tham gia bảo hiểm y tế trong năm 2026.
2. Mỗi đảng viên xây dựng bản cam kết, nộp chi ủy trước ngày 28/02/2026."""


def test_a_resolution_on_the_years_tasks_is_a_plan_one_of_a_meeting_is_other():
    outline = outline_of(RESOLUTION)
    assert (outline.kind, outline.number, outline.title_line) == ("plan", "01-NQ/CB", 4)
    monthly = RESOLUTION.replace(
        "Hội nghị chi bộ tháng 01 năm 2026 về lãnh đạo thực hiện nhiệm vụ năm 2026",
        "Kỳ họp chi bộ tháng 01 năm 2026",
    )
    assert outline_of(monthly).kind == "other"


def test_the_text_summary_says_which_files_were_read_as_which_kind(tmp_path):
    folder = tmp_path / "chi-bo-ap-binh-hoa"
    folder.mkdir()
    (folder / "cam-ket-a.txt").write_text(TEXT, encoding="utf-8")
    (folder / "cam-ket-b.txt").write_text(TEXT.replace("6 học sinh", "7 học sinh"), "utf-8")
    (folder / "nghi-quyet.txt").write_text(RESOLUTION, encoding="utf-8")
    (folder / "kiem-diem.txt").write_text(KIEM_DIEM, encoding="utf-8")
    for n in range(6):
        (folder / f"bai-viet-{n}.txt").write_text(ARTICLE, encoding="utf-8")
    out = CliRunner().invoke(main, ["check", str(folder)]).output
    assert "Loại văn bản: 2 bản cam kết, 1 kế hoạch, 1 báo cáo, 6 khác." in out
    shown = ", ".join(str(folder / f"bai-viet-{n}.txt") for n in range(5))
    assert (
        f"Tệp đọc là “khác” (không phải bản cam kết, kế hoạch hay báo cáo): {shown} và 1 tệp khác."
        in out
    )
    english = CliRunner().invoke(main, ["check", "--lang", "en", str(folder / "kiem-diem.txt")])
    assert "Read as: 1 report." in english.output and "Read as other" not in english.output


def test_the_summary_counts_only_files_that_were_read(tmp_path):
    folder = tmp_path / "chi-bo-a"
    folder.mkdir()
    (folder / "cam-ket.txt").write_text(TEXT, encoding="utf-8")
    (folder / "rong.txt").write_text("", encoding="utf-8")
    out = CliRunner().invoke(main, ["check", "--lang", "en", str(folder)]).output
    assert "Read as: 1 commitment." in out


def test_make_line_marks_a_margin():
    assert make_line(9, "Tân Phước, ngày 22/01/2025", margin=True).margin


def test_a_merged_header_whose_left_column_holds_a_dash():
    text = """ĐẢNG ỦY XÃ PHƯỚC HẢI SƠN ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG MẦM NON - TIỂU HỌC Phước Hải Sơn, ngày 29 tháng 12 năm 2025
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
1. Về tư tưởng chính trị
- Dự đủ 12 buổi sinh hoạt chi bộ, nộp bài thu hoạch chuyên đề trước ngày 30/4/2026."""
    own = outline_of(text).own_date
    assert own.line == 2 and own.value == dt.date(2025, 12, 29)


@pytest.mark.parametrize(
    "title",
    [
        "[Bản cam kết năm 2026 - đ/c Phan Minh Trí, Bí thư Chi đoàn ấp Phú Lợi]",
        "CHI BỘ HTX NÔNG NGHIỆP PHÚ THẠNH - BẢN CAM KẾT NĂM 2026",
    ],
)
def test_a_commitment_titled_as_pasted_from_a_chat(title):
    text = f"""{title}
1. Tư tưởng chính trị: luôn tin tưởng vào Đảng, kiên định lập trường.
3. Nhiệm vụ được giao: làm hồ sơ cấp mã số vùng trồng cho 1,8 ha xoài, nộp trước 30/4/2026.
Phú Thạnh Đông, ngày 12 tháng 01 năm 2026. Người cam kết: Huỳnh Thị Bé Ba"""
    outline = outline_of(text)
    assert outline.kind == "commitment"
    assert outline.own_date.value == dt.date(2026, 1, 12)  # the signature pasted after it


def test_a_title_wrapped_between_the_word_year_and_the_year():
    text = COMMITMENT_TOP.replace(
        "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026",
        "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM\n2026\nHọ và tên: Lò Văn Thắm, sinh năm 1976",
    )
    assert outline_of(text).title_year == 2026


def test_a_commitment_titled_without_the_word_ban():
    text = COMMITMENT_TOP.replace(
        "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026",
        "CAM KẾT NĂM 2026  –  ĐẢNG VIÊN LÒ VĂN THẮM",
    )
    outline = outline_of(text)
    assert outline.kind == "commitment" and outline.title_line == 3


def test_a_numbered_title_ended_by_a_full_stop_then_its_item_wrapped_at_72_columns():
    text = """ĐẢNG BỘ XÃ SƠN KIM HẠ
CHI BỘ THÔN TRUNG SƠN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
1. Về tư tưởng chính trị. Giữ vững phẩm chất người đảng viên, người lính
Cụ Hồ; luôn tin tưởng vào Đảng.
2. Về đạo đức, lối sống. Không tham gia các hủ tục trong việc cưới,
việc tang ở thôn.
4. Về chấp hành kỷ luật. Dự sinh hoạt chi bộ khi sức khỏe cho phép,
đóng đảng phí đầy đủ hằng tháng."""
    outline = outline_of(text)
    assert [(s.part, s.heading_line) for s in outline.sections] == [(1, 4), (2, 6), (4, 8)]
    starts = {i.line: i.text[:20] for i in outline.items}
    assert starts[4] == "Giữ vững phẩm chất n"  # the item, not the title, on the heading line
    assert starts[6] == "Không tham gia các h"
    assert starts[8] == "Dự sinh hoạt chi bộ "


def test_a_bare_date_line_just_above_the_signer_is_the_own_date():
    text = (
        "CHI BỘ THÔN PHÚ ĐA\n\nBẢN CAM KẾT NĂM 2026\n\nHọ và tên: Nguyễn Văn Bảy\n"
        "3. Về thực hiện nhiệm vụ\n- Cho hợp tác xã thuê máy gặt trước ngày 30/5/2026.\n\n"
        "                 Ngày 19 tháng 3 năm 2026\n                  Người cam kết\n"
        "                  Nguyễn Văn Bảy"
    )
    own = outline_of(text).own_date
    assert own is not None and own.value == dt.date(2026, 3, 19)


def test_a_birth_date_wrapped_onto_the_name_line_is_no_place_and_date():
    text = (
        "CHI BỘ ẤP BÃI NHÀ\n\nBẢN CAM KẾT NĂM 2026\n\nHọ và tên: Trương Thị\n"
        "Hồng. Sinh ngày 20/10/1985.\n3. Về thực hiện nhiệm vụ\n"
        "- Tổ chức 01 buổi tuyên truyền trong quý II/2026.\n\nBãi Giếng, ngày 26 tháng\n"
        "02 năm 2026\nNGƯỜI CAM KẾT"
    )
    own = outline_of(text).own_date
    assert own is not None and own.value == dt.date(2026, 2, 26)


def test_a_part_heading_run_into_its_first_item_by_a_dash_as_chat_messages_do():
    text = (
        "BẢN CAM KẾT NĂM 2026\nHọ và tên: Nguyễn Văn Toàn\n"
        "1. Về tư tưởng chính trị- Luôn tin tưởng vào sự lãnh đạo của Đảng\n"
        "2. Về đạo đức lối sống - Không uống rượu khi làm nhiệm vụ tuần tra, trực chốt\n"
        "3. Về thực hiện nhiệm vụ – Tuần tra 02 buổi mỗi tuần cùng tổ dân quân\n"
    )
    sections = outline_of(text).sections
    assert [(s.title, [i.text for i in s.items]) for s in sections] == [
        ("Về tư tưởng chính trị", ["Luôn tin tưởng vào sự lãnh đạo của Đảng"]),
        ("Về đạo đức lối sống", ["Không uống rượu khi làm nhiệm vụ tuần tra, trực chốt"]),
        ("Về thực hiện nhiệm vụ", ["Tuần tra 02 buổi mỗi tuần cùng tổ dân quân"]),
    ]


def test_a_dash_inside_a_title_does_not_cut_it():
    text = (
        "BẢN CAM KẾT NĂM 2026\nHọ và tên: Nguyễn Văn Toàn\n"
        "3. Về thực hiện nhiệm vụ phát triển kinh tế - xã hội\n"
        "- Tuần tra 02 buổi mỗi tuần cùng tổ dân quân\n"
    )
    (section,) = outline_of(text).sections
    assert section.title == "Về thực hiện nhiệm vụ phát triển kinh tế - xã hội"
    assert [i.text for i in section.items] == ["Tuần tra 02 buổi mỗi tuần cùng tổ dân quân"]


def test_a_lower_case_date_line_under_a_finished_item_is_the_closing_date():
    """A chat message's "ngày 12/3/2026" under the last item, then the signer."""
    text = (
        "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026\nHọ và tên: Giàng Mí Tráng\n"
        "3. Về thực hiện nhiệm vụ\n- Bán qua mạng ít nhất 2 tấn thảo quả trong vụ thu hoạch 2026\n"
        "- Làm gương cho thanh niên trong thôn lập nghiệp tại quê hương\n"
        "ngày 12/3/2026\nNgười cam kết\nGiàng Mí Tráng"
    )
    own = outline_of(text).own_date
    assert own is not None and own.value == dt.date(2026, 3, 12)


def test_a_title_naming_a_part_heads_no_part():
    # "… THỰC HIỆN NHIỆM VỤ …" is part 3's title too; as the document's title it heads nothing,
    # and the writer's particulars and lead-in under it are no items
    outline = outline_of(
        """CHI BỘ HTX NÔNG NGHIỆP PHÚ AN
BẢN CAM KẾT THỰC HIỆN NHIỆM VỤ NĂM 2026
Họ và tên: Trương Văn Phú. Sinh năm: 1968. Thành viên HTX Nông nghiệp Phú An.
Thực hiện Kế hoạch số 01-KH/CB của Chi bộ, tôi đăng ký các việc làm cụ thể năm 2026 như sau:
1. Nuôi cá trên ruộng lúa mùa lũ 1,5 ha tại thửa ruộng giáp kênh Ông Cả, tháng 8 - 11/2026.
2. Góp thêm 10 triệu đồng vốn vào HTX để mua máy gặt đập liên hợp trong quý II/2026.
NGƯỜI CAM KẾT
Trương Văn Phú"""
    )
    texts = [item.text for item in outline.items]
    assert texts and not any(text.startswith(("Họ và tên", "Thực hiện Kế hoạch")) for text in texts)


def test_the_cell_s_confirmation_under_the_signers_label_is_no_name():
    # a plain text's two signature columns one line apart: "XÁC NHẬN CỦA CHI ỦY" on the left
    # under "NGƯỜI CAM KẾT" on the right, the member's name lower down
    outline = outline_of(
        """CHI BỘ ẤP HÒA AN
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Tôi là Phạm Văn Tứ, sinh năm 1968, Tổ trưởng Tổ hợp tác trồng dừa Hòa An.
3. Về thực hiện nhiệm vụ
- Vận động 12 hộ trong tổ ký hợp đồng bán dừa cho công ty trước ngày 31/3/2026.
                                         NGƯỜI CAM KẾT
      XÁC NHẬN CỦA CHI ỦY

                                         Phạm Văn Tứ"""
    )
    assert outline.header.author == "Phạm Văn Tứ"


def test_the_signer_is_read_in_the_column_of_the_signers_label(tmp_path):
    # a Word table: the cell's confirmation on the left, the member on the right, each name in
    # its label's column; the left name is the secretary's
    body = [line for line in BODY if not line.startswith("Họ và tên")]
    rows = [["XÁC NHẬN CỦA CHI ỦY", "NGƯỜI CAM KẾT"], ["Nguyễn Văn Hậu", "Trần Văn Tài"]]
    outline = read_doc(word_file(tmp_path / "cam-ket.docx", body, signature=rows)).outline
    assert outline.header.author == "Trần Văn Tài"


def test_the_signer_under_the_label_in_its_own_cell(tmp_path):
    body = [line for line in BODY if not line.startswith("Họ và tên")]
    rows = [["NGƯỜI CAM KẾT\nNguyễn Thị Thu Hà", "T/M CHI ỦY\nBùi Văn Thành"]]
    outline = read_doc(word_file(tmp_path / "cam-ket.docx", body, signature=rows)).outline
    assert outline.header.author == "Nguyễn Thị Thu Hà"


def test_the_writer_named_after_toi_ten_and_a_colon():
    outline = outline_of(
        """CHI BỘ ẤP HÒA LỢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Tôi tên: Trần Văn Tài, sinh năm 1981, Phó Trưởng ấp Hòa Lợi.
3. Về thực hiện nhiệm vụ
- Vận động 22 hộ trồng hoa dọc đường liên ấp, xong trước ngày 30/4/2026.
XÁC NHẬN CỦA CHI ỦY
Nguyễn Văn Hậu"""
    )
    assert outline.header.author == "Trần Văn Tài"


def test_the_signer_named_beside_the_label_on_the_last_line():
    # a commitment pasted from a chat: the writer named only on its last line, after the label
    outline = outline_of(
        """[Bản cam kết năm 2026 - đ/c Phan Minh Trí, Bí thư Chi đoàn ấp Phú Lợi]
Căn cứ KH 05-KH/CB của chi bộ ấp, em xin đăng ký các nội dung cam kết năm 2026 như sau:
II. Nhiệm vụ: - Tổ chức 01 đợt hiến máu tình nguyện của thanh niên ấp trong tháng 3/2026
- Tổ chức giải bóng chuyền thanh niên ấp dịp mừng Xuân Bính Ngọ 2026
Người cam kết: Phan Minh Trí"""
    )
    assert outline.header.author == "Phan Minh Trí"


def test_thuc_hien_nghi_quyet_alone_heads_part_6():
    # "V. Thực hiện Nghị quyết:" with its first item run on after a dash, as a chat message has it
    outline = outline_of(
        """BẢN CAM KẾT NĂM 2026
Họ và tên: Phan Minh Trí
IV. Khắc phục hạn chế: năm 2026 sinh hoạt chi đoàn đủ 12 kỳ vào tối thứ bảy đầu tháng
V. Thực hiện Nghị quyết: - Lắp 04 camera an ninh tại các ngã ba lộ Kênh Xáng trước 26/3/2026
- Góp phần xây dựng quê hương ngày càng văn minh, giàu đẹp
Người cam kết: Phan Minh Trí"""
    )
    assert [(s.part, [i.line for i in s.items]) for s in outline.sections] == [
        (5, [3]),
        (6, [4, 5]),
    ]


def test_a_signers_label_over_merged_columns_still_names_a_signer(tmp_path):
    # the label merged across both columns, the member's name in the second: a name is read
    # (the first under the label, as before columns were asked), not none
    import docx

    document = docx.Document()
    for block in [line for line in BODY if not line.startswith("Họ và tên")]:
        document.add_paragraph(block)
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "NGƯỜI CAM KẾT"
    table.cell(1, 1).text = "Trần Văn Tài"
    path = tmp_path / "cam-ket.docx"
    document.save(path)
    assert read_doc(path).outline.header.author == "Trần Văn Tài"


def test_the_member_named_in_brackets_under_the_title():
    outline = outline_of(
        """ĐẢNG BỘ XÃ BÌNH AN
CHI BỘ CƠ QUAN UBND XÃ
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025
(Của đảng viên Nguyễn Thanh Sơn)
- Chức vụ: Chỉ huy trưởng Ban Chỉ huy Quân sự xã
3. Về thực hiện nhiệm vụ
- Huấn luyện 45 dân quân năm thứ nhất, xong trước 30/6/2025."""
    )
    assert outline.header.author == "Nguyễn Thanh Sơn"


@pytest.mark.parametrize("gap", ["                    ", "\t\t"])
def test_the_signer_in_a_plain_texts_second_column_is_read_in_that_column(gap):
    # the secretary's confirmation on the left, the member on the right, a line lower each
    outline = outline_of(
        f"""CHI BỘ ẤP HÒA LỢI
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
3. Về thực hiện nhiệm vụ
- Vận động 22 hộ trồng hoa dọc đường liên ấp, xong trước 30/4/2026.
XÁC NHẬN CỦA CHI ỦY{gap}NGƯỜI CAM KẾT
Nguyễn Văn Hậu{gap}     Trần Văn Tài"""
    )
    assert outline.header.author == "Trần Văn Tài"
