"""The error every reader raises for a file it cannot read; its code names the `input` rule
that reports it, its detail fills the rule's message."""

from __future__ import annotations


class ReadError(Exception):
    """`detail` is a plain value, or {"vi": …, "en": …} when it is words."""

    def __init__(self, code: str, detail: str | dict[str, str] = "") -> None:
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
