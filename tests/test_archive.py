"""`camket archive` and `check --archive`: earlier years in a real SQLite file.

Year 2025 is the corpus's commune Bình An; year 2026 is made from it as members really do it:
one member hands in last year's commitment with the year changed, one takes a member of another
cell's, one writes a new commitment of her own, and a cell plan is last year's with new dates."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from linter.archive.schema import APPLICATION_ID, MIGRATIONS, VERSION
from linter.cli import main
from tests.conftest import CORPUS, ROOT, as_first_written, commitment_form

BINH_AN = CORPUS / "dang-uy-xa-binh-an"
CELL = "chi-bo-ap-binh-thuan"
OTHER_CELL = "chi-bo-co-quan-ubnd"


def _next_year(text: str) -> str:
    return text.replace("2025", "2026").replace("2024", "2025")


def _cli(*args: str) -> object:
    return CliRunner().invoke(main, list(args))


def _camket(*args: str, **options: object) -> subprocess.Popen[str]:
    environment = {k: v for k, v in os.environ.items() if k != "CAMKET_DEBUG"}
    environment["PYTHONPATH"] = str(ROOT)
    return subprocess.Popen(
        [sys.executable, "-m", "linter.cli", *args],
        env=environment,
        text=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        **options,
    )


@pytest.fixture
def year_2025(tmp_path: Path) -> Path:
    folder = tmp_path / "2025" / "dang-uy-xa-binh-an"
    # the commitments and plans of 2025 as first written (every report, and the members added
    # since, left out)
    reports = shutil.ignore_patterns("bao-cao-*", "ban-kiem-diem-*")
    shutil.copytree(
        BINH_AN,
        folder,
        ignore=lambda where, names: reports(where, names) | as_first_written(where, names),
    )
    return folder


@pytest.fixture
def year_2026(tmp_path: Path) -> Path:
    """The commune a year later."""
    root = tmp_path / "2026" / "dang-uy-xa-binh-an"
    cell, other = root / CELL, root / OTHER_CELL
    cell.mkdir(parents=True)
    other.mkdir()
    resubmitted = (BINH_AN / CELL / "cam-ket-phan-thanh-binh.txt").read_text(encoding="utf-8")
    (cell / "cam-ket-phan-thanh-binh.txt").write_text(_next_year(resubmitted), encoding="utf-8")
    taken = (BINH_AN / CELL / "cam-ket-huynh-van-ut.txt").read_text(encoding="utf-8")
    taken = unicodedata.normalize("NFC", _next_year(taken))  # its signature was typed in NFD
    taken = taken.replace("Huỳnh Văn Út", "Lâm Văn Tài")
    (other / "cam-ket-lam-van-tai.txt").write_text(taken, encoding="utf-8")
    own = commitment_form(
        "ĐẢNG BỘ XÃ BÌNH AN", "CHI BỘ ẤP BÌNH THUẬN", "Bình An, ngày 10/02/2026", 2026
    ).format(
        name="Tô Thị Ngọc Hà",
        role="Chi hội trưởng phụ nữ ấp",
        ethics="Không nhận quà, tiền của hội viên khi xét vay vốn ưu đãi.",
        duties="- Vận động 12 hội viên nghèo vay vốn Ngân hàng Chính sách xã hội, xong hồ sơ "
        "trước 30/4/2026.\n- Tổ chức 4 buổi sinh hoạt chuyên đề về phòng chống bạo lực gia đình "
        "tại nhà văn hóa ấp, mỗi quý một buổi.",
        day="10",
    )
    (cell / "cam-ket-to-thi-ngoc-ha.txt").write_text(own, encoding="utf-8")
    plan = (BINH_AN / OTHER_CELL / "ke-hoach-chi-bo.txt").read_text(encoding="utf-8")
    (other / "ke-hoach-chi-bo.txt").write_text(_next_year(plan), encoding="utf-8")
    return root


@pytest.fixture
def archive_2025(tmp_path: Path, year_2025: Path) -> Path:
    archive = tmp_path / "lich-su.sqlite"
    result = _cli("archive", "add", str(archive), str(year_2025), "--no-cache", "-j", "1")
    assert result.exit_code == 0, result.output
    assert "Đã lưu 21 văn bản (21 × 2025)" in result.output
    return archive


def _listed(archive: Path) -> list[dict]:
    result = _cli("archive", "list", str(archive), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def _findings(archive: Path, *paths: Path) -> tuple[int, list[dict]]:
    result = _cli(
        "check", "--archive", str(archive), "--format", "json", "--no-cache", "-j", "1",
        "--select", "CK406,CK407", *map(str, paths),
    )  # fmt: skip
    return result.exit_code, json.loads(result.stdout)["findings"]


def test_a_commitment_handed_in_again_with_the_year_changed_is_found(
    archive_2025: Path, year_2025: Path, year_2026: Path
) -> None:
    code, findings = _findings(archive_2025, year_2026)
    assert code == 1
    by_path = {Path(f["path"]).name: f for f in findings}
    again = by_path["cam-ket-phan-thanh-binh.txt"]
    assert again["rule"] == "CK406" and again["category"] == "duplicate"
    assert "năm 2025 của chính đảng viên này" in again["message"]
    archived = (year_2025 / CELL / "cam-ket-phan-thanh-binh.txt").resolve()
    assert again["related"][0]["path"] == str(archived)
    assert again["related"][0]["line"] >= 10  # on the archived document's own items
    taken = by_path["cam-ket-lam-van-tai.txt"]
    assert taken["rule"] == "CK406"
    assert "năm 2025 của Huỳnh Văn Út" in taken["message"]
    assert "cam-ket-to-thi-ngoc-ha.txt" not in by_path  # her own new commitment
    plan = by_path["ke-hoach-chi-bo.txt"]
    assert plan["rule"] == "CK407" and plan["severity"] == "info"


def test_the_same_year_is_never_compared_with_itself(archive_2025: Path, year_2025: Path) -> None:
    code, findings = _findings(archive_2025, year_2025)
    assert (code, findings) == (0, [])


def test_without_the_archive_option_the_rules_stay_silent(year_2026: Path) -> None:
    result = _cli("check", "--format", "json", "--no-cache", "--select", "CK406", str(year_2026))
    assert json.loads(result.stdout)["findings"] == []


def test_english_message(archive_2025: Path, year_2026: Path) -> None:
    result = _cli(
        "check", "--archive", str(archive_2025), "--lang", "en", "--select", "CK406",
        "--no-cache", str(year_2026 / CELL / "cam-ket-phan-thanh-binh.txt"),
    )  # fmt: skip
    assert "repeats the 2025 commitment by the same member" in result.output


def test_list_and_remove_by_year(archive_2025: Path, year_2026: Path) -> None:
    assert _cli("archive", "add", str(archive_2025), str(year_2026), "-q").exit_code == 0
    rows = _listed(archive_2025)
    assert sorted({row["year"] for row in rows}) == [2025, 2026]
    cell_2025 = next(r for r in rows if r["year"] == 2025 and "BÌNH THUẬN" in r["unit"].upper())
    assert cell_2025["commitments"] == 9 and cell_2025["plans"] == 1
    assert cell_2025["copies"] >= 2  # the commune's planted copy pair is in this cell
    result = _cli("archive", "remove", str(archive_2025), "--year", "2025")
    assert result.exit_code == 0
    assert "Đã xóa 21 văn bản năm 2025" in result.output
    assert {row["year"] for row in _listed(archive_2025)} == {2026}


def test_adding_the_same_files_again_replaces_them(archive_2025: Path, year_2025: Path) -> None:
    before = _listed(archive_2025)
    result = _cli("archive", "add", str(archive_2025), str(year_2025), "--no-cache")
    assert "21 văn bản đã có từ trước được thay bằng bản mới" in result.output
    assert _listed(archive_2025) == before
    with sqlite3.connect(archive_2025) as connection:
        assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 21
        assert connection.execute("SELECT count(*) FROM batches").fetchone()[0] == 1


def _in_transaction(archive: Path) -> bool:
    """Does another connection hold the archive's write lock (a batch being added)?"""
    probe = sqlite3.connect(archive, timeout=0, isolation_level=None)
    try:
        probe.execute("BEGIN IMMEDIATE")
        probe.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as error:
        assert "locked" in str(error)
        return True
    finally:
        probe.close()


def _wait_for_transaction(archive: Path, writer: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not _in_transaction(archive):
        assert writer.poll() is None, writer.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_an_add_killed_midway_leaves_the_archive_as_it_was(archive_2025: Path) -> None:
    before = _listed(archive_2025)
    writer = _camket("archive", "add", str(archive_2025), str(CORPUS), "-q", "--no-cache")
    _wait_for_transaction(archive_2025, writer)
    time.sleep(0.5)  # well inside the batch: documents are being written
    os.killpg(writer.pid, signal.SIGKILL)
    writer.communicate(timeout=30)
    assert _listed(archive_2025) == before
    with sqlite3.connect(archive_2025) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 21
    # and the next add goes through: nothing was left locked
    assert _cli("archive", "add", str(archive_2025), str(BINH_AN), "-q").exit_code == 0


BUSY = [
    CORPUS / unit
    for unit in (
        "dang-uy-xa-tan-tra",
        "dang-uy-phuong-hoa-son",
        "dang-uy-xa-phuoc-hai-son",
    )
]


def test_readers_see_the_archive_as_it_was_while_a_batch_is_added(
    archive_2025: Path, year_2026: Path
) -> None:
    before = _listed(archive_2025)
    # three communes (over 300 files): the add holds its transaction open for seconds, time for
    # the readers to start, as the whole corpus would but in a sixth of its time
    writer = _camket("archive", "add", str(archive_2025), *map(str, BUSY), "-q", "--no-cache")
    _wait_for_transaction(archive_2025, writer)
    readers = [_camket("archive", "list", str(archive_2025), "--format", "json") for _ in range(2)]
    checker = _camket(
        "check", "--archive", str(archive_2025), "--select", "CK406", "-q", "--no-cache",
        str(year_2026 / CELL / "cam-ket-phan-thanh-binh.txt"),
    )  # fmt: skip
    for reader in readers:
        out, err = reader.communicate(timeout=60)
        assert reader.returncode == 0, err
        assert json.loads(out) == before
    out, err = checker.communicate(timeout=60)
    assert checker.returncode == 1 and "CK406" in out, err
    out, err = writer.communicate(timeout=120)
    assert writer.returncode == 0, err
    assert len(_listed(archive_2025)) > len(before)


def _refused(archive: Path, *needles: str) -> None:
    original = archive.read_bytes() if archive.is_file() else None
    for args in (
        ("archive", "list", str(archive)),
        ("archive", "add", str(archive), str(BINH_AN / CELL), "-q"),
        ("check", "--archive", str(archive), str(BINH_AN / CELL), "-q"),
    ):
        result = _cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert all(needle in result.output for needle in needles), result.output
        assert "Traceback" not in result.output
    if original is not None:
        assert archive.read_bytes() == original  # never written to


def test_a_damaged_file_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "hong.sqlite"
    archive.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    _refused(archive, "không phải tệp lưu trữ của camket")


def test_another_programs_database_is_refused(tmp_path: Path) -> None:
    archive = tmp_path / "danh-ba.sqlite"
    with sqlite3.connect(archive) as connection:
        connection.execute("CREATE TABLE dang_vien (ten TEXT)")
    _refused(archive, "không phải tệp lưu trữ của camket", "không ghi vào tệp này")


def test_an_archive_of_a_newer_camket_is_refused(archive_2025: Path) -> None:
    with sqlite3.connect(archive_2025) as connection:
        connection.execute(f"PRAGMA user_version = {VERSION + 1}")
    _refused(archive_2025, "camket bản mới hơn")


def test_a_folder_a_fifo_or_a_missing_file_is_refused(tmp_path: Path) -> None:
    result = _cli("check", "--archive", str(tmp_path / "chua-co.sqlite"), str(BINH_AN / CELL))
    assert result.exit_code == 2 and "Không có tệp lưu trữ" in result.output
    folder = tmp_path / "thu-muc.sqlite"
    folder.mkdir()
    fifo = tmp_path / "ong.sqlite"
    os.mkfifo(fifo)
    for archive in (folder, fifo):
        for args in (("archive", "add", str(archive), str(BINH_AN / CELL), "-q"),
                     ("check", "--archive", str(archive), str(BINH_AN / CELL))):  # fmt: skip
            result = _cli(*args)
            assert result.exit_code == 2 and "không phải tệp thường" in result.output, args


def test_an_archive_of_the_first_schema_is_upgraded_in_place(
    tmp_path: Path, year_2025: Path
) -> None:
    archive = tmp_path / "cu.sqlite"
    with sqlite3.connect(archive) as connection:
        connection.executescript(MIGRATIONS[0])
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute("PRAGMA user_version = 1")
    assert _listed(archive) == []  # read as it is
    result = _cli("archive", "add", str(archive), str(year_2025), "-q")
    assert result.exit_code == 0, result.output
    with sqlite3.connect(archive) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == VERSION
        indexes = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        assert {"documents_by_year", "documents_by_identity"} <= indexes
        assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 21


def test_the_workbook_shows_each_unit_year_by_year(
    tmp_path: Path, archive_2025: Path, year_2026: Path
) -> None:
    import openpyxl

    out = tmp_path / "bao-cao.xlsx"
    result = _cli(
        "check", "--archive", str(archive_2025), "--format", "xlsx", "-o", str(out),
        "--no-cache", str(year_2026),
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    sheet = openpyxl.load_workbook(out)["Theo năm"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0][:4] == ["Năm", "Đơn vị", "Nguồn", "Bản cam kết"]
    archived = [r for r in rows[1:] if r[2] == "tệp lưu trữ"]
    this_run = [r for r in rows[1:] if r[2] == "lượt kiểm tra này"]
    assert {r[0] for r in archived} == {2025} and sum(r[3] for r in archived) == 18
    assert {r[0] for r in this_run} == {2026} and sum(r[3] for r in this_run) == 3
    assert sum(r[8] for r in this_run) == 1  # the plan
    for row in archived + this_run:
        assert row[5] == (round(100 * row[4] / row[3]) if row[3] else None)


def test_the_html_report_shows_each_unit_year_by_year(
    tmp_path: Path, archive_2025: Path, year_2026: Path
) -> None:
    out = tmp_path / "bao-cao.html"
    result = _cli(
        "check", "--archive", str(archive_2025), "--format", "html", "-o", str(out),
        "--no-cache", str(year_2026),
    )  # fmt: skip
    assert result.exit_code == 1, result.output
    page = out.read_text(encoding="utf-8")
    assert page.count("<h3>Qua các năm</h3>") == 2  # the two cells of 2026, each with its 2025
    trend = page.split("<h3>Qua các năm</h3>")[1].split("</table>")[0]
    assert "<tr><td>2025</td>" in trend and "<tr><td>2026 (lượt này)</td>" in trend
    assert trend.index("<td>2025</td>") < trend.index("<td>2026 (lượt này)</td>")
    without = tmp_path / "khong-luu-tru.html"
    _cli("check", "--format", "html", "-o", str(without), "--no-cache", str(year_2026))
    assert "Qua các năm" not in without.read_text(encoding="utf-8")
