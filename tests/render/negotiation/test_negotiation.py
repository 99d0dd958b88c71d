"""kam negotiate: the negotiation plan read back as a reader sees it, and the ladder behind it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx_reading import headings, open_docx, runs_with_text, table_rows

from generator.analysis.negotiation import concession_ladder, negotiation_plan
from generator.cli import main
from generator.load import load_brief
from generator.models.brief import Brief
from generator.render.negotiation.document import render_negotiation


def _kam(*args):
    import click

    @click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
    @click.pass_context
    def script(ctx):
        main(list(ctx.args))

    return CliRunner().invoke(script, [str(a) for a in args])


def _brief(**negotiation) -> Brief:
    return Brief.model_validate({"brief": 1, "account": {"name": "某某机械"}, "negotiation": negotiation})


def test_the_ladder_runs_from_the_first_target_to_the_bottom_line_paired_with_trades(zh_brief):
    rungs, steps = concession_ladder(zh_brief.brief)
    assert [r.amount for r in rungs] == [Decimal(2_680_000), Decimal(2_550_000), Decimal(2_450_000)]
    assert rungs[-1].is_bottom_line
    assert [s.amount for s in steps] == [Decimal(130_000), Decimal(100_000)]
    assert [s.trade.get for s in steps] == ["货款一次付清", "1 月 15 日前签约"]
    assert all(not s.breaks for s in steps)


def test_a_ladder_breaks_when_a_step_grows_goes_up_or_falls_below_the_bottom_line():
    _, steps = concession_ladder(_brief(targets=["268万", "263万", "240万"], bottom_line="245万"))
    assert [s.breaks for s in steps] == [(), ("below_bottom_line",), ()]
    _, steps = concession_ladder(_brief(targets=["268万", "263万"], bottom_line="245万"))
    assert [s.breaks for s in steps] == [(), ("grows",)]
    _, steps = concession_ladder(_brief(targets=["90万", "95万"], bottom_line="88万"))
    assert steps[0].breaks == ("rises",)


def test_plan_figures_against_the_proposal(zh_brief):
    plan = negotiation_plan(zh_brief.brief)
    assert plan.quote.subtotal == Decimal("2680000.00") and plan.quote.total == Decimal("3028400.00")
    assert plan.zone == (Decimal(2_450_000), Decimal(2_580_000))
    assert [m.name for m in plan.team][:2] == ["李明", "刘工"] and plan.missing_roles == ()
    assert [s.contact.name for s in plan.stances if s.key] == ["王建国", "陈工", "刘芳"]


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_plan_reads_back_with_every_section(examples_dir, language):
    brief = load_brief(examples_dir / f"brief-{language}.yaml").brief
    document = open_docx(render_negotiation(brief))
    expected = {
        "zh": [
            "我方团队与分工",
            "目标分级与底线",
            "让步阶梯",
            "对方的利益、底线与我方替代方案",
            "预期异议与应答",
            "对方采购团队的立场",
        ],
        "en": [
            "Our team and roles",
            "Target tiers and bottom line",
            "Concession ladder",
            "Their interests and bottom line; our alternatives",
            "Objections to expect and our answers",
            "The buying centre's stance",
        ],
    }[language]
    assert headings(document) == expected
    tables = [table_rows(t) for t in document.tables]
    team, targets, ladder = tables[0], tables[1], tables[2]
    if language == "zh":
        assert team[0] == ["主谈", "技术", "商务", "决策", "记录"] and team[1][0] == "李明"
        assert ["目标 1", "268万 全额", "¥2,680,000.00", "持平"] in targets
        assert ["我方底线", "", "¥2,450,000.00", "−8.6%"] in targets
        assert ["对方底线（估计）", "", "¥2,580,000.00", "−3.7%"] in targets
        assert ladder[1][:4] == ["1", "268万 全额 → 255万 + 3 年维保", "¥130,000.00（4.9%）", "货款一次付清"]
        assert ladder[1][4] == "如果贵方同意货款一次付清，我们可以调整到255万 + 3 年维保，并延长保修 1 年。"
        text = "\n".join(p.text for p in document.paragraphs)
        assert "成交区间：¥2,450,000.00 至 ¥2,580,000.00" in text
        cells = "\n".join(c for t in tables for row in t for c in row)
        assert "只签一期 4 套工作站" in cells and "二期 4 月 15 日前投产" in cells
        assert "王建国（总经理） ★" in cells
    else:
        assert team[1] == ["Li Ming", "Grace Chen", "Tom Zhang", "Amy Xu"]
        assert ladder[1][4] == (
            "If you agree to signature before February 26, we can move to 900000 with a 3-year "
            "support contract and offer extended hypercare at no charge."
        )
        assert ladder[2][3] == "No exchange yet: decide what to ask for first"
    lang = "zh-CN" if language == "zh" else "en-US"
    for run in runs_with_text(document):
        fonts, tags = run.find(f".//{qn('w:rFonts')}"), run.find(f".//{qn('w:lang')}")
        assert fonts is not None and fonts.get(qn("w:eastAsia")), "every run names its East Asian font"
        assert tags is not None and tags.get(qn("w:eastAsia")) == "zh-CN" and tags.get(qn("w:val")) == lang


def test_a_broken_step_is_shaded_and_named(tmp_path):
    brief = _brief(targets=["268万 全额", "263万", "240万 一次付清"], bottom_line="245万")
    document = open_docx(render_negotiation(brief))
    ladder = table_rows(document.tables[-1])
    assert ladder[2][2] == "¥230,000.00（8.6%）\n低于底线"
    assert "尚未安排谈判团队" in "\n".join(p.text for p in document.paragraphs)
    shading = document.tables[-1].rows[2].cells[0]._tc.find(f".//{qn('w:shd')}")
    assert shading is not None and shading.get(qn("w:fill")) == "FDE2E1"


def test_same_brief_same_bytes(zh_brief):
    assert render_negotiation(zh_brief.brief) == render_negotiation(zh_brief.brief)


def test_command_writes_next_to_the_brief_and_refuses_an_empty_brief(examples, tmp_path):
    result = _kam("negotiate", examples / "brief-zh.yaml")
    assert result.exit_code == 0, result.output
    target = examples / "brief-zh-谈判预案.docx"
    assert target.exists() and "内部文件" in result.output
    result = _kam("negotiate", examples / "brief-en.yaml", "-o", tmp_path / "plan.docx", "--lang", "zh")
    assert result.exit_code == 0 and headings(open_docx(tmp_path / "plan.docx"))[0] == "我方团队与分工"
    empty = tmp_path / "empty.yaml"
    empty.write_text("brief: 1\nlanguage: en\naccount: {name: Acme}\n", encoding="utf-8")
    result = _kam("negotiate", empty, "-o", tmp_path / "none.docx")
    assert result.exit_code == 1 and "no negotiation, pricing or objections" in result.output
    assert not (tmp_path / "none.docx").exists()
    assert _kam("negotiate", empty, "-o", tmp_path / "x.pptx").exit_code == 2
