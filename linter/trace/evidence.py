"""Does a reported result say what came of the work, or only restate the intention?

A result carries evidence when it says something its item did not already say: a figure or a
date of its own ("5/6 em đạt trung bình", "nộp ngày 28/3"), a status ("chưa thực hiện", "đang
thực hiện, dự kiến xong tháng 12"), a claim of none ("không tuần nào trễ"), an outcome
("được công nhận", "giảm từ 9 xuống 3 em"), a product or a named class, place or body the
item did not name. A result without any is a
restatement when it opens with the formula of one ("Đã thực hiện tốt việc …", "Tiếp tục …"),
when all it says is in the item already, or when the vague judgement of commitments
(linter.concrete) finds nothing checkable in it.
"""

from __future__ import annotations

import re

from linter.concrete import is_pledge, judge
from linter.read.normalize import fold, normalize
from linter.trace.terms import terms_of

_NUMBER = re.compile(r"\d+(?:[.,]\d+)?")
_STATUS = re.compile(
    r"\b(?:chưa|đang|dự kiến|không đạt|vượt|giảm|tăng|được công nhận|được khen|được tặng"
    r"|được cấp|được duyệt|được chọn|đạt giải|xếp loại|mới đạt|mới được|còn thiếu|còn lại"
    r"|trong đó|bằng khen|giấy khen|khen thưởng)\b"
)
# A checkable claim of none: "không tuần nào trễ", "không để xảy ra trường hợp nào".
_NONE_AT_ALL = re.compile(
    r"\bkhông\b[^.;]{0,50}?\bnào\b|\bkhông (?:có|để|xảy ra|phát sinh) (?:trường hợp|ca|vụ"
    r"|phản ánh|khiếu nại|sai sót|sai lệch|thuốc|hộ|em)\b"
)
# "Đã thực hiện tốt việc …", "Tiếp tục …", "Luôn hoàn thành tốt …", "Cơ bản hoàn thành …".
_FORMULA = re.compile(
    r"^[\s\-+•*–·]*(?:bản thân\s+|tôi\s+)?(?:(?:đã|luôn|cơ bản|tiếp tục|thường xuyên|nghiêm túc|"
    r"tích cực|đều)\s+)*(?:thực hiện|hoàn thành|làm|chấp hành|triển khai|duy trì|tiếp tục|"
    r"đảm bảo|bảo đảm|quan tâm)\b"
)
# A result all of whose content its item holds says nothing new.
RESTATES = 0.9


def _numbers(key: str) -> set[str]:
    """Figures, leading zeros dropped ("02" is "2"), years left out."""
    found = set()
    for number in _NUMBER.findall(key):
        value = number.lstrip("0") or "0"
        if len(value) == 4 and value.startswith(("19", "20")):
            continue
        found.add(value)
    return found


def has_evidence(result: str, item: str | None = None) -> bool:
    """Something in `result` the item (when given) did not already say."""
    key = fold(normalize(result).text)
    item_key = fold(normalize(item).text) if item else ""
    if _numbers(key) - _numbers(item_key):
        return True
    if _STATUS.search(key) and not _STATUS.search(item_key):
        return True
    if _NONE_AT_ALL.search(key) and not _NONE_AT_ALL.search(item_key):
        return True
    if item is None:
        return False
    return bool(terms_of(result).keys - terms_of(item).keys)


def restated(result: str, item: str | None = None, item_cover: float = 0.0) -> bool:
    """A result that only restates the intention; `item_cover`, the share of the result's
    content its item holds (linter.trace.match). A general pledge kept ("Luôn trung thành với
    Đảng") is not judged: nobody can show evidence for it."""
    text = normalize(result).text
    if not re.search(r"[^\W\d_]", text) or is_pledge(text):
        return False
    if has_evidence(text, item):
        return False
    if _FORMULA.match(fold(text)) or (item is not None and item_cover >= RESTATES):
        return True
    return not judge(text).concrete
