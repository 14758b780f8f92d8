"""Read the shape of a document: kind, header, own date, number, citations, parts and items.

A .docx's page headers and footers (the lines after its body, `Line.margin`) are read for the
own date only, when the body has none."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from linter.citations import find_citations
from linter.document import Document, Outline, body_lines
from linter.kinds import chat_sender, detect_kind, reads_as_article
from linter.outline import find_closing, find_number, find_title_year, parse_header
from linter.own_date import find_own_date
from linter.read.reflow import layout_of
from linter.roles import role_from_content
from linter.sections import (
    Part,
    build_sections,
    default_parts,
    find_headings,
    unplaced_section,
)
from linter.trace.headings import HeadingSpec, default_spec
from linter.trace.reading import read_review, report_end


def _at_foot(date_line: int, title_line: int, last: int) -> bool:
    """A place-and-date line in the body ends it when it is in its lower half: one under the
    title and the writer's particulars ("Tân Trà, ngày 30/6/2026" pasted below them, the
    results after it) opens the body, it does not close it."""
    return last - date_line <= date_line - title_line


def parse(
    document: Document,
    parts: Sequence[Part] | None = None,
    split_sentences: bool = True,
    review_headings: HeadingSpec | None = None,
) -> Outline:
    """The document's outline. Without `split_sentences` an item is a whole line: enough for
    the copy check, and underthesea is never loaded. A report is read for what it says of the
    commitment (`review_headings`: the roles of its headings, rules/data/review_headings.yaml
    by default) instead of for the commitment's parts."""
    lines = body_lines(document.lines)
    margins = document.lines[len(lines) :]
    kind, title_line = detect_kind(lines)
    number, number_line = find_number(lines, title_line)
    start = title_line or 1
    parts = parts or default_parts()
    sections = []
    headings = []
    if kind == "commitment":
        # below the title: "BẢN CAM KẾT THỰC HIỆN NHIỆM VỤ NĂM 2026" names no part of its own
        headings = find_headings(lines, start + 1 if title_line else start, len(lines), parts)
    if kind == "commitment" and not headings and reads_as_article(lines, title_line):
        kind = "other"  # an article about commitments, titled with the words "Bản cam kết"
    if kind in ("commitment", "report"):
        body_start = headings[-1][0].number if headings else start
        # a report's own headings are read with its review (linter.trace.reading)
        body_end = (
            find_closing(lines, body_start) if kind == "commitment" else report_end(lines, start)
        )
        own_date = find_own_date(lines, title_line, body_end, margins)
        last = body_end - 1 if body_end else len(lines)
        if own_date and body_start < own_date.line <= last and _at_foot(own_date.line, start, last):
            last = own_date.line - 1  # a place-and-date line at the foot
        layout = layout_of(lines, document.format)
        if kind == "commitment":
            sections = build_sections(lines, headings, last, split_sentences, layout)
        if not headings and kind == "commitment":
            unplaced = unplaced_section(lines, start + 1, last, split_sentences, layout)
            sections = [unplaced] if unplaced else []
    else:
        body_end = find_closing(lines, start)
        own_date = find_own_date(lines, title_line, body_end, margins)
    citations = [
        citation
        for line in lines
        if line.number != number_line
        for citation in find_citations(line.clean, line.number)
    ]
    first_part = sections[0].heading_line if sections else None
    header = parse_header(lines, title_line, first_part)
    if header.role_key is None:
        items = (item.text for section in sections for item in section.items)
        header = replace(header, role_key=role_from_content(items))
    review = None
    if kind == "report" and header.author is None and title_line:
        # a report copied from a chat names no writer but the message's sender
        header = replace(header, author=chat_sender(lines[title_line - 1].clean))
    if kind == "report":
        review = read_review(
            lines,
            title_line,
            header.author,
            last,
            review_headings or default_spec(),
            layout,
            parts,
        )
    return Outline(
        kind=kind,
        title_line=title_line,
        header=header,
        own_date=own_date,
        number=number,
        citations=citations,
        sections=sections,
        body_end=body_end,
        expected_parts=tuple((part.number, part.name) for part in parts),
        title_year=find_title_year(lines, title_line),
        period=review.period if review else None,
        review=review,
    )
