"""A member's report traced against the commitment: which committed items it reports results
for (and where), which it passes over, which results answer nothing committed, which only
restate the intention, and whether a high self-rating rests on any evidence. The `review`
check (linter/checks/review.py) reports from this; the reports' tables show it.

Expected to be answered: each item of the commitment's duties (part 3) and shortcomings
(part 5) — and of a commitment whose parts could not be told apart — that the vague judgement
finds checkable and that is no general pledge. A vague item is reported on the commitment
already; nobody can show a result for it.

Where results belong: the report's section on the commitment ("3. Việc thực hiện cam kết …",
a 6-month report's "Kết quả thực hiện cam kết"), else its section on results in general. A
result there that answers nothing committed, or that only restates, is reported; results under
the neighbouring headings (duties, shortcomings, remedy) answer items but are not judged, nor
are results under the headings of the general pledges (politics, ethics, discipline).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from linter import resources
from linter.alternation import alternation
from linter.concrete import (
    POST_ONLY,
    QUOTED_TITLE,
    Verdict,
    is_attendance,
    is_pledge,
    is_prohibition,
    judge,
)
from linter.document import Document, Item
from linter.own_date import place_date
from linter.read.normalize import fold, normalize, without_brackets
from linter.sections import UNPLACED, numbering_end
from linter.trace.diagnosis import is_diagnosis, remedy_of
from linter.trace.evidence import has_evidence, holds_figure, restated, states_award
from linter.trace.link import ReviewPair, link, year_of
from linter.trace.match import (
    COVERS,
    MIN_SHARED,
    MIN_SHARED_PART,
    NOTHING,
    SHARED_FIGURES,
    WHOLE,
    Affinity,
    Matcher,
    clauses,
    same_words,
)
from linter.trace.model import (
    COMMITMENT,
    DUTIES,
    EXCELLENT,
    GOOD,
    PLEDGE_PARTS,
    PRESENTING_ROLES,
    QUALITIES,
    REMEDY,
    RESULTS,
    SHORTCOMINGS,
    Rating,
    Review,
    ReviewEntry,
    ReviewSection,
)
from linter.trace.reading import LABELLED
from linter.trace.terms import Terms, content_terms, fields_of, is_person, terms_of

EXPECTED_PARTS = frozenset({3, 5, UNPLACED})
# An item of one clause checkable only by the title it aims at ("Phấn đấu cùng chi bộ xây dựng
# khoa Nội 'Xanh - Sạch - Đẹp'", "giữ vững danh hiệu 'Khu phố văn hóa'"): the unit's standing
# aim, which members leave out of their reports as often as the vague pledges; no result is due
# for it. A second clause states a task besides ("…; bình xét xã viên tiêu biểu cuối năm"), and
# a quoted course, book or contest is a task ("tham gia lớp 'Kỹ năng soạn thảo văn bản …'").
TITLE_ONLY = "named-title"
# (three words at least: a row's deadline cell joined to its item, "…; Cả năm", states none)
_SECOND_CLAUSE = re.compile(r"[;.]\s+\w+(?:\s+\w+){2}")
_TASK_BEFORE_QUOTE = re.compile(
    r"\b(?:lớp|khóa học|khóa|chương trình|cuốn|sách|tác phẩm|bài|chuyên đề|hội thi|cuộc thi|"
    r"giải)\s*[“\"]"
)


# An item checkable only as a target of nothing happening ("Không để xảy ra vụ việc phức tạp về
# an ninh, trật tự") or as attending the cell's meetings ("sinh hoạt đảng đầy đủ, đóng đảng phí
# đúng hạn"): a report silent on it tells nothing (nothing happened; the member attended), and
# members leave it out; no result is due for it.
_SILENT_WHEN_KEPT = frozenset({"zero-target", "attendance", "every-session"})
# An item checkable only by a proper name ("… góp phần quảng bá hình ảnh Quảng Ninh thân thiện")
# says where or with whom, not what will come of it: the corpus's writers label three in ten
# such items vague, more than any other reason the vague judgement gives, and members leave
# them out of their reports like the vague ones. No result is due for it.
_NAMED_ONLY = "named-proper"
_NAMED = "named"
_DATED = frozenset({"date", "period", "figure"})


@functools.cache
def _manner() -> re.Pattern[str]:
    """A manner word in small letters after the item's opening act ("Quản lý tốt", "Phối hợp
    thực hiện tốt"): not in a name ("ông Lê Văn Tốt"), not said of the past ("chưa tốt"), not
    "tốt nghiệp" (graduating), not a word further on ("… gương người tốt việc tốt")."""
    words = _words_of("manner_words")
    opening = rf"^\W*(?:[^\W\d_]+\s+){{1,{_MANNER_REACH - 1}}}"
    return re.compile(opening + r"(?<!chưa )(?<!không )(?:" + words + r")\b(?! nghiệp)")


_MANNER_REACH = 5  # syllables from the item's start the manner word stands within


def _words_of(key: str) -> str:
    """Regex source of one of review_terms' word lists, folded, the longer words first."""
    words = sorted((fold(w) for w in resources.data("review_terms")[key]), key=len, reverse=True)
    return alternation(words)


@functools.cache
def _closing_manner() -> re.Pattern[str]:
    """A manner word closing a clause ("… gọn gàng, khoa học."), not research ("nghiên cứu
    khoa học") nor a word inside a longer one."""
    words = _words_of("manner_closing")
    return re.compile(r"(?<!nghiên cứu )(?<!\w)(?:" + words + r")\s*(?:[,;.]|$)")


def _kept_well(text: str) -> bool:
    """Does the item promise how well a thing it names will be kept ("Quản lý tốt vật tư …",
    "Sắp xếp kho thiết bị gọn gàng, khoa học")?"""
    written = normalize(text).text  # in small letters, as a manner word is written
    return bool(_manner().match(written) or _closing_manner().search(written))


_PIECES = re.compile(r"[;.]\s+")


def _kept_well_piece_by_piece(text: str) -> bool:
    """An item of several sentences or clauses between semicolons, one promising only how well
    a thing it names will be kept and the others checkable by nothing ("Tiết kiệm điện, nước;
    bảo quản tốt vật tư, thiết bị được giao"): concrete only by the things its pieces name
    together. (The pieces are judged only when one is kept well: judging is costly.)"""
    pieces = [piece for piece in _PIECES.split(normalize(text).text) if piece.strip()]
    kept = [_kept_well(piece) for piece in pieces]
    return (
        len(pieces) >= 2
        and any(kept)
        and all(well or not judge(piece).concrete for piece, well in zip(pieces, kept, strict=True))
    )


_WHOLE = re.compile(r"(?<![\d,.])100\s*%")


# Work done on request ("Hỗ trợ giáo viên sử dụng phần mềm quản lý trường học khi có yêu cầu"):
# no request may have come, so a report silent on it tells nothing, unless the item sets a
# figure or a date of its own.
_ON_REQUEST = re.compile(
    r"\bkhi (?:có |được |cấp trên |lãnh đạo )?(?:yêu cầu|đề nghị|huy động|phân công|cần thiết"
    r"|cần|phát sinh|lấy ý kiến|hỏi ý kiến|xin ý kiến)\b"
    # a report made when something is seen ("thấy tàu lạ, hoạt động khả nghi thì báo cho lực
    # lượng Biên phòng"): nothing to tell if nothing was seen
    r"|\b(?:thấy|phát hiện)\b[^.;]{0,60}\bthì (?:báo|trình báo|báo cáo)\b"
)


def _silence_tells_nothing(text: str, verdict: Verdict) -> bool:
    """Is the item one a report may pass over in silence, however checkable?"""
    if verdict.reason not in _DATED and _only_on_request(text):
        return True
    if verdict.reason in _SILENT_WHEN_KEPT:
        return not _task_beside(text)
    if verdict.reason == _NAMED_ONLY:
        # a person named in full is whom the work is for ("Giúp đỡ quần chúng Lê Thị Mỹ Duyên
        # … được cử đi học lớp bồi dưỡng nhận thức về Đảng"): what came of it can be told
        return not _names_person(text)
    if verdict.reason == _NAMED and (_kept_well(text) or _kept_well_piece_by_piece(text)):
        return True
    if verdict.reason in _DATED and _only_attendance(text):
        return True
    if verdict.reason == "figure":
        return _only_whole(text)
    if verdict.reason != TITLE_ONLY or _SECOND_CLAUSE.search(text):
        return False
    if holds_figure(QUOTED_TITLE.sub(" ", text)):
        return False  # "… danh hiệu “Gia đình văn hóa” năm 2026, phấn đấu 90% số hộ đạt"
    return not _TASK_BEFORE_QUOTE.search(fold(normalize(text).text))


def _names_person(text: str) -> bool:
    """Does the item name a person in full, every word capitalised ("Lê Thị Mỹ Duyên"; not
    "Đoàn Thanh niên", a body whose first word is also a family name)?"""
    words = re.findall(r"\w+", text)
    for name in terms_of(text).names:
        if not is_person(name):
            continue
        size = len(name.split())
        for start in range(len(words) - size + 1):
            window = words[start : start + size]
            if all(word[0].isupper() for word in window) and fold(" ".join(window)) == name:
                return True
    return False


def _only_on_request(text: str) -> bool:
    """Is every checkable clause of the item done on request ("Hỗ trợ giáo viên sử dụng phần
    mềm quản lý trường học khi có yêu cầu"), none a task of its own ("Xây dựng kế hoạch bồi
    dưỡng học sinh giỏi môn Toán, báo cáo Ban giám hiệu khi có yêu cầu")?"""
    if not _ON_REQUEST.search(fold(text)):
        return False
    pieces = clauses(text) or [text]
    return all(_ON_REQUEST.search(fold(piece)) or not judge(piece).concrete for piece in pieces)


def _task_beside(text: str) -> bool:
    """Does a clause of the item commit to a task checkable on its own, beside the target of
    nothing happening or the attendance that made it so ("Cập nhật sổ theo dõi kiểm định thiết
    bị …; không để thiết bị nào đưa vào sử dụng khi quá hạn kiểm định")?"""
    pieces = re.split(r"[;.]\s+", text)
    if len(pieces) < 2:
        return False
    for piece in pieces:
        verdict = judge(piece)
        if verdict.concrete and verdict.reason not in _SILENT_WHEN_KEPT:
            return True
    return False


# A tax, fund or fee other than the party's dues: paid on time, it is checked in no book of the
# cell's ("Kê khai, nộp thuế khoán của hộ kinh doanh đúng hạn theo từng quý").
_OTHER_FEE = re.compile(
    r"\b(?:thuế|quỹ|bảo hiểm|hội phí|đoàn phí|công đoàn phí)\b|(?<!đảng )\bphí\b"
)


def _only_attendance(text: str) -> bool:
    """Does every clause of the item pledge attendance or the party's dues ("Đóng đảng phí
    trước ngày 05 hằng tháng tại nhà đồng chí Bí thư")? Its period or date does not make it a
    task: the cell's books check it, and a report silent on it tells nothing."""
    pieces = clauses(text)
    return bool(pieces) and all(
        is_attendance(piece) and not _OTHER_FEE.search(fold(piece)) for piece in pieces
    )


def _only_whole(text: str) -> bool:
    """Is "100 %" the item's only claim to be checkable ("Hoàn thành tốt các nhiệm vụ đột xuất do
    cấp trên giao; 100%; Thường xuyên", "Đảm bảo 100% các khoản chi đúng định mức")? Written
    so, it is the pledge to do all of one's work: a report silent on it tells nothing. (Of the
    corpus's 74 such items due, 11 are so; 7 of them are labelled vague.)"""
    return bool(_WHOLE.search(text)) and not judge(_WHOLE.sub(" ", text)).concrete


COPIED = 0.8  # a result this much of whose content is an item's words is that item copied back
HIGH_LEVELS = frozenset({EXCELLENT, GOOD})


@dataclass(frozen=True)
class Committed:
    """One item of the commitment (a bullet, numbered line or table row)."""

    line: int
    end_line: int
    text: str  # the whole bullet
    parts: tuple[int, ...]
    # In the parts a result is due for (duties, shortcomings), and no general pledge nor a
    # shortcoming of the past only stated: due if the vague judgement finds it checkable
    # (asked only when it matters: `expected`).
    due_part: bool
    # What it commits to, when not the whole text: a shortcoming's remedy after the past it
    # states ("Năm 2025 còn chậm báo cáo số liệu … . Năm 2026 khắc phục, báo cáo kịp thời hơn.").
    promise: str = ""

    @property
    def matched(self) -> str:
        """The text results are matched with: the remedy, unless it is too thin to name what
        it mends ("năm 2026 thu đạt 90% trở lên": what it collects, the past says)."""
        if self.promise and len(terms_of(self.promise).syllables) >= THIN_PROMISE:
            return self.promise
        return self.text

    @property
    def expected(self) -> bool:
        """A result is due for it: it is checkable by more than a quoted title, and its remedy
        (if the past is stated first) names something, not only that it will be mended."""
        verdict = judge(self.text) if self.due_part else None
        if verdict is None or not verdict.concrete or _silence_tells_nothing(self.text, verdict):
            return False
        if not self.promise or self.promise == self.text:
            return True
        remedy = judge(self.promise)
        return remedy.concrete or bool(remedy.content)


@dataclass
class ItemTrace:
    item: Committed
    results: list[int] = field(default_factory=list)  # entries answering it, best first
    blank_rows: list[int] = field(default_factory=list)  # table rows naming it, result left blank

    @property
    def answered(self) -> bool:
        return bool(self.results)


@dataclass
class Trace:
    report: Document
    commitment: Document | None
    declared: bool = False
    items: list[ItemTrace] = field(default_factory=list)
    unmatched: list[int] = field(default_factory=list)  # entries answering nothing committed
    restated: list[int] = field(default_factory=list)  # entries only restating the intention
    unsupported: list[Rating | ReviewEntry] = field(
        default_factory=list
    )  # high ratings, no evidence
    # Its layout was not understood: more of its lines were left unread than results read
    # (results_unread); its items are then not compared, rather than all reported missing.
    unread: bool = False

    @property
    def entries(self) -> tuple[ReviewEntry, ...]:
        review = self.report.outline.review
        return review.entries if review else ()

    @property
    def sections(self) -> tuple[ReviewSection, ...]:
        review = self.report.outline.review
        return review.sections if review else ()

    def gaps(self) -> list[ItemTrace]:
        if self.unread:
            return []
        return [trace for trace in self.items if not trace.answered and trace.item.expected]

    def gap_line(self, item: Committed) -> int:
        """Where the item's result belongs: the section on the commitment for its part, or
        (a shortcoming) the section on remedies; the first section on the commitment or on
        results; else the title."""
        by_role: dict[str, list[ReviewSection]] = {}
        for section in self.sections:
            by_role.setdefault(section.role, []).append(section)
        commitment = by_role.get(COMMITMENT, [])
        for section in commitment:
            if section.part is not None and section.part in item.parts and section.level > 1:
                return section.heading_line
        if 5 in item.parts and by_role.get(REMEDY):
            return by_role[REMEDY][0].heading_line
        for role in (COMMITMENT, RESULTS):
            if by_role.get(role):
                return min(by_role[role], key=lambda s: (-s.level, s.heading_line)).heading_line
        return self.report.outline.title_line or 1


# "Nhiệm vụ: điều dưỡng, phụ trách …", "Được phân công phụ trách công tác kiểm soát tàu cá, …",
# "Địa bàn phụ trách: khu Đồi Giang (412 hộ) …", "Công việc hiện nay: chủ dãy trọ 22 phòng …":
# a line naming the post, not a commitment.
_POST = re.compile(
    r"^(?:nhiệm vụ(?: chuyên môn| được giao| được phân công)?|công việc(?: chuyên môn)?"
    r"(?: hiện nay| hiện tại)?(?: được giao| được phân công)?|nghề nghiệp|chức vụ|chức danh"
    r"|chức trách|vị trí"
    r"|địa bàn(?: phụ trách| được giao| quản lý)?|lĩnh vực phụ trách)"
    r"(?:\s+năm học \d{4}\s*[-–]\s*\d{4}|\s+năm \d{4})?\s*:"  # "Nhiệm vụ năm học 2025 - 2026:"
    r"|^(?:được|đã được)\s+(?:[^\W\d_]+\s+){0,3}?(?:phân công|giao)\s+"
    r"(?:phụ trách|đảm nhiệm|quản lý|theo dõi)\b"
)


# Who the member is, or what the post holds, before what the item says of it: "Là Phó Trưởng
# khoa, giúp Trưởng khoa quản lý chuyên môn Khoa Ngoại tổng hợp (32 giường kế hoạch), …", "Tổ
# Cảng vụ có 07 người, phụ trách …", "Chỉ huy Ca 2 gồm 42 công nhân, 03 cần trục chân đế, …".
_POST_OPENING = re.compile(
    r"^\W*(?:là\s+[^,:;]+,"
    r"|(?!năm\s+\d)(?:[^\W_]+\s+){1,5}?(?:có|gồm)\s+\d+\s+[^,;:.()]+(?:,\s*\d+\s+[^,;:.()]+)*"
    r"(?:[,;.]|$))"
)


def _describes_post(text: str) -> bool:
    """The item says who the member is or what the post holds, which alone makes it look
    checkable, and the rest names no task of its own: a figure, date or deadline beyond the
    post's size ("Là tổ trưởng tổ 3, … phấn đấu tổ đạt 32.000 tấn …" and "Tổ hợp tác có 12 hộ,
    tôi tổ chức họp tổ mỗi quý một lần" are tasks). A pledge after it ("Là đảng viên trẻ, tích
    cực tham gia các phong trào …") stays an item, a vague one."""
    found = _POST_OPENING.match(fold(text))
    if not found or not judge(text).concrete:
        return False
    verdict = judge(without_brackets(text[found.end() :]))
    # its duties told at length ("phụ trách thủ tục tàu ra vào cảng, thu phí cầu cảng, …") or
    # its unit named are no task either
    return not verdict.concrete or verdict.reason in POST_ONLY or verdict.reason == "rich"


def _lines_of_items(commitment: Document, year: int | None) -> list[tuple[Item, Item, str]]:
    """The commitment's items as written (first sentence, last sentence, text): a bullet, or
    a shortcoming stated and the remedy after it on the same wrapped paragraph ("Năm 2025 có 04
    hồ sơ bị nhắc nhở do thiếu chữ ký,⏎thiếu biên bản. Năm 2026 tự rà soát …", its second
    sentence starting on the line where the first ends): one line of the commitment, as a
    paragraph not wrapped is."""
    outline = commitment.outline
    found: list[tuple[Item, Item, str]] = []
    for bullet in outline.bullets():
        first, last = bullet[0], bullet[-1]
        text = outline.bullet_text(first)
        if found:
            head, tail, before = found[-1]
            goes_on = first.line == tail.end_line and first.start >= tail.end
            if goes_on and is_diagnosis(before, year):
                found[-1] = (head, last, f"{before} {text}")
                continue
        found.append((first, last, text))
    return found


# A list run into one paragraph, as text pasted from a web page or a chat keeps it ("- Vận hành
# Trang thông tin điện tử xã, đăng 20 tin mỗi tháng - Duy trì phát sóng 05 cụm loa …"): a dash
# after a sentence's end, or two or more dashes each opening a capitalised word, start items.
_RUN_IN_AFTER_STOP = re.compile(r"(?<=[.;!?])\s+[-–•+]\s+(?=\S)")
_RUN_IN_DASH = re.compile(r"\s+[-–•]\s+(?=[^\W\d_])")
MIN_RUN_IN_WORDS = 3  # a shorter piece ("Đoàn - Hội sinh viên") is part of a name, kept whole


def run_in_items(text: str) -> list[str]:
    """The items of a list run into one paragraph, each without its dash; one item as a rule."""
    pieces = _RUN_IN_AFTER_STOP.split(text)
    if len(_capital_dashes(text)) >= 2:
        pieces = [part for piece in pieces for part in _split_at_capital_dashes(piece)]
    kept: list[str] = []
    for piece in (piece.strip() for piece in pieces):
        if kept and len(piece.split()) < MIN_RUN_IN_WORDS:
            kept[-1] = f"{kept[-1]} - {piece}"
        elif piece:
            kept.append(piece)
    if len(kept) < 2:
        return [text]
    return [kept[0].lstrip("-–•+ "), *kept[1:]]


def _capital_dashes(text: str) -> list[re.Match[str]]:
    """The dashes opening a capitalised word that can start an item: not inside brackets or
    quotes ("(bà Nguyễn Thị Út - Khu phố 4 …)", "“Xanh - Sạch - Đẹp”"), nor joining two names
    ("công chức Văn hóa - Xã hội", "Phòng Tài chính - Kế hoạch")."""
    return [
        found
        for found in _RUN_IN_DASH.finditer(text)
        if text[found.end()].isupper()
        and text.count("(", 0, found.start()) <= text.count(")", 0, found.start())
        and not _inside_quotes(text, found.start())
        and not _name_before(text, found.start())
    ]


_QUOTES = re.compile(r"[\"“”]")


def _inside_quotes(text: str, at: int) -> bool:
    return len(_QUOTES.findall(text, 0, at)) % 2 == 1


def _name_before(text: str, at: int) -> bool:
    """Is the dash at `at` preceded by a capitalised word among its last two ("Văn hóa")?"""
    words = re.findall(r"[^\W\d_]+", text[max(0, at - 40) : at])[-2:]
    return any(word[0].isupper() and word[1:].islower() for word in words)


def _split_at_capital_dashes(text: str) -> list[str]:
    pieces, start = [], 0
    for found in _capital_dashes(text):
        pieces.append(text[start : found.start()])
        start = found.end()
    return [*pieces, text[start:]]


PLACE_AND_DATE_CHARS = 80


def _place_and_date(paragraph: str) -> bool:
    """Is the paragraph a place-and-date line and nothing else ("Mỹ Hiệp, ngày 11 tháng 02 năm
    2026")?"""
    if len(paragraph) > PLACE_AND_DATE_CHARS or not any(c.isdigit() for c in paragraph):
        return False  # most items: longer, or no date at all
    found = place_date(paragraph.strip())
    return found is not None and found.written == 0


def committed_items(commitment: Document) -> list[Committed]:
    year = year_of(commitment)
    items = []
    written = _lines_of_items(commitment, year)
    closed = _parts_closed_at(commitment)
    for index, (first, last, paragraph) in enumerate(written):
        after = written[index + 1 : index + 2]
        if _leads_in(paragraph, last, after) or _heads_sublist(commitment, paragraph, first, after):
            continue
        if _place_and_date(paragraph):
            continue  # printed under the last part, in the signature's column
        read = (_item_of(first, last, text, year, closed) for text in run_in_items(paragraph))
        items += [item for item in read if item is not None]
    return items


# A heading numbered in Roman numerals, of a few words ("II. BIỆN PHÁP THỰC HIỆN", "III. Đề
# nghị"), not a wrapped "quý II/2026." nor "II: an toàn lao động".
_ROMAN_HEADING = re.compile(r"^\s*[IVX]{1,4}\s*[.\-–]\s+(?=[A-ZĐÀ-Ỹ])")
_ROMAN_HEADING_WORDS = 10


def _parts_closed_at(commitment: Document) -> int | None:
    """The line of a heading after the shortcomings part that names no part of the template
    (parts 1–5 numbered "1." under "I. NỘI DUNG CAM KẾT", then "II. BIỆN PHÁP THỰC HIỆN",
    "III. ĐỀ NGHỊ"): what follows are the member's means and requests, under no part, nothing
    a result is due for. None when there is none."""
    section = commitment.outline.section(5)
    if section is None:
        return None
    for number in range(section.heading_line + 1, section.last_line + 1):
        text = commitment.line(number).clean
        if _ROMAN_HEADING.match(text) and len(text.split()) <= _ROMAN_HEADING_WORDS:
            return number
    return None


# A line announcing what follows: "… tôi cam kết:", "… tôi cam kết cùng tập thể Tổ thực hiện:",
# "… như sau:", "… cụ thể:", "… gồm:".
_ANNOUNCING = re.compile(
    r"\b(?:(?:cam kết|đăng ký)\b[^.;:!?]{0,50}|như sau|cụ thể|gồm|sau đây|các việc sau)\s*:\s*$"
)


# A scope over the items under it, on a line of its own: "Tại nơi làm việc", "Ở nơi cư trú",
# "Đối với công tác chuyên môn".
_SCOPE = re.compile(r"^(?:tại|ở|đối với)\s[^\d.,;:]{3,40}$")  # no clause: no task of its own


def _leads_in(paragraph: str, last: Item, after: Sequence[tuple[Item, Item, str]]) -> bool:
    """A line announcing the items under it ("Phụ trách chuyên môn cấp tiểu học (15 lớp, 364
    học sinh), tôi cam kết:", "Tại tổ dân phố"): the post or place they belong to, no item of
    its own. A task with a deadline going on to its means ("Vận động 31 hộ … khởi công trong
    quý III/2026, bằng các biện pháp:") is an item."""
    if not (
        bool(after) and after[0][0].line > last.end_line and after[0][0].all_parts == last.all_parts
    ):
        return False
    if _SCOPE.match(fold(paragraph).strip()):
        return True
    if not paragraph.rstrip().endswith(":"):
        return False
    if _ANNOUNCING.search(fold(paragraph)):
        return True
    # the post's size in brackets is no target ("a) Nhiệm vụ tổ trưởng chuyền 6 (42 công nhân,
    # chuyên may áo sơ mi xuất khẩu):")
    return judge(without_brackets(paragraph)).reason not in _DATED


# A line heading bullets of another kind, of a few words and no clause: "b) Chủ nhiệm lớp 9A2"
# over "- Duy trì sĩ số 100% (41 học sinh) …". It names the post or field they belong to.
_SUBHEADING_WORDS = 6
_CLAUSE_MARK = re.compile(r"[,;.:!?]")
# …of more words when it says it is a title: "a) Nhiệm vụ Chi hội trưởng Chi hội Phụ nữ Khu 6",
# "b) Nhiệm vụ phụ trách 14 hộ tổ 3" (the households are the charge, not a target).
_TITLE_OPENING = re.compile(r"^(?:nhiệm vụ|công việc|lĩnh vực|phần việc)\s")
_TITLED_SUBHEADING_WORDS = 12


def _marker_kind(commitment: Document, item: Item) -> str:
    """How the line of `item` is marked: "letter" ("b)"), "number" ("2."), "roman", "sign"
    ("-", "+", "•"), or "" when it is not marked."""
    marker = commitment.line(item.line).clean[: item.start].strip().lower()
    if not marker:
        return ""
    if re.fullmatch(r"\(?[ivx]{1,4}[.)]", marker):
        return "roman"
    if re.fullmatch(r"\(?[a-zđ][.)]", marker):
        return "letter"
    if re.fullmatch(r"\(?\d{1,2}(?:\.\d{1,2})*[.)]?", marker):
        return "number"
    return "sign"


def _heads_sublist(
    commitment: Document, paragraph: str, first: Item, after: Sequence[tuple[Item, Item, str]]
) -> bool:
    """Does the line head the bullets under it rather than commit to anything itself?"""
    if not after or after[0][0].all_parts != first.all_parts:
        return False
    text = paragraph.strip()
    titled = bool(_TITLE_OPENING.match(fold(text)))
    words = _TITLED_SUBHEADING_WORDS if titled else _SUBHEADING_WORDS
    if _CLAUSE_MARK.search(text) or len(text.split()) > words:
        return False
    mine, theirs = _marker_kind(commitment, first), _marker_kind(commitment, after[0][0])
    if not (mine and theirs) or mine == theirs:
        return False
    return titled or judge(text).reason not in _DATED


# A remedy of fewer content syllables than this names what it mends only with the shortcoming
# stated before it.
THIN_PROMISE = 3


def _item_of(
    first: Item, last: Item, text: str, year: int | None, closed: int | None
) -> Committed | None:
    """An item of the commitment, written from `first` to `last` (None: the member's post);
    under no part from line `closed` on (_parts_closed_at)."""
    if _POST.match(fold(text)) or _describes_post(text):
        return None
    parts = () if closed is not None and first.line >= closed else first.all_parts
    # A general pledge is due only in the duties and shortcomings, where the vague checks
    # judge it like any item ("Giữ vững danh hiệu “Ấp văn hóa”; tham gia bình xét …");
    # "Không để thuốc hết hạn" is due anywhere.
    pledge = not {3, 5} & set(parts) and is_pledge(text) and not is_prohibition(text)
    due_part = bool(EXPECTED_PARTS & set(parts)) and not pledge and not is_diagnosis(text, year)
    promise = remedy_of(text, year) if 5 in parts else text
    return Committed(first.line, last.end_line, text, parts, due_part, promise)


def _claims(
    claims: Matcher, items: Sequence[Committed], entries: Sequence[ReviewEntry]
) -> dict[int, set[int]]:
    """The items each results-table row names in its claimed-content cell: the one its claim
    matches best (a claim is usually a copy of one item, and may share words with others), and
    when the cell names several items in turn ("Thăm gia đình trẻ (học kỳ I); dự giờ 02
    tiết/tháng"), the one each of its pieces matches best."""
    named: dict[int, set[int]] = {}
    for e, entry in enumerate(entries):
        if not entry.claimed:
            continue
        scored = [(claims.affinity(i, e), i) for i in range(len(items))]
        best = _best_named(scored)
        if best is not None:
            named.setdefault(e, set()).add(best)
            named[e].update(_remedy_after(items, scored, best))
        pieces = [piece for piece in _CLAIM_PIECES.split(entry.claimed) if piece.strip()]
        if len(pieces) < 2:
            continue
        for piece in pieces:
            terms = terms_of(piece)
            found = _best_named(
                [(claims.compare(claims.items[i], terms), i) for i in range(len(items))]
            )
            if found is not None:
                named.setdefault(e, set()).add(found)
    return named


_CLAIM_PIECES = re.compile(r";\s*")


def _remedy_after(
    items: Sequence[Committed], scored: Sequence[tuple[Affinity, int]], past: int
) -> list[int]:
    """The remedy written right after the shortcoming a row's claim names, when it is only the
    past stated ("Hạn chế năm 2025: chứng từ chi lưu trữ chưa khoa học …" / "Sắp xếp, đóng tập
    chứng từ theo tháng …") and the claim names the remedy too ("Khắc phục: lưu trữ chứng
    từ"): the row reports what came of mending it."""
    shortcoming = items[past]
    if 5 not in shortcoming.parts or shortcoming.due_part or past + 1 >= len(items):
        return []
    remedy = items[past + 1]
    if 5 not in remedy.parts or not remedy.due_part:
        return []
    return [past + 1] if scored[past + 1][0].names_item else []


# A result opening with a short label that names its item, then what came of it: "Rà soát hộ
# nghèo: chưa đến thời gian (tháng 10 mới làm)", "Kế hoạch giáo dục nhà trường năm học 2026 -
# 2027: chưa đến hạn, đang dự thảo". The label is the item's own words, shortened, like a
# results table's claimed cell.
LABEL_WORDS = 12  # syllables of letters: "Kế hoạch giáo dục nhà trường năm học 2026 - 2027" is 8
LABEL_IN_ITEM = 0.8  # the share of the label's content the item holds
LABEL_SHARED = 3  # content syllables in common, at least


def _label(entry: ReviewEntry) -> str:
    """The label a result opens with ("Tiêm chủng mở rộng: …"), or "" (none, or a table's row)."""
    if entry.claimed:
        return ""
    text = entry.text.strip()
    found = LABELLED.match(text[numbering_end(text) :])  # past "3/ " of a list typed in a chat
    if found is None or len(re.findall(r"[^\W\d_]+", found["label"])) > LABEL_WORDS:
        return ""
    return found["label"]


def _named_by_labels(
    items: Sequence[Committed], entries: Sequence[ReviewEntry], affinities: list[list[Affinity]]
) -> dict[int, int]:
    """The item each labelled result names: of those holding (almost) all of its label, the one
    the whole result is closest to (its date, its figures), then the one the label covers most."""
    labels = [_label(entry) for entry in entries]
    if not any(labels):
        return {}
    matcher = Matcher([item.text for item in items], labels)
    folded = [fold(item.text) for item in items]  # once, not once a label
    named = {}
    for e, label in enumerate(labels):
        if not label:
            continue
        scored = [(matcher.affinity(i, e), i) for i in range(len(items))]
        holding = [
            (a, i) for a, i in scored if a.text_cover >= LABEL_IN_ITEM and a.shared >= MIN_SHARED
        ]
        # a short label ("Hòa giải: …") names the one item holding it as written
        written = fold(label.strip())
        if not holding:
            holding = _holding_as_written(scored, folded, written)
        if len(holding) != 1 or written not in folded[holding[0][1]]:
            # of several, the one item holding the label as written ("Thư viện thân thiện: …"
            # names "… trang trí thư viện thân thiện …", not "nhân viên thư viện - thiết bị")
            as_written = [(a, i) for a, i in holding if written in folded[i]]
            if len(as_written) == 1:
                holding = as_written
            else:
                holding = [(a, i) for a, i in holding if a.shared >= LABEL_SHARED]
        best = max(((affinities[i][e].score, a.item_cover, i) for a, i in holding), default=None)
        if best is not None:
            named[e] = best[2]
    return named


def _holding_as_written(
    scored: Sequence[tuple[Affinity, int]], folded: Sequence[str], written: str
) -> list[tuple[Affinity, int]]:
    """The one item a label of one term names, written there as in the label, when that term
    names what the item is about: "Bảo hiểm y tế: …" for "… vận động 100% hộ tham gia bảo hiểm
    y tế" (its words are one term, "bhyt", to the matcher)."""
    if len(written.split()) < MIN_SHARED:
        return []
    holding = [(a, i) for a, i in scored if written in folded[i]]
    if len(holding) != 1:
        return []
    affinity = holding[0][0]
    if affinity.shared_objects < 1 or affinity.text_cover < LABEL_IN_ITEM:
        return []
    return holding


def _partly(affinity: Affinity, labelled: Committed) -> bool:
    """A result holding neither most of the item, nor the whole of one of its clauses, nor
    figures of its own: under a label naming another task ("Phòng cháy, chữa cháy: … cùng
    Công an phường kiểm tra 11/11 nhà trọ …"), the words it shares with this one ("… gửi Công
    an phường trước ngày 05 hằng tháng") are on that task. (A label naming a group's title,
    "Tiêm chủng mở rộng", names the tasks under it.)"""
    return (
        affinity.item_cover < COVERS
        and affinity.clause_cover < WHOLE
        and len(affinity.shared_figures) < SHARED_FIGURES
        and labelled.expected
    )


def _names_by_content(claim: Affinity) -> bool:
    """A group's title names its item by what it is about, not only by the villages both name
    ("a) Thôn Khe Mạ và thôn Nà Lừa:")."""
    return claim.content_shared >= MIN_SHARED


def _on_another_item(affinities: list[list[Affinity]], item: int, entry: int) -> bool:
    """Is the result related to an item other than `item`, and closer to it? ("Tổ tuần tra ban
    đêm được 49 đêm" under "b) Tổ tự quản an ninh trật tự:" is on the patrols, not on the
    monthly reports the title also names.)"""
    own = affinities[item][entry].item_cover
    return any(
        affinities[other][entry].related and affinities[other][entry].item_cover > own
        for other in range(len(affinities))
        if other != item
    )


def _best_named(scored: Sequence[tuple[Affinity, int]]) -> int | None:
    """Of the items a claim names, the one it is a shortened copy of: all of the claim is in
    that item (a vague item may hold a few of its words and little else, "phục vụ bạn đọc")."""
    best = max(
        (
            (a.text_cover + len(a.shared_figures) / 2, a.item_cover, i)
            for a, i in scored
            if a.names_item
        ),
        default=None,
    )
    return best[2] if best is not None else None


# A due item left without a result is answered by the result closest to it, when each is the
# other's closest and they share this much of the item and two words naming what it is about
# ("Đến thăm từng cháu … trước ngày khai giảng" and "Đã đến thăm 7/7 gia đình có trẻ …, trước
# 05/9"): a member reports item by item, in words of the day.
PAIRED_COVER = 0.35
PAIRED_OBJECTS = 2


def _unanswered_candidates(
    trace: Trace, affinities: list[list[Affinity]], holds: Callable[[Affinity], bool]
) -> Iterator[tuple[int, list[tuple[float, int]]]]:
    """Each due item left without a result, with the results whose affinity to it `holds`
    ((item cover, entry) pairs, never empty). Whether an item is due is asked last: the vague
    judgement is the slow part."""
    entries = trace.entries
    for i, item_trace in enumerate(trace.items):
        if item_trace.results or item_trace.blank_rows:
            continue
        found = [
            (affinity.item_cover, e)
            for e, affinity in enumerate(affinities[i])
            if entries[e].text.strip() and holds(affinity)
        ]
        if found and item_trace.item.expected:
            yield i, found


def _pair_closest(
    trace: Trace, affinities: list[list[Affinity]], best: dict[int, tuple[float, int]]
) -> None:
    def close(affinity: Affinity) -> bool:
        return (
            affinity.item_cover >= PAIRED_COVER
            and affinity.shared_objects >= PAIRED_OBJECTS
            and not affinity.other_place
        )

    for i, found in _unanswered_candidates(trace, affinities, close):
        _, e = max(found)
        closest_item = max(range(len(affinities)), key=lambda j: affinities[j][e].item_cover)
        if closest_item == i:
            trace.items[i].results = [e]
            best.setdefault(e, (affinities[i][e].score, i))


# A result holding this little of an item answers it only as its own: a short line on another
# item, whose few words the item shares ("Cấy xong vụ Xuân ngày 23/02/2026, vụ Mùa ngày
# 17/7/2026", all of it the planting item's, is no result of "Vận động thêm 20 hộ … chuyển sang
# cấy máy từ vụ Mùa 2026"; "Tiếp tục công khai tiền ăn, thực đơn … tại bảng tin các lớp" none of
# the health bulletin "trên bảng tin nhà trường").
BORROWED_COVER = 0.3


def _drop_borrowed_answers(
    trace: Trace,
    affinities: list[list[Affinity]],
    matcher: Matcher,
    named_by: dict[int, set[int]],
    best: dict[int, tuple[float, int]],
) -> None:
    """Take from each item the results that answer it by a few words of theirs only, when they
    answer another item better and hold no part of their own on this one (as `_part_on`, among
    the items the result answers in the parts results are due for: whether each is checkable
    is not asked, the slow part)."""
    holders: dict[int, list[int]] = {}
    for i, item_trace in enumerate(trace.items):
        for e in item_trace.results:
            holders.setdefault(e, []).append(i)
    for e, items in holders.items():
        if len(items) < 2:
            continue
        for i in items:
            affinity = affinities[i][e]
            rivals = [j for j in items if j == i or trace.items[j].item.due_part]
            if (
                affinity.item_cover >= BORROWED_COVER
                or _holds_clause(affinity)
                or len(affinity.shared_figures) >= SHARED_FIGURES
                or i in named_by.get(e, ())
                or _shares_more(affinities, i, _closest(affinities, e, rivals), e)
                or _clause_closest(trace, affinities, matcher, i, e, rivals)
            ):
                continue
            trace.items[i].results.remove(e)
            if best.get(e, (0.0, -1))[1] == i:
                kept = [(affinities[j][e].score, j) for j in items if e in trace.items[j].results]
                if kept:
                    best[e] = max(kept)
                else:
                    del best[e]


def _holds_clause(affinity: Affinity) -> bool:
    """Does the result hold all of one of the item's clauses ("năm 2026 không vắng ca trực …"
    in "trực, tuần tra đủ 34/34 ca …")? Then it tells of that item too, however short."""
    return (
        affinity.clause_cover >= WHOLE
        and affinity.clause_shared >= MIN_SHARED_PART
        and affinity.clause_named
    )


# A due item left without a result is still answered by a result it overlaps this much, though
# that result answers another item better: the two were merged in one line ("… thuyết minh đúng
# nội dung đã thẩm định; 100% khách trong đoàn có vé tham quan" for the tours and for "Nhắc khách
# mua vé tham quan …"). Five content syllables, three of them words naming what the item is about,
# and a quarter of its weighted content.
MERGED_COVER = 0.25
MERGED_SHARED = 5
MERGED_OBJECTS = 3


def _merged_answers(trace: Trace, affinities: list[list[Affinity]], matcher: Matcher) -> None:
    def overlaps(affinity: Affinity) -> bool:
        return (
            affinity.item_cover >= MERGED_COVER
            and affinity.shared >= MERGED_SHARED
            and affinity.shared_objects >= MERGED_OBJECTS
            and not affinity.other_place
        )

    for i, found in _unanswered_candidates(trace, affinities, overlaps):
        merged = [(cover, e) for cover, e in found if _part_on(trace, affinities, matcher, i, e)]
        if merged:
            trace.items[i].results = [max(merged)[1]]


# A result of two clauses, each telling what came of one item ("Ban quản lý chợ test nhanh 2
# lần đều đạt; dùng hóa đơn điện tử từ tháng 3/2026"), answers both: the clause on an item left
# without a result, when most of the clause is that item's words and no other due item is
# closer to it. Asked only of results already answering another item.
CLAUSE_TOLD_COVER = 0.6
CLAUSE_TOLD_SHARED = 5
CLAUSE_TOLD_OBJECTS = 2


def _clause_answers(trace: Trace, affinities: list[list[Affinity]], matcher: Matcher) -> None:
    answering = sorted({e for item_trace in trace.items for e in item_trace.results})
    due = [j for j, item_trace in enumerate(trace.items) if item_trace.item.expected]
    for i, item_trace in enumerate(trace.items):
        if item_trace.results or item_trace.blank_rows or i not in due:
            continue
        for e in answering:
            whole = affinities[i][e]  # a clause shares no more than its whole result does
            if whole.shared < CLAUSE_TOLD_SHARED or whole.other_place:
                continue
            if _clause_tells(trace, matcher, i, e, due):
                item_trace.results = [e]
                break


def _clause_tells(
    trace: Trace, matcher: Matcher, item: int, entry: int, due: Sequence[int]
) -> bool:
    """Does one of the result's clauses tell of `item`: most of the clause is its words, and
    no other due item is closer to it?"""
    for terms in _result_clauses(trace.entries[entry].text):
        own = matcher.compare(matcher.items[item], terms)
        if (
            own.text_cover >= CLAUSE_TOLD_COVER
            and own.shared >= CLAUSE_TOLD_SHARED
            and own.shared_objects >= CLAUSE_TOLD_OBJECTS
            and all(
                matcher.compare(matcher.items[j], terms).text_cover < own.text_cover
                for j in due
                if j != item
            )
        ):
            return True
    return False


def _part_on(
    trace: Trace, affinities: list[list[Affinity]], matcher: Matcher, item: int, entry: int
) -> bool:
    """Does the result hold a part of its own on `item`: a clause closer to it than to the due
    item the result answers best? Two items merged in one line have one each; a result on
    another item that shares a few of this one's words ("Tổ chức 2 buổi tuyên truyền phòng
    chống lừa đảo … tại nhà văn hóa khu phố 3" and the hotline posted at the same hall) has
    none. (A shortcoming only stated, above its remedy, is no such other item.)"""
    due = [j for j, other in enumerate(trace.items) if j == item or other.item.expected]
    if _shares_more(affinities, item, _closest(affinities, entry, due), entry):
        return True
    return _clause_closest(trace, affinities, matcher, item, entry, due)


def _shares_more(affinities: list[list[Affinity]], item: int, other: int, entry: int) -> bool:
    """Does the result share more with `item` than with the `other` it is closest to, in words
    naming what they are about and in syllables ("Đã giới thiệu đồng chí …, giảng viên Bộ môn,
    dự lớp bồi dưỡng …" covers more of the department's meetings, but tells the introduction)?"""
    mine, theirs = affinities[item][entry], affinities[other][entry]
    return mine.shared_objects > theirs.shared_objects and mine.shared > theirs.shared


@functools.lru_cache(maxsize=4096)  # asked of one result for each item left without one
def _result_clauses(text: str) -> tuple[Terms, ...]:
    """A result's clauses, each as its content words (linter.trace.match.clauses)."""
    return tuple(content_terms(piece) for piece in clauses(_without_extra_marker(text)))


def _clause_closest(
    trace: Trace,
    affinities: list[list[Affinity]],
    matcher: Matcher,
    item: int,
    entry: int,
    among: Sequence[int],
) -> bool:
    """Is `item` the closest of `among` to the result, or to one of its clauses ("Từ ngày 25/01
    đến 12/02/2026 tôi đã đến nhà 36/38 gia đình học sinh trước Tết; 2 gia đình đi làm ăn xa
    nên gọi điện trao đổi với phụ huynh": its first clause is the visits')?"""
    best = _closest(affinities, entry, among)
    if best == item:
        return True
    for terms in _result_clauses(trace.entries[entry].text):
        own, other = (
            matcher.compare(matcher.items[item], terms),
            matcher.compare(matcher.items[best], terms),
        )
        if own.shared >= MIN_SHARED_PART and own.text_cover > other.text_cover:
            return True
    return False


# A result presented as the commitment's that answers no item, related to an item left without
# one and closer to it than to any other, reports on that item in other words ("Chi hội họp đủ
# 02 kỳ: quý I ngày 15/3, quý II ngày 14/6" for "Tổ chức họp Chi hội Cựu chiến binh mỗi quý một
# lần"): the member wrote it for something committed, and the closest thing is this.
_FREE_ROLES = frozenset({COMMITMENT, RESULTS, DUTIES})


def _free_answers(trace: Trace, affinities: list[list[Affinity]], matcher: Matcher) -> None:
    entries = trace.entries
    # a result answering only a general pledge or a past only stated is free ("Sinh hoạt chi
    # bộ: dự đủ 6/6 kỳ; đảng phí em chuyển khoản trước ngày 05 …" for the remedy on late dues)
    answering = {
        e for item_trace in trace.items if item_trace.item.due_part for e in item_trace.results
    }
    # (not one telling only what every member owes the cell, "Sinh hoạt chi bộ đủ 6 kỳ, đóng
    # đảng phí đủ", which answers the pledge to do so and says nothing of speaking up at them)
    pledged = {e for item_trace in trace.items for e in item_trace.results if e not in answering}
    free = {
        e
        for e, entry in enumerate(entries)
        if e not in answering
        and entry.role in _FREE_ROLES
        and not (e in pledged and _duty_of_all(entry.text))
    }
    if not free:
        return

    # the items related to each free result by what was done, the only ones that can be closest
    # to it: a short item sharing a word or two ("Nâng cao chất lượng hoạt động chuyên môn")
    # is no closer for that
    contenders = {
        e: [j for j in range(len(affinities)) if _tied_to_free(affinities[j][e])] for e in free
    }

    def about_it(affinity: Affinity) -> bool:
        # related by what was done, by a word naming what the item is about or by three
        # syllables: a count of the same places and one syllable ("tại 9 ấp"; "xuất huyết" and
        # "huyết áp") are no answer
        return _tied_to_free(affinity) and (
            affinity.shared_objects > 0 or affinity.content_shared >= MIN_SHARED_PART
        )

    for i, found in _unanswered_candidates(trace, affinities, about_it):
        near = [
            (c, e)
            for c, e in found
            if e in free
            and _tied_by_words(matcher, affinities[i][e], i, e)
            and not _about_another_aim(trace.items[i].item.text, entries[e].text)
            and (
                _closest(affinities, e, contenders[e]) in (i, _past_of(trace, i))
                or _clause_closest(trace, affinities, matcher, i, e, contenders[e])
            )
        ]
        if near:
            e = max(near)[1]
            trace.items[i].results = [e]
            free.discard(e)


# A key term of this many syllables in common (a campaign's or a title's name, "Ngày Chủ nhật
# xanh") ties a result to its item, however long the item's other words.
LONG_KEY = 4


def _tied_to_free(affinity: Affinity) -> bool:
    """Related by what was done, or by a long key term in common."""
    return affinity.related_by_content or any(len(key.split()) >= LONG_KEY for key in affinity.keys)


def _past_of(trace: Trace, item: int) -> int | None:
    """The shortcoming's past stated on the line above a remedy ("Hạn chế năm 2025: có lúc nhập
    điểm lên phần mềm chậm …" over "Nhập điểm … chậm nhất 03 ngày …"): the result closest to it
    tells what came of the remedy."""
    if item == 0 or 5 not in trace.items[item].item.parts:
        return None
    before = trace.items[item - 1].item
    return item - 1 if 5 in before.parts and not before.due_part else None


# What an item aims at when a prize answers it: a contest, a prize, a title.
_AIMS_AT_PRIZE = re.compile(
    r"\b(?:hội thi|cuộc thi|hội giảng|dự thi|thi\s|giải|danh hiệu|khen thưởng|bằng khen|giấy khen"
    r"|công nhận)"
)


# A contest or a certificate by its name: "Hội thi Olympic Tiếng Việt cấp tỉnh", "Hội thi “Giáo
# viên chủ nhiệm lớp giỏi” cấp tỉnh", "chứng chỉ IELTS đạt 6.5" (the name ends at its level, its
# organiser, its date, the score aimed at or a stop).
_CONTEST = re.compile(
    r"\b(?:hội thi|cuộc thi|hội giảng|chứng chỉ)\s+[\"“”']?(?P<name>[^,.;:()\"“”']+?)[\"“”']?"
    r"(?=\s+(?:cấp|do|năm|tháng|vào|tại|và|đạt|trước|để)\b|\s*[,.;:()]|$)"
)


@functools.lru_cache(maxsize=4096)  # asked of each item and result compared
def _contest_words(text: str) -> frozenset[str] | None:
    found = _CONTEST.search(fold(normalize(text).text))
    return frozenset(found["name"].split()) if found else None


def _other_contest(item: str, result: str) -> bool:
    """Do the item and the result name two contests (or certificates), no word of their names
    in common? Their shared "hội thi … cấp tỉnh" ties them no more than a shared date would."""
    mine = _contest_words(item)
    theirs = _contest_words(result) if mine else None
    return bool(mine and theirs) and not mine & theirs  # type: ignore[operator]


def _about_another_aim(item: str, result: str) -> bool:
    """A result about another contest or prize than the item aims at, or no course for an
    item that is one, whatever it shares."""
    return (
        _prize_for_another_aim(item, result)
        or _other_contest(item, result)
        or _course_for_another_aim(item, result)
    )


# A line asking the cell or the unit for something: no result of the member's.
# ("Đề xuất lưu hồ sơ bản điện tử được Ban Giám đốc chấp thuận" is a result: a proposal made.)
_REQUEST = re.compile(
    r"^\W*(?:(?:đề xuất|kiến nghị)(?:,\s*(?:đề xuất|kiến nghị))?\s*:\s*)?"  # a form's label
    r"(?:em |tôi )?(?:kính |xin )?(?:đề nghị|kiến nghị)\b"
)


def _requests(entries: Sequence[ReviewEntry]) -> list[int]:
    """The results that ask for something instead of telling what was done."""
    return [e for e, entry in enumerate(entries) if _REQUEST.match(fold(entry.text))]


# An item whose act is to attend a course ("Tham gia lớp tập huấn sử dụng phần mềm hồ sơ sức
# khỏe điện tử …", "Năm 2026 đăng ký học lớp trung cấp lý luận chính trị"), and what a result
# on it tells: a course, a training, a certificate.
_COURSE_ACT = re.compile(
    r"^\W*(?:năm \d{4},?\s+)?(?:(?:đăng ký|tham gia|tham dự|dự|theo|đi)\s+(?:học\s+)?|học\s+)"
    r"(?:lớp|khóa)\b"  # attending one: not "Lớp Lá 2 có 28 trẻ"
)
_COURSE_TOLD = re.compile(
    r"\b(?:lớp|khóa|tập huấn|bồi dưỡng|đào tạo|học|chứng chỉ|chứng nhận|văn bằng|tốt nghiệp)\b"
)


def _course_for_another_aim(item: str, result: str) -> bool:
    """Is the item a course to attend and the result no word of attending one ("Tỷ lệ dân số
    có hồ sơ sức khỏe điện tử đạt 95,4%" for "Tham gia lớp tập huấn sử dụng phần mềm hồ sơ sức
    khỏe điện tử"), whatever subject they share?"""
    return bool(_COURSE_ACT.match(fold(item))) and not _COURSE_TOLD.search(fold(result))


def _prize_for_another_aim(item: str, result: str) -> bool:
    """A prize won ("Đạt giải Nhì Hội thi Điều dưỡng giỏi cấp Bệnh viện") answers no item
    aiming at no contest nor title ("Viết 01 sáng kiến cấp cơ sở …, nộp Hội đồng Khoa học
    Bệnh viện …"), whatever words of place or level they share."""
    return states_award(result) and not _AIMS_AT_PRIZE.search(fold(item))


def _tied_by_words(matcher: Matcher, affinity: Affinity, item: int, entry: int) -> bool:
    """Tied by a word naming what the item is about, or by three syllables in common that are
    words of their own in either text or of a word both hold: not syllables of two different
    words ("Hội thi giáo viên dạy giỏi cấp trường" and "Hội đồng khoa học nhà trường")."""
    if affinity.shared_objects > 0:
        return True
    mine, theirs = matcher.items[item], matcher.texts[entry]
    if theirs is None:
        return False
    return len(same_words(mine, theirs, mine.syllables & theirs.syllables)) >= MIN_SHARED_PART


def _closest(affinities: list[list[Affinity]], entry: int, among: Sequence[int]) -> int:
    """Which of the items `among` covers most of itself in the text `entry`."""
    return max(among, key=lambda j: affinities[j][entry].item_cover)


# A shortcoming the commitment set out to mend is answered by a result under the report's
# heading on remedies that speaks of the same thing, though in other words and whatever other
# item it answers too: that heading is where the form puts it ("Đã cố gắng khắc phục, đi sinh
# hoạt chi bộ đầy đủ hơn" for "Năm 2025 còn vắng 3 buổi sinh hoạt Chi bộ, năm 2026 không vắng
# buổi nào …"). Related (or two words in common on what it is about), three content syllables
# in common, and no other shortcoming closer to that result.
REMEDY_SHARED = 3


def _remedied_shortcomings(trace: Trace, affinities: list[list[Affinity]]) -> None:
    entries = trace.entries

    def remedies(affinity: Affinity) -> bool:
        # related, or two words in common naming what both are about ("trả lời", "sinh viên")
        return (
            affinity.related_by_content or affinity.shared_objects >= 2
        ) and affinity.content_shared >= REMEDY_SHARED

    # among the shortcomings a result could mend, not a past one only stated ("Năm 2025 tôi
    # vắng 02 buổi …"): the remedy written after it is what a result answers
    shortcomings = [
        j
        for j, item_trace in enumerate(trace.items)
        if 5 in item_trace.item.parts and item_trace.item.due_part
    ]
    for i, found in _unanswered_candidates(trace, affinities, remedies):
        if 5 not in trace.items[i].item.parts:
            continue
        in_remedies = [(cover, e) for cover, e in found if entries[e].role == REMEDY]
        for _, e in sorted(in_remedies, reverse=True):
            if _closest(affinities, e, shortcomings) == i:
                trace.items[i].results = [e]
                break


# A result naming three of the item's words on what it is about in a row, which no other item
# of the commitment names together, reports on that very thing ("Đường bê tông ngõ 7 đã khởi
# công tháng 10/2026 …" for "Lấy ý kiến nhân dân về việc làm đường bê tông ngõ 7 …").
RUN_WORDS = 3


def _object_runs(terms: Terms | None) -> set[tuple[str, ...]]:
    if terms is None:
        return set()
    words = [w for w in terms.words if w in terms.objects]
    return {tuple(words[k : k + RUN_WORDS]) for k in range(len(words) - RUN_WORDS + 1)}


def _run_answers(trace: Trace, matcher: Matcher, affinities: list[list[Affinity]]) -> None:
    runs = [_object_runs(terms) for terms in matcher.items]
    held = Counter(run for item_runs in runs for run in item_runs)
    text_runs: dict[int, set[tuple[str, ...]]] = {}
    for i, item_trace in enumerate(trace.items):
        own = {run for run in runs[i] if held[run] == 1}
        if item_trace.results or item_trace.blank_rows or not own:
            continue
        for e, entry in enumerate(trace.entries):
            if e not in text_runs:
                text_runs[e] = _object_runs(matcher.texts[e]) if entry.text.strip() else set()
            if affinities[i][e].other_place:
                continue
            if own & text_runs[e] and item_trace.item.expected:
                item_trace.results = [e]
                break


# A result listing several items by a short name each, one of them answered by it as a whole
# ("… không bị lập biên bản lần nào về vùng cấm, mắt lưới, máy giám sát hành trình"; "Việc phụ
# đạo học sinh và thăm gia đình học sinh có cha mẹ đi biển …") answers each item it names: a
# member of its list ending in a name of two syllables or more that this item alone of the
# commitment holds ("vùng cấm", "phụ đạo") and no figure (the list's outcome is stated once for
# all), next to a member ending in another item's name.
_LIST_BREAK = re.compile(r"[;,]\s+|\s+và\s+")
NAME_SYLLABLES = 2


def _own_names(terms: Terms) -> set[str]:
    """The names a text gives what it is about: each of its words naming it of two syllables or
    more, each two such words in a row ("vùng cấm")."""
    words = [w for w in terms.words if w in terms.objects]
    names = {w for w in words if len(w.split()) >= NAME_SYLLABLES}
    names.update(f"{a} {b}" for a, b in itertools.pairwise(words))
    return names


@functools.lru_cache(maxsize=4096)  # asked of each piece again for every item left unanswered
def _end_names(piece: str) -> frozenset[str]:
    """The names a member of a list ends with: its last word naming what it is about, if of
    two syllables or more, and its last two such words."""
    terms = content_terms(piece)  # its words alone: no key term is asked of it
    words = [w for w in terms.words if w in terms.objects]
    if not words:
        return frozenset()
    ends = {" ".join(words[-2:])} if len(words) >= 2 else set()
    if len(words[-1].split()) >= NAME_SYLLABLES:
        ends.add(words[-1])
    return frozenset(ends)


def _listed_answers(trace: Trace, items: Sequence[Committed]) -> None:
    if all(item_trace.results or item_trace.blank_rows for item_trace in trace.items):
        return  # every item answered: no list left to read (most pairs)
    answering = {e for item_trace in trace.items for e in item_trace.results}
    split = {e: _LIST_BREAK.split(trace.entries[e].text) for e in answering}
    listed = {e: pieces for e, pieces in split.items() if len(pieces) >= 2}
    if not listed:
        return
    terms = [terms_of(item.promise or item.text) for item in items]
    # a place's or body's name says where, not which task ("Tân Hải" of "… xóa 02 điểm tập kết
    # rác tự phát ở bãi ngang Tân Hải" and of "bày hàng … trên đường Tân Hải")
    names = [_own_names(item_terms) - item_terms.names for item_terms in terms]
    # a name is an item's own when no other item has its words, as a name or not ("máy cắt"
    # of "Chấp hành đúng quy trình an toàn khi đứng máy cắt" is no task of teaching its use)
    spoken = [f" {' '.join(item_terms.words)} " for item_terms in terms]
    everyone = "\n".join(spoken)  # no name runs across a line: counted item by item at once
    own = [
        {name for name in item_names if everyone.count(f" {name} ") == spoken[i].count(f" {name} ")}
        for i, item_names in enumerate(names)
    ]
    for i, item_trace in enumerate(trace.items):
        if item_trace.results or item_trace.blank_rows or not own[i]:
            continue
        others = set().union(*(o for j, o in enumerate(own) if j != i))
        for e, pieces in sorted(listed.items()):
            if (
                any(
                    not re.search(r"\d", piece)  # a bare name, its outcome stated for the list
                    and own[i] & _end_names(piece)
                    and any(others & _end_names(p) for p in pieces[max(k - 1, 0) : k + 2])
                    for k, piece in enumerate(pieces)
                )
                and item_trace.item.expected
            ):
                item_trace.results = [e]
                break


class _StatedPast:
    """The shortcomings that state the past before their remedy ("Năm 2025 còn …; năm 2026 …"),
    and a matcher on their whole text against the results: made once, when first asked, for
    the steps that compare results with the past stated too."""

    def __init__(self, items: Sequence[Committed], entries: Sequence[ReviewEntry]) -> None:
        self.indices = [
            i for i, item in enumerate(items) if item.promise and item.promise != item.text
        ]
        self._items, self._entries = items, entries

    @functools.cached_property
    def matcher(self) -> Matcher:
        return Matcher(
            [item.text for item in self._items],
            [_without_extra_marker(entry.text) for entry in self._entries],
        )


def _remedies_of_stated_shortcomings(
    affinities: list[list[Affinity]], stated: _StatedPast, entries: Sequence[ReviewEntry]
) -> None:
    """A result under the report's heading on remedies answers a shortcoming that states the
    past before its remedy when it answers the whole of it: members name the shortcoming
    again, then what came of it ("Năm 2025 nộp kế hoạch bài dạy trễ 3 lần; năm 2026 không
    lần nào nộp trễ" for "… trễ 3 lần; năm 2026 nộp trước sáng thứ Hai hằng tuần")."""
    remedies = [e for e, entry in enumerate(entries) if entry.role == REMEDY and entry.text]
    if not stated.indices or not remedies:
        return
    for i in stated.indices:
        for e in remedies:
            if not affinities[i][e].answers:
                found = stated.matcher.affinity(i, e)
                if found.answers:
                    affinities[i][e] = found


def _related_to_stated_past(
    stated: _StatedPast, entries: Sequence[ReviewEntry], related: list[bool]
) -> None:
    """A result speaking of the past a shortcoming states before its remedy is related to it,
    though not to the remedy's words ("Sinh hoạt chi bộ đủ 12/12 kỳ, không đi làm ăn xa" for
    "Năm 2025 còn đi làm ăn xa nhiều tháng …; năm 2026 ở lại bản làm kinh tế, …"): the
    member wrote it for that shortcoming, not for nothing committed."""
    unrelated = [e for e, entry in enumerate(entries) if not related[e] and entry.text.strip()]
    if not stated.indices or not unrelated:
        return
    for e in unrelated:
        if any(
            (found := stated.matcher.affinity(i, e)).related and found.shared_objects > 0
            for i in stated.indices
        ):
            related[e] = True


def _primary_roles(sections: Sequence[ReviewSection]) -> frozenset[str]:
    """The roles of the sections where the commitment's results belong."""
    if any(section.role == COMMITMENT for section in sections):
        return frozenset({COMMITMENT})
    if sections:
        return frozenset({RESULTS})
    return frozenset({COMMITMENT})  # no heading at all: the whole body is the results


# Under a report's heading on results in general, with no heading on the commitment, the
# sub-headings by the commitment's parts ("I. KẾT QUẢ THỰC HIỆN" / "2. Về thực hiện chức trách,
# nhiệm vụ") still present the commitment's results; so do those headings alone in a report that
# has no heading on results either ("1. Tư tưởng, đạo đức", "2. Chức trách nhiệm vụ").
_PARTS_REPORTED = frozenset({DUTIES, REMEDY})


def _judged_sections(sections: Sequence[ReviewSection]) -> frozenset[int]:
    """The heading lines of the sections whose results are judged (0: the body before any
    heading, when there is none)."""
    if not sections:
        return frozenset({0})
    if any(section.role == COMMITMENT for section in sections):
        return frozenset(s.heading_line for s in sections if s.role == COMMITMENT)
    if not any(section.role in PRESENTING_ROLES for section in sections):
        return frozenset({0})  # results before the only headings ("Hạn chế", "Phương hướng …")
    if not any(section.role == RESULTS for section in sections):
        return frozenset(s.heading_line for s in sections if s.role in _PARTS_REPORTED)
    judged = set()
    for index, section in enumerate(sections):
        if section.role == RESULTS or (
            section.role in _PARTS_REPORTED and _under_results(sections, index)
        ):
            judged.add(section.heading_line)
    return frozenset(judged)


def _under_results(sections: Sequence[ReviewSection], index: int) -> bool:
    level = sections[index].level
    for before in reversed(sections[:index]):
        if before.level < level:
            if before.role == RESULTS:
                return True
            level = before.level
    return False


TOLD_AGAIN_SIMILAR, TOLD_AGAIN_COVER = 0.8, 0.4


def _told_again(affinity: Affinity) -> bool:
    """Most of the item told again in most of the result, in words segmented apart ("kể 02
    câu chuyện về Bác Hồ cho học sinh trong tiết sinh hoạt lớp" and "Kể chuyện về Bác Hồ 02 lần
    mỗi học kỳ trong tiết sinh hoạt lớp"): about the same thing, though no word naming it is
    the same word in both."""
    return (
        affinity.similarity >= TOLD_AGAIN_SIMILAR
        and min(affinity.item_cover, affinity.text_cover) >= TOLD_AGAIN_COVER
    )


def _judged(entry: ReviewEntry, judged: frozenset[int]) -> bool:
    # a results table's row before any heading ("Việc đã cam kết | Kết quả | Tự đánh giá"
    # under the title, the headings after it on ethics and difficulties) is judged too
    opening_table = entry.section == 0 and bool(entry.claimed)
    return (entry.section in judged or opening_table) and entry.part not in PLEDGE_PARTS


def trace_pair(pair: ReviewPair, items: list[Committed] | None = None) -> Trace:
    """The report's results matched with its commitment's items (`items`: those items, when
    already read: a commitment is traced against its member's two reports)."""
    trace = Trace(pair.report, pair.commitment, pair.declared)
    review = pair.report.outline.review
    if pair.commitment is None or review is None:
        return trace
    if items is None:
        items = committed_items(pair.commitment)
    entries = review.entries
    trace.unread = results_unread(review)
    matcher = Matcher([i.matched for i in items], [_without_extra_marker(e.text) for e in entries])
    trace.items = [ItemTrace(item) for item in items]
    claims, named_by = None, {}
    if any(entry.claimed for entry in entries):  # a results table, or titles over groups
        claims = Matcher([i.text for i in items], [e.claimed for e in entries])
        named_by = _claims(claims, items, entries)
    related = [False] * len(entries)
    field_only = [False] * len(entries)  # related only to an item naming nothing but its field
    best: dict[int, tuple[float, int]] = {}  # entry -> (affinity score, item) of its best item
    affinities = [[matcher.affinity(i, e) for e in range(len(entries))] for i in range(len(items))]
    asking = set(_requests(entries))  # "Đề nghị Ban sớm đưa phần mềm …": asked, not done
    for e in asking:
        for row in affinities:
            row[e] = NOTHING
    titled = {e for e, named in named_by.items() if entries[e].grouped and named and claims}
    for e in titled:  # the group's title names an item: answered unless on another item
        named_by[e] = {
            i
            for i in named_by[e]
            if _names_by_content(claims.affinity(i, e))  # type: ignore[union-attr]
            and not _on_another_item(affinities, i, e)
        }
    by_label = _named_by_labels(items, entries, affinities)
    for e, i in by_label.items():
        named_by.setdefault(e, set()).add(i)
    stated = _StatedPast(items, entries)
    _remedies_of_stated_shortcomings(affinities, stated, entries)
    for i, item_trace in enumerate(trace.items):
        scored = []
        item = item_trace.item
        general = set(item.parts) <= PLEDGE_PARTS
        for e, entry in enumerate(entries):
            affinity = affinities[i][e]
            named = i in named_by.get(e, ())
            if affinity is NOTHING and not named:
                continue  # most pairs: nothing in common, so neither tied nor answering
            # A task nobody can check ("Tuyên truyền sâu rộng các nghị quyết đến từng hộ dân
            # trong ấp") is answered, or a result tied to it, only by a word naming what it is
            # about, not by how, where or how many ("vận động … hộ … ấp"), or by its own words
            # copied back; the general pledges of parts 1, 2 and 4 have no other words ("Dự
            # sinh hoạt chi bộ đủ 6/6 kỳ").
            specific = (
                affinity.shared_objects > 0
                or general
                or affinity.text_cover >= COPIED
                or _told_again(affinity)
            )
            # an item naming its field only in the lexicon's words ("Tuyên truyền công tác dân
            # số") has no other word for what it is about: its field shared ties a result to it
            if named or (
                affinity.related and specific and not _about_another_aim(item.text, entry.text)
            ):
                related[e] = True
            elif affinity.related and _shares_only_field(matcher.items[i], matcher.texts[e]):
                field_only[e] = True
            answers = affinity.answers and (specific or item.expected)
            if answers and entry.role == QUALITIES and not general and _names_no_task(affinity):
                answers = False  # "đoàn kết với chị em hội viên": not "Kết nạp 12 hội viên mới"
            if answers and entry.role == SHORTCOMINGS and not affinity.shared_objects:
                # a shortcoming told of a task names what it is about ("Chưa viết được sáng
                # kiến kinh nghiệm …"); one sharing only "hồ sơ", "cơ sở" is about another
                answers = 5 in item.parts
            if answers and _other_contest(item.text, entry.text):
                answers = False  # "Hội thi Olympic Tiếng Việt" is not "Hội thi giáo viên …"
            if answers and _course_for_another_aim(item.promise or item.text, entry.text):
                answers = False  # the records' coverage is no course on the records' software
            if answers and e in by_label and not named and _partly(affinity, items[by_label[e]]):
                answers = False  # its label names another item: "Phòng cháy, chữa cháy: …"
            if named and not entry.text.strip():
                item_trace.blank_rows.append(e)
            elif named or (entry.text.strip() and answers):
                claim = claims.affinity(i, e) if claims is not None and entry.claimed else None
                score = max(affinity.score, claim.score if claim else 0.0)
                scored.append((score, e))
                if score > best.get(e, (-1.0, 0))[0]:
                    best[e] = (score, i)
        item_trace.results = [e for _, e in sorted(scored, key=lambda s: (-s[0], s[1]))]
    for e in titled:
        related[e] = True  # on the item its group's title names: not for nothing committed
    _related_to_stated_past(stated, entries, related)
    _drop_borrowed_answers(trace, affinities, matcher, named_by, best)
    _pair_closest(trace, affinities, best)
    _merged_answers(trace, affinities, matcher)
    _clause_answers(trace, affinities, matcher)
    _free_answers(trace, affinities, matcher)
    _remedied_shortcomings(trace, affinities)
    _run_answers(trace, matcher, affinities)
    _listed_answers(trace, items)
    for i, item_trace in enumerate(trace.items):
        for e in item_trace.results:  # given by a pass after the first: it answers that item
            best.setdefault(e, (affinities[i][e].score, i))
    primary = _primary_roles(review.sections)
    judged_sections = _judged_sections(review.sections)
    titles = {section.heading_line: section.title for section in review.sections}
    # a result under the report's heading on shortcomings mends one the commitment states, in
    # whatever words its remedy was (or was not) written: it is for nothing committed only
    # when the commitment states none
    remedying = any(5 in item.parts for item in items)
    # a result under the heading of a part whose items the commitment wrote as pledges alone
    # ("6. Thực hiện Nghị quyết": "Đóng góp vào mục tiêu xây dựng y tế cơ sở vững mạnh …") is
    # the member's account of that part, whatever it names
    pledged = _pledged_parts(items)
    for e, entry in enumerate(entries):
        extra = declared_extra(entry, titles)
        judged = _judged(entry, judged_sections) or extra == _UNDER_EXTRAS
        if not judged or not entry.text.strip() or e in asking:
            continue
        if extra and e in best and not affinities[best[e][1]][e].shared_objects:
            del best[e]  # "Ngoài ra, được phân công …" shares only "phân công" with a pledge
        if e in best:
            item = items[best[e][1]]
            # against what it commits to: the figures of the past a shortcoming states first
            # ("Năm 2025 còn 04 kỳ …; năm 2026 mỗi quý 01 kỳ …") are not the result's to repeat
            if restated(entry.text, item.promise or item.text, item.text) or _pledge_copied_back(
                entry, item, affinities[best[e][1]][e]
            ):
                trace.restated.append(e)
        elif ((related[e] or _duty_of_all(entry.text)) and not extra) or _kept_pledge(entry.text):
            continue
        elif restated(entry.text) and not states_award(entry.text):  # a prize is an outcome
            trace.restated.append(e)
        elif field_only[e] and not extra:
            continue
        elif remedying and (entry.part == 5 or entry.role == REMEDY) and not extra:
            continue  # what came of mending the shortcomings the commitment states
        elif entry.part in pledged and not extra:
            continue
        elif judge(entry.text).concrete or states_award(entry.text):
            trace.unmatched.append(e)
    trace.unsupported = _unsupported(trace, primary, judged_sections)
    return trace


def _names_no_task(affinity: Affinity) -> bool:
    """Whether a text shares with a task no word naming what the task is about and no key
    term: an ethics paragraph's syllables of other words ("kết" of "đoàn kết", "mới" of "đổi
    mới") make it look like the task, not answer it."""
    return not affinity.shared_objects and not affinity.keys


def _pledged_parts(items: Sequence[Committed]) -> frozenset[int]:
    """The parts of the commitment holding items, none of them due a result."""
    parts: dict[int, bool] = {}
    for item in items:
        for part in item.parts:
            parts[part] = parts.get(part, False) or item.expected
    return frozenset(part for part, due in parts.items() if not due)


# A report of which at least this many lines were left unread, more than the results read,
# was not understood: a layout the reader does not know (results under an unknown heading, a
# list before the headings it took for the writer's particulars).
UNREAD_LINES = 3


def results_unread(review: Review) -> bool:
    """Whether the report's layout was not understood. A report with no result read and no
    heading on results found is one too: its title unknown, the signature's label ("Đảng viên
    tự đánh giá") was taken for it and nothing above was read, so every item reported missing
    would be a false gap. Under a results heading found, nothing written is the writer's."""
    if not review.entries:
        return not any(section.role in PRESENTING_ROLES for section in review.sections)
    return len(review.unread) >= UNREAD_LINES and len(review.unread) > len(review.entries)


def _shares_only_field(item: Terms, text: Terms | None) -> bool:
    """An item naming nothing but its field ("Tuyên truyền công tác dân số") and a result in
    that field ("… 03 buổi nói chuyện chuyên đề về dân số …"): the field is all it is about."""
    return not item.objects and text is not None and bool(fields_of(item) & fields_of(text))


def _kept_pledge(text: str) -> bool:
    """A general pledge kept ("Luôn giữ gìn đoàn kết"): not judged. One that counts what was
    done ("Ủng hộ Quỹ phòng, chống thiên tai 500.000 đồng", "Giúp đỡ 02 hộ …") is a result."""
    return is_pledge(text) and not holds_figure(text)


def _duty_of_all(text: str) -> bool:
    """A result on what every member owes the cell ("Dự đủ 6/6 kỳ sinh hoạt chi bộ, đóng đảng
    phí đúng hạn"): attending the cell's meetings and paying one's dues, committed in words or
    not, are no result for nothing committed. Every piece of it must be one ("…, ủng hộ Quỹ
    vì người nghèo", "… và hiến máu 02 lần" are results; so are collecting the cell's dues
    and writing for its meetings)."""
    pieces = [p for piece in clauses(text) or [text] for p in _AND.split(piece) if p.strip()]
    return bool(pieces) and all(_member_duty().match(fold(piece)) for piece in pieces)


_AND = re.compile(r"\s+và\s+")


@functools.cache
def _member_duty() -> re.Pattern[str]:
    acts, duties = _words_of("member_duty_acts"), _words_of("member_duties")
    lapses = _words_of("member_duty_lapses")
    # one of the acts, a duty after it or opening with it ("Sinh hoạt chi bộ đủ 6/6 kỳ"); or no
    # lapse of one ("không có tháng nào đóng trễ")
    return re.compile(
        rf"^\W*(?:(?=(?:{acts})\b)[^;]*?\b(?:{duties})\b|không\b[^;]*?\b(?:{lapses})\b)"
    )


def _pledge_copied_back(entry: ReviewEntry, item: Committed, affinity: Affinity) -> bool:
    """A duty's own pledge-worded words given back as its result ("Giữ vững danh hiệu" for
    "Xây dựng tổ dân phố văn hóa; giữ vững danh hiệu"): a restatement, though the same words
    kept as a general pledge of parts 1, 2 and 4 are not judged; and a pledge-worded result
    answering a duty that is none ("Thực hiện đúng quy trình 5 đúng …" for "Thực hiện thuốc
    đúng 5 đúng, không để xảy ra sai sót"), judged like any result."""
    return (
        not set(item.parts) <= PLEDGE_PARTS
        and (affinity.text_cover >= COPIED or not is_pledge(item.text))
        and is_pledge(entry.text)
        and not has_evidence(entry.text, item.promise or item.text)
    )


@functools.cache
def _extra_markers() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    markers = sorted(
        (fold(m) for m in resources.data("review_terms")["extra_markers"]), key=len, reverse=True
    )
    words = "|".join(re.escape(m) for m in markers)
    phrases = "|".join(re.escape(m) for m in markers if " " in m)
    opening = re.compile(rf"^[\W\d]*(?:(?:{words})\s*[,:;–-]|ngoài\s+(?:ra|các|những)\b)")
    return opening, re.compile(rf"\b(?:{phrases})\b"), frozenset(markers)


def _extra_cell(claimed: str) -> bool:
    """A results-table row's claimed cell that presents the row as beyond the commitment: a
    marker ("Việc khác"), or a cell opening on one of more than a word ("Nhiệm vụ phát sinh
    ngoài cam kết")."""
    _, in_title, cells = _extra_markers()
    cell = fold(claimed).strip(" .:;-–")
    found = in_title.match(cell)
    return cell in cells or found is not None


_UNDER_EXTRAS = "heading"


def _without_extra_marker(text: str) -> str:
    """A result less the words announcing it as extra ("Việc làm thêm: …" shares no "việc" with
    an item's "vụ việc")."""
    found = _extra_markers()[0].match(fold(text))
    return text[found.end() :] if found else text


def declared_extra(entry: ReviewEntry, titles: dict[int, str]) -> str:
    """How a result is presented as beyond the commitment, if it is: "line" ("Ngoài ra, …", a
    table row claiming "Việc khác"), "heading" (a line under "Những việc làm thêm", judged
    whatever the heading's role), else ""."""
    opening, in_title, _ = _extra_markers()
    if entry.claimed and not entry.grouped:  # a table row's cell, not a group's title
        return "line" if _extra_cell(entry.claimed) else ""
    if in_title.search(fold(titles.get(entry.section, ""))):
        return _UNDER_EXTRAS
    return "line" if opening.match(fold(entry.text)) else ""


def _evidence_pool(trace: Trace, judged: frozenset[int]) -> Iterator[int]:
    """The results the commitment's rating rests on: those in the section on the commitment,
    then those answering the items a result is due for (whether an item is due is asked only
    of an item with a result, the vague judgement being the slow part)."""
    seen = set()
    for e, entry in enumerate(trace.entries):
        if _judged(entry, judged) and entry.text.strip():
            seen.add(e)
            yield e
    for item in trace.items:
        if item.results and item.item.due_part and item.item.expected:
            for e in item.results:
                if e not in seen and trace.entries[e].text.strip():
                    seen.add(e)
                    yield e


def _unsupported(
    trace: Trace, primary: frozenset[str], judged: frozenset[int]
) -> list[Rating | ReviewEntry]:
    """High self-ratings with no evidence under them: a results table's row rated "Tốt" whose
    result restates; the rating of the section on the commitment (else the report's own
    rating) when none of the commitment's results carries evidence."""
    review = trace.report.outline.review
    if review is None:
        return []
    found: list[Rating | ReviewEntry] = []
    restated_rows = set(trace.restated)
    for e, entry in enumerate(trace.entries):
        if entry.rating in HIGH_LEVELS and (e in restated_rows or not entry.text.strip()):
            found.append(entry)
    ratings = (
        [r for r in review.ratings if r.role in primary]
        or [r for r in review.ratings if r.role not in (RESULTS,) and r.role not in _NEIGHBOURS]
        or _closing_rating(review)
    )
    high = [r for r in ratings if r.level in HIGH_LEVELS]
    if not high:
        return found
    pool = _evidence_pool(trace, judged)
    first = next(pool, None)
    if first is None:
        return found  # no result at all: nothing to judge the rating on
    if any(e not in restated_rows and _supports(trace, e) for e in itertools.chain([first], pool)):
        return found
    return found + high[:1]


_NEIGHBOURS = frozenset({"duties", "qualities", "shortcomings", "remedy"})


def _closing_rating(review: Review) -> list[Rating]:
    """The report's one rating, under its last part, when no heading on results or on the
    commitment says what it rates ("6. Về thực hiện Nghị quyết …" / "- …" / "Tự đánh giá: Hoàn
    thành tốt các nội dung đã cam kết."): it closes the report and rates all of it, not that
    part (a form rating each part rates more than one)."""
    if len(review.ratings) != 1 or not review.sections:
        return []
    (rating,) = review.ratings
    last = max(section.heading_line for section in review.sections)
    return [rating] if rating.section == last else []


def _supports(trace: Trace, entry: int) -> bool:
    """A result counts as evidence when it says something of its own."""
    text = trace.entries[entry].text
    return has_evidence(text) or judge(text).concrete


def trace_all(
    documents: Sequence[Document], declared: Sequence[tuple[Path, Path]] = ()
) -> list[Trace]:
    """Every member's report in the batch, traced against its commitment."""
    return [trace_pair(pair) for pair in link(documents, declared)]
