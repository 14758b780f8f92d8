"""The archive file: opening it safely, and its versioned schema.

The file is marked as camket's with SQLite's `application_id`, and its schema version is
`user_version`. Each migration brings one version to the next inside a transaction, so an
archive made by an older camket is upgraded in place, all or nothing; one made by a newer
camket, a damaged file or another program's database is refused with a clear message."""

from __future__ import annotations

import sqlite3
import stat
from pathlib import Path

from linter.archive.messages import say

APPLICATION_ID = 0x434B4152  # "CKAR"
BUSY_TIMEOUT_MS = 5000

# Version n is reached by running MIGRATIONS[n - 1] on version n - 1 (0: a new, empty file).
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE batches (
        id INTEGER PRIMARY KEY,
        added TEXT NOT NULL,            -- when (ISO, UTC)
        roots TEXT NOT NULL,            -- the checked paths, as given
        camket TEXT NOT NULL            -- camket's version
    );
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        batch INTEGER NOT NULL REFERENCES batches(id) ON DELETE CASCADE,
        path TEXT NOT NULL,             -- as the user gave it in that run
        real_path TEXT NOT NULL,        -- the file's absolute path: a document's identity
        folder TEXT NOT NULL,           -- its unit's real folder
        unit TEXT NOT NULL,             -- its unit's name in that run
        cell TEXT,                      -- the unit as its header names it
        author TEXT,
        author_key TEXT,                -- the name folded for matching
        kind TEXT NOT NULL,
        year INTEGER,                   -- the year it is for (title), else its own date's
        own_date TEXT,
        number TEXT
    );
    CREATE TABLE own_lines (            -- what the writer wrote: items, or a plan's body
        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        line INTEGER NOT NULL,
        text TEXT NOT NULL
    );
    CREATE TABLE prints (               -- winnowed fingerprints of the own text
        hash INTEGER NOT NULL,
        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        position INTEGER NOT NULL
    );
    CREATE TABLE findings (
        document INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        rule TEXT NOT NULL,
        category TEXT NOT NULL,
        severity TEXT NOT NULL,
        line INTEGER NOT NULL,
        end_line INTEGER NOT NULL,
        message TEXT NOT NULL
    );
    CREATE INDEX prints_by_hash ON prints(hash);
    CREATE INDEX lines_by_document ON own_lines(document);
    CREATE INDEX findings_by_document ON findings(document);
    """,
    # 2: look-ups by identity and by year (re-adding a file; comparing with earlier years).
    """
    CREATE INDEX documents_by_identity ON documents(real_path, year);
    CREATE INDEX documents_by_year ON documents(year, kind);
    """,
)
VERSION = len(MIGRATIONS)


class ArchiveError(Exception):
    """An archive that cannot be used, with the message for the user."""


def _is_empty_file(path: Path) -> bool:
    return path.stat().st_size == 0


def _refuse_non_regular(path: Path, lang: str) -> None:
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise ArchiveError(say("io", lang, path=path, detail=error.strerror or error)) from error
    if not stat.S_ISREG(mode):
        raise ArchiveError(say("not_file", lang, path=path))


def _connect(path: Path, lang: str, read_only: bool) -> sqlite3.Connection:
    uri = f"{path.absolute().as_uri()}?mode={'ro' if read_only else 'rwc'}"
    try:
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        connection.execute("PRAGMA foreign_keys = ON")
        return connection
    except sqlite3.Error as error:
        raise ArchiveError(say("io", lang, path=path, detail=error)) from error


def _identify(connection: sqlite3.Connection, path: Path, lang: str) -> int:
    """The file's schema version; refuses what is not (or no longer) a camket archive."""
    try:
        application = connection.execute("PRAGMA application_id").fetchone()[0]
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if application == APPLICATION_ID:
            check = connection.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                raise ArchiveError(say("not_database", lang, path=path, detail=check))
    except sqlite3.DatabaseError as error:
        raise ArchiveError(say("not_database", lang, path=path, detail=error)) from error
    if application == 0 and tables == 0 and version == 0:
        return 0  # a new file
    if application != APPLICATION_ID:
        raise ArchiveError(say("foreign", lang, path=path))
    if version > VERSION:
        raise ArchiveError(say("newer", lang, path=path, found=version, known=VERSION))
    return version


def _migrate(connection: sqlite3.Connection, version: int) -> None:
    """Bring the schema to VERSION in one transaction."""
    with connection:
        connection.execute("BEGIN IMMEDIATE")
        for number in range(version + 1, VERSION + 1):
            for statement in MIGRATIONS[number - 1].split(";"):
                if statement.strip():
                    connection.execute(statement)
        connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        connection.execute(f"PRAGMA user_version = {VERSION}")


def open_archive(path: Path, lang: str = "vi", *, create: bool = False) -> sqlite3.Connection:
    """The archive at `path`, its schema current. `create`: make it when missing (archive add);
    otherwise a missing file is an error and the file is opened read-only (check, list)."""
    _refuse_non_regular(path, lang)
    if not path.exists() and not create:
        raise ArchiveError(say("missing", lang, path=path))
    read_only = not create
    connection = _connect(path, lang, read_only)
    try:
        version = _identify(connection, path, lang)
        if read_only:
            # An older schema is read as it is (upgraded by the next add); an empty file is
            # an empty archive.
            if version == 0 and not _is_empty_file(path):
                raise ArchiveError(say("foreign", lang, path=path))
            return connection
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("PRAGMA synchronous = NORMAL")
        if version < VERSION:
            _migrate(connection, version)
    except sqlite3.OperationalError as error:
        connection.close()
        if "locked" in str(error) or "busy" in str(error):
            raise ArchiveError(say("busy", lang, path=path)) from error
        raise ArchiveError(say("io", lang, path=path, detail=error)) from error
    except BaseException:
        connection.close()
        raise
    return connection
