"""Run the per-document stage over a batch: in worker processes when there is enough work,
through the cache when there is one. Results come back in the order of the sources, so the
report is the same whatever the number of jobs."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from linter.cache import AnalysisCache, fingerprint
from linter.codec import decode, encode
from linter.engine import Analysis, DocumentJob
from linter.resources import rules_dir
from linter.sources import Source

PARALLEL_MIN = 8  # fewer files than this are not worth starting workers for


def job_count(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _cached(
    sources: Sequence[Source], cache: AnalysisCache | None
) -> tuple[dict[int, Analysis], dict[int, str]]:
    """The analyses the cache already has, by source index, and the keys of the others."""
    found: dict[int, Analysis] = {}
    keys: dict[int, str] = {}
    if cache is None:
        return found, keys
    for index, source in enumerate(sources):
        try:
            key = cache.key(source.path.read_bytes(), source.display, source.unit)
        except OSError:
            continue  # reading it reports the fault
        hit = cache.get(key)
        if isinstance(hit, Analysis):
            found[index] = hit
        else:
            keys[index] = key
    return found, keys


def _cache(job: DocumentJob, folder: Path | None) -> AnalysisCache | None:
    if folder is None:
        return None
    rule_folders = tuple(sorted({Path(rule.source).parent for rule in job.rules} | {rules_dir()}))
    return AnalysisCache(folder, fingerprint(job, rule_folders))


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where there is one: workers start at once and share what the parent has loaded
    (underthesea's models, warmed by the first file)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


@dataclass(frozen=True)
class _WorkerTask:
    """What a worker does with one source: analyse it, encode the analysis once (linter.codec),
    and write that to the cache itself, so this process only decodes (with two cores, time
    this process spends encoding and writing is time taken from a worker)."""

    job: DocumentJob
    cache: AnalysisCache | None

    def __call__(self, task: tuple[Source, str | None]) -> bytes:
        source, key = task
        data = encode(self.job.analyse(source))
        if self.cache is not None and key is not None:
            self.cache.put_encoded(key, data)
        return data


def _in_workers(
    job: DocumentJob,
    cache: AnalysisCache | None,
    tasks: Sequence[tuple[Source, str | None]],
    jobs: int,
) -> Iterator[Analysis]:
    yield from _in_this_process(job, cache, tasks[:1])  # loads what the workers will share
    chunk = max(1, min(4, len(tasks) // (jobs * 4)))  # small: no worker idles at the end
    with ProcessPoolExecutor(jobs, mp_context=_pool_context()) as pool:
        for data in pool.map(_WorkerTask(job, cache), tasks[1:], chunksize=chunk):
            yield decode(data)


def _in_this_process(
    job: DocumentJob, cache: AnalysisCache | None, tasks: Sequence[tuple[Source, str | None]]
) -> Iterator[Analysis]:
    for source, key in tasks:
        analysis = job.analyse(source)
        if cache is not None and key is not None:
            cache.put(key, analysis)
        yield analysis


def analyse_all(
    sources: Sequence[Source],
    job: DocumentJob,
    jobs: int,
    cache_dir: Path | None,
    progress: Callable[[int, int], None] | None = None,
) -> list[Analysis]:
    """Each source's analysis, in the order of `sources`."""
    cache = _cache(job, cache_dir)
    found, keys = _cached(sources, cache)
    missing = [index for index in range(len(sources)) if index not in found]
    tasks = [(sources[index], keys.get(index)) for index in missing]
    workers = job_count(jobs)
    if workers > 1 and len(tasks) >= PARALLEL_MIN:
        results = _in_workers(job, cache, tasks, workers)
    else:
        results = _in_this_process(job, cache, tasks)
    done = len(found)
    for index, analysis in zip(missing, results, strict=True):
        found[index] = analysis
        done += 1
        if progress:
            progress(done, len(sources))
    return [found[index] for index in range(len(sources))]
