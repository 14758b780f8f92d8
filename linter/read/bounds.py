"""How large a document the Word and OpenDocument readers take: limits far beyond any real
commitment or plan, so that a crafted file is refused with what was too big (CK019) instead of
filling the memory or the hour."""

from __future__ import annotations

from linter.read.error import ReadError

MAX_BLOCKS = 50_000  # paragraphs and table cells of one document (a long plan: ~2,000)
MAX_ROW_COLUMNS = 1_000  # grid columns of one table row (Word makes at most 63)
MAX_TABLE_DEPTH = 20  # tables nested in table cells (real files: 1, rarely 2)
MAX_PARAGRAPH_CHARS = 100_000  # characters of one paragraph (a full page is ~3,000)


def too_complex(vi: str, en: str) -> ReadError:
    return ReadError("CK019", {"vi": vi, "en": en})


def paragraph_too_long() -> ReadError:
    return too_complex(
        f"một đoạn văn hơn {MAX_PARAGRAPH_CHARS} ký tự",
        f"a paragraph of more than {MAX_PARAGRAPH_CHARS} characters",
    )


def row_too_wide() -> ReadError:
    return too_complex(
        f"một hàng bảng hơn {MAX_ROW_COLUMNS} cột",
        f"a table row of more than {MAX_ROW_COLUMNS} columns",
    )


class Counts:
    """The paragraphs, cells and tables a reader has met so far, within the limits."""

    def __init__(self) -> None:
        self.blocks = 0
        self.tables = 0

    def block(self, count: int = 1) -> None:
        self.blocks += count
        if self.blocks > MAX_BLOCKS:
            raise too_complex(
                f"hơn {MAX_BLOCKS} đoạn văn và ô bảng",
                f"more than {MAX_BLOCKS} paragraphs and table cells",
            )

    def table(self, depth: int) -> int:
        """The index of a table entered at this nesting depth (tables are numbered in document
        order, nested ones included)."""
        if depth > MAX_TABLE_DEPTH:
            raise too_complex(
                f"bảng lồng nhau hơn {MAX_TABLE_DEPTH} tầng",
                f"tables nested more than {MAX_TABLE_DEPTH} deep",
            )
        self.tables += 1
        return self.tables - 1
