"""What the checks across documents keep of each document: a brief of a few kilobytes.

The batch stage (copies, date order, members' reports, the archive) compares every document of
a run with others. It keeps, per document, only what those comparisons read: its place (path,
unit), what its parse says of it (kind, own date, number, citations, header, the year it is
for, whose report it is) and where its syllables and lines run (to turn a copied passage into
lines). Anything bigger — its fingerprints, syllables, lines and findings — stays in the run's
store (linter.store) and is loaded when a check needs it, one document or one pair at a time,
so a batch of a hundred thousand documents fits in memory.

A brief reads like the document it stands for where the checks read both: `path`, `unit`,
`outline.kind`, `outline.date`, `line_end(number)`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from array import array
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from linter.document import Citation, Document, Header, OwnDate
from linter.fingerprint import LineIndex

if TYPE_CHECKING:
    from linter.fingerprint import Tokens
    from linter.trace.loaded import Found

NO_PART = -1  # an item outside any template part (Item.part is None)
_EMPTY = array("i")


class Prints:
    """A document's winnowed fingerprints as two arrays, hashes and positions (12 bytes a
    fingerprint where a list of tuples takes about 120): iterated as (hash, position) pairs."""

    __slots__ = ("positions", "values")

    def __init__(self, values: array[int], positions: array[int]) -> None:
        self.values = values
        self.positions = positions

    @classmethod
    def of(cls, pairs: list[tuple[int, int]]) -> Prints:
        return cls(array("q", [v for v, _ in pairs]), array("i", [p for _, p in pairs]))

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return zip(self.values, self.positions, strict=True)

    def __len__(self) -> int:
        return len(self.values)

    def pairs(self) -> list[tuple[int, int]]:
        return list(self)


class Loader(Protocol):
    """Where a brief's document and its heavier parts are kept (linter.store)."""

    def document(self, index: int) -> Document | None: ...

    def prints(self, index: int) -> Prints | None: ...

    def syllables(self, index: int) -> str | None: ...


@dataclass(frozen=True, slots=True)
class ReviewBrief:
    """Whose report a member's report is (linter.trace.model.Review, without its entries)."""

    period: str
    personal: bool
    author: str | None


@dataclass(frozen=True, slots=True)
class OutlineBrief:
    """The parts of a document's Outline that the checks across documents read."""

    kind: str
    title_line: int | None
    header: Header
    own_date: OwnDate | None
    number: str | None
    citations: tuple[Citation, ...]
    title_year: int | None
    period: str | None
    review: ReviewBrief | None

    @property
    def date(self) -> dt.date | None:
        return self.own_date.value if self.own_date else None


class Brief:
    """One document as the batch stage keeps it; `index` is its place in the run (the source's
    index), under which `store` keeps the rest."""

    __slots__ = (
        "format",
        "index",
        "item_spans",
        "line_ends",
        "outline",
        "path",
        "print_count",
        "store",
        "syllable_lines",
        "traced",
        "unit",
    )

    def __init__(
        self,
        index: int,
        path: str,
        unit: str,
        format: str,
        outline: OutlineBrief,
        syllable_lines: LineIndex | None,
        line_ends: array[int],
        item_spans: array[int],
        print_count: int,
        store: Loader,
    ) -> None:
        self.index = index
        self.path = path
        self.unit = unit
        self.format = format
        self.outline = outline
        self.syllable_lines = syllable_lines
        self.line_ends = line_ends
        self.item_spans = item_spans  # (first line, last line, part) of each item, flat
        self.print_count = print_count
        self.store = store
        # what tracing it against its commitment found, once the batch stage has (a member's
        # report only: linter.trace.loaded)
        self.traced: Found | None = None

    @classmethod
    def of(cls, document: Document, index: int, store: Loader) -> Brief:
        """The brief of a parsed document (its fingerprints made, when a copy check runs)."""
        outline = document.outline
        review = outline.review
        spans = array("i")
        for item in outline.items:
            spans.extend((item.line, item.end_line, NO_PART if item.part is None else item.part))
        index_of_lines = document.syllable_lines
        return cls(
            index,
            document.path,
            document.unit,
            document.format,
            OutlineBrief(
                outline.kind,
                outline.title_line,
                outline.header,
                # its place and value; how it was written is the per-document checks' business
                dataclasses.replace(outline.own_date, written="") if outline.own_date else None,
                outline.number,
                tuple(outline.citations),
                outline.title_year,
                outline.period,
                ReviewBrief(review.period, review.personal, review.author) if review else None,
            ),
            None if index_of_lines is None else _compact(index_of_lines),
            array("i", document.clean_lengths()),
            spans,
            len(document.prints or ()),
            store,
        )

    def line_end(self, number: int) -> int:
        """The length of line `number`'s normalised text (Document.line_end)."""
        return self.line_ends[number - 1]

    def share(self, common: dict[str, str]) -> None:
        """Hold its unit and header's unit names as the strings `common` holds (one per unit
        of the run, not one per document)."""
        header = self.outline.header
        self.unit = common.setdefault(self.unit, self.unit)
        shared = Header(
            *(
                None if text is None else common.setdefault(text, text)
                for text in (header.committee, header.cell)
            ),
            header.author,
            header.role,
            None
            if header.role_key is None
            else common.setdefault(header.role_key, header.role_key),
        )
        self.outline = dataclasses.replace(self.outline, header=shared)

    def lighten(self) -> None:
        """Drop what only the checks across documents read (where its syllables and lines run),
        once they are done: the reports read the rest."""
        self.syllable_lines = None
        self.line_ends = self.item_spans = _EMPTY

    def part_at(self, line: int) -> int | None:
        """The template part of the first item that spans `line` (None outside any)."""
        spans = self.item_spans
        for at in range(0, len(spans), 3):
            if spans[at] <= line <= spans[at + 1]:
                part = spans[at + 2]
                return None if part == NO_PART else part
        return None

    def prints(self) -> Prints:
        """Its fingerprints (made now, when the per-document stage made none)."""
        found = self.store.prints(self.index)
        if found is not None:
            return found
        from linter.checks.duplicate import document_prints

        document = self.document()
        assert document is not None  # a brief is made of a parsed document only
        return Prints.of(document_prints(document))

    def syllables(self) -> str | None:
        return self.store.syllables(self.index)

    def tokens(self) -> Tokens:
        """Its syllables with their lines, as the per-document stage made them (else made
        again from the document)."""
        from linter.fingerprint import Tokens, tokens

        joined = self.syllables()
        if joined is not None and self.syllable_lines is not None:
            found = Tokens.carried(self.path, joined, self.syllable_lines)
            if found is not None:
                return found
        document = self.document()
        assert document is not None  # a brief is made of a parsed document only
        return tokens(document)

    def document(self) -> Document | None:
        return self.store.document(self.index)

    def __repr__(self) -> str:
        return f"Brief({self.index}, {self.path!r})"


def _compact(index: LineIndex) -> LineIndex:
    """The same index held in arrays (bisect reads them alike)."""
    return LineIndex(array("i", index.starts), array("i", index.lines))  # type: ignore[arg-type]


class MemoryStore:
    """A Loader over documents already in memory (a check of a few documents, a test)."""

    def __init__(self, documents: list[Document]) -> None:
        self.documents = documents

    def document(self, index: int) -> Document | None:
        return self.documents[index]

    def prints(self, index: int) -> Prints | None:
        from linter.checks.duplicate import document_prints

        return Prints.of(document_prints(self.documents[index]))

    def syllables(self, index: int) -> str | None:
        return self.documents[index].syllables


def briefs_of(documents: list[Document]) -> list[Brief]:
    """Briefs of documents in memory, each loading from them (their fingerprints made first,
    as the per-document stage makes them when a copy check runs)."""
    from linter.checks.duplicate import document_prints

    store = MemoryStore(documents)
    for document in documents:
        document_prints(document)
    return [Brief.of(document, index, store) for index, document in enumerate(documents)]
