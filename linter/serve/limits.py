"""How much one request may bring, and the refusal a request gets past a limit.

The per-file size is `camket check`'s own (linter.read.load); the zip rules are those camket
applies to a Word package (linter.read.container): a folder sent as a .zip may unpack to no
more than a package may, and no large member may be packed more tightly than a package's."""

from __future__ import annotations

from dataclasses import dataclass

from linter.read.container import LARGE_PART, MAX_RATIO, MAX_UNPACKED
from linter.read.load import MAX_BYTES
from linter.serve.messages import say

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    total_bytes: int = 100 * MB  # the whole request body
    files: int = 2_000  # files uploaded, zip members included
    file_bytes: int = MAX_BYTES  # one file, as `camket check` reads it
    unpacked_bytes: int = MAX_UNPACKED  # what one .zip unpacks to
    ratio: int = MAX_RATIO  # unpacked / packed size of a large zip member
    large_member: int = LARGE_PART  # from this size a member's ratio is checked


class Refused(Exception):
    """A request camket will not process: an HTTP status and a message key of
    linter.serve.messages with its values."""

    def __init__(self, status: int, key: str, **values: object) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.values = values

    def message(self, lang: str) -> str:
        values = dict(self.values)
        if "reason" in values:  # why a name is unsafe: a message key too
            values["reason"] = say(str(values["reason"]), lang)
        return say(self.key, lang, **values)

    def as_dict(self, lang: str) -> dict[str, object]:
        return {"error": {"code": self.key, "message": self.message(lang)}}


def megabytes(size: int) -> str:
    """A size for a message: "100" for 100 MB, "0.5" for half of one."""
    value = size / MB
    return f"{value:.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"
