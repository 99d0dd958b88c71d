"""Hostile content still gives a valid archive: every card, the index and the summary written,
escaped, control characters removed, safe file names, and opened by LibreOffice."""

from __future__ import annotations

import csv
import subprocess
import zipfile

import pytest
from click.testing import CliRunner
from hostile import NASTY, write_hostile_brief
from hostile_examples import write_hostile_examples
from lxml import etree
from ooxml_validation import invalid_files, office_files

from generator.cli import cli
from generator.output import safe_filename
from generator.render.kit import pdf

CONTROL = "\x00\x01\x08\x0b\x0c\x1b"
BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
COPIES = 3
needs_office = pytest.mark.skipif(
    pdf.find_office() is None or not __import__("shutil").which("pdfinfo"),
    reason="LibreOffice and poppler are installed by .ci/run",
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory, examples_dir):
    """Return the archive folder built from hostile briefs and a hostile CSV customer list."""
    inputs = tmp_path_factory.mktemp("hostile-inputs")
    briefs = inputs / "briefs"
    write_hostile_examples(examples_dir, briefs, COPIES, long_every=40)
    write_hostile_brief(briefs)
    with (examples_dir / "customers.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    text_columns = {"Customer name", "Industry", "Address", "Contact", "Contact title", "Last deal"}
    spoiled = [rows[0]] + [
        [value + NASTY if rows[0][i] in text_columns and value else value for i, value in enumerate(row)]
        for row in rows[1:]
    ]
    # CSV can carry what YAML can't write raw: keep every nasty character, NUL aside (csv refuses it).
    listing = inputs / "customers.csv"
    with listing.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([[v.replace("\x00", "") for v in row] for row in spoiled])
    out = tmp_path_factory.mktemp("hostile-archive") / "archive"
    result = CliRunner().invoke(cli, ["archive", str(briefs), str(listing), "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out, len(rows) - 1


def test_every_file_of_the_hostile_archive_is_schema_valid(archive):
    out, _ = archive
    assert invalid_files(office_files(out)) == {}


def test_every_customer_has_a_card(archive):
    out, listed = archive
    cards = sorted((out / "cards").iterdir())
    assert len(cards) == 2 * COPIES + 1 + listed
    assert all(card.suffix == ".docx" for card in cards)
    assert (out / "index.xlsx").is_file() and (out / "summary.docx").is_file()
    assert not (out / "errors.csv").exists()


def test_card_names_are_safe(archive):
    out, _ = archive
    for card in (out / "cards").iterdir():
        assert not any(ch in card.name for ch in CONTROL + BIDI + '<>:"/\\|?*'), repr(card.name)
        assert len(card.name.encode("utf-8")) <= 255


def test_every_part_of_every_file_is_well_formed_xml(archive):
    out, _ = archive
    for path in [*(out / "cards").iterdir(), out / "index.xlsx", out / "summary.docx"]:
        with zipfile.ZipFile(path) as package:
            for name in package.namelist():
                if name.endswith((".xml", ".rels")):
                    blob = package.read(name)
                    etree.fromstring(blob)
                    text = blob.decode("utf-8")
                    assert not any(ch in text for ch in CONTROL), f"{path.name}!{name}"
                    assert "_x001B_" not in text, f"{path.name}!{name}"


def test_cards_show_the_hostile_text_as_text(archive):
    import docx

    out, _ = archive
    card = next(p for p in (out / "cards").iterdir() if p.name.startswith("000 上海某某机械"))
    document = docx.Document(str(card))
    shown = "\n".join(p.text for p in document.paragraphs)
    shown += "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "<b>&amp; ]]>" in shown and "{{ 7*7 }}" in shown and "😀" in shown and "\u202eRTL" in shown
    assert not any(ch in shown for ch in CONTROL)


def test_index_lists_every_card_with_clean_cells(archive):
    from openpyxl import load_workbook

    out, listed = archive
    sheet = load_workbook(out / "index.xlsx").active
    values = [v for row in sheet.iter_rows(min_row=2, values_only=True) for v in row if isinstance(v, str)]
    assert not any(ch in v for v in values for ch in CONTROL)
    assert any("<b>&amp; ]]>" in v for v in values)
    assert sheet.max_row - 1 >= 2 * COPIES + 1 + listed


def test_safe_filename_drops_bidi_controls():
    # "…\u202excod.docx" would display as "…docx.doc"-style spoofed names.
    assert safe_filename("invoice\u202excod", ".docx") == "invoice_xcod.docx"
    assert safe_filename("a\u2066b\u2069c\u200fd") == "a_b_c_d"


@needs_office
@pytest.mark.parametrize("which", ["card", "summary"])
def test_libreoffice_opens_the_hostile_archive(archive, tmp_path, which):
    out, _ = archive
    source = (
        next(p for p in (out / "cards").iterdir() if p.name.startswith("000 上海某某机械"))
        if which == "card"
        else out / "summary.docx"
    )
    produced = pdf.convert_to_pdf(source, tmp_path / f"{which}.pdf", timeout=600)
    info = subprocess.run(["pdfinfo", str(produced)], capture_output=True, text=True, check=True).stdout
    assert int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:"))) >= 1
    text = subprocess.run(["pdftotext", str(produced), "-"], capture_output=True, text=True, check=True).stdout
    assert "<b>&amp;" in text
