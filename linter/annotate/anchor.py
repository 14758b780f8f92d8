"""Where a finding's comment goes in a Word document opened with python-docx.

camket numbers a .docx's paragraphs as linter.read.docx reads them: the w:p and w:tbl children
of the body and of each table cell, in document order (a cell continuing a vertical merge is
not read again), then the non-empty paragraphs of the page headers and footers. `Layout`
walks a python-docx document the same way, so a finding's line is a paragraph here.

A comment is anchored on the flagged text as the finding's excerpt shows it: for a finding on
one line, the runs that hold its columns, split where the flagged text starts or ends inside a
run (the split parts keep the run's formatting); for one over several lines, those whole
paragraphs. When a paragraph's runs do not spell camket's text for that line (runs
typed in a TCVN3 or VNI font, converted on reading), the whole paragraph is anchored. Word
cannot anchor a comment in a page header or footer: a finding there is anchored on the first
body paragraph with text, and `Anchor.margin` says where the flagged line really is.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from docx.opc.constants import RELATIONSHIP_TYPE
from docx.text.run import Run
from lxml import etree

from linter.document import Line, body_lines
from linter.findings import Finding

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_BODY, _P, _TBL, _TR, _TC = (f"{_W}{n}" for n in ("body", "p", "tbl", "tr", "tc"))
_R, _HYPERLINK, _T, _BR, _RPR = (f"{_W}{n}" for n in ("r", "hyperlink", "t", "br", "rPr"))
_TCPR, _V_MERGE, _VAL, _TYPE = (f"{_W}{n}" for n in ("tcPr", "vMerge", "val", "type"))
# Run children that stand for one character, as linter.read.docx reads them.
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": " ", f"{_W}noBreakHyphen": "-"}
MAX_MARGIN_PARTS = 24  # as linter.read.package: header and footer parts read


class LayoutMismatch(Exception):
    """The document's paragraphs are not the lines camket read from it."""


def _child_text(child: etree._Element) -> str:
    """The text one run child adds to camket's line (line breaks are read as spaces)."""
    if child.tag == _T:
        return child.text or ""
    if child.tag == _BR:
        return " " if child.get(_TYPE, "textWrapping") == "textWrapping" else ""
    return _CHARACTERS.get(child.tag, "")


def run_text(run: etree._Element) -> str:
    return "".join(_child_text(child) for child in run)


def paragraph_runs(paragraph: etree._Element) -> list[etree._Element]:
    """The w:r children of a paragraph and of its w:hyperlink children, in order: the runs
    camket reads the paragraph's text from."""
    runs: list[etree._Element] = []
    for child in paragraph:
        if child.tag == _R:
            runs.append(child)
        elif child.tag == _HYPERLINK:
            runs.extend(child.iterchildren(_R))
    return runs


def _continues_above(cell: etree._Element) -> bool:
    properties = cell.find(_TCPR)
    merge = properties.find(_V_MERGE) if properties is not None else None
    return merge is not None and merge.get(_VAL, "continue") == "continue"


def _blocks(container: etree._Element) -> Iterator[etree._Element]:
    """The paragraphs of the body or of a cell, tables' cells included, in camket's order."""
    for child in container:
        if child.tag == _P:
            yield child
        elif child.tag == _TBL:
            for row_index, row in enumerate(child.iterchildren(_TR)):
                for cell in row.iterchildren(_TC):
                    if row_index == 0 or not _continues_above(cell):
                        yield from _blocks(cell)


def _margin_kinds(word: WordDocument) -> list[str]:
    """ "header" or "footer" for each non-empty paragraph of the page headers, then footers,
    each part once, in the order of the document's relationships (as camket reads them)."""
    relationships = [rel for rel in word.part.rels.values() if not rel.is_external]
    kinds: list[str] = []
    seen: set[str] = set()
    for kind, reltype in (
        ("header", RELATIONSHIP_TYPE.HEADER),
        ("footer", RELATIONSHIP_TYPE.FOOTER),
    ):
        for rel in relationships:
            if rel.reltype != reltype:
                continue
            part = rel.target_part
            if part.partname in seen or len(seen) >= MAX_MARGIN_PARTS:
                continue
            seen.add(part.partname)
            root = getattr(part, "element", None)  # None: a part python-docx kept as bytes
            for paragraph in _blocks(root) if root is not None else ():
                if "".join(run_text(r) for r in paragraph_runs(paragraph)).strip():
                    kinds.append(kind)
    return kinds


def _split(run: etree._Element, offset: int) -> etree._Element:
    """Cut a run in two at a text offset strictly inside it; the second part, a copy with the
    same formatting, is put after it and returned."""
    second = copy.deepcopy(run)
    run.addnext(second)
    position = 0
    for first_child, second_child in zip(list(run), list(second), strict=True):
        if first_child.tag == _RPR:
            continue
        length = len(_child_text(first_child))
        if position + length <= offset and (length or position < offset):
            second.remove(second_child)
        elif position >= offset:
            run.remove(first_child)
        else:  # a w:t holding the cut
            cut = offset - position
            text = first_child.text or ""
            first_child.text, second_child.text = text[:cut], text[cut:]
            first_child.set(_XML_SPACE, "preserve")
            second_child.set(_XML_SPACE, "preserve")
        position += length
    return second


def _located(paragraph: etree._Element, expected: str) -> list[tuple[etree._Element, int, int]]:
    """(run, start, end) of each run with text, when the runs spell `expected`; else []."""
    spans, position = [], 0
    for run in paragraph_runs(paragraph):
        length = len(run_text(run))
        if length:
            spans.append((run, position, position + length))
        position += length
    text = "".join(run_text(run) for run in paragraph_runs(paragraph))
    return spans if text == expected.replace("\r", " ").replace("\n", " ") else []


def _start_run(paragraph: etree._Element, expected: str, offset: int) -> etree._Element | None:
    for run, start, end in _located(paragraph, expected):
        if start <= offset < end:
            return run if offset == start else _split(run, offset - start)
    return None


def _end_run(paragraph: etree._Element, expected: str, offset: int) -> etree._Element | None:
    for run, start, end in _located(paragraph, expected):
        if start < offset <= end:
            if offset < end:
                _split(run, offset - start)
            return run
    return None


def _whole(paragraph: etree._Element) -> tuple[etree._Element, etree._Element]:
    """The first and last runs with text of a paragraph; a paragraph without any gets an
    empty run, where the comment marks a point."""
    runs = paragraph_runs(paragraph)
    with_text = [run for run in runs if run_text(run)] or runs
    if not with_text:
        empty = paragraph.add_r()  # a python-docx CT_P
        return empty, empty
    return with_text[0], with_text[-1]


@dataclass(frozen=True)
class Anchor:
    first: Run
    last: Run
    margin: str | None = None  # "header", "footer" or "margin" (either) for a page margin line


class Layout:
    """The paragraphs of a python-docx document, numbered as camket numbered its lines."""

    def __init__(self, word: WordDocument, lines: Sequence[Line]) -> None:
        self.word = word
        self.lines = lines
        body = word.element.find(_BODY)
        self.paragraphs = list(_blocks(body)) if body is not None else []
        self.body_count = len(body_lines(lines))
        if len(self.paragraphs) != self.body_count:
            raise LayoutMismatch(f"{len(self.paragraphs)} paragraphs, {self.body_count} lines")
        kinds = _margin_kinds(word)
        margin_count = len(lines) - self.body_count
        self.margin_kinds = kinds if len(kinds) == margin_count else ["margin"] * margin_count

    def _run(self, element: etree._Element) -> Run:
        return Run(element, self.word)  # type: ignore[arg-type]  # the document provides .part

    def anchor(self, finding: Finding) -> Anchor:
        """The runs a finding's comment spans: the flagged columns of a one-line finding, the
        whole lines of one spanning several (as its excerpt shows them)."""
        if finding.line > self.body_count or not self.paragraphs:
            return self._margin_anchor(finding.line)
        last_line = min(finding.end_line, self.body_count)
        first_p, last_p = self.paragraphs[finding.line - 1], self.paragraphs[last_line - 1]
        start, end = finding.column - 1, finding.end_column - 1
        if finding.line != finding.end_line or end <= start:
            return Anchor(self._run(_whole(first_p)[0]), self._run(_whole(last_p)[1]))
        text = self.lines[finding.line - 1].text
        first = _start_run(first_p, text, start)
        if first is None:  # the runs do not spell the line: the whole paragraph
            first_run, last_run = _whole(first_p)
            return Anchor(self._run(first_run), self._run(last_run))
        last = _end_run(first_p, text, end)
        return Anchor(self._run(first), self._run(last if last is not None else first))

    def _margin_anchor(self, line: int) -> Anchor:
        """A page header or footer line: the comment goes on the first body paragraph with text."""
        index = line - self.body_count - 1
        kind = self.margin_kinds[index] if 0 <= index < len(self.margin_kinds) else "margin"
        target = next(
            (p for p in self.paragraphs if any(run_text(r).strip() for r in paragraph_runs(p))),
            self.paragraphs[0] if self.paragraphs else None,
        )
        if target is None:
            raise LayoutMismatch("no body paragraph")
        first, last = _whole(target)
        return Anchor(self._run(first), self._run(last), kind)
