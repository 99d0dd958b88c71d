"""The schema-order helper: its table agrees with the schemas, and it puts children where they go."""

from __future__ import annotations

import json
from importlib import resources

import docx
import pytest
from lxml import etree

from generator.render.kit import xml_order
from generator.render.kit.xml_order import (
    CHILD_ORDER,
    NAMESPACES,
    child,
    clark,
    insert_child,
    ordered_xml,
    sort_children,
)

SCHEMA_FILES = {
    "w": "schemas_openxmlformats_org_wordprocessingml_2006_main.json",
    "a": "schemas_openxmlformats_org_drawingml_2006_main.json",
    "c": "schemas_openxmlformats_org_drawingml_2006_chart.json",
    "x": "schemas_openxmlformats_org_spreadsheetml_2006_main.json",
}


@pytest.fixture(scope="module")
def schema_orders() -> dict[str, list[list[str]]]:
    """Return {element tag: [its children, in order, for each schema type an element of that name has]},
    from the Open XML SDK's schema data that openxml-audit ships."""
    folder = resources.files("openxml_audit") / "data" / "openxml" / "schemas"
    orders: dict[str, list[list[str]]] = {}
    for file in SCHEMA_FILES.values():
        for schema_type in json.loads((folder / file).read_text(encoding="utf-8"))["Types"]:
            children = [c["Name"].split("/")[-1] for c in schema_type.get("Children", [])]
            if children:
                orders.setdefault(schema_type["Name"].split("/")[-1], []).append(children)
    return orders


def _prefixed(tag: str) -> str:
    uri, local = tag[1:].split("}")
    prefix = next(p for p, u in NAMESPACES.items() if u == uri)
    return f"{prefix}:{local}"


def test_every_order_agrees_with_the_schema(schema_orders):
    """Each pair of children the table orders is in the same order in every schema type of that
    element that has both, and each child the table lists belongs to some type of the element."""
    for parent, ranks in CHILD_ORDER.items():
        name = _prefixed(parent)
        types = schema_orders.get(name)
        assert types, f"{name}: not in the schema data"
        known = {c for children in types for c in children}
        table = sorted(ranks, key=ranks.get)
        for tag in table:
            prefixed = _prefixed(tag)
            assert prefixed in known, f"{name}: the schema has no child {prefixed}"
        for children in types:
            position = {c: i for i, c in enumerate(children)}
            common = [_prefixed(t) for t in table if _prefixed(t) in position]
            assert common == sorted(common, key=position.get), f"{name}: order differs from the schema"


def test_insert_child_goes_after_earlier_and_before_later_siblings():
    rpr = etree.fromstring(f'<w:rPr xmlns:w="{NAMESPACES["w"]}"><w:rFonts/><w:sz/><w:lang/></w:rPr>')
    insert_child(rpr, etree.Element(clark("w:color")))
    insert_child(rpr, etree.Element(clark("w:b")))
    insert_child(rpr, etree.Element(clark("w:specVanish")))
    assert [_prefixed(c.tag) for c in rpr] == ["w:rFonts", "w:b", "w:color", "w:sz", "w:lang", "w:specVanish"]


def test_child_finds_the_existing_one_or_adds_it_in_order():
    document = docx.Document()
    table = document.add_table(rows=1, cols=1)
    tbl_pr = table._tbl.tblPr
    look = child(tbl_pr, "w:tblLook")
    layout = child(tbl_pr, "w:tblLayout")
    width = child(tbl_pr, "w:tblW")
    assert child(tbl_pr, "w:tblLayout") is layout
    names = [_prefixed(c.tag) for c in tbl_pr]
    assert names.index("w:tblW") < names.index("w:tblLayout") < names.index("w:tblLook")
    assert width.getparent() is tbl_pr and look.getparent() is tbl_pr
    assert type(layout).__module__.startswith("docx.oxml")  # python-docx's own element classes


def test_sort_children_orders_known_elements_and_keeps_unknown_ones_with_their_neighbour():
    xml = (
        f'<w:style xmlns:w="{NAMESPACES["w"]}" xmlns:e="urn:ext"><w:rPr><w:sz/><w:color/><w:b/></w:rPr>'
        "<w:pPr><w:jc/><e:mine/><w:spacing/></w:pPr><w:name/></w:style>"
    )
    root = sort_children(etree.fromstring(xml))
    assert [c.tag.split("}")[1] for c in root] == ["name", "pPr", "rPr"]
    assert [c.tag.split("}")[1] for c in root.find(clark("w:rPr"))] == ["b", "color", "sz"]
    assert [c.tag.split("}")[1] for c in root.find(clark("w:pPr"))] == ["spacing", "jc", "mine"]


def test_ordered_xml_keeps_content_and_declares_standalone():
    text = (
        f'<w:settings xmlns:w="{NAMESPACES["w"]}"><w:updateFields w:val="true"/><w:zoom w:percent="90"/></w:settings>'
    )
    data = ordered_xml(text)
    assert data.startswith(b"<?xml") and b"standalone='yes'" in data
    root = etree.fromstring(data)
    assert [c.tag.split("}")[1] for c in root] == ["zoom", "updateFields"]
    assert root[0].get(clark("w:percent")) == "90"


def test_an_unknown_parent_appends():
    parent = etree.Element("{urn:x}box")
    etree.SubElement(parent, "{urn:x}a")
    added = insert_child(parent, etree.Element("{urn:x}b"))
    assert parent[-1] is added and xml_order.CHILD_ORDER.get(parent.tag) is None
