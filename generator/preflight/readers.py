"""Pick the reader for a file by its kind: .docx, .pptx, .xlsx (and macro-enabled twins), .pdf."""

from __future__ import annotations

from pathlib import Path

from generator.preflight.docx import read_docx
from generator.preflight.items import Reading
from generator.preflight.package import PackageError, open_package
from generator.preflight.pdf import read_pdf
from generator.preflight.pptx import read_pptx
from generator.preflight.xlsx import read_xlsx

READERS = {
    ".docx": read_docx,
    ".docm": read_docx,
    ".pptx": read_pptx,
    ".pptm": read_pptx,
    ".xlsx": read_xlsx,
    ".xlsm": read_xlsx,
}
SUFFIXES = tuple(READERS) + (".pdf",)


def read_file(path: Path) -> Reading:
    """Return what the file holds; PackageError (with a catalogue reason) when it can't be read safely."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise PackageError("not_found")
    if suffix == ".pdf":
        return read_pdf(path)
    if suffix not in READERS:
        raise PackageError("unknown_kind", suffixes=", ".join(SUFFIXES))
    package = open_package(path)
    try:
        return READERS[suffix](package)
    except RecursionError:
        raise PackageError("too_deep") from None
    finally:
        package.zip.close()
