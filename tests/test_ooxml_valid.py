"""Every Office file kam writes opens in Word, WPS, PowerPoint and Excel without a repair prompt:
schema-valid against ECMA-376 as Office 2016 reads it, with the package rules a strict reader
applies (see ooxml_validation.py). Covered here: every document of `kam demo` and documents
made on a company's own letterhead and slide master. The hostile briefs' documents are validated
in test_hostile_*.py and random briefs' in test_properties*.py, on the documents they render."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
import repo_paths
from click.testing import CliRunner
from ooxml_validation import assert_valid, invalid_files, office_files, problems

from generator.cli import cli

DECK_COMPANY = repo_paths.DATA / "deck_company"
LOGO = repo_paths.ROOT / "examples" / "assets" / "logo.png"


def _run(*args: str) -> None:
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("demo")
    _run("demo", out)
    return out


def test_every_demo_document_is_valid(demo):
    files = office_files(demo)
    kinds = {p.suffix for p in files}
    assert kinds == {".docx", ".pptx", ".xlsx"} and len(files) >= 30, files
    assert invalid_files(files) == {}


def _letterhead(folder: Path) -> Path:
    """Write a company letterhead (python-docx's stock template: its own theme, font table and
    styles) with a logo and a line of text in its header, as proposal.docx and report.docx, and
    the company slide master as deck.pptx; return the folder."""
    import docx
    from docx.shared import Cm, Pt, RGBColor

    letterhead = docx.Document()
    header = letterhead.sections[0].header.paragraphs[0]
    header.add_run().add_picture(str(LOGO), height=Cm(0.8))
    header.add_run("  ACME 信头 LETTERHEAD")
    heading = letterhead.styles["Heading 1"]
    heading.font.name, heading.font.size = "Georgia", Pt(18)
    heading.font.color.rgb = RGBColor(0x8B, 0x00, 0x00)
    letterhead.add_paragraph("sample body text that must not survive")
    for rel_id, rel in list(letterhead.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):  # as Word 2013 and later save it: no Word 2010 copy
            letterhead.part.drop_rel(rel_id)
    buffer = io.BytesIO()
    letterhead.save(buffer)
    for name in ("proposal.docx", "report.docx"):
        (folder / name).write_bytes(buffer.getvalue())
    (folder / "deck.pptx").write_bytes((DECK_COMPANY / "deck.pptx").read_bytes())
    return folder


@pytest.fixture(scope="module")
def company(tmp_path_factory, examples_dir) -> tuple[Path, Path]:
    """Return (templates folder, output folder) of every document rendered on the company's templates."""
    templates = _letterhead(tmp_path_factory.mktemp("company-templates"))
    out = tmp_path_factory.mktemp("company-out")
    for brief in ("brief-zh.yaml", "brief-en.yaml"):
        stem = brief.removesuffix(".yaml")
        _run("proposal", examples_dir / brief, "-o", out / f"{stem}.docx", "--templates", templates)
        _run("deck", examples_dir / brief, "-o", out / f"{stem}.pptx", "--templates", templates, "--presenter")
    _run(
        "visits",
        examples_dir,
        "--from",
        "2026-11-30",
        "-o",
        out / "plan.docx",
        "--xlsx",
        out / "plan.xlsx",
        "--templates",
        templates,
    )
    _run(
        "archive",
        examples_dir / "brief-zh.yaml",
        examples_dir / "customers.csv",
        "-o",
        out / "archive",
        "--templates",
        templates,
    )
    return templates, out


def test_the_company_templates_are_valid_to_begin_with(company):
    templates, _ = company
    for name in ("proposal.docx", "deck.pptx"):
        assert_valid(templates / name)


def test_documents_on_company_templates_are_valid(company):
    _, out = company
    files = office_files(out)
    assert len(files) >= 10, files
    assert invalid_files(files) == {}


def test_letterhead_logo_and_body_pictures_have_their_own_drawing_ids(company):
    import re
    import zipfile

    _, out = company
    package = zipfile.ZipFile(out / "brief-zh.docx")
    header = "".join(package.read(n).decode() for n in package.namelist() if n.startswith("word/header"))
    body = package.read("word/document.xml").decode()
    header_ids = re.findall(r'<wp:docPr id="(\d+)"', header)
    body_ids = re.findall(r'<wp:docPr id="(\d+)"', body)
    assert header_ids and body_ids, "the letterhead's logo and the proposal's own pictures are both there"
    assert len(set(header_ids + body_ids)) == len(header_ids + body_ids)


def test_a_letterhead_with_word_2010_styles_copy_still_gives_a_valid_document(tmp_path, examples_dir):
    """python-docx's stock document carries stylesWithEffects.xml (Word 2010's copy of the styles);
    kam adds styles, so it drops the copy rather than leave one that disagrees."""
    import zipfile

    import docx

    docx.Document().save(tmp_path / "proposal.docx")
    _run("proposal", examples_dir / "brief-en.yaml", "-o", tmp_path / "out.docx", "--templates", tmp_path)
    assert_valid(tmp_path / "out.docx")
    assert not any("stylesWithEffects" in n for n in zipfile.ZipFile(tmp_path / "out.docx").namelist())


def test_the_checker_finds_what_word_repairs(demo):
    """The checker itself: an out-of-order child, a duplicated drawing id, a missing part,
    a negative axis id and inline strings are all reported."""
    import re
    import zipfile

    def spoiled(path: Path, part: str, change) -> bytes:
        source = zipfile.ZipFile(path)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as target:
            for name in source.namelist():
                data = source.read(name)
                target.writestr(name, change(data) if name == part else data)
        return out.getvalue()

    proposal = next(demo.glob("Warehouse*Proposal.docx"))
    swapped = spoiled(
        proposal, "word/styles.xml", lambda d: d.replace(b"<w:rPr><w:rFonts", b"<w:rPr><w:b/><w:rFonts", 1)
    )
    assert any("styles.xml" in line for line in problems(swapped))
    body_id = re.search(rb'<wp:docPr id="(\d+)"', zipfile.ZipFile(proposal).read("word/document.xml"))[1]
    twice = spoiled(
        proposal, "word/header1.xml", lambda d: re.sub(rb'<wp:docPr id="\d+"', b'<wp:docPr id="' + body_id + b'"', d)
    )
    assert any("docPr" in line for line in problems(twice))
    no_fonts = spoiled(
        proposal, "word/_rels/document.xml.rels", lambda d: re.sub(rb'<Relationship [^>]*fontTable"[^>]*/>', b"", d)
    )
    assert any("fontTable" in line for line in problems(no_fonts))
    deck = next(demo.glob("Warehouse*Proposal.pptx"))
    signed = spoiled(deck, "ppt/charts/chart1.xml", lambda d: re.sub(rb'axId val="\d+"', b'axId val="-5"', d))
    assert any("axId" in line or "minimum" in line for line in problems(signed))
    index = demo / "archive-en" / "index.xlsx"
    inline = spoiled(
        index, "xl/worksheets/sheet1.xml", lambda d: d.replace(b't="s"><v>0</v>', b't="inlineStr"><is><t>x</t></is>', 1)
    )
    assert any("inline string" in line for line in problems(inline))
