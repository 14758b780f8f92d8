"""The roles of a report's headings: which section holds the results of the commitment, which
the post's duties, the shortcomings, the directions still to do, the self-rating.

The titles are data (rules/data/review_headings.yaml, or a unit's own `review_headings:` in
camket.yaml); a heading is found as a commitment's part headings are (linter.sections), with
the roles in place of the template's parts.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from linter import resources
from linter.document import Line, make_line
from linter.read.normalize import fold
from linter.sections import Heading, Part, match_heading
from linter.trace.model import (
    COMMITMENT,
    DIRECTIONS,
    DUTIES,
    OTHER,
    QUALITIES,
    RATING,
    REMEDY,
    ROLES,
)

# Heading levels by numbering: "I." above all; the other styles ("A.", "1.", "a)", a heading
# in capitals or bold with no number) in the order they first appear, an unnumbered one with
# the Roman ones.
_ROMAN_LIKE = {"roman": "roman", "other": "roman"}
# Under a heading on the commitment's results, a sub-heading that is none of these still
# reports on the commitment ("3. Về thực hiện chức trách …" of a 6-month report).
_NOT_UNDER_COMMITMENT = frozenset({DIRECTIONS, RATING, OTHER})


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


def find_headings(
    lines: Sequence[Line], spec: HeadingSpec, parts: Sequence[Part]
) -> list[FoundHeading]:
    """The report's headings in order, each with its role, level and the commitment's part
    it names (table cells are never headings: a results table's rows are results)."""
    found = []
    for line in lines:
        if line.cell is not None:
            continue
        heading = _heading(line.clean, line.bold, spec.parts)
        part = _heading(line.clean, line.bold, tuple(parts))
        if heading is not None or part is not None:
            found.append((line, heading or part, heading, part))
    styles = [_ROMAN_LIKE.get(shown.numbering, shown.numbering) for _, shown, _, _ in found]  # type: ignore[union-attr]
    order = list(dict.fromkeys(sorted(styles, key=lambda style: style != "roman")))
    return [
        FoundHeading(
            line,
            shown,  # type: ignore[arg-type]
            spec.role(heading.part) if heading else None,
            order.index(style) + 1,
            part.part if part else None,
        )
        for (line, shown, heading, part), style in zip(found, styles, strict=True)
    ]


@functools.lru_cache(maxsize=4096)
def _heading(text: str, bold: bool, parts: tuple[Part, ...]) -> Heading | None:
    """match_heading of a line by its text: the members' reports of a unit repeat the same
    headings, and matching a heading against every title is the slow part of reading one."""
    return match_heading(make_line(0, text, bold=bold), parts)


def effective_roles(headings: Sequence[FoundHeading]) -> list[str]:
    """Each heading's role once its parents are known: under a heading on the commitment, a
    sub-heading reports on the commitment too (unless it is a direction, a rating or another
    matter); a heading naming only a part of the commitment takes its parent's role."""
    roles: list[str] = []
    for index, found in enumerate(headings):
        parent = _parent(headings, index)
        role = found.role
        if role is None:
            role = roles[parent] if parent is not None else _PART_ROLES.get(found.part or 0, OTHER)
        if parent is not None and roles[parent] == COMMITMENT and role not in _NOT_UNDER_COMMITMENT:
            role = COMMITMENT
        roles.append(role)
    return roles


def _parent(headings: Sequence[FoundHeading], index: int) -> int | None:
    level = headings[index].level
    for before in range(index - 1, -1, -1):
        if headings[before].level < level:
            return before
    return None
