"""Look inside a Word or OpenDocument file before reading it, so each kind of bad file gets its
own `input` finding instead of an exception: another file renamed .docx, a truncated download,
a password-protected document, an old .doc, a zip bomb, XML declaring entities.

Word files are zip archives of XML parts; a password-protected one is an OLE compound file
holding an "EncryptedPackage" stream, and so is a Word 97–2003 .doc (without that stream).
OpenDocument files are zip archives too (their own checks are in linter.read.odt).
Everything works on the file's bytes, read once by the caller."""

from __future__ import annotations

import contextlib
import io
import zipfile
import zlib
from collections.abc import Callable, Iterator

from linter.read.error import ReadError
from linter.read.xml import declares_dtd

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK"
RTF_MAGIC = b"{\\rtf"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# A commitment is a few pages: far below these, which a zip bomb exceeds by orders.
MAX_ENTRIES = 2_000
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed size of one large part
LARGE_PART = 5 * 1024 * 1024
REQUIRED_PARTS = ("[Content_Types].xml", "word/document.xml")


def check_ole(data: bytes) -> None:
    """An OLE compound file is either an encrypted .docx or an old Word document."""
    if ENCRYPTED_STREAM in data:
        raise ReadError("CK012", "docx")
    raise ReadError("CK016", "ole")


def _check_sizes(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_ENTRIES:
        raise ReadError("CK013", f"{len(infos)} > {MAX_ENTRIES}")
    unpacked = sum(info.file_size for info in infos)
    if unpacked > MAX_UNPACKED:
        raise ReadError(
            "CK013", f"{unpacked // (1024 * 1024)} MB > {MAX_UNPACKED // (1024 * 1024)} MB"
        )
    for info in infos:
        if info.file_size > LARGE_PART and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            ratio = info.file_size // max(info.compress_size, 1)
            raise ReadError("CK013", f"{info.filename}: {ratio}×")


def _check_xml(
    archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], exempt: frozenset[str]
) -> None:
    """No XML part declares a DTD, wherever its prolog puts it (after a long comment too);
    the `exempt` parts are checked by their reader when it parses them."""
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels")) or info.filename in exempt:
            continue
        with archive.open(info) as part:
            if declares_dtd(part):
                raise ReadError("CK014", info.filename)


@contextlib.contextmanager
def zip_errors() -> Iterator[None]:
    """What zipfile raises on a damaged or protected archive, as the input finding it is."""
    try:
        yield
    except RuntimeError as error:  # zipfile: an entry encrypted with a zip password
        if isinstance(error, RecursionError):
            raise
        raise ReadError("CK012", "zip") from error
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as error:
        # NotImplementedError: an entry packed with a compression method zipfile lacks;
        # ValueError: a directory pointing before the start of the bytes
        raise ReadError("CK011", type(error).__name__) from error


def _check_head(data: bytes) -> None:
    if data.startswith(OLE_MAGIC):
        check_ole(data)
    if data.startswith(RTF_MAGIC):
        raise ReadError("CK016", "rtf")
    if not data.startswith(ZIP_MAGIC):
        raise ReadError("CK003", "not-zip")


def open_package(
    data: bytes,
    check_kind: Callable[[zipfile.ZipFile], None],
    dtd_checked_by_reader: frozenset[str] = frozenset(),
) -> zipfile.ZipFile:
    """The archive of a zip package's bytes, open for reading, once nothing is wrong with it;
    else the ReadError that says what is. `check_kind` raises the ReadError of a package that
    is not the expected kind of file (or is password-protected), before any part is unpacked
    here; then each XML part's prolog is read (not those of `dtd_checked_by_reader`). Read its
    parts with `read_part`."""
    _check_head(data)
    with zip_errors():
        archive = zipfile.ZipFile(io.BytesIO(data))
        try:
            infos = archive.infolist()
            _check_sizes(infos)
            check_kind(archive)
            _check_xml(archive, infos, dtd_checked_by_reader)
        except BaseException:
            archive.close()
            raise
    return archive


def _check_word_parts(archive: zipfile.ZipFile) -> None:
    names = set(archive.namelist())
    if not all(name in names for name in REQUIRED_PARTS):
        raise ReadError("CK003", "not-word")


def open_word_package(data: bytes) -> zipfile.ZipFile:
    """The archive of a .docx's bytes, open for reading, once nothing is wrong with it; else
    the ReadError that says what is (see open_package)."""
    return open_package(data, _check_word_parts)


def check_word_package(data: bytes) -> None:
    """Raise the ReadError that says what is wrong with a .docx's bytes, or return."""
    open_word_package(data).close()


def read_part(archive: zipfile.ZipFile, name: str) -> bytes | None:
    """A part's bytes, None when the package has no such part."""
    with zip_errors():
        try:
            info = archive.getinfo(name)
        except KeyError:
            return None
        return archive.read(info)
