"""Units by the names their documents give them ("Chi bộ Trường Tiểu học An Phú"), for the
reports to show above the folder. A unit's name is the cell most of its documents name in
their header; a party committee's folder (its documents are the superior's plan) is named by
the committee its cells' documents name. Headers are mostly in capitals: shown in the usual
Vietnamese casing, with the spelling of a writer who typed it in that casing when one did."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from linter.engine import Report
from linter.read.normalize import match_key

# "CHI BỘ KHU PHỐ 3 - ĐẢNG BỘ PHƯỜNG AN LẠC", "ĐẢNG BỘ PHƯỜNG KIM ĐƯỜNG CHI BỘ KHOA NỘI":
# one unit's name is cut where the other's begins.
_NEXT_UNIT = re.compile(r"\s*(?:[-–—,]\s*)?\b(?:đảng bộ|đảng ủy|đảng uỷ|chi bộ)\b", re.IGNORECASE)
_UNIT_TYPE = re.compile(r"^(chi bộ|đảng bộ|đảng ủy|đảng uỷ|chi ủy|chi uỷ)\s+", re.IGNORECASE)
# Common nouns shown in lower case after the unit's type: administrative levels before a
# proper name ("Chi bộ ấp Bình Thuận", "Đảng bộ xã Bình An").
_LOWER_LEVELS = ("ấp", "xã", "phường", "thôn", "bản", "khóm", "huyện", "tỉnh", "thị trấn")
# Words of an institution's name written with only their first syllable capitalised.
_SENTENCE_CASE = (
    "tiểu học",
    "trung học cơ sở",
    "trung học phổ thông",
    "mầm non",
    "mẫu giáo",
    "y tế",
    "cơ quan",
    "khu phố",
    "tổ dân phố",
    "công ty",
    "may mặc",
    "nông nghiệp",
    "đoàn thể",
    "nhân dân",
    "quân sự",
)
_ABBREVIATIONS = {"ubnd", "cty", "ubmttq"}  # capitals that hold a vowel
_VOWELS = set("aăâeêioôơuưy")


def _base_letter(char: str) -> str:
    """The letter without its marks ("Ú" → "u", "Ư" → "u"; "Đ" stays)."""
    return unicodedata.normalize("NFD", char)[0].lower()


def _is_abbreviation(word: str) -> bool:
    letters = [c for c in word.lower() if c.isalpha()]
    if not letters or word != word.upper():
        return False
    return word.lower() in _ABBREVIATIONS or not any(_base_letter(c) in _VOWELS for c in letters)


def _cased(name: str) -> str:
    """A name written in capitals in the usual casing: the unit's type first ("Chi bộ"),
    abbreviations kept (THCS, UBND), levels before a proper name in lower case, other words
    capitalised."""
    words = [word if _is_abbreviation(word) else word.capitalize() for word in name.split()]
    text = " ".join(words)
    text = _UNIT_TYPE.sub(lambda m: m[1].capitalize() + " ", text, count=1)
    for phrase in _SENTENCE_CASE:
        text = re.sub(rf"\b{phrase}\b", phrase.capitalize(), text, flags=re.IGNORECASE)
    for level in _LOWER_LEVELS:
        text = re.sub(rf"(?<=\S )\b{level}\b", level, text, flags=re.IGNORECASE)
    return text


def _cleaned(written: str) -> str | None:
    """The unit's name alone: no other unit's name after it, no place and date after a name
    in capitals ("CHI BỘ KHOA NỘI Kim Đường, ngày 08 …")."""
    match = _UNIT_TYPE.match(written.strip())
    if match is None:
        return None
    rest = written.strip()[match.end() :]
    following = _NEXT_UNIT.search(rest)
    if following:
        rest = rest[: following.start()]
    words = rest.split()
    if words and words[0].isupper():
        capitals = []
        for word in words:
            if not (word.isupper() or not any(c.isalpha() for c in word)):
                break
            capitals.append(word)
        words = capitals
    name = " ".join(words).strip(" -–,.;:")
    return f"{match[1]} {name}" if name else None


def _chosen(names: Iterable[str]) -> str | None:
    """The name most documents give; in the casing a writer typed if any typed it so."""
    spellings: dict[str, list[str]] = defaultdict(list)
    for name in names:
        cleaned = _cleaned(name)
        if cleaned:
            spellings[match_key(cleaned)].append(cleaned)
    if not spellings:
        return None
    key, _ = Counter({k: len(v) for k, v in spellings.items()}).most_common(1)[0]
    typed = [s for s in spellings[key] if not s.isupper()]
    if typed:
        return Counter(typed).most_common(1)[0][0]
    return _cased(Counter(spellings[key]).most_common(1)[0][0])


def unit_names(report: Report) -> dict[str, str]:
    """Each unit of the report (its folder's name) → the name its documents give it, for the
    units whose documents name one."""
    cells: dict[str, list[str]] = defaultdict(list)
    committees: dict[str, list[str]] = defaultdict(list)
    for document in report.briefs:
        header = document.outline.header
        if header.cell:
            cells[document.unit].append(header.cell)
        parent = report.parents.get(document.unit)
        if parent is not None and header.committee:
            committees[parent].append(header.committee)
    names = {}
    for unit in {entry.unit for entry in report.files}:
        name = _chosen(cells.get(unit, ())) or _chosen(committees.get(unit, ()))
        if name:
            names[unit] = name
    return names
