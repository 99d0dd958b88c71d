"""The company master: layouts found by Chinese names, sample slides dropped, clear errors."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import repo_paths
from deck_reading import layout_names, open_pptx, overflows, titles
from pptx import Presentation

from generator.errors import TemplateError
from generator.render.customer_view import customer_view
from generator.render.deck.document import render_deck
from generator.render.kit import pptx_kit
from generator.render.kit.templates import TemplateSet

COMPANY = repo_paths.DATA / "deck_company"


@pytest.fixture(scope="module")
def company_deck(zh_brief):
    return render_deck(customer_view(zh_brief.brief), TemplateSet(COMPANY))


def test_company_master_with_chinese_layout_names_is_used(company_deck):
    prs = open_pptx(company_deck)
    assert (prs.slide_width, prs.slide_height) == (9144000, 6858000)  # the company's 4:3, not ours
    names = layout_names(prs)
    assert names[:5] == ["标题幻灯片", "仅标题", "节标题", "两栏内容", "仅标题"]
    assert set(names) <= {"标题幻灯片", "节标题", "两栏内容", "标题和内容", "仅标题"}
    # its theme: the company's East Asian font on every run
    assert pptx_kit.theme_fonts(prs).minor_ea == "SimHei"
    assert all(
        e.get("typeface") == "SimHei"
        for s in prs.slides
        for e in s._element.iter("{http://schemas.openxmlformats.org/drawingml/2006/main}ea")
    )


def test_template_sample_slides_are_not_carried(company_deck):
    assert len(Presentation(str(COMPANY / "deck.pptx")).slides) == 1  # the fixture has one
    prs = open_pptx(company_deck)
    assert "示例幻灯片：请勿使用" not in "\n".join(titles(prs))
    assert titles(prs)[0] == "二期产线自动化改造方案建议书"


def test_company_deck_fits_its_smaller_boxes(company_deck):
    assert overflows(open_pptx(company_deck), pptx_kit_metrics()) == []


def pptx_kit_metrics():
    from generator.render.kit.text_fit import Metrics

    return Metrics("Arial", "SimHei")


def test_layouts_found_by_name_then_by_placeholder_type(tmp_path):
    prs = Presentation()
    for layout in prs.slide_layouts:  # names nobody would guess
        layout._element.cSld.set("name", f"Custom {id(layout)}")
    path = tmp_path / "odd.pptx"
    prs.save(path)
    found = pptx_kit.find_layouts(pptx_kit.open_template(path), path)
    placeholders = {
        role: sorted(str(p.placeholder_format.type) for p in layout.placeholders) for role, layout in found.items()
    }
    assert "CENTER_TITLE (3)" in placeholders["title"]
    assert len([p for p in placeholders["two"] if p.startswith("OBJECT")]) >= 2
    assert "OBJECT (7)" in placeholders["content"]


def test_a_template_without_a_usable_layout_is_a_clear_error(tmp_path, zh_brief):
    prs = Presentation()
    master = prs.slide_master
    id_list = master._element.find(pptx_kit.qn("p:sldLayoutIdLst"))
    for entry in list(id_list):
        layout_part = master.part.related_part(entry.get(pptx_kit.qn("r:id")))
        if layout_part.slide_layout.name not in ("Blank", "Title Only"):
            master.part.drop_rel(entry.get(pptx_kit.qn("r:id")))
            id_list.remove(entry)
    folder = tmp_path / "tpl"
    folder.mkdir()
    prs.save(folder / "deck.pptx")
    with pytest.raises(TemplateError) as caught:
        render_deck(customer_view(zh_brief.brief), TemplateSet(folder))
    message = str(caught.value)
    assert str(folder / "deck.pptx") in message and "标题和内容" in message and "'Blank'" in message


def test_cli_reports_a_broken_template_without_writing(tmp_path, examples):
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "deck.pptx").write_bytes(b"not a pptx")
    out = tmp_path / "deck.pptx"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "deck",
            str(examples / "brief-zh.yaml"),
            "-o",
            str(out),
            "--templates",
            str(folder),
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "deck.pptx" in result.stderr and "Traceback" not in result.stderr
    assert not out.exists()


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_libreoffice_renders_the_company_deck(company_deck, tmp_path):
    path = tmp_path / "company.pptx"
    path.write_bytes(company_deck)
    result = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0 and (tmp_path / "company.pdf").is_file(), result.stderr


def test_the_built_in_and_company_masters_rebuild_byte_identically():
    module = repo_paths.load_script("build_deck_template")
    assert module.build("builtin") == (TemplateSet().builtin_dir / "deck.pptx").read_bytes()
    assert module.build("company") == (COMPANY / "deck.pptx").read_bytes()
