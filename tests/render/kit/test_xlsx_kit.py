"""Workbooks saved the way Excel saves them: every text in shared strings, read back unchanged."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from lxml import etree
from ooxml_validation import assert_valid
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font

from generator.render.kit.xlsx_kit import workbook_bytes

X = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
TEXTS = ["客户", "  leading and trailing  ", "two\nlines", 'a<b>&"c"', "", "客户", 42, None, "😀 emoji"]


def _book(write_only: bool) -> Workbook:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("一") if write_only else book.active
    sheet.append(TEXTS)
    sheet.append(["客户", "second row"])
    if not write_only:
        sheet["A1"].font = Font(bold=True, underline="single", color="FF0000")
        book.create_sheet("二").append(["second row", "third sheet text"])
    return book


def test_every_text_is_shared_once_and_reads_back_the_same():
    for write_only in (True, False):
        data = workbook_bytes(_book(write_only), dt.datetime(2026, 1, 2))
        assert_valid(data, "workbook")
        package = zipfile.ZipFile(io.BytesIO(data))
        table = etree.fromstring(package.read("xl/sharedStrings.xml"))
        texts = ["".join(si.itertext()) for si in table.iter(f"{X}si")]
        assert len(texts) == len(set(texts)), "each distinct text once"
        assert "客户" in texts and "" not in texts
        sheets = [n for n in package.namelist() if n.startswith("xl/worksheets/")]
        assert all(b"inlineStr" not in package.read(n) for n in sheets)
        book = load_workbook(io.BytesIO(data))
        first = [c.value for c in book.worksheets[0][1]]
        assert first == [t if t != "" else None for t in TEXTS]
        assert [c.value for c in book.worksheets[0][2]][:2] == ["客户", "second row"]


def test_same_workbook_same_bytes_and_no_clock():
    first = workbook_bytes(_book(False), dt.datetime(2026, 1, 2))
    second = workbook_bytes(_book(False), dt.datetime(2026, 1, 2))
    assert first == second
    core = zipfile.ZipFile(io.BytesIO(first)).read("docProps/core.xml").decode()
    assert core.count("2026-01-02T00:00:00Z") == 2  # created and modified: the given time, not the clock
