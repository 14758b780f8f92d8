"""Does a commitment item carry something the cell can check?

An item is concrete when it has an anchor: a date, deadline or period ("trước 30/5", "hằng
tháng", "quý II"), a counted figure ("19 tiết/tuần", "03 thanh niên"), a named class or group
("lớp 8B", "tổ số 4"), a quoted title of a standard or prize, or a quantified zero target
("không để em nào bỏ học"). Without an anchor it must name something — a deliverable (hồ sơ,
báo cáo, sáng kiến, …) or a proper noun that is not duty vocabulary — among a few content words
left once the duty vocabulary of `rules/data/lexicon.yaml` is set aside, or name many distinct
things (RICH_CONTENT_WORDS: a particular task described in full). A few domain nouns alone do
not make a task checkable ("tuyên truyền … tố giác tội phạm" is still vague), and a digit alone
is not enough: "100% nhiệm vụ được giao" and "năm 2025" count for nothing.

The lexical anchors run first and settle most items; underthesea's word segmentation runs only
on the items they do not settle, and its POS tagger only on those with a capital inside.
"""

from __future__ import annotations

import functools
import pickle
import re
from collections.abc import Iterable
from dataclasses import dataclass

from linter import resources, segment
from linter.alternation import alternation
from linter.dates import DateStatus, find_dates
from linter.read.normalize import fold, match_key, normalize

# Without an anchor, an item is concrete only when it names something (a deliverable, or a
# proper noun that is not duty vocabulary) among at least this many content words.
MIN_CONTENT_WORDS = 3
# An item naming this many distinct things outside the duty vocabulary describes one particular
# task ("ghi nhật ký khai thác từng mẻ câu, nộp cho chủ tàu khi về bến"): boilerplate is made of
# duty vocabulary, which is set aside before counting.
RICH_CONTENT_WORDS = 8
_CAPITAL_INSIDE = re.compile(r"(?<=[\w,;:]\s)[A-ZĐÀ-Ỹ]")

_PERIOD = re.compile(
    r"\b(?:trước|đến|chậm nhất|hạn|trong|vào|đầu|giữa|cuối)\s+(?:ngày\s+\d|tháng\s+\d|quý\s|"
    r"tết|học kỳ\s|tuần\s+(?:đầu|cuối|thứ)|dịp\s+tết)"
    r"|\b(?:hằng|hàng|mỗi|từng)\s+(?:ngày|tuần|tháng|quý|năm học|học kỳ|buổi|đợt|sáng|chiều|tối|kỳ|lần)\b"
    # a work shift or a boat's trip: "sau mỗi ca", "từng chuyến biển"
    r"|\b(?:mỗi|từng|sau mỗi|trước mỗi)\s+(?:ca|chuyến)\b(?!\s+(?:bệnh|nhiễm|mắc|tử vong))"
    r"|\bquý\s+(?:i|ii|iii|iv|[1-4])\b|\bhọc kỳ\s+(?:i|ii|[12])\b"
    r"|\btrước ngày\s+[^\W\d_]|\btháng\s+\d{1,2}\b|\bngày\s+\d{1,2}\b|\b\d{1,2}\s*giờ\b|\btrong\s+(?:ngày|vòng\s+\d+)"
    r"|\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b"
    r"|\btrước\s+(?:(?:kỳ nghỉ|kì nghỉ|dịp|đợt nghỉ)\s+)?(?:tết|hè)\b"
    r"|\btrước\s+(?:khai giảng|kỳ thi|mùa mưa|mùa bão|mùa khô|mùa lũ|năm học mới|vụ)\b"
    r"|\b(?:trong|vào|dịp)\s+(?:hè|kỳ nghỉ hè|tết)\b|\bngay trong\s+(?:ngày|tuần|tháng|buổi)\b"
    r"|\b(?:hè|tết)\s+\d{4}\b|\btrước\s+năm học\s+\d{4}"
    r"|\b(?:theo|đúng)\s+lịch\s+(?:phân công|trực|tuần tra|tiêm|khám)\b"
    # a named day with its date: "chào mừng Ngày thành lập Đoàn 26/3", "dịp Quốc khánh 2/9"
    r"|\b(?:ngày|dịp)\s+(?:[^\W\d_]+\s+){1,6}(?:[12]?\d|3[01])/(?:0?[1-9]|1[0-2])\b(?![/\d])"
)
_NAMED_GROUP = re.compile(
    r"\b(?:lớp|khối|tổ(?:\s+số)?|đội|phòng|ấp|thôn|khóm|khu phố|tổ dân phố|khu dân cư)\s+\d{1,2}\w*\b"
    r"(?![.,]\d)"  # not an amount after the group's word: "của ấp 2.000.000 đồng"
    # "tổ nhân dân tự quản số 3", "đội sản xuất số 2"
    r"|\b(?:tổ|đội|nhóm|chi hội|khu phố|xóm)(?:\s+[^\W\d_]+){1,4}\s+số\s+\d{1,3}\b"
)
# A number, its thousands grouped by dots ("2.000.000 đồng", "1.480 người"), an amount with its
# currency's sign right after it ("500.000đ").
_NUMBER = re.compile(
    r"(?<![\w/.\-])(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)(?!(?!đ\b)[\w/\-]|[.,]\d)"
)
# A number here is part of a name, a year or a document symbol, not a figure ("Hướng dẫn" is
# left out: as a verb it counts, "hướng dẫn 40 hộ"; "Hướng dẫn số 33" is caught by "số").
_NOT_A_FIGURE_BEFORE = re.compile(
    r"(?:năm|lần thứ|thứ|nhiệm kỳ|khóa|số|chỉ thị|kết luận|nghị quyết|quy định|kế hoạch|"
    r"công văn|đại hội|điều|khoản|mục|giai đoạn|năm học|tháng|ngày|quý|phần)\s*$"
)
# "ít nhất một ý kiến", "đủ hai buổi": a number word after a quantifier is a figure.
_WORD_FIGURE = re.compile(
    r"\b(?:ít nhất|tối thiểu|không dưới|đủ|thêm|trên|từ)\s+"
    r"(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+)\s+[^\W\d_]"
)
# A title in quotes, two words or more ("“Gia đình văn hóa”"): the "named-title" verdict.
QUOTED_TITLE = re.compile(r"[“\"][^”\"]{3,80}?\s[^”\"]{1,80}[”\"]")
_SLOGAN_BEFORE = re.compile(
    r"(?:phong trào|cuộc vận động|chuyên đề|khẩu hiệu|chủ đề|tinh thần|phương châm|"
    r"bản chất|phẩm chất|truyền thống)\s*$"
)
# A grade set as the target of a test or course ("kiểm tra bắn đạt khá trở lên", "huấn luyện
# nghiệp vụ phòng cháy chữa cháy đạt khá trở lên"): its result sheet checks it. Not "xuất sắc",
# the word of every self-rating ("hoàn thành xuất sắc nhiệm vụ").
_GRADE_TARGET = re.compile(r"\bđạt\s+(?:loại\s+|xếp loại\s+)?(?:khá|giỏi)(?:\s+trở lên)?\b")
# A quantified zero target: "không để em nào bỏ học", "không để có phản ánh … nào".
_ZERO_TARGET = re.compile(
    r"\bkhông\s+(?:để|có|vắng|bỏ|nghỉ|sót|trễ)\b[^.;]{0,80}?\bnào\b"
    r"|\bkhông\s+(?:để\s+)?(?:có|xảy ra|phát sinh)\s+(?:phản ánh|khiếu nại|kiến nghị|đơn thư|ca|"
    # "vụ việc phức tạp" is the boilerplate of every security commitment, no count of anything
    r"vụ(?!\s+việc\s+phức tạp)|trường hợp|tai nạn|sự cố|cháy|ngộ độc|tai biến|hộ|học sinh|em|"
    r"trộm cắp|đuối nước|chết đuối|"
    r"người\s+(?:chết|bị thương|đuối nước))\b"
    # "không để học sinh bỏ học": the count of those who left is the check
    r"|\bkhông\s+để\s+(?:học sinh|em|trẻ|cháu)(?:\s+[^\W\d_]+){0,3}?\s+(?:bỏ học|đuối nước)\b"
    # "không để người dân phản ánh về thái độ phục vụ": the complaints received are counted (a
    # grumble, "phàn nàn", is not)
    r"|\bkhông\s+để\s+(?:người dân|nhân dân|khách hàng|khách|người bệnh|người nhà|phụ huynh)"
    r"\s+(?:phản ánh|khiếu nại|kiến nghị)\b"
)
# Every session of the year: "dự đủ các kỳ sinh hoạt chi bộ", "đi họp chi bộ đủ các tháng".
# "Sinh hoạt chi bộ đầy đủ" says only that the member means to; the cell's record of each
# session checks "đủ các kỳ" as it checks "đủ 12 kỳ".
_EVERY_SESSION = re.compile(r"\b(?:đủ|đầy đủ)\s+(?:các|tất cả các|cả)\s+(?:kỳ|tháng)\b")
# Attending the cell's meetings or the party's study sessions in full, paying dues on time: the
# cell's attendance and dues books check them at every meeting ("Tham gia sinh hoạt chi bộ đầy
# đủ, đóng đảng phí đúng hạn"), whatever general words stand beside them.
_ATTENDANCE = re.compile(
    r"\b(?:sinh hoạt|họp|dự|tham gia|tham dự|có mặt|đi)\b[^.;]{0,30}?"
    r"\b(?:chi bộ|sinh hoạt đảng|học tập|quán triệt|hội nghị)\b[^.;]{0,15}?\b(?:đầy đủ|đủ|đúng giờ)\b"
    r"|\b(?:sinh hoạt|họp|dự|tham gia|tham dự|có mặt|đi)\s+(?:đầy đủ|đủ)\s+(?:các\s+)?"
    r"(?:buổi|kỳ|hội nghị|lớp)?\s*(?:sinh hoạt|học tập|họp|hội nghị)"
    r"|\bsinh hoạt\s+(?:chi bộ|đảng)\s+(?:đầy đủ|đủ|đúng giờ|đều đặn)"
    r"|\b(?:đóng|nộp)\s+đảng phí\s+(?:đầy đủ|đủ|đúng hạn|đúng kỳ|đúng quy định|hằng tháng|đúng thời gian|trước)"
    # any named fee, tax or fund paid or collected in full or on time: its receipt book checks it
    r"|\b(?:đóng|nộp|thu)\s+(?:các\s+(?:khoản\s+)?)?(?:đảng phí|hội phí|đoàn phí|công đoàn phí|thuế|phí|"
    r"quỹ|bảo hiểm)\b[^.;]{0,40}?\b(?:đầy đủ|đủ|đúng hạn|đúng kỳ|đúng thời gian|đúng quy định)\b"
)
# "Hoàn thành tốt nhiệm vụ Chi hội trưởng …", "hoàn thành tốt công tác chủ nhiệm lớp 3A": the
# name says which post the duty is, not what will be done in it.
_OWN_POST = re.compile(
    r"^[\W\d]*(?:(?:luôn|phấn đấu|cố gắng|quyết tâm)\s+)*hoàn thành\s+(?:tốt|xuất sắc|tốt hơn)?\s*"
    r"(?:mọi\s+|các\s+)?(?:nhiệm vụ|công tác|chức trách)\b"
)
POST_ONLY = frozenset({"named-group", "named-proper", "named-title"})
# The standing duties of a member where they live (Quy định 213-QĐ/TW), in their usual words:
# keeping in touch with the residence's cell and people, setting an example as a citizen, taking
# part in its activities. Naming the hamlet or its cell ("chi ủy thôn 5") says where, not what
# will be done there; a deed named ("gửi bản cam kết nơi cư trú cho Chi bộ khu phố 2", "tham gia
# Tổ tự quản an ninh trật tự") or a figure makes the item checkable.
# (a body, not the verb "tổ chức" nor "bản cam kết": "tổ chức lớp dạy bơi …" is a deed)
_RESIDENCE_BODY = (
    r"(?:chi ủy|chi bộ|cấp ủy|nhân dân|ban công tác mặt trận|ban (?:điều hành|cán sự|nhân dân|tự quản)"
    r"|tổ chức đảng|tổ dân phố|khu phố|"
    r"khối phố|thôn|ấp|bản(?! cam kết)|buôn|khu|xóm|khóm|tổ(?! chức)|ban quản trị|chi hội"
    r"|hội (?:phụ nữ|nông dân|cựu chiến binh|người cao tuổi))"
)
_RESIDENCE_DUTY = re.compile(
    r"(?:thường xuyên\s+)?giữ(?:\s+vững)?\s+mối liên hệ(?:\s+(?:thường xuyên|chặt chẽ))*"
    r"(?:\s+với\b.*)?"
    r"|(?:gương mẫu\s+|nghiêm túc\s+)?(?:thực hiện|chấp hành)(?:\s+(?:tốt|nghiêm|nghiêm túc|đầy đủ))?"
    r"(?:\s+(?:nghĩa vụ(?: của)? công dân|nhiệm vụ(?: của)?(?: người)? đảng viên|(?:các\s+)?quy định"
    r"|quy ước|hương ước|chủ trương|đường lối|chính sách|pháp luật)\b.*)?"
    # the rest of a list of what is kept: "… chấp hành chủ trương, chính sách, pháp luật"
    r"|(?:chủ trương|đường lối|chính sách|pháp luật)(?:\s+của\s+(?:đảng|nhà nước))?"
    r"|gương mẫu"
    r"|tham gia(?:\s+đầy đủ)?\s+(?:các|mọi)\s+hoạt động\b.*"
    r"|chịu sự giám sát\b.*"
    r"|khi được mời"
    rf"|{_RESIDENCE_BODY}\b.*"
)
_RESIDENCE_CLAUSES = re.compile(r"[,;.:()]|\bvà\b")
_RESIDENCE_PLACE = r"(?:(?:ở|tại)\s+)?nơi\s+(?:tôi\s+)?cư trú"
_RESIDENCE_LEAD = re.compile(rf"^{_RESIDENCE_PLACE}\s+")
_RESIDENCE_TAIL = re.compile(rf"(?:^|\s+)(?:theo|khi được mời|{_RESIDENCE_PLACE})$")
_ITEM_NUMBER = re.compile(r"^[\s\-+•*–.)\d]*(?:[a-zđ]\)\s*)?")
# "Khắc phục việc ghi chép sổ sách còn chậm": the record named is what went wrong, not what
# will be done; like the bare remedy, only a measure or a deadline makes it checkable.
_REMEDY_OPENING = re.compile(r"^[\W\d]*(?:khắc phục|sửa chữa)\b")
# "Kịp thời báo cáo khi có vụ việc": a report promised for whatever happens names no report.
_PROMPT_REPORT = re.compile(r"\b(?:kịp thời\s+báo cáo|báo cáo\s+(?:kịp thời|ngay|đầy đủ))\b")
# Giving to the funds, with no amount ("Vận động hội viên tích cực ủng hộ Quỹ Vì người nghèo và
# các phong trào", "đóng góp các khoản quỹ của khu"): what everyone is asked, not a thing made.
_GIVING_TO_FUNDS = re.compile(
    r"\b(?:ủng hộ|đóng góp|góp)(?:\s+(?:đầy đủ|đủ))?(?:\s+(?:các|mọi))?(?:\s+(?:khoản|loại))?"
    r"\s+quỹ\b"
)
# Following the news is a habit no one can check, however often ("đọc báo … hằng ngày").
_NEWS_HABIT = re.compile(
    r"^[\W\d]*(?:(?:thường xuyên|tích cực|hằng ngày)\s+)*(?:đọc|xem|nghe|theo dõi|cập nhật)\b"
    # (a website one keeps is a task: "Cập nhật Trang thông tin điện tử xã, đăng 8 tin mỗi tháng")
    r"[^.;]{0,30}?\b(?:báo(?!\s+(?:cáo|cho|ngay|tin))|thời sự|đài|tin tức"
    r"|(?<!trang )(?<!cổng )thông tin(?!\s+điện tử))\b"
)
HABIT_ANCHORS = frozenset({"period", "named-proper", "named-title"})
# A shortcoming whose remedy is only to fix it: "… còn chậm, năm 2026 sẽ cố gắng khắc phục".
_BARE_REMEDY = re.compile(
    r"\b(?:còn|chưa|hạn chế)\b.*[,;]\s*[^,;]{0,30}?\b(?:khắc phục|sửa chữa|rút kinh nghiệm)"
    r"(?:\s+(?:hạn chế|khuyết điểm|tồn tại|thiếu sót)(?:\s+này|\s+trên)?)?\s*[.!]?\s*$"
)
# A cited document's number and date name the document, not a deadline ("Quy định số
# 144-QĐ/TW ngày 09/5/2024").
_CITATION = re.compile(
    r"\b(?:quy định|chỉ thị|nghị quyết|kết luận|hướng dẫn|kế hoạch|công văn|quyết định|thông tư|"
    r"nghị định|luật|điều lệ)\s+(?:số\s+\d+[\w./-]*|\d+[./-][\w./-]*)"
    r"(?:\s*,?\s*ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}"
    r"|\s*,?\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})?"
)
# One course with its organizer ("lớp bồi dưỡng kế toán trưởng do Sở Tài chính tổ chức"): the
# cell can check it was attended; "các lớp bồi dưỡng do cấp trên tổ chức" names none.
_NAMED_COURSE = re.compile(
    r"(?<!các )(?<!những )(?<!mọi )\b(?:lớp|khóa|chương trình)\s+[^\W\d_]"
    r"[^.;]{3,80}?\bdo\s+(?!(?:cấp trên|các cấp|cấp ủy|đơn vị|cơ quan|nhà trường|chi bộ)\b)"
    r"[^.;]{2,50}?\s(?:tổ chức|mở)\b"
    # the party's own courses go by a standing name: the political theory levels, and the course
    # for new members ("lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới")
    r"|\b(?:sơ cấp|trung cấp|cao cấp)\s+lý luận chính trị\b"
    r"|\blý luận chính trị\s+(?:trình độ\s+|hệ\s+)?(?:sơ cấp|trung cấp|cao cấp)\b"
    r"|\b(?:lớp|khóa|chương trình)\s+bồi dưỡng lý luận chính trị\s+(?:dành\s+)?cho\s+đảng viên mới\b"
)
_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*%")
# "100% nhiệm vụ được giao", "100% chỉ tiêu sản xuất được giao": a share of one's own duties
# counts nothing the cell can check; "95% hộ dân" does.
_DUTY_PERCENT = re.compile(
    r"\d+(?:[.,]\d+)?\s*%\s*(?:các\s+)?(?:nhiệm vụ|chỉ tiêu|kế hoạch|công việc|khối lượng|yêu cầu)\b"
    r"|\d+(?:[.,]\d+)?\s*%[^.;,]{0,40}?\b(?:được giao|cấp trên giao|giao cho|phân công)\b"
)
_ROMAN = re.compile(r"^[ivxlc]+$")
_PUNCT = re.compile(r"^[\W_]+$")


@dataclass(frozen=True)
class Verdict:
    concrete: bool
    reason: (
        str  # date | period | named-group | figure | named-title | zero-target | grade-target
        # | named-course | named (a deliverable) | named-proper (a proper noun) | rich (many
        # things named) | abstract | own-post | residence-duty | news-habit | bare-remedy
    )
    content: tuple[str, ...] = ()  # the content words left once duty vocabulary is set aside


@functools.cache
def _deliverables() -> frozenset[str]:
    return frozenset(match_key(w) for w in resources.data("lexicon")["deliverables"])


def _alternation(entries: Iterable[str]) -> str:
    """Regex alternatives for lexicon entries, longest first, any run of spaces between words
    (as a trie: linter.alternation)."""
    keys = sorted({match_key(e) for e in entries}, key=lambda k: (-len(k), k))
    return alternation(keys, space=r"\s+")


@functools.cache
def _deliverable_phrases() -> re.Pattern[str]:
    """Multi-syllable deliverables, found in the text itself: the segmenter may split them
    ("bài | thu hoạch")."""
    alternatives = _alternation(w for w in _deliverables() if " " in w)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _counted_percent(key: str) -> bool:
    duty = {m.start() for m in _DUTY_PERCENT.finditer(key)}
    return any(m.start() not in duty for m in _PERCENT.finditer(key))


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


def _next_word(text: str) -> str:
    words = text.lstrip(" /(").split(maxsplit=2)
    return " ".join(w.strip(".,;:()") for w in words[:2])


# What a number before them counts is a member's duties, not things one can check.
_COUNTED_DUTIES = frozenset({"nhiệm vụ", "nội dung", "chỉ tiêu", "mục tiêu"})


def _figures(key: str) -> list[str]:
    """Numbers counting something ("19 tiết", "03 thanh niên", "350 m"), not years or symbols."""
    _, _, units = _lexicon()
    counted = []
    for match in _NUMBER.finditer(key):
        number = match.group()
        if len(number) == 4 and number.startswith(("19", "20")):
            continue
        if _NOT_A_FIGURE_BEFORE.search(key[: match.start()]):
            continue
        if key.startswith("đ", match.end()):
            counted.append(number)  # "500.000đ": an amount
            continue
        following = _next_word(key[match.end() :])
        first = following.split(" ")[0] if following else ""
        if following in _COUNTED_DUTIES:
            continue  # "3 nhiệm vụ trọng tâm", "4 nhiệm vụ của người đảng viên": duties counted
        if following in units or first in units or (first and not _is_filler(first)):
            counted.append(number)
    return counted + _ratios(key, units)


# A share of a whole counted out ("08/08 thuyền viên", "45/45 hộ"), or a score on a scale
# ("đạt từ 4,8/5 trở lên"): a figure, unless what it counts is time ("26/26 ngày công", "12/12
# tháng": full attendance, or a date "08/08").
_RATIO = re.compile(r"(?<![\w/.\-])(\d{1,4}(?:,\d)?)/(\d{1,4})(?![\w/\-]|[.,]\d)")
_TIME_WORDS = frozenset({"ngày", "tháng", "năm", "giờ", "tuần", "quý"})


def _ratios(key: str, units: frozenset[str]) -> list[str]:
    found = []
    for match in _RATIO.finditer(key):
        part, whole = float(match[1].replace(",", ".")), int(match[2])
        if not 0 < part <= whole or _NOT_A_FIGURE_BEFORE.search(key[: match.start()]):
            continue
        following = _next_word(key[match.end() :])
        first = following.split(" ")[0] if following else ""
        if not first or first in _TIME_WORDS or following in _COUNTED_DUTIES:
            continue
        if following in units or first in units or not _is_filler(first):
            found.append(match.group())
    return found


# Quoted words that name no title: a word of the trade in quotes ("điểm nóng"), the party's
# yearly rating ("Chi bộ hoàn thành xuất sắc nhiệm vụ", "trong sạch, vững mạnh"), which every
# member and cell aims at, or the party's names for a member's decline ("tự diễn biến", "tự
# chuyển hóa"), which members quote when they pledge to fight it.
_NOT_A_TITLE = re.compile(
    r"hoàn thành (?:tốt|xuất sắc)|trong sạch,? vững mạnh|tự diễn biến|tự chuyển hóa"
)
MIN_TITLE_SYLLABLES = 3
# Before or after a quote, the numbering and punctuation of an item that is nothing but a
# saying ("11. “Còn sức khỏe là còn cống hiến”."): a motto, not a title something is done with.
_NOTHING_BUT_MARKS = re.compile(r"^[\W\d_]*$")


def _named_title(key: str) -> bool:
    """A quoted title of a standard, prize or product ("Liên đội vững mạnh xuất sắc")."""
    return any(
        not _SLOGAN_BEFORE.search(key[: m.start()])
        and len(m.group().split()) >= MIN_TITLE_SYLLABLES
        and not _NOT_A_TITLE.search(m.group())
        and not _alone(key, m)
        for m in QUOTED_TITLE.finditer(key)
    )


def _alone(key: str, quote: re.Match[str]) -> bool:
    """Is the quote the whole item, only numbering and punctuation around it?"""
    return bool(
        _NOTHING_BUT_MARKS.match(key[: quote.start()])
        and _NOTHING_BUT_MARKS.match(key[quote.end() :])
    )


# "Hằng ngày" naming the everyday of work or life ("trong công việc hằng ngày", "bằng những việc
# làm cụ thể, thiết thực hằng ngày"): no period anything is done in.
_EVERYDAY = re.compile(
    r"\b(?:công việc|cuộc sống|đời sống|công tác|chuyên môn|sinh hoạt|việc làm|thiết thực|cụ thể"
    r"|lao động|hoạt động|nhiệm vụ|dạy học|giảng dạy)\s+(?:hằng|hàng)\s+ngày\b"
)


# A table's time column saying the whole year ("Rèn luyện đạo đức, tác phong nhà giáo; 5 tốt;
# 12 tháng"): no deadline, and its "12" no figure.
_WHOLE_YEAR = re.compile(r"(?:(?<=;)|^)\s*(?:12|mười hai)\s+tháng\s*\.?\s*(?=;|$)")


def _anchor(key: str) -> str | None:
    key = _CITATION.sub(lambda m: " " * len(m.group()), key)
    key = _EVERYDAY.sub(lambda m: " " * len(m.group()), key)
    key = _WHOLE_YEAR.sub(lambda m: " " * len(m.group()), key)
    if any(m.status is DateStatus.OK for m in find_dates(key)):
        return "date"
    if _PERIOD.search(key):
        return "period"
    if _NAMED_GROUP.search(key):
        return "named-group"
    if _figures(key) or _WORD_FIGURE.search(key):
        return "figure"
    if _named_title(key):
        return "named-title"
    if _ZERO_TARGET.search(key):
        return "zero-target"
    if _GRADE_TARGET.search(key):
        return "grade-target"
    if _NAMED_COURSE.search(key):
        return "named-course"
    if _EVERY_SESSION.search(key):
        return "every-session"
    if _ATTENDANCE.search(key):
        return "attendance"
    return None


@functools.cache
def _phrases() -> re.Pattern[str]:
    """Multi-syllable lexicon entries, longest first: set aside before segmenting, because the
    segmenter may cut across them ("nêu | cao tinh thần")."""
    abstract, function, _ = _lexicon()
    alternatives = _alternation(w for w in abstract | function if " " in w)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _set_aside(key: str) -> str:
    return _phrases().sub(" , ", key)


@functools.lru_cache(maxsize=8192)
def _words(key: str) -> tuple[str, ...]:
    """Content candidates of a folded item: lexicon phrases set aside, the rest segmented."""
    rest = _set_aside(key)
    if not re.search(r"[^\W\d_]", rest):
        return ()
    return segment.words(rest)  # heavy: only for items the anchors did not settle


# A syllable's letters, or a symbol the segmenter may glue to one ("| đạt"): never duty
# vocabulary, so counted.
_SYLLABLE_OR_ODD_SYMBOL = re.compile(r"[^\W\d_]+|[^\w\s,.;:!?()\"“”'‘’…\-–—/%+]")


def _few_content_syllables(key: str) -> bool:
    """Fewer than MIN_CONTENT_WORDS syllables outside the duty vocabulary once its phrases are
    set aside. Every content word holds at least one such syllable (a word all of whose
    syllables are duty or function words is filler), so the item then has fewer content words
    than a named or rich verdict needs, and the segmenter, camket's costliest step, is spared."""
    abstract, function, _ = _lexicon()
    rest = _set_aside(key)
    count = 0
    for syllable in _SYLLABLE_OR_ODD_SYMBOL.findall(rest):
        if syllable not in abstract and syllable not in function:
            count += 1
            if count >= MIN_CONTENT_WORDS:
                return False
    return True


@functools.cache
def _place_words() -> frozenset[str]:
    data = resources.data("lexicon")["abstract"]
    return frozenset(match_key(w) for w in data["places"]) | {"quê hương", "quê"}


def _without_slogans(text: str) -> str:
    """The text with quoted slogans blanked ("phong trào “Toàn dân đoàn kết …”"): a slogan's
    capitals name no object."""

    def blank(match: re.Match[str]) -> str:
        slogan = _SLOGAN_BEFORE.search(match_key(text[: match.start()]))
        return " " * len(match.group()) if slogan else match.group()

    return QUOTED_TITLE.sub(blank, text)


def _proper_nouns(text: str) -> list[str]:
    """Proper nouns and abbreviations (POS tags Np, Ny) that are not duty vocabulary: systems,
    people, named places, document symbols ("TT-BTC").
    A name after a place word ("quê hương Bình Thuận", "ấp Phước Hòa") only says where."""
    tagged = [(fold(word), tag) for word, tag in segment.tagged(_without_slogans(text))]
    places = _place_words()
    return [
        word
        for index, (word, tag) in enumerate(tagged)
        if tag in ("Np", "Ny")
        and index > 0
        and not _is_filler(word)
        and tagged[index - 1][0] not in places
    ]


def _without_citations(text: str, key: str) -> str:
    """The text with the documents it cites blanked ("Thực hiện nghiêm Quy định số 144-QĐ/TW"):
    a rule every member keeps is no object of the item's own, and its symbol's capitals ("QĐ",
    "TW") no proper noun. `key`, the text folded, has the same length."""
    spans = [match.span() for match in _CITATION.finditer(key)]
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _residence_duty(key: str) -> bool:
    """Is the item only the standing duties at the member's residence, whatever place or cell
    it names (see _RESIDENCE_DUTY)?"""
    if "cư trú" not in key:
        return False
    key = _ITEM_NUMBER.sub("", _CITATION.sub(" ", key))
    for clause in _RESIDENCE_CLAUSES.split(key):
        clause = _RESIDENCE_LEAD.sub("", clause.strip(' -+•*–\t"“”'))
        clause = _RESIDENCE_TAIL.sub("", clause)
        if clause and not _RESIDENCE_DUTY.fullmatch(clause):
            return False
    return True


def _names_may_count(content: tuple[str, ...], key: str) -> bool:
    """Whether a proper noun could change the verdict of an item naming nothing else: it makes
    the item concrete only with MIN_CONTENT_WORDS content words, and an own post only in an
    item that opens with one. Otherwise the item is judged as if it named none, and its POS
    tagging (underthesea's, the costly step) is spared."""
    return len(content) >= MIN_CONTENT_WORDS or bool(_OWN_POST.match(key))


@functools.lru_cache(maxsize=8192)
def judge(text: str) -> Verdict:
    """Concrete or vague, with the reason; see the module docstring."""
    verdict = _told.verdicts.get(text)
    if verdict is None:
        verdict = _judged(text)
        if _told.noting:
            _told.new.append((text, verdict))
    return verdict


def _judged(text: str) -> Verdict:
    text = normalize(text).text
    key = fold(text)
    if _BARE_REMEDY.search(key):
        return Verdict(False, "bare-remedy")
    anchor = _anchor(key)
    if _NEWS_HABIT.match(key) and (anchor is None or anchor in HABIT_ANCHORS):
        return Verdict(False, "news-habit")
    if anchor in POST_ONLY and _residence_duty(key):
        return Verdict(False, "residence-duty")
    if anchor in POST_ONLY and _OWN_POST.match(key):
        anchor = _anchor(_NAMED_GROUP.sub(lambda m: " " * len(m.group()), key))
        if anchor in POST_ONLY or anchor is None:
            return Verdict(False, "own-post")
    if anchor:
        return Verdict(True, anchor)
    if _few_content_syllables(key) and not _counted_percent(key):
        # fewer content words than anything below needs: vague, without segmenting
        return Verdict(False, "abstract")
    content = tuple(word for word in _words(key) if not _is_filler(word))
    if not content:
        return Verdict(False, "abstract")
    if _counted_percent(key):
        return Verdict(True, "figure", content)
    unsaid = _GIVING_TO_FUNDS.sub(" ", _PROMPT_REPORT.sub(" ", key))
    if _REMEDY_OPENING.match(key):
        # what is named after "…: " is the remedy ("… nộp bài thu hoạch chậm: nộp trước …")
        unsaid = unsaid.partition(":")[2]
        if not unsaid.strip():
            return Verdict(False, "bare-remedy", content)
    named = [word for word in content if word in _deliverables() and word in unsaid]
    named += _deliverable_phrases().findall(_set_aside(unsaid))
    reason = "named"
    uncited = _without_citations(text, key)
    if not named and _CAPITAL_INSIDE.search(uncited) and _names_may_count(content, key):
        named, reason = _proper_nouns(uncited), "named-proper"
        if named and _OWN_POST.match(key):
            return Verdict(False, "own-post", content)
    concrete = bool(named) and len(content) >= MIN_CONTENT_WORDS
    if not concrete and len(set(content)) >= RICH_CONTENT_WORDS and not _OWN_POST.match(key):
        concrete, reason = True, "rich"
    if concrete and _residence_duty(key):
        return Verdict(False, "residence-duty", content)
    return Verdict(concrete, reason if concrete else "abstract", content)


def is_concrete(text: str) -> bool:
    return judge(text).concrete


def preload() -> None:
    """Build the lexicon's tables and patterns now (a few dozen milliseconds): before worker
    processes are forked, so that they and the batch stage, which judges the results of
    members' reports, share one copy instead of each building its own."""
    for table in (_deliverables, _deliverable_phrases, _lexicon, _phrases, _place_words):
        table()
    _pledge_start()
    _prohibition_start()


@functools.cache
def _pledge_start() -> re.Pattern[str]:
    data = resources.data("lexicon")
    openers, heads = _alternation(data["pledge_openers"]), _alternation(data["pledges"])
    adverbs = _alternation(data["not_pledges"])
    return re.compile(rf"^(?:(?:{openers})[\s,:]+)*(?!(?:{adverbs})(?!\w))(?:{heads})(?!\w)")


# What may stand before the pledge itself: a label ("Đạo đức nhà giáo: …"), an ordinal ("Hai là, …").
_ITEM_LEAD = re.compile(
    r"^[\s\-+•*–.;:)(]*(?:(?:một|hai|ba|bốn|năm|sáu|thứ \w+)\s+là\s*,?\s*|thứ \w+\s*,\s*)?"
    r"(?:[^\W\d_][^:;.,]{0,40}:\s*)?"
)


@functools.cache
def _prohibition_start() -> re.Pattern[str]:
    data = resources.data("lexicon")
    adverbs = _alternation(data["not_pledges"])
    vague = _alternation(data["vague_prohibitions"])
    return re.compile(
        rf"^(?!(?:{adverbs})(?!\w))(?:{_alternation(data['prohibition_openers'])})(?!\w)"
        rf"(?!\s+(?:{vague})(?!\w))"
    )


def is_attendance(text: str) -> bool:
    """Does the text pledge to attend the cell's meetings or study sessions, or to pay dues or
    a fee ("Đóng đảng phí trước ngày 05 hằng tháng"), whatever period or date it names?"""
    key = match_key(text)
    return bool(_ATTENDANCE.search(key) or _EVERY_SESSION.search(key))


@functools.lru_cache(maxsize=8192)  # each pledge rule asks again of the same item
def is_prohibition(text: str) -> bool:
    """A pledge not to do something ("Không nhận quà của phụ huynh"): checkable by its absence."""
    key = match_key(text)
    return bool(_prohibition_start().match(key[_ITEM_LEAD.match(key).end() :]))


@functools.lru_cache(maxsize=8192)  # each specificity rule asks again of the same item
def is_pledge(text: str) -> bool:
    """A general pledge of loyalty, ethics or discipline ("Tuyệt đối trung thành với Đảng")."""
    key = match_key(text)
    return bool(_pledge_start().match(key[_ITEM_LEAD.match(key).end() :]))


# --- verdicts handed on from worker processes to the run ---------------------------------------

TOLD_KEPT = 8192  # verdicts told by workers kept (as many as judge's cache)


class _Told:
    """What worker processes judged, for the batch stage of the run that started them: it
    judges the items of each commitment a member reports on, which the worker that checked the
    commitment judged already (linter.parallel carries them). Off (nothing noted) unless
    `note` is called: in one process judge's cache suffices."""

    def __init__(self) -> None:
        self.noting = False
        self.verdicts: dict[str, Verdict] = {}
        self.new: list[tuple[str, Verdict]] = []


_told = _Told()


def note() -> None:
    """Note what this process judges, to hand it on (`noted`)."""
    _told.noting = True


def noted() -> bytes | None:
    """What this process judged since it was last asked, pickled; None if nothing."""
    if not _told.new:
        return None
    new, _told.new = _told.new, []
    return pickle.dumps(new, pickle.HIGHEST_PROTOCOL)


def learn(data: bytes) -> None:
    """Keep what another process judged (`noted` of it): the oldest go past TOLD_KEPT."""
    verdicts = _told.verdicts
    for text, verdict in pickle.loads(data):
        if len(verdicts) >= TOLD_KEPT:
            del verdicts[next(iter(verdicts))]
        verdicts[text] = verdict
