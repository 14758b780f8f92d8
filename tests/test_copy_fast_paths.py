"""The copy check's fast paths give what their plain definitions give: the syllables a document
carries from the per-document stage are its tokens, seeds and line bounds found with sets and
bisection are those of comparing every pair and walking every line, and a batch's copy findings
are the same whether its documents carry their syllables or are tokenised again."""

from __future__ import annotations

import dataclasses
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest
from conftest import CORPUS, copy_commitments
from hypothesis import given, settings
from hypothesis import strategies as st

from linter.align import GAP, _line_end, _line_start, shared_seeds
from linter.brief import briefs_of
from linter.checks.duplicate import _Entry, unit_copies
from linter.circulating import (
    FORMULA_SYLLABLES,
    JOIN_SHARE,
    MIN_DOCUMENTS,
    Holding,
    _candidates,
    _Columns,
    _runs,
    _same_text,
    circulating,
    covered,
)
from linter.codec import decode, encode
from linter.config import Settings, find_config, load_config
from linter.engine import Analysis, UnitsAhead, check_batch, document_job, run
from linter.fingerprint import K, LineIndex, Tokens, tokens
from linter.rules import load_rules
from linter.sources import discover
from linter.store import Packed

COMMUNE = CORPUS / "dang-uy-xa-vinh-xuan"  # copies in a cell, a sample circulating in three


@pytest.fixture(scope="module")
def first_written(tmp_path_factory) -> Path:
    """The commune as first written (conftest.copy_commitments): the members added since copied
    no stock passage, and with them under half of a cell's members share one (CK404)."""
    return copy_commitments(COMMUNE, tmp_path_factory.mktemp("vinh-xuan") / COMMUNE.name)


@pytest.fixture(scope="module")
def commune(first_written):
    """The commune's documents as the batch stage gets them from workers or the cache (encoded
    and decoded), with the settings and the copy rules."""
    config = find_config([first_written])
    base = load_config(config) if config else Settings()
    rules = [rule for rule in load_rules(base.rule_dirs) if rule.kind == "duplicate"]
    chosen = dataclasses.replace(base, select=tuple(rule.id for rule in rules))
    job = document_job(rules, chosen)
    analyses = [decode(encode(job.analyse(s))) for s in discover([first_written], ())]
    documents = [a.document for a in analyses if a.document is not None]
    return documents, list(job.active), chosen


def _copies(documents, rules, chosen) -> list[dict]:
    return [finding.as_dict() for finding in check_batch(documents, rules, chosen)]


def test_the_syllables_a_document_carries_are_its_tokens(commune):
    documents, _, _ = commune
    commitments = [d for d in documents if d.outline.kind == "commitment"]
    assert len(commitments) >= 20
    for document in commitments:
        assert document.syllables  # carried through the codec
        assert _Entry(briefs_of([document])[0]).tokens == tokens(document)


def test_copies_are_the_same_whether_syllables_are_carried_or_made_again(commune):
    documents, rules, chosen = commune
    found = _copies(documents, rules, chosen)
    assert {f["rule"] for f in found} >= {"CK401", "CK405"}
    again = [dataclasses.replace(d, syllables=None) for d in documents]
    assert _copies(again, rules, chosen) == found


@pytest.mark.parametrize(
    "change",
    [
        lambda text: " ".join(text.split(" ")[:10]),  # fewer syllables than its lines start at
        lambda text: "",  # none at all
    ],
)
def test_syllables_that_cannot_be_the_documents_are_made_again(commune, change):
    """(A forged entry's syllables that fit its line index are as harmless as its forged
    fingerprints: the tokens are of one length with their lines, whatever they say.)"""
    documents, _, _ = commune
    document = next(d for d in documents if d.outline.kind == "commitment" and d.syllables)
    forged = dataclasses.replace(document, syllables=change(document.syllables))
    assert Tokens.carried(forged.path, forged.syllables, forged.syllable_lines) is None
    assert _Entry(briefs_of([forged])[0]).tokens == tokens(document)


def test_tokens_carried_and_back_are_the_same_tokens(commune):
    documents, _, _ = commune
    for document in documents:
        made = tokens(document)
        carried = Tokens.carried(document.path, made.joined(), document.syllable_lines)
        assert carried == made
        assert carried.line_starts == LineIndex.of(made.lines).starts


def _walked_start(lines: tuple[int, ...], position: int) -> int:
    while position > 0 and lines[position - 1] == lines[position]:
        position -= 1
    return position


def _walked_end(lines: tuple[int, ...], position: int) -> int:
    line = lines[position]
    while position < len(lines) and lines[position] == line:
        position += 1
    return position


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(1, 6), min_size=1, max_size=40), st.data())
def test_line_bounds_are_those_of_walking_the_line(steps, data):
    lines = tuple(sorted(steps))  # syllables' lines never go back
    syllables = tuple("a" for _ in lines)
    made = Tokens("x", syllables, lines)
    position = data.draw(st.integers(0, len(lines) - 1))
    assert _line_start(made, position) == _walked_start(lines, position)
    assert _line_end(made, position) == _walked_end(lines, position)


def _seeds_by_definition(prints, keep, skip, max_documents):
    """Every pair of documents, every fingerprint they both hold, when it is not skipped and no
    more than `max_documents` documents hold it."""
    holders = Counter(v for found in prints for v in {v for v, _ in found})
    seeds = {}
    for i, j in combinations(range(len(prints)), 2):
        if keep is not None and not keep(i, j):
            continue
        shared = [
            (p, q)
            for v, p in prints[i]
            for w, q in prints[j]
            if v == w and v not in skip and holders[v] <= max_documents
        ]
        if shared:
            seeds[(i, j)] = sorted(shared)
    return seeds


_PRINTS = st.lists(
    st.lists(st.tuples(st.integers(0, 12), st.integers(0, 60)), max_size=12), max_size=6
)


@settings(max_examples=300, deadline=None)
@given(_PRINTS, st.sets(st.integers(0, 12), max_size=3), st.integers(2, 6), st.booleans())
def test_shared_seeds_are_those_of_comparing_every_pair(prints, skip, limit, odd_pairs):
    keep = (lambda i, j: (i + j) % 2 == 1) if odd_pairs else None
    found = {pair: sorted(spots) for pair, spots in shared_seeds(prints, keep, skip, limit).items()}
    assert found == _seeds_by_definition(prints, keep, skip, limit)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(0, 80), max_size=30))
def test_covered_counts_each_syllable_of_the_shingles_once(positions):
    assert covered(positions) == len({p + i for p in positions for i in range(K)})


@settings(max_examples=300, deadline=None)
@given(_PRINTS, st.data())
def test_candidates_are_held_by_enough_documents_of_two_units(prints, data):
    units = data.draw(st.lists(st.sampled_from("ab"), min_size=len(prints), max_size=len(prints)))
    skip = data.draw(st.sets(st.integers(0, 12), max_size=3))
    expected = {
        value
        for value in {v for found in prints for v, _ in found} - skip
        if sum(any(v == value for v, _ in found) for found in prints) >= MIN_DOCUMENTS
        and len(
            {u for found, u in zip(prints, units, strict=True) if any(v == value for v, _ in found)}
        )
        > 1
    }
    assert _candidates(prints, units, skip) == expected


def _runs_by_walking(found, candidates) -> list[list[tuple[int, int]]]:
    """A document's candidate fingerprints walked in position order, a run going on while the
    next one starts within GAP syllables of the shingle before it ends; the runs covering more
    than a formula line, as [(position, hash)]."""
    runs: list[list[tuple[int, int]]] = []
    end = 0
    for position, value in sorted((p, v) for v, p in found if v in candidates):
        if runs and position - end <= GAP:
            runs[-1].append((position, value))
        else:
            runs.append([(position, value)])
        end = position + K
    return [run for run in runs if covered(p for p, _ in run) > FORMULA_SYLLABLES]


def _passages_in_two_passes(prints, units, skip):
    """Every run of every document given its passage first (the passage most of its
    fingerprints already belong to, else a new one), then each document's holdings collected,
    and the holders whose stretch is the passage's text kept."""
    candidates = _candidates(prints, units, skip)
    owner: dict[int, int] = {}
    passages = 0
    for found in prints:
        for walked in _runs_by_walking(found, candidates):
            values = {v for _, v in walked}
            votes = Counter(owner[v] for v in values if v in owner).most_common(1)
            if votes and votes[0][1] >= JOIN_SHARE * len(values):
                passage = votes[0][0]
            else:
                passage, passages = passages, passages + 1
            for value in values:
                owner.setdefault(value, passage)
    holdings: dict[int, list[Holding]] = {}
    for document, found in enumerate(prints):
        held_by: dict[int, list[int]] = {}
        for walked in _runs_by_walking(found, candidates):
            for position, value in walked:
                held_by.setdefault(owner[value], []).append(position)
        for passage, held in sorted(held_by.items()):
            if covered(held) > FORMULA_SYLLABLES:
                holding = Holding(document, min(held), max(held) + K, covered(held))
                holdings.setdefault(passage, []).append(holding)
    columns = _Columns(prints, skip)
    found = []
    for held in holdings.values():
        kept = _same_text(held, columns) if len(held) >= MIN_DOCUMENTS else []
        spread = len({units[h.document] for h in kept})
        if len(kept) >= MIN_DOCUMENTS and spread >= 2:
            found.append((tuple(kept), spread))
    return sorted(found, key=lambda c: (c[0][0].document, c[0][0].start))


@st.composite
def _documents_sharing_passages(draw):
    """A few documents made of stretches of a few shared texts (hash sequences drawn from a
    small pool, so texts overlap) and text of their own, fingerprints up to K syllables apart
    with now and then a gap wider than GAP; their units and the fingerprints skipped."""
    pool = st.integers(0, 40)
    texts = draw(st.lists(st.lists(pool, min_size=8, max_size=16), min_size=1, max_size=3))
    steps = st.sampled_from([1, 2, 3, 4, 5, 5, 5, 5, GAP + K + 3])
    prints = []
    for _ in range(draw(st.integers(3, 7))):
        hashes: list[int] = []
        for _ in range(draw(st.integers(1, 3))):
            kind = draw(st.sampled_from(["text", "text", "part", "own"]))
            if kind == "own":
                hashes += draw(st.lists(st.integers(41, 400), max_size=8))
                continue
            text = draw(st.sampled_from(texts))
            start = draw(st.integers(0, len(text) // 2)) if kind == "part" else 0
            hashes += text[start:]
        position, found = 0, []
        for value in hashes:
            position += draw(steps)
            found.append((value, position))
        prints.append(found)
    units = draw(st.lists(st.sampled_from("abc"), min_size=len(prints), max_size=len(prints)))
    skip = draw(st.sets(st.integers(0, 40), max_size=2))
    return prints, units, skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(1, 40), max_size=40), st.data())
def test_runs_are_those_of_walking_the_fingerprints(steps, data):
    positions = [sum(steps[: i + 1]) for i in range(len(steps))]
    values = data.draw(st.lists(st.integers(0, 5), min_size=len(steps), max_size=len(steps)))
    found = list(zip(values, positions, strict=True))
    candidates = data.draw(st.sets(st.integers(0, 5)))
    expected = [
        ([p for p, _ in run], [v for _, v in run]) for run in _runs_by_walking(found, candidates)
    ]
    assert _runs(found, candidates) == expected


@settings(max_examples=300, deadline=None)
@given(_documents_sharing_passages())
def test_circulating_passages_in_one_pass_are_those_of_two(batch):
    """A fingerprint's passage is fixed by the first run that holds it, so a document's holdings
    are known once its own runs are given theirs: one pass over the documents is enough."""
    prints, units, skip = batch
    found = [(c.holdings, c.units) for c in circulating(prints, units, skip)]
    assert found == _passages_in_two_passes(prints, units, skip)


def _duplicates(findings) -> list[dict]:
    return [f.as_dict() for f in findings if f.category == "duplicate"]


def test_copies_found_ahead_of_the_batch_stage_are_those_it_finds(commune, first_written):
    """A run finds each unit's copies as soon as the unit's files are analysed (UnitsAhead);
    the batch stage given them reports what it finds on its own."""
    documents, rules, chosen = commune
    sources = discover([first_written], ())
    by_path = {
        brief.path: (brief, Packed(Analysis(None, document, ())))  # as a worker hands it on
        for brief, document in zip(briefs_of(documents), documents, strict=True)
    }
    ahead = UnitsAhead(sources, chosen.form_lines)
    for index, source in enumerate(sources):
        ahead.analysed(index, *by_path.get(source.display, (None, None)))
    units = {d.unit for d in documents if d.outline.kind == "commitment"}
    assert set(ahead.found) == {s.unit for s in sources}
    assert any(copies.found for copies in ahead.found.values())
    alone = _copies(documents, rules, chosen)
    given = check_batch(documents, rules, chosen, ahead=ahead.found)
    assert [f.as_dict() for f in given] == alone
    assert len(units) >= 4 and {f["rule"] for f in alone} >= {"CK401", "CK404", "CK405"}


def test_copies_found_ahead_for_other_members_are_found_again(commune):
    documents, rules, chosen = commune
    copied = next(f["path"] for f in _copies(documents, rules, chosen) if f["rule"] == "CK401")
    unit = next(d.unit for d in documents if d.path == copied)
    members = [d for d in documents if d.unit == unit]
    # one commitment fewer (the copies found ahead are the commitments'; a member's report
    # left out changes nothing of them), nothing shared
    dropped = next(d for d in members if d.outline.kind == "commitment")
    stale = unit_copies([d for d in members if d is not dropped], chosen.form_lines)
    stale = dataclasses.replace(stale, found={}, stock=frozenset())
    given = check_batch(documents, rules, chosen, ahead={unit: stale})
    assert [f.as_dict() for f in given] == _copies(documents, rules, chosen)


def test_a_run_in_workers_reports_the_copies_the_batch_stage_finds_alone(tmp_path):
    config = find_config([COMMUNE])
    chosen = dataclasses.replace(
        load_config(config) if config else Settings(), jobs=2, cache_dir=tmp_path
    )
    rules = load_rules(chosen.rule_dirs)
    report = run([COMMUNE], rules, chosen)
    active = [r for r in rules if r.kind == "duplicate"]
    alone = check_batch(report.documents, active, chosen, parents=report.parents)
    assert _duplicates(report.findings) == sorted(
        _duplicates(alone), key=lambda f: (f["path"], f["line"], f["column"], f["rule"])
    )
