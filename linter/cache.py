"""A cache of per-document analyses, so a second run over the same files only redoes the
checks that compare documents. An entry is keyed by the file's bytes, its path and unit (both
appear in the findings) and a fingerprint of everything that shapes the analysis: camket's own
code and version, the rule and data files, the rules chosen and their options, the language.
Change any of these and the old entries are simply never asked for again.

The folder holds nothing else and is safe to delete at any time. An entry is plain data checked
before use (linter.codec): one that is damaged, from another version or not written by camket
at all is a miss, analysed again and overwritten, and can neither crash a run nor run code."""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

from linter import __version__
from linter.codec import CodecError, decode, encode
from linter.engine import Analysis
from linter.files import write_atomically
from linter.read.load import MAX_BYTES

PACKAGE = Path(__file__).resolve().parent
FORMAT = "2"  # bump when the entry layout changes (1: pickles)
SUFFIX = ".analysis"


def default_folder() -> Path:
    """$CAMKET_CACHE_DIR, else the user's cache folder ($XDG_CACHE_HOME or ~/.cache)/camket."""
    if os.environ.get("CAMKET_CACHE_DIR"):
        return Path(os.environ["CAMKET_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "camket"


def _tree_digest(digest: hashlib._Hash, folder: Path, suffixes: tuple[str, ...]) -> None:
    for path in sorted(folder.rglob("*")):
        if path.suffix in suffixes and "__pycache__" not in path.parts:
            digest.update(path.relative_to(folder).as_posix().encode())
            digest.update(path.read_bytes())


def fingerprint(job: object, rule_folders: tuple[Path, ...]) -> str:
    """What the analysis depends on besides the file: code, rules, data and the job's choices
    (`repr(job)` covers the rules' contents, the parts and the language)."""
    digest = hashlib.sha256(f"{FORMAT}|{__version__}|".encode())
    _tree_digest(digest, PACKAGE, (".py",))
    for folder in rule_folders:
        _tree_digest(digest, folder, (".yaml", ".yml"))
    digest.update(repr(job).encode())
    return digest.hexdigest()


# Far more than the entry of the largest file camket reads (sources.MAX_BYTES); an entry past
# it is not read, so a huge file planted in the folder cannot exhaust the memory.
ENTRY_LIMIT = 16 * MAX_BYTES


def _read_entry(path: Path) -> bytes | None:
    """An entry's bytes; None for what is not a regular file (a pipe planted under its name
    would block the run, /dev/zero never end) or is larger than ENTRY_LIMIT."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    with os.fdopen(os.open(path, flags), "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            return None
        data = stream.read(ENTRY_LIMIT + 1)
    return data if len(data) <= ENTRY_LIMIT else None


class AnalysisCache:
    def __init__(self, folder: Path, version: str) -> None:
        self.folder = folder
        self.version = version

    def key(self, data: bytes, display: str, unit: str) -> str:
        digest = hashlib.sha256(self.version.encode())
        digest.update(f"\0{display}\0{unit}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key[2:]}{SUFFIX}"

    def get(self, key: str) -> Analysis | None:
        """The analysis kept under `key`; None when there is none or it cannot be trusted."""
        try:
            data = _read_entry(self._path(key))
            return None if data is None else decode(data)
        except (OSError, CodecError):
            return None  # damaged, foreign or forged: analysed again, and put over it

    def put(self, key: str, analysis: Analysis) -> None:
        self.put_encoded(key, encode(analysis))

    def put_encoded(self, key: str, data: bytes) -> None:
        """`data` is `encode(analysis)`. Written atomically; a cache that cannot be written is
        skipped, never an error."""
        path = self._path(key)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(path, data)
        except OSError:
            return
