"""Paragraphs, runs and table rows written straight as WordprocessingML elements.

python-docx's object model finds or adds every property element through `get_or_add` chains
that search an element's children on each call, and merges cells after checking the span
with XPath: milliseconds a table row. These functions build the same elements in one pass,
children in schema order and attributes in the order python-docx sets them, so a document is
byte for byte what the object model writes. The elements are created inside the document
(`SubElement`), so python-docx's element classes still apply to them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from docx.oxml.ns import qn
from lxml.etree import SubElement

from generator.render.kit.xml_order import child

W_P, W_PPR, W_PSTYLE, W_JC = qn("w:p"), qn("w:pPr"), qn("w:pStyle"), qn("w:jc")
W_R, W_RPR, W_RFONTS, W_B, W_I, W_LANG = qn("w:r"), qn("w:rPr"), qn("w:rFonts"), qn("w:b"), qn("w:i"), qn("w:lang")
W_T, W_TAB, W_BR = qn("w:t"), qn("w:tab"), qn("w:br")
W_TR, W_TRPR, W_CANTSPLIT = qn("w:tr"), qn("w:trPr"), qn("w:cantSplit")
W_TC, W_TCPR, W_TCW, W_GRIDSPAN, W_VMERGE = qn("w:tc"), qn("w:tcPr"), qn("w:tcW"), qn("w:gridSpan"), qn("w:vMerge")
W_TBL, W_SDT, W_SECTPR = qn("w:tbl"), qn("w:sdt"), qn("w:sectPr")
W_VAL, W_EAST_ASIA, W_HINT, W_TYPE, W_W = qn("w:val"), qn("w:eastAsia"), qn("w:hint"), qn("w:type"), qn("w:w")
XML_SPACE = qn("xml:space")

_BREAKS = re.compile(r"([\t\r\n])")  # python-docx writes a tab as w:tab, a line end as w:br
_BLOCKS = (W_P, W_TBL, W_SDT)


def add_paragraph(parent: Any, style_id: str | None = None, align: str | None = None) -> Any:
    """Append a w:p to `parent` (a body, before its w:sectPr; a cell; a header or footer) with
    paragraph style `style_id` and alignment `align` (left, center, right); return it."""
    p = SubElement(parent, W_P)
    if len(parent) > 1 and parent[-2].tag == W_SECTPR:
        parent[-2].addprevious(p)
    if style_id or align:
        ppr = SubElement(p, W_PPR)
        if style_id:
            SubElement(ppr, W_PSTYLE).set(W_VAL, style_id)
        if align:
            SubElement(ppr, W_JC).set(W_VAL, align)
    return p


def set_paragraph_properties(p: Any, style_id: str | None = None, align: str | None = None) -> None:
    """Give the existing paragraph `p` style `style_id` and alignment `align` (each when given)."""
    if not (style_id or align):
        return
    ppr = p.find(W_PPR)
    if ppr is None:
        ppr = p.makeelement(W_PPR)
        p.insert(0, ppr)
    if style_id:
        child(ppr, "w:pStyle").set(W_VAL, style_id)
    if align:
        child(ppr, "w:jc").set(W_VAL, align)


def paragraph_style_id(p: Any) -> str | None:
    """Return the style id of paragraph `p`, or None when it has none."""
    style = p.find(f"{W_PPR}/{W_PSTYLE}")
    return style.get(W_VAL) if style is not None else None


def add_run(
    p: Any, text: str, *, east_asian_font: str | None, lang_tag: str, bold: bool = False, italic: bool = False
) -> Any:
    """Append a run of `text` (XML-clean) to paragraph `p` with its East Asian font slot and languages
    set (see docx_kit.set_run_language); return the w:r."""
    r = SubElement(p, W_R)
    rpr = SubElement(r, W_RPR)
    fonts = SubElement(rpr, W_RFONTS)
    if east_asian_font:
        fonts.set(W_EAST_ASIA, east_asian_font)
    fonts.set(W_HINT, "eastAsia")
    if bold:
        SubElement(rpr, W_B)
    if italic:
        SubElement(rpr, W_I)
    lang = SubElement(rpr, W_LANG)
    lang.set(W_VAL, lang_tag)
    lang.set(W_EAST_ASIA, "zh-CN")
    if text:
        for piece in _BREAKS.split(text) if ("\t" in text or "\r" in text or "\n" in text) else (text,):
            if piece == "\t":
                SubElement(r, W_TAB)
            elif piece in ("\r", "\n"):
                SubElement(r, W_BR)
            elif piece:
                t = SubElement(r, W_T)
                t.text = piece
                if len(piece.strip()) < len(piece):
                    t.set(XML_SPACE, "preserve")
    return r


def add_row(tbl: Any, widths: Sequence[int]) -> Any:
    """Append a row that never breaks across pages to table `tbl`: one cell per width (twips),
    each holding one empty paragraph; return the w:tr."""
    tr = SubElement(tbl, W_TR)
    SubElement(SubElement(tr, W_TRPR), W_CANTSPLIT)
    for width in widths:
        tc = SubElement(tr, W_TC)
        tcw = SubElement(SubElement(tc, W_TCPR), W_TCW)
        tcw.set(W_TYPE, "dxa")
        tcw.set(W_W, str(width))
        SubElement(tc, W_P)
    return tr


def merge_across(tcs: Sequence[Any]) -> Any:
    """Merge the neighbouring cells `tcs` of one row into the first, as python-docx's cell merge
    does (widths added, content of non-empty cells moved in, the others removed); return it."""
    first = tcs[0]
    span = int(_grid_span(first))
    for other in tcs[1:]:
        if not _is_empty(other):
            blocks = [node for node in first if node.tag in _BLOCKS]
            if blocks[-1].tag == W_P and blocks[-1].find(W_R) is None:
                first.remove(blocks[-1])
            for node in [node for node in other if node.tag in _BLOCKS]:
                first.append(node)
        width, other_width = _width(first), _width(other)
        if width and other_width:
            first.find(f"{W_TCPR}/{W_TCW}").set(W_W, str(width + other_width))
        span += int(_grid_span(other))
        other.getparent().remove(other)
    tcpr = first.find(W_TCPR)
    if tcpr is None:
        tcpr = first.makeelement(W_TCPR)
        first.insert(0, tcpr)
    for old in tcpr.findall(W_GRIDSPAN) + tcpr.findall(W_VMERGE):
        tcpr.remove(old)
    if span > 1:
        child(tcpr, "w:gridSpan").set(W_VAL, str(span))
    return first


def _grid_span(tc: Any) -> str:
    span = tc.find(f"{W_TCPR}/{W_GRIDSPAN}")
    return span.get(W_VAL, "1") if span is not None else "1"


def _width(tc: Any) -> int:
    width = tc.find(f"{W_TCPR}/{W_TCW}")
    if width is None or width.get(W_TYPE) != "dxa":
        return 0
    return int(width.get(W_W, "0"))


def _is_empty(tc: Any) -> bool:
    """Return True when the cell holds only one paragraph without runs."""
    blocks = [node for node in tc if node.tag in _BLOCKS]
    return len(blocks) == 1 and blocks[0].tag == W_P and blocks[0].find(W_R) is None
