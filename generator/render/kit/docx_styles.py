"""Make a company's own Word template usable: add the styles kam needs that it lacks."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

from docx.oxml.ns import qn

from generator.render.kit.xml_order import insert_child

# Styles the proposal writes with, by style id.
REQUIRED_STYLE_IDS = (
    "Normal",
    "Title",
    "Subtitle",
    "CoverMeta",
    "Heading1",
    "Heading2",
    "Heading3",
    "TOCHeading",
    "TOC1",
    "TOC2",
    "ListBullet",
    "ListNumber",
    "TableText",
    "TableHeading",
    "Note",
    "Closing",
    "Header",
    "Footer",
    "KamTable",
)


def ensure_styles(document: Any, builtin_template: Path) -> list[str]:
    """Copy into `document` every required style it lacks (with its list numbering); return the ids added.

    A letterhead keeps its own look for the styles it defines; only the missing ones
    come from the built-in template.
    """
    import docx

    present = {s.get(qn("w:styleId")) for s in document.styles.element.findall(qn("w:style"))}
    missing = [sid for sid in REQUIRED_STYLE_IDS if sid not in present]
    if not missing:
        return []
    builtin = docx.Document(str(builtin_template))
    source = {s.get(qn("w:styleId")): s for s in builtin.styles.element.findall(qn("w:style"))}
    for style_id in missing:
        element = copy.deepcopy(source[style_id])
        num_id = element.find(f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:numId')}")
        if num_id is not None:
            num_id.set(qn("w:val"), str(_copy_numbering(document, builtin, int(num_id.get(qn("w:val"))))))
        based_on = element.find(qn("w:basedOn"))
        if based_on is not None and based_on.get(qn("w:val")) not in present | set(missing):
            element.remove(based_on)
        insert_child(document.styles.element, element)
    return missing


def _copy_numbering(document: Any, builtin: Any, num_id: int) -> int:
    """Copy list definition `num_id` of the built-in template into `document`; return its new id there."""
    source = builtin.part.numbering_part.element
    target = document.part.numbering_part.element
    num = next(n for n in source.findall(qn("w:num")) if int(n.get(qn("w:numId"))) == num_id)
    abstract_id = int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
    abstract = next(a for a in source.findall(qn("w:abstractNum")) if int(a.get(qn("w:abstractNumId"))) == abstract_id)
    new_abstract_id = 1 + max([int(a.get(qn("w:abstractNumId"))) for a in target.findall(qn("w:abstractNum"))] or [-1])
    new_num_id = 1 + max([int(n.get(qn("w:numId"))) for n in target.findall(qn("w:num"))] or [0])
    abstract_copy = copy.deepcopy(abstract)
    abstract_copy.set(qn("w:abstractNumId"), str(new_abstract_id))
    insert_child(target, abstract_copy)
    num_copy = copy.deepcopy(num)
    num_copy.set(qn("w:numId"), str(new_num_id))
    num_copy.find(qn("w:abstractNumId")).set(qn("w:val"), str(new_abstract_id))
    insert_child(target, num_copy)
    return new_num_id
