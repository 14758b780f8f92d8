"""The copy join on a Dask cluster: which pairs of commitments share fingerprints, found by
shuffling the fingerprints by hash instead of indexing them all in one process.

Each commitment's fingerprints, kept on the cluster by the per-document stage, become records
(hash, member, unit, position) split into buckets by hash (`hash % buckets`), the form's own
text left out. A dask.bag groups each bucket's records from every map task on one worker (a
task shuffle: what crosses the network is the records, RECORD_BYTES each, once per stage).
There the fingerprints are grouped by hash and cut exactly as the duplicate check cuts them on
one machine (checks/duplicate.py):

- a unit's stock — a fingerprint held by at least half its members (stock_sharers) — is not
  compared among them nor with anyone else;
- inside a unit, a fingerprint in more than unit_seed_limit documents seeds no pair;
- across units (--across-units), a fingerprint in more than common_limit documents of the
  batch (1 %, at least 20: MOSS's -m) seeds no pair, so one stock phrase in 50,000 documents
  never makes their 1.25 billion pairs.

The rest seed pairs: every two members of one unit holding a fingerprint, and with
--across-units every two of different units, each pair with its positions. The seeds come
back to this machine, where the duplicate check verifies the pairs' passages
(align.passages) as it does without a cluster: the findings are the same.
"""

from __future__ import annotations

import math
import operator
from array import array
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from linter.checks.duplicate import common_limit, stock_sharers, unit_seed_limit
from linter.distributed.cluster import Cluster, gathered
from linter.distributed.documents import Chunk, Prints

if TYPE_CHECKING:
    from distributed import Future

RECORD_BYTES = 20  # a hash (8 bytes); member, unit and position (4 bytes each)
SEED_BYTES = 16  # member, member, position, position (4 bytes each)
BUCKET_RECORDS = 1_000_000  # records a bucket holds, about: 20 MB, a worker's dict of ~150 MB
# Commitments whose records one map task makes (about a million records): fewer, larger map
# tasks make fewer stages of the task shuffle, each of which moves every record once more.
MAP_MEMBERS = 2048
# The task shuffle splits each partition this many ways per stage: two stages up to 4,096
# map tasks (8 million commitments), where dask.bag's default of 32 takes three.
SHUFFLE_BRANCH = 64

# A bucket's records, by column: hashes, members, units, positions.
Records = tuple["array[int]", "array[int]", "array[int]", "array[int]"]
Seeds = dict[tuple[int, int], list[tuple[int, int]]]


@dataclass(frozen=True)
class Limits:
    """What cutting a bucket's fingerprints needs to know of the batch: per unit (by number),
    how many members share its stock and how many may hold a seed; across units, the common
    limit (0: units are not crossed)."""

    stock: tuple[int, ...]
    unit: tuple[int, ...]
    across: int

    @classmethod
    def of(cls, unit_sizes: Sequence[int], members: int, across_units: bool) -> Limits:
        return cls(
            tuple(stock_sharers(size) for size in unit_sizes),
            tuple(unit_seed_limit(size) for size in unit_sizes),
            common_limit(members) if across_units else 0,
        )


# --- on a worker ---------------------------------------------------------------------------


def bucketed(
    prints: Sequence[Sequence[Prints]],
    members: Sequence[dict[int, tuple[int, int]]],
    form: frozenset[int],
    buckets: int,
) -> list[tuple[int, Records]]:
    """The map side: the fingerprints of a few chunks' commitments as records, one set per
    bucket. `members[k]`: chunk k's commitments, source index -> (member number, unit number)."""
    split: dict[int, Records] = {}
    for chunk, mine in zip(prints, members, strict=True):
        for index, hashes, positions in chunk:
            if index not in mine:
                continue
            member, unit = mine[index]
            for value, position in zip(hashes, positions, strict=True):
                if value in form:
                    continue
                bucket = value % buckets
                records = split.get(bucket)
                if records is None:
                    records = split[bucket] = (array("q"), array("i"), array("i"), array("i"))
                records[0].append(value)
                records[1].append(member)
                records[2].append(unit)
                records[3].append(position)
    return sorted(split.items())


def _pairs(entries: list[tuple[int, int, int]], out: array[int], other_unit: bool) -> None:
    """A seed for every two entries (member, unit, position) of different members (and, with
    `other_unit`, of different units), oriented by member number."""
    for x, (i, unit_i, pos_i) in enumerate(entries):
        for j, unit_j, pos_j in entries[x + 1 :]:
            if i == j or (other_unit and unit_i == unit_j):
                continue
            if i < j:
                out.extend((i, j, pos_i, pos_j))
            else:
                out.extend((j, i, pos_j, pos_i))


def _seed(entries: list[tuple[int, int, int]], limits: Limits, out: array[int]) -> None:
    """The seeds of one fingerprint held by `entries` (member, unit, position)."""
    by_unit: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for entry in entries:
        by_unit[entry[1]].append(entry)
    kept: list[tuple[int, int, int]] = []
    for unit, held in by_unit.items():
        holders = len({member for member, _, _ in held})
        if holders >= limits.stock[unit]:  # the unit's stock: compared with no one
            continue
        kept.extend(held)
        if 2 <= holders <= limits.unit[unit]:
            _pairs(held, out, other_unit=False)
    if limits.across and len(by_unit) > 1:
        holders = len({member for member, _, _ in kept})
        if 2 <= holders <= limits.across:
            _pairs(kept, out, other_unit=True)


def seeds_of(group: tuple[int, list[tuple[int, Records]]], limits: Limits) -> array[int]:
    """The reduce side: the seeds of one bucket's fingerprints, flat (i, j, pos_i, pos_j)."""
    held: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for _, (hashes, members, units, positions) in group[1]:
        for value, member, unit, position in zip(hashes, members, units, positions, strict=True):
            held[value].append((member, unit, position))
    out: array[int] = array("i")
    for entries in held.values():
        if len(entries) > 1:
            _seed(entries, limits, out)
    return out


def _same(value: Any) -> Any:
    return value


# --- on this machine -----------------------------------------------------------------------


def bucket_count(records: int, workers: int) -> int:
    return max(1, workers, math.ceil(records / BUCKET_RECORDS))


def _merged(parts: Sequence[Any], members: int) -> Seeds:
    """The buckets' seeds as the duplicate check takes them; anything that is not a seed of
    two members (a camket bug) is left out rather than trusted."""
    seeds: Seeds = defaultdict(list)
    for flat in parts:
        if not isinstance(flat, array) or flat.typecode != "i" or len(flat) % 4:
            continue
        for start in range(0, len(flat), 4):
            i, j, pos_i, pos_j = flat[start : start + 4]
            if 0 <= i < j < members and pos_i >= 0 and pos_j >= 0:
                seeds[(i, j)].append((pos_i, pos_j))
    return dict(seeds)


def _map_groups(
    chunks: Sequence[Chunk], members: Sequence[dict[int, tuple[int, int]]]
) -> list[tuple[list[Future], list[dict[int, tuple[int, int]]]]]:
    """The chunks holding commitments, gathered into map tasks of about MAP_MEMBERS."""
    groups: list[tuple[list[Future], list[dict[int, tuple[int, int]]]]] = []
    count = MAP_MEMBERS
    for chunk, mine in zip(chunks, members, strict=True):
        if not mine:
            continue
        if count >= MAP_MEMBERS:
            groups.append(([], []))
            count = 0
        groups[-1][0].append(chunk.prints)
        groups[-1][1].append(mine)
        count += len(mine)
    return groups


@dataclass(frozen=True)
class Batch:
    """The commitments of the join: `members[k]` maps chunk k's commitments (by source index)
    to (member number, unit number); `count` members in all, holding `records` fingerprints."""

    members: tuple[dict[int, tuple[int, int]], ...]
    count: int
    records: int


def copy_seeds(
    cluster: Cluster, chunks: Sequence[Chunk], batch: Batch, limits: Limits, form: frozenset[int]
) -> Seeds:
    """The seeds of every pair of members, from the fingerprints the chunks left on the
    cluster."""
    import dask.bag as db
    from dask import delayed

    client = cluster.client
    buckets = bucket_count(batch.records, cluster.workers)
    shared_form = client.submit(_same, form, pure=False)
    shared_limits = client.submit(_same, limits, pure=False)
    parts = [
        delayed(bucketed, pure=False)(prints, mine, shared_form, buckets)
        for prints, mine in _map_groups(chunks, batch.members)
    ]
    if not parts:
        return {}
    grouped = db.from_delayed(parts).groupby(
        operator.itemgetter(0), shuffle="tasks", max_branch=SHUFFLE_BRANCH
    )
    flat = grouped.map(seeds_of, delayed(shared_limits))
    results = gathered(cluster, client.compute(flat.to_delayed()))
    return _merged([part for partition in results for part in partition], batch.count)
