"""Look inside a Word file before python-docx opens it, so each kind of bad file gets its own
`input` finding instead of an exception: another file renamed .docx, a truncated download, a
password-protected document, an old .doc, a zip bomb, XML declaring entities.

Word files are zip archives of XML parts; a password-protected one is an OLE compound file
holding an "EncryptedPackage" stream, and so is a Word 97–2003 .doc (without that stream)."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

from linter.read_error import ReadError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK"
RTF_MAGIC = b"{\\rtf"
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# A commitment is a few pages: far below these, which a zip bomb exceeds by orders.
MAX_ENTRIES = 2_000
MAX_UNPACKED = 100 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed size of one large part
LARGE_PART = 5 * 1024 * 1024
PROLOG_BYTES = 4096  # a DTD must come before the root element, so near the start of a part
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


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
            raise ReadError("CK013", f"{info.filename}: {info.file_size // info.compress_size}×")


def _check_xml(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    for info in infos:
        if not info.filename.endswith((".xml", ".rels")):
            continue
        with archive.open(info) as part:
            if _DTD.search(part.read(PROLOG_BYTES)):
                raise ReadError("CK014", info.filename)


def check_word_package(path: Path) -> None:
    """Raise the ReadError that says what is wrong with a .docx, or return when python-docx
    may open it. Reads the archive's directory and the start of each XML part only."""
    with path.open("rb") as stream:
        head = stream.read(8)
        if head.startswith(OLE_MAGIC):
            check_ole(head + stream.read())
    if head.startswith(RTF_MAGIC):
        raise ReadError("CK016", "rtf")
    if not head.startswith(ZIP_MAGIC):
        raise ReadError("CK003", "not-zip")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            _check_sizes(infos)
            names = {info.filename for info in infos}
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise ReadError("CK003", "not-word")
            _check_xml(archive, infos)
    except RuntimeError as error:  # zipfile: an entry encrypted with a zip password
        raise ReadError("CK012", "zip") from error
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError) as error:
        # NotImplementedError: an entry packed with a compression method zipfile lacks
        raise ReadError("CK011", type(error).__name__) from error
