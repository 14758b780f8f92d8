"""The frame of a document: its header (committee, cell, writer, role), number and closing
block. Its kind is read in linter.kinds, its own date in linter.own_date, the columns of a
line in linter.columns.

A header's left column may have its right column merged onto it by a single space (text from
a web page): "ĐẢNG BỘ XÃ TÂN PHƯỚC ĐẢNG CỘNG SẢN VIỆT NAM", "CHI BỘ TRẠM Y TẾ Tân Phước, ngày
…"; the committee and the cell are the left column alone.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence

from linter import resources
from linter.citations import SYMBOL, symbol_of
from linter.columns import segment_texts
from linter.document import Header, Line
from linter.own_date import REQUIRED_MARK, place_date
from linter.read.normalize import fold, mostly_upper
from linter.read.reflow import goes_on_sentence
from linter.roles import role_from_position

HEADER_ZONE = 40  # the title is looked for in the first lines only


# "Số: 03-KH/CB" under the issuer's name; "… Kế hoạch số 12-KH/ĐU" (or a wrapped "… Kế hoạch" /
# "số 12-KH/ĐU …") is a citation. Past the header only a capital "Số" starts a number.
_NUMBER = re.compile(r"^\s*số(?![^\W\d_])\s*:?\s*", re.IGNORECASE)
_CITED_AFTER = re.compile(r"^[\s,;]*(?:ngày|ban hành|của)(?![^\W\d_])")
AFTER_TITLE = 3  # lines after the title where a "Số: 03-KH/CB" line alone is still the number


@functools.cache
def _ends_on_document_type() -> re.Pattern[str]:
    """A line a break cut in a citation: it ends on a document type ("… thực hiện Kế hoạch")."""
    types: dict[str, list[str]] = resources.data("doctypes")["types"]
    words = {word for names in types.values() for word in names} | {"văn bản", "tờ trình"}
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\s*[,:]?\s*$")


def _continues_a_citation(previous: Line | None) -> bool:
    if previous is None or mostly_upper(previous.clean):  # "KẾ HOẠCH" is a title, not a citation
        return False
    return bool(_ends_on_document_type().search(fold(previous.clean)))


_YEAR = re.compile(r"\bnăm\s+(\d{4})\b")


def find_title_year(lines: Sequence[Line], title_line: int | None) -> int | None:
    """The year a commitment or plan is for: "… phấn đấu năm 2025" in its title lines."""
    if title_line is None:
        return None
    title = lines[title_line - 1 : title_line + 2]
    for index, line in enumerate(title):
        text = fold(line.clean)
        found = _YEAR.search(text)
        if found:
            return int(found[1])
        # a title wrapped between "năm" and its year ("… PHẤN ĐẤU NĂM" / "2026")
        following = title[index + 1].clean if index + 1 < len(title) else ""
        found = _YEAR.search(f"{text.rstrip()} {fold(following).lstrip()}")
        if found and found.start() < len(text.rstrip()):
            return int(found[1])
    return None


def _own_number(text: str, header: bool) -> re.Match[str] | None:
    lead = _NUMBER.match(text)
    if lead is None or not (header or lead[0].lstrip()[0].isupper()):
        return None
    symbol = SYMBOL.match(text, lead.end())
    if symbol is None or _CITED_AFTER.match(fold(text[symbol.end() :])):
        return None
    return symbol


def find_number(lines: Sequence[Line], title_line: int | None) -> tuple[str | None, int | None]:
    """The document's own number ("Số: 03-KH/CB"), written in the header under the issuer:
    before the title or on its line (in a header table too), or alone on a line just after it.
    Never a citation: "Thực hiện Kế hoạch số 12-KH/ĐU …", "Số 12-KH/ĐU ngày … của …", or "số …"
    starting a line that a break cut from "… Kế hoạch"."""
    zone = lines[: title_line + AFTER_TITLE] if title_line else lines[:HEADER_ZONE]
    for index, line in enumerate(zone):
        if _continues_a_citation(zone[index - 1] if index else None):
            continue
        header = title_line is not None and line.number <= title_line
        after_title = title_line is not None and line.number > title_line
        for _, text in segment_texts(line):
            symbol = _own_number(text, header)
            if symbol is None or (after_title and text[symbol.end() :].strip(" .;")):
                continue
            return str(symbol_of(symbol)), line.number
    return None, None


_COMMITTEE = re.compile(
    r"^(đảng bộ|đảng ủy|huyện ủy|tỉnh ủy|thành ủy|quận ủy|thị ủy|đảng ủy khối)\b"
)
_CELL = re.compile(r"^chi bộ\b")
_FIELD = re.compile(
    r"^(?P<label>họ và tên|họ, tên|họ tên|tên tôi là|tôi tên là|tôi tên(?=\s*:)|tôi là|chức vụ|chức danh|"
    r"nghề nghiệp|đơn vị công tác|nhiệm vụ được giao|công việc được giao|chi bộ|sinh hoạt tại chi bộ"
    # the writer named by the signer's label, as a field: "Người báo cáo: Lê Văn Cường - Tổ trưởng"
    r"|người báo cáo|người viết báo cáo|người tự kiểm điểm|người kiểm điểm|người cam kết"
    # a web portal's sender of the form ("Người gửi: Phan Thị Thùy Linh")
    r"|người gửi(?=\s*:)"
    # the member named as such under the title: "Đảng viên: Ngô Thị Bảo Ngọc - giáo viên …",
    # or by a bare "Tên: Trần Văn Bốn - Tổ trưởng …"
    r"|đảng viên(?:\s+(?:dự bị|chính thức))?(?=\s*:)|tên(?=\s*:))"
    r"(?:[^:]{0,40}?)\s*:\s*(?P<value>.+)$"
)
# A bullet, or a web form's mark of a required field before its label ("(*) Họ và tên: …").
_FIELD_BULLET = re.compile(rf"^(?:[-+•*–·]|{REQUIRED_MARK})\s*")
# A web form's name field: its label alone, a required field's star after it, the answer on
# the next line ("Họ và tên *" / "Mạc Thị Thu Lụa", "Họ và tên đảng viên *"), numbered as
# the form's first question or not ("1. Họ và tên đảng viên *").
_NAME_LABEL_ALONE = re.compile(
    r"^(?:\d{1,2}\s*[.)]\s*)?(?:họ và tên|họ, tên|họ tên)(?:\s+(?:của\s+)?(?:đảng viên|người báo cáo))?\s*\*?\s*:?\s*$"
)
_SIGNATURE = re.compile(
    r"^(người cam kết|người viết cam kết|người đăng ký|đảng viên cam kết|người làm cam kết"
    # a member's report on the commitment: the self-review, the 6-month report
    r"|người tự kiểm điểm|người kiểm điểm|người báo cáo|người viết báo cáo)\b"
)
# The party's name, the right column of a header merged onto its left column by one space.
_MOTTO = re.compile(r"\s(?:ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM)\b")


def _left_column(text: str) -> str:
    """A header segment less a right column merged onto it by a single space: the party's
    name ("ĐẢNG BỘ XÃ TÂN PHƯỚC ĐẢNG CỘNG SẢN VIỆT NAM") or the place and date ("CHI BỘ TRẠM Y
    TẾ Tân Phước, ngày 22 tháng 01 năm 2025")."""
    motto = _MOTTO.search(text)
    if motto:
        text = text[: motto.start()]
    found = place_date(text, header=True)
    if found is not None and found.placed and found.written > 0:
        text = text[: found.written]
    return text.strip()


def writer_marks(lines: Sequence[Line]) -> bool:
    """A field naming the writer ("Họ và tên: …", "Chức vụ: …") or the signature of the one
    committing ("NGƯỜI CAM KẾT"): what a commitment has and an article about commitments has not."""
    for line in lines:
        for _, segment in segment_texts(line):
            key = fold(_FIELD_BULLET.sub("", segment))
            if _SIGNATURE.match(key) or _FIELD.match(key):
                return True
    return False


# A numbered heading, not a name: "PHẦN I. KẾT QUẢ …", "II. HẠN CHẾ".
_HEADING = re.compile(r"^(?:(?:PHẦN|Phần|MỤC|Mục|CHƯƠNG|Chương)\s+)?[IVX]{1,4}[.)]")


# Names of the Central Highlands' peoples join a syllable with an apostrophe ("H'Nga Byă",
# "H’Yăm Ayun"): one word of the name.
_APOSTROPHES = re.compile(r"['’ʼ‘`´]")


# A rank or title before the name ("Thượng úy Trần Văn Hiếu", "Trung sĩ Lâm Văn Khải"): the
# police's and the army's members sign and fill their particulars so.
_RANK = re.compile(
    r"^(?:(?:thiếu|trung|thượng|đại)\s+(?:úy|uý|tá|tướng)|(?:hạ|trung|thượng)\s+sĩ"
    r"|binh\s+(?:nhất|nhì))\s+(?=\S)",
    re.IGNORECASE,
)


def _name_in(text: str) -> str | None:
    if _HEADING.match(text.strip()):
        return None
    text = _RANK.sub("", text.strip(), count=1)
    words = []
    tokens = text.split()
    for index, word in enumerate(tokens):
        bare = word.rstrip('.,;:)”"')
        if not bare or not bare[0].isupper() or not _APOSTROPHES.sub("", bare).isalpha():
            # "Họ và tên: Trịnh Minh Quân Năm sinh: 1991" (a PDF's line running the next field
            # on): the capital opening that field's label is no part of the name; after a
            # separator ("Đoàn Thị Mỹ Dung - Ngày sinh: …") the name is whole
            label_goes_on = bare.rstrip(":").isalpha()
            if words and label_goes_on and any(t.endswith(":") for t in tokens[index : index + 3]):
                words.pop()
            break
        words.append(bare)
        # "Họ và tên: Đỗ Văn Chiến. Sinh năm: 1956", "Tên tôi là: Ngô Văn Chín, Tổ trưởng …":
        # the name ends at the stop or comma after it
        if bare != word:
            break
    return " ".join(words) if 2 <= len(words) <= 6 else None


def _fields_of(line: Line) -> list[str]:
    """A line's segments, a label alone in its column joined with the value in the next
    ("Họ và tên (*):" | "Võ Thị Ngọc Hân", a form's two columns)."""
    segments = [text for _, text in segment_texts(line)]
    fields: list[str] = []
    index = 0
    while index < len(segments):
        if (
            index + 1 < len(segments)
            and _label_alone(segments[index])
            and not _FIELD.match(fold(_FIELD_BULLET.sub("", segments[index + 1])))
        ):
            fields.append(f"{segments[index].rstrip()} {segments[index + 1].strip()}")
            index += 2
        else:
            fields.append(segments[index])
            index += 1
    return fields


def _label_alone(segment: str) -> bool:
    text = _FIELD_BULLET.sub("", segment).rstrip()
    return text.endswith(":") and bool(_FIELD.match(fold(f"{text} x")))


def parse_header(lines: Sequence[Line], title_line: int | None, body_start: int | None) -> Header:
    """Committee and cell from the header; author and role from the labelled fields."""
    committee = cell = author = role = None
    field_zone = lines[: (body_start or HEADER_ZONE + 20)]
    for line in field_zone:
        for segment in _fields_of(line):
            text = _FIELD_BULLET.sub("", segment)
            key = fold(text)
            in_header = title_line is None or line.number < title_line
            if in_header and committee is None and _COMMITTEE.match(key):
                committee = _left_column(text)
            elif in_header and cell is None and _CELL.match(key):
                cell = _left_column(text)
            field = _FIELD.match(key)
            if not field:
                continue
            value = text[field.start("value") :].strip(" .;")
            label = field["label"]
            if label in ("chi bộ", "sinh hoạt tại chi bộ"):
                cell = cell or f"Chi bộ {value}"
            elif label.startswith(("họ", "tên", "tôi", "người")):
                author = author or _name_in(value)
            elif label.startswith("đảng viên") and _name_in(value):
                author = author or _name_in(value)
                role = role or _after_name(value)
            else:
                role = role or value
    if author is None:
        author = _name_below_label(field_zone) or _self_introduced(field_zone)
    if author is None and title_line is not None:
        author = _member_by_title(lines, title_line)
    if author is None:
        author = _signature_name(lines) or _unlabelled_signer(lines)
    if author is None:
        author = _mail_sender(field_zone)
    if author is None and title_line is not None:
        author = _named_under_title(lines, title_line)
    return Header(committee, cell, author, role, role_from_position(role, cell))


# An e-mail's sender as its header prints it ("From: Hà Thị Xuân <xuanha.mh95@gmail.com>",
# "Từ: …"): the writer, when the report names no one else.
_MAIL_SENDER = re.compile(r"^(?:from|từ|người gửi)\s*:\s*(?P<name>[^<>@]+?)\s*<[^<>\s]+@[^<>\s]+>")


def _mail_sender(lines: Sequence[Line]) -> str | None:
    for line in lines:
        found = _MAIL_SENDER.match(fold(line.clean.strip()))
        if found:
            return _full_name(line.clean.strip()[found.start("name") : found.end("name")], True)
    return None


# The member named with no label's colon: in the title ("CAM KẾT NĂM 2026 – ĐẢNG VIÊN TRẦN VĂN
# LÃNH", the name ending it) or right under it ("Đảng viên Trần Văn Lãnh – chủ tàu …"), the word
# shortened or not ("BÁO CÁO 6 THÁNG … - ĐV LÝ VĂN TƯỜNG - CHI BỘ KP AN HỘI").
_MEMBER = re.compile(r"(?:^|[\s–—-])(?:đảng viên|đv|đ/c)\s+(?=\S)")
_UNDER_TITLE = 2


@functools.cache
def surnames() -> frozenset[str]:
    """The family names of rules/data/names.yaml, folded."""
    return frozenset(fold(name) for name in resources.data("names")["surnames"])


def _full_name(text: str, whole: bool) -> str | None:
    """A name opening with a family name (title-cased when in capitals); `whole`: the text is
    nothing but the name."""
    name = _name_in(text)
    if name is None or fold(name.split()[0]) not in surnames():
        return None
    if whole and text.strip().rstrip(".") != name:
        return None
    return _as_written(name)


def _name_below_label(lines: Sequence[Line]) -> str | None:
    for line, below in itertools.pairwise(lines):
        if _NAME_LABEL_ALONE.match(fold(_FIELD_BULLET.sub("", line.clean.strip()))):
            return _name_in(below.clean.strip())  # the label says it is a name
    return None


# The writer introducing himself in a sentence, no colon after the words ("Tôi là Đậu Đức
# Toàn, Thượng úy, Cảnh sát khu vực …", as an e-mail opens): a name only if it opens with a
# family name, as "Tôi là đảng viên …" and "Tôi là Bí thư …" name none.
_INTRODUCING = re.compile(r"^(?:tôi là|tôi tên là|tên tôi là|tôi tên)\s+(?=\S)")


def _self_introduced(lines: Sequence[Line]) -> str | None:
    for line in lines:
        text = _FIELD_BULLET.sub("", line.clean.strip())
        found = _INTRODUCING.match(fold(text))
        if found:
            return _full_name(text[found.end() :], whole=False)
    return None


def _member_by_title(lines: Sequence[Line], title_line: int) -> str | None:
    for line in lines[title_line - 1 : title_line + _UNDER_TITLE]:
        text = _FIELD_BULLET.sub("", line.clean.strip())
        found = _MEMBER.search(fold(text))
        if found:
            return _full_name(text[found.end() :], whole=line.number == title_line)
    return None


# A name alone under the title, or before a dash or comma and the post ("Đặng Văn Lực - tổ bảo
# trì xưởng SMT", as a chat message's report is typed): no label says it is a name, so it is one
# only when it opens with a family name.
_NAME_THEN_POST = re.compile(r"\s+[-–—]\s+|\s*,\s*")


def _named_under_title(lines: Sequence[Line], title_line: int) -> str | None:
    below = [line for line in lines[title_line : title_line + _UNDER_TITLE] if line.clean.strip()]
    if not below:
        return None
    first = _FIELD_BULLET.sub("", below[0].clean.strip())
    return _full_name(_NAME_THEN_POST.split(first, maxsplit=1)[0], whole=True)


def _unlabelled_signer(lines: Sequence[Line]) -> str | None:
    """A bare name on the last line, when no signer's label stands anywhere ("Bến Đá
    27/2/2026" / "Trần Văn Lãnh"): the writer's."""
    last = next((line for line in reversed(lines) if line.clean.strip()), None)
    name = _full_name(last.clean, whole=True) if last is not None else None
    if name is None:
        return None
    if any(_CLOSING.match(fold(text)) for line in lines for _, text in segment_texts(line)):
        return None
    return name


def _after_name(value: str) -> str | None:
    """What follows the name in "Đỗ Văn Hải - thợ cơ khí tổ bảo trì": the writer's post."""
    pieces = re.split(r"\s[-–—,]\s*", value, maxsplit=1)
    return pieces[1].strip() or None if len(pieces) == 2 else None


def _signature_name(lines: Sequence[Line]) -> str | None:
    """The name under "NGƯỜI CAM KẾT" (title-cased when written in capitals)."""
    for index, line in enumerate(lines):
        parts = segment_texts(line)
        labels = [k for k, (_, text) in enumerate(parts) if _SIGNATURE.match(fold(text))]
        if not labels:
            continue
        beside = _name_beside_label(parts[labels[0]][1])
        if beside:
            return beside
        column = (labels[0], len(parts))
        # the label's own column first; then, cells merged across columns, every line below
        for below in (_under_label(lines, index), lines[index + 1 : index + 8]):
            name = _first_name(below, column)
            if name:
                return name
    return None


def _first_name(lines: Sequence[Line], column: tuple[int, int]) -> str | None:
    """The first name on the lines, read in the label's column: `column` is the label's place
    among its line's columns and their number ("XÁC NHẬN CỦA CHI ỦY      NGƯỜI CAM KẾT" over
    "Nguyễn Văn Hậu      Trần Văn Tài": the second)."""
    for after in lines:
        key = fold(after.clean).strip()
        if _CLOSING.match(key) or key.startswith("bí thư"):
            continue  # "XÁC NHẬN CỦA CHI ỦY" beside it, a line lower: a label, no name
        name = _name_in(_in_column(after, column))
        if name and "ký" not in key:
            return _as_written(name)
    return None


def _in_column(line: Line, column: tuple[int, int]) -> str:
    """The line's text in the label's column, when the line has as many columns as the label's
    line; else the whole line."""
    place, count = column
    parts = segment_texts(line) if line.cell is None else []
    return parts[place][1] if count > 1 and len(parts) == count else line.clean


def _as_written(name: str) -> str:
    """A name title-cased when written in capitals ("TRẦN VĂN TÀI"), else as written."""
    return name.title() if mostly_upper(name) else name


def _name_beside_label(text: str) -> str | None:
    """The name written after the signer's label and a colon, on its line ("Người cam kết:
    Phan Minh Trí", a chat message's last line)."""
    label, colon, value = text.partition(":")
    if not colon or len(label.split()) > _LABEL_WORDS:
        return None
    name = _name_in(value.strip())
    return _as_written(name) if name else None


_LABEL_WORDS = 4


def _under_label(lines: Sequence[Line], index: int) -> list[Line]:
    """The lines a signer's name may stand on under the label on line `index + 1`: in a Word
    table, the cells of the label's own column below it ("XÁC NHẬN CỦA CHI ỦY" | "NGƯỜI CAM
    KẾT" over "Nguyễn Văn Hậu" | "Trần Văn Tài": the left name is the secretary's)."""
    below = lines[index + 1 : index + 8]
    cell = lines[index].cell
    if cell is None:
        return list(below)
    return [
        line
        for line in below
        if line.cell is None
        or line.cell.table != cell.table
        or (line.cell.column == cell.column and line.cell.row >= cell.row)
    ]


_CLOSING = re.compile(
    r"^(người cam kết|người viết cam kết|người đăng ký|người tự kiểm điểm|người kiểm điểm|"
    r"người báo cáo|người viết báo cáo|xác nhận|ý kiến|nhận xét|t/m|tm\.|tm |"
    r"nơi nhận|chi ủy xác nhận|bí thư chi bộ|đảng viên cam kết|người làm cam kết)"
)


def find_closing(lines: Sequence[Line], after: int) -> int | None:
    """First line of the closing block (signature, confirmation, "Nơi nhận") after line `after`;
    not a line a wrapped sentence goes on to."""
    previous = ""
    for line in lines[after:]:
        goes_on = goes_on_sentence(previous, line.clean)
        previous = line.clean if line.clean.strip() else previous
        if not goes_on and any(_CLOSING.match(fold(text)) for _, text in segment_texts(line)):
            return line.number
    return None
