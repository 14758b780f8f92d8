"""Vietnamese word segmentation, POS tags and sentences, by underthesea.

The one place camket touches underthesea. Importing it costs about a third of a second and its
models more, so everything here imports it on first use: `camket --version`, `rules list` and
texts the lexical checks settle never load it.
"""

from __future__ import annotations

import functools
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Any

# The POS model underthesea ships as "v2.0" (VLSP 2013, features computed in underthesea_core):
# about ten times faster than its default 2017 model, whose features are computed in Python.
_POS_MODEL = Path("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303")
_WORD_MODEL = Path("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")


@functools.lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Words of `text` as underthesea segments it ("tốt nghiệp" is one word)."""
    _load_word_model()
    from underthesea import word_tokenize

    return tuple(word_tokenize(text))


@functools.lru_cache(maxsize=8192)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """(word, POS tag) pairs: "Np" proper noun, "Ny" abbreviation, "N" noun, "V" verb, …"""
    segmented = words(text)
    return tuple(zip(segmented, _pos_tagger()(segmented), strict=True))


MAX_WORD_SYLLABLES = 4  # the longest word looked up in the dictionary


@functools.cache
def _dictionary() -> frozenset[str]:
    """The words of underthesea's word-segmentation model (about 72,000, most of several
    syllables), lower-case."""
    import underthesea

    model = Path(underthesea.__file__).parent / _WORD_MODEL
    try:
        words = _load_pickled(model / "dictionary.bin")
    except (OSError, ValueError):
        return frozenset()
    return frozenset(w for w in words if isinstance(w, str))


@functools.lru_cache(maxsize=16384)
def dictionary_words(text: str) -> tuple[str, ...]:
    """Words of a lower-case `text` by the longest match in underthesea's dictionary: the
    words its model knows, found in a few microseconds where the model takes a millisecond.
    Enough to compare two texts on the same footing (a result with its committed item)."""
    known = _dictionary()
    syllables = text.split()
    found, index = [], 0
    while index < len(syllables):
        for size in range(min(MAX_WORD_SYLLABLES, len(syllables) - index), 0, -1):
            word = " ".join(syllables[index : index + size])
            if size == 1 or word in known:
                found.append(word)
                index += size
                break
    return tuple(found)


def sentences(text: str) -> list[str]:
    from underthesea import sent_tokenize

    return sent_tokenize(text)


def preload() -> None:
    """Load the models now (before worker processes are forked, so they share them)."""
    _load_word_model()
    _pos_tagger()


def _load_pickled(path: Path) -> Any:
    """A model part underthesea wrote with joblib: plain pickles (a list, a set), which the
    C unpickler reads in a fifth of the time joblib's Python one takes."""
    import joblib

    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except (pickle.UnpicklingError, ValueError, EOFError):
        return joblib.load(path)  # a joblib container after all (compressed, numpy)


def _crf_model(folder: Path) -> Any:
    """underthesea's FastCRFSequenceTagger for a model folder, its parts loaded as above."""
    from underthesea.models.fast_crf_sequence_tagger import FastCRFSequenceTagger
    from underthesea_core import CRFFeaturizer, CRFTagger

    model = FastCRFSequenceTagger()
    model.estimator = CRFTagger()
    model.estimator.load(str(folder / model.path_model))
    features = _load_pickled(folder / model.path_features)
    dictionary = _load_pickled(folder / model.path_dictionary)
    model.featurizer = CRFFeaturizer(features, dictionary)
    return model


@functools.cache
def _load_word_model() -> None:
    """Hand underthesea's word_tokenize its model, loaded faster than it would load it itself
    (it keeps the model in a module variable and loads one only while that is None)."""
    import underthesea
    import underthesea.pipeline.word_tokenize as segmenter

    folder = Path(underthesea.__file__).parent / _WORD_MODEL
    if getattr(segmenter, "word_tokenize_model", "absent") is None and folder.is_dir():
        segmenter.word_tokenize_model = _crf_model(folder)


@functools.cache
def _pos_tagger() -> Callable[[tuple[str, ...]], list[str]]:
    """Tags for segmented words. underthesea's own `pos_tag(model="v2.0")` tags only on the call
    that loads the model (9.5.0), so the model is loaded here; an underthesea without it gets
    its default tagger."""
    import underthesea

    folder = Path(underthesea.__file__).parent / _POS_MODEL
    if not folder.is_dir():
        return _default_tags
    model = _crf_model(folder)

    def tags(segmented: tuple[str, ...]) -> list[str]:
        if not segmented:
            return []
        # The model's labels are "B-N", "B-Np", …: one word per tag, the prefix says nothing.
        return [label.removeprefix("B-") for label in model.predict([[w] for w in segmented])]

    return tags


def _default_tags(segmented: tuple[str, ...]) -> list[str]:
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return [tag for _, tag in CRFPOSTagPredictor.Instance().predict(list(segmented))]
