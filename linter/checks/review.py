"""The `review` kind: members' 6-month and year-end reports against their commitments
(linter.trace). `options.check` picks what a rule reports, on the report:

- `gap`: a committed task or shortcoming with no reported result, at the heading where its
  result belongs (or on a results table's row that names it and leaves its result blank: on
  the row's claimed-content cell), the item's line in the commitment in `related`;
- `unmatched`: a result, among those presented as the commitment's, that answers nothing
  committed (on its own line or cell);
- `restated`: a result that only restates the intention;
- `rating`: a high self-rating ("Xuất sắc", "Tốt") with no evidence under it;
- `unlinked`: a member's report whose commitment is not in the batch (once, on its title);
- `unread`: a report most of whose lines were not read as results (a layout the reader does
  not know), so its items were not compared (once, on its title);
- `before-commitment`: a report dated before its commitment;
- `early`: a 6-month report dated before `midyear` (month-day, default 06-01) of its year, a
  year-end one before `yearend` (default 11-01);
- `year`: a report for another year than its commitment's.

Examples (a rule's tests) are small specifications, one field a line: `cam kết:` an item of the
commitment's duties (part 3), `khắc phục:` one of its shortcomings (part 5), `kết quả:` a result
in the report's section on the commitment, `nhiệm vụ:` one in its section on duties, `tự đánh
giá:` the rating of that section, `kỳ:` sơ kết | cuối năm, `ngày cam kết:` / `ngày báo cáo:`
dates (dd/mm/yyyy), `năm báo cáo:` the year in the report's title, `trước đề mục:` a line between the
writer's name and the report's first heading, `không có cam kết` (the report's writer has
none).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Sequence

from linter.batch import BatchOptions, PartlyFailed
from linter.brief import Brief, briefs_of
from linter.document import Document, make_line
from linter.findings import Hit, Related
from linter.parse import parse
from linter.rules import Rule, check_option_problem
from linter.trace.link import year_of
from linter.trace.loaded import traced
from linter.trace.model import Rating, ReviewEntry
from linter.trace.review import Trace

CHECKS = (
    "gap",
    "unmatched",
    "restated",
    "rating",
    "unlinked",
    "unread",
    "before-commitment",
    "early",
    "year",
)
_MONTH_DAY = re.compile(r"^(\d{1,2})-(\d{1,2})$")
_DEFAULT_EARLIEST = {"midyear": "06-01", "yearend": "11-01"}
QUOTE_AT_LEAST = 40  # a quoted item keeps at least its first characters…
QUOTE_AT_MOST = 100  # …and is cut after a word past this many
_PERIOD = {
    "midyear": {"vi": "báo cáo sơ kết 6 tháng", "en": "6-month report"},
    "yearend": {"vi": "bản kiểm điểm cuối năm", "en": "year-end self-review"},
}
_LEVEL = {
    "excellent": {"vi": "Hoàn thành xuất sắc", "en": "Excellent"},
    "good": {"vi": "Hoàn thành tốt", "en": "Good"},
}


def option_problem(options: dict) -> str | None:
    problem = check_option_problem(options, CHECKS, ("midyear", "yearend"))
    if problem:
        return problem
    for key in ("midyear", "yearend"):
        value = options.get(key)
        if value is not None and not _month_day(value):
            return f"“{key}” có dạng tháng-ngày, ví dụ “06-01”"
    return None


def _month_day(value: object) -> tuple[int, int] | None:
    found = _MONTH_DAY.match(value) if isinstance(value, str) else None
    if found is None:
        return None
    try:
        dt.date(2024, int(found[1]), int(found[2]))
    except ValueError:
        return None
    return int(found[1]), int(found[2])


def quote(text: str) -> str:
    """The item as written, whole when short, else cut after a word past QUOTE_AT_MOST
    characters (never before QUOTE_AT_LEAST)."""
    text = " ".join(text.split())
    if len(text) <= QUOTE_AT_MOST:
        return text
    cut = text.find(" ", QUOTE_AT_MOST)
    cut = cut if cut >= QUOTE_AT_LEAST else QUOTE_AT_MOST
    return text[:cut].rstrip(" ,;:") + " …"


def _show(date: dt.date) -> str:
    return date.strftime("%d/%m/%Y")


def _whole_line(document: Document, number: int, values: dict, related: tuple = ()) -> Hit:
    return Hit(number, 0, number, len(document.line(number).clean), values, related)


def _commitment_related(commitment: Document) -> Related:
    own = commitment.outline.own_date
    if own is not None:
        return Related(commitment.path, own.line, own.last_line)
    title = commitment.outline.title_line
    return Related(commitment.path, title, title)


def _gap_hits(trace: Trace) -> Iterator[Hit]:
    commitment = trace.commitment
    assert commitment is not None
    period = _PERIOD[trace.report.outline.period or "yearend"]
    for item_trace in trace.gaps():
        item = item_trace.item
        values = {
            "item": quote(item.text),
            "commitment": commitment.path,
            "line": item.line,
            "period": period,
        }
        related = (Related(commitment.path, item.line, item.end_line),)
        rows = item_trace.blank_rows
        line = trace.entries[rows[0]].claimed_line if rows else trace.gap_line(item)
        yield _whole_line(trace.report, line, values, related)


def _entry_hit(trace: Trace, entry: ReviewEntry, values: dict) -> Hit:
    if entry.table_row:
        return _whole_line(trace.report, entry.line, values)
    return Hit(entry.line, entry.start, entry.end_line, entry.end, values)


def _rating_hit(trace: Trace, rating: Rating | ReviewEntry) -> Hit:
    if isinstance(rating, ReviewEntry):
        level = _LEVEL.get(rating.rating, _LEVEL["good"])
        return _whole_line(trace.report, rating.rating_line, {"level": level})
    level = _LEVEL.get(rating.level, _LEVEL["good"])
    return Hit(rating.line, rating.start, rating.line, rating.end, {"level": level})


def _date_hit(report: Document, values: dict, related: tuple[Related, ...]) -> Hit:
    own = report.outline.own_date
    number = own.line if own else (report.outline.title_line or 1)
    last = own.last_line if own else number
    return Hit(number, 0, last, len(report.line(last).clean), values, related)


def _early(report: Document, rule: Rule, year: int | None) -> Hit | None:
    date, period = report.outline.date, report.outline.period or "yearend"
    if date is None:
        return None
    year = year or date.year
    month, day = _month_day(rule.options.get(period, _DEFAULT_EARLIEST[period])) or (1, 1)
    try:
        earliest = dt.date(year, month, day)
    except ValueError:
        return None
    if date >= earliest:
        return None
    values = {"date": _show(date), "earliest": _show(earliest), "period": _PERIOD[period]}
    return _date_hit(report, values, ())


def _date_checks(trace: Trace, wanted: dict[str, Rule]) -> Iterator[tuple[Rule, Hit]]:
    report, commitment = trace.report, trace.commitment
    related = (_commitment_related(commitment),) if commitment is not None else ()
    own, theirs = report.outline.date, commitment.outline.date if commitment else None
    if "before-commitment" in wanted and own and theirs and own < theirs:
        values = {"date": _show(own), "other": commitment.path, "other_date": _show(theirs)}  # type: ignore[union-attr]
        yield wanted["before-commitment"], _date_hit(report, values, related)
    year = report.outline.title_year or (year_of(commitment) if commitment else None)
    if "early" in wanted and (hit := _early(report, wanted["early"], year)):
        yield wanted["early"], Hit(hit.line, hit.start, hit.end_line, hit.end, hit.values, related)
    their_year = commitment.outline.title_year if commitment else None
    mine = report.outline.title_year
    if "year" in wanted and mine and their_year and mine != their_year:
        title = report.outline.title_line or 1
        values = {"year": mine, "other": commitment.path, "other_year": their_year}  # type: ignore[union-attr]
        yield wanted["year"], _whole_line(report, _year_line(report, title, mine), values, related)


def _year_line(report: Document, title: int, year: int) -> int:
    """The title line holding the year ("Năm 2025" may stand under "BẢN KIỂM ĐIỂM CÁ NHÂN")."""
    for number in range(title, min(title + 3, len(report.lines) + 1)):
        if str(year) in report.line(number).clean:
            return number
    return title


def _unread(lines: int) -> dict[str, str]:
    """Why the results could not be read: the lines left under no results heading, or (none
    left, nothing read either) no line of results at all."""
    if not lines:
        return {"vi": "không đọc được dòng kết quả nào", "en": "no line of results was read"}
    return {
        "vi": f"{lines} dòng không nằm dưới đề mục kết quả nào",
        "en": f"{lines} lines under no results heading",
    }


def _hits(trace: Trace, wanted: dict[str, Rule]) -> Iterator[tuple[Rule, Hit]]:
    report = trace.report
    if trace.commitment is None:
        if "unlinked" in wanted:
            author = report.outline.review.author if report.outline.review else None
            title = report.outline.title_line or 1
            yield wanted["unlinked"], _whole_line(report, title, {"author": author or ""})
        yield from _date_checks(trace, wanted)
        return
    if "unread" in wanted and trace.unread:
        title = report.outline.title_line or 1
        unread = len(report.outline.review.unread)  # type: ignore[union-attr]
        values = {"commitment": trace.commitment.path, "lines": unread, "unread": _unread(unread)}
        yield wanted["unread"], _whole_line(report, title, values)
    if "gap" in wanted:
        for hit in _gap_hits(trace):
            yield wanted["gap"], hit
    values = {"commitment": trace.commitment.path}
    if "unmatched" in wanted:
        for e in trace.unmatched:
            yield wanted["unmatched"], _entry_hit(trace, trace.entries[e], values)
    if "restated" in wanted:
        for e in trace.restated:
            yield wanted["restated"], _entry_hit(trace, trace.entries[e], values)
    if "rating" in wanted:
        for rating in trace.unsupported:
            yield wanted["rating"], _rating_hit(trace, rating)
    yield from _date_checks(trace, wanted)


def check_batch(
    documents: Sequence[Brief], rules: Sequence[Rule], options: BatchOptions | None = None
) -> Iterator[tuple[Rule, Brief, Hit]]:
    wanted = {rule.options["check"]: rule for rule in rules}
    if not wanted:
        return
    declared = options.reviews if options else ()
    failed: list[tuple[str, Exception]] = []
    for report, trace in traced(documents, declared, failed):
        for rule, hit in _hits(trace, wanted):
            yield rule, report, hit
    if failed:
        raise PartlyFailed(failed)  # the other pairs' findings stand


# --- examples -------------------------------------------------------------------------------

_FIELD = re.compile(r"^\s*([^:]+?)\s*:\s*(.*)$")
_EXAMPLE_FIELDS = (
    "cam kết",
    "khắc phục",
    "kết quả",
    "nhiệm vụ",
    "tự đánh giá",
    "kỳ",
    "ngày cam kết",
    "ngày báo cáo",
    "năm báo cáo",
    "trước đề mục",
)


def example_documents(example: str) -> list[Document]:
    """The commitment and the report an example specifies (see the module docstring)."""
    fields: dict[str, list[str]] = {name: [] for name in _EXAMPLE_FIELDS}
    unlinked = False
    for line in example.strip().split("\n"):
        if line.strip().lower() == "không có cam kết":
            unlinked = True
            continue
        found = _FIELD.match(line)
        if found is None or found[1].lower() not in fields:
            raise ValueError(f"dòng ví dụ không hợp lệ: {line!r}")
        fields[found[1].lower()].append(found[2])
    year = 2025
    commitment_date = (fields["ngày cam kết"] or ["20/01/2025"])[0]
    midyear = (fields["kỳ"] or ["cuối năm"])[0].strip().lower() == "sơ kết"
    report_date = (fields["ngày báo cáo"] or ["05/7/2025" if midyear else "10/12/2025"])[0]
    report_year = (fields["năm báo cáo"] or [str(year)])[0]
    commitment = [
        "CHI BỘ TRẠM Y TẾ",
        f"BẢN CAM KẾT TU DƯỠNG, RÈN LUYỆN, PHẤN ĐẤU NĂM {year}",
        "Họ và tên: Trần Thị Mai",
        "1. Về tư tưởng chính trị",
        "- Tuyệt đối trung thành với Đảng.",
        "3. Về thực hiện chức trách, nhiệm vụ được giao",
        *(f"- {item}" for item in fields["cam kết"]),
        "5. Về khắc phục hạn chế, khuyết điểm",
        *(f"- {item}" for item in fields["khắc phục"]),
        f"Tân Phước, ngày {commitment_date}",
        "NGƯỜI CAM KẾT",
        "Trần Thị Mai",
    ]
    title = (
        f"BÁO CÁO KẾT QUẢ THỰC HIỆN CAM KẾT 6 THÁNG ĐẦU NĂM {report_year}"
        if midyear
        else f"BẢN KIỂM ĐIỂM CÁ NHÂN NĂM {report_year}"
    )
    report = [
        "CHI BỘ TRẠM Y TẾ",
        title,
        "Họ và tên: Trần Thị Mai",
        *fields["trước đề mục"],
        "I. ƯU ĐIỂM, KẾT QUẢ ĐẠT ĐƯỢC",
        "1. Về tư tưởng chính trị, phẩm chất đạo đức, lối sống",
        "- Giữ vững lập trường tư tưởng chính trị.",
        "2. Việc thực hiện chức trách, nhiệm vụ được giao",
        *(f"- {result}" for result in fields["nhiệm vụ"]),
        "3. Việc thực hiện cam kết tu dưỡng, rèn luyện, phấn đấu hằng năm",
        *(f"- {result}" for result in fields["kết quả"]),
        *(f"Tự đánh giá: {rating}" for rating in fields["tự đánh giá"]),
        "II. HẠN CHẾ, KHUYẾT ĐIỂM",
        "- Có lúc còn chậm.",
        f"Tân Phước, ngày {report_date}",
        "NGƯỜI TỰ KIỂM ĐIỂM",
        "Trần Thị Mai",
    ]
    documents = [_document("bao-cao.txt", report)]
    if not unlinked:
        documents.append(_document("cam-ket.txt", commitment))
    return documents


def _document(path: str, texts: list[str]) -> Document:
    lines = [make_line(number, text) for number, text in enumerate(texts, start=1)]
    document = Document(path, "<example>", "txt", lines)
    document.outline = parse(document)
    return document


def run_example(rule: Rule, example: str) -> bool:
    """Does the rule fire on the report its example specifies?"""
    documents = briefs_of(example_documents(example))
    return any(True for _ in check_batch(documents, [rule], BatchOptions()))
