import unicodedata

import pytest

from linter.read.normalize import canonical_tones, match_key, normalize


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("hoà bình", "hòa bình"),
        ("thuỷ lợi", "thủy lợi"),
        ("sức khoẻ", "sức khỏe"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("HOÀ", "HÒA"),
        ("thoả thuận", "thỏa thuận"),
        ("tuỳ theo", "tùy theo"),
    ],
)
def test_old_tone_placement_becomes_canonical(old, new):
    assert canonical_tones(old) == new


@pytest.mark.parametrize("word", ["quý", "hoàng", "toán", "thuyết", "khuỷu", "quà", "của", "hòa"])
def test_words_already_canonical_are_untouched(word):
    assert canonical_tones(word) == word


def test_nfd_old_tones_and_spaces_match_the_clean_form():
    messy = unicodedata.normalize("NFD", "Hoàn\u00a0thành  tốt\tcông tác hoà giải ")
    assert normalize(messy).text == "Hoàn thành tốt công tác hòa giải"
    assert match_key(messy) == match_key("hoàn thành tốt công tác hòa giải")


def test_position_map_points_back_at_the_original_text():
    original = unicodedata.normalize("NFD", "  - Vận động\u00a0\u00a015 hộ làm hàng rào xanh")
    norm = normalize(original)
    start = norm.text.index("15 hộ")
    begin, end = norm.original_span(start, start + len("15 hộ"))
    assert unicodedata.normalize("NFC", original[begin:end]) == "15 hộ"


def test_every_normalised_character_maps_inside_the_original():
    original = unicodedata.normalize("NFD", "Khoẻ mạnh,  tuỳ\u200b tiện ")
    norm = normalize(original)
    assert len(norm.starts) == len(norm.text) == len(norm.ends)
    assert all(0 <= s < e <= len(original) for s, e in zip(norm.starts, norm.ends, strict=True))
    assert list(norm.starts) == sorted(norm.starts)


def test_dashes_fold_but_keep_length():
    assert normalize("05 – CT/TW").text == "05 - CT/TW"


def test_a_decomposed_vietnamese_line_takes_the_shortcut_and_maps_each_letter():
    import unicodedata

    from linter.read.normalize import _composed_latin

    line = unicodedata.normalize("NFD", "Hoàn thành 100% kế hoạch — trước ngày 30/6")
    norm = _composed_latin(line)
    assert norm is not None and norm == normalize(line)
    assert norm.text == "Hoàn thành 100% kế hoạch - trước ngày 30/6"
    begin, end = norm.original_span(2, 4)  # "àn": "a" + grave, then "n"
    assert line[begin:end] == unicodedata.normalize("NFD", "àn")
    assert _composed_latin(unicodedata.normalize("NFD", "Kế hoạch → năm 2026")) is None
