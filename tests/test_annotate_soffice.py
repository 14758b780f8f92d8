"""The annotated copies are valid Word packages: LibreOffice (headless) opens each and prints it
to PDF with its comments, one PDF note per finding, by camket, saying the finding's message.
Without LibreOffice these tests skip, unless CAMKET_REQUIRE_SOFFICE=1 (set by .ci/run)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pypdf
import pytest
from conftest import CORPUS, copy_commitments
from test_annotate import AN_LAC, annotate, by_path, check_json

TIMEOUT = 120  # seconds for one LibreOffice run
# Writer's PDF export with the comments printed as PDF notes (JSON filter options, LibreOffice ≥ 7.4).
PDF_WITH_NOTES = 'pdf:writer_pdf_Export:{"ExportNotes":{"type":"boolean","value":"true"}}'


def soffice() -> str:
    found = shutil.which("soffice")
    if found:
        return found
    if os.environ.get("CAMKET_REQUIRE_SOFFICE") == "1":
        pytest.fail(
            "CAMKET_REQUIRE_SOFFICE=1 but no soffice on PATH (apt-get install libreoffice-writer-nogui)"
        )
    pytest.skip("no soffice on PATH: install Debian's libreoffice-writer-nogui to run this test")


def to_pdf(program: str, files: list[Path], outdir: Path, profile: Path) -> None:
    """Convert with a private LibreOffice profile; the whole process group is killed if it
    has not finished in TIMEOUT seconds."""
    command = [
        program,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        PDF_WITH_NOTES,
        "--outdir",
        str(outdir),
        *map(str, files),
    ]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True
    )
    try:
        output, _ = process.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"LibreOffice did not convert {len(files)} files in {TIMEOUT} s")
    assert process.returncode == 0, output.decode(errors="replace")


def notes(pdf: Path) -> list[tuple[str, str]]:
    """(title, text) of each note (PDF /Text annotation) of a PDF, page by page."""
    found = []
    for page in pypdf.PdfReader(pdf).pages:
        for annotation in page.get("/Annots") or []:
            annotation = annotation.get_object()
            if annotation.get("/Subtype") == "/Text":
                found.append((str(annotation.get("/T")), str(annotation.get("/Contents"))))
    return found


def test_libreoffice_prints_every_comment_of_every_copy(tmp_path):
    from test_odt import odt_parts, p, write_odt

    program = soffice()
    unit = copy_commitments(AN_LAC, tmp_path / "dang-uy-phuong-an-lac")
    lan = CORPUS / "dang-uy-xa-phuoc-hai-son" / "chi-bo-thon-hai-binh" / "cam-ket-huynh-thi-lan.txt"
    body = "".join(p(escape(line)) for line in lan.read_text(encoding="utf-8").splitlines())
    odt = write_odt(unit / "chi-bo-khu-pho-3" / "cam-ket-huynh-thi-lan.odt", odt_parts(body))
    report = by_path(check_json(str(unit)))
    out = tmp_path / "ghi-chu"
    assert annotate("-o", str(out), str(unit)).exit_code == 1
    copies = {
        out / Path(path).relative_to(unit).with_name(Path(path).name + ".docx")
        if not path.endswith(".docx")
        else out / Path(path).relative_to(unit): findings
        for path, findings in report.items()
    }
    assert {Path(path).suffix for path in report} == {".docx", ".txt", ".odt"}
    assert str(odt) in report
    pdfs = tmp_path / "pdf"
    to_pdf(program, sorted(copies), pdfs, tmp_path / "libreoffice-profile")
    for copy, findings in copies.items():
        pdf = pdfs / (copy.name[: -len(".docx")] + ".pdf")
        printed = notes(pdf)
        assert len(printed) == len(docx.Document(str(copy)).comments) == len(findings), copy
        assert {author.split(",")[0] for author, _ in printed} == {"camket"}  # "camket, date, "
        for finding in findings:
            assert any(finding["message"] in text for _, text in printed), finding["rule"]
