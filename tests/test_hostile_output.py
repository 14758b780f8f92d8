"""What camket writes, and how it ends, under hostile conditions: reports sent to devices, FIFOs,
links, closed or broken streams and full disks; stop signals and internal errors; documents and
file names full of terminal escapes or bytes that are not UTF-8; lines long enough to make a
backtracking regex take minutes."""

from __future__ import annotations

import contextlib
import csv
import glob
import html.parser
import io
import json
import os
import re
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import ROOT, TEXT

from linter import files
from linter.citations import find_citations
from linter.cli import main
from linter.dates import DateStatus, find_dates, find_month_dates
from linter.findings import Finding
from linter.report import Context
from linter.report.github_report import render as render_github

VAGUE = "- Hoàn thành tốt nhiệm vụ được giao."
# C0 and C1 controls, DEL and a bidirectional override, as a terminal or a CI log would act on them.
UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
HOSTILE_NAME = "cam-ket-\x1b[31mdo\x07.txt"
# Clear screen, a hidden-text attribute, the one-byte CSI, a backspace, a bidirectional override
# and BEL on the vague item; an OSC 8 hyperlink on the first item; a line overwritten by a
# carriage return. Few enough C0 controls that the file still reads as text, not as a binary file.
HOSTILE_TEXT = (
    TEXT.replace(VAGUE, "- \x1b[2J\x9b8m\x08Hoàn thành tốt nhiệm vụ được giao.\x1b[8m \u202e\x07")
    .replace("- Dự đủ 12 buổi", "- Dự đủ \x1b]8;;http://vi-du.vn\x07 12 buổi\x1b]8;;\x07")
    .replace("4. Về tổ chức kỷ luật", "4. Về tổ chức kỷ luật\rĐã duyệt")
)
FORMATS = ("text", "json", "sarif", "github", "csv", "html", "xlsx")


def invoke(*args: str) -> object:
    return CliRunner().invoke(main, ["check", "--no-cache", *args])


def camket(*args: str, **options: object) -> subprocess.CompletedProcess[str]:
    """`python -m linter.cli ARGS` in a real process (real descriptors, real signals)."""
    options.setdefault("stdout", subprocess.PIPE)
    options.setdefault("stderr", subprocess.PIPE)
    return subprocess.run(
        [sys.executable, "-m", "linter.cli", *args],
        env=_environment(),
        text=True,
        timeout=120,
        **options,
    )


def _environment() -> dict[str, str]:
    environment = {k: v for k, v in os.environ.items() if k not in ("CAMKET_DEBUG", "NO_COLOR")}
    environment["PYTHONPATH"] = str(ROOT)
    return environment


def _clean_exit(stderr: str, code: int, expected: int) -> None:
    assert code == expected, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr


@pytest.fixture(scope="module")
def big_unit(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """300 commitments, each TEXT with its own figures and date: a run of a few seconds."""
    unit = tmp_path_factory.mktemp("lon") / "chi-bo-truong-thcs"
    unit.mkdir()
    for number in range(300):
        text = (
            TEXT.replace("12 buổi", f"{number % 20 + 5} buổi")
            .replace("2 hộ nghèo", f"{number % 7 + 1} hộ nghèo")
            .replace("20/01/2025", f"{number % 28 + 1:02d}/01/2025")
        )
        (unit / f"cam-ket-{number:03d}.txt").write_text(text, encoding="utf-8")
    return unit


@contextlib.contextmanager
def dev_entry_kept(path: str):
    """Fails if the device node or link at `path` (/dev/null, /dev/stdout) is not what it was
    afterwards, and puts it back: tests run as root, where a regression would replace the
    machine's own /dev/null or /dev/stdout with a report."""
    before = os.lstat(path)
    link = os.readlink(path) if stat.S_ISLNK(before.st_mode) else None
    assert link or stat.S_ISCHR(before.st_mode)
    try:
        yield
    finally:
        after = os.lstat(path)
        if link is not None:
            kept = stat.S_ISLNK(after.st_mode) and os.readlink(path) == link
        else:
            kept = stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev
        if not kept:
            os.unlink(path)
            if link is not None:
                os.symlink(link, path)
            else:
                os.mknod(path, stat.S_IFCHR | 0o666, before.st_rdev)
            pytest.fail(f"{path} was replaced by a {stat.filemode(after.st_mode)} file")


# 1. -o onto what is not a plain file


def test_report_to_a_fifo_goes_to_its_reader(unit: Path, tmp_path: Path):
    fifo = tmp_path / "bao-cao.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    result = invoke("--format", "json", "-o", str(fifo), str(unit))
    reader.join(timeout=30)
    assert result.exit_code == 1, result.output
    report = json.loads(received[0])
    assert [(f["rule"], f["line"]) for f in report["findings"]] == [("CK101", 8)]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_report_to_a_fifo_nobody_reads_fails_instead_of_hanging(
    unit: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(files, "FIFO_READER_WAIT", 0.3)
    fifo = tmp_path / "bao-cao.fifo"
    os.mkfifo(fifo)
    started = time.monotonic()
    result = invoke("-o", str(fifo), str(unit))
    assert time.monotonic() - started < 10
    assert result.exit_code == 2
    assert "không có chương trình nào đang đọc" in result.stderr
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


def test_report_to_dev_null_leaves_the_device(unit: Path):
    with dev_entry_kept(os.devnull):
        result = invoke("--format", "json", "-o", os.devnull, str(unit))
    assert result.exit_code == 1, result.output
    assert result.stdout == "" and result.stderr == f"Đã ghi báo cáo vào {os.devnull}\n"


def test_report_to_dev_stdout_reaches_stdout(unit: Path):
    with dev_entry_kept("/dev/stdout"):
        run = camket("check", "--no-cache", "--format", "json", "-o", "/dev/stdout", str(unit))
    _clean_exit(run.stderr, run.returncode, 1)
    assert json.loads(run.stdout)["findings"][0]["rule"] == "CK101"


def test_report_to_dev_stdout_appends_where_the_shell_appends(unit: Path, tmp_path: Path):
    """`camket … -o /dev/stdout >> ci.log`: the log keeps its lines, the report follows them
    (replacing the file behind the descriptor would wipe the log)."""
    log = tmp_path / "ci.log"
    log.write_text("bước 1: cài đặt xong\n", encoding="utf-8")
    with log.open("a", encoding="utf-8") as appended, dev_entry_kept("/dev/stdout"):
        run = camket(
            "check",
            "--no-cache",
            "--format",
            "json",
            "-o",
            "/dev/stdout",
            str(unit),
            stdout=appended,
        )
    _clean_exit(run.stderr, run.returncode, 1)
    first, rest = log.read_text(encoding="utf-8").split("\n", 1)
    assert first == "bước 1: cài đặt xong"
    assert json.loads(rest)["summary"]["findings"] == 1


def test_report_through_a_link_replaces_the_target_and_keeps_the_link(unit: Path, tmp_path: Path):
    reports = tmp_path / "bao-cao"
    reports.mkdir()
    target = reports / "thang-01.json"
    target.write_text("{}", encoding="utf-8")
    link = tmp_path / "moi-nhat.json"
    link.symlink_to(target)
    dangling = tmp_path / "thang-02.json"
    dangling.symlink_to(reports / "thang-02.json")
    for path in (link, dangling):
        result = invoke("--format", "json", "-o", str(path), str(unit))
        assert result.exit_code == 1, result.output
        assert path.is_symlink()
        assert json.loads(path.resolve().read_text(encoding="utf-8"))["summary"]["findings"] == 1
    assert sorted(p.name for p in reports.iterdir()) == ["thang-01.json", "thang-02.json"]


def test_report_onto_a_folder_is_a_usage_error(unit: Path, tmp_path: Path):
    folder_link = tmp_path / "thu-muc"
    folder_link.symlink_to(unit)
    for target in (tmp_path, folder_link):
        result = invoke("-o", str(target), str(unit))
        assert result.exit_code == 2
        assert "Traceback" not in result.output


def test_write_output_refuses_a_folder(tmp_path: Path):
    with pytest.raises(IsADirectoryError):
        files.write_output(tmp_path, b"{}")
    assert tmp_path.is_dir()


# 2. Where the report cannot go: exit 2, a clear message, no traceback


@pytest.mark.parametrize(
    ("target", "vi", "en"),
    [
        ("{tmp}/chua-co/bao-cao.json", "thư mục {tmp}/chua-co không tồn tại", "does not exist"),
        ("/proc/camket-report.json", "không tạo được tệp trong thư mục /proc", "no file can be"),
        ("/dev/full", "ổ đĩa đã đầy", "the disk is full"),
    ],
)
def test_report_that_cannot_be_written_is_exit_2(
    unit: Path, tmp_path: Path, target: str, vi: str, en: str
):
    target = target.format(tmp=tmp_path)
    with dev_entry_kept("/dev/full") if target == "/dev/full" else contextlib.nullcontext():
        for lang, reason in (("vi", vi.format(tmp=tmp_path)), ("en", en)):
            run = camket("check", "--no-cache", "--lang", lang, "-o", target, str(unit))
            _clean_exit(run.stderr, run.returncode, 2)
            assert target in run.stderr and reason in run.stderr


def test_report_under_sys_is_exit_2(unit: Path):
    """/sys takes no new file even from root (denied, or read-only in a container)."""
    run = camket("check", "--no-cache", "-o", "/sys/camket-report.json", str(unit))
    _clean_exit(run.stderr, run.returncode, 2)
    assert "Lỗi: không ghi được kết quả vào /sys/camket-report.json" in run.stderr


def test_closed_stdout_is_exit_2(unit: Path):
    run = subprocess.run(
        [
            "sh",
            "-c",
            'exec "$0" -m linter.cli check --no-cache "$1" >&-',
            sys.executable,
            str(unit),
        ],
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    _clean_exit(run.stderr, run.returncode, 2)
    assert "đầu ra chuẩn (stdout): đầu ra này đã bị đóng" in run.stderr


def test_closed_stdout_does_not_stop_a_report_to_a_file(unit: Path, tmp_path: Path):
    out = tmp_path / "bao-cao.json"
    run = subprocess.run(
        [
            "sh",
            "-c",
            'exec "$0" -m linter.cli check --no-cache --format json -o "$1" "$2" >&-',
            sys.executable,
            str(out),
            str(unit),
        ],
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    _clean_exit(run.stderr, run.returncode, 1)
    assert json.loads(out.read_text(encoding="utf-8"))["summary"]["findings"] == 1


@pytest.mark.parametrize(("lang", "reason"), [("vi", "đã đóng đầu đọc"), ("en", "closed its end")])
def test_broken_pipe_is_exit_2_without_noise(big_unit: Path, lang: str, reason: str):
    """`camket check … | head -1` on a report far larger than a pipe holds."""
    process = subprocess.Popen(
        [sys.executable, "-m", "linter.cli", "check", "--no-cache", "--lang", lang, str(big_unit)],
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    first = process.stdout.readline()
    process.stdout.close()
    stderr = process.stderr.read().decode()
    process.wait(timeout=120)
    assert first.decode().startswith(str(big_unit))
    _clean_exit(stderr, process.returncode, 2)
    assert reason in stderr


# 3. Exit codes: 3 for a camket bug, 130 when stopped


def test_internal_error_is_exit_3(unit: Path, monkeypatch: pytest.MonkeyPatch):
    from linter.report import json_report

    def broken(report: object) -> dict[str, object]:
        raise KeyError("findings")

    monkeypatch.setattr(json_report, "_files", broken)
    monkeypatch.delenv("CAMKET_DEBUG", raising=False)
    result = invoke("--format", "json", str(unit))
    assert result.exit_code == 3
    assert "Lỗi nội bộ của camket (KeyError" in result.stderr
    assert "Traceback" not in result.stderr
    monkeypatch.setenv("CAMKET_DEBUG", "1")
    result = invoke("--format", "json", "--lang", "en", str(unit))
    assert result.exit_code == 3
    assert "camket internal error (KeyError" in result.stderr
    assert "Traceback" in result.stderr and "in broken" in result.stderr


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for listing in glob.glob(f"/proc/{pid}/task/*/children"):
        with contextlib.suppress(OSError):
            found |= {int(child) for child in Path(listing).read_text().split()}
    return found


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return status.rsplit(")", 1)[1].split()[0] == "Z"  # a zombie has ended


@pytest.mark.parametrize(
    ("name", "whole_group"),
    [("SIGINT", False), ("SIGTERM", False), ("SIGHUP", False), ("SIGINT", True)],
    ids=["sigint", "sigterm", "sighup", "ctrl-c-to-the-whole-job"],
)
def test_stop_signal_is_exit_130_and_leaves_no_workers(
    big_unit: Path, name: str, whole_group: bool
):
    """A run with worker processes stopped midway. `whole_group` is what a terminal's Ctrl-C
    does: every process of the job gets SIGINT, workers included."""
    process = subprocess.Popen(
        [sys.executable, "-m", "linter.cli", "check", "--no-cache", "--jobs", "2", str(big_unit)],
        env=_environment(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=whole_group,
    )
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 60
        while not workers and process.poll() is None and time.monotonic() < deadline:
            workers = _children(process.pid)
            time.sleep(0.02)
        assert workers and process.poll() is None, "the run ended before its workers were seen"
        number = getattr(signal, name)
        if whole_group:
            os.killpg(process.pid, number)
        else:
            process.send_signal(number)
        _, stderr = process.communicate(timeout=60)
        _clean_exit(stderr.decode(), process.returncode, 130)
        assert "Đã dừng theo yêu cầu" in stderr.decode()
        deadline = time.monotonic() + 10
        while not all(map(_gone, workers)) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert [pid for pid in workers if not _gone(pid)] == []
    finally:  # whatever failed, this test leaves none of its processes running
        if process.poll() is None:
            process.kill()
        process.wait()
        for pid in workers:
            with contextlib.suppress(OSError):
                if not _gone(pid) and b"linter.cli" in Path(f"/proc/{pid}/cmdline").read_bytes():
                    os.kill(pid, signal.SIGKILL)


# 4. Terminal escapes in documents and file names


@pytest.fixture
def hostile_unit(tmp_path: Path) -> Path:
    """Two units: one holds the hostile document twice (so a copy finding quotes whole lines)
    under a file name with an escape sequence; the other a plain commitment."""
    hostile = tmp_path / "chi-bo-\x1b[5mnhap-nhay"
    hostile.mkdir()
    (hostile / HOSTILE_NAME).write_text(HOSTILE_TEXT, encoding="utf-8")
    (hostile / "cam-ket-ban-sao.txt").write_text(HOSTILE_TEXT, encoding="utf-8")
    plain = tmp_path / "chi-bo-b"
    plain.mkdir()
    (plain / "cam-ket.txt").write_text(TEXT.replace("Toán", "Văn"), encoding="utf-8")
    return tmp_path


def test_text_report_shows_control_characters_and_keeps_carets_aligned(hostile_unit: Path):
    result = invoke("--no-color", str(hostile_unit))
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert not UNSAFE.search(out), [m.group() for m in UNSAFE.finditer(out)]
    assert "cam-ket-␛[31mdo␇.txt:8:3: CK101" in out
    assert "chi-bo-␛[5mnhap-nhay" in out  # in the summary by unit
    assert "│ - Dự đủ ␛]8;;http://vi-du.vn␇ 12 buổi␛]8;;␇ sinh hoạt" in out  # a copied passage
    assert "    │ Đã duyệt\n" in out  # after a carriage return: a line of its own
    lines = out.splitlines()
    shown = next(n for n, line in enumerate(lines) if "␛[2J" in line)
    excerpt, carets = lines[shown], lines[shown + 1]
    assert excerpt.endswith("- ␛[2J\\x9b8m␈Hoàn thành tốt nhiệm vụ được giao.␛[8m \\u202e␇")
    assert carets.index("^") == excerpt.index("␛[2J")
    assert len(carets) == len(excerpt) and set(carets[carets.index("^") :]) == {"^"}


def test_text_report_in_colour_keeps_camket_colours_only(hostile_unit: Path):
    out = invoke("--color", str(hostile_unit)).stdout
    escapes = set(re.findall(r"\x1b\[[0-9;]*m", out))
    assert escapes and escapes <= {
        "\x1b[0m",
        "\x1b[1m",
        "\x1b[4m",
        "\x1b[31m",
        "\x1b[32m",
        "\x1b[33m",
        "\x1b[36m",
    }
    assert not re.search("\x1b[^\\[]|\x1b\\[[0-9;]*[^0-9;m]", out)
    assert not UNSAFE.search(out.replace("\x1b", ""))


def test_github_annotations_carry_no_control_characters(hostile_unit: Path):
    result = invoke("--format", "github", str(hostile_unit))
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines and all(line.startswith(("::warning ", "::error ", "::notice ")) for line in lines)
    assert not UNSAFE.search(result.stdout.replace("\n", ""))
    assert any(
        "file=" + str(hostile_unit) + "/chi-bo-␛[5mnhap-nhay/cam-ket-␛[31mdo␇.txt" in line
        for line in lines
    )


def test_github_annotation_message_shows_escapes_and_keeps_its_line_break():
    finding = Finding(
        rule="CK101",
        category="vague",
        severity="warning",
        path=HOSTILE_NAME,
        line=8,
        column=3,
        end_line=8,
        end_column=36,
        excerpt="",
        message="Cam kết chung chung: “\x1b[2JHoàn thành tốt\x9b8m\rnhiệm vụ”",
        suggestion="Nêu việc cụ thể\x07",
    )
    line = render_github(_report_of(finding), Context()).rstrip("\n")
    assert "\n" not in line and not UNSAFE.search(line)
    assert line.endswith(
        "::Cam kết chung chung: “␛[2JHoàn thành tốt\\x9b8m%0Dnhiệm vụ”%0AGợi ý: Nêu việc cụ thể␇"
    )


def _report_of(finding: Finding) -> object:
    from linter.engine import Report

    return Report(findings=[finding])


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_formats_escape_controls_and_keep_the_values(hostile_unit: Path, fmt: str):
    result = invoke("--format", fmt, str(hostile_unit))
    assert result.exit_code == 1, result.output
    assert not UNSAFE.search(result.stdout.replace("\n", ""))
    parsed = json.loads(result.stdout)
    strings = list(_strings(parsed))
    assert any("\x1b[2J\x9b8m\x08Hoàn thành tốt nhiệm vụ" in text for text in strings)
    assert any(text.endswith("\u202e\x07") for text in strings)
    if fmt == "json":
        assert any(entry["path"].endswith(HOSTILE_NAME) for entry in parsed["files"])


def _strings(value: object):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def test_csv_and_xlsx_reports_of_hostile_documents(hostile_unit: Path, tmp_path: Path):
    import openpyxl

    table = tmp_path / "bao-cao.csv"
    result = invoke("--format", "csv", "-o", str(table), str(hostile_unit))
    assert result.exit_code == 1, result.output
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert any(row[0].endswith(HOSTILE_NAME) and row[6] == "CK101" for row in rows)
    workbook_path = tmp_path / "bao-cao.xlsx"
    result = invoke("--format", "xlsx", "-o", str(workbook_path), str(hostile_unit))
    assert result.exit_code == 1, result.output
    sheet = openpyxl.load_workbook(workbook_path).worksheets[0]
    cells = [str(value) for row in sheet.iter_rows(values_only=True) for value in row if value]
    assert any(cell.endswith("cam-ket-[31mdo.txt") for cell in cells)  # ESC and BEL dropped
    assert not any(re.search("[\x00-\x08\x0b\x0c\x0e-\x1f]", cell) for cell in cells)


class _Text(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def test_html_report_of_hostile_documents_is_whole(hostile_unit: Path):
    result = invoke("--format", "html", str(hostile_unit))
    assert result.exit_code == 1, result.output
    assert result.stdout.rstrip().endswith("</html>")
    page = _Text()
    page.feed(result.stdout)
    text = "".join(page.parts)
    assert "Hoàn thành tốt nhiệm vụ được giao" in text and "cam-ket-ban-sao" in text
    assert "<" not in text.replace("&lt;", "")  # no tag swallowed into text by a stray byte


# 5. File names that are not UTF-8


@pytest.fixture
def undecodable(tmp_path: Path) -> Path:
    unit = tmp_path / "chi-bo-c"
    unit.mkdir()
    with open(os.path.join(os.fsencode(unit), b"cam-ket-\xff.txt"), "w", encoding="utf-8") as f:
        f.write(TEXT.replace("Toán", "Văn"))
    (unit / "cam-ket-tot.txt").write_text(TEXT, encoding="utf-8")
    return unit


def _findings_by_file(fmt: str, output: bytes) -> dict[str, set[str]]:
    """{file name: rule codes} read back from a report in any format."""
    found: dict[str, set[str]] = {}

    def add(path: str, rule: str) -> None:
        found.setdefault(path.rsplit("/", 1)[-1], set()).add(rule)

    if fmt == "xlsx":
        import openpyxl

        sheet = openpyxl.load_workbook(io.BytesIO(output)).worksheets[0]
        for row in list(sheet.iter_rows(values_only=True))[1:]:
            add(str(row[0]), str(row[6]))
        return found
    text = output.decode("utf-8-sig")
    if fmt == "json":
        for finding in json.loads(text)["findings"]:
            add(finding["path"], finding["rule"])
    elif fmt == "sarif":
        for result in json.loads(text)["runs"][0]["results"]:
            location = result["locations"][0]["physicalLocation"]["artifactLocation"]
            add(location["uri"], result["ruleId"])
    elif fmt == "csv":
        for row in list(csv.reader(io.StringIO(text)))[1:]:
            add(row[0], row[6])
    elif fmt == "github":
        for match in re.finditer(r"file=([^,]*),.*?title=(CK\d+)", text):
            add(match[1], match[2])
    elif fmt == "text":
        for match in re.finditer(r"^(\S+):\d+:\d+: (CK\d+)", text, re.MULTILINE):
            add(match[1], match[2])
    elif fmt == "html":
        page = _HtmlFindings()
        page.feed(text)
        for path, rule in page.found:
            add(path, rule)
    return found


class _HtmlFindings(html.parser.HTMLParser):
    """(path, rule) of each finding in the HTML report: a document's article names its path in
    <span class="path">, each finding its rule in <code>."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, str]] = []
        self.path = ""
        self.reading: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "span" and ("class", "path") in attrs:
            self.reading = "path"
        elif tag == "code":
            self.reading = "rule"

    def handle_data(self, data: str) -> None:
        if self.reading == "path":
            self.path = data
        elif self.reading == "rule" and self.path:
            self.found.append((self.path, data))
        self.reading = None


@pytest.mark.parametrize("fmt", FORMATS)
def test_file_name_that_is_not_utf8_in_every_format(undecodable: Path, tmp_path: Path, fmt: str):
    out = tmp_path / f"bao-cao.{fmt}"
    result = invoke("--format", fmt, "-o", str(out), str(undecodable))
    assert result.exit_code == 1, result.output
    found = _findings_by_file(fmt, out.read_bytes())
    good = found.pop("cam-ket-tot.txt")
    assert "CK101" in good
    (bad_name, bad), *others = found.items()
    assert not others
    assert "CK101" in bad
    if fmt != "sarif":  # a URI: the backslash is a separator there
        assert bad_name == "cam-ket-\\xff.txt"


def test_display_path_keeps_the_real_path_usable(undecodable: Path):
    from linter.read import read
    from linter.sources import discover

    sources = discover([undecodable])
    bad = next(source for source in sources if "\\xff" in source.display)
    assert bad.display.encode("utf-8") and bad.display.endswith("cam-ket-\\xff.txt")
    assert os.fsencode(bad.path).endswith(b"cam-ket-\xff.txt")
    lines, _, _ = read(bad)
    assert any("Hoàn thành tốt nhiệm vụ được giao" in line.text for line in lines)


# 6. Long lines: linear time


DENSE = (
    "Thực hiện Kế hoạch số 62-KH/TU, ngày 29/10/2021 của Ban Thường vụ Tỉnh ủy, Nghị quyết số 12 "
    "của Chi bộ, nộp bài thu hoạch trước ngày 30/4/2025, họp chi bộ ngày 05 tháng 02 năm 2024, "
    "tháng 5/2025. "
)
TWO_MB = 2_000_000
HANG_GUARD = 5.0  # seconds; the quadratic versions took minutes on these lines


def _line(unit: str) -> str:
    return unit * (TWO_MB // len(unit.encode("utf-8")) + 1)


def _timed(function, *args) -> tuple[float, object]:
    started = time.perf_counter()
    value = function(*args)
    return time.perf_counter() - started, value


def test_dates_and_citations_on_a_2mb_line_of_dense_text():
    line = _line(DENSE)
    repeats = line.count("Thực hiện")
    seconds, dates = _timed(find_dates, line)
    assert seconds < HANG_GUARD
    assert len(dates) == 3 * repeats and all(d.status is DateStatus.OK for d in dates)
    seconds, months = _timed(find_month_dates, line)
    assert seconds < HANG_GUARD and len(months) == repeats
    seconds, citations = _timed(find_citations, line, 1)
    assert seconds < HANG_GUARD and len(citations) == 2 * repeats
    assert citations[0].symbol == "62-KH/TU" and citations[0].issuer == "Ban Thường vụ Tỉnh ủy"
    assert (citations[1].number, citations[1].issuer) == ("12", "Chi bộ")


@pytest.mark.parametrize(
    "line",
    [
        "Phường 2, ngày" + " " * TWO_MB,
        "Phường 2, ngày" + " . " * (TWO_MB // 3),
        "ngày … tháng" + " " * TWO_MB + "x",
        "tháng 5" + " " * TWO_MB + "x",
        "Chỉ thị số 05-CT/TW" + " " * TWO_MB + "của",
        "Kế hoạch số 62-KH/TU của" + " " * TWO_MB + "x",
        "5" + " " * TWO_MB + "/2/2024",
    ],
    ids=[
        "ngay-spaces",
        "ngay-dots",
        "thang-spaces",
        "month-spaces",
        "symbol-spaces",
        "issuer-spaces",
        "digit-spaces",
    ],
)
def test_long_runs_of_spaces_and_dots_take_linear_time(line: str):
    for function in (find_dates, find_month_dates, lambda text: find_citations(text, 1)):
        seconds, _ = _timed(function, line)
        assert seconds < HANG_GUARD, (function, seconds)
