"""Table rows copied from a same-shaped row come out as python-docx would have built them."""

from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn
from lxml import etree

from generator.render.kit.docx_writer import Column, DocxWriter

COLUMNS = [Column("项目", 2), Column("金额", 1, "right")]
ROWS = [
    ["实施服务", "¥12,000.00"],
    [" leading space", "¥1.00 "],
    ["two\nlines", ""],
    ["two\nlines again", "¥3.00"],
    ["tab\there", "¥4.00"],
    ["", "¥5.00"],
    ["实施服务 二期", "¥6,000.00"],
]


def _table_xml(fast: bool) -> bytes:
    document = docx.Document()
    writer = DocxWriter(document, "zh-CN")
    if not fast:
        writer._row_prototypes = _Forgetful()
    writer.table(COLUMNS, ROWS)
    return etree.tostring(document.tables[0]._tbl)


class _Forgetful(dict):
    """A prototype cache that keeps nothing: every row goes through python-docx."""

    def __setitem__(self, key, value) -> None:
        pass


def test_copied_rows_are_the_rows_python_docx_builds():
    assert _table_xml(fast=True) == _table_xml(fast=False)


def test_copied_rows_read_back_with_their_texts():
    document = docx.Document()
    DocxWriter(document, "zh-CN").table(COLUMNS, ROWS)
    buffer = io.BytesIO()
    document.save(buffer)
    table = docx.Document(io.BytesIO(buffer.getvalue())).tables[0]
    assert [[cell.text for cell in row.cells] for row in table.rows[1:]] == [[a, b] for a, b in ROWS]
    second = table.rows[2].cells[0]._tc.find(".//" + qn("w:t"))
    assert second.get(qn("xml:space")) == "preserve"
    last = table.rows[-1].cells[0]._tc.find(".//" + qn("w:t"))
    assert last.get(qn("xml:space")) is None
