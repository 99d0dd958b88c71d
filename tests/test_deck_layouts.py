"""The deck's visual layouts, read back with python-pptx: shape kinds and counts, texts, pictures in
their frames with their proportions, theme colours only, and nothing beyond the slide's edge."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from deck_reading import open_pptx, overflows, titles
from hostile import write_hostile_brief
from PIL import Image
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE
from yaml_helpers import brief_with

from generator.errors import BriefError
from generator.load import load_brief
from generator.render.customer_view import customer_view
from generator.render.deck.document import render_deck
from generator.render.kit.templates import TemplateSet

EXAMPLES = Path(__file__).parents[1] / "examples"
COMPANY = Path(__file__).parent / "data" / "deck_company"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _picture(path: Path, size: tuple[int, int], colour: str) -> str:
    Image.new("RGB", size, colour).save(path)
    return str(path)


@pytest.fixture(scope="module")
def pictured(tmp_path_factory):
    """Return (brief, deck bytes) for a brief with every picture and every visual layout."""
    folder = tmp_path_factory.mktemp("pictured")
    (folder / "assets").mkdir()
    _picture(folder / "assets" / "wide.png", (1600, 400), "navy")  # 4:1
    _picture(folder / "assets" / "tall.jpg", (300, 900), "maroon")  # 1:3
    _picture(folder / "assets" / "square.png", (500, 500), "teal")
    seller = {
        "name": "测试卖方有限公司",
        "short_name": "测试卖方",
        "logo": "assets/wide.png",
        "contact": {"name": "李明", "title": "客户经理", "phone": "138 0000 0000"},
        "credentials": {
            "profile": "成立于 2009 年，服务 300 余家制造企业。",
            "certifications": ["ISO 9001", "ISO 27001", "高新技术企业"],
            "references": [
                {
                    "customer": "苏州某厂",
                    "project": "焊接线",
                    "year": 2024,
                    "result": "人均产出提升 38%",
                    "image": "assets/tall.jpg",
                },
                {"customer": "宁波某厂", "result": "良率 99.6%", "image": "assets/wide.png"},
            ],
        },
    }
    brief = brief_with(
        folder,
        seller=seller,
        account={"name": "客户有限公司", "logo": "assets/square.png"},
        proposal={
            "title": "方案",
            "date": "2026-11-20",
            "challenges": [{"problem": "返修率 3.2%", "impact": "每年损失 120 万元"}],
            "solution": {
                "offerings": [
                    {
                        "name": "机器人工作站",
                        "feature": "视觉寻位",
                        "advantage": "免精密工装",
                        "benefit": "换型 30 分钟",
                        "image": "assets/wide.png",
                    },
                    {
                        "name": "追溯模块",
                        "feature": "参数绑定",
                        "advantage": "无需人工录入",
                        "benefit": "2 天缩短到 10 分钟",
                        "image": "assets/tall.jpg",
                    },
                    {"name": "调度系统", "feature": "实时调度", "advantage": "不等待", "benefit": "产能提升"},
                ],
                "service": [
                    {"kind": "pre_sale", "name": "工艺验证", "description": "免费试焊"},
                    {"kind": "in_sale", "name": "驻场项目经理"},
                    {
                        "kind": "after_sale",
                        "name": "7×24 热线",
                        "response": "15 分钟",
                        "mode": "remote",
                        "charge": "free",
                    },
                ],
                "implementation": [
                    {"phase": "方案确认", "start": "2027-01-20", "end": "2027-02-10", "deliverables": ["详细设计"]},
                    {"phase": "设备制造", "start": "2027-02-11", "end": "2027-02-28", "deliverables": ["出厂预验收"]},
                    {
                        "phase": "安装调试",
                        "start": "2027-03-01",
                        "end": "2027-04-15",
                        "deliverables": ["产线验收", "操作培训"],
                    },
                ],
            },
            "value": {
                "benefits": [{"item": "返修减少", "amount": "300万"}],
                "costs": [{"item": "项目投入", "amount": "100万"}],
            },
            "deck": {"next_steps": ["2026-12-10 确认技术方案", "2026-12-20 完成商务谈判", "签约"]},
            "closing": "期待与贵司携手。",
        },
    )
    return brief, render_deck(customer_view(brief))


def _slide(prs, title: str):
    return next(slide for slide, text in zip(prs.slides, titles(prs)) if text == title)


def _named(slide, prefix: str) -> list:
    return [s for s in slide.shapes if s.name.startswith(prefix)]


def _shown_ratio(picture) -> float:
    """Return the width/height of the part of a picture that shows (after its crop)."""
    width, height = Image.open(__import__("io").BytesIO(picture.image.blob)).size
    shown_w = width * (1 - picture.crop_left - picture.crop_right)
    shown_h = height * (1 - picture.crop_top - picture.crop_bottom)
    return shown_w / shown_h


def test_cover_has_both_logos_fitted_with_their_proportions(pictured):
    prs = open_pptx(pictured[1])
    cover = prs.slides[0]
    customer, seller = _named(cover, "Customer logo"), _named(cover, "Seller logo")
    assert len(customer) == len(seller) == 1
    assert customer[0].shape_type == seller[0].shape_type == MSO_SHAPE_TYPE.PICTURE
    assert abs(customer[0].width / customer[0].height - 1.0) < 0.01  # square stays square
    assert abs(seller[0].width / seller[0].height - 4.0) < 0.02  # 4:1 stays 4:1
    assert customer[0].left < seller[0].left


def test_offering_cards_show_fab_and_their_pictures_cropped_to_the_frame(pictured):
    prs = open_pptx(pictured[1])
    # Three points of one offering each: alone on its slide, an offering's steps are chevrons, and its
    # picture stands beside them.
    slides = [_slide(prs, name) for name in ("机器人工作站", "追溯模块", "调度系统")]
    steps = [[t.text_frame.text for t in _named(s, "Step text")] for s in slides]
    assert steps == [
        ["视觉寻位", "免精密工装", "换型 30 分钟"],
        ["参数绑定", "无需人工录入", "2 天缩短到 10 分钟"],
        ["实时调度", "不等待", "产能提升"],
    ]
    pictures = [p for s in slides for p in _named(s, "Offering picture")]
    assert len(pictures) == 2 and all(p.shape_type == MSO_SHAPE_TYPE.PICTURE for p in pictures)
    for picture in pictures:  # cropped, not stretched: what shows has the frame's proportions
        assert abs(_shown_ratio(picture) - picture.width / picture.height) < 0.01
    assert pictures[0].crop_left > 0 and pictures[1].crop_top > 0
    assert not _named(slides[2], "Offering picture")


def test_grouped_offerings_are_fab_cards(tmp_path):
    offerings = [
        {"name": f"产品{i}", "feature": f"特{i}", "advantage": f"优{i}", "benefit": f"利{i}"} for i in range(6)
    ]
    brief = brief_with(tmp_path, proposal={"title": "T", "solution": {"offerings": offerings}})
    prs = open_pptx(render_deck(customer_view(brief)))
    slide = next(s for s in prs.slides if _named(s, "Offering card"))
    cards = _named(slide, "Offering card")
    bands = [b.text_frame.text for b in _named(slide, "Offering ") if b.name[9:].isdigit()]
    assert bands == ["产品0", "产品1"] and len(cards) == 2
    assert cards[0].text_frame.text.split("\n") == ["特征", "特0", "优势", "优0", "利益", "利0"]
    assert cards[0].top == cards[1].top and cards[0].left < cards[1].left


def test_a_single_offering_is_three_chevrons(tmp_path):
    brief = brief_with(
        tmp_path,
        proposal={
            "title": "T",
            "solution": {
                "offerings": [
                    {"name": "产品甲", "description": "一句话", "feature": "甲", "advantage": "乙", "benefit": "丙"}
                ]
            },
        },
    )
    prs = open_pptx(render_deck(customer_view(brief)))
    slide = _slide(prs, "产品甲")
    steps = _named(slide, "Step ")
    kinds = [s.auto_shape_type for s in steps if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE]
    assert kinds == [MSO_SHAPE.PENTAGON, MSO_SHAPE.CHEVRON, MSO_SHAPE.CHEVRON]
    assert [s.text_frame.text for s in _named(slide, "Step text")] == ["甲", "乙", "丙"]


def test_many_offerings_continue_four_cards_a_slide(tmp_path):
    offerings = [{"name": f"产品{i}", "feature": "f", "advantage": "a", "benefit": "b"} for i in range(21)]
    brief = brief_with(tmp_path, proposal={"title": "T", "solution": {"offerings": offerings}})
    prs = open_pptx(render_deck(customer_view(brief)))
    counts = [len(_named(s, "Offering card")) for s in prs.slides if _named(s, "Offering card")]
    assert sum(counts) == 21 and max(counts) <= 4 and counts[:2] == [4, 1]  # the five of the first point: 4 + 1
    continued = [t for t in titles(prs) if t.endswith("(续)") and t.startswith("产品0")]
    assert len(continued) == 1


def test_timeline_has_a_chevron_dates_and_deliverables_per_phase(pictured):
    slide = _slide(open_pptx(pictured[1]), "实施计划")
    phases = _named(slide, "Phase ")
    assert [p.auto_shape_type for p in phases] == [MSO_SHAPE.PENTAGON, MSO_SHAPE.CHEVRON, MSO_SHAPE.CHEVRON]
    assert len(_named(slide, "Milestone ")) == 3 and _named(slide, "Axis")
    assert [d.text_frame.text for d in _named(slide, "Dates ")] == [
        "2027-01-20 至 2027-02-10",
        "2027-02-11 至 2027-02-28",
        "2027-03-01 至 2027-04-15",
    ]
    assert _named(slide, "Deliverables 3")[0].text_frame.text == "产线验收\n操作培训"
    left = [p.left for p in phases]
    assert left == sorted(left)  # in order along the axis


def test_service_tiles_one_per_stage_with_their_promise(pictured):
    slide = _slide(open_pptx(pictured[1]), "服务体系")
    assert [s.text_frame.text for s in _named(slide, "Stage ") if s.name[6:].isdigit()] == [
        "售前服务",
        "售中服务",
        "售后服务",
    ]
    after = _named(slide, "Stage services 3")[0].text_frame.text
    assert "7×24 热线" in after and "远程 · 免费 · 响应：15 分钟" in after


def test_challenges_are_cards_beside_our_answer_in_a_filled_panel():
    prs = open_pptx(render_deck(customer_view(load_brief(EXAMPLES / "brief-en.yaml").brief)))
    slide = _slide(prs, "Your challenges and our answer")
    cards = [s for s in _named(slide, "Challenge ") if s.name[10:].isdigit()]
    assert [c.text_frame.text for c in cards] == [
        "Pick errors at 0.8 %\nAbout $380,000 a year in returns, re-shipping and credits",
        "Dependence on temporary staff at peak\nOvertime and agency fees of $520,000 each peak season, and uneven "
        "service levels",
    ]
    assert len(_named(slide, "Challenge bar ")) == 2 and _named(slide, "Challenges to answer")  # the arrow
    (answer,) = _named(slide, "Our answer")
    lines = answer.text_frame.text.splitlines()
    assert lines[0] == "Our answer" and lines[1].startswith("A warehouse control system")
    assert lines[2:] == ["Warehouse control software", "WMS integration"]
    assert answer.left > max(c.left + c.width for c in cards)  # to the right of the cards
    assert answer.top == cards[0].top and answer.top + answer.height == cards[-1].top + cards[-1].height


def test_challenges_without_an_answer_take_the_whole_width(tmp_path):
    brief = brief_with(
        tmp_path, proposal={"title": "方案", "challenges": [{"problem": "返修率高"}, {"problem": "招工难"}]}
    )
    prs = open_pptx(render_deck(customer_view(brief)))
    slide = _slide(prs, "贵司的挑战与我们的方案")
    cards = [s for s in _named(slide, "Challenge ") if s.name[10:].isdigit()]
    assert [c.text_frame.text for c in cards] == ["返修率高", "招工难"]
    assert not _named(slide, "Our answer") and not _named(slide, "Challenges to answer")
    assert min(c.width for c in cards) > prs.slide_width * 0.7


def test_short_service_tiles_sit_midway_between_the_title_and_the_agenda_strip(tmp_path):
    """The English example's two one-line tiles: the space left is shared above and below, not all below."""
    prs = open_pptx(render_deck(customer_view(load_brief(EXAMPLES / "brief-en.yaml").brief)))
    slide = _slide(prs, "Service")
    title = next(s for s in slide.shapes if s.has_text_frame and s.text_frame.text == "Service")
    bands = [s for s in _named(slide, "Stage ") if s.name[6:].isdigit()]
    panels = _named(slide, "Stage services ")
    strip_top = min(s.top for s in _named(slide, "Progress "))
    above = min(b.top for b in bands) - (title.top + title.height)
    below = strip_top - max(p.top + p.height for p in panels)
    assert len(bands) == len(panels) == 2
    assert above > 0 and below > 0 and abs(above - below) < 0.25 * (above + below)


def test_credentials_are_case_cards_with_results_and_a_certificate_strip(pictured):
    slide = _slide(open_pptx(pictured[1]), "为什么选择测试卖方")
    assert len(_named(slide, "Case mark")) == 2
    assert [r.text_frame.text for r in _named(slide, "Result ")] == ["人均产出提升 38%", "良率 99.6%"]
    assert [c.text_frame.text for c in _named(slide, "Certificate ") if c.name[12:].isdigit()] == [
        "ISO 9001",
        "ISO 27001",
        "高新技术企业",
    ]
    results = {r.text_frame.paragraphs[0].runs[0].font.size for r in _named(slide, "Result ")}
    customers = {c.text_frame.paragraphs[0].runs[0].font.size for c in _named(slide, "Case customer")}
    assert min(results) > max(customers), "the result is in large type"
    pictures = _named(slide, "Case picture")
    assert len(pictures) == 2
    for picture in pictures:
        assert abs(_shown_ratio(picture) - picture.width / picture.height) < 0.01


def test_attention_is_one_big_figure_with_its_source(pictured):
    prs = open_pptx(pictured[1])
    slide = prs.slides[1]
    assert titles(prs)[1] == "返修率 3.2%"  # the phrase stays the slide's title
    figure = _named(slide, "Statement figure")[0]
    assert figure.text_frame.text == "3.2%"
    assert figure.text_frame.paragraphs[0].runs[0].font.size.pt >= 72
    assert _named(slide, "Source")[0].text_frame.text == "每年损失 120 万元"


def test_closing_has_dated_milestones_the_contact_and_our_logo(pictured):
    slide = _slide(open_pptx(pictured[1]), "下一步")
    assert [s.text_frame.text for s in _named(slide, "Step date")] == ["2026-12-10", "2026-12-20"]
    assert [s.text_frame.text for s in _named(slide, "Step ") if s.name[5:].isdigit()] == [
        "确认技术方案",
        "完成商务谈判",
        "签约",
    ]
    assert len(_named(slide, "Next step")) == 3
    assert "李明 客户经理" in _named(slide, "Contact")[0].text_frame.text
    assert _named(slide, "Seller logo")[0].shape_type == MSO_SHAPE_TYPE.PICTURE


def test_content_slides_carry_the_agenda_as_a_progress_marker(pictured):
    prs = open_pptx(pictured[1])
    agenda_at = titles(prs).index("今天的内容")
    items = [s.text_frame.text for s in _named(prs.slides[agenda_at], "Agenda item")]
    marked = [s for s in prs.slides if _named(s, "Progress")]
    assert len(marked) >= len(items)
    for slide in marked:
        cells = _named(slide, "Progress")
        assert len(cells) == len(items)
        current = [c for c in cells if not c.text_frame.text.isdigit()]
        assert len(current) == 1
    places = [next(c.text_frame.text for c in _named(s, "Progress") if not c.text_frame.text.isdigit()) for s in marked]
    assert places[0] == f"1 {items[0]}" and places[-1] == f"{len(items)} {items[-1]}"


def _all_decks(tmp_path_factory, pictured) -> dict[str, bytes]:
    decks = {"pictured": pictured[1]}
    for language in ("zh", "en"):
        view = customer_view(load_brief(EXAMPLES / f"brief-{language}.yaml").brief)
        decks[language] = render_deck(view)
        decks[f"{language}-company"] = render_deck(view, TemplateSet(COMPANY))
    folder = tmp_path_factory.mktemp("hostile-bounds")
    decks["hostile"] = render_deck(customer_view(load_brief(write_hostile_brief(folder, items=60)).brief))
    return decks


@pytest.fixture(scope="module")
def decks(tmp_path_factory, pictured):
    return _all_decks(tmp_path_factory, pictured)


def test_every_shape_of_every_deck_is_inside_the_slide(decks):
    for name, data in decks.items():
        prs = open_pptx(data)
        for number, slide in enumerate(prs.slides, 1):
            for shape in slide.shapes:
                assert shape.left >= 0 and shape.top >= 0, f"{name} slide {number} {shape.name}"
                assert shape.left + shape.width <= prs.slide_width, f"{name} slide {number} {shape.name}"
                assert shape.top + shape.height <= prs.slide_height, f"{name} slide {number} {shape.name}"


def test_no_text_overflows_its_shape(decks):
    for name, data in decks.items():
        assert overflows(open_pptx(data)) == [], name


def test_colours_are_theme_references(decks):
    """No RGB colour on a slide: the company's theme restyles every shape and text."""
    for name, data in decks.items():
        prs = open_pptx(data)
        for slide in prs.slides:
            assert not list(slide._element.iter(f"{A}srgbClr")), name
        schemes = [e for s in prs.slides for e in s._element.iter(f"{A}schemeClr")]
        assert {e.get("val") for e in schemes} >= {"accent1", "bg1", "tx1"}, name


def test_same_input_same_bytes(pictured):
    brief = pictured[0]
    assert render_deck(customer_view(brief)) == render_deck(customer_view(brief)) == pictured[1]


def test_a_4_3_master_gets_the_same_layouts_inside_its_narrower_slide(tmp_path, pictured):
    template = Presentation(str(Path(__file__).parents[1] / "templates" / "deck.pptx"))
    scale = 9144000 / template.slide_width  # 4:3: the master and its layouts narrowed with the slide
    template.slide_width = 9144000
    for holder in [template.slide_master, *template.slide_layouts]:
        for shape in holder.shapes:
            if shape.width is not None and shape.left is not None:
                left, top, width, height = shape.left, shape.top, shape.width, shape.height
                shape.left, shape.top, shape.width, shape.height = int(left * scale), top, int(width * scale), height
    folder = tmp_path / "narrow"
    folder.mkdir()
    template.save(str(folder / "deck.pptx"))
    prs = open_pptx(render_deck(customer_view(pictured[0]), TemplateSet(folder)))
    assert prs.slide_width == 9144000
    assert overflows(prs) == []
    for slide in prs.slides:
        for shape in slide.shapes:
            assert shape.left >= 0 and shape.left + shape.width <= prs.slide_width, shape.name
    assert len([t for s in prs.slides for t in _named(s, "Step text")]) == 9  # three offerings, three steps each


def test_account_logo_is_checked_like_the_seller_logo(tmp_path):
    (tmp_path / "notes.txt").write_text("not a picture", encoding="utf-8")
    for reference, message in (
        ("nope.png", "logo file not found: nope.png"),
        ("notes.txt", "logo must be a PNG or JPEG image: notes.txt"),
    ):
        with pytest.raises(BriefError) as caught:
            brief_with(tmp_path, account={"name": "客户", "logo": reference})
        problems = [(p.path, p.message) for p in caught.value.problems]
        assert ("account.logo", message) in problems
        assert all(p.line for p in caught.value.problems)
    shutil.copy(EXAMPLES / "assets" / "logo.png", tmp_path / "customer.png")
    brief = brief_with(tmp_path, account={"name": "客户", "logo": "customer.png"}, proposal={"title": "T"})
    assert Path(brief.account.logo).is_absolute() and customer_view(brief).account_logo == brief.account.logo


def test_every_deck_validates_against_the_schemas(decks):
    """The new shapes and pictures are valid for strict readers (children in schema order)."""
    from ooxml_validation import problems

    for name, data in decks.items():
        assert problems(data) == [], name
