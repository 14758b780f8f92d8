"""One file never sinks the batch: files that are not regular files, files too big or too
complex, a file whose analysis hangs or kills its worker, and workers that die with camket."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TEXT

from linter.cli import main
from linter.config import Settings
from linter.engine import Analysis, DocumentJob, document_job
from linter.parallel import analyse_all
from linter.read.text import MAX_LINE_CHARS, MAX_LINES
from linter.rules import load_rules
from linter.sources import Source, discover

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, devices and signals")


def _check(folder: Path, *options: str) -> tuple[int, dict]:
    result = CliRunner().invoke(main, ["check", "--format", "json", *options, str(folder)])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.output)


def _by_file(report: dict) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for finding in report["findings"]:
        found.setdefault(Path(finding["path"]).name, []).append(finding["rule"])
    return found


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A cell folder with one good commitment (one vague line, CK101) beside the bad files."""
    folder = tmp_path / "chi-bo-khu-pho-4"
    folder.mkdir()
    (folder / "cam-ket-tot.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _good_file_checked(report: dict) -> None:
    assert "CK101" in _by_file(report)["cam-ket-tot.txt"]


def test_a_fifo_named_like_a_document_is_refused_without_blocking(batch):
    os.mkfifo(batch / "cam-ket-ong.txt")  # nobody writes to it: reading would wait forever
    started = time.monotonic()
    code, report = _check(batch, "--no-cache")
    assert time.monotonic() - started < 30
    assert code == 1
    _good_file_checked(report)
    assert _by_file(report)["cam-ket-ong.txt"] == ["CK018"]
    finding = next(f for f in report["findings"] if f["path"].endswith("cam-ket-ong.txt"))
    assert "FIFO" in finding["message"]


def test_links_to_devices_and_sparse_giants_are_refused_before_reading(batch):
    (batch / "cam-ket-zero.txt").symlink_to("/dev/zero")
    with (batch / "cam-ket-thua.txt").open("wb") as stream:
        stream.truncate(8 * 1024**3)  # 8 GB, sparse: nothing is written
    code, report = _check(batch, "--no-cache")
    assert code == 1
    _good_file_checked(report)
    found = _by_file(report)
    assert found["cam-ket-zero.txt"] == ["CK018"]
    assert found["cam-ket-thua.txt"] == ["CK005"]


def test_too_many_lines_or_one_endless_line_is_too_complex(batch):
    (batch / "cam-ket-dai.txt").write_text(
        "- Hoàn thành tốt nhiệm vụ được giao.\n" * (MAX_LINES + 1), encoding="utf-8"
    )
    (batch / "cam-ket-mot-dong.txt").write_text(
        "Dự đủ 12 buổi sinh hoạt chi bộ ngày 5/1/2025. " * (MAX_LINE_CHARS // 40),
        encoding="utf-8",
    )
    code, report = _check(batch, "--no-cache")
    assert code == 1
    _good_file_checked(report)
    found = _by_file(report)
    assert found["cam-ket-dai.txt"] == ["CK019"]
    assert found["cam-ket-mot-dong.txt"] == ["CK019"]


class _Troublesome(DocumentJob):
    """The real per-document job, except on files named to hang or to kill their worker, as a
    pathological file or a crashing library would."""

    def analyse(self, source: Source, data: bytes | None = None) -> Analysis:
        if "treo" in source.display:
            time.sleep(60)
        if "sap" in source.display:
            os.kill(os.getpid(), signal.SIGKILL)
        return super().analyse(source, data)


def _troublesome_batch(folder: Path, names: list[str]) -> tuple[list[Source], DocumentJob]:
    for name in names:
        (folder / name).write_text(TEXT.replace("KHU PHỐ 4", name.upper()), encoding="utf-8")
    job = document_job(load_rules(), Settings())
    troublesome = _Troublesome(job.rules, job.active, job.parts, job.split, job.lang)
    return discover([folder]), troublesome


def test_a_file_over_the_time_limit_is_reported_and_its_worker_replaced(batch):
    names = ["cam-ket-a.txt", "cam-ket-treo.txt", "cam-ket-b.txt", "cam-ket-c.txt"]
    sources, job = _troublesome_batch(batch, names)
    started = time.monotonic()
    analyses = analyse_all(sources, job, jobs=2, cache_dir=None, timeout=3)
    assert time.monotonic() - started < 30
    by_name = {Path(a.entry.path).name: a for a in analyses}
    assert [f.rule for f in by_name["cam-ket-treo.txt"].findings] == ["CK020"]
    assert by_name["cam-ket-treo.txt"].document is None
    for name in ("cam-ket-a.txt", "cam-ket-b.txt", "cam-ket-c.txt", "cam-ket-tot.txt"):
        assert by_name[name].document is not None
        assert "CK101" in [f.rule for f in by_name[name].findings]


def test_a_worker_killed_on_one_file_loses_only_that_file(batch):
    names = ["cam-ket-sap.txt", "cam-ket-d.txt", "cam-ket-e.txt"]
    sources, job = _troublesome_batch(batch, names)
    analyses = analyse_all(sources, job, jobs=2, cache_dir=None)
    by_name = {Path(a.entry.path).name: a for a in analyses}
    crashed = by_name["cam-ket-sap.txt"].findings
    assert [f.rule for f in crashed] == ["CK007"] and "SIGKILL" in crashed[0].message
    for name in ("cam-ket-d.txt", "cam-ket-e.txt", "cam-ket-tot.txt"):
        assert "CK101" in [f.rule for f in by_name[name].findings]


@pytest.mark.parametrize("timeout", [60, 0])  # in workers, and in this process
def test_whatever_a_reading_library_raises_is_that_files_input_finding(batch, monkeypatch, timeout):
    import pypdf

    def fails(stream):
        raise RuntimeError("pypdf met something it did not expect")

    monkeypatch.setattr(pypdf, "PdfReader", fails)  # the library itself raising
    (batch / "cam-ket-scan.pdf").write_bytes(b"%PDF-1.7\n" + TEXT.encode("utf-8"))
    for name in ("cam-ket-a.txt", "cam-ket-b.txt"):
        (batch / name).write_text(TEXT, encoding="utf-8")
    code, report = _check(batch, "--no-cache", "--timeout", str(timeout))
    assert code == 1
    _good_file_checked(report)
    found = _by_file(report)
    assert found["cam-ket-scan.pdf"] == ["CK018"]
    assert "CK101" in found["cam-ket-a.txt"] and "CK101" in found["cam-ket-b.txt"]


def test_the_same_analyses_in_workers_and_in_this_process(batch):
    sources, job = _troublesome_batch(batch, ["cam-ket-f.txt", "cam-ket-g.txt"])
    in_workers = analyse_all(sources, job, jobs=2, cache_dir=None)
    here = analyse_all(sources, job, jobs=1, cache_dir=None, timeout=0)
    assert [a.findings for a in in_workers] == [a.findings for a in here]
    assert [a.entry for a in in_workers] == [a.entry for a in here]


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        children = (task / "children").read_text().split()
        found.update(int(child) for child in children)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc")
@pytest.mark.parametrize("how", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_workers_die_with_camket(tmp_path, how):
    folder = tmp_path / "chi-bo-lon"
    folder.mkdir()
    for n in range(400):
        text = TEXT.replace("12 buổi", f"{n % 12 + 1} buổi").replace("KHU PHỐ 4", f"KHU PHỐ {n}")
        (folder / f"cam-ket-{n:03}.txt").write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    process = subprocess.Popen(
        [sys.executable, "-m", "linter.cli", "check", "-q", "--no-cache", "-j", "2", str(folder)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and process.poll() is None:
            workers = _children(process.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the run never started its workers"
        process.send_signal(how)
        process.wait(30)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(pid) for pid in workers)
    finally:
        if process.poll() is None:
            process.kill()


def _deep_folder(root: Path, total: int) -> Path:
    """Folders nested until their path is longer than `total` characters, made through
    directory handles (the path itself is too long to pass to the system)."""
    name = "thu-muc-luu-tru-ho-so-dang-vien-" * 7  # 224 characters
    handle = os.open(root, os.O_RDONLY)
    depth = 0
    try:
        while len(str(root)) + depth * (len(name) + 1) <= total:
            os.mkdir(name, dir_fd=handle)
            inner = os.open(name, os.O_RDONLY, dir_fd=handle)
            os.close(handle)
            handle = inner
            depth += 1
        descriptor = os.open("cam-ket.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=handle)
        os.write(descriptor, TEXT.encode("utf-8"))
        os.close(descriptor)
    finally:
        os.close(handle)
    return root / name


def test_a_folder_beyond_the_longest_path_is_reported_not_skipped(batch):
    _deep_folder(batch, 4200)
    code, report = _check(batch, "--no-cache")
    assert code == 1
    _good_file_checked(report)
    faults = [f for f in report["findings"] if f["rule"] == "CK021"]
    assert len(faults) == 1 and "đường dẫn quá dài" in faults[0]["message"]


def test_a_folder_that_cannot_be_listed_is_reported(batch, monkeypatch):
    locked = batch / "khoa"
    locked.mkdir()
    (locked / "cam-ket-an.txt").write_text(TEXT, encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path=".", *args, **kwargs):  # root lists any folder: refuse as a user sees it
        if Path(os.fsdecode(path)) == locked:
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    code, report = _check(batch, "--no-cache")
    assert code == 1
    _good_file_checked(report)
    (fault,) = [f for f in report["findings"] if f["rule"] == "CK021"]
    assert fault["path"] == locked.as_posix() and "không có quyền mở" in fault["message"]


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "csv", "html"])
def test_a_folder_name_that_is_not_utf8_is_a_printable_unit(batch, fmt):
    folder = os.path.join(os.fsencode(batch), b"chi-bo-\xfe")
    os.mkdir(folder)
    with open(os.path.join(folder, b"cam-ket.txt"), "w", encoding="utf-8") as stream:
        stream.write(TEXT)
    result = CliRunner().invoke(main, ["check", "--no-cache", "--format", fmt, str(batch)])
    assert result.exit_code == 1, result.output
    # JSON escapes the backslash; a SARIF URI percent-encodes it.
    shown = {"json": "chi-bo-\\\\xfe", "sarif": "chi-bo-%5Cxfe"}.get(fmt, "chi-bo-\\xfe")
    assert shown in result.output
    if fmt == "json":
        units = {entry["unit"] for entry in json.loads(result.output)["files"]}
        assert units == {"chi-bo-khu-pho-4", "chi-bo-\\xfe"}
