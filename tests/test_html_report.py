"""The HTML report: self-contained, and as rendered by headless Chromium it shows every finding
on its line, the copy groups, the heat map and the out-of-order dates. It prints one unit per
page. Without Chromium the browser tests skip, unless CAMKET_REQUIRE_BROWSER=1 (set by .ci/run)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import CORPUS

from linter.cli import main
from linter.engine import Report
from linter.report import Format, render

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BROWSER_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VOID = {"br", "meta", "link", "img", "input", "hr", "wbr", "col", "area", "base", "source"}


class Node:
    def __init__(self, tag: str, attrs: dict[str, str]) -> None:
        self.tag, self.attrs, self.children = tag, attrs, []

    @property
    def classes(self) -> set[str]:
        return set(self.attrs.get("class", "").split())

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self):
        yield self
        for child in self.children:
            if isinstance(child, Node):
                yield from child.iter()

    def find_all(self, tag: str | None = None, cls: str | None = None) -> list[Node]:
        return [
            n
            for n in self.iter()
            if (tag is None or n.tag == tag) and (cls is None or cls in n.classes)
        ]


class TreeBuilder(HTMLParser):
    """Enough of a DOM to read the page Chromium serialised."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#root", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in VOID:
            self.stack.append(node)

    def handle_endtag(self, tag):
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def parse_html(text: str) -> Node:
    builder = TreeBuilder()
    builder.feed(text)
    return builder.root


def browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    if os.environ.get("CAMKET_REQUIRE_BROWSER") == "1":
        pytest.fail("CAMKET_REQUIRE_BROWSER=1 but no chromium on PATH (apt-get install chromium)")
    pytest.skip("no chromium on PATH: install Debian's chromium to run the browser tests")


def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    return subprocess.run(
        [browser(), *BROWSER_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        timeout=180,
        check=True,
    )


@pytest.fixture(scope="module")
def rendered_dom(corpus_dom) -> Node:
    """The HTML report of part of the corpus as Chromium renders it (conftest: rendered once a
    session)."""
    return corpus_dom


def test_page_is_self_contained(corpus_html):
    assert corpus_html.startswith("<!DOCTYPE html>")
    assert '<html lang="vi">' in corpus_html
    assert not re.search(r"<script|<link|<img|<iframe|@import|url\(", corpus_html)
    assert not re.search(r"(src|href)=\"(?!#)", corpus_html)  # only links inside the page


def test_every_finding_is_a_note_beside_its_line(rendered_dom, corpus_part):
    report, _ = corpus_part
    notes = rendered_dom.find_all("div", "finding")
    assert len(notes) == len(report.findings)
    lines = {n.attrs["id"]: n for n in rendered_dom.find_all("div", "line")}
    anchors = {a.attrs["id"]: a.text() for a in rendered_dom.find_all("h4") if "id" in a.attrs}
    assert len(anchors) == len(report.files)
    anchor_of = {}
    for anchor, heading in anchors.items():
        path = next(p for p in (e.path for e in report.files) if heading.endswith(p))
        anchor_of[path] = anchor
    documents = {d.path: d for d in report.documents}
    for finding in report.findings:
        if finding.path not in documents:
            continue
        line = lines[f"{anchor_of[finding.path]}-l{finding.line}"]
        beside = line.find_all("div", "finding")
        assert any(finding.message in note.text() for note in beside), finding
        if finding.line == finding.end_line and finding.end_column > finding.column:
            text = documents[finding.path].line(finding.line).text
            span = text[finding.column - 1 : finding.end_column - 1]
            marked = "".join(
                "".join(c for c in m.children if isinstance(c, str)) for m in line.find_all("mark")
            )
            assert span in marked, finding


def test_vague_suggestions_are_shown(rendered_dom, corpus_part):
    report, _ = corpus_part
    suggestions = [n.text() for n in rendered_dom.find_all("div", "suggestion")]
    expected = [f.suggestion for f in report.findings if f.suggestion]
    assert len(suggestions) == len(expected)
    # units are shown by their names, findings are sorted by path: compare without the order
    assert all(s.startswith("Gợi ý:") for s in suggestions)
    assert sorted(s.removeprefix("Gợi ý:").strip() for s in suggestions) == sorted(expected)


def test_copy_groups_are_side_by_side_and_marked_on_the_heat_map(rendered_dom, corpus_part):
    report, context = corpus_part
    pair_rules = {
        r.id for r in context.rules if r.kind == "duplicate" and r.options.get("check") == "pairs"
    }
    pairs = [(f, r) for f in report.findings if f.rule in pair_rules for r in f.related]
    # a copy is reported on both documents and shown once
    passages = {
        frozenset(((f.path, f.line, f.end_line), (r.path, r.line, r.end_line))) for f, r in pairs
    }
    groups = rendered_dom.find_all("div", "group")
    side_by_side = [p for g in groups for p in g.find_all("div", "pair")]
    plan_rules = {
        r.id for r in context.rules if r.kind == "duplicate" and r.options.get("check") == "plan"
    }
    plan_pairs = [(f, r) for f in report.findings if f.rule in plan_rules for r in f.related]
    assert len(side_by_side) == len(passages) + len(plan_pairs) > 20
    for pair in side_by_side:
        sides = pair.find_all("div", "side")
        assert len(sides) == 2
        assert all(side.find_all("span", "same") for side in sides)  # copied words marked
    copied_cells = [c for c in rendered_dom.find_all("td", "copied")]
    # the heat map is the commitments' (members' reports are compared with each other too)
    kinds = {entry.path: entry.kind for entry in report.files}
    commitments = {frozenset((f.path, r.path)) for f, r in pairs if kinds[f.path] == "commitment"}
    assert len(copied_cells) == 2 * len(commitments)


def test_timeline_marks_exactly_the_out_of_order_documents(rendered_dom, corpus_part):
    report, _ = corpus_part
    wrong_files = {f.path for f in report.findings if f.category == "date-order"}
    kinds = {e.path: e.kind for e in report.files}
    marked = Counter()
    for row in rendered_dom.find_all("div", "tl-row"):
        if "wrong" in row.classes:
            marked[row.find_all("a")[0].attrs["href"]] += 1
            assert row.find_all("span", "wrong")  # the red dot
    # every commitment or unit plan carrying a date-order finding is marked once on its
    # unit's timeline (a plan also shows as the superior of the units below, unmarked there)
    expected = [p for p in wrong_files if kinds[p] in ("commitment", "plan")]
    assert sum(marked.values()) == len(expected) >= 10


def test_prints_one_unit_per_page(corpus_run, tmp_path):
    report, context = corpus_run
    unit = CORPUS / "dang-uy-xa-tan-phuoc"
    subset = Report(
        files=[e for e in report.files if Path(e.path).is_relative_to(unit)],
        findings=[f for f in report.findings if Path(f.path).is_relative_to(unit)],
        documents=[d for d in report.documents if Path(d.path).is_relative_to(unit)],
        parents=report.parents,
    )
    page = tmp_path / "bao-cao.html"
    page.write_text(render(subset, Format.HTML, context), encoding="utf-8")
    pdf = tmp_path / "bao-cao.pdf"
    chromium(tmp_path, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    pages = len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes()))
    units = len({e.unit for e in subset.files})
    assert pages >= units + 1  # the overview, then each unit from a new page


def test_screenshot_is_drawn(tmp_path):
    result = CliRunner().invoke(
        main,
        [
            "check",
            "--format",
            "html",
            "-o",
            str(tmp_path / "r.html"),
            str(FIXTURES / "dates" / "sai-thu-tu"),
        ],
    )
    assert result.exit_code == 1, result.output
    shot = tmp_path / "r.png"
    chromium(
        tmp_path, "--window-size=1200,900", f"--screenshot={shot}", (tmp_path / "r.html").as_uri()
    )
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    assert (width, height) == (1200, 900)
    assert len(data) > 30_000  # text and colour, not a blank page


def test_english_report(tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(
        main,
        [
            "check",
            "--lang",
            "en",
            "--format",
            "html",
            "-o",
            str(out),
            str(FIXTURES / "dates" / "sai-thu-tu"),
        ],
    )
    assert result.exit_code == 1, result.output
    page = out.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "Commitment check report" in page
    assert "Timeline of dates" in page and "out of order" in page
    for vietnamese in ("Báo cáo kiểm tra", "Trình tự ngày", "Gợi ý", "sai thứ tự", "cảnh báo"):
        assert vietnamese not in page


def heat_cells(page: Node) -> dict[frozenset[str], list[Node]]:
    """The heat map cells of each pair of members (both cells of the pair), by file path."""
    paths = {
        h.attrs["id"]: h.find_all("span", "path")[0].text()
        for h in page.find_all("h4")
        if h.attrs.get("id") and h.find_all("span", "path")
    }
    cells: dict[frozenset[str], list[Node]] = {}
    for table in page.find_all("table", "heatmap"):
        rows = [row for row in table.find_all("tr") if row.find_all("th", "row")]
        members = [paths[row.find_all("a")[0].attrs["href"][1:]] for row in rows]
        for member, row in zip(members, rows, strict=True):
            for other, cell in zip(members, row.find_all("td"), strict=True):
                if other != member:
                    cells.setdefault(frozenset((member, other)), []).append(cell)
    return cells


def test_the_matrix_shows_the_figure_of_each_reported_copy_and_the_overlap_in_grey_elsewhere(
    corpus_html, corpus_run
):
    report, context = corpus_run
    pair_rules = {
        r.id for r in context.rules if r.kind == "duplicate" and r.options.get("check") == "pairs"
    }
    figures: dict[frozenset[str], int] = {}
    kinds = {entry.path: entry.kind for entry in report.files}
    for finding in report.findings:
        if finding.rule in pair_rules and kinds[finding.path] == "commitment":
            pair = frozenset((finding.path, finding.related[0].path))
            figure = int(re.search(r"giống (\d+)%", finding.message).group(1))
            figures[pair] = max(figures.get(pair, 0), figure)
    cells = heat_cells(parse_html(corpus_html))
    assert len(figures) > 20 and set(figures) <= set(cells)  # every copy is inside one unit
    for pair, both in cells.items():
        assert len(both) == 2
        for cell in both:
            if pair in figures:  # the figure its messages give, the highest if several
                assert "copied" in cell.classes and cell.text() == str(figures[pair]), pair
            else:  # the share of wording in common, in grey
                assert "copied" not in cell.classes and "color:#8a94a0" in cell.attrs["style"]
    assert "số là mức giống (%) nêu trong phát hiện" in corpus_html
    assert "Ô chữ xám: cặp không có đoạn sao chép" in corpus_html


def test_a_copy_is_shown_on_every_members_document(corpus_part, corpus_dom):
    """A group finding sits on its first member; the others' documents show it beside the
    shared passage, with a link back."""
    report, _ = corpus_part
    dom = corpus_dom
    anchors = {
        h.find_all("span", "path")[0].text(): h.attrs["id"]
        for h in dom.find_all("h4")
        if h.attrs.get("id")
    }
    lines = {node.attrs["id"]: node for node in dom.find_all("div", "line")}
    groups = [f for f in report.findings if f.rule == "CK402"]
    assert len(groups) >= 3
    for finding in groups:
        for related in finding.related:
            line = lines[f"{anchors[related.path]}-l{related.line}"]
            (echo,) = [e for e in line.find_all("div", "echo") if finding.rule in e.text()]
            assert finding.message in " ".join(echo.text().split())
            back = echo.find_all("a")[0].attrs["href"]
            assert back == f"#{anchors[finding.path]}-l{finding.line}"
    # a copy both members carry (CK401) is not shown twice
    echoed = {e.text() for e in dom.find_all("div", "echo")}
    assert not [text for text in echoed if "CK401" in text]
