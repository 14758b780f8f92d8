"""What camket says reads right to a cell secretary: no "0 việc cụ thể", an example that fits
the part it is given for and the writer's job, a file left unchecked is counted and explained,
and a photo of a commitment gets the advice to type it or OCR it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TEXT

from linter.cli import main

VAGUE_DUTIES = "- Hoàn thành tốt nhiệm vụ được giao.\n- Làm tốt công tác tham mưu cho lãnh đạo.\n"
DUTIES = (
    "- Hoàn thành tốt nhiệm vụ được giao.\n"
    "- Dạy đủ 19 tiết/tuần, có 2 sáng kiến kinh nghiệm cấp huyện.\n"
    "- Phụ đạo 6 học sinh yếu môn Toán lớp 8B vào chiều thứ Bảy hằng tuần.\n"
)


def check_json(*args: str) -> dict:
    result = CliRunner().invoke(main, ["check", "--format", "json", "--no-context", *args])
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_a_duties_part_without_a_concrete_item_says_so_in_words(tmp_path: Path):
    unit = tmp_path / "chi-bo-a"
    unit.mkdir()
    (unit / "cam-ket.txt").write_text(TEXT.replace(DUTIES, VAGUE_DUTIES), encoding="utf-8")
    (unit / "cam-ket-mot-viec.txt").write_text(
        TEXT.replace(DUTIES, VAGUE_DUTIES + "- Phụ đạo 6 học sinh yếu môn Toán lớp 8B.\n"),
        encoding="utf-8",
    )
    messages = {
        Path(f["path"]).name: f["message"]
        for f in check_json("--select", "CK302", str(unit))["findings"]
    }
    assert messages["cam-ket.txt"] == (
        "Phần “Về thực hiện chức trách, nhiệm vụ được giao” chưa có việc cụ thể nào "
        "(cần ít nhất 2)."
    )
    assert "chỉ có 1 việc cụ thể (cần ít nhất 2)" in messages["cam-ket-mot-viec.txt"]
    english = check_json("--select", "CK302", "--lang", "en", str(unit))["findings"]
    said = {Path(f["path"]).name: f["message"] for f in english}
    assert "has no concrete item yet (at least 2 needed)" in said["cam-ket.txt"]
    assert "has only 1 concrete item (at least 2 needed)" in said["cam-ket-mot-viec.txt"]
    assert not any(
        re.search(r"\b0 (việc|concrete)", m) for m in [*messages.values(), *said.values()]
    )


PART_EXAMPLE_RULES = ("CK204", "CK205", "CK206")
MEETINGS = re.compile(r"sinh hoạt chi bộ|buổi sinh hoạt|họp", re.IGNORECASE)


def _part_of(document, line: int) -> int | None:
    for section in document.outline.sections:
        if section.heading_line <= line <= section.last_line and section.all_parts:
            return section.all_parts[0]
    return None


def test_an_example_fits_the_part_it_is_given_for(corpus_run):
    """Over the corpus: on the ethics part no example is about attending meetings; on the
    discipline part the example is; on the political part it is about studying."""
    report, _ = corpus_run
    documents = {document.path: document for document in report.documents}
    by_part: dict[int | None, list[str]] = {}
    for finding in report.findings:
        if finding.rule in PART_EXAMPLE_RULES:
            part = _part_of(documents[finding.path], finding.line)
            by_part.setdefault(part, []).append(finding.suggestion)
    assert len(by_part[2]) > 50 and len(by_part[4]) > 50 and len(by_part[1]) > 50
    assert not [s for s in by_part[2] if MEETINGS.search(s)]
    assert all(MEETINGS.search(s) for s in by_part[4])
    assert all(re.search(r"thu hoạch|nghị quyết", s) for s in by_part[1])
    assert all("Kê khai tài sản" in s or "hộ khó khăn" in s for s in by_part[2])


ACCOUNTANT = """ĐẢNG BỘ XÃ AN PHÚ                ĐẢNG CỘNG SẢN VIỆT NAM
CHI BỘ TRƯỜNG TIỂU HỌC AN PHÚ                An Phú, ngày 10 tháng 01 năm 2026
BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Lê Thị Thu.
Chức vụ: Kế toán Trường Tiểu học An Phú.
I. Về tư tưởng chính trị
- Học xong chuyên đề năm 2026, nộp bài thu hoạch cho chi ủy trước ngày 30/6/2026.
II. Về phẩm chất đạo đức, lối sống
- Kê khai tài sản, thu nhập trung thực, nộp trước ngày 31/12/2026.
III. Về thực hiện chức trách, nhiệm vụ được giao
- Thực hiện tốt công tác chuyên môn được giao.
- Làm tốt công tác tham mưu cho lãnh đạo nhà trường.
- Chấp hành nghiêm chế độ báo cáo.
IV. Về tổ chức kỷ luật
- Dự đủ 12 buổi sinh hoạt chi bộ trong năm 2026.
NGƯỜI CAM KẾT
Lê Thị Thu
"""


def test_an_accountant_gets_an_accountants_example(tmp_path: Path):
    """An accountant of a school is neither an archivist nor a teacher."""
    unit = tmp_path / "chi-bo-truong-th-an-phu"
    unit.mkdir()
    (unit / "cam-ket-le-thi-thu.txt").write_text(ACCOUNTANT, encoding="utf-8")
    findings = check_json(str(unit))["findings"]
    on_duties = [f for f in findings if 10 <= f["line"] <= 13 and f["suggestion"]]
    assert len(on_duties) >= 3
    for finding in on_duties:
        assert re.search(r"quyết toán|chứng từ", finding["suggestion"]), finding
        assert not re.search(r"lưu trữ|học sinh|văn bản đến", finding["suggestion"]), finding


# ---------------------------------------------------------------- files left unchecked


@pytest.fixture
def mixed_unit(tmp_path: Path) -> Path:
    """A cell folder as a secretary gets it from Zalo: commitments, two photos of one, a
    spreadsheet, a note in Markdown and camket's own config."""
    unit = tmp_path / "chi-bo-a"
    unit.mkdir()
    (unit / "cam-ket-a.txt").write_text(TEXT, encoding="utf-8")
    (unit / "cam-ket-b.txt").write_text(TEXT.replace("Toán", "Văn"), encoding="utf-8")
    (unit / "cam-ket-c-trang-1.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    (unit / "cam-ket-c-trang-2.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic" + b"\x00" * 64)
    (unit / "danh-sach.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    (unit / "ghi-chu.md").write_text("# Ghi chú\n", encoding="utf-8")
    (tmp_path / "camket.yaml").write_text("lang: vi\n", encoding="utf-8")
    return unit


def test_files_found_but_not_checked_are_counted_with_the_reason(mixed_unit: Path):
    result = CliRunner().invoke(main, ["check", "--no-cache", str(mixed_unit)])
    assert result.exit_code == 1, result.output
    out = result.stdout
    assert "Đã kiểm tra 2 tệp." in out
    assert "Không kiểm tra 4 tệp khác tìm thấy trong thư mục:" in out
    assert (
        "  2 tệp ảnh (.heic, .jpg): ảnh chụp hoặc bản quét không có chữ để đọc; hãy đánh máy "
        "lại hoặc nhận dạng chữ (OCR) thành .docx rồi kiểm tra lại (ví dụ "
        f"{mixed_unit}/cam-ket-c-trang-1.jpg, {mixed_unit}/cam-ket-c-trang-2.HEIC)."
    ) in out
    assert (
        f"  1 tệp .md: tệp .md chỉ được kiểm tra khi nêu tên tệp trong lệnh (ví dụ {mixed_unit}/ghi-chu.md)."
        in out
    )
    assert "  1 tệp loại khác (.xlsx): camket chỉ đọc .txt, .docx, .odt, .pdf" in out
    assert "camket.yaml" not in out  # camket's own file is not a submission
    english = CliRunner().invoke(main, ["check", "--no-cache", "--lang", "en", str(mixed_unit)])
    assert "4 other files found in the folders were not checked:" in english.stdout
    assert "2 image files (.heic, .jpg): photos or scans have no text to read" in english.stdout
    above = CliRunner().invoke(main, ["check", "--no-cache", str(mixed_unit.parent)])
    assert "Không kiểm tra 4 tệp khác" in above.stdout  # from the folder above: the same files
    (mixed_unit.parent / "camket.yaml").write_text('exclude: ["*.xlsx"]\n', encoding="utf-8")
    excluded = CliRunner().invoke(main, ["check", "--no-cache", str(mixed_unit)])
    assert "Không kiểm tra 3 tệp khác" in excluded.stdout and ".xlsx" not in excluded.stdout


def test_a_folder_of_photos_only_says_what_to_do(tmp_path: Path):
    photos = tmp_path / "anh-chup"
    photos.mkdir()
    (photos / "cam-ket.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    result = CliRunner().invoke(main, ["check", str(photos)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert result.stderr.startswith("Không tìm thấy tệp nào để kiểm tra")
    assert "1 tệp ảnh (.png): ảnh chụp hoặc bản quét" in result.stderr
    assert "nhận dạng chữ (OCR)" in result.stderr


@pytest.mark.parametrize(
    "name", ["cam-ket.jpg", "CAM-KET.JPEG", "cam-ket.png", "cam-ket.tif", "cam-ket.heic"]
)
def test_a_photo_named_directly_gets_the_scan_advice(tmp_path: Path, name: str):
    photo = tmp_path / name
    photo.write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    (finding,) = check_json(str(photo))["findings"]
    suffix = Path(name).suffix.lower()
    assert (finding["rule"], finding["category"], finding["severity"]) == (
        "CK022",
        "input",
        "error",
    )
    assert finding["message"] == (
        f"Đây là tệp ảnh “{suffix}” (ảnh chụp hoặc bản quét), không có chữ để kiểm tra."
    )
    assert "đánh máy lại" in finding["suggestion"] and "(OCR)" in finding["suggestion"]
    assert "lưu thành .docx" not in finding["suggestion"]


def test_another_unknown_type_named_directly_is_still_told_to_save_as_docx(tmp_path: Path):
    sheet = tmp_path / "cam-ket.rtf"
    sheet.write_text("{\\rtf1 Bản cam kết}", encoding="utf-8")
    (finding,) = check_json(str(sheet))["findings"]
    assert finding["rule"] == "CK004" and "lưu thành .docx" in finding["suggestion"]
    assert "camket đọc .txt, .docx, .odt, .md và .pdf" in finding["message"]
