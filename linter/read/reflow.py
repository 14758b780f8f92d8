"""Hard-wrapped text put back into the sentences people wrote.

Text from a PDF's text layer, from a web page or from a fixed-width .txt breaks every sentence
at the width of a line; read line by line, a commitment becomes half-sentences ("tại cộng
đồng.", "4/2026."), each judged on its own. A physical line continues the one before when the
one before ends mid-sentence and this one does not open a new item: it starts with a small
letter or a figure (never a bullet or a numbered item), or, in a text wrapped at a fixed width,
the line before was full. Page furniture ("Trang 2/3", "- 2 -") between the two halves of a
sentence belongs to neither.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from linter.document import Line

# A sentence or clause that ends the line: nothing is left to continue.
_ENDS = re.compile(r"[.!?;:…]['\"”’)\]]*\s*$")
# Page numbers and running page headers a printed text leaves in the middle of the body.
_PAGE_FURNITURE = re.compile(
    r"^\s*(?:trang\s+\d{1,3}(?:\s*(?:/|trên)\s*\d{1,3})?|-\s*\d{1,3}\s*-|\d{1,3}|\d{1,3}\s*/\s*\d{1,3})"
    r"\s*$",
    re.IGNORECASE,
)
# A bullet opening an item, as typed or pasted from a chat: a dash, a dot, a check mark, an arrow.
BULLET = r"[-+•*–·▪►❖✓✔✅☑○●◦➤➢]"
# A new item: a bullet, "1.", "2)", "3.1.", "a)", "II.".
_OPENS_ITEM = re.compile(
    r"^\s*(?:" + BULLET + r"|\(?\d{1,2}(?:\.\d{1,2})*\s*[.)](?:\s|$)|\(?\d{1,2}(?:\.\d{1,2})+\s|"
    r"\(?[a-zđ]\s*\)\s|[a-zđ]\.\s|[IVXivx]{1,4}\.\s)"
)
FULL = 0.75  # a line at least this share of the wrap width was broken because it was full
# A heading, shorter than the items, goes on at a capital letter only when this full: "6. Kế
# hoạch hành động thực hiện Nghị quyết Đại hội" at three quarters of the width is whole, the
# item under it ("Ủng hộ 5.000.000 đồng vào Quỹ …") its first line.
HEADING_FULL = 0.9
MIN_LINES = 8  # fewer lines than this tell nothing about a wrap width
MAX_WIDTH = 120  # wider "wrapping" is just long lines
BROKEN = 0.15  # this share of lines breaking a sentence before a small letter is a wrap


@dataclass(frozen=True)
class Layout:
    """How a document's lines were written: `width`, the width it was hard-wrapped at (None:
    not wrapped); `plain`, whether a line is only a line (text, PDF) rather than a paragraph
    its writer ended (Word), so a small letter after an open line means it goes on."""

    width: int | None
    plain: bool


def layout_of(lines: Sequence[Line], fmt: str) -> Layout:
    return Layout(wrap_width(lines), fmt != "docx")


def opens_item(text: str) -> bool:
    """Does the text open with a bullet or an item's numbering ("- ", "2)", "b) ")?"""
    return bool(_OPENS_ITEM.match(text))


def is_page_furniture(line: Line) -> bool:
    return bool(_PAGE_FURNITURE.match(line.clean)) and line.cell is None


def wrap_width(lines: Sequence[Line]) -> int | None:
    """The width a text was hard-wrapped at, or None when it was not: most of its lines run
    close to one width and several of them break a sentence before a small letter."""
    texts = [line.clean.rstrip() for line in lines if line.clean.strip() and line.cell is None]
    if len(texts) < MIN_LINES:
        return None
    width = sorted(map(len, texts))[int(0.9 * (len(texts) - 1))]
    if width > MAX_WIDTH or width < 30:
        return None
    full = sum(1 for text in texts if len(text) >= FULL * width)
    broken = sum(
        1
        for before, after in itertools.pairwise(texts)
        if len(before) >= FULL * width and not _ENDS.search(before) and after[:1].islower()
    )
    # a PDF's short items leave many lines unfilled (each item's last), but a sentence broken
    # before a small letter on every few lines is a wrap all the same
    wrapped = full >= 0.4 * len(texts) or broken >= BROKEN * len(texts)
    return width if wrapped and broken >= 2 else None


def goes_on_sentence(previous: str, text: str) -> bool:
    """Does `text`, opening in small letters, go on the sentence the line before left open
    ("… doanh nghiệp khi" / "xác nhận nguyên liệu.")? Then no label opens it, whatever word it
    starts with."""
    text, previous = text.strip(), previous.rstrip()
    return (
        bool(text)
        and text[0].islower()
        and bool(previous)
        and not previous.endswith((".", ":", "!", "?", ";"))
    )


def continues(before: Line, line: Line, layout: Layout) -> bool:
    """Does `line` go on with the sentence `before` left open?"""
    if before.cell is not None or line.cell is not None:
        return False
    previous, text = before.clean.rstrip(), line.clean.strip()
    if (
        not previous
        or not text
        or (_OPENS_ITEM.match(line.clean) and not closes_bracket(previous, text))
    ):
        return False
    if _ENDS.search(previous) and not _clause_wrapped(previous, text, layout):
        return False
    first = text[0]
    if layout.width is None:  # not wrapped: only a line that cannot start a sentence goes on,
        # or any line after a comma, which leaves the sentence open ("…, sổ kiểm thực 3 bước ghi
        # đủ," / "Đoàn kiểm tra liên ngành của xã …")
        return layout.plain and (first.islower() or first in "(\"“'‘" or previous.endswith(","))
    return first.islower() or first.isdigit() or len(previous) >= FULL * layout.width


_CLOSING_FIGURE = re.compile(r"\d{1,2}\s*\)")


def closes_bracket(previous: str, text: str) -> bool:
    """A figure closing the bracket the line before left open, not an item's number: "… đợt 2
    (tháng" / "10) chưa thực hiện được …"."""
    return previous.count("(") > previous.count(")") and bool(_CLOSING_FIGURE.match(text))


def _clause_wrapped(previous: str, text: str, layout: Layout) -> bool:
    """A full line of a wrapped text ending a clause with ";" or ":", the next going on in small
    letters or a figure: one sentence the printer broke ("… đã có 23/31 hộ ký biên bản hiến đất;" /
    "phấn đấu khởi công trong quý III/2026.")."""
    return (
        layout.width is not None
        and previous.endswith((";", ":"))
        and (text[0].islower() or text[0].isdigit())
        and len(previous) >= FULL * layout.width
    )


def continues_heading(heading: Line, line: Line, layout: Layout) -> bool:
    """Does `line` finish the heading `heading` wrapped over two lines?"""
    if not continues(heading, line, layout):
        return False
    first = line.clean.strip()[0]
    if layout.width is None or first.islower() or first.isdigit():
        return True
    return len(heading.clean.rstrip()) >= HEADING_FULL * layout.width
