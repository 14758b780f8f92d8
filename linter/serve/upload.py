"""A request's private folder, and the multipart body streamed into it file by file.

The body is never held in memory: each part is written to its file as it arrives, and the
bytes are counted as they come, so a request past a limit is refused the moment it passes it
(a declared Content-Length already past it is refused before a byte is read). Every file
lands below the upload's folder under the relative path its sender gave (a folder upload
keeps its folders, which are camket's units), once the path is found safe (names)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header

from linter.serve.limits import Limits, Refused, megabytes
from linter.serve.names import UnsafeName, safe_relative

UPLOAD_FOLDER = "tai-len"  # the upload's own folder: the unit name of files sent loose
OUTPUT_FOLDER = "ket-qua"  # the reports the check writes, beside the upload, never inside
CONFIG_NAME = "camket.yaml"
FILES_FIELD, CONFIG_FIELD = "files", "config"
CONFIG_BYTES = 1024 * 1024  # a camket.yaml is a few hundred lines at most
REMOVE_ATTEMPTS = 5


@dataclass
class Workspace:
    """A private temporary folder (mode 0700) holding the upload and the reports of one
    request; `remove` deletes it, whatever state the request left it in."""

    folder: Path

    @classmethod
    def create(cls, parent: Path | None = None) -> Workspace:
        folder = Path(tempfile.mkdtemp(prefix="camket-serve-", dir=parent))  # 0700
        for name in (UPLOAD_FOLDER, OUTPUT_FOLDER):
            (folder / name).mkdir(mode=0o700)
        return cls(folder)

    @property
    def root(self) -> Path:
        return self.folder / UPLOAD_FOLDER

    @property
    def out(self) -> Path:
        return self.folder / OUTPUT_FOLDER

    @property
    def config(self) -> Path:
        """Where a camket.yaml sent on its own waits until the check places it."""
        return self.folder / CONFIG_NAME

    def remove(self) -> None:
        """Delete the folder; again if a file appeared meanwhile (a killed check's worker
        finishing a write)."""
        for _ in range(REMOVE_ATTEMPTS):
            shutil.rmtree(self.folder, ignore_errors=True)
            if not self.folder.exists():
                return
            time.sleep(0.05)


@dataclass
class Upload:
    files: list[PurePosixPath] = field(default_factory=list)  # relative to the root
    config: bool = False  # a camket.yaml came on its own (Workspace.config)


_PARAMETER = re.compile(r';\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))')
# What HTML forms (and httpx) escape in a file name: the quote and line breaks.
_FORM_ESCAPES = {"%22": '"', "%0D": "\r", "%0A": "\n", "%0d": "\r", "%0a": "\n"}


def disposition(value: bytes) -> tuple[str, dict[str, str]]:
    """The type and parameters of a part's Content-Disposition. File names are taken as sent
    (browsers send UTF-8), quoted-string escapes undone, and not cut down to a base name as
    some parsers do with "C:\\…": an unsafe name must be seen to be refused."""
    text = value.decode("utf-8", "replace")
    kind = text.split(";", 1)[0].strip().lower()
    parameters: dict[str, str] = {}
    for match in _PARAMETER.finditer(text):
        key = match.group(1).lower()
        if "*" in key:  # RFC 7578 forbids the extended syntax in multipart/form-data
            continue
        if match.group(2) is not None:
            raw = re.sub(r"\\(.)", r"\1", match.group(2))
            raw = re.sub(r"%(22|0[dDaA])", lambda m: _FORM_ESCAPES[m.group(0)], raw)
        else:
            raw = match.group(3).strip()
        parameters.setdefault(key, raw)
    return kind, parameters


class _Receiver:
    """The callbacks of python-multipart's streaming parser: each part's headers, then its
    bytes straight into its file, within the limits."""

    def __init__(self, workspace: Workspace, limits: Limits) -> None:
        self.workspace, self.limits = workspace, limits
        self.upload = Upload()
        self.paths: set[PurePosixPath] = set()
        self.header_name = bytearray()
        self.header_value = bytearray()
        self.headers: dict[bytes, bytes] = {}
        self.target: BinaryIO | None = None
        self.shown = ""  # the current file's name, for messages
        self.written = 0
        self.limit = 0
        self.ended = False  # the closing boundary came

    def callbacks(self) -> dict[str, object]:
        return {
            "on_part_begin": self.part_begin,
            "on_header_field": lambda data, start, end: self.header_name.extend(data[start:end]),
            "on_header_value": lambda data, start, end: self.header_value.extend(data[start:end]),
            "on_header_end": self.header_end,
            "on_headers_finished": self.headers_finished,
            "on_part_data": self.part_data,
            "on_part_end": self.part_end,
            "on_end": self.end,
        }

    def part_begin(self) -> None:
        self.headers = {}
        self.target, self.written = None, 0

    def header_end(self) -> None:
        self.headers[bytes(self.header_name).strip().lower()] = bytes(self.header_value).strip()
        self.header_name.clear()
        self.header_value.clear()

    def headers_finished(self) -> None:
        kind, parameters = disposition(self.headers.get(b"content-disposition", b""))
        name = parameters.get("name")
        if kind != "form-data" or name is None:
            raise Refused(400, "upload.malformed")
        filename = parameters.get("filename")
        if name == FILES_FIELD:
            if filename is None:
                raise Refused(400, "upload.malformed")
            if filename:  # an empty file input sends a part with no name: nothing to keep
                self.target = self._open_upload(filename)
        elif name == CONFIG_FIELD:
            if self.upload.config:
                raise Refused(400, "upload.config_twice")
            self.upload.config = True
            self.shown, self.limit = CONFIG_NAME, CONFIG_BYTES
            self.target = self._create(self.workspace.config)
        else:
            raise Refused(400, "upload.unknown_field", field=name[:100])

    def _open_upload(self, filename: str) -> BinaryIO:
        try:
            relative = safe_relative(filename)
        except UnsafeName as unsafe:
            raise Refused(
                400, "upload.bad_name", name=shown(filename), reason=unsafe.reason
            ) from None
        if relative in self.paths:
            raise Refused(400, "upload.duplicate", name=shown(filename))
        if len(self.upload.files) >= self.limits.files:
            raise Refused(413, "upload.too_many", limit=self.limits.files)
        self.paths.add(relative)
        self.upload.files.append(relative)
        # A folder sent as a .zip is bounded by the whole upload's size; its members, by a file's.
        archive = relative.suffix.lower() == ".zip"
        limit = self.limits.total_bytes if archive else self.limits.file_bytes
        self.shown, self.limit = str(relative), limit
        path = self.workspace.root.joinpath(*relative.parts)
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        except (FileExistsError, NotADirectoryError):
            raise Refused(400, "upload.duplicate", name=shown(filename)) from None
        return self._create(path)

    def _create(self, path: Path) -> BinaryIO:
        """A new file, never one already there nor through a link."""
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
        try:
            descriptor = os.open(path, flags, 0o600)
        except (FileExistsError, IsADirectoryError, NotADirectoryError):
            raise Refused(400, "upload.duplicate", name=shown(self.shown)) from None
        except OSError as error:
            raise Refused(
                507, "upload.disk", error=error.strerror or type(error).__name__
            ) from None
        return os.fdopen(descriptor, "wb")

    def part_data(self, data: bytes, start: int, end: int) -> None:
        if self.target is None:
            return
        self.written += end - start
        if self.written > self.limit:
            key = "upload.file_too_large"
            raise Refused(413, key, name=shown(self.shown), limit=megabytes(self.limit))
        try:
            self.target.write(data[start:end])
        except OSError as error:
            raise Refused(
                507, "upload.disk", error=error.strerror or type(error).__name__
            ) from None

    def part_end(self) -> None:
        self.close()

    def end(self) -> None:
        self.ended = True

    def discard(self) -> None:
        """Close the file being written, if any, after a refusal (Workspace.remove deletes it)."""
        if self.target is not None:
            target, self.target = self.target, None
            with contextlib.suppress(OSError):
                target.close()

    def close(self) -> None:
        if self.target is not None:
            target, self.target = self.target, None
            try:
                target.close()
            except OSError as error:
                raise Refused(
                    507, "upload.disk", error=error.strerror or type(error).__name__
                ) from None


def shown(name: str, limit: int = 120) -> str:
    """A sent name as a message may show it: control characters visible, not too long."""
    text = name.encode("unicode_escape").decode("ascii") if not name.isprintable() else name
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def boundary_of(content_type: str | None) -> bytes:
    kind, parameters = parse_options_header(content_type or "")
    boundary = parameters.get(b"boundary")
    if kind != b"multipart/form-data" or not boundary:
        raise Refused(400, "upload.malformed")
    return boundary


def declared_length(value: str | None, limits: Limits) -> None:
    """Refuse at once a body whose declared length is past the limit."""
    if value is None:
        return
    try:
        length = int(value)
    except ValueError:
        raise Refused(400, "upload.malformed") from None
    if length > limits.total_bytes:
        raise Refused(413, "upload.too_large", limit=megabytes(limits.total_bytes))


async def receive(
    chunks: AsyncIterator[bytes],
    content_type: str | None,
    content_length: str | None,
    workspace: Workspace,
    limits: Limits,
) -> Upload:
    """Stream a multipart/form-data body into the workspace: fields `files` (many; each file
    name a relative path) and `config` (one camket.yaml). Raises Refused past a limit or on
    an unsafe or malformed request; what was written stays for Workspace.remove."""
    boundary = boundary_of(content_type)
    declared_length(content_length, limits)
    receiver = _Receiver(workspace, limits)
    parser = MultipartParser(boundary, receiver.callbacks())  # type: ignore[arg-type]
    received = 0
    try:
        async for chunk in chunks:
            received += len(chunk)
            if received > limits.total_bytes:
                raise Refused(413, "upload.too_large", limit=megabytes(limits.total_bytes))
            parser.write(chunk)
        parser.finalize()
    except MultipartParseError:
        raise Refused(400, "upload.malformed") from None
    finally:
        receiver.discard()
    if not receiver.ended:
        raise Refused(400, "upload.malformed")
    if not receiver.upload.files:
        raise Refused(400, "upload.empty")
    return receiver.upload
