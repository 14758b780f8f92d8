"""Does a commitment item carry something the cell can check?

An item is concrete when it names a deadline or period ("trước 30/5", "hằng tháng", "quý II"),
a counted figure ("19 tiết/tuần", "95% trẻ"), a named class or group ("lớp 8B", "tổ số 4"), or
content words for real objects, people or deliverables once the duty vocabulary of
`rules/data/lexicon.yaml` is set aside. A digit alone is not enough: "100% nhiệm vụ được giao"
and "năm 2025" count for nothing.

The cheap lexical anchors run first; underthesea's word segmentation runs only on items they
do not settle, and its POS tagger only on the borderline ones that hold digits or capitals.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from linter import resources
from linter.dates import DateStatus, find_dates
from linter.normalize import match_key

MIN_CONTENT_WORDS = 2

_PERIOD = re.compile(
    r"\b(?:trước|đến|chậm nhất|hạn|trong|vào|đầu|giữa|cuối)\s+(?:ngày\s+\d|tháng\s+\d|quý\s|"
    r"tết|học kỳ\s|tuần\s+(?:đầu|cuối|thứ)|dịp\s+tết)"
    r"|\b(?:hằng|hàng|mỗi|từng)\s+(?:ngày|tuần|tháng|quý|năm học|học kỳ|buổi|đợt|sáng|chiều|tối|kỳ|lần)\b"
    r"|\bquý\s+(?:i|ii|iii|iv|[1-4])\b|\bhọc kỳ\s+(?:i|ii|[12])\b"
    r"|\btháng\s+\d{1,2}\b|\bngày\s+\d{1,2}\b|\b\d{1,2}\s*giờ\b|\btrong\s+(?:ngày|vòng\s+\d+)"
    r"|\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b|\btrước\s+tết\b"
)
_NAMED_GROUP = re.compile(
    r"\b(?:lớp|khối|tổ(?:\s+số)?|đội|phòng|ấp|thôn|khóm|khu phố)\s+\d{1,2}\w*\b"
)
_NUMBER = re.compile(r"(?<![\w/.\-])\d+(?:[.,]\d+)?(?![\w/\-]|[.,]\d)")
# A number here is part of a name, a year or a document symbol, not a figure.
_NOT_A_FIGURE_BEFORE = re.compile(
    r"(?:năm|lần thứ|thứ|nhiệm kỳ|khóa|số|chỉ thị|kết luận|nghị quyết|quy định|hướng dẫn|kế hoạch|"
    r"công văn|đại hội|điều|khoản|mục|giai đoạn|năm học|tháng|ngày|quý|phần)\s*$"
)
# "ít nhất một ý kiến", "đủ hai buổi": a number word after a quantifier is a figure.
_WORD_FIGURE = re.compile(
    r"\b(?:ít nhất|tối thiểu|không dưới|đủ|thêm|trên|từ)\s+"
    r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s+[^\W\d_]"
)
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*%")
_ROMAN = re.compile(r"^[ivxlc]+$")
_PUNCT = re.compile(r"^[\W_]+$")


@dataclass(frozen=True)
class Verdict:
    concrete: bool
    reason: str  # period | date | named-group | figure | content | abstract
    content: tuple[str, ...] = ()  # the content words left once duty vocabulary is set aside


@functools.cache
def _lexicon() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = resources.data("lexicon")
    abstract = frozenset(match_key(w) for words in data["abstract"].values() for w in words)
    function = frozenset(match_key(w) for w in data["function"])
    units = frozenset(match_key(w) for w in data["units"])
    return abstract, function, units


def _is_filler(word: str) -> bool:
    """Duty vocabulary, function words, numbers, roman numerals, punctuation."""
    abstract, function, _ = _lexicon()
    if word in abstract or word in function or _PUNCT.match(word) or _ROMAN.match(word):
        return True
    if any(c.isdigit() for c in word) or len(word) == 1:
        return True
    syllables = word.split()
    return len(syllables) > 1 and all(s in abstract or s in function for s in syllables)


def _figures(key: str) -> list[str]:
    """Words counted by a number ("19 tiết", "2 sáng kiến"), skipping years and symbols."""
    _, _, units = _lexicon()
    counted = []
    for match in _NUMBER.finditer(key):
        number = match.group()
        if len(number) == 4 and number.startswith(("19", "20")):
            continue
        if _NOT_A_FIGURE_BEFORE.search(key[: match.start()]):
            continue
        following = key[match.end() :].lstrip(" /").split()
        if (following and " ".join(following[:2]) in units) or (
            following and following[0] in units
        ):
            counted.append(number)
    return counted


def _anchor(key: str) -> str | None:
    if any(m.status is DateStatus.OK for m in find_dates(key)):
        return "date"
    if _PERIOD.search(key):
        return "period"
    if _NAMED_GROUP.search(key):
        return "named-group"
    if _figures(key) or _WORD_FIGURE.search(key):
        return "figure"
    return None


@functools.cache
def _phrases() -> re.Pattern[str]:
    """Multi-syllable lexicon entries, longest first: set aside before segmenting, because the
    segmenter may cut across them ("nêu | cao tinh thần")."""
    abstract, function, _ = _lexicon()
    entries = sorted((w for w in abstract | function if " " in w), key=len, reverse=True)
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in entries)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


@functools.lru_cache(maxsize=8192)
def _words(key: str) -> tuple[str, ...]:
    """Content candidates of a folded item: lexicon phrases set aside, the rest segmented."""
    rest = _phrases().sub(" , ", key)
    if not re.search(r"[^\W\d_]", rest):
        return ()
    from underthesea import word_tokenize  # heavy: only for items the anchors did not settle

    return tuple(word_tokenize(rest))


@functools.lru_cache(maxsize=8192)
def _tagged(text: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag

    return tuple((match_key(word), tag) for word, tag in pos_tag(text))


def _tagged_content(text: str) -> list[str]:
    """Borderline items: numerals counting a real noun, and proper nouns, by POS tag."""
    found = []
    tagged = _tagged(text)
    for index, (word, tag) in enumerate(tagged):
        if tag == "Np" and index > 0 and not _is_filler(word):
            found.append(word)
        if tag == "M" and not _NOT_A_FIGURE_BEFORE.search(" ".join(w for w, _ in tagged[:index])):
            after = tagged[index + 1 : index + 3]
            found.extend(w for w, t in after if t in ("N", "Nc", "Nu") and not _is_filler(w))
    return found


def judge(text: str) -> Verdict:
    """Concrete or vague, with the reason; see the module docstring."""
    key = match_key(text)
    anchor = _anchor(key)
    if anchor:
        return Verdict(True, anchor)
    content = [word for word in _words(key) if not _is_filler(word)]
    if _PERCENT.search(key) and content:
        return Verdict(True, "figure", tuple(content))
    if len(content) == MIN_CONTENT_WORDS - 1 and re.search(r"\d|(?<=\s)[A-ZĐ]", text):
        content += [w for w in _tagged_content(text) if w not in content]
    concrete = len(content) >= MIN_CONTENT_WORDS
    return Verdict(concrete, "content" if concrete else "abstract", tuple(content))


def is_concrete(text: str) -> bool:
    return judge(text).concrete
