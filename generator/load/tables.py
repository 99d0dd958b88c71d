"""Read customer-list files into rows of cells: CSV as Excel and WPS write it, XLSX checked before parsing.

CSV: the encoding from the byte-order mark (UTF-8, UTF-16 LE/BE: Excel's "Unicode text"),
else UTF-8 if the whole file is UTF-8, else GB18030 (Chinese Excel's legacy "CSV"). Quoting is
always RFC 4180 (`"The ""Best"" Bank"`, quoted commas and line breaks); only the delimiter is
guessed, from a sample of whole lines (up to CSV_SNIFF_CHARS) rather than the header alone.

XLSX: the zip's directory is inspected first (number of parts, each part's unpacked size and
compression ratio, DOCTYPE/ENTITY declarations), so a zip bomb is refused before openpyxl opens
it; a sheet whose XML breaks half-way is reported as a damaged workbook, not a crash.
"""

from __future__ import annotations

import codecs
import csv
import io
import struct
import warnings
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import generator.load.messages as messages
from generator.errors import KamError
from generator.load.files import FileRefused, open_ordinary
from generator.load.limits import (
    CSV_MAX_LINE_CHARS,
    CSV_SNIFF_CHARS,
    TABLE_MAX_BYTES,
    TABLE_MAX_COLUMNS,
    XLSX_MAX_PART_BYTES,
    XLSX_MAX_PARTS,
    XLSX_MAX_RATIO,
    XLSX_MAX_ROWS,
    XLSX_MAX_TOTAL_BYTES,
    XLSX_RATIO_FROM_BYTES,
    XML_HEAD_BYTES,
)

_DELIMITERS = ",\t;|"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an old .xls, or an .xlsx saved with a password
_UTF8_CHUNK = 1 << 20


class TableError(KamError):
    """A customer-list file that cannot be read (further); `line` is the row it stopped at, if any."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


def _open(path: Path) -> BinaryIO:
    try:
        return open_ordinary(path, TABLE_MAX_BYTES, "a customer list")
    except FileRefused as exc:
        raise TableError(exc.args[0]) from None


# --- CSV --------------------------------------------------------------------------------------


def csv_rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Yield (row number, cells) for each record of a CSV file, the header row being 1.

    Raises TableError for a file that cannot be read, or at the record where reading fails.
    """
    handle = _open(path)
    with handle:
        encoding = csv_encoding(handle)
        text = io.TextIOWrapper(handle, encoding=encoding, newline="")
        try:
            delimiter = sniff_delimiter(_sample(text))
            text.seek(0)
            lines = _bounded_lines(text)
            reader = csv.reader(
                lines, delimiter=delimiter, quotechar='"', doublequote=True, skipinitialspace=False, strict=False
            )
            number = 0
            header = False
            try:
                for number, row in enumerate(reader, start=1):
                    if not header and any(cell.strip() for cell in row):
                        header = True  # each header is matched against every known label: bound their number
                        if len(row) > TABLE_MAX_COLUMNS:
                            raise TableError(messages.too_many_columns(len(row), TABLE_MAX_COLUMNS), number)
                    yield number, row
            except csv.Error as exc:
                raise TableError(messages.csv_syntax(str(exc)), number + 1) from None
        except UnicodeDecodeError as exc:
            raise TableError(messages.csv_undecodable(_encoding_name(encoding), exc.reason)) from None
        finally:
            text.detach()


def csv_encoding(handle: BinaryIO) -> str:
    """Return the codec of a CSV file: by BOM, else UTF-8 if every byte decodes, else GB18030."""
    head = handle.read(4)
    handle.seek(0)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while chunk := handle.read(_UTF8_CHUNK):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
        return "utf-8"
    except UnicodeDecodeError:
        return "gb18030"
    finally:
        handle.seek(0)


def _encoding_name(encoding: str) -> str:
    return {"utf-8-sig": "UTF-8", "utf-8": "UTF-8", "utf-16": "UTF-16", "gb18030": "GB18030"}.get(encoding, encoding)


def _bounded_lines(text: io.TextIOBase) -> Iterator[str]:
    """Yield the physical lines of `text`, refusing one longer than CSV_MAX_LINE_CHARS (no endless line)."""
    number = 0
    while line := text.readline(CSV_MAX_LINE_CHARS + 1):
        number += 1
        if len(line) > CSV_MAX_LINE_CHARS:
            raise TableError(messages.csv_line_too_long(CSV_MAX_LINE_CHARS), number)
        yield line


def _sample(text: io.TextIOBase) -> str:
    """Return whole lines from the top of the file, about CSV_SNIFF_CHARS of them (a few KB at least)."""
    sample = text.read(CSV_SNIFF_CHARS)
    if len(sample) == CSV_SNIFF_CHARS and "\n" in sample:
        sample = sample[: sample.rindex("\n") + 1]
    return sample.lstrip("\ufeff")


def sniff_delimiter(sample: str) -> str:
    """Return the delimiter of a CSV sample: the candidate under which most rows are as wide as
    the header (more columns, then the order comma, tab, semicolon, bar, breaking ties), else a comma.

    Not csv.Sniffer: its quote-guessing regular expressions are quadratic (measured: 4.5 s on an
    ordinary 64 KB sample, a minute on one full of quotes), and it decides doubled quotes from
    whatever the sample happens to hold; here quoting is always RFC 4180.
    """
    scores = {d: _score(sample, d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: scores[d])
    return best if scores[best] > (0, 0) else ","


def _score(sample: str, delimiter: str) -> tuple[float, int]:
    """Return (share of rows as wide as the header, header width) for a delimiter; (0, 0) if it splits nothing."""
    try:
        rows = [
            r
            for r in csv.reader(io.StringIO(sample), delimiter=delimiter, quotechar='"', doublequote=True, strict=False)
            if any(c.strip() for c in r)
        ]
    except csv.Error:
        return (0, 0)
    if len(rows) > 1 and not sample.endswith("\n"):
        rows = rows[:-1]  # the sample may end inside a record
    if not rows or len(rows[0]) < 2:
        return (0, 0)
    width = len(rows[0])
    return (sum(1 for r in rows if len(r) == width) / len(rows), width)


# --- XLSX -------------------------------------------------------------------------------------


def check_workbook(path: Path) -> None:
    """Raise TableError unless `path` is an ordinary file whose zip package is safe to hand to openpyxl."""
    with _open(path) as handle:
        if handle.read(8) == _OLE_MAGIC:
            raise TableError(messages.workbook_is_ole())
        handle.seek(0)
        _check_directory_size(handle)
        try:
            archive = zipfile.ZipFile(handle)
        except (
            zipfile.BadZipFile,
            zipfile.LargeZipFile,
            NotImplementedError,
            struct.error,
            ValueError,
            OSError,
            EOFError,
        ) as exc:  # NotImplementedError: a zip version or feature zipfile lacks
            raise TableError(messages.not_a_workbook(messages.not_a_zip(str(exc)))) from None
        with archive:
            parts = archive.infolist()
            if len(parts) > XLSX_MAX_PARTS:
                raise TableError(messages.workbook_too_many_parts(len(parts), XLSX_MAX_PARTS))
            total = 0
            for part in parts:
                _check_part(part)
                total += part.file_size
                if total > XLSX_MAX_TOTAL_BYTES:
                    raise TableError(messages.workbook_too_large(total, XLSX_MAX_TOTAL_BYTES))
            for part in parts:
                if part.filename.lower().endswith((".xml", ".rels", ".vml")):
                    _check_xml_head(archive, part)


def _check_directory_size(handle: BinaryIO) -> None:
    """Refuse a zip whose central directory is too large to list (millions of parts) before zipfile reads it."""
    size = handle.seek(0, io.SEEK_END)
    tail_size = min(size, 22 + 0xFFFF)
    handle.seek(size - tail_size)
    tail = handle.read(tail_size)
    handle.seek(0)
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return  # zipfile will say what is wrong
    entries, directory = struct.unpack("<HI", tail[at + 10 : at + 16])
    if entries != 0xFFFF and entries > XLSX_MAX_PARTS:
        raise TableError(messages.workbook_too_many_parts(entries, XLSX_MAX_PARTS))
    if directory != 0xFFFFFFFF and directory > XLSX_MAX_PARTS * 1024:
        raise TableError(messages.workbook_too_many_parts(directory // 46, XLSX_MAX_PARTS))


def _check_part(part: zipfile.ZipInfo) -> None:
    if part.file_size > XLSX_MAX_PART_BYTES:
        raise TableError(messages.workbook_part_too_large(part.filename, part.file_size, XLSX_MAX_PART_BYTES))
    if part.file_size >= XLSX_RATIO_FROM_BYTES and part.file_size > XLSX_MAX_RATIO * max(part.compress_size, 1):
        raise TableError(
            messages.workbook_part_ratio(part.filename, part.file_size, part.compress_size, XLSX_MAX_RATIO)
        )


def _check_xml_head(archive: zipfile.ZipFile, part: zipfile.ZipInfo) -> None:
    try:
        with archive.open(part) as stream:
            head = stream.read(XML_HEAD_BYTES)
    except (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, ValueError, OSError, EOFError) as exc:
        raise TableError(messages.not_a_workbook(messages.in_part(part.filename, str(exc)))) from None
    head = head.replace(b"\x00", b"")  # UTF-16 XML, read as bytes
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        raise TableError(messages.workbook_doctype(part.filename))


def sheet_rows(sheet: Any) -> Iterator[tuple[int, list[Any]]]:
    """Yield (row number, cell values) of each non-empty row of an openpyxl read-only sheet.

    Rows are read at most TABLE_MAX_COLUMNS wide, and the dimensions the sheet claims are
    ignored: a hostile `A1:XFD1048576` would otherwise pad every one of a million rows.
    Raises TableError at the row where the sheet's XML cannot be read any further.
    """
    sheet.reset_dimensions()
    rows = sheet.iter_rows(values_only=True, max_col=TABLE_MAX_COLUMNS)
    number = 0
    empty: tuple = ()  # openpyxl yields one shared tuple for every row missing from the XML
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # openpyxl's parser of a damaged sheet raises ParseError, ValueError, KeyError…
            detail = (str(exc) or type(exc).__name__).splitlines()[0][:200]
            raise TableError(messages.workbook_damaged(sheet.title, number, detail), number + 1) from None
        number += 1
        if number > XLSX_MAX_ROWS:  # a row number beyond Excel's: openpyxl would pad the gap row by row
            raise TableError(
                messages.workbook_damaged(sheet.title, number - 1, "row numbers beyond Excel's last row"), number
            )
        if row is empty:
            continue
        if row.count(None) == len(row):
            empty = row
            continue
        yield number, list(row)


def open_workbook(path: Path) -> Any:
    """Return the openpyxl read-only workbook at `path`, checked first; raise TableError if unreadable."""
    from openpyxl import load_workbook

    check_workbook(path)
    # A date cell out of range becomes "#VALUE!", which the row's validation reports in place;
    # openpyxl's own warning about it would only be noise on the terminal.
    warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl\.")
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises zipfile, KeyError, ValueError, ParseError… for damaged packages
        detail = (str(exc) or type(exc).__name__).splitlines()[0][:200]
        raise TableError(messages.not_a_workbook(detail)) from None
