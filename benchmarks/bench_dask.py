"""What `camket check` costs per document, on one machine and on a Dask cluster (not a timed
test; the figures of docs/scale.md).

Usage: python benchmarks/bench_dask.py [--files 1000] [--words 1250] [--format txt|docx|both]
                                       [--folder DIR] [--dask local:2] [--across-units]
                                       [--no-local] [--counts]

Builds (unless --folder names one) --files commitments as bench_batch.py does (units of 10 with their plan, items of the
corpus's commitments with their figures changed), then runs this checkout's camket (python -m
linter.cli, not an installed one), each as a separate process:

- `camket check --format json DIR`, cold (an empty cache folder), unless --no-local;
- `camket check --format json --dask ADDRESS DIR` when --dask is given (the cache is not used
  with --dask);

and prints for each the wall time, the files/s, the CPU seconds and the peak memory of the
process tree (camket and its workers; a local cluster's workers are camket's children), and
whether the two JSON reports are byte-identical.

With --counts it also analyses the batch through the Python API on a local cluster of
--dask's size and prints what the copy join moves: fingerprints per commitment (the records
of the shuffle, 20 bytes each), the encoded analysis per file (what comes back to this
machine), the seeds and candidate pairs the join returns, the time of the join and of
verifying the pairs' passages on this machine, and each process's peak memory.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

from bench_batch import _tree_rss, build  # noqa: E402


def run(command: list[str], env: dict[str, str], output: Path, files: int) -> str:
    """One run, its report written to `output`: wall time, CPU seconds and peak memory of the
    process tree (sampled from /proc every 100 ms, as bench_batch.py does)."""
    peak = 0
    done = threading.Event()
    start = time.perf_counter()
    with output.open("wb") as sink, output.with_suffix(".err").open("wb") as errors:
        process = subprocess.Popen(command, env=env, stdout=sink, stderr=errors)

        def sample() -> None:
            nonlocal peak
            while not done.wait(0.1):
                peak = max(peak, _tree_rss(process.pid))

        sampler = threading.Thread(target=sample)
        sampler.start()
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        done.set()
        sampler.join()
    cpu = usage.ru_utime + usage.ru_stime
    return (
        f"{wall:.1f} s = {files / wall:.1f} files/s, CPU {cpu:.1f} s "
        f"({1000 * cpu / files:.1f} ms/file), peak {peak / 2**20:.0f} MB, "
        f"exit {os.waitstatus_to_exitcode(status)}"
    )


def counts(root: Path, address: str, across_units: bool) -> None:
    from linter.checks import duplicate
    from linter.codec import encode
    from linter.config import Settings
    from linter.distributed import dask_stages
    from linter.engine import run as check
    from linter.rules import load_rules

    rules = load_rules(())
    settings = Settings(across_units=across_units)
    with dask_stages(address, "vi") as stages:
        joined = {}
        original = stages.copy_seeds

        def copy_seeds(members, across, form):  # the real join, its answer and time kept
            started = time.perf_counter()
            joined["members"] = members
            joined["seeds"] = original(members, across, form)
            joined["form"] = form
            joined["wall"] = time.perf_counter() - started
            return joined["seeds"]

        def aligned(*args):  # the passages verified here, timed
            started = time.perf_counter()
            found = verify(*args)
            joined["aligned"] = joined.get("aligned", 0.0) + time.perf_counter() - started
            return found

        stages.copy_seeds = copy_seeds
        verify = duplicate._aligned
        duplicate._aligned = aligned
        start = time.perf_counter()
        report = check([root], rules, settings, stages=stages)
        wall = time.perf_counter() - start
        workers = stages.cluster.client.run(_peak_memory)
    members, seeds, form = joined["members"], joined["seeds"], joined["form"]
    records = [sum(1 for value, _ in d.prints or () if value not in form) for d in members]
    sizes = [len(encode(_analysis(d, report))) for d in report.documents[:200]]
    print(f"API run on {address}: {wall:.1f} s, {len(report.findings)} findings")
    print(
        "peak memory: each worker "
        + ", ".join(f"{peak / 2**20:.0f} MB" for peak in sorted(workers.values()))
        + f"; this process (the client, holding every document) {_peak_memory() / 2**20:.0f} MB"
    )
    print(
        f"commitments {len(members)}: fingerprints per commitment (records of the shuffle) "
        f"mean {statistics.mean(records):.0f}, median {statistics.median(records):.0f}, "
        f"max {max(records)}; {sum(records)} records = {20 * sum(records) / 2**20:.1f} MB"
    )
    print(
        f"encoded analysis per file (sent back): mean {statistics.mean(sizes) / 1024:.1f} KB "
        f"over {len(sizes)} files"
    )
    total = sum(len(v) for v in seeds.values())
    print(
        f"seeds returned {total} ({16 * total / 2**20:.1f} MB) for {len(seeds)} candidate pairs "
        f"= {len(seeds) / len(members):.2f} pairs per commitment; the join took "
        f"{joined['wall']:.1f} s, verifying the pairs' passages here {joined['aligned']:.1f} s "
        f"= {1000 * joined['aligned'] / max(1, len(seeds)):.2f} ms a pair"
    )


def _peak_memory() -> int:
    """This process's peak resident memory, in bytes (Linux reports kilobytes)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _analysis(document, report):
    from linter.engine import Analysis

    entry = next(e for e in report.files if e.path == document.path)
    findings = tuple(f for f in report.findings if f.path == document.path)
    return Analysis(entry, document, findings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--words", type=int, default=1250)
    parser.add_argument("--dask", default=None)
    parser.add_argument("--across-units", action="store_true")
    parser.add_argument("--no-local", action="store_true")
    parser.add_argument("--counts", action="store_true")
    parser.add_argument("--format", choices=("txt", "docx", "both"), default="txt")
    parser.add_argument("--folder", type=Path, help="check this folder instead of a generated one")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.folder:
            root = args.folder.resolve()
        else:
            root = Path(folder) / "ho-so"
            root.mkdir()
            build(root, args.files, args.words, args.format)
        total = sum(1 for path in root.rglob("*.*") if path.suffix != ".yaml")
        env = {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
            "CAMKET_CACHE_DIR": str(Path(folder) / "cache"),
        }
        base = [sys.executable, "-m", "linter.cli", "check", "--format", "json"]
        if args.across_units:
            base.append("--across-units")
        made = f"{args.files} commitments of about {args.words} words, {args.format}"
        print(f"{total} files ({args.folder or made})")
        reports = {}
        if not args.no_local:
            reports["local"] = Path(folder) / "local.json"
            print("local:", run([*base, str(root)], env, reports["local"], total))
        if args.dask:
            reports["dask"] = Path(folder) / "dask.json"
            command = [*base, "--dask", args.dask, str(root)]
            print(f"--dask {args.dask}:", run(command, env, reports["dask"], total))
        if len(reports) == 2:
            same = reports["local"].read_bytes() == reports["dask"].read_bytes()
            print("JSON reports byte-identical:", same)
        if args.counts:
            counts(root, args.dask or "local:2", args.across_units)


if __name__ == "__main__":
    main()
