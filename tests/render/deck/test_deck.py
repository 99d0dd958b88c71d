"""The pitch deck read back: presenting order, layouts, titles, pricing, omissions, CLI, bytes."""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile

import pytest
from deck_reading import (
    all_parts_text,
    layout_names,
    open_pptx,
    runs_without_east_asian_font,
    slide_text,
    table_rows,
    titles,
)
from yaml_helpers import brief_with

from generator.analysis.pricing import summarise_pricing
from generator.i18n import Texts
from generator.render.customer_view import customer_view
from generator.render.deck.document import render_deck
from generator.render.deck.plan import plan_deck


@pytest.fixture(scope="module")
def zh_deck(zh_brief):
    return render_deck(customer_view(zh_brief.brief))


@pytest.fixture(scope="module")
def en_deck(en_brief):
    return render_deck(customer_view(en_brief.brief))


def test_zh_deck_follows_the_presenting_order(zh_deck, zh_brief):
    prs = open_pptx(zh_deck)
    proposal = zh_brief.brief.proposal
    assert titles(prs) == [
        proposal.title,
        proposal.deck.hook,
        "感谢某某机械",
        "为贵司带来的价值",
        "今天的内容",
        "贵司的挑战与我们的方案",
        "焊接机器人工作站",
        "MES 质量追溯模块",
        "服务体系",
        "逐条响应贵司的采购指标",
        "实施计划",
        "方案选择",
        "为什么选择华东智能",
        "总结",
        "下一步",
    ]
    # Visual layouts draw on the title-only layout; text, table and chart slides keep their placeholders.
    assert layout_names(prs) == [
        "Title",
        "Title Only",
        "Section",
        "Two Content",
        "Title Only",
        "Title Only",
        "Title Only",
        "Title Only",
        "Title Only",
        "Title and Content",
        "Title Only",
        "Title and Content",
        "Title Only",
        "Title Only",
        "Title Only",
    ]
    # 16:9 built-in master
    assert (prs.slide_width, prs.slide_height) == (12192000, 6858000)


def _slide(prs, title: str):
    """Return the first slide titled `title`."""
    return next(slide for slide, text in zip(prs.slides, titles(prs)) if text == title)


def test_title_slide_names_customer_seller_and_date(zh_deck):
    text = slide_text(open_pptx(zh_deck).slides[0])
    assert "致：上海某某机械有限公司" in text and "华东智能装备有限公司" in text and "2026年11月20日" in text


def test_agenda_lists_what_follows_and_summary_repeats_the_points(zh_deck):
    prs = open_pptx(zh_deck)
    agenda = prs.slides[4]
    numbers = [s.text_frame.text for s in agenda.shapes if s.name.startswith("Agenda number")]
    items = [s.text_frame.text for s in agenda.shapes if s.name.startswith("Agenda item")]
    assert numbers == [str(i) for i in range(1, 10)]
    assert items == [
        "贵司的挑战与我们的方案",
        "焊接机器人工作站",
        "MES 质量追溯模块",
        "服务体系",
        "逐条响应贵司的采购指标",
        "实施计划",
        "方案选择",
        "为什么选择华东智能",
        "下一步",
    ]
    summary = slide_text(_slide(prs, "总结"))
    assert "焊接机器人工作站：换型时间从 4 小时降到 30 分钟" in summary


def test_english_deck_uses_english_labels_and_seller_texts(en_deck):
    prs = open_pptx(en_deck)
    assert titles(prs)[2:5] == ["Thank you, Northwind", "What it means for Northwind", "What we will cover"]
    text = "\n".join(slide_text(s) for s in prs.slides)
    assert "Huadong Smart Equipment Co., Ltd." in text and "华东" not in text
    assert "Next steps" in titles(prs)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_pricing_figures_equal_the_proposal_summary(request, language):
    brief = request.getfixturevalue("zh_plain_brief") if language == "zh" else request.getfixturevalue("en_brief").brief
    data = render_deck(customer_view(brief))
    prs = open_pptx(data)
    t = Texts(language, brief.currency)
    summary = summarise_pricing(brief.proposal.pricing, t.minor_unit)
    slide = prs.slides[titles(prs).index(t.t("deck.pricing_title"))]
    rows = {row[0]: row[1] for row in table_rows(slide)[1:]}
    for category in summary.categories:
        assert rows[category.name] == t.money(category.subtotal)
    total_label = t.t("deck.total") if summary.tax_rate else t.t("deck.total_no_tax")
    assert rows[total_label] == t.money(summary.total)
    if summary.tax_rate:
        assert rows[t.t("deck.tax", rate=t.percent(summary.tax_rate))] == t.money(summary.tax)
        assert rows[t.t("deck.subtotal")] == t.money(summary.subtotal)
    # optional items are apart: below their own heading, after the total
    names = [row[0] for row in table_rows(slide)]
    assert names.index(t.t("deck.optional_items")) > names.index(total_label)
    for line in summary.optional_lines:
        assert rows[line.item.name] == t.money(line.amount)
    # and a native chart compares the category subtotals
    charts = [s.chart for s in slide.shapes if s.has_chart]
    assert len(charts) == 1
    values = list(charts[0].plots[0].series[0].values)
    assert len(values) == len(summary.categories)


def test_pricing_figures_appear_in_the_proposal_too(zh_plain_brief):
    """Cross-check with the Word proposal: every amount the deck shows is printed there as well."""
    proposal = pytest.importorskip("generator.render.proposal.document")
    from docx_reading import all_text

    view = customer_view(zh_plain_brief)
    proposal_text = all_text(proposal.render_proposal(view))
    prs = open_pptx(render_deck(view))
    slide = prs.slides[titles(prs).index("投资概览")]
    amounts = [row[1] for row in table_rows(slide)[1:] if row[1]]
    assert amounts and all(a in proposal_text for a in amounts)


def test_zh_pricing_expected_values(zh_plain_brief):
    """The example's figures, worked by hand: 6×380000×95% + 450000 + 64000 = 2680000; 13% tax."""
    prs = open_pptx(render_deck(customer_view(zh_plain_brief)))
    rows = {r[0]: r[1] for r in table_rows(_slide(prs, "投资概览"))[1:]}
    assert rows["设备"] == "¥2,166,000.00"
    assert rows["合计（不含税）"] == "¥2,680,000.00"
    assert rows["税额（13%）"] == "¥348,400.00"
    assert rows["总计（含税）"] == "¥3,028,400.00"
    assert rows["操作培训"] == "¥30,000.00"
    assert rows["驻场运维工程师"] == "¥180,000.00", "a paid service with a price is an optional line"
    assert rows["含可选项目总计（含税）"] == "¥3,265,700.00"  # 3,028,400 + (30,000 + 180,000) × 1.13


def test_value_slide_compares_benefits_with_costs_at_the_proposal_ratio(zh_deck, zh_brief):
    from generator.analysis.value import summarise_value

    prs = open_pptx(zh_deck)
    slide = prs.slides[3]
    shapes = {s.name: s for s in slide.shapes}
    summary = summarise_value(zh_brief.brief.proposal.value)
    t = Texts("zh", zh_brief.brief.currency)
    assert shapes["Ratio"].text_frame.text == f"{t.number(summary.ratio)} 倍" == "2.44 倍"
    assert t.money(summary.total_benefits) in shapes["客户收益"].text_frame.text
    assert t.money(summary.total_costs) in shapes["客户投入"].text_frame.text
    assert t.money(summary.net) in shapes["Net"].text_frame.text
    # the bars are in proportion: benefits ÷ costs
    bars = shapes["Bar 1"].width / shapes["Bar 2"].width
    assert abs(bars - float(summary.ratio)) < 0.01
    assert not any(s.has_chart for s in slide.shapes)  # native shapes, not a chart


def test_optional_slides_are_left_out(tmp_path):
    brief = brief_with(
        tmp_path,
        proposal={
            "title": "简单方案",
            "solution": {"offerings": [{"name": "产品甲"}]},
        },
    )
    prs = open_pptx(render_deck(customer_view(brief)))
    kinds = [s.kind for s in plan_deck(customer_view(brief))]
    assert kinds == ["title", "thanks", "point", "summary", "call"]
    assert titles(prs) == ["简单方案", "感谢客户有限公司", "产品甲", "总结", "下一步"]
    text = "\n".join(slide_text(s) for s in prs.slides)
    assert "None" not in text
    for slide in prs.slides:  # no empty placeholders left behind
        for shape in slide.placeholders:
            assert shape.text_frame.text.strip(), f"empty placeholder {shape.name}"


def test_challenge_opens_when_there_is_no_hook(tmp_path):
    brief = brief_with(
        tmp_path,
        proposal={
            "title": "方案",
            "challenges": [{"problem": "返修率高", "impact": "每年损失 120 万元"}, {"problem": "招工难"}],
        },
    )
    prs = open_pptx(render_deck(customer_view(brief)))
    assert titles(prs)[1] == "返修率高"
    assert "每年损失 120 万元" in slide_text(prs.slides[1])


def test_more_than_five_offerings_are_grouped_never_dropped(tmp_path):
    offerings = [{"name": f"产品{i:02d}", "benefit": f"收益{i:02d}"} for i in range(1, 13)]
    brief = brief_with(
        tmp_path,
        proposal={
            "title": "方案",
            "challenges": [{"problem": "问题一"}],
            "solution": {"offerings": offerings, "service": [{"name": "驻场服务"}]},
        },
    )
    plan = plan_deck(customer_view(brief))
    points = [s for s in plan if s.kind == "point"]
    assert len(points) == 5
    text = "\n".join(slide_text(s) for s in open_pptx(render_deck(customer_view(brief))).slides)
    for offering in offerings:
        assert offering["name"] in text and offering["benefit"] in text


def test_every_run_sets_the_east_asian_font_and_language(zh_deck, en_deck, zh_brief):
    from generator.render.deck.notes import presenter_notes

    presenter = render_deck(customer_view(zh_brief.brief), notes=presenter_notes(zh_brief.brief))
    for data in (zh_deck, en_deck, presenter):
        assert runs_without_east_asian_font(open_pptx(data)) == []
    xml = all_parts_text(zh_deck)
    assert 'lang="zh-CN"' in xml and '<a:ea typeface="Microsoft YaHei"/>' in xml


def test_same_brief_same_bytes_and_fixed_properties(zh_brief, zh_deck):
    again = render_deck(customer_view(zh_brief.brief))
    assert again == zh_deck
    prs = open_pptx(zh_deck)
    props = prs.core_properties
    assert props.title == "二期产线自动化改造方案建议书"
    assert props.author == "华东智能装备有限公司"
    assert props.created.date().isoformat() == "2026-11-20" == props.modified.date().isoformat()
    assert props.revision == 1
    assert "python-pptx" not in all_parts_text(zh_deck)
    with zipfile.ZipFile(io.BytesIO(zh_deck)) as package:
        slides = [package.read(n).decode() for n in package.namelist() if n.startswith("ppt/slides/slide")]
    assert slides and not any("Click to edit" in xml for xml in slides)
    with zipfile.ZipFile(io.BytesIO(zh_deck)) as package:
        assert {info.date_time for info in package.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        assert not any(name.startswith("docProps/thumbnail") for name in package.namelist())


def _kam(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "generator", *map(str, args)], capture_output=True, text=True, cwd=cwd)


def test_cli_writes_next_to_the_brief_named_from_the_title(examples):
    result = _kam("deck", examples / "brief-zh.yaml")
    assert result.returncode == 0, result.stderr
    target = examples / "二期产线自动化改造方案建议书.pptx"
    assert target.is_file()
    assert not (examples / "二期产线自动化改造方案建议书-presenter.pptx").exists()
    assert open_pptx(target).slides[0].shapes.title.text_frame.text == "二期产线自动化改造方案建议书"
    assert not list(examples.glob("*.part"))


def test_cli_presenter_writes_both_copies_and_lang_switches(examples, tmp_path):
    out = tmp_path / "out" / "deck.pptx"
    result = _kam("deck", examples / "brief-zh.yaml", "-o", out, "--presenter", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert out.is_file() and (tmp_path / "out" / "deck-presenter.pptx").is_file()
    assert titles(open_pptx(out))[-1] == "Next steps"


def test_cli_usage_and_data_errors(examples, tmp_path):
    bad_suffix = _kam("deck", examples / "brief-zh.yaml", "-o", tmp_path / "deck.docx")
    assert bad_suffix.returncode == 2 and not (tmp_path / "deck.docx").exists()
    no_proposal = tmp_path / "brief.yaml"
    no_proposal.write_text("brief: 1\nseller: {name: 卖方}\naccount: {name: 客户}\n", encoding="utf-8")
    result = _kam("deck", no_proposal)
    assert result.returncode == 1
    assert "proposal" in result.stderr and "Traceback" not in result.stderr
    assert not list(tmp_path.glob("*.pptx"))
    invalid = tmp_path / "invalid.yaml"
    invalid.write_text("brief: 1\naccount: {name: 客户, tier: huge}\n", encoding="utf-8")
    result = _kam("deck", invalid)
    assert result.returncode == 1 and "invalid.yaml:2:" in result.stderr and "account.tier" in result.stderr


def test_demo_writes_both_languages_and_presenter_copies(examples_dir, tmp_path):
    from generator.render.deck.document import demo

    paths = demo(examples_dir, tmp_path)
    names = sorted(p.name for p in paths)
    assert names == sorted(
        [
            "二期产线自动化改造方案建议书.pptx",
            "二期产线自动化改造方案建议书-presenter.pptx",
            "Warehouse Control System Proposal.pptx",
            "Warehouse Control System Proposal-presenter.pptx",
        ]
    )
    assert all(p.is_file() for p in paths)
