"""What the checks that compare documents (copies, dates) and the reports built on them share:
the run's options and how linked documents form groups."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from linter.document import Document

# The seeds of the copy join computed elsewhere (linter.distributed: a shuffle of fingerprints on
# a Dask cluster): given the commitments in path order, whether units are crossed and the form's
# hashes, the seeds {(i, j): [(position in i, position in j)]} that the duplicate check would
# find itself; None when it cannot (the check then finds them here).
CopyJoin = Callable[
    ["Sequence[Document]", bool, frozenset[int]],
    "dict[tuple[int, int], list[tuple[int, int]]] | None",
]


class PartlyFailed(Exception):
    """A check that compares documents went on past a camket bug on some of them (members'
    reports traced against their commitments): its hits on the others stand, and each of
    `failures` (the document left unchecked, the error met) is reported on that document
    (CK023)."""

    def __init__(self, failures: Sequence[tuple[str, Exception]]) -> None:
        super().__init__(str(failures[0][1]))
        self.failures = tuple(failures)


@dataclass(frozen=True)
class DeclaredUnit:
    """A unit declared in camket.yaml (`units:`): its folder, and optionally its plan and the
    folder of its superior unit, all absolute."""

    folder: Path
    plan: Path | None = None
    parent: Path | None = None


@dataclass(frozen=True)
class BatchOptions:
    across_units: bool = False  # compare documents of different units (an audit)
    # Lines of the units' own blank forms (camket.yaml `form:`): like the template's, never a copy.
    form_lines: tuple[str, ...] = ()
    units: tuple[DeclaredUnit, ...] = ()  # explicit units; folders decide the rest
    # Each unit's unit above (its folder's parent folder, up to the checked folder).
    parents: dict[str, str] = field(default_factory=dict)
    # Reports linked to commitments by camket.yaml (`reviews:`): (report, commitment), absolute.
    reviews: tuple[tuple[Path, Path], ...] = ()
    archive: Path | None = None  # earlier years (camket archive), compared with by `archive` rules
    copy_join: CopyJoin | None = None  # where the copy seeds are found; None: here
    # What a check found of a unit ahead of the batch stage, by unit: the copies between its
    # members (linter.checks.duplicate.UnitCopies), found while workers analysed other files.
    ahead: Mapping[str, Any] = field(default_factory=dict)


Item = TypeVar("Item", int, str)


def linked_groups(pairs: Iterable[tuple[Item, Item]]) -> list[list[Item]]:
    """Items linked directly or through one another (union-find): each group sorted, groups in
    order of their first item. An item in no pair is in no group."""
    parent: dict[Item, Item] = {}

    def root(item: Item) -> Item:
        parent.setdefault(item, item)
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    for first, second in pairs:
        parent[root(first)] = root(second)
    groups: dict[Item, list[Item]] = defaultdict(list)
    for item in parent:
        groups[root(item)].append(item)
    return sorted(sorted(group) for group in groups.values())
