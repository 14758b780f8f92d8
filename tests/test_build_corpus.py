"""scripts/build_corpus.py's real-layout writers: an .odt written by hand and a PDF printed by
fpdf2 are read by camket with every label on the intended line, and rebuilding gives the same
bytes (the PDF tests skip when fpdf2, the `corpus` extra, is not installed)."""

import importlib.util
import sys
from pathlib import Path

import pytest
import yaml

from linter.labels import load_labels, verify
from linter.read import read
from linter.sources import Source

ROOT = Path(__file__).resolve().parent.parent

COMMITMENT = """\
---
kind: commitment
date: {written: "Sơn Kim Hạ, ngày 14 tháng 01 năm 2026", iso: "2026-01-14"}
---
"""

ODT_BODY = """\
| ĐẢNG BỘ XÃ SƠN KIM HẠ | ĐẢNG CỘNG SẢN VIỆT NAM |
| CHI BỘ THÔN TRUNG SƠN | Sơn Kim Hạ, ngày 14 tháng 01 năm 2026 |

#b BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026
Họ và tên: Hồ Thị Vân          Sinh năm: 1990

#b 3. Về thực hiện chức trách, nhiệm vụ được giao
| TT | Nội dung công việc | Thời gian |
| 1 | Vận động 12 hộ ở xóm 2 mua thẻ bảo hiểm y tế hộ gia đình ⟪S⟫ | Trước 30/6/2026 |
| 2 | Làm tốt công tác vận động quần chúng ⟪V⟫ | Cả năm |
Giữ gìn phẩm chất đạo đức, lối sống trong sạch. ⟪V⟫
"""

# One item long enough to wrap over three printed lines, and enough of them for a second page.
LONG_ITEM = (
    "- Phối hợp với Hội Cựu chiến binh xã tổ chức 02 buổi nói chuyện truyền thống cho học sinh "
    "khối 9 Trường THCS Sơn Kim Hạ vào dịp 22/12/2026, mời các cựu chiến binh của thôn kể lại "
    "trận đánh năm 1972 và tặng 20 suất quà cho học sinh nghèo."
)
PDF_BODY = (
    "| ĐẢNG BỘ XÃ SƠN KIM HẠ | ĐẢNG CỘNG SẢN VIỆT NAM |\n"
    "| CHI BỘ THÔN TRUNG SƠN | Sơn Kim Hạ, ngày 14 tháng 01 năm 2026 |\n"
    "\n"
    "#c #b BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2026\n"
    "#b 3. Về thực hiện chức trách, nhiệm vụ được giao\n"
    + f"{LONG_ITEM} ⟪S⟫\n"
    * 12
    + "- Hoàn thành tốt mọi nhiệm vụ được giao. ⟪V⟫\n"
    "#s #b NGƯỜI CAM KẾT\n"
    "#s Hồ Thị Vân\n"
)


@pytest.fixture(scope="module")
def build_corpus():
    spec = importlib.util.spec_from_file_location("build_corpus", ROOT / "scripts/build_corpus.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # puts scripts/ on sys.path for its writers
    yield module
    sys.modules.pop("build_corpus", None)


def _build(build_corpus, tmp_path: Path, name: str, body: str) -> tuple[Path, dict]:
    """One source built into a corpus of its own; its document and its labels.yaml entry."""
    src, out = tmp_path / "src", tmp_path / "out"
    (src / "chi-bo").mkdir(parents=True, exist_ok=True)
    (src / "chi-bo" / f"{name}.src").write_text(COMMITMENT + body, encoding="utf-8")
    build_corpus.build(src, out)
    labels = yaml.safe_load((out / "labels.yaml").read_text(encoding="utf-8"))
    (entry,) = labels["files"]
    return out / "chi-bo" / name, entry


def _lines(path: Path):
    lines, _, _ = read(Source(path, path.name, ""))
    return lines


def test_odt_lines_are_paragraphs_and_cells_in_order_with_labels_on_them(build_corpus, tmp_path):
    document, entry = _build(build_corpus, tmp_path, "cam-ket.odt", ODT_BODY)
    lines = _lines(document)
    texts = [line.text for line in lines]
    # 2×2 header cells, then paragraphs, then 3×3 task cells, then the last paragraph
    assert texts[:4] == [
        "ĐẢNG BỘ XÃ SƠN KIM HẠ",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "CHI BỘ THÔN TRUNG SƠN",
        "Sơn Kim Hạ, ngày 14 tháng 01 năm 2026",
    ]
    assert texts[6] == "Họ và tên: Hồ Thị Vân          Sinh năm: 1990"  # spaces kept (text:s)
    assert lines[5].bold and lines[8].bold and not lines[6].bold
    assert [line.cell is not None for line in lines].count(True) == 4 + 9
    assert entry["format"] == "odt" and entry["encoding"] is None
    assert entry["specific_lines"] == [
        {"line": 14, "text": "Vận động 12 hộ ở xóm 2 mua thẻ bảo hiểm y tế hộ gia đình"}
    ]
    assert [v["line"] for v in entry["vague_lines"]] == [17, 19]
    for labelled in (*entry["specific_lines"], *entry["vague_lines"]):
        assert texts[labelled["line"] - 1] == labelled["text"]
    assert verify(load_labels(tmp_path / "out/labels.yaml")) == []


def test_odt_is_a_valid_package_and_rebuilds_to_the_same_bytes(build_corpus, tmp_path):
    import zipfile

    first, _ = _build(build_corpus, tmp_path / "a", "cam-ket.odt", ODT_BODY)
    second, _ = _build(build_corpus, tmp_path / "b", "cam-ket.odt", ODT_BODY)
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as archive:
        mimetype = archive.infolist()[0]
        assert mimetype.filename == "mimetype" and mimetype.compress_type == zipfile.ZIP_STORED
        assert archive.read("mimetype") == b"application/vnd.oasis.opendocument.text"


def test_pdf_is_hard_wrapped_and_each_label_is_on_its_items_first_physical_line(
    build_corpus, tmp_path
):
    pytest.importorskip("fpdf")
    document, entry = _build(build_corpus, tmp_path, "cam-ket.pdf", PDF_BODY)
    lines = _lines(document)
    texts = [line.text for line in lines]
    # the header row typed without a table: its cells merge into one line of the text layer
    assert texts[0] == "ĐẢNG BỘ XÃ SƠN KIM HẠ ĐẢNG CỘNG SẢN VIỆT NAM"
    assert texts[1] == "CHI BỘ THÔN TRUNG SƠN Sơn Kim Hạ, ngày 14 tháng 01 năm 2026"
    assert "Trang 1/2" in texts and texts[-1] == "Trang 2/2"  # a page break and its footer
    specific = [labelled["line"] for labelled in entry["specific_lines"]]
    assert len(specific) == 12 and entry["format"] == "pdf"
    for number in specific:
        first = " ".join(texts[number - 1].split())
        assert first.startswith("- Phối hợp với Hội Cựu chiến binh")
        assert len(first) < len(LONG_ITEM)  # the printer wrapped the item
        following = next(t for t in texts[number:] if t != "Trang 1/2")
        assert following[0].islower()  # the next physical line goes on with the item
    (vague,) = entry["vague_lines"]
    assert texts[vague["line"] - 1] == vague["text"] == "- Hoàn thành tốt mọi nhiệm vụ được giao."
    assert verify(load_labels(tmp_path / "out/labels.yaml")) == []


def test_pdf_rebuilds_to_the_same_bytes(build_corpus, tmp_path):
    pytest.importorskip("fpdf")
    first, _ = _build(build_corpus, tmp_path / "a", "cam-ket.pdf", PDF_BODY)
    second, _ = _build(build_corpus, tmp_path / "b", "cam-ket.pdf", PDF_BODY)
    assert first.read_bytes() == second.read_bytes()
    assert b"/CreationDate (D:20260114" in first.read_bytes()  # the own date, not the clock


def test_a_pdf_header_row_carries_no_label(build_corpus, tmp_path):
    pytest.importorskip("fpdf")
    body = "| ĐẢNG BỘ XÃ SƠN KIM HẠ ⟪V⟫ | ĐẢNG CỘNG SẢN VIỆT NAM |\nMột dòng.\n"
    with pytest.raises(SystemExit, match="header row"):
        _build(build_corpus, tmp_path, "cam-ket.pdf", body)


def _check_labels(labels: Path):
    import os
    import subprocess

    return subprocess.run(
        [sys.executable, str(ROOT / "scripts/check_labels.py"), str(labels)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        check=False,
    )


def test_check_labels_passes_a_built_corpus_and_fails_a_label_moved_off_its_line(
    build_corpus, tmp_path
):
    _build(build_corpus, tmp_path, "cam-ket.odt", ODT_BODY)
    labels = tmp_path / "out/labels.yaml"
    result = _check_labels(labels)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.endswith("1 files, 3 labelled lines, 0 problems\n")
    moved = labels.read_text(encoding="utf-8").replace("- line: 14", "- line: 15")
    labels.write_text(moved, encoding="utf-8")
    result = _check_labels(labels)
    assert result.returncode == 1
    assert "cam-ket.odt:15: nhãn “Vận động 12 hộ" in result.stdout
