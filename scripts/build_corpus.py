"""Build corpus/ and corpus/labels.yaml from corpus-src/ (see corpus-src/README.md).

Usage: python scripts/build_corpus.py [--src corpus-src] [--out corpus]
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import unicodedata
from pathlib import Path

import yaml

MARKER = re.compile(r"\s*⟪([VSURE])⟫\s*$")
# Markers of a member's report (corpus-src/README.md, "Reports"): a result for nothing
# committed, a result that only restates, a high self-rating without evidence.
REVIEW_MARKERS = {"U": "unmatched_results", "R": "restated_results", "E": "unsupported_ratings"}
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


def build_docx(
    body: list[str], meta: dict, out: Path
) -> tuple[list[tuple[int, str, str]], list[str]]:
    import docx
    from docx.shared import Pt

    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    labels: list[tuple[int, str, str]] = []
    texts: list[str] = []  # the text of each line (paragraph or cell) in order
    number = 0
    index = 0
    while index < len(body):
        raw = body[index]
        if raw.startswith("|"):
            rows = []
            while index < len(body) and body[index].startswith("|"):
                rows.append(cells_of(body[index]))
                index += 1
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            table.style = "Table Grid"
            for r, row in enumerate(rows):
                for c in range(width):
                    text, label = strip_marker(row[c] if c < len(row) else "")
                    table.cell(r, c).text = transform(text, meta)
                    texts.append(text)
                    number += 1
                    if label:
                        labels.append((number, label, text))
            continue
        bold = raw.startswith("#b ")
        text, label = strip_marker(raw[3:] if bold else raw)
        paragraph = document.add_paragraph()
        run = paragraph.add_run(transform(text, meta))
        run.bold = bold
        texts.append(text)
        number += 1
        if label:
            labels.append((number, label, text))
        index += 1
    document.save(out)
    return labels, texts


def build_text(
    body: list[str], meta: dict, out: Path
) -> tuple[list[tuple[int, str, str]], list[str]]:
    labels = []
    lines = []
    texts = []
    for number, raw in enumerate(body, start=1):
        text, label = strip_marker(raw)
        lines.append(transform(text, meta))
        texts.append(text)
        if label:
            labels.append((number, label, text))
    content = "\n".join(lines) + "\n"
    encoding = meta.get("encoding", "utf-8")
    if encoding == "cp1258":
        data = tone_decomposed(content).encode("cp1258")
    else:
        data = content.encode(encoding)
    out.write_bytes(data)
    return labels, texts


def build(src: Path, out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    files, copies, plan_copies, date_errors = [], [], [], []
    circulating: dict[str, list[str]] = {}
    texts_of: dict[str, list[str]] = {}  # the built lines of each document, for review labels
    reviews: list[tuple[dict, dict, Path]] = []  # (label entry, front matter, folder)
    for source in sorted(src.rglob("*.src")):
        relative = source.relative_to(src).with_suffix("")  # drop .src
        target = out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        meta, body = split_source(source)
        if relative.suffix == ".docx":
            labels, texts = build_docx(body, meta, target)
        else:
            labels, texts = build_text(body, meta, target)
        path = relative.as_posix()
        folder = relative.parent
        texts_of[path] = texts

        entry = {
            "path": path,
            "kind": meta.get("kind"),
            "date": meta.get("date"),
            "vague_lines": [{"line": n, "text": t.strip()} for n, kind, t in labels if kind == "V"],
            "specific_lines": [
                {"line": n, "text": t.strip()} for n, kind, t in labels if kind == "S"
            ],
            "format": relative.suffix.lstrip("."),
            "encoding": meta.get("encoding", "utf-8") if relative.suffix != ".docx" else None,
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
        entry["review"].update(review_label(entry["path"], review, folder, texts_of))
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


def review_label(path: str, review: dict, folder: Path, texts_of: dict[str, list[str]]) -> dict:
    """The commitment a report is traced against and its gaps as `{item_line, commitment,
    text}`: each gap is given in the source as the start of the item's text, found here in
    the commitment as built (so its line number cannot drift)."""
    if review.get("no_commitment"):
        return {"commitment": None, "gaps": [], "no_commitment": True}
    commitment = resolve(folder, review["commitment"])
    if commitment not in texts_of:
        sys.exit(f"{path}: review.commitment {commitment} is not a corpus document")
    lines = texts_of[commitment]
    gaps = []
    for start in review.get("gaps") or []:
        key = " ".join(start.split()).casefold()
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
    root = Path(__file__).resolve().parent.parent
    parser.add_argument("--src", type=Path, default=root / "corpus-src")
    parser.add_argument("--out", type=Path, default=root / "corpus")
    args = parser.parse_args()
    build(args.src, args.out)


if __name__ == "__main__":
    main()
