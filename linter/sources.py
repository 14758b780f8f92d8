"""Find the files to check and read them into lines, whatever their encoding or format."""

from __future__ import annotations

import codecs
import errno
import fnmatch
import gc
import os
import re
import traceback
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from linter import legacy
from linter.containers import check_word_package
from linter.document import CellRef, Line, make_line
from linter.files import display_path, real_path
from linter.read_error import ReadError

# Searched for inside folders: .doc and .pdf too, so an old Word file or a scan in a folder of
# submissions is reported with what to do rather than silently left out.
DISCOVERED_SUFFIXES = frozenset({".txt", ".docx", ".doc", ".pdf"})
READABLE_SUFFIXES = DISCOVERED_SUFFIXES | {".md"}  # .md only when named explicitly
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    path: Path  # to open
    display: str  # as shown to the user
    unit: str  # the folder it belongs to (relative to the checked root)


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def _excluded(display: str, patterns: Iterable[str]) -> bool:
    return any(
        fnmatch.fnmatch(display, p) or fnmatch.fnmatch(Path(display).name, p) for p in patterns
    )


def _display(path: Path) -> str:
    return display_path(path)


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _skipped(d))
        for name in sorted(files):
            if not _skipped(name) and Path(name).suffix.lower() in DISCOVERED_SUFFIXES:
                yield Path(folder) / name


def _unit_of(file: Path, root: Path | None) -> str:
    if root is None:
        return file.parent.name or "."
    relative = file.parent.relative_to(root).as_posix()
    return real_path(root).name if relative == "." else relative


def discover(paths: Iterable[Path], exclude: Iterable[str] = ()) -> list[Source]:
    """Files under the given paths, in a stable order, each once."""
    exclude = tuple(exclude)
    seen: set[Path] = set()
    sources: list[Source] = []
    for given in paths:
        candidates = [(f, given) for f in _walk(given)] if given.is_dir() else [(given, None)]
        for file, root in candidates:
            display = _display(file)
            resolved = real_path(file)
            if resolved in seen or _excluded(display, exclude):
                continue
            seen.add(resolved)
            sources.append(Source(file, display, _unit_of(file, root)))
    return sources


_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # control characters but \t \n \v \f \r


def _looks_binary(text: str) -> bool:
    return len(_CONTROL.findall(text)) > max(2, len(text) // 100)


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding it was read with: BOM, then UTF-8, then Windows-1258."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise ReadError("CK002", encoding) from error
    if b"\x00" in data:
        raise ReadError("CK002", "binary")
    for encoding in ("utf-8", "cp1258"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _looks_binary(text):
            raise ReadError("CK002", "binary")
        return text, encoding
    raise ReadError("CK002", "unknown")


def split_lines(text: str) -> list[str]:
    """Split on \\n, \\r\\n and \\r only, as editors number lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _read_text(path: Path) -> tuple[list[Line], str]:
    """Lines and the encoding; text typed in TCVN3 or VNI is converted first (before
    normalising, which would drop TCVN3's soft-hyphen "ư") and its encoding returned."""
    text, encoding = decode(path.read_bytes())
    legacy_encoding = legacy.detect(text)
    if legacy_encoding:
        text, encoding = legacy.convert(text, legacy_encoding), legacy_encoding
    return [make_line(n, raw) for n, raw in enumerate(split_lines(text), start=1)], encoding


def _paragraph_text(paragraph: object, legacy_found: set[str]) -> str:
    """The paragraph's text, runs in a TCVN3 or VNI font converted (their encoding noted)."""
    text, encoding = legacy.docx_paragraph_text(paragraph)
    if encoding:
        legacy_found.add(encoding)
    return text.replace("\r", " ").replace("\n", " ")


class _BoldStyles:
    """Which paragraph styles make text bold, resolved once per style id actually used
    (python-docx's `paragraph.style` scans every style on each call)."""

    def __init__(self, document: object) -> None:
        self._styles = document.styles  # type: ignore[attr-defined]
        self._known: dict[str | None, bool] = {None: False}

    def __contains__(self, style_id: str | None) -> bool:
        if style_id not in self._known:
            element = self._styles.element.get_by_id(style_id)
            bold = False
            if element is not None:
                from docx.styles.style import StyleFactory

                bold = bool(StyleFactory(element).font.bold)
            self._known[style_id] = bold
        return self._known[style_id]


def _is_bold(paragraph: object, bold_styles: _BoldStyles) -> bool:
    """Every run with text is bold, directly or through the paragraph's style."""
    runs = [run for run in paragraph.runs if run.text.strip()]  # type: ignore[attr-defined]
    style_bold = paragraph._p.style in bold_styles  # type: ignore[attr-defined]
    return bool(runs) and all(run.bold or (run.bold is None and style_bold) for run in runs)


def _docx_blocks(
    container: object,
    raws: list[tuple[str, CellRef | None, bool]],
    tables: list[int],
    bold_styles: _BoldStyles,
    legacy_found: set[str],
) -> None:
    """Paragraphs and table cells in document order; merged cells are read once."""
    from docx.table import Table

    for block in container.iter_inner_content():  # type: ignore[attr-defined]
        if not isinstance(block, Table):
            text = _paragraph_text(block, legacy_found)
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
                _docx_blocks(cell, raws, tables, bold_styles, legacy_found)
                raws[start:] = [(text, ref, bold) for text, _, bold in raws[start:]]


def _wrong_part(error: AttributeError) -> Exception:
    """python-docx meeting a part whose XML has the wrong root element ("<A/>" for the body)
    is a damaged file; the same error raised by camket's own code stays a camket bug."""
    frames = traceback.extract_tb(error.__traceback__)
    if frames and f"{os.sep}docx{os.sep}" in frames[-1].filename:
        return ReadError("CK011", "AttributeError")
    return error


def _read_docx(path: Path) -> tuple[list[Line], str | None]:
    """Lines, and the legacy encoding (TCVN3, VNI) of runs converted, if any."""
    raws, legacy_found = _docx_paragraphs(path)
    lines = [make_line(n, text, cell, bold) for n, (text, cell, bold) in enumerate(raws, start=1)]
    return lines, "+".join(sorted(legacy_found)) or None


def _docx_paragraphs(path: Path) -> tuple[list[tuple[str, CellRef | None, bool]], set[str]]:
    """(text, table cell, bold) of each paragraph; the legacy encodings of runs converted."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    check_word_package(path)
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, KeyError, ValueError) as error:
        raise ReadError("CK003", type(error).__name__) from error
    except (zipfile.BadZipFile, zlib.error, EOFError, LxmlError) as error:
        raise ReadError("CK011", type(error).__name__) from error
    except AttributeError as error:
        raise _wrong_part(error) from error
    raws: list[tuple[str, CellRef | None, bool]] = []
    legacy_found: set[str] = set()
    try:
        _docx_blocks(document, raws, [0], _BoldStyles(document), legacy_found)
    except AttributeError as error:
        raise _wrong_part(error) from error
    return raws, legacy_found


def _read_doc(path: Path) -> tuple[list[Line], str | None]:
    """A .doc is read only when it is really a .docx with the old name; else how to convert."""
    with path.open("rb") as stream:
        if stream.read(2) == b"PK":
            return _read_docx(path)
    raise ReadError("CK016", "doc")


def _read_pdf(path: Path) -> list[Line]:
    """A PDF's text layer, page by page; a scan has none."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(path)
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
    return [make_line(n, raw) for n, raw in enumerate(lines, start=1)]


def _os_error(path: Path, error: OSError) -> ReadError:
    """Each kind of operating-system refusal as its own input rule."""
    if isinstance(error, PermissionError):
        return ReadError("CK006")
    if error.errno == errno.ELOOP or (path.is_symlink() and not path.exists()):
        return ReadError("CK015", error.strerror or type(error).__name__)
    return ReadError("CK018", error.strerror or type(error).__name__)


def _read_by_format(path: Path, suffix: str) -> tuple[list[Line], str, str | None]:
    if suffix in (".docx", ".doc"):
        lines, encoding = _read_docx(path) if suffix == ".docx" else _read_doc(path)
        _free_library_cycles()
        return lines, "docx", encoding
    if suffix == ".pdf":
        lines = _read_pdf(path)
        _free_library_cycles()
        return lines, "pdf", None
    lines, encoding = _read_text(path)
    return lines, suffix.lstrip("."), encoding


def _free_library_cycles() -> None:
    """python-docx's and pypdf's objects refer to each other, so a file's XML or PDF objects
    outlive the read until the cyclic collector comes round. A batch run makes that rare (cli
    _rare_collections) and a thousand Word files piled up 2 GB; the young ones go now."""
    gc.collect(1)


def read(source: Source) -> tuple[list[Line], str, str | None]:
    """Lines, format and encoding of a source; raises ReadError when it cannot be read."""
    suffix = source.path.suffix.lower()
    if suffix not in READABLE_SUFFIXES:
        raise ReadError("CK004", suffix or "-")
    try:
        size = source.path.stat().st_size
        if not source.path.is_file():
            raise ReadError("CK018", "not a regular file")
        if size > MAX_BYTES:
            raise ReadError("CK005", str(size))
        if size == 0:
            raise ReadError("CK001")
        lines, fmt, encoding = _read_by_format(source.path, suffix)
    except OSError as error:
        raise _os_error(source.path, error) from error
    if not any(line.clean for line in lines):
        raise ReadError("CK001")
    return lines, fmt, encoding
