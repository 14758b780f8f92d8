"""The columns of a line: real headers put two on one line ("ĐẢNG BỘ XÃ A      ĐẢNG CỘNG SẢN
VIỆT NAM") with spaces or a tab between, or the bars of a table pasted as text; each column
is a *segment*, a span of the line's normalised text."""

from __future__ import annotations

import re

from linter.document import Line

# Two spacing characters in a row (zero-width ones count: they sit inside wide gaps) or a tab.
_WIDE_GAP = re.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad]{2}|\t")


# A line of this many words or more, each two spaces from the next ("BẢN  CAM  KẾT  TU  DƯỠNG,
# …", a PDF's spaced-out title), is one column: columns hold words one space apart.
_SPACED_WORDS = 4


def segments(line: Line) -> list[tuple[int, int]]:
    """Spans (in normalised text) of the columns of a line split by tabs or 2+ spaces, or by
    the bars of a table pasted as text ("| CHI BỘ TRẠM Y TẾ | Tân Phước, ngày … |")."""
    text = line.clean
    spans = _gap_spans(line) if _WIDE_GAP.search(line.text) else [(0, len(text))]
    if len(spans) >= _SPACED_WORDS and all(" " not in text[s:e] for s, e in spans):
        spans = [(0, len(text))]  # every word apart: a title spaced out, not columns
    if "|" in text:
        spans = [piece for start, end in spans for piece in _bar_spans(text, start, end)]
    return [(s, e) for s, e in spans if e > s]


def _gap_spans(line: Line) -> list[tuple[int, int]]:
    text, norm = line.clean, line.norm
    spans: list[tuple[int, int]] = []
    begin = 0
    for index, char in enumerate(text):
        if char != " " or index + 1 >= len(text):
            continue
        gap = line.text[norm.starts[index] : norm.starts[index + 1]]
        if len(gap) >= 2 or "\t" in gap:
            spans.append((begin, index))
            begin = index + 1
    spans.append((begin, len(text)))
    return spans


_BAR = re.compile(r"\s*\|\s*")


def _bar_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span [start, end) cut at each bar, the spaces around the bars left out."""
    pieces: list[tuple[int, int]] = []
    begin = start
    for bar in _BAR.finditer(text, start, end):
        pieces.append((begin, bar.start()))
        begin = bar.end()
    pieces.append((begin, end))
    return pieces


def segment_texts(line: Line) -> list[tuple[int, str]]:
    return [(start, line.clean[start:end]) for start, end in segments(line)]
