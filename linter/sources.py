"""Find the files to check and read them into lines, whatever their encoding or format."""

from __future__ import annotations

import codecs
import errno
import fnmatch
import gc
import io
import os
import re
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from linter import legacy
from linter.document import Line, make_line
from linter.files import display_path, is_file, real_path
from linter.read_error import ReadError

# Searched for inside folders: .doc and .pdf too, so an old Word file or a scan in a folder of
# submissions is reported with what to do rather than silently left out.
DISCOVERED_SUFFIXES = frozenset({".txt", ".docx", ".doc", ".pdf"})
READABLE_SUFFIXES = DISCOVERED_SUFFIXES | {".md"}  # .md only when named explicitly
MAX_BYTES = 20 * 1024 * 1024
# A commitment is a few hundred lines of at most a few thousand characters; a plan a few
# thousand lines. Far beyond these, per-file work (and memory) would grow without purpose.
MAX_LINES = 50_000
MAX_LINE_CHARS = 100_000


@dataclass(frozen=True)
class Source:
    path: Path  # to open
    display: str  # as shown to the user
    unit: str  # the folder it belongs to: a name unique to that real folder in the batch
    # The units above it, nearest first, up to the checked folder (or, for a file checked on
    # its own, the context around it): the hierarchy's "superior" follows these.
    above: tuple[str, ...] = ()
    context: bool = False  # read only to compare the named files with, not reported on
    # (input rule, detail): a folder that could not be read
    fault: tuple[str, str | dict[str, str]] | None = None


# Checking files on their own reads the documents around them (their folder, and a few
# folders above, up to the one holding camket.yaml) to compare them with, as a linter reads
# the project around a file; a folder holding more documents than this is not a unit's folder.
CONTEXT_LEVELS_UP = 2
CONTEXT_MAX_FILES = 100


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def _excluded(display: str, patterns: Iterable[str]) -> bool:
    return any(
        fnmatch.fnmatch(display, p) or fnmatch.fnmatch(Path(display).name, p) for p in patterns
    )


def _display(path: Path) -> str:
    return display_path(path)


def _up(folder: Path) -> Path:
    """The folder above, as a path of the same kind ("." → "..", "a/b" → "a", "/" → "/")."""
    return Path(os.path.normpath(os.path.join(folder, os.pardir)))


def _documents_in(folder: Path) -> list[Path]:
    """The documents lying directly in a folder (not below), sorted."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if not entry.is_dir())
    except OSError:
        return []
    return [
        folder / name
        for name in names
        if not _skipped(name) and Path(name).suffix.lower() in DISCOVERED_SUFFIXES
    ]


def _walk(root: Path, faults: list[OSError]) -> Iterator[tuple[Path, Path]]:
    """(file, its folder) under root; folders that cannot be listed go to `faults`."""
    for folder, dirs, files in os.walk(root, onerror=faults.append, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _skipped(d))
        for name in sorted(files):
            if not _skipped(name) and Path(name).suffix.lower() in DISCOVERED_SUFFIXES:
                yield Path(folder) / name, Path(folder)


class _Units:
    """Unit names: a folder's path below the checked folder it was found in (the checked
    folder itself: its own name), prefixed by that folder when several are checked; around a
    file checked on its own, the folder's own name. Each real folder gets one name and no two
    real folders share one, so units of different checked folders never merge, whatever
    their subfolders are called."""

    def __init__(self, roots: list[Path]) -> None:
        self.prefixed = len(roots) > 1
        # Several checked folders are told apart by their names, or by their paths when two
        # share a name ("2024/xa-a" and "2025/xa-a").
        names = [real_path(root).name for root in roots]
        self.prefix = {
            real_path(root): name if names.count(name) == 1 else _display(root)
            for root, name in zip(roots, names, strict=True)
        }
        self.by_folder: dict[Path, str] = {}
        self.taken: set[str] = set()

    def name(self, folder: Path, root: Path, around_file: bool = False) -> str:
        real = real_path(folder)
        if real in self.by_folder:
            return self.by_folder[real]
        relative = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = self.prefix.get(real_path(root)) if self.prefixed else None
        if relative == "." or around_file:
            candidate = prefix if prefix and relative == "." else (real.name or "/")
        else:
            candidate = f"{prefix}/{relative}" if prefix else relative
        candidate = display_path(candidate)  # a folder name that is not UTF-8 stays printable
        if candidate in self.taken:  # a subfolder named like the checked folder itself
            for other in (_display(folder), display_path(real)):
                if other not in self.taken:
                    candidate = other
                    break
        self.by_folder[real] = candidate
        self.taken.add(candidate)
        return candidate

    def chain(
        self, folder: Path, root: Path, around_file: bool = False
    ) -> tuple[str, tuple[str, ...]]:
        """The folder's unit and the units above it up to root, nearest first."""
        unit = self.name(folder, root, around_file)
        above = []
        while real_path(folder) != real_path(root) and folder != _up(folder):
            folder = _up(folder)
            above.append(self.name(folder, root, around_file))
        return unit, tuple(above)


def _context_root(file: Path) -> Path:
    """How far up the documents around a file are read: its folder and up to
    CONTEXT_LEVELS_UP folders above, stopping at the one holding camket.yaml, never the home
    folder or the file system's root."""
    folder = file.parent
    stops = {real_path(Path.home()), real_path(Path("/"))}
    for _ in range(CONTEXT_LEVELS_UP):
        if is_file(folder / "camket.yaml"):
            break
        above = _up(folder)
        if real_path(above) in stops or real_path(above) == real_path(folder):
            break
        folder = above
    return folder


def _folder_fault(error: OSError, units: _Units, root: Path) -> Source:
    folder = Path(error.filename) if error.filename else root
    inside = real_path(folder) != real_path(root)
    unit, above = units.chain(_up(folder) if inside else root, root)
    if isinstance(error, PermissionError):
        detail: str | dict[str, str] = {"vi": "không có quyền mở", "en": "permission denied"}
    elif error.errno == errno.ENAMETOOLONG:
        detail = {"vi": "đường dẫn quá dài", "en": "path too long"}
    else:
        detail = error.strerror or type(error).__name__
    return Source(folder, _display(folder), unit, above, fault=("CK021", detail))


def discover(
    paths: Iterable[Path], exclude: Iterable[str] = (), context: bool = True
) -> list[Source]:
    """Files under the given paths, in a stable order, each once; with `context`, the
    documents around each file given on its own, marked as context."""
    paths = list(paths)
    exclude = tuple(exclude)
    units = _Units([path for path in paths if path.is_dir()])
    seen: set[Path] = set()
    sources: list[Source] = []
    around: list[tuple[Path, Path]] = []  # (folder, root) of the context to read

    def add(
        file: Path, folder: Path, root: Path, around: bool = False, context: bool = False
    ) -> None:
        """`around`: named for a file checked on its own; `context`: read only to compare."""
        display = _display(file)
        resolved = real_path(file)
        if resolved in seen or _excluded(display, exclude):
            return
        seen.add(resolved)
        unit, above = units.chain(folder, root, around)
        sources.append(Source(file, display, unit, above, context))

    for given in paths:
        if given.is_dir():
            faults: list[OSError] = []
            for file, folder in _walk(given, faults):
                add(file, folder, given)
            sources.extend(_folder_fault(error, units, given) for error in faults)
            continue
        root = _context_root(given) if context else given.parent
        add(given, given.parent, root, around=True)
        folder = given.parent
        while context:
            around.append((folder, root))
            if real_path(folder) == real_path(root) or folder == _up(folder):
                break
            folder = _up(folder)
    for folder, root in around:
        documents = _documents_in(folder)
        if len(documents) <= CONTEXT_MAX_FILES:
            for file in documents:
                add(file, folder, root, around=True, context=True)
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


def _read_text(data: bytes) -> tuple[list[Line], str]:
    """Lines and the encoding; text typed in TCVN3 or VNI is converted first (before
    normalising, which would drop TCVN3's soft-hyphen "ư") and its encoding returned."""
    text, encoding = decode(data)
    legacy_encoding = legacy.detect(text)
    if legacy_encoding:
        text, encoding = legacy.convert(text, legacy_encoding), legacy_encoding
    return _lines(split_lines(text)), encoding


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


def _read_pdf(stream: io.BytesIO) -> list[Line]:
    """A PDF's text layer, page by page; a scan has none."""
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
    return _lines(lines)


def _os_error(path: Path, error: OSError) -> ReadError:
    """Each kind of operating-system refusal as its own input rule."""
    if isinstance(error, PermissionError):
        return ReadError("CK006")
    if error.errno == errno.ELOOP or (path.is_symlink() and not path.exists()):
        return ReadError("CK015", error.strerror or type(error).__name__)
    return ReadError("CK018", error.strerror or type(error).__name__)


def _read_by_format(data: bytes, suffix: str) -> tuple[list[Line], str, str | None]:
    if suffix in (".docx", ".doc"):
        lines, encoding = _read_docx(data) if suffix == ".docx" else _read_doc(data)
        return lines, "docx", encoding
    if suffix == ".pdf":
        lines = _read_pdf(io.BytesIO(data))
        _free_library_cycles()
        return lines, "pdf", None
    lines, encoding = _read_text(data)
    return lines, suffix.lstrip("."), encoding


def _free_library_cycles() -> None:
    """pypdf's objects refer to each other, so a file's PDF objects outlive the read until the
    cyclic collector comes round. A batch run makes that rare (cli _rare_collections) and a
    thousand files piled up 2 GB (python-docx's did, when it read Word files); the young ones
    go now."""
    gc.collect(1)


_FILE_TYPES = (
    (stat.S_ISDIR, {"vi": "đây là thư mục", "en": "a folder"}),
    (stat.S_ISFIFO, {"vi": "đây là đường ống (FIFO), không phải tệp", "en": "a FIFO, not a file"}),
    (stat.S_ISCHR, {"vi": "đây là thiết bị, không phải tệp", "en": "a device, not a file"}),
    (stat.S_ISBLK, {"vi": "đây là thiết bị, không phải tệp", "en": "a device, not a file"}),
    (stat.S_ISSOCK, {"vi": "đây là socket, không phải tệp", "en": "a socket, not a file"}),
)


def _not_regular(mode: int) -> ReadError:
    for test, detail in _FILE_TYPES:
        if test(mode):
            return ReadError("CK018", detail)
    return ReadError("CK018", {"vi": "không phải tệp thông thường", "en": "not a regular file"})


def _checked_size(mode: int, size: int) -> None:
    if not stat.S_ISREG(mode):
        raise _not_regular(mode)
    if size > MAX_BYTES:
        raise ReadError("CK005", str(size))
    if size == 0:
        raise ReadError("CK001")


def load_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES. Anything else (a FIFO, a device, a
    link to one, a folder, an oversized or sparse file) is refused by its type and size before
    a byte is read, so nothing can block the run or fill its memory. The file is opened
    without blocking and checked again through the open handle, in case it was swapped."""
    try:
        status = path.stat()
        _checked_size(status.st_mode, status.st_size)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise _os_error(path, error) from error
    try:
        opened = os.fstat(descriptor)
        _checked_size(opened.st_mode, opened.st_size)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise _os_error(path, error) from error
    finally:
        os.close(descriptor)
    if len(data) > MAX_BYTES:
        raise ReadError("CK005", str(len(data)))
    if not data:
        raise ReadError("CK001")
    return data


def _bounded(texts: list[str]) -> list[str]:
    """Per-file work stays bounded: a file of more lines, or a line longer, than any real
    document holds is refused, saying what was too big (CK019), before any line is analysed."""
    if len(texts) > MAX_LINES:
        raise ReadError(
            "CK019",
            {
                "vi": f"{len(texts)} dòng (tối đa {MAX_LINES})",
                "en": f"{len(texts)} lines (at most {MAX_LINES})",
            },
        )
    longest = max(map(len, texts), default=0)
    if longest > MAX_LINE_CHARS:
        raise ReadError(
            "CK019",
            {
                "vi": f"một dòng dài {longest} ký tự (tối đa {MAX_LINE_CHARS})",
                "en": f"a line of {longest} characters (at most {MAX_LINE_CHARS})",
            },
        )
    return texts


def _lines(texts: list[str]) -> list[Line]:
    return [make_line(n, raw) for n, raw in enumerate(_bounded(texts), start=1)]


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
        raise _os_error(source.path, error) from error
    if not any(line.clean for line in lines):
        raise ReadError("CK001")
    return lines, fmt, encoding
