"""The reading stage: a file's bytes become a document's numbered lines, whatever the format.

`reader.read` is its one entry point (imported here on first use, so that `linter.document`
may use `linter.read.normalize` without a cycle): `load` takes only regular files of a bounded
size, `text`, `pdf`, `docx` and `odt` read each format (`container`, `package` and `xml` guard
the zip and XML ones), `legacy` and `vn1` convert old Vietnamese encodings, `normalize` makes
the text matchable, `reflow` puts hard-wrapped lines back into sentences.
"""

from __future__ import annotations

from typing import Any

_ENTRY = ("read", "supported", "DISCOVERED_SUFFIXES", "READABLE_SUFFIXES")


def __getattr__(name: str) -> Any:
    if name in _ENTRY:
        from linter.read import reader

        return getattr(reader, name)
    raise AttributeError(name)
