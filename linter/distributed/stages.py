"""The engine's two heavy stages on a Dask cluster (engine.Stages): the per-document stage
(documents.py) and the seeds of the copy join (shuffle.py). The batch checks — copies'
passages verified, stock and circulating text, date order, citations, the archive — run on
this machine, on the analyses that came back, exactly as without a cluster."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from linter.distributed.cluster import Cluster, check_workers
from linter.distributed.documents import Chunk, analyse_on_cluster
from linter.distributed.shuffle import Batch, Limits, Seeds, copy_seeds
from linter.engine import Analysis, DocumentJob
from linter.sources import Source

if TYPE_CHECKING:
    from linter.brief import Brief


class DaskStages:
    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.chunks: list[Chunk] = []
        self.analysed: set[int] = set()  # the source indices of the documents analysed there

    def analyse_all(
        self,
        sources: Sequence[Source],
        job: DocumentJob,
        timeout: float,
        progress: Callable[[int, int], None] | None,
        each: Callable[[int, Analysis], None],
    ) -> None:
        """Each source's analysis told to `each` as it comes (the workers checked first); none
        is kept here."""
        check_workers(self.cluster, sources)
        count = 0

        def done(index: int, analysis: Analysis) -> None:
            nonlocal count
            count += 1
            if analysis.document is not None:
                self.analysed.add(index)
            each(index, analysis)
            if progress:
                progress(count, len(sources))

        self.analysed = set()
        self.chunks = analyse_on_cluster(self.cluster, sources, job, timeout, done)

    def copy_seeds(
        self, members: Sequence[Brief], across_units: bool, form: frozenset[int]
    ) -> Seeds | None:
        """The seeds the duplicate check would find for `members` (commitments in path order,
        each brief's index its source's), found on the cluster; None for documents this run
        did not analyse there."""
        sources = [brief.index for brief in members]
        if any(index not in self.analysed for index in sources):
            return None
        unit_numbers: dict[str, int] = {}
        sizes: list[int] = []
        where: dict[int, tuple[int, int]] = {}  # source index -> (member, unit)
        records = 0
        for member, (document, index) in enumerate(zip(members, sources, strict=True)):
            unit = unit_numbers.setdefault(document.unit, len(unit_numbers))
            if unit == len(sizes):
                sizes.append(0)
            sizes[unit] += 1
            where[index] = (member, unit)
            records += document.print_count
        per_chunk = tuple(
            {index: where[index] for index, _ in chunk.files if index in where}
            for chunk in self.chunks
        )
        batch = Batch(per_chunk, len(members), records)
        limits = Limits.of(sizes, len(members), across_units)
        return copy_seeds(self.cluster, self.chunks, batch, limits, form)
