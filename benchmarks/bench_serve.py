"""Memory and responsiveness of `camket serve` on a large upload (not a timed test).

Usage: python benchmarks/bench_serve.py [--files 500] [--words 1000] [--format both]
                                        [--through api|page]

Generates --files commitments with bench_batch.py's generator (units of 10 with their plan,
.txt, .docx or half of each), starts this checkout's `camket serve --port 0`, and sends them
all in one request — through POST /api/check, or (--through page) through the page in Debian's
Chromium, which also receives the HTML report, the xlsx and the JSON. Meanwhile it samples the
resident memory of the server's process tree (the server, the check's process and its
workers, summed, from /proc every 100 ms) and asks /api/health every 250 ms. Prints the upload
size, the time to the answer, the peak memory of the tree and of the server process alone, and
how fast /api/health answered while the batch ran.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from bench_batch import _tree_rss, build  # noqa: E402

MB = 1024 * 1024


def start_server(work: Path) -> tuple[subprocess.Popen[str], str]:
    inherited = os.environ.get("PYTHONPATH")
    env = {**os.environ, "PYTHONPATH": f"{ROOT}{os.pathsep}{inherited}" if inherited else str(ROOT)}
    env["TMPDIR"] = str(work)
    process = subprocess.Popen(
        [sys.executable, "-m", "linter.cli", "serve", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert process.stdout is not None
    found = re.search(r"http://127\.0\.0\.1:\d+/", process.stdout.readline())
    if not found:
        process.kill()
        raise SystemExit(f"camket serve did not start: {process.stderr.read()}")
    return process, found.group(0)


def own_rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


class Sampler(threading.Thread):
    """The peak memory of the server's process tree, and /api/health's answers, meanwhile."""

    def __init__(self, pid: int, url: str) -> None:
        super().__init__(daemon=True)
        self.pid, self.url = pid, url
        self.done = threading.Event()
        self.peak = 0
        self.latencies: list[float] = []
        self.failures = 0

    def run(self) -> None:
        last_health = 0.0
        with httpx.Client(timeout=5) as client:
            while not self.done.wait(0.1):
                self.peak = max(self.peak, _tree_rss(self.pid))
                if time.monotonic() - last_health >= 0.25:
                    last_health = time.monotonic()
                    try:
                        started = time.monotonic()
                        ok = client.get(self.url + "api/health").json()["status"] == "ok"
                        self.latencies.append(time.monotonic() - started)
                        self.failures += not ok
                    except (httpx.HTTPError, ValueError, KeyError):
                        self.failures += 1


def through_api(url: str, root: Path) -> tuple[int, int]:
    files = [
        ("files", (path.relative_to(root.parent).as_posix(), path.read_bytes()))
        for path in sorted(root.rglob("*"))
        if path.is_file()
    ]
    response = httpx.post(url + "api/check", files=files, timeout=3600)
    if response.status_code != 200:
        raise SystemExit(f"{response.status_code}: {response.text[:500]}")
    report = response.json()
    return report["summary"]["files"], report["summary"]["findings"]


def through_page(url: str, root: Path) -> tuple[int, int]:
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise SystemExit("no chromium on PATH: apt-get install chromium")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        page = browser.new_page()
        page.set_default_timeout(3_600_000)
        page.goto(url)
        page.set_input_files("#folder", str(root))
        page.click("#run")
        page.wait_for_selector("#results", state="visible")
        summary = page.inner_text("#summary")  # "Đã kiểm tra N tệp: M phát hiện."
        browser.close()
    files, findings = map(int, re.findall(r"\d+", summary)[:2])
    return files, findings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--words", type=int, default=1000)
    parser.add_argument("--format", choices=("txt", "docx", "both"), default="both")
    parser.add_argument("--through", choices=("api", "page"), default="api")
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        root = work / "ho-so"
        root.mkdir()
        build(root, arguments.files, arguments.words, arguments.format)
        paths = [p for p in root.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in paths)
        temp = work / "server-temp"
        temp.mkdir()
        process, url = start_server(temp)
        try:
            idle = _tree_rss(process.pid)
            sampler = Sampler(process.pid, url)
            sampler.start()
            started = time.monotonic()
            send = through_page if arguments.through == "page" else through_api
            files, findings = send(url, root)
            elapsed = time.monotonic() - started
            sampler.done.set()
            sampler.join()
            server_peak = own_rss(process.pid)
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=60)
        left = list(temp.iterdir())
    latencies = sorted(sampler.latencies)
    print(
        f"{len(paths)} files ({arguments.format}), {size / MB:.1f} MB sent through {arguments.through}: "
        f"{files} files checked, {findings} findings, answered in {elapsed:.1f} s"
    )
    print(
        f"peak memory of the server's process tree: {sampler.peak / MB:.0f} MB "
        f"(idle {idle / MB:.0f} MB; the server process alone peaked at {server_peak / MB:.0f} MB)"
    )
    if latencies:
        print(
            f"/api/health during the batch: {len(latencies)} answers, {sampler.failures} failures, "
            f"median {statistics.median(latencies) * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms"
        )
    print(f"left in the server's temporary folder: {len(left)} entries")


if __name__ == "__main__":
    main()
