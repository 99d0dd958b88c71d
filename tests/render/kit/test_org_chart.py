"""The buying centre as a drawn org chart: the picture itself (layout, colours, determinism, 1–30
people), and where it appears: the archive card and the visit plan (internal documents only)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from docx import Document
from PIL import Image

from generator.cli import cli
from generator.i18n import Texts
from generator.render.archive.card import CardMaker, card_context
from generator.render.kit.org_chart import (
    ATTITUDE_COLOURS,
    BOX_H,
    BOX_W,
    MAX_COLUMNS,
    OrgPerson,
    _layout,
    _levels,
    draw_org_chart,
    org_chart_for,
)

LEGEND = [("supporter", "支持"), ("neutral", "中立"), ("opponent", "反对"), (None, "未知")]


def _person(pid: str, boss: str | None = None, attitude: str | None = "neutral", name: str | None = None) -> OrgPerson:
    return OrgPerson(pid, name or f"姓名{pid}", "总经理", "决策者", "信赖", attitude, boss)


def _pixels(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGB")


def test_people_without_a_boss_are_on_top_and_reports_sit_below_their_boss():
    people = [_person("c", "b"), _person("a"), _person("b", "a"), _person("d", "a"), _person("x")]
    places, columns, rows = _layout(_levels(people))
    assert {pid for pid, place in places.items() if place.row == 0} == {"a", "x"}
    assert places["b"].row == places["d"].row == 1 and places["c"].row == 2
    assert rows == 3 and columns == 2


@pytest.mark.parametrize("count", [1, 2, 5, 12, 30])
def test_one_to_thirty_people_fit_in_a_bounded_picture(count):
    people = [_person("p0")] + [_person(f"p{i}", "p0" if i < 10 else f"p{i % 9 + 1}") for i in range(1, count)]
    chart = draw_org_chart(people, LEGEND)
    image = _pixels(chart.png)
    assert image.size == (chart.width, chart.height)
    assert chart.width <= 2 * 30 + MAX_COLUMNS * BOX_W + (MAX_COLUMNS - 1) * 40
    assert chart.height < 12 * (BOX_H + 64) + 200  # rows wrap at four boxes: 30 people are at most 10 rows
    places, columns, rows = _layout(_levels(people))
    assert columns <= MAX_COLUMNS and len(places) == count
    assert len({(p.row, p.column) for p in places.values()}) == count  # no two boxes on one spot


def test_attitude_colours_frame_the_boxes():
    chart = draw_org_chart(
        [_person("a", attitude="supporter"), _person("b", "a", attitude="opponent"), _person("c", "a", attitude=None)],
        LEGEND,
    )
    colours = {colour for _, colour in _pixels(chart.png).getcolors(1_000_000)}
    for key in ("supporter", "opponent", None):
        assert ATTITUDE_COLOURS[key] in colours


def test_same_people_same_bytes_and_no_metadata():
    people = [_person("a"), _person("b", "a", name="Alexander Longname-Fitzgerald the Third")]
    first, second = draw_org_chart(people, LEGEND).png, draw_org_chart(people, LEGEND).png
    assert first == second
    assert b"tIME" not in first and b"tEXt" not in first and b"iTXt" not in first


def test_hostile_text_is_drawn_without_failing():
    people = [_person("a", name="王\x00建\r国\n\u202e" + "长" * 500), _person("b", "a", name="")]
    chart = draw_org_chart(people, LEGEND)
    assert _pixels(chart.png).size == (chart.width, chart.height)


def test_chart_of_the_example_brief(zh_brief):
    chart = org_chart_for(zh_brief.brief, Texts("zh"))
    assert chart is not None and chart.height > chart.width / 2  # three levels: 王建国 → 赵敏 → 陈工


# --- the archive card ---------------------------------------------------------------------


def _card(brief, language="zh") -> bytes:
    return CardMaker().make(card_context(brief, language), {"tier": "", "tier_note": "", "rank_note": ""})


def test_archive_card_shows_the_org_chart(zh_brief, tmp_path):
    data = _card(zh_brief.brief)
    path = tmp_path / "card.docx"
    path.write_bytes(data)
    document = Document(str(path))
    assert "组织结构图" in [p.text for p in document.paragraphs]
    assert len(document.inline_shapes) == 1
    shape = document.inline_shapes[0]
    section = document.sections[0]
    assert 0 < shape.width <= section.page_width - section.left_margin - section.right_margin
    assert 0 < shape.height <= section.page_height - section.top_margin - section.bottom_margin
    blob = document.part.related_parts[shape._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
    image = Image.open(io.BytesIO(blob))
    assert image.format == "PNG" and 300 <= image.width <= 2000 and 300 <= image.height <= 4000
    assert abs(shape.width / shape.height - image.width / image.height) < 0.02  # not distorted
    assert _card(zh_brief.brief) == data  # same brief, same bytes


@pytest.mark.parametrize(
    "contacts",
    [
        [{"id": "a", "name": "甲"}],
        [{"id": "a", "name": "甲"}, {"id": "b", "name": "乙"}],  # no reporting line: the table says it all
    ],
)
def test_archive_card_without_a_structure_to_chart_has_no_picture(tmp_path, contacts):
    from yaml_helpers import brief_with

    brief = brief_with(tmp_path, contacts=contacts)
    data = _card(brief)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert not any(n.startswith("word/media/") for n in names)
    assert b"rIdOrgChart" not in zipfile.ZipFile(io.BytesIO(data)).read("word/_rels/document.xml.rels")
    path = tmp_path / "card.docx"
    path.write_bytes(data)
    document = Document(str(path))
    assert not document.inline_shapes and "组织结构图" not in [p.text for p in document.paragraphs]


def test_archive_run_writes_cards_with_charts(tmp_path, examples_dir):
    result = CliRunner().invoke(cli, ["archive", str(examples_dir / "brief-en.yaml"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    card = next((tmp_path / "out" / "cards").glob("*.docx"))
    document = Document(str(card))
    assert "Org chart" in [p.text for p in document.paragraphs] and len(document.inline_shapes) == 1


# --- the visit plan -----------------------------------------------------------------------


def _plan(tmp_path: Path, *briefs: Path, language: str | None = None) -> Document:
    out = tmp_path / "plan.docx"
    args = [
        "visits",
        *map(str, briefs),
        "--from",
        "2026-11-23",
        "--weeks",
        "4",
        "--today",
        "2026-11-20",
        "-o",
        str(out),
    ]
    if language:
        args += ["--lang", language]
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return Document(str(out))


def test_visit_plan_shows_each_customers_org_chart_once(tmp_path, examples_dir):
    document = _plan(tmp_path, examples_dir / "brief-zh.yaml", examples_dir / "brief-en.yaml", language="zh")
    assert [p.text for p in document.paragraphs].count("组织结构图") == 2  # one per customer, not per visit
    assert len(document.inline_shapes) == 2
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    for shape in document.inline_shapes:
        assert 0 < shape.width <= text_width and shape.height > 0
