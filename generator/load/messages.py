"""The messages of the reading layer (files → YAML nodes, sheet rows): one function each.

Each returns a catalogue Message (generator/i18n/labels/reading.py), English as its text,
Chinese through `localize(message, "zh")`: the text that follows `file:line:col: path:`.
"""

from __future__ import annotations

from generator.i18n.messages import Message, msg
from generator.load.limits import MB

_WHAT = {
    "a brief": "reading.what_brief",
    "a customer list": "reading.what_table",
    "a calendar file": "reading.what_calendar",
}
_KIND = {
    "pipe (FIFO)": "reading.kind_fifo",
    "socket": "reading.kind_socket",
    "device": "reading.kind_device",
    "special file": "reading.kind_special",
}


def size_text(size: int) -> Message:
    """Return a byte count as a reader says it: 12 bytes, 34 KB, 5.6 MB."""
    if size < 1024:
        return msg("reading.size_bytes", n=size)
    if size < MB:
        return msg("reading.size_kb", n=f"{size / 1024:.0f}")
    return msg("reading.size_mb", n=f"{size / MB:.1f}".removesuffix(".0"))


def _word(table: dict[str, str], text: str) -> Message | str:
    return msg(table[text]) if text in table else text


# --- files ------------------------------------------------------------------------------


def file_not_found() -> Message:
    return msg("reading.file_not_found")


def is_a_folder() -> Message:
    return msg("reading.is_a_folder")


def cannot_read(reason: str) -> Message:
    return msg("reading.cannot_read", reason=reason)


def not_a_regular_file(kind: str) -> Message:
    return msg("reading.not_a_regular_file", kind=_word(_KIND, kind))


def file_too_large(size: int, limit: int, what: str) -> Message:
    return msg("reading.file_too_large", size=size_text(size), limit=size_text(limit), what=_word(_WHAT, what))


def file_empty() -> Message:
    return msg("reading.file_empty")


def not_utf8(byte: int) -> Message:
    return msg("reading.not_utf8", byte=f"{byte:02x}")


# --- YAML -------------------------------------------------------------------------------


def yaml_syntax(reason: str) -> Message:
    from generator.load.yaml_syntax import syntax_message  # its patterns compiled only when a file is broken

    return syntax_message(reason)


def forbidden_character(codepoint: int) -> Message:
    return msg("reading.forbidden_character", codepoint=f"{codepoint:04X}")


def more_forbidden_characters(count: int) -> Message:
    return msg("reading.more_forbidden_characters", count=count)


def tag_not_allowed(tag: str) -> Message:
    return msg("reading.tag_not_allowed", tag=repr(tag))


def value_does_not_match_tag(text: str, tag: str) -> Message:
    return msg("reading.value_does_not_match_tag", text=repr(text), tag=repr(tag))


def duplicate_key(key: str, first_line: int) -> Message:
    return msg("reading.duplicate_key", key=repr(key), first_line=first_line)


def key_not_text() -> Message:
    return msg("reading.key_not_text")


def too_deep(limit: int) -> Message:
    return msg("reading.too_deep_limit", limit=limit)


def alias_bomb(name: str, limit: int) -> Message:
    return msg("reading.alias_bomb", name=name, limit=f"{limit:,}")


def undefined_alias(name: str) -> Message:
    return msg("reading.undefined_alias", name=name)


def recursive_alias(name: str) -> Message:
    return msg("reading.recursive_alias", name=name)


def bad_merge() -> Message:
    return msg("reading.bad_merge")


def second_document() -> Message:
    return msg("reading.second_document")


def top_not_mapping() -> Message:
    return msg("reading.top_not_mapping")


def impossible_date(text: str, year: int, month: int) -> Message:
    if year < 1:
        return msg("reading.impossible_date_no_year", text=text)
    if not 1 <= month <= 12:
        return msg("reading.impossible_date_no_month", text=text, month=month)
    return msg(
        "reading.impossible_date",
        text=text,
        year=year,
        month=month,
        month2=f"{month:02d}",
        days=_days_in(year, month),
    )


# --- customer lists ---------------------------------------------------------------------


def csv_syntax(detail: str) -> Message:
    return msg("reading.csv_syntax", detail=detail)


def csv_line_too_long(limit: int) -> Message:
    return msg("reading.csv_line_too_long", limit=size_text(limit))


def csv_undecodable(encoding: str, reason: str) -> Message:
    return msg("reading.csv_undecodable", encoding=encoding, reason=reason)


def not_a_workbook(detail: str | Message) -> Message:
    # A library's own words (openpyxl, zipfile) stay out of the Chinese text; kam's own reasons are kept.
    return msg("reading.not_a_workbook" if isinstance(detail, Message) else "reading.not_a_workbook_raw", detail=detail)


def workbook_too_many_parts(count: int, limit: int) -> Message:
    return msg("reading.workbook_too_many_parts", count=f"{count:,}", limit=f"{limit:,}")


def workbook_part_too_large(part: str, size: int, limit: int) -> Message:
    return msg("reading.workbook_part_too_large", part=part, size=size_text(size), limit=size_text(limit))


def workbook_part_ratio(part: str, size: int, packed: int, limit: int) -> Message:
    return msg("reading.workbook_part_ratio", part=part, size=size_text(size), packed=size_text(packed), limit=limit)


def workbook_too_large(size: int, limit: int) -> Message:
    return msg("reading.workbook_too_large", size=size_text(size), limit=size_text(limit))


def workbook_doctype(part: str) -> Message:
    return msg("reading.workbook_doctype", part=part)


def workbook_damaged(sheet: str, row: int, detail: str) -> Message:
    where = msg("reading.workbook_after_row", row=row) if row else msg("reading.workbook_from_first_row")
    return msg("reading.workbook_damaged", sheet=repr(sheet), where=where, detail=detail)


def too_many_columns(count: int, limit: int) -> Message:
    return msg("reading.too_many_columns", count=f"{count:,}", limit=limit)


def not_a_zip(detail: str) -> Message:
    return msg("reading.not_a_zip", detail=detail)


def in_part(part: str, detail: str) -> Message:
    return msg("reading.in_part", part=part, detail=detail)


def workbook_is_ole() -> Message:
    return msg("reading.workbook_is_ole")


def _days_in(year: int, month: int) -> int:
    import calendar  # only for a broken date

    return calendar.monthrange(year, month)[1]
