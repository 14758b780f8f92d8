"""A document's own date: the place-and-date line ("Chợ Mới, ngày 05 tháng 02 năm 2024") in
the header or the closing block, as real layouts write it.

- In a column of a two-column header, or after the left column merged onto it by one space
  ("CHI BỘ TRẠM Y TẾ Tân Phước, ngày …": the capitals end where the place begins).
- Cut by the line breaks of a PDF's or a web page's text ("Huổi Lếch, ngày 03" / "tháng 02 năm
  2026"): read across the breaks, and only there.
- In a cell of the signature table ("NGƯỜI CAM KẾT | T/M CHI ỦY").
- When the body has none, in a Word file's page header or footer (`Line.margin`).

A bare date line in the header or the closing block is the fallback; a date in a table of the
body is a deadline.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence
from itertools import chain
from typing import NamedTuple

from linter import resources
from linter.citations import SYMBOL
from linter.columns import segment_texts
from linter.dates import DateStatus, find_dates, find_month_dates
from linter.document import Line, OwnDate
from linter.read.normalize import fold

# "Tân Phước", "TP. Cao Lãnh", "Phường 2", "Quận 3": letters first, digits allowed after.
_PLACE = re.compile(r"^(?P<place>[^\W\d_][^,;:()/]{0,60}?)\s*(?P<comma>,)?\s*$")
# What may follow the own date on its line (matched from the date's end, no copy of a long
# line's rest): nothing, or the signature pasted onto it ("…năm 2026. Người cam kết: …").
_DATE_TAIL = re.compile(
    r"[\s.)]*$|[\s.,;\-–]+(?:người cam kết|người viết cam kết|người viết|người báo cáo|t/m|tm\.)\b"
    # the signer's label cut by the line's end ("… năm 2026 - Người" / "báo cáo: …")
    r"|[\s.,;\-–]+người(?:\s+báo)?\s*$",
    re.IGNORECASE,
)
# The time after a date: in a form's date field or stamp, when it was sent ("Ngày gửi:
# 30/06/2026 21:47", "Dấu thời gian: 30/06/2026 22:07:51"); after a name, a chat's stamp ("Lý Văn
# Phúc  29/6/2026 22:41") is when a message came, not where it was written.
_SENT_TIME = re.compile(r"[\s,]+(?:lúc\s+)?\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\s*$")
_NOT_PLACE = re.compile(
    r"\b(số|kế hoạch|căn cứ|thực hiện|chỉ thị|kết luận|nghị quyết|ký|trước|sau|đến|từ|trong|hạn|"
    r"chậm nhất|hoàn thành|xong|thời gian|thời hạn|ngày|tháng|năm|kể từ|bắt đầu|kết thúc)\b"
    # "Sinh ngày 30 tháng 4 năm 1985" is no place, nor is "… Hồng. Sinh ngày …" wrapped together
    r"|(?:^|[.;]\s*)(?:sinh|vào đảng|kết nạp|chính thức)\b"
)
_WORD = re.compile(r"\S+")
# A line that a break cut inside a place-and-date line: it ends on the place's comma or inside
# the date ("…, ngày", "…, ngày 03", "… tháng 02", "… năm", "…, ngày ……"); matched on the end
# of the line, its spaces stripped.
_OPEN_END = re.compile(
    r"(?:,|\bngày(?:\s*\d{1,2}|[.…_\s]*)|\btháng(?:\s*\d{1,2}|\s+[^\W\d_]+|[.…_\s]*)|\bnăm)$"
)
_OPEN_END_REACH = 200  # characters at the end of a line where a cut date line may stand
MAX_BREAKS = 2  # a place-and-date line is read across at most two line breaks


class Found(NamedTuple):
    """A place-and-date (or bare date) in a text: where the written date line starts (its
    place, else the date), where the date starts and ends, its status and value."""

    written: int
    start: int
    end: int
    status: DateStatus
    value: dt.date | None
    placed: bool  # a place is written before the date
    labelled: bool = False  # the date of a form's field ("Ngày báo cáo: 27/06/2026")


# A web form's mark of a required field, before its label ("(*) Họ và tên: …") or after it.
REQUIRED_MARK = r"\(\*\)"
# A form's field for the date a report was written, its value after it or on the next line
# ("Ngày báo cáo: 27/06/2026", "Ngày báo cáo *" / "25/06/2026", "Ngày 30/6/2026").
_DATE_LABEL = (
    r"(?:ngày\s+(?:báo cáo|lập|viết|gửi|làm báo cáo|kiểm điểm|tự kiểm điểm)|thời gian báo cáo)"
)
# A web form's stamp of when the answers were sent, its last line ("Gửi lúc 21:47 ngày
# 02/7/2026"): the report's date as the form keeps it.
_SENT_STAMP = r"(?:đã\s+)?gửi lúc\s+\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?\s*,?\s*(?:ngày)?"
_DATE_FIELD = re.compile(
    rf"^\s*(?:{_DATE_LABEL}\s*(?:{REQUIRED_MARK}|\*)?\s*:?|ngày\s*(?:{REQUIRED_MARK}|\*)?\s*:"
    # "Báo cáo ngày 08/7/2026", the label the other way round
    rf"|{_SENT_STAMP}|báo cáo)\s*$"
)
# A form's field of where and when it was signed or sent ("Nơi ký: Hà Vân, ngày 05 tháng 12 năm
# 2026", "Nơi gửi, ngày gửi: Phước Hải Sơn, ngày 07 tháng 7 năm 2026", "Nơi, ngày báo cáo *:
# Thạnh Lộc Đông, ngày 28/5/2026").
_SIGNED_LABEL = (
    r"(?:nơi(?:\s*,\s*ngày)?\s+(?:ký|gửi|báo cáo|lập|viết)(?:\s*,\s*ngày (?:ký|gửi|báo cáo|lập|viết))?"
    r"|địa điểm(?:\s*,\s*(?:ngày|thời gian)(?:\s+(?:ký|lập|viết|làm))?)?"
    # a web form's confirming field ("Xác nhận: An Lạc, ngày 30 tháng 6 năm 2026 - Người báo
    # cáo: …"), not the cell's ("Xác nhận của chi ủy: …")
    r"|xác nhận)"
)
_DATE_FIELD_OPENING = re.compile(
    rf"^\s*(?:{REQUIRED_MARK}\s*)?(?:{_DATE_LABEL}|{_SIGNED_LABEL})\s*(?:{REQUIRED_MARK}|\*)?\s*:\s*"
    # a system's printout bracketing its labels ("[Ngày lập] Tam Thắng, ngày 06 tháng 7 năm 2026")
    rf"|^\s*\[\s*(?:{_DATE_LABEL}|{_SIGNED_LABEL})\s*\]\s*"
)
FIELD_REACH = 8  # the form's fields stand in the first lines under its title
_PARTIAL = DateStatus.PARTIAL.value


def _is_place(text: str) -> bool:
    place = _PLACE.match(text)
    if not place or _NOT_PLACE.search(fold(place["place"])):
        return False
    words = place["place"].split()
    return len(words) <= 8 and bool(
        place["comma"] or all(w[0].isupper() or w.isdigit() for w in words)
    )


def _proper_name(place: str) -> bool:
    """A place written as a name ("Huổi Lếch, ", "TP. Cao Lãnh, ", "Khu vực 3, "): each word
    a capital, a number or, after a capital, a word of a kind of place."""
    words = [word for word in place.replace(",", " ").split() if word not in _NAME_JOINERS]
    return (
        bool(words)
        and words[0][0].isupper()
        and all(w[0].isupper() or w.isdigit() or fold(w) in _place_syllables() for w in words)
    )


@functools.cache
def _place_syllables() -> frozenset[str]:
    """The syllables of the lexicon's kinds of place ("khu vực", "khu phố", "thôn")."""
    places = resources.data("lexicon")["abstract"]["places"]
    return frozenset(syllable for place in places for syllable in fold(place).split())


def _is_head_word(word: str, header: bool) -> bool:
    """A word of a left column merged onto the date's line by a single space: capitals
    ("CHI", "BỘ", "4"), "Số" and a symbol ("04-CTr/CB"), or in the header the star under the
    left column."""
    if word in ("Số", "Số:") or SYMBOL.fullmatch(word):
        return True
    if any(char.islower() for char in word):
        return False
    return any(char.isupper() or char.isdigit() for char in word) or (header and set(word) == {"*"})


def _place_start(before: str, header: bool) -> int | None:
    """Where the place starts in the text before a date: 0 for "Tân Phước, ", later when a left
    column in capitals was merged onto the line by one space ("CHI BỘ TRẠM Y TẾ Tân Phước, ");
    None when the text is no place ("- Nộp trước ")."""
    if _is_place(before):
        return 0
    head = False
    for word in _WORD.finditer(before):
        if head and not any(char.isalnum() for char in word[0]):
            continue  # "-" between capitals: "CHI BỘ TRƯỜNG MẦM NON - TIỂU HỌC"
        if _is_head_word(word[0], header):
            head = head or not word[0].isdigit()
            continue
        rest = before[word.start() :]
        return word.start() if head and rest[0].isupper() and _is_place(rest) else None
    return None


def place_date(text: str, header: bool = False) -> Found | None:
    """A "<place>, ngày …" or bare-date text, the date ending the text."""
    if text.count(")") > text.count("("):
        return None  # the end of a note in brackets wrapped from the line before ("… Zalo ngày 15/6/2026)")
    # a full date first; "Tân An, tháng 5 năm 2021" (no day) is an own date without a value
    for mention in [*find_dates(text), *find_month_dates(text)]:
        ends = bool(_DATE_TAIL.match(text, mention.end))
        if not ends and not _SENT_TIME.match(text, mention.end):
            continue
        before = text[: mention.start]
        field = _DATE_FIELD.match(fold(before))
        if not ends and not field:
            continue  # a time after the date only in a form's date field
        if not before.strip():
            written = len(before) - len(before.lstrip())
            return Found(written, mention.start, mention.end, mention.status, mention.value, False)
        if field:
            written = len(before) - len(before.lstrip())
            found = (written, mention.start, mention.end, mention.status, mention.value, False)
            return Found(*found, labelled=True)
        place = _place_start(before, header)
        if place is not None:
            return Found(place, mention.start, mention.end, mention.status, mention.value, True)
        # a date field holding the place and the date ("Ngày gửi: Mỹ Hiệp, ngày 01/7/2025",
        # a web form copied with its label and value on one line)
        label = _DATE_FIELD_OPENING.match(fold(before))
        if label and _is_place(before[label.end() :]):
            found = (label.end(), mention.start, mention.end, mention.status, mention.value, True)
            return Found(*found, labelled=True)
    return None


def _own(line: Line, text: str, found: Found, end_line: int | None = None) -> OwnDate:
    written = text[found.written :].strip()
    return OwnDate(line.number, written, found.value, found.status.value, end_line)


def _on_line(line: Line, header: bool) -> Iterator[tuple[OwnDate, bool]]:
    """Own-date candidates written on one line: (date, whether a place is written before it)."""
    columns = [text for _, text in segment_texts(line)]
    # Odd spacing inside the date ("ngày  15  tháng  3") also looks like a column gap.
    for text in columns if len(columns) == 1 else [*columns, line.clean]:
        found = place_date(text, header)
        if found:
            yield _own(line, text, found), found.placed


def _across_breaks(
    lines: Sequence[Line], index: int, header: bool
) -> Iterator[tuple[OwnDate, bool]]:
    """A place-and-date line cut by line breaks: the end of line `index` ("Huổi Lếch, ngày
    03", or the place alone, "Huổi Lếch,") read on with the start of the next line ("tháng
    02 năm 2026"), or with its last column when both lines hold two columns; through one more
    line when the date is still open ("…, ngày 22 tháng 01 năm" / "2026"). Nothing may stand
    between the parts, and the date must reach back across the first break (or follow the
    place on the next line): two dates are never joined."""
    line = lines[index]
    columns = segment_texts(line)
    if not columns:
        return
    head = columns[-1][1].rstrip()
    if not _OPEN_END.search(fold(head[-_OPEN_END_REACH:])):
        return
    for pick in (0, -1) if len(columns) > 1 else (0,):
        text, previous = head, line
        best: tuple[OwnDate, bool] | None = None
        for after in lines[index + 1 : index + 1 + MAX_BREAKS]:
            continuations = segment_texts(after)
            if after.number != previous.number + 1 or after.cell != line.cell:
                break
            if not continuations or (pick == -1 and len(continuations) < 2):
                break
            text = f"{text} {_past_left_column(continuations[pick][1].strip())}"
            found = place_date(text, header)
            if found is not None and _reaches_back(text, found, head):
                best = _own(line, text, found, after.number), found.placed
            # "… ngày 22 tháng 01 năm" reads as a blank date: the year may be on the next line
            if not _OPEN_END.search(fold(text[-_OPEN_END_REACH:])):
                break
            previous = after
        if best is not None:
            yield best


_NAME_JOINERS = ("-", "–", "—", "&")  # "TRƯỜNG MẦM NON - TIỂU HỌC": a left column's name


def left_column_word(word: str) -> bool:
    """A word of a left column in capitals merged onto the date's line ("THCS", "-" in "MẦM
    NON - TIỂU HỌC")."""
    return (word.isupper() and len(word) > 1) or word in _NAME_JOINERS


def _past_left_column(text: str) -> str:
    """The start of a next line past the words of a left column in capitals merged onto it by
    one space, when the figures of the date follow them ("THCS 2026": a PDF's header table,
    "CHI BỘ TRƯỜNG PTDTBT THCS" beside "…, ngày 25 tháng 6 năm 2026", wrapped; "NON - TIỂU HỌC
    2026", a dash inside the column's name; "2 2026", the number of "XƯỞNG MAY SỐ 2")."""
    words = text.split()
    index = 0
    while index < len(words) and (
        left_column_word(words[index]) or number_before_year(words, index)
    ):
        index += 1
    rest = words[index:]
    return " ".join(rest) if index and rest and rest[0][:1].isdigit() else text


def number_before_year(words: Sequence[str], index: int) -> bool:
    """A number ending a left column's name ("CHI BỘ XƯỞNG MAY SỐ" / "2") merged before the
    date's year ("2 2026"): no date goes on with a number and then a year."""
    word, after = words[index], words[index + 1] if index + 1 < len(words) else ""
    return word.isdigit() and len(word) <= 2 and after.isdigit() and len(after) == 4


_DAY_WORD = ", ngày"  # a place-and-date's day, ending a line the date goes on from


def _reaches_back(text: str, found: Found, head: str) -> bool:
    """The date found in lines joined at their breaks starts on the first line, or follows its
    place there ("Huổi Lếch," / "ngày 03 …"); a place is written as a name."""
    if found.written >= len(head):
        return False
    if found.start < len(head) - 1 and fold(head).rstrip().endswith(_DAY_WORD):
        return True  # "Lực – ca đêm L3, ngày" / "04/7/2026": the date's own words open it
    if found.placed and not _proper_name(text[found.written : found.start]):
        return False  # "… họp tại Tân Phước," / "ngày 15 …": a sentence, not a place
    return found.start < len(head) or (found.placed and head.endswith(","))


CLOSING_REACH = 2  # lines above the signature table where its date line may stand


def _just_above(line: Line, lines: Sequence[Line], table: int) -> bool:
    """Is `line` a paragraph among the last CLOSING_REACH lines before the signature table?"""
    if line.cell is not None:
        return False
    following = lines[line.number : line.number + CLOSING_REACH]
    return any(after.cell is not None and after.cell.table == table for after in following)


def _signature_rows(lines: Sequence[Line], body_end: int | None) -> tuple[int, int] | None:
    """(table, first row) of the signature table's rows around the closing block's first line:
    the row holding "NGƯỜI CAM KẾT | T/M CHI ỦY" and the one above it, where the place and date
    often stand in a cell."""
    if body_end is None or not 1 <= body_end <= len(lines):
        return None
    cell = lines[body_end - 1].cell
    return (cell.table, cell.row - 1) if cell is not None else None


def _own_date_in(
    lines: Sequence[Line], title_line: int | None, body_end: int | None
) -> OwnDate | None:
    fallback: OwnDate | None = None
    signature = _signature_rows(lines, body_end)
    for index, line in enumerate(lines):
        in_header = title_line is None or line.number < title_line
        in_closing = body_end is not None and (
            line.number >= body_end
            or (signature is not None and _in_rows(line, *signature))
            # a date line just above the signature table ("Ngày 16 tháng 3 năm 2026")
            or (signature is not None and _just_above(line, lines, signature[0]))
            # or just above the signer's line ("Ngày 19 tháng 3 năm 2026" / "Người cam kết")
            or (
                line.cell is None
                and _stands_alone(line, lines[index - 1] if index else None)
                and body_end - CLOSING_REACH <= line.number < body_end
            )
        )
        if line.cell is not None and not (in_header or in_closing):
            continue  # a date in a table of the body is a deadline, not the document's date
        candidates = _on_line(line, in_header)
        if index + 1 < len(lines):  # first: "…, ngày 03 tháng 02 năm" alone looks like a blank date
            candidates = chain(_across_breaks(lines, index, in_header), candidates)
        for own, placed in candidates:
            # a month without its day in the body is a wrapped sentence's end ("… về Chi bộ
            # khu phố" / "Bến Đá tháng 12/2025"), not the document's date
            if placed and (own.status != _PARTIAL or in_header or in_closing):
                return own
            if fallback is None and (
                in_header or in_closing or _in_field(line, lines, index, title_line)
            ):
                fallback = own
    return fallback


def _in_field(line: Line, lines: Sequence[Line], index: int, title_line: int | None) -> bool:
    """Is the date on `line` the report's own, written as a form's field: after its label
    ("Ngày báo cáo: 27/06/2026"), alone under its label ("Ngày báo cáo *" / "25/06/2026", a web
    form's last field), or a line "Ngày 30/6/2026" of its own among the fields under the title,
    not a date a sentence wrapped onto a line ("… hoàn thành hồ sơ trước" / "ngày 30/4/2026.")?"""
    found = place_date(line.clean)
    if found is None:
        return False
    if found.labelled:
        return True
    above = lines[index - 1].clean.strip() if index else ""
    if above and _DATE_FIELD.match(fold(above)):
        return True
    return (
        title_line is not None
        and 0 < line.number - title_line <= FIELD_REACH
        and line.clean.lstrip().startswith("Ngày")
        and _stands_alone(line, lines[index - 1] if index else None)
    )


def _stands_alone(line: Line, previous: Line | None) -> bool:
    """A line of its own ("Ngày 19 …", or "ngày 12/3/2026" under a finished line), not one
    going on the sentence or the date above ("… tại nhà văn hóa bản Phiêng," / "ngày 03 …",
    "Bản Phiêng, ngày 03 tháng 02" / "ngày 10 …")."""
    if line.clean.lstrip()[:1].isupper() or previous is None:
        return True
    above = previous.clean.rstrip()
    return not above.endswith((",", ":", ";", "-")) and not _OPEN_END.search(
        fold(above[-_OPEN_END_REACH:])
    )


def _in_rows(line: Line, table: int, first_row: int) -> bool:
    return line.cell is not None and line.cell.table == table and line.cell.row >= first_row


def find_own_date(
    lines: Sequence[Line],
    title_line: int | None,
    body_end: int | None,
    margins: Sequence[Line] = (),
) -> OwnDate | None:
    """The place-and-date line; a bare date line in the header or closing block as fallback;
    when the body has neither, the date in a page header or footer (`margins`)."""
    return (
        _own_date_in(lines, title_line, body_end)
        or _own_date_in(margins, None, None)
        or _chat_stamp(lines, title_line)
        or _form_stamp(lines, title_line)
    )


# A report pasted into a chat opens with the stamp of the message that brought it ("[30/6/2026
# 20:41] Nguyễn Thị Hằng: Em gửi anh …", then the title): its date, when the report writes none.
CHAT_STAMP = r"^\s*\[[\d/:,.\s]{8,24}\]"  # "[30/6/2026 20:41]", "[07:52, 03/07/2026]"
_CHAT_STAMP = re.compile(CHAT_STAMP)
_STAMP_REACH = 3  # the stamp is on the title's line (its message) or one right above it


# The stamp an online form puts on the answers it received ("Dấu thời gian: 30/06/2026
# 22:07:51", or its label alone and the stamp on the next line): the report's date when the
# report writes none, a date field of its own ("Ngày báo cáo *" / "15/7/2025") coming first.
_FORM_STAMP = re.compile(
    r"^\s*(?:phản hồi\s*#?\s*\d+\s*[-–:]\s*)?dấu thời gian\s*\*?\s*:?\s*(?P<value>.*)$"
)


FIELD_WORDS = 60  # as many words under the title, however narrow the page wraps them


def _form_stamp(lines: Sequence[Line], title_line: int | None) -> OwnDate | None:
    start = (title_line or 1) - 1
    words = 0
    for index, line in enumerate(lines[start:], start):
        if index - start >= FIELD_REACH and words >= FIELD_WORDS:
            return None
        words += len(line.clean.split())
        found = _FORM_STAMP.match(fold(line.clean))
        if found is None:
            continue
        value, holder = found["value"], line
        if not value.strip() and index + 1 < len(lines):
            holder = lines[index + 1]
            value = fold(holder.clean)
        dates = find_dates(value)
        if not dates or value[: dates[0].start].strip():
            return None  # a stamp is the date, then the time
        stamp = dates[0]
        if stamp.end == len(value.rstrip()) or _SENT_TIME.match(value, stamp.end):
            return OwnDate(holder.number, holder.clean.strip(), stamp.value, stamp.status.value)
        return None
    return None


def _chat_stamp(lines: Sequence[Line], title_line: int | None) -> OwnDate | None:
    if title_line is None:
        return None
    for line in lines[max(0, title_line - 1 - _STAMP_REACH) : title_line]:
        found = _CHAT_STAMP.match(line.clean)
        dates = find_dates(found.group()) if found else []
        if len(dates) == 1:
            written = found.group()[dates[0].start : dates[0].end]
            return OwnDate(line.number, written, dates[0].value, dates[0].status.value)
    return None
