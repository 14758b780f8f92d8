"""Does a commitment item carry something the cell can check?

A first, lexical judge for `unless: concrete`: a counted figure ("5 học sinh", "19 tiết/tuần",
"95% trẻ"), a deadline or period ("trước 30/5", "hằng tháng", "quý II"), or a named class.
A digit alone is not enough: "100% nhiệm vụ được giao" and "năm 2025" count for nothing.
"""

from __future__ import annotations

import re

from linter.dates import find_dates
from linter.normalize import match_key

_EMPTY_COUNTED = r"(?:nhiệm vụ|công việc|chỉ tiêu|kế hoạch|yêu cầu)"
_FIGURE = re.compile(
    rf"(?<![\w/.])(?!(?:19|20)\d\d\b)\d+(?:[.,]\d+)?\s*(?:%|phần trăm)?\s*(?!{_EMPTY_COUNTED}\b)(?=[^\W\d_])"
    r"|(?<![\w/.])\d+(?:[.,]\d+)?\s*(?:%|/)\s*(?!" + _EMPTY_COUNTED + r"\b)[^\W\d_]"
)
_PERIOD = re.compile(
    r"\b(?:trước|đến|chậm nhất|hạn|trong)\s+(?:ngày|tháng|quý|tết|học kỳ|tuần|dịp)\b"
    r"|\b(?:hằng|hàng|mỗi|từng)\s+(?:ngày|tuần|tháng|quý|năm học|học kỳ|buổi|đợt)\b"
    r"|\bquý\s+(?:i|ii|iii|iv|[1-4])\b|\bhọc kỳ\s+(?:i|ii|[12])\b|\btháng\s+\d{1,2}\b"
)
_NAMED = re.compile(r"\blớp\s+\d{1,2}\w*|\bkhối\s+\d{1,2}\b")


def is_concrete(text: str) -> bool:
    key = match_key(text)
    if re.search(r"\bnăm\s+(?:19|20)\d\d\b", key) and not _FIGURE.search(
        re.sub(r"năm\s+\d{4}", "", key)
    ):
        key = re.sub(r"năm\s+\d{4}", "", key)
    return bool(
        _FIGURE.search(key)
        or _PERIOD.search(key)
        or _NAMED.search(key)
        or any(m.value for m in find_dates(key))
    )
