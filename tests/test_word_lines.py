"""A Word file becomes the lines camket's python-docx reader made of it: the same text, table
cells, bold, numbering and page headers and footers, line for line — on every .docx of the
repository and on commitments built here as secretaries write them — whatever files were read
before it (the reader keeps the style sheets of the templates it met)."""

from __future__ import annotations

import random
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import TEXT, real_word_files
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from python_docx_reader import old_word_lines

from linter.read import docx as word
from linter.read import read
from linter.read.error import ReadError
from linter.sources import Source

ITEMS = [line[2:] for line in TEXT.splitlines() if line.startswith("- ")]
BULLETS = ("Đóng đảng phí đầy đủ, đúng hạn.", "Giữ gìn đoàn kết nội bộ.")  # one a part
TEXT_BOX = (
    f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox>'
    "<w:txbxContent><w:p><w:r><w:t>Ô chữ: chi bộ ấp</w:t></w:r></w:p></w:txbxContent>"
    "</v:textbox></v:shape></w:pict>"
)
NAMES = ("Nguyễn Văn An", "Trần Thị Bình", "Lê Minh Châu", "Phạm Quốc Dũng", "Võ Thị Em")


def _lines(path: Path):
    lines, fmt, encoding = read(Source(path, path.name, "chi-bo"))
    assert fmt == "docx"
    return lines, encoding


def _tcvn3(text: str) -> str:
    from linter import resources

    inverse = {value: key for key, value in resources.data("legacy")["tcvn3"].items()}
    return "".join(inverse.get(char, char) for char in text)


def commitment(path: Path, index: int, rng: random.Random) -> Path:
    """A commitment as a cell's members write one in Word: the two-column heading table, a
    bold title, tabs and line breaks, numbered and bulleted items (Word's own numbering, which
    is not text), a task table, page headers (also a first-page one) and a dated footer; one
    in two has a text box, one in three an item in a TCVN3 font, one in four sets its bullet
    list style in bold."""
    name = NAMES[index % len(NAMES)]
    document = docx.Document()
    if index % 4 == 3:
        document.styles["List Bullet"].font.bold = True
    heading = document.add_table(rows=2, cols=2)
    heading.cell(0, 0).text = "ĐẢNG BỘ XÃ TÂN PHƯỚC"
    heading.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    heading.cell(1, 0).text = f"CHI BỘ ẤP {index % 3 + 1}"
    heading.cell(1, 1).add_paragraph(f"Tân Phước, ngày {10 + index % 15} tháng 01 năm 2026")
    title = document.add_paragraph().add_run("BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026")
    title.bold = True
    document.add_paragraph(f"Họ và tên:\t{name}")
    role = document.add_paragraph("Chức vụ: đảng viên")
    role.add_run().add_break()
    role.add_run("Đơn vị: Trường THCS Tân Phước").add_break(WD_BREAK.PAGE)
    parts = ("Về tư tưởng chính trị", "Về thực hiện chức trách, nhiệm vụ được giao")
    for part, bullet in zip(parts, BULLETS, strict=True):
        document.add_heading(part, level=2)
        for item in rng.sample(ITEMS, 3):
            document.add_paragraph(item, style="List Number")
        document.add_paragraph(bullet, style="List Bullet")
    if index % 3 == 0:
        run = document.add_paragraph().add_run(_tcvn3("Hoàn thành 100% chỉ tiêu được giao."))
        run.font.name = ".VnTime"
    if index % 2 == 0:  # a text box beside a run of text: neither reader reads its content
        boxed = document.add_paragraph("Ghi chú: ").add_run()
        boxed._r.append(parse_xml(TEXT_BOX))
    tasks = document.add_table(rows=3, cols=3)
    for row, cells in enumerate(
        (("STT", "Việc làm", "Thời hạn"), ("1", "Phụ đạo 5 học sinh yếu", "Học kỳ II"))
    ):
        for column, text in enumerate(cells):
            tasks.cell(row, column).text = text
    tasks.cell(2, 0).merge(tasks.cell(2, 2)).text = "Tự đánh giá cuối năm"
    signed = document.add_paragraph()
    signed.add_run("NGƯỜI CAM KẾT").bold = True
    signed.runs[0].font.size = Pt(13)
    document.add_paragraph(name)
    section = document.sections[0]
    section.header.paragraphs[0].text = f"Chi bộ ấp {index % 3 + 1}"
    section.footer.paragraphs[0].text = f"Tân Phước, ngày {10 + index % 15} tháng 01 năm 2026"
    if index % 2:
        section.different_first_page_header_footer = True
        section.first_page_header.paragraphs[0].text = "MẬT"
    document.save(path)
    return path


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> list[Path]:
    folder = tmp_path_factory.mktemp("chi-bo")
    rng = random.Random(2026)
    return [commitment(folder / f"cam-ket-{index:02d}.docx", index, rng) for index in range(12)]


def test_every_word_file_of_the_repository_reads_as_python_docx_read_it():
    files = real_word_files()
    assert len(files) > 150
    for path in files:
        assert _lines(path) == old_word_lines(path), path


def test_generated_commitments_read_as_python_docx_read_them(generated):
    """Also the page headers and footers (the corpus has none) and their order."""
    for path in generated:
        assert _lines(path) == old_word_lines(path), path
    lines, encoding = _lines(generated[1])
    texts = [line.text for line in lines]
    assert "Họ và tên:\tTrần Thị Bình" in texts
    assert "Chức vụ: đảng viên Đơn vị: Trường THCS Tân Phước" in texts  # breaks: spaces
    assert [line.text for line in lines if line.margin] == [
        "Chi bộ ấp 2",
        "MẬT",
        "Tân Phước, ngày 11 tháng 01 năm 2026",
    ]
    assert [line.text for line in lines if line.bold] == [
        "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026",
        "Về tư tưởng chính trị",
        "Về thực hiện chức trách, nhiệm vụ được giao",
        "NGƯỜI CAM KẾT",
    ]
    merged = [line.cell for line in lines if line.text == "Tự đánh giá cuối năm"]
    assert [(cell.table, cell.row, cell.column) for cell in merged] == [(1, 2, 0)]
    assert encoding is None and _lines(generated[0])[1] == "tcvn3"
    boxed = [line.text for line in _lines(generated[0])[0] if line.text.startswith("Ghi chú")]
    assert boxed == ["Ghi chú: "]  # the text box's content is not read, as python-docx did not
    assert "Hoàn thành 100% chỉ tiêu được giao." in [line.text for line in _lines(generated[0])[0]]


def test_files_of_one_template_share_a_style_sheet_and_others_keep_their_own(generated):
    """Read in any order, each file gives its own lines: a list style made bold (one file in
    four) is never lent to another file, nor its template's to it."""
    plain, bold = generated[0], generated[3]
    expected = {path: old_word_lines(path) for path in (plain, bold)}
    for path in (plain, bold, plain, bold, bold, plain):
        assert _lines(path) == expected[path]
    bullets = {
        path: [line.bold for line in expected[path][0] if line.text in BULLETS]
        for path in (plain, bold)
    }
    assert bullets[bold] == [True, True] and bullets[plain] == [False, False]

    def styles_part(path: Path) -> tuple[str, bytes]:
        with zipfile.ZipFile(path) as archive:
            return "word/styles.xml", archive.read("word/styles.xml")

    first = word.style_sheet(styles_part(generated[0]))
    assert word.style_sheet(styles_part(generated[1])) is first  # the same bytes: kept
    assert word.style_sheet(styles_part(bold)) is not first
    assert word.style_sheet(styles_part(bold)).bold["ListBullet"] is True
    assert first.bold["ListBullet"] is False


def test_the_style_sheets_kept_are_bounded(tmp_path, monkeypatch):
    """At most SHEETS_KEPT, the least recently used left; a kept sheet remembers only the
    styles its part has, whatever style ids the documents sharing it name; a styles part of
    more than MAX_KEPT_STYLES styles (crafted) is read for its own file only."""
    monkeypatch.setattr(word, "_sheets", type(word._sheets)())
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def part(count: int, font: str) -> tuple[str, bytes]:
        styles = "".join(
            f'<w:style w:type="paragraph" w:styleId="S{i}"><w:rPr><w:rFonts w:hAnsi="{font}"/>'
            "</w:rPr></w:style>"
            for i in range(count)
        )
        return "word/styles.xml", f'<w:styles xmlns:w="{w}">{styles}</w:styles>'.encode()

    sheets = [word.style_sheet(part(3, f"Phông {n}")) for n in range(word.SHEETS_KEPT + 2)]
    assert len(word._sheets) == word.SHEETS_KEPT
    assert word.style_sheet(part(3, "Phông 0")) is not sheets[0]  # left, read again
    assert word.style_sheet(part(3, f"Phông {word.SHEETS_KEPT + 1}")) is sheets[-1]
    shared = sheets[-1].fonts
    assert [shared.font(f"khong-co-{n}") for n in range(10_000)] == [None] * 10_000
    assert shared.font("S2") == f"Phông {word.SHEETS_KEPT + 1}"
    assert len(shared._cache) <= 3  # what a document names but the part lacks is not kept
    large = word.style_sheet(part(word.MAX_KEPT_STYLES + 1, ".VnTime"))
    assert large.fonts.font(f"S{word.MAX_KEPT_STYLES}") == ".VnTime"
    assert large not in word._sheets.values()
    assert len(word._sheets) == word.SHEETS_KEPT


@pytest.mark.parametrize(
    ("styles", "code"),
    [
        ("<w:styles", "CK011"),  # not well-formed
        ('<!DOCTYPE w:styles [<!ENTITY a "aaaa">]><w:styles/>', "CK014"),  # a DTD
    ],
)
def test_a_bad_styles_part_is_refused_every_time_it_is_read(styles, code):
    """A styles part that cannot be read is never kept: the file is refused each time."""
    data = styles.encode()
    for _ in range(2):
        with pytest.raises(ReadError) as error:
            word.style_sheet(("word/styles.xml", data))
        assert error.value.code == code
