"""The offer and the close, read back as a reader sees them: the package comparison, the commercial
terms, the service catalogue, value by kind (proposal); package cards and value by kind (deck); the
buying signals, the closing method and LSCPA (visit plan); and the located errors of the new fields."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import pytest
import yaml_helpers
from click.testing import CliRunner
from deck_reading import open_pptx, slide_text, titles
from docx_reading import open_docx, table_rows
from pptx.enum.dml import MSO_THEME_COLOR

from generator.analysis.call_plan import call_plan
from generator.analysis.pricing import proposal_pricing
from generator.cli import cli
from generator.errors import BriefError
from generator.render.customer_view import customer_view
from generator.render.deck.document import render_deck
from generator.render.proposal.document import render_proposal

CENT = Decimal("0.01")


def cents(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def yuan(value: Decimal) -> str:
    return f"¥{value:,.2f}"


@pytest.fixture(scope="module")
def zh_document(zh_brief):
    return open_docx(render_proposal(customer_view(zh_brief.brief)))


def package_table(document):
    return next(t for t in document.tables if "A 基础方案" in t.rows[0].cells[-2].text)


# --- the package comparison -------------------------------------------------------------


def test_package_table_totals_are_exact_and_worked_by_hand(zh_document, zh_brief):
    items = {item.name: item for item in zh_brief.brief.proposal.pricing.items}
    robots = cents(items["焊接机器人工作站"].quantity * items["焊接机器人工作站"].unit_price * Decimal("0.95"))
    mes = cents(items["MES 质量追溯模块"].unit_price)
    installation = cents(items["安装调试"].unit_price)
    basic = robots + installation  # A: its own line + the line in no package
    digital = basic + mes  # B includes A, plus its own MES line
    rows = table_rows(package_table(zh_document))
    header = rows[0]
    assert header[-2:] == ["A 基础方案", "B 数字化方案\n（推荐）"]
    lines = {r[1].split("\n")[0]: r[-2:] for r in rows if r[0].isdigit()}
    assert lines["焊接机器人工作站"] == [yuan(robots), yuan(robots)]
    assert lines["MES 质量追溯模块"] == ["—", yuan(mes)]
    assert lines["安装调试"] == [yuan(installation), yuan(installation)]
    assert "操作培训" not in lines, "optional lines stay outside the packages"
    figures = {r[0]: r[1:] for r in rows if not r[0].isdigit() and len(r) == 3}
    assert figures["小计（不含税）"] == [yuan(basic), yuan(digital)]
    tax_a, tax_b = cents(basic * Decimal("0.13")), cents(digital * Decimal("0.13"))
    assert figures["税额（13%）"] == [yuan(tax_a), yuan(tax_b)]
    assert figures["总计（含税）"] == [yuan(basic + tax_a), yuan(digital + tax_b)]
    assert yuan(digital + tax_b) == "¥3,028,400.00"
    words = {r[0]: r[1] for r in rows if len(r) == 2}
    assert words["B 数字化方案大写金额"] == "人民币叁佰零贰万捌仟肆佰元整"
    assert words["A 基础方案大写金额"] == "人民币贰佰伍拾壹万玖仟玖佰元整"  # 2,519,900


def test_the_recommended_package_is_marked(zh_document):
    from docx.oxml.ns import qn

    header = package_table(zh_document).rows[0].cells
    fills = [c._tc.find(f"{qn('w:tcPr')}/{qn('w:shd')}").get(qn("w:fill")) for c in header[-2:]]
    assert fills[0] != fills[1], "the recommended column stands out"
    assert "推荐" in header[-1].text and "推荐" not in header[-2].text


def test_packages_from_lines_includes_and_rounding(tmp_path):
    items = [
        {"name": "a", "quantity": 3, "unit_price": "33.335", "package": "A"},  # 100.005 → 100.01
        {"name": "b", "quantity": 1, "unit_price": "19.99", "package": "B", "discount": "12.5%"},
        {"name": "c", "quantity": 2, "unit_price": "0.125"},  # in no package: in all
        {"name": "d", "unit_price": 7, "package": "C"},
        {"name": "o", "unit_price": 5, "package": "B", "optional": True},
    ]
    packages = [
        {"id": "A", "name": "Base"},
        {"id": "B", "name": "Plus", "includes": ["A"]},
        {"id": "C", "name": "Max", "includes": ["B", "C"], "recommended": True},
    ]
    brief = yaml_helpers.brief_with(
        tmp_path, proposal={"title": "T", "pricing": {"tax_rate": "6%", "items": items, "packages": packages}}
    )
    summary = proposal_pricing(brief.proposal)
    a, b, c, d = (
        Decimal("100.01"),
        Decimal("19.99") - cents(Decimal("19.99") * Decimal("0.125")),
        Decimal("0.25"),
        Decimal(7),
    )
    expected = {"A": a + c, "B": a + b + c, "C": a + b + c + d}
    for total in summary.packages:
        subtotal = expected[total.package.id]
        assert total.subtotal == subtotal
        assert total.tax == cents(subtotal * Decimal("0.06"))
        assert total.total == subtotal + total.tax
    assert summary.headline.package.id == "C" and summary.quoted_total == summary.packages[2].total
    assert [line.item.name for line in summary.optional_lines] == ["o"]


def test_one_package_keeps_the_plain_price_list(en_brief):
    document = open_docx(render_proposal(customer_view(en_brief.brief)))
    texts = [p.text for p in document.paragraphs]
    assert "Two-site rollout: Both fulfilment centres live before peak season 2027" in texts
    assert not any("(recommended)" in c.text for t in document.tables for c in t.rows[0].cells)


# --- commercial terms, services, value ----------------------------------------------------


def test_commercial_terms_follow_the_pricing_as_a_two_column_table(zh_document, zh_brief):
    headings = [p.text for p in zh_document.paragraphs if p.style.name == "Heading 1"]
    assert headings.index("五、商务条款") == headings.index("四、报价") + 1
    table = next(t for t in zh_document.tables if t.rows[0].cells[0].text == "交货")
    rows = table_rows(table)
    assert all(len(r) == 2 for r in rows)
    terms = dict(rows)
    assert [r[0] for r in rows] == [
        "交货",
        "安装调试",
        "验收",
        "质保",
        "维护保养",
        "培训",
        "付款方式",
        "违约责任",
        "报价有效期",
        "其他",
    ]
    assert terms["质保"] == "整机质保 12 个月，自验收之日起计算"
    assert terms["付款方式"] == "1. 合同签订后预付 30%\n2. 到货 60%\n3. 验收后 10%", "from pricing.payment_terms"
    assert terms["报价有效期"] == "本报价有效期至2026年12月31日。", "from valid_until"
    paragraphs = [p.text for p in zh_document.paragraphs]
    assert "（二）付款方式" not in " ".join(paragraphs), "payment is not repeated in the pricing"


def test_service_catalogue_grouped_by_kind_with_its_columns(zh_document):
    table = next(t for t in zh_document.tables if t.rows[0].cells[0].text == "服务项目")
    rows = table_rows(table)
    assert rows[0] == ["服务项目", "说明", "性质", "方式", "收费", "响应时间"]
    groups = [r[0] for r in rows if len(r) == 1]
    assert groups == ["售前服务", "售中服务", "售后服务"]
    lines = {r[0]: r[2:] for r in rows if len(r) == 6}
    assert lines["远程诊断"] == ["技术性", "远程", "免费", "15 分钟"]
    assert lines["驻场运维工程师"] == ["技术性", "现场", "收费 ¥180,000.00", "常驻"]
    optional = next(t for t in zh_document.tables if any(c.text == "驻场运维工程师" for c in t.columns[1].cells))
    assert ["2", "驻场运维工程师", "1", "", "¥180,000.00", "¥180,000.00"] in table_rows(optional)


def test_value_grouped_by_kind(zh_document):
    table = next(t for t in zh_document.tables if any("客户让渡价值" in c.text for c in t._cells))
    rows = [r[0] if len(r) == 1 else tuple(r) for r in table_rows(table)]
    benefits, costs = rows.index("客户收益"), rows.index("客户投入")
    assert [r for r in rows[benefits:costs] if isinstance(r, str)] == ["客户收益", "产品价值", "服务价值", "形象价值"]
    assert ("产品价值小计", "¥6,480,000.00") in rows
    assert [r for r in rows[costs:] if isinstance(r, str)] == ["客户投入", "货币成本", "时间成本", "精力成本"]
    assert ("客户让渡价值（收益 − 投入）", "¥4,351,600.00") in rows


# --- the deck -------------------------------------------------------------------------------


def test_deck_shows_one_card_per_package_the_recommended_highlighted(zh_brief):
    prs = open_pptx(render_deck(customer_view(zh_brief.brief)))
    slide = prs.slides[titles(prs).index("方案选择")]
    cards = [s for s in slide.shapes if s.name.startswith("Package ")]
    assert len(cards) == 2
    basic, digital = (card.text_frame.text for card in cards)
    assert "基础方案" in basic and "¥2,519,900.00" in basic and "推荐" not in basic
    assert "数字化方案" in digital and "¥3,028,400.00" in digital and "★ 推荐方案" in digital
    assert cards[1].fill.fore_color.theme_color == MSO_THEME_COLOR.ACCENT_1
    # the plain card: the same accent lightened to near white (a theme reference, not an RGB); the
    # recommended one at full strength
    assert cards[0].fill.fore_color.theme_color == MSO_THEME_COLOR.ACCENT_1
    assert cards[0].fill.fore_color.brightness > 0.5 and cards[1].fill.fore_color.brightness == 0
    assert "可选项目另计：操作培训和驻场运维工程师" in slide_text(slide)


def test_deck_value_slide_groups_benefits_by_kind(zh_brief):
    prs = open_pptx(render_deck(customer_view(zh_brief.brief)))
    lines = slide_text(prs.slides[titles(prs).index("为贵司带来的价值")]).splitlines()
    assert lines.index("产品价值") < lines.index("服务价值") < lines.index("形象价值") < lines.index("时间成本")
    assert lines[lines.index("产品价值") + 1].startswith("返修损失减少")


# --- the visit plan at the commitment stage -------------------------------------------------


@pytest.fixture(scope="module")
def commitment_plan(tmp_path_factory, examples_dir):
    import shutil

    folder = tmp_path_factory.mktemp("commit")
    for name in ("seller.yaml", "assets"):
        source = examples_dir / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, folder / name)
    text = (
        (examples_dir / "brief-zh.yaml")
        .read_text(encoding="utf-8")
        .replace("  stage: evaluation", "  stage: commitment")
    )
    (folder / "brief.yaml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(
        cli,
        [
            "visits",
            str(folder / "brief.yaml"),
            "--from",
            "2026-11-23",
            "--weeks",
            "2",
            "--today",
            "2026-11-23",
            "-o",
            str(folder / "plan.docx"),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return open_docx(folder / "plan.docx")


def record(document, label: str) -> list[str]:
    for table in document.tables:
        for row in table.rows:
            if row.cells[0].text == label:
                return [p.text for p in row.cells[1].paragraphs]
    raise AssertionError(f"no row {label!r}")


def test_visit_plan_lists_signals_to_watch_and_those_seen(commitment_plan):
    lines = record(commitment_plan, "购买信号")
    assert lines[0] == "留意以下信号："
    assert "· 询问交货期、到货或安装时间" in lines and "· 询问实施团队、项目经理和人员安排" in lines
    seen = lines[lines.index("已出现的信号：") + 1 :]
    assert seen == ["· 2026年11月18日：询问交货期和询问一期的验收标准"]


def test_visit_plan_suggests_the_close_and_its_words(commitment_plan):
    lines = record(commitment_plan, "成交方法")
    assert lines[0] == "建议：选择法"
    assert lines[2] == (
        "话术：“王建国，基础方案（¥2,519,900.00）还是数字化方案（¥3,028,400.00），您倾向哪一个？我们推荐数字化方案。”"
    )
    assert lines[3] == "备注：请王总在基础方案与数字化方案之间选择，推荐数字化方案"


def test_each_prepared_objection_is_laid_out_as_lscpa(commitment_plan):
    lines = record(commitment_plan, "需准备的异议")
    # objections come in the order of their timing, each headed by when to answer it
    start = lines.index("价格异议（真异议）：“比竞争对手贵 15%”（立即回答）")
    steps = lines[start + 1 : start + 6]
    assert [s.split("：")[0] for s in steps] == ["倾听（L）", "分担（S）", "澄清（C）", "陈述（P）", "要求行动（A）"]
    assert steps[3] == "陈述（P）：以 3 年总拥有成本对比：本地服务与更低返修率使 3 年成本低于竞争对手。（补偿法）"
    assert steps[4] == "要求行动（A）：2027年1月15日前签订合同"
    hidden = lines[lines.index("购买时间异议（隐藏异议）：“明年再说吧”（提前回答）") + 3]
    assert hidden.startswith("澄清（C）：这是隐藏异议")


@pytest.mark.parametrize(
    "changes, method, reason",
    [
        ({}, "alternative", "close.why_chosen"),
        ({"close": None}, "alternative", "close.why_packages"),
        ({"close": None, "packages": False}, "concession", "close.why_trade"),
        ({"close": None, "packages": False, "trades": False, "signals": False}, "agreement", "close.why_agreement"),
        ({"close": None, "packages": False, "trades": False}, "direct", "close.why_signals"),
        ({"close": "concession", "packages": False, "trades": False}, "direct", "close.why_no_trade"),
    ],
)
def test_closing_method_follows_the_method(zh_brief, changes, method, reason):
    brief = zh_brief.brief
    from generator.models.enums import ClosingMethod, Stage
    from generator.models.offer import Close

    opportunity = brief.opportunity.model_copy(update={"stage": Stage("commitment")})
    if "close" in changes:
        value = changes["close"]
        opportunity = opportunity.model_copy(update={"close": Close(method=ClosingMethod(value)) if value else None})
    update = {"opportunity": opportunity}
    if changes.get("packages") is False:
        pricing = brief.proposal.pricing.model_copy(update={"packages": []})
        update["proposal"] = brief.proposal.model_copy(update={"pricing": pricing})
    if changes.get("trades") is False:
        update["negotiation"] = brief.negotiation.model_copy(update={"trades": []})
    if changes.get("signals") is False:
        update["visits"] = [v.model_copy(update={"signals": []}) for v in brief.visits]
    plan = call_plan(brief.model_copy(update=update), dt.date(2026, 12, 2))
    assert plan.close.method.value == method
    assert plan.close.why.key == reason


def test_no_close_before_the_commitment_stage(zh_brief):
    assert call_plan(zh_brief.brief, dt.date(2026, 12, 2)).close is None  # the example is at evaluation


# --- located errors --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "proposal, message",
    [
        (
            {"title": "T", "pricing": {"payment_terms": ["30%"]}, "terms": {"payment": ["30%"]}},
            "proposal.terms.payment: payment terms are given twice",
        ),
        (
            {"title": "T", "pricing": {"packages": [{"id": "A", "name": "a"}, {"id": "A", "name": "b"}]}},
            "proposal.pricing.packages[1].id: duplicate package id 'A' (also packages[0])",
        ),
        (
            {"title": "T", "solution": {"service": [{"name": "s", "charge": "免费", "price": "1万"}]}},
            "proposal.solution.service[0].price: a free service has no price",
        ),
        (
            {"title": "T", "value": {"costs": [{"item": "c", "kind": "cash"}]}},
            "proposal.value.costs[0].kind: must be one of",
        ),
    ],
)
def test_bad_offer_fields_are_located_errors(tmp_path, proposal, message):
    with pytest.raises(BriefError) as caught:
        yaml_helpers.brief_with(tmp_path, proposal=proposal)
    assert message in str(caught.value)


def test_chinese_terms_are_accepted(tmp_path):
    brief = yaml_helpers.brief_with(
        tmp_path,
        opportunity={"name": "o", "close": {"method": "达成协议法"}},
        proposal={
            "title": "T",
            "solution": {"service": [{"name": "s", "mode": "流动", "charge": "收费"}]},
            "value": {"benefits": [{"item": "b", "kind": "人员价值"}], "costs": [{"item": "c", "kind": "精神成本"}]},
        },
    )
    assert brief.opportunity.close.method.value == "agreement"
    assert brief.proposal.solution.service[0].mode.value == "mobile" and brief.proposal.solution.service[0].paid
    assert brief.proposal.value.benefits[0].kind.value == "personnel"
    assert brief.proposal.value.costs[0].kind.value == "psychic"


def test_schema_lists_the_new_fields(tmp_path):
    import json

    result = CliRunner().invoke(cli, ["schema", "-o", str(tmp_path / "s.json")], catch_exceptions=False)
    assert result.exit_code == 0
    text = (tmp_path / "s.json").read_text(encoding="utf-8")
    schema = json.loads(text)
    assert "packages" in json.dumps(schema) and "signals" in text and "达成协议法" in text and "货币成本" in text
