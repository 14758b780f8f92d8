"""The HTML report's block "Đã cam kết → Kết quả": per member with a report, a table of the
items a result is due for and what the 6-month report and the year-end self-review say of each
(gaps in red, restatements in amber). Self-contained: its own inline styles, and only the
page's link maker from outside."""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from linter.brief import Brief
from linter.report.review_rows import (
    GAP,
    PERIODS,
    RESTATED,
    UNREAD,
    MemberTable,
    Outcome,
    member_tables,
)

Link = Callable[..., str]  # page.link(path, line=None, text=None) -> an <a> or the text

TEXT = {
    "title": {"vi": "Đã cam kết → Kết quả", "en": "Committed → Result"},
    "note": {
        "vi": "Mỗi việc cụ thể đã cam kết (phần nhiệm vụ và phần khắc phục hạn chế) và điều các "
        "báo cáo nói về nó. Ô đỏ: báo cáo không nêu kết quả; ô vàng: chỉ nhắc lại việc đã "
        "cam kết; ô xám: chưa có báo cáo của kỳ đó, hoặc chưa đọc được kết quả của báo cáo.",
        "en": "Each concrete committed item (duties and remedies) and what the reports say of "
        "it. Red: no result reported; amber: only restated; grey: no report for that period, "
        "or the report's results could not be read.",
    },
    "item": {"vi": "Đã cam kết", "en": "Committed"},
    "midyear": {"vi": "Sơ kết 6 tháng", "en": "6-month report"},
    "yearend": {"vi": "Kiểm điểm cuối năm", "en": "Year-end review"},
    "gap": {"vi": "Chưa có kết quả", "en": "No result reported"},
    "unread": {"vi": "Chưa đọc được kết quả của báo cáo", "en": "The report's results not read"},
    "restated": {"vi": "Chỉ nhắc lại:", "en": "Only restated:"},
    "no_report": {"vi": "chưa có báo cáo", "en": "no report"},
    "counts": {
        "vi": "{gaps} việc chưa có kết quả, {restated} kết quả chỉ nhắc lại / {items} việc",
        "en": "{gaps} items without a result, {restated} only restated / {items} items",
    },
}
CELL = "border:1px solid #d1d9e0;padding:4px 8px;vertical-align:top;font-size:13px"
STYLES = {
    GAP: "background:#fdecea;color:#b71c1c;font-weight:600",
    RESTATED: "background:#fff4d6",
    "none": "background:#f3f4f6;color:#8a94a0",
    UNREAD: "background:#f3f4f6;color:#59636e;font-style:italic",
}


def _s(key: str, lang: str, **values: object) -> str:
    entry = TEXT[key]
    return (entry.get(lang) or entry["vi"]).format(**values)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _cell(outcomes: list[Outcome] | None, lang: str, link: Link) -> str:
    if not outcomes:
        return f'<td class="review-none" style="{CELL};{STYLES["none"]}">{_e(_s("no_report", lang))}</td>'
    worst = next((o.status for o in outcomes if o.status == GAP), outcomes[0].status)
    parts = []
    for outcome in outcomes:
        where = link(outcome.report, outcome.line, outcome.section or Path(outcome.report).name)
        if outcome.status in (GAP, UNREAD):
            said = _e(_s(outcome.status, lang))
        elif outcome.status == RESTATED:
            said = f"{_e(_s('restated', lang))} {_e(outcome.text)}"
        else:
            said = _e(outcome.text)
        parts.append(f'<div>{said}<div style="font-size:11px;color:#59636e">{where}</div></div>')
    style = f"{CELL};{STYLES.get(worst, '')}"
    return f'<td class="review-{worst}" style="{style}">{"".join(parts)}</td>'


def _table(table: MemberTable, lang: str, link: Link) -> str:
    head = "".join(
        f'<th style="{CELL};background:#f0f3f6;text-align:left">{_e(_s(key, lang))}</th>'
        for key in ("item", *PERIODS)
    )
    rows = []
    for row in table.rows:
        item = link(row.commitment, row.line, row.item)
        cells = "".join(_cell(row.outcomes.get(period), lang, link) for period in PERIODS)
        rows.append(f'<tr><td style="{CELL}">{item}</td>{cells}</tr>')
    outcomes = [o for row in table.rows for found in row.outcomes.values() for o in found]
    counts = _s(
        "counts",
        lang,
        gaps=sum(1 for o in outcomes if o.status == GAP),
        restated=sum(1 for o in outcomes if o.status == RESTATED),
        items=len(table.rows),
    )
    title = link(table.commitment, None, table.member)
    return (
        f'<div class="review-member"><h4>{title} <span style="font-weight:400;color:#59636e;'
        f'font-size:13px">· {_e(counts)}</span></h4>'
        f'<table class="review" style="border-collapse:collapse;width:100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>"
    )


def blocks(
    documents: Sequence[Brief],
    declared: Sequence[tuple[Path, Path]],
    lang: str,
    link: Link,
) -> dict[str, str]:
    """The block of each unit whose members have reports (unit -> HTML)."""
    by_unit: dict[str, list[MemberTable]] = defaultdict(list)
    for table in member_tables(documents, declared):
        by_unit[table.unit].append(table)
    return {
        unit: f'<h3>{_e(_s("title", lang))}</h3><p class="note">{_e(_s("note", lang))}</p>'
        + "".join(_table(table, lang, link) for table in tables)
        for unit, tables in by_unit.items()
    }
