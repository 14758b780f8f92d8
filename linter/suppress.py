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
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from linter.files import is_file, real_path, write_atomically
from linter.findings import Finding
from linter.normalize import match_key
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
    if not isinstance(data, dict) or set(data) - {"schema", "ignore"}:
        raise loaded.error(f"tệp bỏ qua cần dạng {{schema: {SCHEMA}, ignore: [...]}}")
    entries = []
    for index, item in enumerate(data.get("ignore") or []):
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


def apply(findings: list[Finding], entries: list[Entry]) -> tuple[list[Finding], list[Entry]]:
    """Findings no entry matches, and the entries that matched nothing."""
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
    return kept, [e for e in entries if e not in used]


def add_entry(sidecar: Path, document: Path, finding: Finding, reason: str) -> None:
    """Append an entry for `finding` to the sidecar beside `document` (created if missing)."""
    data = {"schema": SCHEMA, "ignore": []}
    if sidecar.is_file():
        load_sidecar(sidecar)  # refuse to rewrite a malformed file
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8")) or data
        data.setdefault("ignore", [])
    entry = {
        "path": document.name,
        "rule": finding.rule,
        "text": text_hash(finding.excerpt),
        "reason": reason,
    }
    if entry not in data["ignore"]:
        data["ignore"].append(entry)
    write_atomically(sidecar, yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def load_baseline(path: Path) -> set[tuple[str, str, str]]:
    """(path, rule, text hash) of every finding of an earlier JSON report."""
    try:
        report = json.loads(path.read_text(encoding="utf-8"))
        return {(f["path"], f["rule"], text_hash(f["excerpt"])) for f in report["findings"]}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise FileError(
            path, None, f"không đọc được báo cáo JSON làm baseline ({error})"
        ) from error


def without_baseline(findings: list[Finding], baseline: set[tuple[str, str, str]]) -> list[Finding]:
    return [f for f in findings if (f.path, f.rule, text_hash(f.excerpt)) not in baseline]
