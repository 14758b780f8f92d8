"""Word (.docx) files read straight from their XML with lxml: paragraphs and table cells in
document order, each with its table cell and whether it is bold, runs typed in TCVN3 or VNI
fonts converted; and (read_word) the paragraphs of the page headers and footers, read the same
way after the body, where a date is sometimes the only one the file holds.

What is read is what python-docx read for camket before (same text, cells and bold on every
real file): the w:p and w:tbl children of the body and of each cell (content wrapped in w:sdt,
w:ins or w:smartTag is not read, nor w:del); a paragraph's text is that of its w:r children
and of the w:r in its w:hyperlink children (w:t, w:tab and w:ptab "\\t", w:br line breaks and
w:cr as a space, w:noBreakHyphen "-"); a horizontally merged cell (w:gridSpan) is read once and
counts its grid columns; bold is a run's own w:b, else the paragraph style's own w:b (not its
basedOn chain, not character styles).

Where python-docx raised on a value outside the schema, the value is read leniently; and one
choice differs on purpose: a vertically merged cell (w:vMerge continuing the cell above) is
not read again — python-docx gave the merged cell's paragraphs once more for every row it
spans, duplicating them. A continuing cell in a table's first row has nothing above it and is
read as an ordinary cell. (Also: a package without a styles part has no styles here, where
python-docx lent it its own template's; Word always writes one.)

Nothing a file holds can make the reader run long or grow large: beyond the bounds below the
file is reported as too complex to check (CK019) — each far above any real commitment or plan.

A styles part is usually most of a small document's markup (python-docx's template: 350 kB, 40
times a commitment's text), and the files of one template share it: what the reader needs of
one (fonts and bold of its styles) is kept for the next file with the same part, known by its
digest — parsed, and checked, once.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Iterator

from lxml import etree

from linter.document import CellRef
from linter.read import legacy
from linter.read.bounds import (
    MAX_PARAGRAPH_CHARS,
    MAX_ROW_COLUMNS,
    Counts,
    paragraph_too_long,
    row_too_wide,
)
from linter.read.container import open_word_package
from linter.read.error import ReadError
from linter.read.package import main_parts, margin_parts
from linter.read.xml import parse

Paragraph = tuple[str, CellRef | None, bool]  # text, table cell, bold

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCUMENT, _BODY, _P, _TBL, _TR, _TC = (
    f"{_W}{n}" for n in ("document", "body", "p", "tbl", "tr", "tc")
)
_R, _HYPERLINK, _T, _BR = (f"{_W}{n}" for n in ("r", "hyperlink", "t", "br"))
_PPR, _PSTYLE, _RPR, _B = (f"{_W}{n}" for n in ("pPr", "pStyle", "rPr", "b"))
_TCPR, _GRID_SPAN, _V_MERGE = (f"{_W}{n}" for n in ("tcPr", "gridSpan", "vMerge"))
_STYLE, _STYLE_ID, _VAL, _TYPE = (f"{_W}{n}" for n in ("style", "styleId", "val", "type"))
# Run children that stand for one character (w:br only for a line break, see _run_text).
_CHARACTERS = {f"{_W}tab": "\t", f"{_W}ptab": "\t", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-"}
_LINE_BREAK = "textWrapping"  # w:br's default type; page and column breaks give no text
_ON = frozenset({"1", "true", "on"})  # ST_OnOff; "0", "false", "off" and anything else: off


def _on_off(element: etree._Element | None) -> bool | None:
    """A w:b-like toggle: None when absent, on without w:val; an unknown value is off."""
    if element is None:
        return None
    value = element.get(_VAL)
    return value is None or value.lower() in _ON


def _child(element: etree._Element | None, tag: str) -> etree._Element | None:
    return None if element is None else element.find(tag)


def _run_text(run: etree._Element) -> str:
    if not len(run):
        return ""
    parts: list[str] = []
    for child in run:
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag == _BR:
            if child.get(_TYPE, _LINE_BREAK) == _LINE_BREAK:
                parts.append("\n")
        elif tag in _CHARACTERS:
            parts.append(_CHARACTERS[tag])
    return "".join(parts)


def _grid_span(cell: etree._Element) -> int:
    """Grid columns a w:tc spans; a value that is not a whole number from 1 to
    MAX_ROW_COLUMNS (Word writes 2–63) counts as 1."""
    span_element = _child(_child(cell, _TCPR), _GRID_SPAN)
    value = (span_element.get(_VAL) if span_element is not None else None) or ""
    if not (value.isascii() and value.isdigit() and len(value) <= 6):
        return 1
    span = int(value)
    return span if 1 <= span <= MAX_ROW_COLUMNS else 1


def _runs(paragraph: etree._Element) -> Iterator[tuple[etree._Element, bool]]:
    """The w:r children of a paragraph and of its w:hyperlink children, in order, each with
    whether it is the paragraph's own (not a hyperlink's)."""
    for child in paragraph:
        if child.tag == _R:
            yield child, True
        elif child.tag == _HYPERLINK:
            for run in child.iterchildren(_R):
                yield run, False


def _continues_above(cell: etree._Element) -> bool:
    """A w:tc that continues the vertically merged cell of the row above."""
    merge = _child(_child(cell, _TCPR), _V_MERGE)
    return merge is not None and merge.get(_VAL, "continue") == "continue"


class StyleSheet:
    """What the reader takes from a styles part (None: the package has none): the fonts of its
    styles (legacy.StyleFonts) and each style's own w:b (the first style with an id, as
    python-docx took). No element of the part's tree is kept."""

    def __init__(self, styles: etree._Element | None) -> None:
        self.fonts = legacy.StyleFonts(styles)
        self.bold: dict[str, bool] = {}
        self.size = 0  # styles in the part
        for style in () if styles is None else styles.iterfind(_STYLE):
            self.size += 1
            key = style.get(_STYLE_ID)
            if key is not None and key not in self.bold:
                self.bold[key] = bool(_on_off(_child(_child(style, _RPR), _B)))


# Style sheets kept, by the digest of their part, and the largest kept (styles in it): Word's
# and python-docx's templates hold a few hundred; a crafted part of many thousands is read
# for its file alone.
SHEETS_KEPT = 16
MAX_KEPT_STYLES = 2_000
_sheets: OrderedDict[bytes, StyleSheet] = OrderedDict()
_sheets_lock = threading.Lock()


def style_sheet(part: tuple[str, bytes] | None) -> StyleSheet:
    """The style sheet of a styles part (its name and bytes), parsed once for all the files
    that hold the same bytes (the last SHEETS_KEPT kinds). A part that cannot be read raises
    its ReadError every time."""
    if part is None:
        return StyleSheet(None)
    name, data = part
    key = hashlib.sha256(data).digest()
    with _sheets_lock:
        sheet = _sheets.get(key)
        if sheet is not None:
            _sheets.move_to_end(key)
            return sheet
    sheet = StyleSheet(parse(data, name))
    if sheet.size <= MAX_KEPT_STYLES:
        with _sheets_lock:
            _sheets[key] = sheet
            while len(_sheets) > SHEETS_KEPT:
                _sheets.popitem(last=False)
    return sheet


class _Reader:
    """One document's paragraphs, read in order into `paragraphs`."""

    def __init__(self, styles: StyleSheet) -> None:
        self.paragraphs: list[Paragraph] = []
        self.legacy_found: set[str] = set()
        self._fonts = styles.fonts
        self._bold_styles = styles.bold
        self._counts = Counts()
        self.body_end = 0  # paragraphs of the body; those after it are page headers and footers

    def _style_bold(self, paragraph: etree._Element) -> bool:
        """The paragraph style's own w:b."""
        style_id = _child(_child(paragraph, _PPR), _PSTYLE)
        style_id = style_id.get(_VAL) if style_id is not None else None
        return style_id is not None and self._bold_styles.get(style_id, False)

    def _bold(self, paragraph: etree._Element, own_runs: list[tuple[etree._Element, str]]) -> bool:
        """Every run of the paragraph's own with text is bold, directly or through the
        paragraph's style."""
        toggles = [_on_off(_child(_child(run, _RPR), _B)) for run, text in own_runs if text.strip()]
        if not toggles or False in toggles:
            return False
        return None not in toggles or self._style_bold(paragraph)

    def _paragraph(self, paragraph: etree._Element, cell: CellRef | None) -> None:
        self._counts.block()
        runs: list[tuple[etree._Element, str]] = []
        own_runs: list[tuple[etree._Element, str]] = []
        length = 0
        for run, own in _runs(paragraph):
            text = _run_text(run)
            length += len(text)
            if length > MAX_PARAGRAPH_CHARS:
                raise paragraph_too_long()
            runs.append((run, text))
            if own:
                own_runs.append((run, text))
        text, encoding = legacy.docx_paragraph_text(paragraph, runs, self._fonts)
        if encoding:
            self.legacy_found.add(encoding)
        text = text.replace("\r", " ").replace("\n", " ")
        self.paragraphs.append((text, cell, self._bold(paragraph, own_runs)))

    def blocks(self, container: etree._Element, cell: CellRef | None, depth: int) -> None:
        """Paragraphs and tables of the body or of a cell; lines inside a nested table carry
        the outermost cell, as before."""
        for child in container:
            if child.tag == _P:
                self._paragraph(child, cell)
            elif child.tag == _TBL:
                self._table(child, cell, depth + 1)

    def _table(self, table: etree._Element, outer: CellRef | None, depth: int) -> None:
        index = self._counts.table(depth)
        for row_index, row in enumerate(table.iterchildren(_TR)):
            column = 0
            for cell in row.iterchildren(_TC):
                span = _grid_span(cell)
                if column + span > MAX_ROW_COLUMNS:
                    raise row_too_wide()
                if row_index == 0 or not _continues_above(cell):
                    self._counts.block()
                    ref = outer if outer is not None else CellRef(index, row_index, column)
                    self.blocks(cell, ref, depth)
                column += span


_HEADER, _FOOTER = f"{_W}hdr", f"{_W}ftr"


def _read(data: bytes, margins: bool) -> _Reader:
    with open_word_package(data) as archive:
        parts = main_parts(archive)
        sheet = style_sheet(parts.styles)
        margin_roots = margin_parts(archive, parts.related) if margins else []
    body = parts.document.find(_BODY) if parts.document.tag == _DOCUMENT else None
    if body is None:
        raise ReadError("CK011", "word/document.xml: no w:body")
    reader = _Reader(sheet)
    reader.blocks(body, None, 0)
    reader.body_end = len(reader.paragraphs)
    for margin in margin_roots:
        if margin.tag in (_HEADER, _FOOTER):
            reader.blocks(margin, None, 0)
    return reader


def read_docx(data: bytes) -> tuple[list[Paragraph], set[str]]:
    """(text, table cell, bold) of each paragraph of a .docx's body, and the legacy encodings
    (TCVN3, VNI) of the runs converted. Raises ReadError for a file it cannot read."""
    reader = _read(data, margins=False)
    return reader.paragraphs, reader.legacy_found


def read_word(data: bytes) -> tuple[list[Paragraph], list[Paragraph], set[str]]:
    """The paragraphs of the body, those of the page headers and footers (headers first; the
    empty ones left out), and the legacy encodings of the runs converted in either. The same
    bounds hold for all of them together. Raises ReadError for a file it cannot read."""
    reader = _read(data, margins=True)
    body, margins = reader.paragraphs[: reader.body_end], reader.paragraphs[reader.body_end :]
    return body, [p for p in margins if p[0].strip()], reader.legacy_found
