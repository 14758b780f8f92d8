"""The roles of a report's headings: which section holds the results of the commitment, which
the post's duties, the shortcomings, the directions still to do, the self-rating.

The titles are data (rules/data/review_headings.yaml, or a unit's own `review_headings:` in
camket.yaml); a heading is found as a commitment's part headings are (linter.sections), with
the roles in place of the template's parts.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from linter import resources
from linter.document import Line, make_line
from linter.read.normalize import fold, mostly_upper, without_brackets
from linter.read.reflow import closes_bracket, opens_item
from linter.sections import Heading, Part, match_heading, roman_value, unmarked
from linter.trace.model import (
    COMMITMENT,
    DIRECTIONS,
    DUTIES,
    OTHER,
    PRESENTING_ROLES,
    QUALITIES,
    RATING,
    REMEDY,
    RESULTS,
    ROLES,
    SHORTCOMINGS,
)

# Heading levels by numbering: "Phần 1." above all, then "I."; the other styles ("A.", "1.", "a)", a heading
# in capitals or bold with no number) in the order they first appear, an unnumbered one with
# the Roman ones. Capital letters that open the report ("A. KẾT QUẢ THỰC HIỆN", its "I. Tư
# tưởng …", "II. Thực hiện chức trách …", then "B. HẠN CHẾ") are above the Roman numerals.
_CAPITAL_LETTER = re.compile(r"^\s*[A-EĐGH]\s*\.\s")  # not "I.": a Roman one
_ROMAN_LIKE = {"roman": "roman", "other": "roman"}
# Under a heading on the commitment's results, a sub-heading that is none of these still
# reports on the commitment ("3. Về thực hiện chức trách …" of a 6-month report); one on the
# shortcomings does not ("3. Hạn chế" under "I. THỰC HIỆN BẢN CAM KẾT …": none is a result).
_NOT_UNDER_COMMITMENT = frozenset({DIRECTIONS, RATING, OTHER, SHORTCOMINGS})


@dataclass(frozen=True)
class HeadingSpec:
    """The roles and their titles, as parts a heading can name (one per role)."""

    parts: tuple[Part, ...]

    def role(self, number: int) -> str:
        return self.parts[number - 1].name


def spec_of(data: dict | None = None) -> HeadingSpec:
    """The roles of `data` ({roles: {role: [titles]}}), or of the built-in file."""
    data = data or resources.data("review_headings")
    parts = []
    for number, role in enumerate(ROLES, start=1):
        titles = data["roles"].get(role) or ()
        words = tuple(tuple(re.findall(r"\w+", fold(title))) for title in titles)
        parts.append(Part(number, role, tuple(w for w in words if w)))
    return HeadingSpec(tuple(parts))


@functools.cache
def default_spec() -> HeadingSpec:
    return spec_of()


def problem(data: object) -> str | None:
    """What is wrong with a `review_headings:` value of camket.yaml, or None."""
    roles = data.get("roles") if isinstance(data, dict) else None
    if not isinstance(roles, dict) or set(data) - {"roles"}:  # type: ignore[arg-type]
        return "“review_headings” cần “roles” (vai trò: danh sách tiêu đề)"
    unknown = set(roles) - set(ROLES)
    if unknown:
        names = ", ".join(sorted(map(str, unknown)))
        return f"vai trò không có: {names} (các vai trò: {', '.join(ROLES)})"
    for role, titles in roles.items():
        if not isinstance(titles, list) or not all(
            isinstance(title, str) and re.search(r"[^\W_]", title) for title in titles
        ):
            return f"“{role}”: cần danh sách tiêu đề, mỗi tiêu đề có ít nhất một chữ"
    return None


# A heading that names a part of the commitment and no role reports on that part: its role
# is its parent's, or at the top this part's.
_PART_ROLES = {1: QUALITIES, 2: QUALITIES, 3: DUTIES, 4: QUALITIES, 5: REMEDY, 6: DUTIES}


@dataclass(frozen=True)
class FoundHeading:
    line: Line
    heading: Heading
    role: str | None  # None: it names a part of the commitment, no role
    level: int
    part: int | None  # the part of the commitment it names
    alone: bool = False  # its section is its own line ("a) Tư tưởng, kỷ luật: …" in a list)


# An item written as its claim and its result on two lines: "Nội dung: …", then "Kết quả: …"
# (linter/trace/reading.py makes them one entry, as a results table's row).
RESULT_LABEL = re.compile(
    r"^[\W\d]*(?:kết quả(?: thực hiện| đạt được)?|đã (?:làm|thực hiện) được|thực hiện được)"
    r"\s*:\s*"
)
CLAIM_LABEL = re.compile(
    r"^[\W\d]*(?:nội dung(?: đã)?(?: cam kết| đăng ký)?|cam kết|đăng ký|chỉ tiêu|việc làm"
    r"|nhiệm vụ)\s*:\s*",
    re.IGNORECASE,
)


def blank_result(line: Line, before: Line | None) -> bool:
    """A "Kết quả:" left blank under a claim ("Nội dung: …"): no heading, a row's blank result."""
    found = RESULT_LABEL.match(fold(line.clean))
    return bool(
        found
        and not line.clean[found.end() :].strip()
        and before is not None
        and CLAIM_LABEL.match(fold(before.clean))
    )


# A line's own numbering: "2.", "II.", "b)" (the letters in the Vietnamese order).
_ORDINAL = re.compile(
    r"^\s*(?:(?:câu\s+|[a-gđ](?=\d))?(?P<num>\d{1,2})|(?P<roman>[ivx]{1,4})|(?P<letter>[a-gđh-n]))"
    r"\s*[.)]\s"
)  # a web form's questions: "Câu 5. Việc làm thêm ngoài cam kết (nếu có)"; under a lettered
# part of a cell's form: "B2. Chức trách, nhiệm vụ được giao"
_LETTERS = "abcdđeghiklmn"
# A line that titles a section of its own: a few words, no sentence ("6. Thực hiện nghị quyết").
_TITLE_WORDS = 8


def ordinal(text: str) -> tuple[str, int] | None:
    """(style, value) of a line's numbering: ("arabic", 2) for "2.", ("roman", 2) for "II.",
    ("letter", 2) for "b)"; None for none."""
    found = _ORDINAL.match(fold(unmarked(text)))
    if found is None:
        return None
    if found["num"]:
        return "arabic", int(found["num"])
    if found["roman"] and (value := roman_value(found["roman"])):
        return "roman", value
    letter = found["letter"] or found["roman"]
    return ("letter", _LETTERS.index(letter) + 1) if letter in _LETTERS else None


def find_headings(
    lines: Sequence[Line], spec: HeadingSpec, parts: Sequence[Part]
) -> list[FoundHeading]:
    """The report's headings in order, each with its role, level and the commitment's part
    it names (table cells are never headings: a results table's rows are results).

    Numbering decides besides the titles: a labelled line ("6. Khắc phục khuyết điểm: Tổ 4
    họp đều …") that goes on a numbered list of results is one of them, not a heading; one that
    opens such a list ("a) Tư tưởng, kỷ luật: …" before "b) Tuần tra: …") heads its own line
    only; a short line that goes on a numbered run of headings ("6. Thực hiện nghị quyết"
    after "5. Khắc phục hạn chế, khuyết điểm") is a heading whatever its title."""
    text_lines = [line for line in lines if line.cell is None]
    if _stars_head(text_lines):
        text_lines = [_unstarred(line) for line in text_lines]
    by_role, by_part = headings_of(spec.parts), headings_of(tuple(parts))
    found: dict[int, tuple[Line, Heading, Heading | None, Heading | None]] = {}
    written = [line for line in text_lines if line.clean.strip()]
    next_of = {line.number: after for line, after in itertools.pairwise(written)}
    for before, line in zip([None, *text_lines], text_lines, strict=False):
        if blank_result(line, before) or _announcing(line):
            continue
        if before is not None and closes_bracket(before.clean, line.clean.strip()):
            continue  # "… đợt 2 (tháng" / "10) chưa làm được …": a month, not a numbering
        heading = (
            by_role(line.clean, line.bold)
            or _labelled_heading(line, spec, by_role)
            or _bare_heading(line, spec, by_role)
            or _bare_list_heading(line, next_of.get(line.number), spec, by_role)
        )
        part = by_part(line.clean, line.bold)
        if heading is not None or part is not None:
            found[line.number] = (line, heading or part, heading, part)  # type: ignore[assignment]
    numbered = [(line, ordinal(line.clean)) for line in text_lines]
    numbered = [(line, number) for line, number in numbered if number is not None]
    alone = _sort_by_numbering(found, numbered, text_lines)
    kept = [found[number] for number in sorted(found)]
    styles = [_style(line, shown) for line, shown, _, _ in kept]
    order = list(
        dict.fromkeys(sorted(styles, key=lambda style: (style != "part", style != "roman")))
    )
    if kept and _CAPITAL_LETTER.match(kept[0][0].clean) and "roman" in styles:
        order = ["letter", *(style for style in order if style != "letter")]
    return [
        FoundHeading(
            line,
            shown,
            _role(spec, heading) if heading else None,
            order.index(style) + 1,
            part.part if part else None,
            line.number in alone,
        )
        for (line, shown, heading, part), style in zip(kept, styles, strict=True)
    ]


# A report typed in a chat marks its headings with a star and its results with another bullet
# ("* Kết quả thực hiện cam kết:" over "+ BHYT: đến 25/6 thôn đạt 94,2% …", "* Tồn tại: …"):
# there the star heads, as bold does in Word. Where no other bullet is used, a star is a bullet.
_STAR = re.compile(r"^\s*\*\s+(?=\S)")
_OTHER_BULLET = re.compile(r"^\s*[-+•–]\s*\S")


def _stars_head(lines: Sequence[Line]) -> bool:
    starred = any(_STAR.match(line.clean) for line in lines)
    return starred and any(_OTHER_BULLET.match(line.clean) for line in lines)


def _unstarred(line: Line) -> Line:
    """The line with its star blanked (same length, so offsets into it hold)."""
    found = _STAR.match(line.clean)
    if found is None:
        return line
    text = " " * found.end() + line.clean[found.end() :]
    return replace(line, norm=replace(line.norm, text=text))


# A sentence announcing what follows is no heading, whatever it opens with ("Thực hiện bản cam
# kết đã đăng ký ngày 26/02/2026, 6 tháng đầu năm tôi đã làm được như sau:").
_ANNOUNCING = re.compile(r"\bnhư sau\s*:?\s*$")


def _announcing(line: Line) -> bool:
    """A sentence, not a title, ends with "như sau:": it says who ("tôi"), when (a figure),
    or runs on past a comma or past a title's length ("Phương hướng 6 tháng cuối năm như sau:"
    and "PHẦN I. KẾT QUẢ ĐẠT ĐƯỢC NHƯ SAU:" are headings)."""
    key = fold(line.clean)
    if not _ANNOUNCING.search(key) or ordinal(line.clean) is not None or _PART_NUMBERING.match(key):
        return False
    sentence = re.search(r"\btôi\b|,", key) or len(key.split()) > _TITLE_WORDS + 4
    return bool(sentence)


# "Phần 1. Kết quả …" heads "1. Về tư tưởng chính trị", "2. …": the parts are above the list;
# so do a form's lettered ones ("Phần B. Kết quả thực hiện nhiệm vụ đã cam kết").
_PART_NUMBERING = re.compile(r"^\s*phần\s+(?:thứ\s+\w+|[ivxlc]+\b|\d{1,2}\b|[a-gđ]\s*[.:\-–])")


def _style(line: Line, shown: Heading) -> str:
    if _PART_NUMBERING.match(fold(line.clean)):
        return "part"
    return _ROMAN_LIKE.get(shown.numbering, shown.numbering)


# A report sent by chat heads its last parts with a label and writes on after it, unnumbered:
# "Tồn tại: giá dầu cao, chuyến biển lời ít", "Hướng tới: làm ăn đúng luật …". Only the parts
# that are no results are read so: a result may open with a label of its own ("Rà soát hộ
# nghèo: …").
_LABEL = re.compile(r"^\s*(?P<label>[^\W_][^:;.,()]{1,30}?)\s*:\s*\S")  # "6 tháng cuối năm: …"
_LABELLED_ROLES = frozenset({SHORTCOMINGS, DIRECTIONS})


def _labelled_heading(
    line: Line, spec: HeadingSpec, by_role: Callable[[str, bool], Heading | None]
) -> Heading | None:
    found = _LABEL.match(line.clean)
    if found is None or ordinal(line.clean) is not None:
        return None
    heading = by_role(f"{found['label'].strip()}:", line.bold)
    if heading is None or spec.role(heading.part) not in _LABELLED_ROLES:
        return None
    if fold(heading.title) != fold(found["label"].strip()):
        return None  # the whole label is the title, nothing more
    return replace(heading, inline_start=line.clean.index(":") + 1)


# A chat's or a web form's heading written as a plain line, of a part that holds no result:
# "Phương hướng thời gian tới", "Tới đây", a form's "Khó khăn, vướng mắc", "Đề xuất, kiến
# nghị", "Ghi chú". Only a short line with no figure and no stop, wholly one or two titles.
_BARE_WORDS = 8  # "Tự đánh giá mức độ hoàn thành" has 7 syllables
_BARE_ROLES = frozenset({DIRECTIONS, SHORTCOMINGS, OTHER, RATING})


def _plain(text: str, most_words: int) -> bool:
    """A short line with no stop, bracket or bullet and no numbering: a plain heading's shape."""
    return (
        bool(text)
        and len(text.split()) <= most_words
        and not re.search(r"[:;.!?()\-–•+*]", text)
        and ordinal(text) is None
    )


def _bare_heading(
    line: Line, spec: HeadingSpec, by_role: Callable[[str, bool], Heading | None]
) -> Heading | None:
    """A plain line heading what is no result ("Tới đây", "Nhiệm vụ 6 tháng cuối năm": its
    figure part of the title; "Khó khăn, vướng mắc": two titles; the whole line titles)."""
    text = line.clean.strip()
    # "6 tháng cuối năm" under results is a period, not a heading
    if not _plain(text, _BARE_WORDS) or text[0].isdigit():
        return None
    heading = by_role(f"{text}:", line.bold)
    if heading is None or spec.role(heading.part) not in _BARE_ROLES:
        return None
    return heading if _all_titles(text, spec.parts[heading.part - 1].titles) else None


# "Kết quả thực hiện các nội dung đã cam kết": longer than a bare heading of a part with no
# results may be, since every word must be a title's
_BARE_LIST_WORDS = 12


def _bare_list_heading(
    line: Line,
    after: Line | None,
    spec: HeadingSpec,
    by_role: Callable[[str, bool], Heading | None],
) -> Heading | None:
    """A plain line heading the results over a numbered or bulleted list ("Kết quả thực hiện
    các nội dung cam kết" over "1. Bài thu hoạch …", as a PDF's text layer keeps a heading
    whose bold it lost): a short line of the titles' words only, and the list right under it."""
    if after is None or not opens_item(after.clean):
        return None
    text = line.clean.strip()
    if not _plain(text, _BARE_LIST_WORDS) or re.search(r"\d", text):
        return None
    heading = by_role(f"{text}:", line.bold)
    if heading is None or spec.role(heading.part) not in PRESENTING_ROLES:
        return None
    return heading if set(re.findall(r"\w+", fold(text))) <= _title_words(spec) else None


@functools.cache
def _title_words(spec: HeadingSpec) -> frozenset[str]:
    """Every word of the headings' titles, folded: a line of none but them titles."""
    return frozenset(word for part in spec.parts for title in part.titles for word in title)


def _all_titles(text: str, titles: Sequence[tuple[str, ...]]) -> bool:
    """Is the line one title, or two in a row ("Phương hướng thời gian tới"), and nothing else
    ("Tới đây mùa khách đông" is a result)?"""
    words = tuple(re.findall(r"\w+", fold(text)))
    known = set(titles)
    return words in known or any(
        words[:cut] in known and words[cut:] in known for cut in range(1, len(words))
    )


@functools.cache
def _commitment_mention() -> re.Pattern[str]:
    words = resources.data("review_terms")["commitment_mentions"]
    return re.compile("|".join(rf"\b{re.escape(fold(w))}\b" for w in words))


def _role(spec: HeadingSpec, heading: Heading) -> str:
    """The role a heading's title names: one on the duties or on results in general that names
    the commitment ("Kết quả thực hiện nhiệm vụ đã cam kết") is on the commitment."""
    role = spec.role(heading.part)
    if role in (DUTIES, RESULTS) and _commitment_mention().search(fold(heading.title)):
        return COMMITMENT
    return role


def _sort_by_numbering(
    found: dict[int, tuple[Line, Heading, Heading | None, Heading | None]],
    numbered: Sequence[tuple[Line, tuple[str, int]]],
    lines: Sequence[Line],
) -> set[int]:
    """Drop from `found` the labelled results of a numbered list, add the short titles that go
    on a run of numbered headings; the lines of the headings that head only their own line."""
    heads = {ordinal_ for line, ordinal_ in numbered if line.number in found}
    following = {line.number: ordinal(after.clean) for line, after in itertools.pairwise(lines)}
    for line, (style, value) in numbered:
        if line.number in found or value < 2 or not _goes_on_titles(line.clean):
            continue
        below = following.get(line.number)
        if below is not None and below[0] == style:
            continue  # "2. Họp phụ huynh" then "3. …": an item of a list, nothing under it
        if (style, value - 1) in heads:  # "6. Thực hiện nghị quyết" after heading "5. …"
            shown = Heading(0, line.clean.strip(" .:"), None, (), style)
            found[line.number] = (line, shown, None, None)
    for index, (line, (style, value)) in enumerate(numbered):
        entry = found.get(line.number)
        if (
            entry is None
            or entry[1].inline_start is not None
            or style == "roman"
            or _title_like(line.clean)
            or mostly_upper(line.clean)
            or (entry[2] is not None and _titled(line.clean))
        ):
            continue
        # "2. Đã làm xong lò sấy bằng gạch ngày 12/5." after the result "1. Trồng được 1 ha …":
        # a sentence going on a numbered list of results is one of them, whatever it opens with
        if any(
            o == (style, value - 1) and other.number not in found and not _title_like(other.clean)
            for other, o in numbered[:index]
        ):
            del found[line.number]
    heads = {ordinal_ for line, ordinal_ in numbered if line.number in found}
    alone = set()
    for index, (line, (style, value)) in enumerate(numbered):
        entry = found.get(line.number)
        if entry is None or entry[1].inline_start is None:
            continue
        previous = (style, value - 1)
        listed = any(o == previous and other.number not in found for other, o in numbered[:index])
        if listed and previous not in heads:
            del found[line.number]  # "6. Khắc phục khuyết điểm: …" after the result "5. …"
            continue
        after = next(((other, o) for other, o in numbered[index + 1 :] if o[0] == style), None)
        if after is not None and after[1] == (style, value + 1) and after[0].number not in found:
            alone.add(line.number)  # "a) Tư tưởng, kỷ luật: …" before the result "b) Tuần tra: …"
    return alone


def _label_of(text: str) -> str:
    """A line less its numbering and a colon ending it: "Câu 6. Tự đánh giá:" (a form's field,
    its star read as a label's colon) is titled "tự đánh giá"."""
    return _ORDINAL.sub("", fold(text)).strip().removesuffix(":").rstrip()


def _titled(text: str) -> bool:
    """A line a heading's title names, however long, with no figure nor sentence of its own
    ("2. Về thực hiện chức trách, nhiệm vụ được giao" after a form's first heading worded
    otherwise, "1. Về tư tưởng chính trị; …; trách nhiệm nêu gương")."""
    body = _label_of(text)
    return not body.endswith((".", ";", ",")) and ":" not in body and not re.search(r"\d", body)


def _title_like(text: str) -> bool:
    """A few words, no figure, no sentence: "Thực hiện nghị quyết", not "Dự đủ 6/6 kỳ"."""
    body = _label_of(text)
    return (
        0 < len(body.split()) <= _TITLE_WORDS
        and not body.endswith((".", ";", ","))
        and ":" not in body
        and not re.search(r"\d", body)
        and re.search(r"[^\W\d_]", body) is not None
    )


_CAPITALS_TITLE_WORDS = 16


def _goes_on_titles(text: str) -> bool:
    """A line that may title the next of a run of numbered headings: a few words with no figure
    nor sentence, or a title in capitals, what its brackets hold left out ("B. VIỆC THỰC HIỆN Ở
    ĐỊA BÀN PHỤ TRÁCH (14 HỘ TỔ 3)" after "A. VIỆC THỰC HIỆN NHIỆM VỤ ĐOÀN THỂ")."""
    if _title_like(text):
        return True
    bare = without_brackets(text)
    body = _label_of(bare)
    return (
        mostly_upper(bare)
        and 0 < len(body.split()) <= _CAPITALS_TITLE_WORDS
        and not re.search(r"[\d.;:,]", body)
    )


@functools.lru_cache(maxsize=16)  # the built-in roles and parts, and a unit's own
def headings_of(parts: tuple[Part, ...]) -> Callable[[str, bool], Heading | None]:
    """match_heading of a line by its text, against `parts`: the members' reports of a unit
    repeat the same headings, and matching a heading against every title is the slow part of
    reading one. (The parts, hashed title by title, are looked up once a report, not once
    a line.)"""

    @functools.lru_cache(maxsize=4096)
    def heading(text: str, bold: bool) -> Heading | None:
        return match_heading(make_line(0, text, bold=bold), parts)

    return heading


def effective_roles(headings: Sequence[FoundHeading]) -> list[str]:
    """Each heading's role once its parents are known: under a heading on the commitment, a
    sub-heading reports on the commitment too (unless it is a direction, a rating or another
    matter); a heading naming only a part of the commitment takes its parent's role."""
    roles: list[str] = []
    for index, found in enumerate(headings):
        parent = _parent(headings, index)
        role = found.role
        if role is None and parent is None and found.part is None:
            role = _sibling_role(headings, roles, index)
        if role is None:
            role = roles[parent] if parent is not None else _PART_ROLES.get(found.part or 0, OTHER)
        if parent is not None and roles[parent] == COMMITMENT and role not in _NOT_UNDER_COMMITMENT:
            role = COMMITMENT
        roles.append(role)
    return roles


# A heading titled in words no role knows, going on a run of headings on what was done ("B.
# VIỆC THỰC HIỆN Ở ĐỊA BÀN PHỤ TRÁCH" after "A. VIỆC THỰC HIỆN NHIỆM VỤ ĐOÀN THỂ"), tells
# what was done too.
_RUN_ROLES = frozenset({DUTIES, COMMITMENT, RESULTS})


def _sibling_role(headings: Sequence[FoundHeading], roles: Sequence[str], index: int) -> str | None:
    """The role of the heading right before at the same level, if it is one on what was done
    and both are titled in capitals (a short title in small letters says less: "C. Tự nhận
    xét", "3. Nhà Đại đoàn kết")."""
    if index == 0 or headings[index - 1].level != headings[index].level:
        return None
    if not all(mostly_upper(found.line.clean) for found in headings[index - 1 : index + 1]):
        return None
    role = roles[index - 1]
    return role if role in _RUN_ROLES else None


def _parent(headings: Sequence[FoundHeading], index: int) -> int | None:
    level = headings[index].level
    for before in range(index - 1, -1, -1):
        if headings[before].level < level:
            return before
    return None
