"""Reports name units as their documents do, with the folder below; the heat map's figure is
the copy message's; the printed HTML begins with one page of summary per unit and puts the full
texts after (none with --summary-only). The HTML tests read the page as headless Chromium
renders and prints it (test_html_report's way; a copy shown on every member's document is
tested there, beside the other tests of the corpus's rendered page)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import CORPUS, TEXT
from test_html_report import chromium, parse_html

from linter.cli import main
from linter.report.unit_names import _cased, _cleaned, unit_names

TAN_PHUOC = CORPUS / "dang-uy-xa-tan-phuoc"


def test_units_are_named_as_their_documents_name_them(corpus_run):
    report, _ = corpus_run
    names = {
        Path(unit).as_posix().split("corpus/")[-1]: n for unit, n in unit_names(report).items()
    }
    # a cell by its header, in the usual casing; a committee's folder by what its cells say
    assert names["dang-uy-xa-tan-phuoc/chi-bo-tram-y-te"] == "Chi bộ Trạm Y tế"
    assert names["dang-uy-xa-tan-phuoc/chi-bo-truong-thcs"] == "Chi bộ Trường THCS Tân Phước"
    assert names["dang-uy-xa-tan-phuoc"] == "Đảng bộ xã Tân Phước"
    assert names["dang-uy-xa-binh-an/chi-bo-co-quan-ubnd"] == "Chi bộ Cơ quan UBND xã"
    assert names["dang-uy-xa-huoi-lech/chi-bo-ban-pa-cha"] == "Chi bộ bản Pá Chả"
    assert (
        names["dang-uy-xa-huoi-lech/chi-bo-truong-ptdtbt-th-thcs-huoi-lech"]
        == "Chi bộ Trường PTDTBT TH&THCS Huổi Lếch"
    )
    # a writer typed it in this casing: theirs is kept (a nurse's 6-month report of the
    # department's cell heads it "Chi bộ khoa Nội")
    assert names["dang-uy-xa-my-hiep/chi-bo-ap-my-loi"] == "Chi bộ ấp Mỹ Lợi"
    assert names["dang-uy-phuong-kim-duong/chi-bo-khoa-noi"] == "Chi bộ khoa Nội"
    assert len(names) == len({e.unit for e in report.files})  # every unit of the corpus


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ", "Chi bộ Trường Tiểu học An Phú"),
        ("CHI BỘ ẤP BÌNH THUẬN", "Chi bộ ấp Bình Thuận"),
        ("ĐẢNG BỘ XÃ PHÚ THẠNH ĐÔNG", "Đảng bộ xã Phú Thạnh Đông"),
        ("CHI BỘ CÔNG TY TNHH MAY MẶC THÀNH ĐẠT", "Chi bộ Công ty TNHH May mặc Thành Đạt"),
        ("CHI BỘ TRƯỜNG MẦM NON - TIỂU HỌC", "Chi bộ Trường Mầm non - Tiểu học"),
    ],
)
def test_a_name_in_capitals_is_shown_in_the_usual_casing(written, name):
    assert _cased(_cleaned(written)) == name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("CHI BỘ KHOA NỘI Kim Đường, ngày 08 tháng 01 năm 2026", "CHI BỘ KHOA NỘI"),
        ("CHI BỘ KHU PHỐ 3 - ĐẢNG BỘ PHƯỜNG AN LẠC", "CHI BỘ KHU PHỐ 3"),
        ("ĐẢNG BỘ PHƯỜNG KIM ĐƯỜNG CHI BỘ KHOA NỘI", "ĐẢNG BỘ PHƯỜNG KIM ĐƯỜNG"),
        ("Chi bộ ấp Mỹ Lợi - Đảng bộ xã Mỹ Hiệp", "Chi bộ ấp Mỹ Lợi"),
        ("Họ và tên: Nguyễn Văn A", None),
    ],
)
def test_a_header_line_gives_the_units_name_alone(written, name):
    assert _cleaned(written) == name


@pytest.fixture
def an_phu(tmp_path: Path) -> Path:
    """Two cells of one party committee, each with two commitments naming their cell."""
    committee = tmp_path / "dang-bo-xa-an-phu"
    for folder, cell in (("chi-bo-th", "TRƯỜNG TIỂU HỌC AN PHÚ"), ("chi-bo-ap-1", "ẤP 1")):
        unit = committee / folder
        unit.mkdir(parents=True)
        for index in range(2):
            text = TEXT.replace("CHI BỘ KHU PHỐ 4", f"ĐẢNG BỘ XÃ AN PHÚ\nCHI BỘ {cell}")
            text = text.replace("Toán lớp 8B", f"Toán lớp {6 + index}A")
            (unit / f"cam-ket-{index}.txt").write_text(text, encoding="utf-8")
    return committee


def test_the_text_summary_names_each_unit_with_its_folder_below(an_phu: Path):
    out = CliRunner().invoke(main, ["check", "--no-cache", str(an_phu)]).stdout
    table = out[out.index("Theo đơn vị:\n") :].splitlines()[1:]
    assert re.match(r"  Chi bộ Trường Tiểu học An Phú +\d+  \(", table[0]) or re.match(
        r"  Chi bộ ấp 1 +\d+  \(", table[0]
    )
    pairs = {table[i].split("  ")[1].strip(): table[i + 1].strip() for i in (0, 2)}
    assert pairs == {
        "Chi bộ Trường Tiểu học An Phú": "chi-bo-th",
        "Chi bộ ấp 1": "chi-bo-ap-1",
    }


def test_the_spreadsheet_names_each_unit(an_phu: Path, tmp_path: Path):
    target = tmp_path / "bao-cao.xlsx"
    result = CliRunner().invoke(main, ["check", "--format", "xlsx", "-o", str(target), str(an_phu)])
    assert result.exit_code == 1, result.output
    sheet = openpyxl.load_workbook(target)["Theo đơn vị"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:2] == ["Đơn vị", "Tên đơn vị"]
    assert {tuple(row[:2]) for row in rows[1:]} == {
        ("chi-bo-ap-1", "Chi bộ ấp 1"),
        ("chi-bo-th", "Chi bộ Trường Tiểu học An Phú"),
    }


def test_every_copy_figure_is_the_one_its_message_gives(corpus_run):
    """Finding.figure, which the heat map shows, is the similarity the message states."""
    report, _ = corpus_run
    with_figure = [f for f in report.findings if f.figure is not None]
    assert len(with_figure) > 50
    for finding in with_figure:
        assert re.findall(r"(\d+)%", finding.message) == [str(finding.figure)], finding


# ---------------------------------------------------------------- the HTML page in Chromium


def _dom(tmp_path: Path, *args: str) -> object:
    page = tmp_path / "bao-cao.html"
    result = CliRunner().invoke(
        main, ["check", "--no-cache", "--format", "html", "-o", str(page), *args]
    )
    assert result.exit_code == 1, result.output
    return parse_html(chromium(tmp_path, "--dump-dom", page.as_uri()).stdout.decode())


def _sections(dom) -> list:
    main_node = dom.find_all("main")[0]
    return [child for child in main_node.children if getattr(child, "tag", None) == "section"]


def _text(node) -> str:
    return " ".join(node.text().split())


def _title(section) -> tuple[str, str]:
    """The unit's name in a section's heading, and the folder on the line below it."""
    heading = section.find_all("h2")[0]
    folder = _text(heading.find_all("span", "folder")[0])
    return _text(heading).removesuffix(folder).strip(), folder


def _kind(section) -> str:
    """What a section of the page is (a unit's may also be marked dense for print)."""
    return next(c for c in ("overview", "unit", "details") if c in section.classes)


def test_the_page_begins_with_a_summary_per_unit_and_the_full_texts_come_after(tmp_path: Path):
    dom = _dom(tmp_path, str(TAN_PHUOC))
    kinds = [_kind(section) for section in _sections(dom)]
    units = 4  # the committee's folder and its three cells
    assert kinds == ["overview"] + ["unit"] * units + ["details"] * units
    summaries = [s for s in _sections(dom) if "unit" in s.classes]
    assert not any(s.find_all("div", "doc-text") for s in summaries)  # no full text in them
    titles = [_title(s) for s in summaries]
    assert ("Đơn vị: Chi bộ Trạm Y tế", "Thư mục: chi-bo-tram-y-te") in titles
    assert ("Đơn vị: Đảng bộ xã Tân Phước", "Thư mục: dang-uy-xa-tan-phuoc") in titles
    assert [_title(s) for s in _sections(dom) if "details" in s.classes] == [
        (f"Chi tiết: {name.removeprefix('Đơn vị: ')}", folder) for name, folder in titles
    ]
    # each summary links every document of its unit once: a row each, a member's reports in
    # the row of their commitment
    report = json.loads(
        CliRunner().invoke(main, ["check", "--format", "json", str(TAN_PHUOC)]).stdout
    )
    for summary in summaries:
        title, folder = _title(summary)
        folder = folder.removeprefix("Thư mục: ")
        files = [f for f in report["files"] if f["unit"] == folder]
        table = summary.find_all("table", "members")[0]
        rows = table.find_all("tr")[1:]
        reports = [f for f in files if f["kind"] == "report"]
        in_rows = [a for a in table.find_all("a") if a.attrs.get("href", "").startswith("#f")]
        assert len(in_rows) == len(files), title
        assert len(rows) == len(files) - len(reports) + sum(
            1 for row in rows if "report" in _text(row).lower() or "báo cáo" in _text(row).lower()
        ), title
    # the overview names the units the same way, and every link lands on the page
    overview = _sections(dom)[0]
    assert "Chi bộ Trường THCS Tân PhướcThư mục: chi-bo-truong-thcs" in _text(overview)
    ids = {node.attrs["id"] for node in dom.iter() if "id" in getattr(node, "attrs", {})}
    targets = {a.attrs["href"][1:] for a in dom.find_all("a") if a.attrs.get("href", "")[:1] == "#"}
    assert targets and targets <= ids


def test_printed_each_unit_summary_is_one_page(tmp_path: Path):
    page = tmp_path / "tom-tat.html"
    result = CliRunner().invoke(
        main,
        ["check", "--format", "html", "--summary-only", "-o", str(page), str(TAN_PHUOC)],
    )
    assert result.exit_code == 1, result.output
    pdf = tmp_path / "tom-tat.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
    assert pages == 1 + 4  # the overview, then one page for each of the four units


def test_summary_only_prints_no_full_text(tmp_path: Path):
    dom = _dom(tmp_path, "--summary-only", str(TAN_PHUOC))
    assert [_kind(s) for s in _sections(dom)] == ["overview"] + ["unit"] * 4
    assert not dom.find_all("div", "doc-text") and not dom.find_all("article")
    assert not dom.find_all("div", "pair")  # nor the copied passages
    assert "không có toàn văn các văn bản" in _text(_sections(dom)[0])
    assert not [a for a in dom.find_all("a") if a.attrs.get("href", "").startswith("#f")]
    # the summary keeps what the meeting needs: members, dates, heat map, copy groups
    assert len(dom.find_all("table", "members")) == 4 and dom.find_all("table", "heatmap")
    assert dom.find_all("ul", "group-list") and dom.find_all("div", "timeline")
    groups = [_text(item) for item in dom.find_all("li")]
    assert "Nhóm 4: Đặng Văn Lợi, Huỳnh Thị Bích Ngân, Lâm Văn Phúc (giống nhau đến 94%)" in groups


def test_summary_only_goes_with_html_only(tmp_path: Path):
    result = CliRunner().invoke(main, ["check", "--summary-only", str(TAN_PHUOC)])
    assert result.exit_code == 2
    assert result.stderr == (
        "--summary-only chỉ dùng với --format html (định dạng đang chọn: text).\n"
    )
