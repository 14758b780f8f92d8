"""Plain text files: their encoding found, legacy TCVN3 (VN3 or VN1 layout) and VNI text
converted, lines split as editors number them, and every file's lines bounded in number and
length."""

from __future__ import annotations

import codecs
import re

from linter.document import Line, make_line
from linter.read import legacy, vn1
from linter.read.error import ReadError

# A commitment is a few hundred lines of at most a few thousand characters; a plan a few
# thousand lines. Far beyond these, per-file work (and memory) would grow without purpose.
MAX_LINES = 50_000
MAX_LINE_CHARS = 100_000


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
    """Text and the encoding it was read with: BOM, then UTF-8, then TCVN3 in the VN1 layout
    (already converted to Unicode, see linter/read/vn1.py), then Windows-1258."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise ReadError("CK002", encoding) from error
    if b"\x00" in data:
        raise ReadError("CK002", "binary")
    utf8 = _utf8(data)
    if utf8 is not None and not _looks_binary(utf8):
        return utf8, "utf-8"
    # VN1 puts capitals at control codes and in 0x80–0x9F: not UTF-8, and may look binary.
    if vn1.detect(data):
        return _not_binary(vn1.decode(data)), vn1.ENCODING
    if utf8 is not None:
        raise ReadError("CK002", "binary")
    try:
        return _not_binary(data.decode("cp1258")), "cp1258"
    except UnicodeDecodeError:
        raise ReadError("CK002", "unknown") from None


def _utf8(data: bytes) -> str | None:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _not_binary(text: str) -> str:
    if _looks_binary(text):
        raise ReadError("CK002", "binary")
    return text


def split_lines(text: str) -> list[str]:
    """Split on \\n, \\r\\n and \\r only, as editors number lines."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_text(data: bytes) -> tuple[list[Line], str]:
    """Lines and the encoding; text typed in TCVN3 or VNI is converted first (before
    normalising, which would drop TCVN3's soft-hyphen "ư") and its encoding returned. Text in
    TCVN3's VN1 layout is converted as it is decoded (`decode`)."""
    text, encoding = decode(data)
    legacy_encoding = None if encoding == vn1.ENCODING else legacy.detect(text)
    if legacy_encoding:
        text, encoding = legacy.convert(text, legacy_encoding), legacy_encoding
    return lines_of(split_lines(text)), encoding


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


def lines_of(texts: list[str]) -> list[Line]:
    return [make_line(n, raw) for n, raw in enumerate(_bounded(texts), start=1)]
