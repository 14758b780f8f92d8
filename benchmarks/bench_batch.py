"""End-to-end speed of the installed `camket` on a generated batch (not a timed test).

Usage: python benchmarks/bench_batch.py [--files 1000] [--words 1000] [--jobs 0]
                                        [--format txt|docx|both] [--repeat 3] [--realistic]
                                        [--checkout DIR|REV] [--batch DIR] [--keep DIR]
                                        [--cold-only] [--report json|sarif|text|csv|xlsx]

Builds --files commitments of about --words words each, in units of 10 with the unit's plan, by
assembling items of the bundled corpus's commitments with their figures changed. (Only 441 of
the 1,142 items hold a figure; the others recur word for word, so camket's caches of a text's
analysis, the segmenter's among them, meet repeats, for every checkout alike.) They are .txt
(the issue's target), .docx, or half of each. Members draw their items from the whole corpus at
random, so two members of a unit share two or three items on average: about ten copy findings
(CK401) per commitment (9,718 in a batch of 1,000 at 3d4467b), where the corpus's real units
have one in five (58 in 292 files). --realistic deals each unit's members distinct items
instead and plants one copied part per unit (one member's part 3 in another's), so a unit
holds a few copies, as real units do; across units the items still recur. Then it times, each as a separate process and
--repeat times (the median is printed; a shared machine's timings wander):

- `camket check DIR` cold (an empty cache folder) and warm (the same folder again), all checks
  including copies and dates, with the files/s, the CPU seconds of the process tree and the
  peak memory of the process tree (the sum over camket and its workers, sampled from /proc
  every 20 ms);
- `camket check one.docx` (start-up included, no cache), a commitment of the batch as Word,
  alone in a folder of its own (bench_one.py compares two checkouts on it);
- `camket --version`.

--checkout runs `python -m linter.cli` of a checkout (a folder, or a git revision exported with
`git archive`) instead of the installed `camket`; --batch checks a batch made before (e.g. with
--keep, which keeps the generated batch); --cold-only times the cold runs alone (a batch of
100,000 files takes a while); --report picks the report's format (json by default), written to
a file beside the batch, so its memory is measured too.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
HEADER = """ĐẢNG BỘ XÃ THỬ NGHIỆM {unit}\tĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ SỐ {unit}
\tThử Nghiệm, ngày {day} tháng 02 năm 2026
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: {name}
Chức vụ: đảng viên
"""
PARTS = (
    "1. Về tư tưởng chính trị",
    "2. Về phẩm chất đạo đức, lối sống",
    "3. Về thực hiện chức trách, nhiệm vụ được giao",
    "4. Về tổ chức kỷ luật",
    "5. Về khắc phục, sửa chữa hạn chế, khuyết điểm",
    "6. Về kế hoạch hành động thực hiện Nghị quyết Đại hội",
)
PLAN = """ĐẢNG BỘ XÃ THỬ NGHIỆM {unit}
CHI BỘ SỐ {unit}
Số 01-KH/CB\tThử Nghiệm, ngày 10 tháng 01 năm 2026
KẾ HOẠCH
Về việc đảng viên xây dựng bản cam kết tu dưỡng, rèn luyện, phấn đấu năm 2026
I. MỤC ĐÍCH, YÊU CẦU
- Mỗi đảng viên viết bản cam kết có việc làm cụ thể, chỉ tiêu, thời hạn.
II. TỔ CHỨC THỰC HIỆN
- Đảng viên nộp bản cam kết cho chi ủy trước ngày 28/02/2026.
"""
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ")
GIVEN = ("Văn An", "Thị Bình", "Minh Châu", "Quốc Dũng", "Thị Em", "Hữu Phúc", "Thanh Giang")


def corpus_items() -> list[str]:
    """Lines that are items (bullets or numbered) of the corpus's .txt commitments, decoded as
    camket decodes them (the corpus has UTF-16 and Windows-1258 files)."""
    from linter.read.text import decode

    items = []
    for path in sorted(CORPUS.rglob("cam-ket-*.txt")):
        for line in decode(path.read_bytes())[0].splitlines():
            if re.match(r"\s*[-•+]\s+\S", line) and len(line.split()) >= 8:
                items.append(line.strip())
    return items


def varied(item: str, rng: random.Random) -> str:
    """The item with each figure changed, so that every generated item is a new text."""
    return re.sub(r"\d+", lambda m: str(rng.randint(1, 99)), item)


UNIT_SIZE = 10
COPIED_PART = 2  # --realistic: the part (from 0) one member of each unit copies from another


def items_per_part(words: int) -> int:
    return max(1, words // (len(PARTS) * 18))


def commitment(
    index: int,
    items: list[str],
    words: int,
    rng: random.Random,
    parts: list[list[str]] | None = None,
) -> str:
    """A commitment whose items are drawn from `items` at random, or are `parts` (the items of
    each part) when given."""
    name = f"{rng.choice(SURNAMES)} {rng.choice(GIVEN)} {index}"
    lines = [HEADER.format(unit=index // UNIT_SIZE, day=rng.randint(11, 27), name=name)]
    per_part = items_per_part(words)
    for number, part in enumerate(PARTS):
        lines.append(part)
        if parts is None:
            lines.extend(varied(rng.choice(items), rng) for _ in range(per_part))
        else:
            lines.extend(parts[number])
    lines.append("NGƯỜI CAM KẾT")
    lines.append(name)
    return "\n".join(lines) + "\n"


def unit_parts(
    members: int, items: list[str], words: int, rng: random.Random
) -> list[list[list[str]]]:
    """--realistic: the parts of a unit's members, items dealt from a shuffled deck of the
    corpus's items (no item twice in a unit while the deck lasts), figures varied; the second
    member copies the first's part COPIED_PART (with other figures)."""
    deck: list[str] = []

    def draw() -> str:
        if not deck:
            deck.extend(rng.sample(items, len(items)))
        return varied(deck.pop(), rng)

    per_part = items_per_part(words)
    found = [[[draw() for _ in range(per_part)] for _ in PARTS] for _ in range(members)]
    if members > 1:
        found[1][COPIED_PART] = [varied(item, rng) for item in found[0][COPIED_PART]]
    return found


def write_docx(path: Path, text: str) -> None:
    import docx

    document = docx.Document()
    for line in text.splitlines():
        document.add_paragraph(line)
    document.save(path)


def build(folder: Path, files: int, words: int, fmt: str, realistic: bool = False) -> list[Path]:
    rng = random.Random(2026)
    items = corpus_items()
    written = []
    dealt: list[list[list[str]]] = []
    for index in range(files):
        unit = folder / f"chi-bo-{index // UNIT_SIZE:04d}"
        if not unit.exists():
            unit.mkdir()
            (unit / "ke-hoach-chi-bo.txt").write_text(PLAN.format(unit=index // UNIT_SIZE), "utf-8")
            members = min(UNIT_SIZE, files - index)
            dealt = unit_parts(members, items, words, rng) if realistic else []
        parts = dealt[index % UNIT_SIZE] if realistic else None
        text = commitment(index, items, words, rng, parts)
        docx = fmt == "docx" or (fmt == "both" and index % 2)
        path = unit / f"cam-ket-{index:05d}.{'docx' if docx else 'txt'}"
        if docx:
            write_docx(path, text)
        else:
            path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def _tree_rss(root: int) -> int:
    """Resident memory of a process and all its descendants, in bytes."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
            parents[int(entry)] = int(stat[1])
            rss[int(entry)] = int(stat[21]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier.extend(children)
    return sum(rss.get(pid, 0) for pid in tree)


@dataclass(frozen=True)
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process tree
    peak: int  # bytes: the tree's summed resident memory, or the largest process's
    code: int


def timed(
    command: list[str], env: dict[str, str], tree_memory: bool, cwd: Path | None = None
) -> Run:
    """One run (in `cwd`: `python -m` puts the working folder first on the module path, so a
    checkout's run must not start inside another checkout). With `tree_memory`, a thread
    samples the process tree's memory every 100 ms (scanning /proc costs CPU the run competes
    for); else the peak is the largest process's."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    done = threading.Event()
    peak = 0

    def sample() -> None:
        nonlocal peak
        while not done.wait(0.1):
            peak = max(peak, _tree_rss(process.pid))

    sampler = threading.Thread(target=sample)
    if tree_memory:
        sampler.start()
    _, status, usage = os.wait4(process.pid, 0)  # this child's and its workers' usage
    elapsed = time.perf_counter() - start
    done.set()
    if tree_memory:
        sampler.join()
    process.returncode = os.waitstatus_to_exitcode(status)
    peak = max(peak, usage.ru_maxrss * 1024)
    return Run(elapsed, usage.ru_utime + usage.ru_stime, peak, process.returncode)


def repeated(
    command: list[str],
    env: dict[str, str],
    repeat: int,
    fresh: Path | None,
    tree: bool,
    cwd: Path | None = None,
) -> list[Run]:
    """`repeat` runs; `fresh` (a cache folder) is emptied before each."""
    runs = []
    for _ in range(repeat):
        if fresh is not None:
            shutil.rmtree(fresh, ignore_errors=True)
        runs.append(timed(command, env, tree, cwd))
    return runs


def summary(runs: list[Run], files: int | None = None) -> str:
    wall = statistics.median(r.wall for r in runs)
    rate = f" = {files / wall:.0f} files/s" if files else ""
    spread = ", ".join(f"{r.wall:.2f}" for r in runs)
    return (
        f"median {wall:.2f} s{rate} (runs: {spread}), CPU {statistics.median(r.cpu for r in runs):.1f} s, "
        f"peak {max(r.peak for r in runs) / 2**20:.0f} MB, exit {sorted({r.code for r in runs})}"
    )


@contextlib.contextmanager
def camket_command(spec: str | None, scratch: Path):
    """The command that runs camket: the installed one, or a checkout's."""
    if spec is None:
        camket = shutil.which("camket")
        if camket is None:
            raise SystemExit("install camket first (pip install .), or give --checkout")
        yield [camket], {}
        return
    from bench_compare import checkout

    with checkout(spec, scratch, "checkout") as folder:
        yield [sys.executable, "-m", "linter.cli"], {"PYTHONPATH": str(folder)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=0)
    parser.add_argument("--format", choices=("txt", "docx", "both"), default="txt")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--realistic", action="store_true", help="distinct items in a unit, one copied part each"
    )
    parser.add_argument("--checkout", help="a checkout's folder or a git revision to run")
    parser.add_argument("--batch", type=Path, help="check this batch instead of generating one")
    parser.add_argument("--keep", type=Path, help="generate the batch into this folder, kept")
    parser.add_argument("--cold-only", action="store_true", help="time the cold runs alone")
    parser.add_argument("--report", default="json", help="the report's format (default json)")
    args = parser.parse_args()
    with (
        tempfile.TemporaryDirectory(prefix="camket-bench-") as folder,
        camket_command(args.checkout, Path(folder)) as (camket, extra),
    ):
        root = (args.batch or (args.keep or Path(folder)) / "ho-so").resolve()
        if args.batch is None:
            root.mkdir(parents=True)
            written = build(root, args.files, args.words, args.format, args.realistic)
            words = [
                len(p.read_text(encoding="utf-8").split()) for p in written if p.suffix == ".txt"
            ]
            if words:
                print(
                    f"generated {len(written)} commitments, {statistics.mean(words):.0f} words each (.txt)"
                )
        cache = Path(folder) / "cache"
        env = {**os.environ, "CAMKET_CACHE_DIR": str(cache), **extra}
        report = Path(folder) / f"report.{args.report}"
        command = [*camket, "check", "--format", args.report, "--jobs", str(args.jobs)]
        command += ["-o", str(report), str(root)]
        total = len(list(root.rglob("*.*")))
        cold = repeated(command, env, args.repeat, fresh=cache, tree=True, cwd=Path(folder))
        print(f"cold: {total} files, {summary(cold, total)}", flush=True)
        if args.cold_only:
            return
        warm = repeated(command, env, args.repeat, fresh=None, tree=True, cwd=Path(folder))
        print(f"warm: {total} files, {summary(warm, total)}")
        one = Path(folder) / "alone" / "one.docx"  # alone: /tmp's files are not its context
        one.parent.mkdir()
        write_docx(one, commitment(0, corpus_items(), args.words, random.Random(1)))
        check_one = [*camket, "check", "--no-cache", str(one)]
        single = repeated(check_one, env, 5, None, tree=False, cwd=Path(folder))
        print(f"camket check one.docx: {summary(single)}")
        version = repeated([*camket, "--version"], env, 5, None, tree=False, cwd=Path(folder))
        print(f"camket --version: {summary(version)}")


if __name__ == "__main__":
    main()
