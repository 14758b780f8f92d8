"""A line of a commitment's shortcomings that only states what went wrong before ("Năm 2024
chứng từ kế toán lưu trữ còn lộn xộn …", "Hạn chế năm 2024: …"): members write it above the
remedy they commit to, and no result is due for it. A line that goes on to the remedy ("…;
năm 2025 nhập điểm lên hệ thống chậm nhất 07 ngày …") is a commitment like any other.

The words are data (rules/data/review_terms.yaml).
"""

from __future__ import annotations

import functools
import re

from linter import resources
from linter.read.normalize import fold, normalize
from linter.read.reflow import BULLET

_LEAD = r"^(?:\s|" + BULLET + r")*(?:\(?\d{1,2}(?:\.\d{1,2})*\s*[.)]\s*|\(?[a-zđ]\s*[.)]\s*)?"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LABEL_REACH = 50  # characters between a label and its colon ("Hạn chế được chỉ ra … năm 2024:")


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    data = resources.data("review_terms")

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(fold(w)) for w in sorted(words, key=len, reverse=True))

    labels, past = alternation(data["diagnosis_labels"]), alternation(data["past_periods"])
    opener = re.compile(
        rf"{_LEAD}(?:(?:{labels})\b(?:[^:;.]{{0,{_LABEL_REACH}}}:|\s+(?:được chỉ ra\s+)?"
        rf"(?:trong\s+)?(?:năm|kỳ)\b)|(?:trong\s+)?(?:{past})\b|(?:trong\s+)?năm\s+(?P<year>\d{{4}})\b"
        # what the last review found: "Qua kiểm điểm năm 2025 tại …, bản thân còn …",
        # "Kiểm điểm năm 2025 (tại chi bộ cũ) chỉ ra: …"
        r"|(?:(?:qua|trong)\s+)?(?:đợt\s+)?kiểm điểm(?:\s+cuối)?(?:\s+năm)?\s+(?P<reviewed>\d{4})\b)"
    )
    remedy = re.compile(rf"\b(?:{alternation(data['remedy_words'])})\b")
    return opener, remedy


def is_diagnosis(text: str, year: int | None) -> bool:
    """Does this item only state a shortcoming of the past? `year`: the commitment's (a line
    opening with an earlier year speaks of the past; unknown, only the labels and the past
    periods tell)."""
    key = fold(normalize(text).text)
    opener, remedy = _patterns()
    found = opener.match(key)
    if found is None:
        return False
    since = found["year"] or found["reviewed"]
    since = int(since) if since else None
    if since is not None and (year is None or since >= year):
        return False  # "Năm 2025 lập nhóm Zalo …" in the commitment for 2025: a task
    if remedy.search(key, found.end()):
        return False
    later = [int(y) for y in _YEAR.findall(key, found.end())]
    if since is not None:
        return not any(y > since for y in later)
    if year is not None:
        # "Hạn chế: … còn chậm, năm 2025 để sót 06 hộ …" in the commitment for 2026: the past
        return not any(y >= year for y in later)
    return not later  # "Năm trước …; từ tháng 02/2025 …": a date of what will be done


_FIRST_SENTENCE = re.compile(r"(?<=[.;])\s+(?=\S)")


def remedy_of(text: str, year: int | None) -> str:
    """What a shortcoming's line commits to: after a first sentence that only states the
    shortcoming of the past ("Năm 2025 còn chậm báo cáo số liệu của tổ cho phường. Năm 2026
    khắc phục, báo cáo kịp thời hơn."), the rest; else the whole line. A remedy that names
    nothing ("khắc phục, báo cáo kịp thời hơn") commits to nothing checkable, whatever the
    past it states names."""
    pieces = _FIRST_SENTENCE.split(text, maxsplit=1)
    if len(pieces) == 2 and is_diagnosis(pieces[0], year):
        return pieces[1]
    return text
