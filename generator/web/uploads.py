"""Uploaded files, bounded: safe relative names, zip archives unpacked with limits, written only to a temp folder."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from generator.output import safe_filename

MAX_FILES = 50
"""Most files one upload (or one zip inside it) may hold."""

MAX_RATIO = 100
"""Most a zip member may inflate compared with its compressed size (zip bombs)."""

BRIEF_SUFFIXES = (".yaml", ".yml", ".xlsx")


class UploadError(ValueError):
    """An upload kam refuses; the message is a label key of the web catalogue, with its values."""

    def __init__(self, key: str, **values: object):
        super().__init__(key)
        self.key = key
        self.values = values


def safe_relative(name: str) -> str | None:
    """Return `name` as a safe relative POSIX path (each part a safe file name), or None when nothing is left.

    Absolute paths, drive letters, `..` and empty parts are dropped, so a name can never
    point outside the folder it is unpacked into.
    """
    parts = []
    for part in PurePosixPath(name.replace("\\", "/")).parts:
        if part in ("", ".", "..", "/") or part.endswith(":"):
            continue
        cleaned = safe_filename(part, max_length=100)
        if cleaned and cleaned not in (".", ".."):
            parts.append(cleaned)
    return "/".join(parts) or None


def collect(uploads: list[tuple[str, bytes]], *, max_bytes: int) -> dict[str, bytes]:
    """Return the files of an upload by safe relative name; a zip is unpacked in place of itself.

    Raises UploadError when there are too many files, a zip is malformed or inflates beyond
    `max_bytes` in all, or a member's compression ratio is beyond MAX_RATIO.
    """
    files: dict[str, bytes] = {}
    total = 0
    for name, data in uploads:
        if name.lower().endswith(".zip"):
            for inner, content in _unzip(data, max_bytes=max_bytes - total):
                files[inner] = content
                total += len(content)
        else:
            safe = safe_relative(PurePosixPath(name.replace("\\", "/")).name)
            if safe:
                files[safe] = data
                total += len(data)
        if len(files) > MAX_FILES:
            raise UploadError("web.too_many_files", count=MAX_FILES)
    if not files:
        raise UploadError("web.nothing_uploaded")
    return files


def _unzip(data: bytes, *, max_bytes: int) -> list[tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, ValueError, OSError):
        raise UploadError("web.bad_zip") from None
    if len(members) > MAX_FILES:
        raise UploadError("web.too_many_files", count=MAX_FILES)
    declared = sum(m.file_size for m in members)
    if declared > max_bytes or any(m.file_size > MAX_RATIO * max(m.compress_size, 1) for m in members):
        raise UploadError("web.zip_too_large")
    out = []
    read = 0
    for member in members:
        safe = safe_relative(member.filename)
        if not safe or safe.startswith("__MACOSX/"):
            continue
        try:
            with archive.open(member) as stream:
                content = stream.read(member.file_size + 1)  # never more than it declared
        except (zipfile.BadZipFile, ValueError, OSError, EOFError, RuntimeError):
            raise UploadError("web.bad_zip") from None
        if len(content) > member.file_size:
            raise UploadError("web.zip_too_large")
        read += len(content)
        if read > max_bytes:
            raise UploadError("web.zip_too_large")
        out.append((safe, content))
    return out


def materialise(files: dict[str, bytes], folder: Path) -> None:
    """Write `files` (safe relative names) under `folder`."""
    for name, data in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)


def brief_candidates(files: dict[str, bytes]) -> list[str]:
    """Return the names of uploaded files that may be briefs (YAML or a workbook), in name order."""
    return sorted(
        name for name in files if name.lower().endswith(BRIEF_SUFFIXES) and _looks_like_brief(name, files[name])
    )


def _looks_like_brief(name: str, data: bytes) -> bool:
    if name.lower().endswith(".xlsx"):
        from generator.load.brief import is_brief_workbook

        return is_brief_workbook(data)  # customer lists are workbooks too: told apart by kam's marker or the sheets
    head = data[:4096].decode("utf-8", "ignore")
    return any(line.lstrip("\ufeff").startswith(("brief:", '{"brief"', "{brief")) for line in head.splitlines())
