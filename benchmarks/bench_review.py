"""What members' reports add to a unit's check (not a timed test).

Usage: python benchmarks/bench_review.py [--members 30] [--repeat 3] [--jobs 1]

Builds one cell folder of --members commitments, each with its 6-month report and its year-end
self-review: the members of the corpus's Tân Phước cells that have both (their real reports),
then other corpus commitments with reports written here from their items (one result per due
item, some paraphrased, some left out, one extra result; both periods). The cell's plan is
there too. Then it times `camket check --no-cache --format json` on the folder with the reports
and on a copy without them, each as a separate process and --repeat times (the median is
printed: a shared machine's timings wander), wall time and CPU time of the process and its
workers, and the same two runs in one process (the engine alone, start-up and the report's
writing left out). Target: the reports add at most 50 % to the unit's check.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
REAL_CELLS = (
    CORPUS / "dang-uy-xa-tan-phuoc" / "chi-bo-tram-y-te",
    CORPUS / "dang-uy-xa-tan-phuoc" / "chi-bo-truong-thcs",
)
PLAN = CORPUS / "dang-uy-xa-tan-phuoc" / "chi-bo-tram-y-te" / "ke-hoach-chi-bo.txt"


def _parsed(path: Path):
    from linter.document import Document
    from linter.parse import parse
    from linter.read import read
    from linter.sources import Source

    lines, fmt, encoding = read(Source(path, path.name, "bench"))
    document = Document(path.name, "bench", fmt, lines, encoding)
    document.outline = parse(document)
    return document


def _real_members() -> list[tuple[Path, list[Path]]]:
    """(commitment, its two reports) of the corpus members who have both."""
    members = []
    for cell in REAL_CELLS:
        for commitment in sorted(cell.glob("cam-ket-*")):
            slug = commitment.stem.removeprefix("cam-ket-")
            reports = sorted(cell.glob(f"so-ket-6-thang-{slug}.*")) + sorted(
                cell.glob(f"kiem-diem-{slug}.*")
            )
            if len(reports) == 2:
                members.append((commitment, reports))
    return members


RESULT_FORMS = (
    "Đã {item}; kết quả đạt {n}% so với cam kết.",
    "{item}: hoàn thành, có {n} lượt được thực hiện.",
    "Kết quả: {item}, xong ngày {day}/{month}/2025.",
)


def _report(author: str, items: list[str], midyear: bool, seed: int) -> str:
    """A member's report written from the commitment's due items."""
    title = (
        "BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2025"
        if midyear
        else "BẢN KIỂM ĐIỂM CÁ NHÂN NĂM 2025"
    )
    lines = [
        "ĐẢNG BỘ XÃ THỬ NGHIỆM\t\tĐẢNG CỘNG SẢN VIỆT NAM",
        "CHI BỘ THỬ NGHIỆM",
        title,
        f"Họ và tên: {author}",
        "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Về tư tưởng chính trị; phẩm chất đạo đức, lối sống; ý thức tổ chức kỷ luật",
        "- Chấp hành nghiêm chủ trương, đường lối của Đảng; sinh hoạt chi bộ đầy đủ.",
        "2. Việc thực hiện chức trách, nhiệm vụ được giao",
        "- Hoàn thành các nhiệm vụ chuyên môn được giao.",
        "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
    ]
    for index, item in enumerate(items):
        if (index + seed) % 4 == 3:
            continue  # a gap
        text = item.rstrip(".").split(";")[0]
        text = text[0].lower() + text[1:] if text else text
        form = RESULT_FORMS[(index + seed) % len(RESULT_FORMS)]
        lines.append(
            "- "
            + form.format(
                item=text, n=60 + (index * 7 + seed) % 40, day=10 + index % 18, month=3 + index % 9
            )
        )
    lines += [
        "- Tham gia hiến máu tình nguyện 1 lần tại Nhà văn hóa xã.",
        "Tự đánh giá: Hoàn thành tốt.",
        "II. HẠN CHẾ, KHUYẾT ĐIỂM",
        "- Có việc hoàn thành chậm so với đăng ký.",
        "VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC PHỤC",
        "- Hoàn thành các việc còn lại trong năm 2026.",
        f"Thử Nghiệm, ngày {'30 tháng 6' if midyear else '12 tháng 12'} năm 2025",
        "NGƯỜI TỰ KIỂM ĐIỂM" if not midyear else "NGƯỜI BÁO CÁO",
        author,
    ]
    return "\n".join(lines) + "\n"


def _other_members(count: int, taken: set[str]) -> list[tuple[Path, str, list[str]]]:
    """(commitment, its writer, its due items) of other corpus members with a name."""
    from linter.trace.review import committed_items

    found = []
    for path in sorted(CORPUS.rglob("cam-ket-*")):
        if len(found) == count:
            break
        if path.parent in REAL_CELLS or path.suffix not in (".txt", ".docx"):
            continue
        document = _parsed(path)
        author = document.outline.header.author
        if document.outline.kind != "commitment" or not author or author in taken:
            continue
        items = [item.text for item in committed_items(document) if item.expected]
        if len(items) >= 2:
            taken.add(author)
            found.append((path, author, items))
    return found


def build(folder: Path, members: int) -> tuple[Path, Path]:
    """The cell with its members' reports, and a copy without them."""
    with_reports, without = folder / "with" / "chi-bo", folder / "without" / "chi-bo"
    with_reports.mkdir(parents=True)
    without.mkdir(parents=True)
    for cell in (with_reports, without):
        shutil.copy2(PLAN, cell / PLAN.name)
    real = _real_members()[:members]
    authors = set()
    for number, (commitment, reports) in enumerate(real):
        for cell in (with_reports, without):
            shutil.copy2(commitment, cell / f"{number:02d}-{commitment.name}")
        for report in reports:
            shutil.copy2(report, with_reports / f"{number:02d}-{report.name}")
        authors.add(_parsed(commitment).outline.header.author or "")
    for offset, (commitment, author, items) in enumerate(
        _other_members(members - len(real), authors)
    ):
        number = len(real) + offset
        for cell in (with_reports, without):
            shutil.copy2(commitment, cell / f"{number:02d}-{commitment.name}")
        for midyear in (True, False):
            name = f"{number:02d}-{'so-ket' if midyear else 'kiem-diem'}.txt"
            (with_reports / name).write_text(
                _report(author, items, midyear, number), encoding="utf-8"
            )
    return with_reports, without


def _cli(folder: Path, jobs: int) -> tuple[float, float]:
    """Wall and CPU seconds (the process and its workers) of one `camket check`: on a shared
    machine the CPU time wanders less than the wall time."""
    command = [sys.executable, "-m", "linter.cli", "check", "--no-cache", "--format", "json"]
    command += ["--jobs", str(jobs), "-o", os.devnull, str(folder)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=False, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def _engine(folder: Path) -> tuple[float, int, int]:
    from linter.config import Settings
    from linter.engine import run
    from linter.rules import load_rules

    rules = load_rules()
    start = time.perf_counter()
    report = run([folder], rules, Settings())
    reports = sum(1 for entry in report.files if entry.kind == "report")
    review = sum(1 for finding in report.findings if finding.category == "review")
    return time.perf_counter() - start, reports, review


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--members", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="camket-review-") as work:
        with_reports, without = build(Path(work), args.members)
        files = (len(list(without.iterdir())), len(list(with_reports.iterdir())))
        print(f"cell: {files[0]} files without the reports, {files[1]} with them")
        cli = {name: [] for name in ("without", "with")}
        cpu = {name: [] for name in ("without", "with")}
        engine = {name: [] for name in ("without", "with")}
        for _ in range(args.repeat):
            for name, folder in (("without", without), ("with", with_reports)):
                wall, seconds = _cli(folder, args.jobs)
                cli[name].append(wall)
                cpu[name].append(seconds)
        _engine(without)  # underthesea and the rules loaded once, as in one CLI process
        for _ in range(args.repeat):
            engine["without"].append(_engine(without)[0])
            seconds, reports, review = _engine(with_reports)
            engine["with"].append(seconds)
        for label, times in (
            ("camket check, wall (process)", cli),
            ("camket check, CPU (process and workers)", cpu),
            ("engine.run, wall (in process)", engine),
        ):
            bare, full = statistics.median(times["without"]), statistics.median(times["with"])
            print(
                f"{label}: without reports {bare:.2f} s, with {full:.2f} s, "
                f"+{100 * (full - bare) / bare:.0f} %"
            )
        print(f"reports read: {reports}, review findings: {review}")


if __name__ == "__main__":
    main()
