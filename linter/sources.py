"""Find the files to check, and the unit (real folder) each belongs to."""

from __future__ import annotations

import errno
import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from linter.files import display_path, is_file, real_path
from linter.read import DISCOVERED_SUFFIXES


@dataclass(frozen=True)
class Source:
    path: Path  # to open
    display: str  # as shown to the user
    unit: str  # the folder it belongs to: a name unique to that real folder in the batch
    # The units above it, nearest first, up to the checked folder (or, for a file checked on
    # its own, the context around it): the hierarchy's "superior" follows these.
    above: tuple[str, ...] = ()
    context: bool = False  # read only to compare the named files with, not reported on
    # (input rule, detail): a folder that could not be read
    fault: tuple[str, str | dict[str, str]] | None = None


# Photos and scans: no text to read; typed again or run through OCR, they can be checked.
IMAGE_SUFFIXES = frozenset(
    {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".heic", ".heif", ".bmp", ".gif", ".webp"}
)
# camket's own files in a checked folder: not submissions, not worth a word.
OWN_FILES = frozenset({"camket.yaml"})


@dataclass(frozen=True)
class Skipped:
    """A file found in a checked folder that camket does not check, and why: `image` (a photo
    or scan), `markdown` (.md is checked only when named), `other` (a type camket does not
    read)."""

    display: str
    reason: str

    @property
    def suffix(self) -> str:
        return Path(self.display).suffix.lower() or "-"


def skipped_reason(name: str) -> str:
    suffix = Path(name).suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    return "markdown" if suffix == ".md" else "other"


# Checking files on their own reads the documents around them (their folder, and a few
# folders above, up to the one holding camket.yaml) to compare them with, as a linter reads
# the project around a file; a folder holding more documents than this is not a unit's folder.
CONTEXT_LEVELS_UP = 2
CONTEXT_MAX_FILES = 100


def _skipped(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")


def _excluded(display: str, patterns: Iterable[str]) -> bool:
    return any(
        fnmatch.fnmatch(display, p) or fnmatch.fnmatch(Path(display).name, p) for p in patterns
    )


def _display(path: Path) -> str:
    return display_path(path)


def _up(folder: Path) -> Path:
    """The folder above, as a path of the same kind ("." → "..", "a/b" → "a", "/" → "/")."""
    return Path(os.path.normpath(os.path.join(folder, os.pardir)))


def _documents_in(folder: Path) -> list[Path]:
    """The documents lying directly in a folder (not below), sorted."""
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if not entry.is_dir())
    except OSError:
        return []
    return [
        folder / name
        for name in names
        if not _skipped(name) and Path(name).suffix.lower() in DISCOVERED_SUFFIXES
    ]


def _walk(
    root: Path, faults: list[OSError], others: list[Path] | None = None
) -> Iterator[tuple[Path, Path]]:
    """(file, its folder) under root; folders that cannot be listed go to `faults`, files of
    other types to `others`."""
    for folder, dirs, files in os.walk(root, onerror=faults.append, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not _skipped(d))
        for name in sorted(files):
            if _skipped(name):
                continue
            if Path(name).suffix.lower() in DISCOVERED_SUFFIXES:
                yield Path(folder) / name, Path(folder)
            elif others is not None and name not in OWN_FILES:
                others.append(Path(folder) / name)


class _Units:
    """Unit names: a folder's path below the checked folder it was found in (the checked
    folder itself: its own name), prefixed by that folder when several are checked; around a
    file checked on its own, the folder's own name. Each real folder gets one name and no two
    real folders share one, so units of different checked folders never merge, whatever
    their subfolders are called."""

    def __init__(self, roots: list[Path]) -> None:
        self.prefixed = len(roots) > 1
        # Several checked folders are told apart by their names, or by their paths when two
        # share a name ("2024/xa-a" and "2025/xa-a").
        names = [real_path(root).name for root in roots]
        self.prefix = {
            real_path(root): name if names.count(name) == 1 else _display(root)
            for root, name in zip(roots, names, strict=True)
        }
        self.by_folder: dict[Path, str] = {}
        self.taken: set[str] = set()
        # a folder's chain, made once: every file of the folder shares it
        self.chains: dict[tuple[Path, Path, bool], tuple[str, tuple[str, ...]]] = {}

    def name(self, folder: Path, root: Path, around_file: bool = False) -> str:
        real = real_path(folder)
        if real in self.by_folder:
            return self.by_folder[real]
        relative = os.path.relpath(folder, root).replace(os.sep, "/")
        prefix = self.prefix.get(real_path(root)) if self.prefixed else None
        if relative == "." or around_file:
            candidate = prefix if prefix and relative == "." else (real.name or "/")
        else:
            candidate = f"{prefix}/{relative}" if prefix else relative
        candidate = display_path(candidate)  # a folder name that is not UTF-8 stays printable
        if candidate in self.taken:  # a subfolder named like the checked folder itself
            for other in (_display(folder), display_path(real)):
                if other not in self.taken:
                    candidate = other
                    break
        self.by_folder[real] = candidate
        self.taken.add(candidate)
        return candidate

    def chain(
        self, folder: Path, root: Path, around_file: bool = False
    ) -> tuple[str, tuple[str, ...]]:
        """The folder's unit and the units above it up to root, nearest first."""
        key = (folder, root, around_file)
        if key not in self.chains:
            unit = self.name(folder, root, around_file)
            above = []
            while real_path(folder) != real_path(root) and folder != _up(folder):
                folder = _up(folder)
                above.append(self.name(folder, root, around_file))
            self.chains[key] = (unit, tuple(above))
        return self.chains[key]


def _context_root(file: Path) -> Path:
    """How far up the documents around a file are read: its folder and up to
    CONTEXT_LEVELS_UP folders above, stopping at the one holding camket.yaml, never the home
    folder or the file system's root."""
    folder = file.parent
    stops = {real_path(Path.home()), real_path(Path("/"))}
    for _ in range(CONTEXT_LEVELS_UP):
        if is_file(folder / "camket.yaml"):
            break
        above = _up(folder)
        if real_path(above) in stops or real_path(above) == real_path(folder):
            break
        folder = above
    return folder


def _folder_fault(error: OSError, units: _Units, root: Path) -> Source:
    folder = Path(error.filename) if error.filename else root
    inside = real_path(folder) != real_path(root)
    unit, above = units.chain(_up(folder) if inside else root, root)
    if isinstance(error, PermissionError):
        detail: str | dict[str, str] = {"vi": "không có quyền mở", "en": "permission denied"}
    elif error.errno == errno.ENAMETOOLONG:
        detail = {"vi": "đường dẫn quá dài", "en": "path too long"}
    else:
        detail = error.strerror or type(error).__name__
    return Source(folder, _display(folder), unit, above, fault=("CK021", detail))


def discover(
    paths: Iterable[Path],
    exclude: Iterable[str] = (),
    context: bool = True,
    skipped: list[Skipped] | None = None,
) -> list[Source]:
    """Files under the given paths, in a stable order, each once; with `context`, the
    documents around each file given on its own, marked as context. The other files found
    in the folders (images, other types; not those excluded) go to `skipped`, so that what
    is left unchecked can be told."""
    paths = list(paths)
    exclude = tuple(exclude)
    units = _Units([path for path in paths if path.is_dir()])
    seen: set[Path] = set()
    sources: list[Source] = []
    around: list[tuple[Path, Path]] = []  # (folder, root) of the context to read

    def add(
        file: Path, folder: Path, root: Path, around: bool = False, context: bool = False
    ) -> None:
        """`around`: named for a file checked on its own; `context`: read only to compare."""
        display = _display(file)
        resolved = real_path(file)
        if resolved in seen or _excluded(display, exclude):
            return
        seen.add(resolved)
        unit, above = units.chain(folder, root, around)
        sources.append(Source(file, display, unit, above, context))

    for given in paths:
        if given.is_dir():
            faults: list[OSError] = []
            others: list[Path] = []
            for file, folder in _walk(given, faults, others):
                add(file, folder, given)
            sources.extend(_folder_fault(error, units, given) for error in faults)
            if skipped is not None:
                shown = [_display(other) for other in others]
                skipped.extend(
                    Skipped(name, skipped_reason(name))
                    for name in shown
                    if not _excluded(name, exclude)
                )
            continue
        root = _context_root(given) if context else given.parent
        add(given, given.parent, root, around=True)
        folder = given.parent
        while context:
            around.append((folder, root))
            if real_path(folder) == real_path(root) or folder == _up(folder):
                break
            folder = _up(folder)
    for folder, root in around:
        documents = _documents_in(folder)
        if len(documents) <= CONTEXT_MAX_FILES:
            for file in documents:
                add(file, folder, root, around=True, context=True)
    return sources
