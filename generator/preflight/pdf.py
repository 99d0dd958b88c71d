"""Read a .pdf's text page by page through poppler's `pdftotext`, when it is installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from generator.preflight.items import Reading, Where
from generator.preflight.package import MAX_TOTAL_BYTES, PackageError

TIMEOUT_SECONDS = 30
MAX_TEXT_BYTES = 64 * 1024 * 1024


def read_pdf(path: Path) -> Reading:
    """Return one item per page of the PDF's text; PackageError when pdftotext is missing or fails."""
    tool = shutil.which("pdftotext")
    if tool is None:
        raise PackageError("no_pdftotext")
    if path.stat().st_size > MAX_TOTAL_BYTES:
        raise PackageError("too_big", limit=f"{MAX_TOTAL_BYTES // (1024 * 1024)} MB")
    try:
        result = subprocess.run(
            [tool, "-enc", "UTF-8", "-q", str(path), "-"], capture_output=True, timeout=TIMEOUT_SECONDS, check=False
        )
    except subprocess.TimeoutExpired:
        raise PackageError("pdf_timeout", seconds=TIMEOUT_SECONDS) from None
    if result.returncode != 0:
        raise PackageError("pdf_unreadable", message=result.stderr.decode("utf-8", "replace").strip()[:200])
    reading = Reading()
    text = result.stdout[:MAX_TEXT_BYTES].decode("utf-8", "replace")
    for number, page in enumerate(text.split("\f"), start=1):
        for line_number, line in enumerate(page.splitlines(), start=1):
            reading.item(Where("", "page", (("page", number), ("line", line_number))), line)
    return reading
