"""The frame of a document: its kind (from the title), header, own date, number, closing block.

Real headers put two columns on one line ("ĐẢNG BỘ XÃ A      ĐẢNG CỘNG SẢN VIỆT NAM"), with
spaces or a tab between; .docx files often use a two-column table. Both are read as
*segments*: the parts of a line separated by a tab or by two or more spaces.
"""

from __future__ import annotations

import datetime as dt
import re

from linter.citations import SYMBOL, symbol_of
from linter.dates import DateStatus, find_dates, find_month_dates
from linter.document import Header, Line, OwnDate
from linter.normalize import fold, mostly_upper
from linter.roles import role_from_position

HEADER_ZONE = 40  # the title is looked for in the first lines only


# Two spacing characters in a row (zero-width ones count: they sit inside wide gaps) or a tab.
_WIDE_GAP = re.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad]{2}|\t")


def segments(line: Line) -> list[tuple[int, int]]:
    """Spans (in normalised text) of the columns of a line split by tabs or 2+ spaces."""
    text, norm = line.clean, line.norm
    if not _WIDE_GAP.search(line.text):
        return [(0, len(text))] if text else []
    spans: list[tuple[int, int]] = []
    begin = 0
    for index, char in enumerate(text):
        if char != " " or index + 1 >= len(text):
            continue
        gap = line.text[norm.starts[index] : norm.starts[index + 1]]
        if len(gap) >= 2 or "\t" in gap:
            spans.append((begin, index))
            begin = index + 1
    spans.append((begin, len(text)))
    return [(s, e) for s, e in spans if e > s]


def segment_texts(line: Line) -> list[tuple[int, str]]:
    return [(start, line.clean[start:end]) for start, end in segments(line)]


_COMMITMENT_TITLES = (
    "bản cam kết",
    "cam kết tu dưỡng",
    "bản tự cam kết",
    "bản đăng ký",
    "phiếu đăng ký",
    "bản đăng kí",
)
_PLAN_TITLES = ("kế hoạch", "chương trình hành động")
_REPORT_TITLES = ("báo cáo",)


def _title_kind(text: str) -> str | None:
    key = fold(text).strip(" *#:")
    if key.startswith(_COMMITMENT_TITLES):
        return "commitment"
    if SYMBOL.search(text) or re.search(r"\bsố\b", key):
        return None  # "Kế hoạch số 12-KH/ĐU …" is a citation, not a title
    short = len(key.split()) <= 4
    if key.startswith(_PLAN_TITLES) and (mostly_upper(text) or short):
        return "plan"
    if key.startswith(_REPORT_TITLES) and (mostly_upper(text) or short):
        return "report"
    return None


def detect_kind(lines: list[Line]) -> tuple[str, int | None]:
    """Kind from the first title-like line, and that line's number."""
    for line in lines[:HEADER_ZONE]:
        for _, text in segment_texts(line):
            kind = _title_kind(text)
            if kind:
                return kind, line.number
    return "other", None


# --- own date ----------------------------------------------------------------------------

# "Tân Phước", "TP. Cao Lãnh", "Phường 2", "Quận 3": letters first, digits allowed after.
_PLACE = re.compile(r"^(?P<place>[^\W\d_][^,;:()/]{0,60}?)\s*(?P<comma>,)?\s*$")
_DATE_TAIL = re.compile(r"[\s.)]*$")  # matched from the date's end (no copy of a long line's rest)
_NOT_PLACE = re.compile(
    r"\b(số|kế hoạch|căn cứ|thực hiện|chỉ thị|kết luận|nghị quyết|ký|trước|sau|đến|từ|trong|hạn|"
    r"chậm nhất|hoàn thành|thời gian|thời hạn|ngày|tháng|năm|kể từ|bắt đầu|kết thúc)\b"
)


def _place_date(text: str) -> tuple[int, int, DateStatus, dt.date | None] | None:
    """A "<place>, ngày …" or bare-date segment: (date start, end, status, value)."""
    # a full date first; "Tân An, tháng 5 năm 2021" (no day) is an own date without a value
    for mention in [*find_dates(text), *find_month_dates(text)]:
        if not _DATE_TAIL.match(text, mention.end):
            continue
        before = text[: mention.start]
        if before.strip():
            place = _PLACE.match(before)
            if not place or _NOT_PLACE.search(fold(place["place"])):
                continue
            words = place["place"].split()
            if len(words) > 8 or not (
                place["comma"] or all(w[0].isupper() or w.isdigit() for w in words)
            ):
                continue
        return mention.start, mention.end, mention.status, mention.value
    return None


def find_own_date(
    lines: list[Line], title_line: int | None, body_end: int | None
) -> OwnDate | None:
    """The place-and-date line; a bare date line in the header or closing block as fallback."""
    fallback: OwnDate | None = None
    for line in lines:
        in_header = title_line is None or line.number < title_line
        in_closing = body_end is not None and line.number >= body_end
        if line.cell is not None and not (in_header or in_closing):
            continue  # a date in a table of the body is a deadline, not the document's date
        columns = [text for _, text in segment_texts(line)]
        # Odd spacing inside the date ("ngày  15  tháng  3") also looks like a column gap.
        for text in columns if len(columns) == 1 else [*columns, line.clean]:
            found = _place_date(text)
            if not found:
                continue
            date_start, _date_end, status, value = found
            own = OwnDate(line.number, text.strip(), value, status.value)
            if text[:date_start].strip():
                return own
            if fallback is None and (in_header or in_closing):
                fallback = own
    return fallback


# --- number and header ---------------------------------------------------------------------

_NUMBER = re.compile(r"^\s*số\s*:?\s*", re.IGNORECASE)


_YEAR = re.compile(r"\bnăm\s+(\d{4})\b")


def find_title_year(lines: list[Line], title_line: int | None) -> int | None:
    """The year a commitment or plan is for: "… phấn đấu năm 2025" in its title lines."""
    if title_line is None:
        return None
    for line in lines[title_line - 1 : title_line + 2]:
        found = _YEAR.search(fold(line.clean))
        if found:
            return int(found[1])
    return None


def find_number(lines: list[Line], title_line: int | None) -> tuple[str | None, int | None]:
    """The document's own number ("Số 03-KH/CB") from the lines before or at the title."""
    last = title_line or HEADER_ZONE
    for line in lines[: last + 3]:
        for _, text in segment_texts(line):
            lead = _NUMBER.match(text)
            symbol = SYMBOL.match(text, lead.end()) if lead else None
            if symbol:
                return str(symbol_of(symbol)), line.number
    return None, None


_COMMITTEE = re.compile(
    r"^(đảng bộ|đảng ủy|huyện ủy|tỉnh ủy|thành ủy|quận ủy|thị ủy|đảng ủy khối)\b"
)
_CELL = re.compile(r"^chi bộ\b")
_FIELD = re.compile(
    r"^(?P<label>họ và tên|họ, tên|họ tên|tên tôi là|tôi tên là|tôi là|chức vụ|chức danh|"
    r"nghề nghiệp|đơn vị công tác|nhiệm vụ được giao|công việc được giao|chi bộ|sinh hoạt tại chi bộ)"
    r"(?:[^:]{0,40}?)\s*:\s*(?P<value>.+)$"
)
_FIELD_BULLET = re.compile(r"^[-+•*–·]\s*")
_SIGNATURE = re.compile(
    r"^(người cam kết|người viết cam kết|người đăng ký|đảng viên cam kết|người làm cam kết)\b"
)


def _name_in(text: str) -> str | None:
    words = []
    for word in text.replace(",", " ").split():
        bare = word.rstrip(".;:")
        if not bare or not bare[0].isupper() or not bare.isalpha():
            break
        words.append(bare)
        if bare != word:  # "Họ và tên: Đỗ Văn Chiến. Sinh năm: 1956": the name ends at its stop
            break
    return " ".join(words) if 2 <= len(words) <= 6 else None


def parse_header(lines: list[Line], title_line: int | None, body_start: int | None) -> Header:
    """Committee and cell from the header; author and role from the labelled fields."""
    committee = cell = author = role = None
    field_zone = lines[: (body_start or HEADER_ZONE + 20)]
    for line in field_zone:
        for _, segment in segment_texts(line):
            text = _FIELD_BULLET.sub("", segment)
            key = fold(text)
            in_header = title_line is None or line.number < title_line
            if in_header and committee is None and _COMMITTEE.match(key):
                committee = text
            elif in_header and cell is None and _CELL.match(key):
                cell = text
            field = _FIELD.match(key)
            if not field:
                continue
            value = text[field.start("value") :].strip(" .;")
            label = field["label"]
            if label in ("chi bộ", "sinh hoạt tại chi bộ"):
                cell = cell or f"Chi bộ {value}"
            elif label.startswith(("họ", "tên", "tôi")):
                author = author or _name_in(value)
            else:
                role = role or value
    if author is None:
        author = _signature_name(lines)
    return Header(committee, cell, author, role, role_from_position(role, cell))


def _signature_name(lines: list[Line]) -> str | None:
    """The name under "NGƯỜI CAM KẾT" (title-cased when written in capitals)."""
    for index, line in enumerate(lines):
        if not any(_SIGNATURE.match(fold(text)) for _, text in segment_texts(line)):
            continue
        for after in lines[index + 1 : index + 8]:
            name = _name_in(after.clean)
            if name and "ký" not in fold(after.clean):
                return name.title() if mostly_upper(name) else name
    return None


_CLOSING = re.compile(
    r"^(người cam kết|người viết cam kết|người đăng ký|xác nhận|ý kiến|nhận xét|t/m|tm\.|tm |"
    r"nơi nhận|chi ủy xác nhận|bí thư chi bộ|đảng viên cam kết|người làm cam kết)"
)


def find_closing(lines: list[Line], after: int) -> int | None:
    """First line of the closing block (signature, confirmation, "Nơi nhận") after line `after`."""
    for line in lines[after:]:
        if any(_CLOSING.match(fold(text)) for _, text in segment_texts(line)):
            return line.number
    return None
