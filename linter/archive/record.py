"""Writing a checked batch into the archive, in one transaction: an add that is interrupted,
whatever stops it, leaves the archive as it was."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from linter import __version__
from linter.document import Document
from linter.findings import Finding
from linter.fingerprint import own_text
from linter.read.normalize import match_key


@dataclass(frozen=True)
class Added:
    documents: int
    replaced: int
    years: tuple[int | None, ...]  # the year of each document added


def document_year(document: Document) -> int | None:
    """The year a document is for: the year in its title ("… phấn đấu năm 2026"), else the
    year of its own date."""
    outline = document.outline
    if outline.title_year:
        return outline.title_year
    return outline.date.year if outline.date else None


def author_key(name: str | None) -> str | None:
    """A member's name as compared across years: normalised, folded, single-spaced."""
    return " ".join(match_key(name).split()) if name else None


def _replace_earlier(connection: sqlite3.Connection, real_path: str, year: int | None) -> int:
    """Drop the record of the same file for the same year (it is being added again)."""
    cursor = connection.execute(
        "DELETE FROM documents WHERE real_path = ? AND year IS ?", (real_path, year)
    )
    return cursor.rowcount


def _insert_document(
    connection: sqlite3.Connection,
    batch: int,
    document: Document,
    real_path: Path,
) -> int:
    outline = document.outline
    header = outline.header
    cursor = connection.execute(
        "INSERT INTO documents (batch, path, real_path, folder, unit, cell, author, author_key,"
        " kind, year, own_date, number) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            batch,
            document.path,
            str(real_path),
            str(real_path.parent),
            document.unit,
            header.cell,
            header.author,
            author_key(header.author),
            outline.kind,
            document_year(document),
            outline.date.isoformat() if outline.date else None,
            outline.number,
        ),
    )
    identity = cursor.lastrowid
    assert identity is not None
    connection.executemany(
        "INSERT INTO own_lines (document, line, text) VALUES (?, ?, ?)",
        ((identity, line, text) for line, text in own_text(document)),
    )
    connection.executemany(
        "INSERT INTO prints (hash, document, position) VALUES (?, ?, ?)",
        ((value, identity, position) for value, position in document.prints or ()),
    )
    return identity


class Recorder:
    """One batch being added: documents are written as their analyses come (so a large batch
    is never held for the archive's sake), findings once the batch stage has made them; all
    of it in one transaction, committed by `commit`, rolled back by anything else."""

    def __init__(self, connection: sqlite3.Connection, roots: Sequence[str]) -> None:
        self.connection = connection
        self.identities: dict[str, int] = {}  # document path (as reported) -> its row
        self.added = self.replaced = 0
        self.years: list[int | None] = []
        connection.execute("BEGIN IMMEDIATE")
        self.batch = connection.execute(
            "INSERT INTO batches (added, roots, camket) VALUES (?, ?, ?)",
            (
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "\n".join(roots),
                __version__,
            ),
        ).lastrowid

    def document(self, document: Document, real_path: Path) -> None:
        year = document_year(document)
        self.replaced += _replace_earlier(self.connection, str(real_path), year)
        self.identities[document.path] = _insert_document(
            self.connection, self.batch, document, real_path
        )
        self.added += 1
        self.years.append(year)

    def findings(self, findings: Iterable[Finding]) -> None:
        self.connection.executemany(
            "INSERT INTO findings (document, rule, category, severity, line, end_line, message)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                (
                    self.identities[f.path],
                    f.rule,
                    f.category,
                    f.severity,
                    f.line,
                    f.end_line,
                    f.message,
                )
                for f in findings
                if f.path in self.identities
            ),
        )

    def commit(self) -> Added:
        self.connection.execute(
            "DELETE FROM batches WHERE id NOT IN (SELECT DISTINCT batch FROM documents)"
        )
        self.connection.commit()
        return Added(self.added, self.replaced, tuple(self.years))

    def abandon(self) -> None:
        self.connection.rollback()


def add_documents(
    connection: sqlite3.Connection,
    documents: Iterable[tuple[Document, Path]],
    findings: Sequence[Finding],
    roots: Sequence[str],
) -> Added:
    """Record every (document, its real path) with its findings as one batch, all or nothing.
    A file already archived for the same year is replaced."""
    recorder = Recorder(connection, roots)
    try:
        for document, real_path in documents:
            recorder.document(document, real_path)
        recorder.findings(findings)
        return recorder.commit()
    except BaseException:
        recorder.abandon()
        raise


def remove_year(connection: sqlite3.Connection, year: int) -> int:
    """Drop every document of `year`; the number dropped."""
    with connection:
        connection.execute("BEGIN IMMEDIATE")
        removed = connection.execute("DELETE FROM documents WHERE year = ?", (year,)).rowcount
        connection.execute(
            "DELETE FROM batches WHERE id NOT IN (SELECT DISTINCT batch FROM documents)"
        )
    return removed
