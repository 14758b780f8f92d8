"""Find the files to check and read them into lines, whatever their encoding or format."""

from __future__ import annotations

import codecs
import errno
import fnmatch
import gc
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from linter import legacy
from linter.document import Line, make_line
from linter.files import real_path
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
    return path.as_posix()


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


def _read_docx(data: bytes) -> tuple[list[Line], str | None]:
    """Lines, and the legacy encoding (TCVN3, VNI) of runs converted, if any."""
    from linter.read.docx import read_docx  # lxml, only when there is a Word file

    raws, legacy_found = read_docx(data)
    lines = [make_line(n, text, cell, bold) for n, (text, cell, bold) in enumerate(raws, start=1)]
    return lines, "+".join(sorted(legacy_found)) or None


def _read_doc(data: bytes) -> tuple[list[Line], str | None]:
    """A .doc is read only when it is really a .docx with the old name; else how to convert."""
    if data.startswith(b"PK"):
        return _read_docx(data)
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
        data = path.read_bytes()
        lines, encoding = _read_docx(data) if suffix == ".docx" else _read_doc(data)
        return lines, "docx", encoding
    if suffix == ".pdf":
        lines = _read_pdf(path)
        _free_library_cycles()
        return lines, "pdf", None
    lines, encoding = _read_text(path)
    return lines, suffix.lstrip("."), encoding


def _free_library_cycles() -> None:
    """pypdf's objects refer to each other, so a file's PDF objects outlive the read until the
    cyclic collector comes round. A batch run makes that rare (cli _rare_collections) and a
    thousand files piled up 2 GB (python-docx's did, when it read Word files); the young ones
    go now."""
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
