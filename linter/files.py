"""Writing camket's own outputs (reports, sidecars): atomically, never over an input, and never
replacing anything that is not a plain file."""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

FIFO_READER_WAIT = 5.0  # seconds a report waits for a program to read the FIFO it goes to
LINKS_FOLLOWED = 40  # the kernel's own limit

# /proc/<pid>/fd/<n> (and /proc/<pid>/task/<tid>/fd/<n>): what /dev/stdout, /dev/fd/1 and
# /proc/self/fd/1 lead to.
_DESCRIPTOR_LINK = re.compile(r"/proc/(?P<pid>\d+)(?:/task/\d+)?/fd/(?P<fd>\d+)")
_closed_at_start: set[int] = set()


def real_path(path: Path | str) -> Path:
    """The file a path names, links followed. Unlike Path.resolve(), never raises on a symlink
    loop (the loop is reported when the file is read)."""
    return Path(os.path.realpath(path))


def is_file(path: Path) -> bool:
    """Whether a regular file is there; False also when the folder cannot be searched (no
    permission, a path too long), where Path.is_file raises."""
    try:
        return path.is_file()
    except OSError:
        return False


def display_path(path: Path | str) -> str:
    """A path as text that can always be printed and encoded: the bytes of a file name that are
    not UTF-8 (Linux allows any byte but "/" and NUL) are shown as "\\xff"; the path itself,
    for opening the file, is kept apart."""
    text = Path(path).as_posix()
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        pass
    try:
        raw = os.fsencode(text)  # gives back the bytes the name was read from
    except UnicodeEncodeError:  # a lone surrogate that did not come from a file name's bytes
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw.decode("utf-8", "backslashreplace")


def guard_standard_streams() -> None:
    """Put /dev/null on a standard descriptor the caller closed (`camket check … >&-`), so no
    file camket opens later takes descriptor 1 or 2 and receives what was meant for the
    screen. Python then has no sys.stdout: a report meant for it fails with EBADF."""
    for fd, name in ((1, "stdout"), (2, "stderr")):
        if getattr(sys, name) is not None:
            continue
        try:
            os.fstat(fd)
            continue  # open after all
        except OSError:
            pass
        null = os.open(os.devnull, os.O_WRONLY)
        if null != fd:
            os.dup2(null, fd)
            os.close(null)
        _closed_at_start.add(fd)
        setattr(sys, name, open(fd, "w", encoding="utf-8", closefd=False))  # noqa: SIM115


def stream_closed(fd: int) -> bool:
    """True when the caller started camket with this standard descriptor closed."""
    return fd in _closed_at_start


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, content: str | bytes, encoding: str = "utf-8") -> None:
    """Write via a temporary file in the same folder, so a reader never sees half a file."""
    data = content if isinstance(content, bytes) else content.encode(encoding)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a report is not
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_output(path: Path, data: bytes) -> None:
    """Write a report where the user asked (see open_output)."""
    with open_output(path) as stream:
        stream.write(data)


@contextlib.contextmanager
def open_output(path: Path) -> Iterator[BinaryIO]:
    """A stream to write a report to where the user asked, never replacing what is not a plain
    file; what was written is in place when the block ends without an error.

    - /dev/stdout, /dev/fd/N, /proc/self/fd/N: written to that open descriptor of camket, so a
      shell's `>> log` keeps appending and a pipe gets the report.
    - A regular file, a new one, or a link to either: replaced atomically when the block ends
      (a link's target is written; the link stays a link); nothing is left of it on an error.
    - A device or FIFO (or a link to one): written in place, never truncated or replaced. A FIFO
      nobody reads fails after FIFO_READER_WAIT seconds with ENXIO, rather than hang.
    - A folder: IsADirectoryError.
    """
    fd = _own_descriptor(path)
    if fd is not None:
        yield _DescriptorStream(fd)  # type: ignore[misc]
        return
    try:
        mode: int | None = os.stat(path).st_mode  # links followed, /proc's included
    except FileNotFoundError:
        mode = None  # a new file, or a link to one
    if mode is None or stat.S_ISREG(mode):
        with _atomically(real_path(path)) as stream:
            yield stream
    elif stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
    else:
        fd = _open_in_place(path, fifo=stat.S_ISFIFO(mode))
        try:
            yield _DescriptorStream(fd)  # type: ignore[misc]
        finally:
            os.close(fd)


class _DescriptorStream(io.RawIOBase):
    """Writes to a descriptor it does not own, every byte of each write (see write_all)."""

    def __init__(self, fd: int) -> None:
        super().__init__()
        self.fd = fd

    def write(self, data: bytes) -> int:  # type: ignore[override]
        write_all(self.fd, data)
        return len(data)

    def writable(self) -> bool:
        return True


@contextlib.contextmanager
def _atomically(path: Path) -> Iterator[BinaryIO]:
    """A temporary file in the same folder, put in place of `path` once written."""
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent or Path("."))
    try:
        with os.fdopen(handle, "wb") as stream:
            yield stream
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; a report is not
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _own_descriptor(path: Path) -> int | None:
    """The descriptor of this process a path leads to through its links (/dev/stdout →
    /proc/self/fd/1 → /proc/<pid>/fd/1), or None. Each link is followed by hand: resolving the
    whole path at once would go on to whatever file the descriptor is open on."""
    current = os.path.abspath(path)
    for _ in range(LINKS_FOLLOWED):
        folder, name = os.path.split(current)
        current = os.path.join(os.path.realpath(folder), name)
        link = _DESCRIPTOR_LINK.fullmatch(current)
        if link:
            if int(link["pid"]) != os.getpid():
                return None
            fd = int(link["fd"])
            if stream_closed(fd) or not os.path.lexists(current):
                raise OSError(errno.EBADF, os.strerror(errno.EBADF), str(path))
            return fd
        if not os.path.islink(current):
            return None
        current = os.path.join(os.path.dirname(current), os.readlink(current))
    return None


def write_all(fd: int, data: bytes) -> None:
    """Every byte, however many writes it takes (a pipe takes part of a large write)."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def _open_in_place(path: Path, fifo: bool) -> int:
    """Open without creating or truncating. O_NONBLOCK makes opening a FIFO nobody reads fail
    with ENXIO instead of waiting for ever; a reader has FIFO_READER_WAIT seconds to come."""
    deadline = time.monotonic() + FIFO_READER_WAIT
    nonblocking = getattr(os, "O_NONBLOCK", 0)  # POSIX only, as FIFOs are
    flags = os.O_WRONLY | nonblocking | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    while True:
        try:
            fd = os.open(path, flags)
            break
        except OSError as error:
            if not (fifo and error.errno == errno.ENXIO) or time.monotonic() >= deadline:
                raise
            time.sleep(0.05)
    try:
        if nonblocking:
            os.set_blocking(fd, True)
    except BaseException:
        os.close(fd)
        raise
    return fd
