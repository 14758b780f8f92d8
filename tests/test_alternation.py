"""A lexicon's phrases as a trie regex find what their plain alternation finds: on every corpus
line for the lexicons camket matches this way, and for any phrases and text (hypothesis); a
phrase set the trie would read differently keeps the plain alternation."""

from __future__ import annotations

import re

import pytest
from conftest import CORPUS
from hypothesis import given, settings
from hypothesis import strategies as st

from linter import resources
from linter.alternation import alternation
from linter.read.normalize import fold, match_key

SPACES = r"\s+"


def _plain(phrases: list[str], space: str | None = None) -> str:
    escaped = [re.escape(phrase) for phrase in phrases]
    if space is not None:
        escaped = [phrase.replace(re.escape(" "), space) for phrase in escaped]
    return "|".join(escaped)


def _spans(source: str, text: str) -> list[tuple[int, int]]:
    return [match.span() for match in re.finditer(source, text)]


def _bounded(alternatives: str) -> str:
    return rf"(?<!\w)(?:{alternatives})(?!\w)"


@pytest.fixture(scope="module")
def corpus_lines() -> list[str]:
    lines = []
    for path in sorted(CORPUS.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        lines += [fold(line) for line in text.splitlines() if line.strip()]
    assert len(lines) > 20_000
    return lines


def _lexicon_phrases() -> dict[str, list[str]]:
    """The phrase lists concrete.py matches as alternations, sorted longest first as it sorts
    them, and each role's position and content words in their order (roles.py)."""
    lexicon = resources.data("lexicon")
    words = [w for values in lexicon["abstract"].values() for w in values] + lexicon["function"]
    lists = {
        "set aside": [w for w in words if " " in w],
        "deliverables": [w for w in lexicon["deliverables"] if " " in w],
        "pledges": lexicon["pledges"],
        "pledge openers": lexicon["pledge_openers"],
        "prohibition openers": lexicon["prohibition_openers"],
        "not pledges": lexicon["not_pledges"],
    }
    found = {
        name: sorted({match_key(w) for w in phrases}, key=lambda k: (-len(k), k))
        for name, phrases in lists.items()
    }
    for role, fields in resources.data("roles")["roles"].items():
        for field in ("position", "content"):
            found[f"{role} {field}"] = [match_key(w) for w in fields[field]]
    return found


LEXICONS = _lexicon_phrases()


@pytest.mark.parametrize("name", sorted(LEXICONS))
def test_a_lexicon_matches_every_corpus_line_as_its_plain_alternation(name, corpus_lines):
    phrases = LEXICONS[name]
    space = SPACES if not name.endswith(("position", "content")) else None
    trie, plain = _bounded(alternation(phrases, space)), _bounded(_plain(phrases, space))
    assert [_spans(trie, line) for line in corpus_lines] == [
        _spans(plain, line) for line in corpus_lines
    ]


def test_the_large_lexicons_become_tries():
    for name in ("set aside", "deliverables", "pledges"):
        phrases = LEXICONS[name]
        assert alternation(phrases, SPACES) != _plain(phrases, SPACES)
        assert len(alternation(phrases, SPACES)) < len(_plain(phrases, SPACES))


def test_the_longest_phrase_at_a_place_is_matched():
    phrases = ["nêu cao tinh thần trách nhiệm", "nêu cao tinh thần", "nêu cao", "tinh thần"]
    source = _bounded(alternation(phrases, SPACES))
    text = "luôn nêu cao  tinh thần trách nhiệm, nêu cao tinh thần tự giác"
    found = [match.group() for match in re.finditer(source, text)]
    assert found == ["nêu cao  tinh thần trách nhiệm", "nêu cao tinh thần"]


def test_phrases_not_longest_first_keep_the_plain_alternation():
    """ "công an" before "công an xã": the plain alternation matches "công an" in "công an
    xã", where a trie would match all three words."""
    phrases = ["công an", "công an xã", "trưởng"]
    assert alternation(phrases) == _plain(phrases)
    assert _spans(_bounded(alternation(phrases)), "công an xã") == [(0, 7)]


def test_phrases_spaced_otherwise_keep_the_plain_alternation():
    for phrases in (["tổ  dân phố", "tổ"], [" tổ dân", "tổ"], ["tổ\tdân", "tổ"]):
        assert alternation(phrases, SPACES) == _plain(phrases, SPACES)


_WORDS = st.text(alphabet="abcđ", min_size=1, max_size=3)
_PHRASES = st.lists(st.lists(_WORDS, min_size=1, max_size=3).map(" ".join), min_size=1, max_size=12)
_TEXTS = st.lists(st.sampled_from(["a", "b", "c", "đ", " ", "  ", ".", "x"]), max_size=30).map(
    "".join
)


@settings(max_examples=400, deadline=None)
@given(_PHRASES, _TEXTS, st.booleans(), st.booleans())
def test_any_phrases_match_as_their_plain_alternation(phrases, text, longest_first, spaced):
    """In any order (a trie when it reads the same), bounded by word edges or inside a larger
    regex that backtracks into it."""
    if longest_first:
        phrases = sorted(set(phrases), key=lambda k: (-len(k), k))
    space = SPACES if spaced else None
    trie, plain = alternation(phrases, space), _plain(phrases, space)
    assert _spans(_bounded(trie), text) == _spans(_bounded(plain), text)
    larger = r"(?:{})\s*(?:b|x)"
    assert _spans(larger.format(trie), text) == _spans(larger.format(plain), text)
