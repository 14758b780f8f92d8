"""The parts of a Word package a reader needs, found as Word finds them: the package's
relationships name the main document, its content type says it is a Word document, and the
document's relationships name its styles.

A relationship with TargetMode="External" points outside the file (a web address): it is never
followed, so a crafted file cannot make camket fetch or open anything."""

from __future__ import annotations

import posixpath
import zipfile

from lxml import etree

from linter.read.container import read_part
from linter.read.error import ReadError
from linter.read.xml import parse

_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT = _RELATIONSHIP_TYPE + "officeDocument"
STYLES = _RELATIONSHIP_TYPE + "styles"
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _rels_name(partname: str) -> str:
    """Where the relationships of a part ("/" for the package itself) are kept."""
    folder, name = posixpath.split(partname)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _member(partname: str) -> str:
    return partname.lstrip("/")


def related_parts(archive: zipfile.ZipFile, source: str, reltype: str) -> list[str]:
    """Part names ("/word/styles.xml") that `source` ("/" or a part name) relates to with
    `reltype`, in the order of its relationships file; external targets left out."""
    rels = _member(_rels_name(source))
    data = read_part(archive, rels)
    if data is None:
        return []
    base = posixpath.dirname(source)  # targets are relative to the source's folder
    targets: list[str] = []
    for relationship in parse(data, rels).iterfind(f"{_RELS}Relationship"):
        target = relationship.get("Target")
        if relationship.get("Type") != reltype or not target:
            continue
        if relationship.get("TargetMode") == "External":
            continue
        targets.append(posixpath.normpath(posixpath.join(base, target)))
    return targets


def content_type(types: etree._Element, partname: str) -> str | None:
    """A part's content type from [Content_Types].xml: its override, else its extension's
    default (both compared without case, as python-docx did)."""
    wanted = partname.lower()
    for override in types.iterfind(f"{_TYPES}Override"):
        if (override.get("PartName") or "").lower() == wanted:
            return override.get("ContentType")
    extension = posixpath.splitext(wanted)[1][1:]
    for default in types.iterfind(f"{_TYPES}Default"):
        if (default.get("Extension") or "").lower() == extension:
            return default.get("ContentType")
    return None


def _read_xml(archive: zipfile.ZipFile, partname: str) -> etree._Element | None:
    data = read_part(archive, _member(partname))
    return None if data is None else parse(data, _member(partname))


def _required_xml(archive: zipfile.ZipFile, partname: str) -> etree._Element:
    root = _read_xml(archive, partname)
    if root is None:
        raise ReadError("CK003", f"missing {partname}")
    return root


def main_parts(archive: zipfile.ZipFile) -> tuple[etree._Element, etree._Element | None]:
    """The root elements of the main document part and of its styles part (None when the
    document has none). ReadError CK003 when the package holds no Word document."""
    documents = related_parts(archive, "/", OFFICE_DOCUMENT)
    if not documents:
        raise ReadError("CK003", "no-document")
    document_name = documents[0]
    types = _required_xml(archive, "/[Content_Types].xml")
    found = content_type(types, document_name)
    if found != DOCUMENT_MAIN:
        raise ReadError("CK003", f"content type {found}")
    document = _required_xml(archive, document_name)
    styles_names = related_parts(archive, document_name, STYLES)
    styles = _read_xml(archive, styles_names[0]) if styles_names else None
    return document, styles
