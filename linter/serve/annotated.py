"""The annotated Word copies of a check, as one .zip for the page's download button.

A hook for `camket annotate` (issue 16, part 2): it returns None until that command exists,
and the page shows no button for None. It runs in the check's child process, whose working
folder is the upload (`root`), with the paths the check was given (relative to it, as
`camket check` was given them) and the report the page shows."""

from __future__ import annotations

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
    return None
