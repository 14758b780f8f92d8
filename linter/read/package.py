"""The parts of a Word package a reader needs, found as Word finds them: the package's
relationships name the main document, its content type says it is a Word document, and the
document's relationships name its styles and its page headers and footers.

A relationship with TargetMode="External" points outside the file (a web address): it is never
followed, so a crafted file cannot make camket fetch or open anything."""

from __future__ import annotations

import posixpath
import zipfile
from typing import NamedTuple

from lxml import etree

from linter.read.container import read_part
from linter.read.error import ReadError
from linter.read.xml import parse

_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_TYPES = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT = _RELATIONSHIP_TYPE + "officeDocument"
STYLES = _RELATIONSHIP_TYPE + "styles"
HEADER = _RELATIONSHIP_TYPE + "header"
FOOTER = _RELATIONSHIP_TYPE + "footer"
# Page header and footer parts read (each once, however often it is related). Word writes at
# most three headers and three footers a section; a commitment has one or two sections.
MAX_MARGIN_PARTS = 24
DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _rels_name(partname: str) -> str:
    """Where the relationships of a part ("/" for the package itself) are kept."""
    folder, name = posixpath.split(partname)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _member(partname: str) -> str:
    return partname.lstrip("/")


def _relationships(archive: zipfile.ZipFile, source: str) -> list[tuple[str | None, str]]:
    """(type, part name) of each internal relationship of `source` ("/" or a part name), in
    the order of its relationships file; external targets left out."""
    rels = _member(_rels_name(source))
    data = read_part(archive, rels)
    if data is None:
        return []
    base = posixpath.dirname(source)  # targets are relative to the source's folder
    found: list[tuple[str | None, str]] = []
    for relationship in parse(data, rels).iterfind(f"{_RELS}Relationship"):
        target = relationship.get("Target")
        if not target or relationship.get("TargetMode") == "External":
            continue
        found.append((relationship.get("Type"), posixpath.normpath(posixpath.join(base, target))))
    return found


def related_parts(archive: zipfile.ZipFile, source: str, reltype: str) -> list[str]:
    """Part names ("/word/styles.xml") that `source` ("/" or a part name) relates to with
    `reltype`, in the order of its relationships file; external targets left out."""
    return [name for kind, name in _relationships(archive, source) if kind == reltype]


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


class WordParts(NamedTuple):
    document: etree._Element
    styles: tuple[str, bytes] | None  # the styles part's name and bytes, unparsed; or none
    related: list[tuple[str | None, str]]  # the main document's relationships (margin_parts)


def main_parts(archive: zipfile.ZipFile) -> WordParts:
    """The root element of the main document part, its styles part as it is (many files share
    theirs: the reader parses each once) and its relationships. ReadError CK003 when the
    package holds no Word document."""
    documents = related_parts(archive, "/", OFFICE_DOCUMENT)
    if not documents:
        raise ReadError("CK003", "no-document")
    document_name = documents[0]
    types = _required_xml(archive, "/[Content_Types].xml")
    found = content_type(types, document_name)
    if found != DOCUMENT_MAIN:
        raise ReadError("CK003", f"content type {found}")
    document = _required_xml(archive, document_name)
    related = _relationships(archive, document_name)
    styles_names = [name for kind, name in related if kind == STYLES]
    styles_data = read_part(archive, _member(styles_names[0])) if styles_names else None
    styles = None if styles_data is None else (_member(styles_names[0]), styles_data)
    return WordParts(document, styles, related)


def margin_parts(
    archive: zipfile.ZipFile, related: list[tuple[str | None, str]]
) -> list[etree._Element]:
    """The root elements of the page header and footer parts the main document relates to
    (`related`: WordParts.related), headers first, each part once. One that is not
    well-formed XML is left out (the body is read as before); one that declares a DTD or holds
    too much markup makes the file a crafted one, reported as such."""
    names = [name for kind, name in related if kind == HEADER]
    names += [name for kind, name in related if kind == FOOTER]
    roots: list[etree._Element] = []
    for name in list(dict.fromkeys(names))[:MAX_MARGIN_PARTS]:
        try:
            root = _read_xml(archive, name)
        except ReadError as error:
            if error.code != "CK011":
                raise
            continue
        if root is not None:
            roots.append(root)
    return roots
