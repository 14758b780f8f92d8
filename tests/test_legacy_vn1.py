"""Text files saved in TCVN3's VN1 layout (iconv's TCVN5712-1): found, read, checked; everything
else read as before."""

import functools
import importlib.util
import json
import random
import shutil
import subprocess
import time
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import TEXT
from test_legacy import LETTERS, _texts, encode

from linter import resources
from linter.cli import main
from linter.read import vn1
from linter.read.error import ReadError
from linter.read.text import decode, read_text

ROOT = Path(__file__).resolve().parent.parent
ICONV = "TCVN5712-1"
C0_CAPITALS = {byte for byte in range(0x20) if byte in vn1._table()}

# The commitment with its part headings in capitals, as many are typed: more toned capitals,
# among them some VN1 puts at control codes (Ự in THỰC, Ứ in CHỨC, Ỷ in KỶ).
CAPITAL_HEADINGS = "\n".join(
    line.upper() if line[:1].isdigit() else line for line in TEXT.split("\n")
)


def _iconv(data: bytes, source: str, target: str, *options: str) -> bytes:
    if shutil.which("iconv") is None:
        pytest.skip("iconv is not installed: it is the reference for VN1")
    result = subprocess.run(
        ["iconv", *options, "-f", source, "-t", target],
        input=data,
        capture_output=True,
        check=False,
    )
    if result.returncode != 0 and ICONV.encode() in result.stderr:
        pytest.skip(f"this iconv does not know {ICONV}")
    assert result.returncode == 0, result.stderr
    return result.stdout


# Between texts converted in one run of iconv: ASCII, the same bytes in UTF-8 and in VN1.
_BETWEEN = b"\n@@camket-text-break@@\n"


def _iconv_each(items: list, source: str, target: str, *options: str) -> list[bytes]:
    """Each of `items` (texts, or bytes in `source`) converted by iconv, in one run."""
    data = [item.encode("utf-8") if isinstance(item, str) else item for item in items]
    converted = _iconv(_BETWEEN.join(data), source, target, *options).split(_BETWEEN)
    assert len(converted) == len(items)
    return converted


def to_vn1(text: str) -> bytes:
    """Unicode → VN1 bytes, by iconv (what a VN1 editor saves)."""
    return _iconv(text.encode("utf-8"), "UTF-8", ICONV)


def iconv_reads(data: bytes) -> str:
    return unicodedata.normalize("NFC", _iconv(data, ICONV, "UTF-8").decode("utf-8"))


def _build_script():
    spec = importlib.util.spec_from_file_location(
        "build_vn1_table", ROOT / "scripts/build_vn1_table.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- the table -----------------------------------------------------------------------------


def test_the_table_is_what_iconv_reads_for_every_byte():
    to_vn1("x")  # skips when iconv or its TCVN5712-1 is missing
    script = _build_script()
    from_iconv = script.iconv_table()
    shipped = {int(byte): char for byte, char in resources.data("vn1")["vn1"].items()}
    assert shipped == from_iconv
    # every byte, those the table leaves out included: iconv reads them as Latin-1
    assert all(script.iconv_byte(byte) == chr(byte) for byte in range(256) if byte not in shipped)
    # and the file is exactly what the script writes (nobody edited it by hand)
    written = (resources.rules_dir() / "data/vn1.yaml").read_text(encoding="utf-8")
    assert written == script.render(from_iconv)


def test_the_table_holds_every_vietnamese_letter_and_agrees_with_vn3():
    """VN1 is the full repertoire; the VN3 bytes of .VnTime text mean the same in it."""
    table = vn1._table()
    assert set(LETTERS) <= set(table.values()) | {"ý"}  # 0xFD is ý in Latin-1 already
    assert {0x01, 0x02, 0x04, 0x05, 0x06, *range(0x11, 0x18)} == C0_CAPITALS
    for key, letter in resources.data("legacy")["tcvn3"].items():
        byte = key.encode("cp1252")[0]
        assert table.get(byte, chr(byte)) == letter


# --- reading VN1 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", [TEXT, CAPITAL_HEADINGS, TEXT.upper()], ids=["as-is", "headings", "upper"]
)
def test_a_vn1_commitment_reads_back_exactly(text):
    data = to_vn1(text)
    assert any(0x80 <= byte < 0xA0 for byte in data)  # Ả, Ộ, …: not letters in Windows-1258
    if text is not TEXT:
        assert not C0_CAPITALS.isdisjoint(data)  # and capitals at control codes
    assert decode(data) == (text, "tcvn3-vn1")
    assert iconv_reads(data) == text
    lines, encoding = read_text(data)
    assert encoding == "tcvn3-vn1"
    assert [line.text for line in lines] == text.rstrip("\n").split("\n")


def test_a_vn1_report_whose_one_toned_capital_is_a_word_of_its_own():
    # a web form's last question, "Ý kiến khác": Ý (0x16) is the file's only byte VN1 alone
    # reads as a letter, and a word by itself
    text = """Báo cáo thực hiện cam kết 6 tháng đầu năm 2026 - Chi bộ thôn Trung Sơn
Họ và tên: Võ Đức Anh, bí thư chi đoàn thôn
Kết quả thực hiện cam kết: kết nạp được 03 đoàn viên mới, tổ chức 02 buổi lao động làm đường.
Tự đánh giá mức độ thực hiện cam kết: Hoàn thành tốt

Ý kiến khác (nếu có): không có"""
    data = to_vn1(text)
    assert not C0_CAPITALS.isdisjoint(data)
    assert decode(data) == (text, "tcvn3-vn1")
    assert iconv_reads(data) == text


def test_every_letter_and_the_combining_tone_bytes_read_as_iconv_reads_them():
    letters = " ".join(LETTERS)
    assert vn1.decode(to_vn1(letters)) == letters
    # VN2-style text: a base letter and a tone byte after it (0xB0 grave … 0xB4 dot below)
    composed = (
        b"\xa7A\xb1NG VI\xa3N T\xabi cam k\xaa\xb3t "  # ĐẢNG: Đ, A and a hook byte
        b"hoa\xb0n tha\xb0nh t\xab\xb3t nhi\xaa\xb4m vu\xb4"
    )
    assert vn1.decode(composed) == "ĐẢNG VIÊN Tôi cam kết hoàn thành tốt nhiệm vụ"
    assert vn1.decode(composed) == iconv_reads(composed)


def _findings(tmp_path: Path, name: str, data: bytes) -> tuple[list[dict], list[dict]]:
    """Findings and file entries of a unit holding one commitment, its path left out."""
    unit = tmp_path / name / "chi-bo-khu-pho-4"
    unit.mkdir(parents=True)
    path = unit / "cam-ket.txt"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", "--format", "json", str(unit)])
    assert result.exit_code == 1, result.output
    report = json.loads(result.output)
    assert [entry["path"] for entry in report["files"]] == [str(path)]
    findings = [{k: v for k, v in f.items() if k != "path"} for f in report["findings"]]
    files = [{k: v for k, v in entry.items() if k != "path"} for entry in report["files"]]
    return findings, files


@pytest.mark.parametrize("text", [TEXT, CAPITAL_HEADINGS], ids=["as-is", "headings"])
def test_a_vn1_file_gets_the_findings_of_its_unicode_copy_and_ck010(tmp_path, text):
    unicode_findings, unicode_files = _findings(tmp_path, "utf8", text.encode("utf-8"))
    vn1_findings, vn1_files = _findings(tmp_path, "vn1", to_vn1(text))
    converted = [f for f in vn1_findings if f["rule"] == "CK010"]
    assert [f for f in vn1_findings if f["rule"] != "CK010"] == unicode_findings
    assert [f["rule"] for f in unicode_findings] == ["CK101"]  # the vague line, nothing else
    assert vn1_files == unicode_files
    assert len(converted) == 1 and converted[0]["severity"] == "info"
    assert "TCVN3 (VN1)" in converted[0]["message"]


def test_a_vn1_file_named_in_english(tmp_path):
    unit = tmp_path / "chi-bo"
    unit.mkdir()
    (unit / "cam-ket.txt").write_bytes(to_vn1(CAPITAL_HEADINGS))
    result = CliRunner().invoke(main, ["check", "--lang", "en", str(unit)])
    assert "old TCVN3 (VN1) encoding" in result.output


# --- everything else as before -------------------------------------------------------------


def _cp1258(text: str, errors: str = "strict") -> bytes:
    """Unicode Vietnamese as Windows-1258 writes it: hats and horns composed, tones combining."""
    return "".join(map(_cp1258_char, unicodedata.normalize("NFC", text))).encode(
        "cp1258", errors=errors
    )


@functools.cache
def _cp1258_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    tones = "".join(c for c in decomposed if c in "\u0300\u0301\u0303\u0309\u0323")
    base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
    return base + tones


def _vn3(text: str, errors: str = "strict") -> bytes:
    """TCVN3 as a .VnTime user saves it: capitals typed in an H font keep the lowercase codes,
    quotes and dashes are Windows-1252's (0x93, 0x94, 0x96 …, VN1 capitals in that layout)."""
    typed = "\n".join(line.lower() if line.isupper() else line for line in text.split("\n"))
    return encode(typed, "tcvn3").encode("cp1252", errors=errors)


def test_random_bytes_stay_binary():
    rng = random.Random(5712)
    for _ in range(20):
        data = bytes(rng.randrange(1, 256) for _ in range(rng.randrange(200, 4000)))
        assert not vn1.detect(data)
        with pytest.raises(ReadError) as error:
            read_text(data)
        assert error.value.code == "CK002"


def test_vn1_capital_bytes_among_random_letters_are_not_vn1():
    """Words of letter bytes, VN1 capitals among them, that read as no Vietnamese."""
    rng = random.Random(1993)
    letters = [b for b in range(256) if vn1._separate()[b] != 0x20]
    for _ in range(50):
        words = [bytes(rng.choices(letters, k=rng.randrange(1, 7))) for _ in range(300)]
        assert not vn1.detect(b" ".join(words))


@pytest.mark.parametrize(
    "path",
    [*sorted((ROOT / "corpus").rglob("*.docx"))[:3], *(ROOT / "tests/fixtures/pdf").glob("*.pdf")],
)
def test_word_and_pdf_files_renamed_txt_stay_binary(path):
    data = path.read_bytes()
    assert not vn1.detect(data)
    with pytest.raises(ReadError) as error:
        read_text(data)
    assert error.value.code == "CK002"


def test_a_utf8_file_with_a_few_control_characters_stays_as_it_is():
    """0x01 and 0x16 are Ú and Ý in VN1, but here they are stray controls in UTF-8 text."""
    text = TEXT.replace("KHU PHỐ 4", "KHU PHỐ\x01 4").replace("Phường 2", "Phường\x16 2")
    assert decode(text.encode("utf-8")) == (text, "utf-8")


def test_a_utf8_file_full_of_control_characters_stays_binary():
    """Control bytes between Vietnamese words, but the words are UTF-8, not VN1."""
    text = "\x01\x16".join(TEXT.split(" "))
    data = text.encode("utf-8")
    assert not vn1.detect(data)
    with pytest.raises(ReadError) as error:
        decode(data)
    assert error.value.args == ("CK002", "binary")


@pytest.mark.parametrize("text", [TEXT, CAPITAL_HEADINGS], ids=["as-is", "headings"])
def test_a_vn3_file_with_windows_quotes_and_dashes_stays_vn3(text):
    quoted = text.replace("Hoàn thành tốt", "“Hoàn thành tốt”").replace(" - ", " – ")
    quoted += "Chi bộ “Khu phố 4” – đồng ý… • ‘Đạt’ — không"
    data = _vn3(quoted)
    assert any(0x80 <= byte < 0xA0 for byte in data)
    assert not vn1.detect(data)
    lines, encoding = read_text(data)
    assert encoding == "tcvn3"
    typed = "\n".join(line.lower() if line.isupper() else line for line in quoted.split("\n"))
    assert [line.text for line in lines] == typed.split("\n")


@pytest.mark.parametrize(
    "text", [TEXT, CAPITAL_HEADINGS, TEXT.upper()], ids=["as-is", "headings", "upper"]
)
def test_a_windows_1258_file_stays_windows_1258(text):
    """Windows-1258 has capitals (À Á Â Ă, Í, Ù Ú) and đ at bytes that are VN1 letters."""
    data = _cp1258(text)
    assert not set(data).isdisjoint(vn1._distinctive())
    text_read, encoding = decode(data)
    assert encoding == "cp1258" and unicodedata.normalize("NFC", text_read) == text


def _read_back(data: bytes) -> str:
    lines, _ = read_text(data)
    return unicodedata.normalize("NFC", "\n".join(line.text for line in lines)).rstrip("\n")


def test_no_text_of_the_corpus_or_the_wild_set_misfires_in_any_encoding():
    """Each text in Windows-1258, TCVN3 (VN3) and VNI is not VN1; in VN1 it is, and reads as
    iconv reads it."""
    texts = _texts(ROOT / "corpus") + _texts(ROOT / "tests/fixtures/wild")
    assert len(texts) > 100
    texts = [(path, unicodedata.normalize("NFC", text)) for path, text in texts]
    # iconv run once on all the texts, not twice on each: “ ” – … are no VN1 ("-c")
    in_vn1 = _iconv_each([text for _, text in texts], "UTF-8", ICONV, "-c")
    read_by_iconv = _iconv_each(in_vn1, ICONV, "UTF-8")
    wrong = []
    for (path, text), data, read_back in zip(texts, in_vn1, read_by_iconv, strict=True):
        others = {
            "cp1258": _cp1258(text, errors="replace"),
            "vn3": _vn3(text, errors="replace"),
            "vni": encode(text, "vni").encode("cp1252", errors="replace"),
        }
        wrong += [(path, name) for name, data in others.items() if vn1.detect(data)]
        expected = unicodedata.normalize("NFC", read_back.decode("utf-8"))
        if vn1.detect(data):
            if vn1.decode(data) != expected:
                wrong.append((path, "vn1"))
        elif _read_back(data) != expected.rstrip("\n"):
            # Without a letter only VN1 has (a toned capital), VN1 bytes are TCVN3's: read
            # that way, they must give the same text.
            wrong.append((path, "vn1 read as tcvn3"))
    assert wrong == []


def test_detection_is_fast_on_a_thousand_words():
    words = CAPITAL_HEADINGS.split() * (1000 // len(TEXT.split()) + 1)
    data = to_vn1(" ".join(words[:1000]))
    vn1.detect(data)  # tables loaded once
    start = time.perf_counter()
    assert vn1.detect(data)
    assert not vn1.detect(_vn3(TEXT * 10))
    assert time.perf_counter() - start < 0.5
