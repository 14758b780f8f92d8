"""The Word reader camket had before linter/read/docx.py, on python-docx, kept for the tests
only: the new reader must give what it gave, (text, cell, bold) for every paragraph.

A live copy rather than stored expectations, so that the comparison also runs on the files the
tests build (legacy fonts, hyperlinks, tabs and breaks, nested and merged tables, bold styles)
and on any .docx added to the corpus later. Everything python-docx decided is python-docx's
here: which blocks, runs and cells are read, run text, bold. Only the choice of legacy font
conversion, which was never python-docx's, goes through `legacy.docx_paragraph_text`, given the
runs and styles python-docx found. python-docx stays a test dependency for this.
"""

from __future__ import annotations

from pathlib import Path

import docx
from docx.blkcntnr import BlockItemContainer
from docx.styles.style import StyleFactory
from docx.table import Table

from linter.document import CellRef, Line, make_line
from linter.read import legacy


class _BoldStyles:
    def __init__(self, document) -> None:
        self._styles = document.styles
        self._known: dict[str | None, bool] = {None: False}

    def __contains__(self, style_id: str | None) -> bool:
        if style_id not in self._known:
            element = self._styles.element.get_by_id(style_id)
            self._known[style_id] = element is not None and bool(StyleFactory(element).font.bold)
        return self._known[style_id]


def _is_bold(paragraph, bold_styles: _BoldStyles) -> bool:
    runs = [run for run in paragraph.runs if run.text.strip()]
    style_bold = paragraph._p.style in bold_styles
    return bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs)


def _paragraph_text(paragraph, fonts: legacy.StyleFonts, legacy_found: set[str]) -> str:
    p = paragraph._p
    runs = [(run, run.text) for run in p.xpath("./w:r | ./w:hyperlink/w:r")]
    text, encoding = legacy.docx_paragraph_text(p, runs, fonts)
    if encoding:
        legacy_found.add(encoding)
    return text.replace("\r", " ").replace("\n", " ")


def _blocks(container, raws, tables, bold_styles, fonts, legacy_found) -> None:
    for block in container.iter_inner_content():
        if not isinstance(block, Table):
            text = _paragraph_text(block, fonts, legacy_found)
            raws.append((text, None, _is_bold(block, bold_styles)))
            continue
        table_index = tables[0]
        tables[0] += 1
        for row_index, row in enumerate(block.rows):
            seen_cells: set[int] = set()
            for column, cell in enumerate(row.cells):
                if id(cell._tc) in seen_cells:
                    continue
                seen_cells.add(id(cell._tc))
                ref = CellRef(table_index, row_index, column)
                start = len(raws)
                _blocks(cell, raws, tables, bold_styles, fonts, legacy_found)
                raws[start:] = [(text, ref, bold) for text, _, bold in raws[start:]]


def old_docx_paragraphs(path: Path) -> tuple[list[tuple[str, CellRef | None, bool]], set[str]]:
    """(text, table cell, bold) of each paragraph and the legacy encodings converted, as
    camket's python-docx reader gave them."""
    document = docx.Document(str(path))
    raws: list[tuple[str, CellRef | None, bool]] = []
    legacy_found: set[str] = set()
    fonts = legacy.StyleFonts(document.part.styles.element)
    _blocks(document, raws, [0], _BoldStyles(document), fonts, legacy_found)
    return raws, legacy_found


def _margin_parts(document) -> list:
    """The page header and footer parts python-docx loaded, as Word relates them to the main
    document: headers first, then footers, each part once, in the order of its relationships."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    related = [rel for rel in document.part.rels.values() if not rel.is_external]
    parts = [rel.target_part for rel in related if rel.reltype == RT.HEADER]
    parts += [rel.target_part for rel in related if rel.reltype == RT.FOOTER]
    return list({id(part): part for part in parts}.values())


def old_word_lines(path: Path) -> tuple[list[Line], str | None]:
    """The numbered lines of a Word file and the legacy encodings converted, from python-docx's
    reading: the body's paragraphs as `old_docx_paragraphs`, then those of the page headers and
    footers (the empty ones left out) read the same way, as linter.read.reader numbers them."""
    document = docx.Document(str(path))
    legacy_found: set[str] = set()
    fonts = legacy.StyleFonts(document.part.styles.element)
    bold_styles = _BoldStyles(document)
    tables = [0]
    body: list[tuple[str, CellRef | None, bool]] = []
    _blocks(document, body, tables, bold_styles, fonts, legacy_found)
    margins: list[tuple[str, CellRef | None, bool]] = []
    for part in _margin_parts(document):
        _blocks(
            BlockItemContainer(part.element, part),
            margins,
            tables,
            bold_styles,
            fonts,
            legacy_found,
        )
    lines = [make_line(n, text, cell, bold) for n, (text, cell, bold) in enumerate(body, 1)]
    kept = [paragraph for paragraph in margins if paragraph[0].strip()]
    lines += [
        make_line(n, text, cell, bold, margin=True)
        for n, (text, cell, bold) in enumerate(kept, len(lines) + 1)
    ]
    return lines, "+".join(sorted(legacy_found)) or None
