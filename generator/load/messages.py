"""The messages of the reading layer (files → YAML nodes, sheet rows): one function each, in English.

Kept in one place so that each message is written once and can move into the i18n catalogue
as a unit. Each function returns the text that follows `file:line:col: path:`.
"""

from __future__ import annotations

import calendar

from generator.load.limits import MB


def size_text(size: int) -> str:
    """Return a byte count as a reader says it: 12 bytes, 34 KB, 5.6 MB."""
    if size < 1024:
        return f"{size} bytes"
    if size < MB:
        return f"{size / 1024:.0f} KB"
    return f"{size / MB:.1f} MB".replace(".0 MB", " MB")


# --- files ------------------------------------------------------------------------------

def file_not_found() -> str:
    return "file not found"


def is_a_folder() -> str:
    return "is a folder, not a file"


def cannot_read(reason: str) -> str:
    return f"cannot read: {reason}"


def not_a_regular_file(kind: str) -> str:
    return f"is a {kind}, not an ordinary file; kam reads only ordinary files"


def file_too_large(size: int, limit: int, what: str) -> str:
    return f"is {size_text(size)}; {what} may be at most {size_text(limit)}"


def file_empty() -> str:
    return "file is empty"


def not_utf8(byte: int) -> str:
    return f"not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8"


# --- YAML -------------------------------------------------------------------------------

def yaml_syntax(reason: str) -> str:
    return f"YAML syntax: {reason}"


def forbidden_character(codepoint: int) -> str:
    return (f"YAML syntax: character U+{codepoint:04X} is not allowed in YAML; "
            "write it as an escape in a double-quoted string")


def more_forbidden_characters(count: int) -> str:
    return f"YAML syntax: {count} more characters that YAML does not allow"


def tag_not_allowed(tag: str) -> str:
    return f"YAML tag {tag!r} is not allowed; write plain values"


def value_does_not_match_tag(text: str, tag: str) -> str:
    return f"{text!r} does not match its YAML tag {tag!r}"


def duplicate_key(key: str, first_line: int) -> str:
    return f"YAML syntax: duplicate key {key!r} (first at line {first_line}); a key may appear only once"


def key_not_text() -> str:
    return "YAML syntax: a key must be plain text, not a list or a mapping"


def too_deep(limit: int) -> str:
    return f"lists or mappings are nested too deeply to be a brief (more than {limit} levels)"


def alias_bomb(name: str, limit: int) -> str:
    return (f"alias *{name} would bring the file past {limit:,} values (aliases that expand aliases, "
            "the \"billion laughs\" pattern); write the values out instead")


def undefined_alias(name: str) -> str:
    return f"YAML syntax: alias *{name} names no anchor &{name} above it"


def recursive_alias(name: str) -> str:
    return f"YAML syntax: alias *{name} stands inside the value it names"


def bad_merge() -> str:
    return "YAML syntax: '<<' must be followed by a mapping, an alias of one, or a list of them"


def second_document() -> str:
    return "YAML syntax: a brief holds one YAML document, but another one starts here"


def top_not_mapping() -> str:
    return "the top level must be a mapping of keys (brief: 1, account: …)"


def impossible_date(text: str, year: int, month: int) -> str:
    if year < 1:
        return f"{text} is not a date: there is no year 0"
    if not 1 <= month <= 12:
        return f"{text} is not a date: there is no month {month}"
    return f"{text} is not a date: {year}-{month:02d} has {calendar.monthrange(year, month)[1]} days"


# --- customer lists ---------------------------------------------------------------------

def csv_syntax(detail: str) -> str:
    return f"CSV syntax: {detail}"


def too_many_columns(count: int, limit: int) -> str:
    return f"the header has {count:,} columns; a customer list may have at most {limit}"


def csv_line_too_long(limit: int) -> str:
    return f"this line is longer than {size_text(limit)}; the file does not look like a customer list"


def csv_undecodable(encoding: str, reason: str) -> str:
    return f"not readable as {encoding} text ({reason}); save the file as UTF-8"


def not_a_workbook(detail: str) -> str:
    return f"cannot read as an Excel workbook: {detail}"


def workbook_is_ole() -> str:
    return ("cannot read as an Excel workbook: it is an old-format .xls or a password-protected workbook; "
            "save it as .xlsx without a password")


def workbook_too_many_parts(count: int, limit: int) -> str:
    return f"not a workbook kam can read: it holds {count:,} files (at most {limit:,})"


def workbook_part_too_large(part: str, size: int, limit: int) -> str:
    return f"not a workbook kam can read: its part {part} unpacks to {size_text(size)} (at most {size_text(limit)})"


def workbook_part_ratio(part: str, size: int, packed: int, limit: int) -> str:
    return (f"not a workbook kam can read: its part {part} unpacks from {size_text(packed)} to {size_text(size)} "
            f"(more than {limit}×, the mark of a zip bomb)")


def workbook_too_large(size: int, limit: int) -> str:
    return f"not a workbook kam can read: it unpacks to {size_text(size)} (at most {size_text(limit)})"


def workbook_doctype(part: str) -> str:
    return f"not a workbook kam can read: its part {part} declares a DOCTYPE or entities, which Excel never writes"


def workbook_damaged(sheet: str, row: int, detail: str) -> str:
    where = f"after row {row}" if row else "from its first row"
    return f"the workbook is damaged: sheet {sheet!r} cannot be read {where} ({detail})"
