"""Vietnamese dates as real files write them.

"ngày 05 tháng 02 năm 2024", "ngày 5/2/2024", "05-02-2024", "18.5.2021", odd spacing, and the
blank form "ngày … tháng … năm 2024" left to be filled in by hand. Impossible dates
("ngày 31 tháng 02") are reported as such, never guessed into a real one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum


class DateStatus(str, Enum):
    OK = "ok"
    BLANK = "blank"  # day or month left as dots to fill in by hand
    IMPOSSIBLE = "impossible"  # e.g. 31/02, month 13
    PARTIAL = "partial"  # "tháng 5/2021": no day, so no date to put in order (never a guess)


@dataclass(frozen=True)
class DateMention:
    start: int  # span in the (normalised) text searched
    end: int
    status: DateStatus
    value: dt.date | None


_BLANK = r"[.…_\s]*"  # dots, underscores or bare spaces left to be filled in by hand
_NUM = r"\d{1,2}"
_YEAR = r"\d{4}"

_VERBAL = re.compile(
    rf"ngày\s*(?P<d>{_NUM}|{_BLANK})\s*,?\s*tháng\s*(?P<m>{_NUM}|{_BLANK})\s*,?\s*năm\s*"
    rf"(?P<y>{_YEAR}|{_BLANK})",
    re.IGNORECASE,
)
# d/m/yyyy, d-m-yyyy, d.m.yyyy (the same separator twice); d/m/yy with slashes only.
_NUMERIC = re.compile(
    r"(?<![\d/.\-])(?P<d>\d{1,2})\s*(?P<sep>[/.\-])\s*(?P<m>\d{1,2})\s*(?P=sep)\s*"
    r"(?P<y>\d{4})(?![\d/\-]|\.\d)",
)
_NUMERIC_YY = re.compile(r"(?<![\d/.\-])(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{2})(?![\d/])")
_LEADING_NGAY = re.compile(r"ngày\s*$", re.IGNORECASE)
_MONTH_ONLY = re.compile(
    r"(?<![\w/])tháng\s*(?P<m>\d{1,2})\s*(?:/|-|,?\s*năm)\s*(?P<y>\d{4})(?![\d/])", re.IGNORECASE
)


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


def find_dates(text: str) -> list[DateMention]:
    """All full dates in `text` (verbal, numeric and blank forms), in order of position."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_VERBAL, _NUMERIC, _NUMERIC_YY):
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            if pattern is not _VERBAL:
                lead = _LEADING_NGAY.search(text, 0, start)
                start = lead.start() if lead else start
            status, value = _make(match["d"], match["m"], match["y"])
            found.append(DateMention(start, end, status, value))
            taken.append((start, end))
    return sorted(found, key=lambda mention: mention.start)


def find_month_dates(text: str) -> list[DateMention]:
    """Month-and-year mentions with no day ("tháng 5/2021", "tháng 5 năm 2021"), status
    PARTIAL and no value: kept apart from find_dates, whose dates can be put in order."""
    taken = [(m.start, m.end) for m in find_dates(text)]
    return [
        DateMention(match.start(), match.end(), DateStatus.PARTIAL, None)
        for match in _MONTH_ONLY.finditer(text)
        if 1 <= int(match["m"]) <= 12
        and not any(s < match.end() and match.start() < e for s, e in taken)
    ]


def parse_date(text: str) -> DateMention | None:
    """The first date in `text`, or None."""
    mentions = find_dates(text)
    return mentions[0] if mentions else None
