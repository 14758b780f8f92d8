"""A Word document made from what camket read of a text or OpenDocument file: one paragraph per
line, in order, so a finding's line is the paragraph of the same number and its columns the
same characters. Bold lines stay bold; the font is the one administrative documents use."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import docx
from docx.shared import Pt

from linter.annotate.comment_text import xml_safe
from linter.document import Line, body_lines

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

FONT = "Times New Roman"
FONT_SIZE = Pt(13)


def word_from_lines(lines: Sequence[Line], title: str = "") -> WordDocument:
    """A new Word document holding one paragraph per line (page header and footer lines, which
    only Word files have, are left out)."""
    word = docx.Document()
    normal = word.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = FONT_SIZE
    word.core_properties.title = title
    word.core_properties.author = ""
    word.core_properties.last_modified_by = "camket"
    for line in body_lines(lines):
        paragraph = word.add_paragraph()
        if line.text:
            run = paragraph.add_run(xml_safe(line.text))
            run.bold = line.bold or None
    return word
