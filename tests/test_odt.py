"""OpenDocument text (.odt) files, as LibreOffice Writer saves them, read like Word files:
headings, paragraphs, lists, sections and tables (merged, repeated and nested cells) with their
cells and bold flags, legacy fonts converted; a crafted .odt is its own `input` finding.

LibreOffice is not on the test machine, so the files are built here as Writer writes them: a
zip whose first member is the uncompressed `mimetype`, then the manifest, content.xml and
styles.xml (see `odt_parts` and `write_odt`)."""

from __future__ import annotations

import json
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TEXT, read_cells, read_code

from linter import resources
from linter.cli import main
from linter.document import CellRef
from linter.read import container, read
from linter.read.bounds import MAX_BLOCKS, MAX_ROW_COLUMNS, MAX_TABLE_DEPTH
from linter.read.error import ReadError
from linter.read.odt import read_odt
from linter.sources import Source

ODT = "application/vnd.oasis.opendocument.text"
NAMESPACES = (
    " ".join(
        f'xmlns:{prefix}="urn:oasis:names:tc:opendocument:xmlns:{name}"'
        for prefix, name in (
            ("office", "office:1.0"),
            ("style", "style:1.0"),
            ("text", "text:1.0"),
            ("table", "table:1.0"),
            ("draw", "drawing:1.0"),
            ("fo", "xsl-fo-compatible:1.0"),
            ("svg", "svg-compatible:1.0"),
        )
    )
    + ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
)
MANIFEST_NS = 'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'

FONT_FACES = (
    '<style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;"'
    ' style:font-family-generic="roman" style:font-pitch="variable"/>'
    '<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;"/>'
)
# styles.xml's common styles, as in LibreOffice's default template: "Heading 1" and "Heading 2"
# are bold, "Heading" (their parent) is not; "Table Heading" is bold.
COMMON_STYLES = """
<style:default-style style:family="paragraph">
 <style:text-properties style:font-name="Liberation Serif" fo:font-size="12pt"/>
</style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
<style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard"
  style:next-style-name="Text_20_body" style:class="text">
 <style:text-properties fo:font-size="14pt"/>
</style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
  style:parent-style-name="Heading" style:default-outline-level="1" style:class="text">
 <style:text-properties fo:font-size="130%" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"
  style:parent-style-name="Heading" style:default-outline-level="2" style:class="text">
 <style:text-properties fo:font-size="115%" fo:font-weight="bold"/>
</style:style>
<style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph"
  style:parent-style-name="Standard" style:class="text"/>
<style:style style:name="Table_20_Contents" style:display-name="Table Contents"
  style:family="paragraph" style:parent-style-name="Standard" style:class="extra"/>
<style:style style:name="Table_20_Heading" style:display-name="Table Heading"
  style:family="paragraph" style:parent-style-name="Table_20_Contents" style:class="extra">
 <style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis"
  style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
"""
# content.xml's automatic styles, named as Writer names them (P…, T…, L…, Table…).
AUTOMATIC_STYLES = """
<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Standard">
 <style:paragraph-properties fo:text-align="center"/>
 <style:text-properties fo:font-weight="bold"/>
</style:style>
<style:style style:name="P2" style:family="paragraph" style:parent-style-name="Text_20_body"/>
<style:style style:name="P3" style:family="paragraph" style:parent-style-name="Table_20_Contents"/>
<style:style style:name="T1" style:family="text">
 <style:text-properties fo:font-weight="bold" style:font-weight-asian="bold"/>
</style:style>
<style:style style:name="T2" style:family="text">
 <style:text-properties fo:font-style="italic"/>
</style:style>
<style:style style:name="T3" style:family="text">
 <style:text-properties fo:font-weight="normal"/>
</style:style>
<text:list-style style:name="L1">
 <text:list-level-style-bullet text:level="1" text:bullet-char="-"/>
</text:list-style>
"""


def odt_parts(
    body: str,
    automatic_styles: str = AUTOMATIC_STYLES,
    font_faces: str = FONT_FACES,
) -> dict[str, str]:
    """The members of an .odt whose office:text holds `body`, as Writer lays them out."""
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content {NAMESPACES} office:version="1.3">'
        f"<office:font-face-decls>{font_faces}</office:font-face-decls>"
        f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
        "<office:body><office:text>"
        '<text:sequence-decls><text:sequence-decl text:display-outline-level="0"'
        ' text:name="Table"/></text:sequence-decls>'
        f"{body}</office:text></office:body></office:document-content>"
    )
    styles = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-styles {NAMESPACES} office:version="1.3">'
        f"<office:font-face-decls>{FONT_FACES}</office:font-face-decls>"
        f"<office:styles>{COMMON_STYLES}</office:styles>"
        "</office:document-styles>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<manifest:manifest {MANIFEST_NS} manifest:version="1.3">'
        f'<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{ODT}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    return {
        "mimetype": ODT,
        "META-INF/manifest.xml": manifest,
        "content.xml": content,
        "styles.xml": styles,
    }


def write_odt(path: Path, parts: dict[str, str | bytes]) -> Path:
    """An .odt package: `mimetype` first and stored (uncompressed), the rest deflated."""
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in sorted(parts.items(), key=lambda item: item[0] != "mimetype"):
            method = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            archive.writestr(name, data, compress_type=method)
    return path


def p(text: str, style: str = "P2") -> str:
    return f'<text:p text:style-name="{style}">{text}</text:p>'


def cell(content: str, attributes: str = "") -> str:
    return f'<table:table-cell office:value-type="string"{attributes}>{content}</table:table-cell>'


def table(rows: str, name: str = "Table1", columns: int = 3) -> str:
    return (
        f'<table:table table:name="{name}" table:style-name="{name}">'
        f'<table:table-column table:number-columns-repeated="{columns}"/>{rows}</table:table>'
    )


def row(cells: str, attributes: str = "") -> str:
    return f"<table:table-row{attributes}>{cells}</table:table-row>"


# --- a commitment as Writer lays it out -----------------------------------------------------

COMMITMENT_BODY = (
    p("ĐẢNG BỘ PHƯỜNG 2", "P1")
    + p("CHI BỘ KHU PHỐ 4", "P1")
    + '<text:h text:style-name="Heading_20_1" text:outline-level="1">BẢN CAM KẾT TU DƯỠNG, RÈN'
    " LUYỆN, PHẤN ĐẤU NĂM 2025</text:h>\n"
    + p('Họ và tên: <text:span text:style-name="T1">Nguyễn Thị Lan</text:span>')
    + '<text:h text:style-name="Heading_20_2" text:outline-level="2">1. Về tư tưởng chính trị</text:h>'
    + '<text:list xml:id="list1" text:style-name="L1">\n  <text:list-item>'
    + p("Dự đủ 12 buổi sinh hoạt chi bộ, nộp bài thu hoạch chuyên đề trước ngày 30/4/2025.")
    + "</text:list-item>\n  <text:list-item>"
    + p("Mỗi quý đọc và ghi chép một chuyên đề học tập và làm theo tư tưởng Hồ Chí Minh.")
    + "<text:list><text:list-item>"
    + p("Quý I: chuyên đề năm 2025 của Ban Tuyên giáo Trung ương.")
    + "</text:list-item></text:list></text:list-item>\n</text:list>"
    + '<text:section text:style-name="Sect1" text:name="Section1">'
    + '<text:h text:style-name="Heading_20_2" text:outline-level="2">2. Về thực hiện chức'
    " trách, nhiệm vụ được giao</text:h>"
    + p(
        '<text:span text:style-name="T2">Hoàn thành</text:span> <text:span text:style-name="T2">'
        "tốt</text:span> nhiệm vụ được giao."
    )
    + "</text:section>"
    + table(
        "<table:table-header-rows><table:table-row>"
        + cell(p("Nội dung", "Table_20_Heading"))
        + cell(p("Chỉ tiêu", "Table_20_Heading"))
        + cell(p("Thời hạn", "Table_20_Heading"))
        + "</table:table-row></table:table-header-rows>"
        + row(
            cell(
                p("Dạy đủ 19 tiết/tuần, có 2 sáng kiến kinh nghiệm cấp huyện.", "P3"),
                ' table:number-columns-spanned="2"',
            )
            + "<table:covered-table-cell/>"
            + cell(p("Tháng 5/2025", "P3"))
        )
        + row(
            cell(p("Phụ đạo học sinh yếu", "P3"))
            + cell(
                p("6 học sinh lớp 8B", "P3")
                + table(
                    row(cell(p("Toán", "P3")) + cell(p("Chiều thứ Bảy", "P3"))),
                    "Table2",
                    columns=2,
                )
            )
            + cell(p("Hằng tuần", "P3"))
        )
        + row(cell("", ' table:number-columns-repeated="3"'), ' table:number-rows-repeated="2"')
        + row(
            cell(p("Ghi chú: báo cáo chi bộ", "P3"))
            + cell(p("", "P3"), ' table:number-columns-repeated="16383"')
        )
    )
    + p(
        "Phường 2, ngày 20/01/2025"
        '<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1'
        "</text:note-citation><text:note-body>"
        + p("Chú thích không phải lời cam kết.", "Standard")
        + "</text:note-body></text:note>"
    )
    + p(
        "<office:annotation><dc:creator>Bí thư chi bộ</dc:creator>"
        + p("Cần ghi rõ chỉ tiêu.", "Standard")
        + "</office:annotation>"
        '<text:span text:style-name="T1">NGƯỜI CAM KẾT</text:span>',
        "P2",
    )
)


@pytest.fixture
def commitment_odt(tmp_path: Path) -> Path:
    return write_odt(tmp_path / "cam-ket-nguyen-thi-lan.odt", odt_parts(COMMITMENT_BODY))


def test_paragraphs_headings_lists_and_tables_in_document_order(commitment_odt):
    t = 0  # the table in document order; its nested table is table 1
    assert read_cells(commitment_odt, "odt") == [
        ("ĐẢNG BỘ PHƯỜNG 2", None, True),  # bold by its automatic paragraph style
        ("CHI BỘ KHU PHỐ 4", None, True),
        ("BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025", None, True),  # Heading 1
        ("Họ và tên: Nguyễn Thị Lan", None, False),  # only the name is bold
        ("1. Về tư tưởng chính trị", None, True),
        (
            "Dự đủ 12 buổi sinh hoạt chi bộ, nộp bài thu hoạch chuyên đề trước ngày 30/4/2025.",
            None,
            False,
        ),
        (
            "Mỗi quý đọc và ghi chép một chuyên đề học tập và làm theo tư tưởng Hồ Chí Minh.",
            None,
            False,
        ),
        ("Quý I: chuyên đề năm 2025 của Ban Tuyên giáo Trung ương.", None, False),
        ("2. Về thực hiện chức trách, nhiệm vụ được giao", None, True),
        ("Hoàn thành tốt nhiệm vụ được giao.", None, False),  # the space between two spans
        ("Nội dung", CellRef(t, 0, 0), True),  # "Table Heading" is bold
        ("Chỉ tiêu", CellRef(t, 0, 1), True),
        ("Thời hạn", CellRef(t, 0, 2), True),
        ("Dạy đủ 19 tiết/tuần, có 2 sáng kiến kinh nghiệm cấp huyện.", CellRef(t, 1, 0), False),
        ("Tháng 5/2025", CellRef(t, 1, 2), False),  # column 1 is the merged cell's
        ("Phụ đạo học sinh yếu", CellRef(t, 2, 0), False),
        ("6 học sinh lớp 8B", CellRef(t, 2, 1), False),
        ("Toán", CellRef(t, 2, 1), False),  # the nested table's lines carry the outer cell
        ("Chiều thứ Bảy", CellRef(t, 2, 1), False),
        ("Hằng tuần", CellRef(t, 2, 2), False),
        # rows 3 and 4: the repeated empty filler row gives no lines
        ("Ghi chú: báo cáo chi bộ", CellRef(t, 5, 0), False),  # and no 16,383 empty cells
        ("Phường 2, ngày 20/01/2025", None, False),  # without its footnote
        ("NGƯỜI CAM KẾT", None, True),  # without the comment
    ]


def test_the_reader_gives_the_docx_readers_shape(commitment_odt):
    paragraphs, legacy_found = read_odt(commitment_odt.read_bytes())
    assert legacy_found == set()
    assert paragraphs[10] == ("Nội dung", CellRef(0, 0, 0), True)
    assert all(isinstance(text, str) and isinstance(bold, bool) for text, _, bold in paragraphs)


def test_a_table_after_a_nested_one_is_numbered_after_it(tmp_path):
    body = table(row(cell(table(row(cell(p("Trong"))), "Table2", 1))), "Table1", 1) + table(
        row(cell(p("Bảng sau"))), "Table3", 1
    )
    path = write_odt(tmp_path / "bang.odt", odt_parts(body))
    assert read_cells(path, "odt") == [
        ("Trong", CellRef(0, 0, 0), False),
        ("Bảng sau", CellRef(2, 0, 0), False),
    ]


def test_spaces_tabs_breaks_and_what_is_not_text(tmp_path):
    body = p(
        '\n  Đóng   đảng phí<text:s/>trước<text:s text:c="3"/>ngày 5'
        "<text:tab/>hằng<text:line-break/>tháng<text:soft-page-break/>."
        '<text:bookmark text:name="muc-4"/>'
        '<text:change-start text:change-id="ct1"/>'  # an insertion: its text is the document's
        ' Đã sửa.<text:change-end text:change-id="ct1"/>'
        '<text:change text:change-id="ct2"/>'  # where deleted text was: not read
        '<draw:frame draw:name="Hình1"><draw:text-box>'
        + p("Chữ trong khung hình")
        + "</draw:text-box></draw:frame>"
    )
    tracked = (
        "<text:tracked-changes>"
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:deletion>'
        "<office:change-info><dc:creator>Tổ trưởng</dc:creator></office:change-info>"
        + p("Nội dung đã xóa")
        + "</text:deletion></text:changed-region></text:tracked-changes>"
    )
    path = write_odt(tmp_path / "khoang-trang.odt", odt_parts(tracked + body))
    assert read_cells(path, "odt") == [
        ("Đóng đảng phí trước   ngày 5\thằng tháng. Đã sửa.", None, False),
    ]


def test_bold_through_spans_and_style_chains(tmp_path):
    styles = AUTOMATIC_STYLES + (
        '<style:style style:name="P9" style:family="paragraph" style:parent-style-name="P1"/>'
        # a parent cycle: resolved without looping, nothing bold found
        '<style:style style:name="C1" style:family="paragraph" style:parent-style-name="C2"/>'
        '<style:style style:name="C2" style:family="paragraph" style:parent-style-name="C1"/>'
        '<style:style style:name="W6" style:family="text">'
        '<style:text-properties fo:font-weight="600"/></style:style>'
    )
    body = (
        p("Chuyên đề 1", "P9")  # bold from P1, its parent
        + p('<text:span text:style-name="T3">Chuyên đề 2</text:span>', "P1")  # span unbolds
        + p('<text:span text:style-name="T1">Chuyên đề 3</text:span> ', "P2")  # space not text
        + p('<text:span text:style-name="Strong_20_Emphasis">Chuyên đề 4</text:span>')
        + p('<text:span text:style-name="W6">Chuyên đề 5</text:span>')
        + p(
            '<text:a xlink:href="https://dangcongsan.vn" xmlns:xlink="http://www.w3.org/1999/xlink"'
            ' text:style-name="T1">Chuyên đề 6</text:a>'
        )
        + p("Chuyên đề 7", "C1")
        + p("", "P1")  # no text: not bold
        + p("Chuyên đề 8", "Khong_Co")  # an unknown style
    )
    path = write_odt(tmp_path / "dam.odt", odt_parts(body, automatic_styles=styles))
    assert [(text, bold) for text, _, bold in read_cells(path, "odt")] == [
        ("Chuyên đề 1", True),
        ("Chuyên đề 2", False),
        ("Chuyên đề 3 ", True),
        ("Chuyên đề 4", True),
        ("Chuyên đề 5", True),
        ("Chuyên đề 6", True),
        ("Chuyên đề 7", False),
        ("", False),
        ("Chuyên đề 8", False),
    ]


def legacy_text(text: str, encoding: str) -> str:
    """Unicode → what a TCVN3 or VNI font holds, by the inverse of camket's table."""
    inverse = {value: key for key, value in resources.data("legacy")[encoding].items()}
    return "".join(inverse.get(char, char) for char in text)


TCVN3_LINE = "Khắc phục hạn chế, khuyết điểm: nộp sổ điểm đúng hạn trước thứ Sáu hằng tuần."
VNI_LINE = "Vận động 4 hộ gia đình trong khu dân cư số 3 tham gia bảo hiểm y tế."


def test_legacy_fonts_of_spans_and_paragraph_styles_are_converted(tmp_path):
    faces = FONT_FACES + (
        '<style:font-face style:name=".VnTime" svg:font-family=".VnTime"/>'
        '<style:font-face style:name="VNI-Times1" svg:font-family="&apos;VNI-Times&apos;"/>'
    )
    styles = AUTOMATIC_STYLES + (
        '<style:style style:name="T8" style:family="text">'
        '<style:text-properties style:font-name=".VnTime"/></style:style>'
        '<style:style style:name="P8" style:family="paragraph" style:parent-style-name="Standard">'
        '<style:text-properties style:font-name="VNI-Times1"/></style:style>'
    )
    body = (
        p(f'<text:span text:style-name="T8">{legacy_text(TCVN3_LINE, "tcvn3")}</text:span>')
        + p(legacy_text(VNI_LINE, "vni"), "P8")
        + p("Đóng đảng phí trước ngày 5 hằng tháng.")  # Unicode in the default font: as it is
    )
    assert legacy_text(TCVN3_LINE, "tcvn3") != TCVN3_LINE
    assert legacy_text(VNI_LINE, "vni") != VNI_LINE
    path = write_odt(
        tmp_path / "phong-cu.odt", odt_parts(body, font_faces=faces, automatic_styles=styles)
    )
    paragraphs, legacy_found = read_odt(path.read_bytes())
    assert [text for text, _, _ in paragraphs] == [
        TCVN3_LINE,
        VNI_LINE,
        "Đóng đảng phí trước ngày 5 hằng tháng.",
    ]
    assert legacy_found == {"tcvn3", "vni"}
    _, _, encoding = read(Source(path, path.name, "u"))
    assert encoding == "tcvn3+vni"


# --- the same findings as the same commitment in a .txt -------------------------------------


def _commitment_as_odt(text: str) -> str:
    """TEXT laid out as a Writer user would: centred bold header lines, the title and the
    section titles as headings, items as paragraphs typed with "- ", some words in spans."""
    blocks = []
    for number, line in enumerate(text.rstrip("\n").split("\n"), start=1):
        if number == 1:
            blocks.append(p(line, "P1"))
        elif number == 2:
            blocks.append(
                f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{line}</text:h>'
            )
        elif line[:1].isdigit():
            blocks.append(
                f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{line}</text:h>'
            )
        elif line.startswith("- "):
            first, _, rest = line[2:].partition(" ")
            blocks.append(p(f'- <text:span text:style-name="T2">{first}</text:span> {rest}'))
        else:
            blocks.append(p(line))
    return "\n".join(blocks)


def _check(folder: Path) -> dict:
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", "json", str(folder)])
    assert isinstance(result.exception, SystemExit), result.exception  # not a traceback
    assert result.exit_code == 1, result.output
    return json.loads(result.output)


def test_an_odt_has_the_findings_of_the_same_txt(tmp_path):
    unit = tmp_path / "chi-bo-khu-pho-4"
    unit.mkdir()
    (unit / "cam-ket-nguyen-thi-lan.txt").write_text(TEXT, encoding="utf-8")
    write_odt(unit / "cam-ket-tran-van-binh.odt", odt_parts(_commitment_as_odt(TEXT)))
    report = _check(tmp_path)
    assert {entry["path"].rsplit(".", 1)[1] for entry in report["files"]} == {"txt", "odt"}

    def findings(suffix: str) -> list[tuple]:
        keys = ("rule", "line", "column", "end_line", "end_column", "excerpt")
        return sorted(
            tuple(f[key] for key in keys) for f in report["findings"] if f["path"].endswith(suffix)
        )

    txt = findings(".txt")
    assert any(rule == "CK101" for rule, *_ in txt)  # line 8's vague promise
    assert any(rule == "CK401" for rule, *_ in txt)  # the two files copy each other
    assert findings(".odt") == txt
    assert not [f for f in report["findings"] if f["category"] == "input"]


# --- crafted files ----------------------------------------------------------------------------


def encrypted_parts() -> dict[str, str | bytes]:
    """An .odt saved with a password, as Writer does it: the manifest says how each part is
    encrypted, and the parts are unreadable bytes."""
    parts: dict[str, str | bytes] = dict(odt_parts(p("Nội dung đã mã hóa")))
    parts["META-INF/manifest.xml"] = parts["META-INF/manifest.xml"].replace(
        'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
        'manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="4213">'
        '<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:'
        'xmlns:manifest:1.0#sha256-1k" manifest:checksum="LtCfsvW4Ym1Kx0E9Xq8J3w==">'
        '<manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc"'
        ' manifest:initialisation-vector="Yl2Sx3cW0mFvGq7kS1r0Ww=="/>'
        '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32"'
        ' manifest:iteration-count="100000" manifest:salt="vZ0xq3rS8p1tH5m2Lk4J9g=="/>'
        "</manifest:encryption-data></manifest:file-entry>",
    )
    parts["content.xml"] = bytes(range(256)) * 16  # what encrypted content looks like
    return parts


def test_a_password_protected_odt(tmp_path):
    parts = encrypted_parts()
    assert "encryption-data" in parts["META-INF/manifest.xml"]
    path = write_odt(tmp_path / "mat-khau.odt", parts)
    assert read_code(path) == "CK012"


@pytest.mark.parametrize(
    "mimetype",
    [
        "application/vnd.oasis.opendocument.spreadsheet",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "",
    ],
)
def test_another_kind_of_package_is_not_an_odt(tmp_path, mimetype):
    parts = odt_parts(p("Bảng tính đổi đuôi"))
    parts["mimetype"] = mimetype
    assert read_code(write_odt(tmp_path / "khac.odt", parts)) == "CK003"


def test_without_a_mimetype_the_manifest_decides(tmp_path):
    parts = odt_parts(p("Tệp do phần mềm khác tạo, không có mimetype."))
    del parts["mimetype"]
    assert read_cells(write_odt(tmp_path / "khong-mimetype.odt", parts), "odt") == [
        ("Tệp do phần mềm khác tạo, không có mimetype.", None, False)
    ]
    del parts["META-INF/manifest.xml"]
    assert read_code(write_odt(tmp_path / "tran.odt", parts)) == "CK003"


def test_not_a_zip_and_a_zip_without_content(tmp_path):
    text = tmp_path / "van-ban.odt"
    text.write_text(TEXT, encoding="utf-8")
    assert read_code(text) == "CK003"
    parts = odt_parts("")
    del parts["content.xml"]
    assert read_code(write_odt(tmp_path / "rong.odt", parts)) == "CK003"


def test_a_truncated_odt_is_damaged(commitment_odt, tmp_path):
    data = commitment_odt.read_bytes()
    path = tmp_path / "tai-do.odt"
    path.write_bytes(data[: len(data) // 2])
    assert read_code(path) == "CK011"


def test_content_that_is_not_odf_text_is_damaged(tmp_path):
    parts = odt_parts("")
    parts["content.xml"] = (
        parts["content.xml"]
        .replace("<office:body><office:text>", "<office:body><office:spreadsheet>")
        .replace("</office:text>", "</office:spreadsheet>")
    )
    assert read_code(write_odt(tmp_path / "khac-than.odt", parts)) == "CK011"
    parts["content.xml"] = "<office:document-content"  # not well-formed
    assert read_code(write_odt(tmp_path / "cut.odt", parts)) == "CK011"


LAUGHS = (
    '<!DOCTYPE office:document-content [<!ENTITY a "hahahahahahahahahaha">'
    + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
    + "]>"
)


@pytest.mark.parametrize("part", ["content.xml", "styles.xml", "META-INF/manifest.xml"])
def test_a_dtd_is_refused(tmp_path, part):
    parts = odt_parts(p("&i;"))
    xml_text = parts[part]
    declaration_end = xml_text.index("?>") + 2
    parts[part] = xml_text[:declaration_end] + LAUGHS + xml_text[declaration_end:]
    path = write_odt(tmp_path / "dtd.odt", parts)
    started = time.perf_counter()
    assert read_code(path) == "CK014"
    assert time.perf_counter() - started < 2


def test_the_manifest_dtd_old_openoffice_named_is_harmless(tmp_path):
    parts = odt_parts(p("Bản cam kết soạn bằng OpenOffice.org 2.4."))
    parts["META-INF/manifest.xml"] = parts["META-INF/manifest.xml"].replace(
        "?>\n",
        '?>\n<!DOCTYPE manifest:manifest PUBLIC "-//OpenOffice.org//DTD Manifest 1.0//EN"'
        ' "Manifest.dtd">',
    )
    assert "Manifest.dtd" in parts["META-INF/manifest.xml"]
    assert read_cells(write_odt(tmp_path / "openoffice.odt", parts), "odt") == [
        ("Bản cam kết soạn bằng OpenOffice.org 2.4.", None, False)
    ]


def test_a_zip_bomb_is_refused(tmp_path):
    parts: dict[str, str | bytes] = dict(odt_parts(p("Tệp nhỏ trên đĩa")))
    parts["Pictures/rong.png"] = b"\0" * (container.MAX_UNPACKED + 1)
    path = write_odt(tmp_path / "bom.odt", parts)
    assert path.stat().st_size < 1024 * 1024  # small on disk, huge unpacked
    assert read_code(path) == "CK013"


def test_crafted_files_beside_a_good_one_in_a_batch(tmp_path):
    unit = tmp_path / "lo" / "chi-bo-a"
    unit.mkdir(parents=True)
    (unit / "cam-ket-tot.txt").write_text(TEXT, encoding="utf-8")
    wrong = odt_parts(p("Bảng tính"))
    wrong["mimetype"] = "application/vnd.oasis.opendocument.spreadsheet"
    write_odt(unit / "sai-loai.odt", wrong)
    write_odt(unit / "mat-khau.odt", encrypted_parts())
    (unit / "hong.odt").write_bytes(
        write_odt(tmp_path / "x.odt", odt_parts(COMMITMENT_BODY)).read_bytes()[:300]
    )
    report = _check(unit.parent)
    by_file: dict[str, list[str]] = {}
    for finding in report["findings"]:
        by_file.setdefault(finding["path"].rsplit("/", 1)[1], []).append(finding["rule"])
    assert by_file["sai-loai.odt"] == ["CK003"]
    assert by_file["hong.odt"] == ["CK011"]
    assert by_file["mat-khau.odt"] == ["CK012"]
    assert "CK101" in by_file["cam-ket-tot.txt"]


# --- bounds -----------------------------------------------------------------------------------


def _fast_and_small(path: Path) -> list[tuple[str, CellRef | None, bool]]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        lines = read_cells(path, "odt")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2
    assert peak < 32 * 1024 * 1024
    return lines


def test_sixteen_thousand_repeated_columns_and_a_million_rows_give_no_lines(tmp_path):
    filler_cells = cell("", ' table:number-columns-repeated="16384"')
    body = table(
        row(
            cell(p("Dự đủ 12 buổi sinh hoạt chi bộ"))
            + cell(p(""), ' table:number-columns-repeated="16383"')
        )
        + row(filler_cells, ' table:number-rows-repeated="1048575"'),
        columns=16384,
    ) + p("Phường 2, ngày 20/01/2025")
    path = write_odt(tmp_path / "bang-tinh.odt", odt_parts(body))
    assert _fast_and_small(path) == [
        ("Dự đủ 12 buổi sinh hoạt chi bộ", CellRef(0, 0, 0), False),
        ("Phường 2, ngày 20/01/2025", None, False),
    ]


def test_a_repeated_cell_with_text_is_read_in_each_column(tmp_path):
    body = table(
        row(cell(p("Đạt"), ' table:number-columns-repeated="2"') + cell(p("Chưa đạt")))
        + row(
            cell(p("Có"), ' table:number-columns-repeated="3"'), ' table:number-rows-repeated="2"'
        )
    )
    path = write_odt(tmp_path / "lap.odt", odt_parts(body))
    assert read_cells(path, "odt") == [
        ("Đạt", CellRef(0, 0, 0), False),
        ("Đạt", CellRef(0, 0, 1), False),
        ("Chưa đạt", CellRef(0, 0, 2), False),
        *[("Có", CellRef(0, r, c), False) for r in (1, 2) for c in range(3)],
    ]


def test_a_huge_space_count_is_bounded(tmp_path):
    small = write_odt(tmp_path / "ba.odt", odt_parts(p('Hoàn thành<text:s text:c="3"/>tốt')))
    assert read_cells(small, "odt") == [("Hoàn thành   tốt", None, False)]
    huge = write_odt(
        tmp_path / "ty.odt", odt_parts(p('Hoàn thành<text:s text:c="1000000000000"/>tốt'))
    )
    tracemalloc.start()
    started = time.perf_counter()
    try:
        assert read_code(huge) == "CK019"  # a paragraph longer than any real one
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert time.perf_counter() - started < 2
    assert peak < 32 * 1024 * 1024


def _nested(depth: int) -> str:
    if depth == 0:
        return ""
    return table(row(cell(p(f"Tầng {depth}") + _nested(depth - 1))), f"T{depth}", 1)


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (_nested(MAX_TABLE_DEPTH + 1), "bảng lồng nhau hơn 20 tầng"),
        (
            table(row(cell(p(""), ' table:number-columns-repeated="1000"') + cell(p("Cột thừa")))),
            "một hàng bảng hơn 1000 cột",
        ),
        (
            table(row(cell(p("Có"), f' table:number-columns-repeated="{MAX_ROW_COLUMNS + 1}"'))),
            "một hàng bảng hơn 1000 cột",
        ),
        (
            table(row(cell(p("Có")), ' table:number-rows-repeated="1000000000"')),
            f"hơn {MAX_BLOCKS} đoạn văn và ô bảng",
        ),
        (
            p("- Dự đủ các buổi sinh hoạt chi bộ.") * MAX_BLOCKS + p("Thừa"),
            f"hơn {MAX_BLOCKS} đoạn văn và ô bảng",
        ),
    ],
    ids=["nesting", "columns", "repeated-columns", "repeated-rows", "paragraphs"],
)
def test_each_bound_exceeded_is_too_complex(tmp_path, body, detail):
    path = write_odt(tmp_path / "qua.odt", odt_parts(body))
    started = time.perf_counter()
    with pytest.raises(ReadError) as error:
        read_odt(path.read_bytes())
    assert time.perf_counter() - started < 5
    assert error.value.code == "CK019"
    assert error.value.detail["vi"] == detail


def test_at_the_bounds_a_file_is_read(tmp_path):
    body = _nested(MAX_TABLE_DEPTH) + table(
        row(
            cell(p(""), f' table:number-columns-repeated="{MAX_ROW_COLUMNS - 1}"')
            + cell(p("Cột cuối"))
        )
    )
    lines = read_cells(write_odt(tmp_path / "vua.odt", odt_parts(body)), "odt")
    assert [text for text, _, _ in lines[:MAX_TABLE_DEPTH]] == [
        f"Tầng {depth}" for depth in range(MAX_TABLE_DEPTH, 0, -1)
    ]
    assert lines[MAX_TABLE_DEPTH:] == [
        ("Cột cuối", CellRef(MAX_TABLE_DEPTH, 0, MAX_ROW_COLUMNS - 1), False)
    ]
