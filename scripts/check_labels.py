"""Re-read every labelled line of a corpus through camket's reader and check it is the intended text.

Usage: python scripts/check_labels.py [corpus/labels.yaml]
"""

from __future__ import annotations

import sys
from pathlib import Path

from linter.labels import load_labels, verify


def main() -> int:
    path = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parent.parent / "corpus/labels.yaml"
    )
    labels = load_labels(path)
    problems = verify(labels)
    for problem in problems:
        print(problem)
    counted = sum(len(f.vague) + len(f.specific) for f in labels.files)
    print(f"{len(labels.files)} files, {counted} labelled lines, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
