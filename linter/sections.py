"""The template parts of a commitment and the items inside them.

Parts are numbered "I.", "3.", "Phần 3:", or not at all ("Về tư tưởng chính trị:"), and their
titles vary in wording; items are bullets, numbered lines, sentences, or table rows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from linter import resources
from linter.document import Item, Line, Section
from linter.normalize import fold, mostly_upper

_ORDINALS = r"nhất|một|hai|ba|tư|bốn|năm|sáu|bảy|tám"
_NUMBERING = re.compile(
    r"^\s*(?:(?:phần|mục|nội dung|điểm)\s+(?:thứ\s+)?)?(?P<num>[ivx]{1,4}|\d{1,2})\s*[.):\-–/]\s*(?!\d)"
    r"|^\s*(?:phần|mục|nội dung)\s+(?P<num2>[ivx]{1,4}|\d{1,2})\b\s*[.:\-]?\s*"
    rf"|^\s*(?:phần|mục|nội dung)\s+thứ\s+(?:{_ORDINALS})\b\s*[.:\-]?\s*"
)
_BULLET = re.compile(
    r"^\s*(?:[-+•*–·▪►❖✓○●◦]+\s*|\(?\d{1,2}(?:\.\d{1,2})*\s*[.)]\s+|\(?\d{1,2}(?:\.\d{1,2})+\s+|"
    r"\(?[a-zđ]\s*[.)]\s+|[ivx]{1,4}\.\s+)"
)
# Words that may stand before a part title: "Về việc thực hiện …", "Bản thân …".
_LEADING_WORDS = frozenset({"về", "đối", "với", "việc", "bản", "thân", "kết", "quả"})
_MAX_HEADING_WORDS = 24
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
_SENTENCE_BREAK = re.compile(r"[.!?…]\s+(?=[^\W\d_])")


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


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _title_part(words: list[str], parts: Sequence[Part]) -> int | None:
    for skip in range(3):
        rest = words[skip:]
        for part in parts:
            if any(rest[: len(t)] == list(t) for t in part.titles):
                return part.number
        if not rest or rest[0] not in _LEADING_WORDS:
            break
    return None


def match_heading(line: Line, parts: Sequence[Part]) -> Heading | None:
    """A template-part heading, however it is numbered."""
    text = line.clean
    if not text or re.match(r"^\s*[-+•*–·▪►❖✓○●◦]", text):
        return None
    numbering = _NUMBERING.match(fold(text))
    body_start = numbering.end() if numbering else 0
    colon = text.find(":", body_start)
    title_end = colon if colon >= 0 else len(text)
    title = text[body_start:title_end].strip(" .")
    words = _words(title)
    if not words or len(words) > _MAX_HEADING_WORDS:
        return None
    upper = mostly_upper(title)
    inline = colon + 1 if colon >= 0 and text[colon + 1 :].strip() else None
    marked = bool(numbering) or upper or words[0] == "về"
    # A bare "Label:" is a heading only when nothing follows it; "Nhiệm vụ được giao: dạy
    # Toán 8" is a header field, not part 3.
    if not marked and (colon < 0 or inline is not None):
        return None
    part = _title_part(words, parts)
    if part is None:
        return None
    if inline is not None:
        inline += len(text[inline:]) - len(text[inline:].lstrip())
    return Heading(part, title, inline)


def _strip_bullet(text: str, start: int) -> int:
    bullet = _BULLET.match(text, start)
    return bullet.end() if bullet else start


def _sentence_spans(text: str, start: int) -> list[tuple[int, int]]:
    """Sentences of text[start:], by underthesea when the line holds more than one."""
    end = len(text)
    if not _SENTENCE_BREAK.search(text, start):
        return [(start, end)]
    from underthesea import sent_tokenize  # heavy: imported only when a line needs it

    spans, cursor = [], start
    for sentence in sent_tokenize(text[start:]):
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


def line_items(line: Line, start: int, part: int | None) -> list[Item]:
    """The items of one ordinary line: bullet stripped, split into sentences."""
    start = _strip_bullet(line.clean, start)
    if not line.clean[start:].strip(" .;:-"):
        return []
    return [
        Item(line.number, s, line.number, e, line.clean[s:e], part)
        for s, e in _sentence_spans(line.clean, start)
    ]


def collect_items(
    lines: Sequence[Line], part: int | None, inline_start: int | None = None
) -> list[Item]:
    """Items of a section: lines after its heading (and the heading's inline text)."""
    items: list[Item] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if index == 0 and inline_start is not None:
            items.extend(line_items(line, inline_start, part))
        elif line.cell is not None:
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
        elif index > 0 or inline_start is None:
            items.extend(line_items(line, 0, part))
        index += 1
    return items


def find_headings(
    lines: list[Line], first: int, last: int, parts: Sequence[Part]
) -> list[tuple[Line, Heading]]:
    """Template-part headings between lines `first` and `last` (1-based, inclusive); each part once."""
    headings: list[tuple[Line, Heading]] = []
    seen: set[int] = set()
    for line in lines[first - 1 : last]:
        heading = match_heading(line, parts)
        if heading and heading.part not in seen:
            seen.add(heading.part)
            headings.append((line, heading))
    return headings


def build_sections(
    lines: list[Line], headings: list[tuple[Line, Heading]], last: int
) -> list[Section]:
    """Each heading's section runs to the next heading, the last one to line `last`."""
    sections = []
    for index, (line, heading) in enumerate(headings):
        end = headings[index + 1][0].number - 1 if index + 1 < len(headings) else last
        inline = heading.inline_start is not None
        body = lines[line.number - 1 : end] if inline else lines[line.number : end]
        items = collect_items(body, heading.part, heading.inline_start)
        first_line = line.number if inline else line.number + 1
        sections.append(
            Section(heading.part, heading.title, line.number, first_line, end, tuple(items))
        )
    return sections
