"""Vietnamese word segmentation, POS tags and sentences, by underthesea.

The one place camket touches underthesea, and it takes only the pieces it uses: the word
segmenter, the sentence splitter and two CRF models run by underthesea_core. `import
underthesea` runs the package's __init__, which imports every pipeline (named entities, chunking,
classification over HTTP, …) and joblib with numpy: a quarter of a second, longer than checking
a file takes. So the pieces are imported by their own module names, without that __init__ (see
`_lean_import`); code that asks underthesea for anything else later still gets the whole package.
Nothing is imported before the first use: `camket --version`, `rules list` and texts the
lexical checks settle never load underthesea.
"""

from __future__ import annotations

import functools
import importlib.util
import pickle
import re
import sys
import threading
from collections.abc import Callable
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType
from typing import Any

# The POS model underthesea ships as "v2.0" (VLSP 2013, features computed in underthesea_core):
# about ten times faster than its default 2017 model, whose features are computed in Python.
_POS_MODEL = Path("pipeline", "pos_tag", "models", "pos_crf_vlsp2013_20230303")
_WORD_MODEL = Path("pipeline", "word_tokenize", "models", "ws_crf_vlsp2013_20230727")
# A model folder's parts, named as underthesea's FastCRFSequenceTagger names them.
_TAGGER, _FEATURES, _DICTIONARY = "models.bin", "features.bin", "dictionary.bin"

_PACKAGE = "underthesea"
# The segmenter's text normaliser: a module that loads this rule table with joblib.
_NORMALIZER = "underthesea.pipeline.text_normalize.text_normalizer"
_NORMALIZER_CODE = Path("pipeline", "text_normalize", "text_normalizer.py")
_NORMALIZER_RULES = Path("pipeline", "text_normalize", "tn_rules_2023_07_14.bin")


@functools.lru_cache(maxsize=8192)
def words(text: str) -> tuple[str, ...]:
    """Words of `text` as underthesea segments it ("tốt nghiệp" is one word)."""
    found = _shared.known(_WORDS, text)
    if found is None:
        found = _word_tokenize(text)
        _shared.made(_WORDS, text, found)
    return found


@functools.lru_cache(maxsize=8192)
def tagged(text: str) -> tuple[tuple[str, str], ...]:
    """(word, POS tag) pairs: "Np" proper noun, "Ny" abbreviation, "N" noun, "V" verb, …"""
    found = _shared.known(_TAGGED, text)
    if found is None:
        segmented = words(text)
        found = tuple(zip(segmented, _pos_tagger()(segmented), strict=True))
        _shared.made(_TAGGED, text, found)
    return found


# --- underthesea's word_tokenize, its steps ---------------------------------------------------


def _word_tokenize(text: str) -> tuple[str, ...]:
    """What underthesea's word_tokenize(text) gives, by its own steps (its tokeniser, its token
    normaliser, its CRF model, the I-W tokens joined to the word before), two of them for less:
    a token's normal form is remembered (it depends on the token alone), and a token is taken
    as the text the tokeniser's regex matched (see _tokens). A third of a text's segmentation
    outside the CRF. Whatever is not as this version of underthesea has it goes to its own
    word_tokenize."""
    _load_word_model()
    import underthesea.pipeline.word_tokenize as segmenter

    model = segmenter.word_tokenize_model
    tokens = _tokens(text) if isinstance(model, _CRFModel) else None
    if tokens is None:
        return tuple(segmenter.word_tokenize(text))
    tags = model.predict([[token] for token in tokens])
    found: list[str] = []
    for tag, token in zip(tags, tokens, strict=False):
        if tag == "I-W" and found:
            found[-1] = found[-1] + " " + token
        else:
            found.append(token)
    return tuple(found)


def _tokens(text: str) -> list[str] | None:
    """underthesea's regex tokenize(text) (its defaults: characters and tokens normalised), or
    None when its regex is not one whose matches are the tokens (_matches_are_tokens)."""
    from underthesea.pipeline.text_normalize.character_normalize import (
        normalize_characters_in_text,
    )
    from underthesea.pipeline.word_tokenize import regex_tokenize

    pattern = regex_tokenize.patterns
    if not _matches_are_tokens(pattern, tuple(regex_tokenize.regex_patterns)):
        return None
    normalized = normalize_characters_in_text(text)
    return [_normal_token(match.group()) for match in pattern.finditer(normalized)]


@functools.lru_cache(maxsize=4)
def _matches_are_tokens(pattern: re.Pattern[str], alternatives: tuple[str, ...]) -> bool:
    """Whether the tokeniser's regex is its alternatives, each one named group around all of
    it: underthesea takes a token as the first named group a match has set, which is then the
    group of the one alternative that matched, the whole match. Not so (another version, or
    the fixed-word regex underthesea leaves behind once asked for fixed words): False."""
    if pattern.pattern != "(" + "|".join(alternatives) + ")":
        return False
    try:
        from re import _constants, _parser  # type: ignore[attr-defined]

        for alternative in alternatives:
            parsed = _parser.parse(alternative, pattern.flags)
            items = list(parsed)
            names = {number: name for name, number in parsed.state.groupdict.items()}
            if len(items) != 1 or items[0][0] is not _constants.SUBPATTERN:
                return False
            if items[0][1][0] not in names:
                return False
    except Exception:  # a Python whose regex parser is laid out otherwise: underthesea's way
        return False
    return True


@functools.lru_cache(maxsize=16384)
def _normal_token(token: str) -> str:
    from underthesea.pipeline.text_normalize.token_normalize import token_normalize

    return token_normalize(token)


# --- results shared between worker processes ---------------------------------------------------

_WORDS, _TAGGED = 0, 1
SHARED_KEPT = 8192  # results told by other workers kept, of each kind (as many as each cache)


class _Shared:
    """What the other worker processes of a run segmented, and what this one segmented since it
    last told them (linter.parallel carries both). Batches repeat items from one file to the
    next, and each worker would otherwise segment every text once for itself: the segmentation
    is the same whoever makes it, so a text segmented in one worker is not segmented again in
    another. Off (nothing noted) unless `share` is called: in one process the caches suffice."""

    def __init__(self) -> None:
        self.sharing = False
        self.told: tuple[dict[str, Any], dict[str, Any]] = ({}, {})
        self.new: list[tuple[int, str, Any]] = []

    def known(self, kind: int, text: str) -> Any:
        return self.told[kind].get(text) if self.sharing else None

    def made(self, kind: int, text: str, found: Any) -> None:
        if self.sharing:
            self.new.append((kind, text, found))


_shared = _Shared()


def share() -> None:
    """Note what this process segments, to tell the others (`news`), and take what they tell
    (`learn`)."""
    _shared.sharing = True


def news() -> bytes | None:
    """What this process segmented since it was last asked, pickled; None if nothing."""
    if not _shared.new:
        return None
    new, _shared.new = _shared.new, []
    return pickle.dumps(new, pickle.HIGHEST_PROTOCOL)


def learn(data: bytes) -> None:
    """Keep what another process segmented (`news` of it): the oldest go past SHARED_KEPT."""
    for kind, text, found in pickle.loads(data):
        told = _shared.told[kind]
        if len(told) >= SHARED_KEPT:
            del told[next(iter(told))]
        told[text] = found


MAX_WORD_SYLLABLES = 4  # the longest word looked up in the dictionary


@functools.cache
def _dictionary() -> set[str] | frozenset[str]:
    """The words of underthesea's word-segmentation model (about 72,000, most of several
    syllables), lower-case: the model's own set when it is one (a copy would cost the batch
    stage, which alone looks words up in it, a hundredth of a second; a text's words are
    strings and only ever equal strings, so what else the set may hold is never found)."""
    try:
        words = _word_dictionary()
    except (OSError, ValueError):
        return frozenset()
    if isinstance(words, (set, frozenset)):
        return words
    return frozenset(w for w in words if isinstance(w, str))


@functools.cache
def _word_dictionary() -> Any:
    """The word model's dictionary as underthesea stored it, read once for the model and for
    dictionary_words (unpickling it takes as long as tracing a dozen reports)."""
    return _load_pickled(_folder() / _WORD_MODEL / _DICTIONARY)


@functools.lru_cache(maxsize=16384)
def dictionary_words(text: str) -> tuple[str, ...]:
    """Words of a lower-case `text` by the longest match in underthesea's dictionary: the
    words its model knows, found in a few microseconds where the model takes a millisecond.
    Enough to compare two texts on the same footing (a result with its committed item)."""
    known = _dictionary()
    syllables = text.split()
    count = len(syllables)
    found, index = [], 0
    while index < count:
        # the candidates from this syllable, one syllable longer each; the longest known wins
        words = [syllables[index]]
        for syllable in syllables[index + 1 : index + MAX_WORD_SYLLABLES]:
            words.append(f"{words[-1]} {syllable}")
        size = len(words)
        while size > 1 and words[size - 1] not in known:
            size -= 1
        found.append(words[size - 1])
        index += size
    return tuple(found)


def sentences(text: str) -> list[str]:
    _lean_import()
    from underthesea.pipeline.sent_tokenize import sent_tokenize

    return sent_tokenize(text)


def preload() -> None:
    """Load the models now (before worker processes are forked, so they share them)."""
    _load_word_model()
    _pos_tagger()


# --- importing underthesea's pieces ----------------------------------------------------------


@functools.cache
def _folder() -> Path:
    """underthesea's package folder, found without importing the package."""
    loaded = sys.modules.get(_PACKAGE)
    spec = loaded.__spec__ if loaded is not None else importlib.util.find_spec(_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"No module named {_PACKAGE!r}", name=_PACKAGE)
    return Path(next(iter(spec.submodule_search_locations)))


_import_lock = threading.Lock()


def _lean_import() -> None:
    """Make underthesea's modules importable without running its package __init__ nor its text
    normaliser's module (which imports joblib, numpy with it, to read a plain pickle).

    Both are registered as modules whose code has not run (the normaliser holding the two
    tables its neighbours import from it, read here by the C unpickler); each runs its own code
    the first time it is asked for a name it lacks, so `underthesea.word_tokenize` or
    `from underthesea import ner` elsewhere still find the whole package. Nothing is done
    when underthesea is imported already, or when its files are not where this version of it
    keeps them (then the package is imported whole)."""
    with _import_lock:
        if _PACKAGE in sys.modules:
            return
        folder = _folder()
        rules, code = folder / _NORMALIZER_RULES, folder / _NORMALIZER_CODE
        if not (rules.is_file() and code.is_file()):
            import underthesea  # noqa: F401  (a version laid out otherwise: the whole package)

            return
        table = _load_pickled(rules)
        normalizer = importlib.util.spec_from_file_location(_NORMALIZER, code)
        package = importlib.util.find_spec(_PACKAGE)
        assert normalizer is not None and package is not None
        tables = {"character_map": table["character"], "token_map": table["token"]}
        sys.modules[_NORMALIZER] = _run_on_demand(normalizer, tables)
        sys.modules[_PACKAGE] = _run_on_demand(package, {})
        # The text normaliser and the segmenter import each other: the normaliser first, as
        # the package's own __init__ has it, or the segmenter finds it half made.
        parent = importlib.import_module(_NORMALIZER.rpartition(".")[0])
        parent.text_normalizer = sys.modules[_NORMALIZER]  # as importing it would have set


def _run_on_demand(spec: ModuleSpec, names: dict[str, Any]) -> ModuleType:
    """The module of `spec` holding `names`, its code not run yet: it runs (once) when the
    module is asked for a name it does not hold, but for __path__, which the import system
    asks every module it imports a name from (a module without it is no package). Submodules
    of a package import without its code."""
    module = importlib.util.module_from_spec(spec)
    module.__dict__.update(names)

    def run_code(name: str) -> Any:
        if name == "__path__":
            raise AttributeError(name)
        del module.__getattr__
        assert spec.loader is not None
        spec.loader.exec_module(module)
        return getattr(module, name)

    module.__getattr__ = run_code  # type: ignore[method-assign]
    return module


# --- the models ------------------------------------------------------------------------------


def _load_pickled(path: Path) -> Any:
    """A model part underthesea wrote with joblib: plain pickles (a list, a set, a dict),
    which the C unpickler reads in a fifth of the time joblib's Python one takes."""
    try:
        with path.open("rb") as stream:
            return pickle.load(stream)
    except (pickle.UnpicklingError, ValueError, EOFError):
        import joblib

        return joblib.load(path)  # a joblib container after all (compressed, numpy)


class _CRFModel:
    """A CRF sequence tagger from a model folder of underthesea's: what its
    FastCRFSequenceTagger does to predict, without its module (which imports joblib)."""

    def __init__(self, folder: Path) -> None:
        from underthesea_core import CRFFeaturizer, CRFTagger

        self.estimator = CRFTagger()
        self.estimator.load(str(folder / _TAGGER))
        features = _load_pickled(folder / _FEATURES)
        word_model = folder == _folder() / _WORD_MODEL
        dictionary = _word_dictionary() if word_model else _load_pickled(folder / _DICTIONARY)
        self.featurizer = CRFFeaturizer(features, dictionary)

    def predict(self, tokens: list[list[str]]) -> list[str]:
        """Tags of one sequence of tokens (each a list of its features' columns)."""
        return self.estimator.tag(self.featurizer.process([tokens])[0])


def _crf_model(folder: Path) -> _CRFModel:
    return _CRFModel(folder)


@functools.cache
def _load_word_model() -> None:
    """Hand underthesea's word_tokenize its model, loaded faster than it would load it itself
    (it keeps the model in a module variable and loads one only while that is None)."""
    _lean_import()
    import underthesea.pipeline.word_tokenize as segmenter

    folder = _folder() / _WORD_MODEL
    if getattr(segmenter, "word_tokenize_model", "absent") is None and folder.is_dir():
        segmenter.word_tokenize_model = _crf_model(folder)


@functools.cache
def _pos_tagger() -> Callable[[tuple[str, ...]], list[str]]:
    """Tags for segmented words. underthesea's own `pos_tag(model="v2.0")` tags only on the call
    that loads the model (9.5.0), so the model is loaded here; an underthesea without it gets
    its default tagger."""
    folder = _folder() / _POS_MODEL
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
    _lean_import()
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    return [tag for _, tag in CRFPOSTagPredictor.Instance().predict(list(segmented))]
