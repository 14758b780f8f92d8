"""Annotated copies written into a folder (each file atomically, never over what is not a plain
file, never outside the folder) or into one .zip."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import stat
import tempfile
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from linter.annotate.copies import ANNOTATED_FORMATS, CopyFailed, annotated_copy
from linter.annotate.strings import say
from linter.annotate.summary import Summary
from linter.annotate.targets import OutDirRefused, copy_paths, out_dir_problem
from linter.document import Document
from linter.engine import Report
from linter.files import display_path, write_atomically
from linter.findings import Finding
from linter.sources import Source, discover


@dataclass(frozen=True)
class Planned:
    source: Source
    document: Document
    findings: tuple[Finding, ...]
    target: PurePosixPath  # the copy's path below the output folder or in the zip


def plan(
    report: Report, roots: Sequence[Path], sources: Sequence[Source] | None = None
) -> tuple[list[Planned], Summary]:
    """The copies to make, one per checked file with findings in a format that can carry
    comments, and the summary of the files left without one."""
    if sources is None:
        sources = discover(roots, context=False)
    by_display = {source.display: source for source in sources if not source.context}
    documents = {document.path: document for document in report.documents}
    findings: dict[str, list[Finding]] = {}
    for finding in report.findings:
        findings.setdefault(finding.path, []).append(finding)
    summary = Summary()
    chosen: list[tuple[Source, Document, tuple[Finding, ...]]] = []
    for entry in report.files:
        own = findings.get(entry.path)
        document = documents.get(entry.path)
        if not own:
            summary.clean += 1
        elif document is None:
            summary.unreadable.append(entry.path)
        elif document.format not in ANNOTATED_FORMATS or entry.path not in by_display:
            summary.unsupported.append(entry.path)
        else:
            chosen.append((by_display[entry.path], document, tuple(own)))
    targets = copy_paths([source for source, _, _ in chosen], roots)
    planned = [Planned(s, d, f, targets[s.display]) for s, d, f in chosen]
    return planned, summary


COLLECT_EVERY = 25  # copies made between two collections of the finished ones


def _copies(
    planned: Sequence[Planned], summary: Summary, lang: str
) -> Iterator[tuple[Planned, bytes, int]]:
    """Each copy made, in order; one that cannot be made goes to the summary instead."""
    for number, item in enumerate(planned, start=1):
        if number % COLLECT_EVERY == 0:
            # A python-docx document is a web of parts that point at one another: only the
            # cyclic collector frees it, and a batch run makes that collector rare (a serve
            # check of 550 files held 2.4 GB of finished copies).
            gc.collect()
        try:
            made = annotated_copy(item.source, item.document, item.findings, lang)
        except CopyFailed as error:
            summary.failed.append((item.source.display, str(error)))
            continue
        yield item, made.data, made.comments


def _prepared_folder(out_dir: Path, relative: PurePosixPath, lang: str) -> Path:
    """The folder of a copy, made below the output folder as needed. A folder on the way that
    is a link (it could lead into an input folder) or not a folder is refused."""
    if not os.path.lexists(out_dir):
        out_dir.mkdir()  # made when the first copy comes: nothing to write, no folder
    folder = out_dir
    for part in relative.parts[:-1]:
        folder = folder / part
        if os.path.islink(folder) or (os.path.lexists(folder) and not folder.is_dir()):
            raise CopyFailed(say("reason.outside", lang, target=display_path(folder)))
        if not os.path.lexists(folder):
            folder.mkdir()
    return folder


def _write_copy(out_dir: Path, relative: PurePosixPath, data: bytes, lang: str) -> Path:
    target = _prepared_folder(out_dir, relative, lang) / relative.name
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(os.lstat(target).st_mode):
            raise CopyFailed(say("reason.not_regular", lang, target=display_path(target)))
    write_atomically(target, data)
    return target


def _write_failure(error: Exception, out_dir: Path, item: Planned, lang: str) -> str:
    if isinstance(error, CopyFailed):
        return str(error)
    where = display_path(out_dir.joinpath(*item.target.parts))
    detail = (error.strerror if isinstance(error, OSError) else None) or type(error).__name__
    return say("reason.write", lang, target=where, detail=detail)


def annotate_to_folder(
    report: Report,
    roots: Sequence[Path],
    out_dir: Path,
    sources: Sequence[Source] | None = None,
    lang: str = "vi",
) -> Summary:
    """Write the annotated copies of a checked batch under `out_dir`, a folder that
    targets.out_dir_problem accepts (else OutDirRefused), made with the first copy. `roots`:
    the paths that were checked; `sources`: what discovering them gave (found again when not
    given)."""
    problem = out_dir_problem(out_dir, roots, lang)
    if problem is not None:
        raise OutDirRefused(problem)
    planned, summary = plan(report, roots, sources)
    for item, data, comments in _copies(planned, summary, lang):
        try:
            target = _write_copy(out_dir, item.target, data, lang)
        except (CopyFailed, OSError) as error:
            summary.failed.append((item.source.display, _write_failure(error, out_dir, item, lang)))
            summary.write_failed = True  # a copy made but not written where it belongs
            continue
        summary.copies.append((display_path(target), comments))
    return summary


@contextlib.contextmanager
def _atomic_stream(path: Path) -> Iterator[BinaryIO]:
    """A file written under a temporary name beside `path` and renamed onto it when complete
    (never over what is not a plain file)."""
    with contextlib.suppress(FileNotFoundError):
        if not stat.S_ISREG(os.lstat(path).st_mode):
            raise IsADirectoryError(f"{path} is not a regular file")
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        mask = os.umask(0)
        os.umask(mask)
        os.chmod(temporary, 0o666 & ~mask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _zip_into(stream: BinaryIO, planned: Sequence[Planned], summary: Summary, lang: str) -> None:
    stamp = dt.datetime.now().timetuple()[:6]
    with zipfile.ZipFile(stream, "w", zipfile.ZIP_DEFLATED) as archive:
        for item, data, comments in _copies(planned, summary, lang):
            name = display_path(str(item.target))
            archive.writestr(zipfile.ZipInfo(name, date_time=stamp), data, zipfile.ZIP_DEFLATED)
            summary.copies.append((name, comments))


def annotate_to_zip(
    report: Report,
    roots: Sequence[Path],
    target: Path | BinaryIO,
    sources: Sequence[Source] | None = None,
    lang: str = "vi",
) -> Summary:
    """The annotated copies of a checked batch as one .zip, each at the path it would have
    under an output folder. `target`: a file path (written atomically) or a binary stream
    open for writing (left open)."""
    planned, summary = plan(report, roots, sources)
    if isinstance(target, (str, os.PathLike)):
        with _atomic_stream(Path(target)) as stream:
            _zip_into(stream, planned, summary, lang)
    else:
        _zip_into(target, planned, summary, lang)
    return summary
