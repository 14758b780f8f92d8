"""A document's kind (DESIGN.md: commitment, plan, report, other), from its title and, where
a title alone misleads, from what the document holds.

- commitment: "BẢN CAM KẾT …", "BẢN ĐĂNG KÝ …" — unless it is an article, guidance or news
  piece that merely opens on those words: no part of the template, no field naming the writer,
  no signature of the one committing, no pledge in the first person, and running prose
  (`reads_as_article`).
- plan: "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", and a cell's or committee's resolution on a year's
  tasks ("NGHỊ QUYẾT" / "về nhiệm vụ năm 2025"): members' commitments implement it as they
  implement a plan. A resolution of one meeting ("Kỳ họp chi bộ tháng 02 năm 2023") is other.
- report: what looks back on the commitments: "BÁO CÁO …" (also "BÁO CÁO sơ kết …" and a
  one-line "Báo cáo tổng kết … thực hiện cam kết"), "BẢN KIỂM ĐIỂM", "BẢN TỰ KIỂM ĐIỂM", a
  cell's "PHIẾU BÁO CÁO …", a member's "BẢN TỰ ĐÁNH GIÁ …", a chat message opening "Dạ em
  gửi chi bộ báo cáo thực hiện cam kết …".
- other: anything else. A title of another document type in capitals (THÔNG BÁO, TỜ TRÌNH,
  BIÊN BẢN, GIẤY MỜI, QUYẾT ĐỊNH, HƯỚNG DẪN, …) ends the search: a sentence below it that
  starts "Bản cam kết …" does not make a guidance text a commitment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from linter.citations import SYMBOL
from linter.columns import segment_texts
from linter.document import Line
from linter.outline import HEADER_ZONE, writer_marks
from linter.own_date import CHAT_STAMP
from linter.read.normalize import fold, mostly_upper, unaccented
from linter.read.reflow import BULLET

_COMMITMENT_TITLES = (
    "bản cam kết",
    "cam kết tu dưỡng",
    "cam kết năm",  # "CAM KẾT NĂM 2026 – ĐẢNG VIÊN …"
    "cam kết rèn luyện",
    "bản tự cam kết",
    "bản đăng ký",
    "phiếu đăng ký",
    "bản đăng kí",
)
_PLAN_TITLES = ("kế hoạch", "chương trình hành động")
_RESOLUTION = "nghị quyết"
# "PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT …": a cell's own form for the 6-month report;
# "BẢN TỰ ĐÁNH GIÁ SƠ KẾT 6 THÁNG …", a member's own title for it.
_REPORT_TITLES = (
    "báo cáo",
    "bản kiểm điểm",
    "bản tự kiểm điểm",
    "phiếu báo cáo",
    "phiếu kiểm điểm",
    "phiếu tự kiểm điểm",
    "bản tự đánh giá",
    "phiếu tự đánh giá",
    # "PHIẾU ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026": a cell's own form
    "phiếu đánh giá",
    "phiếu sơ kết",  # "PHIẾU SƠ KẾT 6 THÁNG THỰC HIỆN BẢN CAM KẾT …": a cell's own form
    "phiếu tổng kết",
    "bảng sơ kết",  # "BẢNG SƠ KẾT 6 THÁNG ĐẦU NĂM 2026": a cell's table form
    "bảng tổng kết",
    "bảng tự đánh giá",
    # "SƠ KẾT 6 THÁNG THỰC HIỆN BẢN ĐĂNG KÝ CAM KẾT NĂM 2026": the review named by its kind
    "sơ kết",
    "tổng kết",
    # "KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026": the report titled by its topic alone
    # (as far as a narrow page's wrapped first line keeps it: "KẾT QUẢ THỰC HIỆN CAM")
    "kết quả thực hiện cam",
    "kết quả thực hiện bản cam",
)
_OTHER_TITLES = (
    "thông báo",
    "tờ trình",
    "biên bản",
    "giấy mời",
    "quyết định",
    "hướng dẫn",
    "công văn",
    "thông tri",
    "quy định",
    "đề án",
    "giấy giới thiệu",
)
# A report's title in running case, on one line: "Báo cáo sơ kết 6 tháng thực hiện cam kết",
# "Báo cáo 6 tháng thực hiện cam kết năm 2026" (a chat message), "Bản kiểm điểm cá nhân năm 2025".
_REPORT_TOPIC = re.compile(
    # (on a form, "Phiếu báo cáo sơ kết 6 tháng …", in small letters as a web form names it)
    r"^(?:(?:phiếu )?báo cáo (?:sơ kết|tổng kết|kết quả|kiểm điểm|tự kiểm điểm|đánh giá|(?:6|06|sáu) tháng"
    r"|thực hiện (?:bản )?cam kết)"
    r"|bản (?:tự )?kiểm điểm"
    # an online form's heading under its name: "Sơ kết 6 tháng thực hiện cam kết … năm 2026"
    r"|(?:sơ kết|tổng kết) (?:(?:6|06|sáu) tháng|năm \d{4}|thực hiện (?:bản )?cam kết)"
    # a web form named by what the member does: "Đảng viên tự đánh giá kết quả thực hiện cam
    # kết 6 tháng đầu năm 2026"
    # (as far as a narrow page's wrapped lines keep it: "Đảng viên tự đánh giá")
    r"|đảng viên tự đánh giá|tự đánh giá (?:kết quả )?(?:việc )?thực hiện"
    # a cell's sheet tracking the commitment: "PHIẾU THEO DÕI TIẾN ĐỘ THỰC HIỆN BẢN CAM KẾT"
    r"|(?:phiếu |bảng |sổ )?theo dõi (?:tiến độ |kết quả )?(?:việc )?thực hiện (?:bản )?"
    r"(?:đăng ký )?cam kết)\b"
)
# A report sent as a chat message, its first sentence saying what it sends ("Dạ em gửi chi bộ
# báo cáo thực hiện cam kết 6 tháng đầu năm 2026 ạ."): that sentence is its title.
# The writer sending what follows ("Dạ em gửi …", "Tôi xin nộp …"), folded: also the note on
# sending above a report's results (linter.trace.reading).
SENDING = r"^(?:dạ\s+)?(?:em|tôi|cháu|con)\s+(?:xin\s+)?(?:gửi|nộp)\b"
SENDING_NOTE = re.compile(SENDING)
_SENT_REPORT = re.compile(
    SENDING + r"[^.!?]{0,40}?"
    r"\b(?:báo cáo(?:\s+(?:sơ kết|tổng kết|kết quả|thực hiện|(?:6|06|sáu) tháng)|(?:\s+\S+)?\s*$)"
    r"|bản (?:tự )?kiểm điểm)"
)  # (or its line wrapped right after "báo cáo": "Dạ em gửi chi bộ báo cáo thực" / "hiện …")
_TITLE_WORDS = 20  # a title line is short; a longer line is a sentence
_SHORT_TITLE = 4  # "Kế hoạch", "Báo cáo năm 2025": a title whatever its case

# A resolution on a year's tasks: "… nhiệm vụ năm 2025", or a year and no month, quarter or meeting.
_YEAR_TASKS = re.compile(r"(?:nhiệm vụ|phương hướng|chỉ tiêu|mục tiêu)\b[^.;]{0,60}?\bnăm \d{4}\b")
_YEAR = re.compile(r"\bnăm \d{4}\b")
_ONE_MEETING = re.compile(r"\b(?:tháng|quý|kỳ họp|phiên họp|chuyên đề)\b")
_SUBTITLE_LINES = 3
_NOT_SUBTITLE = re.compile(r"^(?:căn cứ|thực hiện|kính gửi|ngày|hôm nay|vào lúc)\b")


def _typed(text: str, key: str, titles: tuple[str, ...]) -> bool:
    """`text` starts with one of `titles` written as a title: in capitals (the whole line or
    the type's own words: "BÁO CÁO sơ kết …"), or a line of a few words."""
    for title in titles:
        if key.startswith(title):
            return (
                mostly_upper(text)
                or len(key.split()) <= _SHORT_TITLE
                or not any(char.islower() for char in text.lstrip(" *#:")[: len(title)])
            )
    return False


_TITLE_SEPARATOR = re.compile(r"\s+[-–—|]\s+")


def _merged_commitment_title(text: str) -> bool:
    """A header and the title on one line, as pasted ("CHI BỘ HTX … - BẢN CAM KẾT NĂM 2026"):
    a part after a dash that is a commitment title written in capitals."""
    parts = _TITLE_SEPARATOR.split(text)
    return any(
        mostly_upper(part) and fold(part).strip(" *#:[]()").startswith(_COMMITMENT_TITLES)
        for part in parts[1:]
    )


# "BIỂU MẪU SƠ KẾT 6 THÁNG": a form named by what it is for
# (a cell's own sheet: "PHIẾU ĐẢNG VIÊN TỰ ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CAM KẾT" over "6 THÁNG ĐẦU
# NĂM 2026")
_FORM_WORD = re.compile(r"^\s*(?:BIỂU MẪU|MẪU|PHIẾU)\s+(?=\S)")


def _title_kind(text: str) -> str | None:
    """The kind a title line names: commitment, plan, report, resolution, other; None when the
    line is no title."""
    key = fold(text).strip(" *#:[]()")
    if key.startswith(_COMMITMENT_TITLES) or _merged_commitment_title(text):
        return "commitment"
    if SYMBOL.search(text) or re.search(r"\bsố\b", key):
        return None  # "Kế hoạch số 12-KH/ĐU …" is a citation, not a title
    if _typed(text, key, _PLAN_TITLES):
        return "plan"
    if _typed(text, key, (_RESOLUTION,)):
        return "resolution"
    if _typed(text, key, _REPORT_TITLES):
        return "report"
    # the title's length before a dash naming the writer ("… năm 2026 - đ/c Phan Minh Trí, Bí
    # thư Chi đoàn ấp Phú Lợi", a chat message's first line)
    title = _TITLE_SEPARATOR.split(key, maxsplit=1)[0]
    sentence = key.endswith(".") or len(title.split()) > _TITLE_WORDS
    if (_REPORT_TOPIC.match(key) and not sentence) or _SENT_REPORT.match(key):
        return "report"
    if mostly_upper(text) and key.startswith(_OTHER_TITLES) and not sentence:
        return "other"
    form = _FORM_WORD.sub("", text)
    if form != text and mostly_upper(text):  # "BIỂU MẪU SƠ KẾT 6 THÁNG" on a line of its own
        kind = _title_kind(form)
        if kind in ("plan", "report"):
            return kind
    return _merged_title_kind(text)


def _merged_title_kind(text: str) -> str | None:
    """A plan's or report's title in capitals after a dash, the line's first part naming the
    system or form it was typed in ("HỆ THỐNG QUẢN LÝ ĐẢNG VIÊN - PHIẾU BÁO CÁO KẾT QUẢ THỰC HIỆN
    CAM KẾT", "BIỂU MẪU TRỰC TUYẾN - BÁO CÁO SƠ KẾT 6 THÁNG …", "… - BIỂU MẪU SƠ KẾT 6 THÁNG")."""
    for part in _TITLE_SEPARATOR.split(text)[1:]:
        # the part as written first: "PHIẾU KIỂM ĐIỂM TRỰC TUYẾN" names a report with its form
        kind = (
            _title_kind(part) or _title_kind(_FORM_WORD.sub("", part))
            if mostly_upper(part)
            else None
        )
        if kind in ("plan", "report"):
            return kind
    return None


def _subtitle(lines: Sequence[Line], title_line: int) -> str:
    """The title line and the few lines under it that complete it, folded."""
    texts = [lines[title_line - 1].clean]
    for line in lines[title_line : title_line + _SUBTITLE_LINES]:
        key = fold(line.clean)
        if not key or _NOT_SUBTITLE.match(key) or SYMBOL.search(line.clean):
            break
        texts.append(line.clean)
    return fold(" ".join(texts))


def _resolution_kind(lines: Sequence[Line], title_line: int) -> str:
    """A resolution on a year's tasks is a plan; one of a monthly meeting is other."""
    subtitle = _subtitle(lines, title_line)
    if _YEAR_TASKS.search(subtitle):
        return "plan"
    if _YEAR.search(subtitle) and not _ONE_MEETING.search(subtitle):
        return "plan"
    return "other"


# A message copied from a chat with its stamp and sender ("[08:14, 02/07/2026] Y Ngông Ayŭn: ",
# "[29/06/2026 20:14] Đặng Văn Lương: "): what follows is the message's own first line.
_CHAT_STAMP = re.compile(CHAT_STAMP + r"\s*([^:\[\]]{1,40}):\s*")
_OPEN_STAMP = re.compile(CHAT_STAMP + r"[^:]*$")  # the sender's name wrapped onto the next line


def _past_chat_stamp(lines: Sequence[Line], index: int, text: str) -> str:
    """The text of a line without a chat message's stamp and sender, read on to the next line
    when a narrow page wrapped the sender's name ("[08:14, 02/07/2026] Y Ngông" / "Ayŭn: Báo
    cáo 6 tháng thực")."""
    if _OPEN_STAMP.match(text) and index + 1 < len(lines):
        text = f"{text} {lines[index + 1].clean}"
    return _CHAT_STAMP.sub("", text, count=1)


def chat_sender(text: str) -> str | None:
    """The sender of a message copied from a chat with its stamp ("[08:14, 02/07/2026] Y Ngông
    Ayŭn: Báo cáo 6 tháng …"): a report sent so is signed by it."""
    found = _CHAT_STAMP.match(text)
    return found.group(1).strip() if found else None


# A web form's printout names the form on its first line ("Biểu mẫu: Báo cáo sơ kết 6 tháng
# thực hiện cam kết năm 2026 – Chi bộ …"): the value is the document's title, in whatever case.
# The party's member app prints its name first ("SỔ TAY ĐẢNG VIÊN - BÁO CÁO THỰC HIỆN CAM KẾT").
_FORM_NAME = re.compile(
    r"^\s*(?:(?:tên\s+)?(?:biểu mẫu|mẫu phiếu|tên phiếu|mẫu)(?:\s+(?:trực tuyến|điện tử|online))?\s*:"
    r"|sổ tay đảng viên(?: điện tử)?\s*[-–—:])\s*"
)


# What an online form prints over the answers it sends back, under the form's name: its
# receipt ("Câu trả lời của bạn đã được ghi lại", "Cảm ơn bạn đã điền thông tin. Dưới đây là bản
# sao câu trả lời …"), its timestamp's label.
FORM_RECEIPT = re.compile(
    r"^(?:câu trả lời của bạn đã được ghi lại|bản sao câu trả lời|cảm ơn bạn đã (?:điền|gửi|trả lời)"
    r"|dấu thời gian\s*$)"
)


def _past_form_name(text: str, following: str = "", over_receipt: bool = False) -> str:
    """A form's name given as its title, written as a title is (in capitals); read on into
    the next line when a narrow page cut it ("Biểu mẫu: Bản kiểm" / "điểm cá nhân năm 2026").
    A form's name over its receipt is its title in whatever case ("Phiếu sơ kết 6 tháng …")."""
    key = fold(text)
    if over_receipt:
        return text.upper()
    found = _FORM_NAME.match(key)
    if not found:
        return text
    title = key[found.end() :]
    if following and len(title.split()) < _SHORT_TITLE:
        title = f"{title} {fold(following)}"
    return title.upper()


# A form's name may wrap onto a few lines before its receipt (a narrow page).
_RECEIPT_REACH = 5


def _receipt_below(lines: Sequence[Line], index: int) -> bool:
    below = lines[index + 1 : index + 1 + _RECEIPT_REACH]
    return any(FORM_RECEIPT.match(fold(line.clean).strip()) for line in below)


# An e-mail's subject ("Tiêu đề: Báo cáo 6 tháng thực hiện cam kết - Hầu Thị Say"): the title
# when the mail itself carries none.
_SUBJECT = re.compile(r"^\s*(?:tiêu đề|subject|chủ đề)\s*:\s*")


def _subject_kind(text: str) -> str | None:
    found = _SUBJECT.match(fold(text))
    if not found:
        return None
    subject = text[found.end() :]
    kind = _title_kind(subject.upper())
    if kind is None and subject.isascii():  # typed without marks: "Bao cao 6 thang …"
        kind = _unmarked_title_kind(fold(subject).strip(" *#:[]()"))
    return kind if kind in ("commitment", "plan", "report") else None


def _unmarked_title_kind(key: str) -> str | None:
    """The kind a title typed without marks names ("bao cao 6 thang …"), folded."""
    for titles, kind in _UNMARKED_TITLES:
        if key.startswith(titles):
            return kind
    return None


_UNMARKED_TITLES = tuple(
    (tuple(unaccented(title) for title in titles), kind)
    for titles, kind in (
        (_COMMITMENT_TITLES, "commitment"),
        (_PLAN_TITLES, "plan"),
        (_REPORT_TITLES, "report"),
    )
)


def detect_kind(lines: Sequence[Line]) -> tuple[str, int | None]:
    """Kind from the first title-like line, and that line's number; an e-mail's subject only
    when no other line is a title."""
    subject: tuple[str, int] | None = None
    for index, line in enumerate(lines[:HEADER_ZONE]):
        following = lines[index + 1].clean if index + 1 < len(lines) else ""
        by_subject = _subject_kind(line.clean)
        if by_subject:
            subject = subject or (by_subject, line.number)
            continue
        receipt = _receipt_below(lines, index)
        for _, text in segment_texts(line):
            stamped = _past_chat_stamp(lines, index, text)
            kind = _title_kind(_past_form_name(stamped, following, receipt))
            if kind == "resolution":
                return _resolution_kind(lines, line.number), line.number
            if kind:
                return kind, _title_under_sending(lines, index, kind) or line.number
    return subject or ("other", None)


_UNDER_SENDING = 3  # lines below a chat's note on sending where its report's own title may be


def _title_under_sending(lines: Sequence[Line], index: int, kind: str) -> int | None:
    """The report's own title under a chat's note on sending it ("Dạ em gửi chị … báo cáo 6
    tháng cam kết của em ạ." over "BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM 2026"):
    the note names the report, the title heads it."""
    if not SENDING_NOTE.match(fold(lines[index].clean.strip())):
        return None
    for line in lines[index + 1 : index + 1 + _UNDER_SENDING]:
        text = line.clean.strip()
        if text and not SENDING_NOTE.match(fold(text)) and _title_kind(text) == kind:
            return line.number
    return None


# --- an article that mentions commitments ----------------------------------------------------

_PLEDGE = re.compile(r"\btôi\s+(?:xin\s+)?(?:cam kết|đăng ký|hứa)\b|\bbản thân tôi\b")
_LIST_MARK = re.compile(r"^\s*(?:" + BULLET + r"|\(?\d{1,2}[.)]|\(?[a-zđ][.)]\s|[ivx]{1,4}[.)])")
PROSE_WORDS = 120  # an article says more than this; a short note stays what its title says
LIST_SHARE = 1 / 3  # at most this share of an article's lines start as list items


def _running_prose(lines: Sequence[Line]) -> bool:
    texts = [line.clean for line in lines if line.clean.strip()]
    words = sum(len(text.split()) for text in texts)
    listed = sum(1 for text in texts if _LIST_MARK.match(text))
    return words >= PROSE_WORDS and listed < LIST_SHARE * len(texts)


def reads_as_article(lines: Sequence[Line], title_line: int | None) -> bool:
    """A document titled like a commitment that is none: nothing in it is a commitment's (the
    caller has found no part of the template) — no field naming the writer, no signature of
    the one committing, no pledge in the first person — and what follows the title is running
    prose, not a list of commitments."""
    body = lines[title_line or 0 :]
    if writer_marks(lines):
        return False
    # the lines joined: a hard-wrapped "… tôi xin" / "đăng ký …" is still a pledge
    if _PLEDGE.search(fold(" ".join(line.clean for line in lines))):
        return False
    return _running_prose(body)
