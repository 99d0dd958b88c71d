"""Read a .xlsx back: every cell's text by sheet!cell, hidden sheets, rows and columns, cell comments."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from generator.preflight.items import Reading, Where
from generator.preflight.package import Package, PackageError
from generator.preflight.properties import read_properties

S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_REF = re.compile(r"^([A-Z]+)(\d+)$")


def s(tag: str) -> str:
    """Return the Clark name of a SpreadsheetML element."""
    return f"{{{S}}}{tag}"


@dataclass(frozen=True)
class Cell:
    """One non-empty cell: its sheet, reference (A1), text as stored and whether a reader can't see it."""

    sheet: str
    ref: str
    text: str
    number: bool
    hidden_by: str  # "" when visible; else "sheet:", "row:7" or "column:C"
    part: str

    @property
    def hidden(self) -> bool:
        """Return True when a reader of the sheet can't see the cell."""
        return bool(self.hidden_by)


def read_xlsx(package: Package) -> Reading:
    """Return every cell, hidden content and comment of a workbook as items and marks."""
    reading = Reading()
    workbook = _workbook_part(package)
    if workbook is None or package.xml(workbook).tag != s("workbook"):
        raise PackageError("not_office", part=workbook or "xl/workbook.xml", kind="Excel")
    hidden: dict[tuple[str, str], list[Cell]] = {}  # (sheet, what hides it) → its cells
    for cell in workbook_cells(package):
        where = Where(cell.part, "sheet_cell", (("cell", f"{cell.sheet}!{cell.ref}"),))
        if cell.hidden:
            reading.item(where.with_state("hidden"), cell.text)
            hidden.setdefault((cell.sheet, cell.hidden_by), []).append(cell)
        else:
            reading.item(where, cell.text)
    for (sheet, hidden_by), cells in hidden.items():
        kind, _, name = hidden_by.partition(":")
        where = Where(cells[0].part, f"hidden_{kind}", (("sheet", sheet), ("name", name)), "hidden")
        reading.mark("hidden-text", where, "; ".join(f"{c.ref} {c.text}" for c in cells[:8]))
    for sheet, part, _state in sheets(package):
        for comments in package.related(part, "comments"):
            if package.has(comments):
                for comment in package.xml(comments).iter(s("comment")):
                    where = Where(comments, "sheet_comment", (("cell", f"{sheet}!{comment.get('ref', '')}"),))
                    text = "".join(t.text or "" for t in comment.iter(s("t")))
                    reading.item(where, text)
                    reading.mark("comment", where, text)
    read_properties(reading, package)
    return reading


def sheets(package: Package) -> list[tuple[str, str, str]]:
    """Return (name, part, state) of each worksheet in workbook order."""
    workbook = _workbook_part(package)
    if workbook is None:
        return []
    targets = {rel.id: rel.target for rel in package.relationships(workbook) if not rel.external}
    out = []
    for sheet in package.xml(workbook).iter(s("sheet")):
        part = targets.get(sheet.get(f"{{{R}}}id", ""))
        if part and package.has(part):
            out.append((sheet.get("name", ""), part, sheet.get("state", "visible")))
    return out


def workbook_cells(package: Package) -> Iterator[Cell]:
    """Yield every non-empty cell of the workbook, sheet by sheet, row by row."""
    workbook = _workbook_part(package)
    if workbook is None:
        return
    strings = _shared_strings(package, workbook)
    for name, part, state in sheets(package):
        root = package.xml(part)
        hidden_columns = _hidden_columns(root)
        sheet_hidden = state in ("hidden", "veryHidden")
        for row_number, row in enumerate(root.iter(s("row")), start=1):
            row_number = int(row.get("r", row_number))
            row_hidden = row.get("hidden") in ("1", "true")
            for column_number, cell in enumerate(row.iter(s("c")), start=1):
                ref = cell.get("r") or f"{column_letters(column_number)}{row_number}"
                text, number = _cell_text(cell, strings)
                if not text.strip():
                    continue
                match = _REF.match(ref)
                column_hidden = match is not None and column_index(match[1]) in hidden_columns
                hidden_by = (
                    "sheet:"
                    if sheet_hidden
                    else f"row:{row_number}"
                    if row_hidden
                    else f"column:{match[1]}"
                    if column_hidden and match
                    else ""
                )
                yield Cell(name, ref, text, number, hidden_by, part)


def _workbook_part(package: Package) -> str | None:
    for rel in package.relationships(""):
        if rel.type == "officeDocument" and package.has(rel.target):
            return rel.target
    return "xl/workbook.xml" if package.has("xl/workbook.xml") else None


def _shared_strings(package: Package, workbook: str) -> list[str]:
    for part in package.related(workbook, "sharedStrings"):
        if package.has(part):
            return [_string_item(item) for item in package.xml(part).iter(s("si"))]
    return []


def _string_item(item: Any) -> str:
    """Return the text of a shared or inline string, phonetic runs (rPh) left out."""
    return "".join(t.text or "" for t in item.iter(s("t")) if t.getparent().tag != s("rPh"))


def _cell_text(cell: Any, strings: list[str]) -> tuple[str, bool]:
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(s("is"))
        return (_string_item(inline) if inline is not None else ""), False
    value = cell.find(s("v"))
    text = (value.text or "") if value is not None else ""
    if kind == "s":
        try:
            return strings[int(text)], False
        except (ValueError, IndexError):
            return "", False
    return text, kind == "n"


def _hidden_columns(root: Any) -> set[int]:
    hidden: set[int] = set()
    for column in root.iter(s("col")):
        if column.get("hidden") in ("1", "true"):
            try:
                low, high = int(column.get("min", 0)), int(column.get("max", 0))
            except ValueError:
                continue
            hidden.update(range(low, min(high, low + 16384) + 1))
    return hidden


def column_letters(index: int) -> str:
    """Return the column letters of a 1-based column number (1 → A, 28 → AB)."""
    out = ""
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


def column_index(letters: str) -> int:
    """Return the 1-based column number of column letters (A → 1)."""
    out = 0
    for char in letters:
        out = out * 26 + ord(char) - 64
    return out
