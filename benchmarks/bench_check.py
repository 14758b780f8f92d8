"""Throughput of `camket check` on commitments copied from the bundled corpus (not a timed test).

Usage: python benchmarks/bench_check.py [--files 1000]

Copies the corpus's commitments (.txt and .docx) into units of 10 until there are --files of
them, then times one whole run in this process (read, parse, every rule), cold: underthesea is
imported during the run and its caches start empty. Prints files, seconds, files/s and how many
distinct items underthesea segmented and POS-tagged (copies repeat texts, so caches help; the
counts show how much).
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from linter import concrete
from linter.config import Settings
from linter.engine import run
from linter.rules import load_rules

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    args = parser.parse_args()
    commitments = sorted(p for p in CORPUS.rglob("cam-ket-*") if p.suffix in (".txt", ".docx"))
    with tempfile.TemporaryDirectory() as folder:
        for index in range(args.files):
            source = commitments[index % len(commitments)]
            unit = Path(folder) / f"chi-bo-{index // 10:03d}"
            unit.mkdir(exist_ok=True)
            shutil.copy(source, unit / f"{index:04d}-{source.name}")
        rules = load_rules()
        start = time.perf_counter()
        report = run([Path(folder)], rules, Settings())
        elapsed = time.perf_counter() - start
    files = len(report.files)
    segmented = concrete._words.cache_info().misses
    tagged = concrete._tagged.cache_info().misses
    print(
        f"{files} files, {len(report.findings)} findings, {elapsed:.2f} s, {files / elapsed:.0f} files/s"
    )
    print(f"underthesea: {segmented} distinct items segmented, {tagged} POS-tagged")


if __name__ == "__main__":
    main()
