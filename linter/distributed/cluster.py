"""The Dask cluster of `camket check --dask`: what the option names, connecting to a scheduler
or starting a cluster on this machine, and checking that the workers can do the run (the same
camket, the checked files at the same paths).

Dask is an optional extra (`pip install "camket[dask]"`): it is imported here only, when the
option is used, and its absence is a usage error that says how to install it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from linter.distributed.messages import message
from linter.sources import Source

if TYPE_CHECKING:
    from distributed import Client, Future

LOCAL = "local"
MAX_LOCAL_WORKERS = 1024
CONNECT_TIMEOUT = 5.0  # seconds to reach a scheduler: an unreachable one is an error at once
HEALTH_EVERY = 1.0  # seconds between looks at the cluster while the run waits for it
WORKERS_TIMEOUT = 30.0  # seconds a cluster may have no worker (at the start, or all lost)
PATH_SAMPLE = 8  # checked files every worker must be able to read before the run starts
# The local cluster: a task whose worker died is tried again once, on a fresh worker, before
# its files are split up and tried one by one (see documents.py): a file that kills every
# worker it meets then costs few restarts.
LOCAL_CONFIG = {"distributed.scheduler.allowed-failures": 1}


class ClusterError(Exception):
    """Why the run cannot use the cluster, in the user's language (exit 2)."""


@dataclass(frozen=True)
class Target:
    """What --dask names: a scheduler's address, or a cluster on this machine of `workers`
    processes (0: one per CPU core)."""

    address: str | None
    workers: int = 0

    @property
    def shown(self) -> str:
        return self.address or LOCAL


def parse_target(value: str, lang: str) -> Target:
    """`local`, `local:N` or a scheduler's address (`tcp://host:8786`, `host:8786`)."""
    value = value.strip()
    if value == LOCAL:
        return Target(None)
    if value.startswith(LOCAL + ":"):
        count = value[len(LOCAL) + 1 :]
        if not count.isdigit() or not 1 <= int(count) <= MAX_LOCAL_WORKERS:
            raise ClusterError(message("bad_address", lang, value=value))
        return Target(None, int(count))
    if not value or any(character.isspace() for character in value):
        raise ClusterError(message("bad_address", lang, value=value))
    return Target(value)


def require_dask(lang: str) -> None:
    """Dask's distributed scheduler and its bags, or the message that says how to install them."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as error:
        raise ClusterError(message("missing", lang)) from error


@contextlib.contextmanager
def _quiet_logs() -> Iterator[None]:
    """Dask's own log (a worker lost and restarted, tasks recomputed, a scheduler gone, with
    its tracebacks) is not the user's business: the run reports what it changes, in words.
    Dask's configuration gives some of its loggers their own level: each is quieted."""
    names = [name for name in logging.root.manager.loggerDict if name.startswith("distributed.")]
    loggers = [logging.getLogger(name) for name in ("distributed", *names)]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


@dataclass
class Cluster:
    """A connected cluster, with what its messages need: the user's language and how the user
    named it; `workers` once check_workers has counted them."""

    client: Client
    lang: str
    shown: str
    workers: int = 0

    def error(self, key: str, **values: object) -> ClusterError:
        return ClusterError(message(key, self.lang, address=self.shown, **values))


def _short(error: Exception) -> str:
    """An exception of Dask's as a short detail of a message (its type, and its first line)."""
    text = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return f"{type(error).__name__}: {text[:150]}" if text else type(error).__name__


@contextlib.contextmanager
def connected(target: Target, lang: str) -> Iterator[Cluster]:
    """A client of the named scheduler, or of a cluster started here (closed on the way out,
    however the run ends: Ctrl-C included)."""
    require_dask(lang)
    import dask
    from distributed import Client, LocalCluster

    with _quiet_logs(), dask.config.set(LOCAL_CONFIG if target.address is None else {}):
        local: Any = None
        try:
            if target.address is None:
                local = LocalCluster(
                    n_workers=target.workers or os.cpu_count() or 1,
                    threads_per_worker=1,  # camket's analysis is Python: one per process
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    silence_logs=logging.CRITICAL,
                )
                client = Client(local)
            else:
                client = Client(target.address, timeout=CONNECT_TIMEOUT)
        except Exception as error:  # Dask's own errors: a worker that did not start, a bad address
            if target.address is None:
                if local is not None:
                    local.close()
                raise ClusterError(message("local_failed", lang, detail=_short(error))) from error
            raise ClusterError(
                message(
                    "unreachable",
                    lang,
                    address=target.address,
                    seconds=CONNECT_TIMEOUT,
                    detail=_short(error),
                )
            ) from error
        try:
            yield Cluster(client, lang, target.shown)
        finally:
            with contextlib.suppress(Exception):
                client.close(timeout=2)
            if local is not None:
                with contextlib.suppress(Exception):
                    local.close(timeout=2)


class Health:
    """Looks at the cluster while the run waits for it: no worker, or no scheduler, for longer
    than WORKERS_TIMEOUT ends the run instead of waiting for ever."""

    def __init__(self, cluster: Cluster) -> None:
        self.cluster = cluster
        self.last_look = self.since = time.monotonic()

    def look(self) -> None:
        now = time.monotonic()
        if now - self.last_look < HEALTH_EVERY:
            return
        self.last_look = now
        client = self.cluster.client
        try:
            healthy = client.status == "running" and bool(client.nthreads())
        except (OSError, TimeoutError):
            healthy = False
        if healthy:
            self.since = now
        elif now - self.since > WORKERS_TIMEOUT:
            if client.status != "running":
                raise self.cluster.error("lost")
            raise self.cluster.error("no_workers", seconds=WORKERS_TIMEOUT)


def gathered(cluster: Cluster, futures: list[Future]) -> list[Any]:
    """The futures' results, waited for while the cluster is healthy. Workers that kept dying
    on one of them (out of memory, most likely) end the run."""
    from distributed import KilledWorker, wait

    health = Health(cluster)
    while True:
        try:
            wait(futures, timeout=HEALTH_EVERY)
            break
        except TimeoutError:
            health.look()
    try:
        return cluster.client.gather(futures)
    except KilledWorker as error:
        raise cluster.error("join_failed") from error


# --- the workers ---------------------------------------------------------------------------


def worker_path(source: Source) -> Source:
    """The source as a worker opens it: by its absolute path (a relative one would be read
    from the worker's own folder), shown as the user gave it."""
    from dataclasses import replace
    from pathlib import Path

    return replace(source, path=Path(os.path.abspath(source.path)))


def probe(paths: Sequence[str]) -> tuple[str, list[int]]:
    """Run on every worker: its camket version, and which of `paths` it cannot read."""
    from linter import __version__

    unreadable = [
        index
        for index, path in enumerate(paths)
        if not (os.path.isfile(path) and os.access(path, os.R_OK))
    ]
    return __version__, unreadable


def _sample(sources: Sequence[Source]) -> list[Source]:
    """Up to PATH_SAMPLE plain files of the batch, spread over it."""
    files = [s for s in sources if s.fault is None and os.path.isfile(s.path)]
    step = max(1, len(files) // PATH_SAMPLE)
    return files[::step][:PATH_SAMPLE]


def check_workers(cluster: Cluster, sources: Sequence[Source]) -> None:
    """Refuse a cluster without workers, with another camket, or whose workers cannot read the
    checked files; count its workers."""
    from linter import __version__

    client = cluster.client
    try:
        client.wait_for_workers(1, timeout=WORKERS_TIMEOUT)
    except TimeoutError as error:
        raise cluster.error("no_workers", seconds=WORKERS_TIMEOUT) from error
    sample = [worker_path(source) for source in _sample(sources)]
    try:
        answers = client.run(probe, [str(source.path) for source in sample])
    except OSError as error:
        raise cluster.error("lost") from error
    except Exception as error:  # the worker could not even load the probe: no camket there
        workers = ", ".join(client.scheduler_info().get("workers", {})) or cluster.shown
        raise cluster.error(
            "camket_missing", worker=workers, detail=_short(error), version=__version__
        ) from error
    for worker, (version, unreadable) in sorted(answers.items()):
        if version != __version__:
            raise cluster.error("version", worker=worker, found=version, version=__version__)
        if unreadable:
            source = sample[unreadable[0]]
            raise cluster.error(
                "paths", worker=worker, path=source.display, absolute=str(source.path)
            )
    cluster.workers = len(answers)
