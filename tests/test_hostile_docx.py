"""Crafted Word files: whatever a .docx holds, it is read sensibly or reported as its own `input`
finding, fast and small, and the rest of the batch is checked. And the lxml reader reads every
real file exactly as the python-docx reader it replaced."""

from __future__ import annotations

import json
import re
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import (
    REAL_DOCX,
    TEXT,
    docx_with,
    read_cells,
    read_code,
    real_word_files,
    write_docx,
)
from python_docx_reader import old_docx_paragraphs

from linter import resources
from linter.cli import main
from linter.read import bounds, xml
from linter.read.docx import read_docx

with zipfile.ZipFile(REAL_DOCX) as _archive:
    DOCUMENT = _archive.read("word/document.xml").decode("utf-8")
    PACKAGE_RELS = _archive.read("_rels/.rels").decode("utf-8")
    DOCUMENT_RELS = _archive.read("word/_rels/document.xml.rels").decode("utf-8")
FIRST_CELL_PROPERTIES = '<w:tcW w:type="dxa" w:w="4320"/></w:tcPr>'  # of the header table
OFFICE_DOCUMENT = (
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
)


def with_body_start(blocks: str) -> str:
    """The real document.xml with `blocks` put first in its body."""
    return DOCUMENT.replace("<w:body>", "<w:body>" + blocks, 1)


ORIGINAL = read_cells(REAL_DOCX, "docx")


def _check(folder: Path) -> dict:
    """`camket check --format json` on a folder: exit 1 (findings), never a traceback."""
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", str(folder)])
    assert isinstance(result.exception, SystemExit), result.exception  # not a traceback
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


def _spans(findings: list[dict]) -> set[tuple]:
    keys = ("rule", "line", "column", "end_line", "end_column", "excerpt", "message")
    return {tuple(f[key] for key in keys) for f in findings}


@pytest.fixture(scope="module")
def good_alone(tmp_path_factory) -> set[tuple]:
    """The findings of a good commitment checked on its own (module-wide, so without the
    cache: the per-test cache folder is not set yet)."""
    unit = tmp_path_factory.mktemp("alone") / "chi-bo-a"
    unit.mkdir()
    (unit / "cam-ket-tot.txt").write_text(TEXT, encoding="utf-8")
    findings = _check(unit.parent)["findings"]
    assert any(f["rule"] == "CK101" for f in findings)
    return _spans(findings)


def batch_beside_good(tmp_path: Path, good_alone: set[tuple], crafted: Path) -> list[dict]:
    """Check the crafted file in one batch with a good commitment, through the CLI: exit 1,
    every finding of the good file there; the crafted file's findings are returned."""
    unit = tmp_path / "lo" / "chi-bo-a"
    unit.mkdir(parents=True)
    (unit / "cam-ket-tot.txt").write_text(TEXT, encoding="utf-8")
    crafted.rename(unit / crafted.name)
    findings = _check(unit.parent)["findings"]
    assert good_alone <= _spans(f for f in findings if f["path"].endswith("cam-ket-tot.txt"))
    return [f for f in findings if f["path"].endswith(crafted.name)]


def input_rules(findings: list[dict]) -> list[str]:
    return [f["rule"] for f in findings if f["category"] == "input"]


# --- relationships pointing outside the file ------------------------------------------------


def test_external_main_document_is_not_followed(tmp_path, good_alone):
    rels = PACKAGE_RELS.replace(
        'Target="word/document.xml"',
        'Target="http://example.com/cam-ket.docx" TargetMode="External"',
    )
    assert rels != PACKAGE_RELS
    path = docx_with(tmp_path / "ngoai.docx", {"_rels/.rels": rels})
    assert read_code(path) == "CK003"  # no Word document inside the file
    assert input_rules(batch_beside_good(tmp_path, good_alone, path)) == ["CK003"]


def test_external_relationship_beside_the_real_one_is_skipped(tmp_path):
    external = f'<Relationship Id="rId9" Type="{OFFICE_DOCUMENT}" Target="https://example.com/x.xml" TargetMode="External"/>'
    rels = PACKAGE_RELS.replace("<Relationship ", external + "<Relationship ", 1)
    path = docx_with(tmp_path / "hai-quan-he.docx", {"_rels/.rels": rels})
    assert read_cells(path, "docx") == ORIGINAL


def test_external_styles_are_not_followed(tmp_path, good_alone):
    rels = DOCUMENT_RELS.replace(
        'Target="styles.xml"', 'Target="http://example.com/styles.xml" TargetMode="External"'
    )
    assert rels != DOCUMENT_RELS
    path = docx_with(tmp_path / "kieu-ngoai.docx", {"word/_rels/document.xml.rels": rels})
    assert read_cells(path, "docx") == ORIGINAL  # its bold is set on the runs
    findings = batch_beside_good(tmp_path, good_alone, path)
    assert input_rules(findings) == [] and findings


# --- values outside the schema, read as Word would ----------------------------------------


@pytest.mark.parametrize(
    ("value", "bold"), [("maybe", False), ("", False), ("on", True), ("TRUE", True), ("off", False)]
)
def test_bold_with_any_value(tmp_path, value, bold):
    document = DOCUMENT.replace("<w:b/>", f'<w:b w:val="{value}"/>', 1)
    path = docx_with(tmp_path / "dam.docx", {"word/document.xml": document})
    title = next(i for i, line in enumerate(ORIGINAL) if line[0].startswith("BẢN CAM KẾT"))
    assert ORIGINAL[title][2] is True
    expected = list(ORIGINAL)
    expected[title] = (*ORIGINAL[title][:2], bold)
    assert read_cells(path, "docx") == expected


def test_bold_maybe_in_a_batch(tmp_path, good_alone):
    document = DOCUMENT.replace("<w:b/>", '<w:b w:val="maybe"/>')
    path = docx_with(tmp_path / "dam-co-le.docx", {"word/document.xml": document})
    findings = batch_beside_good(tmp_path, good_alone, path)
    assert input_rules(findings) == [] and findings


@pytest.mark.parametrize("span", ["abc", "-3", "0", "2.5", "", "٢"])
def test_grid_span_that_is_not_a_column_count(tmp_path, span):
    cell = FIRST_CELL_PROPERTIES.replace("</w:tcPr>", f'<w:gridSpan w:val="{span}"/></w:tcPr>')
    path = docx_with(
        tmp_path / "cot.docx",
        {"word/document.xml": DOCUMENT.replace(FIRST_CELL_PROPERTIES, cell, 1)},
    )
    assert read_cells(path, "docx") == ORIGINAL  # read as one column


def test_grid_span_abc_in_a_batch(tmp_path, good_alone):
    cell = FIRST_CELL_PROPERTIES.replace("</w:tcPr>", '<w:gridSpan w:val="abc"/></w:tcPr>')
    document = DOCUMENT.replace(FIRST_CELL_PROPERTIES, cell)
    path = docx_with(tmp_path / "cot-abc.docx", {"word/document.xml": document})
    findings = batch_beside_good(tmp_path, good_alone, path)
    assert input_rules(findings) == [] and findings


def test_huge_grid_span_is_read_fast_and_small(tmp_path, good_alone):
    """python-docx built a 2,000,000,000-column grid for this cell (5.4 GB, then MemoryError)."""
    cell = FIRST_CELL_PROPERTIES.replace("</w:tcPr>", '<w:gridSpan w:val="2000000000"/></w:tcPr>')
    document = DOCUMENT.replace(FIRST_CELL_PROPERTIES, cell, 1)
    path = docx_with(tmp_path / "rong.docx", {"word/document.xml": document})
    tracemalloc.start()
    started = time.perf_counter()
    try:
        lines = read_cells(path, "docx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2
    assert peak < 64 * 1024 * 1024  # python-docx: 5.4 GB
    assert lines == ORIGINAL
    findings = batch_beside_good(tmp_path, good_alone, path)
    assert input_rules(findings) == [] and findings


def test_vertical_merge_continuing_above_the_first_row(tmp_path, good_alone):
    cell = FIRST_CELL_PROPERTIES.replace("</w:tcPr>", "<w:vMerge/></w:tcPr>")
    document = DOCUMENT.replace(FIRST_CELL_PROPERTIES, cell, 1)
    path = docx_with(tmp_path / "gop-doc.docx", {"word/document.xml": document})
    assert read_cells(path, "docx") == ORIGINAL  # nothing above: an ordinary cell
    findings = batch_beside_good(tmp_path, good_alone, path)
    assert input_rules(findings) == [] and findings


# --- a DTD anywhere in the prolog -----------------------------------------------------------

DTD = '<!DOCTYPE w:document [<!ENTITY ten "Bùi Thị Sáu">]>'
LONG_COMMENT = "<!-- " + "Ghi chú của người soạn thảo. " * 400 + "-->"  # over 10 KB


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml", "word/settings.xml"])
def test_dtd_after_a_long_comment(tmp_path, part):
    with zipfile.ZipFile(REAL_DOCX) as archive:
        xml_text = archive.read(part).decode("utf-8")
    declaration_end = xml_text.index("?>") + 2
    crafted = xml_text[:declaration_end] + LONG_COMMENT + DTD + xml_text[declaration_end:]
    assert crafted.index("<!DOCTYPE") > 10 * 1024
    path = docx_with(tmp_path / "dtd.docx", {part: crafted})
    assert read_code(path) == "CK014"


def test_dtd_in_a_utf16_part(tmp_path):
    declaration_end = DOCUMENT.index("?>") + 2
    crafted = (
        '<?xml version="1.0" encoding="UTF-16" standalone="yes"?>'
        + LONG_COMMENT
        + DTD
        + DOCUMENT[declaration_end:]
    )
    path = docx_with(tmp_path / "utf16.docx", {"word/document.xml": crafted.encode("utf-16")})
    assert read_code(path) == "CK014"


def test_dtd_after_a_long_comment_in_a_batch(tmp_path, good_alone):
    declaration_end = DOCUMENT.index("?>") + 2
    crafted = DOCUMENT[:declaration_end] + LONG_COMMENT + DTD + DOCUMENT[declaration_end:]
    path = docx_with(tmp_path / "dtd-dai.docx", {"word/document.xml": crafted})
    findings = batch_beside_good(tmp_path, good_alone, path)
    assert input_rules(findings) == ["CK014"]


def test_a_part_that_is_not_xml_is_damaged(tmp_path):
    path = docx_with(tmp_path / "hong.docx", {"word/styles.xml": "<w:styles><w:style>"})
    assert read_code(path) == "CK011"


def test_wrong_root_element_is_damaged(tmp_path):
    path = docx_with(tmp_path / "goc.docx", {"word/document.xml": "<A/>"})
    assert read_code(path) == "CK011"


# --- bounds: a file too large or too complex to check ---------------------------------------


def _paragraph(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _nested_tables(depth: int) -> str:
    if depth == 0:
        return ""
    inner = _paragraph(f"Tầng {depth}") + _nested_tables(depth - 1)
    return f"<w:tbl><w:tr><w:tc>{inner}</w:tc></w:tr></w:tbl>"


def _row(cells: int) -> str:
    return "<w:tbl><w:tr>" + "<w:tc><w:p/></w:tc>" * cells + "</w:tr></w:tbl>"


_SENTENCE = "Hoàn thành tốt nhiệm vụ được giao. "
BOUNDS = {
    "paragraphs": (
        _paragraph("- Dự đủ các buổi sinh hoạt chi bộ.") * bounds.MAX_BLOCKS,
        "hơn 50000 đoạn văn và ô bảng",
    ),
    "columns": (_row(bounds.MAX_ROW_COLUMNS + 1), "một hàng bảng hơn 1000 cột"),
    "nesting": (_nested_tables(bounds.MAX_TABLE_DEPTH + 1), "bảng lồng nhau hơn 20 tầng"),
    "paragraph-length": (
        _paragraph(_SENTENCE * (bounds.MAX_PARAGRAPH_CHARS // len(_SENTENCE) + 1)),
        "một đoạn văn hơn 100000 ký tự",
    ),
    "markup": ("<a/>" * xml.MAX_TAGS, "word/document.xml có hơn 1000000 thẻ XML"),
}


@pytest.mark.parametrize("bound", sorted(BOUNDS))
def test_each_bound_exceeded_is_too_complex(tmp_path, good_alone, bound):
    blocks, detail = BOUNDS[bound]
    path = docx_with(tmp_path / f"qua-{bound}.docx", {"word/document.xml": with_body_start(blocks)})
    started = time.perf_counter()
    assert read_code(path) == "CK019"
    assert time.perf_counter() - started < 5
    findings = batch_beside_good(tmp_path, good_alone, path)
    assert input_rules(findings) == ["CK019"]
    assert f": {detail}." in findings[0]["message"]


def test_at_the_bounds_a_file_is_read(tmp_path):
    blocks = (
        _nested_tables(bounds.MAX_TABLE_DEPTH)
        + _row(bounds.MAX_ROW_COLUMNS)
        + _paragraph("a" * bounds.MAX_PARAGRAPH_CHARS)
    )
    path = docx_with(tmp_path / "vua-du.docx", {"word/document.xml": with_body_start(blocks)})
    lines = read_cells(path, "docx")
    assert lines[: bounds.MAX_TABLE_DEPTH] == [
        (f"Tầng {depth}", lines[0][1], False) for depth in range(bounds.MAX_TABLE_DEPTH, 0, -1)
    ]
    assert (
        lines[bounds.MAX_TABLE_DEPTH + bounds.MAX_ROW_COLUMNS][0]
        == "a" * bounds.MAX_PARAGRAPH_CHARS
    )
    rest = lines[bounds.MAX_TABLE_DEPTH + bounds.MAX_ROW_COLUMNS + 1 :]
    assert [(text, bold) for text, _, bold in rest] == [(text, bold) for text, _, bold in ORIGINAL]


def test_too_complex_in_english(tmp_path):
    blocks, _ = BOUNDS["nesting"]
    path = docx_with(tmp_path / "long.docx", {"word/document.xml": with_body_start(blocks)})
    result = CliRunner().invoke(main, ["check", "--lang", "en", "--format", "json", str(path)])
    (finding,) = json.loads(result.output)["findings"]
    assert finding["message"] == (
        "The file is too large or too complex to check: tables nested more than 20 deep."
    )
    assert finding["severity"] == "error" and finding["suggestion"].startswith("Open the file")


# --- the same result as the python-docx reader ----------------------------------------------


def _tcvn3(text: str) -> str:
    inverse = {value: key for key, value in resources.data("legacy")["tcvn3"].items()}
    return "".join(inverse.get(char, char) for char in text)


FEATURES_BODY = f"""
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>I. TƯ TƯỞNG CHÍNH TRỊ</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Tiêu đề bỏ đậm</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="MucNho"/></w:pPr><w:r><w:t>Mục theo kiểu dựa trên Heading1</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="Strong"/></w:pPr><w:r><w:t>Kiểu ký tự dùng cho đoạn</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr><w:t>Kiểu ký tự đậm</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Họ và tên:</w:t></w:r><w:r><w:tab/><w:t>Nguyễn Văn An</w:t></w:r></w:p>
<w:p><w:r><w:t>Dòng một</w:t><w:br/><w:t>dòng hai</w:t><w:cr/><w:t xml:space="preserve">dòng ba </w:t><w:br w:type="page"/><w:t>trang sau</w:t><w:br w:type="column"/></w:r></w:p>
<w:p><w:r><w:t>Chỉ thị số 05</w:t><w:noBreakHyphen/><w:t>CT/TW</w:t><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>cuối dòng</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Thực hiện </w:t></w:r><w:hyperlink w:anchor="kh62"><w:r><w:rPr><w:b/></w:rPr><w:t>Kế hoạch số 62-KH/TU</w:t></w:r></w:hyperlink><w:r><w:t xml:space="preserve"> của Tỉnh ủy.</w:t></w:r></w:p>
<w:p><w:hyperlink w:anchor="x"><w:r><w:rPr><w:b/></w:rPr><w:t>Chỉ có liên kết</w:t></w:r></w:hyperlink></w:p>
<w:p><w:r><w:t xml:space="preserve">Đã sửa: </w:t></w:r><w:ins w:id="1" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:t>phần thêm</w:t></w:r></w:ins><w:del w:id="2" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:delText>phần bỏ</w:delText></w:r></w:del></w:p>
<w:p><w:smartTag w:uri="urn:x" w:element="place"><w:r><w:t>Bình An</w:t></w:r></w:smartTag><w:fldSimple w:instr=" DATE "><w:r><w:t>05/02/2025</w:t></w:r></w:fldSimple><w:r><w:t xml:space="preserve"> hết.</w:t></w:r></w:p>
<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Trong điều khiển nội dung</w:t></w:r></w:p></w:sdtContent></w:sdt>
<w:p><w:r><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr><w:t>{_tcvn3("Phụ đạo 5 học sinh yếu môn Toán lớp 8B trước ngày 30/5.")}</w:t></w:r></w:p>
<w:p><w:pPr><w:pStyle w:val="VnThuong"/></w:pPr><w:r><w:t>{_tcvn3("Đóng đảng phí đầy đủ trước ngày 5 hằng tháng.")}</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b w:val="true"/></w:rPr><w:t>Đậm true</w:t></w:r><w:r><w:rPr><w:b w:val="1"/></w:rPr><w:t xml:space="preserve"> và 1</w:t></w:r><w:r><w:rPr><w:b w:val="off"/></w:rPr><w:t xml:space="preserve">  </w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t></w:t></w:r></w:p>
<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>
<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>ĐẢNG BỘ XÃ BÌNH AN</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>ĐẢNG CỘNG SẢN VIỆT NAM</w:t></w:r></w:p><w:p><w:r><w:t>Độc lập</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc/><w:tc><w:p><w:r><w:t>ngoài</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>lồng 1</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>lồng sâu</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl><w:p><w:r><w:t>sau bảng lồng</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr><w:tc><w:p><w:r><w:t>bắt đầu muộn</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>ô đậm</w:t></w:r></w:p></w:tc></w:tr>
</w:tbl>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>bảng thứ ba</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:r><w:t>NGƯỜI CAM KẾT</w:t></w:r></w:p>
"""
EXTRA_STYLES = """
<w:style w:type="paragraph" w:styleId="MucNho"><w:name w:val="Muc nho"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="VnThuong"><w:name w:val="Vn thuong"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/></w:rPr></w:style>
"""


def _features_docx(path: Path) -> Path:
    """A Word file holding what real ones hold and the corpus lacks, on python-docx's own
    template: styles, breaks, fields, revisions, content controls, merged and nested tables."""
    import docx

    template = path.with_name("mau.docx")
    docx.Document().save(template)
    with zipfile.ZipFile(template) as archive:
        document = archive.read("word/document.xml").decode("utf-8")
        styles = archive.read("word/styles.xml").decode("utf-8")
    document = re.sub(
        r"<w:body>.*?(<w:sectPr)", lambda m: "<w:body>" + FEATURES_BODY + m[1], document, flags=re.S
    )
    styles = styles.replace("</w:styles>", EXTRA_STYLES + "</w:styles>")
    with zipfile.ZipFile(template) as source, zipfile.ZipFile(path, "w") as out:
        for info in source.infolist():
            parts = {"word/document.xml": document, "word/styles.xml": styles}
            out.writestr(info, parts.get(info.filename) or source.read(info))
    return path


def _python_docx_files(folder: Path) -> list[Path]:
    """.docx files as the tests build them with python-docx."""
    import docx

    tables = write_docx(
        folder / "bang.docx",
        [
            "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025",
            [
                ["STT", "Nội dung cam kết", "Thời gian"],
                ["1", "Phụ đạo 5 học sinh yếu lớp 8B", "Học kỳ II"],
            ],
            "NGƯỜI CAM KẾT",
        ],
    )
    document = docx.Document()
    document.styles["Normal"].font.name = ".VnTime"
    document.add_heading("BẢN CAM KẾT", level=1)
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "ĐẢNG BỘ XÃ TÂN PHƯỚC"
    table.cell(0, 2).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    table.cell(1, 0).add_table(rows=1, cols=2).cell(0, 1).text = "ô lồng"
    run = document.add_paragraph().add_run(_tcvn3("Hoàn thành chỉ tiêu 100% trước tháng 6."))
    run.bold = True
    document.add_paragraph("Dòng chữ Unicode trong phông .VnTime")
    styled = folder / "kieu.docx"
    document.save(styled)
    return [tables, styled, _features_docx(folder / "dac-diem.docx")]


def test_same_paragraphs_as_the_python_docx_reader(tmp_path):
    """Text, cell and bold of every paragraph, and the legacy encodings, on every real .docx
    of the repository and on the files tests build with python-docx."""
    files = [*real_word_files(), *_python_docx_files(tmp_path)]
    assert len(files) > 60
    for path in files:
        assert read_docx(path.read_bytes()) == old_docx_paragraphs(path), path


def test_the_features_file_is_read_as_word_shows_it(tmp_path):
    """The python-docx behaviour the new reader keeps, spelled out on the features file."""
    paragraphs, encodings = read_docx(_features_docx(tmp_path / "dac-diem.docx").read_bytes())
    texts = [text for text, _, _ in paragraphs]
    assert texts[:8] == [
        "I. TƯ TƯỞNG CHÍNH TRỊ",
        "Tiêu đề bỏ đậm",
        "Mục theo kiểu dựa trên Heading1",
        "Kiểu ký tự dùng cho đoạn",
        "Kiểu ký tự đậm",
        "Họ và tên:\tNguyễn Văn An",
        "Dòng một dòng hai dòng ba trang sau",  # a page or column break gives no text
        "Chỉ thị số 05-CT/TW\tcuối dòng",
    ]
    assert [bold for _, _, bold in paragraphs[:5]] == [True, False, False, True, False]
    assert "Thực hiện Kế hoạch số 62-KH/TU của Tỉnh ủy." in texts
    assert "Đã sửa: " in texts and " hết." in texts  # revisions, smart tags, fields: not read
    assert "Trong điều khiển nội dung" not in texts
    assert "Phụ đạo 5 học sinh yếu môn Toán lớp 8B trước ngày 30/5." in texts
    assert "Đóng đảng phí đầy đủ trước ngày 5 hằng tháng." in texts
    assert encodings == {"tcvn3"}
    cells = [(text, cell.table, cell.row, cell.column) for text, cell, _ in paragraphs if cell]
    assert cells == [
        ("ĐẢNG BỘ XÃ BÌNH AN", 0, 0, 0),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", 0, 0, 2),
        ("Độc lập", 0, 0, 2),
        ("a", 0, 1, 0),
        ("ngoài", 0, 1, 2),
        ("lồng 1", 0, 1, 2),  # nested tables (1 and 2) carry the outer cell
        ("lồng sâu", 0, 1, 2),
        ("sau bảng lồng", 0, 1, 2),
        ("bắt đầu muộn", 0, 2, 0),  # w:gridBefore is not counted, as python-docx did
        ("ô đậm", 0, 2, 1),
        ("bảng thứ ba", 3, 0, 0),
    ]


def test_a_vertically_merged_cell_is_read_once(tmp_path):
    """The one deliberate difference: python-docx gave a vertically merged cell's paragraphs
    again for each row it spans; they are read once, in the row where the merge starts."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=2)
    table.cell(0, 0).merge(table.cell(2, 0)).text = "CHI BỘ ẤP BÌNH THUẬN"
    for row, text in enumerate(("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường")):
        table.cell(row, 1).text = text
    path = tmp_path / "gop-doc.docx"
    document.save(path)
    new, _ = read_docx(path.read_bytes())
    old, _ = old_docx_paragraphs(path)
    assert [(text, cell.row, cell.column) for text, cell, _ in new] == [
        ("CHI BỘ ẤP BÌNH THUẬN", 0, 0),
        ("Nguyễn Văn An", 0, 1),
        ("Trần Thị Bình", 1, 1),
        ("Lê Văn Cường", 2, 1),
    ]
    repeated = [p for p in old if p[0] == "CHI BỘ ẤP BÌNH THUẬN" and p[1].row > 0]
    assert len(repeated) == 2
    assert new == [p for p in old if p not in repeated]
