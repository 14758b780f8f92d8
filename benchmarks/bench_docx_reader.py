"""Word reading speed: the lxml reader (linter/read/docx.py) against the python-docx reader it
replaced (kept in tests/python_docx_reader.py), side by side in one process (not a timed test).

Usage: python benchmarks/bench_docx_reader.py [--repeat 5] [--words 1250]

Times, best of --repeat (time.perf_counter, the two readers alternated), each reader on: every .docx of corpus/ and
tests/fixtures/ in turn, and one generated commitment of about --words words (as
bench_batch.py writes them: python-docx, one paragraph a line). The new reader is given the
bytes, as sources.read passes them; the old one, as before, the package checks
(linter.read.container) and then python-docx opening the path (in the page cache after the first
round). Needs python-docx.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "benchmarks")]

from bench_batch import commitment, corpus_items, write_docx  # noqa: E402
from python_docx_reader import old_docx_paragraphs  # noqa: E402

from linter.read.container import check_word_package  # noqa: E402
from linter.read.docx import read_docx  # noqa: E402


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def old_reader(path: Path) -> object:
    check_word_package(path.read_bytes())
    return old_docx_paragraphs(path)


def compare(label: str, paths: list[Path], repeat: int) -> None:
    datas = [path.read_bytes() for path in paths]
    for path, data in zip(paths, datas, strict=True):
        assert read_docx(data) == old_docx_paragraphs(path), path
    old_times, new_times = [], []
    for _ in range(repeat):  # alternated, so that a busy machine slows both alike
        old_times.append(timed(lambda: [old_reader(path) for path in paths]))
        new_times.append(timed(lambda: [read_docx(data) for data in datas]))
    old, new = min(old_times), min(new_times)
    print(
        f"{label}: python-docx {old * 1000:.1f} ms, lxml {new * 1000:.1f} ms "
        f"({old / new:.1f}× faster; {len(paths)} files, best of {repeat})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--words", type=int, default=1250)
    args = parser.parse_args()
    found = sorted((*(ROOT / "corpus").rglob("*.docx"), *(ROOT / "tests/fixtures").rglob("*.docx")))
    real = [path for path in found if zipfile.is_zipfile(path)]
    compare("corpus and fixtures", real, args.repeat)
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "one.docx"
        text = commitment(0, corpus_items(), args.words, random.Random(1))
        write_docx(one, text)
        print(f"generated commitment: {len(text.split())} words")
        compare("one commitment", [one], args.repeat)


if __name__ == "__main__":
    main()
