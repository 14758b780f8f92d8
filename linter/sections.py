"""The template parts of a commitment and the items inside them.

Parts are numbered "I.", "3.", "Phần 3:", or not at all ("Về tư tưởng chính trị:"), and their
titles vary in wording; items are bullets, numbered lines, sentences, or table rows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from linter import resources, segment
from linter.document import Item, Line, Section
from linter.own_date import REQUIRED_MARK
from linter.read.normalize import fold, mostly_upper
from linter.read.reflow import BULLET, Layout, continues, continues_heading, is_page_furniture

_ORDINALS = r"nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám"
# Roman numerals, "Phần 3", "Phần thứ ba", "Thứ ba:" mark a part strongly; "3." may be an item.
# A web form's questions are numbered "Câu 2." ("Câu 2. Kết quả thực hiện nhiệm vụ *"), a cell's
# form numbers the headings under its lettered parts "B1.", "B2.".
_NUMBERING = re.compile(
    r"^\s*(?P<strong>(?:phần|mục|nội dung|điểm|câu)\s+(?:thứ\s+)?)?(?P<num>[ivx]{1,4}|\d{1,2}|[a-gđ]\d)\s*[.):\-–/]\s*(?!\d)"
    r"|^\s*(?P<strong2>(?:phần|mục|nội dung|câu)\s+)(?P<num2>[ivx]{1,4}|\d{1,2})\b\s*[.:\-]?\s*"
    # ("Phần hai - Kết quả làm các việc đã cam kết": the ordinal in words, "thứ" left out)
    rf"|^\s*(?P<strong3>(?:phần|mục|nội dung)\s+(?:thứ\s+)?(?:{_ORDINALS})|thứ\s+(?:{_ORDINALS})"
    rf"|(?:{_ORDINALS})\s+là)\b\s*[.:\-,]?\s*"
    r"|^\s*(?P<letter>[a-gđ])\s*[.)]\s+"
    # a form's parts lettered: "Phần A. Tư tưởng chính trị …", "Phần B. Kết quả thực hiện …"
    r"|^\s*(?P<strong4>(?:phần|mục)\s+)[a-gđ]\s*[.:\-–]\s*"
)
_SHORT_HEADING = 10
_HEADING_REACH = 5
_BULLET = re.compile(
    r"^\s*(?:" + BULLET + r"+\s*|\(?\d{1,2}(?:\.\d{1,2})*\s*[.)]\s+|\(?\d{1,2}(?:\.\d{1,2})+\s+|"
    r"\(?[a-zđ]\s*[.)]\s+|[ivx]{1,4}\.\s+)"
)
# Words that may stand before a part title: "Về việc thực hiện …", "Bản thân …".
_LEADING_WORDS = frozenset({"về", "đối", "với", "việc", "bản", "thân", "kết", "quả"})
_MAX_HEADING_WORDS = 24
# A heading numbered as a part ("VI.", "Phần 6") may name the resolutions it acts on in full:
# "VI. Về kế hoạch hành động thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội
# Đảng bộ phường lần thứ I" has 25 syllables.
_MAX_STRONG_HEADING_WORDS = 32
# A row label is a part title and a word or two ("Đạo đức nghề nghiệp"), not a sentence
# (counted in syllables: "Thực hiện chức trách, nhiệm vụ được giao" has 8).
_MAX_ROW_LABEL_WORDS = 10
_TABLE_HEADER_WORDS = (
    "stt",
    "tt",
    "số tt",
    "nội dung",
    "chỉ tiêu",
    "thời gian",
    "ghi chú",
    "biện pháp",
    "kết quả",
    "sản phẩm",
    "giải pháp",
    "thời hạn",
    "nhiệm vụ",
    "mốc thời gian",
)
# The words that close a commitment before the signature: not commitments themselves.
_CLOSING_FORMULA = re.compile(
    r"(?:trên đây là|kính (?:đề nghị|mong|báo cáo)|đề nghị chi (?:bộ|ủy)|xin chân thành|"
    r"(?:tôi\s+)?xin\s+(?:(?:hứa|cam kết)\s+)?(?:thực hiện|làm đúng)(?:\s+(?:tốt|nghiêm túc|đầy đủ))?"
    r"(?:\s+(?:những|các))?(?:\s+(?:nội dung|điều))?(?:\s+(?:trên|đã nêu|cam kết))?\s*(?:[.;]|$|và\b))"
)
# "Việc làm theo:", "Cụ thể như sau:": a line that only introduces the items below it.
_LEAD_IN_ONLY = re.compile(r"^[^:.;]{1,60}:\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?=[^\W\d_])")


# The pseudo-part of a commitment whose parts cannot be told apart: its whole body.
UNPLACED = 0
# "… tôi xin cam kết:", "đăng ký những nội dung sau:": the line that opens the body.
_LEAD_IN = re.compile(r"(?:cam kết|đăng ký|như sau|sau đây|dưới đây|những nội dung)[^:]{0,60}:\s*$")


@dataclass(frozen=True)
class Part:
    number: int
    name: str
    titles: tuple[tuple[str, ...], ...]  # each title as words


@functools.cache
def default_parts() -> tuple[Part, ...]:
    return tuple(template_parts())


def template_parts(template: dict | None = None) -> list[Part]:
    template = template or resources.data("template")
    return [
        Part(p["part"], p["name"], tuple(tuple(re.findall(r"\w+", fold(t))) for t in p["titles"]))
        for p in template["parts"]
    ]


@dataclass(frozen=True)
class Heading:
    part: int
    title: str
    inline_start: int | None  # offset of an item written on the heading line, after ":"
    parts: tuple[int, ...] = ()  # all parts the heading names (merged parts: 4 and 5)
    numbering: str = "other"  # roman | arabic | letter | other


def numbering_end(text: str) -> int:
    """Where a line's numbering ends ("Phần 2: ", "III. ", "b) "), 0 when it has none."""
    numbering = _NUMBERING.match(fold(text))
    return numbering.end() if numbering else 0


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _strong_numbering(numbering: re.Match[str] | None) -> bool:
    if numbering is None:
        return False
    roman = numbering["num"] is not None and numbering["num"].isalpha()
    return roman or any(numbering[g] for g in ("strong", "strong2", "strong3", "strong4"))


@functools.lru_cache(maxsize=16)
def _titles_by_first_word(parts: tuple[Part, ...]) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """(title, part number) of every title, by its first word: the only titles that can start
    at a word. An empty title is none (it would never move a search on)."""
    found: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for part in parts:
        for title in part.titles:
            if title:
                found.setdefault(title[0], []).append((title, part.number))
    return found


def _title_parts(title: str, parts: Sequence[Part], reach: int) -> tuple[int, ...]:
    """The parts a heading names, in order: one, or several when parts are merged
    ("Chính trị tư tưởng, đạo đức lối sống" is parts 1 and 2).

    The first title must start within the first `reach` words, or after leading words such
    as "Về", "Việc", "Bản thân"; a further part must start a new chunk of the heading (after
    ",", ";", "-", "và"), outside the titles already found.
    """
    tokens = re.findall(r"\w+|[,;/&+-]", fold(title))
    words: list[str] = []
    chunk_starts = {0}
    for token in tokens:
        if token.isalnum() or "_" in token:
            if token == "và":
                chunk_starts.add(len(words) + 1)
            words.append(token)
        else:
            chunk_starts.add(len(words))
    by_first = _titles_by_first_word(tuple(parts))
    found: list[int] = []
    index = 0
    while index < len(words):
        leading = all(word in _LEADING_WORDS for word in words[:index])
        if not found and index >= reach and not leading:
            break
        start_ok = not found or any(
            s <= index and all(w in _LEADING_WORDS for w in words[s:index]) for s in chunk_starts
        )
        matches = [
            (len(title), number)
            for title, number in by_first.get(words[index], ())
            if tuple(words[index : index + len(title)]) == title
        ]
        if matches and start_ok:
            length, number = max(matches)
            if number not in found and not (found and _at_residence(words, index + length)):
                found.append(number)
            index += length
            continue
        index += 1
    return tuple(found)


_RESIDENCE = (("nơi", "cư", "trú"), ("ở", "nơi", "cư", "trú"), ("tại", "nơi", "cư", "trú"))


def _at_residence(words: list[str], end: int) -> bool:
    """Whether the title ending at `end` is qualified by the member's place of residence: "…
    Nghị quyết Đại hội và nhiệm vụ ở nơi cư trú" names no duties of the post beside part 6."""
    return any(tuple(words[end : end + len(place)]) == place for place in _RESIDENCE)


# "1. Về tư tưởng chính trị. Giữ vững …": a numbered "Về …" title ended by a full stop, its
# first item written on after it (a fixed-width text wraps both together); in a chat message,
# by a dash ("2. Về đạo đức lối sống- Không uống rượu …").
_VE_TITLE_STOP = re.compile(r"về\s[^.:;\-–]{3,60}?(?:(\.)|\s*([-–]))\s+(?=\S)")


def _title_stop(text: str, body_start: int) -> int:
    """Where a numbered "Về …" title ends with a full stop or a dash and its item starts; -1
    if not. After a dash the item must open with a capital: "kinh tế - xã hội" is one title."""
    found = _VE_TITLE_STOP.match(fold(text), body_start)
    if not found:
        return -1
    if found.group(1):
        return found.start(1)
    return found.start(2) if text[found.end() : found.end() + 1].isupper() else -1


def _max_heading_words(numbering: re.Match[str] | None, row_label: bool) -> int:
    if row_label:
        return _MAX_ROW_LABEL_WORDS
    return _MAX_STRONG_HEADING_WORDS if _strong_numbering(numbering) else _MAX_HEADING_WORDS


# A web form's printout shows each section's title in square brackets, alone on its line
# ("[I. Ưu điểm, kết quả đạt được]", "[VII. Tự nhận mức xếp loại chất lượng]"), or after the
# mark of a required field ("* Mục 2 - Kết quả thực hiện …:", "(*) 3. Hạn chế"): a numbered
# title only, as "* " before anything else is a bullet.
_BRACKETED = re.compile(r"^(\s*)\[([^\[\]]+)\](\s*)$")
_REQUIRED_BEFORE_TITLE = re.compile(
    rf"^\s*(?:\*|{REQUIRED_MARK})(?=\s*"
    r"(?:(?:mục|phần)\s+(?:\d{1,2}|[ivx]{1,4})\b|\d{1,2}\s*[.)]\s"
    r"|[ivx]{1,4}\s*[.\-–]\s))",
    re.IGNORECASE,
)


# …or only its numbering in brackets ("[Mục 3] Về thực hiện chức trách, nhiệm vụ").
_BRACKETED_NUMBER = re.compile(
    r"^(\s*)\[((?:mục|phần|câu)\s+(?:\d{1,2}|[ivx]{1,4}))\](?=\s+\S)", re.IGNORECASE
)


def unmarked(text: str) -> str:
    """The line with a web form's marks around its title blanked: the square brackets around
    all of it or its numbering, or a required field's mark before it (same length, so offsets
    into it hold)."""
    found = _BRACKETED.match(text)
    if found:
        return f"{found[1]} {found[2]} {found[3]}"
    found = _BRACKETED_NUMBER.match(text)
    if found:
        return f"{found[1]} {found[2]}.{text[found.end() :]}"
    mark = _REQUIRED_BEFORE_TITLE.match(text)
    return " " * mark.end() + text[mark.end() :] if mark else text


def match_heading(line: Line, parts: Sequence[Part], row_label: bool = False) -> Heading | None:
    """A template-part heading, however it is numbered and titled; `row_label` when the line is
    the table cell that labels its row ("Tư tưởng chính trị | Kiên định …")."""
    text = unmarked(line.clean)
    if not text or re.match(r"^\s*" + BULLET, text):
        return None
    numbering = _NUMBERING.match(fold(text))
    body_start = numbering.end() if numbering else 0
    colon = text.find(":", body_start)
    if colon < 0 and numbering:
        colon = _title_stop(text, body_start)
    title_end = colon if colon >= 0 else len(text)
    title = text[body_start:title_end].strip(" .")
    words = _words(title)
    if not words or len(words) > _max_heading_words(numbering, row_label):
        return None
    inline = colon + 1 if colon >= 0 and text[colon + 1 :].strip() else None
    strong = mostly_upper(title) or line.bold or _strong_numbering(numbering)
    marked = strong or row_label or bool(numbering) or words[0] == "về"
    # A bare "Label:" is a heading only when nothing follows it; "Nhiệm vụ được giao: dạy
    # Toán 8" is a header field, not part 3.
    if not marked and (colon < 0 or inline is not None):
        return None
    # A strongly marked short heading may name its part after a few words ("III - Học tập
    # và nhiệm vụ được giao"); a numbered item "1. Chấp hành … kỷ luật" must start with it.
    reach = _HEADING_REACH if strong and len(words) <= _SHORT_HEADING else 1
    found = _title_parts(title, parts, reach)
    if not found:
        return None
    if inline is not None:
        inline += len(text[inline:]) - len(text[inline:].lstrip())
    style = "other"
    if numbering and numbering["num"]:
        style = "roman" if numbering["num"].isalpha() else "arabic"
    elif numbering and numbering["letter"]:
        style = "letter"
    return Heading(found[0], title, inline, found, style)


def _strip_bullet(text: str, start: int) -> int:
    bullet = _BULLET.match(text, start)
    return bullet.end() if bullet else start


def _sentence_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Sentences of text[start:], by underthesea when the line holds more than one."""
    end = len(text)
    if not _SENTENCE_BREAK.search(text, start):
        return [(start, end)]
    spans, cursor = [], start
    for sentence in segment.sentences(text[start:]):  # heavy: only when a line needs it
        piece = sentence.strip()
        found = text.find(piece, cursor)
        if not piece or found < 0:
            return [(start, end)]
        spans.append((found, found + len(piece)))
        cursor = found + len(piece)
    return spans or [(start, end)]


def _is_table_header(cells: list[Line]) -> bool:
    keys = [fold(c.clean).strip(" .:") for c in cells if c.clean]
    return (
        bool(keys)
        and all(len(k.split()) <= 6 for k in keys)
        and any(k.startswith(_TABLE_HEADER_WORDS) for k in keys)
    )


def _row_item(cells: list[Line], part: int | None) -> Item | None:
    content = [c for c in cells if c.clean and not re.fullmatch(r"[\dIVXivx.)\s]+", c.clean)]
    if not content or _is_table_header(cells):
        return None
    text = "; ".join(c.clean.strip() for c in content)
    first, last = content[0], content[-1]
    return Item(
        first.number, _strip_bullet(first.clean, 0), last.number, len(last.clean), text, part
    )


def line_items(line: Line, start: int, part: int | None, split: bool = True) -> list[Item]:
    """The items of one ordinary line: bullet stripped, split into sentences (unless `split`
    is off: the copy check needs only the text); a closing formula ("Tôi xin hứa thực hiện …")
    is not an item."""
    start = _strip_bullet(line.clean, start)
    rest = line.key[start:]
    if not rest.strip(" .;:-") or _CLOSING_FORMULA.match(rest) or _LEAD_IN_ONLY.match(rest):
        return []
    spans = _sentence_spans(line.clean, start) if split else [(start, len(line.clean))]
    return [Item(line.number, s, line.number, e, line.clean[s:e], part) for s, e in spans]


def _joined(run: Sequence[Line], start: int) -> tuple[str, list[tuple[int, Line, int]]]:
    """The lines of one paragraph as one text, and where each line's piece starts in it:
    (offset in the text, line, offset in the line)."""
    pieces: list[tuple[int, Line, int]] = []
    texts: list[str] = []
    cursor = 0
    for index, line in enumerate(run):
        begin = start if index == 0 else 0
        begin += len(line.clean[begin:]) - len(line.clean[begin:].lstrip())
        text = line.clean[begin:].rstrip()
        pieces.append((cursor, line, begin))
        texts.append(text)
        cursor += len(text) + 1
    return " ".join(texts), pieces


def _place(pieces: list[tuple[int, Line, int]], position: int, end: bool) -> tuple[int, int]:
    """(line number, offset in that line) of a position of the joined text; an end position
    (exclusive) is placed after the character before it."""
    target = position - 1 if end else position
    offset, line, begin = next(p for p in reversed(pieces) if p[0] <= max(target, 0))
    column = begin + max(target, 0) - offset + (1 if end else 0)
    return line.number, min(column, len(line.clean))


def paragraph_items(
    run: Sequence[Line], start: int, part: int | None, split: bool = True
) -> list[Item]:
    """The items of one paragraph: a line, or the physical lines of a hard-wrapped sentence
    (linter.read.reflow), each item spanning the lines its sentence runs over."""
    if len(run) == 1:
        return line_items(run[0], start, part, split)
    text, pieces = _joined(run, _strip_bullet(run[0].clean, start))
    rest = fold(text)
    if not rest.strip(" .;:-") or _CLOSING_FORMULA.match(rest) or _LEAD_IN_ONLY.match(rest):
        return []
    spans = _sentence_spans(text, 0) if split else [(0, len(text))]
    items = []
    for begin, finish in spans:
        line, column = _place(pieces, begin, end=False)
        end_line, end_column = _place(pieces, finish, end=True)
        items.append(Item(line, column, end_line, end_column, text[begin:finish], part))
    return items


def _blank(line: Line) -> bool:
    return line.cell is None and not line.clean.strip()


def _after_furniture(lines: Sequence[Line], index: int) -> int | None:
    """The index after the page furniture at `index` and the blank lines around it ("",
    "Trang 1/2", "": a page break in a printed text), or None when there is none there."""
    at = index
    while at < len(lines) and _blank(lines[at]):
        at += 1
    if at == len(lines) or not is_page_furniture(lines[at]):
        return None
    at += 1
    while at < len(lines) and _blank(lines[at]):
        at += 1
    return at


def _paragraph(lines: Sequence[Line], index: int, layout: Layout | None) -> tuple[list[Line], int]:
    """The line at `index` and the lines that go on with its sentence (page furniture
    between them left out), and the index after them."""
    run = [lines[index]]
    following = index + 1
    while layout is not None and following < len(lines):
        furniture = _after_furniture(lines, following)
        if furniture is not None:
            following = furniture
            continue
        if not continues(run[-1], lines[following], layout):
            break
        run.append(lines[following])
        following += 1
    end = lines.index(run[-1], index) + 1 if len(run) > 1 else index + 1
    return run, end


def collect_items(
    lines: Sequence[Line],
    part: int | None,
    inline_start: int | None = None,
    split: bool = True,
    layout: Layout | None = None,
    after: Line | None = None,
) -> list[Item]:
    """Items of a section: lines after its heading (and the heading's inline text). With a
    `layout`, hard-wrapped lines are joined into their sentences; `after`, the heading line,
    drops the lines that only finish a heading wrapped over two lines."""
    items: list[Item] = []
    index = 0
    if after is not None and layout is not None:
        while index < len(lines) and continues_heading(after, lines[index], layout):
            after = lines[index]
            index += 1
    while index < len(lines):
        line = lines[index]
        if line.cell is not None:
            row = [line]
            while (
                index + 1 < len(lines)
                and lines[index + 1].cell is not None
                and (
                    lines[index + 1].cell.table,
                    lines[index + 1].cell.row,  # type: ignore[union-attr]
                )
                == (line.cell.table, line.cell.row)
            ):
                index += 1
                row.append(lines[index])
            item = _row_item(row, part)
            if item:
                items.append(item)
            index += 1
            continue
        if layout is not None and is_page_furniture(line):
            index += 1
            continue
        run, following = _paragraph(lines, index, layout)
        inline = index == 0 and inline_start is not None
        if inline or index > 0 or inline_start is None:
            items.extend(paragraph_items(run, inline_start if inline else 0, part, split))
        index = following
    return items


def _row_labels(lines: Sequence[Line]) -> set[int]:
    """Line numbers of table cells that label their row: the first cell with words in a row
    that has more text after it, outside header rows ("Nội dung | Việc làm cụ thể")."""
    rows: dict[tuple[int, int], list[Line]] = {}
    for line in lines:
        if line.cell is not None:
            rows.setdefault((line.cell.table, line.cell.row), []).append(line)
    labels = set()
    for cells in rows.values():
        worded = [c for c in cells if re.search(r"[^\W\d_]{2}", c.clean)]
        if len(worded) >= 2 and not _is_table_header(cells):
            labels.add(worded[0].number)
    return labels


_ARABIC_ITEM = re.compile(r"^\s*(\d{1,2})\s*[.)]\s+\S")


_SUB_NUMBER = re.compile(r"^\s*(\d{1,2})\.\d{1,2}\.?\s+\S")


# The level a member strives for, the part after the template's last ("7. Mức phấn đấu: Hoàn
# thành xuất sắc nhiệm vụ.", "7. Tự đăng ký mức xếp loại").
_RATING_PART = re.compile(r"\b(?:xếp loại|mức phấn đấu|tự đánh giá|đăng ký mức)\b")


def _numbered_list(lines: Sequence[Line], parts: int) -> bool:
    """Are the lines numbered past the template's last part ("7.", "8.", …) in one series?
    Not when their items are numbered under them ("1. Tư tưởng chính trị" over "1.1 Kiên
    định …"), nor when the series is the parts and one more, the level striven for ("7. Mức
    phấn đấu: …"), its items bulleted or lettered: those are the parts, a seventh one being
    the self-rating."""
    numbered = [(int(m[1]), line) for line in lines if (m := _ARABIC_ITEM.match(line.clean))]
    numbers = [number for number, _ in numbered]
    if not (any(number > parts for number in numbers) and numbers[:2] == [1, 2]):
        return False
    if numbers == list(range(1, parts + 2)) and _RATING_PART.search(fold(numbered[-1][1].clean)):
        return False
    under = {int(m[1]) for line in lines if (m := _SUB_NUMBER.match(line.clean))}
    return not under & set(numbers)


def find_headings(
    lines: list[Line], first: int, last: int, parts: Sequence[Part]
) -> list[tuple[Line, Heading]]:
    """Template-part headings between lines `first` and `last` (1-based, inclusive); each part once.

    When the parts are numbered in Roman numerals, lines numbered "1.", "2." are items; when
    they are numbered "1.", lines lettered "a)" are.
    """
    span = lines[first - 1 : last]
    labels = _row_labels(span)
    candidates = [
        (line, heading)
        for line in span
        if (heading := match_heading(line, parts, line.number in labels))
    ]
    if _numbered_list(span, len(parts)):
        # "1." … "13.": a list of items, some of which open with a part's words ("1. Kiên
        # định lập trường tư tưởng chính trị …"); only a strongly marked line is a heading.
        candidates = [
            (line, heading)
            for line, heading in candidates
            if heading.numbering != "arabic"
            or line.bold
            or mostly_upper(heading.title)
            or _strong_numbering(_NUMBERING.match(fold(line.clean)))  # "Phần 3:"
        ]
    styles = {heading.numbering for _, heading in candidates}
    # Lines numbered at a lower level than the parts are items: "1." under "I.", "a)" under "1.".
    lower = {"roman": {"arabic", "letter"}, "arabic": {"letter"}}
    dropped = set().union(*(lower.get(style, set()) for style in styles))
    candidates = [
        (line, heading) for line, heading in candidates if heading.numbering not in dropped
    ]
    headings: list[tuple[Line, Heading]] = []
    seen: set[int] = set()
    for line, heading in candidates:
        if heading.part not in seen:
            seen.update(heading.parts)
            headings.append((line, heading))
    extra = _one_line_parts(span, headings, parts) + _numbered_only_parts(span, headings, parts)
    return sorted(headings + extra, key=lambda found: found[0].number) if extra else headings


def _one_line_parts(
    span: Sequence[Line], headings: list[tuple[Line, Heading]], parts: Sequence[Part]
) -> list[tuple[Line, Heading]]:
    """A short commitment numbering its parts "1." to "6.", some parts written as one pledge
    on their number's line ("1. Luôn tin tưởng tuyệt đối vào sự lãnh đạo của Đảng …", "4.
    Sinh hoạt chi bộ đầy đủ …"), some titled in words the template does not know ("6. Nghị
    quyết Đại hội XIV" over its bullets): the lines of that series whose words name no part are
    parts too. The series is the only numbering of the body, from 1 on, and two headings or
    more found stand on their parts' numbers."""
    numbered = [
        (int(found[1]), line)
        for line in span
        if line.cell is None and (found := _ARABIC_ITEM.match(line.clean))
    ]
    numbers = [number for number, _ in numbered]
    if not 3 <= len(numbers) <= len(parts) or numbers != list(range(1, len(numbers) + 1)):
        return []
    at = {number: line.number for number, line in numbered}
    if len(headings) < 2 or any(at.get(h.part) != line.number for line, h in headings):
        return []
    named = {line.number for line, _ in headings}
    series = set(at.values())
    by_number = {part.number: part for part in parts}
    found = []
    for number, line in numbered:
        if line.number in named or number not in by_number:
            continue
        pledge = line.clean.rstrip().endswith((".", ";", "!")) or _next_in(span, line, series)
        inline = numbering_end(line.clean) if pledge else None
        found.append((line, Heading(number, by_number[number].name, inline, (number,), "arabic")))
    return found


ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def roman_value(numeral: str) -> int | None:
    """The value of a small Roman numeral in small letters ("vi": 6), None for another word."""
    return ROMANS.index(numeral) + 1 if numeral in ROMANS else None


def _part_number(line: Line) -> int | None:
    """The number of a line numbered as a part, in Roman numerals or after "Phần" ("VI.",
    "PHẦN VI.", "Phần 6:"); None for any other line."""
    numbering = _NUMBERING.match(fold(unmarked(line.clean)))
    if numbering is None or not _strong_numbering(numbering):
        return None
    number = numbering["num"] or numbering["num2"]
    if number is None:
        return None
    return int(number) if number.isdigit() else roman_value(number)


def _numbered_only_parts(
    span: Sequence[Line], headings: list[tuple[Line, Heading]], parts: Sequence[Part]
) -> list[tuple[Line, Heading]]:
    """The parts numbered like the others but titled in words the template does not know
    ("PHẦN VI. HỌC TẬP VÀ LÀM THEO LỜI BÁC, THỰC HIỆN NGHỊ QUYẾT" after "PHẦN V. KHẮC PHỤC
    HẠN CHẾ, KHUYẾT ĐIỂM"): when two headings or more are found, each numbered as a part on
    its own part's number, a line in capitals or bold numbered so on a part's number not yet
    found is that part."""
    if len(headings) < 2 or any(_part_number(line) != h.part for line, h in headings):
        return []
    by_number = {part.number: part for part in parts}
    seen = {number for _, heading in headings for number in heading.parts}
    found = []
    for line in span:
        number = _part_number(line)
        if number is None or number in seen or number not in by_number or line.cell is not None:
            continue
        title = line.clean[numbering_end(line.clean) :].strip(" .:")
        words = _words(title)
        if words and len(words) <= _MAX_STRONG_HEADING_WORDS and (mostly_upper(title) or line.bold):
            found.append((line, Heading(number, title, None, (number,), "roman")))
            seen.add(number)
    return found


def _next_in(span: Sequence[Line], line: Line, series: set[int]) -> bool:
    """Is the next written line after `line` one of `series` (or is there none)?"""
    after = next(
        (other for other in span if other.number > line.number and not _blank(other)), None
    )
    return after is None or after.number in series


def build_sections(
    lines: list[Line],
    headings: list[tuple[Line, Heading]],
    last: int,
    split: bool = True,
    layout: Layout | None = None,
) -> list[Section]:
    """Each heading's section runs to the next heading, the last one to line `last`."""
    sections = []
    for index, (line, heading) in enumerate(headings):
        end = headings[index + 1][0].number - 1 if index + 1 < len(headings) else last
        inline = heading.inline_start is not None
        body = lines[line.number - 1 : end] if inline else lines[line.number : end]
        items = [
            replace(item, parts=heading.parts)
            for item in collect_items(
                body, heading.part, heading.inline_start, split, layout, None if inline else line
            )
        ]
        first_line = line.number if inline else line.number + 1
        sections.append(
            Section(
                heading.part,
                heading.title,
                line.number,
                first_line,
                end,
                tuple(items),
                heading.parts,
            )
        )
    return sections


def unplaced_section(
    lines: list[Line], first: int, last: int, split: bool = True, layout: Layout | None = None
) -> Section | None:
    """The body of a commitment where no part heading was found, as one section of part
    UNPLACED: from after the lead-in line ("tôi xin cam kết:"), or from the first bullet or
    numbered line, to line `last`. None when neither is there."""
    span = lines[first - 1 : last]
    start = next((line.number + 1 for line in span if _LEAD_IN.search(line.key)), None)
    if start is None:
        start = next((line.number for line in span if _BULLET.match(line.key)), None)
    if start is None or start > last:
        return None
    items = collect_items(lines[start - 1 : last], UNPLACED, split=split, layout=layout)
    if not items:
        return None
    return Section(UNPLACED, "", start, start, last, tuple(items), (UNPLACED,))
