"""How a brief's values are written into workbook cells and read back, and what each cell is called."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

from generator.i18n import Texts
from generator.load.workbook.layout import Field_, Sheet

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")
_ESCAPED = re.compile(r"_x(000[0-8BCDEF]|001[0-9A-F]|FFF[EF])_")
TEXT_FORMAT = "@"
DATE_FORMAT = "yyyy-mm-dd"
RATE_FORMAT = "0.##%"


def field_label(texts: Texts, full: tuple[str, ...]) -> str:
    """Return a field's name in the workbook's language: the most specific label the catalogue has."""
    names = [p for p in full if p not in ("zh", "en")]
    for start in range(len(names)):
        key = "brief.field_" + ".".join(names[start:])
        try:
            own = texts.t(key)
            break
        except KeyError:
            continue
    else:
        own = full[-1].replace("_", " ")
    language = next((p for p in full if p in ("zh", "en")), None)
    return f"{own} ({language})" if language else own


def row_label(texts: Texts, sheet: Sheet, item: Field_) -> str:
    """Return the label of a form row: its parents' labels before its own where the sheet holds several parts."""
    parts = [p for p in item.full if p not in ("zh", "en")]
    own = field_label(texts, item.full)
    if len(parts) <= 2 or sheet.name == "brief":
        return own
    parent = field_label(texts, item.full[:-1])
    return f"{parent} · {own}"


def sheet_title(texts: Texts, sheet: Sheet) -> str:
    """Return a sheet's tab name in the workbook's language (Excel allows 31 characters)."""
    try:
        return texts.t(f"brief.sheet_{sheet.name}")[:31]
    except KeyError:
        return field_label(texts, sheet.table or (sheet.name,))[:31]


def choices(texts: Texts, item: Field_) -> list[str]:
    """Return the words a dropdown offers for an enumeration or a yes/no field, in the workbook's language."""
    if item.kind == "bool":
        return [texts.t("brief.yes"), texts.t("brief.no")]
    if item.term is None:
        return []
    return [choice_word(texts.language, member) for member in item.term]


def choice_word(language: str, member: Any) -> str:
    """Return the dropdown's word for an enumeration member (its Chinese term, or its value in words)."""
    synonyms = getattr(member, "_synonyms", ())
    if language == "zh" and synonyms:
        return synonyms[0]
    return str(member.value).replace("_", " ")


def escape_text(text: str) -> str:
    """Return text with the characters a spreadsheet cannot hold as OOXML's `_xHHHH_` escapes."""
    return _ILLEGAL.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def unescape_text(text: str) -> str:
    """Return text with `_xHHHH_` escapes of control characters decoded (Excel writes them too)."""
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text)


def to_cell(texts: Texts, item: Field_, value: Any) -> tuple[Any, str]:
    """Return (cell value, number format) for a brief value of `item`'s kind."""
    if value is None:
        return None, _format(item)
    kind = item.kind
    if kind == "bool" and isinstance(value, bool):
        return texts.t("brief.yes" if value else "brief.no"), TEXT_FORMAT
    if kind == "term" and item.term is not None and isinstance(value, str):
        try:
            value = item.term(value)
        except ValueError:
            return escape_text(value), TEXT_FORMAT
    if kind == "terms" and item.term is not None and isinstance(value, list):
        with contextlib.suppress(ValueError):
            value = [item.term(v) for v in value]
    if kind in ("term",) and hasattr(value, "value"):
        return choice_word(texts.language, value), TEXT_FORMAT
    if kind == "terms" and isinstance(value, list):
        return "\n".join(choice_word(texts.language, v) if hasattr(v, "value") else str(v) for v in value), TEXT_FORMAT
    if (
        kind == "texts"
        and isinstance(value, list)
        and all(isinstance(v, str) and "\n" not in v and "\r" not in v and v == v.strip() and v for v in value)
        and not (value and is_json(value[0]))
    ):
        return escape_text("\n".join(value)), TEXT_FORMAT
    if kind == "date" and isinstance(value, dt.date):
        return value, DATE_FORMAT
    if kind in ("money", "rate") and isinstance(value, Decimal):
        as_float = float(value)
        if Decimal(repr(as_float)) == value and abs(as_float) < 1e15:
            number: Any = int(value) if value == value.to_integral_value() else as_float
            return number, (RATE_FORMAT if kind == "rate" else "General")
        return str(value), TEXT_FORMAT
    if kind == "int" and isinstance(value, int) and not isinstance(value, bool):
        return value, "0"
    if kind in ("text",) and isinstance(value, str):
        return escape_text(value), TEXT_FORMAT
    # Anything else (a list holding line breaks, records inside a record): JSON, which is YAML too.
    return escape_text(json.dumps(value, ensure_ascii=False, default=str)), TEXT_FORMAT


def _format(item: Field_) -> str:
    return {"date": DATE_FORMAT, "rate": RATE_FORMAT, "money": "General", "int": "0"}.get(item.kind, TEXT_FORMAT)


def is_json(text: str) -> bool:
    """Return True when a list cell holds JSON (written for values one item a line cannot hold)."""
    return text.startswith(("[", "{", '"'))
