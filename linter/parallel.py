"""Run the per-document stage over a batch, each file bounded in time, through the cache.

This process reads each file once (type and size checked first: sources.load_bytes) and looks
its analysis up in the cache; the files the cache lacks are analysed by worker processes, one
file at a time each, so that a file taking longer than the time limit can be stopped — its
worker is killed and replaced, and the file becomes an input finding — and a worker that dies
(the kernel's out-of-memory killer, a crash in a library) loses only its file. Workers die
with this process (on Linux the kernel kills them; elsewhere they stop at the end of their
pipe). Results come back in the order of the sources, so the report is the same whatever the
number of jobs.

Nothing is read ahead of the workers or kept once handed on: `analyses` gives each analysis
as soon as it is made (or found in the cache), and a run of cache hits is handed on a few at a
time, so the stage holds a handful of files whatever the batch.
"""

from __future__ import annotations

import contextlib
import itertools
import multiprocessing
import os
import pickle
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path

from linter import concrete, segment
from linter.cache import AnalysisCache, fingerprint
from linter.codec import encode
from linter.engine import Analysis, DocumentJob
from linter.read import supported
from linter.read.error import ReadError
from linter.read.load import load_bytes
from linter.resources import rules_dir
from linter.sidework import SideCall, SideTask, SideWork, answer, finish
from linter.sources import Source
from linter.store import Packed

DEFAULT_TIMEOUT = 60.0  # seconds one file may take; 0 or less: no limit, all in this process


def job_count(jobs: int) -> int:
    return jobs if jobs > 0 else (os.cpu_count() or 1)


def _cache(job: DocumentJob, folder: Path | None) -> AnalysisCache | None:
    if folder is None:
        return None
    rule_folders = tuple(sorted({Path(rule.source).parent for rule in job.rules} | {rules_dir()}))
    return AnalysisCache(folder, fingerprint(job, rule_folders))


@dataclass(frozen=True)
class _Task:
    """A file the cache lacks: its bytes (read once, here) and its cache key."""

    index: int
    source: Source
    data: bytes
    key: str | None


def _prepared(
    sources: Sequence[Source], job: DocumentJob, cache: AnalysisCache | None
) -> Iterator[tuple[int, Analysis] | _Task]:
    """Each source's analysis when it needs no work (unreadable, or in the cache), else a
    task. A generator, so a large batch never holds every file's bytes at once."""
    for index, source in enumerate(sources):
        if source.fault is not None:
            yield index, job.unreadable(source, ReadError(*source.fault))
            continue
        try:
            supported(source)
            data = load_bytes(source.path)
        except ReadError as error:
            yield index, job.unreadable(source, error)
            continue
        key = cache.key(data, source.display, source.unit) if cache is not None else None
        hit = cache.get(key) if cache is not None and key is not None else None
        if isinstance(hit, Analysis):
            yield index, hit
        else:
            yield _Task(index, source, data, key)


def _analysed(job: DocumentJob, cache: AnalysisCache | None, task: _Task) -> bytes:
    """A file analysed in a worker: its analysis put in the cache, and handed to the run as
    the store will keep it (store.Packed), pickled — the run then only writes it out."""
    analysis = job.analyse(task.source, task.data)
    if cache is not None and task.key is not None:
        cache.put_encoded(task.key, encode(analysis))
    return pickle.dumps(Packed(analysis), pickle.HIGHEST_PROTOCOL)


# --- workers -------------------------------------------------------------------------------


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the process that started it dies, however it dies
    (kill -9 included); elsewhere the closed pipe ends the worker's loop."""
    if not sys.platform.startswith("linux"):
        return
    with contextlib.suppress(OSError, AttributeError):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


# A message that carries what a worker segmented (segment.news) starts with this byte, one that
# carries what it judged (concrete.noted) with the next; a task or an analysis is a pickle,
# which never does.
_NEWS = b"N"
_VERDICTS = b"V"


def _worker(
    connection: Connection,
    others: list[Connection],
    job: DocumentJob,
    cache: AnalysisCache | None,
    share: bool = False,
) -> None:
    """A worker's life: analyse the tasks its pipe brings until the pipe closes or says stop.
    With `share`, it tells the run what it segmented before each analysis it hands back, and
    keeps what the others segmented (linter.segment.learn), which the run sends before a task.
    It tells the run what it judged too (linter.concrete.noted), for the batch stage."""
    parent = os.getppid()
    _die_with_parent()
    for other in others:  # the parent's ends of every pipe, inherited by the fork
        other.close()
    if os.getppid() != parent:  # the parent died before the kernel was asked
        os._exit(0)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if share:
        segment.share()
    concrete.note()
    while True:
        try:
            message = connection.recv_bytes()
        except (EOFError, OSError):
            break
        if message.startswith(_NEWS):
            segment.learn(message[len(_NEWS) :])
            continue
        task = pickle.loads(message)
        if task is None:
            break
        analysed = answer(task) if isinstance(task, SideCall) else _analysed(job, cache, task)
        news = segment.news() if share else None
        if news is not None:
            connection.send_bytes(_NEWS + news)
        verdicts = concrete.noted()
        if verdicts is not None:
            connection.send_bytes(_VERDICTS + verdicts)
        connection.send_bytes(analysed)
    os._exit(0)  # no atexit handlers or buffers of the parent's run twice


def _pool_context() -> multiprocessing.context.BaseContext:
    """fork where there is one: workers start at once and share what this process has loaded
    (underthesea's models, when loaded before: see _warm)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


@dataclass
class _Worker:
    process: multiprocessing.process.BaseProcess
    connection: Connection
    task: _Task | SideTask | None = None
    deadline: float = 0.0
    news: list[bytes] = field(default_factory=list)  # the others' news, sent before its next task


class _Pool:
    """Worker processes fed one file at a time, each file with a deadline."""

    def __init__(
        self,
        size: int,
        job: DocumentJob,
        cache: AnalysisCache | None,
        timeout: float,
        side: SideWork | None = None,
    ) -> None:
        self.job, self.cache, self.timeout, self.size = job, cache, timeout, size
        self.side = side  # taken before the next file (linter.sidework)
        self.context = _pool_context()
        self.workers: list[_Worker] = []
        self.pending: Iterator[_Task] | None = None  # the tasks not given yet (run)
        for _ in range(size):
            self.workers.append(self._start())

    def _start(self) -> _Worker:
        mine, theirs = self.context.Pipe()
        others = [mine, *(worker.connection for worker in self.workers)]
        share = self.size > 1
        process = self.context.Process(
            target=_worker, args=(theirs, others, self.job, self.cache, share), daemon=True
        )
        process.start()
        theirs.close()
        return _Worker(process, mine)

    def _replace(self, worker: _Worker) -> _Worker:
        """Kill a worker (stuck or dead) and start another in its place."""
        with contextlib.suppress(OSError):
            worker.connection.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join()
        index = self.workers.index(worker)
        self.workers[index] = self._start()
        return self.workers[index]

    def _give(self, worker: _Worker, task: _Task | SideTask) -> None:
        """Send a task (after the others' news); a worker found dead while idle is replaced and
        the task sent again."""
        message = task.call if isinstance(task, SideTask) else task
        try:
            self._send_news(worker)
            worker.connection.send(message)
        except OSError:
            worker = self._replace(worker)
            worker.connection.send(message)
        worker.task, worker.deadline = task, time.monotonic() + self.timeout

    def _send_news(self, worker: _Worker) -> None:
        news, worker.news = worker.news, []
        for message in news:
            worker.connection.send_bytes(message)

    def _tell_others(self, teller: _Worker, message: bytes) -> None:
        for worker in self.workers:
            if worker is not teller:
                worker.news.append(message)

    def _received(self, worker: _Worker) -> bytes:
        """The worker's analysis, its news told to the other workers on the way, and what it
        judged kept here (the batch stage judges commitments' items again: linter.concrete)."""
        data = worker.connection.recv_bytes()
        while data.startswith((_NEWS, _VERDICTS)):
            if data.startswith(_NEWS):
                self._tell_others(worker, data)
            else:
                concrete.learn(data[len(_VERDICTS) :])
            data = worker.connection.recv_bytes()
        return data

    def close(self) -> None:
        for worker in self.workers:
            with contextlib.suppress(OSError):
                worker.connection.close()
            if worker.process.is_alive():
                worker.process.kill()
        for worker in self.workers:
            worker.process.join()

    def run(
        self, tasks: Iterator[_Task | None]
    ) -> Iterator[tuple[_Task | SideTask, bytes | ReadError] | None]:
        """Each task with its analysis as the worker handed it (a pickled store.Packed), or with
        the ReadError that says why it has none (it took too long, its worker died). `tasks` may give None for "nothing to give
        now" (its caller has results of its own to hand on first): then, once no worker is
        busy, None is given back, and the idle workers are given tasks again after it."""
        self.pending = iter(tasks)
        while True:
            for worker in self.workers:
                self._refill(worker)
            busy = [w for w in self.workers if w.task is not None]
            if not busy:
                if self.pending is None:
                    return
                yield None
                continue
            yield from self._collect(busy)

    def _refill(self, worker: _Worker) -> None:
        """Give an idle worker the next side task, else the next file's, if any is left and one
        is there now."""
        if worker.task is not None:
            return
        side = self.side.next() if self.side is not None else None
        if side is not None:
            self._give(worker, side)
            return
        if self.pending is None:
            return
        task = next(self.pending, _NO_MORE)
        if task is _NO_MORE:
            self.pending = None
        elif task is not None:
            self._give(worker, task)

    def _collect(self, busy: list[_Worker]) -> Iterator[tuple[_Task | SideTask, bytes | ReadError]]:
        """The tasks finished, stopped or lost since the last call. A worker gets its next task
        before its result is handed on, so it never waits while this process decodes."""
        soonest = min(worker.deadline for worker in busy)
        ready = wait(
            [w.connection for w in busy] + [w.process.sentinel for w in busy],
            timeout=max(0.0, soonest - time.monotonic()),
        )
        now = time.monotonic()
        for worker in busy:
            task = worker.task
            assert task is not None
            if worker.connection in ready:
                try:
                    data = self._received(worker)
                except (EOFError, OSError):
                    lost = _died(worker)
                    self._refill(self._replace(worker))
                    yield task, lost
                    continue
                worker.task = None
                self._refill(worker)
                yield task, data
            elif worker.process.sentinel in ready:
                lost = _died(worker)
                self._refill(self._replace(worker))
                yield task, lost
            elif now >= worker.deadline:
                self._refill(self._replace(worker))
                yield task, ReadError("CK020", f"{self.timeout:g}")


_NO_MORE = object()


def _died(worker: _Worker) -> ReadError:
    worker.process.join(1)
    code = worker.process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = str(-code)
        detail = {"vi": f"tiến trình phân tích bị dừng ({name})", "en": f"analysis killed ({name})"}
    else:
        detail = {
            "vi": f"tiến trình phân tích dừng (mã {code})",
            "en": f"analysis ended (code {code})",
        }
    return ReadError("CK007", detail)


# --- the stage -----------------------------------------------------------------------------


Made = Analysis | Packed  # an analysis as a run is handed it (Packed: from a worker)


def _in_this_process(
    job: DocumentJob, cache: AnalysisCache | None, tasks: Iterator[_Task | None]
) -> Iterator[tuple[_Task, Made] | None]:
    for task in tasks:
        if task is None:
            yield None
            continue
        analysis = job.analyse(task.source, task.data)
        if cache is not None and task.key is not None:
            cache.put(task.key, analysis)
        yield task, analysis


def _in_workers(
    job: DocumentJob,
    cache: AnalysisCache | None,
    tasks: Iterator[_Task | None],
    workers: int,
    timeout: float,
    side: SideWork | None = None,
) -> Iterator[tuple[_Task, Made] | None]:
    if side is not None and workers < 2:
        side = None  # one worker: its owner does the side work beside it
    pool = _Pool(workers, job, cache, timeout, side)
    if side is not None:
        side.open = True
    try:
        for done in pool.run(tasks):
            if done is None:
                yield None
                continue
            task, result = done
            if isinstance(task, SideTask):
                finish(task, result if isinstance(result, bytes) else None)
                continue
            if isinstance(result, bytes):
                try:
                    packed = pickle.loads(result)
                except Exception as error:  # a camket bug: this file's, not the batch's
                    result = ReadError("CK007", type(error).__name__)
                else:
                    yield task, packed
                    continue
            yield task, job.unreadable(task.source, result)
    finally:
        if side is not None:
            side.open = False
        pool.close()


READY_HELD = 32  # analyses found without work (cache hits) held before they are handed on


def analyses(
    sources: Sequence[Source],
    job: DocumentJob,
    jobs: int,
    cache_dir: Path | None,
    progress: Callable[[int, int], None] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    side: SideWork | None = None,
) -> Iterator[tuple[int, Made]]:
    """(source index, analysis) of each source, as soon as it is made or found in the cache
    (not in the order of `sources`); from a worker, the analysis comes packed (store.Packed).
    With a time limit, the files the cache lacks are analysed in worker processes (`jobs` of
    them at most); without one, in this process. Files are read as the workers need them, and
    what is made is handed on at once, never kept. `side`: tasks the workers take between
    files while two or more run (linter.sidework)."""
    cache = _cache(job, cache_dir)
    ready: deque[tuple[int, Analysis]] = deque()  # found without work, not yet handed on
    count = 0

    def tasks() -> Iterator[_Task | None]:
        for prepared in _prepared(sources, job, cache):
            if isinstance(prepared, _Task):
                yield prepared
            else:
                ready.append(prepared)
                if len(ready) >= READY_HELD:
                    yield None  # hand these on before reading further

    def handed() -> Iterator[tuple[int, Made]]:
        nonlocal count
        while ready:
            count += 1
            if progress:
                progress(count, len(sources))
            yield ready.popleft()

    queue = tasks()
    workers = job_count(jobs)
    first: list[_Task] = []  # enough to tell how many workers pay
    for task in queue:
        if task is None:
            yield from handed()
            continue
        first.append(task)
        if len(first) > workers:
            break
    if timeout > 0 and first:
        if len(first) > workers:
            job.warm()  # loaded once here, shared by the forked workers
        results = _in_workers(
            job, cache, itertools.chain(first, queue), min(workers, len(first)), timeout, side
        )
    else:
        results = _in_this_process(job, cache, itertools.chain(first, queue))
    for done in results:
        yield from handed()
        if done is not None:
            count += 1
            if progress:
                progress(count, len(sources))
            yield done[0].index, done[1]
    yield from handed()


def analyse_all(
    sources: Sequence[Source],
    job: DocumentJob,
    jobs: int,
    cache_dir: Path | None,
    progress: Callable[[int, int], None] | None = None,
    timeout: float = DEFAULT_TIMEOUT,
) -> list[Analysis]:
    """Each source's analysis, in the order of `sources` (all held: for a few files; a run
    takes them one by one from `analyses`)."""
    found = dict(analyses(sources, job, jobs, cache_dir, progress, timeout))
    made = [found[index] for index in range(len(sources))]
    return [item.analysis() if isinstance(item, Packed) else item for item in made]
