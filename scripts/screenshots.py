"""Make the README's pictures of the HTML report with Debian's headless chromium.

    python scripts/screenshots.py

docs/html-report.png: one cell of the bundled corpus (counts, timeline, heat map, copies);
docs/html-report-document.png: one member's commitment with its findings beside the lines.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CELL = ROOT / "corpus" / "dang-uy-xa-tan-phuoc" / "chi-bo-truong-thcs"
MEMBER = CELL / "cam-ket-huynh-minh-tam.txt"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def html_report(paths: list[Path], output: Path) -> None:
    command = [sys.executable, "-m", "linter.cli", "check", "--format", "html", "-o", str(output)]
    subprocess.run([*command, *map(str, paths)], cwd=ROOT, check=False)


def screenshot(page: Path, picture: Path, size: str, work: Path) -> None:
    browser = shutil.which("chromium")
    if browser is None:
        sys.exit("chromium not found: apt-get install chromium")
    subprocess.run(
        [
            browser,
            *FLAGS,
            f"--user-data-dir={work / 'profile'}",
            f"--window-size={size}",
            f"--screenshot={picture}",
            page.as_uri(),
        ],
        check=True,
        capture_output=True,
    )
    print(f"{picture.relative_to(ROOT)}")


def main() -> None:
    docs = ROOT / "docs"
    docs.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        html_report([CELL.relative_to(ROOT)], work / "cell.html")
        screenshot(work / "cell.html", docs / "html-report.png", "1280,2300", work)
        html_report([MEMBER.relative_to(ROOT)], work / "member.html")
        screenshot(work / "member.html", docs / "html-report-document.png", "1280,1500", work)


if __name__ == "__main__":
    main()
