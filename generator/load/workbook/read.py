"""Read a brief workbook into the plain data the YAML reader gives, with the cell of every value.

Bounded and safe like every reader: the package is checked first (tables.check_workbook: size,
zip-bomb ratio, DOCTYPE), sheets are read row by row; a formula's cached value is read and
never evaluated, and a formula without one is a located problem.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from generator.errors import BriefError, Problem
from generator.i18n import Texts
from generator.i18n.messages import msg
from generator.load.workbook.cells import (
    field_label,
    is_json,
    row_label,
    sheet_title,
    unescape_text,
)
from generator.load.workbook.layout import MARKER, SELLER_FILE, Field_, Sheet, layout
from generator.load.yaml_source import Loc

_ERROR_VALUES = {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
_TRUE = {"是", "对", "有", "√", "✓", "✔", "y", "yes", "true", "t", "1"}
_FALSE = {"否", "不", "不是", "无", "没有", "×", "✗", "n", "no", "false", "f", "0"}
_DOTTED_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")
_MONTH_DAY_HINT = "MM-DD"


@dataclass
class CellLocations:
    """Where each value of a brief workbook stands: file and "sheet!cell" per data path."""

    file: str
    cells: dict[Loc, str] = field(default_factory=dict)
    columns: dict[Loc, tuple[str, str]] = field(default_factory=dict)  # loc → (sheet, column label) to fill
    required: dict[Loc, str | None] = field(default_factory=dict)  # a required field → its cell, if its row is there
    values: dict[Loc, Any] = field(default_factory=dict)  # grafted YAML locations (a seller file)
    keys: dict[Loc, Any] = field(default_factory=dict)

    def of(self, loc: Loc, *, key: bool = False) -> tuple[str, int | None, int | None]:
        """Return (file, line, column) of `loc`: a grafted file's position, else the workbook (its cell: `cell_of`)."""
        probe = tuple(loc)
        while probe:
            if probe in self.values:
                return self.values[probe]
            if probe in self.cells:
                return self.file, None, None
            probe = probe[:-1]
        return self.file, None, None

    def cell_of(self, loc: Loc) -> str | None:
        """Return "sheet!cell" of `loc` or of its nearest located ancestor, None when it is in a grafted file."""
        probe = tuple(loc)
        while probe:
            if probe in self.values:
                return None
            if probe in self.cells:
                return self.cells[probe]
            probe = probe[:-1]
        return None

    def graft(self, prefix: Loc, other: Any) -> None:
        """Place a YAML file's locations under `prefix` (a seller file under "seller")."""
        for loc, where in other.values.items():
            self.values[prefix + loc] = where
        for loc, where in other.keys.items():
            self.keys[prefix + loc] = where

    def locate(self, problem: Problem) -> Problem:
        """Return `problem` with its cell, and a missing field's message naming the sheet and column to fill."""
        if problem.file != self.file or problem.cell is not None:
            return problem
        loc = parse_dotted(problem.path)
        cell = self.cell_of(loc) if problem.path else None
        message = problem.message
        if message in ("required", "必填") and loc not in self.columns:
            # a whole part is missing: point at the first required field in it
            inner = next((k for k in self.required if k[: len(loc)] == loc and len(k) > len(loc)), None)
            if inner is not None:
                loc, cell = inner, self.required[inner] or cell
                problem = replace(problem, path=_dotted(loc))
        if message in ("required", "必填") and loc in self.columns:
            sheet, column = self.columns[loc]
            message = msg("brief.fill_in", sheet=sheet, column=column)
        return replace(problem, cell=cell, message=message)


def parse_dotted(path: str) -> Loc:
    """Return the data path of a dotted path as problems print it: a.b[2].c → ("a", "b", 2, "c")."""
    return tuple(int(m.group(2)) if m.group(2) else m.group(1) for m in _DOTTED_PART.finditer(path))


def workbook_language(book: Any) -> str | None:
    """Return the language kam wrote the workbook in (its `kam-language` property), or None."""
    props = getattr(book, "custom_doc_props", None)
    for prop in props or ():
        if prop.name == "kam-language" and prop.value in ("zh", "en"):
            return prop.value
    return None


def has_marker(book: Any) -> bool:
    """Return True when the workbook carries kam's brief marker (a custom document property)."""
    return any(prop.name == MARKER for prop in (getattr(book, "custom_doc_props", None) or ()))


def _titles() -> dict[str, Sheet]:
    """Return every sheet title kam writes (both languages) → its layout sheet."""
    out: dict[str, Sheet] = {}
    for language in ("zh", "en"):
        texts = Texts(language)
        for sheet in layout():
            out[sheet_title(texts, sheet)] = sheet
    return out


def looks_like_brief_sheets(titles: list[str]) -> bool:
    """Return True when a workbook without the marker has the brief's first sheets (简报 and 客户, or Brief and Account)."""
    known = _titles()
    names = {known[t].name for t in titles if t in known}
    return {"brief", "account"} <= names


def read_workbook(path: Path) -> tuple[dict[str, Any], CellLocations, list[Problem], str]:
    """Return (data, locations, warnings, language) of the brief workbook at `path`; raise BriefError if unreadable.

    Every cell problem (a formula without a value, an error value, bad JSON) is raised at once.
    """
    from generator.load.tables import TableError, open_workbook, sheet_rows

    name = str(path)
    try:
        book = open_workbook(path)
        formulas = _formula_book(path)
    except TableError as exc:
        raise BriefError([Problem(name, None, None, "", str(exc))]) from None
    language = workbook_language(book) or "zh"
    texts = Texts(language)
    titles = _titles()
    data: dict[str, Any] = {}
    locations = CellLocations(name)
    problems: list[Problem] = []
    warnings: list[Problem] = []
    try:
        for index, worksheet in enumerate(book.worksheets):
            sheet = titles.get(worksheet.title)
            if sheet is None:
                if index == 0 or worksheet.title in (
                    Texts("zh").t("brief.sheet_instructions"),
                    Texts("en").t("brief.sheet_instructions"),
                ):
                    continue
                hint = difflib.get_close_matches(worksheet.title, list(titles), n=1, cutoff=0.5)
                warnings.append(
                    Problem(
                        name,
                        None,
                        None,
                        "",
                        msg(
                            "brief.unknown_sheet_hint" if hint else "brief.unknown_sheet",
                            sheet=worksheet.title,
                            hint=hint[0] if hint else "",
                        ),
                        cell=f"{worksheet.title}!A1",
                    )
                )
                continue
            rows = list(sheet_rows(worksheet))
            formula_cells = _formula_cells(formulas, worksheet.title)
            reader = _SheetReader(
                name, worksheet.title, sheet, texts, data, locations, problems, warnings, formula_cells
            )
            if sheet.table is None:
                reader.form(rows)
            else:
                reader.table(rows)
    except TableError as exc:
        raise BriefError([Problem(name, exc.line, None, "", str(exc))]) from None
    finally:
        book.close()
        if formulas is not None:
            formulas.close()
    if problems:
        raise BriefError(problems, language=language)  # worded in the workbook's language unless --lang
    return data, locations, warnings, language


def _formula_book(path: Path) -> Any:
    """Return the workbook read with formulas (to tell a formula without a cached value from an empty cell)."""
    from openpyxl import load_workbook

    try:
        return load_workbook(path, read_only=True, data_only=False)
    except Exception:  # the cached-value read already succeeded; without formulas, none is reported
        return None


def _formula_cells(book: Any, title: str) -> set[tuple[int, int]]:
    """Return (row, column) of every formula cell of a sheet."""
    from generator.load.tables import sheet_rows

    if book is None or title not in book.sheetnames:
        return set()
    found = set()
    for number, row in sheet_rows(book[title]):
        for column, value in enumerate(row, start=1):
            if isinstance(value, str) and value.startswith("="):
                found.add((number, column))
    return found


def _set(data: dict[str, Any], loc: Loc, value: Any) -> None:
    """Set `value` at `loc` in nested data, making the mappings and lists on the way."""
    current: Any = data
    for part, following in zip(loc, loc[1:]):
        if isinstance(part, int):
            while len(current) <= part:
                current.append({})
            current = current[part]
            continue
        if part not in current or not isinstance(current[part], (dict, list)):
            current[part] = [] if isinstance(following, int) else {}
        current = current[part]
    last = loc[-1]
    if isinstance(last, int):
        while len(current) <= last:
            current.append(None)
    current[last] = value


def _column_letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(column)


@dataclass
class _SheetReader:
    file: str
    title: str
    sheet: Sheet
    texts: Texts
    data: dict[str, Any]
    locations: CellLocations
    problems: list[Problem]
    warnings: list[Problem]
    formula_cells: set[tuple[int, int]]

    def cell(self, row: int, column: int) -> str:
        return f"{self.title}!{_column_letter(column)}{row}"

    def form(self, rows: list[tuple[int, list[Any]]]) -> None:
        """Read a form sheet: one field a row, its key in column C (else its label in column A), its value in B."""
        by_key = {item.key: item for item in self.sheet.fields}
        by_label = {
            row_label(t, self.sheet, item): item for t in (Texts("zh"), Texts("en")) for item in self.sheet.fields
        }
        for known in self.sheet.fields:
            self.locations.columns[known.path] = (self.title, row_label(self.texts, self.sheet, known))
        for number, cells in rows:  # every row's cell, filled or not: a missing required field is located too
            key = cells[2] if len(cells) > 2 else None
            item = by_key.get(str(key).strip()) if isinstance(key, str) else None
            if item is not None:
                self.locations.cells.setdefault(item.path, self.cell(number, 2))
                if item.required:
                    self.locations.required.setdefault(item.path, self.cell(number, 2))
        heads = {self.texts.t("brief.column_label"), self.texts.t("brief.column_key"), "项目", "Item", "字段", "Field"}
        for number, cells in rows:
            cells = cells + [None] * 3
            label, value, key = cells[0], cells[1], cells[2]
            item = by_key.get(str(key).strip()) if isinstance(key, str) else None
            if item is None and isinstance(label, str):
                item = by_label.get(label.strip())
            if item is None:
                if number <= 2 or label in heads or key in heads or (value is None and key is None):
                    continue
                if value is not None:
                    self.unknown(number, 1, str(key or label), list(by_key) + list(by_label))
                continue
            loc = item.path
            self.locations.cells.setdefault(loc, self.cell(number, 2))
            self.store(loc, item, value, number, 2)

    def table(self, rows: list[tuple[int, list[Any]]]) -> None:
        """Read a table sheet: a row of field keys (or of labels, in a hand-made sheet), then one record a row."""
        assert self.sheet.table is not None
        by_key = {item.key: item for item in self.sheet.fields}
        labels = {}
        for t in (Texts("zh"), Texts("en")):
            for item in self.sheet.fields:
                labels[_table_label(t, self.sheet, item)] = item
        columns, start = _header(rows, by_key)
        if start is None:
            columns, start = _header(rows, labels)
        for item in self.sheet.fields:
            self.locations.columns[self.sheet.table + item.path] = (
                self.title,
                _table_label(self.texts, self.sheet, item),
            )
        if start is None:
            if any(number > 3 for number, _ in rows):
                self.warnings.append(
                    Problem(
                        self.file,
                        None,
                        None,
                        ".".join(self.sheet.table),
                        msg("brief.unknown_column", column="?"),
                        cell=f"{self.title}!A1",
                    )
                )
            return
        header = next(cells for number, cells in rows if number == start)
        for column, text in enumerate(header, start=1):
            if column not in columns and isinstance(text, str) and text.strip():
                self.unknown(start, column, text.strip(), list(by_key))
        count = 0
        for number, cells in rows:
            if number <= start:
                continue
            present = [(c, cells[c - 1]) for c in columns if c - 1 < len(cells) and not _blank(cells[c - 1])]
            present += [
                (c, None)
                for c in columns
                if (number, c) in self.formula_cells and (c - 1 >= len(cells) or cells[c - 1] is None)
            ]
            if not present:
                continue
            base = self.sheet.table + (count,)
            _set(self.data, base, {})
            self.locations.cells[base] = self.cell(number, min(columns))
            for column, item in columns.items():
                loc = base + item.path
                self.locations.cells[loc] = self.cell(number, column)
                self.locations.columns[loc] = (self.title, _table_label(self.texts, self.sheet, item))
            for column, value in present:
                self.store(base + columns[column].path, columns[column], value, number, column)
            count += 1
        if count:
            self.locations.cells.setdefault(self.sheet.table, self.cell(start + 1, min(columns)))

    def unknown(self, row: int, column: int, text: str, known: list[str]) -> None:
        hint = difflib.get_close_matches(text, known, n=1, cutoff=0.6)
        self.warnings.append(
            Problem(
                self.file,
                None,
                None,
                "",
                msg(
                    "brief.unknown_column_hint" if hint else "brief.unknown_column",
                    column=text,
                    hint=hint[0] if hint else "",
                ),
                cell=self.cell(row, column),
            )
        )

    def store(self, loc: Loc, item: Field_, value: Any, row: int, column: int) -> None:
        """Convert a cell's value to what the brief means by it and set it at `loc` (problems noted in place)."""
        where = self.cell(row, column)
        if value is None and (row, column) in self.formula_cells:
            self.problems.append(
                Problem(self.file, None, None, _dotted(loc), msg("brief.formula_no_value"), cell=where)
            )
            return
        if _blank(value):
            return
        if isinstance(value, str) and value.strip() in _ERROR_VALUES:
            self.problems.append(
                Problem(
                    self.file,
                    None,
                    None,
                    _dotted(loc),
                    msg("brief.bad_error_cell", value=value.strip()),
                    cell=where,
                )
            )
            return
        try:
            converted = convert(item, value)
        except ValueError as exc:
            self.problems.append(
                Problem(self.file, None, None, _dotted(loc), msg("brief.bad_json", detail=str(exc)), cell=where)
            )
            return
        if item.path == SELLER_FILE and loc == SELLER_FILE:
            if isinstance(self.data.get("seller"), dict):
                return  # the seller sheet's own values win over a file name
            self.data["seller"] = converted
            return
        if loc[:1] == ("seller",) and isinstance(self.data.get("seller"), str):
            self.data["seller"] = {}
        _set(self.data, loc, converted)


def _header(rows: list[tuple[int, list[Any]]], names: dict[str, Field_]) -> tuple[dict[int, Field_], int | None]:
    """Return (column → field, row number) of the first of the top rows naming fields, else ({}, None)."""
    for number, cells in rows[:6]:
        found = {i: names[c.strip()] for i, c in enumerate(cells, start=1) if isinstance(c, str) and c.strip() in names}
        if found:
            return found, number
    return {}, None


def _table_label(texts: Texts, sheet: Sheet, item: Field_) -> str:
    assert sheet.table is not None
    if len(item.path) == 1:
        return field_label(texts, sheet.table + item.path)
    return f"{field_label(texts, sheet.table + item.path[:-1])} · {field_label(texts, sheet.table + item.path)}"


def _dotted(loc: Loc) -> str:
    from generator.load.yaml_source import dotted

    return dotted(loc)


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n") if line.strip()]


def convert(item: Field_, value: Any) -> Any:
    """Return a cell's value as the brief means it for `item`'s kind (raise ValueError for bad JSON).

    A spreadsheet program may have turned what the rep typed into a number or a date: a phone
    number read back as 13800000000.0 is the text 13800000000, `01-01` read as a date is 01-01.
    """
    kind = item.kind
    if isinstance(value, str):
        value = unescape_text(value)
    if kind == "json":
        return _json(value)
    if kind in ("texts", "terms"):
        return _list(item, value)
    if kind in ("text", "term"):
        return _as_text(item, value) if kind == "text" else value
    return _scalar(kind, value)


def _json(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return json.loads(value)
        except json.JSONDecodeError as exc:
            raise ValueError(str(exc)) from None
    return value


def _list(item: Field_, value: Any) -> Any:
    """Return a list cell as its items: one a line, or the JSON list kam wrote for items holding line breaks."""
    if not isinstance(value, str):
        return [_as_text(item, value)]
    if is_json(value.strip()):
        try:
            parsed = json.loads(value)
        except json.JSONDecodeError:
            parsed = None
        if isinstance(parsed, list):
            return parsed
    return _lines(value)


def _scalar(kind: str, value: Any) -> Any:
    """Return a yes/no, date or whole-number cell as the brief means it (anything else as it is, for validation)."""
    if kind == "bool":
        if isinstance(value, str):
            word = value.strip().lower()
            if word in _TRUE:
                return True
            if word in _FALSE:
                return False
        if isinstance(value, (int, float)) and not isinstance(value, bool) and value in (0, 1):
            return bool(value)
        return value
    if kind == "date":
        if isinstance(value, dt.datetime):
            return value.date()
        return value
    if kind == "int" and isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _as_text(item: Field_, value: Any) -> Any:
    """Return a number or date a spreadsheet made of typed text as that text again."""
    if isinstance(value, (bool, str)):
        return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, (dt.datetime, dt.date)):
        if _MONTH_DAY_HINT in item.description and "YYYY" not in item.description:
            return value.strftime("%m-%d")
        day = value.date() if isinstance(value, dt.datetime) else value
        return day.isoformat()
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    return value
