"""Vietnamese dates as real files write them.

"ngày 05 tháng 02 năm 2024", "ngày 5/2/2024", "05-02-2024", "18.5.2021", odd spacing, months
written as words ("ngày 5 tháng Hai năm 2025", "tháng Mười hai"), and the blank form
"ngày … tháng … năm 2024" left to be filled in by hand. Impossible dates ("ngày 31 tháng 02") are
reported as such, never guessed into a real one.

"tháng Giêng" and "tháng Chạp" are the names of the first and last months of the lunar year.
Party documents are dated by the solar calendar, and a lunar date is a month or more away from
the solar date with the same numbers, so such a date is read as a date (the line holding it is
still a date line) with no value: status LUNAR, never converted and never guessed.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class DateStatus(str, Enum):
    OK = "ok"
    BLANK = "blank"  # day or month left as dots to fill in by hand
    IMPOSSIBLE = "impossible"  # e.g. 31/02, month 13
    PARTIAL = "partial"  # "tháng 5/2021": no day, so no date to put in order (never a guess)
    LUNAR = "lunar"  # "tháng Giêng", "tháng Chạp": a lunar month, never converted


@dataclass(frozen=True)
class DateMention:
    start: int  # span in the (normalised) text searched
    end: int
    status: DateStatus
    value: dt.date | None


# Each gap between the words of a date is matched one way only: two quantifiers side by side
# that could take the same characters ("\s*" next to "[.…_\s]*") make the engine try every
# split of a long run of spaces or dots, which takes minutes on one long line.
_BLANK = r"[.…_\s]*"  # dots, underscores or bare spaces left to be filled in by hand
_COMMA = r"(?:,\s*)?"  # an optional comma before the next word, and the spaces after it
_NUM = r"\d{1,2}"
_YEAR = r"\d{4}"

# Months written as words, the longest first ("Mười hai" before "Mười"); "năm" (May) is a month
# only when the word "năm" of the year follows it ("tháng Năm năm 2025"), else "tháng năm 2025"
# is a month left blank.
MONTH_WORDS = {
    "một": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "bẩy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
    "mười một": 11,
    "mười hai": 12,
}
LUNAR_MONTHS = {"giêng": 1, "chạp": 12}
_WORDS = sorted([*MONTH_WORDS, *LUNAR_MONTHS], key=len, reverse=True)
# One space or more between the words of "mười hai"; no letter may follow ("Ba" is not "Bay").
_MONTH_WORD = "(?:" + "|".join(w.replace(" ", r"\s+") for w in _WORDS) + r")(?![^\W\d_])"

_VERBAL = re.compile(
    rf"ngày(?:\s*(?P<d>{_NUM})\s*|{_BLANK}){_COMMA}"
    rf"tháng(?:\s*(?P<m>{_NUM})\s*|\s+(?P<mw>{_MONTH_WORD})\s*|{_BLANK}){_COMMA}"
    rf"năm(?:\s*(?P<y>{_YEAR})|{_BLANK})",
    re.IGNORECASE,
)
# d/m/yyyy, d-m-yyyy, d.m.yyyy (the same separator twice); d/m/yy with slashes only.
_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<y>\d{4})(?![\d/\-]|\.\d)",
)
_NUMERIC_YY = re.compile(r"(?<![\d/.\-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})(?![\d/])")
_NGAY = re.compile("ngày", re.IGNORECASE)
_MONTH_ONLY = re.compile(
    r"(?<![\w/])tháng\s*(?P<m>\d{1,2})\s*(?:/|-|(?:,\s*)?năm)\s*(?P<y>\d{4})(?![\d/])",
    re.IGNORECASE,
)
_MONTH_WORD_ONLY = re.compile(
    rf"(?<![\w/])tháng\s+(?P<mw>{_MONTH_WORD})\s*(?:,\s*)?năm\s*(?P<y>\d{{4}})(?![\d/])",
    re.IGNORECASE,
)


def _month_word(word: str) -> tuple[int, bool]:
    """The number of a month written as a word, and whether it is a lunar month's name."""
    key = " ".join(word.lower().split())
    if key in LUNAR_MONTHS:
        return LUNAR_MONTHS[key], True
    return MONTH_WORDS[key], False


def _make(day: str, month: str, year: str) -> tuple[DateStatus, dt.date | None]:
    if not (day.strip().isdigit() and month.strip().isdigit() and year.strip().isdigit()):
        return DateStatus.BLANK, None
    y = int(year)
    if len(year) == 2:  # d/m/yy; a four-digit "0024" is not guessed into 2024
        y += 2000
    try:
        return DateStatus.OK, dt.date(y, int(month), int(day))
    except ValueError:
        return DateStatus.IMPOSSIBLE, None


def _leading_ngay(text: str, start: int) -> int:
    """Where a numeric date starts once the "ngày" written before it is counted in: "ngày
    5/2/2024" is one mention. Only the spaces right before the date are looked at."""
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    lead = before - len("ngày")
    return lead if lead >= 0 and _NGAY.fullmatch(text, lead, before) else start


class _Spans:
    """Disjoint spans sorted by start; an overlap test looks only at the nearest one."""

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        ordered = sorted(spans)
        self.starts = [start for start, _ in ordered]
        self.ends = [end for _, end in ordered]

    def overlaps(self, start: int, end: int) -> bool:
        # Disjoint and sorted by start, the spans are sorted by end too: of those that start
        # before `end`, the last one reaches furthest.
        index = bisect.bisect_left(self.starts, end) - 1
        return index >= 0 and self.ends[index] > start


def _make_mention(match: re.Match[str], start: int) -> DateMention:
    month = match["m"] or ""
    word = match.groupdict().get("mw")
    if word:
        number, lunar = _month_word(word)
        if lunar:
            return DateMention(start, match.end(), DateStatus.LUNAR, None)
        month = str(number)
    status, value = _make(match["d"] or "", month, match["y"] or "")
    return DateMention(start, match.end(), status, value)


def find_dates(text: str) -> list[DateMention]:
    """All full dates in `text` (verbal, numeric and blank forms), in order of position."""
    found: list[DateMention] = []
    for pattern in (_VERBAL, _NUMERIC, _NUMERIC_YY):
        # A pattern's own matches never overlap, so each is tested against the earlier
        # patterns' mentions only; none of those reaches into a "ngày" a date is extended to.
        taken = _Spans((mention.start, mention.end) for mention in found) if found else None
        for match in pattern.finditer(text):
            if taken is not None and taken.overlaps(*match.span()):
                continue
            start = match.start() if pattern is _VERBAL else _leading_ngay(text, match.start())
            found.append(_make_mention(match, start))
    return sorted(found, key=lambda mention: mention.start)


def find_month_dates(text: str) -> list[DateMention]:
    """Month-and-year mentions with no day ("tháng 5/2021", "tháng 5 năm 2021", "tháng Hai năm
    2025"), status PARTIAL and no value: kept apart from find_dates, whose dates can be put in
    order."""
    months = [match for match in _MONTH_ONLY.finditer(text) if 1 <= int(match["m"]) <= 12]
    months += _MONTH_WORD_ONLY.finditer(text)
    if not months:
        return []
    taken = _Spans((m.start, m.end) for m in find_dates(text))
    return sorted(
        (
            DateMention(match.start(), match.end(), DateStatus.PARTIAL, None)
            for match in months
            if not taken.overlaps(*match.span())
        ),
        key=lambda mention: mention.start,
    )


def parse_date(text: str) -> DateMention | None:
    """The first date in `text`, or None."""
    mentions = find_dates(text)
    return mentions[0] if mentions else None
