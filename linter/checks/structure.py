"""The `structure` kind: the commitment's form.

`options.check: parts` reports each expected part (rules/data/template.yaml, or the unit's own
`template:` in camket.yaml) that the commitment lacks, on its title line. `options.check: duties`
reports a duties part (`options.part`, default 3) that holds fewer than `options.min_concrete`
(default 2) concrete items, on that part's heading.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from linter.concrete import judge
from linter.document import Document
from linter.findings import Hit
from linter.rules import Rule

CHECKS = ("parts", "duties")


def option_problem(options: dict) -> str | None:
    """What is wrong with these options, or None."""
    unknown = set(options) - {"check", "part", "min_concrete"}
    if unknown:
        return f"tùy chọn không hợp lệ: {', '.join(sorted(map(str, unknown)))} (chỉ có: check, part, min_concrete)"
    if options.get("check") not in CHECKS:
        return f"“check” phải là một trong: {', '.join(CHECKS)}"
    for key in ("part", "min_concrete"):
        value = options.get(key, 0)
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            return f"“{key}” phải là số nguyên không âm"
    return None


def _missing_parts(document: Document) -> Iterator[Hit]:
    outline = document.outline
    present = {part for section in outline.sections for part in section.all_parts}
    line = document.line(outline.title_line or 1)
    for number, name in outline.expected_parts:
        if number not in present:
            yield Hit(line.number, 0, line.number, len(line.clean), {"part": number, "name": name})


def _concrete_items(count: int) -> dict[str, str]:
    """How many concrete items a part holds, in words: none is not "0 việc cụ thể"."""
    if count == 0:
        return {"vi": "chưa có việc cụ thể nào", "en": "has no concrete item yet"}
    english = "has only 1 concrete item" if count == 1 else f"has only {count} concrete items"
    return {"vi": f"chỉ có {count} việc cụ thể", "en": english}


def _thin_duties(document: Document, part: int, minimum: int) -> Iterator[Hit]:
    section = document.outline.section(part)
    if section is None:
        return
    concrete = sum(1 for item in section.items if judge(item.text).concrete)
    if concrete < minimum:
        heading = document.line(section.heading_line)
        values = {
            "count": concrete,
            "items": _concrete_items(concrete),
            "minimum": minimum,
            "part": section.title,
        }
        yield Hit(heading.number, 0, heading.number, len(heading.clean), values)


def check(
    document: Document, rules: Sequence[Rule], flagged: set[tuple[int, int]]
) -> Iterator[tuple[Rule, Hit]]:
    for rule in rules:
        if rule.options["check"] == "parts":
            hits = _missing_parts(document)
        else:
            hits = _thin_duties(
                document, rule.options.get("part", 3), rule.options.get("min_concrete", 2)
            )
        for hit in hits:
            yield rule, hit
