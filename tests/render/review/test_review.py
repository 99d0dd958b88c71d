"""kam review: the director's sheet and Word pack read back (cells, order, conditional formatting, pages)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from docx.oxml.ns import qn
from docx_reading import headings, open_docx, table_rows
from openpyxl import load_workbook

from generator.analysis.review import review_rows
from generator.cli import main
from generator.load import load_brief
from generator.render.review.xlsx import display_width, render_review_xlsx

DAY = "2026-12-01"
BIG = """\
brief: 1
language: zh
account: {name: 宁波某某重工, tier: key, receivables: [{due: 2026-08-31, amount: "50万"}]}
contacts:
  - {id: li, name: 李总, level: decision, roles: [decision_maker], relationship: acquaintance, attitude: opponent}
opportunity:
  name: 三期总包
  stage: commitment
  decision_date: 2026-11-20
  assessment:
    opportunity: {answer: yes}
    proposal: {answer: yes}
    winnable: {answer: no, why: 对手已入围}
    worth_winning: {answer: unknown}
proposal:
  title: 三期方案
  pricing:
    tax_rate: "13%"
    items: [{name: 总包, unit_price: "500万"}]
"""


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True, "help_option_names": []})
@click.pass_context
def _script(ctx):
    main(list(ctx.args))


def _kam(*args):
    return CliRunner().invoke(_script, [str(a) for a in args])


@pytest.fixture()
def deals(examples, tmp_path) -> list[Path]:
    big = examples / "big.yaml"
    big.write_text(BIG, encoding="utf-8")
    return [examples / "brief-en.yaml", examples / "brief-zh.yaml", big]


def _shown(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d")
    return f"{value:,.2f}" if isinstance(value, float) or (isinstance(value, int) and value > 9999) else str(value)


def test_rows_are_sorted_by_amount_then_risk(deals):
    rows = review_rows([(load_brief(p).brief, p.name) for p in deals], dt.date(2026, 12, 1))
    assert [r.customer for r in rows] == ["宁波某某重工", "上海某某机械有限公司", "Northwind Logistics Inc."]
    top = rows[0]
    assert top.count(top.top.severity) >= 1 and top.top.severity.value == "error"
    assert top.decision_passed and top.overdue == 500000


def test_the_sheet_reads_back_with_red_flags(deals, tmp_path):
    out = tmp_path / "review.xlsx"
    result = _kam("review", *deals, "-o", out, "--docx", tmp_path / "review.docx", "--today", DAY, "--lang", "zh")
    assert result.exit_code == 0, result.output
    book = load_workbook(out)
    sheet = book.active
    assert sheet.title == "周检视" and sheet.freeze_panes == "C2"
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert header[:8] == ["序号", "客户", "商机", "等级", "采购阶段", "金额（含税）", "币种", "决策日期"]
    column = {name: index for index, name in enumerate(header)}
    assert [r[column["客户"]] for r in rows[1:]] == ["宁波某某重工", "上海某某机械有限公司", "Northwind Logistics Inc."]
    big, zh = rows[1], rows[2]
    assert big[column["金额（含税）"]] == 5650000 and big[column["能赢"]] == "否" and big[column["值得赢"]] == "未知"
    assert big[column["阶段关键人"]] == "李总" and big[column["关系"]] == "认识"
    assert big[column["错误"]] >= 3 and big[column["逾期应收"]] == 500000
    assert (
        zh[column["逾期应收"]] == 126000
        and zh[column["未结投诉"]] == 1
        and zh[column["上次拜访"]] == dt.datetime(2026, 11, 18)
    )
    assert "已逾期 6 天" in zh[column["首要问题"]]
    assert sheet.cell(2, column["金额（含税）"] + 1).number_format == "#,##0.00"
    # conditional formatting: errors, warnings, overdue, complaints, the four answers, the decision date
    ranges = {
        str(rule_range.sqref): [r.type for r in rules]
        for rule_range, rules in ((cf, cf.rules) for cf in sheet.conditional_formatting)
    }
    letter = lambda name: sheet.cell(1, column[name] + 1).column_letter  # noqa: E731
    assert ranges[f"{letter('错误')}2:{letter('错误')}4"] == ["cellIs"]
    assert ranges[f"{letter('能赢')}2:{letter('能赢')}4"] == ["cellIs", "cellIs"]
    assert ranges[f"{letter('决策日期')}2:{letter('决策日期')}4"] == ["expression"]
    decision_rule = [r for cf in sheet.conditional_formatting for r in cf.rules if r.type == "expression"][0]
    assert "DATE(2026,12,1)" in decision_rule.formula[0]
    no_rule = [r for cf in sheet.conditional_formatting if str(cf.sqref).startswith(letter("能赢")) for r in cf.rules][
        0
    ]
    assert no_rule.formula == ['"否"'] and no_rule.dxf.fill.fgColor.rgb.endswith("FFC7CE")
    # widths fit the widest text (Chinese counts double)
    for index, name in enumerate(header, start=1):
        width = sheet.column_dimensions[sheet.cell(1, index).column_letter].width
        if name not in ("首要问题", "下一步"):
            widest = max(display_width(_shown(r[index - 1])) for r in rows if r[index - 1] is not None)
            assert width >= min(widest, 58), name

    document = open_docx(tmp_path / "review.docx")
    assert headings(document, 1) == [
        "总览",
        "1. 宁波某某重工",
        "2. 上海某某机械有限公司",
        "3. Northwind Logistics Inc.",
    ]
    breaks = [b for b in document.element.body.iter(qn("w:br")) if b.get(qn("w:type")) == "page"]
    assert len(breaks) == 3, "one page per deal"
    overview = table_rows(document.tables[0])
    assert overview[1][1] == "宁波某某重工\n三期总包"
    page = dict((row[0], row[1]) for row in table_rows(document.tables[1]))
    assert page["判断销售机会"].splitlines() == ["存在机会：是", "有提案：是", "能赢：否", "值得赢：未知"]
    assert page["阶段关键人"] == "李总（认识）" and page["签约后"].startswith("逾期应收 ¥500,000.00")


def test_same_input_same_bytes(deals, tmp_path):
    rows = review_rows([(load_brief(p).brief, p.name) for p in deals], dt.date(2026, 12, 1))
    assert render_review_xlsx(rows, "zh", dt.date(2026, 12, 1)) == render_review_xlsx(rows, "zh", dt.date(2026, 12, 1))
    for name in ("a", "b"):
        assert (
            _kam(
                "review", *deals, "-o", tmp_path / f"{name}.xlsx", "--docx", tmp_path / f"{name}.docx", "--today", DAY
            ).exit_code
            == 0
        )
    assert (tmp_path / "a.xlsx").read_bytes() == (tmp_path / "b.xlsx").read_bytes()
    assert (tmp_path / "a.docx").read_bytes() == (tmp_path / "b.docx").read_bytes()


def test_a_bad_brief_is_reported_and_the_others_reviewed(deals, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "brief: 1\naccount: {name: X, receivables: [{due: 2026-01-01, amount: 10, received: 20}]}\n", encoding="utf-8"
    )
    out = tmp_path / "review.xlsx"
    result = _kam("review", deals[0], bad, "-o", out, "--today", DAY, "--lang", "en")
    assert result.exit_code == 1
    assert "account.receivables[0].received: must not exceed the amount" in result.output
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[0][1] == "Customer" and rows[1][1] == "Northwind Logistics Inc."
    assert _kam("review", deals[0], "-o", tmp_path / "x.csv").exit_code == 2
