"""PDF files: the text layer, page by page (a scan has none)."""

from __future__ import annotations

import gc
import io
import zlib

from linter.document import Line
from linter.read.error import ReadError
from linter.read.text import lines_of, split_lines


def read_pdf(data: bytes) -> list[Line]:
    lines = _text_lines(io.BytesIO(data))
    _free_library_cycles()
    return lines


def _text_lines(stream: io.BytesIO) -> list[Line]:
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(stream)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError("CK012", "pdf")
        texts = [page.extract_text() or "" for page in reader.pages]
    except ReadError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, IndexError, zlib.error) as error:
        raise ReadError("CK017", type(error).__name__) from error
    lines = [raw for text in texts for raw in split_lines(text)]
    if not any(raw.strip() for raw in lines):
        raise ReadError(
            "CK017",
            {
                "vi": f"{len(texts)} trang, không trang nào có chữ",
                "en": f"{len(texts)} pages, none with text",
            },
        )
    return lines_of(lines)


def _free_library_cycles() -> None:
    """pypdf's objects refer to each other, so a file's PDF objects outlive the read until the
    cyclic collector comes round. A batch run makes that rare (cli _rare_collections) and a
    thousand files piled up 2 GB (python-docx's did, when it read Word files); the young ones
    go now."""
    gc.collect(1)
