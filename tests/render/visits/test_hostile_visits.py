"""Hostile content still gives a valid visit plan: Word, Excel and calendar files, escaped, control
characters removed, within Excel's limits, and opened by LibreOffice."""

from __future__ import annotations

import re
import subprocess
import zipfile

import pytest
from click.testing import CliRunner
from hostile import LONG, write_hostile_brief
from hostile_examples import write_hostile_examples
from lxml import etree
from ooxml_validation import assert_valid

from generator.cli import cli
from generator.render.kit import pdf
from generator.render.visits.ics import ics_text
from generator.render.visits.xlsx import CELL_LIMIT, _cell

CONTROL = "\x00\x01\x08\x0b\x0c\x1b"
COPIES = 3  # of each example: 6 customers, several visits a day
needs_office = pytest.mark.skipif(
    pdf.find_office() is None or not __import__("shutil").which("pdfinfo"),
    reason="LibreOffice and poppler are installed by .ci/run",
)


@pytest.fixture(scope="module")
def plan(tmp_path_factory, examples_dir):
    """Return the folder holding plan.docx, plan.xlsx and plan.ics for a folder of hostile briefs."""
    briefs = tmp_path_factory.mktemp("hostile-briefs")
    # A few 10,000-character fields prove the point; one in seven makes a 600-page plan.
    write_hostile_examples(examples_dir, briefs, COPIES, long_every=40)
    write_hostile_brief(briefs)  # the 500-item brief too: a small customer, not due in these weeks
    out = tmp_path_factory.mktemp("hostile-plan")
    result = CliRunner().invoke(
        cli,
        [
            "visits",
            str(briefs),
            "--from",
            "2026-11-30",
            "--today",
            "2026-11-27",
            "--meeting",
            "2026-12-18",
            "--times",
            "09:30,14:00",
            "-o",
            str(out / "plan.docx"),
            "--xlsx",
            str(out / "plan.xlsx"),
            "--ics",
            str(out / "plan.ics"),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return out


def _xml_parts(path):
    with zipfile.ZipFile(path) as package:
        return {name: package.read(name) for name in package.namelist() if name.endswith((".xml", ".rels"))}


@pytest.mark.parametrize("name", ["plan.docx", "plan.xlsx"])
def test_the_hostile_plan_is_schema_valid(plan, name):
    assert_valid(plan / name)


@pytest.mark.parametrize("name", ["plan.docx", "plan.xlsx"])
def test_every_part_is_well_formed_xml_without_control_characters(plan, name):
    for part, blob in _xml_parts(plan / name).items():
        etree.fromstring(blob)  # raises on anything malformed
        text = blob.decode("utf-8")
        assert not any(ch in text for ch in CONTROL), part
        assert "_x001B_" not in text and "_x0000_" not in text, part


def test_word_plan_shows_the_hostile_text_as_text(plan):
    import docx

    document = docx.Document(str(plan / "plan.docx"))
    shown = "\n".join(p.text for p in document.paragraphs)
    shown += "\n".join(cell.text for table in document.tables for row in table.rows for cell in row.cells)
    assert "<b>&amp; ]]>" in shown and "{{ 7*7 }}" in shown
    assert "😀👨‍👩‍👧" in shown and "שלום" in shown and "\u202eRTL" in shown
    assert "".join(LONG.split())[:2000] in "".join(shown.split())
    assert not any(ch in shown for ch in CONTROL)


def test_every_customer_is_read_and_planned(plan):
    from openpyxl import load_workbook

    sheet = load_workbook(plan / "plan.xlsx").active
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    customers = {row[3].split("<b>")[0] for row in rows}
    # Flow-style (JSON) briefs in a folder are briefs too: every hostile example is planned.
    assert len(customers) == 2 * COPIES, customers
    for row in rows:
        for value in row:
            if isinstance(value, str):
                assert not any(ch in value for ch in CONTROL)
                assert len(value) <= CELL_LIMIT


def test_calendar_is_clean_and_parses_back(plan):
    from icalendar import Calendar

    raw = (plan / "plan.ics").read_bytes().decode("utf-8")
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", raw), "RFC 5545 allows no control characters in text"
    assert all(line.endswith("\r") or not line for line in raw.split("\n")[:-1]), "lines end in CRLF"
    calendar = Calendar.from_ical(raw)
    events = list(calendar.walk("VEVENT"))
    from openpyxl import load_workbook

    visits = load_workbook(plan / "plan.xlsx").active.max_row - 1
    greetings = [
        e
        for e in events
        if e.get("categories") is not None
        and any(word in e["categories"].to_ical().decode() for word in ("问候日程", "Greetings"))
    ]
    assert len(events) == visits + 1 + len(greetings)  # and the key-account meeting, and birthdays to greet on
    summaries = [str(e["summary"]) for e in events]
    assert any("<b>&amp; ]]>" in s and "😀" in s for s in summaries)
    assert len({str(e["uid"]) for e in events}) == len(events)


def test_cells_and_calendar_text_are_cleaned_and_bounded():
    assert _cell("a\x00b\x1bc") == "abc"
    long = _cell("长" * 40_000)
    assert len(long) == CELL_LIMIT and long.endswith("…")
    assert _cell(7) == 7
    assert ics_text("a\x00\x7fb\r\nc\rd\te") == "ab\nc\nd\te"


def _calc_installed() -> bool:
    """Return True when LibreOffice has Calc (its spreadsheet library), which it needs to open .xlsx."""
    import os
    from pathlib import Path

    office = pdf.find_office()
    return office is not None and (Path(os.path.realpath(office)).parent / "libsclo.so").exists()


@needs_office
@pytest.mark.parametrize(
    "name",
    [
        "plan.docx",
        pytest.param(
            "plan.xlsx",
            marks=pytest.mark.skipif(
                not _calc_installed(), reason="LibreOffice Calc (libreoffice-calc-nogui) is not installed"
            ),
        ),
    ],
)
def test_libreoffice_opens_the_hostile_plan(plan, tmp_path, name):
    produced = pdf.convert_to_pdf(plan / name, tmp_path / f"{name}.pdf", timeout=600)
    info = subprocess.run(["pdfinfo", str(produced)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= (2 if name.endswith(".docx") else 1)  # Calc prints the sheet's columns on one page
    text = subprocess.run(["pdftotext", str(produced), "-"], capture_output=True, text=True, check=True).stdout
    assert "<b>&amp;" in text
