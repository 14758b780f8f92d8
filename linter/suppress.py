"""Suppressions that work for .docx: a sidecar file beside the documents, and a baseline.

A Word file cannot carry "# noqa" comments, so `.camket-ignore.yaml` in a document's folder lists
what to ignore, keyed on the file, the rule and a hash of the finding's text (not its line, so
an entry survives edits elsewhere in the file), each with a reason. Entries that no longer
match anything are reported, so the file does not silently rot. A baseline is an earlier JSON
report: findings already in it are left out, so an audit can fail on new findings only.
"""

from __future__ import annotations

import hashlib
import json
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from linter.files import is_file, real_path, write_atomically
from linter.findings import Finding
from linter.read.normalize import match_key
from linter.yamlfile import FileError, load

SIDECAR = ".camket-ignore.yaml"
SCHEMA = "camket-ignore/1"
HASH_LENGTH = 10


def text_hash(text: str) -> str:
    """A short, stable hash of a finding's text: case, NFC/NFD and tone placement do not matter."""
    return hashlib.sha256(match_key(text).strip().encode("utf-8")).hexdigest()[:HASH_LENGTH]


@dataclass(frozen=True)
class Entry:
    sidecar: Path
    line: int | None
    path: str  # relative to the sidecar's folder
    rule: str
    text: str  # text_hash of the finding's excerpt
    reason: str

    def key(self) -> tuple[Path, str, str]:
        return real_path(self.sidecar.parent / self.path), self.rule, self.text


def _key(finding: Finding) -> tuple[Path, str, str]:
    return real_path(finding.path), finding.rule, text_hash(finding.excerpt)


def load_sidecar(path: Path) -> list[Entry]:
    loaded = load(path)
    data = loaded.data or {}
    shape = f"tệp bỏ qua cần dạng {{schema: {SCHEMA}, ignore: [...]}}"
    if not isinstance(data, dict) or set(data) - {"schema", "ignore"}:
        raise loaded.error(shape)
    if data.get("schema", SCHEMA) != SCHEMA:
        raise loaded.error(shape, "schema")
    items = data.get("ignore") or []
    if not isinstance(items, list):
        raise loaded.error(shape, "ignore")
    entries = []
    for index, item in enumerate(items):
        fields = {"path", "rule", "text", "reason"}
        if isinstance(item, dict) and type(item.get("text")) is int:
            # An unquoted all-digit hash reads as a number: restore its digits.
            item["text"] = str(item["text"]).zfill(HASH_LENGTH)
        if (
            not isinstance(item, dict)
            or set(item) != fields
            or not all(isinstance(item[k], str) for k in fields)
        ):
            raise loaded.error(
                "mỗi mục cần đủ path, rule, text (mã băm) và reason (lý do)", "ignore", index
            )
        if not item["reason"].strip():
            raise loaded.error("mỗi mục bỏ qua phải ghi lý do (reason)", "ignore", index, "reason")
        if "\0" in item["path"]:  # no file is named so; os.path refuses it with a ValueError
            raise loaded.error("“path” chứa ký tự NUL", "ignore", index, "path")
        entries.append(
            Entry(
                path,
                loaded.line("ignore", index),
                item["path"],
                item["rule"],
                item["text"],
                item["reason"],
            )
        )
    return entries


def sidecars_for(paths: Iterable[str]) -> list[Path]:
    """The sidecar files of the folders holding these documents."""
    folders = sorted({Path(p).parent for p in paths})
    return [folder / SIDECAR for folder in folders if is_file(folder / SIDECAR)]


def entry_matches(
    findings: Iterable[Finding], entries: Iterable[Entry]
) -> tuple[list[Finding], set[Entry]]:
    """Findings no entry matches, and the entries that matched one (of several entries with
    one key, the first)."""
    by_key: dict[tuple[Path, str, str], Entry] = {}
    for entry in entries:
        by_key.setdefault(entry.key(), entry)
    used: set[Entry] = set()
    kept = []
    for finding in findings:
        entry = by_key.get(_key(finding))
        if entry is None:
            kept.append(finding)
        else:
            used.add(entry)
    return kept, used


def apply(findings: list[Finding], entries: list[Entry]) -> tuple[list[Finding], list[Entry]]:
    """Findings no entry matches, and the entries that matched nothing."""
    kept, used = entry_matches(findings, entries)
    return kept, [e for e in entries if e not in used]


def add_entry(sidecar: Path, document: Path, finding: Finding, reason: str) -> None:
    """Append an entry for `finding` to the sidecar beside `document` (created if missing);
    a malformed sidecar is refused, not rewritten."""
    entries = load_sidecar(sidecar) if sidecar.exists() else []
    items = [{"path": e.path, "rule": e.rule, "text": e.text, "reason": e.reason} for e in entries]
    entry = {
        "path": document.name,
        "rule": finding.rule,
        "text": text_hash(finding.excerpt),
        "reason": reason,
    }
    if entry not in items:
        items.append(entry)
    data = {"schema": SCHEMA, "ignore": items}
    write_atomically(sidecar, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


BASELINE_KEYS = ("path", "rule", "excerpt")


def load_baseline(path: Path) -> set[tuple[str, str, str]]:
    """(path, rule, text hash) of every finding of an earlier JSON report."""
    report = _json(path)
    findings = report.get("findings") if isinstance(report, dict) else None
    if not isinstance(findings, list):
        raise FileError(path, None, "baseline phải là một báo cáo JSON của camket (có “findings”)")
    keys = set()
    for number, finding in enumerate(findings, start=1):
        fields = [finding.get(key) if isinstance(finding, dict) else None for key in BASELINE_KEYS]
        if not all(isinstance(value, str) for value in fields):
            raise FileError(
                path,
                None,
                f"phát hiện thứ {number} của baseline cần path, rule và excerpt là chuỗi",
            )
        where, rule, excerpt = fields
        keys.add((where, rule, text_hash(excerpt)))
    return keys


def _json(path: Path) -> Any:
    """An earlier report's JSON; whatever is wrong with the file is a FileError."""
    problem = "không đọc được báo cáo JSON làm baseline"
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would be read forever
            raise FileError(path, None, f"{problem}: không phải tệp thông thường")
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise FileError(
            path, error.lineno, f"{problem}: JSON không hợp lệ ({error.msg})"
        ) from error
    except RecursionError as error:  # [[[[…]]]] a hundred thousand deep
        raise FileError(path, None, f"{problem}: dữ liệu lồng nhau quá sâu") from error
    except (OSError, ValueError) as error:  # unreadable, not UTF-8, a number of 5,000 digits
        raise FileError(path, None, f"{problem} ({error})") from error


def without_baseline(findings: list[Finding], baseline: set[tuple[str, str, str]]) -> list[Finding]:
    return [f for f in findings if (f.path, f.rule, text_hash(f.excerpt)) not in baseline]
