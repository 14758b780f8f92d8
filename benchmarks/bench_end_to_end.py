"""`camket check --select duplicate --across-units` end to end, on generated .txt commitments.

    python benchmarks/bench_end_to_end.py --files 10000

Writes --files commitments (header, the six parts, ~400 syllables of items each; one planted
copy group per 20 files, see synthetic.py) into units of 20 folders, then runs the installed
`camket` command on them as a user would, JSON to a file. Prints wall time, files/s, the peak
memory of the camket process and how many planted pairs the JSON report links.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import Planted, Sentence, synthetic, with_implied

PART_TITLES = (
    "I. Về tư tưởng chính trị",
    "II. Về phẩm chất đạo đức, lối sống",
    "III. Về thực hiện chức trách, nhiệm vụ được giao",
    "IV. Về ý thức tổ chức kỷ luật",
    "V. Khắc phục, sửa chữa hạn chế, khuyết điểm",
    "VI. Kế hoạch hành động thực hiện Nghị quyết Đại hội",
)


def _item(sentence: Sentence) -> str:
    text = " ".join(sentence)
    return f"- {text[0].upper()}{text[1:]}."


def commitment(index: int, sentences: list[Sentence]) -> str:
    """A commitment whose items are the given sentences, spread over the six parts."""
    lines = [
        "ĐẢNG BỘ XÃ TÂN AN",
        f"CHI BỘ ẤP {index // 20 + 1}",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "",
        "BẢN CAM KẾT",
        "Tu dưỡng, rèn luyện, phấn đấu năm 2025",
        "",
        f"Họ và tên: Đảng viên số {index}",
        "",
    ]
    share = -(-len(sentences) // len(PART_TITLES))
    for part, title in enumerate(PART_TITLES):
        lines.append(title)
        lines.extend(_item(s) for s in sentences[part * share : (part + 1) * share])
        lines.append("")
    lines += ["Tân An, ngày 20 tháng 02 năm 2025", "NGƯỜI CAM KẾT", f"Đảng viên số {index}"]
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=10000)
    parser.add_argument("--shape", default="clustered")
    parser.add_argument("--rate", type=float, default=0.15)
    args = parser.parse_args()
    documents, planted = synthetic(args.files, args.shape, args.rate)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "batch"
        paths = []
        for index, sentences in enumerate(documents):
            unit = root / f"chi-bo-{index // 20:04d}"
            unit.mkdir(parents=True, exist_ok=True)
            path = unit / f"cam-ket-{index:05d}.txt"
            path.write_text(commitment(index, sentences), encoding="utf-8")
            paths.append(path)
        output = Path(folder) / "report.json"
        command = ["camket", "check", str(root), "--select", "duplicate", "--across-units"]
        command += ["--format", "json", "-o", str(output)]
        started = time.perf_counter()
        subprocess.run(command, check=False)
        elapsed = time.perf_counter() - started
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        report = json.loads(output.read_text(encoding="utf-8"))
    linked = {
        frozenset((Path(f["path"]).name, Path(f["related"][0]["path"]).name))
        for f in report["findings"]
        if f["rule"] == "CK401"
    }

    def names(copies: list[Planted]) -> set[frozenset[str]]:
        return {frozenset((paths[p.source].name, paths[p.copy].name)) for p in copies}

    wanted, implied = names(planted), names(with_implied(planted)) - names(planted)
    print(
        f"{args.files} files: {elapsed:.1f} s, {args.files / elapsed:.0f} files/s, "
        f"peak {peak:.0f} MB; planted pairs linked {len(wanted & linked)}/{len(wanted)}, "
        f"chain ends A–C {len(implied & linked)}/{len(implied)}, "
        f"other pairs {len(linked - wanted - implied)}, findings {len(report['findings'])}"
    )


if __name__ == "__main__":
    main()
