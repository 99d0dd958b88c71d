"""The deck is customer-facing: no internal field reaches any part of it (slides, notes,
properties, charts and their workbooks). Only the presenter copy carries internal notes."""

from __future__ import annotations

import pytest
from canary import canary_brief, leaked
from deck_reading import all_parts_text, notes_text, open_pptx, titles

from generator.load import load_brief
from generator.render.customer_view import customer_view
from generator.render.deck.document import render_deck
from generator.render.deck.notes import presenter_notes


@pytest.mark.parametrize("language", ["zh", "en"])
def test_no_internal_field_reaches_any_part_of_the_deck(tmp_path, examples_dir, language):
    path, canaries = canary_brief(examples_dir, tmp_path, language)
    brief = load_brief(path).brief
    assert len(canaries) > 30
    assert brief.opportunity.close.note in canaries and set(brief.visits[0].signals) <= set(canaries)
    data = render_deck(customer_view(brief))
    text = all_parts_text(data)
    assert leaked(text, canaries) == []
    prs = open_pptx(data)
    assert not any(slide.has_notes_slide for slide in prs.slides)
    # the internal words of the method don't appear either
    for word in ("进取型", "分析型", "亲切型", "表现型", "Driver", "Analytical", "Amiable", "Expressive"):
        assert word not in text
    assert brief.proposal.title in text and brief.account.name in text


def test_canaries_would_be_caught(tmp_path, examples_dir):
    path, canaries = canary_brief(examples_dir, tmp_path, "zh")
    brief = load_brief(path).brief
    brief.proposal.closing = canaries[0]
    assert leaked(all_parts_text(render_deck(customer_view(brief))), canaries) == [canaries[0]]


def test_presenter_copy_carries_objections_and_styles_in_notes_only(tmp_path, examples_dir, zh_brief):
    brief = zh_brief.brief
    normal = open_pptx(render_deck(customer_view(brief)))
    presenter_data = render_deck(customer_view(brief), notes=presenter_notes(brief))
    presenter = open_pptx(presenter_data)
    assert titles(presenter) == titles(normal)  # same slides
    notes = notes_text(presenter)
    for objection in brief.objections:
        assert objection.statement in notes and objection.response in notes
    assert "王建国 总经理：进取型" in notes and "刘芳 采购主管：亲切型" in notes
    # the price objection sits on the pricing slide (the package cards), the timing one on the implementation plan
    slides = dict(zip(titles(presenter), presenter.slides))
    assert "比竞争对手贵 15%" in slides["方案选择"].notes_slide.notes_text_frame.text
    assert "明年再说吧" in slides["实施计划"].notes_slide.notes_text_frame.text
    assert "比竞争对手贵 15%" not in slides["总结"].notes_slide.notes_text_frame.text
    # every slide says who listens how
    assert all("参会人沟通风格" in s.notes_slide.notes_text_frame.text for s in presenter.slides)
    # the slides themselves are the customer's
    slide_xml = [s.part.blob.decode() for s in presenter.slides]
    assert not any("比竞争对手贵" in x or "进取型" in x for x in slide_xml)


def test_objections_without_their_slide_go_to_the_last_slide(tmp_path):
    from yaml_helpers import brief_with

    brief = brief_with(
        tmp_path,
        proposal={"title": "方案", "closing": "谢谢"},
        objections=[
            {"type": "price", "statement": "太贵了", "response": "分期"},
            {"statement": "再考虑", "method": "ask", "response": "问原因"},
        ],
        contacts=[{"id": "a", "name": "甲", "style": "analytical"}],
    )
    prs = open_pptx(render_deck(customer_view(brief), notes=presenter_notes(brief)))
    last = prs.slides[-1].notes_slide.notes_text_frame.text
    assert "太贵了" in last and "再考虑" in last and "应对（询问法）：问原因" in last
    assert "太贵了" not in prs.slides[0].notes_slide.notes_text_frame.text


def test_reporting_lines_are_in_the_presenter_notes_only(tmp_path, examples_dir):
    path, canaries = canary_brief(examples_dir, tmp_path, "zh")
    brief = load_brief(path).brief
    boss = brief.contacts[0].name
    customer = all_parts_text(render_deck(customer_view(brief)))
    assert "汇报" not in customer and leaked(customer, canaries) == []
    presenter = open_pptx(render_deck(customer_view(brief), notes=presenter_notes(brief)))
    assert f"（向{boss}汇报）" in notes_text(presenter)
    # the ids behind the reporting lines never reach a slide, not even the presenter's
    slides = "".join(s.part.blob.decode() for s in presenter.slides)
    assert not [c for c in canaries if c in slides]
