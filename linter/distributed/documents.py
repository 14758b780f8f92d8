"""The per-document stage on a Dask cluster.

Files go to the workers in chunks of up to CHUNK_FILES: a task per file would cost the
scheduler more than the files at millions of them. A worker reads each file itself — so the
paths must be the same on every machine, which cluster.check_workers makes sure of before the
run — and analyses it with the same DocumentJob.analyse as one machine does, each file within
the run's time limit (in a thread of its own: past the limit the file is its CK020 finding, and
the thread is asked to stop). The analysis comes back as the codec's checked bytes
(linter.codec), never as a pickled Document: decoding builds only an analysis's dataclasses and
checks every value. The fingerprints of each commitment stay on the cluster, for the copy
join (shuffle.py).

A worker that dies mid-run (killed, out of memory) loses its tasks, and Dask runs them again on
another worker. When Dask gives up on a chunk (its workers kept dying: KilledWorker) or the
chunk's task fails (a camket bug outside any file's analysis), the chunk is split and each of
its files tried alone, so that only the file that kills workers, or meets the bug, is lost: its
CK007 finding says so. The run never waits for ever: a cluster left without
workers, or a lost scheduler, ends it with a message (cluster.WORKERS_TIMEOUT).
"""

from __future__ import annotations

import contextlib
import ctypes
import math
import operator
import threading
import time
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from linter.codec import CodecError, decode, encode
from linter.distributed.cluster import Cluster, Health, worker_path
from linter.distributed.messages import WORKER_DIED
from linter.engine import Analysis, DocumentJob
from linter.read import supported
from linter.read.error import ReadError
from linter.read.load import load_bytes
from linter.sources import Source

if TYPE_CHECKING:
    from distributed import Client, Future

CHUNK_FILES = 32  # at most, per task; a small batch is cut finer, to keep every worker busy
CHUNKS_PER_WORKER = 4
POLL = 0.02  # seconds between looks at the finished tasks

# A commitment's fingerprints as the per-document task keeps them for the copy join: its source
# index, the hashes and their positions (12 bytes a fingerprint, where a tuple takes 100).
Prints = tuple[int, "array[int]", "array[int]"]


# --- on a worker ---------------------------------------------------------------------------


class _Abandoned(BaseException):
    """Raised inside an analysis thread that ran past the time limit: its result is no longer
    wanted (a BaseException, so that no `except Exception` of the analysis swallows it)."""


def _stop(thread: threading.Thread) -> None:
    """Ask a thread to stop (it stops at its next Python instruction: a library call in C
    finishes first)."""
    if thread.ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(thread.ident), ctypes.py_object(_Abandoned)
        )


_LATE = object()  # what _within gives for work that took too long


def _within(timeout: float, work: Callable[[], Analysis]) -> Analysis | object | None:
    """`work()`; _LATE when it took longer than `timeout` seconds (0: no limit); None when it
    ended without an answer."""
    if timeout <= 0:
        return work()
    done: list[Analysis] = []

    def body() -> None:
        with contextlib.suppress(_Abandoned):
            done.append(work())

    thread = threading.Thread(target=body, name="camket-analysis", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        _stop(thread)
        return _LATE
    return done[0] if done else None


def _analysis(job: DocumentJob, source: Source, timeout: float) -> Analysis:
    """One file read and analysed here, as parallel.py does on one machine."""
    try:
        supported(source)
        data = load_bytes(source.path)
    except ReadError as error:
        return job.unreadable(source, error)
    analysis = _within(timeout, lambda: job.analyse(source, data))
    if analysis is _LATE:
        return job.unreadable(source, ReadError("CK020", f"{timeout:g}"))
    if not isinstance(analysis, Analysis):
        return job.unreadable(source, ReadError("CK007", "no analysis"))
    return analysis


def _encoded(job: DocumentJob, source: Source, analysis: Analysis) -> bytes:
    """The analysis as the codec's bytes; one the codec refuses (a camket bug) is the file's
    CK007 finding, not the end of its chunk."""
    try:
        return encode(analysis)
    except Exception as error:
        return encode(job.unreadable(source, ReadError("CK007", type(error).__name__)))


def _prints(index: int, analysis: Analysis) -> Prints | None:
    """A commitment's fingerprints (the only documents the copy join pairs)."""
    document = analysis.document
    if document is None or document.outline.kind != "commitment" or not document.prints:
        return None
    return (
        index,
        array("q", (v for v, _ in document.prints)),
        array("i", (p for _, p in document.prints)),
    )


def analyse_files(
    job: DocumentJob, files: Sequence[tuple[int, Source]], timeout: float
) -> tuple[list[tuple[int, bytes]], list[Prints]]:
    """The task: each file's encoded analysis, and the fingerprints of its commitments."""
    job.warm()  # once per worker, outside any file's time limit
    encoded, prints = [], []
    for index, source in files:
        analysis = _analysis(job, source, timeout)
        encoded.append((index, _encoded(job, source, analysis)))
        found = _prints(index, analysis)
        if found is not None:
            prints.append(found)
    return encoded, prints


def _same(value: Any) -> Any:
    return value


# --- on this machine -----------------------------------------------------------------------


@dataclass
class Chunk:
    """Files sent together, and the futures of their encoded analyses and of their
    commitments' fingerprints (kept on the cluster until the copy join)."""

    files: list[tuple[int, Source]]
    analyses: Future | None
    prints: Future


def _chunk_size(files: int, workers: int) -> int:
    return max(1, min(CHUNK_FILES, math.ceil(files / (max(1, workers) * CHUNKS_PER_WORKER))))


def _submit(client: Client, job: Future, files: list[tuple[int, Source]], timeout: float) -> Chunk:
    whole = client.submit(analyse_files, job, files, timeout, pure=False)
    analyses = client.submit(operator.itemgetter(0), whole, pure=False)
    prints = client.submit(operator.itemgetter(1), whole, pure=False)
    return Chunk(files, analyses, prints)


def _decoded(value: Any, chunk: Chunk, job: DocumentJob) -> Iterator[tuple[int, Analysis]]:
    """Each file of the chunk with its analysis, decoded and checked; a file the answer lacks
    or whose bytes do not decode is its CK007 finding (a camket bug, not the batch's end)."""
    sources = dict(chunk.files)
    answers: dict[int, Any] = {}
    if isinstance(value, list):
        for item in value:
            if isinstance(item, tuple) and len(item) == 2 and item[0] in sources:
                answers[item[0]] = item[1]
    for index, source in chunk.files:
        data = answers.get(index)
        try:
            if not isinstance(data, bytes):
                raise CodecError("no analysis")
            yield index, decode(data)
        except CodecError as error:
            yield index, job.unreadable(source, ReadError("CK007", type(error).__name__))


class _Stage:
    """The chunks in flight on the cluster, and what becomes of each as it ends."""

    def __init__(
        self,
        cluster: Cluster,
        job: DocumentJob,
        timeout: float,
        done: Callable[[int, Analysis], None],
    ) -> None:
        from distributed import as_completed

        self.cluster, self.job, self.timeout, self.done = cluster, job, timeout, done
        self.shared_job = cluster.client.submit(_same, job, pure=False)  # sent once
        self.pending: dict[Future, Chunk] = {}
        self.completed = as_completed()
        self.finished: list[Chunk] = []

    def submit(self, files: list[tuple[int, Source]]) -> None:
        chunk = _submit(self.cluster.client, self.shared_job, files, self.timeout)
        self.pending[chunk.analyses] = chunk
        self.completed.add(chunk.analyses)

    def run(self) -> list[Chunk]:
        """Wait for every chunk (while the cluster is healthy); the chunks that came back."""
        health = Health(self.cluster)
        while not self.completed.is_empty():
            if not self.completed.has_ready():
                health.look()
                time.sleep(POLL)
                continue
            for future in self.completed.next_batch(block=False):
                self._settle(future, self.pending.pop(future))
        return self.finished

    def _settle(self, future: Future, chunk: Chunk) -> None:
        from distributed import KilledWorker

        if future.status == "finished":
            for index, analysis in _decoded(future.result(), chunk, self.job):
                self.done(index, analysis)
            chunk.analyses = None  # the bytes are here now; the fingerprints stay there
            self.finished.append(chunk)
        elif future.status in ("lost", "pending"):
            # it finished on a worker that died before its result was fetched: the scheduler
            # computes it again elsewhere; wait for it like any chunk (Health watches the cluster)
            self.pending[future] = chunk
            self.completed.add(future)
        elif future.status != "error":
            raise self.cluster.error("lost")
        elif len(chunk.files) > 1:  # find the file that kills workers or meets a bug: one by one
            for file in chunk.files:
                self.submit([file])
        else:
            error = future.exception()
            detail = WORKER_DIED if isinstance(error, KilledWorker) else type(error).__name__
            index, source = chunk.files[0]
            self.done(index, self.job.unreadable(source, ReadError("CK007", detail)))


def analyse_on_cluster(
    cluster: Cluster,
    sources: Sequence[Source],
    job: DocumentJob,
    timeout: float,
    done: Callable[[int, Analysis], None],
) -> list[Chunk]:
    """Analyse every source on the cluster; `done` is told of each file's analysis as it
    comes. The chunks whose analyses came back (their fingerprints still on the cluster)."""
    files = []
    for index, source in enumerate(sources):
        if source.fault is not None:  # a folder discovery could not list: nothing to send
            done(index, job.unreadable(source, ReadError(*source.fault)))
        else:
            files.append((index, worker_path(source)))
    if not files:
        return []
    stage = _Stage(cluster, job, timeout, done)
    size = _chunk_size(len(files), cluster.workers)
    for start in range(0, len(files), size):
        stage.submit(files[start : start + size])
    return stage.run()
