"""Open input files safely: ordinary files only, their size checked before a byte is read.

A FIFO, a device (`/dev/zero`) or a socket could be endless or block forever, so they are
refused from their `fstat`, taken on the opened descriptor (no race with a swapped path);
the open itself never blocks (O_NONBLOCK), even on a FIFO nobody writes to.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

import generator.load.messages as messages
from generator.errors import KamError


class FileRefused(KamError):
    """An input file that kam will not read; `str()` is the reason, to be located at the file."""


def open_ordinary(path: Path, limit: int, what: str) -> BinaryIO:
    """Return `path` opened for binary reading, or raise FileRefused if it is missing, not an
    ordinary file, or larger than `limit` bytes (`what` names the kind of file in the message)."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileRefused(messages.file_not_found()) from None
    except IsADirectoryError:
        raise FileRefused(messages.is_a_folder()) from None
    except OSError as exc:
        raise FileRefused(messages.cannot_read(exc.strerror or str(exc))) from None
    try:
        info = os.fstat(fd)
        _check_kind(info.st_mode)
        if info.st_size > limit:
            raise FileRefused(messages.file_too_large(info.st_size, limit, what))
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_ordinary(path: Path, limit: int, what: str) -> bytes:
    """Return the bytes of `path` (at most `limit`), or raise FileRefused (see open_ordinary)."""
    with open_ordinary(path, limit, what) as handle:
        try:
            data = handle.read(limit + 1)
        except OSError as exc:
            raise FileRefused(messages.cannot_read(exc.strerror or str(exc))) from None
    if len(data) > limit:  # the file grew after it was opened
        raise FileRefused(messages.file_too_large(len(data), limit, what))
    return data


def _check_kind(mode: int) -> None:
    if stat.S_ISREG(mode):
        return
    if stat.S_ISDIR(mode):
        raise FileRefused(messages.is_a_folder())
    if stat.S_ISFIFO(mode):
        kind = "pipe (FIFO)"
    elif stat.S_ISSOCK(mode):
        kind = "socket"
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        kind = "device"
    else:
        kind = "special file"
    raise FileRefused(messages.not_a_regular_file(kind))
