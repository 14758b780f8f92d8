"""Which relative paths an uploaded file or a zip member may have: a path below the upload's
folder and nothing else. A name that could reach outside it, or that another system would read
differently (a Windows drive or separator), is refused, never cleaned up: a cleaned name could
land two files on one path or put a file where its sender did not mean it."""

from __future__ import annotations

import re
import unicodedata
from pathlib import PurePosixPath

MAX_COMPONENT_BYTES = 255  # what Linux file systems take
MAX_DEPTH = 32  # folder levels; a party's archive has four or five

_DRIVE = re.compile(r"^[A-Za-z]:")


class UnsafeName(ValueError):
    """`reason` is a message key of linter.serve.messages ("name.parent", …)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _control(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" for char in text)


def safe_relative(name: str) -> PurePosixPath:
    """The name as a relative path of plain components, or UnsafeName saying what is wrong."""
    if _control(name):
        raise UnsafeName("name.control")
    if "\\" in name:
        raise UnsafeName("name.backslash")
    if name.startswith("/"):
        raise UnsafeName("name.absolute")
    if _DRIVE.match(name):
        raise UnsafeName("name.drive")
    parts = name.split("/")
    if parts and parts[-1] == "" and len(parts) > 1:  # "folder/": a folder entry of a zip
        parts = parts[:-1]
    if any(part == ".." for part in parts):
        raise UnsafeName("name.parent")
    if any(part == "" for part in parts):
        raise UnsafeName("name.empty")
    if any(part == "." for part in parts):
        raise UnsafeName("name.dot")
    if any(len(part.encode("utf-8", "surrogatepass")) > MAX_COMPONENT_BYTES for part in parts):
        raise UnsafeName("name.long")
    if len(parts) > MAX_DEPTH:
        raise UnsafeName("name.deep")
    return PurePosixPath(*parts)
