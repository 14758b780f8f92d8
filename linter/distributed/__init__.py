"""`camket check --dask ADDRESS|local[:N]`: the same run on a Dask cluster.

The per-document stage runs as Dask tasks (documents.py), each file read by a worker; the copy
join runs as a shuffle of fingerprints by hash (shuffle.py); the batch checks and the reports
stay on this machine (stages.py). The findings are the same as without a cluster. Dask is an
optional extra: `pip install "camket[dask]"`. See docs/scale.md.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from linter.distributed.cluster import ClusterError, connected, parse_target, require_dask

if TYPE_CHECKING:
    from linter.distributed.stages import DaskStages

__all__ = ["ClusterError", "dask_stages", "usable"]


def usable(value: str, lang: str) -> None:
    """Raise ClusterError unless --dask names a cluster and Dask is installed."""
    parse_target(value, lang)
    require_dask(lang)


@contextlib.contextmanager
def dask_stages(value: str, lang: str) -> Iterator[DaskStages]:
    """The engine's stages on the cluster --dask names (connected, or started here), closed on
    the way out. Raises ClusterError: a bad address, no Dask, an unreachable scheduler."""
    target = parse_target(value, lang)
    with connected(target, lang) as cluster:
        from linter.distributed.stages import DaskStages

        yield DaskStages(cluster)
