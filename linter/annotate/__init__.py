"""`camket annotate`: copies of the checked documents carrying one Word comment per finding.

- `anchor`: a finding's line and columns as the runs of a Word paragraph to comment on;
- `comment_text`: what the comment says;
- `plain`: a Word document made from the lines of a .txt, .md or .odt file;
- `copies`: one annotated copy, as the bytes of a .docx;
- `targets`: where each copy goes, and which output folders are refused;
- `output`: the copies written into a folder or into one .zip; `summary`: what was done.

Entry points: `annotate_to_folder` (the command) and `annotate_to_zip` (the web page).
"""

from __future__ import annotations

from linter.annotate.output import annotate_to_folder, annotate_to_zip
from linter.annotate.summary import Summary, summary_lines
from linter.annotate.targets import OutDirRefused, out_dir_problem

__all__ = [
    "OutDirRefused",
    "Summary",
    "annotate_to_folder",
    "annotate_to_zip",
    "out_dir_problem",
    "summary_lines",
]
