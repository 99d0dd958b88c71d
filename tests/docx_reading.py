"""Read a saved .docx back the way a reader sees it (used by the proposal tests)."""

from __future__ import annotations

import io
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import docx
from docx.oxml.ns import qn


def open_docx(data: bytes | Path):
    """Return the python-docx Document of `data` (bytes or a path)."""
    return docx.Document(io.BytesIO(data) if isinstance(data, bytes) else str(data))


def headings(document, level: int | None = None) -> list[str]:
    """Return the texts of the Heading paragraphs, in order (optionally one level only)."""
    found = []
    for paragraph in document.paragraphs:
        name = paragraph.style.name if paragraph.style is not None else ""
        if name.startswith("Heading ") and (level is None or name == f"Heading {level}"):
            found.append(paragraph.text)
    return found


def table_rows(table) -> list[list[str]]:
    """Return a table's rows as lists of distinct cell texts (merged cells once)."""
    rows = []
    for row in table.rows:
        texts, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            texts.append(cell.text)
        rows.append(texts)
    return rows


def all_text(data: bytes) -> str:
    """Return the text of every XML part of an OOXML package (body, headers, properties, embedded workbooks…)."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        for name in package.namelist():
            blob = package.read(name)
            if name.endswith(".xlsx"):  # a chart's data workbook
                with zipfile.ZipFile(io.BytesIO(blob)) as workbook:
                    out += [workbook.read(n).decode("utf-8", "replace") for n in workbook.namelist()]
            elif name.endswith((".xml", ".rels")):
                out.append(blob.decode("utf-8", "replace"))
    return "\n".join(out)


def money_value(text: str) -> Decimal:
    """Return the amount in a money cell such as '¥2,166,000.00' or '−$64,000.00'."""
    sign = -1 if text.strip().startswith(("−", "-")) else 1
    return sign * Decimal(re.sub(r"[^\d.]", "", text))


def runs_with_text(document):
    """Yield every w:r element holding text in the body, headers and footers."""
    parts = [document.element.body]
    for section in document.sections:
        for part in (section.header, section.footer, section.first_page_header, section.first_page_footer):
            if not part.is_linked_to_previous:
                parts.append(part._element)
    for part in parts:
        for run in part.iter(qn("w:r")):
            if run.find(qn("w:t")) is not None and (run.find(qn("w:t")).text or "").strip():
                yield run
