"""The only writer of output files: atomic (temp file + rename) and deterministic."""

from __future__ import annotations

import io
import os
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Iterable
from pathlib import Path

from generator.errors import OutputError
from generator.i18n.messages import msg

FIXED_ZIP_TIME = (2000, 1, 1, 0, 0, 0)
# Separators, reserved and control characters; and the invisible bidi controls that can make
# "invoice\u202excod.docx" display as a different name than it has (filename spoofing).
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\x7f\u200e\u200f\u202a-\u202e\u2066-\u2069]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def write_atomic(path: Path, data: bytes) -> Path:
    """Write `data` to `path` via a temporary file in the same folder and a rename; return the path.

    Parent folders are created. A reader never sees a half-written file, and an
    interrupted write leaves the previous file (or nothing) in place.
    """
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temp = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".part", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temp, 0o644)
            os.replace(temp, path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise OutputError(msg("cli.cannot_write", path=path, reason=exc.strerror or str(exc))) from None
    return path


_TEMP = re.compile(r"^\.(?P<name>.+)\.[a-z0-9_]{8}\.part$")


def remove_stale_temps(folder: Path, names: list[str] | None = None) -> list[Path]:
    """Remove the temporary files that killed `write_atomic` calls left in `folder` (`.NAME.xxxxxxxx.part`),
    of the target file `names` only when given; return the paths removed.

    A process killed mid-write (SIGKILL, power loss) can't clean up; the next run into the folder can.
    """
    folder = Path(folder)
    if not folder.is_dir():
        return []
    prefixes = None if names is None else {name[:40] for name in names}
    removed = []
    for entry in folder.iterdir():
        match = _TEMP.match(entry.name)
        if match and (prefixes is None or match["name"] in prefixes) and entry.is_file():
            try:
                entry.unlink()
            except FileNotFoundError:
                continue
            except OSError as exc:
                raise OutputError(msg("cli.cannot_remove_temp", path=entry, reason=exc.strerror)) from None
            removed.append(entry)
    return removed


def normalise_zip(data: bytes) -> bytes:
    """Return an OOXML zip rewritten with fixed timestamps and attributes, so equal content gives equal bytes."""
    source = zipfile.ZipFile(io.BytesIO(data))
    return fixed_zip((name, source.read(name)) for name in source.namelist())


def fixed_zip(members: Iterable[tuple[str, bytes]]) -> bytes:
    """Return an OOXML zip of `members` (name, content) with fixed timestamps and attributes, so equal
    content gives equal bytes: [Content_Types].xml first, as Office writes it, the rest in their order."""
    ordered = sorted(members, key=lambda member: member[0] != "[Content_Types].xml")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for name, content in ordered:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            target.writestr(info, content, compresslevel=6)
    return out.getvalue()


def safe_filename(name: str, suffix: str = "", max_length: int = 120) -> str:
    """Return `name` as a file name that stays in its folder on every OS: no separators, no `..`,
    no reserved device names, no control characters; Chinese and other letters kept."""
    text = unicodedata.normalize("NFC", name)
    text = _UNSAFE.sub("_", text).strip(" .")
    text = re.sub(r"\.{2,}", "_", text)
    if not text:
        text = "_"
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    encoded = text.encode("utf-8")
    limit = max_length * 2  # bytes: most file systems allow 255 bytes per name
    if len(encoded) > limit:
        text = encoded[:limit].decode("utf-8", errors="ignore").rstrip(" .")
    return text + suffix


def inside(folder: Path, filename: str) -> Path:
    """Return folder/filename, refusing any name that would land outside `folder`."""
    folder = Path(folder).resolve()
    target = (folder / filename).resolve()
    if target.parent != folder:
        raise OutputError(msg("cli.outside_folder", name=repr(filename), folder=folder))
    return target
