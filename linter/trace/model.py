"""What a member's report holds, as the per-document stage reads it: plain frozen data (carried
by linter.codec between processes and in the cache)."""

from __future__ import annotations

from dataclasses import dataclass

# The roles a report's section can have (rules/data/review_headings.yaml):
COMMITMENT = "commitment"  # results of the commitment ("3. Việc thực hiện cam kết …")
RESULTS = "results"  # results in general ("I. Ưu điểm, kết quả đạt được")
DUTIES = "duties"  # the post's duties ("2. Việc thực hiện chức trách, nhiệm vụ được giao")
QUALITIES = "qualities"  # politics, ethics, discipline, manner of work
SHORTCOMINGS = "shortcomings"  # "II. Hạn chế, khuyết điểm"
REMEDY = "remedy"  # "III. Kết quả khắc phục …"
DIRECTIONS = "directions"  # "VI. Phương hướng …", "Nhiệm vụ 6 tháng cuối năm": not results
RATING = "rating"  # "VII. Tự nhận mức xếp loại chất lượng"
OTHER = "other"  # the general situation, causes, explanations
# The commitment's parts of general pledges (politics, ethics, discipline): their results are
# not judged.
PLEDGE_PARTS = frozenset({1, 2, 4})
ROLES = (COMMITMENT, RESULTS, DUTIES, QUALITIES, SHORTCOMINGS, REMEDY, DIRECTIONS, RATING, OTHER)
# Sections whose lines may say what came of a committed item: all but the directions for later
# and the self-rating (the causes, "Giải trình", a heading no title names: anywhere else).
RESULT_ROLES = frozenset({COMMITMENT, RESULTS, DUTIES, QUALITIES, SHORTCOMINGS, REMEDY, OTHER})
# Sections that present the results themselves: a report with none of them ("Hạn chế",
# "Phương hướng" only) has its results in the lines before its first heading.
PRESENTING_ROLES = frozenset({COMMITMENT, RESULTS, DUTIES, QUALITIES})

MIDYEAR, YEAREND = "midyear", "yearend"

# Self-rating levels, best first.
EXCELLENT, GOOD, DONE, NOT_DONE = "excellent", "good", "done", "not-done"


@dataclass(frozen=True)
class ReviewSection:
    """A heading of the report and the lines under it, up to the next heading of its level or
    above."""

    role: str
    title: str
    heading_line: int
    last_line: int
    level: int  # 1 for "I.", 2 for "1." under it, 3 for "a)"
    part: int | None = None  # the commitment part it reports on ("3. Về thực hiện chức trách")


@dataclass(frozen=True)
class ReviewEntry:
    """One reported result: a bullet, a paragraph, or a row of a results table."""

    line: int
    start: int  # offsets in the normalised text of `line` / `end_line`
    end_line: int
    end: int
    text: str  # the result as written (a table row: its result cell; empty when left blank)
    role: str  # the role of the section it is in
    section: int  # the heading line of that section (0: before any heading)
    part: int | None = None  # the commitment part its section reports on
    claimed: str = ""  # a table row's "Nội dung đã cam kết" cell
    claimed_line: int = 0
    rating: str = ""  # a table row's "Tự đánh giá" cell: a level, or ""
    rating_line: int = 0
    # its claim is the title of the group of results it is under ("b) Nhà “Đại đoàn kết” cho
    # hộ cận nghèo:"), not a cell of its own: it names the item only if the result speaks of it
    grouped: bool = False

    @property
    def table_row(self) -> bool:
        return bool(self.claimed_line)


@dataclass(frozen=True)
class Rating:
    """A self-rating: "Tự đánh giá: Hoàn thành tốt", "2. Xếp loại đảng viên: Hoàn thành xuất
    sắc nhiệm vụ"."""

    line: int
    start: int
    end: int
    level: str  # excellent | good | done | not-done
    role: str  # the role of the section it is in
    section: int


@dataclass(frozen=True)
class Review:
    """What a report says about its writer's commitment."""

    period: str  # midyear | yearend
    personal: bool  # one member's report (not a cell's summary, signed "T/M CHI BỘ")
    author: str | None
    sections: tuple[ReviewSection, ...] = ()
    entries: tuple[ReviewEntry, ...] = ()
    ratings: tuple[Rating, ...] = ()
    # Lines of its body with words that no result, heading or rating holds, outside the
    # directions for later and the self-rating: many of them beside few results read means
    # its layout was not understood (linter.trace.review: results_unread).
    unread: tuple[int, ...] = ()
