"""Labelled corpora (schema camket-labels/1): load them, and verify them against the reader.

Paths are relative to the corpus folder; extra keys are allowed and ignored.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from linter.document import Line
from linter.own_date import left_column_word, number_before_year
from linter.read import read
from linter.read.error import ReadError
from linter.read.normalize import match_key
from linter.sources import Source
from linter.yamlfile import FileError, LoadedYaml, load

SCHEMA = "camket-labels/1"


@dataclass(frozen=True)
class LabelledLine:
    line: int
    text: str


@dataclass(frozen=True)
class LabelledGap:
    """A committed item its report gives no result for: the item's line in the commitment."""

    commitment: str
    item_line: int
    text: str = ""


@dataclass(frozen=True)
class ReviewLabels:
    """What a member's report should be found to lack or hold (an extra key of a file's entry,
    `review:`): its gaps, its results for nothing committed, its restated results, its high
    self-ratings without evidence, and whether its commitment is missing from the corpus."""

    commitment: str | None = None
    gaps: tuple[LabelledGap, ...] = ()
    unmatched: tuple[LabelledLine, ...] = ()
    restated: tuple[LabelledLine, ...] = ()
    ratings: tuple[LabelledLine, ...] = ()
    no_commitment: bool = False


@dataclass(frozen=True)
class LabelledFile:
    path: str
    kind: str | None
    date_written: str | None
    date_iso: str | None
    vague: tuple[LabelledLine, ...] = ()
    specific: tuple[LabelledLine, ...] = ()
    period: str | None = None  # a report's: midyear | yearend
    review: ReviewLabels | None = None


@dataclass
class Labels:
    root: Path
    files: list[LabelledFile]
    copies: list[dict[str, Any]] = field(default_factory=list)
    plan_copies: list[dict[str, Any]] = field(default_factory=list)
    date_errors: list[dict[str, Any]] = field(default_factory=list)


def _lines(loaded: LoadedYaml, entries: Any, *keys: Any) -> tuple[LabelledLine, ...]:
    if entries is None:
        return ()
    if not isinstance(entries, list):
        raise loaded.error("phải là danh sách {line, text}", *keys)
    result = []
    for index, entry in enumerate(entries):
        ok = isinstance(entry, dict) and type(entry.get("line")) is int
        if not ok or not isinstance(entry.get("text", ""), str):
            raise loaded.error("mỗi dòng cần “line” (số) và “text” (chữ)", *keys, index)
        result.append(LabelledLine(entry["line"], str(entry.get("text", ""))))
    return tuple(result)


# The keys each entry of a group of labels needs (paths relative to the corpus).
_GROUP_KEYS = {
    "copies": ("a", "b"),
    "plan_copies": ("commitment", "plan"),
    "date_errors": ("path",),
}


def _list(loaded: LoadedYaml, key: str) -> list[Any]:
    value = loaded.data.get(key) or []
    if not isinstance(value, list):
        raise loaded.error(f"“{key}” phải là một danh sách", key)
    return value


def _group(loaded: LoadedYaml, key: str) -> list[dict[str, Any]]:
    """`copies`, `plan_copies` or `date_errors`: entries with their paths as strings."""
    entries = _list(loaded, key)
    for index, entry in enumerate(entries):
        needed = _GROUP_KEYS[key]
        if not isinstance(entry, dict) or not all(isinstance(entry.get(k), str) for k in needed):
            raise loaded.error(f"mỗi mục cần {', '.join(needed)} (đường dẫn)", key, index)
    return entries


def _review(loaded: LoadedYaml, value: Any, index: int) -> ReviewLabels | None:
    if value is None:
        return None
    keys = ("files", index, "review")
    if not isinstance(value, dict):
        raise loaded.error("“review” phải là một bảng khóa: giá trị", *keys)
    gaps = []
    for number, gap in enumerate(value.get("gaps") or []):
        ok = isinstance(gap, dict) and type(gap.get("item_line")) is int
        if not ok or not isinstance(gap.get("commitment"), str):
            raise loaded.error(
                "mỗi mục cần “item_line” (số) và “commitment”", *keys, "gaps", number
            )
        gaps.append(LabelledGap(gap["commitment"], gap["item_line"], str(gap.get("text", ""))))
    commitment = value.get("commitment")
    return ReviewLabels(
        commitment=commitment if isinstance(commitment, str) else None,
        gaps=tuple(gaps),
        unmatched=_lines(loaded, value.get("unmatched_results"), *keys, "unmatched_results"),
        restated=_lines(loaded, value.get("restated_results"), *keys, "restated_results"),
        ratings=_lines(loaded, value.get("unsupported_ratings"), *keys, "unsupported_ratings"),
        no_commitment=value.get("no_commitment") is True,
    )


def load_labels(path: Path) -> Labels:
    loaded = load(path)
    data = loaded.data
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise loaded.error(f"không phải tệp nhãn {SCHEMA} (thiếu “schema: {SCHEMA}”)", "schema")
    files = []
    for index, entry in enumerate(_list(loaded, "files")):
        if not isinstance(entry, dict) or not isinstance(entry.get("path"), str):
            raise loaded.error("mỗi tệp cần “path”", "files", index)
        date = entry.get("date")
        written = date.get("written") if isinstance(date, dict) else None
        if date is not None and not (isinstance(date, dict) and isinstance(written, str | None)):
            raise loaded.error("“date” phải là {written, iso} hoặc null", "files", index, "date")
        files.append(
            LabelledFile(
                path=entry["path"],
                kind=entry.get("kind"),
                date_written=date.get("written") if date else None,
                date_iso=str(date["iso"]) if date and date.get("iso") else None,
                vague=_lines(loaded, entry.get("vague_lines"), "files", index, "vague_lines"),
                specific=_lines(
                    loaded, entry.get("specific_lines"), "files", index, "specific_lines"
                ),
                period=entry.get("period") if isinstance(entry.get("period"), str) else None,
                review=_review(loaded, entry.get("review"), index),
            )
        )
    return Labels(
        root=path.parent,
        files=files,
        copies=_group(loaded, "copies"),
        plan_copies=_group(loaded, "plan_copies"),
        date_errors=_group(loaded, "date_errors"),
    )


def _read_lines(labels: Labels, path: str) -> list[Any] | None:
    try:
        lines, _, _ = read(Source(labels.root / path, path, ""))
    except (ReadError, OSError):
        return None
    return lines


def _review_problems(labels: Labels, entry: LabelledFile, paths: set[str]) -> list[str]:
    """A gap whose item is not on its line of the commitment; a commitment not labelled."""
    review = entry.review
    if review is None:
        return []
    problems = []
    if review.commitment is not None and review.commitment not in paths:
        problems.append(f"{entry.path}: bản cam kết {review.commitment} không có trong nhãn")
    for gap in review.gaps:
        lines = _read_lines(labels, gap.commitment)
        if lines is None or not 1 <= gap.item_line <= len(lines):
            problems.append(f"{entry.path}: không có dòng {gap.item_line} trong {gap.commitment}")
        elif (
            gap.text
            and match_key(lines[gap.item_line - 1].text).strip() != match_key(gap.text).strip()
        ):
            problems.append(
                f"{entry.path}: dòng {gap.item_line} của {gap.commitment} ≠ “{gap.text}”"
            )
    return problems


def verify(
    labels: Labels, read_already: Callable[[str], Sequence[Line] | None] | None = None
) -> list[str]:
    """Problems with the labels: missing files, labelled lines whose text is not there.
    `read_already`: a file's lines by its labelled path when they were read before (a check
    of the same files), else None and the file is read here."""
    problems: list[str] = []
    paths = {entry.path for entry in labels.files}
    for entry in labels.files:
        lines = read_already(entry.path) if read_already else None
        if lines is None:
            try:
                lines, _, _ = read(Source(labels.root / entry.path, entry.path, ""))
            except (ReadError, OSError) as error:
                if entry.kind is not None:
                    problems.append(f"{entry.path}: không đọc được ({error})")
                continue
        problems.extend(_review_problems(labels, entry, paths))
        review = entry.review or ReviewLabels()
        for labelled in (
            *entry.vague,
            *entry.specific,
            *review.unmatched,
            *review.restated,
            *review.ratings,
        ):
            if not 1 <= labelled.line <= len(lines):
                problems.append(f"{entry.path}:{labelled.line}: dòng không tồn tại")
            elif (
                match_key(lines[labelled.line - 1].text).strip() != match_key(labelled.text).strip()
            ):
                problems.append(
                    f"{entry.path}:{labelled.line}: nhãn “{labelled.text}” ≠ “{lines[labelled.line - 1].text}”"
                )
        if entry.date_written:
            joined = " ".join(line.text for line in lines)
            # (a PDF's header table may wrap the left column's capitals into the date's line:
            # "…, ngày 25 tháng 6 năm" / "THCS 2026", "NON - TIỂU HỌC 2026", "2 2026")
            words = joined.split()
            uncapped = " ".join(
                w
                for i, w in enumerate(words)
                if not (left_column_word(w) or number_before_year(words, i))
            )
            written = match_key(entry.date_written)
            if written not in match_key(joined) and written not in match_key(uncapped):
                problems.append(
                    f"{entry.path}: không thấy ngày “{entry.date_written}” trong văn bản"
                )
    for group, keys in (
        (labels.copies, ("a", "b")),
        (labels.plan_copies, ("commitment", "plan")),
        (labels.date_errors, ("path", "superior")),
    ):
        for item in group:
            for key in keys:
                if item.get(key) not in paths:
                    problems.append(f"nhãn trỏ tới tệp không có trong danh sách: {item.get(key)}")
    return problems


__all__ = ["FileError", "Labels", "ReviewLabels", "load_labels", "verify"]
