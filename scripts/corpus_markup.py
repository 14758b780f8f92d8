"""The markup of corpus sources (corpus-src/README.md), shared by the document writers:
front matter and body, ⟪V⟫/⟪S⟫ markers, table rows, bold lines, and the text transforms
(old tone placement, decomposed Unicode, Windows-1258's tone marks)."""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

MARKER = re.compile(r"\s*⟪([VSURE])⟫\s*$")
TONES = "\u0300\u0301\u0309\u0303\u0323"
WORD = re.compile(r"[^\W\d_]+")


def old_tones(text: str) -> str:
    """Move the tone of an open oa/oe/uy syllable to the second vowel: hòa → hoà, thủy → thuỷ."""

    def word(match: re.Match[str]) -> str:
        w = match[0]
        if len(w) < 2 or (w[-2:-1].lower() == "u" and w[-3:-2].lower() == "q"):
            return w
        first = unicodedata.normalize("NFD", w[-2])
        pair = (first[0] + w[-1]).lower()
        if pair not in ("oa", "oe", "uy") or len(first) != 2 or first[1] not in TONES:
            return w
        return w[:-2] + first[0] + unicodedata.normalize("NFC", w[-1] + first[1])

    return WORD.sub(word, text)


def tone_decomposed(text: str) -> str:
    """Windows-1258 style: base letters with their hats/horns composed, tone marks combining."""
    clusters: list[list[str]] = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and clusters:
            clusters[-1].append(char)
        else:
            clusters.append([char])
    result = []
    for base, *marks in clusters:
        tones = [m for m in marks if m in TONES]
        others = [m for m in marks if m not in TONES]
        result.append(unicodedata.normalize("NFC", base + "".join(others)) + "".join(tones))
    return "".join(result)


def transform(text: str, meta: dict) -> str:
    if meta.get("tones") == "old":
        text = old_tones(text)
    if meta.get("unicode") == "nfd":
        text = unicodedata.normalize("NFD", text)
    return text


def split_source(path: Path) -> tuple[dict, list[str]]:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        sys.exit(f"{path}: missing front matter")
    _, front, body = text.split("---\n", 2)
    return yaml.safe_load(front) or {}, body.rstrip("\n").split("\n")


def strip_marker(text: str) -> tuple[str, str | None]:
    match = MARKER.search(text)
    return (text[: match.start()], match[1]) if match else (text, None)


def cells_of(row: str) -> list[str]:
    inner = row.strip()
    inner = inner[1:] if inner.startswith("|") else inner
    inner = inner[:-1] if inner.endswith("|") else inner
    return [cell.strip() for cell in inner.split("|")]


@dataclass(frozen=True)
class Paragraph:
    """One body line of a .docx or .odt source: its text (marker removed), bold or not, and
    its label (V, S or None)."""

    text: str
    bold: bool
    label: str | None


Cell = tuple[str, str | None]  # text, label


def blocks(body: list[str]) -> list[Paragraph | list[list[Cell]]]:
    """A Word or OpenDocument source's body: paragraphs, and tables (runs of `|` lines, each a
    row of cells, rows padded to the widest)."""
    result: list[Paragraph | list[list[Cell]]] = []
    index = 0
    while index < len(body):
        if body[index].startswith("|"):
            rows = []
            while index < len(body) and body[index].startswith("|"):
                rows.append([strip_marker(cell) for cell in cells_of(body[index])])
                index += 1
            width = max(len(row) for row in rows)
            result.append([row + [("", None)] * (width - len(row)) for row in rows])
            continue
        raw = body[index]
        bold = raw.startswith("#b ")
        text, label = strip_marker(raw[3:] if bold else raw)
        result.append(Paragraph(text, bold, label))
        index += 1
    return result
