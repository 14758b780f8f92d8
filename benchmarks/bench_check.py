"""Throughput of `camket check` on copies of the bundled corpus (not a timed test).

Usage: python benchmarks/bench_check.py [--copies 30]
Prints files, seconds and files/s for the whole run (read, parse, per-document checks).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from linter.config import Settings
from linter.engine import run
from linter.rules import load_rules

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--copies", type=int, default=30)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for index in range(args.copies):
            shutil.copytree(
                CORPUS, Path(folder) / f"ban-{index:03d}", ignore=shutil.ignore_patterns("*.yaml")
            )
        rules = load_rules()
        start = time.perf_counter()
        report = run([Path(folder)], rules, Settings())
        elapsed = time.perf_counter() - start
    files = len(report.files)
    print(
        f"{files} files, {len(report.findings)} findings, {elapsed:.2f} s, {files / elapsed:.0f} files/s"
    )


if __name__ == "__main__":
    main()
