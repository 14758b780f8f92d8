"""The run's store: what the per-document stage made of each file, kept on disk while the run
lasts, so that memory does not grow with the batch.

As each file's analysis arrives, the engine keeps a brief of it (linter.brief) and puts the
rest here: its findings, the parsed document (its lines still packed), its syllables and its
fingerprints, each a record of its own so that a check or a report loads only what it reads;
and, after the batch stage, the hits of the checks across documents, by document. The records
are appended to one file in a folder of their own: in the cache folder when there is one (on
disk), else in the system's temporary folder. The folder is removed when the run's report is
closed, when the run fails or is interrupted, and at the latest when the process exits; one left
by a process killed outright is removed by the next run (sweep).

Records are pickles: the folder is made private to this process's user (mkdtemp) and holds
only what this run wrote in it, unlike the cache, whose entries are checked (linter.codec).
"""

from __future__ import annotations

import contextlib
import os
import pickle
import tempfile
import weakref
from array import array
from collections import defaultdict
from pathlib import Path
from typing import Any

from linter.brief import Brief, Prints
from linter.document import Document
from linter.engine import Analysis
from linter.findings import Finding, Hit
from linter.results import FileEntry

PREFIX = "camket-run-"
RECORDS = "records"  # the one file of a store's folder
RUNS_FOLDER = "runs"  # inside the cache folder
_PROTOCOL = pickle.HIGHEST_PROTOCOL
_KINDS = ("findings", "document", "syllables", "prints")


class Packed:
    """One file's analysis as a run takes it in: its entry, the brief of its document, and the
    store's records of the rest, made where the analysis was made — in a worker, so that this
    process, which takes in every file of the batch, only writes them out."""

    __slots__ = (
        "brief",
        "document",
        "entry",
        "finding_count",
        "findings",
        "prints",
        "rules",
        "syllables",
    )

    def __init__(self, analysis: Analysis) -> None:
        findings, document = analysis.findings, analysis.document
        self.entry: FileEntry = analysis.entry
        self.finding_count = len(findings)
        self.rules = frozenset(finding.rule for finding in findings)
        self.findings = pickle.dumps(tuple(findings), _PROTOCOL) if findings else None
        self.brief: Brief | None = None
        self.document = self.syllables = self.prints = None
        if document is None:
            return
        self.brief = Brief.of(document, -1, None)  # type: ignore[arg-type]
        light = Document.__new__(Document)
        light.__setstate__({**document.__getstate__(), "prints": None, "syllables": None})
        self.document = pickle.dumps(light, _PROTOCOL)
        if document.syllables is not None:
            self.syllables = document.syllables.encode("utf-8", "surrogatepass")
        if document.prints is not None:
            prints = Prints.of(document.prints)
            self.prints = pickle.dumps((prints.values, prints.positions), _PROTOCOL)

    def __getstate__(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setstate__(self, state: tuple[object, ...]) -> None:
        for name, value in zip(self.__slots__, state, strict=True):
            setattr(self, name, value)

    def analysis(self) -> Analysis:
        """The analysis again, its document whole (for whoever is told of each as it comes)."""
        document = None if self.document is None else pickle.loads(self.document)
        if document is not None:
            if self.syllables is not None:
                document.syllables = self.syllables.decode("utf-8", "surrogatepass")
            prints = self.fingerprints()
            if prints is not None:
                document.prints = prints.pairs()
        findings = () if self.findings is None else pickle.loads(self.findings)
        return Analysis(self.entry, document, findings)

    def fingerprints(self) -> Prints | None:
        return None if self.prints is None else Prints(*pickle.loads(self.prints))

    def syllable_text(self) -> str | None:
        return None if self.syllables is None else self.syllables.decode("utf-8", "surrogatepass")


def spill_parent(cache_dir: Path | None) -> Path | None:
    """Where a run's store goes: the cache folder's `runs` folder, else (None) the system's
    temporary folder."""
    if cache_dir is None:
        return None
    folder = cache_dir / RUNS_FOLDER
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None  # a cache folder that cannot be written: the temporary folder will do
    return folder


def _remove(folder: str, handle: Any) -> None:
    """The store's folder and its one file gone (a failure to remove them fails nothing)."""
    if handle is not None:
        with contextlib.suppress(OSError, ValueError):
            handle.close()
    with contextlib.suppress(OSError):
        os.unlink(os.path.join(folder, RECORDS))
    with contextlib.suppress(OSError):
        os.rmdir(folder)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process
        return True
    return True


def sweep(parent: Path | None) -> None:
    """Remove the stores that runs killed outright (kill -9, the out-of-memory killer) left in
    `parent`: this user's folders named for a process that no longer exists. (A store removed
    under a live run in another PID namespace still works: its file stays open.)"""
    folder = Path(parent) if parent is not None else Path(tempfile.gettempdir())
    if not hasattr(os, "getuid"):  # whose folder it is cannot be told
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not name.startswith(PREFIX):
            continue
        pid = name[len(PREFIX) :].split("-", 1)[0]
        try:
            mine = entry.is_dir(follow_symlinks=False) and entry.stat().st_uid == os.getuid()
        except OSError:
            continue
        if mine and pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            _remove(entry.path, None)


class RunStore:
    """Records by document index (the source's place in the run), appended to one file."""

    def __init__(self, parent: Path | None = None) -> None:
        sweep(parent)
        self.folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=parent))
        self._file = open(self.folder / RECORDS, "w+b")  # noqa: SIM115 (closed by close())
        self._size = 0
        self._unflushed = False
        self._at: dict[str, array[int]] = {kind: array("q") for kind in _KINDS}
        self._lengths: dict[str, array[int]] = {kind: array("q") for kind in _KINDS}
        self.finding_counts = array("i")  # per index: findings of its analysis
        self._hits: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
        self._pending: dict[int, list[tuple[str, Hit]]] = defaultdict(list)
        self._pending_count = 0
        self._pending_group = 0
        self.failed_groups: set[int] = set()
        self._finalizer = weakref.finalize(self, _remove, str(self.folder), self._file)

    # --- writing -------------------------------------------------------------------------

    def _append(self, data: bytes) -> tuple[int, int]:
        offset = self._size
        self._file.write(data)
        self._size += len(data)
        self._unflushed = True
        return offset, len(data)

    def _put(self, kind: str, index: int, data: bytes) -> None:
        offsets, lengths = self._at[kind], self._lengths[kind]
        if len(offsets) <= index:
            missing = index + 1 - len(offsets)
            offsets.extend([-1] * missing)
            lengths.extend([0] * missing)
        offsets[index], lengths[index] = self._append(data)

    def put(self, index: int, packed: Packed, reported: bool = True) -> None:
        """A file's records: its document's, and its findings when it is `reported` (not a
        file read only to compare the others with)."""
        for kind, data in (
            ("document", packed.document),
            ("syllables", packed.syllables),
            ("prints", packed.prints),
        ):
            if data is not None:
                self._put(kind, index, data)
        if reported:
            counts = self.finding_counts
            if len(counts) <= index:
                counts.extend([0] * (index + 1 - len(counts)))
            counts[index] = packed.finding_count
            if packed.findings is not None:
                self._put("findings", index, packed.findings)

    def add_hit(self, index: int, group: int, rule: str, hit: Hit) -> None:
        """A hit of the batch stage on document `index`, from the check `group` (a kind's
        number: a kind that fails loses its hits, see fail). Kept in memory a while, then
        written with the other hits of its document."""
        if group != self._pending_group:
            self.flush_hits()
            self._pending_group = group
        self._pending[index].append((rule, hit))
        self._pending_count += 1
        if self._pending_count >= HITS_IN_MEMORY:
            self.flush_hits()

    def flush_hits(self) -> None:
        for index, hits in self._pending.items():
            offset, length = self._append(pickle.dumps(hits, _PROTOCOL))
            self._hits[index].append((self._pending_group, offset, length))
        self._pending.clear()
        self._pending_count = 0

    def sync(self) -> None:
        """Write out what is buffered (an error of the disk comes here, not mid-report)."""
        self._file.flush()
        self._unflushed = False

    def fail(self, group: int) -> None:
        """The check `group` failed: its hits are not given."""
        self.flush_hits()
        self.failed_groups.add(group)

    # --- reading -------------------------------------------------------------------------

    def _read(self, offset: int, length: int) -> bytes:
        if self._unflushed:
            self._file.flush()
            self._unflushed = False
        return os.pread(self._file.fileno(), length, offset)

    def _get(self, kind: str, index: int) -> bytes | None:
        offsets = self._at[kind]
        if index >= len(offsets) or offsets[index] < 0:
            return None
        return self._read(offsets[index], self._lengths[kind][index])

    def findings(self, index: int) -> tuple[Finding, ...]:
        data = self._get("findings", index)
        return () if data is None else pickle.loads(data)

    def document(self, index: int) -> Document | None:
        data = self._get("document", index)
        return None if data is None else pickle.loads(data)

    def document_bytes(self, index: int) -> bytes | None:
        """The document as kept, pickled (to hand to a worker: linter.trace.ahead)."""
        return self._get("document", index)

    def syllables(self, index: int) -> str | None:
        data = self._get("syllables", index)
        return None if data is None else data.decode("utf-8", "surrogatepass")

    def prints(self, index: int) -> Prints | None:
        """None when the per-document stage made none (no copy check ran there)."""
        data = self._get("prints", index)
        return None if data is None else Prints(*pickle.loads(data))

    def has_hits(self, index: int) -> bool:
        return any(group not in self.failed_groups for group, _, _ in self._hits.get(index, ()))

    def hits(self, index: int) -> list[tuple[str, Hit]]:
        """The batch stage's hits on document `index`, (rule code, hit), in the order found."""
        found: list[tuple[str, Hit]] = []
        for group, offset, length in self._hits.get(index, ()):
            if group not in self.failed_groups:
                found.extend(pickle.loads(self._read(offset, length)))
        return found

    def close(self) -> None:
        self._finalizer()


HITS_IN_MEMORY = 20_000  # hits of the batch stage kept before they are written to the store
