"""Build corpus/ and corpus/labels.yaml from corpus-src/ (see corpus-src/README.md).

Usage: python scripts/build_corpus.py [--src corpus-src] [--out corpus]

A source becomes a .txt, .docx, .odt or .pdf; the PDFs are printed with fpdf2 (`pip install
.[corpus]`) and read back through camket's reader to put their labels on the physical lines.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# The writers beside this script, and this checkout's reader (it places the PDFs' labels).
for _path in (ROOT / "scripts", ROOT):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

from corpus_markup import (  # noqa: E402 (after the path)
    Paragraph,
    blocks,
    split_source,
    strip_marker,
    tone_decomposed,
    transform,
)

Labels = list[tuple[int, str, str]]  # line, marker, text
# Markers of a member's report (corpus-src/README.md, "Members' reports"): a result for nothing
# committed, a result that only restates, a high self-rating without evidence.
REVIEW_MARKERS = {"U": "unmatched_results", "R": "restated_results", "E": "unsupported_ratings"}


def build_docx(body: list[str], meta: dict, out: Path) -> Labels:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    labels: Labels = []
    number = 0
    for block in blocks(body):
        if isinstance(block, Paragraph):
            paragraph = document.add_paragraph()
            run = paragraph.add_run(transform(block.text, meta))
            run.bold = block.bold
            number += 1
            if block.label:
                labels.append((number, block.label, block.text))
            continue
        table = document.add_table(rows=len(block), cols=len(block[0]))
        table.style = "Table Grid"
        for r, row in enumerate(block):
            for c, (text, label) in enumerate(row):
                table.cell(r, c).text = transform(text, meta)
                number += 1
                if label:
                    labels.append((number, label, text))
    document.save(out)
    return labels


def build_odt(body: list[str], meta: dict, out: Path) -> Labels:
    from corpus_odt import write_odt

    return write_odt(blocks(body), meta, out, transform)


def build_pdf(body: list[str], meta: dict, out: Path) -> Labels:
    from corpus_pdf import locate, print_pdf

    return locate(out, print_pdf(body, meta, out))


WRITERS = {".docx": build_docx, ".odt": build_odt, ".pdf": build_pdf}


def build_text(body: list[str], meta: dict, out: Path) -> Labels:
    labels = []
    lines = []
    for number, raw in enumerate(body, start=1):
        text, label = strip_marker(raw)
        lines.append(transform(text, meta))
        if label:
            labels.append((number, label, text))
    content = "\n".join(lines) + "\n"
    encoding = meta.get("encoding", "utf-8")
    if encoding == "cp1258":
        data = tone_decomposed(content).encode("cp1258")
    else:
        data = content.encode(encoding)
    out.write_bytes(data)
    return labels


def build(src: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    files, copies, plan_copies, date_errors = [], [], [], []
    circulating: dict[str, list[str]] = {}
    reviews: list[tuple[dict, dict, Path]] = []  # (label entry, front matter, folder)
    for source in sorted(src.rglob("*.src")):
        relative = source.relative_to(src).with_suffix("")  # drop .src
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        meta, body = split_source(source)
        labels = WRITERS.get(relative.suffix, build_text)(body, meta, target)
        path = relative.as_posix()
        folder = relative.parent

        entry = {
            "path": path,
            "kind": meta.get("kind"),
            "date": meta.get("date"),
            "vague_lines": [{"line": n, "text": t.strip()} for n, kind, t in labels if kind == "V"],
            "specific_lines": [
                {"line": n, "text": t.strip()} for n, kind, t in labels if kind == "S"
            ],
            "format": relative.suffix.lstrip("."),
            "encoding": None if relative.suffix in WRITERS else meta.get("encoding", "utf-8"),
            "unicode": meta.get("unicode", "nfc"),
            "tones": meta.get("tones", "new"),
        }
        if meta.get("kind") == "report" and "period" in meta:
            entry["period"] = meta["period"]
            entry["year"] = meta.get("year")
        if "review" in meta:
            entry["review"] = {
                name: [{"line": n, "text": t.strip()} for n, kind, t in labels if kind == marker]
                for marker, name in REVIEW_MARKERS.items()
            }
            reviews.append((entry, meta["review"] or {}, folder))
        files.append(entry)
        for copy in meta.get("copies") or []:
            copies.append(copy_label(path, resolve(folder, copy["of"]), copy))
        if meta.get("circulating"):
            circulating.setdefault(meta["circulating"], []).append(path)
        if meta.get("plan_copy"):
            plan_copies.append({"commitment": path, "plan": resolve(folder, meta["plan_copy"])})
        for error in meta.get("date_errors") or []:
            date_errors.append(
                {
                    "path": path,
                    "kind": error["kind"],
                    "superior": resolve(folder, error["superior"]),
                }
            )
    for entry, review, folder in reviews:
        entry["review"].update(review_label(entry["path"], review, folder, out))
    labels_doc = {
        "schema": "camket-labels/1",
        "files": files,
        "copies": copies + shared_copies(copies),
        "plan_copies": plan_copies,
        "date_errors": date_errors,
    }
    if circulating:
        labels_doc["circulating"] = [
            {"sample": sample, "members": sorted(members)}
            for sample, members in sorted(circulating.items())
        ]
    header = "# Generated by scripts/build_corpus.py from corpus-src/ — edit the sources, not this file.\n"
    text = yaml.safe_dump(labels_doc, allow_unicode=True, sort_keys=False, width=120)
    (out / "labels.yaml").write_text(header + text, encoding="utf-8")
    print(f"built {len(files)} documents into {out}")


def copy_label(a: str, b: str, copy: dict) -> dict:
    """One copy label: by section, or by line ranges when the copied passage is not one
    section (narrower, or running across several)."""
    if "a_lines" in copy:
        return {"a": a, "b": b, "a_lines": copy["a_lines"], "b_lines": copy["b_lines"]}
    return {"a": a, "b": b, "section": copy.get("section")}


def built_lines(out: Path, path: str) -> list[str]:
    """A built document's lines as camket reads them (NFC), numbered as its labels are."""
    from linter.read import read
    from linter.sources import Source

    target = out / path
    lines, _, _ = read(Source(target, target.name, ""))
    return [unicodedata.normalize("NFC", line.text) for line in lines]


def review_label(path: str, review: dict, folder: Path, out: Path) -> dict:
    """The commitment a report is traced against and its gaps as `{item_line, commitment,
    text}`: each gap is given in the source as a piece of the item's text, found here in the
    commitment as built (so its line number cannot drift)."""
    if review.get("no_commitment"):
        return {"commitment": None, "gaps": [], "no_commitment": True}
    commitment = resolve(folder, review["commitment"])
    if not (out / commitment).is_file():
        sys.exit(f"{path}: review.commitment {commitment} is not a corpus document")
    lines = built_lines(out, commitment)
    gaps = []
    for start in review.get("gaps") or []:
        key = " ".join(unicodedata.normalize("NFC", start).split()).casefold()
        found = [n for n, text in enumerate(lines, 1) if key in " ".join(text.split()).casefold()]
        if len(found) != 1:
            sys.exit(f"{path}: gap “{start}” is on {len(found)} lines of {commitment}, not one")
        gaps.append(
            {"item_line": found[0], "commitment": commitment, "text": lines[found[0] - 1].strip()}
        )
    return {"commitment": commitment, "gaps": gaps, "no_commitment": False}


def resolve(folder: Path, name: str) -> str:
    parts: list[str] = []
    for part in (folder / name).parts:
        if part == "..":
            parts.pop()
        elif part != ".":
            parts.append(part)
    return "/".join(parts)


def shared_copies(copies: list[dict]) -> list[dict]:
    """Pairs that hold the same copied section without one naming the other: two members who
    both copied section s of a third (or a chain A→B→C) share that text too."""
    by_section: dict[object, list[tuple[str, str]]] = {}
    for copy in copies:
        if "section" not in copy:  # line ranges belong to one pair of files only
            continue
        by_section.setdefault(copy["section"], []).append((copy["a"], copy["b"]))
    declared = {frozenset((c["a"], c["b"])) for c in copies}
    derived = []
    for section, edges in by_section.items():
        groups: list[set[str]] = []
        for a, b in edges:
            touching = [g for g in groups if a in g or b in g]
            merged = {a, b}.union(*touching)
            groups = [g for g in groups if g not in touching] + [merged]
        for group in groups:
            members = sorted(group)
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if frozenset((a, b)) not in declared:
                        derived.append({"a": a, "b": b, "section": section, "shared": True})
    return derived


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--src", type=Path, default=ROOT / "corpus-src")
    parser.add_argument("--out", type=Path, default=ROOT / "corpus")
    args = parser.parse_args()
    build(args.src, args.out)


if __name__ == "__main__":
    main()
