"""The annotated Word copies of a check, as one .zip for the page's download button.

The copies are `camket annotate`'s, made from the report the page shows: one Word comment per
finding. It runs in the check's child process, whose working folder is the upload (`root`),
with the paths the check was given (relative to it, as `camket check` was given them); the
page shows no button when there is no copy to give."""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from linter.engine import Report
    from linter.report import Context


def annotated_zip(
    root: Path, paths: Sequence[Path], report: Report, context: Context
) -> bytes | None:
    """The .zip of the annotated copies of the upload's documents (each at its path in the
    report), or None when there is none to give."""
    from linter.annotate.output import annotate_to_zip

    buffer = io.BytesIO()
    summary = annotate_to_zip(report, list(paths), buffer, lang=context.lang)
    return buffer.getvalue() if summary.copies else None
