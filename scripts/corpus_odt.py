"""A corpus source written as an OpenDocument text (.odt), by hand: a zip whose first member is
the `mimetype`, stored, then the manifest, meta.xml, styles.xml and content.xml.

Each body line is a paragraph (`text:p`), a `#b ` line one bold run (a span of a bold text
style), each table cell one paragraph, so lines are numbered as camket's .odt reader numbers
them (linter/read/odt.py): paragraphs and table cells in document order, row by row, like a
.docx. Runs of spaces and tabs are written as `text:s` and `text:tab`, since ODF folds white
space. The zip members carry a fixed time, so rebuilding gives the same bytes.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from corpus_markup import Cell, Paragraph

MIMETYPE = "application/vnd.oasis.opendocument.text"
NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'office:version="1.3"'
)
FONT_FACES = (
    "<office:font-face-decls>"
    '<style:font-face style:name="Times New Roman" svg:font-family="&apos;Times New Roman&apos;"'
    ' style:font-family-generic="roman"/>'
    "</office:font-face-decls>"
)
STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {NAMESPACES}>{FONT_FACES}<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="Times New Roman" fo:font-size="13pt" fo:language="vi" fo:country="VN"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles></office:document-styles>
"""
AUTOMATIC_STYLES = """<office:automatic-styles>
<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:style style:name="Table" style:family="table"><style:table-properties style:width="16cm" table:align="margins"/></style:style>
<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>"""
MANIFEST = f"""<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIMETYPE}"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
"""
FIXED_TIME = (2026, 1, 1, 0, 0, 0)
_SPACES = re.compile(r"( {2,}|\t|^ | $)")

Labels = list[tuple[int, str, str]]


def inline(text: str) -> str:
    """A paragraph's text as ODF content: escaped, its runs of spaces and its tabs written as
    elements (a lone space is kept only between words)."""
    parts = []
    for piece in _SPACES.split(text):
        if piece == "\t":
            parts.append("<text:tab/>")
        elif piece and not piece.strip(" "):
            parts.append(f'<text:s text:c="{len(piece)}"/>' if len(piece) > 1 else "<text:s/>")
        else:
            parts.append(escape(piece))
    return "".join(parts)


def _paragraph(text: str, bold: bool) -> str:
    content = inline(text)
    if bold and content:
        content = f'<text:span text:style-name="T1">{content}</text:span>'
    return f'<text:p text:style-name="Standard">{content}</text:p>'


def _table(rows: list[list[Cell]], number: int, texts: list[list[str]]) -> str:
    cells = "".join(
        "<table:table-row>"
        + "".join(
            f'<table:table-cell table:style-name="Cell" office:value-type="string">'
            f"{_paragraph(text, False)}</table:table-cell>"
            for text in row
        )
        + "</table:table-row>"
        for row in texts
    )
    return (
        f'<table:table table:name="Bảng{number}" table:style-name="Table">'
        f'<table:table-column table:number-columns-repeated="{len(rows[0])}"/>'
        f"{cells}</table:table>"
    )


def content_and_labels(
    blocks: list[Paragraph | list[list[Cell]]], meta: dict, transform: Callable[[str, dict], str]
) -> tuple[str, Labels]:
    """content.xml, and the labels on its lines (paragraphs and cells, counted from 1)."""
    body: list[str] = []
    labels: Labels = []
    number = tables = 0
    for block in blocks:
        if isinstance(block, Paragraph):
            body.append(_paragraph(transform(block.text, meta), block.bold))
            number += 1
            if block.label:
                labels.append((number, block.label, block.text))
            continue
        tables += 1
        texts = [[transform(text, meta) for text, _ in row] for row in block]
        body.append(_table(block, tables, texts))
        for row in block:
            for text, label in row:
                number += 1
                if label:
                    labels.append((number, label, text))
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NAMESPACES}>'
        f"{FONT_FACES}{AUTOMATIC_STYLES}<office:body><office:text>\n"
        + "\n".join(body)
        + "\n</office:text></office:body></office:document-content>\n"
    )
    return content, labels


def _meta_xml(meta: dict) -> str:
    date = (meta.get("date") or {}).get("iso") or "2026-01-01"
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {NAMESPACES}><office:meta>'
        "<meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator>"
        f"<meta:creation-date>{date}T08:00:00</meta:creation-date>"
        f"<dc:date>{date}T08:00:00</dc:date>"
        "</office:meta></office:document-meta>\n"
    )


def _member(archive: zipfile.ZipFile, name: str, data: str, stored: bool = False) -> None:
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    archive.writestr(info, data.encode("utf-8"))


def write_odt(
    blocks: list[Paragraph | list[list[Cell]]],
    meta: dict,
    out: Path,
    transform: Callable[[str, dict], str],
) -> Labels:
    content, labels = content_and_labels(blocks, meta, transform)
    with zipfile.ZipFile(out, "w") as archive:
        _member(archive, "mimetype", MIMETYPE, stored=True)  # first and stored: ODF's magic
        _member(archive, "META-INF/manifest.xml", MANIFEST)
        _member(archive, "meta.xml", _meta_xml(meta))
        _member(archive, "styles.xml", STYLES)
        _member(archive, "content.xml", content)
    return labels
