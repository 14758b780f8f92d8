"""Load a file's bytes, and only a regular file's: a FIFO, a device, a folder or a link to
one is refused by its type, an oversized or sparse file by its size, before a byte is read."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from linter.read.error import ReadError

MAX_BYTES = 20 * 1024 * 1024


def os_error(path: Path, error: OSError) -> ReadError:
    """Each kind of operating-system refusal as its own input rule."""
    if isinstance(error, PermissionError):
        return ReadError("CK006")
    if error.errno == errno.ELOOP or (path.is_symlink() and not path.exists()):
        return ReadError("CK015", error.strerror or type(error).__name__)
    return ReadError("CK018", error.strerror or type(error).__name__)


_FILE_TYPES = (
    (stat.S_ISDIR, {"vi": "đây là thư mục", "en": "a folder"}),
    (stat.S_ISFIFO, {"vi": "đây là đường ống (FIFO), không phải tệp", "en": "a FIFO, not a file"}),
    (stat.S_ISCHR, {"vi": "đây là thiết bị, không phải tệp", "en": "a device, not a file"}),
    (stat.S_ISBLK, {"vi": "đây là thiết bị, không phải tệp", "en": "a device, not a file"}),
    (stat.S_ISSOCK, {"vi": "đây là socket, không phải tệp", "en": "a socket, not a file"}),
)


def _not_regular(mode: int) -> ReadError:
    for test, detail in _FILE_TYPES:
        if test(mode):
            return ReadError("CK018", detail)
    return ReadError("CK018", {"vi": "không phải tệp thông thường", "en": "not a regular file"})


def _checked_size(mode: int, size: int) -> None:
    if not stat.S_ISREG(mode):
        raise _not_regular(mode)
    if size > MAX_BYTES:
        raise ReadError("CK005", str(size))
    if size == 0:
        raise ReadError("CK001")


def load_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES. Anything else (a FIFO, a device, a
    link to one, a folder, an oversized or sparse file) is refused by its type and size before
    a byte is read, so nothing can block the run or fill its memory. The file is opened
    without blocking and checked again through the open handle, in case it was swapped."""
    try:
        status = path.stat()
        _checked_size(status.st_mode, status.st_size)
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise os_error(path, error) from error
    try:
        opened = os.fstat(descriptor)
        _checked_size(opened.st_mode, opened.st_size)
        with os.fdopen(descriptor, "rb", closefd=False) as stream:
            data = stream.read(MAX_BYTES + 1)
    except OSError as error:
        raise os_error(path, error) from error
    finally:
        os.close(descriptor)
    if len(data) > MAX_BYTES:
        raise ReadError("CK005", str(len(data)))
    if not data:
        raise ReadError("CK001")
    return data
