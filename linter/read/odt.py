"""OpenDocument text (.odt, LibreOffice Writer's own format) read like a Word file: headings and
paragraphs (in lists and sections too) and table cells in document order, each with its table
cell and whether it is bold, text in TCVN3 or VNI fonts converted.

The package is checked as a .docx is (linter.read.container: zip bombs, damaged zips, DTDs);
before its other parts are unpacked, its `mimetype` member (or, without one, its
manifest's root entry) must say it is an OpenDocument text (else CK003), and a manifest
listing `manifest:encryption-data` means a password (CK012). Then content.xml's office:text is
read:

- a paragraph's text is its text nodes and those of its spans, links and fields, with ODF's
  white-space rule (runs of spaces, tabs and newlines are one space, none at the start);
  `text:s` is `text:c` spaces, `text:tab` a tab, `text:line-break` a space. Footnotes,
  comments, list labels (`text:number`), drawings and text boxes are not read, nor deleted
  text (kept apart in `text:tracked-changes`) or tables of contents;
- table rows, in header rows and row groups too; a cell's column counts the cells before it,
  merged (`table:covered-table-cell`, not read) and repeated ones included. A cell or row
  repeated (`table:number-columns-repeated`, `table:number-rows-repeated`) is read once for
  each repeat when it holds text; repeated empty cells — the filler spreadsheets write up to
  column 16,384 — give no lines. Lines inside a nested table carry the outermost cell, as for
  Word;
- bold: every run with text is bold, by its span's style or the paragraph's (odf_styles).

The bounds are the Word reader's (linter.read.docx): beyond them the file is reported as too
complex to check (CK019). Element nesting is bounded by the XML parser (256 levels)."""

from __future__ import annotations

import re
import zipfile

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
from linter.read.container import open_package, read_part
from linter.read.error import ReadError
from linter.read.odf_styles import OdfStyles, TextLook
from linter.read.xml import parse

Paragraph = tuple[str, CellRef | None, bool]  # text, table cell, bold

ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text"
MANIFEST = "META-INF/manifest.xml"
MAX_COUNT = 10**9  # of a repeat or space count read (a spreadsheet has 1,048,576 rows)

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_MANIFEST = "{urn:oasis:names:tc:opendocument:xmlns:manifest:1.0}"
_P, _H, _SPAN, _A, _S, _TAB, _LINE_BREAK = (
    f"{_TEXT}{n}" for n in ("p", "h", "span", "a", "s", "tab", "line-break")
)
_STYLE_NAME, _COUNT = f"{_TEXT}style-name", f"{_TEXT}c"
_TABLE_TAG, _ROW, _CELL, _COVERED = (
    f"{_TABLE}{n}" for n in ("table", "table-row", "table-cell", "covered-table-cell")
)
_ROWS_REPEATED, _COLUMNS_REPEATED = (
    f"{_TABLE}{n}" for n in ("number-rows-repeated", "number-columns-repeated")
)
# Elements holding paragraphs and tables, read through; any other child of the body (tracked
# changes, tables of contents and other indexes, declarations, forms, drawings) gives no lines.
_BLOCK_CONTAINERS = frozenset(
    f"{_TEXT}{n}" for n in ("list", "list-item", "list-header", "section", "numbered-paragraph")
)
_ROW_GROUPS = frozenset(
    f"{_TABLE}{n}" for n in ("table-header-rows", "table-rows", "table-row-group")
)
# text: elements inside a paragraph whose content is not the paragraph's text; elements of
# other namespaces (office:annotation, draw:frame, …) are never read either.
_NOT_TEXT = frozenset(
    f"{_TEXT}{n}" for n in ("note", "number", "ruby-text", "tracked-changes", "change")
)
_WHITE_SPACE = re.compile("[ \t\r\n]+")  # ODF's white space; U+00A0 and the like are text


def _count(element: etree._Element, attribute: str) -> int:
    """A repeat or space count: a whole number from 1 (at most MAX_COUNT); anything else is 1,
    the default."""
    value = (element.get(attribute) or "").strip()
    if not (value.isascii() and value.isdigit()):
        return 1
    if len(value) > len(str(MAX_COUNT)):
        return MAX_COUNT
    return min(max(int(value), 1), MAX_COUNT)


class _Runs:
    """A paragraph's text as it is built: runs of text with their look (bold, font), ODF's white
    space rule applied."""

    def __init__(self) -> None:
        self.runs: list[tuple[str, TextLook]] = []
        self._length = 0
        self._after_space = True  # white space at the start of a paragraph is not text

    def _add(self, text: str, look: TextLook) -> None:
        self._length += len(text)
        if self._length > MAX_PARAGRAPH_CHARS:
            raise paragraph_too_long()
        self.runs.append((text, look))

    def text(self, raw: str | None, look: TextLook) -> None:
        """Characters of the file: each run of white space is one space."""
        if not raw:
            return
        text = _WHITE_SPACE.sub(" ", raw)
        if self._after_space and text.startswith(" "):
            text = text[1:]
        if text:
            self._after_space = text.endswith(" ")
            self._add(text, look)

    def literal(self, text: str, look: TextLook) -> None:
        """Characters an element stands for (text:s, text:tab): kept as they are."""
        self._after_space = False
        self._add(text, look)


class _Reader:
    """One document's paragraphs, read in order into `paragraphs`."""

    def __init__(self, styles: OdfStyles) -> None:
        self.paragraphs: list[Paragraph] = []
        self.legacy_found: set[str] = set()
        self._styles = styles
        self._counts = Counts()

    def _inline(self, element: etree._Element, look: TextLook, runs: _Runs) -> None:
        """The text of a paragraph or of an element inside it, in document order."""
        runs.text(element.text, look)
        for child in element:
            tag = child.tag
            if tag in (_SPAN, _A):
                style = self._styles.look("text", child.get(_STYLE_NAME))
                self._inline(child, style.over(look), runs)
            elif tag == _S:
                spaces = min(_count(child, _COUNT), MAX_PARAGRAPH_CHARS + 1)  # beyond: too long
                runs.literal(" " * spaces, look)
            elif tag == _TAB:
                runs.literal("\t", look)
            elif tag == _LINE_BREAK:
                runs.literal(" ", look)
            elif isinstance(tag, str) and tag.startswith(_TEXT) and tag not in _NOT_TEXT:
                self._inline(child, look, runs)  # fields, bookmarks, change marks, …
            runs.text(child.tail, look)  # after comments and skipped elements too

    def _paragraph(self, paragraph: etree._Element, cell: CellRef | None) -> None:
        self._counts.block()
        runs = _Runs()
        self._inline(paragraph, self._styles.paragraph_look(paragraph.get(_STYLE_NAME)), runs)
        text, encoding = legacy.font_runs_text((text, look.font) for text, look in runs.runs)
        if encoding:
            self.legacy_found.add(encoding)
        looks = [look.bold for text, look in runs.runs if text.strip()]
        self.paragraphs.append((text, cell, bool(looks) and all(looks)))

    def blocks(self, container: etree._Element, cell: CellRef | None, depth: int) -> None:
        """Paragraphs and tables of the body, of a list or section, or of a cell."""
        for child in container:
            tag = child.tag
            if tag in (_P, _H):
                self._paragraph(child, cell)
            elif tag == _TABLE_TAG:
                self._table(child, cell, depth + 1)
            elif tag in _BLOCK_CONTAINERS:
                self.blocks(child, cell, depth)

    def _unless_filler(self, start: int, repeat: int) -> list[Paragraph]:
        """The lines read since `start` (one cell or row, read once); when it is repeated and
        none of them holds text, it is filler: they are taken back, and none returned."""
        lines = self.paragraphs[start:]
        if repeat > 1 and not any(text.strip() for text, _, _ in lines):
            del self.paragraphs[start:]
            return []
        return lines

    def _table(self, table: etree._Element, outer: CellRef | None, depth: int) -> None:
        index = self._counts.table(depth)
        row_index = 0
        for row in _rows(table):
            repeat = _count(row, _ROWS_REPEATED)
            start = len(self.paragraphs)
            self._row(row, index, row_index, outer, depth)
            lines = self._unless_filler(start, repeat)
            for k in range(1, repeat if lines else 1):
                self._counts.block(len(lines))
                self.paragraphs.extend(
                    (text, ref if outer is not None else _in_row(ref, row_index + k), bold)
                    for text, ref, bold in lines
                )
            row_index += repeat

    def _row(
        self, row: etree._Element, index: int, row_index: int, outer: CellRef | None, depth: int
    ) -> None:
        column = 0
        for cell in row:
            if cell.tag not in (_CELL, _COVERED):
                continue
            repeat = _count(cell, _COLUMNS_REPEATED)
            if cell.tag == _CELL:
                start = len(self.paragraphs)
                self._counts.block()
                self.blocks(cell, outer or CellRef(index, row_index, column), depth)
                lines = self._unless_filler(start, repeat)
                if lines and column + repeat > MAX_ROW_COLUMNS:
                    raise row_too_wide()
                for k in range(1, repeat if lines else 1):
                    self._counts.block(len(lines))
                    ref = outer or CellRef(index, row_index, column + k)
                    self.paragraphs.extend((text, ref, bold) for text, _, bold in lines)
            column += repeat


def _in_row(ref: CellRef | None, row: int) -> CellRef | None:
    return None if ref is None else CellRef(ref.table, row, ref.column)


def _rows(element: etree._Element) -> list[etree._Element]:
    """A table's rows in order, those in header rows and row groups included."""
    found: list[etree._Element] = []
    for child in element:
        if child.tag == _ROW:
            found.append(child)
        elif child.tag in _ROW_GROUPS:
            found.extend(_rows(child))
    return found


def _media_type(archive: zipfile.ZipFile, manifest: etree._Element | None) -> str | None:
    """What the package says it is: its `mimetype` member, else its manifest's root entry."""
    mimetype = read_part(archive, "mimetype")
    if mimetype is not None:
        return mimetype.decode("ascii", "replace").strip()
    if manifest is None:
        return None
    for entry in manifest.iterfind(f"{_MANIFEST}file-entry"):
        if entry.get(f"{_MANIFEST}full-path") == "/":
            return entry.get(f"{_MANIFEST}media-type")
    return None


def _check_odt(archive: zipfile.ZipFile) -> None:
    """ReadError CK003 unless the package says it is an OpenDocument text, CK012 when its
    manifest says parts are encrypted (a password); run before any other part is unpacked."""
    manifest_data = read_part(archive, MANIFEST)
    # Old OpenOffice.org versions named the manifest's DTD (never loaded here).
    manifest = None if manifest_data is None else parse(manifest_data, MANIFEST, bare_doctype=True)
    media_type = _media_type(archive, manifest)
    if media_type != ODT_MEDIA_TYPE:
        raise ReadError("CK003", f"mimetype {(media_type or '-')[:80]}")
    if manifest is not None and manifest.find(f".//{_MANIFEST}encryption-data") is not None:
        raise ReadError("CK012", "odt")
    if "content.xml" not in archive.namelist():
        raise ReadError("CK003", "missing content.xml")


def read_odt(data: bytes) -> tuple[list[Paragraph], set[str]]:
    """(text, table cell, bold) of each paragraph of an .odt's bytes, and the legacy encodings
    (TCVN3, VNI) of the runs converted. Raises ReadError for a file it cannot read."""
    with open_package(data, _check_odt, dtd_checked_by_reader=frozenset({MANIFEST})) as archive:
        content = parse(read_part(archive, "content.xml") or b"", "content.xml", keep_blanks=True)
        styles_data = read_part(archive, "styles.xml")
        styles = None if styles_data is None else parse(styles_data, "styles.xml")
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    if content.tag != f"{_OFFICE}document-content" or body is None:
        raise ReadError("CK011", "content.xml: no office:text")
    reader = _Reader(OdfStyles(content, styles))
    reader.blocks(body, None, 0)
    return reader.paragraphs, reader.legacy_found
