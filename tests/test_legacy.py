import json
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from conftest import TEXT as COMMITMENT

from linter.cli import main
from linter.read import legacy, read
from linter.read.docx import read_docx
from linter.read.error import ReadError
from linter.resources import rules_dir
from linter.sources import discover

ROOT = Path(__file__).resolve().parent.parent
TABLES = yaml.safe_load((rules_dir() / "data/legacy.yaml").read_text(encoding="utf-8"))

# Commitment sentences written for these tests. Capitals are plain ASCII or Đ, so that they can
# be typed in an ordinary (non-H) TCVN3 font too.
SENTENCES = [
    "Tôi cam kết soạn đủ giáo án điện tử cho 36 tiết dạy môn Ngữ văn lớp 9 trước ngày 15 hằng tháng.",
    "Phấn đấu đến tháng 12 năm 2025 có ít nhất 85% học sinh lớp chủ nhiệm đạt hạnh kiểm tốt.",
    "Đảng viên tham gia đầy đủ các buổi sinh hoạt chi bộ, đóng đảng phí trước ngày 5 hằng tháng.",
    "Vận động 4 hộ gia đình trong khu dân cư số 3 tham gia bảo hiểm y tế trước quý III năm 2025.",
    "Mỗi quý viết một bài thu hoạch về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
    "Khắc phục việc nộp sổ điểm chậm: cập nhật điểm kiểm tra thường xuyên trước thứ Sáu hằng tuần.",
]
TEXT = "\n".join(SENTENCES)

TONES = ("", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
LOWER = [unicodedata.normalize("NFC", vowel + tone) for vowel in "aăâeêioôơuưy" for tone in TONES]
LOWER = [letter for letter in LOWER if not letter.isascii()] + ["đ"]
LETTERS = LOWER + [letter.upper() for letter in LOWER]


def encode(text: str, encoding: str) -> str:
    """Unicode → legacy text, by the inverse of the table (what a legacy font would hold)."""
    inverse = {value: key for key, value in TABLES[encoding].items()}
    return "".join(inverse.get(char, char) for char in unicodedata.normalize("NFC", text))


def test_both_letter_sets_are_complete():
    assert len(LOWER) == 67
    assert len(LETTERS) == 134


# --- the tables ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_tables_are_well_formed(encoding):
    table = TABLES[encoding]
    assert len(set(table.values())) == len(table), "two legacy forms for one letter"
    for key, value in table.items():
        assert value == unicodedata.normalize("NFC", value)
        assert len(value) == 1 and value.isalpha(), value
        # one code a single-byte Windows font holds (0xA1 and up), after an ASCII base letter
        # or ô/ö (VNI's ơ/ư) for VNI
        *base, code = key
        assert code.encode("cp1252")[0] >= 0xA1, (key, value)
        assert base in ([], ["a"], ["e"], ["o"], ["u"], ["y"], ["ô"], ["ö"]) or (
            base[0] in "AEOUYÔÖ" and encoding == "vni"
        ), key


def test_tcvn3_table_is_the_vn3_repertoire():
    """Lowercase letters plus the seven capitals Ă Â Ê Ô Ơ Ư Đ: TCVN 5712:1993 VN3."""
    assert sorted(TABLES["tcvn3"].values()) == sorted([*LOWER, *"ĂÂÊÔƠƯĐ"])


def test_tcvn3_table_agrees_with_iconv():
    if shutil.which("iconv") is None:
        pytest.skip("iconv is not installed")
    keys = list(TABLES["tcvn3"])
    raw = b"\n".join(key.encode("cp1252") for key in keys)
    result = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw, capture_output=True, check=False
    )
    if result.returncode != 0 and b"TCVN5712-1" in result.stderr:
        pytest.skip("this iconv does not know TCVN5712-1")
    assert result.returncode == 0, result.stderr
    decoded = result.stdout.decode("utf-8").split("\n")
    mismatches = [
        (
            f"0x{key.encode('cp1252')[0]:02X}",
            TABLES["tcvn3"][key],
            unicodedata.normalize("NFC", got),
        )
        for key, got in zip(keys, decoded, strict=True)
        if unicodedata.normalize("NFC", got) != TABLES["tcvn3"][key]
    ]
    assert mismatches == []


@pytest.mark.parametrize("letter", LETTERS)
def test_every_letter_round_trips_through_vni(letter):
    encoded = encode(letter, "vni")
    assert encoded != letter or letter in "íìÍÌ"  # i with sắc/huyền keeps its Latin-1 form
    assert legacy.convert(encoded, "vni") == letter


@pytest.mark.parametrize("letter", LOWER)
def test_every_letter_round_trips_through_tcvn3_with_h_fonts_for_capitals(letter):
    encoded = encode(letter, "tcvn3")
    assert legacy.convert(encoded, "tcvn3") == letter
    assert legacy.convert(encoded, "tcvn3", upper=True) == letter.upper()


# --- convert -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("garbage", "encoding", "expected"),
    [
        ("Hoµn thµnh tèt nhiÖm vô", "tcvn3", "Hoàn thành tốt nhiệm vụ"),
        ("Hoaøn thaønh toát nhieäm vuï", "vni", "Hoàn thành tốt nhiệm vụ"),
        ("§¶ng bé x· B×nh Minh", "tcvn3", "Đảng bộ xã Bình Minh"),
        ("Ñaûng boä xaõ Bình Minh", "vni", "Đảng bộ xã Bình Minh"),
        ("®­îc giao", "tcvn3", "được giao"),  # ư is U+00AD (soft hyphen) in TCVN3
        ("ñöôïc giao", "vni", "được giao"),
        ("BAÛN CAM KEÁT TU DÖÔÕNG", "vni", "BẢN CAM KẾT TU DƯỠNG"),
        ("Kh¾c phôc h¹n chÕ, khuyÕt ®iÓm", "tcvn3", "Khắc phục hạn chế, khuyết điểm"),
        ("Khaéc phuïc haïn cheá, khuyeát ñieåm", "vni", "Khắc phục hạn chế, khuyết điểm"),
        ("“Häc tËp” – 2025", "tcvn3", "“Học tập” – 2025"),  # Windows-1252 quotes and dash stay
    ],
)
def test_hand_checked_garbage_converts(garbage, encoding, expected):
    assert legacy.convert(garbage, encoding) == expected


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
@pytest.mark.parametrize("sentence", SENTENCES)
def test_whole_sentences_convert_back(sentence, encoding):
    garbage = encode(sentence, encoding)
    assert garbage != sentence
    assert legacy.convert(garbage, encoding) == sentence


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_a_txt_read_as_windows_1258_converts_too(encoding):
    """The same bytes read as cp1258 give "Đ", "ơ" and combining marks instead of "Ð", "õ", …"""
    data = encode(TEXT, encoding).encode("cp1252")
    as_read = data.decode("cp1258")
    assert as_read != data.decode("cp1252")
    assert legacy.convert(as_read, encoding) == TEXT


def test_h_font_text_is_upper_cased_after_conversion():
    assert legacy.convert("b¶n cam kÕt tu d­ìng", "tcvn3", upper=True) == "BẢN CAM KẾT TU DƯỠNG"
    assert legacy.convert("céng hoµ x· héi", "tcvn3", upper=True) == "CỘNG HOÀ XÃ HỘI"


def test_output_is_nfc_and_characters_that_are_no_legacy_code_stay():
    text = "Hoàn thành tốt nhiệm vụ, đạt 100%"  # à, ố, ệ, ụ, đ, ạ are no TCVN3 code
    assert legacy.convert(text, "tcvn3") == text
    assert legacy.convert("to\u0302i", "tcvn3") == "tôi"  # a combining circumflex composed


def test_unknown_encoding_is_an_error():
    with pytest.raises(ValueError, match="viscii"):
        legacy.convert("x", "viscii")


# --- font_encoding -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", ("tcvn3", False)),
        (".VnTimeH", ("tcvn3", True)),
        (".VnArial", ("tcvn3", False)),
        (".VnArialH", ("tcvn3", True)),
        (".VnArial NarrowH", ("tcvn3", True)),
        (".VnCentury Schoolbook", ("tcvn3", False)),
        (".vntimeh", ("tcvn3", True)),
        (" .VnTime ", ("tcvn3", False)),
        ("VNI-Times", ("vni", False)),
        ("VNI-Helve", ("vni", False)),
        ("VNI-Helve-Condense", ("vni", False)),
        ("vni-aptima", ("vni", False)),
        ("Times New Roman", None),
        ("Arial", None),
        ("VnTime", None),
        (".Vn", None),
        ("VNI", None),
        ("", None),
        (None, None),
    ],
)
def test_font_encoding(font, expected):
    assert legacy.font_encoding(font) == expected


# --- detect --------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", legacy.ENCODINGS)
def test_detect_finds_legacy_text(encoding):
    garbage = encode(TEXT, encoding)
    assert legacy.detect(garbage) == encoding
    assert legacy.detect(garbage.encode("cp1252").decode("cp1258")) == encoding
    assert legacy.detect(encode(SENTENCES[0], encoding)) == encoding  # one sentence is enough


def test_detect_finds_the_literal_examples():
    tcvn3 = "Hoµn thµnh tèt nhiÖm vô ®­îc giao, d¹y ®ñ 19 tiÕt mçi tuÇn, cã 2 s¸ng kiÕn cÊp huyÖn."
    vni = "Hoaøn thaønh toát nhieäm vuï ñöôïc giao, daïy ñuû 19 tieát moãi tuaàn, coù 2 saùng kieán caáp huyeän."
    assert legacy.detect(tcvn3) == "tcvn3"
    assert legacy.detect(vni) == "vni"


ENGLISH = (
    "The café on Main Street served crème brûlée, a jalapeño crêpe and a piña colada; "
    "the naïve fiancé read his résumé aloud at the soirée, déjà vu."
)


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        TEXT.upper(),
        unicodedata.normalize("NFD", TEXT),
        ENGLISH,
        TEXT + "\n" + ENGLISH + " Workshop on Excel, PowerPoint and Zalo.",
        # a Unicode file with a pasted legacy paragraph: converting would spoil the Unicode half
        "\n".join(SENTENCES[:3]) + "\n" + encode("\n".join(SENTENCES[3:]), "tcvn3"),
        "Hoµn thµnh tèt",  # too little to tell
        "plain ASCII text only",
        "",
    ],
    ids=["unicode", "upper", "nfd", "english", "mixed", "half-legacy", "short", "ascii", "empty"],
)
def test_detect_leaves_other_text_alone(text):
    assert legacy.detect(text) is None


def _texts(folder: Path) -> list[tuple[str, str]]:
    texts = []
    for source in discover([folder]):
        try:
            lines, _, _ = read(source)
        except ReadError:
            continue
        texts.append((source.display, "\n".join(line.text for line in lines)))
    return texts


@pytest.mark.parametrize("folder", ["corpus", "tests/fixtures/wild"])
def test_detect_never_fires_on_the_corpus_or_the_wild_set(folder):
    texts = _texts(ROOT / folder)
    assert len(texts) > 20
    detected = [(path, legacy.detect(text)) for path, text in texts]
    assert [(path, found) for path, found in detected if found] == []


def test_detect_is_fast_on_a_thousand_words():
    words = (TEXT + " ").split() * (1000 // len(TEXT.split()) + 1)
    unicode_text = " ".join(words[:1000])
    garbage = encode(unicode_text, "vni")
    legacy.detect(garbage)  # tables and patterns loaded once
    start = time.perf_counter()
    assert legacy.detect(garbage) == "vni"
    assert legacy.detect(unicode_text) is None
    assert time.perf_counter() - start < 0.5  # a few milliseconds in practice


# --- .docx ---------------------------------------------------------------------------------


def _build(tmp_path: Path, build) -> Path:
    import docx

    document = docx.Document()
    build(document)
    path = tmp_path / "legacy.docx"
    document.save(str(path))
    return path


def _docx_read(tmp_path: Path, build) -> tuple[list[str], set[str]]:
    """The paragraphs' texts of a .docx built with python-docx, as camket reads them, and the
    legacy encodings converted."""
    paragraphs, encodings = read_docx(_build(tmp_path, build).read_bytes())
    return [text for text, _, _ in paragraphs], encodings


def _add_runs(document, runs) -> None:
    paragraph = document.add_paragraph()
    for text, font in runs:
        run = paragraph.add_run(text)
        if font:
            run.font.name = font


def test_docx_runs_are_converted_by_their_fonts(tmp_path):
    runs = [
        (encode("Đảng viên ", "tcvn3"), ".VnTime"),
        (encode("bản cam kết", "tcvn3"), ".VnTimeH"),
        (": ", "Times New Roman"),
        (encode("đăng ký ", "vni"), "VNI-Times"),
        ("giữ gìn kỷ luật, ", "Times New Roman"),
        (encode("học tập tốt.", "tcvn3"), ".VnTime"),
    ]
    assert _docx_read(tmp_path, lambda d: _add_runs(d, runs)) == (
        ["Đảng viên BẢN CAM KẾT: đăng ký giữ gìn kỷ luật, học tập tốt."],
        {"tcvn3"},  # a paragraph mixing them names its first
    )


def test_docx_unicode_paragraph_is_python_docx_text(tmp_path):
    import docx

    def build(document):
        document.add_paragraph(SENTENCES[0])
        _add_runs(document, [("Chi bộ ", "Times New Roman"), ("khu phố 4", None)])

    texts, encodings = _docx_read(tmp_path, build)
    python_docx = [p.text for p in docx.Document(str(tmp_path / "legacy.docx")).paragraphs]
    assert (texts, encodings) == (python_docx, set())
    assert texts == [SENTENCES[0], "Chi bộ khu phố 4"]


def test_docx_font_from_the_paragraph_style(tmp_path):
    def build(document):
        document.styles["Normal"].font.name = ".VnTime"
        document.add_paragraph(encode(SENTENCES[2], "tcvn3"))

    assert _docx_read(tmp_path, build) == ([SENTENCES[2]], {"tcvn3"})


def test_docx_font_from_the_run_hansi_attribute(tmp_path):
    import docx
    from docx.oxml.ns import qn

    def build(document):
        run = document.add_paragraph().add_run(encode(SENTENCES[1], "vni"))
        run._r.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), "VNI-Helve")

    texts = _docx_read(tmp_path, build)
    (paragraph,) = docx.Document(str(tmp_path / "legacy.docx")).paragraphs
    assert paragraph.runs[0].font.name is None  # python-docx reads w:ascii only
    assert texts == ([SENTENCES[1]], {"vni"})


def test_docx_vni_letter_split_across_runs(tmp_path):
    runs = [("Hoa", "VNI-Times"), ("øn tha", "VNI-Times"), ("ønh", "VNI-Times")]
    assert _docx_read(tmp_path, lambda d: _add_runs(d, runs)) == (["Hoàn thành"], {"vni"})


@pytest.mark.parametrize(
    "text", ["Tôi là đảng viên", "Tôi là giáo viên", "Cô giáo Thu", "Hoàn thành"]
)
def test_docx_unicode_typed_in_a_legacy_font_stays(tmp_path, text):
    """Old templates keep .VnTime on text later typed in Unicode with Unikey."""
    assert _docx_read(tmp_path, lambda d: _add_runs(d, [(text, ".VnTime")])) == ([text], set())


def test_docx_ascii_run_in_a_legacy_font_is_not_a_conversion(tmp_path):
    runs = [("Chi bo 4", ".VnTime")]
    assert _docx_read(tmp_path, lambda d: _add_runs(d, runs)) == (["Chi bo 4"], set())


def test_a_tcvn3_txt_is_converted_checked_and_said_so(tmp_path):
    """End to end: typed in TCVN3, saved as Windows-1258 text; read, converted, checked."""
    unit = tmp_path / "chi-bo-cu"
    unit.mkdir()
    # Lines in capitals were typed in an "H" font: plain text keeps only the lowercase codes.
    typed = "\n".join(line.lower() if line.isupper() else line for line in COMMITMENT.split("\n"))
    (unit / "cam-ket.txt").write_bytes(encode(typed, "tcvn3").encode("cp1252"))
    result = CliRunner().invoke(main, ["check", "--format", "json", str(unit)])
    findings = json.loads(result.output)["findings"]
    assert [f["rule"] for f in findings if f["category"] == "input"] == ["CK010"]
    converted = next(f for f in findings if f["rule"] == "CK010")
    assert converted["severity"] == "info" and "TCVN3 (ABC)" in converted["message"]
    vague = [f for f in findings if f["rule"] == "CK101"]
    assert len(vague) == 1 and vague[0]["excerpt"] == "Hoàn thành tốt nhiệm vụ được giao."


def test_a_docx_in_vnitimes_and_vntime_fonts_is_converted_and_checked(tmp_path):
    import docx

    unit = tmp_path / "chi-bo-cu"
    unit.mkdir()
    document = docx.Document()
    for index, line in enumerate(COMMITMENT.split("\n")):
        run = document.add_paragraph().add_run(encode(line, "vni" if index % 2 else "tcvn3"))
        run.font.name = "VNI-Times" if index % 2 else ".VnTime"
    document.save(unit / "cam-ket.docx")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--lang", "en", str(unit)])
    findings = json.loads(result.output)["findings"]
    converted = next(f for f in findings if f["rule"] == "CK010")
    assert "TCVN3 (ABC), VNI Windows" in converted["message"]
    assert [f["excerpt"] for f in findings if f["rule"] == "CK101"] == [
        "Hoàn thành tốt nhiệm vụ được giao."
    ]


def _styles(*styles: tuple[str, str | None, str | None]):
    """A styles part's root: (style id, basedOn, font) each."""
    from lxml import etree

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    root = etree.Element(f"{{{w}}}styles", nsmap={"w": w})
    for style_id, based_on, font in styles:
        style = etree.SubElement(root, f"{{{w}}}style", {f"{{{w}}}styleId": style_id})
        if based_on:
            etree.SubElement(style, f"{{{w}}}basedOn", {f"{{{w}}}val": based_on})
        if font:
            fonts = etree.SubElement(etree.SubElement(style, f"{{{w}}}rPr"), f"{{{w}}}rFonts")
            fonts.set(f"{{{w}}}hAnsi", font)
    return root


def test_style_fonts_follow_based_on_chains_of_any_length_quickly():
    """A crafted chain of 20,000 styles, each asked about (a paragraph in each): linear."""
    chain = [("S0", None, ".VnTime")] + [(f"S{i}", f"S{i - 1}", None) for i in range(1, 20_000)]
    cycle = [("A", "B", None), ("B", "C", "Arial"), ("C", "A", None), ("D", "E", None)]
    fonts = legacy.StyleFonts(_styles(*chain, *cycle, ("E", "D", None)))
    start = time.perf_counter()
    assert fonts.font("S19999") == ".VnTime"
    assert all(fonts.font(f"S{i}") == ".VnTime" for i in range(20_000))
    assert time.perf_counter() - start < 1
    assert fonts.font("A") == "Arial" and fonts.font("C") == "Arial"
    assert fonts.font("D") is None  # a basedOn cycle without a font
    assert fonts.font("khong-co") is None and fonts.font(None) is None
    assert legacy.StyleFonts(None).font("Normal") is None
