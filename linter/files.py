"""Writing camket's own outputs (reports, sidecars): atomically, never over an input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


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
