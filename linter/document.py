"""The document model every check reads: lines with their source positions, and the parse."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING

from linter.read.normalize import NormalizedText, fold, normalize
from linter.trace.model import Review

if TYPE_CHECKING:
    from linter.fingerprint import LineIndex


@dataclass(frozen=True)
class CellRef:
    """Where a .docx table cell line sits: table, row and column, counted from 0."""

    table: int
    row: int
    column: int


@dataclass(frozen=True)
class Line:
    """One line of a text file, or one paragraph of a .docx (table cells included).

    A .docx's page headers and footers come after its body, as lines with `margin` set: they
    keep the body's line numbers as they were, and only the own date is read from them (when
    the body has none); they are never a title, a part or an item."""

    number: int  # 1-based
    text: str  # as read, before normalisation
    norm: NormalizedText
    cell: CellRef | None = None
    bold: bool = False  # a .docx paragraph written all in bold (often a heading)
    margin: bool = False  # a paragraph of a .docx page header or footer

    @property
    def clean(self) -> str:
        """The normalised text (NFC, canonical tones, single spaces), case kept."""
        return self.norm.text

    @property
    def key(self) -> str:
        """The normalised, lower-cased text used for matching."""
        return fold(self.norm.text)

    def column_span(self, start: int, end: int) -> tuple[int, int]:
        """1-based start column and exclusive end column in the original text."""
        begin, finish = self.norm.original_span(start, end)
        return begin + 1, finish + 1


def make_line(
    number: int, text: str, cell: CellRef | None = None, bold: bool = False, margin: bool = False
) -> Line:
    return Line(number, text, normalize(text), cell, bold, margin)


def body_lines(lines: Sequence[Line]) -> Sequence[Line]:
    """The lines before the page headers and footers (all of them, for most documents)."""
    if not lines or not lines[-1].margin:
        return lines
    end = len(lines)
    while end and lines[end - 1].margin:
        end -= 1
    return lines[:end]


@dataclass(frozen=True)
class Citation:
    """A document cited in the text: "Kế hoạch số 62-KH/TU, ngày 29/10/2021 của Ban Thường vụ …"."""

    line: int
    start: int
    end: int
    type: str  # "KH", "CT", "KL", … (document type code)
    number: str  # "62"
    symbol: str | None  # "62-KH/TU"; None when only "Chỉ thị số 05" is written
    issuer_code: str | None  # "TU"
    issuer: str | None  # the issuer as written ("Ban Thường vụ Tỉnh ủy Bắc Kạn")
    level: str | None  # central | province | district | grassroots | cell | None (unknown)
    date: dt.date | None


@dataclass(frozen=True)
class Item:
    """One commitment item: a bullet, a numbered line, a sentence, or a table row."""

    line: int
    start: int  # offsets in the normalised text of `line` / `end_line`
    end_line: int
    end: int
    text: str  # normalised text of the item, case kept
    part: int | None  # template part (1–6) it belongs to, None outside the parts
    parts: tuple[int, ...] = ()  # every part of its section, when a heading merges parts

    @property
    def all_parts(self) -> tuple[int, ...]:
        return self.parts or ((self.part,) if self.part is not None else ())

    def in_parts(self, parts: set[int] | frozenset[int]) -> bool:
        return not parts.isdisjoint(self.all_parts)


@dataclass(frozen=True)
class Section:
    """A template part ("3. Về thực hiện chức trách, nhiệm vụ được giao") and its extent."""

    part: int | None
    title: str
    heading_line: int
    first_line: int  # first content line (the heading line itself when an item follows inline)
    last_line: int
    items: tuple[Item, ...] = ()
    # Every part the heading names ("Kỷ luật, sửa chữa khuyết điểm": 4 and 5).
    parts: tuple[int, ...] = ()

    @property
    def all_parts(self) -> tuple[int, ...]:
        return self.parts or ((self.part,) if self.part is not None else ())


@dataclass(frozen=True)
class Header:
    committee: str | None = None  # "Đảng bộ xã Tân Phước"
    cell: str | None = None  # "Chi bộ Trạm Y tế"
    author: str | None = None
    role: str | None = None  # position as written
    role_key: str | None = None  # teacher | health | police | … (rules/data/roles.yaml)


@dataclass(frozen=True)
class OwnDate:
    line: int  # where the date starts
    written: str
    value: dt.date | None
    status: str  # ok | blank | impossible | partial | lunar (linter.dates.DateStatus)
    # Where it ends, when line breaks cut it ("Huổi Lếch, ngày 03" / "tháng 02 năm 2026").
    end_line: int | None = None

    @property
    def last_line(self) -> int:
        return self.end_line or self.line


@dataclass
class Outline:
    """What the parse understood of a document."""

    kind: str = "other"  # commitment | plan | report | other
    title_line: int | None = None
    header: Header = field(default_factory=Header)
    own_date: OwnDate | None = None
    number: str | None = None  # "03-KH/CB"
    citations: list[Citation] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    body_end: int | None = None  # first line of the closing block (signature, "Nơi nhận")
    expected_parts: tuple[tuple[int, str], ...] = ()  # the template's parts: (number, name)
    title_year: int | None = None  # the year it is for: "… phấn đấu năm 2025" in its title
    # A report's period (midyear: the 6-month report; yearend: the self-review) and, for a
    # member's own report, what it says of the commitment (linter.trace).
    period: str | None = None
    review: Review | None = None

    @property
    def date(self) -> dt.date | None:
        return self.own_date.value if self.own_date else None

    @property
    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]

    def section(self, part: int) -> Section | None:
        """The section of this part (also a merged one, "Kỷ luật, sửa chữa khuyết điểm")."""
        return next((s for s in self.sections if part in s.all_parts), None)

    @functools.cached_property
    def _bullet_of(self) -> dict[tuple[int, int], tuple[Item, ...]]:
        groups: dict[tuple[int, int], list[Item]] = {}
        for item in self.items:
            groups.setdefault((item.line, item.end_line), []).append(item)
        return {
            (item.line, item.start): tuple(group) for group in groups.values() for item in group
        }

    def bullets(self) -> list[tuple[Item, ...]]:
        """Items grouped by the line (bullet, numbered line, table row) they were written on.

        A line of several sentences is one commitment: "Năm 2024 còn chậm. Năm 2025 nộp trước
        ngày 25 hằng tháng." is judged, and reported, as a whole.
        """
        return list(self._bullets)

    @functools.cached_property
    def _bullets(self) -> tuple[tuple[Item, ...], ...]:
        """The bullets, found once: each rule judging items asks for them (hashing every item
        of a document each time)."""
        return tuple(dict.fromkeys(self._bullet_of.values()))

    def bullet_text(self, item: Item) -> str:
        """The whole text of the bullet `item` was written in."""
        return " ".join(i.text for i in self._bullet_of.get((item.line, item.start), (item,)))


@dataclass
class Document:
    path: str  # as the user gave it (relative stays relative)
    unit: str  # the folder the file belongs to
    format: str  # txt | md | docx
    lines: list[Line]
    encoding: str | None = None
    outline: Outline = field(default_factory=Outline)
    # Winnowed fingerprints of its own text, the line of each syllable position and the
    # syllable codes joined by spaces (linter.checks.duplicate), made when a copy check runs:
    # in the per-document stage, so the batch stage never tokenises a document again.
    prints: list[tuple[int, int]] | None = None
    syllable_lines: LineIndex | None = None
    syllables: str | None = None

    def line(self, number: int) -> Line:
        """Line `number` (1-based). Of a decoded document whose lines are still packed, that
        line alone is made (stamping a finding or showing its excerpt reads a few lines)."""
        lines = self.__dict__.get("lines")
        if lines is not None:
            return lines[number - 1]
        packed = self.__dict__.get(_PACKED)
        if not isinstance(packed, PackedLines):
            return self.lines[number - 1]
        made = self.__dict__.setdefault(_MADE, {})
        line = made.get(number)
        if line is None:
            line = made[number] = packed.line(number - 1)
        return line

    def line_count(self) -> int:
        """How many lines it has (without unpacking them)."""
        packed = self.__dict__.get(_PACKED)
        if "lines" not in self.__dict__ and isinstance(packed, PackedLines):
            return len(packed.numbers)
        return len(self.lines)

    def clean_lengths(self) -> list[int]:
        """The length of each line's normalised text, in order (without unpacking them)."""
        packed = self.__dict__.get(_PACKED)
        if "lines" not in self.__dict__ and isinstance(packed, PackedLines):
            return [
                clean if clean >= 0 else length
                for length, clean in zip(packed.lengths, packed.clean_lengths, strict=True)
            ]
        return [len(line.clean) for line in self.lines]

    def line_end(self, number: int) -> int:
        """The length of line `number`'s normalised text: where a hit on the whole line ends."""
        return len(self.line(number).clean)

    # Encoded (linter.codec, for the cache and from worker processes) or pickled, the lines
    # travel packed (PackedLines) and become Line objects on first use: the batch stage and a
    # JSON report over a warm cache read few documents' lines, and making them is the slow part.

    def packed_lines(self) -> PackedLines:
        """Its lines packed; lines never unpacked are not unpacked to be packed again."""
        packed = self.__dict__.get(_PACKED)
        return packed if isinstance(packed, PackedLines) else PackedLines.of(self.lines)

    @classmethod
    def with_packed_lines(cls, values: dict[str, object]) -> Document:
        """A document from the values of its fields, `lines` given packed: they are unpacked
        on first use (like __init__ less the defaults, which `values` must all give)."""
        document = cls.__new__(cls)
        document.__dict__.update(values)
        document.__dict__[_PACKED] = document.__dict__.pop("lines")
        return document

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        state.pop(_MADE, None)
        if "lines" in state:
            state[_PACKED] = PackedLines.of(state.pop("lines"))
        return state

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__dict__.update(state)

    def __getattr__(self, name: str) -> object:
        """Called only for a missing attribute: the lines of a decoded document."""
        if name == "lines" and _PACKED in self.__dict__:
            self.lines = self.__dict__.pop(_PACKED).lines()
            self.__dict__.pop(_MADE, None)
            return self.lines
        raise AttributeError(name)


_PACKED = "_packed_lines"
_MADE = "_lines_made"  # the lines made one at a time from the packed form, by number


@dataclass(frozen=True)
class PackedLines:
    """A document's lines as a few strings and numbers: the texts joined into one string, the
    normalised texts likewise where they differ, the position maps that are not the identity
    laid end to end, and the few cells and bold lines. A long string or array is read at once,
    where a Line and its map cost a step each."""

    numbers: tuple[int, ...]
    texts: str
    lengths: tuple[int, ...]
    cleans: str
    clean_lengths: tuple[int, ...]  # -1: the same as the text
    mapped: tuple[int, ...]  # lines (by index) whose map is not the identity
    starts: Sequence[int]  # their maps' starts, one line's after the other's
    ends: Sequence[int]  # their maps' ends, likewise (linter.codec gives both as arrays)
    cells: dict[int, CellRef]  # by index
    bold: frozenset[int]  # indexes
    margins: frozenset[int] = frozenset()  # indexes of page header and footer lines

    @classmethod
    def of(cls, lines: Sequence[Line]) -> PackedLines:
        changed = {i: line.norm.text for i, line in enumerate(lines) if line.norm.text != line.text}
        mapped = [i for i, line in enumerate(lines) if not isinstance(line.norm.starts, range)]
        return cls(
            numbers=tuple(line.number for line in lines),
            texts="".join(line.text for line in lines),
            lengths=tuple(len(line.text) for line in lines),
            cleans="".join(changed.values()),
            clean_lengths=tuple(len(changed[i]) if i in changed else -1 for i in range(len(lines))),
            mapped=tuple(mapped),
            starts=tuple(chain.from_iterable(lines[i].norm.starts for i in mapped)),
            ends=tuple(chain.from_iterable(lines[i].norm.ends for i in mapped)),
            cells={i: line.cell for i, line in enumerate(lines) if line.cell is not None},
            bold=frozenset(i for i, line in enumerate(lines) if line.bold),
            margins=frozenset(i for i, line in enumerate(lines) if line.margin),
        )

    @functools.cached_property
    def _offsets(self) -> tuple[list[int], list[int], dict[int, int]]:
        """Where each line's text and normalised text start in `texts` and `cleans`, and where
        each mapped line's map starts in `starts` and `ends`."""
        texts, cleans, maps = [], [], {}
        text_at = clean_at = map_at = 0
        mapped = set(self.mapped)
        for index, (length, clean) in enumerate(zip(self.lengths, self.clean_lengths, strict=True)):
            texts.append(text_at)
            cleans.append(clean_at)
            text_at += length
            if clean >= 0:
                clean_at += clean
            if index in mapped:
                maps[index] = map_at
                map_at += clean if clean >= 0 else length
        return texts, cleans, maps

    def line(self, index: int) -> Line:
        """Line `index` (from 0, negative from the end, as in a list) made alone."""
        index = range(len(self.numbers))[index]
        text_starts, clean_starts, map_starts = self._offsets
        start = text_starts[index]
        text = self.texts[start : start + self.lengths[index]]
        length = self.clean_lengths[index]
        clean = (
            text if length < 0 else self.cleans[clean_starts[index] : clean_starts[index] + length]
        )
        if index in map_starts:
            at = map_starts[index]
            starts = tuple(self.starts[at : at + len(clean)])
            ends = tuple(self.ends[at : at + len(clean)])
        else:
            starts, ends = range(len(text)), range(1, len(text) + 1)
        norm = NormalizedText(clean, starts, ends, len(text))
        cell, bold, margin = self.cells.get(index), index in self.bold, index in self.margins
        return Line(self.numbers[index], text, norm, cell, bold, margin)

    def lines(self) -> list[Line]:
        texts = _cut(self.texts, self.lengths)
        changed = iter(_cut(self.cleans, self.clean_lengths))
        cleans = [
            text if length < 0 else next(changed)
            for text, length in zip(texts, self.clean_lengths, strict=True)
        ]
        maps, offset = {}, 0
        for index in self.mapped:
            end = offset + len(cleans[index])
            maps[index] = (tuple(self.starts[offset:end]), tuple(self.ends[offset:end]))
            offset = end
        lines = []
        for index, (number, text) in enumerate(zip(self.numbers, texts, strict=True)):
            starts, ends = maps.get(index) or (range(len(text)), range(1, len(text) + 1))
            norm = NormalizedText(cleans[index], starts, ends, len(text))
            cell, bold, margin = self.cells.get(index), index in self.bold, index in self.margins
            lines.append(Line(number, text, norm, cell, bold, margin))
        return lines


def _cut(joined: str, lengths: Sequence[int]) -> list[str]:
    """`joined` cut into pieces of the given lengths (negative lengths are skipped)."""
    pieces, start = [], 0
    for length in lengths:
        if length >= 0:
            pieces.append(joined[start : start + length])
            start += length
    return pieces
