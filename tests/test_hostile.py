"""Hostile and broken input: each kind of fault is its own `input` finding, and the rest of the
batch is still checked."""

from __future__ import annotations

import io
import json
import os
import random
import shutil
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import REAL_DOCX, TEXT, docx_with, read_code

from linter.cli import main
from linter.read import container as containers
from linter.read import read
from linter.read.load import MAX_BYTES
from linter.sources import Source

PDF = Path(__file__).resolve().parent / "fixtures" / "pdf" / "cam-ket-phan-van-luc.pdf"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def test_random_bytes_named_docx(tmp_path):
    path = tmp_path / "rac.docx"
    path.write_bytes(random.Random(7).randbytes(4096).replace(b"PK", b"pk"))
    assert read_code(path) == "CK003"


def test_a_zip_that_is_not_a_word_file(tmp_path):
    path = tmp_path / "nen.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("ghi-chu.txt", "Không phải tài liệu Word.")
    assert read_code(path) == "CK003"


def test_truncated_docx(tmp_path):
    data = REAL_DOCX.read_bytes()
    path = tmp_path / "tai-do.docx"
    path.write_bytes(data[: len(data) // 2])
    assert read_code(path) == "CK011"


def test_password_protected_docx(tmp_path):
    # Word saves an encrypted .docx as an OLE compound file holding an EncryptedPackage stream.
    path = tmp_path / "mat-khau.docx"
    directory = (
        "EncryptionInfo".encode("utf-16-le") + b"\0" * 50 + "EncryptedPackage".encode("utf-16-le")
    )
    path.write_bytes(OLE_MAGIC + b"\0" * 504 + directory + b"\0" * 4096)
    assert read_code(path) == "CK012"


def test_zip_bomb_by_size_and_by_entries(tmp_path):
    big = docx_with(
        tmp_path / "bom.docx", {"word/media/rong.bin": b"\0" * (containers.MAX_UNPACKED + 1)}
    )
    assert big.stat().st_size < 1024 * 1024  # small on disk, huge unpacked
    assert read_code(big) == "CK013"
    many = docx_with(
        tmp_path / "nhieu.docx", {f"word/x/{i}.xml": b"<a/>" for i in range(containers.MAX_ENTRIES)}
    )
    assert read_code(many) == "CK013"


def test_xml_entity_expansion_is_refused_quickly(tmp_path):
    laughs = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "hahahahahahahahahaha">'
        + b"".join(
            b'<!ENTITY %c "&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;&%c;">'
            % ((98 + i,) + (97 + i,) * 10)
            for i in range(8)
        )
        + b']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>"
    )
    path = docx_with(tmp_path / "thuc-the.docx", {"word/document.xml": laughs})
    started = time.perf_counter()
    assert read_code(path) == "CK014"
    assert time.perf_counter() - started < 5


def test_file_over_the_size_cap(tmp_path):
    path = tmp_path / "qua-lon.txt"
    with path.open("wb") as stream:
        stream.truncate(MAX_BYTES + 1)  # sparse: nothing is written
    assert read_code(path) == "CK005"


def test_no_read_permission(tmp_path, monkeypatch):
    path = tmp_path / "khoa.txt"
    path.write_text(TEXT, encoding="utf-8")

    real_open = os.open

    def refuse(file, *args, **kwargs):  # root reads any file: refuse as a non-root user sees it
        if Path(file) == path:
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    assert read_code(path) == "CK006"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_no_read_permission_on_disk(tmp_path):
    path = tmp_path / "khoa.txt"
    path.write_text(TEXT, encoding="utf-8")
    path.chmod(0)
    try:
        assert read_code(path) == "CK006"
    finally:
        path.chmod(0o644)


def test_symlink_loop_and_dangling_link(tmp_path):
    loop = tmp_path / "vong.txt"
    loop.symlink_to(loop)
    dangling = tmp_path / "mat.docx"
    dangling.symlink_to(tmp_path / "khong-co.docx")
    assert read_code(loop) == "CK015"
    assert read_code(dangling) == "CK015"


def test_old_word_doc_says_how_to_convert(tmp_path):
    path = tmp_path / "cam-ket.doc"
    path.write_bytes(OLE_MAGIC + b"\0" * 504 + "WordDocument".encode("utf-16-le") + b"\0" * 4096)
    assert read_code(path) == "CK016"
    renamed = tmp_path / "cam-ket-that.doc"
    shutil.copy(REAL_DOCX, renamed)  # a .docx saved with the old name is read
    lines, fmt, _ = read(Source(renamed, renamed.name, "u"))
    assert fmt == "docx" and any("CAM KẾT" in line.text.upper() for line in lines)


def test_pdf_with_text_is_read():
    lines, fmt, _ = read(Source(PDF, PDF.name, "u"))
    assert fmt == "pdf"
    texts = [line.text for line in lines]
    assert "- Hoàn thành tốt nhiệm vụ được giao." in texts
    assert "Tân Hòa, ngày 16 tháng 3 năm 2026" in texts


def _pdf(tmp_path: Path, name: str, password: str | None = None) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    if password:
        writer.encrypt(password, algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    path = tmp_path / name
    path.write_bytes(buffer.getvalue())
    return path


def test_scanned_or_protected_pdf(tmp_path):
    assert read_code(_pdf(tmp_path, "ban-scan.pdf")) == "CK017"
    assert read_code(_pdf(tmp_path, "khoa.pdf", password="matkhau")) == "CK012"
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"%PDF-1.7\n" + random.Random(1).randbytes(2000))
    assert read_code(broken) == "CK017"


def test_a_batch_of_bad_files_reports_each_and_checks_the_rest(tmp_path):
    unit = tmp_path / "chi-bo-a"
    unit.mkdir()
    (unit / "cam-ket-tot.txt").write_text(TEXT, encoding="utf-8")
    shutil.copy(PDF, unit / "cam-ket-pdf.pdf")
    (unit / "rong.txt").write_bytes(b"")
    (unit / "rac.docx").write_bytes(bytes(range(7, 256)) * 8)
    (unit / "tai-do.docx").write_bytes(REAL_DOCX.read_bytes()[:3000])
    (unit / "cu.doc").write_bytes(OLE_MAGIC + b"\0" * 600)
    (unit / "vong.txt").symlink_to(unit / "vong.txt")
    _pdf(unit, "ban-scan.pdf")
    result = CliRunner().invoke(main, ["check", "--format", "json", str(tmp_path)])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    inputs = {
        Path(f["path"]).name: f["rule"] for f in report["findings"] if f["category"] == "input"
    }
    assert inputs == {
        "rong.txt": "CK001",
        "rac.docx": "CK003",
        "tai-do.docx": "CK011",
        "cu.doc": "CK016",
        "vong.txt": "CK015",
        "ban-scan.pdf": "CK017",
    }
    checked = {Path(f["path"]).name for f in report["findings"] if f["rule"] == "CK101"}
    assert checked == {"cam-ket-tot.txt", "cam-ket-pdf.pdf"}
    assert all(
        f["message"] and f["suggestion"] for f in report["findings"] if f["category"] == "input"
    )


def test_english_input_messages(tmp_path):
    _pdf(tmp_path, "ban-scan.pdf")
    result = CliRunner().invoke(main, ["check", "--lang", "en", "--format", "json", str(tmp_path)])
    message = json.loads(result.output)["findings"][0]["message"]
    assert message == "No text could be taken from the PDF (1 pages, none with text)."
