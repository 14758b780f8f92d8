import codecs
import unicodedata
from pathlib import Path

import pytest

from linter.read import read
from linter.read.error import ReadError
from linter.read.text import decode
from linter.sources import Source, discover

TEXT = "Bản cam kết tu dưỡng, rèn luyện, phấn đấu năm 2025\nHoàn thành tốt nhiệm vụ được giao.\n"


def source(path: Path) -> Source:
    return Source(path, path.name, "unit")


def test_discovery_is_recursive_sorted_and_skips_hidden_lock_and_markdown(tmp_path):
    (tmp_path / "chi-bo-b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in (
        "chi-bo-b/b.txt",
        "a.docx",
        "~$a.docx",
        ".hidden.txt",
        ".git/x.txt",
        "notes.md",
        "x.png",
        "chi-bo-b/c.pdf",
    ):
        (tmp_path / name).write_bytes(b"x")
    found = [s.display for s in discover([tmp_path])]
    expected = ["a.docx", "chi-bo-b/b.txt", "chi-bo-b/c.pdf"]
    assert found == [(tmp_path / name).as_posix() for name in expected]


def test_markdown_is_read_when_named_and_units_follow_folders(tmp_path):
    (tmp_path / "chi-bo-a").mkdir()
    (tmp_path / "chi-bo-a/cam-ket.md").write_text(TEXT, encoding="utf-8")
    (tmp_path / "chi-bo-a/ke-hoach.txt").write_text(TEXT, encoding="utf-8")
    named = discover([tmp_path / "chi-bo-a/cam-ket.md"])
    assert [(s.path.name, s.unit, s.context) for s in named] == [
        ("cam-ket.md", "chi-bo-a", False),
        ("ke-hoach.txt", "chi-bo-a", True),  # read around it, to compare with
    ]
    assert [s.unit for s in discover([tmp_path / "chi-bo-a/cam-ket.md"], context=False)] == [
        "chi-bo-a"
    ]
    walked = discover([tmp_path])
    assert [s.unit for s in walked] == ["chi-bo-a"]


def test_exclude_patterns_skip_files(tmp_path):
    (tmp_path / "nhap").mkdir()
    (tmp_path / "nhap/x.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "y.txt").write_text(TEXT, encoding="utf-8")
    assert [s.path.name for s in discover([tmp_path], exclude=["*/nhap/*"])] == ["y.txt"]


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(data, encoding):
    assert decode(data) == (TEXT, encoding)


def test_windows_1258_with_combining_tone_marks():
    # Windows-1258 has the hatted letters but writes tone marks as combining characters.
    written = "Hoa\u0300n tha\u0300nh tô\u0301t nhiê\u0323m vu\u0323"
    text, used = decode(written.encode("cp1258"))
    assert used == "cp1258"
    assert unicodedata.normalize("NFC", text) == "Hoàn thành tốt nhiệm vụ"


def test_binary_garbage_is_an_input_error_not_a_crash(tmp_path):
    path = tmp_path / "rac.txt"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(ReadError) as error:
        read(source(path))
    assert error.value.code == "CK002"


def test_random_bytes_named_docx_is_not_a_word_file(tmp_path):
    path = tmp_path / "hong.docx"
    path.write_bytes(bytes(range(7, 256)) * 10)
    with pytest.raises(ReadError) as error:
        read(source(path))
    assert error.value.code == "CK003"


def test_a_zip_signature_on_a_broken_archive_is_a_damaged_word_file(tmp_path):
    path = tmp_path / "hong.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip" * 10)
    with pytest.raises(ReadError) as error:
        read(source(path))
    assert error.value.code == "CK011"


def test_empty_and_whitespace_files_are_empty(tmp_path):
    for name, data in (("rong.txt", b""), ("trang.txt", b" \n\t\n")):
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(ReadError) as error:
            read(source(path))
        assert error.value.code == "CK001"


def test_unsupported_suffix_named_explicitly(tmp_path):
    path = tmp_path / "bang-diem.ods"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ReadError) as error:
        read(source(path))
    assert error.value.code == "CK004"


def test_text_lines_keep_editor_numbering(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Dòng 1\r\nDòng 2\rDòng 3\n\nDòng 5\n".encode())
    lines, fmt, encoding = read(source(path))
    assert fmt == "txt" and encoding == "utf-8"
    assert [(line.number, line.text) for line in lines] == [
        (1, "Dòng 1"),
        (2, "Dòng 2"),
        (3, "Dòng 3"),
        (4, ""),
        (5, "Dòng 5"),
    ]


def test_docx_paragraphs_and_table_cells_in_document_order(docx_file):
    path = docx_file(
        [
            "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025",
            "3. Về thực hiện chức trách, nhiệm vụ được giao",
            [
                ["STT", "Nội dung cam kết", "Thời gian"],
                ["1", "Phụ đạo 5 học sinh yếu lớp 8B", "Học kỳ II"],
            ],
            "NGƯỜI CAM KẾT",
        ]
    )
    lines, fmt, _ = read(source(path))
    assert fmt == "docx"
    assert [line.text for line in lines] == [
        "BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM 2025",
        "3. Về thực hiện chức trách, nhiệm vụ được giao",
        "STT",
        "Nội dung cam kết",
        "Thời gian",
        "1",
        "Phụ đạo 5 học sinh yếu lớp 8B",
        "Học kỳ II",
        "NGƯỜI CAM KẾT",
    ]
    assert lines[6].cell is not None and (lines[6].cell.row, lines[6].cell.column) == (1, 1)


def test_docx_merged_cells_are_read_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "ĐẢNG BỘ XÃ TÂN PHƯỚC"
    table.cell(1, 0).text = "a"
    table.cell(1, 1).text = "b"
    path = tmp_path / "merged.docx"
    document.save(path)
    lines, _, _ = read(source(path))
    assert [line.text for line in lines] == ["ĐẢNG BỘ XÃ TÂN PHƯỚC", "a", "b"]


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_reading_word_or_pdf_leaves_nothing_for_the_cyclic_collector(docx_file, kind):
    """python-docx's parts and pypdf's objects refer to each other; left to the collector,
    which a batch run makes rare, a thousand Word files kept their XML alive (2 GB measured)."""
    import gc

    if kind == "docx":
        path = docx_file(["BẢN CAM KẾT NĂM 2026", "- Phụ đạo 5 học sinh yếu lớp 8B trước 30/5."])
    else:
        path = Path(__file__).parent / "fixtures" / "pdf" / "cam-ket-phan-van-luc.pdf"
    read(Source(path, str(path), "u"))  # imports and caches settle first
    gc.collect()
    gc.disable()
    try:
        lines, _, _ = read(Source(path, str(path), "u"))
        assert lines
        assert gc.collect() == 0
    finally:
        gc.enable()
