"""`kam archive --grading profit:70,90`: grading by gross profit after the cost to serve, the unprofitable and
the lost customer where a director looks (card, index, summary), and the index's account-plan columns."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from docx import Document
from openpyxl import load_workbook

from generator.analysis.classes import customer_age, filled_details
from generator.analysis.grading import Customer, GradingRule, grade_customers
from generator.cli import main
from generator.models.brief import Brief
from generator.render.archive.batch import build_archive

HEADER = "客户名称,年采购额,毛利率,年服务成本,客户年需求总额,客户状态,客户经理,销售渠道,成为客户日期,交易状态,流失原因,地址\n"
ROWS = (
    "甲公司,500万,30%,20万,1000万,活跃,周明,直销,2019-05-06,已交易,,苏州\n"  # profit 130万
    "乙公司,300万,10%,40万,600万,活跃,王磊,经销,2026-06-01,已交易,,\n"  # profit −10万: unprofitable
    "丙公司,200万,25%,10万,,流失,王磊,直销,2020-01-01,已交易,价格,\n"  # profit 40万, lost
    "丁公司,100万,40%,5万,,活跃,,,,将交易,,\n"  # profit 35万, future customer
)
TODAY = dt.date(2026, 11, 27)


def _archive(tmp_path: Path, *extra: str, out: str = "out") -> Path:
    source = tmp_path / "list.csv"
    source.write_text(HEADER + ROWS, encoding="utf-8")
    out = tmp_path / out
    try:
        main(["archive", str(source), "-o", str(out), "--today", TODAY.isoformat(), *extra])
    except SystemExit as exc:
        assert exc.code == 0
    return out


def test_the_rule_parses_and_grades_by_profit_with_losses_small():
    rule = GradingRule.parse("profit:70,90")
    assert rule.by == "profit" and str(rule) == "profit:70,90"
    grades = grade_customers(
        [
            Customer("a", Decimal(500), profit=Decimal(130)),
            Customer("b", Decimal(300), profit=Decimal(-10)),
            Customer("c", Decimal(200), profit=Decimal(40)),
            Customer("d", Decimal(100), profit=None),
        ],
        rule,
    )
    assert [g.tier.value for g in grades] == ["key", "small", "ordinary", "small"]
    assert [g.rank for g in grades] == [1, 3, 2, 4]
    assert grades[1].share == 0 and grades[3].no_value
    assert grades[0].share == Decimal(130) / Decimal(170)
    # by value the same customers rank by what they buy
    assert [g.tier.value for g in grade_customers([Customer("a", Decimal(800)), Customer("b", Decimal(300))])] == [
        "key",
        "ordinary",
    ]


def test_the_index_card_and_summary_show_the_unprofitable_and_the_lost_customer(tmp_path):
    out = _archive(tmp_path, "--grading", "profit:70,90")
    sheet = load_workbook(out / "index.xlsx").active
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    header = rows[0]
    assert header[14:] == [
        "客户经理",
        "负责月数",
        "销售渠道",
        "我方份额",
        "服务后毛利",
        "不盈利",
        "客户状态",
        "按时间分类",
        "档案完整度",
    ]
    by_name = {r[1]: dict(zip(header, r)) for r in rows[1:]}
    assert [r[1] for r in rows[1:]] == ["甲公司", "丙公司", "丁公司", "乙公司"]  # by profit, the loss last
    assert by_name["甲公司"]["客户等级"] == "关键客户" and by_name["乙公司"]["客户等级"] == "小客户"
    assert by_name["乙公司"]["服务后毛利"] == -100000 and by_name["乙公司"]["不盈利"] == "不盈利"
    assert by_name["甲公司"]["我方份额"] == 0.5 and by_name["甲公司"]["销售渠道"] == "直销"
    assert by_name["丙公司"]["客户状态"] == "流失" and by_name["甲公司"]["客户状态"] == "活跃"
    assert [by_name[n]["按时间分类"] for n in ("甲公司", "乙公司", "丁公司")] == ["老客户", "新客户", "未来客户"]
    assert by_name["甲公司"]["档案完整度"] == 1 and sheet["W2"].number_format == '0" / 5"'
    assert sheet["S5"].font.color.rgb.endswith("C00000")  # the loss in red

    card = [p.text for t in Document(str(out / "cards" / "乙公司.docx")).tables for p in t.rows[0].cells[0].paragraphs]
    assert card[0] == "不盈利客户：服务后毛利 -¥100,000.00"  # the first block under the tier
    assert "• 转由成本更低的渠道服务（经销商、线上）" in card
    lost = [p.text for t in Document(str(out / "cards" / "丙公司.docx")).tables for p in t.rows[0].cells[0].paragraphs]
    assert "已流失客户" in lost and "原因：价格" in lost
    tier_line = next(
        p.text for p in Document(str(out / "cards" / "甲公司.docx")).paragraphs if p.style.name == "Card tier"
    )
    assert "第 1 名 · 占总毛利 63.41%" in tier_line  # 130万 of the 205万 earned (the loss takes no share)
    cells = [c.text for t in Document(str(out / "cards" / "甲公司.docx")).tables for r in t.rows for c in r.cells]
    assert "服务后毛利" in cells and "¥1,300,000.00" in cells and "周明" in cells

    summary = Document(str(out / "summary.docx"))
    texts = [p.text for p in summary.paragraphs]
    assert any(t.startswith("分级规则：按累计服务后毛利占比") for t in texts)
    assert "不盈利客户" in texts and "流失与休眠客户" in texts
    tables = [[[c.text for c in r.cells] for r in t.rows] for t in summary.tables]
    assert ["乙公司", "小客户", "¥3,000,000.00", "-¥100,000.00"] in tables[-2]
    assert ["丙公司", "流失", "王磊", "价格"] in tables[-1]


def test_same_input_same_bytes_with_a_fixed_today(tmp_path):
    first = _archive(tmp_path, "--grading", "profit:70,90", out="a")
    second = _archive(tmp_path, "--grading", "profit:70,90", out="b")
    for name in ("index.xlsx", "summary.docx", "cards/乙公司.docx"):
        assert (first / name).read_bytes() == (second / name).read_bytes()


def test_class_by_time_and_completeness():
    b = Brief.model_validate(
        {
            "brief": 1,
            "account": {
                "name": "x",
                "customer_since": "2026-01-10",
                "basic": {"phone": "1"},
                "history": [{"amount": 1}],
            },
            "contacts": [{"id": "a", "name": "A", "personal": {"interests": ["茶"]}}],
        }
    )
    assert customer_age(b, TODAY).value == "new" and customer_age(b, dt.date(2027, 3, 1)).value == "old"
    assert filled_details(b) == ["basic", "personal", "record"]
    prospect = Brief.model_validate({"brief": 1, "account": {"name": "y", "deal_status": "prospective"}})
    assert customer_age(prospect, TODAY).value == "future"
    assert customer_age(Brief.model_validate({"brief": 1, "account": {"name": "z"}}), TODAY) is None


def test_the_example_lists_carry_a_lost_and_an_unprofitable_customer(tmp_path, examples_dir):
    for inputs, lost, unprofitable in (
        (["customers.xlsx"], "常州金坛恒力五金厂", "无锡华达电子科技有限公司"),
        (["customers.csv"], "Tailspin Parcel Co.", "Fabrikam Cold Chain"),
    ):
        out = tmp_path / inputs[0]
        build_archive([examples_dir / n for n in inputs], out, rule=GradingRule.parse("profit:70,90"), today=TODAY)
        rows = list(load_workbook(out / "index.xlsx").active.iter_rows(values_only=True))
        by_name = {r[1]: r for r in rows[1:]}
        assert by_name[unprofitable][19] and by_name[unprofitable][18] < 0
        assert by_name[lost][20] in ("流失", "Lost")
