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

import functools
import re

from linter.concrete import is_pledge, judge
from linter.read.normalize import fold, normalize
from linter.sections import default_parts
from linter.trace.terms import named_group_spans, named_groups, terms_of

# A figure ("6", "5/6", "30/4/2025", "91,3") and the words around it.
_NUMBER = re.compile(r"([^\W\d_]*)\s*(\d+(?:[.,/]\d+)*)\s*([^\W\d_]*)")
# ("vượt", "tăng", "giảm" without a figure are the formula "đạt và vượt kế hoạch đề ra"; with
# one, the figure is the evidence.)
_STATUS = re.compile(
    r"\b(?:chưa|đang|sẽ|dự kiến|không đạt|được công nhận|được khen|được tặng"
    r"|được cấp|được duyệt|được chọn|đạt giải|xếp loại|đạt loại|mới đạt|mới được|còn thiếu|còn lại"
    r"|trong đó|bằng khen|giấy khen|khen thưởng|không còn"
    # none over a whole period looked back on: "Cả năm không để xảy ra va quẹt …"
    r"|(?:cả|suốt)\s+(?:năm học|năm|quý|học kỳ|\d+\s+tháng)\s+(?:không|chưa)\b)\b"
)
# A claim of none stated as a fact: "không tuần nào trễ", "không có phản ánh", "không xảy ra
# sai sót" (a commitment's "không để xảy ra …" is the intention, not the fact).
_NONE_AT_ALL = re.compile(
    r"\bkhông\b(?!\s+để\b)[^.;]{0,50}?\bnào\b|\bkhông (?:có|xảy ra|phát sinh|bị)\b"
)
# "Đã thực hiện tốt việc …", "Tiếp tục …", "Luôn hoàn thành tốt …", "Cơ bản hoàn thành …".
_FORMULA = re.compile(
    r"^[\s\-+•*–·]*(?:bản thân\s+|tôi\s+)?(?:(?:đã|luôn|cơ bản|tiếp tục|thường xuyên|nghiêm túc|"
    r"tích cực|đều)\s+)*(?:thực hiện|hoàn thành|làm|chấp hành|triển khai|duy trì|tiếp tục|"
    r"đảm bảo|bảo đảm|quan tâm)\b"
)


# A figure set as a target: "phấn đấu có 02 em", "ít nhất 03", "từ 95% trở lên", "không quá 3".
_TARGET_BEFORE = re.compile(
    r"(?:phấn đấu|ít nhất|tối thiểu|không dưới|không quá|chỉ tiêu|mục tiêu|đạt từ|từ)"
    r"(?:\s+[^\s\d]+){0,3}\s*$"
)
_TARGET_AFTER = re.compile(r"^\s*\S*\s*(?:\S+\s+)?trở lên\b")
_TARGET_REACH = 40  # characters before a figure searched for what makes it a target


@functools.lru_cache(maxsize=4096)  # an item's, for each result answering it
def _figures(key: str) -> tuple[tuple[str, str, str, bool], ...]:
    """Each figure with the word before and the word after it ("đủ 6 kỳ": đủ, 6, kỳ), and
    whether it is set as a target. Leading zeros dropped ("02" is "2"), years left out."""
    found = []
    for match in _NUMBER.finditer(key):
        before, number, after = match.groups()
        value = "/".join(part.lstrip("0") or "0" for part in number.split("/"))
        if value.isdigit() and len(value) == 4 and value.startswith(("19", "20")):  # not "20/5"
            continue
        start = match.start(2)
        target = bool(
            _TARGET_BEFORE.search(key[max(0, start - _TARGET_REACH) : start])
            or _TARGET_AFTER.match(key[match.end(2) :])
        )
        found.append((before, value, after, target))
    return tuple(found)


# A prize, a title or a commendation received: "Được công nhận danh hiệu Lao động tiên tiến",
# "đạt giải Ba", "được tặng Giấy khen". Checkable whatever else the line says.
_AWARD = re.compile(
    r"\b(?:danh hiệu|bằng khen|giấy khen|đạt giải|được tặng|giải (?:nhất|nhì|ba|khuyến khích))\b"
)


# A prize's rank: what was won, where the item only aimed at a prize.
_PRIZE = re.compile(r"\bgiải\s+(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt|[abc])\b")


@functools.lru_cache(maxsize=4096)  # asked of each result against every item
def states_award(text: str) -> bool:
    return bool(_AWARD.search(fold(normalize(text).text)))


# A prize or title received, not aimed at: "được Nhà trường công nhận …", "được tặng …".
_RECEIVED = re.compile(
    r"\b(?:được|đã được)\s+(?:\S+\s+){0,4}?(?:công nhận|tặng|trao|khen thưởng)\b"
)


def _award_received(key: str) -> bool:
    return bool(_RECEIVED.search(key) and _AWARD.search(key))


def holds_figure(text: str) -> bool:
    """A figure in the text, not a year ("Ủng hộ Quỹ … 1.000.000 đồng", "Giúp đỡ 03 hộ")."""
    return bool(_figures(fold(normalize(text).text)))


def _new_figure(key: str, item_key: str) -> bool:
    """A figure of the result that the item does not hold with either of its neighbours ("6
    kỳ" held is not "6 cộng tác viên" committed), or that the item held as a target and the
    result states as done ("có 2 em đạt giải" for "phấn đấu có 02 em đạt giải")."""
    theirs: dict[tuple[str, str], bool] = {}
    for before, value, after, target in _figures(item_key):
        for pair in ((before, value), (value, after)):
            theirs[pair] = theirs.get(pair, False) or target
    for before, value, after, target in _figures(key):
        pairs = [pair for pair in ((before, value), (value, after)) if pair in theirs]
        if not pairs or (not target and any(theirs[pair] for pair in pairs)):
            return True
        if before in _REACHED and (before, value) not in theirs:
            return True  # "họp phụ huynh đủ 3 lần" for "họp phụ huynh 3 lần/năm"
        if _dates_it(before, value, after) and (before, value) not in theirs:
            return True  # "đã cho 300 gốc nho giống trong tháng 3" for "… (xóm 3): cho …"
    return False


# A figure the item holds, stated as reached in full: "đủ 3 lần", "cả 3 em".
_REACHED = frozenset({"đủ", "cả"})
# How often, not when: "tháng 2 lần", "ngày 2 lần".
_COUNTED = frozenset({"lần", "buổi", "kỳ", "đợt", "lượt", "ca"})


def _dates_it(before: str, value: str, after: str) -> bool:
    """Does the figure date what was done ("trong tháng 3", "ngày 12/4")? The result's own
    date, even where the item holds the same figure for something else ("xóm 3")."""
    if before == "tháng":
        return (
            after not in _COUNTED
            and value.split("/")[0].isdigit()
            and 0 < int(value.split("/")[0]) <= 12
        )
    return before == "ngày" and "/" in value


_PERIOD = re.compile(r"\b(?:quý|học kỳ|kỳ|đợt)\s+(?:i{1,3}|iv|\d)\b")


def _periods(key: str) -> set[str]:
    """Named periods: "quý II", "học kỳ I", "đợt 2"."""
    return {" ".join(m.group().split()) for m in _PERIOD.finditer(key)}


def _without_groups(key: str, item_key: str) -> str:
    """The result less the named groups its item names too ("Tổ 4" for "Tổ nhân dân tự quản
    số 4"): their number is the item's, not a figure of the result's own."""
    theirs = set(named_groups(item_key))
    return "".join(
        " " * len(piece) if name in theirs else piece for piece, name in _group_pieces(key)
    )


def _group_pieces(key: str) -> list[tuple[str, str | None]]:
    pieces, at = [], 0
    for match, name in named_group_spans(key):
        pieces.append((key[at : match[0]], None))
        pieces.append((key[match[0] : match[1]], name))
        at = match[1]
    pieces.append((key[at:], None))
    return pieces


# A deliverable named as the standard the work followed ("thực hiện đúng quy trình 5 đúng",
# "theo phác đồ"), not as a product of it.
_STANDARD = re.compile(r"\b(?:đúng|theo)\s+(?:các\s+|những\s+)?$")


def _followed(key: str, thing: str) -> bool:
    """Is every mention of `thing` in the folded text the standard the work followed?"""
    mentions = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(thing)}(?!\w)", key)]
    return bool(mentions) and all(_STANDARD.search(key[:at]) for at in mentions)


def has_evidence(result: str, item: str | None = None, whole: str | None = None) -> bool:
    """Something in `result` the item (when given) did not already say. `whole`: the item as
    written when `item` is what it commits to after the past it states ("Năm 2025 sổ tuần tra
    còn 3 tháng không ghi; năm 2026 ghi sau mỗi lần tuần tra …"): the products and names of
    that past are the remedy's too ("Sổ tuần tra ghi sau mỗi lần …" names nothing new)."""
    key = fold(normalize(result).text)
    item_key = fold(normalize(item).text) if item else ""
    key = _without_groups(key, item_key) if item_key else key
    if _new_figure(key, item_key):
        return True
    # a status the item did not state ("Đang xây dựng kế hoạch …" for an item whose time
    # column is "Dự kiến tháng 8/2025")
    if {m.group() for m in _STATUS.finditer(key)} - {m.group() for m in _STATUS.finditer(item_key)}:
        return True
    if _NONE_AT_ALL.search(key):
        return True
    if _award_received(key) and not _award_received(item_key):
        return True  # "Được Nhà trường công nhận danh hiệu Lao động tiên tiến …": it came
    if set(_PRIZE.findall(key)) - set(_PRIZE.findall(item_key)):
        return True  # "… cấp trường tháng 3/2026: đạt giải Nhì" for "… phấn đấu đạt giải"
    if _periods(key) - _periods(item_key):
        return True
    if item is None:
        return False
    mine, theirs = terms_of(result), terms_of(whole or item)
    if any(not _followed(key, thing) for thing in mine.things - theirs.things):
        return True
    # a name the item did not name: not another wording of one it did ("Hội Phụ nữ" for
    # "Hội Liên hiệp Phụ nữ")
    known = theirs.syllables | {s for name in theirs.names for s in name.split()}
    return any(not set(name.split()) & known for name in mine.names - theirs.names)


_PLEDGE_PARTS = frozenset({1, 2, 4})  # politics, ethics, discipline: no evidence to show


@functools.cache
def _pledge_parts_named() -> re.Pattern[str]:
    titles = {
        r"[\s,]+".join(map(re.escape, title))
        for part in default_parts()
        if part.number in _PLEDGE_PARTS
        for title in part.titles
    }
    return re.compile(rf"\bvề\s+(?:{'|'.join(sorted(titles, key=len, reverse=True))})\b")


def about_pledge_parts(text: str) -> bool:
    """A result told of the general pledges by their parts' titles: "Các nội dung cam kết về tư
    tưởng chính trị, đạo đức, lối sống thực hiện nghiêm túc" keeps them as a pledge does."""
    return bool(_pledge_parts_named().search(fold(normalize(text).text)))


def restated(result: str, item: str | None = None, whole: str | None = None) -> bool:
    """A result that only restates the intention: one answering an `item` with nothing of its
    own; one answering no item that opens with the formula of a restatement or has nothing
    checkable in it. A general pledge kept ("Luôn trung thành với Đảng") is not judged:
    nobody can show evidence for it."""
    text = normalize(result).text
    if not re.search(r"[^\W\d_]", text) or is_pledge(text) or about_pledge_parts(text):
        return False
    if has_evidence(text, item, whole):
        return False
    if item is not None:
        return True
    return bool(_FORMULA.match(fold(text))) or not judge(text).concrete
