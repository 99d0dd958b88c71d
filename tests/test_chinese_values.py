"""Values as Chinese offices write them, in briefs, CSV and XLSX alike: money, rates, dates and enumerations."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from generator.load import load_brief
from generator.load.customers import CustomerRecord, RecordFailure, iter_customers
from generator.models.enums import Level, RelationshipStage, Role, Stage, Style, Tier
from generator.models.values import excel_serial_date, parse_date, parse_money, parse_rate

HEADER = ["客户名称", "年采购额", "客户等级", "成为客户日期", "下次拜访", "优先发货", "交易状态", "最近成交金额"]

# name, then the cells of HEADER[1:], then what the brief must hold: annual value, tier, customer since
GOOD_ROWS = [
    (
        ["甲公司", "¥1,280,000.00", "重点客户", "2019/05/06", "2026-12-08", "是", "已成交", "￥38,000"],
        "1280000",
        Tier.KEY,
        dt.date(2019, 5, 6),
    ),
    (
        ["乙公司", "1,280万元", "A类", "2019.5.6", None, "否", "正交易", "12.5万"],
        "12800000",
        Tier.KEY,
        dt.date(2019, 5, 6),
    ),
    (
        ["丙公司", "６４０万", "B类", "2026年9月2日", None, "√", "将交易", "RMB 3,000"],
        "6400000",
        Tier.ORDINARY,
        dt.date(2026, 9, 2),
    ),
    (
        ["丁公司", 1280000, "一般客户", "20260902", None, None, None, "US$1,234.56"],
        "1280000",
        Tier.ORDINARY,
        dt.date(2026, 9, 2),
    ),
    (
        ["戊公司", "1.2亿元", "C类", "２０２６年９月２日", None, None, None, "3000元"],
        "120000000",
        Tier.SMALL,
        dt.date(2026, 9, 2),
    ),
    (["己公司", "12 000", "零散客户", None, None, None, None, None], "12000", Tier.SMALL, None),
    (["庚公司", "1,280", "ｃ类", None, None, None, None, None], "1280", Tier.SMALL, None),
]
BAD_ROWS = [
    (["辛公司", "1,2", "A", None], "年采购额 (annual_value)", "'1,2' 有歧义", "write 1.2 for a decimal, or 12"),
    (
        ["壬公司", 100, "A", "05/06/2019"],
        "成为客户日期 (customer_since)",
        "'05/06/2019' 有歧义",
        "could be 2019-05-06 or 2019-06-05",
    ),
    (
        ["癸公司", 100, "A", "2026-02-30"],
        "成为客户日期 (customer_since)",
        "2026 年 2 月只有 28 天",
        "February 2026 has 28 days",
    ),
    (
        ["子公司", 100, "VIP", None],
        "客户等级 (tier)",
        "应为以下之一：关键客户、普通客户、小客户",
        "must be one of: key, ordinary, small",
    ),
]


def _check(records, source: Path, cell_dates: bool):
    good = [r for r in records if isinstance(r, CustomerRecord)]
    bad = [r for r in records if isinstance(r, RecordFailure)]
    assert [r.brief.account.name for r in good] == [row[0][0] for row in GOOD_ROWS]
    for record, (_cells, value, tier, since) in zip(good, GOOD_ROWS):
        account = record.brief.account
        assert account.annual_value == Decimal(value), account.name
        assert account.tier is tier, account.name
        assert account.customer_since == since, account.name
    first, second, third, fourth, fifth = good[:5]
    assert first.brief.account.deal_status.value == "done" and second.brief.account.deal_status.value == "in_progress"
    assert third.brief.account.deal_status.value == "prospective"
    assert [h.amount for r in good[:5] for h in r.brief.account.history] == [
        Decimal(38000),
        Decimal(125000),
        Decimal(3000),
        Decimal("1234.56"),
        Decimal(3000),
    ]
    assert first.brief.account.logistics.priority_delivery is True and third.brief.account.logistics.priority_delivery
    assert [v.date for v in first.brief.visits] == [dt.date(2026, 12, 8)]
    if cell_dates:
        assert [v.date for v in second.brief.visits] == [dt.date(2026, 9, 2)], "an Excel serial number in a date column"
    assert len(bad) == len(BAD_ROWS)
    for failure, (_cells, path, chinese, english) in zip(bad, BAD_ROWS):
        (problem,) = failure.problems
        assert (problem.file, problem.line, problem.path) == (str(source), failure.line)[:2] + (path,)
        assert chinese in problem.text("zh") and english in problem.text("en")


def test_a_chinese_excel_list_with_every_value_form(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "客户"
    sheet.append(HEADER)
    for cells, *_ in GOOD_ROWS:
        sheet.append(cells)
    sheet["E3"] = 46267  # a date cell Excel saved as its serial number (2026-09-02), not formatted as a date
    sheet["D2"] = dt.datetime(2019, 5, 6)  # a real date cell
    for cells, *_ in BAD_ROWS:
        sheet.append(cells)
    path = tmp_path / "客户名单.xlsx"
    book.save(path)
    _check(list(iter_customers([path])), path, cell_dates=True)


def test_the_same_list_as_csv_saved_by_chinese_excel(tmp_path):
    import csv
    import io

    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for cells, *_ in GOOD_ROWS:
        writer.writerow(["" if c is None else c for c in cells])
    for cells, *_ in BAD_ROWS:
        writer.writerow(["" if c is None else c for c in cells])
    path = tmp_path / "list.csv"
    path.write_bytes(buffer.getvalue().encode("gb18030"))  # what Excel writes as "CSV" on a Chinese Windows
    _check(list(iter_customers([path])), path, cell_dates=False)


def test_a_brief_with_chinese_office_values(tmp_path):
    brief = tmp_path / "b.yaml"
    brief.write_text(
        "brief: 1\n"
        "account: {name: 甲, tier: 重点客户, annual_value: '¥1,280,000.00', customer_since: 2019/05/06}\n"
        "contacts:\n"
        "  - {id: a, name: 王, level: 高层, roles: [拍板人, 把关者], style: 支配型, relationship: 信任}\n"
        "opportunity: {name: 二期, stage: 方案评估, budget: ３００万元, decision_date: 2027年1月15日}\n"
        "proposal:\n"
        "  title: 方案\n"
        "  date: 2026.11.20\n"
        "  pricing:\n"
        "    tax_rate: １３％\n"
        "    items:\n"
        "      - {name: 机器人, quantity: ６, unit_price: 38万元, discount: 5 %}\n"
        "      - {name: 软件, unit_price: 'RMB 450,000', discount: 0.05}\n",
        encoding="utf-8",
    )
    loaded = load_brief(brief).brief
    assert loaded.account.tier is Tier.KEY and loaded.account.annual_value == Decimal(1280000)
    assert loaded.account.customer_since == dt.date(2019, 5, 6)
    contact = loaded.contacts[0]
    assert (contact.level, contact.roles, contact.style, contact.relationship) == (
        Level.DECISION,
        [Role.DECISION_MAKER, Role.GATEKEEPER],
        Style.DRIVER,
        RelationshipStage.TRUST,
    )
    assert loaded.opportunity.stage is Stage.EVALUATION and loaded.opportunity.budget == Decimal(3000000)
    assert loaded.opportunity.decision_date == dt.date(2027, 1, 15) and loaded.proposal.date == dt.date(2026, 11, 20)
    pricing = loaded.proposal.pricing
    assert pricing.tax_rate == Decimal("0.13")
    assert [(i.quantity, i.unit_price, i.discount) for i in pricing.items] == [
        (Decimal(6), Decimal(380000), Decimal("0.05")),
        (Decimal(1), Decimal(450000), Decimal("0.05")),
    ]


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("¥1,280,000.00", "1280000"),
        ("￥1,280,000.00", "1280000"),
        ("RMB1,280,000", "1280000"),
        ("CNY 1,280,000", "1280000"),
        ("$1,234.56", "1234.56"),
        ("US$1,234.56", "1234.56"),
        ("1,280万元", "12800000"),
        ("1,280万", "12800000"),
        ("６４０万", "6400000"),
        ("1.2亿元", "120000000"),
        ("1.2亿", "120000000"),
        ("3000元", "3000"),
        ("(1,000)", "-1000"),
        ("１，２８０，０００", "1280000"),
        ("-¥5", "-5"),
        ("1 280 000", "1280000"),
        ("1280000 元", "1280000"),
    ],
)
def test_money_in_every_office_form(raw, expected):
    assert parse_money(raw) == Decimal(expected)


@pytest.mark.parametrize(
    "raw, kind",
    [
        ("1,2", "number_decimal_comma"),
        ("12,5", "number_decimal_comma"),
        ("12,34,567", "number_grouping"),
        ("1.280.000", "number_dots"),
        ("很多", "money_invalid"),
        ("1万2", "money_invalid"),
    ],
)
def test_ambiguous_or_bad_money_is_refused_with_its_kind(raw, kind):
    with pytest.raises(ValueError) as caught:
        parse_money(raw)
    assert caught.value.type == kind


@pytest.mark.parametrize(
    "raw, expected",
    [("13%", "0.13"), ("１３％", "0.13"), ("13 %", "0.13"), ("5.5%", "0.055"), (0.13, "0.13"), ("0.13", "0.13")],
)
def test_rates(raw, expected):
    assert parse_rate(raw) == Decimal(expected)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("2026-09-02", dt.date(2026, 9, 2)),
        ("2026/9/2", dt.date(2026, 9, 2)),
        ("2026/09/02", dt.date(2026, 9, 2)),
        ("2026.9.2", dt.date(2026, 9, 2)),
        ("2026年9月2日", dt.date(2026, 9, 2)),
        ("2026 年 9 月 2 日", dt.date(2026, 9, 2)),
        ("２０２６年９月２日", dt.date(2026, 9, 2)),
        ("20260902", dt.date(2026, 9, 2)),
        ("13/05/2019", dt.date(2019, 5, 13)),
        ("05/05/2019", dt.date(2019, 5, 5)),
        (dt.datetime(2026, 9, 2), dt.date(2026, 9, 2)),
    ],
)
def test_dates_in_every_office_form(raw, expected):
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    "raw, kind",
    [
        ("05/06/2019", "date_ambiguous"),
        ("2026-02-30", "date_no_day"),
        ("2026-13-01", "date_no_month"),
        ("26/5/6", "date_short_year"),
        ("next week", "date_invalid"),
        (20260902, "date_type"),
        (dt.datetime(2026, 9, 2, 10, 30), "date_has_time"),
        ("2026/9-2", "date_invalid"),
    ],
)
def test_bad_dates_are_refused_with_their_kind(raw, kind):
    with pytest.raises(ValueError) as caught:
        parse_date(raw)
    assert caught.value.type == kind


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("95折", "0.05"),
        ("9折", "0.1"),
        ("9.5折", "0.05"),
        ("８５折", "0.15"),
        ("10折", "0"),
        ("5%", "0.05"),
        (0.05, "0.05"),
    ],
)
def test_discounts_as_chinese_price_lists_write_them(raw, expected):
    from generator.models.values import parse_discount

    assert parse_discount(raw) == Decimal(expected)


def test_excel_serial_dates():
    assert excel_serial_date(46267) == dt.date(2026, 9, 2)
    assert excel_serial_date(1) == dt.date(1900, 1, 1)
    assert excel_serial_date(61) == dt.date(1900, 3, 1)
    assert excel_serial_date(0) is None and excel_serial_date(3_000_000) is None


@pytest.mark.parametrize(
    "word, tier",
    [
        ("关键客户", Tier.KEY),
        ("重点客户", Tier.KEY),
        ("大客户", Tier.KEY),
        ("A类", Tier.KEY),
        ("A", Tier.KEY),
        ("a", Tier.KEY),
        ("Ａ类", Tier.KEY),
        ("普通客户", Tier.ORDINARY),
        ("一般客户", Tier.ORDINARY),
        ("B类", Tier.ORDINARY),
        ("B", Tier.ORDINARY),
        ("小客户", Tier.SMALL),
        ("零散客户", Tier.SMALL),
        ("C类", Tier.SMALL),
        ("C", Tier.SMALL),
        ("key", Tier.KEY),
    ],
)
def test_tier_synonyms_follow_domain_md(word, tier):
    # DOMAIN.md §3: 一般客户 is ordinary, not small.
    assert Tier(word) is tier


def test_documents_still_print_the_first_chinese_term():
    assert [t.zh for t in Tier] == ["关键客户", "普通客户", "小客户"]
