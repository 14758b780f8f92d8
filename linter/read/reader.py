"""The entry point of the reading stage: a file's bytes (linter.read.load) become numbered lines.
`docx` reads Word files with lxml, `odt` OpenDocument texts (LibreOffice) likewise, `pdf` text
layers with pypdf, `text` the rest; the Word, OpenDocument and PDF readers are imported only
when such a file comes (their libraries cost time to load)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from linter.document import CellRef, Line, make_line
from linter.read.error import ReadError
from linter.read.load import load_bytes, os_error
from linter.read.text import read_text

if TYPE_CHECKING:
    from linter.sources import Source

# Searched for inside folders: .doc and .pdf too, so an old Word file or a scan in a folder of
# submissions is reported with what to do rather than silently left out.
DISCOVERED_SUFFIXES = frozenset({".txt", ".docx", ".doc", ".odt", ".pdf"})
READABLE_SUFFIXES = DISCOVERED_SUFFIXES | {".md"}  # .md only when named explicitly


def _lines(
    raws: list[tuple[str, CellRef | None, bool]],
    legacy_found: set[str],
    margins: Sequence[tuple[str, CellRef | None, bool]] = (),
) -> tuple[list[Line], str | None]:
    """Numbered lines of a Word or OpenDocument reader's paragraphs (then its page headers and
    footers, after the body so the body's numbers stay), and the legacy encoding (TCVN3, VNI)
    of runs converted, if any."""
    lines = [make_line(n, text, cell, bold) for n, (text, cell, bold) in enumerate(raws, start=1)]
    first = len(lines) + 1
    lines += [
        make_line(n, text, cell, bold, margin=True)
        for n, (text, cell, bold) in enumerate(margins, start=first)
    ]
    return lines, "+".join(sorted(legacy_found)) or None


def _read_docx(data: bytes) -> tuple[list[Line], str | None]:
    from linter.read.docx import read_word  # lxml, only when there is a Word file

    body, margins, legacy_found = read_word(data)
    return _lines(body, legacy_found, margins)


def _read_odt(data: bytes) -> tuple[list[Line], str | None]:
    from linter.read.odt import read_odt  # lxml, only when there is an OpenDocument file

    return _lines(*read_odt(data))


def _read_doc(data: bytes) -> tuple[list[Line], str | None]:
    """A .doc is read only when it is really a .docx with the old name; else how to convert."""
    if data.startswith(b"PK"):
        return _read_docx(data)
    raise ReadError("CK016", "doc")


def _read_by_format(data: bytes, suffix: str) -> tuple[list[Line], str, str | None]:
    if suffix in (".docx", ".doc"):
        lines, encoding = _read_docx(data) if suffix == ".docx" else _read_doc(data)
        return lines, "docx", encoding
    if suffix == ".odt":
        lines, encoding = _read_odt(data)
        return lines, "odt", encoding
    if suffix == ".pdf":
        from linter.read.pdf import read_pdf

        return read_pdf(data), "pdf", None
    lines, encoding = read_text(data)
    return lines, suffix.lstrip("."), encoding


def supported(source: Source) -> str:
    """The source's suffix, when camket reads that format; else ReadError CK004."""
    suffix = source.path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        raise ReadError("CK004", suffix or "-")
    return suffix


def read(source: Source, data: bytes | None = None) -> tuple[list[Line], str, str | None]:
    """Lines, format and encoding of a source (`data`: its bytes, when already loaded with
    load_bytes); raises ReadError when it cannot be read."""
    suffix = supported(source)
    if data is None:
        data = load_bytes(source.path)
    try:
        lines, fmt, encoding = _read_by_format(data, suffix)
    except OSError as error:
        raise os_error(source.path, error) from error
    if not any(line.clean for line in lines if not line.margin):
        raise ReadError("CK001")
    return lines, fmt, encoding
