"""Helpers of the `camket serve` tests: uploads made from folders, the CLI's own report to
compare with, a real server started as `camket serve`, the processes it leaves."""

from __future__ import annotations

import contextlib
import functools
import io
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from conftest import CORPUS, ROOT


def folder_upload(folder: Path, base: Path | None = None) -> list[tuple[str, tuple[str, bytes]]]:
    """The multipart `files` of a folder sent as a browser sends a folder: each file named by
    its path from `base` (default: the folder's parent, so the folder's own name leads)."""
    base = base or folder.parent
    return [
        ("files", (path.relative_to(base).as_posix(), path.read_bytes()))
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    ]


def zipped(folder: Path, base: Path | None = None) -> bytes:
    """A .zip of a folder as Windows' "Send to → Compressed folder" makes it."""
    base = base or folder.parent
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, path.relative_to(base).as_posix())
    return buffer.getvalue()


def cli_json(cwd: Path, *args: str) -> bytes:
    """What `camket check --format json ARGS` prints, run in `cwd`."""
    if cwd == CORPUS:  # the bundled corpus never changes under a test: checked once a session
        return _corpus_json(args)
    return _check_json(cwd, args)


@functools.cache
def _corpus_json(args: tuple[str, ...]) -> bytes:
    return _check_json(CORPUS, args)


def _check_json(cwd: Path, args: tuple[str, ...]) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "linter.cli", "check", "--no-cache", "--format", "json", *args],
        cwd=cwd,
        capture_output=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=300,
    )
    assert done.returncode in (0, 1), done.stderr.decode()
    return done.stdout


def children_of(pid: int) -> set[int]:
    """Every process descending from `pid`, read from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError, IndexError, ValueError):
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(stat[1])
    found, frontier = set(), [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in found:
                found.add(child)
                frontier.append(child)
    return found


def wait_until(condition, timeout: float = 30.0, step: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


class Server:
    """`camket serve --port 0 ARGS` as a user starts it, with its own temporary folder (TMPDIR)
    so a test can see what it leaves there."""

    ADDRESS = re.compile(r"(http://127\.0\.0\.1:\d+/)\S*")

    def __init__(self, tmp: Path, *args: str) -> None:
        self.temp = tmp / "server-temp"
        self.temp.mkdir()
        env = {**os.environ, "PYTHONPATH": str(ROOT), "TMPDIR": str(self.temp)}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "linter.cli", "serve", "--port", "0", *args],
            cwd=tmp,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert self.process.stdout is not None
        self.banner = self.process.stdout.readline()
        found = self.ADDRESS.search(self.banner)
        if not found:
            self.stop()
            raise AssertionError(f"no address in {self.banner!r}: {self.process.stderr.read()}")
        self.url = found.group(1)  # ends with "/"

    def leftovers(self) -> list[Path]:
        return list(self.temp.iterdir())

    def stop(self) -> int:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.process.returncode


@contextlib.contextmanager
def server(tmp: Path, *args: str):
    running = Server(tmp, *args)
    try:
        yield running
    finally:
        running.stop()


def chromium_path() -> str:
    """Debian's chromium for Playwright; the browser tests skip without it, unless
    CAMKET_REQUIRE_BROWSER=1 (CI), where they fail."""
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        found = None
    if found:
        return found
    if os.environ.get("CAMKET_REQUIRE_BROWSER") == "1":
        pytest.fail(
            "CAMKET_REQUIRE_BROWSER=1 but no chromium or no playwright (pip install '.[test]')"
        )
    pytest.skip("no chromium or playwright: install Debian's chromium and camket[test]")


@contextlib.contextmanager
def app_server(desk):
    """The desk's application with these settings on uvicorn, in this process, on a free port
    of 127.0.0.1: its URL."""
    import socket
    import threading

    import uvicorn

    from linter.serve.app import create_app

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    config = uvicorn.Config(create_app(desk), log_level="warning", lifespan="on")
    running = uvicorn.Server(config)
    thread = threading.Thread(target=running.run, kwargs={"sockets": [listener]}, daemon=True)
    thread.start()
    try:
        assert wait_until(lambda: running.started, 30)
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/"
    finally:
        running.should_exit = True
        thread.join(30)
        listener.close()
