"""The `archive` kind: a batch's documents against earlier years in the archive.

A commitment whose own text is mostly a commitment of an earlier year — the same member's
handed in again with the year changed, or someone else's — is reported with the archived
document and its year in `related`; a plan that mostly repeats an earlier plan likewise
(its rule is an information: plans do carry goals over). Archived documents are found by the
fingerprints they share with the document, as copies inside a batch are; a fingerprint held by
very many archived documents (the form, stock phrases) seeds nothing (MOSS's -m), and the
passages are verified by the same alignment as copies inside a batch."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from linter.align import Passage, passages
from linter.archive.record import author_key, document_year
from linter.archive.schema import open_archive
from linter.batch import BatchOptions
from linter.brief import Brief
from linter.checks.duplicate import form_hashes
from linter.findings import Hit, Related
from linter.fingerprint import Tokens, template_hashes, tokens_of
from linter.rules import Rule, check_option_problem

CHECKS = {"commitments": "commitment", "plans": "plan"}
# A document repeats an archived one when the passages they share cover this share of its own
# text: a member who keeps last year's loyalty lines and rewrites the tasks does not.
REPEAT_SHARE = 0.5
# A fingerprint in more archived documents than this share of them (and than the floor) is the
# text everyone writes, not a seed of a repeat.
COMMON_SHARE = 0.01
COMMON_FLOOR = 20
MIN_SEEDS = 3  # fewer shared fingerprints cannot make a passage worth aligning
_CHUNK = 500  # hashes per look-up (SQLite's bound on host parameters is larger)


def option_problem(options: dict) -> str | None:
    return check_option_problem(options, tuple(CHECKS))


@dataclass(frozen=True)
class Archived:
    identity: int
    real_path: str
    year: int
    author_key: str | None
    author: str | None


@dataclass(frozen=True)
class Repeat:
    archived: Archived
    found: tuple[Passage, ...]
    share: float
    tokens: Tokens  # the archived document's, as the passages were found in


def _limit(connection: sqlite3.Connection, kind: str, year: int) -> int:
    count = connection.execute(
        "SELECT count(*) FROM documents WHERE kind = ? AND year < ?", (kind, year)
    ).fetchone()[0]
    return max(COMMON_FLOOR, int(COMMON_SHARE * count))


def _seeds(
    connection: sqlite3.Connection, prints: Sequence[tuple[int, int]], kind: str, year: int
) -> dict[int, list[tuple[int, int]]]:
    """{archived document: [(my position, its position)]} over the fingerprints they share,
    leaving out those that too many archived documents hold."""
    mine: dict[int, list[int]] = defaultdict(list)
    for value, position in prints:
        mine[value].append(position)
    holders: dict[int, list[tuple[int, int]]] = defaultdict(list)
    values = list(mine)
    for start in range(0, len(values), _CHUNK):
        chunk = values[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        rows = connection.execute(
            "SELECT p.hash, p.document, p.position FROM prints p JOIN documents d"
            f" ON d.id = p.document WHERE p.hash IN ({marks}) AND d.kind = ? AND d.year < ?",
            (*chunk, kind, year),
        )
        for value, document, position in rows:
            holders[value].append((document, position))
    limit = _limit(connection, kind, year)
    seeds: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for value, held in holders.items():
        if len({document for document, _ in held}) > limit:
            continue
        for document, position in held:
            seeds[document].extend((mine_at, position) for mine_at in mine[value])
    return {document: found for document, found in seeds.items() if len(found) >= MIN_SEEDS}


def _archived(connection: sqlite3.Connection, identity: int) -> tuple[Archived, Tokens]:
    real_path, year, key, author = connection.execute(
        "SELECT real_path, year, author_key, author FROM documents WHERE id = ?", (identity,)
    ).fetchone()
    rows = connection.execute(
        "SELECT line, text FROM own_lines WHERE document = ? ORDER BY rowid", (identity,)
    )
    theirs = tokens_of(real_path, rows)
    archived = Archived(identity, real_path, year, key, author)
    return archived, theirs


def _best_repeat(
    connection: sqlite3.Connection, document: Brief, form: frozenset[int] | set[int]
) -> tuple[Repeat, Tokens] | None:
    """The archived document the document repeats most, with the document's own tokens."""
    kind, year = document.outline.kind, document_year(document)  # type: ignore[arg-type]
    if year is None:
        return None
    prints = [(v, p) for v, p in document.prints() if v not in form]
    found_seeds = _seeds(connection, prints, kind, year)
    if not found_seeds:
        return None
    mine = document.tokens()  # loaded only for a document that shares text with the archive
    if not mine.syllables:
        return None
    best: Repeat | None = None
    for identity, seeds in sorted(found_seeds.items()):
        archived, theirs = _archived(connection, identity)
        found = passages(mine, theirs, seeds, form)
        share = sum(p.a_end - p.a_start for p in found) / len(mine.syllables)
        if share >= REPEAT_SHARE and (best is None or share > best.share):
            best = Repeat(archived, tuple(found), share, theirs)
    return None if best is None else (best, mine)


def _whose(document: Brief, archived: Archived) -> dict[str, str]:
    mine = author_key(document.outline.header.author)
    if mine and mine == archived.author_key:
        return {"vi": "của chính đảng viên này", "en": "by the same member"}
    if archived.author:
        return {"vi": f"của {archived.author}", "en": f"by {archived.author}"}
    return {"vi": "của một đảng viên khác", "en": "by another member"}


def _hit(document: Brief, repeat: Repeat, mine: Tokens, theirs: Tokens) -> Hit:
    first = min(mine.lines[p.a_start] for p in repeat.found)
    last = max(mine.lines[p.a_end - 1] for p in repeat.found)
    their_first = min(theirs.lines[p.b_start] for p in repeat.found)
    their_last = max(theirs.lines[p.b_end - 1] for p in repeat.found)
    values = {
        "share": round(100 * repeat.share),
        "year": repeat.archived.year,
        "whose": _whose(document, repeat.archived),
        "other": repeat.archived.real_path,
    }
    related = (Related(repeat.archived.real_path, their_first, their_last),)
    return Hit(first, 0, last, document.line_end(last), values, related)


def check_batch(
    documents: Sequence[Brief], rules: Sequence[Rule], options: BatchOptions
) -> Iterator[tuple[Rule, Brief, Hit]]:
    if options.archive is None:
        return
    wanted = {CHECKS[rule.options["check"]]: rule for rule in rules}
    form = form_hashes() | template_hashes(options.form_lines)
    connection = open_archive(Path(options.archive), create=False)
    try:
        for document in sorted(documents, key=lambda d: d.path):
            rule = wanted.get(document.outline.kind)
            if rule is None:
                continue
            found = _best_repeat(connection, document, form)
            if found is not None:
                repeat, mine = found
                yield rule, document, _hit(document, repeat, mine, repeat.tokens)
    finally:
        connection.close()
