"""One annotated copy: the original Word file (its bytes opened read-only, everything in it
kept) or a Word document made from a text or OpenDocument file, with one comment per finding,
saved as the bytes of a .docx."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING

import docx

from linter.annotate.anchor import Layout, LayoutMismatch
from linter.annotate.comment_text import comment_text
from linter.annotate.plain import word_from_lines
from linter.annotate.strings import say
from linter.document import Document
from linter.findings import Finding
from linter.read import read
from linter.read.error import ReadError
from linter.read.load import load_bytes
from linter.sources import Source

if TYPE_CHECKING:
    from docx.document import Document as WordDocument

AUTHOR, INITIALS = "camket", "CK"
# Formats whose lines become a copy's paragraphs one to one; a Word file is annotated itself.
MADE_FROM_LINES = frozenset({"txt", "md", "odt"})
ANNOTATED_FORMATS = MADE_FROM_LINES | {"docx"}


class CopyFailed(Exception):
    """Why a copy could not be made, in the user's language."""


@dataclass(frozen=True)
class Copy:
    data: bytes  # the .docx
    comments: int


def _original(source: Source, document: Document, lang: str) -> WordDocument:
    """The Word file as python-docx opens it from its bytes, once they are known to be the
    ones checked: read again, they give the same lines (and pass the reader's checks against
    crafted packages before python-docx sees them)."""
    try:
        data = load_bytes(source.path)
        lines, _, _ = read(source, data)
    except ReadError as error:
        raise CopyFailed(say("reason.unreadable", lang, detail=error.code)) from error
    if [line.text for line in lines] != [line.text for line in document.lines]:
        raise CopyFailed(say("reason.changed", lang))
    return docx.Document(io.BytesIO(data))


def annotated_copy(
    source: Source, document: Document, findings: Sequence[Finding], lang: str
) -> Copy:
    """The copy of `document` carrying one comment per finding; CopyFailed when it cannot be
    made, whatever a library raised."""
    try:
        if document.format == "docx":
            word = _original(source, document, lang)
        else:
            word = word_from_lines(document.lines, title=PurePath(document.path).name)
        layout = Layout(word, document.lines)
        for finding in findings:
            anchor = layout.anchor(finding)
            text = comment_text(finding, lang, anchor.margin)
            word.add_comment([anchor.first, anchor.last], text, AUTHOR, INITIALS)
        buffer = io.BytesIO()
        word.save(buffer)
    except CopyFailed:
        raise
    except LayoutMismatch as error:
        raise CopyFailed(say("reason.layout", lang, detail=error)) from error
    except Exception as error:  # python-docx or lxml failing on what it met in the file
        raise CopyFailed(say("reason.library", lang, detail=type(error).__name__)) from error
    return Copy(buffer.getvalue(), len(findings))
