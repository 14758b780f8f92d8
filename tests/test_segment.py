"""camket's access to underthesea: the same segmentation underthesea gives, faster model loading,
and proper nouns from the POS model (with underthesea's default tagger when that model is absent)."""

from pathlib import Path

import joblib
import pytest
import underthesea

from linter import segment

ITEMS = [
    "Phối hợp với Hội Phụ nữ ấp Bình Thạnh tuyên truyền cài đặt VNeID cho 40 hộ trước ngày 30/6.",
    "Thường xuyên học tập, nâng cao trình độ chuyên môn, nghiệp vụ.",
    "Công khai dự toán ngân sách xã trên Cổng thông tin điện tử theo Thông tư 343/2016/TT-BTC.",
]


@pytest.mark.parametrize("model", [segment._WORD_MODEL, segment._POS_MODEL])
def test_models_load_as_underthesea_loads_them(model):
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger

    folder = Path(underthesea.__file__).parent / model
    for part in ("features.bin", "dictionary.bin"):
        assert segment._load_pickled(folder / part) == joblib.load(folder / part)
    theirs = FastCRFSequenceTagger()
    theirs.load(str(folder))
    ours = segment._crf_model(folder)
    for text in ITEMS:
        tokens = [[syllable] for syllable in text.split()]
        assert ours.predict(tokens) == theirs.predict(tokens)


@pytest.mark.parametrize("text", ITEMS)
def test_words_are_underthesea_segmentation(text):
    assert segment.words(text) == tuple(underthesea.word_tokenize(text))


def test_the_pos_model_finds_names_abbreviations_and_symbols():
    tags = dict(segment.tagged(ITEMS[0]))
    assert tags["Bình Thạnh"] == "Np"
    assert tags["VNeID"] == "Np"
    assert tags["Phối hợp"] == "V"
    assert dict(segment.tagged(ITEMS[2]))["TT-BTC"] in ("Np", "Ny")


def test_without_the_pos_model_underthesea_default_tagger_is_used(monkeypatch):
    monkeypatch.setattr(segment, "_POS_MODEL", Path("no", "such", "model"))
    segment._pos_tagger.cache_clear()
    try:
        tagger = segment._pos_tagger()
        assert tagger is segment._default_tags
        words = segment.words(ITEMS[0])
        tags = dict(zip(words, tagger(words), strict=True))
        assert tags["Bình Thạnh"] == "Np"
    finally:
        segment._pos_tagger.cache_clear()


def test_an_empty_text_has_no_tags():
    assert segment.tagged("") == ()
