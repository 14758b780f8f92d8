"""Shared helpers: documents from text, .docx files built on the fly."""

from __future__ import annotations

from pathlib import Path

import pytest

from linter.document import Document, make_line
from linter.parse import parse

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def document_from_text(text: str, path: str = "mem.txt") -> Document:
    lines = [make_line(n, raw) for n, raw in enumerate(text.split("\n"), start=1)]
    document = Document(path, "unit", "txt", lines)
    document.outline = parse(document)
    return document


def write_docx(path: Path, blocks: list) -> Path:
    """blocks: strings (paragraphs) or lists of rows (tables: list[list[str]])."""
    import docx

    document = docx.Document()
    for block in blocks:
        if isinstance(block, str):
            document.add_paragraph(block)
        else:
            table = document.add_table(rows=len(block), cols=max(len(r) for r in block))
            for r, row in enumerate(block):
                for c, text in enumerate(row):
                    table.cell(r, c).text = text
    document.save(path)
    return path


@pytest.fixture
def docx_file(tmp_path: Path):
    def make(blocks: list, name: str = "cam-ket.docx") -> Path:
        return write_docx(tmp_path / name, blocks)

    return make
