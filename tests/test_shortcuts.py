"""The shortcuts that make checking a file cheaper give what the long way gives, on every line
and document of the corpus and on the cases each shortcut turns on (issue 18's speed work)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

import pytest
from conftest import CORPUS, TEXT

from linter import concrete, fingerprint, roles
from linter.read import legacy, normalize
from linter.read.normalize import fold
from linter.sections import _titles_by_first_word, default_parts


@functools.cache
def _corpus_texts() -> tuple[str, ...]:
    """Every .txt of the corpus, as text (undecodable bytes replaced)."""
    return tuple(
        path.read_bytes().decode("utf-8", "replace") for path in sorted(CORPUS.rglob("*.txt"))
    )


@functools.cache
def _corpus_lines() -> tuple[str, ...]:
    return tuple(sorted({line for text in _corpus_texts() for line in text.splitlines()}))


# Lines as Word and old editors leave them: tabs, no-break spaces, runs and ends of spaces, old
# tone placement beside them, dashes, a soft hyphen, a decomposed tone.
AWKWARD_LINES = (
    "ĐẢNG BỘ XÃ PHÚ HÒA\tĐẢNG CỘNG SẢN VIỆT NAM",
    "\t\tPhú Hoà, ngày 12 tháng 01 năm 2025",
    "•  Thực hành cần, kiệm, liêm, chính, chí công vô tư.",
    "- Giữ gìn sức khoẻ,  rèn luyện thân thể   ",
    "  Hoà nhã\u00a0với đồng nghiệp\u00a0\u00a0và nhân dân.",
    "Năm học 2024\u20132025: thuỷ lợi nội đồng\t",
    "\u00a0",
    " \t ",
    "Tuyên truy\u00adền pháp luật",
    "Hoa\u0300 nhã với mọi người",
    "HOÀ\tKHOẺ  THUỶ quý hoà2",
    "- Tham gia hội thao ‘Khoẻ để bảo vệ Tổ quốc’\u2003 cấp huyện",
)


def _values(normalized: normalize.NormalizedText) -> tuple[object, ...]:
    return (
        *map(tuple, (normalized.starts, normalized.ends)),
        normalized.text,
        normalized.original_length,
    )


def test_respacing_a_line_gives_what_normalising_it_character_by_character_gives():
    lines = [*_corpus_lines(), *AWKWARD_LINES]
    respaced = 0
    for line in lines:
        assert _values(normalize.normalize(line)) == _values(
            normalize._normalized_by_cluster(line)
        ), line
        respaced += bool(
            line and normalize._RESPACEABLE.fullmatch(line) and not normalize._plainly_spaced(line)
        )
    assert respaced >= 8  # the awkward lines, at least, take the new way
    assert normalize.normalize("\tHoà  nhã ").text == "Hòa nhã"


def test_old_tones_are_moved_in_the_words_that_can_hold_them_and_only_there():
    lines = [*_corpus_lines(), *AWKWARD_LINES, "của hoà khoẻ thuỷ Quý QUÝ HOÀ hoà2 oà OÀ\u0300"]
    for line in lines:
        for text in (line, unicodedata.normalize("NFC", line)):
            every_word = normalize._WORD.sub(normalize._canonical_word, text)
            assert normalize.canonical_tones(text) == every_word, line
    assert normalize.canonical_tones("sức khoẻ của hoà thuỷ") == "sức khỏe của hòa thủy"


def test_a_title_in_capitals_is_told_as_before():
    for line in [*_corpus_lines(), *AWKWARD_LINES, "Ⅳ. VỀ KỶ LUẬT", "ⒶⒷⒸ abc"]:
        letters = [c for c in line if c.isalpha()]
        expected = len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)
        assert normalize.mostly_upper(line) is expected, line


@pytest.mark.parametrize("threshold", [0, 0.5, 10, 200])
def test_a_file_already_in_unicode_is_told_by_the_first_words_that_settle_it(threshold):
    for text in _corpus_texts():
        words = legacy._marked_words(text)
        expected = sum(n for word, n in words.items() if legacy.is_syllable(word)) > threshold
        assert legacy._mostly_syllables(words, threshold) is expected
    tcvn3 = Counter({"Hoµn": 5, "thµnh": 3, "tèt": 4, "nhiÖm": 2, "vô": 2})
    assert legacy._mostly_syllables(tcvn3, 0.5 * sum(tcvn3.values())) is False


def test_each_roles_words_are_counted_as_its_pattern_counts_them():
    keys = [fold(text) for text in _corpus_texts()]
    # a role's word glued after a letter: the scan alone would count it
    keys += ["xchứng từ kế toán; chứng từ, sổ sách và thu chi", "abhọc sinh học sinh lớp 8"]
    patterns, scans = roles._patterns("content"), roles._content_scans()
    counted = Counter()
    for key in keys:
        for (role, pattern), scan in zip(patterns, scans, strict=True):
            found = roles._count(key, pattern, scan)
            assert found == len(pattern.findall(key)), (role, key[:80])
            counted[role] += found
    assert len(counted) >= 5
    assert roles.role_from_content(["Lập chứng từ thu chi", "Ghi sổ sách kế toán"]) == "accountant"


def test_part_titles_are_found_under_their_first_word():
    by_first = _titles_by_first_word(default_parts())
    listed = sorted((title, number) for entries in by_first.values() for title, number in entries)
    expected = sorted((t, p.number) for p in default_parts() for t in p.titles if t)
    assert listed == expected
    assert all(title[0] == first for first, entries in by_first.items() for title, _ in entries)


def test_an_items_syllable_codes_are_kept_by_its_exact_text():
    for text in ("Họp với Lan ngày 5", "Họp với lan ngày 5", "họp với Lan ngày 15", "Họp với Lan"):
        assert fingerprint._item_codes(text) == tuple(fingerprint.text_syllables(text))
    assert fingerprint._item_codes("Gặp Lan") != fingerprint._item_codes("Gặp lan")


def _corpus_items() -> list[str]:
    """Every bullet of the corpus's commitments, as the specificity check judges them."""
    from linter.document import Document, make_line
    from linter.parse import parse

    items = []
    for text in [*_corpus_texts(), TEXT]:
        lines = [make_line(n, raw) for n, raw in enumerate(text.splitlines(), start=1)]
        document = Document("d.txt", "u", "txt", lines)
        outline = parse(document)
        items += [outline.bullet_text(bullet[0]) for bullet in outline.bullets()]
    return sorted(set(items))


# Own posts named in two words: the name makes them own posts, however few the words.
OWN_POSTS = (
    "Hoàn thành tốt nhiệm vụ Bí thư Chi đoàn Phước Lộc.",
    "Hoàn thành tốt công tác Tổ trưởng Tổ Toán.",
)


def test_items_too_short_for_a_name_to_count_are_judged_as_without_tagging(monkeypatch):
    items = [*_corpus_items(), *OWN_POSTS]
    assert len(items) > 2000
    # judged here, not taken from what workers of an earlier run in this process handed on
    monkeypatch.setattr(concrete, "_told", concrete._Told())
    concrete.judge.cache_clear()
    spared = []
    names_may_count = concrete._names_may_count

    def noted(content: tuple[str, ...], key: str) -> bool:
        may = names_may_count(content, key)
        if not may:
            spared.append(key)
        return may

    monkeypatch.setattr(concrete, "_names_may_count", noted)
    shortcut = {item: concrete.judge(item) for item in items}
    concrete.judge.cache_clear()
    monkeypatch.setattr(concrete, "_names_may_count", lambda content, key: True)
    tagged = {item: concrete.judge(item) for item in items}
    concrete.judge.cache_clear()
    assert shortcut == tagged
    assert [shortcut[item].reason for item in OWN_POSTS] == ["own-post", "own-post"]
    assert len(spared) >= 20  # capitals inside, no deliverable, too few content words
    capitals = [key for key in spared if re.search(r"\s[a-zđ]", key)]
    assert capitals
