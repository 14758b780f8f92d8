"""One self-contained HTML page for the cell meeting. First a summary per unit, each on a page
of its own when printed: the unit by the name its documents give it, the counts, its members
with their findings, a timeline of the dates, a heat map of how alike the members'
commitments are and the copy groups. Then, unless only the summaries are asked for, the
details per unit: the copied passages side by side and every document with its findings
highlighted inline and the suggestions beside them (a copy reported on one member's
document is shown on the other members' too).

No script, no font, no image and no link leaves the file: it opens offline in any browser and
prints on A4 (colours kept)."""

from __future__ import annotations

import datetime as dt
import html
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import groupby, pairwise
from pathlib import PurePath
from typing import IO, TYPE_CHECKING

from rapidfuzz.distance import Indel

from linter import __version__
from linter.checks.duplicate import later, similarity_by_unit
from linter.document import Document
from linter.engine import Report
from linter.findings import CATEGORIES, SEVERITIES, Finding, Related
from linter.i18n import t
from linter.read.normalize import match_key
from linter.report import Context, review_html, tables
from linter.report.digest import DATE_WRONG, Digest, FileRow, UnitRow, digest
from linter.report.html_style import STYLE

if TYPE_CHECKING:
    from linter.archive.history import YearRow

TEXT: dict[str, dict[str, str]] = {
    "title": {"vi": "Báo cáo kiểm tra bản cam kết", "en": "Commitment check report"},
    "generated": {
        "vi": "camket {version} · {files} tệp · {findings} phát hiện",
        "en": "camket {version} · {files} files · {findings} findings",
    },
    "units": {"vi": "Các đơn vị", "en": "Units"},
    "unit": {"vi": "Đơn vị", "en": "Unit"},
    "files": {"vi": "Tệp", "en": "Files"},
    "commitments": {"vi": "Bản cam kết", "en": "Commitments"},
    "wrong_dates": {"vi": "Ngày sai thứ tự", "en": "Dates out of order"},
    "copy_groups": {"vi": "Nhóm sao chép", "en": "Copy groups"},
    "other": {"vi": "Khác", "en": "Other"},
    "timeline": {"vi": "Trình tự ngày ban hành", "en": "Timeline of dates"},
    "timeline_note": {
        "vi": "Kế hoạch cấp trên → kế hoạch của đơn vị → các bản cam kết. Chấm đỏ: sai thứ tự.",
        "en": "Superior plan → unit plan → commitments. Red dot: out of order.",
    },
    "role.superior": {"vi": "Kế hoạch cấp trên", "en": "Superior plan"},
    "role.plan": {"vi": "Kế hoạch đơn vị", "en": "Unit plan"},
    "role.member": {"vi": "Cam kết", "en": "Commitment"},
    "no_date": {"vi": "không có ngày", "en": "no date"},
    "heatmap": {"vi": "Mức giống nhau giữa các bản cam kết", "en": "How alike the commitments are"},
    "heatmap_note": {
        "vi": "Ô viền đậm, tô đỏ: cặp có đoạn sao chép; số là mức giống (%) nêu trong phát hiện, đoạn giống nhất nếu có nhiều đoạn. Ô chữ xám: cặp không có đoạn sao chép; số là tỉ lệ câu chữ chung (%), không kể lời in sẵn của mẫu và câu chữ cả chi bộ cùng viết.",
        "en": "Bold border, red: a pair with a copied passage; the figure is the similarity (%) its finding gives, the most similar passage's if there are several. Grey figure: a pair with no copied passage; the figure is the share of wording in common (%), the form's printed text and text the whole cell wrote left out.",
    },
    "groups_note": {
        "vi": "Các đảng viên có đoạn cam kết gần như trùng nhau. Nền vàng: từ ba chữ liền nhau trở lên giống hệt ở cả hai bản.",
        "en": "Members whose commitments share near-identical passages. Yellow: three or more words in a row identical in both.",
    },
    "group": {"vi": "Nhóm {number}", "en": "Group {number}"},
    "plan_copies": {"vi": "Đoạn chép từ kế hoạch", "en": "Passages copied from a plan"},
    "lines": {"vi": "dòng {first}–{last}", "en": "lines {first}–{last}"},
    "documents": {"vi": "Từng văn bản", "en": "Each document"},
    "unreadable": {"vi": "Không đọc được tệp: {error}", "en": "Could not read the file: {error}"},
    "date": {"vi": "ngày {date}", "en": "dated {date}"},
    "members": {"vi": "Người viết và văn bản", "en": "Writers and documents"},
    "writer": {"vi": "Người viết / văn bản", "en": "Writer / document"},
    "position": {"vi": "Chức vụ", "en": "Position"},
    "kind": {"vi": "Loại", "en": "Type"},
    "date_col": {"vi": "Ngày", "en": "Date"},
    "group_col": {"vi": "Nhóm chép", "en": "Copy group"},
    "folder": {"vi": "Thư mục: {folder}", "en": "Folder: {folder}"},
    "details": {"vi": "Chi tiết", "en": "Details"},
    "group_line": {"vi": "giống nhau đến {figure}%", "en": "up to {figure}% alike"},
    "echo": {
        "vi": "Sao chép được báo trên văn bản của {name}:",
        "en": "A copy reported on the document of {name}:",
    },
    "skipped": {
        "vi": "Không kiểm tra {count} tệp khác tìm thấy trong thư mục (ảnh chụp, bản quét, loại tệp khác); xem tóm tắt của lệnh camket check.",
        "en": "{count} other files found in the folders were not checked (photos, scans, other types); see the summary of camket check.",
    },
    "trend": {"vi": "Qua các năm", "en": "Year by year"},
    "reports_col": {"vi": "Báo cáo (số phát hiện)", "en": "Reports (findings)"},
    "period_midyear": {"vi": "6 tháng", "en": "6-month"},
    "period_yearend": {"vi": "cuối năm", "en": "year end"},
    "trend_year": {"vi": "Năm", "en": "Year"},
    "trend_vague": {
        "vi": "Bản có mục chung chung",
        "en": "With vague items",
    },
    "trend_copies": {"vi": "Có sao chép", "en": "With copies"},
    "trend_this_run": {"vi": "(lượt này)", "en": "(this run)"},
    "summary_only": {
        "vi": "Chỉ in phần tóm tắt (--summary-only): không có toàn văn các văn bản.",
        "en": "Summaries only (--summary-only): the documents' full texts are left out.",
    },
}


def _s(key: str, lang: str, **values: object) -> str:
    entry = TEXT[key]
    return (entry.get(lang) or entry["vi"]).format(**values)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


COPY_PALE = 50  # a copy's similarity (%) drawn palest; 100 % is the full colour
# A unit with more documents than this (members' reports beside their commitments) is printed
# denser, so its summary still fits one page.
DENSE_UNIT = 14
SAME_RUN = 3  # words in a row identical in both passages before they are marked as copied


@dataclass(frozen=True)
class _Page:
    """What every part of the page needs: the report, its digest, anchors of files."""

    report: Report
    digest: Digest
    lang: str
    anchors: dict[str, str]  # path -> element id
    documents: dict[str, Document]
    findings: dict[str, list[Finding]]  # path -> its findings
    names: dict[str, str]  # path -> the writer's name, else the file's
    echoes: dict[str, list[Finding]]  # path -> copies reported on another member's document
    # unit name (folded) -> its rows year by year, from --archive; empty without one
    history: dict[str, list[YearRow]] = field(default_factory=dict)

    def link(self, path: str, line: int | None = None, text: str | None = None) -> str:
        label = _e(text or PurePath(path).name)
        anchor = self.anchors.get(path)
        if anchor is None:
            return label
        target = f"{anchor}-l{line}" if line else anchor
        return f'<a href="#{target}">{label}</a>'

    def name(self, path: str) -> str:
        return self.names.get(path) or PurePath(path).stem

    def unit_title(self, unit: UnitRow) -> str:
        """The unit by its name from the headers, its folder on a second line (the folder
        alone when no header names the unit)."""
        if not unit.name:
            return _e(unit.unit)
        folder = _s("folder", self.lang, folder=unit.unit)
        return f'{_e(unit.name)}<span class="folder">{_e(folder)}</span>'


# ---------------------------------------------------------------- overview


def _counts_cells(counts: dict[str, int]) -> str:
    cells = tables.counts(counts)[:-1]  # the counted categories and the rest; no total
    return "".join(f'<td class="n{" zero" if not n else ""}">{n}</td>' for n in cells)


def _counts_header(lang: str) -> str:
    names = [t(f"category.{category}", lang) for category in tables.COUNTED] + [_s("other", lang)]
    return "".join(f"<th>{_e(name)}</th>" for name in names)


def _overview(page: _Page, summary_only: bool) -> str:
    lang = page.lang
    rows = []
    for index, unit in enumerate(page.digest.units):
        rows.append(
            f'<tr><td><a href="#unit-{index}">{page.unit_title(unit)}</a></td>'
            f'<td class="n">{unit.files}</td><td class="n">{unit.commitments}</td>'
            f"{_counts_cells(unit.counts)}"
            f'<td class="n">{unit.copy_groups}</td></tr>'
        )
    notes = []
    if page.report.skipped:
        notes.append(_s("skipped", lang, count=len(page.report.skipped)))
    if summary_only:
        notes.append(_s("summary_only", lang))
    return (
        f'<section class="overview"><h2>{_e(_s("units", lang))}</h2>'
        f'<table class="counts"><thead><tr><th>{_e(_s("unit", lang))}</th>'
        f"<th>{_e(_s('files', lang))}</th><th>{_e(_s('commitments', lang))}</th>"
        f"{_counts_header(lang)}<th>{_e(_s('copy_groups', lang))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
        + "".join(f'<p class="note">{_e(note)}</p>' for note in notes)
        + "</section>"
    )


# ---------------------------------------------------------------- timeline


def _timeline(page: _Page, unit: str) -> str:
    """The unit's plans and commitments by date; members' reports only when misdated (their
    place in the year is checked by the review rules, and a cell's reports would double it)."""
    kinds = {entry.path: entry.kind for entry in page.report.files}
    entries = [
        entry
        for entry in page.digest.timelines.get(unit) or []
        if kinds.get(entry.path) != "report" or entry.wrong
    ]
    if not entries or not any(entry.date for entry in entries):
        return ""
    lang = page.lang
    dated = [entry.date for entry in entries if entry.date]
    first, last = min(dated), max(dated)
    span = max((last - first).days, 1)
    order = {"superior": 0, "plan": 1, "member": 2}
    rows = []
    for entry in sorted(entries, key=lambda e: (order[e.role], e.date or dt.date.max, e.path)):
        if entry.date:
            left = 2 + 96 * (entry.date - first).days / span
            mark = "wrong" if entry.wrong else entry.role
            dot = (
                f'<span class="dot {mark}" style="left:{left:.1f}%" '
                f'title="{_e(_date(entry.date))}"></span>'
            )
            when = _date(entry.date)
        else:
            dot, when = "", _s("no_date", lang)
        verdict = f' <b class="bad">✗ {_e(t("date_status.wrong", lang))}</b>' if entry.wrong else ""
        reasons = "".join(f'<div class="reason">{_e(reason)}</div>' for reason in entry.reasons)
        rows.append(
            f'<div class="tl-row{" wrong" if entry.wrong else ""}">'
            f'<div class="tl-label"><span class="tag {entry.role}">'
            f"{_e(_s(f'role.{entry.role}', lang))}</span> {page.link(entry.path, text=entry.label)}"
            f'<div class="when">{_e(when)}{verdict}</div>{reasons}</div>'
            f'<div class="tl-track">{dot}</div></div>'
        )
    axis = (
        f'<div class="tl-row axis"><div class="tl-label"></div><div class="tl-track">'
        f'<span class="from">{_e(_date(first))}</span><span class="to">{_e(_date(last))}</span>'
        f"</div></div>"
    )
    return (
        f'<h3>{_e(_s("timeline", lang))}</h3><p class="note">{_e(_s("timeline_note", lang))}</p>'
        f'<div class="timeline">{"".join(rows)}{axis}</div>'
    )


# ---------------------------------------------------------------- heat map


def _overlap_cell(score: float) -> str:
    """A pair with no copy reported: the share of wording in common, in grey."""
    return f'<td class="heat" style="color:#8a94a0">{round(100 * score)}</td>'


def _copy_cell(percent: int | None) -> str:
    """A pair with a copy reported: the figure of its finding, in red ("–" if the copy check
    gives none for it)."""
    if percent is None:
        return '<td class="heat copied">–</td>'
    alpha = min(max((percent - COPY_PALE) / (100 - COPY_PALE), 0.25), 1.0)
    style = f"background:rgba(200,40,30,{alpha:.2f});color:{'#fff' if alpha > 0.55 else '#222'}"
    return f'<td class="heat copied" style="{style}">{percent}</td>'


def _copy_figures(page: _Page, unit: str) -> dict[frozenset[str], int | None]:
    """Each reported pair of the unit's members and the highest figure its findings give."""
    found: dict[frozenset[str], int | None] = {}
    for group in page.digest.unit_groups(unit):
        for finding in group.pairs:
            for related in finding.related:
                pair = frozenset((finding.path, related.path))
                figures = [f for f in (found.get(pair), finding.figure) if f is not None]
                found[pair] = max(figures, default=None)
    return found


def _heatmap(page: _Page, unit: str, matrices: dict) -> str:
    if unit not in matrices or len(matrices[unit][0]) < 2:
        return ""
    members, matrix = matrices[unit]
    lang = page.lang
    copied = _copy_figures(page, unit)
    header = "".join(
        f'<th class="col" title="{_e(page.name(m.path))}">{i}</th>'
        for i, m in enumerate(members, 1)
    )
    rows = []
    for i, (member, scores) in enumerate(zip(members, matrix, strict=True), 1):
        cells = []
        for other, score in zip(members, scores, strict=True):
            pair = frozenset((member.path, other.path))
            if other is member:
                cells.append('<td class="self">—</td>')
            elif pair in copied:
                cells.append(_copy_cell(copied[pair]))
            else:
                cells.append(_overlap_cell(score))
        rows.append(
            f'<tr><th class="row">{i}. {page.link(member.path, text=page.name(member.path))}</th>'
            f"{''.join(cells)}</tr>"
        )
    return (
        f'<h3>{_e(_s("heatmap", lang))}</h3><p class="note">{_e(_s("heatmap_note", lang))}</p>'
        f'<table class="heatmap"><thead><tr><th></th>{header}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


# ---------------------------------------------------------------- copies side by side


def _words(document: Document, first: int, last: int) -> list[str]:
    """The passage's words, a "\n" token between lines so the columns keep their lines."""
    words: list[str] = []
    for number in range(first, min(last, len(document.lines)) + 1):
        text = document.line(number).text.split()
        if text:
            if words:
                words.append("\n")
            words.extend(text)
    return words


def _marked_words(words: list[str], same: set[int]) -> str:
    pieces = []
    runs = groupby(enumerate(words), key=lambda item: (item[1] == "\n", item[0] in same))
    for (newline, shared), run in runs:
        chosen = [word for _, word in run]
        if newline:
            pieces.append("<br>" * len(chosen))
            continue
        text = _e(" ".join(chosen)) + " "
        pieces.append(f'<span class="same">{text}</span>' if shared else text)
    return "".join(pieces)


def _side_by_side(page: _Page, finding: Finding, related: Related) -> str:
    mine, other = page.documents.get(finding.path), page.documents.get(related.path)
    if mine is None or other is None or related.line is None:
        return ""
    a = _words(mine, finding.line, finding.end_line)
    b = _words(other, related.line, related.end_line or related.line)
    same_a, same_b = set(), set()
    # Compared as normalised words: one side may be NFD or use the old tone placement.
    for block in Indel.opcodes([match_key(w) for w in a], [match_key(w) for w in b]):
        if block.tag == "equal" and block.src_end - block.src_start >= SAME_RUN:
            same_a.update(range(block.src_start, block.src_end))
            same_b.update(range(block.dest_start, block.dest_end))
    lang = page.lang

    def column(path: str, first: int, last: int, words: list[str], same: set[int]) -> str:
        where = _s("lines", lang, first=first, last=last)
        return (
            f'<div class="side"><div class="who">{page.link(path, first, page.name(path))} '
            f'<span class="where">{_e(where)}</span></div>'
            f'<div class="passage">{_marked_words(words, same)}</div></div>'
        )

    return (
        f'<div class="pair"><p class="why">{_e(finding.message)}</p><div class="sides">'
        f"{column(related.path, related.line, related.end_line or related.line, b, same_b)}"
        f"{column(finding.path, finding.line, finding.end_line, a, same_a)}</div></div>"
    )


def _once(page: _Page, pairs: Sequence[Finding]) -> list[tuple[Finding, Related]]:
    """Each copied passage once: a copy is reported on both documents; the finding on the
    later one is shown (its other side, the earlier, on the left), or the one reported."""
    reported = {
        (f.path, f.line, f.end_line, r.path, r.line, r.end_line) for f in pairs for r in f.related
    }
    shown = []
    for finding in pairs:
        for related in finding.related:
            mirror = (related.path, related.line, related.end_line)
            mirror += (finding.path, finding.line, finding.end_line)
            mine, other = page.documents.get(finding.path), page.documents.get(related.path)
            if mirror not in reported or (mine and other and later(mine, other)):
                shown.append((finding, related))
    return shown


def _copies(page: _Page, unit: str, plan_copy_rules: set[str]) -> str:
    lang = page.lang
    parts = []
    for group in page.digest.unit_groups(unit):
        names = ", ".join(page.link(path, text=page.name(path)) for path in group.paths)
        pairs = "".join(
            _side_by_side(page, finding, related) for finding, related in _once(page, group.pairs)
        )
        parts.append(
            f'<div class="group"><h4>{_e(_s("group", lang, number=group.number))}: {names}</h4>'
            f"{pairs}</div>"
        )
    unit_paths = {row.entry.path for row in page.digest.unit_files(unit)}
    plan_pairs = [
        _side_by_side(page, finding, related)
        for path in sorted(unit_paths)
        for finding in page.findings.get(path, [])
        if finding.rule in plan_copy_rules
        for related in finding.related
    ]
    if plan_pairs:
        parts.append(
            f'<div class="group"><h4>{_e(_s("plan_copies", lang))}</h4>{"".join(plan_pairs)}</div>'
        )
    if not parts:
        return ""
    return (
        f'<h3>{_e(_s("copy_groups", lang))}</h3><p class="note">{_e(_s("groups_note", lang))}</p>'
        + "".join(parts)
    )


# ---------------------------------------------------------------- documents


def _severest(findings: Iterable[Finding]) -> str:
    return min((f.severity for f in findings), key=SEVERITIES.index)


def _line_spans(
    findings: list[tuple[int, Finding]], number: int, length: int
) -> list[tuple[int, int, list[int]]]:
    """The line cut into segments [start, end) with the notes (numbers) covering each."""
    cover: list[tuple[int, int, int]] = []
    for note, finding in findings:
        start = finding.column - 1 if finding.line == number else 0
        end = finding.end_column - 1 if finding.end_line == number else length
        if end <= start:  # a finding about the whole line
            start, end = 0, length
        cover.append((start, min(end, length), note))
    cuts = sorted({0, length, *(s for s, _, _ in cover), *(e for _, e, _ in cover)})
    return [
        (start, end, [note for s, e, note in cover if s <= start and end <= e])
        for start, end in pairwise(cuts)
        if end > start
    ]


def _line_html(text: str, notes: list[tuple[int, Finding]], number: int) -> str:
    """The line with each finding's span marked; a finding's note number follows its span on
    the line where it starts."""
    if not notes:
        return _e(text)
    by_note = dict(notes)
    segments = _line_spans(notes, number, len(text))
    last_segment = {
        note: index for index, (_, _, covering) in enumerate(segments) for note in covering
    }
    pieces = []
    for index, (start, end, covering) in enumerate(segments):
        chunk = _e(text[start:end])
        if not covering:
            pieces.append(chunk)
            continue
        found = [by_note[note] for note in covering]
        ending = [n for n in covering if last_segment[n] == index and by_note[n].line == number]
        sup = f"<sup>{','.join(map(str, ending))}</sup>" if ending else ""
        codes = _e(" ".join(f.rule for f in found))
        pieces.append(
            f'<mark class="c-{found[0].category} s-{_severest(found)}" title="{codes}">'
            f"{chunk}{sup}</mark>"
        )
    return "".join(pieces)


def _note_html(page: _Page, note: int, finding: Finding) -> str:
    lang = page.lang
    severity = t(f"severity.{finding.severity}", lang)
    related = ""
    if finding.related:
        links = ", ".join(page.link(r.path, r.line, page.name(r.path)) for r in finding.related)
        related = f'<div class="related">↔ {links}</div>'
    suggestion = (
        f'<div class="suggestion"><b>{_e(t("suggestion", lang))}:</b> {_e(finding.suggestion)}</div>'
        if finding.suggestion
        else ""
    )
    return (
        f'<div class="finding c-{finding.category} s-{finding.severity}">'
        f'<div class="head"><sup>{note}</sup> <code>{_e(finding.rule)}</code> '
        f'<span class="sev">{_e(severity)}</span> · {_e(t(f"category.{finding.category}", lang))}</div>'
        f'<div class="msg">{_e(finding.message)}</div>{related}{suggestion}</div>'
    )


def _echo_html(page: _Page, finding: Finding) -> str:
    """A copy reported on another member's document, shown beside the shared passage here."""
    lang = page.lang
    where = page.link(finding.path, finding.line, page.name(finding.path))
    said = _e(_s("echo", lang, name="\0")).replace("\0", where)  # the link, as HTML
    return (
        f'<div class="echo c-duplicate"><div class="head">↔ <code>{_e(finding.rule)}</code> '
        f"· {_e(t('category.duplicate', lang))}</div>"
        f'<div class="msg">{said} {_e(finding.message)}</div></div>'
    )


def _document_text(page: _Page, document: Document, numbered: list[tuple[int, Finding]]) -> str:
    anchor = page.anchors[document.path]
    by_line: dict[int, list[tuple[int, Finding]]] = defaultdict(list)
    starts: dict[int, list[tuple[int, Finding]]] = defaultdict(list)
    for note, finding in numbered:
        starts[finding.line].append((note, finding))
        last = min(finding.end_line, len(document.lines))
        for number in range(finding.line, last + 1):
            by_line[number].append((note, finding))
    echoed: dict[int, list[Finding]] = defaultdict(list)
    shared: set[int] = set()
    for finding in page.echoes.get(document.path, []):
        for related in finding.related:
            if related.path == document.path:
                first = related.line if related.line and related.line <= len(document.lines) else 1
                echoed[first].append(finding)
                shared.update(range(first, min(related.end_line or first, len(document.lines)) + 1))
    rows = []
    for line in document.lines:
        notes = by_line.get(line.number, [])
        side = "".join(_note_html(page, n, f) for n, f in starts.get(line.number, []))
        side += "".join(_echo_html(page, f) for f in echoed.get(line.number, []))
        classes = "line" + (" flagged" if notes else "") + (" bold" if line.bold else "")
        classes += " echoed" if line.number in shared else ""
        rows.append(
            f'<div class="{classes}" id="{anchor}-l{line.number}">'
            f'<span class="no">{line.number}</span>'
            f'<span class="text">{_line_html(line.text, notes, line.number)}</span>'
            f'<div class="notes">{side}</div></div>'
        )
    return f'<div class="doc-text">{"".join(rows)}</div>'


def _document(page: _Page, row: FileRow) -> str:
    lang = page.lang
    entry = row.entry
    anchor = page.anchors[entry.path]
    findings = page.findings.get(entry.path, [])
    meta = []
    if entry.kind:
        meta.append(t(f"kind.{entry.kind}", lang))
    if row.role:
        meta.append(row.role)
    if entry.date:
        meta.append(_s("date", lang, date=_date(entry.date)))
    counts = ", ".join(
        f"{t(f'category.{c}', lang)} {row.counts[c]}" for c in CATEGORIES if row.counts[c]
    )
    status = ""
    if row.date_status == DATE_WRONG:
        status = f' <b class="bad">✗ {_e(t("date_status.wrong", lang))}</b>'
    heading = (
        f'<h4 id="{anchor}">{_e(row.name)} <span class="path">{_e(entry.path)}</span></h4>'
        f'<p class="meta">{_e(" · ".join(meta))}{status}'
        f"{' · ' + _e(counts) if counts else ''}</p>"
    )
    document = page.documents.get(entry.path)
    if document is None:
        notes = "".join(_note_html(page, n, f) for n, f in enumerate(findings, 1))
        body = f'<p class="bad">{_e(_s("unreadable", lang, error=entry.error or ""))}</p>{notes}'
    else:
        numbered = list(enumerate(findings, 1))
        body = _document_text(page, document, numbered)
        if not findings:
            body = f'<p class="ok">{_e(t("summary.none", lang))}</p>' + body
    return f'<article class="doc">{heading}{body}</article>'


# ---------------------------------------------------------------- page


def _unit_counts(page: _Page, unit: UnitRow) -> str:
    lang = page.lang
    return (
        f'<table class="counts"><thead><tr><th>{_e(_s("files", lang))}</th>'
        f"<th>{_e(_s('commitments', lang))}</th>{_counts_header(lang)}"
        f"<th>{_e(_s('copy_groups', lang))}</th><th>{_e(_s('wrong_dates', lang))}</th></tr></thead>"
        f'<tbody><tr><td class="n">{unit.files}</td><td class="n">{unit.commitments}</td>'
        f'{_counts_cells(unit.counts)}<td class="n">{unit.copy_groups}</td>'
        f'<td class="n">{unit.wrong_dates}</td></tr></tbody></table>'
    )


def _report_cell(page: _Page, reports: list[FileRow]) -> str:
    """A member's reports in one cell: each period with its number of findings."""
    parts = []
    for row in reports:
        period = row.entry.period or ""
        label = _s(f"period_{period}", page.lang) if period in ("midyear", "yearend") else ""
        found = sum(row.counts.values())
        text = f"{label or PurePath(row.entry.path).stem}: {found}"
        parts.append(page.link(row.entry.path, text=text))
    return " · ".join(parts)


def _members(page: _Page, unit: str) -> str:
    """One row per document of the unit: who wrote it, what it is, its date, its findings
    by category and its copy group: the page a secretary brings to the meeting. A member's
    reports sit in their commitment's row (their findings counted there), so a cell with both
    reports still prints on one page; a report with no commitment has its own row."""
    lang = page.lang
    files = list(page.digest.unit_files(unit))
    writers = {match_key(row.name) for row in files if row.entry.kind != "report" and row.author}
    reports: dict[str, list[FileRow]] = defaultdict(list)
    for row in files:
        if row.entry.kind == "report" and row.author and match_key(row.name) in writers:
            reports[match_key(row.name)].append(row)
    folded = {id(row) for rows in reports.values() for row in rows}
    rows = []
    for row in files:
        if id(row) in folded:
            continue
        entry = row.entry
        kind = t(f"kind.{entry.kind}", lang) if entry.kind else ""
        when = _date(entry.date)
        if row.date_status == DATE_WRONG:
            when += f' <b class="bad">✗ {_e(t("date_status.wrong", lang))}</b>'
        group = str(row.copy_group) if row.copy_group else ""
        own = reports.get(match_key(row.name), []) if entry.kind == "commitment" else []
        rows.append(
            f"<tr><td>{page.link(entry.path, text=row.name)}</td><td>{_e(row.role or '')}</td>"
            f"<td>{_e(kind)}</td><td>{when}</td>{_counts_cells(row.counts)}"
            f'<td class="n">{_e(group)}</td><td class="reports">{_report_cell(page, own)}</td></tr>'
        )
    return (
        f'<h3>{_e(_s("members", lang))}</h3><table class="counts members"><thead><tr>'
        f"<th>{_e(_s('writer', lang))}</th><th>{_e(_s('position', lang))}</th>"
        f"<th>{_e(_s('kind', lang))}</th><th>{_e(_s('date_col', lang))}</th>"
        f"{_counts_header(lang)}<th>{_e(_s('group_col', lang))}</th>"
        f"<th>{_e(_s('reports_col', lang))}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _group_list(page: _Page, unit: str) -> str:
    """The unit's copy groups in a line each: the members and how alike."""
    lang = page.lang
    items = []
    for group in page.digest.unit_groups(unit):
        names = ", ".join(page.link(path, text=page.name(path)) for path in group.paths)
        figures = [f.figure for f in group.pairs if f.figure is not None]
        alike = f" ({_e(_s('group_line', lang, figure=max(figures)))})" if figures else ""
        items.append(
            f"<li><b>{_e(_s('group', lang, number=group.number))}</b>: {names}{alike}</li>"
        )
    if not items:
        return ""
    return f'<h3>{_e(_s("copy_groups", lang))}</h3><ul class="group-list">{"".join(items)}</ul>'


def _history_of(report: Report, context: Context) -> dict[str, list[YearRow]]:
    """Each unit's years, from the archive of `--archive` and this run (none without it)."""
    archive = context.settings.archive if context.settings else None
    if archive is None:
        return {}
    from linter.archive.history import history

    found: dict[str, list[YearRow]] = defaultdict(list)
    for row in history(report, archive, context.lang):
        found[match_key(row.unit)].append(row)
    return found


def _trend(page: _Page, unit: UnitRow) -> str:
    """A small table of the unit's years: commitments, the share with vague items (drawn as
    a bar), copies and date errors."""
    rows = page.history.get(match_key(unit.name or ""), []) or page.history.get(
        match_key(unit.unit), []
    )
    if not rows:
        return ""
    from linter.archive.history import share as vague_share

    lang = page.lang
    body = []
    for row in rows:
        share = vague_share(row) or 0
        year = _e(row.year if row.year is not None else "?")
        if not row.archived:
            year += f" {_e(_s('trend_this_run', lang))}"
        body.append(
            f'<tr><td>{year}</td><td class="n">{row.commitments}</td>'
            f'<td class="n"><span class="bar" style="width:{share}px"></span> {share}%</td>'
            f'<td class="n">{row.copies}</td><td class="n">{row.date_errors}</td></tr>'
        )
    return (
        f'<h3>{_e(_s("trend", lang))}</h3><table class="counts trend"><thead><tr>'
        f"<th>{_e(_s('trend_year', lang))}</th><th>{_e(_s('commitments', lang))}</th>"
        f"<th>{_e(_s('trend_vague', lang))}</th><th>{_e(_s('trend_copies', lang))}</th>"
        f"<th>{_e(_s('wrong_dates', lang))}</th></tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _unit_summary(page: _Page, index: int, unit: UnitRow, matrices: dict) -> str:
    lang = page.lang
    return (
        f'<section class="unit{" dense" if unit.files > DENSE_UNIT else ""}" id="unit-{index}"><h2>{_e(_s("unit", lang))}: '
        f"{page.unit_title(unit)}</h2>{_unit_counts(page, unit)}{_trend(page, unit)}"
        f"{_members(page, unit.unit)}"
        f"{_timeline(page, unit.unit)}{_heatmap(page, unit.unit, matrices)}"
        f"{_group_list(page, unit.unit)}</section>"
    )


def _unit_details(
    page: _Page,
    index: int,
    unit: UnitRow,
    plan_copy_rules: set[str],
    reviews: dict[str, str] | None = None,
) -> str:
    lang = page.lang
    documents = "".join(_document(page, row) for row in page.digest.unit_files(unit.unit))
    return (
        f'<section class="details" id="details-{index}"><h2>{_e(_s("details", lang))}: '
        f"{page.unit_title(unit)}</h2>{_copies(page, unit.unit, plan_copy_rules)}"
        f"{(reviews or {}).get(unit.unit, '')}"
        f"<h3>{_e(_s('documents', lang))}</h3>{documents}</section>"
    )


def _echoes(report: Report, kinds: dict[str, str | None]) -> dict[str, list[Finding]]:
    """Copies reported on one member's document that another member's document shares but
    does not carry (a group finding sits on its first member), by that other document.
    Only members' commitments get them: a plan a passage was copied from does not."""
    carried = {
        (f.path, f.rule, r.path)
        for f in report.findings
        if f.category == "duplicate"
        for r in f.related
    }
    echoes: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        if finding.category != "duplicate":
            continue
        for related in finding.related:
            other = related.path
            if kinds.get(other) != "commitment" or other == finding.path:
                continue
            if (other, finding.rule, finding.path) not in carried:
                echoes[other].append(finding)
    return echoes


def _plan_copy_rules(rules: Sequence) -> set[str]:
    return {r.id for r in rules if r.kind == "duplicate" and r.options.get("check") == "plan"}


def render(report: Report, context: Context) -> str:
    lang = context.lang
    units = context.settings.units if context.settings else ()
    form_lines = context.settings.form_lines if context.settings else ()
    summary = digest(report, context.rules, units)
    findings: dict[str, list[Finding]] = defaultdict(list)
    for finding in report.findings:
        findings[finding.path].append(finding)
    only = context.summary_only  # no document is shown: nothing to link to
    page = _Page(
        report=report,
        digest=summary,
        lang=lang,
        anchors={} if only else {row.entry.path: f"f{i}" for i, row in enumerate(summary.files)},
        documents={document.path: document for document in report.documents},
        findings=findings,
        names={row.entry.path: row.name for row in summary.files},
        echoes=_echoes(report, {entry.path: entry.kind for entry in report.files}),
        history=_history_of(report, context),
    )
    matrices = similarity_by_unit(report.briefs, form_lines)
    plan_copy_rules = _plan_copy_rules(context.rules)
    sections = "".join(
        _unit_summary(page, i, unit, matrices) for i, unit in enumerate(summary.units)
    )
    if not only:
        declared = context.settings.reviews if context.settings else ()
        reviews = review_html.blocks(report.briefs, declared, lang, page.link)
        sections += "".join(
            _unit_details(page, i, unit, plan_copy_rules, reviews)
            for i, unit in enumerate(summary.units)
        )
    title = _s("title", lang)
    generated = _s(
        "generated",
        lang,
        version=__version__,
        files=len(report.files),
        findings=len(report.findings),
    )
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{STYLE}</style></head><body>"
        f'<header><h1>{_e(title)}</h1><p class="generated">{_e(generated)}</p></header>'
        f"<main>{_overview(page, only)}{sections}</main></body></html>\n"
    )


def write(report: Report, context: Context, out: IO[str]) -> None:
    out.write(render(report, context))
