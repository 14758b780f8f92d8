"""`camket check one.docx` of two checkouts side by side: the wall time of one file, start-up
included (not a timed test).

Usage: python benchmarks/bench_one.py [--base REV] [--head .] [--repeat 10] [--words 1250]
                                      [--file PATH] [--timeout 60]

Checks one file with `python -m linter.cli check --no-cache --format json FILE` of each
checkout, each run a separate process (PYTHONPATH its checkout, the working folder a scratch
folder, so `-m` finds no other camket), alternating base, head, head, base, … so that a drift of
the shared machine weighs on both alike. The file is a generated commitment of about --words
words written as Word (bench_batch.py's generator), or --file; it is copied alone into a folder
of its own, so that no neighbour is read as context for the copy check (a file in /tmp would be
compared with everything in /tmp). Each checkout first runs once untimed, writing its .pyc
files as installing camket does (PYTHONDONTWRITEBYTECODE is not passed on: with it, every run
would compile camket's sources again).

Prints each run's wall and CPU seconds (the process and its workers), each side's median and
best, their ratio, and whether the two reports are the same.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import commitment, corpus_items, write_docx
from bench_compare import Side, checkout, order

REPOSITORY = Path(__file__).resolve().parent.parent


def timed(side: Side, argv: list[str], cwd: Path) -> tuple[float, float, int, bytes]:
    """Wall seconds, CPU seconds (the process and its workers), exit code and report."""
    env = {**os.environ, "PYTHONPATH": str(side.folder)}
    for name in ("CAMKET_DEBUG", "PYTHONDONTWRITEBYTECODE"):  # .pyc written, as installed
        env.pop(name, None)
    start = time.perf_counter()
    process = subprocess.Popen(
        argv, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
    )
    output = process.stdout.read() if process.stdout else b""
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    return elapsed, usage.ru_utime + usage.ru_stime, os.waitstatus_to_exitcode(status), output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", default="HEAD")
    parser.add_argument("--head", default=str(REPOSITORY))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--words", type=int, default=1250)
    parser.add_argument("--file", type=Path, help="check this file instead of a generated one")
    parser.add_argument("--timeout", default="60", help="camket's --timeout (0: no workers)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="camket-one-") as scratch_name:
        scratch = Path(scratch_name)
        unit = scratch / "alone" / "chi-bo"
        unit.mkdir(parents=True)
        if args.file:
            target = unit / args.file.name
            shutil.copyfile(args.file, target)
        else:
            target = unit / "one.docx"
            text = commitment(0, corpus_items(), args.words, random.Random(1))
            write_docx(target, text)
            print(f"generated commitment: {len(text.split())} words, {target.stat().st_size} bytes")
        argv = [sys.executable, "-m", "linter.cli", "check", "--no-cache", "--format", "json"]
        argv += ["--timeout", args.timeout, str(target)]
        work = scratch / "work"
        work.mkdir()
        with (
            checkout(args.base, scratch, "base") as base_folder,
            checkout(args.head, scratch, "head") as head_folder,
        ):
            sides = (Side("base", base_folder), Side("head", head_folder))
            reports: dict[str, set[bytes]] = {side.name: set() for side in sides}
            walls: dict[str, list[float]] = {side.name: [] for side in sides}
            for side in sides:  # untimed: .pyc files written, the page cache warm
                timed(side, argv, work)
            for index in order(args.repeat):
                side = sides[index]
                wall, cpu, code, report = timed(side, argv, work)
                if code not in (0, 1):
                    sys.exit(f"{side.name}: exit {code}")
                walls[side.name].append(wall)
                reports[side.name].add(report)
                print(f"  {side.name}: {wall:5.2f} s  CPU {cpu:5.2f} s  exit {code}", flush=True)
            for side in sides:
                times = walls[side.name]
                print(
                    f"{side.name} ({side.folder}): median {statistics.median(times):.2f} s, "
                    f"best {min(times):.2f} s"
                )
            ratio = statistics.median(walls["head"]) / statistics.median(walls["base"])
            print(f"head / base (median wall): {ratio:.3f}")
            same = len(reports["base"] | reports["head"]) == 1
            print(f"reports: {'the same' if same else 'DIFFERENT'} on both sides")


if __name__ == "__main__":
    main()
