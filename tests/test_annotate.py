"""`camket annotate`: copies of the checked files with one Word comment per finding, written
beside nothing that is read as input, the originals untouched."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import shutil
import unicodedata
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pytest
from click.testing import CliRunner
from conftest import CORPUS, copy_commitments

from linter.cli import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
AN_LAC = CORPUS / "dang-uy-phuong-an-lac"  # a unit of .docx and .txt commitments, with copies


def anchored_texts(path: Path) -> dict[int, str]:
    """The text each comment of a .docx spans (its commentRangeStart to its commentRangeEnd),
    by comment id; paragraphs within a span are joined by " / ", as camket's excerpts are."""
    body = docx.Document(str(path)).element.body
    spans: dict[int, list[str]] = {}
    done: dict[int, str] = {}
    for element in body.iter():
        if element.tag == f"{W}commentRangeStart":
            spans[int(element.get(f"{W}id"))] = []
        elif element.tag == f"{W}commentRangeEnd":
            done[int(element.get(f"{W}id"))] = "".join(spans.pop(int(element.get(f"{W}id"))))
        elif element.tag in (f"{W}t", f"{W}tab"):
            text = element.text or "" if element.tag == f"{W}t" else "\t"
            for parts in spans.values():
                parts.append(text)
        elif element.tag == f"{W}p":
            for parts in spans.values():
                if parts:
                    parts.append(" / ")
    assert not spans, "a comment range is never closed"
    return done


def check_json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def annotate(*args: str) -> object:
    return CliRunner().invoke(main, ["annotate", *args])


def by_path(report: dict) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for finding in report["findings"]:
        found.setdefault(finding["path"], []).append(finding)
    return found


def snapshot(folder: Path) -> dict[Path, tuple[bytes, int]]:
    """Every file below a folder with its bytes and modification time."""
    return {
        path: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def an_lac(tmp_path: Path) -> Path:
    return copy_commitments(AN_LAC, tmp_path / "dang-uy-phuong-an-lac")


@pytest.fixture(scope="module")
def annotated(tmp_path_factory):
    """The unit annotated into ghi-chu beside it, with the check's report of the same unit, the
    originals' bytes and times before the run, and the time around the run (made once for
    the tests that only read them; no cache: the per-test cache folder is not set yet)."""
    an_lac = copy_commitments(AN_LAC, tmp_path_factory.mktemp("don-vi") / AN_LAC.name)
    before = snapshot(an_lac)
    report = check_json("--no-cache", str(an_lac))
    out = an_lac.parent / "ghi-chu"
    started = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    result = annotate("--no-cache", "-o", str(out), str(an_lac))
    ended = dt.datetime.now(dt.timezone.utc)
    return an_lac, out, result, report, before, (started, ended)


def copy_of(original: str, root: Path, out: Path) -> Path:
    relative = Path(original).relative_to(root)
    name = relative.name if relative.suffix == ".docx" else relative.name + ".docx"
    return out / relative.parent / name


def test_one_comment_per_finding_anchored_on_what_was_flagged(annotated):
    root, out, result, report, _, (started, ended) = annotated
    assert result.exit_code == 1, result.output  # findings at warning level, as check
    findings = by_path(report)
    formats = {Path(path).suffix for path in findings}
    assert formats == {".docx", ".txt"}
    for path, expected in findings.items():
        copy = copy_of(path, root, out)
        comments = list(docx.Document(str(copy)).comments)
        assert len(comments) == len(expected), copy
        spans = anchored_texts(copy)
        for comment, finding in zip(comments, expected, strict=True):
            assert comment.author == "camket" and comment.initials == "CK"
            assert started <= comment.timestamp <= ended
            assert finding["message"] in comment.text
            if finding["suggestion"]:
                assert finding["suggestion"] in comment.text
            start = finding["excerpt"].split(" / ")[0].rstrip("…")[:40]
            assert start in spans[comment.comment_id], (copy, finding["line"])
            if finding["line"] == finding["end_line"] and not finding["excerpt"].endswith("…"):
                assert spans[comment.comment_id] == finding["excerpt"]


def test_only_files_with_findings_are_copied_and_the_summary_says_so(annotated):
    root, out, result, report, _, _ = annotated
    findings = by_path(report)
    copies = sorted(path for path in out.rglob("*") if path.is_file())
    assert copies == sorted(copy_of(path, root, out) for path in findings)
    clean = len(report["files"]) - len(findings)
    assert clean > 0
    comments = len(report["findings"])
    assert result.stdout.splitlines() == [
        f"Đã ghi {len(findings)} bản có ghi chú vào {out} ({comments} ghi chú).",
        f"{clean} tệp không có phát hiện nào: không tạo bản có ghi chú.",
    ]


def test_the_originals_are_untouched(annotated):
    root, _, _, _, before, _ = annotated
    assert snapshot(root) == before


def test_a_copy_comment_names_the_other_member_and_its_lines(annotated):
    root, out, _, report, _, _ = annotated
    copies = [f for f in report["findings"] if f["category"] == "duplicate" and f["related"]]
    assert copies
    for finding in copies:
        comments = list(docx.Document(str(copy_of(finding["path"], root, out))).comments)
        text = next(c.text for c in comments if finding["message"] in c.text)
        for related in finding["related"]:
            name = Path(related["path"]).name
            if related["line"] == related["end_line"]:
                where = f"dòng {related['line']}"
            else:
                where = f"dòng {related['line']}–{related['end_line']}"
            assert f"Bản giống: {name}, {where}." in text


def test_a_text_file_becomes_a_docx_of_its_lines(annotated):
    """Line for line; a file typed in a legacy encoding (a few here are) in Unicode."""
    from linter.read import read
    from linter.sources import Source

    root, out, _, report, _, _ = annotated
    texts = [path for path in by_path(report) if path.endswith(".txt")]
    assert len(texts) >= 5
    legacy = 0
    for path in texts:
        paragraphs = [p.text for p in docx.Document(str(copy_of(path, root, out))).paragraphs]
        lines, _, encoding = read(Source(Path(path), path, "u"))
        assert paragraphs == [line.text for line in lines]
        if encoding is None:
            assert paragraphs == Path(path).read_text(encoding="utf-8").splitlines()
        else:
            legacy += 1
            assert any("CAM KẾT" in unicodedata.normalize("NFC", text) for text in paragraphs)
    assert legacy >= 1


def test_an_odt_becomes_a_docx_of_its_lines(tmp_path):
    from test_odt import odt_parts, p, write_odt

    from linter.read import read
    from linter.sources import Source

    unit = tmp_path / "chi-bo-thon-hai-binh"
    unit.mkdir()
    source = (
        CORPUS / "dang-uy-xa-phuoc-hai-son" / "chi-bo-thon-hai-binh" / "cam-ket-huynh-thi-lan.txt"
    )
    lines = source.read_text(encoding="utf-8").splitlines()
    body = "".join(p(escape(line)) for line in lines)
    odt = write_odt(unit / "cam-ket-huynh-thi-lan.odt", odt_parts(body))
    report = check_json("--no-context", str(odt))
    out = tmp_path / "ghi-chu"
    result = annotate("--no-context", "-o", str(out), str(odt))
    assert result.exit_code == 1, result.output
    copy = out / "cam-ket-huynh-thi-lan.odt.docx"
    read_lines = [line.text for line in read(Source(odt, odt.name, "u"))[0]]
    assert read_lines == lines
    assert [paragraph.text for paragraph in docx.Document(str(copy)).paragraphs] == lines
    assert len(docx.Document(str(copy)).comments) == len(report["findings"]) > 0


@pytest.mark.parametrize(
    "out_of",
    [
        lambda unit: unit,  # the input folder itself
        lambda unit: unit / "chi-bo-khu-pho-3" / "ghi-chu",  # inside it
        lambda unit: unit.parent,  # holding it
    ],
    ids=["input-folder", "inside-input", "holding-input"],
)
def test_an_output_folder_among_the_inputs_is_refused(an_lac, out_of):
    out = out_of(an_lac)
    before = snapshot(an_lac.parent)
    result = annotate("-o", str(out), str(an_lac))
    assert result.exit_code == 2
    assert "Không ghi vào" in result.stderr and "bị coi là bản nộp" in result.stderr
    assert f"-o {an_lac.parent / 'dang-uy-phuong-an-lac-ghi-chu'}" in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(an_lac.parent) == before
    assert not (an_lac / "chi-bo-khu-pho-3" / "ghi-chu").exists()


def test_the_folder_of_a_file_checked_on_its_own_is_an_input_folder(an_lac):
    member = an_lac / "chi-bo-khu-pho-3" / "cam-ket-ly-van-phuc.docx"
    result = annotate("-o", str(member.parent / "ghi-chu"), str(member))
    assert result.exit_code == 2
    assert "nằm trong thư mục đầu vào" in result.stderr
    result = annotate("-o", str(member.parent), str(member))  # would replace the original
    assert result.exit_code == 2


def test_an_output_path_that_is_a_file_or_has_no_parent_is_refused(an_lac, tmp_path):
    plain = tmp_path / "bao-cao.txt"
    plain.write_text("báo cáo", encoding="utf-8")
    result = annotate("-o", str(plain), str(an_lac))
    assert result.exit_code == 2 and "không phải thư mục" in result.stderr
    result = annotate("-o", str(tmp_path / "khong-co" / "ghi-chu"), str(an_lac))
    assert result.exit_code == 2 and "không tồn tại" in result.stderr
    assert not (tmp_path / "khong-co").exists()


def test_an_output_folder_linked_to_an_input_folder_is_refused(an_lac, tmp_path):
    link = tmp_path / "ghi-chu"
    link.symlink_to(an_lac / "chi-bo-khu-pho-3", target_is_directory=True)
    before = snapshot(an_lac)
    result = annotate("-o", str(link), str(an_lac))
    assert result.exit_code == 2
    assert snapshot(an_lac) == before


def test_a_subfolder_linked_into_an_input_is_not_written_through(an_lac, tmp_path):
    out = tmp_path / "ghi-chu"
    out.mkdir()
    (out / "chi-bo-khu-pho-3").symlink_to(an_lac / "chi-bo-khu-pho-3", target_is_directory=True)
    before = snapshot(an_lac)
    result = annotate("-o", str(out), str(an_lac))
    assert result.exit_code == 2  # copies that could not be written
    assert snapshot(an_lac) == before
    assert result.stdout.count("dẫn ra ngoài thư mục ghi chú") == 12  # every copy of that unit
    assert [path.name for path in out.iterdir()] == ["chi-bo-khu-pho-3"]


def test_what_is_not_a_plain_file_is_never_replaced(an_lac, tmp_path):
    out = tmp_path / "ghi-chu"
    folder = out / "chi-bo-khu-pho-3"
    folder.mkdir(parents=True)
    fifo = folder / "cam-ket-ly-van-phuc.docx"
    os.mkfifo(fifo)
    link_target = tmp_path / "ngoai.docx"
    link_target.write_bytes(b"keep")
    (folder / "cam-ket-huynh-gia-bao.docx").symlink_to(link_target)
    result = annotate("-o", str(out), str(an_lac))
    assert result.exit_code == 2
    assert fifo.is_fifo()
    assert (folder / "cam-ket-huynh-gia-bao.docx").is_symlink()
    assert link_target.read_bytes() == b"keep"
    assert result.stdout.count("không phải tệp thường, không ghi đè") == 2
    assert (folder / "cam-ket-do-van-chien.docx").is_file()


def test_a_second_run_replaces_the_copies_atomically(an_lac, tmp_path):
    out = tmp_path / "ghi-chu"
    assert annotate("-o", str(out), str(an_lac)).exit_code == 1
    first = {path: path.stat().st_ino for path in out.rglob("*") if path.is_file()}
    assert annotate("-o", str(out), str(an_lac)).exit_code == 1
    second = {path: path.stat().st_ino for path in out.rglob("*") if path.is_file()}
    assert second.keys() == first.keys()  # no temporary file left, no copy doubled
    assert all(second[path] != first[path] for path in first)  # each replaced by a rename


def test_several_folders_each_under_its_own_name(tmp_path):
    first = Path(shutil.copytree(AN_LAC / "chi-bo-khu-pho-3", tmp_path / "2026" / "khu-pho-3"))
    hai_binh = CORPUS / "dang-uy-xa-phuoc-hai-son" / "chi-bo-thon-hai-binh"
    second = Path(shutil.copytree(hai_binh, tmp_path / "2026" / "thon-hai-binh"))
    out = tmp_path / "ghi-chu"
    result = annotate("-o", str(out), str(first), str(second))
    assert result.exit_code == 1, result.output
    tops = {path.relative_to(out).parts[0] for path in out.rglob("*.docx")}
    assert tops == {"khu-pho-3", "thon-hai-binh"}
    assert (out / "thon-hai-binh" / "cam-ket-huynh-thi-lan.txt.docx").is_file()


def test_files_named_alike_are_told_apart(tmp_path):
    """Two members of two cells share a name: each gets a copy."""
    members = [
        CORPUS / "dang-uy-xa-binh-an" / "chi-bo-co-quan-ubnd" / "cam-ket-vo-thi-ngoc-diem.docx",
        CORPUS / "dang-uy-xa-tan-phuoc" / "chi-bo-truong-thcs" / "cam-ket-vo-thi-ngoc-diem.docx",
    ]
    given = []
    for index, member in enumerate(members):
        folder = tmp_path / f"chi-bo-{index}"
        folder.mkdir()
        given.append(str(shutil.copy(member, folder)))
    report = check_json("--no-context", *given)
    assert len(by_path(report)) == 2
    out = tmp_path / "ghi-chu"
    result = annotate("--no-context", "-o", str(out), *given)
    assert result.exit_code == 1, result.output
    first, second = out / "cam-ket-vo-thi-ngoc-diem.docx", out / "cam-ket-vo-thi-ngoc-diem (2).docx"
    assert sorted(out.iterdir()) == [second, first]
    for copy, path in zip((first, second), given, strict=True):
        assert len(docx.Document(str(copy)).comments) == len(by_path(report)[path])


def test_a_pdf_with_findings_is_named_in_the_summary(tmp_path):
    pdf = Path(__file__).parent / "fixtures" / "pdf" / "cam-ket-phan-van-luc.pdf"
    folder = tmp_path / "chi-bo"
    folder.mkdir()
    given = shutil.copy(pdf, folder)
    report = check_json("--no-context", str(given))
    assert by_path(report)
    result = annotate("--no-context", "-o", str(tmp_path / "ghi-chu"), str(given))
    assert result.exit_code == 1
    assert "1 tệp có phát hiện nhưng không ghi chú được" in result.stdout
    assert "cam-ket-phan-van-luc.pdf" in result.stdout
    assert not (tmp_path / "ghi-chu").exists()


def test_english_summary_and_comments(an_lac, tmp_path):
    out = tmp_path / "comments"
    result = annotate("--lang", "en", "-o", str(out), str(an_lac))
    assert result.exit_code == 1
    assert result.stdout.startswith("Wrote 12 annotated copies to")
    comment = next(iter(docx.Document(str(next(out.rglob("*.docx")))).comments))
    assert "(warning, " in comment.text or "(error, " in comment.text or "(info, " in comment.text


def test_the_zip_holds_the_same_copies(annotated, tmp_path):
    from linter.annotate import annotate_to_zip
    from linter.config import Settings, find_config, load_config
    from linter.engine import run
    from linter.rules import load_rules

    root, out, _, _, _, _ = annotated
    config = find_config([root])
    settings = load_config(config) if config else Settings()
    report = run([root], load_rules(settings.rule_dirs), settings)
    target = tmp_path / "ghi-chu.zip"
    summary = annotate_to_zip(report, [root], target)
    stream = io.BytesIO()
    streamed = annotate_to_zip(report, [root], stream)
    written = {p.relative_to(out).as_posix(): p for p in out.rglob("*") if p.is_file()}
    for archive in (zipfile.ZipFile(target), zipfile.ZipFile(stream)):
        assert sorted(archive.namelist()) == sorted(written)
        for name, path in written.items():
            copy = docx.Document(io.BytesIO(archive.read(name)))
            assert [c.text for c in copy.comments] == [
                c.text for c in docx.Document(str(path)).comments
            ]
    assert summary.copies == streamed.copies
    assert summary.comments == len(report.findings)


def test_a_file_python_docx_cannot_open_is_named_and_the_rest_is_written(an_lac, tmp_path):
    """A page header part that is not XML: camket reads the body without it, python-docx
    refuses the whole package. That file gets no copy and is named; the batch goes on."""
    from conftest import docx_with

    member = an_lac / "chi-bo-khu-pho-3" / "cam-ket-tran-quoc-hung.docx"
    with_header = docx.Document(str(member))
    with_header.sections[0].header.paragraphs[0].text = "Chi bộ Khu phố 3"
    with_header.save(str(tmp_path / "co-dau-trang.docx"))
    with zipfile.ZipFile(tmp_path / "co-dau-trang.docx") as package:
        header = next(n for n in package.namelist() if n.startswith("word/header"))
    docx_with(member, {header: "<w:hdr>hỏng"}, source=tmp_path / "co-dau-trang.docx")
    report = check_json(str(an_lac))
    assert by_path(report)[str(member)]  # read, and with findings
    out = tmp_path / "ghi-chu"
    result = annotate("-o", str(out), str(an_lac))
    assert result.exit_code == 1
    assert (
        f"Không tạo được bản có ghi chú của {member}: thư viện python-docx không xử lý được tệp "
        "(XMLSyntaxError)." in result.stdout.splitlines()
    )
    assert not (out / "chi-bo-khu-pho-3" / member.name).exists()
    copies = [path for path in out.rglob("*") if path.is_file()]
    assert len(copies) == len(by_path(report)) - 1
    assert result.stdout.startswith(f"Đã ghi {len(copies)} bản có ghi chú vào {out}")


def test_nothing_to_annotate_writes_nothing(tmp_path):
    folder = tmp_path / "chi-bo-khu-pho-3"
    folder.mkdir()
    plan = shutil.copy(AN_LAC / "chi-bo-khu-pho-3" / "ke-hoach-chi-bo.txt", folder)
    assert check_json("--no-context", str(plan))["findings"] == []
    out = tmp_path / "ghi-chu"
    result = annotate("--no-context", "-o", str(out), str(plan))
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"Không có tệp nào cần ghi chú: chưa ghi gì vào {out}.",
        "1 tệp không có phát hiện nào: không tạo bản có ghi chú.",
    ]
    assert not out.exists()
