"""Where the annotated copies go: each under the output folder at its path below the checked
folder, and never anywhere an input is read from.

Naming: a Word file keeps its name ("cam-ket-an.docx"); any other file gets ".docx" added to
its whole name ("cam-ket-binh.txt" → "cam-ket-binh.txt.docx", "ke-hoach.odt" →
"ke-hoach.odt.docx"), so the copy says what it was made from and never takes the name of a
Word file lying beside it. With one folder checked, a copy's path is the file's path below that
folder; with several paths checked, it is put under the folder's own name; a file named on its
own goes at the top. Two copies that would still share a path (in any letter case) are told
apart by " (2)", " (3)", … before ".docx".
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from linter.annotate.strings import say
from linter.files import display_path, real_path
from linter.sources import Source

SUFFIX = ".docx"
EXAMPLE_SUFFIX = "-ghi-chu"  # the folder suggested beside an input folder


class OutDirRefused(Exception):
    """The output folder cannot be used; the message says why, in the user's language."""


def copy_name(name: str) -> str:
    return name if name.lower().endswith(SUFFIX) else name + SUFFIX


def input_folders(paths: Iterable[Path]) -> list[Path]:
    """The folders an input is read from: each folder checked, and the folder of each file
    checked on its own (the documents around it are read too)."""
    return [path if path.is_dir() else path.parent for path in paths]


def _inside(path: Path, folder: Path) -> bool:
    """Whether `path` is `folder` or below it (both real paths)."""
    return path == folder or folder in path.parents


def _example(folder: Path) -> str:
    above = Path(os.path.normpath(os.path.join(folder, os.pardir)))
    name = real_path(folder).name or "ghi-chu"
    return display_path(above / f"{name}{EXAMPLE_SUFFIX}")


def out_dir_problem(out_dir: Path, paths: Sequence[Path], lang: str) -> str | None:
    """Why the output folder cannot be used (in the user's language), or None: it may not be
    an input folder or inside one, nor hold an input, so no annotated copy is ever checked as
    a submission; it must be a folder, or one that can be made in an existing folder."""
    out = real_path(out_dir)
    shown = display_path(out_dir)
    for given, folder in zip(paths, input_folders(paths), strict=True):
        if _inside(out, real_path(folder)):
            return say(
                "out.inside_input",
                lang,
                out=shown,
                input=display_path(folder),
                example=_example(folder),
            )
        if _inside(real_path(given), out):
            return say(
                "out.holds_input",
                lang,
                out=shown,
                input=display_path(given),
                example=_example(folder),
            )
    if os.path.lexists(out_dir) and not out_dir.is_dir():
        return say("out.not_folder", lang, out=shown)
    if not out_dir.exists() and not out_dir.parent.is_dir():
        return say("out.missing_parent", lang, out=shown, parent=display_path(out_dir.parent))
    return None


def _root_of(source: Source, roots: Sequence[Path]) -> Path | None:
    """The checked folder a source was found in (None: a file checked on its own)."""
    for root in roots:
        if root.is_dir() and (source.path == root or root in source.path.parents):
            return root
    return None


def _label(root: Path) -> str:
    return real_path(root).name or "goc"


def _relative(source: Source, roots: Sequence[Path]) -> PurePosixPath:
    root = _root_of(source, roots)
    if root is None:
        return PurePosixPath(copy_name(source.path.name))
    below = source.path.relative_to(root).parts
    parts = (_label(root), *below) if len(roots) > 1 else below
    return PurePosixPath(*parts[:-1], copy_name(parts[-1]))


def _told_apart(path: PurePosixPath, number: int) -> PurePosixPath:
    stem = path.name[: -len(SUFFIX)] if path.name.lower().endswith(SUFFIX) else path.name
    return path.with_name(f"{stem} ({number}){SUFFIX}")


def copy_paths(sources: Sequence[Source], roots: Sequence[Path]) -> dict[str, PurePosixPath]:
    """The relative path of each source's copy, by the source's display path."""
    taken: set[str] = set()
    paths: dict[str, PurePosixPath] = {}
    for source in sources:
        path = candidate = _relative(source, roots)
        number = 1
        while str(candidate).casefold() in taken:
            number += 1
            candidate = _told_apart(path, number)
        taken.add(str(candidate).casefold())
        paths[source.display] = candidate
    return paths
