"""Two checkouts of camket side by side on one generated batch, cold (not a timed test).

Usage: python benchmarks/bench_compare.py [--base b6eb367] [--head .] [--files 1000]
                                          [--repeat 3] [--jobs 0] [--ignore duplicate,CK404]
                                          [--realistic] [--format txt|docx|both] [--keep DIR]

Builds one batch with bench_batch.py's generator (--realistic: its realistic mode; --format: the
commitments as .txt, as Word files, or half of each), then times
`python -m linter.cli check -q --format json DIR` of each checkout, each run a separate
process with PYTHONPATH set to its checkout and an empty cache folder of its own (cold). The
runs alternate base, head, head, base, … so that a drift of the shared machine weighs on both
alike. `--base` and `--head` are a checkout's folder or a git revision of this repository (a
revision is exported with `git archive` to a temporary folder and removed afterwards). Each
checkout first checks a file untimed, so neither pays for compiling its .pyc files (written
even when PYTHONDONTWRITEBYTECODE is set here: an installed camket has them).

Prints each run's wall seconds, files/s and CPU seconds (of the process and its workers), the
median files/s of each side and their ratio (head / base), the ratio of each pair of runs made
one after the other (less swayed by other work on a shared machine than the medians) and of
their CPU seconds, and the findings of each side by rule (from its first run: the two checkouts
may judge differently).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_batch import build

REPOSITORY = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Side:
    name: str
    folder: Path


@dataclass(frozen=True)
class Timing:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process and its workers
    code: int


@contextlib.contextmanager
def checkout(spec: str, scratch: Path, name: str) -> Iterator[Path]:
    """A folder holding the camket of `spec`: a folder as it is, or a revision exported."""
    folder = Path(spec)
    if (folder / "linter" / "cli.py").is_file():
        yield folder.resolve()
        return
    target = scratch / f"camket-{name}"
    target.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(REPOSITORY), "archive", spec], check=True, capture_output=True
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive, check=True)
    try:
        yield target
    finally:
        shutil.rmtree(target, ignore_errors=True)


def command(args: argparse.Namespace, root: Path) -> list[str]:
    found = [sys.executable, "-m", "linter.cli", "check", "-q", "--format", "json"]
    found += ["--jobs", str(args.jobs)]
    if args.ignore:
        found += ["--ignore", args.ignore]
    return [*found, str(root)]


def timed(side: Side, argv: list[str], cache: Path, output: Path) -> Timing:
    """One cold run of `side`: an empty cache folder, its report written to `output`."""
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    env = {**os.environ, "PYTHONPATH": str(side.folder), "CAMKET_CACHE_DIR": str(cache)}
    for name in ("CAMKET_DEBUG", "PYTHONDONTWRITEBYTECODE"):  # .pyc written, as installed
        env.pop(name, None)
    with output.open("wb") as stream:
        start = time.perf_counter()
        process = subprocess.Popen(
            argv, env=env, cwd=cache.parent, stdout=stream, stderr=subprocess.PIPE
        )
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(
            f"{side.name}: exit {code}\n{process.stderr.read().decode() if process.stderr else ''}"
        )
    return Timing(elapsed, usage.ru_utime + usage.ru_stime, code)


def by_rule(report: Path) -> dict[str, int]:
    findings = json.loads(report.read_text(encoding="utf-8"))["findings"]
    return dict(sorted(collections.Counter(f["rule"] for f in findings).items()))


def order(repeat: int) -> list[int]:
    """Side indices run by run: 0 1 1 0 0 1 1 0 …"""
    found: list[int] = []
    for index in range(repeat):
        found += [0, 1] if index % 2 == 0 else [1, 0]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", default="b6eb367")
    parser.add_argument("--head", default=str(REPOSITORY))
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument(
        "--ignore", default="", help="rules both sides leave out, e.g. duplicate,CK404"
    )
    parser.add_argument("--realistic", action="store_true", help="bench_batch.py --realistic")
    parser.add_argument(
        "--format", choices=("txt", "docx", "both"), default="txt", help="the commitments' format"
    )
    parser.add_argument("--keep", type=Path, help="keep the batch and the reports in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="camket-compare-") as scratch_name:
        scratch = Path(scratch_name)
        work = args.keep or scratch
        root = work / "ho-so"
        root.mkdir(parents=True)
        written = build(root, args.files, args.words, args.format, args.realistic)
        total = len(list(root.rglob("*.*")))
        mode = "realistic" if args.realistic else "corpus items drawn at random"
        print(
            f"batch: {total} files ({len(written)} commitments as {args.format}, {mode}), "
            f"jobs {args.jobs}"
        )
        print(f"ignore: {args.ignore or '-'}")
        with (
            checkout(args.base, scratch, "base") as base_folder,
            checkout(args.head, scratch, "head") as head_folder,
        ):
            sides = (Side("base", base_folder), Side("head", head_folder))
            argv = command(args, root)
            sample = next(root.iterdir())
            for side in sides:  # compile each side's .pyc files, untimed
                timed(side, [*argv[:-1], str(sample)], scratch / "cache", scratch / "warm.json")
            runs: dict[str, list[Timing]] = {side.name: [] for side in sides}
            for index in order(args.repeat):
                side = sides[index]
                report = work / f"{side.name}-{len(runs[side.name])}.json"
                run = timed(side, argv, scratch / "cache", report)
                runs[side.name].append(run)
                print(
                    f"  {side.name}: {run.wall:6.2f} s  {total / run.wall:6.1f} files/s  "
                    f"CPU {run.cpu:6.1f} s  exit {run.code}",
                    flush=True,
                )
            rates = {}
            for side in sides:
                rate = statistics.median(total / run.wall for run in runs[side.name])
                rates[side.name] = rate
                print(f"{side.name} ({side.folder}): median {rate:.1f} files/s")
            print(f"head / base: {rates['head'] / rates['base']:.3f}")
            paired = zip(runs["base"], runs["head"], strict=True)  # run side by side
            ratios = [(b.wall / h.wall, b.cpu / h.cpu) for b, h in paired]
            print(
                f"head / base run by run (files/s): median {statistics.median(r for r, _ in ratios):.3f}"
                f" ({', '.join(f'{r:.3f}' for r, _ in ratios)}); CPU seconds base / head: median"
                f" {statistics.median(c for _, c in ratios):.3f}"
            )
            for side in sides:
                print(f"{side.name} findings by rule: {by_rule(work / f'{side.name}-0.json')}")


if __name__ == "__main__":
    main()
