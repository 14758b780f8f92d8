"""The XML parts of a Word package, parsed so that nothing a part holds can hurt: entities are
never expanded, nothing is fetched, a document type declaration anywhere in the prolog is
refused, and a part with more markup than any real document is not parsed at all.

Word never writes a DTD; one in a .docx is a crafted file (billion laughs, external entities)."""

from __future__ import annotations

import contextlib
import io
import threading
from typing import IO

from lxml import etree

from linter.read.error import ReadError

# Tags ("<" bytes, an upper bound on elements) in one part. A commitment has a few thousand;
# 1,000,000 is a document of well over a thousand pages. lxml needs ~120 bytes an element, so
# this caps a part's tree near 120 MB.
MAX_TAGS = 1_000_000
# A part's prolog is read from FIRST_CHUNK bytes, doubling up to LAST_CHUNK at a time, until
# the root element starts: a prolog is usually a hundred bytes, but comments may make it long.
FIRST_CHUNK = 512
LAST_CHUNK = 64 * 1024

_SAFE = {"resolve_entities": False, "no_network": True, "huge_tree": False, "load_dtd": False}


class _Prolog:
    """A parser target noting a document type declaration and the start of the root element
    (no `end` or `data`: lxml then does not call back for them)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.has_dtd = False
        self.at_root = False

    def doctype(self, name: str | None, public_id: str | None, system_url: str | None) -> None:
        self.has_dtd = True

    def start(self, tag: str, attrib: object, nsmap: object = None) -> None:
        self.at_root = True

    def close(self) -> None:
        pass


_local = threading.local()


def _prolog_parser() -> tuple[_Prolog, etree.XMLParser]:
    """One per thread, reused: an lxml parser with a Python target sits in a reference cycle,
    so a new one for each part would keep its memory until the cyclic collector comes round."""
    if not hasattr(_local, "prolog"):
        prolog = _Prolog()
        _local.prolog = (prolog, etree.XMLParser(target=prolog, **_SAFE))
    return _local.prolog


def declares_dtd(stream: IO[bytes]) -> bool:
    """Whether the XML read from `stream` declares a document type, however long the comments
    before it and in whatever encoding. Reads only up to the root element's start tag."""
    prolog, parser = _prolog_parser()
    prolog.reset()
    size = FIRST_CHUNK
    try:
        while not (prolog.at_root or prolog.has_dtd):
            chunk = stream.read(size)
            if not chunk:
                break
            parser.feed(chunk)
            size = min(2 * size, LAST_CHUNK)
    except etree.LxmlError:
        pass  # malformed: reported as damaged if the part is read
    finally:
        with contextlib.suppress(etree.LxmlError):
            parser.close()  # ready for the next part (an unfinished document is an error here)
    return prolog.has_dtd


def _too_many_tags(name: str) -> ReadError:
    return ReadError(
        "CK019",
        {
            "vi": f"{name} có hơn {MAX_TAGS} thẻ XML",
            "en": f"{name} holds more than {MAX_TAGS} XML tags",
        },
    )


def _declares_nothing(dtd: etree.DTD | None) -> bool:
    """A document type declaration naming an external DTD only (never loaded here), without
    an internal subset that declares entities or elements."""
    return dtd is None or not (any(dtd.iterentities()) or any(dtd.iterelements()))


def parse(
    data: bytes, name: str, *, keep_blanks: bool = False, bare_doctype: bool = False
) -> etree._Element:
    """The root element of one part; ReadError CK019 (too much markup), CK014 (a DTD) or
    CK011 (not well-formed XML, whatever lxml says).

    `keep_blanks` keeps whitespace-only text between elements (OpenDocument text: the space
    between two spans is a word space); `bare_doctype` lets a part name an external DTD it
    does not need (OpenOffice.org wrote one on every ODF manifest): it is not loaded, and an
    internal subset declaring entities or elements is still refused."""
    if data.count(b"<") > MAX_TAGS:
        raise _too_many_tags(name)
    # remove_blank_text as python-docx parsed parts
    parser = etree.XMLParser(remove_blank_text=not keep_blanks, **_SAFE)
    try:
        root = etree.fromstring(data, parser)
    except (etree.LxmlError, ValueError) as error:
        if declares_dtd(io.BytesIO(data)):
            raise ReadError("CK014", name) from error
        raise ReadError("CK011", f"{name}: {type(error).__name__}") from error
    docinfo = root.getroottree().docinfo
    declared = docinfo.internalDTD is not None or bool(docinfo.doctype)
    if declared and not (bare_doctype and _declares_nothing(docinfo.internalDTD)):
        raise ReadError("CK014", name)
    return root
