"""A folder sent as a .zip, unpacked where it was sent, under the rules camket applies to the
zip inside a Word file (linter.read.container): what it unpacks to is bounded, a large member
packed too tightly is a bomb, and the sizes its directory declares are checked again against
the bytes that really come out. A member whose name could leave the upload's folder, a link,
a device or a password-protected member makes the whole archive refused; nothing of it is kept
half-unpacked for the check (the request's folder is deleted with the refusal)."""

from __future__ import annotations

import os
import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import IO, BinaryIO

from linter.serve.limits import Limits, Refused, megabytes
from linter.serve.names import UnsafeName, safe_relative
from linter.serve.upload import shown

ZIP_SUFFIX = ".zip"
CHUNK = 1024 * 1024
_ENCRYPTED = 0x1  # general purpose flag bit 0


@dataclass(frozen=True)
class _Member:
    info: zipfile.ZipInfo
    path: PurePosixPath
    folder: bool


def is_zip(path: PurePosixPath) -> bool:
    return path.suffix.lower() == ZIP_SUFFIX


def expand(root: Path, files: list[PurePosixPath], limits: Limits) -> list[PurePosixPath]:
    """Unpack each uploaded .zip beside it and remove it; the upload's files afterwards (no
    more than `limits.files` in all)."""
    kept = [path for path in files if not is_zip(path)]
    for archive in (path for path in files if is_zip(path)):
        kept.extend(_unpack(root, archive, limits, len(kept)))
        (root / archive).unlink()
    return kept


def _unpack(root: Path, name: PurePosixPath, limits: Limits, before: int) -> list[PurePosixPath]:
    location = root / name
    label = shown(str(name))
    try:
        with zipfile.ZipFile(location) as archive:
            members = _members(archive, label, limits, before)
            base = name.parent if _one_top_folder(members) else name.parent / name.stem
            targets = [(member, base / member.path) for member in members]
            for _, relative in targets:
                if (root / relative).exists() or (root / relative).is_symlink():
                    raise Refused(400, "zip.duplicate", name=label, member=str(relative))
            return _write(archive, root, targets, label, limits)
    except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, ValueError) as error:
        raise Refused(400, "zip.broken", name=label, detail=type(error).__name__) from None
    except RuntimeError as error:  # zipfile: a member needs a password
        if isinstance(error, RecursionError):
            raise
        raise Refused(400, "zip.encrypted", name=label) from None


def _members(archive: zipfile.ZipFile, label: str, limits: Limits, before: int) -> list[_Member]:
    """The archive's members, each found safe, before a byte is unpacked."""
    infos = archive.infolist()
    files = [info for info in infos if not info.is_dir()]
    if before + len(files) > limits.files:
        raise Refused(413, "upload.too_many", limit=limits.files)
    unpacked = sum(info.file_size for info in files)
    if unpacked > limits.unpacked_bytes:
        raise Refused(
            413, "zip.unpacked_too_large", name=label, limit=megabytes(limits.unpacked_bytes)
        )
    members, seen = [], set()
    for info in infos:
        member = shown(info.filename)
        kind = stat.S_IFMT(info.external_attr >> 16)  # 0: the archiver kept no file type
        if kind == stat.S_IFLNK:
            raise Refused(400, "zip.symlink", name=label, member=member)
        if kind not in (0, stat.S_IFREG, stat.S_IFDIR):
            raise Refused(400, "zip.special", name=label, member=member)
        if info.flag_bits & _ENCRYPTED:
            raise Refused(400, "zip.encrypted", name=label)
        try:
            path = safe_relative(info.filename)
        except UnsafeName as unsafe:
            raise Refused(
                400, "zip.bad_member", name=label, member=member, reason=unsafe.reason
            ) from None
        if path in seen:
            raise Refused(400, "zip.duplicate", name=label, member=member)
        seen.add(path)
        if info.is_dir():
            members.append(_Member(info, path, folder=True))
            continue
        _check_size(info, label, member, limits)
        members.append(_Member(info, path, folder=False))
    return members


def _check_size(info: zipfile.ZipInfo, label: str, member: str, limits: Limits) -> None:
    if info.file_size > limits.file_bytes:
        raise Refused(
            413,
            "zip.member_too_large",
            name=label,
            member=member,
            limit=megabytes(limits.file_bytes),
        )
    packed = max(info.compress_size, 1)
    if info.file_size > limits.large_member and info.file_size > limits.ratio * packed:
        raise Refused(400, "zip.ratio", name=label, member=member, ratio=info.file_size // packed)


def _one_top_folder(members: list[_Member]) -> bool:
    """Whether every member lies in one folder at the top ("Send to → Compressed folder" of a
    folder): then the archive is unpacked beside itself, else into a folder of its name."""
    tops = {member.path.parts[0] for member in members}
    files_on_top = any(len(m.path.parts) == 1 and not m.folder for m in members)
    return len(tops) == 1 and not files_on_top


def _write(
    archive: zipfile.ZipFile,
    root: Path,
    targets: list[tuple[_Member, PurePosixPath]],
    label: str,
    limits: Limits,
) -> list[PurePosixPath]:
    written: list[PurePosixPath] = []
    total = 0
    for member, relative in targets:
        path = root.joinpath(*relative.parts)
        try:
            if member.folder:
                path.mkdir(mode=0o700, parents=True, exist_ok=True)
                continue
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
            with (
                archive.open(member.info) as source,
                os.fdopen(os.open(path, flags, 0o600), "wb") as target,
            ):
                total += _copy(source, target, member, label, limits, limits.unpacked_bytes - total)
        except (FileExistsError, NotADirectoryError, IsADirectoryError):
            raise Refused(400, "zip.duplicate", name=label, member=str(relative)) from None
        except OSError as error:
            raise Refused(
                507, "upload.disk", error=error.strerror or type(error).__name__
            ) from None
        written.append(relative)
    return written


def _copy(
    source: IO[bytes], target: BinaryIO, member: _Member, label: str, limits: Limits, room: int
) -> int:
    """Copy a member, counting what really comes out: never more than its declared size, one
    file's limit, or what is left of the archive's."""
    copied = 0
    allowed = min(member.info.file_size, limits.file_bytes, room)
    while chunk := source.read(CHUNK):
        copied += len(chunk)
        if copied > allowed:
            raise Refused(
                413, "zip.unpacked_too_large", name=label, limit=megabytes(limits.unpacked_bytes)
            )
        target.write(chunk)
    return copied
