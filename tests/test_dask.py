"""`camket check --dask`: the same report on a Dask cluster as on one machine.

A real distributed.LocalCluster of two worker processes runs in a process of its own (so that
this one holds no Dask thread when other tests fork their worker pools), and camket runs
against it as a user runs it, `--dask ADDRESS` in a subprocess; the reference is the same
command without --dask. The local cluster of `--dask local:N`, Ctrl-C, an unreachable
scheduler and a Python without Dask are run for real too."""

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
from conftest import CORPUS, ROOT, TEXT, commitment_form
from test_copies_across_units import commune  # noqa: F401  (a fixture: a commune of 4 cells)

from linter.cli import main
from linter.distributed.cluster import probe
from linter.fingerprint import shingle_hashes, text_syllables

ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
UNIT = CORPUS / "dang-uy-xa-son-kim-ha"  # .txt, .docx, .odt and .pdf, one copy pair

CLUSTER = """
import logging, sys
from distributed import LocalCluster
if __name__ == "__main__":
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.CRITICAL)
    print(cluster.scheduler_address, flush=True)
    sys.stdin.read()  # until the test closes the pipe
    cluster.close()
"""


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster(n_workers=2, threads_per_worker=1, processes=True), and
    the process that holds it."""
    process = subprocess.Popen(
        [sys.executable, "-c", CLUSTER],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=ENV,
        text=True,
    )
    address = process.stdout.readline().strip()
    assert address.startswith("tcp://127.0.0.1:"), address
    yield address, process
    process.stdin.close()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def camket(*args: str, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "linter.cli", "check", *args],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def local_json(*args: str) -> str:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return result.output


def dask_json(address: str, *args: str) -> str:
    result = camket("--format", "json", "--dask", address, *args)
    assert result.returncode in (0, 1), result.stderr
    return result.stdout


def pairs(report: str) -> set[frozenset[str]]:
    """The documents each copy finding (CK401) links."""
    found = json.loads(report)["findings"]
    return {
        frozenset([f["path"], r["path"]])
        for f in found
        if f["rule"] == "CK401"
        for r in f["related"]
    }


def test_a_corpus_unit_gives_the_same_json_on_the_cluster(scheduler):
    address, _ = scheduler
    expected = local_json(str(UNIT))
    files = sum(1 for path in UNIT.rglob("*") if path.is_file())  # commitments, plans, reports
    assert json.loads(expected)["summary"]["files"] == files
    assert pairs(expected)  # the unit's copy pair is found
    assert dask_json(address, str(UNIT)) == expected


def test_copies_across_units_are_the_same_on_the_cluster(scheduler, commune):  # noqa: F811
    address, _ = scheduler
    expected = local_json("--across-units", str(commune))
    across = pairs(expected)
    units = {frozenset(Path(path).parent.name for path in pair) for pair in across}
    assert any(len(pair) == 2 for pair in units)  # copies between two cells are reported
    assert dask_json(address, "--across-units", str(commune)) == expected


# A passage every member of a ward writes (its own words, not the form's), and one that three
# of them share; each member is a unit of their own (a ward's folder of small cells).
EVERYONE = [
    "- Tích cực tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc, giữ gìn trật tự an toàn "
    "xã hội ở khu phố, kịp thời báo tin cho công an phường khi thấy người lạ mặt.",
    "- Cùng ban điều hành khu phố vận động các hộ gia đình đăng ký xây dựng gia đình văn hóa, "
    "không để con em sa vào tệ nạn ma túy, cờ bạc, số đề.",
]
THREE = [
    "- Trực tiếp kèm cặp hai quần chúng ưu tú của tổ dân phố học lớp nhận thức về Đảng, giới "
    "thiệu với chi bộ xem xét kết nạp trong năm.",
    "- Mỗi quý viết một bài gửi bản tin của phường về gương người tốt việc tốt ở khu phố, kèm "
    "ảnh và lời kể của người trong cuộc.",
]
WARD_FORM = commitment_form(
    "ĐẢNG BỘ PHƯỜNG TÂN HIỆP", "CHI BỘ KHU PHỐ {cell}", "Tân Hiệp, ngày 12 tháng 01 năm 2026", 2026
)


def own_items(count: int, per_member: int) -> list[list[str]]:
    """Items of the corpus's commitments, `per_member` for each of `count` members, no two of
    them sharing a shingle: what each member wrote alone."""
    seen: set[int] = set()
    chosen: list[str] = []
    for path in sorted(CORPUS.rglob("cam-ket-*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            text = line.strip()
            if not text.startswith("- ") or len(text.split()) < 12:
                continue
            hashes = set(shingle_hashes(tuple(text_syllables(text))))
            if hashes & seen:
                continue
            seen |= hashes
            chosen.append(text)
    assert len(chosen) >= count * per_member
    return [chosen[i * per_member : (i + 1) * per_member] for i in range(count)]


def test_a_passage_every_document_holds_seeds_no_pair_on_the_cluster(scheduler, tmp_path):
    """22 commitments, each its own unit: the passage all of them hold is in more documents than
    the batch's common limit (20) and pairs none of them; the passage three of them hold pairs
    those three. On the cluster as on one machine."""
    address, _ = scheduler
    ward = tmp_path / "dang-uy-phuong-tan-hiep"
    members = 22
    for index, own in enumerate(own_items(members, 3)):
        cell = ward / f"chi-bo-khu-pho-{index:02d}"
        cell.mkdir(parents=True)
        duties = [*own, *EVERYONE, *(THREE if index < 3 else [])]
        text = WARD_FORM.format(
            cell=index,
            name=f"Đảng viên {index}",
            role="đảng viên",
            ethics=own[0].removeprefix("- "),
            duties="\n".join(duties),
        )
        (cell / "cam-ket.txt").write_text(text, encoding="utf-8")
    expected = local_json("--across-units", str(ward))
    three = {str(ward / f"chi-bo-khu-pho-{i:02d}" / "cam-ket.txt") for i in range(3)}
    assert pairs(expected) == {frozenset((a, b)) for a in three for b in three if a != b}
    assert dask_json(address, "--across-units", str(ward)) == expected


# The cell's own sample: three of its four members pasted it (its stock, CK404, not a copy).
STOCK = [
    "- Thực hiện nghiêm túc nội quy cơ quan, đến trễ hoặc về sớm phải báo cáo trưởng phòng, "
    "không làm việc riêng trong giờ hành chính.",
    "- Tham gia đầy đủ các buổi sinh hoạt chuyên đề của chi bộ, mỗi năm viết một bài thu hoạch "
    "gửi chi ủy đúng thời hạn.",
]
# Formulas of the form's list (rules/data/form.yaml): two members of other cells write them.
FORMULAS = [
    "- Tuyệt đối trung thành với Đảng, với Tổ quốc và với nhân dân.",
    "- Kiên định chủ nghĩa Mác - Lê-nin, tư tưởng Hồ Chí Minh, mục tiêu, lý tưởng của Đảng.",
    "- Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.",
    "- Chấp hành nghiêm Điều lệ Đảng, nguyên tắc tập trung dân chủ, tự phê bình và phê bình.",
]


def test_a_units_stock_and_the_forms_formulas_seed_no_pair_on_the_cluster(scheduler, tmp_path):
    address, _ = scheduler
    ward = tmp_path / "dang-uy-phuong-tan-hiep"
    members = [("chi-bo-co-quan", STOCK if i < 3 else []) for i in range(4)]
    members += [("chi-bo-khu-pho-1", FORMULAS), ("chi-bo-khu-pho-2", FORMULAS)]
    for index, ((cell, shared), own) in enumerate(
        zip(members, own_items(len(members), 3), strict=True)
    ):
        (ward / cell).mkdir(parents=True, exist_ok=True)
        text = WARD_FORM.format(
            cell=cell[-1].upper(),
            name=f"Đảng viên {index}",
            role="đảng viên",
            ethics=own[0].removeprefix("- "),
            duties="\n".join([*own[1:], *shared]),
        )
        (ward / cell / f"cam-ket-{index}.txt").write_text(text, encoding="utf-8")
    expected = local_json("--across-units", str(ward))
    assert not pairs(expected)
    stock = [f for f in json.loads(expected)["findings"] if f["rule"] == "CK404"]
    assert [len(f["related"]) for f in stock] == [2]  # three members share the cell's stock
    assert dask_json(address, "--across-units", str(ward)) == expected


def test_a_file_over_the_time_limit_is_its_finding_on_the_cluster(scheduler, tmp_path):
    address, _ = scheduler
    unit = tmp_path / "chi-bo-a"
    unit.mkdir()
    for index in range(2):  # long commitments: hundreds of items, each a new text
        items = [
            f"- Phụ đạo {n} học sinh yếu môn Toán lớp {index + 6}B vào chiều thứ Bảy, tuần {n}."
            for n in range(400)
        ]
        text = TEXT.replace("6. Về kế hoạch", "\n".join(items) + "\n6. Về kế hoạch")
        (unit / f"cam-ket-{index}.txt").write_text(text, encoding="utf-8")
    expected = local_json("--timeout", "0.001", str(unit))
    report = json.loads(expected)
    assert [(f["rule"], Path(f["path"]).name) for f in report["findings"]] == [
        ("CK020", "cam-ket-0.txt"),
        ("CK020", "cam-ket-1.txt"),
    ]
    assert "0.001 giây" in report["findings"][0]["message"]
    assert dask_json(address, "--timeout", "0.001", str(unit)) == expected


def test_an_unreachable_scheduler_is_a_usage_error_within_seconds(tmp_path, unit):
    import socket

    with socket.socket() as placeholder:  # a port nothing listens on
        placeholder.bind(("127.0.0.1", 0))
        port = placeholder.getsockname()[1]
    started = time.monotonic()
    result = camket("--dask", f"tcp://127.0.0.1:{port}", str(unit), timeout=60)
    assert result.returncode == 2
    assert f"Không kết nối được bộ lập lịch Dask “tcp://127.0.0.1:{port}”" in result.stderr
    assert "Traceback" not in result.stderr
    assert time.monotonic() - started < 30


DYING = """
import logging, os, sys, time
from distributed import LocalCluster
if __name__ == "__main__":
    cluster = LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address=None, silence_logs=logging.CRITICAL)
    print(cluster.scheduler_address, flush=True)
    while not any(key.startswith("analyse_files") for key in map(str, cluster.scheduler.tasks)):
        time.sleep(0.05)
    os._exit(1)  # the scheduler's machine goes down as the first files are sent
"""


def test_a_scheduler_lost_mid_run_is_an_error_not_a_hang(commune):  # noqa: F811
    cluster = subprocess.Popen(
        [sys.executable, "-c", DYING], stdout=subprocess.PIPE, env=ENV, text=True
    )
    address = cluster.stdout.readline().strip()
    result = camket("--dask", address, str(commune), timeout=120)
    cluster.wait(timeout=30)
    assert cluster.returncode == 1  # it went down during the run
    assert result.returncode == 2, result.stderr
    assert f"Mất kết nối với cụm Dask “{address}” giữa chừng" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_address_is_a_usage_error(unit):
    result = CliRunner().invoke(main, ["check", "--dask", "local:0", str(unit)])
    assert result.exit_code == 2
    assert "--dask không hợp lệ: “local:0”" in result.output


def without_dask(folder: Path) -> Path:
    """A site-packages folder holding every package of this environment but Dask's."""
    import sysconfig

    site = Path(sysconfig.get_paths()["purelib"])
    folder.mkdir()
    for entry in site.iterdir():
        if entry.name.startswith(("dask", "distributed")) or entry.suffix == ".pth":
            continue
        (folder / entry.name).symlink_to(entry)
    return folder


def test_without_dask_the_option_says_how_to_install_it(tmp_path, unit):
    site = without_dask(tmp_path / "site")
    python = [sys.executable, "-S", "-c"]
    paths = f"import sys; sys.path[:0] = [{str(ROOT)!r}, {str(site)!r}]; "
    hidden = subprocess.run([*python, paths + "import dask"], capture_output=True, text=True)
    assert "No module named 'dask'" in hidden.stderr  # this Python truly lacks Dask
    camket_there = [*python, paths + "from linter.cli import main; main()"]
    result = subprocess.run(
        [*camket_there, "check", "--dask", "local", str(unit)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert "Tùy chọn --dask cần thư viện Dask" in result.stderr
    assert 'pip install "camket[dask]"' in result.stderr
    assert "Traceback" not in result.stderr
    plain = subprocess.run(
        [*camket_there, "check", str(unit)], capture_output=True, text=True, timeout=60
    )
    assert plain.returncode == 1, plain.stderr  # camket runs there: only Dask is missing


def test_a_worker_probe_names_the_paths_it_cannot_read(tmp_path):
    readable = tmp_path / "cam-ket.txt"
    readable.write_text("x", encoding="utf-8")
    _, unreadable = probe([str(readable), str(tmp_path / "khong-co.txt"), str(tmp_path)])
    assert unreadable == [1, 2]


def descendants(pid: int) -> set[int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                parents[int(entry)] = int(stat[1])
            except (OSError, IndexError):
                continue
    found, frontier = set(), [pid]
    while frontier:
        parent = frontier.pop()
        children = {child for child, ppid in parents.items() if ppid == parent}
        found |= children
        frontier.extend(children)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_ctrl_c_ends_a_local_cluster_run_with_130_and_stops_its_workers(tmp_path):
    folder = tmp_path / "dang-uy-xa"  # 300 commitments: seconds of work for two workers
    for index in range(300):
        cell = folder / f"chi-bo-{index // 10:02d}"
        cell.mkdir(parents=True, exist_ok=True)
        text = TEXT.replace("thăm hỏi 2 hộ nghèo", f"thăm hỏi {index} hộ nghèo")
        (cell / f"cam-ket-{index:03d}.txt").write_text(text, encoding="utf-8")
    process = subprocess.Popen(
        [sys.executable, "-m", "linter.cli", "check", "--dask", "local:2", str(folder)],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    workers: set[int] = set()
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.2)
        workers = {
            pid
            for pid in descendants(process.pid)
            if b"spawn_main" in Path(f"/proc/{pid}/cmdline").read_bytes()
        }
    assert len(workers) >= 2
    time.sleep(1.0)  # the workers are up and at work
    everyone = descendants(process.pid)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 130, stderr
    assert "Đã dừng theo yêu cầu" in stderr
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and any(alive(pid) for pid in everyone):
        time.sleep(0.2)
    assert not any(alive(pid) for pid in everyone)


DRIVER = """
import json, os, signal, sys
from pathlib import Path
from linter.config import Settings
from linter.distributed import dask_stages
from linter.engine import run
from linter.rules import load_rules

if __name__ == "__main__":
    address, folder = sys.argv[1], Path(sys.argv[2])
    rules = load_rules(())
    settings = Settings(across_units=True)
    killed = []
    with dask_stages(address, "vi") as stages:
        pids = stages.cluster.client.run(os.getpid)

        def progress(done, total):
            if not killed:  # the first file is back, the others are being analysed
                killed.append(min(pids.values()))
                os.kill(killed[0], signal.SIGKILL)

        report = run([folder], rules, settings, progress=progress, stages=stages)
    findings = [[f.rule, f.path, f.line, f.end_line, f.message] for f in report.findings]
    print(json.dumps({"killed": killed, "findings": findings}))
"""


def test_a_worker_killed_mid_run_loses_no_file(scheduler, commune):  # noqa: F811
    """The last test of the module: its cluster is left with a restarted worker."""
    address, _ = scheduler
    expected = json.loads(local_json("--across-units", str(commune)))
    result = subprocess.run(
        [sys.executable, "-c", DRIVER, address, str(commune)],
        env=ENV,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["killed"]
    assert not alive(answer["killed"][0])
    findings = [
        [f[k] for k in ("rule", "path", "line", "end_line", "message")]
        for f in expected["findings"]
    ]
    assert answer["findings"] == findings
