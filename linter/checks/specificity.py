"""The `specificity` kind: judge each commitment item, not each phrase.

`options.mode: item` (default) reports every vague item of the parts in scope;
`options.tolerate: pledges` leaves general pledges of loyalty, ethics and discipline alone
("Tuyệt đối trung thành với Đảng") and judges the actions; `options.only: pledges` judges the
pledges alone (a rule of its own, so their finding can say what fits a pledge). `mode: part` reports a part once, on
its heading, when nothing in it is concrete and no item of it was reported already.
Item rules run before part rules, so a part is not reported twice.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from linter.concrete import is_pledge, is_prohibition, judge
from linter.document import Document
from linter.findings import Hit
from linter.rules import Rule
from linter.yamlfile import LoadedYaml

MODES = ("item", "part")
TOLERATED = ("pledges",)
# What does not make a pledge checkable: a quoted slogan ("phẩm chất “Bộ đội Cụ Hồ”") or a
# name it invokes ("theo Quy định số 144-QĐ/TW") — a pledge stays one whatever it cites, and
# however many virtues it lists.
NOT_FOR_PLEDGES = frozenset({"named-title", "named-proper", "rich"})


def option_problem(options: dict) -> str | None:
    """What is wrong with these options, or None."""
    unknown = set(options) - {"mode", "tolerate", "only"}
    if unknown:
        return f"tùy chọn không hợp lệ: {', '.join(sorted(map(str, unknown)))} (chỉ có: mode, tolerate, only)"
    if options.get("mode", "item") not in MODES:
        return f"“mode” phải là một trong: {', '.join(MODES)}"
    for key in ("tolerate", "only"):
        if options.get(key, "pledges") not in TOLERATED:
            return f"“{key}” phải là một trong: {', '.join(TOLERATED)}"
    if "tolerate" in options and "only" in options:
        return "“tolerate” và “only” không dùng cùng nhau"
    return None


def validate(rule: Rule, loaded: LoadedYaml) -> None:
    if rule.parts() is None:
        raise loaded.error(
            "luật loại specificity cần “scope” là các phần của bản cam kết (section-N)", "scope"
        )


def _item_hits(document: Document, rule: Rule, flagged: set[tuple[int, int]]) -> Iterator[Hit]:
    parts = rule.parts() or set()
    tolerate_pledges = rule.options.get("tolerate") == "pledges"
    only_pledges = rule.options.get("only") == "pledges"
    outline = document.outline
    for bullet in outline.bullets():
        first, last = bullet[0], bullet[-1]
        if not first.in_parts(parts) or any((item.line, item.start) in flagged for item in bullet):
            continue
        text = outline.bullet_text(first)
        if (tolerate_pledges or only_pledges) and is_pledge(text) == tolerate_pledges:
            continue
        if is_prohibition(text):  # not doing a named act: checkable by its absence
            continue
        verdict = judge(text)
        if not verdict.concrete or (only_pledges and verdict.reason in NOT_FOR_PLEDGES):
            yield Hit(first.line, first.start, last.end_line, last.end, {"item": text})


def _part_hits(document: Document, rule: Rule, flagged: set[tuple[int, int]]) -> Iterator[Hit]:
    parts = rule.parts() or set()
    for section in document.outline.sections:
        if not parts & set(section.all_parts) or not section.items:
            continue
        if any((item.line, item.start) in flagged for item in section.items):
            continue
        if any(is_prohibition(item.text) or judge(item.text).concrete for item in section.items):
            continue  # a pledge not to do a named act is checkable, as item rules hold
        heading = document.line(section.heading_line)
        values = {"part": section.title, "count": len(section.items)}
        yield Hit(heading.number, 0, heading.number, len(heading.clean), values)


def check(
    document: Document, rules: Sequence[Rule], flagged: set[tuple[int, int]]
) -> Iterator[tuple[Rule, Hit]]:
    for rule in sorted(rules, key=lambda r: r.options.get("mode", "item") == "part"):
        if rule.options.get("mode", "item") == "part":
            hits = _part_hits(document, rule, flagged)
        else:
            hits = _item_hits(document, rule, flagged)
        for hit in hits:
            yield rule, hit
