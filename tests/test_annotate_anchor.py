"""Where `camket annotate` anchors each comment in a Word file: the paragraph camket numbered
as the finding's line (table cells, merged cells, hyperlinks, breaks and tabs as the reader
takes them), the flagged columns cut out of the runs without losing their formatting, a page
footer's finding on the first body paragraph with where it really is."""

from __future__ import annotations

import itertools
from pathlib import Path

import docx
import pytest
from conftest import CORPUS, TEXT, copy_commitments, spread
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from test_annotate import anchored_texts, annotate, by_path, check_json

from linter.annotate.anchor import Layout, paragraph_runs, run_text
from linter.read import read
from linter.sources import Source

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
HAI_BINH = CORPUS / "dang-uy-xa-phuoc-hai-son" / "chi-bo-thon-hai-binh"
LAN = (HAI_BINH / "cam-ket-huynh-thi-lan.txt").read_text(encoding="utf-8").splitlines()
ACTION_LINE = next(line for line in LAN if line.startswith("6. Kế hoạch hành động"))
FLAGGED = "Tích cực tuyên truyền Nghị quyết Đại hội Đảng bộ xã lần thứ I đến hội viên."


def camket_lines(path: Path) -> list:
    return read(Source(path, path.name, "u"))[0]


def test_the_paragraphs_are_numbered_as_camket_reads_every_corpus_word_file():
    files = spread(list(CORPUS.rglob("*.docx")), 4)
    assert len(files) > 100
    for path in files:
        lines = camket_lines(path)
        layout = Layout(docx.Document(str(path)), lines)
        texts = ["".join(run_text(r) for r in paragraph_runs(p)) for p in layout.paragraphs]
        assert texts == [line.text for line in lines], path


def _hyperlink(paragraph: Paragraph, text: str, url: str) -> None:
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t")
    text_element.text = text
    run.append(text_element)
    link.append(run)
    paragraph._p.append(link)


def _styled_runs(paragraph: Paragraph, line: str) -> None:
    """The line in four runs, cut inside the flagged sentence: plain, bold, italic, plain."""
    start = line.index(FLAGGED)
    cuts = [0, start + 5, start + 25, start + len(FLAGGED) - 8, len(line)]
    for index, (begin, end) in enumerate(itertools.pairwise(cuts)):
        run = paragraph.add_run(line[begin:end])
        run.bold = index == 1 or None
        run.italic = index == 2 or None


def word_commitment(path: Path) -> Path:
    """Huỳnh Thị Lan's commitment as Word lays it out: the header in a table whose left cell is
    merged over two rows, a name line with a line break and a hyperlink to the cell's plan,
    the action line typed in several styles, the signature after a tab."""
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(1, 0))
    merged.paragraphs[0].text = "ĐẢNG ỦY XÃ PHƯỚC HẢI SƠN"
    merged.add_paragraph("CHI BỘ THÔN HẢI BÌNH")
    table.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    table.cell(1, 1).text = "Phước Hải Sơn, ngày 30 tháng 12 năm 2025"
    for line in LAN[1:]:
        paragraph = document.add_paragraph()
        if line.startswith("Họ và tên"):
            name, _, rest = line.partition(" Sinh năm")
            paragraph.add_run(name).add_break()
            before, plan, after = rest.partition("Kế hoạch số 01-KH/CB")
            paragraph.add_run("Sinh năm" + before)
            _hyperlink(paragraph, plan, "https://example.vn/ke-hoach-01-kh-cb")
            paragraph.add_run(after)
        elif line == ACTION_LINE:
            _styled_runs(paragraph, line)
        elif line.startswith("Người cam kết"):
            paragraph.add_run("Người cam kết\tHuỳnh Thị Lan")
        else:
            paragraph.add_run(line)
    document.save(str(path))
    return path


def _looks(paragraph) -> list[tuple[str, bool, bool]]:
    """Each character of a paragraph's text with its run's bold and italic."""
    return [
        (char, bool(run.find(f"{W}rPr/{W}b") is not None), run.find(f"{W}rPr/{W}i") is not None)
        for run in paragraph_runs(paragraph)
        for char in run_text(run)
    ]


def test_word_features_and_styled_runs(tmp_path):
    unit = tmp_path / "chi-bo-thon-hai-binh"
    unit.mkdir()
    original = word_commitment(unit / "cam-ket-huynh-thi-lan.docx")
    lines = camket_lines(original)
    assert lines[0].text == "ĐẢNG ỦY XÃ PHƯỚC HẢI SƠN" and lines[2].text.startswith("ĐẢNG CỘNG")
    assert any("Kế hoạch số 01-KH/CB" in line.text for line in lines)  # the hyperlink's text
    report = check_json("--no-context", str(original))
    findings = by_path(report)[str(original)]
    out = tmp_path / "ghi-chu"
    assert annotate("--no-context", "-o", str(out), str(original)).exit_code == 1
    copy = out / original.name
    comments = list(docx.Document(str(copy)).comments)
    spans = anchored_texts(copy)
    assert len(comments) == len(findings)
    single = [(c, f) for c, f in zip(comments, findings, strict=True) if f["line"] == f["end_line"]]
    assert single
    for comment, finding in single:
        assert spans[comment.comment_id] == finding["excerpt"], finding["rule"]
    flagged = [f for f in findings if f["excerpt"] == FLAGGED]
    assert len(flagged) == 1  # cut out of four runs at both ends
    number = flagged[0]["line"]
    before = Layout(docx.Document(str(original)), lines).paragraphs[number - 1]
    after = Layout(docx.Document(str(copy)), lines).paragraphs[number - 1]
    assert _looks(after) == _looks(before)  # same text, each character as bold or italic
    assert len(paragraph_runs(after)) > len(paragraph_runs(before))
    assert original.read_bytes() == (unit / original.name).read_bytes()


def test_runs_in_a_legacy_font_anchor_the_whole_paragraph(tmp_path):
    from test_legacy import encode

    folder = tmp_path / "chi-bo-khu-pho-4"
    folder.mkdir()
    document = docx.Document()
    for line in TEXT.rstrip("\n").split("\n"):
        run = document.add_paragraph().add_run(encode(line, "tcvn3"))
        run.font.name = ".VnTime"
    path = folder / "cam-ket.docx"
    document.save(str(path))
    report = check_json("--no-context", str(path))
    vague = [f for f in report["findings"] if f["rule"] == "CK101"]
    assert [f["excerpt"] for f in vague] == ["Hoàn thành tốt nhiệm vụ được giao."]
    out = tmp_path / "ghi-chu"
    assert annotate("--no-context", "-o", str(out), str(path)).exit_code == 1
    copy = out / "cam-ket.docx"
    comment = next(c for c in docx.Document(str(copy)).comments if c.text.startswith("CK101"))
    line = TEXT.split("\n")[vague[0]["line"] - 1]
    assert anchored_texts(copy)[comment.comment_id] == encode(line, "tcvn3")


@pytest.fixture
def date_in_footer(tmp_path: Path) -> Path:
    """An An Lạc commitment whose date line was moved from the header table to the page
    footer: dated before its cell's plan, and now only there."""
    unit = copy_commitments(CORPUS / "dang-uy-phuong-an-lac", tmp_path / "an-lac")
    path = unit / "chi-bo-khu-pho-3" / "cam-ket-ly-van-phuc.docx"
    document = docx.Document(str(path))
    date = next(
        p
        for p in document.element.body.iter(f"{W}p")
        if "ngày 16 tháng 01 năm 2026" in Paragraph(p, document).text
    )
    document.sections[0].footer.paragraphs[0].text = Paragraph(date, document).text
    for run in date.findall(f"{W}r"):
        date.remove(run)
    document.save(str(path))
    return path


def test_a_footer_finding_goes_on_the_first_paragraph_saying_where_it_is(date_in_footer):
    path = date_in_footer
    root = path.parent.parent
    report = check_json(str(root))
    lines = camket_lines(path)
    footer = [line.number for line in lines if line.margin]
    order = [f for f in by_path(report)[str(path)] if f["category"] == "date-order"]
    assert len(order) == 1 and [order[0]["line"]] == footer
    out = root.parent / "ghi-chu"
    assert annotate("-o", str(out), str(root)).exit_code == 1
    copy = out / "chi-bo-khu-pho-3" / path.name
    comments = list(docx.Document(str(copy)).comments)
    assert len(comments) == len(by_path(report)[str(path)])
    comment = next(c for c in comments if c.text.startswith("Chỗ được nhắc"))
    assert comment.text.splitlines()[0] == (
        "Chỗ được nhắc nằm ở chân trang (footer): “An Lạc, ngày 16 tháng 01 năm 2026”."
    )
    assert order[0]["message"] in comment.text
    assert anchored_texts(copy)[comment.comment_id] == lines[0].text  # the first body line
