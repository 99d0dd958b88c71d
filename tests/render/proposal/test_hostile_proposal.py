"""Hostile content still gives a valid proposal: escaped, control characters removed, nothing lost."""

from __future__ import annotations

import io
import zipfile

import pytest
from docx_reading import headings, open_docx, table_rows
from hostile import LONG, write_hostile_brief
from lxml import etree
from ooxml_validation import assert_valid

from generator.load import load_brief
from generator.render.customer_view import customer_view
from generator.render.proposal.document import render_proposal


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    path = write_hostile_brief(tmp_path_factory.mktemp("hostile"))
    brief = load_brief(path).brief
    return brief, render_proposal(customer_view(brief))


def test_the_hostile_proposal_is_schema_valid(hostile):
    assert_valid(hostile[1], "hostile proposal")


def test_every_part_is_well_formed_xml(hostile):
    _, data = hostile
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                etree.fromstring(archive.read(name))  # raises on anything malformed


def test_text_survives_escaped_with_control_characters_removed(hostile):
    brief, data = hostile
    document = open_docx(data)
    body = "\n".join(p.text for p in document.paragraphs)
    assert "<b>&amp; ]]>" in body, "markup is text, escaped, not interpreted"
    assert "😀👨‍👩‍👧" in body and "שלום" in body and "\u202eRTL" in body
    assert "{{ 7*7 }}" in body, "data is never evaluated as a template"
    assert not any(ch in body for ch in "\x00\x01\x08\x0b\x0c\x1b")
    assert LONG in body


def test_all_500_items_are_priced(hostile):
    brief, data = hostile
    document = open_docx(data)
    rows = [r for t in document.tables for r in table_rows(t)]
    numbered = [r for r in rows if len(r) > 5 and r[0].isdigit()]
    included = [i for i in brief.proposal.pricing.items if not i.optional]
    optional = [i for i in brief.proposal.pricing.items if i.optional]
    assert len(numbered) == len(included) + len(optional)
    assert headings(document, 1)[3] == "四、报价"


def test_properties_are_clean(hostile):
    _, data = hostile
    title = open_docx(data).core_properties.title
    assert title.startswith("标题<b>&amp;") and "\x00" not in title


@pytest.mark.skipif(
    __import__("generator.render.kit.pdf", fromlist=["x"]).find_office() is None,
    reason="LibreOffice is installed by .ci/run",
)
def test_libreoffice_opens_the_hostile_proposal(hostile, tmp_path):
    import subprocess

    from generator.render.kit.pdf import convert_to_pdf

    _, data = hostile
    source = tmp_path / "hostile.docx"
    source.write_bytes(data)
    produced = convert_to_pdf(source, timeout=300)
    info = subprocess.run(["pdfinfo", str(produced)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages > 20
