"""A corpus source printed as a real PDF (fpdf2, Debian's DejaVu TTF fonts), and its labels put
on the physical lines of the text layer camket reads (see corpus-src/README.md).

fpdf2 wraps each paragraph at the page width itself (multi_cell), breaks pages and prints a
page-number footer, so the text layer is hard-wrapped as a real PDF's is. A ⟪V⟫/⟪S⟫ marker
belongs to a source line (a paragraph); once the file is printed, it is read back through
camket's reader (linter.read.read) and the label goes on the first physical line of that
paragraph: a finding counts on every line it spans, so that line scores the item.

Body markup of a .pdf.src, one source line each:
- a plain line is a justified paragraph over the page width; an empty line a small gap;
- prefixes, in any order: `#b ` bold, `#i ` italic, `#c ` centred, `#s ` in the signature
  column (the right SIGN_SHARE of the page, centred: place and date, "NGƯỜI CAM KẾT");
- `| left | right |` a header row typed without a table: the cells side by side on one
  baseline, so the text layer merges them into one line (a cell too wide wraps in its column,
  and its second line merges with the other cell's second line).
"""

from __future__ import annotations

import datetime
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from corpus_markup import cells_of, strip_marker, transform

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONTS = {  # DejaVu: every Vietnamese letter (Debian's Liberation Serif lacks ơ, ư, ộ, …)
    "serif": {
        "": "DejaVuSerif.ttf",
        "B": "DejaVuSerif-Bold.ttf",
        "I": "DejaVuSerif-Italic.ttf",
        "BI": "DejaVuSerif-BoldItalic.ttf",
    },
    "sans": {
        "": "DejaVuSans.ttf",
        "B": "DejaVuSans-Bold.ttf",
        "I": "DejaVuSans-Oblique.ttf",
        "BI": "DejaVuSans-BoldOblique.ttf",
    },
}
FONT_PACKAGES = {"": "fonts-dejavu-core", "B": "fonts-dejavu-core"}  # the others: -extra
LOOKS = {"#b": "bold", "#i": "italic", "#c": "centre", "#s": "sign"}
MARGINS = (30, 20, 20)  # left, top, right (mm): the margins of Vietnamese administrative papers
FIRST_COLUMN = 0.4  # a header row's left cell; the right one (motto, place and date) has the rest
SIGN_SHARE = 0.6  # the signature column's share of the text width
LINE_HEIGHT = 1.45  # of the font size
MM_PER_POINT = 25.4 / 72
FIXED_DATE = datetime.date(2026, 1, 1)  # creation date of a PDF with no own date


@dataclass(frozen=True)
class Printed:
    """A paragraph as printed: its lines, and the label its source line carried."""

    lines: tuple[str, ...]
    label: str | None


def looks_of(raw: str) -> tuple[set[str], str]:
    """The look prefixes of a source line, and the rest of it."""
    looks: set[str] = set()
    while raw[:2] in LOOKS and raw[2:3] == " ":
        looks.add(LOOKS[raw[:2]])
        raw = raw[3:]
    return looks, raw


def _printer(meta: dict):
    from fpdf import FPDF  # the `corpus` extra, only when a PDF is built

    class Printer(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            _set_font(self, set(), 10)
            self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")

    pdf = Printer(format="A4")
    pdf.font_files = {}
    for style, name in FONTS[meta.get("font", "serif")].items():
        path = FONT_DIR / name
        pdf.font_files[style] = path
        if path.exists():  # the italics are in fonts-dejavu-extra, needed only when used
            pdf.add_font("body", style, str(path))
    created = (meta.get("date") or {}).get("iso") or FIXED_DATE
    if isinstance(created, str):
        created = datetime.date.fromisoformat(created)
    pdf.set_creation_date(
        datetime.datetime.combine(created, datetime.time(8, 0), datetime.timezone.utc)
    )
    pdf.set_creator("camket corpus build")  # fixed, not fpdf2's version: the same bytes
    pdf.set_producer("fpdf2")
    pdf.set_margins(*MARGINS)
    pdf.set_auto_page_break(True, margin=22)
    pdf.alias_nb_pages()
    pdf.add_page()
    return pdf


def _set_font(pdf, looks: set[str], size: float) -> None:
    style = ("B" if "bold" in looks else "") + ("I" if "italic" in looks else "")
    path = pdf.font_files[style]
    if not path.exists():
        raise SystemExit(
            f"{path} is missing (Debian: apt-get install {FONT_PACKAGES.get(style, 'fonts-dejavu-extra')})"
        )
    pdf.set_font("body", style, size)


def _leading(size: float) -> float:
    """The height of a printed line (mm) for a font size (points)."""
    return size * LINE_HEIGHT * MM_PER_POINT


def _header_row(pdf, cells: list[str], size: float) -> None:
    """Cells side by side on shared baselines, line by line (a table-less header)."""
    _set_font(pdf, set(), size)
    widths = [pdf.epw * FIRST_COLUMN, pdf.epw * (1 - FIRST_COLUMN)]
    if len(cells) != 2:
        widths = [pdf.epw / len(cells)] * len(cells)
    wrapped = [
        pdf.multi_cell(w, _leading(size), c, dry_run=True, output="LINES")
        for w, c in zip(widths, cells, strict=True)
    ]
    for index in range(max(map(len, wrapped))):
        pdf.set_x(pdf.l_margin)
        for column, (width, lines) in enumerate(zip(widths, wrapped, strict=True)):
            last = column == len(widths) - 1
            pdf.cell(
                width,
                _leading(size),
                lines[index] if index < len(lines) else "",
                align="C",
                new_x="LMARGIN" if last else "RIGHT",
                new_y="NEXT" if last else "TOP",
            )


def _paragraph(pdf, text: str, looks: set[str], size: float) -> list[str]:
    _set_font(pdf, looks, size)
    if "sign" in looks:
        width = pdf.epw * SIGN_SHARE
        pdf.set_x(pdf.l_margin + pdf.epw - width)
        align = "C"
    else:
        width, align = 0, ("C" if "centre" in looks else "J")
    return pdf.multi_cell(
        width, _leading(size), text, align=align, new_x="LMARGIN", new_y="NEXT", output="LINES"
    )


def _missing_glyphs(pdf) -> list[str]:
    return sorted({g for font in pdf.fonts.values() for g in getattr(font, "missing_glyphs", [])})


def print_pdf(body: list[str], meta: dict, out: Path) -> list[Printed]:
    """Print the source's body into `out`; the paragraphs as printed, in order."""
    pdf = _printer(meta)
    size = float(meta.get("size", 12))
    printed: list[Printed] = []
    for raw in body:
        if raw.startswith("|"):
            cells = cells_of(raw)
            if any(strip_marker(cell)[1] for cell in cells):
                raise SystemExit(f"{out}: a header row of a PDF carries no label")
            _header_row(pdf, [transform(cell, meta) for cell in cells], size)
            continue
        looks, rest = looks_of(raw)
        text, label = strip_marker(rest)
        text = transform(text, meta)
        if not text.strip():
            pdf.ln(_leading(size) / 2)
            continue
        lines = _paragraph(pdf, text, looks, size)
        printed.append(Printed(tuple(lines), label))
    pdf.output(str(out))
    if missing := _missing_glyphs(pdf):
        raise SystemExit(f"{out}: the font has no glyph for {''.join(missing)!r}")
    return printed


def _squash(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def locate(out: Path, printed: list[Printed]) -> list[tuple[int, str, str]]:
    """(line, label, text) of each labelled paragraph: the first physical line of the text
    layer, as camket reads it, that holds the paragraph's first printed line."""
    from linter.read import read
    from linter.sources import Source

    lines, _, _ = read(Source(out, out.name, ""))
    texts = [_squash(line.text) for line in lines]
    labels: list[tuple[int, str, str]] = []
    cursor = 0
    for paragraph in printed:
        first = _squash(paragraph.lines[0])
        found = next((n for n in range(cursor, len(texts)) if texts[n] == first), None)
        if found is None:
            if paragraph.label:
                raise SystemExit(f"{out}: printed line {first!r} is not in the text layer")
            continue
        cursor = found + 1
        if paragraph.label:
            labels.append((found + 1, paragraph.label, lines[found].text))
    return labels
