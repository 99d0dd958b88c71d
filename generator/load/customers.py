"""Customer lists for the archive: briefs, folders of briefs, CSV and XLSX sheets → one record per customer.

`iter_customers` streams: each input is read row by row (an XLSX `contacts` sheet is read
first, since contacts must join their customer), and every customer is yielded as soon
as it is validated. A bad record is yielded as a `RecordFailure` with located problems
(`customers.csv:7: 年采购额 (annual_value): …`); it never stops the run.

Column headers may be field paths (`name`, `basic.phone`, `account.annual_value`,
`contacts[0].name`) or the labels the archive card prints for them, in Chinese or
English (客户名称, 电话, 年采购额, 客户等级 / Customer name, Phone, …); see
`generator/i18n/labels/archive.py`, keys `field.*` and `contact.*`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
import re
import typing
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from generator.errors import BriefError, Problem
from generator.i18n.messages import msg
from generator.load.brief import is_brief_workbook, load_brief
from generator.load.problems import annotation_at, problems_from, unwrap_annotation
from generator.load.tables import TableError, csv_rows, open_workbook, sheet_rows
from generator.load.yaml_source import dotted
from generator.models.after_sale import Receivable
from generator.models.brief import Brief, Contact
from generator.models.compiled import validate
from generator.models.values import excel_serial_date, normalise_text

Loc = tuple

BRIEF_SUFFIXES = {".yaml", ".yml"}
CSV_SUFFIXES = {".csv", ".txt", ".tsv"}
XLSX_SUFFIXES = {".xlsx", ".xlsm"}
CONTACT_SHEETS = {"contacts", "联系人", "联系人表"}
RECEIVABLE_SHEETS = {"receivables", "应收账款", "回收账款", "应收"}
CUSTOMER_SHEETS = {"customers", "客户", "客户列表", "客户名单"}

_NAME_LOC: Loc = ("account", "name")
_CUSTOMER_COLUMN: Loc = ("@customer",)
_LAST_VISIT: Loc = ("@last_visit",)
_NEXT_VISIT: Loc = ("@next_visit",)
_MISSING = object()
_TRUE = {"true", "yes", "y", "1", "是", "对", "有", "✓", "√", "✔", "t"}
_FALSE = {"false", "no", "n", "0", "否", "错", "无", "没有", "✗", "✘", "×", "x", "f", ""}
_LIST_SPLIT = re.compile(r"\s*[,，、;；\n]\s*")

# Other spellings users put at the top of a customer list (besides labels and paths).
_CUSTOMER_ALIASES: dict[str, Loc] = {
    "客户": _NAME_LOC,
    "客户名": _NAME_LOC,
    "公司名称": _NAME_LOC,
    "单位名称": _NAME_LOC,
    "名称": _NAME_LOC,
    "customer": _NAME_LOC,
    "company": _NAME_LOC,
    "account": _NAME_LOC,
    "联系电话": ("account", "basic", "phone"),
    "年采购金额": ("account", "annual_value"),
    "年销售额": ("account", "annual_value"),
    "等级": ("account", "tier"),
    "客户级别": ("account", "tier"),
    "客户分级": ("account", "tier"),
    "性质": ("account", "nature"),
    "annual value": ("account", "annual_value"),
    "last_visit": _LAST_VISIT,
    "next_visit": _NEXT_VISIT,
}
_CONTACT_ALIASES: dict[str, Loc] = {
    "customer": _CUSTOMER_COLUMN,
    "客户": _CUSTOMER_COLUMN,
    "客户名": _CUSTOMER_COLUMN,
    "公司名称": _CUSTOMER_COLUMN,
    "account": _CUSTOMER_COLUMN,
    "account.name": _CUSTOMER_COLUMN,
    "联系人": ("name",),
    "联系人姓名": ("name",),
    "手机": ("phone",),
    "联系电话": ("phone",),
    "电子邮箱": ("email",),
    "内线": ("coach",),
    "向导": ("coach",),
}
_RECEIVABLE_ALIASES: dict[str, Loc] = {
    "customer": _CUSTOMER_COLUMN,
    "客户": _CUSTOMER_COLUMN,
    "客户名": _CUSTOMER_COLUMN,
    "公司名称": _CUSTOMER_COLUMN,
    "account": _CUSTOMER_COLUMN,
    "account.name": _CUSTOMER_COLUMN,
    "到期日期": ("due",),
    "金额": ("amount",),
    "已收": ("received",),
    "回款日期": ("received_on",),
}
# table → (label prefix, model of a row, other header spellings); a row of a linked sheet joins its customer.
_TABLES: dict[str, tuple[str, type, dict[str, Loc]]] = {
    "customers": ("field.", Brief, _CUSTOMER_ALIASES),
    "contacts": ("contact.", Contact, _CONTACT_ALIASES),
    "receivables": ("receivable.", Receivable, _RECEIVABLE_ALIASES),
}


@dataclass(frozen=True)
class CustomerRecord:
    """One good customer: a full, valid brief and where it came from."""

    brief: Brief
    source: str  # the input file
    line: int | None  # row (CSV/XLSX, 1-based, header included) or the YAML line of account.name


@dataclass(frozen=True)
class RecordFailure:
    """One bad record (or a bad header, or an unreadable file): reported, never fatal."""

    source: str
    line: int | None
    problems: list[Problem]


def iter_customers(inputs: Sequence[Path], *, language: str = "zh") -> Iterator[CustomerRecord | RecordFailure]:
    """Yield every customer of `inputs` (briefs, folders of briefs, CSV, XLSX) in input order.

    Rows of a sheet become briefs in `language`; a brief keeps its own. A customer whose
    name (case and width aside) was already seen fails as a duplicate; the first one stays.
    """
    seen: dict[str, tuple[str, int | None]] = {}
    for path in inputs:
        for item in _iter_input(Path(path), language):
            if isinstance(item, CustomerRecord):
                key = name_key(item.brief.account.name)
                if key in seen:
                    first = _where(*seen[key])
                    yield RecordFailure(
                        item.source,
                        item.line,
                        [
                            Problem(
                                item.source,
                                item.line,
                                None,
                                "account.name",
                                msg("reading.duplicate_customer", name=repr(item.brief.account.name), first=first),
                            )
                        ],
                    )
                    continue
                seen[key] = (item.source, item.line)
            yield item


def name_key(name: str) -> str:
    """Return the form of a customer name under which two names count as the same customer."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _where(source: str, line: int | None) -> str:
    return f"{source}:{line}" if line is not None else source


def _iter_input(path: Path, language: str) -> Iterator[CustomerRecord | RecordFailure]:
    name = str(path)
    if path.is_dir():
        found = False
        for file in sorted(
            p
            for p in path.rglob("*")
            if p.suffix.lower() in BRIEF_SUFFIXES | XLSX_SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(path).parts)
        ):
            if file.suffix.lower() in XLSX_SUFFIXES and not is_brief_workbook(file):
                continue  # a customer list in a folder of briefs is given on its own
            if _looks_like_brief(file):
                found = True
                yield _brief_record(file)
        if not found:
            yield _failure(name, None, "", msg("reading.no_briefs_in_folder"))
        return
    if not path.exists():
        yield _failure(name, None, "", msg("reading.file_not_found"))
        return
    suffix = path.suffix.lower()
    if suffix in BRIEF_SUFFIXES:
        yield _brief_record(path)
    elif suffix in CSV_SUFFIXES:
        yield from _csv_records(path, language)
    elif suffix in XLSX_SUFFIXES and is_brief_workbook(path, unreadable_is_brief=False):
        yield _brief_record(path)
    elif suffix in XLSX_SUFFIXES:
        yield from _xlsx_records(path, language)
    else:
        yield _failure(name, None, "", msg("reading.not_a_customer_list"))


def _failure(source: str, line: int | None, path: str, message: str) -> RecordFailure:
    return RecordFailure(source, line, [Problem(source, line, None, path, message)])


# --- briefs -----------------------------------------------------------------------------

# Block style (`brief: 1`) or flow style / JSON (`{"brief": 1, …`): JSON is YAML too.
_BRIEF_KEY = re.compile(r"^(brief|account)\s*:|(^|[{,])\s*[\"'](brief|account)[\"']\s*:", re.MULTILINE)


def _looks_like_brief(path: Path) -> bool:
    """Return True for a YAML file with a top-level `brief:` or `account:` (seller files are skipped), or a brief workbook."""
    if path.suffix.lower() in XLSX_SUFFIXES:
        return True
    try:
        with path.open("rb") as handle:
            head = handle.read(1 << 16).decode("utf-8", errors="replace")
    except OSError:
        return True  # let load_brief report why it can't be read
    return bool(_BRIEF_KEY.search(head))


def _brief_record(path: Path) -> CustomerRecord | RecordFailure:
    try:
        loaded = load_brief(path)
    except BriefError as exc:
        first = exc.problems[0].line if exc.problems and exc.problems[0].file == str(path) else None
        return RecordFailure(str(path), first, list(exc.problems))
    return CustomerRecord(loaded.brief, str(path), loaded.where(_NAME_LOC)[1])


# --- tables: headers → paths -------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A column of a sheet: its header as written and the brief path its cells go to."""

    index: int
    header: str
    loc: Loc
    kind: str  # text | money | bool | date | list | term


def _normal(text: str) -> str:
    return re.sub(r"[\s_\-]+", "", unicodedata.normalize("NFKC", str(text)).casefold())


@cache
def _header_table(table: str) -> dict[str, Loc]:
    """Return normalised header → path for the customers or contacts sheet (labels in both languages)."""
    from generator.i18n.labels.archive import LABELS

    out: dict[str, Loc] = {}
    prefix, _model, aliases = _TABLES[table]
    for key, pair in LABELS.items():
        if not key.startswith(prefix):
            continue
        loc = _label_loc(key[len(prefix) :], table)
        for label in pair:
            out.setdefault(_normal(label), loc)
    for alias, loc in aliases.items():
        out[_normal(alias)] = loc
    return out


def _label_loc(path: str, table: str) -> Loc:
    if table != "customers":
        return _CUSTOMER_COLUMN if path == "customer" else tuple(path.split("."))
    if path == "last_visit":
        return _LAST_VISIT
    if path == "next_visit":
        return _NEXT_VISIT
    if path.startswith("last_deal."):
        return ("account", "history", 0, path.split(".", 1)[1])
    if path.startswith("contact."):
        return ("contacts", 0, *path.split(".")[1:])
    if path == "currency":
        return ("currency",)
    return ("account", *path.split("."))


_PATH = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(\[\d+\])?(\.[A-Za-z_][A-Za-z0-9_]*(\[\d+\])?)*$")


def _parse_path(text: str, table: str) -> Loc | None:
    """Return the brief path a dotted header names (`basic.phone`, `contacts[0].name`), or None."""
    text = text.strip()
    if not _PATH.match(text):
        return None
    loc: list[Any] = []
    for part in text.split("."):
        name, _, index = part.partition("[")
        loc.append(name)
        if index:
            loc.append(int(index.rstrip("]")))
    if table != "customers":
        return tuple(loc)
    if loc[0] == "account":
        return tuple(loc)
    if loc[0] in ("currency", "contacts", "visits"):
        return tuple(loc)
    return ("account", *loc)


def _leaf_kind(model: type[BaseModel], loc: Loc) -> str | None:
    """Return how a cell for path `loc` is read (text, money, bool, date, list, term), or None if no such field."""
    current = annotation_at(model, loc)
    if current is None:
        return None
    if typing.get_origin(current) is list:
        item = unwrap_annotation(typing.get_args(current)[0])
        return "list" if not (isinstance(item, type) and issubclass(item, BaseModel)) else None
    if current is bool:
        return "bool"
    if current is dt.date:
        return "date"
    if current is Decimal:
        return "money"
    if isinstance(current, type) and issubclass(current, enum.Enum):
        return "term"
    if current in (str, int):
        return "text"
    return None


def _columns(headers: Sequence[Any], table: str, source: str, line: int) -> tuple[list[Column], list[Problem]]:
    """Return the usable columns of a header row and a problem for each unknown or repeated header."""
    lookup = _header_table(table)
    model = _TABLES[table][1]
    columns: list[Column] = []
    problems: list[Problem] = []
    taken: dict[Loc, str] = {}
    for index, raw in enumerate(headers):
        if raw is None or not str(raw).strip():
            continue
        header = str(raw).strip()
        loc = lookup.get(_normal(header)) or _parse_path(header, table)
        if loc in (_CUSTOMER_COLUMN,):
            kind: str | None = "text"
        elif loc in (_LAST_VISIT, _NEXT_VISIT):
            kind = "date"
        else:
            kind = _leaf_kind(model, loc) if loc else None
        if loc is None or kind is None:
            hint = difflib.get_close_matches(_normal(header), list(lookup), n=1, cutoff=0.6)
            problems.append(
                Problem(
                    source,
                    line,
                    None,
                    header,
                    msg(
                        "reading.unknown_column",
                        hint=msg("reading.column_hint", name=repr(_display_header(hint[0], table))) if hint else "",
                    ),
                )
            )
            continue
        if loc in taken:
            problems.append(Problem(source, line, None, header, msg("reading.same_column", other=repr(taken[loc]))))
            continue
        taken[loc] = header
        columns.append(Column(index, header, loc, kind))
    return columns, problems


def _display_header(normalised: str, table: str) -> str:
    from generator.i18n.labels.archive import LABELS

    prefix = _TABLES[table][0]
    for key, pair in LABELS.items():
        if key.startswith(prefix):
            for label in pair:
                if _normal(label) == normalised:
                    return label
    return normalised


# --- tables: cells → values --------------------------------------------------------------


def _cell(value: Any, kind: str) -> Any:
    """Return a cell value in the shape the brief's field takes, or _MISSING for an empty cell."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return _MISSING
    if isinstance(value, str):
        value = value.strip()
    if isinstance(value, float) and value.is_integer() and kind in ("text", "money", "term", "date"):
        value = int(value)
    if kind == "bool":
        if isinstance(value, bool):
            return value
        token = normalise_text(str(value)).casefold()
        if token in _TRUE:
            return True
        if token in _FALSE:
            return False
        return value
    if kind == "date":
        return _date_cell(value)
    if kind == "list":
        if isinstance(value, str):
            return [part for part in _LIST_SPLIT.split(value) if part]
        return [str(value)]
    if kind == "text":
        if isinstance(value, dt.datetime):
            return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
        if isinstance(value, dt.date):
            return value.isoformat()
        return str(value)
    return value


def _date_cell(value: Any) -> Any:
    """Return a date cell as a date, or as text the model reads (2026/9/2, 2026年9月2日 …) and words what it can't."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # A number in a date column: the cell's serial day (Excel stores dates as numbers).
        return excel_serial_date(value) or value
    return str(value)


def _put(data: dict[str, Any], loc: Loc, value: Any) -> None:
    """Set data[loc] = value, creating the mappings and list items on the way."""
    current: Any = data
    for position, part in enumerate(loc[:-1]):
        following = loc[position + 1]
        empty: Any = [] if isinstance(following, int) else {}
        if isinstance(part, int):
            while len(current) <= part:
                current.append({})
            current = current[part]
        else:
            current = current.setdefault(part, empty)
    last = loc[-1]
    if isinstance(last, int):
        while len(current) <= last:
            current.append(None)
    current[last] = value


@dataclass
class _Row:
    """A sheet row turned into brief data, with the header of every path for error messages."""

    source: str
    line: int
    data: dict[str, Any]
    headers: dict[Loc, str]
    problems: list[Problem]
    customer: str | None = None  # contacts sheet: the customer this contact belongs to


def _read_row(values: Sequence[Any], columns: list[Column], source: str, line: int, width: int) -> _Row:
    data: dict[str, Any] = {}
    headers: dict[Loc, str] = {}
    problems: list[Problem] = []
    extra = [v for v in values[width:] if v is not None and str(v).strip()]
    if extra:
        problems.append(
            Problem(source, line, None, "", msg("reading.row_too_wide", values=width + len(extra), width=width))
        )
    for column in columns:
        raw = values[column.index] if column.index < len(values) else None
        value = _cell(raw, column.kind)
        if value is _MISSING:
            continue
        loc = column.loc
        if loc in (_LAST_VISIT, _NEXT_VISIT):
            visits = data.setdefault("visits", [])
            loc = ("visits", len(visits), "date")
            visits.append({"date": value, "planned": column.loc == _NEXT_VISIT})
            headers[loc[:2]] = column.header
            headers[loc] = column.header
            continue
        _put(data, loc, value)
        headers[loc] = column.header
    return _Row(source, line, data, headers, problems)


def _brief_from_row(
    row: _Row, contacts: list[_Row], language: str, receivables: Sequence[_Row] = ()
) -> CustomerRecord | RecordFailure:
    """Return the customer of a row (with its contacts- and receivables-sheet rows), or the row's located problems."""
    data = {"brief": 1, "language": language, **row.data}
    data.setdefault("account", {})
    places: dict[str, tuple[str, int, str]] = {}
    account = data["account"] if isinstance(data["account"], dict) else {}
    owed = account.get("receivables")
    owed = list(owed) if isinstance(owed, list) else []
    for receivable_row in receivables:
        index = len(owed)
        owed.append(receivable_row.data)
        for loc, header in receivable_row.headers.items():
            row.headers[("account", "receivables", index, *loc)] = header
        places[f"account.receivables[{index}]"] = (receivable_row.source, receivable_row.line, "")
    if owed:
        account["receivables"] = owed
    row_contacts = data.get("contacts")
    listed = list(row_contacts) if isinstance(row_contacts, list) else []
    for contact_row in contacts:
        index = len(listed)
        listed.append(contact_row.data)
        for loc, header in contact_row.headers.items():
            row.headers[("contacts", index, *loc)] = header
        places[f"contacts[{index}]"] = (contact_row.source, contact_row.line, "")
    for index, contact in enumerate(listed):
        if isinstance(contact, dict) and "id" not in contact:
            contact["id"] = f"c{index + 1}"
    if listed:
        data["contacts"] = listed
    problems = list(row.problems) + [p for c in [*contacts, *receivables] for p in c.problems]
    try:
        brief = validate(Brief, data)
    except ValidationError as exc:
        problems += _row_problems(exc, row, places)
        brief = None
    if problems or brief is None:
        return RecordFailure(row.source, row.line, problems)
    return CustomerRecord(brief, row.source, row.line)


def _row_problems(exc: ValidationError, row: _Row, places: dict[str, tuple[str, int, str]]) -> list[Problem]:
    """Return the validation errors of a row as `file:row: header (path): message`."""
    shown: dict[str, tuple[str, int, str]] = {}

    def locate(loc: Loc, _key: bool) -> tuple[str, int | None, int | None]:
        loc = tuple(loc)
        source, line = row.source, row.line
        if len(loc) >= 2 and loc[0] == "contacts" and f"contacts[{loc[1]}]" in places:
            source, line, _ = places[f"contacts[{loc[1]}]"]
        if len(loc) >= 3 and loc[:2] == ("account", "receivables") and f"account.receivables[{loc[2]}]" in places:
            source, line, _ = places[f"account.receivables[{loc[2]}]"]
        header = next((row.headers[loc[:n]] for n in range(len(loc), 0, -1) if loc[:n] in row.headers), None)
        path = dotted(loc[1:] if loc and loc[0] == "account" else loc)
        if header is None:
            label = _field_label(loc)
            shown[dotted(loc)] = (
                source,
                line,
                f"{label} ({path})" if label and _normal(label) != _normal(path) else path,
            )
        else:
            shown[dotted(loc)] = (source, line, header if _normal(header) == _normal(path) else f"{header} ({path})")
        return source, line, None

    out = []
    for problem in problems_from(exc, Brief, locate):
        source, line, path = shown.get(problem.path, (problem.file, problem.line, problem.path))
        out.append(Problem(source, line, None, path, problem.message))
    return sorted(out, key=lambda p: (p.file != row.source, p.file, p.line or 0))


def _field_label(loc: Loc) -> str | None:
    from generator.i18n.labels.archive import LABELS

    if loc[:1] == ("account",):
        pair = LABELS.get("field." + ".".join(str(p) for p in loc[1:]))
        return pair[0] if pair else None
    return None


# --- CSV ----------------------------------------------------------------------------------


def _csv_records(path: Path, language: str) -> Iterator[CustomerRecord | RecordFailure]:
    source = str(path)
    try:
        yield from _table_records(csv_rows(path), source, language, contacts=None)
    except TableError as exc:
        yield _failure(source, exc.line, "", exc.args[0])


def _table_records(
    rows: Iterator[tuple[int, list[Any]]],
    source: str,
    language: str,
    contacts: dict[str, list[_Row]] | None,
    receivables: dict[str, list[_Row]] | None = None,
) -> Iterator[CustomerRecord | RecordFailure]:
    """Yield the customers of a sheet's rows (the first non-empty row is the header)."""
    header_line, headers = next(
        ((n, r) for n, r in rows if any(v is not None and str(v).strip() for v in r)), (0, None)
    )
    if headers is None:
        yield _failure(source, None, "", msg("reading.sheet_empty"))
        return
    columns, problems = _columns(headers, "customers", source, header_line)
    width = max((i + 1 for i, h in enumerate(headers) if h is not None and str(h).strip()), default=0)
    if not any(c.loc == _NAME_LOC for c in columns):
        problems.append(Problem(source, header_line, None, "", msg("reading.no_name_column")))
        yield RecordFailure(source, header_line, problems)
        return
    if problems:
        yield RecordFailure(source, header_line, problems)
    name_index = next(c.index for c in columns if c.loc == _NAME_LOC)
    for line, values in rows:
        if not any(v is not None and str(v).strip() for v in values):
            continue
        row = _read_row(values, columns, source, line, width)
        name = values[name_index] if name_index < len(values) else None
        joined = contacts.pop(name_key(str(name)), []) if contacts is not None and name is not None else []
        owed = receivables.pop(name_key(str(name)), []) if receivables is not None and name is not None else []
        yield _brief_from_row(row, joined, language, owed)


# --- XLSX ---------------------------------------------------------------------------------


def _xlsx_records(path: Path, language: str) -> Iterator[CustomerRecord | RecordFailure]:
    source = str(path)
    try:
        workbook = open_workbook(path)
    except TableError as exc:
        yield _failure(source, None, "", exc.args[0])
        return
    try:
        names = workbook.sheetnames
        contact_name = next((n for n in names if _normal(n) in CONTACT_SHEETS), None)
        receivable_name = next((n for n in names if _normal(n) in RECEIVABLE_SHEETS), None)
        customer_name = next(
            (n for n in names if _normal(n) in CUSTOMER_SHEETS),
            next((n for n in names if n not in (contact_name, receivable_name)), None),
        )
        if customer_name is None:
            yield _failure(source, None, "", msg("reading.no_customer_sheet"))
            return
        contacts: dict[str, list[_Row]] = {}
        failures: list[RecordFailure] = []
        if contact_name is not None:
            contact_source = f"{source}[{contact_name}]"
            try:
                contacts, failures = _contact_rows(workbook[contact_name], contact_source)
            except TableError as exc:
                failures = [_failure(contact_source, exc.line, "", exc.args[0])]
        yield from failures
        receivables: dict[str, list[_Row]] = {}
        if receivable_name is not None:
            receivable_source = f"{source}[{receivable_name}]"
            try:
                receivables, failures = _contact_rows(workbook[receivable_name], receivable_source, "receivables")
            except TableError as exc:
                failures = [_failure(receivable_source, exc.line, "", str(exc))]
            yield from failures
        try:
            yield from _table_records(sheet_rows(workbook[customer_name]), source, language, contacts, receivables)
        except TableError as exc:
            yield _failure(source, exc.line, "", exc.args[0])
            return
        for what, left in (("contact", contacts), ("receivable", receivables)):
            for rows_left in left.values():
                for row in rows_left:
                    yield _failure(
                        row.source,
                        row.line,
                        "customer",
                        msg(f"reading.{what}_without_customer", name=repr(row.customer), sheet=repr(customer_name)),
                    )
    finally:
        workbook.close()


def _contact_rows(
    sheet: Any, source: str, table: str = "contacts"
) -> tuple[dict[str, list[_Row]], list[RecordFailure]]:
    """Return the rows of a linked sheet (`contacts`, `receivables`) grouped by customer-name key, and the
    problems of its header."""
    rows = sheet_rows(sheet)
    header_line, headers = next(
        ((n, r) for n, r in rows if any(v is not None and str(v).strip() for v in r)), (0, None)
    )
    if headers is None:
        return {}, []
    columns, problems = _columns(headers, table, source, header_line)
    failures = [RecordFailure(source, header_line, problems)] if problems else []
    if not any(c.loc == _CUSTOMER_COLUMN for c in columns):
        failures.append(
            _failure(
                source,
                header_line,
                "",
                msg("reading.no_customer_column" if table == "contacts" else "reading.no_customer_column_rows"),
            )
        )
        return {}, failures
    width = max((i + 1 for i, h in enumerate(headers) if h is not None and str(h).strip()), default=0)
    grouped: dict[str, list[_Row]] = {}
    for line, values in rows:
        if not any(v is not None and str(v).strip() for v in values):
            continue
        row = _read_row(values, columns, source, line, width)
        customer = row.data.pop("@customer", None)
        customer_header = row.headers.pop(_CUSTOMER_COLUMN, "customer")
        if customer is None:
            failures.append(
                _failure(
                    source,
                    line,
                    customer_header,
                    msg(
                        "reading.contact_customer_required" if table == "contacts" else "reading.row_customer_required"
                    ),
                )
            )
            continue
        row.customer = str(customer)
        grouped.setdefault(name_key(str(customer)), []).append(row)
    return grouped, failures
