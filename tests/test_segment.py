"""camket's access to underthesea: the same segmentation underthesea gives, faster model loading,
and proper nouns from the POS model (with underthesea's default tagger when that model is absent)."""

import json
import pickle
import re
import subprocess
import sys
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


def _fresh(code: str) -> dict:
    """What `code` prints (JSON) in a new interpreter, where nothing has imported underthesea."""
    found = subprocess.run(
        [sys.executable, "-c", "import json, sys\nfrom linter import segment\n" + code],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(found.stdout)


# What `import underthesea` brings and camket never uses.
UNUSED = [
    "joblib",
    "numpy",
    "requests",
    "underthesea.pipeline.ner",
    "underthesea.pipeline.chunking",
]


def test_segmenting_imports_only_the_pieces_camket_uses():
    found = _fresh(
        "segment.preload()\n"
        "out = {'words': [segment.words(t) for t in ITEMS], 'tags': segment.tagged(ITEMS[0]),\n"
        "       'sentences': segment.sentences(' '.join(ITEMS)),\n"
        "       'dictionary': len(segment._dictionary()),\n"
        "       'loaded': [m for m in UNUSED if m in sys.modules]}\n"
        "print(json.dumps(out))".replace("ITEMS", repr(ITEMS)).replace("UNUSED", repr(UNUSED))
    )
    assert found["loaded"] == []
    assert found["words"] == [underthesea.word_tokenize(text) for text in ITEMS]
    assert [tuple(pair) for pair in found["tags"]] == list(segment.tagged(ITEMS[0]))
    assert found["sentences"] == underthesea.sent_tokenize(" ".join(ITEMS))
    assert found["dictionary"] == len(segment._dictionary()) > 70_000


@pytest.mark.parametrize("first", ["segment.preload()", "segment._dictionary()"])
def test_the_word_models_dictionary_is_read_once(first):
    """The dictionary linter.trace cuts words by is the word model's own, unpickled once
    whichever of the two asks first (a report's trace would otherwise read it again)."""
    second = "segment._dictionary()" if first == "segment.preload()" else "segment.preload()"
    found = _fresh(
        "reads = []\n"
        "load = segment._load_pickled\n"
        "segment._load_pickled = lambda path: reads.append(str(path)) or load(path)\n"
        f"{first}\n{second}\n"
        "word = segment._folder() / segment._WORD_MODEL / segment._DICTIONARY\n"
        "words = segment.dictionary_words('phụ đạo học sinh yếu môn toán')\n"
        "out = {'reads': reads.count(str(word)), 'size': len(segment._dictionary()),\n"
        "       'copied': segment._dictionary() is not segment._word_dictionary(),\n"
        "       'words': words, 'cut': segment.words('Phụ đạo học sinh yếu môn Toán')}\n"
        "print(json.dumps(out, ensure_ascii=False))"
    )
    assert found["reads"] == 1
    assert not found["copied"]  # the model's set itself: 72,000 words are not copied
    folder = Path(underthesea.__file__).parent / segment._WORD_MODEL
    assert found["size"] == len(joblib.load(folder / "dictionary.bin")) > 70_000
    assert found["words"] == ["phụ đạo", "học sinh", "yếu", "môn", "toán"]
    assert found["cut"] == underthesea.word_tokenize("Phụ đạo học sinh yếu môn Toán")


def test_underthesea_asked_for_more_afterwards_is_the_whole_package():
    """Code that imports underthesea after camket segmented gets all of it, the text
    normaliser's joblib-loaded tables included (equal to those camket read)."""
    found = _fresh(
        "segment.words('Học tập nâng cao trình độ.')\n"
        "import underthesea\n"
        "from underthesea import ner\n"
        "text_normalizer = underthesea.pipeline.text_normalize.text_normalizer\n"
        "out = {'version': underthesea.__version__,\n"
        "       'words': underthesea.word_tokenize('Hội Phụ nữ ấp Bình Thạnh'),\n"
        "       'ner': callable(ner),\n"
        "       'normalizer': type(text_normalizer.text_normalizer).__name__,\n"
        "       'same_tables': text_normalizer.token_map == text_normalizer.text_normalizer.token_map,\n"
        "       'joblib': 'joblib' in sys.modules}\n"
        "print(json.dumps(out))"
    )
    assert found == {
        "version": underthesea.__version__,
        "words": underthesea.word_tokenize("Hội Phụ nữ ấp Bình Thạnh"),
        "ner": True,
        "normalizer": "TextNormalizer",
        "same_tables": True,
        "joblib": True,
    }


def test_the_normaliser_tables_are_those_joblib_loads():
    folder = Path(underthesea.__file__).parent
    table = segment._load_pickled(folder / segment._NORMALIZER_RULES)
    assert table == joblib.load(folder / segment._NORMALIZER_RULES)
    normalizer = underthesea.pipeline.text_normalize.text_normalizer
    assert table["character"] == normalizer.character_map
    assert table["token"] == normalizer.token_map


def test_an_underthesea_laid_out_otherwise_is_imported_whole():
    """When the normaliser's table is not where underthesea 9.5 keeps it, the package is
    imported as it is, and segments the same."""
    found = _fresh(
        "from pathlib import Path\n"
        "segment._NORMALIZER_RULES = Path('khong', 'co.bin')\n"
        f"out = {{'words': segment.words({ITEMS[0]!r}),\n"
        "       'whole': 'underthesea.pipeline.ner' in sys.modules}\n"
        "print(json.dumps(out))"
    )
    assert found == {"words": underthesea.word_tokenize(ITEMS[0]), "whole": True}


@pytest.fixture
def sharing(monkeypatch):
    """This process as a worker that shares its segmentations, with nothing told yet."""
    monkeypatch.setattr(segment, "_shared", segment._Shared())
    segment.share()
    segment.words.cache_clear()
    segment.tagged.cache_clear()
    yield segment._shared
    segment.words.cache_clear()
    segment.tagged.cache_clear()


def test_a_worker_tells_what_it_segmented_once(sharing):
    words = segment.words(ITEMS[1])
    tagged = segment.tagged(ITEMS[0])
    news = segment.news()
    assert news is not None and segment.news() is None  # told once
    segment.words(ITEMS[1])  # from the cache: nothing new to tell
    assert segment.news() is None
    told = segment._Shared()
    told.sharing = True
    told_before, segment._shared = segment._shared, told
    segment.learn(news)
    segment._shared = told_before
    assert told.told[segment._WORDS][ITEMS[1]] == words
    assert told.told[segment._TAGGED][ITEMS[0]] == tagged
    assert told.told[segment._WORDS][ITEMS[0]] == tuple(w for w, _ in tagged)


def test_what_another_worker_segmented_is_taken_for_that_text_alone(sharing):
    """A text another worker segmented is not segmented again (here a made-up answer shows it
    is taken as told); a text differing by a capital is segmented here."""
    text = "Giúp đỡ Lan hoàn thành hồ sơ vay vốn."
    told = [(segment._WORDS, text, ("Giúp đỡ", "Lan", "X")), (segment._TAGGED, text, (("a", "N"),))]
    segment.learn(pickle.dumps(told))
    assert segment.words(text) == ("Giúp đỡ", "Lan", "X")
    assert segment.tagged(text) == (("a", "N"),)
    other = text.replace("Lan", "lan")
    assert segment.words(other) == tuple(underthesea.word_tokenize(other))
    assert segment.news() is not None  # that one was made here, and is news


def test_what_others_told_is_bounded(sharing, monkeypatch):
    monkeypatch.setattr(segment, "SHARED_KEPT", 3)
    told = [(segment._WORDS, f"mục {n}", ("mục", str(n))) for n in range(5)]
    segment.learn(pickle.dumps(told))
    assert list(sharing.told[segment._WORDS]) == ["mục 2", "mục 3", "mục 4"]


def test_without_sharing_nothing_is_noted_or_taken(monkeypatch):
    monkeypatch.setattr(segment, "_shared", segment._Shared())
    segment.learn(pickle.dumps([(segment._WORDS, ITEMS[2], ("x",))]))
    segment.words.cache_clear()
    try:
        assert segment.words(ITEMS[2]) == tuple(underthesea.word_tokenize(ITEMS[2]))
        assert segment.news() is None
    finally:
        segment.words.cache_clear()


@pytest.fixture(scope="module")
def corpus_lines() -> list[str]:
    from conftest import CORPUS

    lines = []
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [line for line in text.splitlines() if line.strip()]
    assert len(lines) > 20_000
    return lines


def test_tokens_are_underthesea_tokens_on_every_corpus_line(corpus_lines):
    """camket takes underthesea's tokens as the text its regex matched, each normalised once
    (remembered): the same tokens as underthesea's own tokenize, NFD lines and odd symbols
    included."""
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    segment._load_word_model()
    for line in corpus_lines:
        assert segment._tokens(line) == tokenize(line), line


def test_words_are_underthesea_words_on_corpus_lines_and_their_keys(corpus_lines):
    """The segmentation by those steps is underthesea's word_tokenize, on a spread of corpus lines
    (every 25th: all 26,000 were compared once, none differs) and on the same lines folded with
    their duty phrases set aside, as the vague judgement segments them."""
    from linter.concrete import _set_aside
    from linter.read.normalize import match_key

    texts = corpus_lines[::25]
    texts += [_set_aside(match_key(line)) for line in texts]
    for text in texts:
        assert segment._word_tokenize(text) == tuple(underthesea.word_tokenize(text)), text


def test_a_tokeniser_regex_laid_out_otherwise_is_left_to_underthesea(monkeypatch):
    """underthesea leaves its fixed-word regex in place once asked for fixed words: camket then
    segments with underthesea's own word_tokenize, which gives what that regex gives."""
    from underthesea.pipeline.word_tokenize import regex_tokenize

    text = "Phối hợp với Hội Phụ nữ ấp Bình Thạnh tuyên truyền cài đặt VNeID"
    assert segment._tokens(text) is not None
    fixed = regex_tokenize.patterns.pattern.replace("(", "(?P<fixed_words>\\bBình Thạnh\\b)|(", 1)
    monkeypatch.setattr(
        regex_tokenize, "patterns", re.compile(fixed, regex_tokenize.patterns.flags)
    )
    assert segment._tokens(text) is None
    assert segment._word_tokenize(text) == tuple(underthesea.word_tokenize(text))
    assert "Bình Thạnh" in segment._word_tokenize(text)
