"""A member's report read for what it says about the commitment: its period, its sections by
role, the results it reports (bullets, paragraphs, rows of a results table) and its
self-ratings. Runs in the per-document stage, on the lines parse has already framed.

A report is a member's own when it names its writer (a "Họ và tên:" field, or a name under
"NGƯỜI TỰ KIỂM ĐIỂM" / "NGƯỜI BÁO CÁO") and is not signed on behalf of a body ("T/M CHI BỘ"):
a cell's 6-month summary is read for its period only.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from linter.columns import segment_texts
from linter.document import Item, Line, make_line
from linter.kinds import FORM_RECEIPT, SENDING_NOTE, chat_sender
from linter.own_date import Found, place_date
from linter.read.normalize import fold, mostly_upper
from linter.read.reflow import (
    BULLET,
    FULL,
    HEADING_FULL,
    Layout,
    continues,
    goes_on_sentence,
    is_page_furniture,
    opens_item,
)
from linter.sections import Part, collect_items, default_parts, numbering_end
from linter.trace.headings import (
    CLAIM_LABEL,
    RESULT_LABEL,
    FoundHeading,
    HeadingSpec,
    blank_result,
    effective_roles,
    find_headings,
    headings_of,
    ordinal,
)
from linter.trace.link import name_key
from linter.trace.model import (
    COMMITMENT,
    DONE,
    EXCELLENT,
    GOOD,
    MIDYEAR,
    NOT_DONE,
    PLEDGE_PARTS,
    PRESENTING_ROLES,
    RATING,
    RESULT_ROLES,
    YEAREND,
    Rating,
    Review,
    ReviewEntry,
    ReviewSection,
)
from linter.trace.terms import named_group_spans

_SUBTITLE_LINES = 3
_FIELD_REACH = 15  # the writer's particulars are in the first lines of the body
# A field's label is followed by its colon ("Chi bộ: …", "Họ và tên đảng viên: …"); a result
# may open with the same words ("- Chi bộ sinh hoạt đúng ngày 18 hằng tháng (6/6 kỳ) …").
_FIELD = re.compile(
    r"^[-+•*–·\s]*(?:(?:họ và tên|họ, tên|họ tên|chức vụ|chức danh|đơn vị|chi bộ|ngày sinh"
    r"|sinh ngày|nhiệm vụ được giao|công việc được giao|người báo cáo|người viết báo cáo"
    r"|người tự kiểm điểm|người kiểm điểm|kính gửi)[^:]{0,20}:|năm \d{4}$"
    # the year a form asks for ("Năm kiểm điểm (*): 2026"; its "Kỳ báo cáo: 6 tháng …" tells
    # the period, read with the title)
    r"|năm (?:kiểm điểm|báo cáo|đánh giá)[^:]{0,8}:"
    # the member named as such under the title ("Đảng viên: Ngô Thị Bảo Ngọc - giáo viên …"),
    # not a result on members ("Đảng viên mới: kết nạp 02 đồng chí")
    r"|đảng viên(?:\s+(?:dự bị|chính thức))?\s*:|tên\s*:"
    # the writer introducing himself ("Tôi tên Nguyễn Văn Mười, sinh năm 1967, …", "Tên tôi
    # là: Phạm Văn Long", "Tôi là: Phạm Thị Lan")
    r"|tôi tên\s*[:\s]|tên tôi là\b|tôi là\s*:"
    # the member addressed as a comrade ("Đ/c: Cao Văn Tiến - TPT Đội")
    r"|đ/c\s*:|đồng chí\s*:)"
)
_MIDYEAR = re.compile(
    r"\b(?:6|06|sáu)\s+tháng\b|\bsơ kết\b|\bgiữa năm\b|\bnửa đầu năm\b|\bhọc kỳ i\b"
)
# The same in a title typed without marks (an e-mail's subject: "Bao cao 6 thang …"); "sau
# thang" left out, as it may be "sau tháng" (after the month).
_UNMARKED_MIDYEAR = re.compile(
    r"\b(?:6|06)\s+thang\b|\bso ket\b|\bgiua nam\b|\bnua dau nam\b|\bhoc ky i\b"
)
_LABEL = re.compile(r"^[^:]{1,20}:\s*")
# Signed on behalf of a body: the report is the body's, not one member's.
_ON_BEHALF = re.compile(r"^\s*(?:t/m|tm[\s.]|thay mặt)", re.IGNORECASE)
# The block that closes a report: signature, confirmation, comments of the cell.
_CLOSING = re.compile(
    r"^(?:người tự kiểm điểm|người kiểm điểm|người báo cáo|người viết báo cáo|người làm báo cáo"
    r"|đảng viên tự kiểm điểm|\(?ký,? ghi rõ họ tên|\(?ký tên|xác nhận|nhận xét,? đánh giá của"
    r"|ý kiến (?:nhận xét )?của|t/m|tm[\s.]|nơi nhận|chi ủy xác nhận"
    # a report sent in a chat: its sign-off ("Em báo cáo vậy, có gì thiếu anh góp ý …",
    # "Trên đây là báo cáo …")
    r"|(?:em|tôi|cháu|con)\s+(?:xin\s+)?báo cáo\s+(?:vậy|như trên|đến đây)\b"
    r"|trên đây là (?:bản |báo cáo|kết quả))"
)
# An e-mail's sign-off on a line of its own ("Trân trọng," over the sender's name and post):
# the closing block when little follows it (a mail's opening ends with it too).
_SIGN_OFF = re.compile(r"^(?:trân trọng|kính thư|thân ái)\s*[,.!]?\s*$")
_AFTER_SIGN_OFF = 3
# "Tự đánh giá: Hoàn thành tốt", "2. Xếp loại đảng viên: Hoàn thành xuất sắc nhiệm vụ".
_RATING_LABEL = re.compile(
    r"(?:tự đánh giá|tự xếp loại|tự nhận(?: mức)?(?: xếp loại)?|xếp loại(?: chất lượng)?"
    r"(?: đảng viên| cán bộ)?|mức xếp loại|mức độ hoàn thành|đánh giá chung)"
    r"[^:]{0,40}?:\s*(?P<rest>.+)$"
)
# The writer's own summary under its label, whatever it says ("- Tự đánh giá: thực hiện đầy đủ
# các nội dung đã cam kết, nhiều nội dung vượt chỉ tiêu"): a self-rating with no level, no result.
_SELF_ASSESSMENT = re.compile(
    r"^[\W\d]*(?:tự đánh giá|tự nhận xét|tự xếp loại|tự nhận mức"
    # the writer's summing up under a table of results ("Nhận xét chung: Cơ bản thực hiện đúng
    # tiến độ các nội dung cam kết; việc đối chiếu công nợ chưa xong …")
    r"|nhận xét chung|đánh giá chung)[^:]{0,40}?:"
)
# A sentence of the writer's own rating, wherever it stands ("Em tự đánh giá 6 tháng hoàn thành
# tốt ạ.", "Bản thân tự xếp loại: …").
_RATES_ONESELF = re.compile(
    r"^[\W\d]*(?:em|tôi|bản thân|cá nhân)?\s*(?:tự đánh giá|tự xếp loại|tự nhận)\b(?=.{0,80}$)"
)
# The same said in a sentence of the rating section, with no colon.
_SELF_RATED = re.compile(
    r"\b(?:tự đánh giá|tự xếp loại|tự nhận(?: mức)?(?: xếp loại)?)\s+(?:là\s+|ở mức\s+)?(?P<rest>.+)$"
)
_LEVELS = (
    (NOT_DONE, re.compile(r"\b(?:không hoàn thành|chưa hoàn thành|không đạt|kém)\b")),
    (EXCELLENT, re.compile(r"\bxuất sắc\b")),
    (GOOD, re.compile(r"\btốt\b")),
    (DONE, re.compile(r"\bhoàn thành\b|\btrung bình\b|\bkhá\b|\bđạt\b")),
)
# A blank form's choices ("Xuất sắc / Tốt / Trung bình / Kém") are no rating.
_CHOICES = re.compile(
    r"\bxuất sắc\s*[/;,]\s*(?:hoàn thành\s+)?tốt\b|\btốt\s*[/;,]\s*(?:hoàn thành|trung bình)\b"
)
_RATING_WORDS = 12  # a line in the rating section that is a rating is short
# A line that only leads in to what follows: "… như sau:", and the writer's opening sentence
# ("Tôi tên Lê Văn Hòa, đảng viên …. Qua 6 tháng đầu năm, tôi tự kiểm điểm … như sau.").
_LEAD_IN = re.compile(r":\s*$|\b(?:như sau|sau đây|dưới đây)\s*[.:]?\s*$", re.IGNORECASE)


def period_of(lines: Sequence[Line], title_line: int | None) -> str:
    """midyear for a 6-month report ("sơ kết", "6 tháng đầu năm"), else yearend."""
    if title_line is None:
        return YEAREND
    texts = [lines[title_line - 1].clean]
    for line in lines[title_line : title_line + _SUBTITLE_LINES]:
        if _FIELD.match(fold(line.clean)):
            break
        texts.append(line.clean)
    key = fold(" ".join(texts))
    unlabelled = _LABEL.sub("", key)  # "chủ đề: bao cao 6 thang …"
    if _MIDYEAR.search(key) or (unlabelled.isascii() and _UNMARKED_MIDYEAR.search(unlabelled)):
        return MIDYEAR
    return YEAREND


# The signer's label used as a field among the writer's particulars ("Người báo cáo: Lê Văn
# Cường - Tổ trưởng …" under the title): it names the writer, it does not close the report.
_SIGNER_FIELD = re.compile(
    r"^(?:người tự kiểm điểm|người kiểm điểm|người báo cáo|người viết báo cáo|người làm báo cáo)"
    r"\s*:\s*[^\W\d_]"
)


def closing_line(lines: Sequence[Line], after: int) -> int:
    """The first line of the closing block after line `after` (past the last line if none).
    A line a wrapped sentence goes on to is none, whatever word it opens with ("… khi" /
    "xác nhận nguyên liệu. Chấp hành …")."""
    previous = ""
    sender = _chat_sender(lines[:after])  # the title's message's, above it (a note between)
    for line in lines[after:]:
        texts = [text for _, text in segment_texts(line)] if line.cell is None else [line.clean]
        keys = [fold(text).strip() for text in texts]
        goes_on = goes_on_sentence(previous, line.clean)
        previous = line.clean if line.clean.strip() else previous
        # (the whole line too: a chat's spaces split "Người báo cáo :  Lâm Thị Hồng Nhung")
        fields = [*keys, fold(line.clean).strip()]
        if line.number <= after + _FIELD_REACH and any(_SIGNER_FIELD.match(k) for k in fields):
            continue
        if not goes_on and any(_CLOSING.match(key) for key in keys):
            return line.number
        if any(_SIGN_OFF.match(key) for key in keys) and _little_after(lines, line.number):
            return line.number
        if sender is not None and _chat_sender((line,)) not in (None, sender):
            return line.number
    return len(lines) + 1


def _little_after(lines: Sequence[Line], number: int) -> bool:
    """Do at most a few lines with words follow line `number` (a sender's name and post)?"""
    after = [line for line in lines[number:] if re.search(r"[^\W\d_]{2}", line.clean)]
    return len(after) <= _AFTER_SIGN_OFF


def _chat_sender(lines: Sequence[Line]) -> str | None:
    """The sender of the last chat message stamped among `lines` ("[28/05/2025 21:40] Anh Tư
    Bí thư: Ok em"), or None: a message by someone else than the report's sender closes it."""
    senders = [sender for line in lines if (sender := chat_sender(line.clean))]
    return fold(senders[-1]) if senders else None


def report_end(lines: Sequence[Line], title_line: int) -> int | None:
    """The first line of a report's closing block (signature, confirmation, "Nơi nhận"), or
    None."""
    found = closing_line(lines, title_line)
    return found if found <= len(lines) else None


# The writer's own signature: a "T/M CHI ỦY" beside it confirms a member's report ("XÁC NHẬN
# CỦA CHI BỘ | NGƯỜI BÁO CÁO" over "T/M CHI ỦY"), it does not make it the body's.
_SIGNED_BY_WRITER = re.compile(
    r"^(?:người tự kiểm điểm|người kiểm điểm|người báo cáo|người viết báo cáo|người làm báo cáo"
    r"|đảng viên tự kiểm điểm)\b"
)


def _on_behalf(lines: Sequence[Line], start: int) -> bool:
    """Signed on behalf of a body, and not by its writer."""
    texts = [fold(text).strip() for line in lines[start - 1 :] for _, text in segment_texts(line)]
    return any(_ON_BEHALF.match(text) for text in texts) and not any(
        _SIGNED_BY_WRITER.match(text) for text in texts
    )


def level_of(text: str) -> str | None:
    """The rating level a short text names ("Hoàn thành xuất sắc nhiệm vụ": excellent), or None
    for none or for a blank form's list of choices."""
    key = fold(text)
    if _CHOICES.search(key):
        return None
    for level, pattern in _LEVELS:
        if pattern.search(key):
            return level
    return None


# A paper that bears the words of a rating's label is no rating: a school's or a unit's own
# self-assessment ("hồ sơ tự đánh giá", "báo cáo tự đánh giá", "phiếu tự đánh giá").
_NAMES_A_PAPER = re.compile(r"\b(?:hồ sơ|báo cáo|phiếu|biên bản|bảng|mẫu)\s+$")


# A form's option left unticked: an empty box or bracket before it.
_UNTICKED = re.compile(r"^\s*(?:\(\s*\)|\[\s*\]|[☐□○◯])")


def _rating(line: Line, in_rating_section: bool) -> tuple[int, str] | None:
    """(offset, level) of a self-rating on this line; none on a form's option left unticked
    ("(  ) Hoàn thành xuất sắc" over "(x) Hoàn thành tốt")."""
    key = fold(line.clean)
    if _UNTICKED.match(key):
        return None
    labelled = _RATING_LABEL.search(key)
    if labelled and _NAMES_A_PAPER.search(key, 0, labelled.start()):
        labelled = None  # "4. Hồ sơ tự đánh giá trường đạt chuẩn quốc gia: đang thực hiện …"
    if labelled:
        level = level_of(labelled["rest"])
        return (labelled.start(), level) if level else None
    if in_rating_section and len(key.split()) <= _RATING_WORDS:
        level = level_of(key)
        return (0, level) if level else None
    said = _SELF_RATED.search(key) if in_rating_section or _RATES_ONESELF.match(key) else None
    if said:  # "Qua 6 tháng thực hiện, bản thân tự đánh giá hoàn thành xuất sắc …"
        level = level_of(said["rest"])
        return (said.start(), level) if level else None
    return None


def read_review(
    lines: Sequence[Line],
    title_line: int | None,
    author: str | None,
    last_line: int,
    spec: HeadingSpec,
    layout: Layout | None = None,
    parts: Sequence[Part] | None = None,
) -> Review:
    """The review a report holds, its body running from after its title to `last_line` (the
    line before its closing block or its place-and-date line at the foot);
    `parts`, the commitment's (for headings that name one)."""
    period = period_of(lines, title_line)
    start = (title_line or 0) + 1
    end = last_line  # parse ends a report's body before its closing block (report_end)
    personal = author is not None and not _on_behalf(lines, start)
    if not personal or end < start:
        return Review(period, personal, author)
    start = _after_subtitle(lines, start, end)
    end = _before_signature(lines, start, end, author)
    body = [
        _unmarked(line)
        for line in lines[start - 1 : end]
        if not _FIELD.match(fold(line.clean)) and not _place_and_date(line) and not _aside(line)
    ]
    headings = find_headings(body, spec, parts or default_parts())
    tails = _heading_tails(body, headings, layout)
    body = [line for line in body if line.number not in tails]
    headings = [found for found in headings if found.line.number not in tails]
    roles = effective_roles(headings)
    sections = _sections(headings, roles, end)
    entries: list[ReviewEntry] = []
    ratings: list[Rating] = []
    if not headings:  # no heading: the results follow the writer's particulars
        body = _after_fields(body, author)
    results_headed = any(section.role in PRESENTING_ROLES for section in sections)
    for section, lines_of in _section_lines(body, sections):
        if section is None and headings:
            if results_headed:
                # the writer's particulars and notes before the first heading; but a results
                # table there ("Việc đã cam kết | Kết quả | Tự đánh giá") is the results
                lines_of = _results_tables(lines_of)
                if not lines_of:
                    continue
            # no heading on results, only later ones ("Hạn chế", "Phương hướng 6 tháng cuối
            # năm"): the results are the lines before them, after the writer's particulars
            lines_of = _after_fields(lines_of, author)
        ratings.extend(_ratings(lines_of, section))
        if section is None or section.role in RESULT_ROLES:
            rated = _with_tails({rating.line for rating in ratings}, lines_of, layout)
            kept = [
                line
                for line in lines_of
                if line.number not in rated and not _SELF_ASSESSMENT.match(fold(line.clean))
            ]
            entries.extend(_entries(kept, section, layout))
    unread = _unread(body, sections, entries, ratings, results_headed)
    if period == MIDYEAR:  # read, but no result: left out after the count of lines unread
        entries = [entry for entry in entries if not _LOOKS_AHEAD.match(fold(entry.text))]
    entries = [_on_labelled_part(entry, parts or default_parts()) for entry in entries]
    return Review(period, True, author, tuple(sections), tuple(entries), tuple(ratings), unread)


# A 6-month report's sentence on what is still to do, written among its results or after them
# with no heading ("6 tháng cuối năm tôi làm tiếp đường tổ 3 cho xong, vận động …"): no result.
_LOOKS_AHEAD = re.compile(
    r"^\W*(?:trong\s+)?(?:(?:6|06|sáu)\s+tháng\s+cuối\s+năm|những\s+tháng\s+cuối\s+năm"
    r"|thời\s+gian\s+tới|sắp\s+tới|tới\s+đây|từ\s+nay\s+đến\s+cuối\s+năm)\b"
)


def _with_tails(numbers: set[int], lines: Sequence[Line], layout: Layout | None) -> set[int]:
    """The lines `numbers` with the lines that go on their sentences ("Tự đánh giá chung: Hoàn
    thành tốt các nội dung cam kết 6 tháng đầu" / "năm.", a printed rating wrapped)."""
    if layout is None or layout.width is None:
        return numbers  # a line not wrapped is ended by its writer
    found = set(numbers)
    for before, line in itertools.pairwise(lines):
        if before.number in found and _full(before, layout) and continues(before, line, layout):
            found.add(line.number)
    return found


def _full(line: Line, layout: Layout) -> bool:
    """Was the line broken because it was full (its printed length, spaces doubled by
    justification, near the wrap width)?"""
    return layout.width is not None and len(line.text.rstrip()) >= FULL * layout.width


def _before_signature(lines: Sequence[Line], start: int, end: int, author: str) -> int:
    """The body's last line, less the writer's name signed under it with no label over it
    ("Em tự đánh giá 6 tháng hoàn thành tốt ạ." / "Y Kuêh Êban")."""
    last = end
    while last >= start and not lines[last - 1].clean.strip():
        last -= 1
    if last >= start and name_key(lines[last - 1].clean) == name_key(author):
        return last - 1
    return end


def _heading_tails(
    body: Sequence[Line], headings: Sequence[FoundHeading], layout: Layout | None
) -> set[int]:
    """The lines that only finish a heading a printed or wrapped text broke over two lines
    ("3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng" / "năm"), page furniture
    between them passed over: no results."""
    if layout is None or layout.width is None:
        return set()  # a heading not wrapped is ended by its writer
    at = {line.number: index for index, line in enumerate(body)}
    starts = {found.line.number for found in headings}
    tails: set[int] = set()
    for found in headings:
        if found.heading.inline_start is not None or found.line.number not in at:
            continue  # "Hạn chế: …" goes on with its own text
        last, index = found.line, at[found.line.number] + 1
        while index < len(body):
            line = body[index]
            if is_page_furniture(line):
                index += 1
                continue
            opened = last.clean.rstrip().endswith(",")  # "… KHẮC PHỤC HẠN CHẾ," / "KHUYẾT ĐIỂM"
            if (line.number in starts and not opened) or not _finishes_heading(last, line, layout):
                break
            tails.add(line.number)
            last, index = line, index + 1
    return tails


def _finishes_heading(heading: Line, line: Line, layout: Layout) -> bool:
    """Does `line` finish the heading broken before it: a small letter going on, or the rest of
    a heading in capitals after a line printed full ("III.  KẾT  QUẢ … ĐÃ  ĐƯỢC  CHỈ" / "RA Ở
    CÁC KỲ KIỂM ĐIỂM TRƯỚC", justified: its spaces doubled)? Not a line opening with a figure:
    that is the first result ("6 tháng cuối năm sổ …")."""
    if _capitals_go_on(heading, line):
        return True
    if not _full(heading, layout) or not continues(heading, line, layout):
        return False
    first = line.clean.strip()[0]
    if first.islower():
        return True
    return (
        mostly_upper(heading.clean)
        and mostly_upper(line.clean)
        and len(heading.text.rstrip()) >= HEADING_FULL * (layout.width or 0)
    )


# A heading's rest in capitals is a few words, no figure: "ĐIỂM ĐÃ ĐƯỢC CHỈ RA Ở CÁC KỲ KIỂM
# ĐIỂM TRƯỚC".
_TAIL_WORDS = 12


def _capitals_go_on(heading: Line, line: Line) -> bool:
    """A heading in capitals the printer broke short of the line's width ("III. KẾT QUẢ KHẮC
    PHỤC NHỮNG HẠN CHẾ, KHUYẾT" / "ĐIỂM ĐÃ ĐƯỢC CHỈ RA …", "VI. PHƯƠNG HƯỚNG, BIỆN PHÁP KHẮC
    PHỤC HẠN CHẾ," / "KHUYẾT ĐIỂM"): its rest in capitals on the next line, not numbered."""
    text = line.clean.strip()
    return (
        heading.cell is None
        and line.cell is None
        and mostly_upper(heading.clean)
        and mostly_upper(text)
        and ordinal(text) is None
        and not re.search(r"\d", text)
        and len(text.split()) <= _TAIL_WORDS
    )


def _on_labelled_part(entry: ReviewEntry, parts: Sequence[Part]) -> ReviewEntry:
    """A result under no part that opens with a label naming a general part ("Tư tưởng chính
    trị, đạo đức lối sống: tốt, luôn chấp hành …") reports on that part."""
    if entry.part is not None or entry.claimed:
        return entry
    label = LABELLED.match(entry.text.lstrip(" -+•*–·"))
    if label is None:
        return entry
    heading = headings_of(tuple(parts))(f"{label['label'].strip()}:", False)
    if heading is None or not heading.parts or not set(heading.parts) <= PLEDGE_PARTS:
        return entry
    return replace(entry, part=heading.part)


def _unread(
    body: Sequence[Line],
    sections: Sequence[ReviewSection],
    entries: Sequence[ReviewEntry],
    ratings: Sequence[Rating],
    results_headed: bool = False,
) -> tuple[int, ...]:
    """The body's lines with words that neither a result, a heading nor a rating holds, outside
    the sections that hold no results (directions for later, the self-rating). With a heading
    on results, a web form's fields before the first heading (a label, "Họ và tên *" or
    "Địa chỉ email: …", and the answer under a label alone) are the writer's particulars."""
    held = {number for entry in entries for number in range(entry.line, entry.end_line + 1)}
    held |= {entry.claimed_line for entry in entries if entry.claimed_line}
    held |= {section.heading_line for section in sections}
    held |= {rating.line for rating in ratings}
    unread = []
    answer_next = False  # the line before was a form's label alone: this one is its answer
    for line in body:
        label_alone = bool(_LABEL_ALONE.search(line.clean))
        answer, answer_next = answer_next, label_alone
        if line.number in held or line.cell is not None:
            continue  # a table's cells: its rows are results, its header and ratings none
        if not re.search(r"[^\W\d_]{2}", line.clean):
            continue
        section = _innermost(sections, line.number)
        if (
            section is None
            and results_headed
            and (
                label_alone
                or answer
                or _FORM_FIELD.match(line.clean)
                or FORM_RECEIPT.match(fold(line.clean))
            )
        ):
            continue
        if section is None or section.role in RESULT_ROLES:
            unread.append(line.number)
    return tuple(unread)


# A web form's field label on a line of its own ("Họ và tên *", "Bộ phận công tác:", numbered
# as the form's question or not: "2. Nhóm đảng viên *"), and a field with its answer after the
# colon ("Địa chỉ email: …", "Dấu thời gian: …").
_LABEL_ALONE = re.compile(r"^(?:\d{1,2}[.)]\s*)?[^\d.;!?]{2,60}?(?:\s\*|:)\s*$")
_FORM_FIELD = re.compile(r"^[^\d.;!?:]{2,40}:\s*\S")


def _after_subtitle(lines: Sequence[Line], start: int, end: int) -> int:
    """The first line after the title's own lines ("Kết quả thực hiện bản cam kết … 6 tháng
    đầu năm 2025" under "BÁO CÁO"): those up to the first field naming the writer, when that
    field comes within a few lines; a title line is no heading."""
    counted = 0
    for line in lines[start - 1 : end]:
        key = fold(line.clean)
        if _FIELD.match(key):
            return line.number
        if not key.strip() or _PARTICULARS.match(key):
            continue  # a blank line, the heading over the writer's particulars
        counted += 1
        if counted > _SUBTITLE_LINES:
            break
    return start


# The heading over the writer's particulars in a cell's own form ("A. THÔNG TIN ĐẢNG VIÊN",
# "I. Thông tin chung"): the title's, not the results'.
_PARTICULARS = re.compile(
    r"^\W*(?:[a-z]|[ivx]{1,4}|\d{1,2})?\s*[.)]?\s*thông tin (?:đảng viên|chung|cá nhân|người báo cáo)\s*:?\s*$"
)


def _after_fields(body: Sequence[Line], author: str | None = None) -> list[Line]:
    """The lines after the last field naming the writer ("Họ và tên: …", "Chức vụ: …", or
    the name with no label, "Đặng Văn Lực - tổ bảo trì xưởng SMT"), a note in brackets under
    the title or a header's line, in the first lines of the body; or after the writer's
    sentence leading in to the results, the post with no label above it ("Chi hội trưởng phụ
    nữ ấp …" / "Dạ em gửi chi ủy kết quả … như sau:")."""
    head = 0
    for index, line in enumerate(body[:_FIELD_REACH]):
        key = fold(line.clean).strip()
        if (
            _FIELD.match(key)
            or (author is not None and key.startswith(fold(author)))
            or (key.startswith("(") and key.endswith(")"))
            or _header(line)
            or SENDING_NOTE.match(key)
        ):
            head = index + 1
        elif opens_item(line.clean):
            break  # the first result: the particulars are above it
        elif _LEAD_IN.search(line.clean):
            return list(body[index + 1 :])  # "Dạ em gửi chi ủy kết quả … như sau:"
    return list(body[head:])


# A line pointing to results given elsewhere ("Các nội dung khác đã báo cáo ở mục 1, 2, 3"):
# no result of its own.
_POINTS_ELSEWHERE = re.compile(
    r"^[\W\d]*(?:các |những )?(?:nội dung|việc|kết quả|công việc)(?: khác| còn lại)?\s+"
    r"(?:đã|được)\s+(?:báo cáo|nêu|trình bày|thể hiện)\s+(?:ở|tại|trong)\s+(?:mục|phần|điểm)"
    r"\s+(?:\d|[ivx]+\b|[a-zđ]\b|trên\b|trước\b|này\b)"
)


# The writer's cell named on a line of its own, with no label ("Chi bộ buôn Knul").
_CELL_NAME = re.compile(r"^(?:chi bộ|đảng bộ|tổ đảng)\s+[^\d:;,.]{2,40}$")
_CELL_NAME_WORDS = 7


def _header(line: Line) -> bool:
    """A header's line among the writer's particulars: the cell's name, or the report's place
    and date ("Buôn Knul, 28/5/2026")."""
    text = line.clean.strip()
    words = [word for word in text.split() if word[:1].isalnum()]
    if _CELL_NAME.match(fold(text)) and len(words) <= _CELL_NAME_WORDS:
        # named with a capital, last ("Chi bộ buôn Knul") or first after its kind ("Chi bộ
        # Trường Mầm non - Tiểu học"): not a sentence on the cell ("Chi bộ họp đủ 6 kỳ")
        after_kind = words[2] if len(words) > 2 else ""
        return words[-1][:1].isupper() or after_kind[:1].isupper()
    return _place_and_date_alone(text) is not None or _date_alone(text)


def _date_alone(text: str) -> bool:
    """The report's date on a line of its own, with no place ("Ngày 25/5/2026")."""
    found = place_date(text)
    return found is not None and not found.placed and found.value is not None


# A web form's field label marked required or optional ("Tự đánh giá *", "Đề xuất, kiến nghị
# (nếu có)"): a label, read as any label ending with a colon is.
_FORM_MARK = re.compile(r"\s*(?:\*|\(\*\)|\(nếu có\))\s*:?\s*$")


def _unmarked(line: Line) -> Line:
    text = line.text.rstrip()
    found = _FORM_MARK.search(text)
    if found is None or not text[: found.start()].strip():
        return line
    return make_line(line.number, f"{text[: found.start()]}:", line.cell, line.bold, line.margin)


def _aside(line: Line) -> bool:
    """A note of the writer's in brackets on a line of its own ("(Tôi nộp báo cáo sớm vì tháng
    6 đi Sài Gòn lấy hàng.)"): no result."""
    text = line.clean.strip()
    return text.startswith("(") and text.endswith(")") and text.count("(") == 1


def _place_and_date(line: Line) -> bool:
    """The report's place and date on a line of their own ("Hòa Thành, ngày 03 tháng 7 năm
    2026"): wherever it stands, above the signature or among the fields, it is no result. The
    place is a name, every word of it capitalised: "Đã tổ chức hiến máu tình nguyện, ngày
    15/3/2026" (a result in a table's cell) is none."""
    text = line.clean.strip()
    found = _place_and_date_alone(text)
    if found is None:
        return False
    place = text[found.written : found.start].split(",")[0].split()
    return bool(place) and all(word[:1].isupper() for word in place)


def _place_and_date_alone(text: str) -> Found | None:
    """A place and a date and nothing after them ("Buôn Knul, 28/5/2026"). A month alone
    follows a place only after its comma ("Tân An, tháng 6/2026"): "Xong tháng 3/2026", a
    results cell, is no place and date."""
    found = place_date(text)
    if found is None or not found.placed or text[found.end :].strip(" ."):
        return None
    if found.value is None and not text[found.written : found.start].rstrip().endswith(","):
        return None
    return found


def _sections(
    headings: Sequence[FoundHeading], roles: Sequence[str], end: int
) -> list[ReviewSection]:
    found = []
    for index, (heading, role) in enumerate(zip(headings, roles, strict=True)):
        last = heading.line.number if heading.alone else end
        for later in headings[index + 1 :] if not heading.alone else ():
            if later.level <= heading.level:
                last = later.line.number - 1
                break
        found.append(
            ReviewSection(
                role,
                heading.heading.title,
                heading.line.number,
                last,
                heading.level,
                heading.part,
            )
        )
    return found


def _section_lines(
    body: Sequence[Line], sections: Sequence[ReviewSection]
) -> Iterator[tuple[ReviewSection | None, list[Line]]]:
    """Each section with the lines it holds itself (not its sub-sections'), the heading line
    included when an entry follows it inline; lines before the first heading with None. A line
    belongs to the innermost section whose span holds it (after a section of one line, "a) Tư
    tưởng: …", the lines go back to the section around it)."""
    starts = {section.heading_line for section in sections}
    current: ReviewSection | None = None
    held: list[Line] = []
    for line in body:
        section = _innermost(sections, line.number)
        inline = _inline_start(line) is not None
        if section is not current or (line.number in starts and not inline):
            if held:
                yield current, held
            current, held = section, []
        if line.number in starts and not inline:
            continue  # a heading alone on its line holds no result
        held.append(line)  # "3. Việc thực hiện cam kết: đã hoàn thành …" with its heading
    if held:
        yield current, held


def _inline_start(line: Line) -> int | None:
    """Where a heading's line goes on with a result after its title's colon ("3. Việc thực hiện
    cam kết: đã hoàn thành …"); None when nothing follows it. The colon after a part's number
    ("Phần 2: Kết quả thực hiện chức trách, nhiệm vụ") comes before the title, not after it."""
    text = line.clean
    colon = text.find(":", numbering_end(text))
    if colon < 0 or not text[colon + 1 :].strip():
        return None
    return colon + 1


def _innermost(sections: Sequence[ReviewSection], number: int) -> ReviewSection | None:
    inside = [s for s in sections if s.heading_line <= number <= s.last_line]
    return max(inside, key=lambda s: s.heading_line, default=None)


def _ratings(lines: Sequence[Line], section: ReviewSection | None) -> Iterator[Rating]:
    in_rating = section is not None and section.role == RATING
    for line in lines:
        if line.cell is not None:
            continue
        found = _rating(line, in_rating)
        if found:
            offset, level = found
            yield Rating(
                line.number,
                offset,
                len(line.clean),
                level,
                section.role if section else COMMITMENT,
                section.heading_line if section else 0,
            )


def _entries(
    lines: Sequence[Line], section: ReviewSection | None, layout: Layout | None
) -> Iterator[ReviewEntry]:
    """The results among a section's own lines: its tables' rows and its other lines'
    paragraphs; a line that only leads in to a list ("… như sau:") is none."""
    role = section.role if section else COMMITMENT
    heading = section.heading_line if section else 0
    part = section.part if section else None
    run: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.cell is None:
            run.append(line)
            index += 1
            continue
        paragraphs = _paragraphs(run, role, heading, part, layout, section, before_table=True)
        yield from _grouped(paragraphs, run, before_table=True)
        run = []
        table = [line]
        index += 1
        while index < len(lines) and lines[index].cell is not None:
            if lines[index].cell.table != line.cell.table:  # type: ignore[union-attr]
                break
            table.append(lines[index])
            index += 1
        yield from _table_entries(table, role, heading, part)
    yield from _grouped(_paragraphs(run, role, heading, part, layout, section), run, False)


def _grouped(
    entries: Iterator[ReviewEntry], run: Sequence[Line], before_table: bool
) -> Iterator[ReviewEntry]:
    """The results of a run, those under a group title ("b) Nhà “Đại đoàn kết” cho hộ cận
    nghèo:" over its bullets) claiming what it names, as a results table's rows do."""
    below = _below(run, before_table) if run else {}
    numbered = [line.number for line in run if ordinal(line.clean) is not None]
    titles = [
        (line.number, _next_of(numbered, line.number), _title_of(line.clean))
        for line in run
        if _claims_below(*below[line.number])
    ]
    for entry in entries:
        over = [(line, title) for line, until, title in titles if line < entry.line < until]
        if over and not entry.claimed and not LABELLED.match(entry.text):
            entry = replace(entry, claimed=over[-1][1], grouped=True)
        yield entry


# A result opening with a label of its own ("Rà soát hộ nghèo: chưa đến thời gian") names its
# item (linter.trace.review), better than the group title above it ("b) Giảm nghèo").
LABELLED = re.compile(r"^(?P<label>[^:;.!?()]{4,80}?)\s*:\s*\S")


def _next_of(numbered: Sequence[int], line: int) -> float:
    """The first numbered line after `line` (where a group title's results end)."""
    return next((number for number in numbered if number > line), float("inf"))


def _claims_below(text: str, below: str | None) -> bool:
    """A numbered line titling the results under it: a group title, or a label of its own
    ("c) Giám sát cộng đồng công trình bê tông hóa hẻm 14:" over its bullets)."""
    if _group_title(text, below):
        return True
    return (
        below is not None
        and (below == _TABLE or bool(_BULLET.match(below)))
        and ordinal(text) is not None
        and text.rstrip().endswith(":")
        and len(text.split()) <= _GROUP_TITLE_WORDS + 6
    )


def _title_of(text: str) -> str:
    """A group title without its numbering and its colon."""
    numbering = r"^\s*\(?(?:\d{1,2}(?:\.\d{1,2})*|[ivxlc]{1,4}|[a-zđ])\s*[.)]\s*"
    return re.sub(numbering, "", text, flags=re.IGNORECASE).strip().rstrip(":").strip()


def _paragraphs(
    run: Sequence[Line],
    role: str,
    heading: int,
    part: int | None,
    layout: Layout | None,
    section: ReviewSection | None,
    before_table: bool = False,
) -> Iterator[ReviewEntry]:
    if not run:
        return
    inline = None
    if section is not None and run[0].number == section.heading_line:
        inline = _inline_start(run[0])
    held: ReviewEntry | None = None  # the entry before, until the next is known
    items = collect_items(run, part, inline, split=False, layout=layout)
    # "Kết quả:" left blank under a claim is no lead-in to a list: the claim has no result
    items += [
        Item(line.number, 0, line.number, len(line.clean), line.clean, part)
        for before, line in itertools.pairwise(run)
        if blank_result(line, before)
    ]
    below = _below(run, before_table)
    marked = {line.number for line in run if _MARKED.match(line.clean)}
    for item in sorted(items, key=lambda item: (item.line, item.start)):
        labelled = RESULT_LABEL.match(fold(item.text))
        if not labelled and (
            _LEAD_IN.search(item.text)
            or _POINTS_ELSEWHERE.match(fold(item.text))
            or not re.search(r"[^\W\d_]{2}", item.text)
            or (item.line == item.end_line and _group_title(*below.get(item.line, ("", None))))
        ):
            continue
        entry = ReviewEntry(
            item.line, item.start, item.end_line, item.end, item.text, role, heading, part
        )
        if held is not None and labelled and not RESULT_LABEL.match(fold(held.text)):
            # "- Nội dung: Phụ đạo 6 em lớp 8B …" then "- Kết quả: 5/6 em đạt …": one row
            claim = (
                CLAIM_LABEL.sub("", held.text, count=1)
                if CLAIM_LABEL.match(fold(held.text))
                else held.text
            )
            yield replace(
                entry,
                text=entry.text[labelled.end() :].strip(),
                claimed=claim.strip(),
                claimed_line=held.line,
            )
            held = None
            continue
        if held is not None and _goes_on(held, entry, layout, marked):
            held = replace(
                held, end_line=entry.end_line, end=entry.end, text=f"{held.text} {entry.text}"
            )
            continue
        if held is not None:
            yield held
        held = entry
    if held is not None:
        yield held


_MARKED = re.compile(r"^\s*(?:" + BULLET + r"|\(?\d{1,2}(?:\.\d{1,2})*\s*[.)/]|\(?[a-zđ]\s*\))")


def _goes_on(
    held: ReviewEntry, entry: ReviewEntry, layout: Layout | None, marked: set[int]
) -> bool:
    """In a plain text, a line with no mark of its own right under a marked result, which ends
    its sentence, tells that result's outcome ("b) Tuần tra, kiểm soát: 6 tháng tham gia 52 ca
    …" / "Qua tuần tra đã phát hiện, nhắc nhở 06 trường hợp …")."""
    return (
        layout is not None
        and layout.plain
        and entry.line == held.end_line + 1
        and held.line in marked
        and entry.line not in marked
        and held.text.rstrip().endswith((".", ";"))
        and not RESULT_LABEL.match(fold(entry.text))
    )


_BULLET = re.compile(r"^\s*" + BULLET)
_TABLE = "table"
_GROUP_TITLE_WORDS = 14


def _below(run: Sequence[Line], before_table: bool) -> dict[int, tuple[str, str | None]]:
    """Each line of a run with what follows it: the next line's text, `_TABLE` for the last
    line when a table follows, else None."""
    found: dict[int, tuple[str, str | None]] = {
        line.number: (line.clean, after.clean) for line, after in itertools.pairwise(run)
    }
    found[run[-1].number] = (run[-1].clean, _TABLE if before_table else None)
    return found


def _group_title(text: str, below: str | None) -> bool:
    """A numbered line that titles the results below it ("1. Nội dung về chức trách, nhiệm vụ"
    over a results table, "a) Ôn thi tuyển sinh lớp 10 môn Toán" over its bullets, "2. Các nội
    dung khác"): a few words, no sentence, no figure but a named group's, and bullets or a
    table under it. It is no result."""
    if below is None or not (below == _TABLE or _BULLET.match(below)) or ordinal(text) is None:
        return False
    key = fold(text).strip()
    body = re.sub(r"^\(?[\divxlc]{1,4}[.)]|^\(?[a-zđ][.)]", "", key).strip()
    for (start, end), _ in reversed(named_group_spans(body)):
        body = body[:start] + body[end:]
    return (
        0 < len(body.split()) <= _GROUP_TITLE_WORDS
        and not body.endswith((".", ";", ",", "!", "?", ")"))
        and not re.search(r"\d", body)
    )


# The columns of a results table, by the words of their header cells ("Kết quả", "Thực hiện",
# "Đã làm được"; "Nội dung thực hiện" names the claim).
_RESULT_HEADER = re.compile(r"\bkết quả\b|^(?:đã\s+)?thực hiện\b|\bđã làm được\b")
_CLAIMED_HEADER = re.compile(
    r"\b(?:cam kết|nội dung|nhiệm vụ|chỉ tiêu|việc làm|đăng ký|công việc)\b"
)
_RATING_HEADER = re.compile(r"\b(?:tự đánh giá|xếp loại|mức độ|đánh giá|tự nhận)\b")


def _columns(cells: Sequence[Line]) -> dict[str, int] | None:
    """The columns (claimed, result, rating) a header row names, or None when it is no results
    table's header."""
    found: dict[str, int] = {}
    for cell in cells:
        key = fold(cell.clean)
        column = cell.cell.column  # type: ignore[union-attr]
        if len(key.split()) > 8:
            return None
        if _RATING_HEADER.search(key) and "rating" not in found:
            found["rating"] = column
        elif _RESULT_HEADER.search(key) and "result" not in found:
            found["result"] = column
        elif _CLAIMED_HEADER.search(key) and "claimed" not in found:
            found["claimed"] = column
    return found if {"result", "claimed"} <= set(found) else None


def _results_tables(lines: Sequence[Line]) -> list[Line]:
    """The cells of the tables among `lines` that a results table's header row opens."""
    tables: dict[int, list[Line]] = {}
    for line in lines:
        if line.cell is not None:
            tables.setdefault(line.cell.table, []).append(line)
    return [
        cell
        for table in tables.values()
        if any(_columns(row) is not None for row in _rows(table))
        for cell in table
    ]


def _rows(table: Sequence[Line]) -> list[list[Line]]:
    rows: dict[int, list[Line]] = {}
    for line in table:
        rows.setdefault(line.cell.row, []).append(line)  # type: ignore[union-attr]
    return [rows[row] for row in sorted(rows)]


def _table_entries(
    table: Sequence[Line], role: str, heading: int, part: int | None
) -> Iterator[ReviewEntry]:
    """A results table's rows ("Nội dung đã cam kết | Kết quả | Tự đánh giá") as entries with
    their claimed content and rating; another table's rows as plain entries."""
    rows = _rows(table)
    columns = None
    for index, cells in enumerate(rows):
        found = _columns(cells)
        if found is not None:
            columns = found
            rows = rows[index + 1 :]
            break
    for cells in rows:
        entry = _row_entry(cells, columns, role, heading, part)
        if entry is not None:
            yield entry


def _row_entry(
    cells: Sequence[Line],
    columns: dict[str, int] | None,
    role: str,
    heading: int,
    part: int | None,
) -> ReviewEntry | None:
    worded = [cell for cell in cells if re.search(r"[^\W\d_]{2}", cell.clean)]
    if columns is None:
        if not worded:
            return None
        first, last = worded[0], worded[-1]
        text = "; ".join(cell.clean.strip() for cell in worded)
        return ReviewEntry(first.number, 0, last.number, len(last.clean), text, role, heading, part)
    by_column = {cell.cell.column: cell for cell in cells}  # type: ignore[union-attr]
    claimed = by_column.get(columns["claimed"])
    result = by_column.get(columns["result"])
    rating = by_column.get(columns["rating"]) if "rating" in columns else None
    if claimed is None or not re.search(r"[^\W\d_]{2}", claimed.clean):
        return None
    where = result or claimed
    text = result.clean.strip() if result is not None else ""
    level = level_of(rating.clean) if rating is not None and rating.clean.strip() else None
    return ReviewEntry(
        where.number,
        0,
        where.number,
        len(where.clean),
        text,
        role,
        heading,
        part,
        claimed=claimed.clean.strip(),
        claimed_line=claimed.number,
        rating=level or "",
        rating_line=rating.number if rating is not None else 0,
    )
