"""Smoke test of the secretary's desk (`camket serve`), end to end, as a user would meet it.

Usage: python scripts/desk_smoke.py [--corpus corpus] [--no-browser]

1. starts `camket serve --port 0` (this checkout's camket) with its own temporary folder;
2. uploads each unit of the corpus (each top folder) through POST /api/check and checks the
   answer is byte for byte what `camket check --format json UNIT` prints;
3. uploads each unit through the page in Debian's Chromium (Playwright, never `playwright
   install`), choosing the folder with the folder button, and checks the findings the page
   lists are those of `camket check`;
4. sends an upload past the 100 MB limit and checks it gets 413 with its Vietnamese message;
5. stops the server (Ctrl-C) and checks it left nothing in its temporary folder.

Prints one line per check ("ok" or "FAIL") and exits 0 when every check passed, 1 otherwise.
Needs the `serve` and `test` extras (pip install -e ".[serve,test]") and, for step 3, Debian's
chromium (apt-get install chromium); --no-browser leaves step 3 out.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
MB = 1024 * 1024
failures: list[str] = []


def report(ok: bool, what: str) -> None:
    print(f"{'ok  ' if ok else 'FAIL'} {what}", flush=True)
    if not ok:
        failures.append(what)


def environment(temp: Path | None = None) -> dict[str, str]:
    inherited = os.environ.get("PYTHONPATH")
    path = str(ROOT) if not inherited else f"{ROOT}{os.pathsep}{inherited}"
    env = {**os.environ, "PYTHONPATH": path}
    if temp is not None:
        env["TMPDIR"] = str(temp)
    return env


def cli_json(corpus: Path, unit: str) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "linter.cli", "check", "--no-cache", "--format", "json", unit],
        cwd=corpus,
        capture_output=True,
        env=environment(),
        check=False,
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"camket check {unit} failed: {done.stderr.decode()}")
    return done.stdout


def folder_upload(folder: Path) -> list[tuple[str, tuple[str, bytes]]]:
    return [
        ("files", (path.relative_to(folder.parent).as_posix(), path.read_bytes()))
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]


def start_server(work: Path) -> tuple[subprocess.Popen[str], str, Path]:
    temp = work / "server-temp"
    temp.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "linter.cli", "serve", "--port", "0"],
        cwd=work,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=environment(temp),
    )
    assert process.stdout is not None
    banner = process.stdout.readline()
    found = re.search(r"http://127\.0\.0\.1:\d+/", banner)
    if not found:
        process.kill()
        raise SystemExit(f"camket serve did not start: {banner!r} {process.stderr.read()}")
    print(banner.rstrip(), flush=True)
    return process, found.group(0), temp


def key(findings: list[dict[str, object]]) -> Counter[tuple[object, ...]]:
    return Counter((f["path"], f["line"], f["rule"]) for f in findings)


def through_api(url: str, corpus: Path, units: list[Path], expected: dict[str, bytes]) -> None:
    for unit in units:
        started = time.monotonic()
        response = httpx.post(url + "api/check", files=folder_upload(unit), timeout=600)
        seconds = time.monotonic() - started
        same = response.status_code == 200 and response.content == expected[unit.name]
        summary = json.loads(expected[unit.name])["summary"]
        report(
            same,
            f"api  {unit.name}: {summary['files']} files, {summary['findings']} findings, "
            f"{'same as' if same else 'DIFFERENT from'} camket check ({seconds:.1f} s)",
        )


def through_page(url: str, units: list[Path], expected: dict[str, bytes]) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        report(False, "page: no chromium on PATH (apt-get install chromium, or --no-browser)")
        return
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for unit in units:
            page = browser.new_page()
            page.set_default_timeout(600_000)
            started = time.monotonic()
            page.goto(url)
            page.set_input_files("#folder", str(unit))
            page.click("#run")
            page.wait_for_selector("#results", state="visible")
            rows = page.eval_on_selector_all(
                "#findings tbody tr",
                "rows => rows.map(r => [r.cells[1].textContent, +r.cells[2].textContent,"
                " r.dataset.rule])",
            )
            seconds = time.monotonic() - started
            wanted = key(json.loads(expected[unit.name])["findings"])
            same = Counter(tuple(row) for row in rows) == wanted
            report(
                same,
                f"page {unit.name}: {len(rows)} findings listed, "
                f"{'same as' if same else 'DIFFERENT from'} camket check ({seconds:.1f} s)",
            )
            page.close()
        browser.close()


def oversize(url: str) -> None:
    boundary = "ranh-gioi"
    line = "Hoàn thành tốt nhiệm vụ được giao.\n".encode() * 8192
    sent = 0

    def body():
        nonlocal sent
        for n in range(12):  # 12 files of 10 MB: past the 100 MB limit
            yield (
                f'--{boundary}\r\nContent-Disposition: form-data; name="files"; '
                f'filename="chi-bo/cam-ket-{n}.txt"\r\n\r\n'
            ).encode()
            for _ in range(10 * MB // len(line) + 1):
                sent += len(line)
                yield line
            yield b"\r\n"
        yield f"--{boundary}--\r\n".encode()

    response = httpx.post(
        url + "api/check",
        content=body(),
        headers={"content-type": f"multipart/form-data; boundary={boundary}"},
        timeout=120,
    )
    message = response.json().get("error", {}).get("message", "")
    report(
        response.status_code == 413 and "vượt quá 100 MB" in message,
        f"limit: a 120 MB upload got {response.status_code} after {sent / MB:.0f} MB: {message}",
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--no-browser", action="store_true")
    arguments = parser.parse_args()
    corpus = arguments.corpus.resolve()
    units = sorted(path for path in corpus.iterdir() if path.is_dir())
    expected = {unit.name: cli_json(corpus, unit.name) for unit in units}
    with tempfile.TemporaryDirectory() as folder:
        process, url, temp = start_server(Path(folder))
        try:
            health = httpx.get(url + "api/health", timeout=10).json()
            report(health.get("status") == "ok", f"health: {health}")
            through_api(url, corpus, units, expected)
            if not arguments.no_browser:
                through_page(url, units, expected)
            oversize(url)
        finally:
            process.send_signal(signal.SIGINT)
            code = process.wait(timeout=30)
        report(code == 130, f"stopped with Ctrl-C: exit {code}")
        left = list(temp.iterdir())
        report(not left, f"temporary folder left empty ({len(left)} entries)")
    print(f"{'PASSED' if not failures else 'FAILED'}: {len(failures)} failure(s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
